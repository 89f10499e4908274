"""The period of a figure and the period it is compared with: dates, months, spans of months, stocks at a
date, school years, footnotes' anchors, "so với cùng kỳ", "so với quý trước", "so với đầu năm"."""

from __future__ import annotations

import bisect
import re
from datetime import date

from provkg.core.model import Figure
from provkg.core.patterns import search
from provkg.core.periods import (
    MONTH_WORD_PATTERN,
    MONTH_WORDS,
    QUARTER_NUMERAL,
    ROMAN,
    SPAN_CODE,
    first_months,
    is_school_year,
    last_months,
    month_number,
    parse_period,
    planned_period,
    previous_year,
    rest_of,
    school_year_code,
    span_before,
    step_back,
    with_year,
    year_to_date,
)
from provkg.core.text import last_match
from provkg.extract.context import SCHOOL_YEAR, STORM, ReportContext
from provkg.extract.indicators import PART_OPENER
from provkg.extract.notation import Candidate
from provkg.extract.vocabulary import vocabulary
from provkg.read.header import periods_named

STOCK = vocabulary().stock
FROM_JANUARY = vocabulary().from_january
HELD_AT_DAY = vocabulary().held_at_day
SINCE_START = vocabulary().since_start
DRAWN_TO_DATE = vocabulary().drawn_to_date
# an hour before the day ("tính đến 18 giờ ngày 13/7", "đến 17h00 ngày 20/6", "tới 8 giờ sáng ngày 5/9")
_HOUR = r"(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{2}(?:\s*phút)?)?(?:\s+(?:sáng|trưa|chiều|tối))?\s+)?"
# "đến 30/6/2020", "tính đến ngày 20/6", "tại thời điểm 01/12" (the year of the report when not written)
# ... and "từ ngày 01/7/2025" with no end: a state that holds from that day ("vận hành chính quyền hai cấp từ ngày
# 01/7/2025 với 74 đơn vị hành chính cấp xã")
_DATE_PERIOD = re.compile(
    r"(?:đến|tới|tính đến|tính tới|thời điểm|(từ))\s+(?:hết\s+)?" + _HOUR + r"(?:ngày\s+)?(\d{1,2})\s*/\s*(\d{1,2})"
    r"(?:\s*/\s*(\d{4}))?(?!\s*/?\s*\d)",
    re.IGNORECASE,
)
# "trong tháng" with no month named, "tháng này": the last month of the report's period (a monthly release).
# "Trong tháng có 78 doanh nghiệp", "của tháng": the report's month (not "trong tháng 8", "trong tháng Tám")
_THIS_MONTH = re.compile(
    r"(?<!\w)(?:(?:trong|của)\s+tháng(?!\s*(?:\d|(?:" + MONTH_WORD_PATTERN + r")(?!\w)))|tháng\s+này(?!\w))",
    re.IGNORECASE,
)
# A level of a herd or of outstanding loans is a stock at the end of the period.
_STOCK_SUBJECT = re.compile(
    r"(?<!\w)(?:(?:tổng\s+)?đàn\s+(?:trâu|bò|lợn|heo|gia cầm|gia súc|dê|ngựa|gà|vịt|cừu|ong)|dư nợ)(?!\w)",
    re.IGNORECASE,
)
# The share of people covered by insurance or vaccination, of land covered by forest: a level at a day.
_COVERAGE = re.compile(
    r"(?<!\w)(?:tỷ lệ\s+(?:dân số\s+|người dân\s+)?tham gia\s+bảo hiểm|(?:tỷ lệ|độ)\s+(?:bao phủ|che phủ)"
    r"|được tiêm)(?!\w)",
    re.IGNORECASE,
)


# A month named by its number or its word ("tháng 9", "tháng Ba", "tháng Mười một"); "năm" is a month only before its
# year ("tháng Năm năm 2022": "11 tháng năm 2025" is no month); "một" never is.
MONTH_NAME = (r"(\d{1,2}|" + "|".join(w for w in MONTH_WORD_PATTERN.split("|") if w not in ("một", "năm"))
              + r"|năm(?=\s+năm\s+\d{4}|\s*/\s*\d{4}))(?!\w)")
# "đến cuối tháng 9", "tính đến hết tháng 6/2019", "Đến tháng 11 năm 2025", "tại thời điểm cuối tháng Ba", "cuối
# tháng 12 ... còn": a level at the end of that month. A bare "cuối tháng" is such a time only before a level's
# verb ("giá lợn cuối tháng 12 chỉ còn 52.000 đồng/kg"), not before an event ("mưa lũ cuối tháng 11 làm chết ...").
_MONTH_END = re.compile(
    r"(?<!\w)(?:(?:đến|tới)\s+(?:hết\s+|cuối\s+)?|thời điểm\s+(?:hết\s+|cuối\s+)?|(cuối)\s+)tháng\s+" + MONTH_NAME
    + r"(?:(?:\s*/\s*|\s+năm\s+)(\d{4}))?(?!\s*/?\s*\d)",
    re.IGNORECASE,
)
# The words of a level between its time and its number: "... cuối năm còn", "đến cuối năm 2023 có", "đạt": right
# after the time, or a level's verb further on (_LEVEL_VERB_ENDS, after words of any length here, fewer below).
_LEVEL_RIGHT_AFTER = (
    r"\s*(?:[,:]\s*)?(?:(?:ước|dự kiến)\s+)?(?:còn|đạt|có|là|lên|xuống)?(?:\s+thêm)?\s*(?:khoảng\s+|trên\s+|dưới\s+)?$"
)
_LEVEL_VERB_ENDS = r"(?:đạt|có|còn|lên|là|ở mức|thêm)\s+(?:khoảng\s+|trên\s+|dưới\s+)?$"
_LEVEL_AHEAD = re.compile(_LEVEL_RIGHT_AFTER + r"|[^.;]*?" + _LEVEL_VERB_ENDS, re.IGNORECASE)
# ... the same words right after a bare "cuối tháng 12", in its clause: "giá lợn cuối tháng 12 chỉ còn 52.000 đồng/kg"
# (not a time of an event a level is told after: "nắng nóng cuối tháng 5 và đầu tháng 6 (đợt hạn kéo dài) làm khô
# hạn, năng suất chỉ đạt 52,3 tạ/ha")
_LEVEL_SOON = re.compile(_LEVEL_RIGHT_AFTER + r"|[^.;,()]{0,40}?" + _LEVEL_VERB_ENDS, re.IGNORECASE)
# ... and those of a change of a level stated at that time: "giá trứng cuối tháng 12 chỉ còn 2.300 đồng/quả, thấp hơn"
_LEVEL_THEN_CHANGE = re.compile(
    r"[^.;,()]{0,40}?(?:đạt|còn|là|ở mức)\s+(?:khoảng\s+|trên\s+|dưới\s+)?\d", re.IGNORECASE
)
# "lũy kế giải ngân đến giữa năm", "tính đến giữa năm 2023": a level at the last day of the year's first half
_UP_TO_MID_YEAR = re.compile(r"(?<!\w)(?:đến|tới)\s+giữa\s+năm(?:\s+(\d{4}))?(?!\w)(?!\s+học)", re.IGNORECASE)
# "tính đến hết năm", "tới cuối năm 2023" earlier in a sentence: the year's end a level told after them is at
# (not "đến hết năm học": a school year's end)
_UP_TO_YEAR_END = re.compile(r"(?<!\w)(?:đến|tới)\s+(?:hết|cuối)\s+năm(?!\s+học)(?:\s+(\d{4}))?(?!\w)",
                             re.IGNORECASE)
# "tỷ lệ hộ nghèo cuối năm còn 3,2%", "đến cuối năm 2023 có 186 xã", "cuối năm 2022": a level at the year's last
# day (not "mưa lũ cuối năm gây thiệt hại 265 tỷ đồng": without its year, the words name a time of a level only
# before the level's verb; nor "so với cuối năm 2022", a comparison)
_YEAR_END = re.compile(
    r"(?<!so với )(?<!tháng )(?<!\w)(?:(?:(?:đến|tới)\s+(?:hết\s+)?)?cuối|(?:đến|tới)\s+hết)\s+năm(?!\s+học)"
    r"(?:\s+(\d{4}))?(?!\w)",
    re.IGNORECASE,
)


# "(năm 2018 tăng 6,92%)", "; năm 2021 giảm 1,2%": an earlier year's own change, quoted beside the figure.
_PAST_YEAR_CHANGE = re.compile(r"(?:^|[(;,])\s*năm\s+(\d{4})\s+(?:ước\s+)?(?:tăng|giảm)\s*$", re.IGNORECASE)
# "trước" / "ngoái": the year before ("cùng kỳ năm ngoái", "so với năm trước")
_LAST = "trước|ngoái"
# the year of "cùng kỳ", written with or without "năm" ("cùng kỳ năm 2023", "cùng kỳ 2023")
_SAME_TIME_YEAR = r"(?:\s+năm\s+(" + _LAST + r"|\d{4})|\s+((?:19|20)\d{2})(?!\d))?"
PRIOR = re.compile(
    r"(?<!so với )(?<!so )cùng kỳ(?:\s+năm\s+(?:" + _LAST + r"|\d{4})|\s+(?:19|20)\d{2}(?!\d))?\s+(tăng|giảm)\s*$",
    re.IGNORECASE,
)


# "(cùng kỳ năm 2022 đạt 61,3%)", "cùng kỳ năm trước đạt 40,7%", "(cùng thời điểm năm trước là 275 tỷ đồng)": the
# level of the same time a year earlier, named before it (not "của cả nước cùng kỳ là 3,8%": the country's level of
# the same time), or opening a bracket with no verb: "(cùng kỳ 9.685 lao động)", "(cùng kỳ năm trước: 392 người)";
# the year, when named, in group 1 or 2
_PRIOR_LEVEL = re.compile(
    r"(?:\(\s*cùng\s+(?:kỳ|thời\s+điểm)" + _SAME_TIME_YEAR + r"\s*:?\s*|"
    r"(?:\(\s*|(?<!so với )(?<!so )(?<!hơn )(?<!nước )(?<!\w))cùng\s+(?:kỳ|thời\s+điểm)"
    + _SAME_TIME_YEAR + r"\s+(?:chỉ\s+|mới\s+)?(?:đạt|là|ở mức)(?:\s+khoảng)?\s*)$",
    re.IGNORECASE,
)
# "(năm 2023: 98 tỷ đồng)", "(năm 2022 là 380 doanh nghiệp)", "(năm 2022 chỉ chiếm 1,6%)": a bracket opened by a year
# holds that year's level, whatever time the sentence named before the bracket ("Thu ngân sách 9 tháng đạt 120 tỷ
# đồng (năm 2023: 98 tỷ đồng)")
_YEAR_LEVEL_BRACKET = re.compile(
    r"\(\s*năm\s+((?:19|20)\d{2})(?:\s*:\s*|\s+(?:[^\W\d]+\s+){0,3}?(?:là|đạt|có|ở mức|chiếm|còn)"
    r"(?:\s+khoảng)?\s*)$",
    re.IGNORECASE,
)

# "thấp hơn cùng kỳ năm 2021 (15,8%)": the bracketed figure is the same period's value a year earlier.
PRIOR_BRACKET = re.compile(r"cùng kỳ(?:\s+năm\s+(?:" + _LAST + r"|\d{4})|\s+(?:19|20)\d{2})?\s*\(\s*$", re.IGNORECASE)


# Counts of months written in words: "Sáu tháng đầu năm", "bình quân chín tháng", "mười một tháng" ("năm tháng" is
# left out: it is "years and months" as often as five months)
SPAN_WORDS = "|".join(
    w for w in MONTH_WORD_PATTERN.split("|") if 2 <= MONTH_WORDS[w] <= 11 and w not in ("năm", "tư", "giêng", "chạp")
)
# the months just before a span of as many: "6 tháng trước", "3 tháng liền trước" (not "6 tháng năm trước", the
# same months a year earlier)
_SPAN_JUST_BEFORE = r"(?:\d{1,2}|" + SPAN_WORDS + r")\s+tháng\s+(?:liền\s+)?trước(?!\w)"
# the time a change is compared with: "so với cùng kỳ năm 2022", "so với quý trước", "so với 9 tháng năm 2022", "so
# với 6 tháng trước" and "so với cùng kỳ 6 tháng trước" (the span just before, not a year earlier), "so với 3 tháng
# cuối năm trước"
_COMPARE_PATTERN = (
    r"(?:so\s+(?:với\s+)?|(?<!\w)(?:cao|thấp|nhiều|ít) hơn\s+)"
    r"(?:(cùng kỳ)(?!\s+" + _SPAN_JUST_BEFORE + r")(?:\s+năm\s+(" + _LAST + r"|\d{4})|\s+(\d{4}))?|"
    r"năm học\s+(\d{4})\s*[-–/]\s*((?:19|20)?\d{2})(?!\d)|"
    r"năm\s+(" + _LAST + r"|\d{4})|(vụ|kỳ)\b|(đầu|cuối)\s+năm(?:\s+(\d{4}))?|"
    r"quý\s+(" + QUARTER_NUMERAL + r")\b(?:\s+năm\s+(\d{4}))?|"
    r"(quý trước|tháng trước)|tháng\s+(\d{1,2})(?:\s*/\s*(\d{4})|\s+năm\s+(" + _LAST + r"|\d{4}))?(?!\s*/?\s*\d)|"
    r"nửa\s+(?P<half>đầu|cuối)\s+năm(?:\s+(?P<half_year>" + _LAST + r"|\d{4}))?(?!\w)|"
    r"(?:cùng kỳ\s+)?(?P<just_before>\d{1,2}|" + SPAN_WORDS + r")(?=\s+tháng\s+(?:liền\s+)?trước(?!\w))"
    r"\s+tháng\s+(?:liền\s+)?trước|"
    r"(?P<span>\d{1,2}|" + SPAN_WORDS + r")\s+tháng(?:\s+(?P<span_edge>đầu|cuối))?(?:\s+năm)?"
    r"(?:\s+(?P<span_year>" + _LAST + r"|\d{4}))?(?!\w))"
)
_COMPARE = re.compile(_COMPARE_PATTERN, re.IGNORECASE)
# the year of a season compared with, after its name: "so với vụ Mùa năm 2023", "so với vụ Đông Xuân năm 2022"
_SEASON_YEAR_AFTER = re.compile(r"(?:\s+[^\W\d]+){1,3}?\s+năm\s+(\d{4})(?!\s*[-–/]\s*\d)", re.IGNORECASE)
# a change compared with the plan, named after it ("tăng 3,6% so với kế hoạch", "vượt 3,6% kế hoạch") or before it
# ("vượt kế hoạch 3,6%", "thấp hơn so với dự toán 1,2%"); not a plan of its own in brackets ("(kế hoạch tăng 7%)")
_AGAINST_PLAN_AFTER = re.compile(r"\s*(?:so\s+với\s+)?(?:" + vocabulary().plan + r"|KH\b)", re.IGNORECASE)
_AGAINST_PLAN_BEFORE = re.compile(
    r"(?<!\w)(?:cao hơn|thấp hơn|vượt|hụt)\s+(?:so\s+với\s+)?(?:" + vocabulary().plan + r"|KH\b)"
    r"(?:\s+(?:năm|giao|đề ra|được giao))*\s+(?:ít nhất|tối thiểu|trên|khoảng|gần|hơn)?\s*$", re.IGNORECASE)
