"""The synthetic corpus of `provkg bench`: deterministic, exact offsets, coherent figures, listed plants."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from provkg.bench.corpus import (
    PLANT_KINDS,
    Corpus,
    Plant,
    _half_unit,
    corpus_plan,
    generate_corpus,
    load_provinces,
    load_template,
    vn_number,
    write_corpus,
)
from provkg.bench.measure import _findings_summary, in_flight_for
from provkg.core.model import Figure
from provkg.core.numbers import NUMBER_RE, parse_number
from provkg.pipeline.factsheet import read_factsheet, read_reports
from provkg.pipeline.rdfmap import observation_iri
from provkg.validate.engine import Finding

# A small template in the fact-sheet format: a breakdown (total and two parts), a level with a plan achievement,
# a level in tỷ đồng, a count and a rate. Offsets only order the rows.
TEMPLATE_ROWS = [
    ("2000.5", "tỷ đồng", "value", "grdp", "tổng sản phẩm trên địa bàn", "P1/A/I", 100, ""),
    ("500.25", "tỷ đồng", "value", "grdp-agriculture", "khu vực nông nghiệp", "P1/A/I", 130, "100"),
    ("1500.25", "tỷ đồng", "value", "grdp-services", "khu vực dịch vụ", "P1/A/I", 160, "100"),
    ("9500.5", "ha", "value", "maize-area", "diện tích gieo trồng ngô", "P1/A/I/1/a", 200, ""),
    ("91.5", "%", "plan_pct", "maize-area", "diện tích gieo trồng ngô", "P1/A/I/1/a", 220, ""),
    ("812.4", "tỷ đồng", "value", "retail-sales", "tổng mức bán lẻ hàng hóa", "P1/A/I/2", 300, ""),
    ("41250", "con", "value", "buffalo", "đàn trâu", "P1/A/I/1/c", 250, ""),
    ("96.2", "%", "value", "primary-enrolment-rate", "tỷ lệ huy động trẻ đi học tiểu học", "P1/A/II/3", 400, ""),
]


@pytest.fixture(scope="module")
def template_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.csv"
    header = "value,unit_text,measure,indicator,subject,period,comparison_period,estimate,section,start,end,parent\n"
    lines = [
        f'{v},{u},{m},{i},"{s}",2020-H1,{"2020" if m == "plan_pct" else ""},true,{sec},{start},{start + 5},{parent}'
        for v, u, m, i, s, sec, start, parent in TEMPLATE_ROWS
    ]
    path.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def template(template_path: Path):
    return load_template([template_path])


@pytest.fixture(scope="module")
def provinces():
    return load_provinces()


def corpus_of(template, provinces, n: int, seed: int = 3, plant_every: int = 0) -> Corpus:
    return generate_corpus(n, seed, template=template, provinces=provinces, plant_every=plant_every)


def test_vietnamese_notation():
    assert vn_number(Decimal("5335.40")) == "5.335,40"
    assert vn_number(Decimal("122010")) == "122.010"
    assert vn_number(Decimal("0.54")) == "0,54"
    assert vn_number(Decimal("-1234567.5")) == "-1.234.567,5"


def test_template_reads_breakdowns_plans_and_rates(template):
    by_indicator = {s.indicator: s for s in template.series}
    assert [p.indicator for p in by_indicator["grdp"].parts] == ["grdp-agriculture", "grdp-services"]
    assert "grdp-agriculture" not in by_indicator  # a part is stated inside its breakdown only
    assert by_indicator["maize-area"].plan
    assert by_indicator["primary-enrolment-rate"].is_rate
    assert by_indicator["buffalo"].decimals == 0


def test_corpus_plan_uses_fewer_provinces_for_small_corpora(provinces):
    plan = corpus_plan(25, provinces)
    assert len(plan) == 25
    assert len({p.local for p, _, _ in plan}) == 3
    assert plan[0][0].local == "dien-bien"
    assert [(y, k) for p, y, k in plan if p.local == "dien-bien"][:4] == [
        (2016, "H1"), (2016, "9M"), (2016, "Y"), (2017, "H1")]
    assert len(provinces) == 63


def test_same_seed_same_corpus_other_seed_other_corpus(template, provinces):
    first = corpus_of(template, provinces, 3, seed=5, plant_every=1)
    again = corpus_of(template, provinces, 3, seed=5, plant_every=1)
    other = corpus_of(template, provinces, 3, seed=6, plant_every=1)
    assert [r.text for r in first.reports] == [r.text for r in again.reports]
    assert [r.figures for r in first.reports] == [r.figures for r in again.reports]
    assert [p.to_dict() for p in first.plants] == [p.to_dict() for p in again.plants]
    assert [r.text for r in first.reports] != [r.text for r in other.reports]


def test_sheets_point_at_their_numbers_and_round_trip(template, provinces, tmp_path: Path):
    corpus = corpus_of(template, provinces, 3, plant_every=1)
    data, texts = write_corpus(corpus, tmp_path)
    reports = read_reports(data / "reports.csv")
    assert [r.report_id for r in reports] == [r.report.report_id for r in corpus.reports]
    for item, report in zip(corpus.reports, reports, strict=True):
        text = (texts / report.source).read_text(encoding="utf-8")
        assert len(text) == report.text_length
        sheet = read_factsheet(data / "factsheets" / f"{report.report_id}.csv", text_length=len(text))
        assert sheet == item.figures
        for figure in sheet:
            token = NUMBER_RE.match(text, figure.start)
            assert token is not None, text[figure.start: figure.start + 20]
            assert parse_number(token.group()).value == abs(figure.value)
            assert text[figure.start:figure.end].endswith(figure.unit_text) or figure.measure == "value"


def _level(figures: list[Figure], indicator: str) -> Figure | None:
    return next((f for f in figures if f.indicator == indicator and f.measure == "value"), None)


def check_report(figures: list[Figure], previous: list[Figure] | None) -> list[str]:
    """Every arithmetic relation of one report; the list of what does not hold."""
    problems = []
    by_start = {f.start: f for f in figures}
    for total in figures:
        parts = [f for f in figures if f.parent == total.start and f.measure == "value"]
        shares = [f for f in figures if f.parent == total.start and f.measure == "share_pct"]
        if parts and sum(p.value for p in parts) != total.value:
            problems.append(f"parts of {total.indicator}")
        if shares and sum(s.value for s in shares) != 100:
            problems.append(f"shares of {total.indicator}")
    for plan in (f for f in figures if f.measure == "plan_pct"):
        level = _level(figures, str(plan.indicator))
        target = next(f for f in figures if f.indicator == plan.indicator and f.measure == "plan_value")
        assert level is not None
        if round(100 * level.value / target.value, 2) != plan.value:
            problems.append(f"plan of {plan.indicator}")
    seen: dict[tuple[object, ...], Decimal] = {}
    for change in (f for f in figures if f.measure.startswith("change")):
        key = (change.indicator, change.measure)
        if seen.setdefault(key, change.value) != change.value:
            problems.append(f"restated change of {change.indicator}")
        if previous is None or change.parent is not None:
            continue
        now, before = _level(figures, str(change.indicator)), _level(previous, str(change.indicator))
        assert now is not None and before is not None
        expected = round(100 * (now.value - before.value) / before.value, 2) if change.measure == "change_pct" \
            else now.value - before.value
        if expected != change.value:
            problems.append(f"change of {change.indicator}")
    assert all(f.parent in by_start for f in figures if f.parent is not None)
    return problems


def test_coherent_corpus_has_no_inconsistency(template, provinces):
    corpus = corpus_of(template, provinces, 4)  # one province: 2016-H1, 2016-9M, 2016, 2017-H1
    assert not corpus.plants
    first, *_, last = corpus.reports
    assert last.report.period == "2017-H1" and first.report.period == "2016-H1"
    for item in corpus.reports:
        previous = first.figures if item is last else None
        assert check_report(item.figures, previous) == [], item.report.report_id
        assert not any(f.note for f in item.figures)
        # No two quantities carry the same figure of 3+ significant digits, within rounding (188 and 188,5): a
        # copy-paste warning otherwise.
        long = [f for f in item.figures if len(str(abs(f.value)).replace(".", "").strip("0")) >= 3]
        for i, a in enumerate(long):
            for b in long[:i]:
                if (a.measure, a.unit_text) == (b.measure, b.unit_text) and a.indicator != b.indicator:
                    assert abs(a.value - b.value) >= _half_unit(a.value) + _half_unit(b.value), (a, b)


def test_every_planted_inconsistency_is_listed(template, provinces):
    corpus = corpus_of(template, provinces, 5, plant_every=1)
    assert sorted(p.kind for p in corpus.plants) == sorted(PLANT_KINDS)
    reports = {r.report.report_id: r for r in corpus.reports}
    periods = {(r.report.province, r.report.period): r for r in corpus.reports}
    expected_problem = {"wrong_total": "parts of", "shares_over_100": "shares of", "plan_ratio": "plan of",
                        "wrong_change": "change of", "duplicate_value": "restated change of"}
    for plant in corpus.plants:
        item = reports[plant.report_id]
        previous_id = (item.report.province, str(int(item.report.period[:4]) - 1) + item.report.period[4:])
        previous = periods.get(previous_id)
        problems = check_report(item.figures, previous.figures if previous else None)
        assert any(p.startswith(expected_problem[plant.kind]) for p in problems), (plant.kind, problems)
        iris = {observation_iri(plant.report_id, f.start) for f in item.figures}
        assert set(plant.iris) <= iris
        noted = [f for f in item.figures if f.note.startswith("PLANTED")]
        assert len(noted) == 1 and observation_iri(plant.report_id, noted[0].start) == plant.iris[0]


def test_found_and_false_positives_are_counted_per_plant():
    plant = Plant("wrong_total", "r", "PartsWithinTotal", ["urn:total", "urn:change"], "")
    findings = [
        Finding("Violation", "PartsWithinTotal", "", "urn:total"),
        Finding("Warning", "ChangeMatchesLevelsAcrossReports", "", "urn:next", related=["urn:total"]),
        Finding("Violation", "UnitKnown", "", "urn:elsewhere"),
    ]
    summary = _findings_summary(findings, [plant])
    assert (summary["planted"], summary["found"], summary["false_positives"]) == (1, 1, 1)
    assert summary["false_positives_by_rule"] == {"UnitKnown": 1}
    assert _findings_summary(findings[1:], [plant])["found"] == 0


def test_a_small_run_measures_both_sides_and_finds_every_plant(template_path: Path, tmp_path: Path) -> None:
    from provkg.bench.report import format_results, run_bench

    result = run_bench(4, baseline_max=4, template_paths=[template_path], work=tmp_path, repeats=2,
                       baseline_repeats=1, plant_every=1, validation_limit=120, baseline_validation_limit=3)
    mine = result["provkg"]
    assert mine["reports"] == 4 and mine["build"]["triples"] > 0
    whole = mine["validate_all"]  # the whole store, report by report: every plant, nothing else
    assert whole["planted"] == len(result["corpus"]["plants"]) > 0
    assert (whole["found"], whole["false_positives"]) == (whole["planted"], 0), whole
    assert set(mine["in_memory"]["queries"]) == set(mine["queries"])
    again = mine["validate_all_after_ingest"]  # only the new report and its neighbours validated again
    assert again["reports_validated"] >= 1 and again["reports_reused"] >= 1
    assert all(q["same_answer"] for q in mine["summary_queries"].values()) and mine["summary_queries"]
    for name, query in mine["queries"].items():  # the copy in memory answers like the store on disk
        assert mine["in_memory"]["queries"][name]["rows"] == query["rows"]
        assert result["comparison"]["baseline"]["queries"][name]["rows"] == query["rows"]
    ratios = result["comparison"]["ratios"]
    assert ratios["queries_all_p50"] > 0 and ratios["queries_all_p50_in_memory"] > 0
    assert ratios["queries_all_p50_summarised"] > 0
    # the fair baseline: as many extraction processes, each triple once, the new report with its neighbours
    baseline = result["comparison"]["baseline"]
    assert baseline["ingest"]["workers"] == mine["ingest"]["workers"]
    assert 0 < baseline["ingest"]["triples"] <= mine["ingest"]["triples"]
    assert baseline["validate_new"]["earlier_reports"] >= 1
    assert "validate_new_whole_graph" in baseline
    # every detection figure carries what the generator left out and what it planted
    assert whole["corpus_disclosure"]["plants_by_kind"]
    assert "series_left_out" in result["comparison"]["provkg"]["validate_all"]["corpus_disclosure"]
    text = format_results(result)
    assert "in memory (serve --in-memory)" in text and "targets" in text
    assert list(tmp_path.iterdir()) == []  # the run cleans up after itself


def test_the_summarised_query_set_counts_each_twin_for_its_question() -> None:
    from provkg.bench.report import _query_sums

    measured = {
        "queries": {"q1": {"kind": "selective", "p50_ms": 2.0}, "q9": {"kind": "national", "p50_ms": 300.0},
                    "q8": {"kind": "national", "p50_ms": 50.0}},
        "summary_queries": {"q9 (summaries)": {"summary_of": "q9", "p50_ms": 10.0, "same_answer": True},
                            "q8 (summaries)": {"summary_of": "q8", "p50_ms": 1.0, "same_answer": False}},
    }
    assert _query_sums(measured) == {"selective": 2.0, "national": 350.0, "all": 352.0}
    # the twin that gives another answer is not counted: its question keeps the raw query's time
    assert _query_sums(measured, summarised=True) == {"selective": 2.0, "national": 60.0, "all": 62.0}


@pytest.mark.parametrize(("workers", "expected"), [(1, 2), (2, 4), (6, 12), (0, 2)])
def test_reports_in_flight_follow_the_pool_size(workers: int, expected: int) -> None:
    # twice the workers, so each has its next report while the writer loads one; never fewer than two
    assert in_flight_for(workers) == expected
