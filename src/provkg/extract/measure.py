"""The measure of a figure and its sign, from the words around it: a level, a change in % or in points or in
units, a share, plan achievement, a plan level, a rank, a contribution to growth in points."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from provkg.core.model import Figure
from provkg.core.numbers import parse_number
from provkg.core.patterns import search
from provkg.core.text import last_match
from provkg.extract.indicators import PART_OPENER
from provkg.extract.notation import NON_COUNT, RANK_BEFORE, SCALED, Candidate, minus_before, plus_bullet
from provkg.extract.period import PRIOR, WORK_ATTRIBUTE
from provkg.extract.status import MONEY_UNIT, planned_before
from provkg.extract.vocabulary import vocabulary

POINT_UNITS = vocabulary().points
# "giảm nghèo", "tăng cường", "tăng trưởng" are not a rise or a fall; nor is "giá trị tăng thêm" (value added), nor
# capital added to investment projects ("điều chỉnh tăng vốn thêm 120 triệu USD", "vốn cấp mới và tăng thêm").
_NOT_CHANGE = r"(?!\s+(?:trừ|nghèo|thiểu|tải|cường|trưởng|gia|giá|nhẹ tai|vốn)\b)"
# A plan's amount stated earlier in the clause: "kế hoạch vốn 420 tỷ đồng", "vốn năm 2023 là 1.150 tỷ đồng".
_PLAN_STATED = re.compile(
    r"(?:kế hoạch|KH|dự toán)(?:\s+vốn)?[^,;]{0,30}?\d|vốn\s+năm\s+\d{4}\s+là\s+\d", re.IGNORECASE
)
# A figure compared with another area's in brackets: "cao hơn bình quân cả nước (khoảng 47,3%)".
_COMPARATOR_BRACKET = re.compile(
    r"(?:cao hơn|thấp hơn|so với|bằng)[^;()]{0,40}(?:cả nước|toàn quốc|bình quân|vùng)[^;()]{0,20}\(\s*(?:khoảng\s+)?$",
    re.IGNORECASE,
)
# A growth compared with another period's or place's, stated as that one's level: "cao hơn mức 8,01% của 9 tháng",
# "so với mức 3,53% của 6 tháng đầu năm", "cao hơn so với năm 2023 (7,03%)", "thấp hơn mức tăng 2,12% của cả nước".
_COMPARED_LEVEL = re.compile(
    r"(?:cao hơn|thấp hơn|nhỉnh hơn|so với|vượt|gấp)(?:\s+(?:nhiều|rõ rệt|hẳn|khá|nhẹ|so với))*"
    r"\s+(?:(?:mức|tỷ lệ)(?:\s+tăng(?:\s+trưởng)?)?(?:\s+(?:chung|bình quân))?\s+(?:khoảng\s+)?"
    r"|(?:năm\s+\d{4}|cùng kỳ(?:\s+năm\s+(?:trước|\d{4}))?|năm trước)\s*\(\s*)$",
    re.IGNORECASE,
)
# Another area's figure in brackets right after the province's: "đạt 45% kế hoạch (cả nước khoảng 40,1%)".
_AREA_BRACKET = re.compile(
    r"\(\s*(?:bình quân\s+|mức\s+)?(?:của\s+)?(?:cả nước|toàn quốc|vùng(?:\s+[^\W\d]+){0,5})\s*:?\s*"
    r"(?:khoảng\s+|là\s+|đạt\s+|chỉ\s+)?$",
    re.IGNORECASE,
)
# A comparison, then the name of what is compared with, each followed by its figure in brackets: "cao hơn mức tăng
# của quý I (6,12%) và 6 tháng đầu năm (", "gấp đôi mức bình quân cả nước (" (not a verb of its own in between).
_COMPARED_IN_BRACKETS = re.compile(
    r"(?<!\w)(?:cao hơn|thấp hơn|nhỉnh hơn|chậm hơn|nhanh hơn|gấp|so với)(?!\w)"
    r"(?:[^;:()%]|\([^()]*\))*?(?:mức|tốc độ|bình quân|cả nước|toàn quốc|vùng|quý|tháng|năm|cùng kỳ)"
    r"[^;:()%]*\(\s*(?:khoảng\s+|là\s+)?$",
    re.IGNORECASE,
)
_COMPARABLE = ("change_pct", "plan_pct", "share_pct")
# "cao hơn kế hoạch 0,6 điểm": a difference from the plan, not the plan
_COMPARATIVE_PLAN = re.compile(
    r"(?:cao hơn|thấp hơn|vượt|hụt)\s+(?:so với\s+)?(?:kế hoạch|KH|dự toán)\s*$", re.IGNORECASE
)
# A level passing or missing its plan by an amount named after it: "vượt 2 xã so với kế hoạch", "hụt 40 ha so với KH".
_EXCEEDS_BY = re.compile(r"(?<!\w)(vượt|hụt|thiếu)\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?$")
_PLAN_COMPARED_AFTER = re.compile(r"\s*so\s+(?:với\s+)?(?:kế hoạch|KH|mục tiêu|chỉ tiêu|dự toán)(?!\w)", re.IGNORECASE)
_SIGNED_RIGHT_AFTER = re.compile(r"\s*\(\s*[-+−–]\s*")
# A change written with its sign: in brackets "(-3,1%)", "( +5,03% )", or a plus anywhere "cả nước +5,03%".
_SIGNED_BRACKET = re.compile(r"\(\s*([-+−–])\s*$|(?:^|[ :])(\+)\s*$")
# A comparison stated as more or less than another period's: "thấp hơn 3,2% so với cùng kỳ".
_COMPARATIVE = re.compile(
    r"(?<!\w)(cao hơn|thấp hơn|nhiều hơn|ít hơn|kém|chậm(?:\s+hơn)?|nhanh hơn|sớm hơn)\s*"
    r"((?:so với\s+)?(?:kế hoạch|KH|dự toán|cùng kỳ|năm trước|tiến độ|bình quân[^,;]{0,25}|đầu năm|"
    r"cuối năm(?:\s+trước)?|tháng trước|quý trước|cùng thời điểm(?:\s+năm trước)?|năm\s+\d{4}|đầu vụ|"
    r"trung bình[^,;\d]{0,25}|TBNN"
    # or what it is compared with in words of its own, after "hơn": "thấp hơn giá thị trường từ 5-10%", "cao hơn
    # mặt bằng chung khoảng 7%" (not a level compared, "cao hơn mức 8%": read before as that level)
    r"|(?<=hơn )(?!mức|tỷ lệ)(?:[^\W\d]+\s+){0,3}[^\W\d]+(?=\s+(?:khoảng|gần|từ)\s+$)))?\s*"
    r"(?:khoảng\s+|gần\s+|từ\s+)?$"
)
# The comparatives that say less, later or lower: "thấp hơn", "chậm khoảng 12% so với tiến độ".
_FALLING = re.compile(r"thấp hơn|ít hơn|kém|chậm")
# The plan's amount named right after the plan's word, or in brackets after it.
# (the capital's source may be named: "kế hoạch vốn ngân sách tỉnh khoảng 3.150 tỷ đồng")
_PLAN_AMOUNT_BEFORE = re.compile(
    r"(?:kế hoạch|KH|dự toán)(?:\s+(?:năm(?:\s+\d{4})?|vốn|giao|đề ra|được giao|HĐND tỉnh giao|Trung ương giao"
    r"|ngân sách(?:\s+(?:địa phương|trung ương|tỉnh|nhà nước|cấp tỉnh|cấp huyện))?))*"
    r"\s*(?:(?:là|khoảng)\s*)?(?:\(\s*)?$|(?:kế hoạch|KH|dự toán)[^()%;]{0,40}\(\s*$",
    re.IGNORECASE,
)
# A plan met or exceeded, its details in brackets after it: "14/18 chỉ tiêu đạt và vượt kế hoạch (6 chỉ tiêu vượt".
_PLAN_MET = re.compile(r"(?:đạt|vượt)\s+(?:so với\s+)?(?:kế hoạch|KH|dự toán)[^()]{0,20}\(\s*$")
# Falling short of a plan or a level is a negative change: "hụt 400 tỷ đồng so với dự toán".
_SHORTFALL = re.compile(r"(?<!\w)(?:hụt|thiếu hụt)(?!\w)[^,;]{0,30}$", re.IGNORECASE)


# A price raised or lowered, then what is sold, then the amount per unit: "giảm giá thu mua (từ) ", "tăng giá bán ".
_PRICE_CHANGED = re.compile(
    r"(?<!\w)(tăng|giảm)\s+giá(?!\s+trị)(?:\s+[^\W\d]+){0,6}?\s+(?:(?:từ|khoảng|gần|trên|thêm)\s+)?$", re.IGNORECASE
)
_PER_UNIT_PRICE = re.compile(r"(?:đồng|USD|VNĐ|VND)\s*/", re.IGNORECASE)  # "đồng/kg", "đồng/lít", "USD/tấn"
_NEGATIVE_GROWTH = re.compile(r"(?<!\w)âm\s*(?:khoảng\s+)?$")
# (what was cut or saved, "cắt giảm 35 biên chế", "tiết giảm 12 triệu kWh", and what was exempted or reduced, "miễn,
# giảm 40 tỷ đồng", are amounts of their own, no fall)
_CHANGE_VERB = re.compile(
    rf"(?<!\w)(?<!cắt )(?<!tiết )(?<!miễn )(?<!miễn, )(?<!giá trị )(?<!cấp mới và )(tăng|giảm)(?!\w){_NOT_CHANGE}"
    r"(?!\s+(?:còn|lên|xuống)\b)",
    re.IGNORECASE
)
# A figure compared with another time right after it: "... từ 5-10% so với năm 2022", "12% so với cùng kỳ".
_PERIOD_COMPARED_AFTER = re.compile(
    r"\s*(?:%\s*)?so\s+(?:với\s+)?(?:cùng kỳ|năm|quý|tháng|kỳ|đầu năm|cuối năm)", re.IGNORECASE
)


_VERBS = re.compile(
    rf"(?<!\w)((?<!giá trị )(?<!cấp mới và )tăng(?!\w){_NOT_CHANGE}|"
    rf"(?<!cắt )(?<!tiết )(?<!miễn )(?<!miễn, )giảm(?!\w){_NOT_CHANGE}|"
    # ("giảm được 6 vụ", "tăng được 12 xã": the change's verb goes on)
    r"đạt|là|có|chiếm|bằng|còn|lên|(?<!giảm )(?<!tăng )được|"
    r"(?<!so )với|gồm|cho|thực hiện|vượt|"
    # a rise or a fall in other words: "sụt 12%", "tụt 8%", "chỉ nhích 1,6%" (not "sụt lún", "tụt hậu")
    + vocabulary().change_synonyms_pattern + r")(?!\w)", re.IGNORECASE
)
# Those other words, read as the rise or fall they state.
_CHANGE_SYNONYMS = vocabulary().change_synonyms


_PLAN_WORDS = re.compile(
    r"giải ngân|(?:kế hoạch|KH\b|dự toán)(?!\s+(?:sử dụng|số|của|bảo vệ|tổ chức))", re.IGNORECASE
)


# After the Y of a pair: "..., đạt 65% kế hoạch" or "..., vượt kế hoạch" says Y is the plan.
_PLAN_PCT_AFTER = re.compile(
    r"[^;.]{0,30}?(?:đạt|vượt|bằng)\s+[\d.,]+\s*%\s*(?:so với\s+)?(?:kế hoạch|KH\b|dự toán|chỉ tiêu)|"
    r"\s*,[^;.]{0,20}?(?:đạt|vượt)\s+(?:so với\s+)?(?:kế hoạch|KH\b|dự toán|chỉ tiêu)",
    re.IGNORECASE,
)


_SHARE_NOUN = re.compile(
    r"\s*(?:trường|hộ|xã|người|học sinh|thôn|bản|cơ quan|đơn vị|doanh nghiệp|trẻ|lao động|diện tích|"
    r"khối lượng|dự án|công trình|hồ sơ|thủ tục|giáo viên|trạm|cơ sở|bệnh viện|phòng|huyện|số)(?!\w)",
    re.IGNORECASE,
)


_PLAN_AFTER = re.compile(
    r"\s*(?:so với\s+|trên\s+|của\s+)?(?:tổng\s+)?(?:kế hoạch|KH\b|dự toán|chỉ tiêu|mục tiêu|nghị quyết|NQ\b)",
    re.IGNORECASE,
)


_PLAN_BEFORE = re.compile(
    r"(?:kế hoạch|chỉ tiêu|mục tiêu|dự toán)(?:\s+(?:giao|đề ra|năm \d{4}))*(?:\s+(?:là|đạt))?\s*$", re.IGNORECASE
)


PLAN_HEAD = re.compile(
    r"^\s*(?:[-–+•]\s*|[a-zđ]\)\s*|\(?\d{1,2}[.)]\s*)?(?:tổng\s+)?(?:kế hoạch|chỉ tiêu|mục tiêu|dự toán)"
    r"(?!\s+(?:sử dụng|bảo vệ))", re.IGNORECASE
)


# A part's contribution to the growth of the whole, in points: "đóng góp 1,4 điểm phần trăm", "góp 0,8 điểm %",
# "làm giảm 0,6 điểm phần trăm", "kéo tăng trưởng chung xuống 0,3 điểm" (a drag is negative).
_CONTRIBUTION = re.compile(
    r"(?<!\w)(?:(?P<drag>làm giảm|kéo giảm|kéo lùi|kéo\b[^,;:]{0,40}?\bxuống)|đóng góp|góp(?: phần)?|làm tăng|kéo tăng|"
    r"kéo\b[^,;:]{0,40}?\blên)[^,;:]{0,40}?$"
    # the whole named between "làm" and its verb: "làm chỉ số giá chung tăng 0,9 điểm", "làm cho mức tăng chung giảm"
    r"|(?<!\w)làm(?:\s+cho)?\s+[^,;:\d]{1,40}?\s(?:tăng|(?P<drag_named>giảm))\s+(?:khoảng\s+)?$",
    re.IGNORECASE,
)


# "chiếm 70%", "chiếm tỷ trọng 52%", "chiếm tỷ trọng lớn (khoảng 55%"
_SHARE_BEFORE = re.compile(
    r"chiếm(?:\s+tỷ\s+(?:trọng|lệ))?(?:\s+(?:lớn|cao|nhỏ|thấp|chủ yếu)\s*\()?\s*(?:khoảng\s+)?$", re.IGNORECASE
)


_SHARE_AFTER = re.compile(
    # (not "dân số": "bao phủ 93,5% dân số" is a coverage rate, a level; "chiếm 3% dân số" is read by "chiếm")
    r"\s*(?:/\s*)?(?:trên\s+)?(?:tổng\s+số|tổng\s+dư\s+nợ|trong\s+cơ\s+cấu|số\s+hộ|khối\s+lượng|"
    # a part of a whole the sentence names: "đạt 65% tổng mức đầu tư", "bàn giao 84% chiều dài tuyến"
    r"tổng\s+(?:mức\s+đầu\s+tư|vốn|kim\s+ngạch|chiều\s+dài|giá\s+trị|diện\s+tích)|chiều\s+dài|"
    r"giá\s+trị\s+hợp\s+đồng|tổng\s+thu|kinh\s+phí|"
    # a part of the output: "lúa đặc sản chiếm 71,5% sản lượng", "xuất khẩu trên 50% sản lượng"
    r"(?:tổng\s+)?sản\s+lượng)(?!\w)",
    re.IGNORECASE,
)


_GROWTH_SUBJECT = re.compile(r"tốc độ tăng|tăng trưởng|chỉ số giá", re.IGNORECASE)




# A rate as the object of the change verb: "giảm tỷ lệ hộ nghèo 1,5%", "nâng tỷ trọng dịch vụ thêm 2%".
_RATE_OBJECT = re.compile(r"(?:tăng|giảm|nâng|hạ)\s+tỷ\s+(?:lệ|trọng|suất)(?!\w)[^,;:()\d]{0,50}$", re.IGNORECASE)
# A part of what the figure before is about: "giảm tỷ lệ hộ nghèo 1,5%, riêng hộ nghèo dân tộc thiểu số giảm 3%".
_PART_NAMED = re.compile(r"(?<!\w)(?:riêng|trong đó)(?!\w)", re.IGNORECASE)
_RATE_HEAD = re.compile(r"\s*(?:[-–+]\s*)?(?:tỷ lệ|tỷ trọng|tỷ suất)", re.IGNORECASE)


_SHARE_DONE = re.compile(
    r"hoàn thành\s+(?:đạt\s+)?(?:trên\s+|khoảng\s+)?$|khối lượng[^,;]*đạt\s+(?:trên\s+|khoảng\s+)?$", re.IGNORECASE
)


_LIST_OR_SENTENCE_OPENER = re.compile(r"[:;]|(?<!\d)\.\s")


# A project's whole investment, what its disbursement may be measured against instead of a plan.
_PROJECT_TOTAL = re.compile(r"(?<!\w)tổng mức đầu tư(?!\w)", re.IGNORECASE)
# A later date the figure is stated for: "đến 31/01/2023", "đến hết tháng 01/2026", "đến hết thời gian giải ngân".
_BY_DATE = re.compile(r"(?<!\w)(?:đến|tới)(?:\s+(?:hết|cuối|ngày))*\s+(?:tháng\s+)?\d|hết thời gian", re.IGNORECASE)
# An achievement against the plan stated earlier in the sentence: its parts' percentages are against their plans.
_ACHIEVED_AGAINST_PLAN = re.compile(
    r"(?:đạt|bằng)\s+(?:khoảng\s+)?[\d.,]+\s*%\s*(?:so với\s+)?(?:kế hoạch|KH\b|dự toán)", re.IGNORECASE
)
# A percentage disbursed, right after the verb: "giải ngân 31,2%", "giải ngân được 62,5% vốn bố trí".
_DISBURSED_PCT = re.compile(
    r"(?<!\w)giải ngân(?:\s+(?:được|đạt|mới đạt|chỉ đạt))?"
    r"(?:\s+(?:trên|dưới|khoảng|gần|hơn|từ|tối thiểu|ít nhất))?\s*$", re.IGNORECASE
)
# Disbursing money is spending a plan's allocation: "đã giải ngân 2.800 tỷ đồng, đạt 48%".
_DISBURSED = re.compile(r"(?<!\w)giải ngân(?!\w)", re.IGNORECASE)


def _achievement_written(w: str, cand: Candidate) -> bool:
    """Whether the text writes, anywhere, 100 plus an excess over the plan ("vượt 3,37% kế hoạch" and "103,37"),
    with the excess's decimals and the Vietnamese decimal comma."""
    token = w[cand.start:cand.token_end]
    decimals = len(token.rsplit(",", 1)[1]) if "," in token else 0
    written = f"{cand.value + 100:.{decimals}f}".replace(".", ",")
    return re.search(rf"(?<![\d.,]){re.escape(written)}(?!\d|[.,]\d)", w) is not None