# the level of the time compared with, in brackets after the comparison: "so với năm 2023 (7,03%)", "so với nửa đầu
# năm 2023 (tăng 6,93%)"; after one opening its sentence, what grew then too: "So với 6 tháng đầu năm (doanh thu
# tăng 7,9%), tốc độ tăng của 6 tháng cuối năm ..." (not "tăng 5% so với năm 2022 (cả nước tăng 4%)")
_COMPARED_BRACKET = re.compile(_COMPARE_PATTERN + r"\s*(?:là\s*)?\(\s*(?:(?:tăng|giảm)\s+)?$", re.IGNORECASE)
_OPENING_COMPARED_BRACKET = re.compile(
    r"[\s\-+•–]*" + _COMPARE_PATTERN + r"\s*\(\s*[^()\d;]{0,60}?(?:tăng|giảm)\s+$", re.IGNORECASE
)


# "trong tháng 6/2019": that month alone.
_MONTH_PERIOD = re.compile(
    r"trong\s+(?:đầu|giữa|cuối)?\s*tháng\s+(\d{1,2})(?:\s+năm\s+|\s*/\s*)(\d{4})", re.IGNORECASE
)


# "lũy kế 10 tháng", "10 tháng đầu năm", "Sáu tháng đầu năm": a flow over the first months of the year.
# "6 tháng cuối năm", "3 tháng cuối năm": the second half, the fourth quarter.
_MONTHS_SPAN = re.compile(
    r"(?:lũy kế|luỹ kế|trong)?\s*(?<!\w)(\d{1,2}|" + SPAN_WORDS + r")\s+tháng(?:\s+(đầu|cuối))?(?:\s+năm)?"
    r"(?:\s*(\d{4})(?!\s*[-–/]))?(?!\s*tuổi)",
    re.IGNORECASE,
)
# A bound before a number of months makes it a duration, not a span of the year: "đào tạo dưới 3 tháng", "nợ quá
# hạn trên 6 tháng", "thất nghiệp hơn 12 tháng".
_DURATION_BOUND = re.compile(r"(?<!\w)(?:dưới|trên|hơn|quá|tối đa|tối thiểu)\s*$", re.IGNORECASE)
# the words before a span of months it is compared with or is the time of: "so với 9 tháng năm 2022", "của 6 tháng",
# "so với cùng kỳ 3 tháng trước"
_SPAN_COMPARED = re.compile(r"(?:so với|so|của|bằng|với)(?:\s+cùng kỳ)?\s*$", re.IGNORECASE)


# "Tháng 11/2025, ...", "trong tháng Mười": one month named before a figure, not a comparison ("so với tháng 10"),
# nor the middle of a month a count runs up to ("đến giữa tháng 6 đã gieo 4.200 ha": not a flow of June)
_SINGLE_MONTH = re.compile(
    r"(?<!so với )(?<!so )(?<!\d )(?<!đến giữa )(?<!tới giữa )tháng\s+" + MONTH_NAME
    + r"(?:\s*/\s*(\d{4})|\s+năm\s+(\d{4}))?(?!\s*/\s*\d{1,2}\b)",
    re.IGNORECASE,
)


# "cả năm 2021", "ước cả năm", "bình quân năm 2019", "Năm 2019 toàn tỉnh ...", "Năm nay toàn tỉnh có ...": the whole
# year (not one compared with: "so với năm 2018", "gấp 4,6 lần năm 2022", nor a part of one: "cuối năm 2022", "tháng
# 12 năm 2022")
_WHOLE_YEAR = re.compile(
    r"(?<!so với )(?<!so )(?<!lần )(?<!kỳ )(?<!đầu )(?<!cuối )(?<!tháng )(?<!của )(?<!\w)"
    r"(?:(?:cả|bình quân)\s+năm(?:\s+(\d{4}))?|năm\s+(\d{4}|nay)(?=\s*,|\s+(?:ước\s+|dự kiến\s+)?"
    r"(?:tăng|giảm|đạt|có|là|từ|khoảng|trên|dưới|ước)(?!\w)|\s+(?:toàn|cả)\s+tỉnh"
    r"|\s+[^,.;\d]{0,30}?(?:đặt|đề ra)\s+mục tiêu))(?!\w)(?!\s*[-–/]\s*\d)",
    re.IGNORECASE,
)
# Where something began, and the span it ran over: "xuất hiện từ tháng 5/2019", "từ cuối tháng 5", "nắng hạn từ
# tháng 3 đến giữa tháng 5", "đạt chuẩn từ năm 2019": not the time of the figure after it
_SINCE = re.compile(
    r"(?<!\w)(?:kể\s+)?từ\s+(?:(?:đầu|giữa|cuối)\s+)?(?:tháng\s+\w+(?:\s*/\s*\d{4})?|năm\s+\d{4})"
    r"(?:\s+(?:đến|tới)\s+(?:(?:đầu|giữa|cuối|hết)\s+)?(?:tháng\s+\w+(?:\s*/\s*\d{4})?|năm\s+\d{4}))?",
    re.IGNORECASE,
)
# A day named after a target as the day to reach it by: "... 100% kế hoạch vốn năm 2017 trước ngày 31/01/2018"
_DEADLINE_AFTER = re.compile(
    r"[^.;]{0,60}?(?<!\w)(?:trước|đến|vào)\s+(?:hết\s+)?(?:ngày\s+)?(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})",
    re.IGNORECASE,
)
_UNTIL = re.compile(r"\s*,?\s*(?:đến|tới)(?!\w)", re.IGNORECASE)
# the start of a span of days: "từ ngày 16/12/2024 đến ...", "từ ngày 25 đến 28/9" (its month written once, at the end)
_RANGE_START = re.compile(
    r"(?<!\w)từ\s+(?:ngày\s+)?\d{1,2}(?:\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?)?\s*(?:đến|tới|[-–])", re.IGNORECASE
)
_QUARTER = re.compile(
    r"(?<!so với )(?<!so )(?<!\w)quý\s+(" + QUARTER_NUMERAL + r")(?!\w)(?:\s+năm\s+(\d{4})|\s*/\s*(\d{4}))?",
    re.IGNORECASE,
)
# "nửa đầu năm 2024", "trong nửa cuối năm": a half of a year (not one compared with: "so với nửa đầu năm 2023")
_HALF_YEAR = re.compile(
    r"(?<!so với )(?<!so )(?<!hơn )(?<!\w)nửa\s+(đầu|cuối)\s+năm(?:\s+(\d{4}))?(?!\w)", re.IGNORECASE
)
# The start of a year: "đầu năm 2024" (not "nửa đầu năm 2023" nor "6 tháng đầu năm", nor a comparison: "so với đầu
# năm 2023 tăng 1,7%"), and a level at the start of the report's year, its year not written: "số hộ cận nghèo đầu
# năm là 2.150 hộ" (not "từ đầu năm", a flow since then, nor "đầu năm học")
_YEAR_START = re.compile(
    r"(?<!tháng )(?<!nửa )(?<!so với )(?<!so )(?<!từ )(?<!\w)đầu năm(?:\s+(\d{4})|(?=\s+(?:là|còn|có|đạt)(?!\w)))",
    re.IGNORECASE,
)


# (not the horizon of a plan: "quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050", "định hướng đến năm 2030")
_OWN_YEAR = re.compile(
    r"(?<!so sánh )(?<!so với )(?<!kỳ )(?<!đầu )(?<!cuối )(?<!tháng )(?<!từ )(?<!của )(?<!lần )"
    r"(?<!tầm nhìn )(?<!tầm nhìn đến )(?<!định hướng đến )năm\s+(\d{4})"
)


# "Hiện tỉnh có 205 cơ sở lưu trú", "hiện toàn huyện có 12 chợ": a level now held, the subject between "hiện" and
# "có" (a clause opening with "hiện", not the verb "thực hiện")
_NOW_HOLDS = re.compile(r"(?:^|[.,;:(\n])\s*hiện\s+(?:[^\W\d]+\s+){1,3}?có(?!\w)", re.IGNORECASE)
# What a count of new things names after the figure: "có 196 doanh nghiệp thành lập mới", "có 41 dự án được cấp
# mới": a flow over the period, though "toàn tỉnh có" opens it as it opens a level
_NEWLY_COUNTED = re.compile(
    r"[^.;,\d]{0,40}?(?<!\w)(?:(?:thành lập|đăng ký|cấp phép|cấp|phát sinh|khởi công|xây dựng)\s+mới"
    r"|đăng ký thành lập)(?!\w)",
    re.IGNORECASE,
)
# ... and things a verb before the count opens in the period: "đưa vào sử dụng 2 chợ mới", "khánh thành 3 trường"
# (not "hiện trạng của 93 xã mới": the communes formed by a merger, a stock)
_OPENED_BEFORE = re.compile(
    r"(?<!\w)(?:đưa vào (?:sử dụng|hoạt động|vận hành|khai thác)|khánh thành|khai trương|xây mới|mở mới|trồng mới)"
    r"(?:\s+(?:thêm|được|mới))*\s*$",
    re.IGNORECASE,
)
_SINCE_YEAR_START = re.compile(r"(?<!\w)từ\s+đầu\s+năm(?!\s+\d)", re.IGNORECASE)
_BRACKETED = re.compile(r"\([^()]*\)")
_SPACES = re.compile(r" {2,}")
# "duy trì 120 xã": a level held, at the period's end (not "được duy trì với 9.300 người có việc làm mới": work
# kept up, with a flow)
_KEPT = re.compile(r"(?<!\w)(?<!được )duy trì(?!\w)(?!\s+với)", re.IGNORECASE)
# Those paid an allowance every month, counted right after "cho": "chi trả trợ cấp hằng tháng cho 10.480 người",
# "hằng tháng chi trả trợ cấp cho 7.315 người cao tuổi" (the people on the rolls at the period's end, a level)
_MONTHLY_RECIPIENTS = re.compile(r"(?<!\w)(?:hằng|hàng)\s+tháng(?!\w)[^\d;.]{0,60}?(?<!\w)cho\s*$", re.IGNORECASE)
# What is still left, right before its count: "vẫn còn 38 xã thiếu ...", "toàn tỉnh vẫn còn khoảng 1.800 ha" (a level
# at the period's end; not "vẫn còn nhiều khó khăn: trong quý có 9 trường hợp", whose count follows other words)
_STILL_LEFT = re.compile(r"(?<!\w)vẫn\s+còn(?:\s+(?:khoảng|trên|gần|hơn))?\s*$", re.IGNORECASE)


def _point_in_time(r: ReportContext, text: str, local: str, measure: str) -> tuple[int, str] | None:
    """A day named before a figure as the time of its level, and where in ``text`` it is named: a date ("đến
    30/6/2020", "tính đến ngày 20/6"), the end of a month ("tại thời điểm cuối tháng Ba") or of a year ("tỷ lệ hộ
    nghèo cuối năm còn 4,9%")."""
    level = measure in ("value", "share_pct", "plan_value")
    m = last_match(_DATE_PERIOD, text)
    if m and _RANGE_START.search(text[max(0, m.start() - 30):m.start() + 4]):
        m = None  # "từ ngày 16/12/2024 đến ngày 15/6/2025": a flow over a span, not a level at its last day
    if m and m.group(1) and not (
        level and m.group(4) and not _UNTIL.match(text, m.end()) and not _closed_after(text[m.end():])
    ):
        m = None  # "từ ngày 13/3 đến nay": the start of a span; a state from a day holds for a level of its year
    points: list[tuple[int, str]] = []
    if m:
        day, month = int(m.group(2)), int(m.group(3))
        try:
            if m.group(4):
                stated = date(int(m.group(4)), month, day)
            else:
                stated = date(r.period_end.year, month, day)
                # a day and month without a year: the last such day not later than a month after the period's end
                if (stated - r.period_end).days > 31:
                    stated = date(r.period_end.year - 1, month, day)
            points.append((m.start(), stated.isoformat()))
        except ValueError:
            points.append((m.start(), r.ref_date))
    m = last_match(_MONTH_END, text)
    if m and 1 <= month_number(m.group(2)) <= 12 and (
        not m.group(1) or (_LEVEL_SOON if level else _LEVEL_THEN_CHANGE).match(text, m.end())
    ):
        month_end = parse_period(f"{int(m.group(3) or r.year)}-{month_number(m.group(2)):02d}").end.isoformat()
        points.append((m.start(), month_end))
    m = last_match(_UP_TO_MID_YEAR, text) if "giữa" in text else None
    if m:
        points.append((m.start(), f"{int(m.group(1) or r.year)}-06-30"))  # "lũy kế đến giữa năm": the year's half
    if points:
        return max(points)  # (the day named last: "đến 31/12/2025 giải ngân ...; phấn đấu đến hết tháng 01/2026")
    scope, base = text, 0
    year_end = _own_words_match(_YEAR_END, text, local)
    if year_end is None:
        # a level up to the end of the year named earlier in the sentence: "dự kiến đến hết năm có thêm 6 xã đạt
        # chuẩn, nâng tổng số lên 31 xã" (the count added by then is dated so too)
        scope, base, year_end = text, 0, last_match(_UP_TO_YEAR_END, text)
    if year_end and (level or measure == "change_abs") and _LEVEL_AHEAD.match(scope, year_end.end()):
        return base + year_end.start(), f"{int(year_end.group(1) or r.period_end.year)}-12-31"
    survey = _SURVEY_OPENING.match(text) if level else None
    year_end = last_match(_YEAR_END, survey.group()) if survey else None
    if year_end and year_end.group(1):
        # the day a survey counted on, opening the sentence, dates every level the sentence tells of it: "Theo kết
        # quả điều tra cuối năm 2019, cả tỉnh còn 8.420 hộ nghèo (3,1%) và 6.075 hộ cận nghèo"
        return year_end.start(), f"{year_end.group(1)}-12-31"
    return None


