"""Every query of queries/ against the graph built from the reviewed seed fact sheet, with its expected answer.

The expected values are figures of the seed report as recorded in data/factsheets/dien-bien-2020-H1-206.csv; the
queries answer with labels (English by default), units and periods in words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from provkg.core.errors import InputError
from provkg.core.namespaces import REPORT
from provkg.pipeline.build import build
from provkg.store.query import (
    Table,
    editor_versions,
    format_table,
    list_queries,
    named_queries,
    query_language,
    resolve_query,
    run_query,
    with_language,
    with_prefixes,
)
from provkg.store.store import KnowledgeStore

from conftest import SEEDS, require_seed

SEED_REPORT = REPORT + "dien-bien-2020-H1-206"


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeStore]:
    require_seed()
    store_dir = tmp_path_factory.mktemp("seed") / "store"
    build(store_dir, texts_dirs=[SEEDS])
    with KnowledgeStore.open(store_dir, read_only=True) as store:
        yield store


def answer(store: KnowledgeStore, name: str, lang: str = "en") -> list[dict[str, str | None]]:
    table: Table = run_query(store, with_language(resolve_query(name), lang))
    return [dict(zip(table.columns, row, strict=True)) for row in table.rows]


def by(rows: list[dict[str, str | None]], **match: str) -> list[dict[str, str | None]]:
    return [row for row in rows if all(row.get(key) == value for key, value in match.items())]


def test_every_query_states_its_question() -> None:
    queries = named_queries()
    assert len(queries) >= 12
    for query in queries:
        assert len(query.question) > 40, f"{query.name}.rq must start with '# Question: ...'"


def test_grdp_by_sector(seed_store: KnowledgeStore) -> None:
    rows = answer(seed_store, "grdp-by-sector")
    assert [(r["indicator"], r["value"], r["unit"]) for r in rows] == [
        ("Gross regional domestic product (GRDP)", "5335.4", "billion dong"),
        ("GRDP of services", "3090.38", "billion dong"),
        ("GRDP of agriculture, forestry and fisheries", "1054.23", "billion dong"),
        ("GRDP of industry and construction", "991.93", "billion dong"),
    ]
    assert {(r["area"], r["period"]) for r in rows} == {("Dien Bien province", "first half of 2020")}
    assert rows[0]["change_pct"] == "0.54"
    # The report gives the services change twice: -1.55 in A.I and -1.64 in B.I (the share's change, mislabelled).
    assert set(str(rows[1]["change_pct"]).split(" | ")) == {"-1.55", "-1.64"}


def test_economic_structure_adds_up(seed_store: KnowledgeStore) -> None:
    rows = answer(seed_store, "economic-structure")
    assert {r["indicator"]: r["share"] for r in rows} == {
        "GRDP of services": "59.52", "GRDP of agriculture, forestry and fisheries": "20.19",
        "GRDP of industry and construction": "16.57", "Product taxes less product subsidies": "3.72",
    }
    assert {Decimal(r["total_share"]) for r in rows} == {Decimal("100")}
    assert by(rows, indicator="GRDP of services")[0]["change_pp"] == "-1.64"


def test_fallen_indicators_with_causes(seed_store: KnowledgeStore) -> None:
    rows = answer(seed_store, "fallen-indicators-with-causes")
    assert all(Decimal(r["change"]) < 0 for r in rows)
    assert by(rows, indicator="Winter-spring rice output", change="-5785.67", unit="tonne")
    assert by(rows, indicator="Tourist arrivals", change="-81", causes="Covid-19 pandemic")
    # Two causes of one fall are one row
    food = by(rows, indicator="Cereal food output", change="-2.59")
    assert len(food) == 1 and set(str(food[0]["causes"]).split(" | ")) == {"Drought", "Hail and whirlwinds"}


def test_key_projects(seed_store: KnowledgeStore) -> None:
    rows = answer(seed_store, "key-projects")
    na_sang = {(r["measure"], r["value"], r["unit"]) for r in by(rows, code="na-sang-road")}
    assert {("Value", "503924", "million dong"), ("Planned value", "580876", "million dong"),
            ("Plan achievement (%)", "86.7", "percent")} <= na_sang
    assert by(rows, code="dien-bien-airport-rice-land", value="114.25", unit="hectare")
    assert any(str(r["code"]).startswith("wb-urban-development") for r in rows)


def test_below_half_of_plan(seed_store: KnowledgeStore) -> None:
    rows = answer(seed_store, "below-half-of-plan")
    assert len(rows) == 22
    assert all(Decimal(r["plan_pct"]) < 50 for r in rows)
    assert (rows[0]["plan_pct"], rows[0]["indicator"]) == ("12.2", "Tourist arrivals")


def test_schools_by_level(seed_store: KnowledgeStore) -> None:
    rows = answer(seed_store, "schools-by-level")
    assert {r["indicator"]: r["schools"] for r in rows} == {
        "Schools and education centres": "522", "Schools meeting the national standard": "336",
        "Preschools": "175", "Primary schools": "168", "Lower secondary schools": "128",
        "Upper secondary schools": "33",
    }
    assert {r["period"] for r in rows} == {"2019–2020"}


def test_budget(seed_store: KnowledgeStore) -> None:
    rows = answer(seed_store, "budget")
    revenue = {(r["measure"], r["value"], r["unit"]) for r in by(rows, indicator="Local budget revenue")}
    assert {("Value", "5595.3", "billion dong"), ("Plan achievement (%)", "55.6", "percent")} <= revenue


def test_causes_overview(seed_store: KnowledgeStore) -> None:
    rows = answer(seed_store, "causes-overview")
    assert rows[0]["code"] == "covid-19" and rows[0]["cause"] == "Covid-19 pandemic"
    assert {"drought", "hail-whirlwind", "african-swine-fever", "climate-change"} <= {r["code"] for r in rows}


def test_breakdown_totals(seed_store: KnowledgeStore) -> None:
    rows = answer(seed_store, "breakdown-totals")
    investment = by(rows, what="Total social investment")
    assert [(r["value"], r["parts"], r["sum_of_parts"]) for r in investment] == [("5402.61", "3", "5402.61")]


def test_indicator_across_reports(seed_store: KnowledgeStore) -> None:
    rows = answer(seed_store, "indicator-across-reports")
    assert [(r["measure"], r["value"], r["unit"]) for r in rows] == [
        ("Change (%)", "-2.59", "percent"), ("Value", "122010", "tonne")
    ]


def test_covid_effects(seed_store: KnowledgeStore) -> None:
    rows = answer(seed_store, "covid-effects")
    assert by(rows, target="Tourist arrivals", kind="indicator")
    assert {r["kind"] for r in rows} >= {"figure", "indicator", "sector"}


def test_figures_by_section(seed_store: KnowledgeStore) -> None:
    rows = answer(seed_store, "figures-by-section")
    assert sum(int(r["figures"]) for r in rows) == 508
    assert sum(int(r["mapped"]) for r in rows) == 504
    assert by(rows, top="footnotes", figures="156")


def test_unmapped_figures(seed_store: KnowledgeStore) -> None:
    rows = answer(seed_store, "unmapped-figures")
    assert [r["start"] for r in rows] == ["21332", "50059", "51725", "53797"]


def test_limitations_and_tasks(seed_store: KnowledgeStore) -> None:
    rows = answer(seed_store, "limitations-and-tasks")
    assert len(by(rows, kind="limitation")) == 10 and len(by(rows, kind="task")) == 42
    assert by(rows, kind="limitation", cause="Covid-19 pandemic")


def test_figures_with_national_codes(seed_store: KnowledgeStore) -> None:
    rows = answer(seed_store, "figures-with-national-codes")
    grdp = by(rows, indicator="Gross regional domestic product (GRDP)", measure="Value", unit="billion dong")
    assert [(r["national_code"], r["correspondence"], r["provincial_code"], r["value"]) for r in grdp] == [
        ("0501", "disaggregation", "T0501", "5335.4")]
    assert {r["indicator"] for r in rows} == {"Gross regional domestic product (GRDP)"}  # no other coded one
    vi = answer(seed_store, "figures-with-national-codes", lang="vi")
    assert {(r["national_code"], r["correspondence"]) for r in vi} == {("0501", "một phân tổ")}


def test_labels_in_vietnamese(seed_store: KnowledgeStore) -> None:
    rows = answer(seed_store, "grdp-by-sector", lang="vi")
    assert rows[0]["indicator"] == "Tổng sản phẩm trên địa bàn (GRDP)"
    assert (rows[0]["area"], rows[0]["period"], rows[0]["unit"]) == ("Điện Biên", "6 tháng đầu năm 2020", "tỷ đồng")


def test_every_query_chooses_its_language_and_prints_no_iri(seed_store: KnowledgeStore) -> None:
    """The default table of every shipped query is text to read: labels and codes, never an IRI."""
    for query in named_queries():
        for lang in ("en", "vi"):
            sparql = with_language(query.sparql, lang) if query_language(query.sparql) else query.sparql
            table = run_query(seed_store, sparql)
            assert table.rows, f"{query.name} answers nothing on the seed"
            printed = format_table(table, "table")
            assert "https://" not in printed and "http://" not in printed, query.name
            assert not re.search(r"\b(pk[a-z]?|qb|skos|rdfs?|xsd|time|prov):\S", printed), query.name


def test_language_of_a_query_without_one_is_refused() -> None:
    with pytest.raises(InputError, match="label language"):
        with_language("SELECT * WHERE { ?s ?p ?o }", "vi")
    with pytest.raises(InputError, match="unknown label language"):
        with_language('SELECT ?x WHERE { VALUES ?lang { "en" } }', "fr")


def test_query_list_names_every_query_with_its_question() -> None:
    listing = list_queries()
    for query in named_queries():
        assert f"{query.name}\n    {query.question}\n" in listing


def test_the_graph_holds_every_row_of_the_sheet(seed_store: KnowledgeStore) -> None:
    count = run_query(seed_store, f"SELECT (COUNT(?f) AS ?n) WHERE {{ GRAPH <{SEED_REPORT}> {{ ?f a pk:Figure }} }}")
    sheet = Path(__file__).resolve().parents[1] / "data" / "factsheets" / "dien-bien-2020-H1-206.csv"
    rows = sheet.read_text(encoding="utf-8").count("\n") - 1
    assert count.rows == [[str(rows)]] and rows == 508


def test_prefixes_are_declared_for_an_editor() -> None:
    declared = with_prefixes('# Question: q\nSELECT * { ?s pk:indicator pki:grdp ; rdfs:label "x:y" . '
                             "?s <http://a:b/c> ?o } # skos: a comment")
    assert declared.startswith("# Question: q\nPREFIX pk: <")
    assert {line.split()[1] for line in declared.splitlines() if line.startswith("PREFIX")} == {"pk:", "pki:", "rdfs:"}
    already = "PREFIX pk: <urn:other#>\nSELECT * { ?s pk:a ?o }"
    assert with_prefixes(already) == already


def test_editor_versions_run_and_choose_their_language(seed_store: KnowledgeStore) -> None:
    for query in named_queries():
        versions = editor_versions(query)
        assert versions["vi"].count("PREFIX") >= 1
        if query_language(query.sparql):
            assert 'VALUES ?lang { "vi" }' in versions["vi"] and 'VALUES ?lang { "en" }' in versions["en"]
        assert run_query(seed_store, versions["vi"]).rows
