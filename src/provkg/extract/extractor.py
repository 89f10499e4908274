"""Figures of a report: every number token becomes a figure (fact-sheet row) or a non-figure with a reason.

The pipeline: segment the text (sections, footnotes, anchors), mark the numbers that are not quantities (dates,
years, document numbers, section numbers, Km markers, names, ages, ...), and read each remaining number with its
unit, measure (from the wording around it: tăng/giảm, đạt ...% kế hoạch, chiếm, xếp hạng, X/Y), period, estimate
flag, subject phrase and breakdown parent. Subjects are linked to indicator concepts, and mentions of projects,
programmes and causes to the figures they qualify, through the ontology's Vietnamese labels (ontology/*.ttl), so a
new phrasing is a new skos:altLabel, not code.
"""

from __future__ import annotations

import bisect
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from provkg.core.errors import InputError
from provkg.core.model import Figure
from provkg.core.numbers import NUMBER_RE, SCALES
from provkg.core.periods import is_school_year, previous_year, with_year
from provkg.core.text import fold
from provkg.extract.area import (
    area_of,
    clause_subjects_area,
    items_all_places,
    line_label_area,
    place_named_only,
)
from provkg.extract.basis import apply_basis
from provkg.extract.breakdowns import link_pairs, link_parents, total_before_bracket
from provkg.extract.candidates import read_candidates
from provkg.extract.context import ReportContext
from provkg.extract.indicators import (
    PART_OPENER,
    apply_framing,
    apply_list_totals,
    apply_parts,
    apply_respectively,
    apply_works,
    echoed_level,
    grdp_sector,
    indicator_of,
    named_by_words,
    split_pair_concepts,
)
from provkg.extract.lexicon import Lexicon, load_lexicon
from provkg.extract.measure import (
    PLAN_HEAD,
    continues_list,
    continues_plan_list,
    echoes_change,
    measure_of,
    plan_parts,
    progress_levels,
    shares_of_counts,
    target_level,
)
from provkg.extract.nonfigures import NonFigure, mark_non_figures
from provkg.extract.notation import NON_COUNT, SCALED, Candidate, unit_right_after
from provkg.extract.period import (
    apply_cumulative,
    carry_stock_dates,
    counted_from_january,
    explains_before,
    inherit_total_periods,
    level_at_period_end,
    paragraph_date,
    periods_of,
    run_up_to_report_end,
    stock_period,
    stocks_at_years_end,
    table_levels_at_day,
    tasks_period,
)
from provkg.extract.projects import link_mentions
from provkg.extract.status import (
    DETAIL_OPENER,
    RESULTS_HEAD,
    apply_estimates_note,
    in_targets_list,
    inherit_estimates,
    list_head_line,
    quoted_elsewhere,
    restated_estimates,
    restated_headlines,
    status_of,
)
from provkg.extract.subject import GENERIC_SUBJECT, TIME_OR_PLACE_ONLY, clean_subject, noun_after, subject_text
from provkg.extract.tables import apply_tables
from provkg.extract.vocabulary import vocabulary
from provkg.reference.labels import content_words

MAX_TEXT_ENV = "PROVKG_MAX_TEXT_CHARS"
DEFAULT_MAX_TEXT_CHARS = 10_000_000  # about a minute of extraction; a real report is well under 1 MB


def max_text_chars() -> int:
    """The largest text extract() reads: $PROVKG_MAX_TEXT_CHARS, else 10 million characters."""
    configured = os.environ.get(MAX_TEXT_ENV, "")
    return int(configured) if configured.isdigit() else DEFAULT_MAX_TEXT_CHARS


@dataclass
class Extraction:
    """What :func:`extract` found: figures (fact-sheet rows) and the numbers that are not figures, with reasons."""

    report_period: str
    figures: list[Figure] = field(default_factory=list)
    non_figures: list[NonFigure] = field(default_factory=list)

    @property
    def unmapped(self) -> list[Figure]:
        return [f for f in self.figures if not f.indicator]


def extract(
    text: str,
    *,
    report_period: str | None = None,
    ontology_dir: Path | None = None,
    lexicon: Lexicon | None = None,
) -> Extraction:
    """Figures and non-figures of a normalised report text (see the module docstring).

    ``report_period`` (a period code such as ``2020-H1``) is detected from the header when not given.
    """
    limit = max_text_chars()
    if len(text) > limit:
        raise InputError(
            f"text of {len(text):,} characters is above the limit of {limit:,} for one report "
            f"(a report is rarely above 1 MB; set {MAX_TEXT_ENV} to raise it)"
        )
    lex = lexicon or load_lexicon(ontology_dir)
    r = ReportContext(text, report_period, lex)
    w = r.w
    result = Extraction(report_period=r.period)

    # 1. Non-figures: every number token inside a non-figure span.
    tokens = list(NUMBER_RE.finditer(w))
    covered = mark_non_figures(r, tokens)
    # 2. Candidates: numbers, with compound money, units, X/Y pairs and ranges.
    candidates = read_candidates(r, tokens, covered)
    # 3. Measures, subjects, periods, links.
    figures = apply_tables(w, _interpret(r, candidates), r.period, lex.indicators, r.places, r.province)
    shares_of_counts(figures, lex.counted)
    _notes_measure_what_they_cite(r, figures)
    progress_levels(w, figures, vocabulary().work_progress)
    stocks_at_years_end(r, figures)
    carry_stock_dates(r, figures)
    table_levels_at_day(r, figures)
    apply_basis(r, figures)
    apply_estimates_note(r, figures)
    inherit_estimates(r, figures)
    restated_headlines(r, figures)
    restated_estimates(r, figures)
    counted_from_january(r, figures)
    apply_cumulative(r, figures)
    result.figures = figures
    # One non-figure per span ("30/6/2020" once, not three times), covering every token inside it.
    for s, e, reason in sorted(set(covered.values())):
        result.non_figures.append(NonFigure(s, e, w[s:e], reason))
    return result


