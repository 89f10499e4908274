"""Whether a figure is an actual, an estimate, a target or plan, or a forecast."""

from __future__ import annotations

import re

from provkg.core.model import Figure
from provkg.core.patterns import search
from provkg.core.periods import parse_period
from provkg.extract.context import ESTIMATE, ReportContext
from provkg.extract.notation import Candidate

# A target or plan named before a figure: "phấn đấu", "mục tiêu", "KH năm", "kế hoạch năm 2021 là".
_TARGET_CUE = re.compile(
    r"(?<!\w)(?:phấn đấu|mục tiêu(?!\s+quốc gia)|"
    r"(?<![\d/] )chỉ tiêu(?!\s+(?:đạt|thực hiện|cơ bản|chủ yếu|kinh tế|như))|định hướng|"
    r"KH\s+năm|(?<!theo )(?<!đúng )(?<!với )kế hoạch\s+(?:năm\s+\d{4}\s+)?(?:là|đề ra|giao|đặt ra)|"
    r"kế hoạch\s+năm\s+(?:tăng|giảm)|"
    r"dự toán\s+(?:năm\s+\d{4}\s+)?(?:là|giao))(?!\w)",
    re.IGNORECASE,
)
# A sentence that opens a list of targets: "Mục tiêu chủ yếu:", "Các chỉ tiêu chủ yếu cần tập trung hoàn thành trong
# 6 tháng cuối năm gồm:", "Những chỉ tiêu phải đạt đến cuối năm:" (words of need or aim before the colon) ...
TARGETS_HEAD = re.compile(
    r"\s*(?:[-–+]\s*)?(?:các\s+|những\s+)?(?:mục tiêu|chỉ tiêu)(?:\s+chủ yếu)?"
    r"(?:[^:\d.;]{0,60}?(?<!\w)(?:cần|phải|phấn đấu|đề ra|đặt ra|được giao)(?!\w)[^:.;]{0,50}?)?\s*:",
    re.IGNORECASE,
)
# ... but not one that opens a list of results: "Các chỉ tiêu đã đạt được:", "Các chỉ tiêu ước thực hiện như sau:".
RESULTS_HEAD = re.compile(
    r"\s*(?:[-–+]\s*)?(?:các\s+|những\s+)?(?:mục tiêu|chỉ tiêu)[^:\d.;]{0,40}?"
    r"(?<!\w)(?:đã|ước|thực hiện|đạt được|kết quả)(?!\w)[^:\d.;]{0,30}:",
    re.IGNORECASE,
)
# Words of a result: after them a figure is no longer the target before it.
_RESULT_WORD = re.compile(r"(?<!\w)(?:thực hiện|ước|đã|mới|còn|so với|giải ngân)(?!\w)", re.IGNORECASE)
# A scenario's figure: "kịch bản tăng 10,2%", "thấp hơn kịch bản đề ra (8,8%)".
_SCENARIO = re.compile(r"(?<!\w)kịch bản(?:\s+(?:tăng trưởng|đề ra|tăng|là|Chính phủ giao))*\s*\(?\s*$", re.IGNORECASE)
# Striving for a share of the plan is a target too: "phấn đấu giải ngân 100% kế hoạch vốn".
_STRIVE = re.compile(r"(?<!\w)phấn đấu(?!\w)", re.IGNORECASE)


# An expectation for a period that runs past the report's: "dự kiến cả năm", "ước cả năm", "dự báo".
_FORECAST_CUE = re.compile(
    r"(?<!\w)(?:dự báo|(?:dự kiến|ước(?:\s+(?:tính|thực hiện|đạt))?)\s+(?:cả|hết|đến hết|đến cuối)\s+năm|"
    r"(?:ước|dự kiến)\s+năm\s+\d{4}|cả\s+năm(?:\s+\S+){0,3}?\s+(?:có thể|sẽ|dự kiến))(?!\w)",
    re.IGNORECASE,
)


