"""The report being read: normalised text, sections and sentences, report period, province, tasks part."""

from __future__ import annotations

import bisect
import re

from provkg.core.errors import InputError
from provkg.core.periods import SCHOOL_YEAR, parse_period
from provkg.core.text import fold
from provkg.extract.lexicon import Lexicon
from provkg.extract.notation import unit_regex
from provkg.extract.vocabulary import vocabulary
from provkg.read.header import detect_report_period, periods_named, province_of
from provkg.read.segment import segment, sentences
from provkg.reference.labels import longest_hit

ESTIMATE = vocabulary().estimate
# A storm named by its number ("bão số 3", "áp thấp nhiệt đới số 2"), and the month stated after it in its sentence.
STORM = re.compile(r"(?<!\w)(bão|áp thấp nhiệt đới)\s+số\s+(\d{1,2})(?!\d)", re.IGNORECASE)
_EVENT_MONTH = re.compile(
    r"(?<!\w)tháng\s+(\d{1,2})(?!\s*/?\s*\d{3})|(?<!\w)ngày\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s*/\s*(\d{1,2})(?!\d)",
    re.IGNORECASE,
)
# A heading that opens the tasks part: "II. NHIỆM VỤ, GIẢI PHÁP ...", "2. Nhiệm vụ, giải pháp", "Phần thứ hai:
# PHƯƠNG HƯỚNG ...", and a department's "Phần II. Phương hướng ...", "II. DỰ KIẾN KẾ HOẠCH NĂM ...", "III. MỘT SỐ
# NHIỆM VỤ TRỌNG TÂM", "II. ĐỊNH HƯỚNG ...", "II. TRỌNG TÂM CÔNG TÁC ...", "II. CHỈ TIÊU, NHIỆM VỤ ...": a numbered
# line naming tasks, or such a line in capitals; short, with no figure of its own.
_TASKS_WORDS = (
    r"(?:(?:các|một số|những|dự kiến)\s+)?"
    r"(?:nhiệm vụ|phương hướng|định hướng|mục tiêu|kế hoạch|giải pháp|trọng tâm công tác"
    r"|chỉ tiêu(?:,|\s+và)\s+nhiệm vụ)"
)
_TASKS_HEADING = re.compile(
    r"^[ \t]*(?:(?:(?:phần\s+(?:thứ\s+\w+|[IVX]+|[A-Z]|\d+)|[IVX]+|[A-Z]|\d+)\s*[.):\-–]\s*)" + _TASKS_WORDS
    + r"|(?:CÁC\s+)?(?:NHIỆM VỤ|PHƯƠNG HƯỚNG|MỤC TIÊU|GIẢI PHÁP))[^\n%;]{0,140}$",
    re.MULTILINE | re.IGNORECASE,
)