def _notes_measure_what_they_cite(r: ReportContext, figures: list[Figure]) -> None:
    """A footnote's figure that names no quantity of its own measures what the figure its marker follows does, in
    the same unit: "118 xã đạt chuẩn nông thôn mới(2)" ... "(2) Tăng 9 xã so với năm 2022"."""
    starts = [f.start for f in figures]
    for note in r.seg.footnotes:
        if note.anchor is None:
            continue
        sentence_start = r.sentence_of(note.anchor)[0]
        i = bisect.bisect_left(starts, note.anchor)
        cited = figures[i - 1] if i and figures[i - 1].start >= sentence_start else None
        if cited is None or not cited.indicator:
            continue
        for f in figures[bisect.bisect_left(starts, note.start):bisect.bisect_left(starts, note.end)]:
            if f.indicator is None and f.unit_text == cited.unit_text and f.unit_text:
                f.indicator = cited.indicator


def _interpret(r: ReportContext, cands: list[Candidate]) -> list[Figure]:
    w = r.w
    figures: list[Figure] = []
    by_start: dict[int, Figure] = {}
    prev_end_in_sentence: dict[tuple[int, int], int] = {}
    last_in_sentence: dict[tuple[int, int], Figure] = {}
    first_in_sentence: dict[tuple[int, int], Figure] = {}
    last_in_paragraph: dict[int, tuple[tuple[int, int], Figure]] = {}
    last_level_in_paragraph: dict[int, Figure] = {}
    pair_y = {c.start for c in cands if c.pair_role == "y"}
    contribution_sentences: dict[tuple[int, int], bool] = {}  # whether a sentence states contributions to growth
    rest_parts: dict[int, str] = {}  # the figures naming the rest of a breakdown, with their item's words
    for index, cand in enumerate(cands):
        sent = r.sentence_of(cand.start)
        sent_start = sent[0]
        # (one string for the many steps that read the sentence up to the figure: each pattern guard finds it
        # lowered already, by identity)
        sentence_left = w[sent_start:cand.start]
        local_from = max(prev_end_in_sentence.get(sent, sent_start), sent_start)
        left_local = w[local_from:cand.start]
        next_start = min(cands[index + 1].start, sent[1]) if index + 1 < len(cands) else sent[1]
        right_local = w[cand.end:next_start]
        if cand.range_role == "low" and index + 1 < len(cands) and cands[index + 1].range_role == "high":
            # the words after a range are the whole range's: "thấp hơn 8 - 10% so với cùng kỳ"
            high = cands[index + 1]
            after_high = min(cands[index + 2].start, sent[1]) if index + 2 < len(cands) else sent[1]
            right_local = w[high.end:max(high.end, after_high)]
        previous = last_in_sentence.get(sent)
        measure, sign, note = measure_of(
            cand, left_local, right_local, previous, w, sentence_left,
            previous is not None and previous.start in pair_y,
        )
        subject_raw = subject_text(w, local_from, cand.start, sent_start)
        if previous is not None and cand.range_role == "high":
            measure, sign = previous.measure, (-1 if previous.value < 0 else 1)
        elif previous is not None and continues_list(left_local, previous, cand, w, sent[1]):
            # the same kind of change as the one before; a minus sign of its own still counts
            measure, sign = previous.measure, (sign if sign < 0 else (-1 if previous.value < 0 else 1))
        elif previous is not None and measure == "value" \
                and (echo := echoes_change(w, left_local, previous, cand, by_start)):
            measure, sign = echo  # "giảm 6 vụ (13%)", "tương ứng 12,5%": the change before, in another unit
        elif measure == "value" and cand.unit not in ("", "%", "‰") and (
            re.search(r"(?<!\w)phấn đấu(?!\w)", subject_raw, re.IGNORECASE)
            or in_targets_list(sentence_left)
        ):
            measure = "plan_value"  # "phấn đấu ... đạt 214.000 tấn", "Mục tiêu chủ yếu: ...": a target level
        elif measure == "value" and cand.unit not in ("%", "‰") and (
            PLAN_HEAD.match(subject_raw) or PLAN_HEAD.match(sentence_left.rsplit(";", 1)[-1])
        ) and re.search(r"(?:là|giao|đề ra|:)\s*$", left_local, re.IGNORECASE) \
                and not RESULTS_HEAD.match(sentence_left):
            measure = "plan_value"
        elif measure == "value" and previous is not None and previous.measure == "plan_value" \
                and cand.unit == previous.unit_text and re.search(r"(?<!\w)(?:giao|đề ra)\s*$", left_local):
            measure = "plan_value"  # "Trung ương giao 8.420 tỷ đồng; HĐND tỉnh giao 8.655 tỷ đồng"
        paragraph_last = last_in_paragraph.get(r.paragraph_of(cand.start))
        plan_list = measure == "value" and continues_plan_list(
            left_local, right_local, cand, previous or (paragraph_last[1] if paragraph_last else None)
        )
        list_head = None
        if plan_list:
            measure = "plan_pct"
            list_head = paragraph_last[1] if paragraph_last else None  # what the listed achievements are of
        value = cand.value * sign
        if cand.range_role == "high" and previous is not None and previous.value_max is None \
                and previous.end <= cand.start:
            # "6,5-7%", "từ 8 đến 8,5%": one figure, the upper bound kept with it
            previous.value_max = value
            previous.end = cand.end
            prev_end_in_sentence[sent] = cand.end
            continue
        subject = clean_subject(subject_raw)
        # A figure whose own words name only a time or the country ("quý II tăng 7,3%", "(cả nước tăng 7%)")
        # measures what the figure before it measures, even across a semicolon or a bracket.
        bare = bool(subject) and bool(TIME_OR_PLACE_ONLY.fullmatch(subject)) \
            or previous is not None and bool(re.fullmatch(r"\s*\(\s*", left_local))  # "742 triệu USD (68,4%)"
        if previous is not None and ";" in left_local \
                and TIME_OR_PLACE_ONLY.fullmatch(left_local.rsplit(";", 1)[-1].strip()):
            # the clause after a semicolon names only a time: "...; 9 tháng ước 912 triệu USD" (its subject read
            # back past the semicolon would be the comparison before it)
            bare, subject = True, ""
        before = last_in_paragraph.get(r.paragraph_of(cand.start))
        level_before = last_level_in_paragraph.get(r.paragraph_of(cand.start))
        total = _whole_of_place(r, cand, measure, previous, figures)
        if total is not None and (
                place_named_only(r, left_local, f"{total.subject} {w[r.sentence_of(total.start)[0]:total.start]}")
                # ("- Huyện B: 31 vụ": the place its line's label names heads its item)
                or left_local.rstrip().endswith(":") and line_label_area(r, cand.start)):
            # a part of a breakdown by place, its own words a place and what was said of the total: "trong đó huyện
            # A 5.840 ha, B 4.215 ha"; "Thành phố D thu 905 tỷ đồng" after the province's revenue
            previous, bare, subject = total, True, ""
        if previous is None and (bare or not subject) and level_before is not None \
                and _carries_on(w, level_before, cand):
            # "... tháng 10 ước đạt 640 tỷ đồng. Tính chung 10 tháng ước đạt 5.210 tỷ đồng": a sentence that
            # opens with only a time goes on with what the sentence before measured
            previous = level_before
        inherit = (previous is not None and (";" not in left_local or bare) or list_head is not None) and (
            measure in ("change_pct", "change_abs", "change_pp", "plan_pct", "rank", "contribution_pp")
            or bool(GENERIC_SUBJECT.match(subject)) or bare
        )
        if cand.pair_role == "y" and previous is not None:
            inherit = True
        share_of = _share_named_after(r, cand, left_local)
        if share_of:
            # "cả huyện có 78,2% trường công lập đạt chuẩn quốc gia": the things it is a share of name it
            inherit, subject = False, share_of
        counted = cand.unit and cand.unit not in NON_COUNT and not SCALED.match(cand.unit)
        if inherit and previous is not None and counted and cand.unit != previous.unit_text \
                and measure == "value":
            subject = noun_after(w, cand) or previous.subject
            inherit = False
        elif inherit and previous is not None:
            subject = previous.subject
        elif counted and cand.pair_role != "y":
            # A count names what it counts right after the number: "150 điểm phục vụ bưu chính".
            noun = noun_after(w, cand)
            if len(noun.split()) > len(cand.unit.split()) or not subject or GENERIC_SUBJECT.match(subject):
                subject = noun or subject
        if not subject:
            subject = previous.subject if previous else (noun_after(w, cand) or cand.unit or "?")
        # after a bracket, the figure the bracket details, not its last part, is the one to go on from
        bracketed = total_before_bracket(w, figures, sent_start, left_local, cand.start)
        qualified = _qualified_by(w, cand, figures, sent_start) if inherit else None
        mirrored = None
        if qualified is None and previous is not None and (
            inherit or measure == "change_pct"
            or not r.lex.indicators.find_all(clean_subject(left_local.rsplit(";", 1)[-1]))
        ):
            # a change after a list of levels, even after a semicolon when its own words name nothing but the
            # level ("số người bị thương tăng 12%" after "... 9 người bị thương")
            mirrored = _level_named(w, cand, figures, sent_start, left_local, measure)
            if mirrored is not None:
                qualified, inherit, subject = mirrored, True, mirrored.subject
        indicator = indicator_of(
            r, subject, left_local, sentence_left, measure, cand.unit,
            qualified or bracketed or previous or list_head,
            inherit, cand.start, noun_after(w, cand) if counted or _measured_thing_named(cand.unit) else "",
            _earlier_in_section(r, figures, cand.start, cand.unit, measure) if previous is None else None,
        )
        if mirrored is not None and mirrored.indicator:
            indicator = mirrored.indicator  # the level it names, whatever a shorter label of its words says
        elif measure == "value" and not inherit:
            # a sentence repeating the one before for another time: its levels are the same things
            own_text = clean_subject(left_local.rsplit(";", 1)[-1])
            echoed = echoed_level(r, cand.start, cand.unit, own_text, figures, sent_start)
            if echoed is not None and (indicator is None or fold(own_text) == fold(echoed.subject)
                                       and named_by_words(r.lex, indicator, f"{own_text} {cand.unit}")):
                # words it repeats exactly, and that alone name what it found, mean what they meant there
                indicator = echoed.indicator
        if indicator is None and bare and previous is None and measure in ("change_pct", "change_abs", "change_pp"):
            # "GRDP ước tăng 7,4%. Tốc độ tăng chậm lại qua các quý: quý I tăng 8,3%, ...": a change naming only a
            # time goes on with the change the sentence before states
            earlier = _earlier_in_section(r, figures, cand.start, cand.unit, measure)
            if earlier is not None and earlier.indicator and earlier.measure == measure:
                indicator = earlier.indicator
        if indicator is None and previous is None and measure != "rank" and _names_nothing(sentence_left):
            # a sentence naming no quantity, only a time, a plan or an estimate, under a heading naming one: "2. Thu
            # ngân sách / Kế hoạch năm giao 4.800 tỷ đồng. Ước 9 tháng thu được ..."
            indicator = _named_by_heading(r, cand, figures)
        if (previous is not None or PART_OPENER.search(sentence_left)) and _REST_PART.search(left_local):
            # (checked once every step has linked it: see the end)
            # (the words of a part named with the rest: "du lịch lữ hành" in "du lịch lữ hành và dịch vụ khác")
            item = re.split(r"[,;:]", left_local)[-1]
            rest_parts[cand.start] = item.rsplit(" và ", 1)[0] if " và " in item else ""
        if measure in ("change_pct", "contribution_pp") and sent not in contribution_sentences:
            contribution_sentences[sent] = bool(_CONTRIBUTION_CLAUSE.search(w, sent_start, sent[1]))
        contributions = measure in ("change_pct", "contribution_pp") and contribution_sentences[sent]
        if indicator in (None, "grdp") and not inherit or contributions:
            # "Cơ cấu kinh tế: ... dịch vụ chiếm 38,2%": a bare sector name in a sentence about GRDP; in a sentence
            # of contributions to growth, sector names are GRDP's sectors ("công nghiệp chế biến, chế tạo tăng
            # 4,3%, đóng góp 0,31 điểm phần trăm" is no industrial production index), but not a branch named like
            # its sector after "trong đó" ("khu vực nông, lâm nghiệp và thủy sản ...; trong đó nông nghiệp tăng")
            own_words = clean_subject(left_local.rsplit(";", 1)[-1])
            sector = grdp_sector(own_words, w[max(0, sent_start - 200):sent[1] if contributions else cand.start])
            opened = PART_OPENER.search(left_local.rsplit(";", 1)[-1])
            if sector and not (previous is not None and sector == previous.indicator and opened):
                indicator = sector
            elif indicator is None and measure == "change_pct" and _GROWTH_ONLY.fullmatch(
                re.split(r"[,;:]|(?<!\w)(?:thì|nếu)(?!\w)", own_words)[-1].strip()
            ):
                # "Phấn đấu tăng trưởng 8 - 8,5%", "tăng trưởng cả năm có thể đạt 10,5%": growth naming nothing
                # else is the economy's
                indicator = "grdp"
        period, comparison = periods_of(
            r, cand, measure, sentence_left, right_local, left_local, subject_raw, bracketed or previous,
            note == "the level before the change",
        )
        if previous is None and period == r.period and before is not None and DETAIL_OPENER.match(
            sentence_left
        ) and before[1].period != r.period and measure in ("value", "share_pct") and not _aside(r, before[1]):
            period = before[1].period  # "... quý I ước đạt 1.965 tỷ đồng. Trong đó vốn cấp tỉnh 1.512 tỷ đồng"
        elif previous is None and period == r.period and before is not None and measure in (
            "change_pct", "change_abs", "value"
        ) and explains_before(sentence_left):
            # the cause of the province's figure before, not of an aside about the country beside it: "CPI tháng 11
            # tăng 0,62% (cả nước tăng 0,45%). Nguyên nhân chủ yếu do nhóm thực phẩm tăng 2,14%"
            explained = _last_of_area(r, figures, cand.start) if _elsewhere(r, before[1]) else before
            if explained is not None and not _aside(r, explained[1]):
                period = explained[1].period
        if (period == r.period or run_up_to_report_end(r, period, indicator, sentence_left)) \
                and measure in ("value", "share_pct", "plan_pct") and cand.unit not in ("", "lần"):
            period = paragraph_date(r, cand.start, sent_start) or period
        # (places and works are added to a stock one by one, whatever the indicator: "xếp hạng thêm 5 di tích")
        if measure in ("value", "plan_value") and (indicator in r.lex.stocks or cand.unit in _ADDED_ONE_BY_ONE) and (
            _MORE.search(left_local)
            # "thêm 13 xã đạt chuẩn nâng cao và 2 xã đạt chuẩn kiểu mẫu": "thêm" governs the count joined by "và"
            or previous is not None and previous.measure == "change_abs" and previous.unit_text == cand.unit
            and _MORE.search(w[sent_start:previous.start]) and re.fullmatch(r"[^\d,;:()]*\svà\s+", left_local)
        ):
            measure = "change_abs"  # "có thêm 4 xã đạt chuẩn": a stock grows by the count
            added_to_stock = True
        else:
            added_to_stock = False
        if (measure in ("value", "share_pct") or added_to_stock) and indicator in r.lex.stocks:
            # (a count added to a stock is dated like the stock: "6 tháng qua có thêm 3 xã đạt chuẩn")
            period = stock_period(r, period, sentence_left, right_local)  # a stock stated without a time
        elif measure in ("value", "share_pct"):
            period = level_at_period_end(r, period, indicator, cand.start, sentence_left)
        if measure in ("value", "share_pct") and previous is not None and len(previous.period) == 10 \
                and previous.measure in ("value", "share_pct") and re.fullmatch(r"\d{4}", period) \
                and int(period) < int(previous.period[:4]) and sentence_left.count("(") > sentence_left.count(")"):
            # an earlier year's level quoted in brackets after a level counted at a day is counted at that year's
            # same day: "có 3,9 dược sĩ/vạn dân (năm 2020 là 3,1)" (2020-12-31 after 2021-12-31)
            period = with_year(previous.period, int(period))
        if before is not None and before[1].period != period and DETAIL_OPENER.match(sentence_left):
            # "... ước đạt 16.236 tỷ đồng (6 tháng đầu năm giảm 1,9%). Trong đó: ...": the details are of the
            # figure of their own period, not of the aside about another
            before = _last_of_period(r, figures, cand.start, period) or before
        if before is not None and _elsewhere(r, before[1]) and DETAIL_OPENER.match(sentence_left):
            # "... tăng 8,45% (cả nước tăng 8,2%). Trong đó: ...": the details are of the province's figure
            before = _last_of_area(r, figures, cand.start) or before
        head_line = list_head_line(w, cand.start) if previous is None else None
        head = last_in_paragraph.get(head_line) if head_line is not None else None
        status = status_of(r, cand, measure, left_local, sentence_left, comparison, period, before,
                           head[1] if head else None, first_in_sentence.get(sent))
        if status == "target" and measure == "value" and cand.pair_role != "y" \
                and target_level(cand.unit, left_local, sentence_left.rsplit(";", 1)[-1], right_local,
                                 cand.start >= r.tasks_start and "\t" not in w[r.line_of(cand.start)[0]:cand.start]):
            # a level set as a target is a plan level (see target_level); the whole of a pair ("12/15 xã") is a
            # count, decided with its pair
            measure = "plan_value"
            period, comparison = periods_of(
                r, cand, measure, sentence_left, right_local, left_local, subject_raw, previous
            )
        if status in ("target", "forecast") and period in (r.period, r.ref_date) and cand.start >= r.tasks_start:
            period = tasks_period(r, sentence_left, right_local)  # the next year, the rest of this one
        elif status in ("target", "forecast") and period in (r.period, r.ref_date) and r.period_kind != "year" \
                and not is_school_year(r.period) and (  # (a school year's targets are its own)
            _YEAR_TARGET.search(sentence_left.rsplit(";", 1)[-1][-80:])
            or status == "target" and _years_target(_target_words(sentence_left))
        ):
            # "kế hoạch năm đặt ra mức tăng 6-7%", "chỉ tiêu Nghị quyết năm (7,5-8%)"; a target naming no part of
            # the year is the year's ("còn thấp so với chỉ tiêu 92%" in a 9-month report), not the report's months
            period = str(r.year)
        if comparison == "prior":
            period, comparison = previous_year(r.period), previous_year(previous_year(r.period))
        figure = Figure(
            value=value,
            unit_text=cand.unit,
            measure=measure,
            subject=subject,
            period=period,
            estimate=status in ("estimate", "forecast"),
            status=status,
            section=r.seg.section_at(cand.start),
            start=cand.start,
            end=cand.end if not cand.pair_role == "x" and not cand.range_role == "low" else cand.token_end,
            indicator=indicator,
            comparison_period=comparison,
            note="; ".join(x for x in (cand.note, note) if x),
        )
        if cand.pair_role == "x" and not unit_right_after(r, cand):
            figure.end = cand.token_end
        elif cand.pair_role == "x":
            figure.end = unit_right_after(r, cand)
        figure.area = area_of(r, w[local_from:cand.start], measure, right_local) or line_label_area(r, cand.start) \
            or clause_subjects_area(r, last_in_sentence.get(sent), w[local_from:cand.start], right_local)
        quoted_elsewhere(r, figure, left_local)
        figures.append(figure)
        by_start[cand.start] = figure
        prev_end_in_sentence[sent] = cand.end
        last_in_sentence[sent] = figure
        first_in_sentence.setdefault(sent, figure)
        last_in_paragraph[r.paragraph_of(cand.start)] = (sent, figure)
        if figure.measure == "value":
            last_level_in_paragraph[r.paragraph_of(cand.start)] = figure
    apply_framing(r, figures)
    apply_list_totals(r, figures)
    split_pair_concepts(r, [(by_start[c.start], by_start[c.pair_partner]) for c in cands
                            if c.pair_role == "x" and c.start in by_start and c.pair_partner in by_start])
    apply_respectively(r, figures)
    link_pairs(cands, by_start)
    link_parents(r, figures, pair_y)
    apply_parts(r, figures)
    inherit_total_periods(r, figures)
    plan_parts(figures)
    link_mentions(r, figures)
    apply_works(r, figures)
    for f in figures:
        if f.start in rest_parts and f.indicator and not _names_the_rest(r, f.indicator) \
                and f.indicator not in {local for _s, _e, local in r.lex.indicators.find_all(rest_parts[f.start])}:
            # the part a breakdown leaves after the named ones ("..., chi thường xuyên 5.700 tỷ đồng; các khoản chi
            # khác 500 tỷ đồng") is neither its whole nor a named sibling: unlinked unless a concept of the rest
            # names it ("thủy sản khác"), or the item's own words name its concept with the rest ("du lịch lữ hành
            # và dịch vụ khác")
            f.indicator = None
    return figures