# A level compared with another period's: "bằng 94,2% cùng kỳ", "bằng 98% năm trước".
_OTHER_PERIOD_AFTER = re.compile(r"[^,;.]{0,30}?(?:cùng kỳ|năm trước|kỳ trước)", re.IGNORECASE)


def continues_plan_list(left: str, right: str, cand: Candidate, earlier: Figure | None) -> bool:
    """A percentage that goes on with a list of plan achievements of the paragraph: "Chia theo nguồn: vốn
    trung ương đạt 38,9%; vốn địa phương đạt 52,1%", "huyện A (71,2%), huyện B (68,4%)"."""
    if earlier is None or earlier.measure != "plan_pct" or cand.unit not in ("%",) or cand.pair_role:
        return False
    if _PLAN_AFTER.match(right) or _SHARE_AFTER.match(right) or _CHANGE_VERB.search(left) \
            or re.match(r"\s*so\s+(?:với\s+)?", right, re.IGNORECASE) or _OTHER_PERIOD_AFTER.match(right):
        return False
    own = re.split(r"[;:]", left)[-1]
    if _RATE_NAMED_IN.search(own) and not _DISBURSED.search(own):
        return False  # a rate of its own: "... đạt 103,2% kế hoạch. Tỷ lệ hộ dùng nước sạch đạt 68%"
    return bool(re.search(r"(?:đạt|bằng)\s*(?:khoảng\s+|dưới\s+|trên\s+|gần\s+|hơn\s+)?$|\(\s*$", own)) \
        and len(own.split()) <= 14