# A note on which figures are estimates: "Số liệu quý I/2022 là số ước tính", "(số liệu tháng 12 là số ước tính)",
# "Số liệu tháng 5 là số ước tính, số liệu 5 tháng là số cộng dồn" (a sum holding the estimate is one too), "Các số
# liệu cả năm được ước tính dựa trên số thực hiện tới 20/11" (what is counted to that day is no estimate).
# Groups: the words naming what is estimated, the days counted to, what is summed from the estimate.
_ESTIMATES_NOTE = re.compile(
    r"(?:số liệu|các số liệu)([^.\n]{0,60}?)(?:là|được)\s+(?:số\s+)?(?:ước tính|ước|sơ bộ)"
    r"(?:\s+(?:trên cơ sở|dựa trên|căn cứ)\s+(?:số\s+)?(?:liệu\s+)?thực hiện\s+(?:đến|tới)\s+([^;.\n]{0,60}))?"
    r"(?:[,;]\s*(?:các\s+)?số liệu([^.\n;,]{0,40}?)(?:là|được)\s+(?:số\s+)?(?:cộng dồn|lũy kế|luỹ kế))?",
    re.IGNORECASE,
)
# ... or the other way round: "Số liệu của báo cáo tổng hợp tới ngày 25/11/2019 và ước cả năm 2019",
# "số liệu tính đến 30/11, ước tính cả năm". Groups: the days counted to, the words naming what is estimated.
_COUNTED_THEN_ESTIMATED = re.compile(
    r"(?:số liệu|các số liệu)[^.\n]{0,40}?(?:tổng hợp|tính|cập nhật|thực hiện)\s+(?:đến|tới)\s+([^.\n;]{0,40}?)"
    r"\s*(?:và|,)\s*(?:số\s+)?ước(?:\s+(?:tính|thực hiện))?\s+([^.\n;]{0,30})",
    re.IGNORECASE,
)
DAY_MONTH = re.compile(r"(?<!\d)(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?(?!\d)")
# ... or the estimate said of the data up to a day, the report's own period: "(số liệu ước tính tới ngày
# 31/3/2018)", "số liệu ước đến hết 30/9" (a note, not a figure's words: the day follows at once).
_ESTIMATED_TO_DAY = re.compile(
    r"số liệu\s+(?:là\s+)?(?:số\s+)?ước(?:\s+(?:tính|thực hiện))?\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?"
    r"\d{1,2}\s*/\s*\d{1,2}",
    re.IGNORECASE,
)
# The field a note is limited to, named right after "số liệu" before any time or verb: "Số liệu thủy sản năm 2020
# là số ước tính" (the fishery figures only), not "Số liệu quý I", "Các số liệu cả năm", "số liệu trong báo cáo";
# function words before it are no part of it ("Số liệu về thủy sản ...": fisheries; "Số liệu đến ngày 30/6 ...": none).
# Read on the words a note names the estimate by (the note's group, which ends before "là" / "được").
_NOT_FIELD = "|".join(sorted(map(re.escape, vocabulary().note_not_field), key=len, reverse=True))
_NOTE_FIELD = re.compile(
    r"\s*(?:(?:" + _NOT_FIELD + r")\s+)*"
    r"((?:(?!(?:năm|tháng|quý|cả|trong|của|các|này|là|được|ước|sơ bộ|thống kê|tổng hợp|tính|báo cáo|"
    r"chính thức|cập nhật|thực hiện|" + _NOT_FIELD + r")(?!\w))[^\W\d]+\s+){1,4}?)(?=\d|năm|tháng|quý|cả|$)",
    re.IGNORECASE,
)


def noted_estimates(w: str, report_period: str) -> tuple[tuple[tuple[frozenset[str], str | None, int], ...],
                                                           str | None]:
    """The notes saying which figures are estimates, each as the periods it names ("số liệu tháng 12 là số ước
    tính" → the report's December), with those it says are summed from them (a note naming no period, "các số liệu
    trong báo cáo là số ước tính" or "(số liệu ước tính tới ngày 31/3/2018)", is about the report's own
    period), the field it is limited to ("Số liệu thủy sản năm 2020 là số ước tính" → "thủy sản"; None: every
    field) and where the note starts; and the last day the estimates build on counts to, if a note names one
    ("... dựa trên số thực hiện tới 20/11/2019 hoặc 10/12/2019" → 2019-12-10; "Số liệu tổng hợp tới ngày 25/11/2019
    và ước cả năm 2019" → 2019 estimated, 2019-11-25). Only a note of the first form names a field: the words after
    "ước" in the second ("... và ước thực hiện đến 30/6") name a time."""
    year = report_period[:4]
    counted_to: list[str] = []
    found: list[tuple[frozenset[str], str | None, int]] = []
    notes = [(m.group(1), m.group(3), m.group(2), True, m.start()) for m in _ESTIMATES_NOTE.finditer(w)]
    notes += [(m.group(2), None, m.group(1), False, m.start()) for m in _COUNTED_THEN_ESTIMATED.finditer(w)]
    notes += [("", None, None, False, m.start()) for m in _ESTIMATED_TO_DAY.finditer(w)]
    for estimated, summed, counted, names_field, at in notes:
        named = [code.replace("YYYY", year) for words in (estimated, summed) if words
                 for _, _, code in periods_named(words)]
        counted_to += [f"{d.group(3) or year}-{int(d.group(2)):02d}-{int(d.group(1)):02d}"
                       for d in DAY_MONTH.finditer(counted or "")]
        field = _NOTE_FIELD.match(estimated or "") if names_field else None
        found.append((frozenset(named or [report_period]), " ".join(field.group(1).split()) if field else None, at))
    return tuple(found), max(counted_to, default=None)