# a contribution to growth: "đóng góp 1,4 điểm", "làm giảm 6,72 điểm phần trăm", "kéo giảm 0,5 điểm"
_CONTRIBUTION_CLAUSE = re.compile(
    r"(?<!\w)(?:đóng góp|làm (?:tăng|giảm)|kéo (?:tăng|giảm))(?:\s+(?:tới|khoảng|thêm|chung))?\s+[\d.,]+\s*điểm",
    re.IGNORECASE,
)


def _measured_thing_named(unit: str) -> bool:
    """Whether the words after a quantity's unit may name what it measures: "54.000 ha lúa xuân", "12.500 tấn thóc"
    (areas, weights, volumes), but not after money, where they name the source ("tỷ đồng vốn ngân sách")."""
    return bool(unit) and unit not in ("%", "‰") and not _MONEY.search(unit)


_MONEY = re.compile(r"(?<!\w)(?:đồng|USD|đô la)(?!\w)", re.IGNORECASE)


# Words that name no quantity: a time, the plan and who set it, an estimate ...
_TIME_PLAN_ESTIMATE = content_words(
    "dự toán kế hoạch trung ương hđnd ubnd tỉnh giao ước tính thực hiện năm tháng quý đầu cuối cả chín sáu ba hai "
    "một bốn bảy tám mười lũy kế đến nay hiện")
