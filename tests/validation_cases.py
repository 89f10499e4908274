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
    """Rows of one or more reports; ``expect`` lists (rule, report_id, start) findings, nothing else may appear.

    ``lines``: offsets where a new line of the report's text begins; with them the report gets a text (one
    sentence a line), so its figures get their sentence and paragraph, which the sentence rules read."""

    name: str
    reports: dict[str, list[Figure]]
    expect: set[tuple[str, str, int]] = field(default_factory=set)
    periods: dict[str, str] = field(default_factory=dict)
    lines: tuple[int, ...] | None = None
    produced_by: str = "factsheet"

    def report_ids(self) -> list[str]:
        return list(self.reports)

    def triples(self) -> dict[str, list[ox.Triple]]:
        area = f"case-{self.name}"
        graphs = {}
        for report_id, figures in self.reports.items():
            for figure in figures:
                figure.area = figure.area or area
            report = make_report(report_id, self.periods.get(report_id, "2020-H1"))
            text = None
            if self.lines is not None:
                chars = ["x"] * (max(f.end for f in figures) + 10)
                for start in self.lines:
                    chars[start - 1] = "\n"
                text = "".join(chars)
            graphs[report_iri(report_id)] = report_triples(report, figures, units=reference().units, text=text,
                                                           produced_by=self.produced_by)
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
        # "X/Y xã, đạt Z%" in one sentence: 2/3 is 66,67% within rounding; the whole between part and share.
        Case("share-ok", {"share-ok": [
            fig(40, "2", "", "value", "health-standard-communes", parent=42),
            fig(42, "3", "xã", "value", "health-standard-communes"),
            fig(50, "66.67", "%", "share_pct", "health-standard-communes")]}, lines=(0,)),
        Case("share-wrong", {"share-wrong": [
            fig(40, "2", "", "value", "health-standard-communes", parent=42),
            fig(42, "3", "xã", "value", "health-standard-communes"),
            fig(50, "76.67", "%", "share_pct", "health-standard-communes")]},
            {("ShareMatchesParts", "share-wrong", 50)}, lines=(0,)),
        # "xuất khẩu 2.849,3 triệu USD, trong đó hàng A 1,498 triệu USD, chiếm 52,6%": a thousands point written
        # as a comma.
        Case("share-notation", {"share-notation": [
            fig(10, "2849.3", "triệu USD", "value", "export-value"),
            fig(40, "1.498", "triệu USD", "value", None, parent=10),
            fig(60, "52.6", "%", "share_pct", None)]},
            {("ShareMatchesParts", "share-notation", 60), ("ThousandsPointAsComma", "share-notation", 40)},
            lines=(0,)),
        # In a table, a row's share is of the row, not of the column's total in another line.
        Case("share-table-row", {"share-table-row": [
            fig(10, "700", "trường", "value", "national-standard-schools"),
            fig(40, "72", "trường", "value", "national-standard-schools", parent=10, area="share-table-row-x"),
            fig(50, "92.3", "%", "share_pct", "national-standard-schools", area="share-table-row-x")]},
            lines=(0, 30)),
        # "giải ngân X tỷ/kế hoạch Y tỷ, đạt Z%" in one sentence; truncated Z within one unit of its last digit.
        Case("plan-ok", {"plan-ok": [
            fig(10, "866.8", "tỷ đồng", "value", "domestic-revenue"),
            fig(30, "1000.0", "tỷ đồng", "plan_value", "domestic-revenue", period="2020", status="target"),
            fig(50, "86.6", "%", "plan_pct", "domestic-revenue", comparison_period="2020")]}, lines=(0,)),
        Case("plan-wrong", {"plan-wrong": [
            fig(10, "880", "tỷ đồng", "value", "local-budget-revenue"),
            fig(20, "1000", "tỷ đồng", "plan_value", "local-budget-revenue", period="2020", status="target"),
            fig(30, "98", "%", "plan_pct", "local-budget-revenue", comparison_period="2020")]},
            {("PlanAchievementMatches", "plan-wrong", 30)}, lines=(0,)),
        Case("plan-wrong-long", {"plan-wrong-long": [
            fig(10, "40.3", "tỷ đồng", "value", "local-budget-revenue"),
            fig(20, "52.9", "tỷ đồng", "plan_value", "local-budget-revenue", period="2020", status="target"),
            fig(30, "66.2", "%", "plan_pct", "local-budget-revenue", comparison_period="2020")]},
            {("PlanAchievementMatches", "plan-wrong-long", 30)}, lines=(0,)),
        # Two achievements in one sentence are against two plans, one of them unstated: no finding; nor when
        # level, plan and achievement are in different sentences.
        Case("plan-two-plans", {"plan-two-plans": [
            fig(10, "880", "tỷ đồng", "value", "local-budget-revenue"),
            fig(20, "1000", "tỷ đồng", "plan_value", "local-budget-revenue", period="2020", status="target"),
            fig(30, "88", "%", "plan_pct", "local-budget-revenue", comparison_period="2020"),
            fig(40, "80", "%", "plan_pct", "local-budget-revenue", comparison_period="2020")]}, lines=(0,)),
        Case("plan-apart", {"plan-apart": [
            fig(10, "880", "tỷ đồng", "value", "local-budget-revenue"),
            fig(30, "1100", "tỷ đồng", "plan_value", "local-budget-revenue", period="2020", status="target"),
            fig(50, "88", "%", "plan_pct", "local-budget-revenue", comparison_period="2020")]}, lines=(0, 25, 45)),
        # An integer count and its % change: 38 accidents cannot have risen 8,9% from a whole number; 38 can
        # have risen 8,6% (from 35); the count of the change's indicator even with a death toll between.
        Case("integer-change-wrong", {"integer-change-wrong": [
            fig(10, "38", "vụ", "value", "traffic-accidents"),
            fig(20, "27", "người", "value", "traffic-accident-deaths"),
            fig(40, "8.9", "%", "change_pct", "traffic-accidents", comparison_period="2019-H1")]},
            {("IntegerCountChange", "integer-change-wrong", 40)}, lines=(0,)),
        Case("integer-change-ok", {"integer-change-ok": [
            fig(10, "38", "vụ", "value", "traffic-accidents"),
            fig(20, "27", "người", "value", "traffic-accident-deaths"),
            fig(40, "8.6", "%", "change_pct", "traffic-accidents", comparison_period="2019-H1"),
            fig(60, "1250", "người", "value", None, area="integer-change-ok-x"),
            fig(70, "3.3", "%", "change_pct", None, comparison_period="2019-H1", area="integer-change-ok-x")]},
            lines=(0, 55)),
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
        # A change against a later period: "so với cùng kỳ năm 2021" in a 2020 report.
        Case("comparison-later", {"comparison-later": [
            fig(10, "5.2", "%", "change_pct", "retail-sales", comparison_period="2021-H1"),
            fig(20, "3", "%", "change_pct", "cpi", period="2020-06", comparison_period="2020-12")]},
            {("ComparisonPeriodNotLater", "comparison-later", 10),
             ("ComparisonPeriodNotLater", "comparison-later", 20)}),
        Case("comparison-earlier", {"comparison-earlier": [
            fig(10, "5.2", "%", "change_pct", "retail-sales", comparison_period="2019-H1"),
            fig(20, "3", "%", "change_pct", "cpi", period="2020-06", comparison_period="2019-12"),
            fig(30, "7", "%", "change_pct", "grdp", period="2021", comparison_period="2020", status="target")]}),
        # Complete breakdowns ("gồm"): the parts make the total; whole counts are exact.
        Case("complete-short", {"complete-short": [
            fig(10, "580", "người", "value", "college-new-enrolment"),
            fig(20, "292", "người", "value", "college-new-enrolment-college", parent=10, breakdown="complete"),
            fig(30, "161", "người", "value", "college-new-enrolment-intermediate", parent=10, breakdown="complete"),
            fig(40, "7226", "lớp", "value", "classes", area="complete-short-x"),
            fig(50, "5400", "lớp", "value", "classes", parent=40, breakdown="complete", area="complete-short-y"),
            fig(60, "1825", "lớp", "value", "classes", parent=40, breakdown="complete", area="complete-short-z")]},
            {("PartsAddUpToTotal", "complete-short", 10), ("PartsAddUpToTotal", "complete-short", 40)}),
        Case("complete-ok", {"complete-ok": [
            fig(10, "142300", "tấn", "value", "fishery-output"),
            fig(20, "119600", "tấn", "value", "fishery-output", parent=10, breakdown="complete", area="complete-ok-c"),
            fig(30, "22700", "tấn", "value", "fishery-output", parent=10, breakdown="complete", area="complete-ok-a"),
            # a partial breakdown of the same total beside the complete one: added apart
            fig(40, "80500", "tấn", "value", "fishery-output", parent=10, breakdown="partial",
                area="complete-ok-x")]}),
        # Shares of the economic structure in one sentence: 102% never; 99% with every component stated is
        # short; three of four components may add up to less.
        Case("structure-wrong", {"structure-wrong": [
            fig(10, "10.35", "%", "share_pct", "grdp-agriculture"),
            fig(20, "28.92", "%", "share_pct", "grdp-industry-construction"),
            fig(30, "52.86", "%", "share_pct", "grdp-services"),
            fig(40, "8.87", "%", "share_pct", "grdp-product-taxes"),
            fig(100, "21.84", "%", "share_pct", "grdp-agriculture", period="2019-H1"),
            fig(110, "32.15", "%", "share_pct", "grdp-industry-construction", period="2019-H1"),
            fig(120, "38.17", "%", "share_pct", "grdp-services", period="2019-H1"),
            fig(130, "6.84", "%", "share_pct", "grdp-product-taxes", period="2019-H1")]},
            {("SharesAddUpTo100", "structure-wrong", 10), ("SharesAddUpTo100", "structure-wrong", 100)},
            lines=(0, 90)),
        Case("structure-ok", {"structure-ok": [
            fig(10, "20.19", "%", "share_pct", "grdp-agriculture"),
            fig(20, "16.57", "%", "share_pct", "grdp-industry-construction"),
            fig(30, "59.52", "%", "share_pct", "grdp-services"),
            fig(40, "3.72", "%", "share_pct", "grdp-product-taxes"),
            fig(100, "30.1", "%", "share_pct", "grdp-agriculture", period="2019-H1"),
            fig(110, "25.4", "%", "share_pct", "grdp-industry-construction", period="2019-H1"),
            fig(120, "36.9", "%", "share_pct", "grdp-services", period="2019-H1")]},
            lines=(0, 90)),
        # A thousands point written as a comma; three decimals of a large number are as written.
        Case("thousands-comma", {"thousands-comma": [
            fig(10, "35.120", "tấn", "value", "fishery-output", period="2020-Q2"),
            fig(30, "34.500", "tỷ đồng", "value", "total-social-investment", area="thousands-comma-x")]},
            {("ThousandsPointAsComma", "thousands-comma", 10), ("ThousandsPointAsComma", "thousands-comma", 30)}),
        Case("thousands-ok", {"thousands-ok": [
            fig(10, "991.926", "tỷ đồng", "value", "construction-production-value"),
            fig(30, "12.5", "%", "value", "poverty-rate"),
            fig(50, "2.125", "%", "change_pct", "cpi", comparison_period="2019-H1")]}),
        # Running totals: nine months cannot be below six months, here or in last quarter's report.
        Case("running-down", {a + "-running": [
            fig(10, "1200", "tỷ đồng", "value", "state-budget-revenue", period="2020-9M", cumulative=True)],
            b + "-running": [
            fig(10, "1350", "tỷ đồng", "value", "state-budget-revenue", cumulative=True)]},
            {("CumulativeNotDecreasing", a + "-running", 10)},
            periods={a + "-running": "2020-9M"}),
        Case("running-up", {a + "-running-up": [
            fig(10, "1900", "tỷ đồng", "value", "state-budget-revenue", period="2020-9M", cumulative=True)],
            b + "-running-up": [
            fig(10, "1350", "tỷ đồng", "value", "state-budget-revenue", cumulative=True)]},
            periods={a + "-running-up": "2020-9M"}),
        # A headline restating the body with another number (one section, two paragraphs): a warning; an
        # enumeration of the same indicator in one paragraph is no restatement.
        Case("restated", {"restated": [
            fig(10, "8.51", "%", "change_pct", "grdp", comparison_period="2019-H1", section="H"),
            fig(60, "8.15", "%", "change_pct", "grdp", comparison_period="2019-H1", section="H"),
            fig(70, "4.3", "%", "change_pct", "grdp", comparison_period="2019-H1", section="H", area="vn")]},
            {("SameFigureRestated", "restated", 60)}, lines=(0, 50)),
        Case("restated-ok", {"restated-ok": [
            fig(10, "390.62", "tấn", "value", "relief-rice", section="H"),
            fig(60, "1005.36", "tấn", "value", "relief-rice", section="H"),
            fig(80, "1200.5", "tấn", "value", "relief-rice", section="H")]}, lines=(0, 50)),
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
            fig(90, "-3.05", "‰", "change_pp", "infant-mortality", comparison_period="2019-H1"),
            # a multiple of an allowed unit (thousand tonnes where tonnes are allowed) fits
            fig(100, "412.5", "nghìn tấn", "value", "rice-output")]}),
    ]
    return cases


CASES = _cases()