# A sentence opening with the span of years its figures run over, up to the first comma: "Lũy kế giai đoạn
# 2021-2025,", "Giai đoạn 2016 - 2020,", "Trong thời kỳ 2021-2030,"
_SPAN_OPENING = re.compile(
    r"[\s\-+•–]*(?:(?:lũy kế|luỹ kế|trong|tính chung|cả)\s+)?(?:giai đoạn|thời kỳ)\s+((?:19|20)\d{2})\s*[-–]\s*"
    r"((?:19|20)\d{2})\s*,",
    re.IGNORECASE,
)
# A sentence opening with the survey or count its figures come from, up to the first comma: "Theo kết quả rà soát hộ
# nghèo cuối năm 2022,", "Theo kết quả điều tra tại thời điểm cuối năm 2023,"
_SURVEY_OPENING = re.compile(
    r"[\s\-+•–]*theo\s+(?:kết quả\s+)?(?:rà soát|điều tra|tổng điều tra|thống kê|kiểm kê)[^,;.:]{0,120}?,",
    re.IGNORECASE,
)


# "đạt 4.730 ha, tăng 860 ha so với cuối năm 2016", "tăng 4,1% so với đầu năm", "so với 31/12/2022"
_AGAINST_YEAR_EDGE = re.compile(
    r"(?:[^.;]|\.(?=\d))*?so\s+(?:với\s+)?(?:(?:đầu|cuối)\s+năm|(?:ngày\s+)?31\s*/\s*12)(?!\w)", re.IGNORECASE
)
_OF_TIME = re.compile(r"\s*\)?\s*của\s+([^,.;()]{0,40})", re.IGNORECASE)
_BARE_YEAR = re.compile(r"\s*năm\s+(\d{4})\s*", re.IGNORECASE)
_OPENING_YEAR = re.compile(r"[\s\-+•–]*(?:(?:trong|riêng|tính chung|cả|ước|dự kiến)\s+)?", re.IGNORECASE)
_PLAN_BEFORE_YEAR = re.compile(r"(?<!\w)" + vocabulary().plan + r"(?:\s+[^\W\d]+){0,4}\s+$", re.IGNORECASE)
_PART_BEFORE_YEAR = re.compile(r"(?:quý\s+(?:" + QUARTER_NUMERAL + r")|tháng\s+\w+(?:\s+\w+)?)\s+$", re.IGNORECASE)
# The words a sentence opens with, up to its first comma or colon: "Trong quý II,", "Tháng 8:", "Năm 2019,"
_OPENER = re.compile(r"(?:[^,:;.\d]{0,40}:\s*)?[^,:;.()\d]{0,40}(?:\d[^,:;.()]{0,30})?[,:]")  # (after a label)


# the part of a month an event came in, before the month's name ("mưa lớn cuối tháng 9"; not "đến đầu tháng 6", a
# count up to then)
_EVENT_MONTH_PART = re.compile(r"(?<!đến )(?<!tới )(?<!\w)(?:đầu|cuối)\s+$", re.IGNORECASE)


def _times_named(r: ReportContext, clause: str, clause_start: int, text: str, local: str) -> list[tuple[int, str]]:
    """The months, quarters, whole years and spans of months a clause names, with where in ``text`` each is named
    (a span in the figure's own words ``local`` first)."""
    base = max(text.rfind(local), 0) if local else len(text)
    named: list[tuple[int, str]] = []
    quarter = last_match(_QUARTER, clause)
    if quarter:
        year = quarter.group(2) or quarter.group(3) or r.year
        number = ROMAN.get(quarter.group(1).upper()) or int(quarter.group(1))
        named.append((clause_start + quarter.start(), f"{year}-Q{number}"))
    single = last_match(_SINGLE_MONTH, clause)
    if single and _EVENT_MONTH_PART.search(clause, max(0, single.start() - 12), single.start()) \
            and re.search(r"[,:]", clause[single.end():]):
        single = None  # the part of a month an event came in dates that event's clause only: "Do mưa lớn cuối tháng
        # 8 và đầu tháng 9, nhiều diện tích bị ngập úng, năng suất lúa chỉ đạt 48,2 tạ/ha" (the year's yield; but
        # "Mưa đá cuối tháng 4 làm hư hại 320 ha hoa màu": April's damage)
    if single and 1 <= month_number(single.group(1)) <= 12:
        year = single.group(2) or single.group(3) or r.year
        named.append((clause_start + single.start(), f"{year}-{month_number(single.group(1)):02d}"))
    half = last_match(_HALF_YEAR, clause)
    if half:
        named.append((clause_start + half.start(),
                      f"{half.group(2) or r.year}-{'H1' if half.group(1).lower() == 'đầu' else 'H2'}"))
    whole = last_match(_WHOLE_YEAR, clause)
    if whole and (_PART_BEFORE_YEAR.search(clause, max(0, whole.start() - 20), whole.start())
                  or whole.group(2) and _PLAN_BEFORE_YEAR.search(clause, max(0, whole.start() - 40), whole.start())
                  and re.search(r"\d", clause[whole.end():])):
        # the year of a quarter or a month ("quý I năm 2024"), of an earlier figure's plan ("kế hoạch vốn năm 2024
        # là 455 tỷ đồng, mới giải ngân ...")
        whole = None
    if whole and whole.group(2) and clause.startswith(",", whole.end()) and not _OPENING_YEAR.fullmatch(
        clause[:whole.start()]
    ):
        whole = None  # a year before a comma names a time only where it opens its clause: "Năm 2019, toàn tỉnh"
    if whole:
        year_named = whole.group(1) or whole.group(2) or ""  # ("Năm nay toàn tỉnh có ...": the report's year)
        named.append((clause_start + whole.start(), year_named if year_named.isdigit() else str(r.period_end.year)))
    span = last_match(_MONTHS_SPAN, local)
    span_at = base + span.start() if span else -1
    if span and (_SPAN_COMPARED.search(text[max(0, span_at - 12):span_at])
                 or _DURATION_BOUND.search(text[max(0, span_at - 12):span_at])):
        span = None  # a span compared with: "tăng 29,9% so với 6 tháng đầu năm 2022 và bằng 52,6% kế hoạch"
    if span is None:
        # a span opening the clause before a bracket the subject was cut at: "riêng 6 tháng đầu năm, tỉnh X (cũ)
        # xuất khẩu ..." (not one compared with: "so với 6 tháng đầu năm")
        span = last_match(_MONTHS_SPAN, clause)
        if span and (_SPAN_COMPARED.search(clause[:span.start()]) or _LATER_TIME.search(clause, span.end())
                     or _DURATION_BOUND.search(clause[max(0, span.start() - 12):span.start()])):
            span = None  # (nor one a later time overrides: "trong 9 tháng còn chậm, đến cuối năm ước ...")
        span_at = clause_start + span.start() if span else -1
    if span and 2 <= month_number(span.group(1)) <= 11:
        months = month_number(span.group(1))
        year = int(span.group(3) or r.year)
        if not (span.group(2) or "").lower() == "cuối":
            named.append((span_at, first_months(year, months)))
        elif last := last_months(year, months):
            named.append((span_at, last))
    return named


def _day_goes_on(r: ReportContext, before: str, after: str) -> bool:
    """Whether a day the words ``before`` a semicolon name goes on to the clause ``after`` it: one opening its clause
    ("Tính đến ngày 20/12, ghi nhận 1.230 ca; 15 ca tử vong"), not one inside it ("giải ngân đến 20/11 đạt 41,2 tỷ
    đồng; hỗ trợ xây mới 320 căn nhà") unless the clauses after it are the parts of its total ("...; trong đó")."""
    point = _point_in_time(r, before, "", "value")
    return point is None or _opens_its_clause(before, point[0]) or bool(search(PART_OPENER, before[point[0]:] + after))


def _own_words_match(pattern: re.Pattern[str], text: str, local: str) -> re.Match[str] | None:
    """The last match of ``pattern`` in the figure's own words ``local`` (the end of ``text``), read in ``text`` so that
    the words before them are seen ("so với cuối năm 2022, riêng huyện A còn 950 ha": no end of a year of its own)."""
    if not local or not text.endswith(local):
        return last_match(pattern, local) if local else None
    found = last_match(pattern, text)
    return found if found and found.start() >= len(text) - len(local) else None


def _blank_brackets(text: str) -> str:
    """``text`` with each closed bracket blanked out, offsets unchanged."""
    return _BRACKETED.sub(lambda m: " " * len(m.group()), text) if "(" in text else text


def _opens_its_clause(text: str, at: int) -> bool:
    """Whether the time named at ``at`` opens its clause (after the last semicolon before it): no figure before it,
    and after a label or an opening phrase (up to a colon or a comma) two words at most ("Vụ Hè Thu: tính đến ngày
    15/8, ...", "Trên địa bàn, đến 30/6 ...", "Toàn tỉnh đến 30/6 có ..."), not a verb's subject and verb ("vốn
    chương trình giải ngân đến 20/11 đạt ...")."""
    before = text[text.rfind(";", 0, at) + 1:at]
    return not re.search(r"\d", before) and len(re.split(r"[:,]", before)[-1].split()) <= 2


def context_period(
    r: ReportContext, text: str, local: str, right: str, measure: str, clause_days: bool = True,
) -> str | None:
    """A period stated in the words before a figure: a date, a month, a stock ("hiện có", "đến nay"). With
    ``clause_days``, a day named inside an earlier clause of ``text`` dates that clause only (not when ``text`` is a
    paragraph before the figure's sentence, whose last day is sought)."""
    # (each pattern runs only where a word all its matches hold is: most figures' words name no time at all)
    point = _point_in_time(r, text, local, measure)
    m = last_match(_MONTH_PERIOD, text)
    if not point and m and 1 <= int(m.group(1)) <= 12:
        return f"{int(m.group(2))}-{int(m.group(1)):02d}"
    # The last of a month, a quarter or a span of months named before the figure wins: a month or a quarter in
    # its clause (after the last semicolon: "tháng 3 ước đạt 540 tỷ đồng; tính chung quý I ước đạt 1.480 tỷ
    # đồng, tăng 12,4%"), a span of months in its own words ("lũy kế 10 tháng"). The whole clause is read so
    # that "so với tháng 4" is seen as a comparison.
    # a closed bracket before the figure is an aside: "(quý I năm 2024 tăng 6,35%), xếp thứ 3/11"; a semicolon
    # inside one ends no clause of the sentence ("(kế hoạch tăng 11%; năm 2022 tăng 9,52%), cao hơn ...")
    plain = _BRACKETED.sub(lambda m: " " * len(m.group()), text) if "(" in text else text
    if search(_SINCE, plain):
        plain = _SINCE.sub(lambda m: " " * len(m.group()), plain)
    clause_start = plain.rfind(";") + 1
    clause = plain[clause_start:]
    named = _times_named(r, clause, clause_start, text, local)
    colon = text.rfind(":", 0, clause_start)
    if not named and not point and colon >= 0 and "\n" not in text[colon:clause_start]:
        # the items of a list after a colon take the month or quarter its head names ("Sản phẩm chủ yếu tháng
        # Năm: phân bón 61.000 tấn; giấy 18.500 tấn")
        head = text[max(0, colon - 80):colon]
        for pattern, kind in ((_SINGLE_MONTH, "month"), (_QUARTER, "quarter")):
            found = last_match(pattern, head)
            if found and kind == "month" and 1 <= month_number(found.group(1)) <= 12:
                return f"{found.group(2) or found.group(3) or r.year}-{month_number(found.group(1)):02d}"
            if found and kind == "quarter":
                number = ROMAN.get(found.group(1).upper()) or int(found.group(1))
                return f"{found.group(2) or found.group(3) or r.year}-Q{number}"
    own_span = bool(local) and point is not None and point[0] < text.rfind(local) and search(_MONTHS_SPAN, local)
    if clause_days and point and point[0] < clause_start and not _opens_its_clause(plain, point[0]) \
            and not search(PART_OPENER, plain[point[0]:]):  # (the parts of a total dated so are dated so too)
        point = None  # a day inside an earlier clause is that clause's: "giải ngân đến 20/11 đạt 54,2 tỷ đồng; cấp
        # nước sạch cho 860 hộ" (one opening it governs the clauses after it: "Tính đến ngày 22/8, ghi nhận ...; đã có")
    if point and (point[0] >= clause_start or not named) and not own_span:
        # (a day named in an earlier clause yields to a time the figure's own clause names, and a day opening a
        # sentence to a span the figure's own words name: "Đến cuối tháng 9, đàn bò giảm 2,3%, còn thịt
        # hơi xuất chuồng 9 tháng đạt 8.400 tấn")
        return point[1]
    if measure in ("value", "share_pct") and _RAISED_TO.search(plain, max(0, len(plain) - 120)) \
            and not _AIMED.search(plain):
        # the total a count added over a span brings a stock to is a level at the span's end: "Trong 6 tháng, cấp mới
        # 12 mã số cơ sở đóng gói, nâng tổng số mã số lên 47 mã" (not the six months' flow; a target's is the target's)
        if not named:
            return r.ref_date
        ended = parse_period(max(named)[1])
        return ended.end.isoformat() if not ended.is_instant else ended.code
    if named:
        return max(named)[1]
    # a clause naming no time goes on with the time the nearest clause before it opens with, or its sentence
    # ("Trong quý III, toàn tỉnh ghi nhận 145 ca sởi; 62 ca tay chân miệng"; "Nhập khẩu tháng 6 ...; 6
    # tháng ước 540 triệu USD ...; trong đó máy móc thiết bị 215 triệu USD"), unless it states what is held now ("Sáu
    # tháng thành lập mới 7 hợp tác xã; toàn tỉnh hiện có 240 hợp tác xã": a level at the report's last day)
    earlier_end = clause_start - 1 if not search(HELD_AT_DAY, clause) else 0
    while earlier_end > 0:
        earlier_start = plain.rfind(";", 0, earlier_end) + 1
        opening = len(plain[earlier_start:earlier_end]) - len(plain[earlier_start:earlier_end].lstrip())
        opener = _OPENER.match(plain, earlier_start + opening, earlier_end)
        if opener:
            named = _times_named(r, _SINCE.sub(lambda m: " " * len(m.group()), opener.group()), 0, text, "")
            if named:
                return max(named)[1]
        earlier_end = earlier_start - 1
    m = _own_words_match(_YEAR_START, text, local)
    if m:
        # the start of a year is the end of the one before, as "so với đầu năm" compares with 31/12
        return f"{int(m.group(1) or r.year) - 1}-12-31"
    year_end = _own_words_match(_YEAR_END, text, local)
    if year_end and year_end.group(1):
        return f"{year_end.group(1)}-12-31"
    if search(_THIS_MONTH, clause) and r.period_kind != "year":
        return f"{r.period_end.year}-{r.period_end.month:02d}"
    if measure in ("value", "share_pct") and work_done(text, right):
        return r.ref_date  # a work's progress ("hoàn thành 58% khối lượng", "đã bàn giao 87,3% mặt bằng") at a date
    if measure in ("value", "change_abs", "change_pct") and not _NEWLY_COUNTED.match(right) and not search(
        _SINCE_YEAR_START, clause  # (a flow since the start of the year: "Từ đầu năm đến nay, đã cấp mới ...")
    ) and (
        search(STOCK, local) or search(_STOCK_SUBJECT, local)
        or re.match(r"\s*(?:hiện có|hiện nay)", right, re.IGNORECASE) or search(_NOW_HOLDS, clause)
        or search(_KEPT, local) or search(_STILL_LEFT, local)
        or measure == "value" and search(_MONTHLY_RECIPIENTS, clause)
    ):
        return r.ref_date
    return None