# ... and those that go with them: a verb of reaching, a bound, a part.
_NAMING_NOTHING = _TIME_PLAN_ESTIMATE | content_words("đạt được khoảng trên dưới gần riêng chung")


def _names_nothing(text: str) -> bool:
    """Whether the words of a sentence before its first figure name a time, a plan or an estimate and nothing else
    (not when the figure opens its sentence: "27 tỷ đồng được chuyển ..." names what it is after it)."""
    words = {w for w in content_words(text) if not re.fullmatch(r"\d+|[ivx]+", w)}
    return bool(words & _TIME_PLAN_ESTIMATE) and not words - _NAMING_NOTHING


# An item naming the rest of a breakdown right before its figure: "; các khoản chi khác ", " và gia súc khác ",
# ", các nguồn còn lại ".
_REST_PART = re.compile(r"(?:^|[,;:]|\svà)\s*(?:các\s+)?[^\d,;:()]{0,40}?\s(?:khác|còn lại)\s*(?:là|đạt|:)?\s*$",
                        re.IGNORECASE)
_OTHER, _LEFT = content_words("khác"), content_words("còn lại")


def _names_the_rest(r: ReportContext, local: str) -> bool:
    """Whether a label of the concept names the rest of something ("Các khoản thu nội địa khác", "các nguồn còn
    lại")."""
    return any(words & _OTHER or _LEFT and _LEFT <= words for words in r.lex.indicators.label_words(local))