# The unit of a count of targets: "20 chỉ tiêu chủ yếu", "17/20 chỉ tiêu".
_COUNTS_TARGETS = re.compile(r"chỉ tiêu(?!\w)", re.IGNORECASE)
# A plan, target or scenario named right before a figure, with a few words and a change verb or an opening bracket
# between: "(kế hoạch tăng 10%)", "mục tiêu kế hoạch năm (10%)", "kịch bản tăng trưởng 9 tháng (6,2%)", "kế hoạch
# năm đặt ra mức tăng 6-7%", "mục tiêu tăng trưởng từ 10% trở lên"; or right before it: "(kế hoạch 92,5%)", "so
# với chỉ tiêu 92%" (but "thấp hơn kế hoạch 0,6 điểm" is a difference from the plan, not the plan).
_PLANNED_BEFORE = re.compile(
    r"(?<!\w)(?:kế hoạch|KH|mục tiêu(?!\s+quốc gia)|chỉ tiêu|kịch bản)"
    r"(?:(?:\s+(?!(?:và|nhưng|song|mà|đạt|bằng|vượt|so|với|của|được|đã|còn)(?!\w))[^\s\d,;:()%]+"
    r"|\s+\d{1,2}\s+tháng|\s+\d{4}){0,6}?"
    r"(?:\s*\(\s*|\s+(?:mức\s+)?(?:tăng|giảm)(?:\s+trưởng(?:\s+(?:GRDP|GDP|kinh tế))?)?\s+)|\s+)"
    r"(?:từ\s+|khoảng\s+|trên\s+|dưới\s+)?$",
    re.IGNORECASE,
)
_DIFFERENCE_FROM_PLAN = re.compile(
    r"(?:cao hơn|thấp hơn|vượt|hụt|đạt|bằng)\s+(?:so với\s+)?(?:kế hoạch|KH|chỉ tiêu|mục tiêu)\s+$", re.IGNORECASE
)


def planned_before(left: str) -> bool:
    """Whether the words right before a figure name it as a plan, target or scenario (``_PLANNED_BEFORE``)."""
    return bool(search(_PLANNED_BEFORE, left)) and not search(_DIFFERENCE_FROM_PLAN, left)


# A sentence that details the one before: its figures share the estimate of their total.
DETAIL_OPENER = re.compile(
    r"\s*(?:trong đó|trong tổng số|trong mức tăng|cụ thể|chia theo|theo khu vực|về cơ cấu|cơ cấu kinh tế)",
    re.IGNORECASE,
)


