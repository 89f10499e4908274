"""Per-report summary graphs (store/summaries.py): written with each report by build and ingest, and always equal
to the same aggregation over the raw figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Triple

from provkg.bench.corpus import generate_corpus, load_provinces, load_template, write_corpus
from provkg.bench.measure import SUMMARY_QUERIES, _answer, load_bench_queries
from provkg.core.namespaces import PK
from provkg.core.paths import data_dir
from provkg.pipeline.build import build
from provkg.pipeline.rdfmap import report_iri
from provkg.store.store import KnowledgeStore
from provkg.store.summaries import (
    ROLLUP_GRAPH,
    SUMMARY,
    is_report_graph,
    report_and_summary,
    rollup_graph_iri,
    summary_graph_iri,
    summary_triples,
)
from test_bench import template_path  # noqa: F401  (the fixture)

MEASURE, PERIOD, COUNT = NamedNode(PK + "measure"), NamedNode(PK + "refPeriod"), NamedNode(SUMMARY + "figureCount")
VALUE = NamedNode("https://w3id.org/provkg/id/measure/value")
CHANGE = NamedNode("https://w3id.org/provkg/id/measure/change_pct")
H1, YEAR = NamedNode("https://w3id.org/provkg/id/period/2030-H1"), NamedNode("https://w3id.org/provkg/id/period/2030")

# The raw national question and its twin on the summaries.
RAW_BY_MEASURE_AND_PERIOD = """SELECT ?period ?measure (COUNT(?obs) AS ?figures) WHERE {
    ?obs pk:measure ?measure ; pk:refPeriod ?period } GROUP BY ?period ?measure"""
SUMMARY_BY_MEASURE_AND_PERIOD = f"""SELECT ?period ?measure (SUM(?n) AS ?figures) WHERE {{
    ?row <{SUMMARY}measure> ?measure ; <{SUMMARY}period> ?period ; <{SUMMARY}figureCount> ?n }}
    GROUP BY ?period ?measure"""


def counts(triples: list[Triple]) -> dict[tuple[str, str], int]:
    rows: dict[str, dict[str, object]] = {}
    for t in triples:
        rows.setdefault(t.subject.value, {})[t.predicate.value.removeprefix(SUMMARY)] = t.object
    return {(r["measure"].value, r["period"].value): int(r["figureCount"].value) for r in rows.values()}  # type: ignore[attr-defined]


def observation(n: int, measure: NamedNode, *periods: NamedNode) -> list[Triple]:
    node = NamedNode(f"https://w3id.org/provkg/report/r1/obs/{n}")
    return [Triple(node, MEASURE, measure), *(Triple(node, PERIOD, p) for p in periods),
            Triple(node, NamedNode(PK + "value"), Literal("1.5"))]


def test_rows_count_figures_by_measure_and_period() -> None:
    triples = [*observation(1, VALUE, H1), *observation(2, VALUE, H1), *observation(3, CHANGE, H1),
               *observation(4, VALUE, H1, YEAR)]  # a figure of two periods counts in both, as a join counts it
    triples.append(Triple(NamedNode("https://w3id.org/provkg/report/r1"), PERIOD, YEAR))  # no measure: not a figure
    assert counts(summary_triples(report_iri("r1"), triples)) == {
        (VALUE.value, H1.value): 3, (CHANGE.value, H1.value): 1, (VALUE.value, YEAR.value): 1}
    assert summary_triples(report_iri("r1"), []) == []


def test_the_same_figures_give_the_same_rows_in_any_order() -> None:
    triples = [*observation(1, VALUE, H1), *observation(2, CHANGE, YEAR)]
    assert summary_triples(report_iri("r1"), triples) == summary_triples(report_iri("r1"), triples[::-1])
    assert set(report_and_summary(report_iri("r1"), triples)) == {report_iri("r1"), summary_graph_iri(report_iri("r1"))}


@pytest.fixture
def built_store(template_path: Path, tmp_path: Path) -> Path:  # noqa: F811
    corpus = generate_corpus(6, 2, template=load_template([template_path]), provinces=load_provinces(),
                             plant_every=3)
    data, texts = write_corpus(corpus, tmp_path / "corpus")
    build(tmp_path / "store", data, [texts])
    return tmp_path / "store"


def test_build_writes_summaries_equal_to_the_raw_figures(built_store: Path) -> None:
    with KnowledgeStore.open(built_store, read_only=True) as store:
        graphs = store.graphs()
        reports = [g for g in graphs if is_report_graph(g)]
        assert len(reports) == 6 and all(summary_graph_iri(r) in graphs for r in reports)
        # a graph kept beside a report (its validation graph) is summarised with the report, not on its own
        beside = [g for g in graphs if g.startswith(report_iri("")) and g not in reports]
        assert beside and not any(summary_graph_iri(g) in graphs for g in beside)
        raw = _answer(store, RAW_BY_MEASURE_AND_PERIOD)
        assert raw and _answer(store, SUMMARY_BY_MEASURE_AND_PERIOD) == raw
        assert_twins_answer_as_the_raw_figures(store)
        # one rollup per province, the store's own (build does not write them)
        provinces = {q.object.value for r in reports for q in store.quads(r) if q.predicate.value == PK + "province"}
        assert {g for g in graphs if g.startswith(ROLLUP_GRAPH)} == {rollup_graph_iri(p) for p in provinces}


NATIONAL_TWINS = {"q08-average-change-by-indicator", "q09-figures-by-measure-and-period"}


def assert_twins_answer_as_the_raw_figures(store: KnowledgeStore, answered: set[str] = NATIONAL_TWINS) -> None:
    """Every shipped twin (benchmarks/queries/summaries/) gives the rows of the raw query it answers like; those of
    ``answered`` must find rows (the synthetic fixtures state no programme: q03's twin has its own test)."""
    twins = load_bench_queries(data_dir("benchmarks") / "queries" / SUMMARY_QUERIES)
    assert {t.summary_of for t in twins} >= NATIONAL_TWINS | {"q03-programme-history"}
    for query in twins:
        original = next(q for q in load_bench_queries() if q.name == query.summary_of)
        raw = _answer(store, original.sparql)
        assert (raw or query.summary_of not in answered) and _answer(store, query.sparql) == raw, query.name


def test_replacing_a_report_replaces_its_summary(built_store: Path) -> None:
    with KnowledgeStore.open(built_store) as store:
        report = next(g for g in store.graphs() if is_report_graph(g))
        # the report revised: its figures of one measure dropped, as ingesting a corrected text would
        dropped = {q.subject for q in store.quads(report) if q.predicate == MEASURE and q.object == VALUE}
        kept = [q.triple for q in store.quads(report) if q.subject not in dropped]
        store.replace_graphs(report_and_summary(report, kept))
        assert _answer(store, SUMMARY_BY_MEASURE_AND_PERIOD) == _answer(store, RAW_BY_MEASURE_AND_PERIOD)
        assert_twins_answer_as_the_raw_figures(store)  # its province's rollup too
        assert VALUE.value not in {t.object.value for t in store.quads(summary_graph_iri(report))}


def test_a_sparql_update_keeps_the_summaries_equal_to_the_raw_figures(built_store: Path) -> None:
    with KnowledgeStore.open(built_store) as store:
        first, second = [g for g in store.graphs() if is_report_graph(g)][:2]
        untouched = list(store.quads(summary_graph_iri(second)))
        # a report's figures of one measure deleted by an update that names its graph
        store.update(f"DELETE {{ GRAPH <{first}> {{ ?obs ?p ?o }} }} WHERE {{ GRAPH <{first}> {{ "
                     f"?obs pk:measure <{VALUE.value}> ; ?p ?o }} }}")
        assert _answer(store, SUMMARY_BY_MEASURE_AND_PERIOD) == _answer(store, RAW_BY_MEASURE_AND_PERIOD)
        assert_twins_answer_as_the_raw_figures(store)
        assert VALUE.value not in {q.object.value for q in store.quads(summary_graph_iri(first))}
        assert list(store.quads(summary_graph_iri(second))) == untouched
        # a change measure's values doubled in one report: its province's rollup follows
        store.update(f"DELETE {{ GRAPH <{second}> {{ ?obs pk:value ?v }} }} INSERT {{ GRAPH <{second}> {{ "
                     f"?obs pk:value ?twice }} }} WHERE {{ GRAPH <{second}> {{ ?obs pk:measure <{CHANGE.value}> ; "
                     "pk:value ?v BIND (?v * 2 AS ?twice) } }")
        assert_twins_answer_as_the_raw_figures(store)
        # a report that states no province is a rollup group of its own
        store.update(f"DELETE WHERE {{ GRAPH <{second}> {{ <{second}> pk:province ?p }} }}")
        assert rollup_graph_iri(second) in store.graphs()
        assert_twins_answer_as_the_raw_figures(store)
        # figures added to every report by an update that does not name the graphs: every summary again
        store.update(f"INSERT {{ GRAPH ?g {{ ?obs pk:refPeriod <{YEAR.value}> }} }} WHERE {{ GRAPH ?g {{ "
                     f"?obs pk:measure <{CHANGE.value}> }} }}")
        assert _answer(store, SUMMARY_BY_MEASURE_AND_PERIOD) == _answer(store, RAW_BY_MEASURE_AND_PERIOD)
        assert_twins_answer_as_the_raw_figures(store)
        assert YEAR.value in {q.object.value for q in store.quads(summary_graph_iri(second))}
        # a summary edited by hand is derived data: written again from its report
        store.update(f"INSERT DATA {{ GRAPH <{summary_graph_iri(second)}> {{ <urn:row> <{COUNT.value}> 7 }} }}")
        assert _answer(store, SUMMARY_BY_MEASURE_AND_PERIOD) == _answer(store, RAW_BY_MEASURE_AND_PERIOD)
        # a report dropped takes its summary with it
        store.update(f"DROP GRAPH <{first}>")
        assert summary_graph_iri(first) not in store.graphs()
        assert _answer(store, SUMMARY_BY_MEASURE_AND_PERIOD) == _answer(store, RAW_BY_MEASURE_AND_PERIOD)
        assert_twins_answer_as_the_raw_figures(store)
        # a rollup edited by hand is written again from the reports
        rollup = next(g for g in store.graphs() if g.startswith(ROLLUP_GRAPH))
        store.update(f"DELETE WHERE {{ GRAPH <{rollup}> {{ ?row <{SUMMARY}rollupSum> ?s }} }}")
        assert_twins_answer_as_the_raw_figures(store)


def _change_figure(report: str, n: int, indicator: str, value: Literal) -> list[Triple]:
    node = NamedNode(f"{report}/obs/{n}")
    return [Triple(node, MEASURE, CHANGE), Triple(node, NamedNode(PK + "indicator"), NamedNode(PK + indicator)),
            Triple(node, NamedNode(PK + "value"), value), Triple(node, PERIOD, YEAR)]


def _stating(report: str, province: str) -> list[Triple]:
    return [Triple(NamedNode(report), NamedNode(PK + "province"), NamedNode(f"https://w3id.org/provkg/id/area/{province}"))]


@pytest.mark.parametrize("odd", [
    Literal("roughly a tenth"),  # words where a number belongs
    Literal("2031-05-04", datatype=NamedNode("http://www.w3.org/2001/XMLSchema#date")),  # a value of another kind
])
def test_a_value_that_is_not_a_number_leaves_the_rollup_sum_out(odd: Literal) -> None:
    """Before, the rollups' aggregate got no sum for such a group and the write failed with a TypeError."""
    decimal = NamedNode("http://www.w3.org/2001/XMLSchema#decimal")
    north, south = report_iri("north-1"), report_iri("south-1")
    graphs = {north: [*_stating(north, "north"), *_change_figure(north, 1, "x", Literal("1.5", datatype=decimal)),
                      *_change_figure(north, 2, "x", odd),
                      *_change_figure(north, 3, "y", Literal("4", datatype=decimal))],
              south: [*_stating(south, "south"), *_change_figure(south, 1, "x", Literal("7", datatype=decimal))]}
    with KnowledgeStore.open(None) as store:
        store.replace_graphs({name: triples for report, triples in graphs.items()
                              for name, triples in report_and_summary(report, triples).items()})
        rollup = rollup_graph_iri("https://w3id.org/provkg/id/area/north")
        fields = {q.predicate.value.removeprefix(SUMMARY) for q in store.quads(rollup)}
        assert {"rollupCount", "rollupSum", "rollupMin", "rollupMax"} <= fields  # the other indicator's row is whole
        assert_twins_answer_as_the_raw_figures(store)
        # written again through SPARQL Update (the per-province aggregate): the same
        store.update(f"INSERT DATA {{ GRAPH <{south}> {{ <{south}/obs/9> pk:measure <{CHANGE.value}> ; "
                     f"pk:indicator pk:x ; pk:value {odd.value!r}^^<{odd.datatype.value}> }} }}")
        assert_twins_answer_as_the_raw_figures(store)


PROGRAMME = NamedNode("https://w3id.org/provkg/id/project/ntp-new-rural")
OTHER_PROGRAMME = NamedNode("https://w3id.org/provkg/id/project/some-other-programme")
AREAS = "https://w3id.org/provkg/id/area/"


def _programme_figure(report: str, n: int, programme: NamedNode, area: str, year: str) -> list[Triple]:
    node, decimal = NamedNode(f"{report}/obs/{n}"), NamedNode("http://www.w3.org/2001/XMLSchema#decimal")
    return [Triple(node, NamedNode(PK + "aboutProgramme"), programme),
            Triple(node, NamedNode(PK + "refArea"), NamedNode(AREAS + area)),
            Triple(node, PERIOD, NamedNode(f"https://w3id.org/provkg/id/period/{year}")),
            Triple(node, NamedNode(PK + "indicator"), NamedNode(PK + f"communes-{n}")), Triple(node, MEASURE, VALUE),
            Triple(node, NamedNode(PK + "value"), Literal(str(n * 3), datatype=decimal)),
            Triple(node, NamedNode(PK + "statedIn"), NamedNode(report))]


def _programme_reports() -> dict[str, list[Triple]]:
    """Reports of the province and of others: a national one naming the province's figures, one of a neighbour
    about the same programme at home, figures of another programme, a report with nothing about the province."""
    home1, home2, national, neighbour = (report_iri(name) for name in ("home-1", "home-2", "national-1", "next-1"))
    return {
        home1: [*_stating(home1, "dien-bien"), *_programme_figure(home1, 1, PROGRAMME, "dien-bien", "2031"),
                *_programme_figure(home1, 2, OTHER_PROGRAMME, "dien-bien", "2031")],
        home2: [*_stating(home2, "dien-bien"), *_programme_figure(home2, 1, PROGRAMME, "dien-bien", "2032"),
                *_programme_figure(home2, 2, PROGRAMME, "dien-bien", "2032")],
        national: [*_stating(national, "vietnam"), *_programme_figure(national, 4, PROGRAMME, "dien-bien", "2032"),
                   *_programme_figure(national, 5, PROGRAMME, "lai-chau", "2032")],
        neighbour: [*_stating(neighbour, "lai-chau"), *_programme_figure(neighbour, 6, PROGRAMME, "lai-chau", "2031")],
    }


def _programme_store() -> KnowledgeStore:
    store = KnowledgeStore.open(None)
    store.replace_graphs({name: triples for report, triples in _programme_reports().items()
                          for name, triples in report_and_summary(report, triples).items()})
    return store


def test_a_programme_in_one_province_is_read_from_the_reports_about_it() -> None:
    with _programme_store() as store:
        q03 = {"q03-programme-history"}
        assert_twins_answer_as_the_raw_figures(store, q03)
        twin = next(q for q in load_bench_queries(data_dir("benchmarks") / "queries" / SUMMARY_QUERIES)
                    if q.summary_of in q03)
        # the province's own reports and the national one that names it: four figures, none of the neighbour's
        assert len(_answer(store, twin.sparql)) == 4
        assert {q.object.value for q in store.quads(summary_graph_iri(report_iri("national-1")))
                if q.predicate.value == SUMMARY + "area"} == {AREAS + "dien-bien", AREAS + "lai-chau"}


def test_reports_that_come_to_name_a_province_or_stop_naming_it_are_followed() -> None:
    with _programme_store() as store:
        neighbour, home2 = report_iri("next-1"), report_iri("home-2")
        # the neighbour's figure moved to the province by an update: its report is now one to read
        store.update(f"DELETE {{ GRAPH <{neighbour}> {{ ?obs pk:refArea ?a }} }} INSERT {{ GRAPH <{neighbour}> {{ "
                     f"?obs pk:refArea <{AREAS}dien-bien> }} }} "
                     f"WHERE {{ GRAPH <{neighbour}> {{ ?obs pk:refArea ?a }} }}")
        assert_twins_answer_as_the_raw_figures(store, {"q03-programme-history"})
        # one of the province's reports replaced by a version without its figures, another dropped
        store.replace_graphs(report_and_summary(home2, _stating(home2, "dien-bien")))
        store.update(f"DROP GRAPH <{report_iri('home-1')}>")
        assert_twins_answer_as_the_raw_figures(store, {"q03-programme-history"})
