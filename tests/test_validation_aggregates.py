"""Rules rewritten as aggregations find exactly what they found before (validation speed, issue 17).

Six rules of ``shapes/consistency.ttl`` read a condition on the other figures of a sentence, section, report or
breakdown (the first share of a sentence or section, the whole stated once, the kinds of a breakdown's other
parts, an enumeration in one section) with a NOT EXISTS beside each candidate figure, which Oxigraph evaluated
once per candidate over every figure of the store it could match: in a store of a province's reports (a grouped
whole-store run) that is ten times as many figures for ten times as many candidates. They now find the same
condition once, by an aggregate or a sub-select joined on its keys, or test it after the arithmetic. Each is run
beside its earlier text, frozen in ``tests/shapes_before_aggregates.ttl`` (each renamed ``...BeforeAggregates``),
on graphs written here, every validation case of ``validation_cases.py``, the gold graphs of the dev reports
(never held-out ones), and synthetic reports with planted inconsistencies, alone and in one store of several
reports: every field of every finding must agree.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from provkg.bench.corpus import generate_corpus, write_corpus
from provkg.core.namespaces import PK, PROJECT, RDF, XSD
from provkg.pipeline.build import build_graphs
from provkg.pipeline.rdfmap import report_iri
from provkg.validate import engine
from validation_cases import CASES, Case, dev_gold_working_stores, fig, finding_fields, frozen_checks, load, store_of

BEFORE = Path(__file__).parent / "shapes_before_aggregates.ttl"
SUFFIX = "BeforeAggregates"
REWRITTEN = {"PartsWithinTotal", "PartialPartsWithinTotal", "AdditivePartsWithinWhole", "SharesAddUpTo100",
             "SharesAddUpTo100InSection", "SameFigureSameValue", "InitiativeDatePrecision"}

CHECKS = frozen_checks(BEFORE, SUFFIX)
assert {now.rule for _, now in CHECKS} == REWRITTEN


def _compare(work: ox.Store, reports: str | list[str] | None) -> dict[str, int]:
    """Both texts of every rewritten rule on ``work``; the findings of each rule (the same on both sides)."""
    count = {}
    for before, now in CHECKS:
        old = finding_fields(engine._run_fast(work, reports, [before]), SUFFIX)
        new = finding_fields(engine._run_fast(work, reports, [now]), SUFFIX)
        assert old == new, (now.rule, reports)
        count[now.rule] = len(new)
    return count


def _works(dated: tuple[tuple[str, str, ox.Literal], ...]) -> list[ox.Triple]:
    """Works of a report, each with one date property."""
    triples = []
    for name, prop, when in dated:
        node = ox.NamedNode(PROJECT + "agg/" + name)
        triples += [ox.Triple(node, ox.NamedNode(RDF + "type"), ox.NamedNode(PK + "Project")),
                    ox.Triple(node, ox.NamedNode(PK + prop), when)]
    return triples


# Graphs written for the rewrites, each holding what the earlier NOT EXISTS read: figures before the first one
# that do not count (another kind, another price basis), wholes stated twice alike, nested and unrelated kinds in
# one breakdown, an enumeration in one section beside a restated figure. Our own figures and places.
OWN = [
    # a sentence of the economic structure after a share of something else (3,2% of investment), its first
    # share read with no indicator; beside it, two shares of the year before, which add up to less
    Case("agg-structure", {"agg-structure": [
        fig(5, "3.2", "%", "share_pct", "fdi"),
        fig(10, "14.6", "%", "share_pct", "grdp-agriculture"),
        fig(20, "37.9", "%", "share_pct", "grdp-industry-construction"),
        fig(30, "44.1", "%", "share_pct", "grdp-services"),
        fig(40, "6.3", "%", "share_pct", "grdp-product-taxes"),
        fig(50, "15.1", "%", "share_pct", "grdp-agriculture", period="2019-H1"),
        fig(60, "36.0", "%", "share_pct", "grdp-industry-construction", period="2019-H1"),
        fig(110, "20.5", "%", "share_pct", None),
        fig(120, "30.2", "%", "share_pct", "grdp-industry-construction"),
        fig(130, "52.0", "%", "share_pct", None)]},
        lines=(0, 100)),
    # one share a line in a section: a share at constant prices first, then the structure at current prices
    # (100,8%), in a second area the same structure short of 100 with every component stated
    Case("agg-section", {"agg-section": [
        fig(10, "13.0", "%", "share_pct", "grdp-agriculture", basis="constant-2010", section="P1/A/II/2"),
        fig(50, "13.5", "%", "share_pct", "grdp-agriculture", basis="current", section="P1/A/II/2"),
        fig(90, "35.2", "%", "share_pct", "grdp-industry-construction", basis="current", section="P1/A/II/2"),
        fig(130, "45.0", "%", "share_pct", "grdp-services", basis="current", section="P1/A/II/2"),
        fig(170, "7.1", "%", "share_pct", "grdp-product-taxes", basis="current", section="P1/A/II/2"),
        fig(210, "12.0", "%", "share_pct", "grdp-agriculture", section="P1/A/II/2", area="agg-section-x"),
        fig(250, "30.0", "%", "share_pct", "grdp-industry-construction", section="P1/A/II/2", area="agg-section-x"),
        fig(290, "50.0", "%", "share_pct", "grdp-services", section="P1/A/II/2", area="agg-section-x"),
        fig(330, "6.0", "%", "share_pct", "grdp-product-taxes", section="P1/A/II/2", area="agg-section-x")]},
        lines=(0, 40, 80, 120, 160, 200, 240, 280, 320)),
    # a whole stated twice alike (6.250 tỷ and 6,25 nghìn tỷ), its parts over it; a whole with a target of
    # another value beside its actual; a whole stated with two values (no finding)
    Case("agg-additive", {"agg-additive": [
        fig(10, "6250", "tỷ đồng", "value", "state-budget-revenue"),
        fig(30, "6.25", "nghìn tỷ đồng", "value", "state-budget-revenue", section="P1/B/I/1"),
        fig(50, "5400", "tỷ đồng", "value", "domestic-revenue"),
        fig(70, "910", "tỷ đồng", "value", "import-export-revenue"),
        fig(110, "41000", "tấn", "value", "food-output", area="agg-additive-x"),
        fig(130, "45000", "tấn", "value", "food-output", area="agg-additive-x", status="target"),
        fig(150, "26500", "tấn", "value", "rice-output", area="agg-additive-x"),
        fig(170, "15200", "tấn", "value", "maize-output", area="agg-additive-x"),
        fig(210, "41000", "tấn", "value", "food-output", area="agg-additive-y"),
        fig(230, "43500", "tấn", "value", "food-output", area="agg-additive-y"),
        fig(250, "26500", "tấn", "value", "rice-output", area="agg-additive-y"),
        fig(270, "15200", "tấn", "value", "maize-output", area="agg-additive-y")]}),
    # breakdowns "trong đó": a crop, one of its seasons and another crop (the season nested in its crop, each
    # added alone; the parts together over the total are a warning); an owner and a product of exports (two
    # divisions: a warning); two kinds of one division over their total (a violation)
    Case("agg-kinds", {"agg-kinds": [
        fig(10, "45000", "tấn", "value", "food-output"),
        fig(30, "30000", "tấn", "value", "rice-output", parent=10, breakdown="partial"),
        fig(50, "21000", "tấn", "value", "winter-spring-rice-output", parent=10, breakdown="partial"),
        fig(70, "14000", "tấn", "value", "maize-output", parent=10, breakdown="partial"),
        fig(110, "800", "triệu USD", "value", "export-value"),
        fig(130, "500", "triệu USD", "value", "fdi-export-value", parent=110, breakdown="partial"),
        fig(150, "450", "triệu USD", "value", "export-product-value", parent=110, breakdown="partial"),
        fig(210, "1500", "tỷ đồng", "value", "total-social-investment"),
        fig(230, "900", "tỷ đồng", "value", "household-investment", parent=210, breakdown="partial"),
        fig(250, "700", "tỷ đồng", "value", "fdi", parent=210, breakdown="partial")]}),
    # a change restated in another section with another value (6,8% and 7,1%), and one restated where the other
    # section enumerates two values of the indicator (no finding)
    Case("agg-restated", {"agg-restated": [
        fig(10, "6.8", "%", "change_pct", "retail-sales", comparison_period="2019-H1"),
        fig(900, "7.1", "%", "change_pct", "retail-sales", comparison_period="2019-H1", section="P1/B/II/1"),
        fig(30, "12.5", "%", "change_pct", "industrial-production-index", comparison_period="2019-H1"),
        fig(930, "9.4", "%", "change_pct", "industrial-production-index", comparison_period="2019-H1",
            section="P1/B/II/1"),
        fig(950, "11.0", "%", "change_pct", "industrial-production-index", comparison_period="2019-H1",
            section="P1/B/II/1")]}),
    # the dates of three works: a day (fits), a completion written as words and a planned start as a plain number
    Case("agg-dates", {"agg-dates": [fig(10, "85", "tỷ đồng", "value", "project-disbursement")]},
         extra={"agg-dates": _works((
             ("ferry-pier", "startDate", ox.Literal("2024-05-17", datatype=ox.NamedNode(XSD + "date"))),
             ("dyke-north", "completionDate", ox.Literal("cuối quý IV")),
             ("clinic-east", "plannedStartDate", ox.Literal("2026", datatype=ox.NamedNode(XSD + "integer")))))}),
]


def test_rewritten_rules_on_graphs_written_for_them() -> None:
    found: dict[str, int] = {}
    store = store_of(*OWN)
    for case in OWN:
        for report_id in case.report_ids():
            report = report_iri(report_id)
            for rule, count in _compare(engine.working_store(store, report), report).items():
                found[rule] = found.get(rule, 0) + count
    # every rewritten rule finds something on them, so the comparison is not of two empty lists
    assert all(found[rule] > 0 for rule in REWRITTEN), found


def test_rewritten_rules_on_every_validation_case() -> None:
    found = 0
    for case in CASES:
        store = store_of(case)
        for report_id in case.report_ids():
            report = report_iri(report_id)
            found += sum(_compare(engine.working_store(store, report), report).values())
    assert found > 0


def test_rewritten_rules_on_the_dev_gold_graphs() -> None:
    found = 0
    for store, iri in dev_gold_working_stores():
        found += sum(_compare(store, iri).values())
    assert found > 0


@pytest.mark.parametrize("seed", [4])
def test_rewritten_rules_on_synthetic_reports_with_plants(seed: int, tmp_path: Path) -> None:
    """Report by report, and all reports in one store as a grouped whole-store run validates them."""
    corpus = generate_corpus(12, seed, plant_every=2)
    assert {plant.kind for plant in corpus.plants} >= {"wrong_total", "shares_over_100"}
    data, texts = write_corpus(corpus, tmp_path / "corpus")
    graphs, _ = build_graphs(data, [texts])
    store = ox.Store()
    load(store, {name: list(triples) for name, triples in graphs.items()})
    found = 0
    reports = [report_iri(item.report.report_id) for item in corpus.reports]
    for report in reports:
        found += sum(_compare(engine.working_store(store, report), report).values())
    assert found > 0
    assert sum(_compare(store, reports).values()) > 0