# The words before the total a count brings a stock to: "nâng tổng số lên", "nâng tổng số mã số vùng trồng lên",
# "nâng tổng số xã đạt chuẩn toàn tỉnh lên"
# (not a target's: "phấn đấu có thêm 5 xã đạt chuẩn, nâng tổng số lên 26 xã")
_AIMED = re.compile(r"(?<!\w)(?:phấn đấu|mục tiêu|chỉ tiêu|kế hoạch|dự kiến)(?!\w)", re.IGNORECASE)
_RAISED_TO = re.compile(r"(?<!\w)nâng\s+tổng\s+số(?:\s+[^\d,.;:()]{1,60}?)?\s+lên\s*$", re.IGNORECASE)


# What a work is: its cost, its size, its capacity, its length, width or design speed ("tổng mức đầu tư gần 5.600
# tỷ đồng", "quy mô 350 giường", "công suất 50 MW", "dài khoảng 42 km", "rộng 12 m", "vận tốc thiết kế 60 km/h";
# not "mở rộng")
WORK_ATTRIBUTE = re.compile(
    r"(?<!\w)(?:tổng mức đầu tư|(?:quy mô|công suất)(?:\s+thiết kế)?|vận tốc thiết kế|(?:chiều\s+)?dài"
    r"|(?:chiều\s+)?(?<!mở )rộng)(?:\s+(?:là|đạt))?\s*(?:khoảng|gần|trên|hơn)?\s*:?\s*$",
    re.IGNORECASE,
)
# The share of a work done, named before its number: "khối lượng thi công đạt khoảng 45%", "hoàn thành san nền 80%"
_WORK_DONE_NAMED = re.compile(
    r"(?<!\w)(?:khối lượng|san nền|san lấp|thi công)(?:\s+(?:thi công|thực hiện|xây lắp))?(?:\s+(?:được|đã))?"
    r"\s+(?:đạt|hoàn thành|được)?\s*(?:khoảng\s+|trên\s+|gần\s+)?$",
    re.IGNORECASE,
)
_WORK_DONE_BEFORE = re.compile(
    r"(?:(?:giải phóng|bàn giao|thu hồi)\s+(?:được\s+)?mặt bằng|thông\s+(?:tuyến|xe))"
    r"(?:\s+(?:được|đạt|khoảng|trên|gần))*\s*$",
    re.IGNORECASE,
)


def school_year(r: ReportContext, start: int) -> str | None:
    """The school year named last before ``start`` in its sentence, paragraph or section."""
    named, starts = r.school_years_named()
    before = bisect.bisect_left(starts, start)
    if not before:
        return None  # (most reports name no school year: no sentence, line or section to find)
    scopes = [r.sentence_of(start)[0], r.line_of(start)[0]]
    if _SCHOOLING.search(r.section_title(start)):
        scopes.append(r.section_start(start))  # (a section of social affairs also holds health, jobs, accidents)
    for lo in scopes:
        for i in range(before - 1, -1, -1):  # (no copy of the list of names before: a report may hold many)
            m = named[i]
            if m.start() < lo:
                break
            code = school_year_code(m.group(1), m.group(2))
            if code and m.end() <= start and not re.search(r"so với\s*$", r.w[max(0, m.start() - 10):m.start()]):
                return code
    return None


_LATER_TIME = re.compile(r"(?<!\w)(?:cuối năm|cả năm|hết năm|tháng\s+\d|quý\s+[IV\d])", re.IGNORECASE)
_SCHOOLING = re.compile(r"(?<!\w)(?:giáo dục|đào tạo|năm học|trường học|học sinh)(?!\w)", re.IGNORECASE)


# A crop season of the vocabulary's list ([seasons]): "vụ Xuân năm 2019", "vụ Đông Xuân 2023-2024", "vụ Mùa", and a
# crop of a season ([seasons] crops and after_crop: "lúa Đông Xuân", "lúa xuân", "ngô xuân", "lúa mùa"); its year(s)
# when written. A crop year or a dry season written with its years: "niên vụ 2025-2026", "mùa khô 2022-2023".
CROP_SEASON = re.compile(
    r"(?<!\w)(?<!so với )(?<!so )"
    r"(?:vụ\s+(?:lúa\s+)?(?P<name>" + vocabulary().seasons_pattern + r")"
    r"|(?P<crop>" + vocabulary().season_crops_pattern + r")\s+(?P<pair>" + vocabulary().crop_seasons_pattern + r")"
    r"|(?:niên\s+vụ|mùa\s+(?:khô|mưa))(?=\s+\d{4}\s*[-–/]))(?!\w)"
    r"(?:\s+(?:năm\s+)?(?P<first>\d{4})(?:\s*[-–/]\s*(?P<second>\d{4}))?)?",
    re.IGNORECASE,
)
# a crop season compared with, and its year: "so với vụ Mùa năm 2022", "so với vụ Đông Xuân 2022-2023"
_COMPARED_SEASON = re.compile(
    r"(?<!\w)so\s+(?:với\s+)?(?:cùng\s+kỳ\s+)?vụ\s+(?:lúa\s+)?(?:" + vocabulary().seasons_pattern + r")(?!\w)"
    r"(?:\s+(?:năm\s+)?\d{4}(?:\s*[-–/]\s*\d{4})?)?",
    re.IGNORECASE,
)


# The year a plan is for, named with it: "Kế hoạch vốn đầu tư công năm 2021 là", "dự toán năm 2024 giao".
_PLAN_YEAR = re.compile(r"(?<!\w)" + vocabulary().plan + r"(?:\s+[^\W\d]+){0,5}\s+năm\s+(\d{4})", re.IGNORECASE)


def _storm_month(r: ReportContext, start: int, sentence_left: str, right: str) -> int | None:
    """The month of the storm whose damage (or the relief of it) the sentence counts ("bão số 5 và hoàn lưu sau
    bão gây thiệt hại ..., làm hư hỏng 2.360 ngôi nhà", "hỗ trợ 80 tỷ đồng cho 46 xã bị ảnh hưởng bởi bão số 13"),
    when the text states the month it struck. A sentence naming no storm and no time of its own goes on with the
    storm its paragraph names before it ("Bão số 5 ... . Thiệt hại về nông nghiệp ước 1.200 tỷ đồng")."""
    storm = last_match(STORM, sentence_left)
    if storm is not None:
        if not (_DAMAGE.search(sentence_left, storm.end()) or _DAMAGE.match(right[:40])):
            return None
    elif CROP_SEASON.search(sentence_left):
        return None  # (a crop season's area keeps its season, its part a storm flooded too: "vụ Mùa gieo cấy
        # 27.000 ha; trong đó 5.000 ha bị ngập do bão số 3")
    else:
        sentence = sentence_left + right[:right.find(".") if "." in right else len(right)]
        clause_after = re.split(r"[.;]", right, maxsplit=1)[0]
        storm = STORM.search(clause_after)  # (the figure the object of the damage: "46 xã bị ảnh hưởng bởi bão")
        if storm is not None and not (_DAMAGE.search(clause_after, 0, storm.start())
                                      or _RELIEF.search(clause_after, 0, storm.start())):
            return None
        if storm is None:
            paragraph_start = r.paragraph_of(start)
            sentence_start = start - len(sentence_left)
            if paragraph_start >= sentence_start or names_own_time(sentence_left):
                return None
            storm = last_match(STORM, r.w[paragraph_start:sentence_start])
        if storm is None or not (_DAMAGE.search(sentence) or _RELIEF.search(sentence)):
            return None
    return r.event_months().get(f"{storm.group(1).lower()} {storm.group(2)}")


# Relief of a disaster's damage: "xuất 1.200 tấn gạo hỗ trợ người dân", "các xã bị ảnh hưởng bởi bão"
_RELIEF = re.compile(r"(?<!\w)(?:hỗ trợ|cứu trợ|khắc phục|bị ảnh hưởng)(?!\w)", re.IGNORECASE)


_DAMAGE = re.compile(
    r"(?:[^.;]*?(?<!\w))?"
    r"(?:thiệt hại|hư hỏng|hư hại|sập|ngập|cuốn trôi|tốc mái|làm chết|mất tích|bị thương|gãy đổ|đổ)(?!\w)",
    re.IGNORECASE,
)


_SEASONS_JOINED = re.compile(CROP_SEASON.pattern + r"\s*(?:,|và|cùng)\s*"
                             + CROP_SEASON.pattern.replace("?P<", "?P<then_"),
                             re.IGNORECASE)


# A crop season named in a figure's own words after it: "430 ha lúa cuối vụ Hè Thu", "8.200 tấn lúa Đông Xuân"
_SEASON_AFTER = re.compile(r"[^\d,;.()]{0,20}?" + CROP_SEASON.pattern, re.IGNORECASE)
_WHY = re.compile(vocabulary().cause.pattern + "|" + vocabulary().favourable.pattern, re.IGNORECASE)


def _season_after(right: str) -> re.Match[str] | None:
    """The crop season the words right after a figure name as its own ("430 ha lúa cuối vụ Hè Thu"), not the
    season a cause names ("đóng góp 0,45 điểm phần trăm nhờ lúa Hè Thu được mùa")."""
    found = _SEASON_AFTER.match(right)
    if found is None:
        return None
    named_at = found.start("name") if found["name"] else found.start("crop") if found["crop"] else found.end()
    return None if _WHY.search(right, 0, named_at) else found


# A season of the weather, not a crop's: "mùa khô", "mùa mưa"
_WEATHER_SEASON = re.compile(r"mùa\s+(?:khô|mưa)", re.IGNORECASE)
# A crop season compared with, before its year: "so với vụ mùa năm 2022", "so với vụ Đông Xuân "
_SEASON_COMPARED = re.compile(r"(?<!\w)so\s+(?:với\s+)?(?:vụ|lúa)\s+[^\W\d]+(?:\s+[^\W\d]+)?\s+$", re.IGNORECASE)
# What may stand before a season opening a sentence: a list's mark ("a)", "-", "+"), and a label ("Trồng trọt:")
_LIST_MARK = re.compile(r"[\s\-+•–]*(?:\w[.)]\s+)?")
_LABEL = re.compile(r"[^\W\d][^:;.\d]{0,30}:\s*")


def _season_named(sentence_left: str) -> re.Match[str] | None:
    """The crop season a figure's clause names, or the one its sentence opens with when the clause names no time
    of its own ("Vụ Đông Xuân 2022-2023 gieo cấy 23.400 ha, tăng 0,8%; năng suất đạt 63,5 tạ/ha"), or names only a
    crop of it ("Vụ Đông Xuân được mùa: gieo cấy 35.600 ha lúa xuân, giảm 210 ha": the winter-spring season's)."""
    clauses = sentence_left.rsplit(";", 1)
    if _SEASONS_JOINED.search(clauses[-1]):
        return None  # the seasons of a report's months together: "sản lượng vụ Xuân và vụ Hè Thu ước đạt ..."
    season = last_match(CROP_SEASON, clauses[-1])
    if season is not None and _WEATHER_SEASON.match(season.group()) and "," in clauses[-1][season.end():]:
        season = None  # a dry season another phrase names ("kế hoạch phòng cháy rừng mùa khô 2022-2023, bảo đảm ...")
    if season is None and len(clauses) == 2 and names_own_time(clauses[-1]):
        return None
    if season is None or season["crop"]:
        mark = _LIST_MARK.match(sentence_left).end()
        label = _LABEL.match(sentence_left, mark)
        opening = CROP_SEASON.match(sentence_left, mark) or (
            # a season its label names or opens the sentence after it: "Cây trồng vụ Hè Thu: lúa ...", "Trồng trọt:
            # Vụ Xuân ..."
            last_match(CROP_SEASON, label.group()) or CROP_SEASON.match(sentence_left, label.end()) if label else None
        )
        if opening is not None and (season is None or opening.start() < season.start()):
            return opening  # (the season the sentence opens with)
    return season