def _named_by_heading(r: ReportContext, cand: Candidate, figures: list[Figure]) -> str | None:
    """The one concept the heading of the figure's section names, when nothing but the heading can say what the
    figure is: its unit is one the concept is measured in (a unit saying nothing, or a percentage, leaves it open),
    no words after the unit name what it counts ("1.200 tấn cá giống"), and the section has not yet moved on to
    another quantity (a figure before it in the section linked to another concept)."""
    named = {local for _s, _e, local in r.lex.indicators.find_all(r.section_title(cand.start))}
    if len(named) != 1 or not cand.unit:
        return None
    local = next(iter(named))
    if r.lex.unit_fit(local, cand.unit) != 1:
        return None
    if cand.unit not in NON_COUNT and not SCALED.match(cand.unit) \
            and len(noun_after(r.w, cand).split()) > len(cand.unit.split()):
        return None
    section = r.section_start(cand.start)
    earlier = figures[bisect.bisect_left(figures, section, key=_start_of):]
    return None if any(f.indicator and f.indicator != local for f in earlier) else local


def _earlier_in_section(
    r: ReportContext, figures: list[Figure], start: int, unit: str | None = None, measure: str | None = None,
) -> Figure | None:
    """The figure read last before a sentence, if it is in the same section and close: a list item's total on the
    line that opens the list, the plan stated in the sentence before."""
    if not figures:
        return None
    last = figures[-1]
    if last.start < max(r.section_start(start), start - 400):
        return None
    # the last part of a breakdown stands for its whole: "Kế hoạch vốn 900 tỷ đồng, gồm vốn A 600 tỷ đồng và vốn B
    # 300 tỷ đồng. Đến nay đã giải ngân 410 tỷ đồng" goes on with the plan, not with B (the whole: the figure of
    # the part's sentence whose indicator is broader than the part's)
    broader = r.lex.ancestors.get(last.indicator or "", frozenset())
    if broader:
        sentence_start = r.sentence_of(last.start)[0]
        for f in reversed(figures[-8:-1]):  # (a breakdown's parts are few: bounded, linear in the text)
            if f.start < sentence_start:
                break
            # (a level goes on only with a whole stated as a level in its kind of unit: "đã giải ngân 2.350 tỷ
            # đồng" with the plan's 4.100 tỷ đồng, not with a growth of it; a percentage, an achievement or a
            # change, may be of any whole)
            if f.indicator in broader and (measure not in _LEVELS or f.measure in _LEVELS and (
                    unit is None or _same_unit_word(unit, f.unit_text))):
                return f
    return last