# A part's share of a whole: "chiếm 70%", "chiếm khoảng 70%", "chiếm tỷ trọng 70%".
_PART_SHARE = re.compile(r"chiếm(?:\s+(?:tỷ trọng|tỷ lệ|khoảng|gần|hơn|trên))*\s*$", re.IGNORECASE)
# An achievement in brackets after the plan it is of: "vượt kế hoạch năm (đạt 105,2%)".
_PLAN_THEN_ACHIEVED = re.compile(r"(?:kế hoạch|KH|dự toán)[^()]{0,20}\(\s*(?:đạt|bằng)\s*$", re.IGNORECASE)
_RATE_NAMED_IN = re.compile(r"(?<!\w)(?:tỷ lệ|tỷ trọng|tỷ suất)(?!\w)", re.IGNORECASE)


def continues_list(
    left_local: str, previous: Figure, cand: Candidate, w: str = "", sentence_end: int | None = None
) -> bool:
    """A number right after a change, with no verb of its own ("giảm 04 trường, 82 lớp"), is the same kind of
    change; so is one after a quantity named like the changed one ("số vụ giảm 12%, số người chết 8%").
    ``sentence_end``: where the number's sentence ends (a comparison is looked for up to it, never past)."""
    if not previous.measure.startswith("change") or cand.pair_role or cand.measure == "rank":
        return False
    if w and _parallel_item(w, left_local, previous, cand, sentence_end):
        return True
    if cand.unit in ("%", "‰") and re.fullmatch(r"\s*(?:[,;]|và|[,;]\s*và)\s*", left_local):
        # "giảm 2,1% và 3,4%", "tăng lần lượt 5,2%, 6,8%", "giảm lần lượt 0,5%; 1,2% và 3,4%": changes in the same
        # unit joined by "và", a comma or a semicolon, no words between
        return previous.unit_text == cand.unit
    if _VERBS.search(left_local) or any(ch in left_local for ch in "():;") or _CONTRIBUTION.search(left_local):
        return False
    if cand.unit in ("%", "‰"):
        return False
    # (an amount after a percentage change names a level of its own: "giảm 7,7% và 6.064,7 ha rau")
    return len(left_local.split()) <= 2 and previous.unit_text not in ("%", "‰")


# An item of a list after a change, named by words of its own and no verb: ", số người chết " (its first word then).
_PARALLEL_ITEM = re.compile(r"\s*(?:[,;]\s*(?:và\s+)?|và\s+)(?P<head>[^\W\d]+)(?:\s+[^\W\d]+){0,5}\s*", re.IGNORECASE)
# The quantity a change is of, named right before its verb after a comma, a colon or the sentence's start: "số vụ
# giảm " (its first word).
_CHANGED_NAMED = re.compile(
    r"(?:^|[,;:]\s*)(?:và\s+)?(?P<head>[^\W\d]+)(?:\s+[^\W\d]+){0,5}?\s+(?:tăng|giảm)(?:\s+(?:khoảng|gần|hơn|trên))?"
    r"\s*(?=\d)",
    re.IGNORECASE | re.MULTILINE,
)
_COMPARED_WITH = re.compile(r"(?<!\w)so\s+(?:với\s+)?(?:cùng kỳ|năm|quý|tháng|kỳ)", re.IGNORECASE)


def _parallel_item(w: str, left_local: str, previous: Figure, cand: Candidate, sentence_end: int | None = None) -> bool:
    """Whether the number goes on with a list of changes whose items name their quantities alike, the verb said once:
    "số vụ giảm 12%, số người chết 8%, số người bị thương 15%", "so với cùng kỳ, số vụ giảm 9 vụ, số người chết 4
    người": each item opens with the first word of the quantity the change before is of, has no verb of its own, and
    is in the same kind of unit (a count's list only where the sentence names what it is compared with). A rate or a
    share named alike may be a level ("tỷ lệ hộ cận nghèo 3%"): never read so."""
    item = _PARALLEL_ITEM.fullmatch(left_local)
    if not item or _VERBS.search(left_local) or _RATE_NAMED_IN.search(left_local):
        return False
    pct = cand.unit in ("%", "‰")
    if pct != (previous.unit_text in ("%", "‰")) or (not pct and not cand.unit):
        return False
    line_start = w.rfind("\n", 0, previous.start) + 1
    # (the first item's change, its verb said: the items after it chain on it)
    named = last_match(_CHANGED_NAMED, w[max(line_start, previous.start - 200):previous.start + 1])
    if not named or named.group("head").lower() != item.group("head").lower():
        return False
    if pct:
        return True
    # (the comparison named after the figure only within its own sentence: "..., số người chết 40 người. So với
    # cùng kỳ, ..." is another sentence's)
    end = cand.end + 60 if sentence_end is None else min(cand.end + 60, sentence_end)
    sentence = w[max(line_start, previous.start - 200):end]
    return bool(_COMPARED_WITH.search(sentence))


# What joins a change to the same change in another unit: a bracket ("giảm 6 vụ (13%)", "2 người chết (10%)"),
# "tương ứng", "tương đương", "hay", "tức" ("tăng 2 người, tương ứng 12,5%", "giảm 10%, tương đương 5 vụ").
_ECHO_GAP = re.compile(
    r"\s*(?:(?:[^\W\d]+\s+){0,3}\(\s*|[,;]?\s*\(?\s*(?:tương ứng|tương đương|hay|tức là|tức)\s+(?:với\s+|là\s+)?)",
    re.IGNORECASE,
)
# A list of changes whose items each carry their percentage in brackets goes on after the bracket closes: "giảm 6 vụ
# (13%), 2 người chết (10%) và 7 người bị thương (21,9%)".
_AFTER_ECHO_BRACKET = re.compile(r"\s*\)\s*(?:[,;]|và|[,;]\s*và)\s*")
_PARTS_OPENER = re.compile(r"\s*(?:gồm|bao gồm|trong đó)\s*:?", re.IGNORECASE)
_BRACKET_AFTER_AMOUNT = re.compile(r"\d(?:[\d.,]*)(?:\s+[^\W\d]+){0,4}\s*\(\s*$")


def echoes_change(
    w: str, left_local: str, previous: Figure, cand: Candidate, earlier: dict[int, Figure] | None = None
) -> tuple[str, int] | None:
    """(measure, sign) of a number that states the change before it again in another unit, with no verb of its own
    ("giảm 6 vụ (13%)", "tăng 2 người, tương ứng 12,5%", "giảm 10%, tương đương 5 vụ"), or that goes on with a
    list of such changes past the bracket ("giảm 6 vụ (13%), 2 người chết (10%)"): the change's direction is
    shared; None otherwise. ``earlier``: the figures before it by start, to find the change a bracket's parts are of."""
    if previous.measure not in ("change_abs", "change_pct") or cand.pair_role or cand.measure == "rank":
        return None
    sign = -1 if previous.value < 0 else 1
    pct = cand.unit in ("%", "‰")
    if _ECHO_GAP.fullmatch(left_local) and (pct != (previous.unit_text in ("%", "‰"))):
        return ("change_pct", sign) if pct else ("change_abs", sign)
    if not pct and cand.unit and previous.measure == "change_pct" and _AFTER_ECHO_BRACKET.fullmatch(left_local) \
            and _BRACKET_AFTER_AMOUNT.search(w, max(0, previous.start - 60), previous.start) \
            and _OWN_ECHO_AFTER.match(w, cand.end):
        # (only an item of the same shape, its own percentage in brackets after it, goes on with the list: "giảm 6
        # vụ (13%), 120 vụ đã được điều tra" names a level)
        return "change_abs", sign
    if not pct and cand.unit and previous.measure == "change_abs":
        # the parts of a change, listed in brackets after it: "tăng 4 cơ sở (gồm 02 trường mầm non, 01 trường THCS
        # và 01 trường THPT)", "giảm 9 vụ (trong đó 5 vụ cháy nhà)": each a change the same way
        opened = w.rfind("(", max(0, cand.start - 200), cand.start)
        head = _PARTS_OPENER.match(w, opened + 1) if opened >= 0 else None
        if head and ")" not in w[opened:cand.start] and not _CHANGE_VERB.search(w, head.end(), cand.start) \
                and opened >= previous.start - 200 \
                and _parts_fit_change(w, opened, head.end(), cand, previous, earlier):
            return "change_abs", sign
    return None