def season_period(r: ReportContext, season: re.Match[str]) -> str:
    """The period of a crop season a text names (annotation guide 3.4, crop seasons). The winter-spring season, sown
    in one year and reaped in the next, is of its crop year ("vụ Đông Xuân 2022-2023": 2022/2023), written or not:
    without its years, the one reaped in the report's year (the next one in a report of the year's last months
    alone). A crop year or a dry season written with its years is of those years. A season within one calendar year
    (vụ Xuân, Hè Thu, Mùa, the north's vụ Đông, even written "vụ Đông 2022-2023") is of the year it is sown in."""
    name = season["name"] or season["pair"]
    first, second = season["first"], season["second"]
    if not name:
        return f"{first}/{second}" if second else first
    if re.fullmatch(r"đông\s+xuân", name, re.IGNORECASE):
        if first:
            return f"{first}/{second}" if second else f"{int(first) - 1}/{first}"
        reaped = r.period_end.year + (r.period_begin.month > 6 and r.period_end.month >= 10)
        return f"{reaped - 1}/{reaped}"
    return first or str(r.period_end.year)


def _season_year(r: ReportContext, name: str) -> str:
    """The year of a season a plan names without one: the winter-spring crop sown at the end of a year and reaped
    in the next spans both; in a report of the first half of a year it is the one being reaped."""
    if re.fullmatch(r"đông\s+xuân", name, re.IGNORECASE):
        first = r.period_end.year - 1 if r.period_end.month <= 6 else r.period_end.year
        return f"{first}/{first + 1}"
    return str(r.period_end.year)


def _paragraph_crop_year(r: ReportContext, start: int, sentence_left: str) -> str | None:
    """The crop year of a season the paragraph names before the figure's sentence ("Vụ Đông Xuân 2023-2024 ...")
    when no later sentence of it names another season."""
    paragraph_start = r.paragraph_of(start)
    sentence_start = start - len(sentence_left)
    if sentence_start <= paragraph_start or re.search(r"(?<!\w)(?:năm|tháng|quý)\s+(?:\d|I|V)", sentence_left) \
            or search(_SINCE_YEAR_START, sentence_left):
        return None  # (a sentence naming a time of its own keeps it: "Từ đầu năm xảy ra 9 vụ cháy")
    before = r.w[max(paragraph_start, sentence_start - 600):sentence_start]
    season = last_match(CROP_SEASON, before)
    if season is None or not season["second"] or _WEATHER_SEASON.match(season.group()):
        return None  # (a dry season's fires and floods are counted over the report's period, not over the season)
    later = _SENTENCE_END.split(before[season.end():], 1)  # (the season's own sentence, the sentences after it)
    if len(later) == 2 and (search(_SINCE_YEAR_START, later[1]) or names_own_time(later[1])):
        return None  # a sentence between naming a time of its own ends the season's frame
    return season_period(r, season)


def _line_label(r: ReportContext, start: int) -> str:
    """The label of the line holding ``start``: its words before a colon near the line's start."""
    line_start, _ = r.line_of(start)
    colon = r.w.find(":", line_start, min(start, line_start + 100))
    return r.w[line_start:colon] if colon >= 0 else ""


def periods_of(
    r: ReportContext, cand: Candidate, measure: str, sentence_left: str, right: str, left: str, subject_raw: str,
    previous: Figure | None, note_before_change: bool = False,
) -> tuple[str, str | None]:
    """(period, comparison_period) of a figure; comparison "prior" marks a prior-period comparison."""
    if "  " in sentence_left or "  " in right:
        # a justified line of a PDF spaces its words out ("thời  điểm  01/4/2019"): the words are read one space apart
        sentence_left, right, left, subject_raw = (
            _SPACES.sub(" ", words) for words in (sentence_left, right, left, subject_raw)
        )
    period = r.period
    section = r.seg.section_at(cand.start)
    anchor_text = ""
    if section.startswith("FN/"):
        # A footnote shares the time of the sentence that cites it.
        note = r.seg.footnotes[int(section[3:]) - 1]
        if note.anchor is not None:
            anchor_start = r.sentence_of(note.anchor)[0]
            anchor_text = r.w[anchor_start:note.anchor]
    school = school_year(r, cand.start)
    if school and not SCHOOL_YEAR.search(sentence_left) and names_own_time(sentence_left):
        school = None  # a sentence naming a time of its own is not of the school year an earlier one names
    if school and SCHOOL_YEAR.search(sentence_left) and not _DATE_PERIOD.search(sentence_left):
        found = None
    else:
        found = context_period(r, sentence_left, subject_raw, right, measure)
    span = _SPAN_OPENING.match(sentence_left) if found is None else None
    if span and int(span.group(1)) < int(span.group(2)):  # (a slip, "2020 - 2020" or a reversed span, names no span)
        found = f"{span.group(1)}/{span.group(2)}"  # "Lũy kế giai đoạn 2016-2020, ... đã bố trí 730 tỷ đồng"
    if found is None and r.period_kind != "year" and cand.start < r.tasks_start and (
        measure == "value" and search(WORK_ATTRIBUTE, sentence_left[-40:])
        or measure in ("value", "share_pct") and search(_COVERAGE, left.rsplit(";", 1)[-1])
    ):
        # what a work is ("tổng mức đầu tư 1.685 tỷ đồng", "quy mô 500 giường") and the share of people covered
        # ("tỷ lệ người dân có thẻ bảo hiểm y tế đạt 90,8%") are levels at the end of a report's part of a year (a
        # year's report states them for its year)
        found = r.ref_date
    if found in (None, r.period) and measure in ("value", "change_abs", "change_pct") and r.period_kind != "year" \
            and cand.start < r.tasks_start and _AGAINST_YEAR_EDGE.match(r.w, cand.end, min(len(r.w), cand.end + 80)):
        found = r.ref_date  # a level compared with the start or the end of a year is counted at a day: a stock
    of_time = _OF_TIME.match(right)
    if of_time:
        # a figure whose time is named right after it: "cao hơn mức 3,53% của 6 tháng đầu năm", "mức tăng 6,52% của
        # quý I", "gấp 5 lần mức 1,48% của 9 tháng năm 2021"
        named_after = _times_named(r, of_time.group(1), 0, of_time.group(1), "")
        bare_year = _BARE_YEAR.fullmatch(of_time.group(1))
        if named_after:
            found = max(named_after)[1]
        elif bare_year:
            found = bare_year.group(1)  # "cao hơn mức 3,1% của năm 2022;": the year named alone after it
    if school is None and section.startswith("FN/") and note.anchor is not None:
        school = school_year(r, note.anchor)
    # The year a bullet or a paragraph names in its label ("- Kỳ thi ... năm 2019: ...") or the subject names.
    own = own_words_year = None
    if measure in ("value", "rank", "share_pct"):
        # (read in the sentence, so that the words before its own are seen: "gấp 2,8 lần năm 2021, với 95 dự án")
        # (not a year inside a closed bracket, an aside: "(+1,2 tạ/ha so với vụ Xuân năm 2021); sản lượng ...")
        # (nor the year of a season compared with: "thấp hơn 0,8 tạ/ha so với vụ mùa năm 2021; sản lượng ước ...")
        own_words_year = last_match(_OWN_YEAR, _COMPARED_SEASON.sub(
            lambda m: " " * len(m.group()), _blank_brackets(sentence_left)
        ) if "so" in sentence_left else _blank_brackets(sentence_left))
        if own_words_year and own_words_year.start() < len(sentence_left) - len(left):
            own_words_year = None
        own = own_words_year or last_match(_OWN_YEAR, _line_label(r, cand.start))
        if own is own_words_year and own is not None and (any(
            season.end() == own.end() for season in CROP_SEASON.finditer(sentence_left, max(0, own.start() - 30))
        ) or _SEASON_COMPARED.search(sentence_left, max(0, own.start() - 40), own.start())):
            # the year of a crop season ("Vụ Đông Xuân năm 2023, ..."), read below as the season's, or of one compared
            # with ("thấp hơn 0,8 tạ/ha so với vụ mùa năm 2021; sản lượng ước 145.600 tấn")
            own = None
    # another year; or the report's own year named in the figure's words in a report of part of it ("tỷ lệ tốt
    # nghiệp THPT năm 2023 đạt 98%" in a 9-month report: the school exam's year, not the nine months)
    own_year = own.group(1) if own and (
        int(own.group(1)) != r.year or (own is own_words_year and r.period_kind != "year")
    ) else None
    if found and not (own_year and found == r.ref_date and not work_done(sentence_left, right)):
        period = found  # (a year in a work's name does not date its progress: "sạt lở năm 2020 đã san nền 70%")
    elif own_year:
        period = own_year
    elif measure in ("value", "change_abs") and r.period_kind != "month" and (
        month := _storm_month(r, cand.start, sentence_left, right)
    ):
        period = f"{r.year}-{month:02d}"  # the damage of a storm the text dates: "bão số 3 ... đầu tháng 9"
    elif measure != "plan_value" and (season := _season_named(sentence_left) or _season_after(right)):
        # a crop season is one of its year's: "vụ Xuân năm 2019", "vụ Đông Xuân 2023-2024", "vụ Mùa"
        period = season_period(r, season)
    elif measure != "plan_value" and (crop_year := _paragraph_crop_year(r, cand.start, sentence_left)):
        period = crop_year  # "Vụ Đông Xuân 2023-2024 đủ nước tưới. Toàn tỉnh gieo sạ 38.215 ha lúa"
    elif school:
        period = school
    elif anchor_text and context_period(r, anchor_text, anchor_text, "", measure):
        period = context_period(r, anchor_text, anchor_text, "", measure) or period
    elif section.startswith("P2") and measure == "value":
        # (a rate to reach is the year's level, not the rest of the year's: "phấn đấu tỷ lệ người dân có bảo hiểm
        # y tế đạt 93%" in a half-year report's tasks)
        period = planned_period(r.period) if cand.unit == "%" else rest_of(r.period)
    elif cand.start < r.tasks_start and measure not in ("plan_value", "plan_pct") and (
        titled := _section_period(r, cand.start)
    ):
        period = titled  # "a) Kết quả nửa đầu năm của hai tỉnh": the heading's time governs its section
    # a figure goes on with the period of the one before it in its sentence unless its own words name another
    # ("CPI tháng 9 tăng 3,05% so với cùng kỳ; tính chung 9 tháng tăng 2,71%")
    # (whatever its year: a rank ranks the level before it, "(năm 2022 đạt 45,1 tỷ USD, đứng thứ 2/63)", and the
    # changes and shares of an earlier year's level are that year's, "Chỉ số PCI năm 2022 (công bố tháng 4/2023) đạt
    # 66,2 điểm, xếp thứ 20/63, tăng 7 bậc")
    inheritable = previous is not None and previous.measure != "plan_value" and not names_own_time(left) \
        and not _aside_before(r, previous, cand.start)
    if inheritable and period == r.period and (
        measure in ("change_pct", "change_abs", "change_pp", "plan_pct", "rank", "share_pct")
        or (measure == "value" and not found and len(parse_period(previous.period).code) == 10
            and (previous.unit_text == "%") == (cand.unit == "%")  # (a work's progress dates no money after it)
            and (";" not in left or _day_goes_on(r, sentence_left[:len(sentence_left) - len(left)], left))
            and not search(WORK_ATTRIBUTE, r.w[max(0, previous.start - 40):previous.start])  # (nor its size)
            # (nor does a standing level dated only by the report's last day date a flow after it: "cà phê có
            # 52.000 ha, sản lượng ước 140.000 tấn" is the year's harvest)
            and not (previous.period == r.ref_date and _of_kind(r, previous.indicator, AT_PERIOD_END)))
    ):
        period = previous.period
    if note_before_change:
        return previous_year(period), None
    if PRIOR_BRACKET.search(left):
        if measure in ("change_pct", "change_abs", "change_pp"):
            return period, "prior"
        return previous_year(period), None
    prior_level = _PRIOR_LEVEL.search(left) if measure in ("value", "share_pct", "plan_pct") else None
    if prior_level:
        # the level of the same time a year earlier, in brackets after this one: "đạt 66,5% kế hoạch (cùng kỳ năm
        # 2022 đạt 61,3%)", "giải ngân 310 tỷ đồng (cùng kỳ năm trước là 275 tỷ đồng)"
        named = next((g for g in prior_level.groups() if g), None)
        then = with_year(period, int(named)) if named and named.isdigit() else previous_year(period)
        return then, (previous_year(str(r.year)) if measure == "plan_pct" else None)
    year_level = _YEAR_LEVEL_BRACKET.search(left) if measure in ("value", "share_pct", "plan_pct") else None
    if year_level and int(year_level.group(1)) < r.period_end.year:
        # the year written in the bracket: its level at the year's end for a level counted at a day, else the year's
        year = year_level.group(1)
        then = f"{year}-12-31" if _DAY.fullmatch(period) else year
        return then, (year if measure == "plan_pct" else None)
    compared = _COMPARED_BRACKET.search(left) if measure in ("value", "share_pct", "change_pct") else None
    opening = _OPENING_COMPARED_BRACKET.match(sentence_left) if measure == "change_pct" and not compared else None
    if compared or opening:
        # the level of the time compared with, in brackets: "cao hơn so với năm 2023 (7,03%)", "giảm 0,96 điểm
        # phần trăm so với cuối năm 2018 (5,12%)"; a growth there is that time's growth, over the time before it
        then = _compared(r, _COMPARE.search(left, compared.start()) if compared else _COMPARE.search(sentence_left),
                         period)[1]
        return then, (previous_year(then) if measure == "change_pct" and then else None)
    if measure == "plan_value" and school and is_school_year(r.period):
        # a school-year report plans for a school year: the one its section names, or the next
        planned = rest_of(r.period) if section.startswith("P2") else school
        return planned, planned
    if measure == "plan_value":
        # the tasks part plans for the next quarter, the rest of the year or the next year
        # (a school-year report's plan for its school year: "bằng 97,5% chỉ tiêu (13.800 em)" of its enrolment)
        year = tasks_period(r, sentence_left, right) if section.startswith("P2") or cand.start >= r.tasks_start \
            else r.period if is_school_year(r.period) else str(r.year)
        named_year = last_match(_PLAN_YEAR, left)
        if named_year and not section.startswith("P2") and abs(int(named_year.group(1)) - r.year) <= 1:
            year = named_year.group(1)  # "Kế hoạch vốn đầu tư công năm 2022 là 4.870 tỷ đồng"
        own_date = context_period(r, subject_raw, subject_raw, right, measure) if found else None
        if own_date and len(own_date) == 10 and own_date[:4] >= year[:4]:
            return own_date, year  # a level to reach by a date: "phấn đấu đến cuối năm có 88 xã đạt chuẩn"
        crop = last_match(CROP_SEASON, sentence_left.rsplit(";", 1)[-1])
        if crop:
            # a plan for a crop season: "xuống giống vụ Đông Xuân 2022-2023 khoảng 96.000 ha", and one whose
            # year is not written, the season's next: a winter-spring crop spans two years, the others one
            crop_year = season_period(r, crop) if crop["first"] else _season_year(r, crop["name"] or crop["pair"])
            return crop_year, crop_year
        if found and len(found) != 10 and found != r.period and not named_year:
            return found, found  # a plan for a time it names: "phấn đấu quý III đón 450 nghìn lượt khách"
        return year, year
    if measure == "plan_pct":
        if found and len(found) == 10 and found > r.period_end.isoformat():
            # a share of the plan to reach by a day named before it: "phấn đấu đến 31/12 giải ngân 90%" (the day
            # named after it is the next share's: "đến 31/12/2023 đạt trên 80% và đến 31/01/2024 đạt 95%")
            return found, str(r.year)
        deadline = _DEADLINE_AFTER.match(right)
        if deadline:  # "phấn đấu giải ngân toàn bộ kế hoạch vốn năm 2017 trước ngày 31/01/2018"
            try:
                day = date(int(deadline.group(3)), int(deadline.group(2)), int(deadline.group(1))).isoformat()
            except ValueError:
                day = None
            if day:
                return day, str(r.year)
        planned = str(r.year) if section.startswith("P2") else period
        # the plan of a year or a season is that year's or that season's ("Vụ đông 2022 - 2023: ... đạt 104,8% kế
        # hoạch": the 2022 winter crop's plan); a part of a year is measured against the year's plan
        return planned, planned if len(planned) == 4 or SPAN_CODE.fullmatch(planned) else str(r.year)
    if measure not in ("change_pct", "change_abs", "change_pp"):
        return period, None
    if _AGAINST_PLAN_AFTER.match(right) or _AGAINST_PLAN_BEFORE.search(left):
        # a change against the plan of its own period ("vượt 3,6% kế hoạch", "thấp hơn 1,2% so với kế hoạch"),
        # never against last year: compared with its own period
        return period, period
    if PRIOR.search(left):
        return period, "prior"
    past = _PAST_YEAR_CHANGE.search(left)
    if past and int(past.group(1)) < r.period_end.year:
        return past.group(1), str(int(past.group(1)) - 1)  # "(năm 2018 tăng 6,92%)": that year's own growth
    # (a comparison opening the sentence governs its list: "So với tháng trước, nhóm A tăng 0,4%; nhóm B ...")
    own_left = left.rsplit(";", 1)[-1]  # (not the comparison of a figure before a semicolon)
    m = _COMPARE.search(right) or _COMPARE.search(own_left) or _COMPARE.match(sentence_left.lstrip())
    return _compared(r, m, period) if m else (period, previous_year(period))