# Measures of a level: a result and its plan are levels of one quantity.
_LEVELS = frozenset({"value", "plan_value"})


def _whole_of_place(
    r: ReportContext, cand: Candidate, measure: str, previous: Figure | None, figures: list[Figure],
) -> Figure | None:
    """The whole a part of a breakdown by place can belong to: the figure before it in the sentence, else the
    paragraph's latest level with an indicator in the same kind of unit that can hold it ("Tổng mức bán lẻ 9 tháng
    ... 200.928 tỷ đồng; trong đó tháng 9 ... 23.200 tỷ đồng. ... TP. A (42.350 tỷ đồng)": the nine months'); a
    percentage goes with the paragraph's first one of the same measure ("thành phố A thu đạt 93,2% dự toán" after
    the province's revenue against its estimate, not its parts')."""
    if not cand.unit:
        return None
    paragraph = r.paragraph_of(cand.start)
    # (the figures read so far follow the text: the paragraph's are the last ones, found by bisection rather than
    # by a pass over the whole report for each figure)
    in_paragraph = figures[bisect.bisect_left(figures, paragraph, key=_start_of):] if previous is None else []
    led = previous is None and not in_paragraph
    if led:
        # (a list led into from a paragraph breaks down that paragraph's headline, its first level in the unit)
        in_paragraph = _levels_before_list(r, cand.start, figures)
    if cand.unit == "%":
        # (the paragraph's first such percentage, its headline, not an aside in brackets)
        candidates = [previous] if previous is not None else \
            (f for f in in_paragraph if f.unit_text == "%" and not _aside(r, f))
        return next((f for f in candidates if f.indicator and f.measure == measure), None)
    candidates = [previous] if previous is not None else \
        [f for f in (in_paragraph if led else reversed(in_paragraph)) if f.measure == "value"]
    if led and len({f.indicator for f in candidates if _same_unit_word(cand.unit, f.unit_text)}) > 1:
        # (a list led into from a paragraph stating two quantities in its unit breaks down one of them, which one
        # its items do not say: left unlinked rather than guessed)
        return None
    for total in candidates:
        if total.indicator and _same_unit_word(cand.unit, total.unit_text) \
                and _scaled(cand.value, cand.unit) <= _scaled(abs(total.value), total.unit_text):
            return total if previous is not None else _whole_above(r, total, in_paragraph)
    return None


def _same_unit_word(unit: str, other: str) -> bool:
    """Whether two units end with the same word ("nghìn tấn", "tấn"): amounts of one kind of thing."""
    return fold(unit).split()[-1:] == fold(other).split()[-1:]