# An item's own percentage in brackets right after it (a few words between at most): "2 người chết (10%)".
_OWN_ECHO_AFTER = re.compile(r"(?:\s+[^\W\d]+){0,4}\s*\(\s*[-+−]?\s*\d[\d.,]*\s*[%‰]\s*\)")
_AMOUNT = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*")


def _amount(token: str) -> Decimal | None:
    try:
        return parse_number(token).value
    except (ValueError, ArithmeticError):
        return None


def _parts_fit_change(
    w: str, opened: int, head_end: int, cand: Candidate, previous: Figure, earlier: dict[int, Figure] | None
) -> bool:
    """Whether the parts listed in the bracket up to ``cand`` fit inside the change before the bracket: their sum no
    more than its size. Parts larger than the change are parts of the level stated before it ("có 14 vụ, giảm 3 vụ
    so với cùng kỳ năm 2021 (trong đó 9 vụ ở thành thị, 5 vụ ở nông thôn)"). The change's size is the figure's
    value, never the text read again (a year before the bracket is no size)."""
    change = previous
    if previous.start >= opened:
        # (a later part: the change is the last figure before the bracket)
        change = next((f for f in reversed((earlier or {}).values()) if f.start < opened), None)
        if change is None or change.measure != "change_abs":
            return False
    parts = [_amount(m.group()) for m in _AMOUNT.finditer(w, head_end, cand.start)] + [cand.value]
    return all(p is not None for p in parts) and sum(p for p in parts if p is not None) <= abs(change.value)


# The places a rank is among, written after its number: "thứ 3 khu vực Bắc Trung Bộ", "thứ 2 vùng".
_FIELD_WORDS = frozenset({"", "tỉnh", "khu", "khu vực", "vùng", "địa phương", "tỉnh, thành phố", "tỉnh, thành"})
# A top group of places: "nhóm 10 địa phương ... lớn nhất", "top 20 tỉnh dẫn đầu".
_TOP_GROUP = re.compile(r"(?<!\w)(?:nhóm|top)\s+(?:các\s+)?$", re.IGNORECASE)
_TOP_GROUP_AFTER = re.compile(
    r"[^.;,()\d]{0,60}?(?:dẫn đầu|đứng đầu|lớn nhất|cao nhất|nhiều nhất|tốt nhất|hàng đầu)", re.IGNORECASE
)
# A share named as such, then its level: "tỷ trọng của khu vực trong GRDP ước đạt 19,0%", "tỷ trọng thủy sản còn
# 60,4%" (not its change: "tỷ trọng dịch vụ tăng 0,8 điểm", read by the change verb before this).
_SHARE_NAMED = re.compile(
    r"(?<!\w)tỷ trọng(?!\w)[^\d;:%()]{0,80}?(?:\s(?:đạt|là|còn|ở mức|bằng)|[:])\s*(?:khoảng\s+|ước\s+)?$",
    re.IGNORECASE,
)
# The plan of the figure before, in brackets right after it: "(kế hoạch năm 2024: ", "(KH ".
_PLAN_IN_BRACKET = re.compile(r"[^\d;()]*\(\s*(?:kế hoạch|KH|mục tiêu|chỉ tiêu)(?!\w)[^()%;]*", re.IGNORECASE)
# Capital allocated: "được giao", "phân bổ, giao chi tiết cho các huyện", "bố trí" (not "giao thông", "bàn giao").
# (broader than the status module's pattern of an allocation right before its amount, which sets the status: the
# measure of an amount allocated is read with words between, the status would take too many of them)
_ALLOCATED_BEFORE = re.compile(
    r"(?<!\w)(?<!bàn )(?:được\s+)?(?:giao|phân bổ|bố trí|cấp phát)(?!\s+(?:thông|dịch|lưu|thương|nhận|thầu)(?!\w))"
    r"(?:\s+chi tiết)?(?:[^\d;:()%.]{0,50}?\s)?(?:là\s+|khoảng\s+|tổng cộng\s+)?$",
    re.IGNORECASE,
)


def _allocated_before(left: str) -> bool:
    """Capital allocated right before the amount, no result between: "được giao 589 tỷ đồng" (not what was spent of
    the plan, "giải ngân kế hoạch Thủ tướng giao được 2.817 tỷ đồng", nor a result after an allocation named,
    "bằng 41,2% dự toán giao cho thành phố, thị xã X đạt 57 tỷ đồng")."""
    allocated = _ALLOCATED_BEFORE.search(left)
    return bool(allocated) and not _DISBURSED.search(left) \
        and not re.search(r"(?<!\w)(?:đạt|thu|chi(?!\s+tiết)|thực hiện|ước|đã|còn|đến nay)(?!\w)", allocated.group(),
                           re.IGNORECASE)


# What was disbursed of an amount, right after it: "(362 tỷ đồng) mới giải ngân", ", đã giải ngân".
_DISBURSED_AFTER = re.compile(
    r"[^\d;.()]{0,20}?\)?\s*,?\s*(?:(?:đã|mới|chỉ|và)\s+)?(?:giải ngân|thanh toán)(?!\w)", re.IGNORECASE
)
# Words naming only a time and a verb of reaching: ", 9 tháng mới đạt ", ", cả năm ước đạt khoảng ", "quý III là ".
_TIME_AND_VERB_ONLY = re.compile(
    r"[\s,]*(?:(?:\d{1,2}\s+tháng|tháng\s+\d{1,2}|quý\s+[IV]+|năm\s+\d{4}|cả\s+năm|nửa\s+đầu\s+năm|đầu\s+năm|"
    r"cuối\s+năm|riêng|tính\s+chung|lũy\s+kế)\s*,?\s*)+(?:(?:mới|chỉ|đã|ước|dự\s+kiến)\s+)*(?:đạt|là)\s*"
    r"(?:khoảng\s+|gần\s+|trên\s+)?",
    re.IGNORECASE,
)
# Exceeding a plan by a percentage written after the plan: "vượt dự toán ít nhất 10%", "vượt kế hoạch năm 5%".
_ABOVE_PLAN_BY = re.compile(
    r"(?<!\w)vượt\s+(?:so với\s+)?(?:kế hoạch|KH|dự toán)(?:\s+(?:năm|giao|đề ra|được giao))*"
    r"\s+(?P<bound>ít nhất|tối thiểu|trên|khoảng|gần|hơn)?\s*$",
    re.IGNORECASE,
)
# A breakdown opened by what it is broken down by: "Chia theo nguồn vốn:", "phân theo ngành kinh tế", "xét theo
# loại hình doanh nghiệp".
_BREAKDOWN_OPENER = re.compile(r"(?<!\w)(?:chia|phân|xét)\s+theo(?!\w)", re.IGNORECASE)
# A change named as a noun: "mức giảm", "mức tăng", "tốc độ tăng" (not "mức tăng trưởng": a growth rate, read by
# the growth words).
_CHANGE_NAMED = re.compile(r"(?<!\w)(?:mức|tốc độ|nhịp độ)\s+(tăng|giảm)(?!\s+trưởng)(?!\w)", re.IGNORECASE)


def measure_of(
    cand: Candidate, left: str, right: str, previous: Figure | None, w: str, sentence_left: str,
    after_pair_y: bool,
) -> tuple[str, int, str]:
    """(measure, sign, note) of a number from the words just before and after it. A percentage written with a
    minus sign and read as a level is a fall: "(so với cùng kỳ: -12,3%)", "1.200 triệu USD, -8,4% so với cùng kỳ"
    (a rate or a share is never negative); so is a count of things ("-5 vụ")."""
    measure, sign, note = _measure_of(cand, left, right, previous, w, sentence_left, after_pair_y)
    if measure == "value" and sign < 0 and cand.unit in ("%", "‰"):
        return "change_pct", sign, note
    if measure == "value" and sign < 0 and cand.unit and not SCALED.match(cand.unit) \
            and cand.unit not in NON_COUNT:
        # a count is never negative: "so với cùng kỳ: -5 vụ, -3 người chết" is a fall by that many
        return "change_abs", sign, note
    if measure == "change_pp" and cand.unit == "điểm" and previous is not None \
            and previous.unit_text.endswith("điểm") and previous.unit_text not in POINT_UNITS[:2]:
        # a score's change in its own points ("đạt 7,46 điểm, cao hơn 0,25 điểm", "65,2 điểm, tăng 1,3 điểm"),
        # not percentage points
        return "change_abs", sign, note
    return measure, sign, note