def status_of(
    r: ReportContext, cand: Candidate, measure: str, left_local: str, sentence_left: str, comparison: str | None,
    period: str, before: tuple[tuple[int, int], Figure] | None, list_head: Figure | None = None,
) -> str:
    """Actual, estimate, target or forecast: from the plan and target words before the figure, the tasks part of
    the report, the estimate words of its sentence (or of the sentence it details, or of the figures of the line
    that opens its list, ``list_head``), and a report-wide note."""
    if comparison == "prior":
        return "actual"  # last year's result, quoted for comparison
    head = sentence_left.split(";", 1)[0] if ";" in sentence_left else ""
    if measure == "plan_value":
        return "target"
    if not _COUNTS_TARGETS.match(cand.unit) and TARGETS_HEAD.match(sentence_left):
        return "target"  # an item of a list of targets, a plan achievement to reach too ("giải ngân trên 95% kế hoạch")
    # the cue is looked for with a few characters before the figure's own words, so that "26 chỉ tiêu" (a count of
    # targets) is seen as a count
    own = sentence_left[max(0, len(sentence_left) - len(left_local) - 4):]
    # A count of targets ("20 chỉ tiêu chủ yếu", "(9 chỉ tiêu vượt, 8 chỉ tiêu đạt)") is a count, whatever
    # target words stand around it: its status is its sentence's, never a target's.
    # (nor is an item of a list of results, whatever it is headed by: "Các chỉ tiêu đã đạt được: ...")
    targetable = not _COUNTS_TARGETS.match(cand.unit) and not RESULTS_HEAD.match(sentence_left)
    partial_year = r.period_kind != "year"
    # (each pattern runs only where one of its words is: most figures name no target, scenario or forecast)
    if partial_year and search(_FORECAST_CUE, _own_clause(left_local)):
        # "..., nếu đạt kịch bản thì cả năm dự báo tăng 10,5-11%": an expectation in its own words, whatever
        # target the sentence states before it
        return "forecast"
    if targetable and measure != "plan_pct" and search(_TARGET_CUE, own.rsplit(";", 1)[-1]):
        return "target"  # (a target word before a semicolon is its clause's: "..., phấn đấu thông xe; ... 82%")
    if targetable and planned_before(left_local):
        return "target"
    if targetable and search(_SCENARIO, left_local):
        return "target"
    cue = search(_TARGET_CUE, head) if targetable and measure != "plan_pct" else None
    if cue and not re.search(r"\d", head[:cue.start()]):
        # "Mục tiêu: tăng trưởng 7%; thu ngân sách ...": a head that sets targets before any figure (not "... đạt
        # khoảng 45%, phấn đấu thông xe vào cuối năm; đường T21 hoàn thành 82% khối lượng", a result and an aim)
        return "target"
    if measure == "plan_pct" and (search(_STRIVE, left_local) or search(_STRIVE, head)):
        return "target"
    estimated = bool(search(ESTIMATE, sentence_left))
    in_tasks = cand.start >= r.tasks_start and not r.seg.section_at(cand.start).startswith("FN/")
    if in_tasks and not estimated and targetable:
        return "target"
    if targetable and before is not None and before[1].status == "target" \
            and before[0] == r.sentence_of(cand.start) \
            and ";" not in left_local and ")" not in left_local and measure != "plan_pct" \
            and not _RESULT_WORD.search(left_local):
        # (a plan stated in brackets is an aside: "(kế hoạch 13.500 tỷ đồng) và tăng 9,6%" is a result)
        return "target"  # "đặt mục tiêu tăng trưởng 10%, thu ngân sách 12.350 tỷ đồng, đón 5 triệu lượt khách"
    if partial_year and (search(_FORECAST_CUE, left_local) or search(_FORECAST_CUE, head)):
        return "forecast"
    if partial_year and before is not None and before[1].status == "forecast" \
            and before[0] == r.sentence_of(cand.start) and ";" not in left_local \
            and not _RESULT_WORD.search(left_local) and not search(ESTIMATE, left_local):
        return "forecast"  # "thu tiền sử dụng đất dự báo chỉ đạt 1.100 tỷ đồng, hụt 400 tỷ đồng so với dự toán"
    if not estimated and before is not None and before[1].status == "estimate" \
            and (before[0] == r.sentence_of(cand.start) or DETAIL_OPENER.match(sentence_left)):
        estimated = True  # the rest of an estimated sentence, or the sentence that details it
    if not estimated and _list_estimated(r, cand.start, list_head):
        estimated = True  # the items of a list opened by an estimated line: "... ước đạt 6.948 tỷ đồng. Trong đó:"
    figure_period = parse_period(period)
    in_last_month = abs((figure_period.end - r.period_end).days) <= 31
    if not estimated and r.all_estimates and (period == r.period or in_last_month):
        estimated = True  # "Số liệu tháng 8 là số ước tính": the figures of the report's last month
    if estimated:
        if figure_period.end < r.period_begin:
            return "actual"  # a past period's result quoted beside the estimate ("quý I năm 2025 tăng 7,12%")
        if (r.period_end - figure_period.end).days > 27 and not search(ESTIMATE, _own_clause(left_local)):
            # an earlier part of the period, known before the report ("(8 tháng đầu năm đạt 319,4 nghìn tấn)" in
            # a yearly report): estimated only if its own words say so
            return "actual"
        # (a crop or school year "2023/2024" ends within its second year, not on its last day)
        crop_or_school_year = figure_period.kind == "span" and figure_period.end.year - figure_period.begin.year == 1
        # beyond the report's period: "dự kiến đến 31/01/2023 giải ngân đạt trên 95%" in a yearly report (a level
        # counted on the day after the period, "thời điểm 01/10", is no forecast; in a report of part of the year,
        # nor is the year's season harvested by the report's date)
        if (figure_period.end - r.period_end).days > (31 if partial_year else 7) and not crop_or_school_year:
            return "forecast"
        return "estimate"
    return "actual"


# The marker of a list item: "(3)", "3.", "3)", "b)", "-", "+", "•".
_ITEM_MARKER = re.compile(r"[ \t]*(\(\d{1,2}\)|\d{1,2}[.)]|[a-zđ]\)|[-+•–])[ \t]")


def _marker_kind(marker: str) -> str:
    if marker.startswith("("):
        return "(n)"
    if marker[0].isdigit():
        return "n."
    return "a)" if marker[0].isalpha() else "-"


def list_head_line(w: str, offset: int) -> int | None:
    """Where the line opening the list of ``offset``'s item starts: the first line above the items marked like
    it that ends with a colon ("Một số khoản thu chủ yếu:", "... tăng 8,7%. Trong đó:"); None for no list item
    or a list without such a line. Nested lists each have their own opening line ("- Thu nội địa ...: ..." opens
    "(1) ...", "(2) ...")."""
    start = w.rfind("\n", 0, offset) + 1
    item = _ITEM_MARKER.match(w, start)
    if not item:
        return None
    kind = _marker_kind(item.group(1))
    line = start
    for _ in range(40):  # a list is short; a walk this long has left it
        if line == 0:
            return None
        previous = w.rfind("\n", 0, line - 1) + 1
        text = w[previous:line - 1]
        marker = _ITEM_MARKER.match(text)
        if marker and _marker_kind(marker.group(1)) == kind:
            line = previous
            continue
        if not text.rstrip().endswith(":"):
            return None
        # the figures of the opening line are the list's total when its last sentence opens the parts ("...
        # tăng 8,7%. Trong đó:", "... Một số khoản thu chủ yếu:") or states them; a sentence of a new subject
        # ("... (45,1%). Tiến độ một số dự án trọng điểm:") does not
        last = re.split(r"(?<!\d)[.;]\s", text.rstrip())[-1]
        return previous if _PARTS_OPENER.search(last) or re.search(r"\d", last) else None
    return None