def _levels_before_list(r: ReportContext, start: int, figures: list[Figure]) -> list[Figure]:
    """The levels a list of places is led into from, for its first item's figure: those of the lead-in line
    (ending with a colon) and of the paragraph before it ("... có 57 vụ cháy, thiệt hại 9 tỷ đồng. / Theo địa
    phương: / - Huyện B: 12 vụ"); none for a line that is no item of such a list."""
    span = r.list_lead_span(start)
    if span is None:
        return []
    lead, items = span
    if not items_all_places(r, items):
        return []  # (a list naming anything but places breaks down by something else, or is no breakdown)
    named = {local for _s, _e, local in r.lex.indicators.find_all(r.w[lead:items])}
    first = lead
    back = lead - 1
    while back > 0 and r.w[back - 1] == "\n":  # (blank lines between the paragraph and its lead-in)
        back -= 1
    if back > 0:
        first = r.paragraph_of(back - 1)
    low = bisect.bisect_left(figures, first, key=_start_of)
    high = bisect.bisect_left(figures, items, key=_start_of)
    # (a lead-in naming quantities of its own, "Số vụ cháy theo huyện:", breaks down only those)
    return [f for f in figures[low:high] if f.indicator and (not named or f.indicator in named)]


def _whole_above(r: ReportContext, total: Figure, in_paragraph: list[Figure]) -> Figure:
    """The whole a part of another breakdown of the paragraph belongs to: "818 người đi làm việc ở nước ngoài. Theo
    thị trường: Nhật Bản 741 người, ... Theo địa phương: huyện A 214 người" breaks down the 818, not Japan's 741
    (the paragraph's earlier level, in the same unit and no smaller, whose indicator is broader than the part's)."""
    broader = r.lex.ancestors.get(total.indicator or "", frozenset())
    if not broader:
        return total
    for f in in_paragraph:
        if f is total:
            break
        if f.indicator in broader and f.measure == "value" \
                and fold(f.unit_text).split()[-1:] == fold(total.unit_text).split()[-1:] \
                and _scaled(abs(f.value), f.unit_text) >= _scaled(abs(total.value), total.unit_text):
            return f
    return total


def _start_of(figure: Figure) -> int:
    return figure.start


def _scaled(value: float, unit: str) -> float:
    """A value in its unit's base: "3,56 triệu lượt" is 3 560 000 visits (a part is never above its whole)."""
    first = fold(unit).split()[:1]
    return value * 10 ** SCALES.get(first[0], 0) if first else value


# Words of growth naming no quantity but the economy's: "Phấn đấu tăng trưởng", "tăng trưởng cả năm dự báo có thể đạt".
_GROWTH_ONLY = re.compile(
    r"(?:(?:phấn đấu|mục tiêu|dự báo|kịch bản|tốc độ|mức|thì|nếu|để|cả năm|năm nay|năm \d{4})\s*)*tăng trưởng"
    r"(?:\s+kinh tế)?(?:\s+(?:cả năm|năm nay|năm \d{4}|dự báo|có thể|đạt|ở mức|khoảng|từ|trên|ước|dự kiến))*",
    re.IGNORECASE,
)


_HAS_SHARE = re.compile(r"(?<!\w)có\s*$", re.IGNORECASE)


def _share_named_after(r: ReportContext, cand: Candidate, left: str) -> str:
    """The things "có X% <things>" counts, when a label names them ("có 92% hộ dân dùng nước sạch"); else ""."""
    if cand.unit != "%" or not _HAS_SHARE.search(left):
        return ""
    things = noun_after(r.w, cand)[1:].strip()
    return things if len(things.split()) >= 2 and r.lex.indicators.find_all(things) else ""


def _carries_on(w: str, earlier: Figure, cand: Candidate) -> bool:
    """Whether a figure can go on with an earlier sentence's figure: a level in the same kind of unit (an amount
    of money after an amount, a count in the same unit, possibly scaled: "nghìn lượt" → "triệu lượt") that names
    nothing after its unit ("12.000 doanh nghiệp đang hoạt động" names its own subject)."""
    if not earlier.indicator or not cand.unit or cand.unit in ("%", "‰"):
        return False
    if cand.unit not in NON_COUNT and not SCALED.match(cand.unit) \
            and len(noun_after(w, cand).split()) > len(cand.unit.split()):
        return False
    if SCALED.match(cand.unit) and SCALED.match(earlier.unit_text):
        return True
    last = cand.unit.split()[-1]
    return last in earlier.unit_text.split()


def _last_of_period(
    r: ReportContext, figures: list[Figure], start: int, period: str,
) -> tuple[tuple[int, int], Figure] | None:
    """The paragraph's last figure of the given period before ``start``, with its sentence."""
    paragraph = r.paragraph_of(start)
    for f in reversed(figures):
        if f.start < paragraph:
            return None
        if f.period == period:
            return r.sentence_of(f.start), f
    return None


def _elsewhere(r: ReportContext, figure: Figure) -> bool:
    """Whether a figure is about another area than the province or a place in it (the country, another province)."""
    return bool(figure.area) and "/" not in (figure.area or "") and figure.area != r.province


def _last_of_area(r: ReportContext, figures: list[Figure], start: int) -> tuple[tuple[int, int], Figure] | None:
    """The paragraph's last figure about the province (or a place in it) before ``start``, with its sentence."""
    paragraph = r.paragraph_of(start)
    for f in reversed(figures):
        if f.start < paragraph:
            return None
        if not _elsewhere(r, f):
            return r.sentence_of(f.start), f
    return None


def _aside(r: ReportContext, figure: Figure) -> bool:
    """Whether a figure is an aside of its sentence ("riêng quý IV đạt ..."): the sentence after it details the
    sentence's main figure, not the aside."""
    sentence_start = r.sentence_of(figure.start)[0]
    clause_start = max(r.w.rfind(";", sentence_start, figure.start) + 1, sentence_start)
    before = r.w[clause_start:figure.start]
    # "riêng quý IV đạt ...", or inside brackets: "(6 tháng đầu năm giảm 1,9%)"
    return bool(re.search(r"(?<!\w)riêng(?!\w)", before, re.IGNORECASE)) or before.rfind("(") > before.rfind(")")