def _measure_of(
    cand: Candidate, left: str, right: str, previous: Figure | None, w: str, sentence_left: str,
    after_pair_y: bool,
) -> tuple[str, int, str]:
    if cand.measure == "rank" or (cand.unit in _FIELD_WORDS and RANK_BEFORE.search(left[-25:])):
        cand.unit = "" if cand.unit in _FIELD_WORDS else cand.unit  # (the field's word is no unit of a rank)
        return "rank", 1, ""  # "xếp thứ 21/63", "đứng thứ 8 trong vùng", "thứ 3 khu vực Bắc Trung Bộ"
    if cand.unit in _FIELD_WORDS and cand.unit and _TOP_GROUP.search(left[-40:]) \
            and _TOP_GROUP_AFTER.match(w, cand.end):
        # "vào nhóm 15 tỉnh thu hút vốn FDI nhiều nhất", "nằm trong nhóm 20 tỉnh dẫn đầu": a rank at most N
        cand.unit = ""
        return "rank", 1, "in the top group: rank at most this"
    unit = cand.unit
    pct = unit in ("%", "‰")
    # A colon opens a list and a full stop a sentence: a verb before them does not govern the number
    # ("Một số sản phẩm giảm sâu: thép cuộn 84.200 tấn").
    raw_left = left
    own_clause = ";" not in left  # (a semicolon between it and the figure before opens a clause of its own)
    left = _LIST_OR_SENTENCE_OPENER.split(left)[-1]
    left_l = left.lower()
    sign = -1 if minus_before(w, cand.start) else 1  # (the layout that makes a dash a minus: notation.py)
    if cand.pair_role == "y":
        after = _PLAN_PCT_AFTER.match(w, cand.end)
        if unit and unit not in NON_COUNT and not SCALED.match(unit) and not pct and not after:
            # "7/17 chỉ tiêu vượt kế hoạch", "3/8 đơn vị cấp huyện": Y counts the whole the X are part of (but
            # "11/17 nhiệm vụ, đạt 65% kế hoạch": Y is the plan the percentage is of)
            return "value", 1, ""
        plan = _PLAN_WORDS.search(sentence_left) or (after and _PLAN_WORDS.search(after.group()))
        return ("plan_value" if plan else "value"), 1, ""
    growth_context = pct and (bool(_GROWTH_SUBJECT.search(w[max(0, cand.start - 120):cand.start])) or (
        previous is not None and previous.measure == "change_pct"
    ))
    if pct and previous is not None and previous.measure == "share_pct" and previous.unit_text == unit \
            and _PLAN_IN_BRACKET.fullmatch(raw_left):
        return "share_pct", 1, ""  # "tỷ trọng ... ước đạt 19,0% (kế hoạch năm 2024: 18,9%)": the share planned
    if pct and planned_before(left):
        # "(kế hoạch tăng 10%)", "mục tiêu kế hoạch năm (10%)" of growth: a planned change; "(kế hoạch 92,5%)" of
        # a rate: the rate planned (a level with status target, never a plan amount)
        verb_planned = re.search(r"(tăng|giảm)(?:\s+trưởng)?\s+(?:từ\s+|khoảng\s+|trên\s+|dưới\s+)?$", left_l)
        if verb_planned or growth_context:
            # (of a rate, or after a rate's change in points: "Tỷ lệ hộ nghèo ... (giảm 1,18 điểm phần trăm, kế
            # hoạch giảm 1-1,5%)"; not after a growth's difference from its plan: "cao hơn 0,85 điểm phần trăm so với
            # kế hoạch (mục tiêu tăng 6,5%)")
            rate = previous is not None and not growth_context and (
                previous.unit_text in ("%", "‰") and previous.measure in ("value", "share_pct")
                or previous.measure == "change_pp" and bool(_RATE_NAMED_IN.search(sentence_left)))
            sign = -1 if verb_planned and verb_planned.group(1) == "giảm" else 1
            return ("change_pp" if rate else "change_pct"), sign, ""
        return "value", 1, ""
    above = _ABOVE_PLAN_BY.search(left) if pct else None
    if above and not _achievement_written(w, cand) and (
            above.group("bound") or previous is None or previous.unit_text != unit or "(" not in raw_left):
        # "thu ngân sách vượt dự toán ít nhất 10%": 10% above the plan (the achievement is 100% plus this); but a
        # rate's plan in brackets after it is the rate planned: "đạt 61,2% (vượt kế hoạch giao 60,9%)"
        return "change_pct", 1, "above the plan: plan achievement is 100% plus this"
    if pct and not growth_context and _COMPARATIVE_PLAN.search(left_l) \
            and (previous is None or previous.unit_text not in ("%", "‰")):
        # an amount's difference from its plan: "đạt 9.120 tỷ đồng, thấp hơn dự toán 5,2%" (-5,2% against the plan;
        # of a growth or a rate the number may be the plan itself: "thấp hơn kế hoạch 7%")
        return "change_pct", (-1 if re.search(r"thấp hơn|hụt", left_l) else 1), "vs plan"
    if pct and _PLAN_BEFORE.search(left) and not _CHANGE_VERB.search(left_l.split("kế hoạch")[-1]):
        # "vượt mục tiêu 7,5%" of a growth rate is a growth target; of a rate, the rate planned
        return ("change_pct" if growth_context and re.search(r"mục tiêu|kịch bản", left_l) else "value"), 1, ""
    if unit in POINT_UNITS and _COMPARATIVE_PLAN.search(left_l):
        # "vượt kế hoạch 0,5 điểm phần trăm", "thấp hơn kế hoạch 1,2 điểm %": a difference from the plan
        return "change_pp", (-1 if re.search(r"thấp hơn|hụt", left_l) else 1), "vs plan"
    if unit and not pct and _EXCEEDS_BY.search(left_l) and _PLAN_COMPARED_AFTER.match(right):
        # "vượt 2 xã so với kế hoạch", "vượt 0,3 điểm phần trăm so với kế hoạch", "hụt 40 ha so với KH": by how
        # much the level passed or missed its plan, in the level's unit
        fall = _EXCEEDS_BY.search(left_l).group(1) in ("hụt", "thiếu")
        return ("change_pp" if unit in POINT_UNITS else "change_abs"), (-1 if fall else 1), "vs plan"
    if not pct and unit and search(_PLAN_AMOUNT_BEFORE, left) and not _CHANGE_VERB.search(left_l) \
            and not _COMPARATIVE_PLAN.search(left_l) and not _PLAN_MET.search(left_l):
        return "plan_value", 1, ""  # "(kế hoạch 8.500 USD)", "bằng 47,2% dự toán HĐND tỉnh giao (9.640 tỷ đồng)"
    if MONEY_UNIT.search(unit) and not _CHANGE_VERB.search(left_l) \
            and not _PROJECT_TOTAL.search(sentence_left.rsplit(";", 1)[-1]) \
            and (_allocated_before(left) or _DISBURSED_AFTER.match(right)):
        # capital allocated, then what was disbursed of it: "vốn ba chương trình được giao 347 tỷ đồng, mới giải
        # ngân 133,8 tỷ đồng", "Vốn chương trình phục hồi (245 tỷ đồng) mới giải ngân 27,3 tỷ đồng", "tỉnh đã giao
        # chi tiết cho các huyện 4.320 tỷ đồng": the plan it is spent against
        return "plan_value", 1, ""
    if pct and re.match(r"\s*(?:như|theo)\s+kế hoạch", right, re.IGNORECASE) and not _CHANGE_VERB.search(left_l):
        # "tốc độ tăng trưởng 7,25% như kế hoạch đề ra": the planned growth; "tỷ lệ ... 95% theo kế hoạch": the rate
        return ("change_pct" if growth_context else "value"), 1, ""
    if pct and previous is not None and previous.unit_text in ("%", "‰") and (
            _COMPARATOR_BRACKET.search(left) or _AREA_BRACKET.search(left)):
        # "đạt 58,1% kế hoạch, cao hơn mức chung cả nước (khoảng 44%)", "đạt 45% kế hoạch (cả nước 40,1%)": the
        # same measure, for another area, its sign its own ("GRDP giảm 6,2%, thấp hơn mức tăng của cả nước (5,1%)"
        # is a rise there)
        stated = (_COMPARATOR_BRACKET.search(left) or _AREA_BRACKET.search(left)).group()
        fall = re.search(r"(?<!\w)giảm(?!\w)", stated, re.IGNORECASE)
        return previous.measure, (-1 if fall or sign < 0 else 1), ""
    comparator = _COMPARATOR_BRACKET.search(left) if pct else None
    if comparator and (previous is None or previous.unit_text not in ("%", "‰")):
        # the level of the place compared with, no rate of ours before it: "Tỷ lệ hộ nghèo của tỉnh thấp hơn bình
        # quân cả nước (2,9%)" states the country's rate, not a fall of 2,9%; it is the quantity the sentence names:
        # a change when it names one ("tăng cao hơn cả nước (8,1%)", "giảm sâu hơn mức giảm chung (4,5%)"), a
        # disbursement against its plan, else a rate
        # (its sign from its own verb, "giảm", never from "thấp hơn", which compares)
        verb = _CHANGE_VERB.search(re.split(r"[,;]", sentence_left)[-1])
        if growth_context or verb:
            return "change_pct", (-1 if verb and verb.group(1).lower() == "giảm" else 1), ""
        if _DISBURSED.search(sentence_left):
            return "plan_pct", 1, ""
        return "value", 1, ""
    if pct and previous is not None and previous.unit_text == unit and previous.measure in _COMPARABLE \
            and _COMPARED_IN_BRACKETS.search(sentence_left[-200:]):
        # "cao hơn mức tăng của quý I (6,12%) và 6 tháng đầu năm (6,47%)", "cao gần gấp đôi mức bình quân cả nước
        # (4,90%)": the same measure for the time or place compared with, written in brackets after its name
        return previous.measure, 1, ""
    compared = search(_COMPARED_LEVEL, left) if pct else None
    if compared and (previous is not None and previous.measure == "change_pct" and previous.start > cand.start - 300
                     or previous is None and _GROWTH_SUBJECT.search(w[max(0, cand.start - 160):cand.start])):
        # "tăng 8,78%, cao hơn mức 8,01% của 9 tháng", "mức tăng trưởng năm 2024 cao hơn so với năm 2023 (7,03%)":
        # the growth of the period or place it is compared with
        return "change_pct", 1, ""
    if compared and previous is not None and previous.measure in ("plan_pct", "share_pct") \
            and previous.unit_text == unit and previous.start > cand.start - 300:
        # "đạt 61,2% kế hoạch, cao hơn mức 52,4% của cả nước", "nhỉnh hơn tỷ lệ 35,2% của cả nước": the achievement
        # or share of the area or period it is compared with
        return previous.measure, 1, ""
    # (a bare number too, in brackets right after a level: "số vụ 201 (-18)")
    signed = _SIGNED_BRACKET.search(left) if pct or unit or (
        previous is not None and previous.measure == "value" and _SIGNED_RIGHT_AFTER.fullmatch(raw_left)) else None
    if signed and signed.group(2) and plus_bullet(w, cand.start):
        signed = None  # "+ 05 dự án khởi công mới": a sub-item's bullet, no rise
    if signed:
        # "12.000 tấn (-3,1%)", "(+5,03%)": a change written with its sign in brackets; "tăng 0,8% (+501 ha)": in
        # the level's unit, the change in that unit
        measure = "change_pct" if pct else "change_pp" if unit in POINT_UNITS else "change_abs"
        return measure, (-1 if signed.group(1) in ("-", "−", "–") else 1), ""  # a plus alone: "(cả nước +5,03%)"
    # (a pattern runs only where its words are: most figures are no comparison, no shortfall, no prior period)
    comparative = search(_COMPARATIVE, left_l)
    # (a difference in points is a comparison by itself, whatever names what it is compared with, or nothing:
    # "So với năm trước, mức tăng năm nay thấp hơn 1,2 điểm phần trăm")
    if comparative and (comparative.group(2) or unit in POINT_UNITS
                        or re.match(r"[^.;]{0,40}?so\s+(?:với\s+)?", right, re.IGNORECASE)
                        or re.search(r"(?<!\w)so với(?!\w)", sentence_left[:comparative.start() + len(sentence_left)
                                                                           - len(left_l)], re.IGNORECASE)):
        fall = bool(_FALLING.match(comparative.group(1)))
        if unit in POINT_UNITS:
            return "change_pp", (-1 if fall else 1), ""
        # "thấp hơn 3,2% so với cùng kỳ", "cao hơn 150 tỷ đồng so với năm trước"
        return ("change_pct" if pct else "change_abs"), (-1 if fall else 1), ""
    if _PER_UNIT_PRICE.search(unit) and not re.match(r"\s*(?:xuống|còn|lên)(?!\w)", right, re.IGNORECASE):
        priced = _PRICE_CHANGED.search(left)
        if priced and not re.search(r"(?<!\w)(?:còn|lên|xuống|đạt|là|ở mức|bằng)(?!\w)", priced.group(),
                                    re.IGNORECASE):
            # "giảm giá thu mua 2.000 đồng/kg", "tăng giá bán 500 đồng/lít": a price moved by an amount per unit
            # (the verb then "giá" reads no change elsewhere: "8 nhóm hàng tăng giá")
            return "change_abs", (-1 if priced.group(1).lower() == "giảm" else 1), ""
    if search(_SHORTFALL, left_l):
        return ("change_pct" if pct else "change_abs"), -1, ""  # "hụt 400 tỷ đồng so với dự toán"
    contribution = _CONTRIBUTION.search(left) if unit in POINT_UNITS else None
    if contribution:
        drag = contribution.group("drag") or contribution.group("drag_named") \
            or sign < 0 or re.search(r"(?<!\w)âm\s*$", left)  # (a minus by the one layout rule: minus_before)
        return "contribution_pp", (-1 if drag else 1), ""
    prior = search(PRIOR, left)
    if prior:
        return ("change_pct" if pct else "change_abs"), (-1 if prior.group(1).lower() == "giảm" else 1), ""
    named_change = last_match(_CHANGE_NAMED, left) if pct else None
    if named_change and not _CHANGE_VERB.search(left, named_change.end()) and not re.search(
            r"\d|(?<!\w)chiếm(?!\w)", left[named_change.end():], re.IGNORECASE):
        # "Mức giảm của chỉ số giá nhóm giao thông là 3,2%", "quý II mức tăng chỉ còn khoảng 1,4%": the change
        # named as a noun, its size after it; of a rate, in points ("mức giảm tỷ lệ hộ nghèo là 1,2%")
        of_rate = _RATE_NAMED_IN.search(left, named_change.end())
        return ("change_pp" if of_rate else "change_pct"), (-1 if named_change.group(1).lower() == "giảm" else 1), ""
    last_verb = last_match(_VERBS, left)
    verb = last_verb.group(1).lower() if last_verb else ""
    verb = _CHANGE_SYNONYMS.get(re.sub(r"\s+", " ", verb), verb)
    if verb in ("với", "là") and last_verb is not None:
        # "tăng mạnh nhất với 3,41%", "giảm nhiều nhất với 2,1%": the change the verb before states
        changed = _CHANGE_THEN_WITH.search(left[:last_verb.end()])
        if changed:
            last_verb = changed
            verb = changed.group(1).lower()
    if cand.range_role == "high":
        verb = verb or ""
    # "giảm nợ thuế xuống dưới 5%", "tăng lên 120 xã": the level reached, not the change
    after_verb = left[last_verb.end():] if last_verb else ""
    change = verb in ("tăng", "giảm") and not re.search(
        r"(?<!\w)(?:còn|lên|xuống)(?!\w)|(?<!\w)(?:như|là)\s+[^\W\d]|\(\s*[^\W\d][^()]*$|(?<!\w)(?:ở|tại)\s*$",
        after_verb, re.IGNORECASE,
    ) and (not re.search(r",(?:\s*[^\s,]+){3}", after_verb) or _PERIOD_COMPARED_AFTER.match(right))
    # (where the change happened is counted after "ở", "tại": "giảm ở 5/7 huyện", "tăng tại 12 xã" count places)
    # (a comma and a clause of its own after the verb close it: "Dịch bệnh giảm mạnh, cả năm ghi nhận 900 ca", but
    # not a list of what changed when the number is compared with a time: "kéo giảm cả số vụ, số người chết lẫn số
    # người bị thương 3-7% so với năm trước"; after "như", "là" the things that rose are named with their levels: "tăng
    # khá như xi măng 4,1 triệu tấn"; a bracket opened after the verb with words of its own names another quantity
    # with its level: "sản lượng qua cảng sụt giảm (kim ngạch xuất khẩu ước 1.600 triệu USD, ...)")
    if "tăng trưởng âm" in left_l or (pct and "âm" in left_l and _NEGATIVE_GROWTH.search(left_l)):
        # "tăng trưởng âm 6,2%", "GRDP quý I âm 1,5%": a fall written as a negative growth
        return "change_pct", -1 if sign == 1 else sign, ""
    if pct and _PLAN_AFTER.match(right) and verb == "vượt":
        if _achievement_written(w, cand):
            # "vượt 7,2% kế hoạch" where the text also writes 107,2 (a table, a heading): the achievement itself
            cand.value += 100
            return "plan_pct", 1, "exceeds the plan: the excess plus 100%, as the text writes it elsewhere"
        # "vượt 12% kế hoạch": 12% above the plan, not 12% of it.
        return "change_pct", 1, "above the plan: plan achievement is 100% plus this"
    if pct and (_PLAN_AFTER.match(right) or _PLAN_THEN_ACHIEVED.search(left)) and not change:
        return "plan_pct", 1, ""
    if unit == "lần":
        return "value", 1, "a ratio (times)"
    if change and unit in ("điểm phần trăm", "điểm %"):
        return "change_pp", (-1 if verb == "giảm" else 1), ""
    if change and re.match(r"\s*(?:(?:của\s+|trong\s+)?năm\s+\d{4}\s*|\([^()]*\)\s*)?(?:xuống|lên)\b", right,
                           re.IGNORECASE) and re.search(r"từ\s*(?:mức\s+)?$", left):
        # "giảm từ 6,8% xuống 5,1%", "tăng từ 7,2% năm 2022 lên 8,1%": the level before the change, positive; of a
        # growth rate ("Tốc độ tăng GRDP giảm từ 7,2% năm 2022 xuống 5,1%"), the growth then
        growth = pct and _GROWTH_SUBJECT.search(left[:last_verb.start()] if last_verb else left)
        return ("change_pct" if growth else "value"), 1, "the level before the change"
    if pct and verb == "bằng" and _OTHER_PERIOD_AFTER.match(right):
        return "value", 1, ""  # "bằng 98,6% diện tích cùng kỳ": the level as a percentage of last year's
    if pct and verb == "đạt" and previous is not None and previous.measure == "value" \
            and MONEY_UNIT.search(previous.unit_text) \
            and re.fullmatch(r"\s*,\s*(?:ước\s+)?đạt\s+(?:khoảng\s+)?", raw_left) \
            and not re.match(r"\s*(?:so\b|cùng kỳ|năm|tổng|giá trị|khối lượng|\()", right, re.IGNORECASE) \
            and not _SHARE_NOUN.match(right) and not _PROJECT_TOTAL.search(sentence_left.rsplit(";", 1)[-1]):
        # "thu nội địa 1.800 tỷ đồng, đạt 51,3%": an amount of money then "đạt" a percentage of nothing named is
        # achieved against its plan or budget estimate (not where a work's whole investment is named, see below)
        return "plan_pct", 1, ""
    if pct and verb in ("đạt", "bằng") and previous is not None and previous.measure == "value" \
            and previous.unit_text not in ("%", "‰", "") and previous.unit_text not in NON_COUNT \
            and not SCALED.match(previous.unit_text) and len(left.split()) <= 3 \
            and not re.match(r"\s*so\s+(?:với\s+)?", right, re.IGNORECASE):
        return "share_pct", 1, ""
    if pct and (_SHARE_BEFORE.search(left) or _SHARE_NAMED.search(left)):
        return "share_pct", 1, ""
    if pct and previous is not None and previous.measure == "share_pct" and _continues_shares(raw_left, previous):
        # "… chiếm 24,6%; công nghiệp - xây dựng 39,1%; dịch vụ 30,7%", "châu Á chiếm 66,8% kim ngạch; châu Mỹ
        # 14,9%", "chiếm 55% đối với gia cầm và 45% đối với lợn": the list of shares goes on
        return "share_pct", 1, ""
    if change:
        sign = -1 if verb == "giảm" else 1
        if pct:
            # (after "11.215 tỷ đồng, chiếm 74,6%, tăng 9,1%" the change is the amount's, not the share's)
            # (a part's share of a quantity, "chiếm 70% giá trị sản xuất, ước giảm 16,5%", is no rate the change
            # is of; a share in a structure is: "chiếm 42,7% trong cơ cấu kinh tế, giảm 0,8%")
            # (a rate in the clause before a semicolon is not what changes: "tỷ lệ bao phủ bảo hiểm y tế đạt 95%;
            # giảm số vụ cháy 10%")
            rate = (previous is not None and own_clause and not _LEVEL_SHARE_THEN_CHANGE.search(sentence_left) and (
                previous.measure == "share_pct" and not (
                    _PART_SHARE.search(w, max(0, previous.start - 30), previous.start)
                    and not re.search(r"cơ cấu", w[previous.end:cand.start], re.IGNORECASE)
                    and not _STRUCTURE_HEAD.search(sentence_left))
                # (a level stated as a percentage of another period's is no rate: "bằng 85% cùng kỳ, giảm 15%")
                or (previous.unit_text in ("%", "‰") and previous.measure == "value"
                    and not previous.comparison_period and not _OTHER_PERIOD_AFTER.match(w, previous.end))
            )) or bool(_RATE_HEAD.match(sentence_left[-80:].split(";")[-1].split(",")[-1])) \
                or bool(_RATE_OBJECT.search(left)) \
                or (previous is not None and previous.measure == "change_pp" and bool(_PART_NAMED.search(left)))
            if unit == "‰" or rate:
                return "change_pp", sign, ""
            return "change_pct", sign, ""
        return "change_abs", sign, ""
    if pct and _SHARE_AFTER.match(right):
        return "share_pct", 1, ""
    if pct and _DISBURSED_PCT.search(left) and not after_pair_y:
        # "giải ngân 31,2%", "giải ngân dưới 50%": of the allocation planned (after a pair "3/8 huyện", the pair's
        # own rule below decides)
        return "plan_pct", 1, ""
    if pct and previous is not None and previous.measure == "value" and re.search(r"(?:đạt|bằng)\s*$", left_l) \
            and (_PLAN_STATED.search(sentence_left.rsplit(";", 1)[-1])
                 or _DISBURSED.search(sentence_left.rsplit(";", 1)[-1])
                 or _ACHIEVED_AGAINST_PLAN.search(sentence_left)
                 or _DONE_THEN_ACHIEVED.fullmatch(left) and _plan_in_unit(sentence_left, previous.unit_text)) \
            and not _PLAN_AFTER.match(right) \
            and not _SHARE_AFTER.match(right):
        # "kế hoạch vốn 360 tỷ đồng, giải ngân 270 tỷ đồng, đạt 75%"; "đã giải ngân 2.800 tỷ đồng, đạt 48%";
        # "đạt 60% kế hoạch; trong đó vốn địa phương 1.200 tỷ đồng, đạt 65%": the sentence said what % are of;
        # money disbursed is disbursed against a plan, unless the clause names the project's whole investment as
        # what it is measured against ("(tổng mức đầu tư 2.500 tỷ đồng) lũy kế giải ngân 1.640 tỷ đồng, đạt 65,6%")
        clause = sentence_left.rsplit(";", 1)[-1]
        if _PROJECT_TOTAL.search(clause) and not _PLAN_STATED.search(clause):
            return "share_pct", 1, ""
        return "plan_pct", 1, ""
    if pct and re.search(r"(?:đạt|vượt|bằng)\s+(?:trên\s+|khoảng\s+|hơn\s+|gần\s+)?$", left_l) \
            and not _PLAN_AFTER.match(right) and not _SHARE_AFTER.match(right) and (
                previous is not None and previous.measure == "plan_pct" and _BY_DATE.search(left_l)
                or previous is None and _DISBURSED.search(left_l)):
        # "đạt 70,5% kế hoạch; dự kiến đến 31/01/2020 giải ngân đạt trên 90%", "phấn đấu đến hết tháng 01/2021
        # vượt 92%": the same plan's achievement at a later date; "giải ngân đạt 62%": disbursed against the plan
        return "plan_pct", 1, ""
    if pct and previous is not None and previous.measure in ("value", "plan_value") and verb in ("đạt", "bằng", "") \
            and after_pair_y:
        return ("plan_pct" if previous.measure == "plan_value" else "share_pct"), 1, ""
    if pct and _SHARE_NOUN.match(right):
        return "share_pct", 1, ""
    if pct and previous is not None and previous.measure == "change_pct" and previous.unit_text == unit \
            and verb in ("đạt", "là") and _TIME_AND_VERB_ONLY.fullmatch(left):
        # "Kế hoạch năm tăng trên 7%, 9 tháng mới đạt 5,2%": the same change, for the time its own words name
        return "change_pct", sign, ""
    if pct and (_GROWTH_SUBJECT.search(left) or _GROWTH_SUBJECT.search(w[max(0, cand.start - 120):cand.start])) and (
        verb in ("đạt", "là", "lên", "") and not re.search(r"tỷ lệ|chỉ tiêu", left_l)
    ):
        return "change_pct", sign, ""
    if pct and _SHARE_DONE.search(left_l):
        return "share_pct", 1, ""
    if pct and (not last_verb or verb in ("là", "gồm")) and _STRUCTURE_HEAD.search(sentence_left) \
            and len(left.split()) <= 12 \
            and not re.search(r"[()]", left):
        return "share_pct", 1, ""  # "Cơ cấu kinh tế: nông, lâm, thủy sản 27,3% - công nghiệp ..."
    bracketed = previous is not None and bool(_PART_DESCRIBED.fullmatch(left)) and bool(re.match(r"\s*\)", right))
    if pct and bracketed and previous.measure == "value" and previous.unit_text not in ("%", "‰", "") \
            and (PART_OPENER.search(sentence_left) or _BREAKDOWN_OPENER.search(sentence_left)
                 or _STRUCTURE_HEAD.search(sentence_left)):
        # "trong đó: thủy sản 742 triệu USD (68,4%)", "Chia theo nguồn: vốn nhà nước 12.580 tỷ đồng (24,0%)",
        # "Cơ cấu: hàng xuất khẩu 4.120 nghìn tấn (36,1%)", "Xét theo nguyên nhân, ... có 52 vụ do vượt ẩu (41,6%)":
        # a part's share of the whole, the words describing the part between its amount and the bracket
        return "share_pct", 1, ""
    if pct and bracketed and previous.measure == "contribution_pp":
        # "công nghiệp - xây dựng đóng góp 4,76 điểm phần trăm (59,2%)": its share of the whole growth
        return "share_pct", 1, ""
    if pct and _disbursed_in_clause(sentence_left, raw_left, right):
        return "plan_pct", 1, ""
    if pct and ":" in sentence_left:
        # an item named bare in a list whose head names the change: "Một số sản phẩm giảm so với cùng kỳ: ...;
        # gạch nung 11,7%" (a fall of 11,7%), "Các nhóm hàng giảm giá: nhóm giao thông 2,1%"
        head, items = sentence_left.rsplit(":", 1)
        direction = _DIRECTION_HEAD.search(head)
        item = re.split(r"[,;]", items)[-1]
        if direction and not _VERBS.search(item) and not re.search(r"\d", item) and len(item.split()) <= 8:
            return "change_pct", (-1 if direction.group(1).lower() == "giảm" else 1), ""
    return "value", sign, ""