# A list item or a table row (cells separated by tabs).
LIST_ITEM = re.compile(r"[ \t]*(?:[-+•–]\s|\(\d+\)|\d+[.)]\s|[a-zđ]\)\s|[^\n\t]*\t)")


_BULLET_OR_ROW = re.compile(r"[ \t]*(?:[-+•–]\s|[^\n\t]*\t)")


# A line broken by the page's width (PDF, e-mail): it runs on to a next line that starts in lower case or with a
# number, and neither is a table row. Such a break is read as a space (same length: every offset stays).
_LOWER = "a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
_WRAPPED = re.compile(rf"(?<=[^\s.:;!?\t])[ ]?\n(?=[ ]?[{_LOWER}(0-9])")


def unwrap_lines(text: str) -> str:
    """The text with each line break inside a wrapped paragraph turned into a space, offsets unchanged."""
    breaks: list[int] = []  # the line breaks read as spaces
    for m in _WRAPPED.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line = text[line_start:m.start()]
        next_end = text.find("\n", m.end())
        following = text[m.end():next_end if next_end >= 0 else len(text)]
        if len(line) < 50 or "\t" in line + following or "   " in line + following \
                or line.count("|") >= 2 and following.count("|") >= 2:
            continue  # a short line (a heading, a list item) or a table row (cells by tabs, gaps or bars) ends there
        if re.match(r"\s*(?:[-+•–]\s|\(?\d{1,2}[.)]\s|[a-zđ]\)\s)", following):
            continue  # the next line opens a list item
        breaks.append(m.start() + m.group().index("\n"))
    pieces, copied = [], 0  # (slices between the breaks, not a list of every character)
    for at in breaks:
        pieces += [text[copied:at], " "]
        copied = at + 1
    return "".join(pieces) + text[copied:] if pieces else text


class Places:
    """Places named in the report's text, each resolved for the report's province (a district named in several
    provinces is the one of the report's); the ontology's area labels when no area index is loaded."""

    def __init__(self, lexicon: Lexicon, province: str | None) -> None:
        self.index, self.labels, self.province = lexicon.places, lexicon.areas, province

    def find_all(self, text: str) -> list[tuple[int, int, str]]:
        if self.index is None:
            return self.labels.find_all(text)
        return self.index.find_all(text, self.province)

    def longest(self, text: str) -> str | None:
        return longest_hit(self.find_all(text))


