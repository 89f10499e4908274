"""Whether a figure is an actual, an estimate, a target or plan, or a forecast."""

from __future__ import annotations

import re
from datetime import date

from provkg.core.model import Figure
from provkg.core.patterns import search
from provkg.core.periods import parse_period
from provkg.extract.context import DAY_MONTH, ESTIMATE, ReportContext
from provkg.extract.notation import Candidate
from provkg.extract.period import CROP_SEASON, UP_TO, WORK_ATTRIBUTE  # CROP_SEASON: "vụ Hè Thu", "lúa Đông Xuân"
from provkg.extract.vocabulary import vocabulary

# A task stated as such: "nhiệm vụ từ nay đến cuối năm là ...", "nhiệm vụ trọng tâm năm 2025 là ...".
_TASK = (r"nhiệm vụ(?:\s+(?:trọng tâm|chủ yếu|chính))?(?:\s+(?:từ nay đến cuối năm|(?:những|các|\d{1,2})\s+tháng"
         r"\s+cuối\s+năm|thời gian tới|năm\s+\d{4}))?\s+là")
# A target or plan named before a figure: "phấn đấu", "mục tiêu", "KH năm", "kế hoạch năm 2021 là".
_TARGET_CUE = re.compile(
    r"(?<!\w)(?:phấn đấu|mục tiêu(?!\s+quốc gia)|"
    r"(?<![\d/] )chỉ tiêu(?!\s+(?:đạt|thực hiện|cơ bản|chủ yếu|kinh tế|như|chưa|không|vượt|đã|còn|hoàn thành"
    r"|(?:cao|thấp|nhỉnh)\s+hơn))|"
    r"định hướng|" + _TASK + "|"
    r"KH\s+năm|(?<!theo )(?<!đúng )(?<!với )kế hoạch\s+(?:năm\s+\d{4}\s+)?(?:là|đề ra|giao(?!\s+cho)|đặt ra)|"
    r"kế hoạch\s+năm\s+(?:tăng|giảm)|"
    r"dự toán\s+(?:năm\s+\d{4}\s+)?(?:là|giao(?!\s+cho)))(?!\w)",
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
# ("mới" as "only" before a verb of result, not as "new": "việc làm mới")
_RESULT_WORD = re.compile(
    r"(?<!\w)(?:thực hiện|ước|đã|mới(?=\s+(?:đạt|bằng|giải ngân|thực hiện|hoàn thành|được|có|thu))|còn|so với|"
    r"giải ngân|(?:cao|thấp|nhỉnh|lớn|nhỏ)\s+hơn)(?!\w)",
    re.IGNORECASE,
)
# A scenario's figure: "kịch bản tăng 10,2%", "thấp hơn kịch bản đề ra (8,8%)".
_SCENARIO = re.compile(r"(?<!\w)kịch bản(?:\s+(?:tăng trưởng|đề ra|tăng|là|Chính phủ giao))*\s*\(?\s*$", re.IGNORECASE)
# Striving for a share of the plan is a target too: "phấn đấu giải ngân 100% kế hoạch vốn", and so is a task
# ("nhiệm vụ từ nay đến cuối năm là đưa tỷ lệ giải ngân lên 95%").
_STRIVE = re.compile(r"(?<!\w)(?:phấn đấu|" + _TASK + r")(?!\w)", re.IGNORECASE)
# An amount allocated, named right before it, is a plan: "vốn ba chương trình được giao 589 tỷ đồng", "tỉnh đã
# phân bổ, giao chi tiết 1.200 tỷ đồng" (not "đã bàn giao 99% mặt bằng", a hand-over).
_ALLOCATED = re.compile(
    r"(?<!\w)(?<!bàn )(?:được\s+)?(?:giao|phân bổ)(?:\s+(?:vốn|kế hoạch|chi tiết))?\s+(?:là\s+)?$", re.IGNORECASE
)
# Only money allocated is a plan to spend; goods handed out ("phân bổ 300 tấn gạo cứu đói", "giao 40 con bò giống cho
# hộ nghèo") are what was delivered.
MONEY_UNIT = re.compile(r"(?:đồng|USD|VNĐ|VND)$", re.IGNORECASE)  # an amount of money, whatever its scale
# What must be reached to meet a target is one too: "các quý còn lại cần tăng bình quân 11%", "6 tháng cuối năm
# phải tăng ít nhất 8%", "quý IV cần thu 1.200 tỷ đồng".
_REQUIRED = re.compile(
    r"(?<!\w)(?:cần|phải)\s+(?:tăng|đạt|giảm|thu|giải ngân)(?:\s+[^\W\d]+){0,3}\s*$", re.IGNORECASE
)


# An expectation for a period that runs past the report's: "dự kiến cả năm", "ước cả năm", "dự báo"; for a whole
# crop or season still growing, in words of expectation: "dự kiến cả vụ", "cả niên vụ dự ước".
_FORECAST_CUE = re.compile(
    r"(?<!\w)(?:dự báo|(?:dự kiến|ước(?:\s+(?:tính|thực hiện|đạt))?)\s+(?:cả|hết|đến hết|đến cuối)\s+năm|"
    r"(?:ước|dự kiến)\s+năm\s+\d{4}|cả\s+năm(?:\s+\S+){0,3}?\s+(?:có thể|sẽ|dự kiến|dự ước)|thì\s+cả\s+năm|"
    r"(?:dự kiến|dự ước)\s+cả\s+(?:niên\s+)?vụ|cả\s+(?:niên\s+)?vụ(?:\s+\S+){0,3}?\s+(?:dự kiến|dự ước))(?!\w)",
    re.IGNORECASE,
)
# "đã" of a thing done, not of a plan set ("đã đề ra", "đã được giao").
_DONE = re.compile(
    r"(?<!\w)đã(?!\w)(?!\s+(?:được\s+)?(?:đề ra|giao|đặt ra|thông qua|phê duyệt|ban hành)(?!\w))", re.IGNORECASE
)
# The words of a clause stating a result: done, estimated, or what happened in fact ("đã tuyển", "ước thực hiện",
# "thực tế").
_RESULT_CLAUSE = re.compile(_DONE.pattern + r"|(?<!\w)(?:ước|sơ bộ|thực tế)(?!\w)", re.IGNORECASE)
# The heading of a section expecting the whole year: "Dự kiến thực hiện cả năm", "ƯỚC THỰC HIỆN CẢ NĂM 2024",
# "Dự báo tình hình cả năm".
_FORECAST_HEADING = re.compile(
    r"\s*(?:dự kiến|ước|dự báo)(?:\s+(?:thực hiện|tình hình|kết quả))?\s+(?:cả\s+năm|năm\s+\d{4})", re.IGNORECASE
)
# The line opening a list, a plan's name alone: "Kế hoạch năm 2024:", "Dự toán HĐND tỉnh giao:", "Chỉ tiêu kế
# hoạch:" (not "Kết quả thực hiện kế hoạch năm 2024:").
_PLAN_LIST_HEAD = re.compile(
    r"\s*(?:[-–+]\s*)?(?:kế hoạch|KH|dự toán|chỉ tiêu(?:\s+kế hoạch)?|mục tiêu)"
    r"(?:\s+(?:năm(?:\s+\d{4})?|vốn|điều chỉnh|(?:được\s+)?giao|(?:HĐND|UBND)(?:\s+tỉnh)?(?:\s+giao)?))*\s*:\s*",
    re.IGNORECASE,
)
# Words of expectation, not of estimation: what they state is not yet done ("dự kiến năng suất đạt 58 tạ/ha").
_EXPECTED = re.compile(r"(?<!\w)(?:dự kiến|dự báo|dự ước)(?!\w)", re.IGNORECASE)


# The unit of a count of targets: "20 chỉ tiêu chủ yếu", "17/20 chỉ tiêu".
_COUNTS_TARGETS = re.compile(r"chỉ tiêu(?!\w)", re.IGNORECASE)
# A plan, target or scenario named right before a figure, with a few words and a change verb or an opening bracket
# between: "(kế hoạch tăng 10%)", "mục tiêu kế hoạch năm (10%)", "kịch bản tăng trưởng 9 tháng (6,2%)", "kế hoạch
# năm đặt ra mức tăng 6-7%", "mục tiêu tăng trưởng từ 10% trở lên", "(kế hoạch năm 2024: 18,9%)", with an aside in
# brackets before the colon too ("kế hoạch năm 2024 (sau điều chỉnh): 1.850 tỷ đồng"); or right before it: "(kế
# hoạch 92,5%)", "so với chỉ tiêu 92%" (but "thấp hơn kế hoạch 0,6 điểm" is a difference from the plan, not
# the plan; nor is "so với kế hoạch cao hơn bình quân cả nước (41,3%)" a plan: a comparison follows the plan word).
_PLANNED_BEFORE = re.compile(
    r"(?<!\w)(?:kế hoạch|KH|mục tiêu(?!\s+quốc gia)|chỉ tiêu|kịch bản)"
    r"(?:(?:\s+(?!(?:và|nhưng|song|mà|đạt|bằng|vượt|so|với|của|được|đã|còn|hơn)(?!\w))[^\s\d,;:()%]+"
    r"|\s+\d{1,2}\s+tháng|\s+\d{4}){0,6}?"
    r"(?:\s*\(\s*|(?:\s*\([^()\n]{1,60}\))?\s*:\s*"
    r"|\s+(?:mức\s+)?(?:tăng|giảm)(?:\s+trưởng(?:\s+(?:GRDP|GDP|kinh tế))?)?\s+)|\s+)"
    r"(?:từ\s+|khoảng\s+|trên\s+|dưới\s+)?$",
    re.IGNORECASE,
)
_DIFFERENCE_FROM_PLAN = re.compile(
    r"(?:cao hơn|thấp hơn|vượt|hụt|đạt|bằng)\s+(?:so với\s+)?(?:kế hoạch|KH|chỉ tiêu|mục tiêu)\s+$", re.IGNORECASE
)


def _result_clause(sentence_left: str) -> bool:
    """Whether the figure's clause, after a semicolon, states a result in its own words: no target, whatever heads
    its sentence ("Chỉ tiêu kế hoạch: tuyển sinh 1.200 học viên; thực tế đã tuyển 1.150 học viên")."""
    return ";" in sentence_left and bool(search(_RESULT_CLAUSE, sentence_left.rsplit(";", 1)[1]))


def in_targets_list(sentence_left: str) -> bool:
    """Whether a figure is an item of a sentence that opens a list of targets (``TARGETS_HEAD``: "Mục tiêu chủ yếu:
    ..."), not in a clause of results after it ("...; ước thực hiện 3.150 ha")."""
    return bool(TARGETS_HEAD.match(sentence_left)) and not _result_clause(sentence_left)


def planned_before(left: str) -> bool:
    """Whether the words right before a figure name it as a plan, target or scenario (``_PLANNED_BEFORE``)."""
    return bool(search(_PLANNED_BEFORE, left)) and not search(_DIFFERENCE_FROM_PLAN, left)


# A sentence that details the one before: its figures share the estimate of their total.
DETAIL_OPENER = re.compile(
    r"\s*(?:trong đó|trong tổng số|trong mức tăng|cụ thể|chia theo|theo khu vực|về cơ cấu|cơ cấu kinh tế)",
    re.IGNORECASE,
)


_SET_COUNT = vocabulary().set_count


def names_a_set(w: str, cand: Candidate) -> bool:
    """Whether the count at ``cand`` names a set rather than a quantity to reach (vocabularies/extraction.toml
    [cues] set_count): the parts of a plan ("3 khâu đột phá", "4 nhóm giải pháp chủ yếu"), a set fixed by law or
    custom ("3 loại rừng", "liên kết 4 nhà", "8 tỉnh khu vực Tây Bắc")."""
    for m in _SET_COUNT.finditer(w, max(0, cand.start - 12), min(len(w), cand.end + 80)):
        if cand.start in (m.start("n"), m.start("linked")):
            return True
    return False


def status_of(
    r: ReportContext, cand: Candidate, measure: str, left_local: str, sentence_left: str, comparison: str | None,
    period: str, before: tuple[tuple[int, int], Figure] | None, list_head: Figure | None = None,
    sentence_first: Figure | None = None,
) -> str:
    """Actual, estimate, target or forecast: from the plan and target words before the figure, the tasks part of
    the report, the estimate words of its sentence (or of the sentence it details, or of the figures of the line
    that opens its list, ``list_head``), and a report-wide note. ``sentence_first``: the first figure of its sentence
    (None for the first)."""
    if comparison == "prior":
        return "actual"  # last year's result, quoted for comparison
    head = sentence_left.split(";", 1)[0] if ";" in sentence_left else ""
    if measure == "plan_value":
        return "target"
    if not _COUNTS_TARGETS.match(cand.unit) and in_targets_list(sentence_left):
        return "target"  # an item of a list of targets, a plan achievement to reach too ("giải ngân trên 95% kế hoạch")
    # the cue is looked for with a few characters before the figure's own words, so that "26 chỉ tiêu" (a count of
    # targets) is seen as a count
    own = sentence_left[max(0, len(sentence_left) - len(left_local) - 4):]
    # A count of targets ("20 chỉ tiêu chủ yếu", "(9 chỉ tiêu vượt, 8 chỉ tiêu đạt)") is a count, whatever
    # target words stand around it: its status is its sentence's, never a target's.
    # (nor is an item of a list of results, whatever it is headed by: "Các chỉ tiêu đã đạt được: ...")
    targetable = not _COUNTS_TARGETS.match(cand.unit) and not RESULTS_HEAD.match(sentence_left) \
        and not names_a_set(r.w, cand)  # (nor a count naming a set: "3 khâu đột phá" is no quantity to reach)
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
    if targetable and _PLAN_LIST_HEAD.fullmatch(_list_head_words(r, cand.start)):
        return "target"  # an item of a list opened by a plan's name alone: "Kế hoạch năm 2024:", "Dự toán HĐND giao:"
    if targetable and search(_REQUIRED, _own_clause(left_local)):
        return "target"
    if targetable and measure in ("value", "plan_value") and MONEY_UNIT.search(cand.unit) \
            and search(_ALLOCATED, left_local):
        return "target"
    cue = search(_TARGET_CUE, head) if targetable and measure != "plan_pct" else None
    if cue and not re.search(r"\d", head[:cue.start()]) and not _RESULT_WORD.search(head) \
            and not _result_clause(sentence_left) and not search(_EXPECTED, sentence_left.rsplit(";", 1)[1]):
        # "Mục tiêu: tăng trưởng 7%; thu ngân sách ...": a head that sets targets before any figure (nor a clause of
        # expectation after it: "...; tỉnh dự kiến tăng trưởng GRDP năm 2024 đạt khoảng 7,2%"; not "... đạt
        # khoảng 52%, phấn đấu thông xe trong năm; đường T9 hoàn thành 76% khối lượng", a result and an aim;
        # nor "Về các chỉ tiêu chung, đã có 14 chỉ tiêu đạt kế hoạch; ...", a head of results)
        return "target"
    strive = search(_STRIVE, head)
    strives = bool(search(_STRIVE, left_local)) or strive is not None and not re.search(r"\d", head[:strive.start()])
    if measure == "plan_pct" and strives:
        return "target"  # (not "Cầu A xong 91% khối lượng, phấn đấu thông xe trước Tết; đường B ... đạt 69%")
    apart = _marked_apart(sentence_left, cand, sentence_first)
    estimated = bool(search(ESTIMATE, sentence_left)) and not apart
    in_tasks = cand.start >= r.tasks_start and not r.seg.section_at(cand.start).startswith("FN/") \
        or _note_cited_in_tasks(r, cand.start)
    done = bool(search(_DONE, re.split(r"[(;]", sentence_left)[-1]))
    # (in the tasks part, words of expectation alone plan the next period: "1. Quy mô: dự kiến tổng số học sinh đạt
    # khoảng 337.000 em" is a target, not an estimate)
    expected_only = in_tasks and estimated and not search(ESTIMATE, _EXPECTED.sub(" ", sentence_left))
    if in_tasks and (not estimated or expected_only) and targetable and not done:
        # (not a result quoted in the tasks: "... gieo trồng 15.500 ha (đến ngày 25/11 đã gieo trồng 13.900 ha)")
        return "target"
    if targetable and before is not None and before[1].status == "target" \
            and before[0] == r.sentence_of(cand.start) \
            and ";" not in left_local and ")" not in left_local \
            and (measure != "plan_pct" or before[1].measure == "plan_pct") and not _RESULT_WORD.search(left_local):
        # (a plan stated in brackets is an aside: "(kế hoạch 13.500 tỷ đồng) và tăng 9,6%" is a result)
        return "target"  # "đặt mục tiêu tăng trưởng 10%, thu ngân sách 12.350 tỷ đồng, đón 5 triệu lượt khách"
    if partial_year and (search(_FORECAST_CUE, left_local) or search(_FORECAST_CUE, head)
                         or search(_FORECAST_CUE, _list_head_words(r, cand.start))
                         or _FORECAST_HEADING.match(r.section_title(cand.start))
                         and parse_period(period).end > r.period_end):
        # (an item of a list opened by "Ước cả năm:" in a report of part of the year too; a figure of a time past
        # the report's under a heading that expects the year: "1. Dự kiến thực hiện cả năm")
        return "forecast"
    if partial_year and before is not None and before[1].status == "forecast" \
            and before[0] == r.sentence_of(cand.start) and ";" not in left_local \
            and not _RESULT_WORD.search(left_local) and not search(ESTIMATE, left_local):
        return "forecast"  # "thu tiền sử dụng đất dự báo chỉ đạt 850 tỷ đồng, hụt 250 tỷ đồng so với dự toán"
    if not estimated and not apart and before is not None and before[1].status == "estimate" \
            and (before[0] == r.sentence_of(cand.start) or DETAIL_OPENER.match(sentence_left)) \
            and not _noted_only(r, before):
        estimated = True  # the rest of an estimated sentence, or the sentence that details it
    if not estimated and _list_estimated(r, cand.start, list_head):
        estimated = True  # the items of a list opened by an estimated line: "... ước đạt 6.948 tỷ đồng. Trong đó:"
    figure_period = parse_period(period)
    if not estimated and noted_estimate(r, period, sentence_left, cand.start):
        estimated = True  # "Số liệu tháng 8 là số ước tính": the figures of the month the note names
    if estimated:
        if figure_period.end < r.period_begin:
            return "actual"  # a past period's result quoted beside the estimate ("quý I năm 2025 tăng 7,12%")
        compared = re.search(r"(?<!\w)(?:hơn|so với)(?:\s+[^\W\d]+){0,2}\s*$", left_local, re.IGNORECASE)
        if (r.period_end - figure_period.end).days > 27 \
                and (compared or not search(ESTIMATE, re.split(r"[(;]", sentence_left)[-1])):
            # an earlier part of the period, known before the report ("(8 tháng đầu năm đạt 319,4 nghìn tấn)" in
            # a yearly report, "cao hơn mức 6,5% của quý I"): estimated only if the words of its clause say so
            # ("IIP tháng 11 ước tăng 2,1% so với tháng trước và tăng 9,9% so với cùng kỳ")
            return "actual"
        # (a crop or school year "2023/2024" ends within its second year, not on its last day)
        crop_or_school_year = figure_period.kind == "span" and figure_period.end.year - figure_period.begin.year == 1
        # beyond the report's period: "dự kiến đến 31/01/2020 giải ngân đạt trên 90%" in a yearly report (a level
        # counted on the day after the period, "thời điểm 01/10", is no forecast; in a report of part of the year,
        # nor is the year's season harvested by the report's date)
        beyond = (figure_period.end - r.period_end).days > (31 if partial_year else 7)
        if beyond and (search(_EXPECTED, _own_clause(left_local))
                       or not crop_or_school_year and not search(CROP_SEASON, sentence_left)):
            # (a crop still growing, in words of expectation: "Lúa đang trổ, dự kiến năng suất đạt 58 tạ/ha")
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
    nested = False  # whether the items passed last are of another list (one nested in an item of ours)
    for _ in range(40):  # a list is short; a walk this long has left it
        if line == 0:
            return None
        previous = w.rfind("\n", 0, line - 1) + 1
        text = w[previous:line - 1]
        marker = _ITEM_MARKER.match(text)
        other_kind = marker is not None and _marker_kind(marker.group(1)) != kind
        if marker and (not other_kind or not text.rstrip().endswith(":")):
            # (the items of a list nested in an earlier item of ours are passed over: "2. Chi thường xuyên ...;
            # trong đó:", "- Chi giáo dục ...", "3. Chi trả nợ ...": item 3 is of the list item 2 is of; an item
            # of another kind ending with a colon opens ours)
            nested = other_kind
            line = previous
            continue
        if nested or not text.rstrip().endswith(":"):
            return None
        # the figures of the opening line are the list's total when its last sentence opens the parts ("...
        # tăng 8,7%. Trong đó:", "... Một số khoản thu chủ yếu:") or states them; a sentence of a new subject
        # ("... (45,1%). Tiến độ một số dự án trọng điểm:") does not
        last = re.split(r"(?<!\d)[.;]\s", text.rstrip())[-1]
        # (or a line of estimate words alone: "Ước cả năm:", "Ước thực hiện 6 tháng:"; or a plan's name alone:
        # "Dự toán HĐND tỉnh giao:")
        return previous if _PARTS_OPENER.search(last) or re.search(r"\d", last) or ESTIMATE.search(last) \
            or _PLAN_LIST_HEAD.fullmatch(last) else None
    return None


def _list_head_words(r: ReportContext, offset: int) -> str:
    """The last sentence of the line opening the list of ``offset``'s item ("" for none)."""
    head_line = list_head_line(r.w, offset)
    if head_line is None:
        return ""
    return re.split(r"(?<!\d)[.;]\s", r.w[head_line:r.w.find("\n", head_line)].rstrip())[-1]


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


def _marked_apart(sentence_left: str, cand: Candidate, first: Figure | None) -> bool:
    """Whether the estimate words of a figure's sentence stand in an earlier clause (before a semicolon) and after
    the sentence's first figure (``first``): a writer who marks one figure among stated ones marks its clause only,
    and the next clause's figures are stated ones ("Vụ Xuân cấy 74.863 ha, năng suất ước đạt 71 tạ/ha; vụ Mùa
    cấy 75.000 ha", "cây nho còn 1.058 ha, sản lượng ước 17.056 tấn; xoài 671 ha"). A clause of parts ("; trong
    đó ...") is of its total: apart only when its total is that first figure ("thu hoạch 3.640 ha, năng suất ước
    58,2 tạ/ha; trong đó huyện A 1.920 ha", not "Nếu giá dầu ở mức 65 USD/thùng, dự kiến thu 16.850 tỷ đồng;
    trong đó ... 5.320 tỷ đồng")."""
    if first is None or ";" not in sentence_left:
        return False
    earlier, own = sentence_left.rsplit(";", 1)
    marker = search(ESTIMATE, earlier)
    sentence_start = cand.start - len(sentence_left)
    if marker is None or search(ESTIMATE, own):
        return False
    # a writer who marks clause after clause ("Tổng đàn lợn ước 440.000 con; đàn gia cầm ước 16,7 triệu con; đàn
    # trâu, bò 19.800 con") leaves a clause unmarked on purpose
    marked_clauses = sum(1 for clause in earlier.split(";") if search(ESTIMATE, clause))
    if first.start - sentence_start >= marker.start() and marked_clauses < 2:
        return False
    # (a clause of parts goes on over the semicolons after it: "...; trong đó nhãn 5.120 ha, sản lượng 41.000 tấn;
    # bưởi 36.800 tấn" lists parts of the estimated output)
    parts = any(DETAIL_OPENER.match(clause) for clause in sentence_left[marker.end():].split(";")[1:])
    return not parts or first.unit_text == cand.unit


def _own_clause(left_local: str) -> str:
    """The figure's own clause: its words after the last bracket, comma or semicolon before it."""
    return re.split(r"[(,;]", left_local)[-1]


def quoted_elsewhere(r: ReportContext, figure: Figure, left_local: str) -> None:
    """A figure of another area quoted beside the province's ("(cả nước tăng 7,5%)", "cao hơn mức tăng chung của
    cả nước (6,8%)") is that area's published result: an estimate only when its own words say so ("cả nước ước
    tăng khoảng 5%", "mức tăng dự kiến của cả nước") or the report says all its figures are estimates, not because
    the province's figure beside it is estimated."""
    area = figure.area or ""
    if figure.status != "estimate" or not area or "/" in area or area == r.province \
            or noted_estimate(r, figure.period, at=figure.start):
        return
    if not search(ESTIMATE, re.split(r"[,;]", left_local)[-1]):
        figure.status, figure.estimate = "actual", False


def noted_estimate(r: ReportContext, period: str, words: str = "", at: int | None = None) -> bool:
    """Whether a note makes a figure of ``period`` an estimate (``ReportContext.noted_at``): a figure of a
    period it names, a month or a date of its last month, or a running total from the start of the year up to a
    month it names (the sum holds the estimate). A stock stated without a date, counted on the report's last day, is
    not the data of a month the note names for a longer report ("(số liệu tháng 12 là số ước tính)" in a yearly
    report: the year's results and its counts of markets are not December's); a note saying what day its counts run
    to ("Số liệu tổng hợp đến ngày 30/11 và ước thực hiện cả năm") leaves what is dated up to that day counted, but
    not a stock on the report's last day, which its data cannot reach (annotation guide 3.3). A crop
    season named in the figure's sentence (``words``) is harvested and counted, not the year's estimate. A note
    limited to a field ("Số liệu thủy sản năm 2020 là số ước tính") covers the part of the report about it
    (the figure at ``at``); what a work is by its design (its cost, length, capacity) is no data a note covers; a
    note on the report's whole period leaves the counts its sentence (or the line opening
    its list) dates to a day before the period's last ("Tính tới ngày 15/3/2018, có 2.740 hộ đã nhận hỗ trợ")
    as counted, by the figure's date or the day its words count it to (a count to the last day is the note's)."""
    noted = r.noted_at(at)  # (each note's own periods, of the notes whose field covers the figure)
    if not noted or _what_a_work_is(words):
        return False
    figure = parse_period(period)
    whole_period = r.period in noted and all(parse_period(c).kind != "month" for c in noted)
    if whole_period and (figure.kind == "date" and figure.end < r.period_end or _counted_to_earlier_day(r, words, at)):
        return False  # counted to a day before the period's end (a month's note covers the days of that month)
    if period in noted:
        return figure.kind == "month" or not search(CROP_SEASON, words)
    if r.noted_counted_to and figure.kind in ("month", "date") and figure.end.isoformat() <= r.noted_counted_to:
        return False  # "... được ước tính dựa trên số thực hiện tới 15/12": counted to that day, not estimated
    for code in noted:
        note = parse_period(code)
        within = note.begin <= figure.begin and figure.end <= note.end and figure.kind in ("month", "date") \
            and (note.end - figure.end).days <= 31  # (a level of its last month, not of 30/9 in a yearly note)
        if within and (code == r.period or period != r.ref_date):
            return True
        running_total = figure.kind in ("months", "quarter", "half") and figure.begin.month == 1
        if note.kind == "month" and running_total and figure.end == note.end:
            return True
    return False



def _counted_to_earlier_day(r: ReportContext, words: str, at: int | None) -> bool:
    """Whether a figure's sentence, or the line opening its list, counts it up to a day before the report's last
    ("Tới ngày 15/3/2018, có ...", "từ 01/4 đến 25/5 đã nhận ..."): the period the figure is given may not
    be that day yet. The report's last day itself is the note's ("tính đến ngày 30/6" in a half-year report), and so
    is a day after it ("đến 31/01/2025" in a 2024 report): the day's year, when written, counts."""
    for text in (words, r.list_lead(at) if at is not None else ""):
        for up_to in UP_TO.finditer(text):
            day = DAY_MONTH.search(text, up_to.start())  # (from the words "đến ...": the year may follow the match)
            if not day or day.start() >= up_to.end():
                continue
            try:
                counted_to = date(int(day.group(3) or r.year), int(day.group(2)), int(day.group(1)))
            except ValueError:
                continue  # no day of the calendar
            if counted_to < r.period_end:
                return True
    return False


def _noted_only(r: ReportContext, before: tuple[tuple[int, int], Figure]) -> bool:
    """Whether a figure is an estimate by a note alone, no estimate word before it in its sentence: the note, not
    the figure, says what else is estimated ("Các số liệu cả năm là số ước tính ...": "thành lập mới 42 hợp tác
    xã; toàn tỉnh hiện có 610 hợp tác xã" holds a level of a day the note leaves out)."""
    (sentence_start, _), figure = before
    words = r.w[sentence_start:figure.start]
    return not search(ESTIMATE, words) and noted_estimate(r, figure.period, words, figure.start)


def apply_estimates_note(r: ReportContext, figures: list[Figure]) -> None:
    """A report that says which figures are estimates ("Số liệu tháng 5 là số ước tính, số liệu 5 tháng là số
    cộng dồn"): its actual figures the note covers (``noted_estimate``), in tables too, are."""
    if not r.noted_estimates:
        return
    for f in figures:
        if f.status == "actual" and noted_estimate(r, f.period, r.w[r.sentence_of(f.start)[0]:f.start], f.start):
            f.status, f.estimate = "estimate", True


# A network of works, whose length sums its parts: "Hệ thống đường huyện dài ...".
_NETWORK = re.compile(r"^\s*(?:[-+•]\s*)?hệ thống(?!\w)", re.IGNORECASE)


def _what_a_work_is(words: str) -> bool:
    """Whether the words before a figure (its sentence so far) name what one work is, its cost, length, width,
    capacity or design speed ("Dự án đường tỉnh A: chiều dài 18,4 km, tổng mức đầu tư 760 tỷ đồng"): set by its
    design, not data of the report's period that a note on estimates could cover. Not a length summed over
    several ("quản lý 12 tuyến với tổng chiều dài 310 km", "Hệ thống đường xã dài 2.140 km")."""
    if not search(WORK_ATTRIBUTE, words[-60:]):
        return False
    clause = re.split(r"[,;:(]", words)[-1]
    return not re.search(r"\d", clause) and not _NETWORK.match(words)


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



def restated_headlines(r: ReportContext, figures: list[Figure]) -> None:
    """A headline ("Kinh tế tỉnh 9 tháng tăng trưởng 7,4%, ...": a first line without a full stop) states what the
    body states below it, and is as estimated as the body's first figure of the same quantity ("GRDP 9 tháng ước
    tăng 7,4%"), whatever words it uses."""
    third_line_end = -1  # (a headline is on the first three lines: lines starting after the third newline are not)
    for _ in range(3):
        third_line_end = r.w.find("\n", third_line_end + 1)
        if third_line_end < 0:
            break
    for f in figures:
        line_start, line_end = r.line_of(f.start)
        if 0 <= third_line_end < line_start or r.w[line_start:line_end].rstrip().endswith(".") or not f.indicator:
            continue
        if f.status != "actual":
            continue
        body = next((g for g in figures if g.start > line_end and g.indicator == f.indicator and
                     g.measure == f.measure and g.period == f.period and g.area == f.area), None)
        if body is not None and body.status == "estimate":
            f.status, f.estimate = "estimate", True


def restated_estimates(r: ReportContext, figures: list[Figure]) -> None:
    """A figure of running text that states again an estimated figure of running text, the same value of the same
    quantity for the same period ("GRDP 9 tháng ước tăng 7,4%" ... "(1) Tốc độ tăng trưởng 9 tháng đạt 7,4%, chưa
    đạt kịch bản"; a heading "Thu ngân sách đạt 81% dự toán" over "... ước đạt ..., bằng 81% dự toán"), is that
    estimate, before or after it. A small whole number ("5 dự án") says too little to be the same figure; a table's
    "Ước thực hiện" column does not make the text's results estimates."""
    def in_text(f: Figure) -> bool:
        line_start, line_end = r.line_of(f.start)
        return "\t" not in r.w[line_start:line_end]

    estimated: dict[tuple[object, ...], Figure] = {}
    for f in figures:
        if f.status == "estimate" and in_text(f):
            estimated.setdefault((f.value, f.unit_text, f.measure, f.period, f.area, f.indicator), f)
    if not estimated:
        return
    for f in figures:
        small = f.value == int(f.value) and abs(f.value) < 10
        key = (f.value, f.unit_text, f.measure, f.period, f.area, f.indicator)
        if f.status == "actual" and not small and key in estimated and in_text(f):
            f.status, f.estimate = "estimate", True


def _note_cited_in_tasks(r: ReportContext, offset: int) -> bool:
    """Whether ``offset`` is in a footnote cited from the part on the next period's tasks: the note's figures are
    what the tasks' sentence plans ("quý IV phải tăng từ 12,3% trở lên(3)" ... "(3) Tính trên cơ sở tỷ trọng GRDP
    quý IV chiếm khoảng 28%")."""
    section = r.seg.section_at(offset)
    if not section.startswith("FN/"):
        return False
    note = r.seg.footnotes[int(section[3:]) - 1]
    return note.anchor is not None and note.anchor >= r.tasks_start