# The head of a list naming the change of its items, right before its colon: "Một số sản phẩm giảm so với cùng kỳ",
# "Các nhóm hàng tăng giá", "Một số sản phẩm tăng khá" (not a shift's direction: "theo hướng tăng").
_DIRECTION_HEAD = re.compile(
    r"(?<!\w)(?<!hướng )(tăng|giảm)(?:\s+(?:giá|mạnh|nhẹ|khá|sâu|cao|nhiều))?"
    r"(?:\s+so\s+(?:với\s+)?[^:;\d]{0,30})?\s*$",
    re.IGNORECASE,
)


# Only a verb of achievement between what was done and its percentage: ", đạt ", " bằng ".
_DONE_THEN_ACHIEVED = re.compile(r"\s*,?\s*(?:đạt|bằng)\s*", re.IGNORECASE)


def _plan_in_unit(sentence_left: str, unit: str) -> bool:
    """Whether the sentence states, before the figure, a plan amount in ``unit``: "kế hoạch năm 3.400 ha; thực hiện
    3.115 ha, đạt 91,6%", "chỉ tiêu giao 1,2 triệu cây, đã trồng 0,95 triệu cây, đạt 79,2%" (the percentage is of
    that plan, whatever clause states it)."""
    if not unit or unit in ("%", "‰"):
        return False
    return bool(_plan_amount_in(unit).search(sentence_left))