# A target set for the whole year in a report of part of it: "kế hoạch năm", "mục tiêu năm", "chỉ tiêu cả năm"
_YEAR_TARGET = re.compile(
    r"(?<!\w)" + vocabulary().plan + r"(?:\s+\w+){0,2}?\s+(?:cả\s+)?năm(?!\s*(?:\d|học))(?!\w)",
    re.IGNORECASE,
)
# A part of the year named in a target's words: "kịch bản tăng trưởng 9 tháng", "phấn đấu quý II", "6 tháng cuối năm".
_PART_OF_YEAR = re.compile(r"(?<!\w)(?:\d{1,2}\s+tháng|quý|tháng|nửa)(?!\w)", re.IGNORECASE)
_TARGET_NOUN = re.compile(r"(?<!\w)(?:kế hoạch|KH|mục tiêu|chỉ tiêu|kịch bản|phấn đấu)(?!\w)", re.IGNORECASE)


def _target_words(sentence_left: str) -> str:
    """The words that state a target: from its last plan or target word in the clause ("(kế hoạch tăng 7,5%)"
    after "GRDP 9 tháng ước tăng 6,1%"), else the clause's last part."""
    clause = sentence_left.rsplit(";", 1)[-1][-80:]
    nouns = list(_TARGET_NOUN.finditer(clause))
    return clause[nouns[-1].start():] if nouns else re.split(r"[(,]", clause)[-1]


def _years_target(words: str) -> bool:
    """Whether a target's words leave it the year's: no part of the year named, no growth scenario (a scenario is
    set quarter by quarter: "thấp hơn kịch bản đề ra (8,8%)" is the scenario of the report's months)."""
    return not _PART_OF_YEAR.search(words) and not re.match(r"kịch bản", words, re.IGNORECASE)


# "có thêm", "tăng thêm": the count added to a stock
_MORE = re.compile(r"(?<!\w)thêm\s*(?:(?:khoảng|ít nhất|tối thiểu|trên)\s+)?$", re.IGNORECASE)
_ADDED_ONE_BY_ONE = frozenset(vocabulary().added_one_by_one)
# "tăng 7,5% về số doanh nghiệp và 2,7% về vốn": a change qualified by what it is of, after "về"
_ABOUT = r"[ \t]*(?:%|‰)?[ \t]*(?:so với[^,;]{0,30}?)?về\s+"
_ABOUT_COUNT = re.compile(_ABOUT + r"(?:số\s+lượng|số)(?!\w)", re.IGNORECASE)
_ABOUT_AMOUNT = re.compile(_ABOUT + r"(?:vốn|giá trị|quy mô)(?!\w)", re.IGNORECASE)


# "số vụ giảm 8,2%", "số người chết tăng 2 người": a change of the sentence's level counted in the named unit
_COUNT_NAMED = re.compile(r"(?<!\w)số\s+([^\d,;:()]{1,40}?)\s*(?:tăng|giảm|bằng|đạt)?\s*$", re.IGNORECASE)
_COUNT_NAMED_AFTER = re.compile(r"\s*số\s+([^\d,;:.()]{1,40}?)\s*(?=[,;:.()]|\s(?:và|so)\s|$)", re.IGNORECASE)


def _level_named(
    w: str, cand: Candidate, figures: list[Figure], sentence_start: int, own_left: str, measure: str,
) -> Figure | None:
    """The level a change mirrors after a list of levels of different things: "xảy ra 40 vụ, làm chết 30 người,
    bị thương 20 người; so với cùng kỳ giảm 3 vụ, tăng 2 người bị thương" (the cases; the injured) and "số vụ
    giảm 7%, số người chết giảm 4%". The change names its level by the level's unit and the words around it."""
    if measure not in ("change_abs", "change_pct"):
        return None
    counted = cand.unit and cand.unit not in NON_COUNT and not SCALED.match(cand.unit)
    if counted and measure == "change_abs":
        name = noun_after(w, cand)
    elif cand.unit in ("%", ""):
        # the level's words right after the change ("giảm 7,3% số vụ, giảm 2,8% số người chết và tăng 1,6% số người
        # bị thương": the words before it may be the change before's), or before it ("số người chết giảm 6%")
        named = _COUNT_NAMED_AFTER.match(w, cand.end) or _COUNT_NAMED.search(own_left.rsplit(",", 1)[-1])
        name = named.group(1).strip() if named else ""
    else:
        return None
    name_words = fold(name).split()
    first = len(figures)  # the sentence's figures are the last ones read: not the whole list for every change
    while first and figures[first - 1].start >= sentence_start:
        first -= 1
    in_sentence = figures[first:]
    levels = [
        f for f in in_sentence
        if f.measure == "value" and f.unit_text and f.unit_text not in NON_COUNT
        and not SCALED.match(f.unit_text) and name_words[:len(f.unit_text.split())] == fold(f.unit_text).split()
    ]
    if len({f.unit_text for f in in_sentence if f.measure == "value"}) < 2:
        return None  # not a list of levels of different things: the change is the previous figure's
    if len(levels) <= 1:
        return levels[0] if levels else None
    # several levels in the same unit ("làm chết 30 người, bị thương 20 người"): the one whose words the
    # change repeats after the unit
    extra = set(name_words) - set(fold(levels[0].unit_text).split())
    overlap = [(len(extra & set(fold(f.subject).split())), f) for f in levels]
    best = max((n for n, _f in overlap), default=0)
    chosen = [f for n, f in overlap if n == best]
    return chosen[0] if best > 0 and len(chosen) == 1 else None


def _qualified_by(w: str, cand: Candidate, figures: list[Figure], sentence_start: int) -> Figure | None:
    """The figure of the sentence a change is about when the change says so after it: "về số" (the count), "về
    vốn" (the amount of money)."""
    after = w[cand.end:cand.end + 60]
    count = bool(_ABOUT_COUNT.match(after))
    if not count and not _ABOUT_AMOUNT.match(after):
        return None

    def wanted(f: Figure) -> bool:
        money = bool(SCALED.match(f.unit_text))
        return f.measure == "value" and (not money and f.unit_text not in NON_COUNT if count else money)

    for f in reversed(figures):  # the figures read so far, the sentence's last
        if f.start < sentence_start:
            return None
        if f.start < cand.start and wanted(f):
            return f
    return None
