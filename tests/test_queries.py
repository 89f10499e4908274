"""Every query of queries/ against the graph built from the reviewed seed fact sheet, with its expected answer.

The expected values are figures of the seed report as recorded in data/factsheets/dien-bien-2020-H1-206.csv.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from provkg.core.namespaces import CAUSE, INDICATOR, PROJECT, REPORT
from provkg.pipeline.build import build
from provkg.store.query import Table, named_queries, resolve_query, run_query
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


def answer(store: KnowledgeStore, name: str) -> list[dict[str, str | None]]:
    table: Table = run_query(store, resolve_query(name))
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
    assert [(r["indicator"], r["value"]) for r in rows] == [
        (INDICATOR + "grdp", "5335.4"),
        (INDICATOR + "grdp-services", "3090.38"),
        (INDICATOR + "grdp-agriculture", "1054.23"),
        (INDICATOR + "grdp-industry-construction", "991.93"),
    ]
    assert rows[0]["change_pct"] == "0.54"
    # The report gives the services change twice: -1.55 in A.I and -1.64 in B.I (the share's change, mislabelled).
    assert set(str(rows[1]["change_pct"]).split(" | ")) == {"-1.55", "-1.64"}


def test_economic_structure_adds_up(seed_store: KnowledgeStore) -> None:
    rows = answer(seed_store, "economic-structure")
    assert {r["indicator"].removeprefix(INDICATOR): r["share"] for r in rows} == {
        "grdp-services": "59.52", "grdp-agriculture": "20.19", "grdp-industry-construction": "16.57",
        "grdp-product-taxes": "3.72",
    }
    assert {Decimal(r["total_share"]) for r in rows} == {Decimal("100")}
    assert by(rows, indicator=INDICATOR + "grdp-services")[0]["change_pp"] == "-1.64"


def test_fallen_indicators_with_causes(seed_store: KnowledgeStore) -> None:
    rows = answer(seed_store, "fallen-indicators-with-causes")
    assert all(Decimal(r["change"]) < 0 for r in rows)
    assert by(rows, indicator=INDICATOR + "winter-spring-rice-output", change="-5785.67")
    assert by(rows, indicator=INDICATOR + "tourist-arrivals", change="-81", cause=CAUSE + "covid-19")
    assert by(rows, indicator=INDICATOR + "food-output", change="-2.59", cause=CAUSE + "drought")


def test_key_projects(seed_store: KnowledgeStore) -> None:
    rows = answer(seed_store, "key-projects")
    na_sang = {(r["measure"], r["value"]) for r in by(rows, project=PROJECT + "na-sang-road")}
    assert {("value", "503924"), ("plan_value", "580876"), ("plan_pct", "86.7")} <= na_sang
    assert by(rows, project=PROJECT + "dien-bien-airport-rice-land", value="114.25", unit="ha")
    assert by(rows, project=PROJECT + "wb-urban-development")


def test_below_half_of_plan(seed_store: KnowledgeStore) -> None:
    rows = answer(seed_store, "below-half-of-plan")
    assert len(rows) == 22
    assert all(Decimal(r["plan_pct"]) < 50 for r in rows)
    assert (rows[0]["plan_pct"], rows[0]["indicator"]) in {
        ("12.2", INDICATOR + "tourist-arrivals"), ("12.2", INDICATOR + "tourism-revenue")
    }


def test_schools_by_level(seed_store: KnowledgeStore) -> None:
    rows = answer(seed_store, "schools-by-level")
    assert {r["indicator"].removeprefix(INDICATOR): r["schools"] for r in rows} == {
        "schools-and-centres": "522", "national-standard-schools": "336", "preschools": "175",
        "primary-schools": "168", "lower-secondary-schools": "128", "upper-secondary-schools": "33",
    }


def test_budget(seed_store: KnowledgeStore) -> None:
    rows = answer(seed_store, "budget")
    revenue = {(r["measure"], r["value"]) for r in by(rows, indicator=INDICATOR + "local-budget-revenue")}
    assert {("value", "5595.3"), ("plan_pct", "55.6")} <= revenue


def test_causes_overview(seed_store: KnowledgeStore) -> None:
    rows = answer(seed_store, "causes-overview")
    causes = [r["cause"].removeprefix(CAUSE) for r in rows]
    assert causes[0] == "covid-19"
    assert {"drought", "hail-whirlwind", "african-swine-fever", "climate-change"} <= set(causes)


def test_breakdown_totals(seed_store: KnowledgeStore) -> None:
    rows = answer(seed_store, "breakdown-totals")
    investment = by(rows, indicator=INDICATOR + "total-social-investment")
    assert [(r["value"], r["parts"], r["sum_of_parts"]) for r in investment] == [("5402.61", "3", "5402.61")]


def test_indicator_across_reports(seed_store: KnowledgeStore) -> None:
    rows = answer(seed_store, "indicator-across-reports")
    assert {(r["measure"], r["value"]) for r in rows} == {("value", "122010"), ("change_pct", "-2.59")}


def test_covid_effects(seed_store: KnowledgeStore) -> None:
    rows = answer(seed_store, "covid-effects")
    assert by(rows, target=INDICATOR + "tourist-arrivals", kind="indicator")
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
    assert by(rows, kind="limitation", cause=CAUSE + "covid-19")


def test_the_graph_holds_every_row_of_the_sheet(seed_store: KnowledgeStore) -> None:
    count = run_query(seed_store, f"SELECT (COUNT(?f) AS ?n) WHERE {{ GRAPH <{SEED_REPORT}> {{ ?f a pk:Figure }} }}")
    sheet = Path(__file__).resolve().parents[1] / "data" / "factsheets" / "dien-bien-2020-H1-206.csv"
    rows = sheet.read_text(encoding="utf-8").count("\n") - 1
    assert count.rows == [[str(rows)]] and rows == 508