@lru_cache(maxsize=256)
def _plan_amount_in(unit: str) -> re.Pattern[str]:
    """A plan word and its amount in ``unit`` ("kế hoạch năm 3.400 ha"), compiled once per unit (not per figure)."""
    return re.compile(
        r"(?<!\w)(?:" + vocabulary().plan + r"|KH)(?:\s+[^\W\d]+){0,4}\s*:?\s*[\d.,]+\s*" + re.escape(unit) + r"(?!\w)",
        re.IGNORECASE,
    )


def _disbursed_in_clause(sentence_left: str, own: str, right: str) -> bool:
    """A percentage in a clause about disbursing capital, no other whole named, is disbursed against the plan:
    "giải ngân vốn so với kế hoạch giao mới đạt 34%", "giải ngân vốn đầu tư công còn chậm (12,5%)", "Một số huyện
    giải ngân khá: huyện A đạt 41,2%, huyện B 38,6%" (not a rate of its own after it: "..., tỷ lệ hộ nghèo 3%";
    nor a part of a work's whole investment, unless the clause states the year's plan too)."""
    clause = sentence_left.rsplit(";", 1)[-1]
    disbursed = _DISBURSED.search(clause)
    if not disbursed or _PROJECT_TOTAL.search(clause) and not _PLAN_STATED.search(clause) \
            or _SHARE_AFTER.match(right) or _PART_SHARE.search(own):
        return False
    after = clause[disbursed.end():]
    rate = _RATE_NAMED_IN.search(after)
    return not (rate and not re.match(r"\s*giải ngân", after[rate.end():], re.IGNORECASE)) \
        and not _CHANGE_VERB.search(after)