class ReportContext:
    """A report being read: its text, segments, sentences, period, province and where its tasks part begins."""

    def __init__(self, text: str, report_period: str | None, lexicon: Lexicon) -> None:
        self.text = text
        self.seg = segment(text)
        self.w = unwrap_lines(self.seg.joined())
        self.lex = lexicon
        self.period = report_period or detect_report_period(text, self.seg)
        try:
            period = parse_period(self.period)
        except ValueError as exc:
            raise InputError(str(exc)) from exc
        self.year = period.begin.year
        self.period_kind, self.period_begin, self.period_end = period.kind, period.begin, period.end
        # where a stock without a date is counted: the period's last day; a school year's levels are its own
        self.ref_date = period.end.isoformat() if not period.is_instant else self.period
        if re.fullmatch(r"\d{4}/\d{4}", self.period):
            self.ref_date = self.period
        self.unit_re = unit_regex(lexicon.units)
        self.sentence_spans = sentences(self.w)
        self._sentence_starts = [s for s, _ in self.sentence_spans]
        self._section_starts = [s.start for s in self.seg.sections]
        self._school_years: tuple[list[re.Match[str]], list[int]] | None = None
        self._list_heads: dict[int, bool] = {}  # line start -> whether the list it is in opens with an estimate
        self._event_months: dict[str, int] | None = None  # a named storm -> the month the text says it struck
        self.section_periods: dict[str, str | None] = {}  # a section heading -> the part of the year it names
        self.province = province_of(self.w, lexicon.provinces)
        self.places = Places(lexicon, self.province)
        # Where the report turns to the next period's tasks and targets (a heading after the first fifth).
        tasks = _TASKS_HEADING.search(self.w, len(self.w) // 5)
        self.tasks_start = tasks.start() if tasks else len(self.w)
        # "Số liệu quý I là số ước tính": the periods whose figures are estimates unless marked otherwise.
        self._folded: str | None = None  # the text folded, made when a note limited to a field needs it
        notes, self.noted_counted_to = noted_estimates(self.w, self.period)
        self.noted_estimates: frozenset[str] = frozenset().union(*(periods for periods, _, _ in notes))
        # each note's periods with where it covers figures (None: everywhere; a note limited to a field, its part)
        self._notes = [(periods, self._field_spans(field, at) if field else self._cited_span(at))
                       for periods, field, at in notes]

    def _field_spans(self, field: str, note_at: int) -> list[tuple[int, int]]:
        """Where the report writes about the field a note (at ``note_at``) names: the sections (with their
        subsections) whose heading names it ("3. Lĩnh vực thủy sản" for "Số liệu thủy sản ..."), else the sentences
        that do, the note's own left out; none when nothing but the note does (a note limited to one field says
        the other fields' figures are no estimates: where its field's figures are is unknown, and it covers none
        rather than every figure of other fields). Compared folded: "thuỷ sản" names "Thủy sản"."""
        if self._folded is None:
            self._folded = fold(self.w)  # same length as the text: its offsets are the text's
        folded = self._folded
        named = re.compile(r"(?<!\w)" + re.escape(fold(field)) + r"(?!\w)")
        body = [s for s in self.seg.sections if s.path != "H" and not s.path.startswith("FN/")]
        spans = []
        for i, section in enumerate(body):
            line_end = self.w.find("\n", section.start)
            line_end = line_end if line_end >= 0 else len(self.w)
            if not section.start <= note_at < line_end and named.search(folded, section.start, line_end):
                end = next((s.start for s in body[i + 1:] if not s.path.startswith(section.path + "/")), len(self.w))
                spans.append((section.start, end))
        return spans or [(start, end) for start, end in self.sentence_spans
                         if not start <= note_at < end and named.search(folded, start, end)]

    def _cited_span(self, note_at: int) -> list[tuple[int, int]] | None:
        """Where a numbered footnote naming no field covers figures: what cites it (its marker after a figure's
        words, "Doanh thu bán lẻ² trong quý tăng ...": that paragraph; after a heading:
        that section with its subsections); None (everywhere) for a note that is no footnote, or one cited in the
        header or title, or not cited where the segmentation finds it."""
        section = self.seg.section_at(note_at)
        if not section.startswith("FN/"):
            return None
        anchor = self.seg.footnotes[int(section[3:]) - 1].anchor
        cited = self.seg.section_at(anchor) if anchor is not None else "H"
        if anchor is None or cited == "H" or cited.startswith("FN/"):
            return None
        heading = next((sec for sec in self.seg.sections if sec.path == cited), None)
        line_start = self.w.rfind("\n", 0, anchor) + 1
        line_end = self.w.find("\n", anchor)
        if heading is not None and heading.start == line_start:
            end = next((sec.start for sec in self.seg.sections
                        if sec.start > heading.start and not sec.path.startswith(cited + "/")), len(self.w))
            return [(heading.start, end)]
        return [(line_start, line_end if line_end >= 0 else len(self.w))]

    def noted_at(self, offset: int | None) -> frozenset[str]:
        """The periods the notes covering the figure at ``offset`` say are estimates (every note's when None)."""
        if offset is None:
            return self.noted_estimates
        return frozenset().union(*(periods for periods, scope in self._notes
                                   if scope is None or any(start <= offset < end for start, end in scope)))

    # --- places in the text --------------------------------------------------------------------------------

    def sentence_of(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i < 0:
            return 0, len(self.w)
        return self.sentence_spans[i]

    def list_head_estimated(self, offset: int) -> bool:
        """A list item ("- Thu nội địa: ...", "(2) ...") or a table row takes the estimate of the line that opens its
        list or table ("Tổng thu ngân sách ước thực hiện ... gồm:", a header row with "Ước thực hiện")."""
        start = self.paragraph_of(offset)
        line_end = self.w.find("\n", start)
        if not LIST_ITEM.match(self.w, start, line_end if line_end >= 0 else len(self.w)):
            return False
        # Every item of a list walks back to the same opening line: the answer is kept for each line passed, so
        # a list of N items costs N lines, not N²/2.
        passed = []
        found = False
        while start > 0:
            if start in self._list_heads:
                found = self._list_heads[start]
                break
            passed.append(start)
            previous = self.w.rfind("\n", 0, start - 1) + 1
            line = self.w[previous:start - 1]
            if line.strip() and not LIST_ITEM.match(line):
                # only a line that opens the list ("... gồm:") or a table's header row; a heading or a
                # paragraph above the list says nothing about its items
                opens = line.rstrip().endswith(":") or "\t" in line
                found = opens and bool(ESTIMATE.search(line))
                break
            if line.strip() and not _BULLET_OR_ROW.match(line):
                break  # a numbered heading ("2. Sản xuất ...", "a) Trồng trọt") ends the list
            start = previous
        for line_start in passed:
            self._list_heads[line_start] = found
        return found

    def section_start(self, offset: int) -> int:
        """Where the section holding the offset begins."""
        i = bisect.bisect_right(self._section_starts, offset) - 1
        return self._section_starts[i] if i >= 0 else 0

    def section_title(self, offset: int) -> str:
        """The heading line of the section holding the offset, without its number ("b) Du lịch" → "Du lịch"); ""
        when the offset is on that line itself."""
        start = self.section_start(offset)
        end = self.w.find("\n", start)
        end = len(self.w) if end < 0 else end
        if offset < end:
            return ""
        return re.sub(r"^\s*(?:[IVX]+\.|\d+(?:\.\d+)*\.?|[a-zđ]\))\s*", "", self.w[start:end])[:100]

    def school_years_named(self) -> tuple[list[re.Match[str]], list[int]]:
        """Every "năm học 2019-2020" of the text, in order, and where each starts (found once per report)."""
        if self._school_years is None:
            found = list(SCHOOL_YEAR.finditer(self.w))
            self._school_years = (found, [m.start() for m in found])
        return self._school_years

    def event_months(self) -> dict[str, int]:
        """Named storms and the month the text says each struck ("bão số 3 (Yagi) gây ra đầu tháng 9", "Bão số 13
        và đợt lũ từ ngày 16-22/11"), found once per report: the first month stated in a sentence naming it."""
        if self._event_months is None:
            months: dict[str, int] = {}
            for m in STORM.finditer(self.w):
                name = f"{m.group(1).lower()} {m.group(2)}"
                if name in months:
                    continue
                start, end = self.sentence_of(m.start())
                when = _EVENT_MONTH.search(self.w, m.end(), min(end, m.end() + 120))
                month = int(when.group(1) or when.group(2)) if when else 0
                if 1 <= month <= 12:
                    months[name] = month
            self._event_months = months
        return self._event_months

    def paragraph_of(self, offset: int) -> int:
        """The start of the paragraph (text after a line break) holding the offset."""
        return self.w.rfind("\n", 0, offset) + 1

    def list_lead(self, offset: int, item_mark: re.Pattern[str] | None = None) -> str:
        """The lead-in line ending with a colon ("Sản lượng lúa theo vụ:") of the list a line marked as an item
        (by ``item_mark``, default any bullet) belongs to, over the items before it; "" for a line that is no list
        item or a list without one."""
        span = self.list_lead_span(offset, item_mark)
        return self.w[span[0]:span[1] - 1] if span else ""

    def list_lead_span(self, offset: int, item_mark: re.Pattern[str] | None = None) -> tuple[int, int] | None:
        """Where the lead-in line of ``list_lead`` starts and where the list's first item starts; None when there
        is none."""
        mark = item_mark or BULLET
        start = self.paragraph_of(offset)
        if not mark.match(self.w, start):
            return None
        while start > 0:
            before = self.w.rfind("\n", 0, start - 1) + 1
            if mark.match(self.w, before, start - 1):
                start = before
                continue
            return (before, start) if self.w[before:start - 1].rstrip().endswith(":") else None
        return None

    def line_of(self, offset: int) -> tuple[int, int]:
        start = self.w.rfind("\n", 0, offset) + 1
        end = self.w.find("\n", offset)
        return start, (len(self.w) if end < 0 else end)


# A list item's mark at the start of a line: a dash, a plus, a bullet (the mark its group).
BULLET = re.compile(r"[ \t]*([-+•–*])\s")