def _compared(r: ReportContext, m: re.Match[str], period: str) -> tuple[str, str | None]:
    """(period, comparison_period) of a change of ``period`` against the time a comparison names ("so với cùng kỳ
    năm 2022", "so với quý trước", "so với tháng 12/2025", "so với đầu năm", "so với năm học 2022-2023")."""
    comparison = previous_year(period)
    year = m.group(2) or m.group(3) or m.group(6)
    if m.group(10):
        quarter = ROMAN.get(m.group(10).upper()) or int(m.group(10))
        comparison = f"{m.group(11) or r.year}-Q{quarter}"
    elif m.group(12):
        if m.group(12).lower() == "tháng trước" and parse_period(period).kind not in ("month", "date"):
            # a change against the month before is a month's (a price index's): the report's last month
            period = f"{r.period_end.year}-{r.period_end.month:02d}"
        comparison = step_back(period)
    elif m.group(13) and 1 <= int(m.group(13)) <= 12:
        # "so với tháng 12 năm trước", "so với tháng 12/2025": that month
        named = m.group(14) or m.group(15)
        month_year = r.year - 1 if named and not named.isdigit() else int(named or r.year)
        comparison = f"{month_year}-{int(m.group(13)):02d}"
    elif m.group(8):
        edge_year = int(m.group(9)) if m.group(9) else r.year
        # the start of a year is the end of the one before
        comparison = f"{edge_year - 1}-12-31" if m.group(8).lower() == "đầu" else f"{edge_year}-12-31"
    elif m.group(4):
        comparison = school_year_code(m.group(4), m.group(5)) or comparison
    elif m.group("half"):
        # "so với nửa đầu năm 2023", "so với nửa cuối năm trước": that half of a year
        named = m.group("half_year")
        half_year = r.year - 1 if named and not named.isdigit() else int(named or r.year)
        comparison = f"{half_year}-{'H1' if m.group('half').lower() == 'đầu' else 'H2'}"
    elif m.group("just_before") and 1 <= month_number(m.group("just_before")) <= 12:
        # "so với 6 tháng trước", "so với cùng kỳ 3 tháng liền trước": the span of as many months just before (none
        # when no code names it)
        return period, span_before(period, month_number(m.group("just_before")))
    elif m.group("span") and 2 <= month_number(m.group("span")) <= 11:
        # "so với 9 tháng năm 2022", "so với 6 tháng đầu năm trước": those first months of that year; "so với 6 tháng
        # cuối năm trước": the last ones
        named = m.group("span_year")
        span_year = r.year - 1 if named and not named.isdigit() else int(named or r.year)
        months = month_number(m.group("span"))
        if (m.group("span_edge") or "").lower() == "cuối":
            comparison = last_months(span_year, months) or comparison
        else:
            comparison = first_months(span_year, months)
    elif year and year.isdigit():
        comparison = with_year(period, int(year)) if m.group(1) else year
    elif m.group(7) and (season := _SEASON_YEAR_AFTER.match(m.string, m.end())):
        comparison = season.group(1)  # "so với vụ Mùa năm 2023": the season of that year
    return period, comparison


# A time named in a figure's own words: a month, a quarter, a span of months, a year, the whole year ("cả năm",
# "trong năm").
_OWN_TIME = re.compile(
    r"(?<!\w)(?:tháng\s+" + MONTH_NAME + r"|quý\s+(?:" + QUARTER_NUMERAL + r")(?!\w)|(?:\d{1,2}|" + SPAN_WORDS
    + r")\s+tháng(?!\s*tuổi)|năm\s+\d{4}(?!\s*[-–]\s*\d)|(?:cả|trong)\s+năm|bình quân\s+năm)",
    re.IGNORECASE,
)


def _aside_before(r: ReportContext, previous: Figure, start: int) -> bool:
    """Whether the figure before ``start`` was in a bracket of words of its own that closed before it: an aside
    ("(quý I tăng 5,2%), cao hơn cả nước (khoảng 4%)"), not one of a list's bracketed figures ("thị xã A (15,8%),
    huyện B (14,2%)")."""
    if not _closed_after(r.w[previous.end:start]):
        return False
    opened = r.w.rfind("(", 0, previous.start)
    return opened >= 0 and not _BARE_BEFORE.fullmatch(r.w, opened + 1, previous.start)


_BARE_BEFORE = re.compile(r"[\s+\-–]*(?:(?:khoảng|trên|dưới|gần|hơn|chỉ|mới|ước|đạt|là)\s*)*", re.IGNORECASE)


def _closed_after(between: str) -> bool:
    """Whether the words between two figures close a bracket the first was in: that one was an aside ("(quý I
    tăng 5,2%), cao hơn cả nước (khoảng 4%)") whose time does not go on."""
    depth = 0
    for char in between:
        depth += (char == "(") - (char == ")")
        if depth < 0:
            return True
    return False


def names_own_time(words: str) -> bool:
    """Whether the words before a figure (from the figure before it) name a time of their own, not one compared
    with ("so với tháng trước", "cao hơn cùng kỳ năm 2022")."""
    if not search(_OWN_TIME, words):
        return False
    return bool(_OWN_TIME.search(_COMPARE.sub(" ", words)))


def _section_period(r: ReportContext, start: int) -> str | None:
    """A part of the report's year that the heading of the figure's section names ("Quý II", "nửa đầu năm"); a
    heading running on into its paragraph on one line ("3.1. Tuyển sinh lớp 10 năm 2019. Cả tỉnh có ...")
    is its words up to its first full stop, for the figures after it."""
    title = r.section_title(start)
    if not title:
        heading_start = r.section_start(start)
        heading = _HEADING_RUN_ON.match(r.w, heading_start, start)
        title = heading.group(1) if heading else ""
    if title not in r.section_periods:  # (read once per heading, not once per figure)
        r.section_periods[title] = _period_titled(r, title)
    return r.section_periods[title]


# a numbered heading's words up to the full stop that ends them on its line, a sentence following on the same line
_HEADING_RUN_ON = re.compile(r"[ \t]*(?:[IVX]+\.|\d+(?:\.\d+)*\.?|[a-zđ]\))[ \t]*([^\n.:;]{3,100}?)\.[ \t]+(?=\S)")


def _period_titled(r: ReportContext, title: str) -> str | None:
    named = periods_named(title)
    if not named and r.period_kind != "year" and search(_WHOLE_YEAR, title):
        return str(r.year)  # "1. Dự kiến thực hiện cả năm" in a report of part of the year: the year's forecasts
    if not named:
        return None
    code = named[0][2].replace("YYYY", str(r.year))
    try:
        period = parse_period(code)
    except ValueError:
        return None
    inside = r.period_begin <= period.begin and period.end <= r.period_end
    return code if code != r.period and inside else None


_FOLLOWING = ("share_pct", "change_pct", "change_abs", "change_pp", "plan_pct", "rank")  # (what follows a level)


def inherit_total_periods(r: ReportContext, figures: list[Figure]) -> None:
    """The parts of a breakdown whose own words name no period take their total's ("Đến tháng 6, toàn tỉnh có 693
    trường đạt chuẩn; trong đó: mầm non 214 trường, đạt 93,4% ...": the parts are counted at the same date), and
    so do the shares and changes that follow such a part in its sentence."""
    report_period = r.period
    by_start = {f.start: f for f in figures}
    changed: dict[tuple[int, int], str] = {}  # sentence -> the period its last part took
    for f in sorted(figures, key=lambda f: f.start):
        sentence = r.sentence_of(f.start)
        if f.period != report_period:
            changed.pop(sentence, None)
            continue
        if f.measure in _FOLLOWING and sentence in changed and f.parent is None:
            f.period = changed[sentence]
            continue
        if f.measure not in ("value", "share_pct"):
            continue
        total = by_start.get(f.parent) if f.parent is not None else None
        seen = 0
        while total is not None and total.period == report_period and total.parent is not None and seen < 8:
            total, seen = by_start.get(total.parent), seen + 1
        if total is not None and total.period != report_period and total.measure in ("value", "share_pct") \
                and not _aside_before(r, total, f.start):
            # (not a total in an aside closed before the part: "vốn 18.300 tỷ đồng (riêng 6 tháng đầu năm 1.120 tỷ
            # đồng), như nhà máy A (286 tỷ đồng)" — the plants are of the year's projects)
            f.period = changed[sentence] = total.period


# Words by which a clause names its own time: then a date stated earlier in the paragraph does not govern it.
_OWN_TIME_WORDS = re.compile(r"(?<!\w)(?:tháng|quý|năm|kỳ|vụ|ngày|đến nay|hiện nay|hiện có)(?!\w)", re.IGNORECASE)


# A sentence giving the cause of the figure before it: "Nguyên nhân chủ yếu do giá thực phẩm tăng 2,1%", "Nguyên
# nhân làm chỉ số giá tăng là ...", "Chủ yếu do nhóm nhà ở tăng 1,4%"
_CAUSE_OPENER = re.compile(r"\s*(?:nguyên nhân|chủ yếu (?:là )?do|một phần do)(?!\w)", re.IGNORECASE)


def explains_before(sentence_left: str) -> bool:
    """Whether a sentence gives the cause of the figure before it: its figures are of that figure's period."""
    return bool(_CAUSE_OPENER.match(sentence_left)) and not names_own_time(sentence_left)


def run_up_to_report_end(r: ReportContext, period: str, indicator: str | None, sentence_left: str) -> bool:
    """Whether a level was put at the report's last day only because its words name no day: a work's progress, a
    total run up so far ("lũy kế có 86 dự án"). The day its paragraph states dates it instead ("Đến 30/11 đã giải
    ngân ... . Tiến độ dự án A đạt 62% khối lượng")."""
    return period == r.ref_date and (indicator in SINCE_START or bool(search(HELD_AT_DAY, sentence_left)))


