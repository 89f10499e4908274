"""Small report graphs for the validation tests and the benchmark, built through the real RDF mapping.

Each case is a few fact-sheet rows of a report of our own (not the seed) in an area of its own, so that cases
loaded into one store do not meet through the cross-report rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache

import pyoxigraph as ox

from provkg.core.model import Figure, Report
from provkg.core.namespaces import AREA, INDICATOR, PK, PROJECT, REFERENCE_GRAPH, UNIT
from provkg.pipeline.rdfmap import observation_iri, report_iri, report_triples
from provkg.reference.loader import Reference, load_reference


@lru_cache(maxsize=1)
def reference() -> Reference:
    return load_reference()


def make_report(report_id: str, period: str = "2020-H1", issued: date = date(2020, 7, 8)) -> Report:
    return Report(report_id=report_id, province="dien-bien", issuer="UBND tỉnh", number="1/BC-UBND", date=issued,
                  period=period, title_en="A test report", source=f"{report_id}.txt", text_sha256="0" * 64,
                  text_length=100_000)


def fig(start: int, value: str, unit: str, measure: str, indicator: str | None, period: str = "2020-H1",
        **extra: object) -> Figure:
    """One fact-sheet row; the end offset covers the number and the unit as written."""
    extra.setdefault("estimate", False)
    extra.setdefault("section", "P1/A/I/1")
    return Figure(value=Decimal(value), unit_text=unit, measure=measure, subject="chỉ tiêu thử", period=period,
                  start=start, end=start + len(value) + len(unit) + 1, indicator=indicator,
                  **extra)


@dataclass
class Case:
    """Rows of one or more reports; ``expect`` lists (rule, report_id, start) findings, nothing else may appear."""

    name: str
    reports: dict[str, list[Figure]]
    expect: set[tuple[str, str, int]] = field(default_factory=set)
    periods: dict[str, str] = field(default_factory=dict)

    def report_ids(self) -> list[str]:
        return list(self.reports)

    def triples(self) -> dict[str, list[ox.Triple]]:
        area = f"case-{self.name}"
        graphs = {}
        for report_id, figures in self.reports.items():
            for figure in figures:
                figure.area = figure.area or area
            report = make_report(report_id, self.periods.get(report_id, "2020-H1"))
            graphs[report_iri(report_id)] = report_triples(report, figures, units=reference().units)
        return graphs


def load(store: ox.Store, graphs: dict[str, list[ox.Triple]]) -> None:
    for name, triples in graphs.items():
        graph = ox.NamedNode(name)
        store.extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples)


def reference_triples(trim_to: set[str] | None = None) -> list[ox.Triple]:
    """The reference data; with ``trim_to``, only the schema and the concepts named there (for pyshacl speed)."""
    triples = reference().triples
    if trim_to is None:
        return triples
    concept_namespaces = (INDICATOR, UNIT, PROJECT, AREA)
    keep = set(trim_to)
    keep |= {t.object.value for t in triples if t.subject.value in trim_to and isinstance(t.object, ox.NamedNode)}
    return [t for t in triples
            if not t.subject.value.startswith(concept_namespaces) or t.subject.value in keep]


def store_of(*cases: Case, trim: bool = False) -> ox.Store:
    store = ox.Store()
    graphs: dict[str, list[ox.Triple]] = {}
    for case in cases:
        graphs.update(case.triples())
    used = {term.value for triples in graphs.values() for t in triples for term in (t.predicate, t.object)
            if isinstance(term, ox.NamedNode)}
    load(store, {REFERENCE_GRAPH: reference_triples(used if trim else None)})
    load(store, graphs)
    return store


def obs(report_id: str, start: int) -> str:
    return observation_iri(report_id, start)


def pk(name: str) -> ox.NamedNode:
    return ox.NamedNode(PK + name)


def _cases() -> list[Case]:
    """For each consistency and range rule, a case that passes and one that fails."""
    a, b = "report-a", "report-b"
    cases = [
        # Parts of a total: 60,5 + 45 > 100 fails; the sum may stay below the total; units are scaled.
        Case("parts-over", {"parts-over": [
            fig(10, "100", "tỷ đồng", "value", "local-budget-revenue"),
            fig(20, "60.5", "tỷ đồng", "value", "domestic-revenue", parent=10),
            fig(30, "45", "tỷ đồng", "value", "domestic-revenue", parent=10)]},
            {("PartsWithinTotal", "parts-over", 10)}),
        Case("parts-under", {"parts-under": [
            fig(10, "100", "tỷ đồng", "value", "local-budget-revenue"),
            fig(20, "60.5", "tỷ đồng", "value", "domestic-revenue", parent=10),
            fig(30, "30", "tỷ đồng", "value", "domestic-revenue", parent=10)]}),
        # Rounding: 5,4 + 5,0 may add to 10 (10,4 within 0,5 + 0,05 + 0,05); 5,4 + 5,3 cannot.
        Case("parts-rounding", {"parts-rounding": [
            fig(10, "10", "ha", "value", "rice-area"),
            fig(20, "5.4", "ha", "value", "rice-area", parent=10, area="parts-rounding-x"),
            fig(30, "5.0", "ha", "value", "rice-area", parent=10, area="parts-rounding-y")]}),
        Case("parts-rounding-over", {"parts-rounding-over": [
            fig(10, "10", "ha", "value", "rice-area"),
            fig(20, "5.4", "ha", "value", "rice-area", parent=10, area="parts-rounding-over-x"),
            fig(30, "5.3", "ha", "value", "rice-area", parent=10, area="parts-rounding-over-y")]},
            {("PartsWithinTotal", "parts-rounding-over", 10)}),
        # 700 + 450 triệu đồng fit in 1,2 tỷ đồng; 700 + 600 triệu do not.
        Case("parts-scaled", {"parts-scaled": [
            fig(10, "1.2", "tỷ đồng", "value", "local-budget-expenditure"),
            fig(20, "700", "triệu đồng", "value", "recurrent-expenditure", parent=10),
            fig(30, "450", "triệu đồng", "value", "development-investment-expenditure", parent=10)]}),
        Case("parts-scaled-over", {"parts-scaled-over": [
            fig(10, "1.2", "tỷ đồng", "value", "local-budget-expenditure"),
            fig(20, "700", "triệu đồng", "value", "recurrent-expenditure", parent=10),
            fig(30, "600", "triệu đồng", "value", "development-investment-expenditure", parent=10)]},
            {("PartsWithinTotal", "parts-scaled-over", 10)}),
        # Shares of one whole.
        Case("shares-over", {"shares-over": [
            fig(10, "5335.4", "tỷ đồng", "value", "grdp"),
            fig(20, "60.2", "%", "share_pct", "grdp-services", parent=10),
            fig(30, "45.1", "%", "share_pct", "grdp-agriculture", parent=10)]},
            {("SharesWithinWhole", "shares-over", 10)}),
        Case("shares-ok", {"shares-ok": [
            fig(10, "5335.4", "tỷ đồng", "value", "grdp"),
            fig(20, "60.2", "%", "share_pct", "grdp-services", parent=10),
            fig(30, "39.8", "%", "share_pct", "grdp-agriculture", parent=10)]}),
        # "X/Y đạt Z%": 45/60 is 75%; 2/3 is 66,67% within rounding.
        Case("ratio-ok", {"ratio-ok": [
            fig(10, "45", "", "value", "new-rural-communes", parent=13),
            fig(13, "60", "xã", "plan_value", "new-rural-communes", comparison_period="2020"),
            fig(20, "75", "%", "plan_pct", "new-rural-communes", comparison_period="2020"),
            fig(40, "2", "", "value", "health-standard-communes", area="ratio-ok-x", parent=42),
            fig(42, "3", "xã", "value", "health-standard-communes", area="ratio-ok-x"),
            fig(50, "66.67", "%", "share_pct", "health-standard-communes", area="ratio-ok-x")]}),
        Case("ratio-wrong", {"ratio-wrong": [
            fig(10, "45", "", "value", "new-rural-communes", parent=13),
            fig(13, "60", "xã", "plan_value", "new-rural-communes", comparison_period="2020"),
            fig(20, "80", "%", "plan_pct", "new-rural-communes", comparison_period="2020")]},
            {("RatioMatchesPercent", "ratio-wrong", 20)}),
        # Plan achievement against level and plan value (the plan may be in another report).
        Case("plan-ok", {"plan-ok": [
            fig(10, "880", "tỷ đồng", "value", "local-budget-revenue"),
            fig(30, "88", "%", "plan_pct", "local-budget-revenue", comparison_period="2020"),
            # 866,8 of 1.000,0 is 86,68%: written truncated as 86,6%, within one unit of the last digit.
            fig(50, "866.8", "tỷ đồng", "value", "domestic-revenue", area="plan-ok-t"),
            fig(60, "1000.0", "tỷ đồng", "plan_value", "domestic-revenue", period="2020", area="plan-ok-t"),
            fig(70, "86.6", "%", "plan_pct", "domestic-revenue", comparison_period="2020", area="plan-ok-t")],
            "plan-ok-annual": [
            fig(10, "1000", "tỷ đồng", "plan_value", "local-budget-revenue", period="2020")]},
            periods={"plan-ok-annual": "2020"}),
        Case("plan-wrong", {"plan-wrong": [
            fig(10, "880", "tỷ đồng", "value", "local-budget-revenue"),
            fig(20, "1000", "tỷ đồng", "plan_value", "local-budget-revenue", period="2020"),
            fig(30, "98", "%", "plan_pct", "local-budget-revenue", comparison_period="2020")]},
            {("PlanAchievementMatches", "plan-wrong", 30)}),
        # A report that states its own plan is not checked against another report's (revised) plan.
        Case("plan-revised", {"plan-revised": [
            fig(10, "880", "tỷ đồng", "value", "local-budget-revenue"),
            fig(20, "1000", "tỷ đồng", "plan_value", "local-budget-revenue", period="2020"),
            fig(30, "88", "%", "plan_pct", "local-budget-revenue", comparison_period="2020")],
            "plan-revised-early": [
            fig(10, "1100", "tỷ đồng", "plan_value", "local-budget-revenue", period="2020")]},
            periods={"plan-revised-early": "2020-Q1"}),
        # A change against the levels of both periods, in one report.
        Case("change-ok", {"change-ok": [
            fig(10, "1050", "tỷ đồng", "value", "grdp"),
            fig(20, "5", "%", "change_pct", "grdp", comparison_period="2019-H1"),
            fig(30, "1000", "tỷ đồng", "value", "grdp", period="2019-H1"),
            fig(40, "33.6", "%", "value", "poverty-rate"),
            fig(50, "-1.4", "%", "change_pp", "poverty-rate", comparison_period="2019-H1"),
            fig(60, "35", "%", "value", "poverty-rate", period="2019-H1")]}),
        Case("change-wrong", {"change-wrong": [
            fig(10, "1050", "tỷ đồng", "value", "grdp"),
            fig(20, "7", "%", "change_pct", "grdp", comparison_period="2019-H1"),
            fig(30, "1000", "tỷ đồng", "value", "grdp", period="2019-H1"),
            fig(40, "1200", "tấn", "value", "rice-output"),
            fig(50, "-120", "tấn", "change_abs", "rice-output", comparison_period="2019-H1"),
            fig(60, "1100", "tấn", "value", "rice-output", period="2019-H1")]},
            {("ChangeMatchesLevels", "change-wrong", 20), ("ChangeSignMatchesLevels", "change-wrong", 50)}),
        # Quotients with many digits: tolerances must still be computed (decimal arithmetic must not overflow).
        Case("change-wrong-long", {"change-wrong-long": [
            fig(10, "40.3", "tỷ đồng", "value", "grdp"),
            fig(20, "-10.0", "%", "change_pct", "grdp", comparison_period="2019-H1"),
            fig(30, "52.9", "tỷ đồng", "value", "grdp", period="2019-H1")]},
            {("ChangeMatchesLevels", "change-wrong-long", 20)}),
        Case("plan-wrong-long", {"plan-wrong-long": [
            fig(10, "40.3", "tỷ đồng", "value", "local-budget-revenue"),
            fig(20, "52.9", "tỷ đồng", "plan_value", "local-budget-revenue", period="2020"),
            fig(30, "66.2", "%", "plan_pct", "local-budget-revenue", comparison_period="2020")]},
            {("PlanAchievementMatches", "plan-wrong-long", 30)}),
        # Across reports: last year's level stated in last year's report.
        Case("change-across", {a + "-across": [
            fig(10, "1050", "tỷ đồng", "value", "grdp"),
            fig(20, "8", "%", "change_pct", "grdp", comparison_period="2019-H1")],
            b + "-across": [fig(10, "1000", "tỷ đồng", "value", "grdp", period="2019-H1")]},
            {("ChangeMatchesLevelsAcrossReports", a + "-across", 20)},
            periods={b + "-across": "2019-H1"}),
        Case("change-across-ok", {a + "-across-ok": [
            fig(10, "1050", "tỷ đồng", "value", "grdp"),
            fig(20, "5", "%", "change_pct", "grdp", comparison_period="2019-H1")],
            b + "-across-ok": [fig(10, "1000", "tỷ đồng", "value", "grdp", period="2019-H1")]},
            periods={b + "-across-ok": "2019-H1"}),
        # Both levels stated by the report itself: its own levels decide; another report's older estimate does not.
        Case("change-across-own", {a + "-across-own": [
            fig(10, "1050", "tỷ đồng", "value", "grdp"),
            fig(20, "5", "%", "change_pct", "grdp", comparison_period="2019-H1"),
            fig(30, "1000", "tỷ đồng", "value", "grdp", period="2019-H1")],
            b + "-across-own": [fig(10, "900", "tỷ đồng", "value", "grdp", period="2019-H1")]},
            periods={b + "-across-own": "2019-H1"}),
        # The sign of a change: "giảm 5%" kept positive while the levels rose... and fell.
        Case("sign-wrong", {"sign-wrong": [
            fig(10, "950", "tỷ đồng", "value", "retail-sales"),
            fig(20, "5", "%", "change_pct", "retail-sales", comparison_period="2019-H1"),
            fig(30, "1000", "tỷ đồng", "value", "retail-sales", period="2019-H1")]},
            {("ChangeSignMatchesLevels", "sign-wrong", 20)}),
        Case("sign-ok", {"sign-ok": [
            fig(10, "950", "tỷ đồng", "value", "retail-sales"),
            fig(20, "-5", "%", "change_pct", "retail-sales", comparison_period="2019-H1"),
            fig(30, "1000", "tỷ đồng", "value", "retail-sales", period="2019-H1")]}),
        # A period that had not begun when the report was issued; estimates and plans may look ahead.
        Case("future", {"future": [
            fig(10, "120", "tỷ đồng", "value", "tourism-revenue", period="2021"),
            fig(20, "130", "tỷ đồng", "value", "tourism-revenue", period="2020-H2", estimate=True),
            fig(30, "300", "tỷ đồng", "plan_value", "tourism-revenue", period="2021")]},
            {("PeriodNotFuture", "future", 10)}),
        # A level of a past period with no figure of the indicator for the report's period.
        Case("old-period", {"old-period": [
            fig(10, "5120", "hộ", "value", "poor-households", period="2019")]},
            {("PeriodOfReport", "old-period", 10)}),
        Case("old-period-ok", {"old-period-ok": [
            fig(10, "5120", "hộ", "value", "poor-households", period="2019"),
            fig(20, "4980", "hộ", "value", "poor-households", period="2020-06-30")]}),
        # The same quantity restated in another section with another value; equal within rounding passes, and
        # so do two figures of one section (an enumeration of sub-quantities under one indicator).
        Case("twice", {"twice": [
            fig(10, "-1.55", "%", "change_pct", "grdp-services", comparison_period="2019-H1"),
            fig(900, "-1.64", "%", "change_pct", "grdp-services", comparison_period="2019-H1",
                section="P1/B/I/1")]},
            {("SameFigureSameValue", "twice", 900)}),
        Case("twice-ok", {"twice-ok": [
            fig(10, "1050", "triệu USD", "value", "export-value"),
            fig(900, "1050.0", "triệu USD", "value", "export-value", section="P1/B/I/1"),
            fig(920, "390.62", "tấn", "value", "relief-rice"),
            fig(960, "1005.36", "tấn", "value", "relief-rice")]}),
        # Two different quantities with the identical figure: a warning for long figures only.
        Case("identical", {"identical": [
            fig(10, "1234.5", "triệu USD", "value", "export-value"),
            fig(90, "1234.5", "triệu USD", "value", "import-value"),
            fig(100, "991.93", "tỷ đồng", "value", "grdp-industry-construction"),
            fig(110, "991.926", "tỷ đồng", "value", "construction-production-value"),
            fig(130, "1000", "người", "value", "jobs-created"),
            fig(150, "1000", "người", "value", "labour-export"),
            fig(120, "12", "người", "value", "doctors"),
            fig(140, "12", "người", "value", "drug-offenders")]},
            {("IdenticalFigureDifferentQuantity", "identical", 90),
             ("IdenticalFigureDifferentQuantity", "identical", 110)}),
        # Derived ratios: a rice yield of 50 t/ha is implausible, 5 t/ha is not; tạ converts to tonnes.
        Case("yield-wrong", {"yield-wrong": [
            fig(10, "50000", "tấn", "value", "rice-output"),
            fig(30, "1000", "ha", "value", "rice-area")]},
            {("DerivedRatioPlausible", "yield-wrong", 10)}),
        Case("yield-ok", {"yield-ok": [
            fig(10, "50000", "tạ", "value", "rice-output"),
            fig(30, "1000", "ha", "value", "rice-area"),
            fig(50, "1250", "nghìn lượt", "value", "passenger-transport"),
            fig(70, "85.3", "triệu HK.km", "value", "passenger-km")]}),
        Case("trip-wrong", {"trip-wrong": [
            fig(50, "1250", "lượt", "value", "passenger-transport"),
            fig(70, "85.3", "triệu HK.km", "value", "passenger-km")]},
            {("DerivedRatioPlausible", "trip-wrong", 70)}),
        # Ranges and units.
        Case("ranges", {"ranges": [
            fig(10, "120", "%", "share_pct", "grdp-industry-construction"),
            fig(20, "-120", "%", "change_pct", "export-value", comparison_period="2019-H1"),
            fig(30, "130", "%", "value", "poverty-rate"),
            fig(40, "12.5", "người", "value", "pupils"),
            fig(50, "-3", "hộ", "value", "poor-households"),
            fig(60, "5", "tấn", "value", "grdp"),
            fig(70, "5", "tỷ đồng", "change_pct", "cpi", comparison_period="2019-H1"),
            fig(80, "7", "thúng", "value", None)]},
            {("ValuePlausible", "ranges", 10), ("ValuePlausible", "ranges", 20), ("ValuePlausible", "ranges", 30),
             ("CountWholeNonNegative", "ranges", 40), ("CountWholeNonNegative", "ranges", 50),
             ("UnitAllowed", "ranges", 60), ("PercentMeasureUnit", "ranges", 70), ("UnitKnown", "ranges", 80)}),
        Case("ranges-ok", {"ranges-ok": [
            fig(10, "20.19", "%", "share_pct", "grdp-industry-construction"),
            fig(20, "-12", "%", "change_pct", "export-value", comparison_period="2019-H1"),
            fig(30, "33.6", "%", "value", "poverty-rate"),
            fig(40, "125", "người", "value", "pupils"),
            fig(50, "-3", "hộ", "change_abs", "poor-households", comparison_period="2019-H1"),
            fig(60, "5", "tỷ đồng", "value", "grdp"),
            fig(70, "5", "%", "change_pct", "cpi", comparison_period="2019-H1"),
            fig(80, "7", "tấn", "value", None),
            fig(90, "-3.05", "‰", "change_pp", "infant-mortality", comparison_period="2019-H1")]}),
    ]
    return cases


CASES = _cases()