# The last separator of a list: a semicolon, a comma, "và", a spaced dash between the parts of a structure.
_LIST_SEPARATOR = re.compile(r"[;,]|(?<!\w)và(?!\w)|\s[-–]\s")


def _continues_shares(between: str, previous: Figure) -> bool:
    """Whether the words between a share and a percentage are the rest of the share's own words (what it is a
    share of: "kim ngạch xuất khẩu", "đối với gia cầm"), a separator and the next part's bare name ("châu Mỹ",
    "cà rốt trên", "dịch vụ"): no verb, number or bracket; no rate of its own."""
    cuts = list(_LIST_SEPARATOR.finditer(between))
    if not cuts or re.search(r"[():\d]", between) or previous.unit_text != "%":
        return False
    # ("đối với" is a preposition, not the verb "với")
    head, tail = (re.sub(r"(?<!\w)đối với(?!\w)", " ", part, flags=re.IGNORECASE)
                  for part in (between[:cuts[-1].start()], between[cuts[-1].end():]))
    return not _VERBS.search(head) and not _VERBS.search(tail) and not _RATE_NAMED_IN.search(tail) \
        and len(head.split()) <= 8 and len(tail.split()) <= 8


_CHANGE_THEN_WITH = re.compile(
    r"(?<!\w)(tăng|giảm)(?:\s+(?:mạnh|nhẹ|nhất|cao|thấp|nhiều|ít|sâu|nhanh|khá|mạnh mẽ|lần lượt|tương ứng))+"
    r"\s+(?:với|là)\s*$", re.IGNORECASE
)
# The words describing a part after its amount, up to the bracket that opens its share: " (", " TTQ (", " do vượt
# ẩu, lấn làn (" (no figure, no other bracket, no clause break between).
_PART_DESCRIBED = re.compile(r"[^\d()%;:.]{0,60}\(\s*")
# A structure opening a list of shares: "Cơ cấu kinh tế (giá hiện hành):", "cơ cấu các ngành kinh tế là".
_STRUCTURE_HEAD = re.compile(r"(?<!\w)cơ cấu(?!\w)[^:;.]{0,80}(?::|\s(?:là|gồm))", re.IGNORECASE)
_LEVEL_SHARE_THEN_CHANGE = re.compile(
    r"\d\s*[^\W\d][^\d%,;]{0,20},\s*chiếm\s+(?:khoảng\s+)?[\d.,]+\s*%\s*,\s*(?:ước\s+)?(?:tăng|giảm)\s*$", re.IGNORECASE
)


def shares_of_counts(figures: list[Figure], counted: frozenset[str]) -> None:
    """A percentage level of a quantity counted or measured in amounts is a share of it, not its level: "tỷ lệ
    trường đạt chuẩn quốc gia đạt 89,4%" of the schools meeting the standard, "(kế hoạch 86%)" of them."""
    for f in figures:
        if f.measure == "value" and f.unit_text == "%" and not f.comparison_period and f.indicator in counted \
                and _RATE_NAMED.search(f.subject):
            f.measure = "share_pct"


# What a plan is carried out by or in, not a result it sets: "thực hiện 7 nhiệm vụ trọng tâm", "3 nhóm giải pháp",
# "liên kết với doanh nghiệp trong 6 tỉnh".
_PLANS_OWN_MEANS = re.compile(r"nhiệm vụ|giải pháp|nhóm giải pháp|nội dung|đột phá|khâu đột phá", re.IGNORECASE)
_PLACES_IT_SPANS = re.compile(r"(?<!\w)(?:trong|tại|ở|giữa|với|của)\s+(?:các\s+|cả\s+)?$", re.IGNORECASE)


def target_level(unit: str, left: str, clause: str, right: str, tasks: bool = False) -> bool:
    """Whether a level with status target is a plan level: an amount or a measured quantity ("Phấn đấu kim ngạch
    xuất khẩu đạt 1.240 triệu USD"), or a count the plan sets out to reach, named by a target's or a result's words
    in its clause or right after its unit ("giải quyết việc làm cho 22.500 lao động", "có thêm 900 doanh nghiệp
    thành lập mới") or by a bound ("có ít nhất
    50 sản phẩm OCOP", "thực hiện khoảng 20 đề án"); not the means or places the plan names ("thực hiện đồng bộ 7
    nhiệm vụ trọng tâm", "liên kết với các doanh nghiệp trong 6 tỉnh"). In the tasks part (``tasks``) every count
    of things to do, reach or keep under is one, whatever verb sets it ("Bê tông hóa 300 km đường", "tuyển dụng 650
    giáo viên", "không quá 500 vụ"), but not a rate per head ("13 bác sĩ/vạn dân") nor what a work is by design."""
    if unit in ("", "%", "‰") or _PLANS_OWN_MEANS.fullmatch(unit) or _PLACES_IT_SPANS.search(left):
        return False
    if tasks and "/" not in unit and not search(WORK_ATTRIBUTE, left[-40:]) and not _MODEL_NAMED.search(left):
        return True
    return bool(unit in NON_COUNT or SCALED.match(unit) or _TARGET_WORDS.search(clause) or _OUTCOME_WORDS.search(clause)
                or _BOUND_BEFORE.search(left) or _OUTCOME_WORDS.match(right.lstrip()))


_TARGET_WORDS = vocabulary().target
_OUTCOME_WORDS = vocabulary().outcome
# A number inside the name of a model or a movement, not a count: "mô hình liên kết 4 nhà", "mô hình 3 giảm 3 tăng".
_MODEL_NAMED = re.compile(r"(?<!\w)mô hình(?:\s+[^\W\d]+){0,3}\s*$", re.IGNORECASE)
# A level to reach stated with its bound: "có ít nhất 50 sản phẩm", "khoảng 20 đề án", "tối thiểu 3 hội chợ".
_BOUND_BEFORE = re.compile(r"(?<!\w)(?:ít nhất|tối thiểu|khoảng|trên|hơn)\s*$", re.IGNORECASE)


# A share in brackets right after an amount and the words describing it: "đường bộ 21.496 nghìn tấn (" (the part's
# share of the whole, whatever the words say of a work): an amount, then a part described.
_AMOUNTS_SHARE = re.compile(r"\d[\d.,]*\s*[^\W\d]" + _PART_DESCRIBED.pattern + "$")


def progress_levels(w: str, figures: list[Figure], progress: str) -> None:
    """A work's progress is a level of the work, like a rate, not a share: "đạt khoảng 75% khối lượng", "giá trị
    thực hiện đạt 68% giá trị hợp đồng", "đường X đạt 70%" (annotators of 13 dev reports read it so, of 7 as a
    share). Read after the indicators, which know the work's progress by the words that make it a share; the
    words say it too where the work is linked to another indicator (not a part's share: "chiếm 30% khối lượng")."""
    done_after = vocabulary().work_done_after  # what a work's percentage is of: "75% khối lượng", "46% mặt bằng"
    for f in figures:
        if f.measure != "share_pct" or f.unit_text != "%":
            continue
        done = done_after.match(w, f.end) and not _PART_SHARE.search(w, max(0, f.start - 40), f.start)
        if (f.indicator == progress or done) and not _AMOUNTS_SHARE.search(w, max(0, f.start - 80), f.start):
            f.measure = "value"


# The words of a rate naming what it is the rate of: "tỷ lệ trường đạt chuẩn", "Tỷ lệ xã đạt chuẩn nông thôn mới".
_RATE_NAMED = re.compile(r"(?<!\w)tỷ lệ(?!\w)", re.IGNORECASE)


def plan_parts(figures: list[Figure]) -> None:
    """The parts of a plan are plans: "HĐND tỉnh giao 8.760 tỷ đồng, gồm: thu nội địa 6.930 tỷ đồng (...)"."""
    by_start = {f.start: f for f in figures}
    for f in sorted(figures, key=lambda f: f.start):
        total = by_start.get(f.parent) if f.parent is not None else None
        if total is not None and total.measure == "plan_value" and f.measure == "value" \
                and f.unit_text == total.unit_text:
            f.measure, f.status, f.estimate = "plan_value", "target", False
            f.period, f.comparison_period = total.period, total.comparison_period