def paragraph_date(r: ReportContext, start: int, sentence_start: int) -> str | None:
    """The date a paragraph states before the figure's sentence ("Vụ lúa Hè thu: tính đến ngày 15/8/2022, ... . Đã
    thu hoạch 117.000 ha ..."): a level whose own sentence names no time is counted on that day too, and so are the
    items of a list the paragraph leads into ("Đến ngày 30/11, giải ngân ... Theo nguồn vốn:" and "- Vốn ngân sách
    địa phương: giải ngân 2.145 tỷ đồng"). A day in brackets is an aside's."""
    paragraph_start = r.paragraph_of(start)
    clause = r.w[sentence_start:start]
    # (a bracket is an aside: "- Vốn kéo dài (từ năm trước chuyển sang): kế hoạch 760 tỷ đồng, giải ngân ...")
    if _OWN_TIME_WORDS.search(_blank_brackets(clause)) or _DAY_WRITTEN.search(clause):
        return None
    if paragraph_start < sentence_start:
        before = r.w[paragraph_start:sentence_start]
    elif (lead := r.list_lead(start)) and not _OWN_TIME_WORDS.search(_blank_brackets(r.w[paragraph_start:start])):
        before = lead
    else:
        return None
    # the sentences before, nearest first: a day goes on until a sentence names a time of its own ("... đến 31/10
    # đạt 9.250 tỷ đồng. Cả năm ước 11.400 tỷ đồng. Trong đó, thu nội địa ...": the year's parts)
    for sentence in reversed(_SENTENCE_END.split(_blank_brackets(before))):
        if _AIMED_DAY.search(sentence):
            continue  # a target's day dates its own sentence only: "Phấn đấu đến 31/12 giải ngân trên 85% kế hoạch."
        found = context_period(r, sentence, "", "", "value", clause_days=False)
        if found and _DAY.fullmatch(found):
            if found <= r.period_end.isoformat() or not _FORESEEN.search(sentence):
                # (a day after the report's period in a count told as done is the day it was counted to: "Tính đến
                # ngày 22/8, toàn tỉnh ghi nhận 1.980 ca mắc. Tỉnh đã tiêm 154.000 liều vắc xin" in a news item)
                return found if found != r.ref_date else None
            # a day after the report's period is a forecast's or a deadline's ("Ước đến 31/01/2022 giải ngân trên
            # 95% kế hoạch."): it dates its own sentence only, and the paragraph's earlier day goes on
            continue
        if found or names_own_time(sentence):
            return None
    return None


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# words of what is foreseen, not yet done: "Ước đến 31/01/2024 ...", "dự kiến", "phấn đấu", "kế hoạch"
_FORESEEN = re.compile(r"(?<!\w)(?:ước|dự kiến|phấn đấu|mục tiêu|kế hoạch|sẽ)(?!\w)", re.IGNORECASE)
# a day a target is set for: "Phấn đấu đến 31/12 ...", "dự kiến đến hết ngày 31/01/2024 ..."
_AIMED_DAY = re.compile(r"(?<!\w)(?:phấn đấu|dự kiến|mục tiêu)\s+(?:đến|tới)(?!\w)", re.IGNORECASE)
_DAY_WRITTEN = re.compile(r"(?<!\d)\d{1,2}\s*/\s*\d{1,2}(?!\d)")  # a day and month written: "31/12", "30/6/2023"


_FIRST_MONTHS = re.compile(r"\d{4}-(?:H1|\d{1,2}M)")  # period codes of the first months of a year
_FIRST_QUARTER = re.compile(r"\d{4}-Q1")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_RUNNING_TOTAL = vocabulary().running_total
# "đến ngày 30/11", "tính đến hết 30/6", "đến cuối tháng 3", "đến nay": counted up to a day
UP_TO = re.compile(  # a count up to a day or a month: "tính đến ngày 30/6", "đến hết 15/9"
    r"(?<!\w)(?:tính\s+)?(?:đến|tới)\s+(?:(?:hết\s+)?" + _HOUR
    + r"(?:ngày\s+)?\d{1,2}/\d{1,2}|(?:hết|cuối)\s+tháng|nay(?!\w))",
    re.IGNORECASE,
)
# the verb of work done so far right before a count no indicator names: "đã tiêu thụ khoảng", "mới xuống giống" (not
# a level's verb: "mới đạt", "đã có")
_DONE_SO_FAR = re.compile(
    r"(?<!\w)(?:đã|mới)\s+(?!(?:có|đạt|còn|là|ở)(?!\w))(?:[^\W\d]+\s+){1,3}(?:khoảng\s+|được\s+|trên\s+)?$",
    re.IGNORECASE,
)
_CHANGES = ("change_pct", "change_abs", "change_pp")
# a share naming nothing after it: "đường B đạt 65%;"
_BARE_SHARE = re.compile(r"\s*(?:[;.]|$)")


def work_done(before: str, after: str) -> bool:
    """Whether the words around a number name the share of a work done: of its volume, its site, its contract
    ("hoàn thành 58% khối lượng", "đã bàn giao 87,3% mặt bằng", "khối lượng thi công đạt khoảng 45%")."""
    # (what it is a share of named after it: its volume, its site, its contract value, its schedule; the vocabulary's
    # list, which names the progress indicator too)
    return bool(vocabulary().work_done_after.match(after) or _WORK_DONE_BEFORE.search(before[-60:])
                or _WORK_DONE_NAMED.search(before[-60:]))


def _work_progress(r: ReportContext, f: Figure, before: str) -> bool:
    """Whether a level at a date is the progress of a work since it started: the share of its volume, of its site
    ("đã hoàn thành 58% khối lượng", "khối lượng thi công đạt khoảng 45%", "đã bàn giao 87,3% mặt bằng"), or a
    level of an indicator the vocabulary counts since a work's start."""
    right = r.w[f.end:f.end + 40]
    return (
        f.indicator in SINCE_START
        or work_done(before, right)
    )


def drawn_period(r: ReportContext, f: Figure) -> str:
    """The period of capital drawn so far against the year's plan ("giải ngân"), in a report on part of the year.
    It has been drawn since 1 January, so it is a year-to-date flow (annotation guide 3.4): in a quarter's or a
    month's report, the months from January to the report's last day (``year_to_date``: "Quý III giải ngân 540 tỷ
    đồng, đạt 48,2% kế hoạch" is of 2023-9M); and a year named before it names the plan's capital, not the time
    drawn ("Vốn năm 2022 giải ngân được 315 tỷ đồng" in a 6-month report: drawn over the report's own six months).
    The plan itself (a target) keeps its year."""
    if r.period_kind == "year" or f.status not in ("actual", "estimate"):
        return f.period
    if f.period == str(r.year):
        return r.period if _FIRST_MONTHS.fullmatch(r.period) else year_to_date(r.ref_date)
    if f.period == r.period and r.period_kind in ("quarter", "month"):
        return year_to_date(r.ref_date)
    return f.period


YEAR_TO_DATE = vocabulary().year_to_date
_REGISTRATIONS = vocabulary().year_to_date_registrations
_YEAR_TO_DATE_WORDS = vocabulary().year_to_date_words
_SINCE_WORK_START = vocabulary().since_work_start_words


def runs_from_year_start(r: ReportContext, f: Figure, before: str) -> bool:
    """Whether a figure counted up to a day is a flow run up from 1 January (a year-to-date flow of the annotation
    guide, 3.4: capital drawn, budget collected or spent, goods sold), not a level held at the day, a sowing's
    progress or a total run up since a work started ("lũy kế giải ngân 860 tỷ đồng" of a road's whole cost).
    ``before`` holds the words of its sentence before it."""
    if "/" in f.unit_text or work_done(before, r.w[f.end:f.end + 40]):
        return False  # (a ratio, the whole of an X/Y pair, the share of a work done: "đạt 94% diện tích")
    clause = before.rsplit(";", 1)[-1]
    drawn = bool(search(_YEAR_TO_DATE_WORDS, clause[-80:]))
    if f.indicator in SINCE_START and not drawn:
        return False  # a work's money named without the drawing of it is its progress ("... đạt 94% diện tích")
    within_year = _of_kind(r, f.indicator, YEAR_TO_DATE) and f.indicator not in SINCE_START
    if not within_year and search(_SINCE_WORK_START, clause) and not search(_SINCE_YEAR_START, clause):
        return False
    if f.indicator:
        return within_year or _of_kind(r, f.indicator, YEAR_TO_DATE | _REGISTRATIONS)
    return drawn


def _as_year_to_date(f: Figure) -> None:
    """A year-to-date flow counted up to a day that closes a month takes the span from 1 January (2024-9M; the whole
    year, no longer a running total, at 31 December), and its comparison the same span a year earlier."""
    span = year_to_date(f.period)
    if span == f.period:
        return
    if f.comparison_period == previous_year(f.period):
        f.comparison_period = previous_year(span)
    f.period = span
    if parse_period(span).kind == "year":
        f.cumulative = False


def apply_cumulative(r: ReportContext, figures: list[Figure]) -> None:
    """Whether each figure is a running total. A figure over the first months of the year (6 tháng, 9 tháng, 11
    tháng) is one; so is a level at a date that has accumulated since the start of the year ("lũy kế đến 30/6", a
    flow counted up to a date: "đến ngày 30/11 đã giải ngân ...") or of a work (its share done, its site handed
    over), but not a stock at a date (herds, schools meeting the standard). A change of such a level, and a part
    of such a total, is one too."""
    w = r.w
    by_start = {f.start: f for f in figures}
    last_level: dict[tuple[int, int], Figure] = {}  # sentence -> its last level at a date
    from_year_start: dict[int, Figure] = {}  # flows run up from 1 January to a day, by id (spans set at the end)
    for f in figures:
        if f.indicator in DRAWN_TO_DATE and f.measure in ("value", "plan_pct", "share_pct"):
            f.period = drawn_period(r, f)
            if _FIRST_QUARTER.fullmatch(f.period) and f.status in ("actual", "estimate"):
                f.cumulative = True  # drawn from 1 January to the end of March, as over 6 or 9 months
                continue
        code = f.period
        if _FIRST_MONTHS.fullmatch(code):
            f.cumulative = True
            continue
        if not _DAY.fullmatch(code):
            continue
        sentence = r.sentence_of(f.start)
        before = w[sentence[0]:f.start]
        parent = by_start.get(f.parent) if f.parent is not None else None
        if w[f.start - 1:f.start] == "/":
            continue  # the whole of an X/Y pair is a size, not a total run up: "đến nay đã có 14/18 tàu"
        if f.measure in ("value", "plan_pct", "share_pct"):
            # a flow counted up to a date ("đến ngày 30/11 đã giải ngân ...") has run since the start of the year;
            # a stock at a date has not, unless it is the progress of a work
            # (a ratio is neither: "năng suất ước đạt 6,92 tấn/ha")
            # (counted up to a day its own sentence or, for a day after the report's period a sentence naming none
            # takes from its paragraph, the paragraph names: "Tính đến ngày 12/7, ghi nhận 2.310 ca mắc. Tỉnh đã
            # tiêm 184.500 liều vắc xin" in a news item on the half year)
            flow_to_date = (f.indicator not in r.lex.stocks if f.indicator else bool(_DONE_SO_FAR.search(before))) \
                and "/" not in f.unit_text and bool(UP_TO.search(before) or code > r.period_end.isoformat() and (
                    not _DAY_WRITTEN.search(before) and UP_TO.search(w[r.paragraph_of(f.start):sentence[0]])))
            level = last_level.get(sentence)
            if f.measure != "value" and level is not None and level.period == code and f.indicator in (
                None, level.indicator
            ):
                from_start = id(level) in from_year_start  # an achievement or a share goes with its level
            else:
                from_start = runs_from_year_start(r, f, before)  # (budget, sales, capital drawn since 1 January)
            f.cumulative = from_start or bool(_RUNNING_TOTAL.search(before)) or flow_to_date or _work_progress(
                r, f, before
            ) or (
                # capital drawn against the year's plan, at a day: drawn since 1 January
                f.indicator in DRAWN_TO_DATE and "/" not in f.unit_text
            ) or (
                parent is not None and parent.period == code and parent.cumulative
            ) or (
                # the works of a list share the words of the first's progress: "hồ chứa A hoàn thành 72% khối
                # lượng; đường B đạt 65%; kè C đạt 40%"
                level is not None and level.period == code and level.cumulative and f.unit_text == "%"
                and level.unit_text == "%" and _work_progress(r, level, w[sentence[0]:level.start])
                and bool(_BARE_SHARE.match(w, f.end)) and ";" in w[level.end:f.start]
            ) or (
                # a count no indicator names, in a sentence opening with the day it tallies up to, after a running
                # total of that day: "Tính đến ngày 22/8 ghi nhận 1.980 ca mắc ...; đã có 1.730 bệnh nhân được
                # điều trị khỏi" (not a day of one clause: "giải ngân đến 20/11 đạt ...; cấp nước cho 860 hộ")
                f.measure == "value" and not f.indicator and "/" not in f.unit_text
                and bool(UP_TO.match(before.lstrip(" -–+•\t")))
                and level is not None and level.period == code and level.cumulative
            ) or (
                # an achievement of an amount run up to the date is run up too: "..., trong đó vốn địa phương 640
                # tỷ đồng, đạt 58,9%"
                f.measure == "plan_pct" and level is not None and level.period == code and level.cumulative
            )
            if f.measure in ("value", "share_pct"):
                last_level[sentence] = f
            if f.cumulative and (
                from_start
                or parent is not None and parent.period == code and id(parent) in from_year_start
            ):
                from_year_start[id(f)] = f
        elif f.measure in _CHANGES:
            level = last_level.get(sentence)
            f.cumulative = level is not None and level.period == code and level.cumulative
            if f.cumulative and level is not None and id(level) in from_year_start:
                from_year_start[id(f)] = f
    for f in from_year_start.values():
        _as_year_to_date(f)


# the words of a level right before its number: "nâng tổng số lên", "toàn tỉnh có", "còn", "đạt khoảng", "chiếm"
_LEVEL_BEFORE = re.compile(
    r"(?<!\w)(?:có|còn|đạt|là|lên|xuống|chiếm|với)(?:\s+(?:thêm|khoảng|trên|gần|hơn|dưới))*\s*$|^\s*/\s*$",
    re.IGNORECASE,
)


def _words_of_list(clause: str) -> str:
    """The words before the first count of the list a clause ends in ("công nhận 18 sản phẩm (15 sản phẩm 3 sao, " ->
    " công nhận "; "có thêm 3 xã đạt chuẩn nâng cao và " -> " có thêm "), or "/" after the first of an X/Y pair."""
    pieces = _NUMBER_SPLIT.split(clause)
    at = len(pieces) - 1
    while at > 0 and _JOINED.fullmatch(pieces[at]):
        at -= 1
    return pieces[at]


_NUMBER_SPLIT = re.compile(r"\d[\d.,]*")
_JOINED = re.compile(r"[^\d;./]{0,60}?(?:\s(?:và|cùng)|[,(])\s*")  # a count's noun and the joiner to the next