def _list_estimated(r: ReportContext, offset: int, head: Figure | None) -> bool:
    """Whether a list item is estimated by the line that opens its list: that line's figures are estimates, or its
    words say so ("Tổng thu ngân sách ước thực hiện ... gồm:"); a table row by its header row."""
    line = r.paragraph_of(offset)
    if "\t" in r.w[line:r.w.find("\n", offset) if "\n" in r.w[offset:] else len(r.w)]:
        return r.list_head_estimated(offset)
    head_line = list_head_line(r.w, offset)
    if head_line is None:
        return False
    if head is not None and head.status == "estimate":
        return True
    text = r.w[head_line:r.w.find("\n", head_line)].rstrip()
    last = re.split(r"(?<!\d)[.;]\s", text)[-1]
    # the parts opened by "Trong đó:" are of the sentence before it: its estimate words count
    return bool(ESTIMATE.search(text if _PARTS_OPENER.search(last) else last))


# The end of a line that opens the parts of what it states: "Trong đó:", "gồm:", "Một số khoản thu chủ yếu:".
_PARTS_OPENER = re.compile(
    r"(?:trong đó|bao gồm|gồm|cụ thể|chia ra|theo\s+\S+(?:\s+\S+)?|trong\s+(?:các|số|tổng số)(?:\s+\S+){0,6}|"
    r"trong\s+mức\s+(?:tăng|giảm)(?:\s+\S+){0,4}|"
    r"(?:một số|các)\s+(?:khoản|mặt hàng|sản phẩm|ngành|nhóm|lĩnh vực)[^:]{0,40})\s*:\s*$",
    re.IGNORECASE,
)


def _own_clause(left_local: str) -> str:
    """The figure's own clause: its words after the last bracket, comma or semicolon before it."""
    return re.split(r"[(,;]", left_local)[-1]


def quoted_elsewhere(r: ReportContext, figure: Figure, left_local: str) -> None:
    """A figure of another area quoted beside the province's ("(cả nước tăng 7,5%)", "cao hơn mức tăng chung của
    cả nước (6,8%)") is that area's published result: an estimate only when its own words say so ("cả nước ước
    tăng khoảng 5%", "mức tăng dự kiến của cả nước") or the report says all its figures are estimates, not because
    the province's figure beside it is estimated."""
    area = figure.area or ""
    if figure.status != "estimate" or not area or "/" in area or area == r.province or r.all_estimates:
        return
    if not search(ESTIMATE, re.split(r"[,;]", left_local)[-1]):
        figure.status, figure.estimate = "actual", False


def apply_estimates_note(r: ReportContext, figures: list[Figure]) -> None:
    """A report that says its last month's figures are estimates ("Số liệu tháng 8 là số ước tính, số liệu 8 tháng
    là số cộng dồn"): its actual figures of that month, or of a period ending with it, in tables too, are."""
    if not r.all_estimates:
        return
    for f in figures:
        ends = parse_period(f.period).end
        # (a day counts so only in the report's last month: "số thực hiện đến ngày 30/11" in a yearly report is known)
        ends_with_report = f.period == r.period or (
            (ends.year, ends.month) == (r.period_end.year, r.period_end.month) if _DAY.fullmatch(f.period)
            else abs((ends - r.period_end).days) <= 31
        )
        if f.status == "actual" and ends_with_report:
            f.status, f.estimate = "estimate", True


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_DETAIL_MEASURES = ("value", "change_pct", "change_abs", "change_pp", "share_pct", "contribution_pp", "plan_pct")


def inherit_estimates(r: ReportContext, figures: list[Figure]) -> None:
    """The details of an estimated figure are estimated: after "GRDP ước tăng 7,2%", the sectors' growth,
    contributions and shares of the same period in the same section, however they are worded."""
    estimated: dict[int, set[tuple[str, str]]] = {}  # section start -> (indicator, period) estimated so far
    for f in sorted(figures, key=lambda f: f.start):
        if not f.indicator:
            continue
        section = r.section_start(f.start)
        known = estimated.setdefault(section, set())
        if f.status == "estimate":
            known.add((f.indicator, f.period))
        elif f.status == "actual" and f.measure in _DETAIL_MEASURES and any(
            period == f.period and indicator in r.lex.ancestors.get(f.indicator, ())
            for indicator, period in known
        ):
            f.status, f.estimate = "estimate", True