# what is still to be added by the end of a report's year: "trồng thêm 120 ha", "cấp thêm ít nhất 6 mã số", "thành
# lập mới 5 hợp tác xã", "bàn giao 215 căn nhà còn lại"
_STILL_TO_ADD = re.compile(
    r"(?<!\w)(?<!có )(?:thêm|(?:thành lập|cấp|xây dựng) mới)(?:\s+(?:khoảng|ít nhất|tối thiểu|trên|từ))*\s*$",
    re.IGNORECASE,
)
_REST_AFTER = re.compile(r"\s*[^\d,.;]{0,30}?(?<!\w)còn lại(?!\w)", re.IGNORECASE)


def tasks_period(r: ReportContext, sentence_left: str, right: str) -> str:
    """The period a target of the tasks part is for: what a report of part of a year says is still to be added
    ("trồng thêm 120 ha rừng", "thành lập mới 5 hợp tác xã", "215 căn nhà còn lại") is for the rest of its year; the
    other targets are for the planned period (the whole year, the next year), but for a crop season whose years
    are written ("vụ đông 2022 - 2023 gieo trồng 15.500 ha": the season's)."""
    season = last_match(CROP_SEASON, sentence_left.rsplit(";", 1)[-1])
    if season is not None and season["first"]:
        return season_period(r, season)
    if r.period_kind != "year" and (_STILL_TO_ADD.search(sentence_left[-40:]) or _REST_AFTER.match(right)):
        return rest_of(r.period)
    return planned_period(r.period)


def stock_period(r: ReportContext, period: str, sentence_left: str, right: str = "") -> str:
    """The period of a stock's level: one stated without a time is counted at the end of the report's period, and
    so is one whose paragraph, not its own sentence, names a school year ("Kết thúc năm học 2024-2025, ... . Toàn
    tỉnh có 418 trường đạt chuẩn quốc gia": the schools are counted at the report's date, not over a school year).
    A count of things opened or founded is a flow of its period ("đưa vào sử dụng 2 chợ mới", "có 196 doanh
    nghiệp thành lập mới"), and so is a count of what was done over a span its clause names ("9 tháng đã thẩm định 4
    xã"), though not a level then ("6 tháng qua có thêm 3 xã ..., nâng tổng số lên 21 xã")."""
    if _NEWLY_COUNTED.match(right) or _OPENED_BEFORE.search(sentence_left[-60:]):
        return period
    own_clause = sentence_left.rsplit(";", 1)[-1]
    if period == r.period and names_own_time(own_clause) and not _LEVEL_BEFORE.search(_words_of_list(own_clause)):
        return period  # what was done over a span the clause names: "6 tháng đã đánh giá, công nhận 24 sản phẩm"
    if period == r.period and not (r.period_kind == "year" and search(_WHOLE_YEAR, sentence_left.rsplit(";", 1)[-1])):
        return r.ref_date  # (not a level the words date themselves: "dân số trung bình năm 2023 ước 1,6 triệu")
    if SPAN_CODE.fullmatch(period) and not is_school_year(r.period) and not SCHOOL_YEAR.search(sentence_left):
        return r.ref_date
    return period


AT_PERIOD_END = vocabulary().at_period_end


# A sentence opening with the day it counts up to: "Tính đến ngày 30/11/2023, ...", "Đến hết tháng 10, ...".
_OPENS_UP_TO = re.compile(
    r"\s*(?:[-+•]\s*)?(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?(?:\d{1,2}\s*/\s*\d{1,2}|tháng)",
    re.IGNORECASE,
)
_THERE_ARE = re.compile(r"(?<!\w)(?:có|còn)(?!\w)", re.IGNORECASE)
# Sowing, harvest and epidemic tallies stay levels at their day (annotation guide 3.4).
# Where the figure's own words start: after the last comma, semicolon or opening bracket (a bracket naming a year
# of its own: "(năm 2022 là ...").
_CLAUSE_BREAK = re.compile(r"[,;(]")
# Words of a result reached (vocabularies/extraction.toml [cues] outcome): "hoàn thành", "đào tạo", "bàn giao".
_RESULT_DONE = vocabulary().outcome
_TALLIED_AT_DAY = re.compile(r"(?<!\w)(?:gieo|cấy|sạ|xuống giống|thu hoạch|ca mắc|mắc bệnh|dịch)(?!\w)", re.IGNORECASE)


def _done_since_january(r: ReportContext, f: Figure, sentence_left: str) -> bool:
    """Whether a figure is what was done from 1 January up to the day its sentence opens with ("Tính đến ngày
    30/11, các đội tuyển tham gia 32 giải, giành 165 huy chương", "Đến hết tháng 10, Sở hoàn thành 41/48 nhiệm
    vụ"): a count of things done, whatever its indicator, not what is held then (a stock, a level, a work's running
    total, a sentence saying what there is: "toàn tỉnh có 2.400 trạm; trong đó ..."), nor a target's day, nor a
    sowing, harvest or epidemic tally; nor a figure naming its own time ("... giành 38 huy chương (năm 2022 là 29
    huy chương)"), nor a count no indicator names unless its own words name a result done ("Sở hoàn thành 41/48
    nhiệm vụ", but not "số tài khoản đạt 86.300": what is held, as likely as what was done)."""
    own = _CLAUSE_BREAK.split(sentence_left)[-1]
    if f.status in ("target", "forecast") or not _OPENS_UP_TO.match(sentence_left) \
            or _THERE_ARE.search(sentence_left) or _TALLIED_AT_DAY.search(sentence_left) \
            or search(CROP_SEASON, sentence_left) or names_own_time(own):
        return False
    if not f.indicator:
        return bool(_RESULT_DONE.search(own))
    return not (_of_kind(r, f.indicator, r.lex.stocks | AT_PERIOD_END) or f.indicator in SINCE_START)


def counted_from_january(r: ReportContext, figures: list[Figure]) -> None:
    """A flow of the year counted up to a day (vocabularies/extraction.toml [running_totals] from_january) is of the
    first months of the year up to it: what was collected, registered or founded by then has run since 1 January,
    so "thu ngân sách đến 30/11 đạt ..." is of the first eleven months (2022-11M) and "Tính đến ngày 30/6, tỉnh thu
    hút ..." in a six-month report of its six months. A day inside a month stays a day ("đến ngày 15/12", "Tính đến
    ngày 15/9" in a nine-month report: annotation guide 3.4), and so do a target's day in the tasks part and a
    stock's ("lũy kế đến nay có 86 dự án FDI, tổng vốn đăng ký 1,7 tỷ USD")."""
    converted: dict[tuple[int, int], tuple[str, str]] = {}  # sentence -> (the day, the months) of a flow in it
    for f in sorted(figures, key=lambda f: f.start):
        if f.start >= r.tasks_start or not _DAY.fullmatch(f.period):
            continue
        sentence = r.sentence_of(f.start)
        if search(HELD_AT_DAY, r.w[sentence[0]:f.start].rsplit(";", 1)[-1]):
            continue
        if not (f.indicator and (
            f.indicator in FROM_JANUARY or FROM_JANUARY & r.lex.ancestors.get(f.indicator, frozenset())
        )) and not _done_since_january(r, f, r.w[sentence[0]:f.start]):
            # (a count no indicator names, dated by the same day as a flow before it in its sentence, is of that
            # flow's months too: "Tính đến ngày 30/6, tỉnh thu hút 1,4 tỷ USD vốn FDI ..., 23 lượt điều chỉnh vốn")
            if f.indicator or converted.get(sentence, ("", ""))[0] != f.period:
                continue
        day = parse_period(f.period).begin
        if day == parse_period(f"{day.year}-{day.month:02d}").end:
            code = first_months(day.year, day.month)  # up to the last day of a month: the months up to it
        else:  # (another day is that day, even in the report's last month: "Tính đến ngày 15/9" in a 9-month report)
            continue
        if f.comparison_period == previous_year(f.period):
            f.comparison_period = previous_year(code)
        converted[sentence] = (f.period, code)
        f.period = code


def level_at_period_end(r: ReportContext, period: str, indicator: str | None, start: int, sentence_left: str) -> str:
    """The period of a level a report states at its last day when no time of its own is named (vocabularies/
    extraction.toml [levels]): a share covered ("tỷ lệ lao động qua đào tạo đạt 71%"), a standing area of perennial
    crops ("cây ăn quả đạt 21.400 ha"); not in the tasks part, nor an area newly planted. A yearly report's level is
    at the year's last day too (annotation guide 3.4: "never the year"), even where its words name the year ("tỷ lệ
    che phủ rừng năm 2023 đạt 43%": the cover at the end of 2023)."""
    if period != r.period or start >= r.tasks_start or not indicator:
        return period
    if not (indicator in AT_PERIOD_END or AT_PERIOD_END & r.lex.ancestors.get(indicator, frozenset())):
        return period
    own_clause = sentence_left.rsplit(";", 1)[-1]
    if r.period_kind != "year" and names_own_time(own_clause) and not _LEVEL_BEFORE.search(_words_of_list(own_clause)):
        return period  # what was done over a span the clause names: "Trong 6 tháng, ... cấp mới 12 mã số với diện
        # tích 310 ha" (not a level then: "6 tháng, tỷ lệ che phủ rừng đạt 47,5%")
    return period if _OPENED_BEFORE.search(sentence_left[-60:]) else r.ref_date


HERDS = vocabulary().herds
# "đến năm 2025", "tới năm 2026", "đến cuối năm 2025", "đến hết năm 2025": the year a level is counted at the end
# of, or a flow runs over (not "tầm nhìn đến năm 2050", "định hướng đến năm 2030" of a plan's name, nor a span
# "đến năm 2025-2030")
_BY_YEAR = re.compile(
    r"(?<!\w)(?<!nhìn )(?<!hướng )(?:đến|tới)\s+(?:(?:hết|cuối)\s+)?năm\s+(\d{4})(?!\s*[-–/]\s*\d)", re.IGNORECASE
)
_RATE = re.compile(r"(?<!\w)(?:tỷ lệ|độ che phủ)(?!\w)", re.IGNORECASE)


def _of_kind(r: ReportContext, indicator: str | None, kinds: frozenset[str]) -> bool:
    return bool(indicator) and (indicator in kinds or bool(kinds & r.lex.ancestors.get(indicator, frozenset())))


def stocks_at_years_end(r: ReportContext, figures: list[Figure]) -> None:
    """Levels at a year's end (annotation guide 3.4, stocks at a year's end): a level said of a later year ("đến năm
    2030 tỷ lệ che phủ rừng đạt 55%", "Đến năm 2030, toàn tỉnh có 120 xã đạt chuẩn") is counted on that year's last
    day, while a flow said so is of that year ("đến năm 2030 thu ngân sách đạt 22.000 tỷ đồng"); a herd's target is
    a stock at the end of the year it is set for ("Tổng đàn trâu bò 180.000 con" among the next year's targets)."""
    for f in figures:
        if f.measure not in ("value", "plan_value", "share_pct"):
            continue
        start = r.sentence_of(f.start)[0]
        before = r.w[start:f.start]
        by_year = last_match(_BY_YEAR, before) if "năm" in before else None
        level = _of_kind(r, f.indicator, r.lex.stocks | AT_PERIOD_END) or (
            f.unit_text == "%" and bool(search(_RATE, before.rsplit(";", 1)[-1]))
        )
        if by_year and int(by_year.group(1)) >= r.year and not re.search(r"năm\s+\d{4}", before[by_year.end():]) \
                and (len(f.period) == 4 or f.period == r.period or level and f.period == r.ref_date):
            year = by_year.group(1)
            f.period = f"{year}-12-31" if level else year
        elif f.status == "target" and len(f.period) == 4 and _of_kind(r, f.indicator, HERDS):
            f.period = f"{f.period}-12-31"


def table_levels_at_day(r: ReportContext, figures: list[Figure]) -> None:
    """A level in a table (a stock, a covered share: "Tỷ lệ dân số tham gia bảo hiểm y tế | % | 95,0 | 94,5", a
    subscribers' row under "Năm 2023 | Năm 2024") is counted on the last day of the period its column names, as the
    same level in running text is (annotation guide 3.4: never the year): the plan's column and the earlier year's
    too."""
    for f in figures:
        if f.measure not in ("value", "share_pct", "plan_value") or not re.fullmatch(r"\d{4}(?:-H[12]|-Q[1-4])?",
                                                                                    f.period):
            continue
        if not _of_kind(r, f.indicator, r.lex.stocks | AT_PERIOD_END):
            continue
        line_start, line_end = r.line_of(f.start)
        line = r.w[line_start:line_end]
        if "\t" in line or line.count("|") >= 2:
            f.period = parse_period(f.period).end.isoformat()


def carry_stock_dates(r: ReportContext, figures: list[Figure]) -> None:
    """A stock stated without a time of its own (at the end of the report's period, or over a school year) is
    counted on the day its section last stated the same stock on ("Đến tháng 6/2019, toàn tỉnh có 693 trường đạt
    chuẩn quốc gia ... Kết quả theo huyện:" and a table of the schools by district: the table counts them on the
    same day); the other cells of a table row go with it."""
    implicit = (r.period, r.ref_date)
    stated: dict[tuple[int, str], str] = {}  # (section start, indicator) -> the day the stock was last stated on
    carried_rows: dict[int, str] = {}  # table row (line start) -> the day one of its cells was carried to
    for f in sorted(figures, key=lambda f: f.start):
        section = r.section_start(f.start)
        if f.indicator not in r.lex.stocks or f.measure not in ("value", "share_pct"):
            continue
        key = (section, f.indicator)
        if _DAY.fullmatch(f.period) and f.period != r.ref_date:
            stated[key] = f.period
        elif f.period in implicit and key in stated and not names_own_time(
            r.w[r.sentence_of(f.start)[0]:f.start].rsplit(";", 1)[-1]
        ):
            f.period = stated[key]
            line_start, line_end = r.line_of(f.start)
            if "\t" in r.w[line_start:line_end]:
                carried_rows[line_start] = f.period
    if not carried_rows:
        return
    for f in figures:
        row = r.line_of(f.start)[0]
        if row in carried_rows and f.period in implicit and f.measure in ("value", "share_pct"):
            f.period = carried_rows[row]
