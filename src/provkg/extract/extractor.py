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
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from provkg.core.errors import InputError
from provkg.core.model import Figure
from provkg.core.namespaces import INDICATOR
from provkg.core.numbers import NUMBER_RE, compound_amount, parse_number
from provkg.core.periods import (
    ROMAN,
    WRITTEN_DATE,
    month_number,
    parse_period,
    previous_year,
    rest_of,
    step_back,
    with_year,
)
from provkg.extract.tables import apply_tables
from provkg.read.header import detect_report_period
from provkg.read.segment import segment, sentences
from provkg.reference.labels import LabelIndex, content_words
from provkg.reference.loader import load_reference

# ----------------------------------------------------------------------------------------------------------
# Lexicon: ontology labels (indicators, projects, programmes, causes, areas, units)
# ----------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Lexicon:
    indicators: LabelIndex
    projects: LabelIndex
    programmes: LabelIndex
    causes: LabelIndex
    areas: LabelIndex
    units: frozenset[str]
    # Unit concepts by their lower-case labels, and the units each indicator allows (local name -> unit IRIs):
    # a figure's unit tells which of two candidate indicators it can belong to.
    unit_iris: dict[str, frozenset[str]] = field(default_factory=dict)
    allowed_units: dict[str, frozenset[str]] = field(default_factory=dict)

    def unit_fit(self, indicator: str, unit_text: str) -> int:
        """1 when the unit is one the indicator allows, -1 when it is a known unit the indicator does not allow,
        0 when the unit says nothing (unknown spelling, no unit, or an indicator without allowed units)."""
        iris = self.unit_iris.get(unit_text.lower())
        allowed = self.allowed_units.get(indicator)
        if not iris or not allowed:
            return 0
        return 1 if iris & allowed else -1


@lru_cache(maxsize=4)
def load_lexicon(ontology_dir: Path | None = None) -> Lexicon:
    """The extractor's view of the reference data's labels (default: the project's ontology/)."""
    reference = load_reference(ontology_dir)
    labels = reference.labels
    return Lexicon(
        indicators=labels.indicators,
        projects=labels.projects,
        programmes=labels.programmes,
        causes=labels.causes,
        areas=labels.areas,
        units=labels.unit_spellings,
        unit_iris={label: frozenset(iris) for label, iris in reference.units.by_label.items()},
        allowed_units={iri[len(INDICATOR):]: iris for iri, iris in reference.units.allowed.items()
                       if iri.startswith(INDICATOR)},
    )


# ----------------------------------------------------------------------------------------------------------
# Units
# ----------------------------------------------------------------------------------------------------------

_SCALE = r"(?:nghìn tỷ|ngàn tỷ|nghìn|ngàn|triệu|tỷ|tỉ)"
# Units and counted nouns as the genre writes them after a number; unit labels of the ontology are added.
_BASE_UNITS = (
    "đồng", "VNĐ", "VND", "đô la Mỹ", "USD", "điểm %", "trái", "quả", "%", "‰", "ha", "m2", "m3", "km2", "km",
    "m", "kg", "tấn", "tạ", "con", "người", "lượt người",
    "lượt HK.Km", "HK.Km", "T.Km", "lượt khách", "lượt", "hộ gia đình", "hộ", "nhân khẩu", "khẩu", "lao động",
    "điểm", "giờ", "bậc", "ca", "vụ việc", "vụ", "đối tượng", "dự án", "doanh nghiệp", "hợp tác xã",
    "trường/trung tâm", "trường", "lớp", "nhóm/lớp", "nhóm trẻ", "học sinh, sinh viên", "học sinh", "sinh viên",
    "học viên", "trẻ", "cháu", "xã, phường, thị trấn", "huyện, thị xã, thành phố", "xã", "thôn, bản, tổ dân phố",
    "thôn, bản", "thôn", "bản", "tiêu chí/xã", "tiêu chí", "thuê bao/100 dân", "thuê bao", "cuộc", "văn bản",
    "hồ sơ", "báo cáo", "kế hoạch", "bệnh nhân", "cơ sở", "tờ", "viên", "chiếc", "ô tô", "xe máy", "điện thoại",
    "đơn thư", "đơn", "nhóm giải pháp", "nhóm", "đề tài, dự án", "đề tài", "nhiệm vụ", "hạng mục", "công trình, dự án",
    "công trình", "tổ chức", "hội nghị", "câu lạc bộ", "chương trình", "giấy chứng nhận", "chi nhánh",
    "trung tâm", "Trung tâm", "giáo viên", "bác sĩ", "giường bệnh", "vị trí", "chuỗi", "đoàn", "cơ quan, doanh nghiệp",
    "cơ quan", "loại rừng", "tỉnh", "nhà", "điểm tái định cư", "mô hình", "sản phẩm", "lít", "MW", "kWh",
    "triệu kWh", "cây", "lần", "buổi", "phòng học", "km đường", "tuyến", "cầu", "héc ta", "năm", "nhà máy",
    "liều", "điểm phần trăm", "phòng", "khách sạn", "suất", "lượt khách", "mũi", "ca bệnh", "tạ/ha", "tấn/ha",
    "giường", "ngôi nhà", "căn nhà", "gia đình",
)
_NON_COUNT = {
    "%", "‰", "đồng", "VNĐ", "VND", "đô la Mỹ", "USD", "lần", "ha", "m2", "m3", "km2", "km", "m", "kg", "tấn", "tạ",
    "giờ", "bậc", "năm",
}


@lru_cache(maxsize=8)
def _unit_regex(units: frozenset[str]) -> re.Pattern[str]:
    alternatives = sorted(set(_BASE_UNITS) | units, key=len, reverse=True)
    body = "|".join(re.escape(u) for u in alternatives)
    return re.compile(
        rf"[ \t]*(?:(?P<scale>{_SCALE})(?:[ \t]+(?P<u1>{body}))?|(?P<u2>{body}))(?=$|[^\w]|(?<=[%‰]))",
    )


# ----------------------------------------------------------------------------------------------------------
# Non-figures: numbers that are not quantities
# ----------------------------------------------------------------------------------------------------------

_DOC_TAIL = r"[A-ZĐ][A-ZĐa-zđ0-9]*(?:[-/&.][A-ZĐ][A-ZĐa-zđ0-9]*)*"
_NON_FIGURE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("document number", re.compile(rf"\b\d+[a-z]?(?:/\d{{4}})?\s*[/-]\s*{_DOC_TAIL}")),
    ("document number", re.compile(
        r"(?:Nghị quyết|Nghị định|Quyết định|Quyết đinh|Chỉ thị|Thông tư|Kết luận|Công văn|CV)\s+(?:số\s+)?"
        r"\d+(?:\s*,\s*\d+)*\s*-?\s*(?:[A-ZĐ][\wĐ]*)?", re.IGNORECASE)),
    ("date", re.compile(r"\b\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\b|\b\d{1,2}-\d{1,2}-\d{4}\b")),
    ("date", WRITTEN_DATE),
    ("date", re.compile(r"tháng\s+\d{1,2}(?:\s*/\s*\d{4}|\s+năm\s+\d{4})?(?!\s*(?:tuổi|\d))", re.IGNORECASE)),
    ("date", re.compile(r"\bngày\s+\d{1,2}\s*/\s*\d{1,2}\b", re.IGNORECASE)),
    ("school year", re.compile(r"năm học\s+\d{4}\s*-\s*\d{4}", re.IGNORECASE)),
    ("year range", re.compile(r"\b(?:19|20)\d{2}\s*-\s*(?:19|20)\d{2}\b")),
    ("Km marker", re.compile(r"\bKm\s*\d+(?:\s*\+\s*\d+)?", re.IGNORECASE)),
    ("road name", re.compile(r"\b(?:QL|TL|ĐT|ĐH)\.?\s*\d+[A-Z]?\b")),
    ("road name", re.compile(r"\b[Đđ]ường\s+\d+\s*m\b")),
    ("name", re.compile(r"\bCOVID[\s-]*19\b", re.IGNORECASE)),
    ("name", re.compile(r"\b(?:thôn|bản|tổ|khu|phường|tiểu khu|đội)\s+\d+\b(?!\s*(?:%|ha|hộ|người))")),
    ("name", re.compile(r"Chương trình\s+\d+\b")),
    ("grade", re.compile(r"\blớp\s+\d{1,2}\b(?!\s*(?:lớp|học sinh))")),
    ("age", re.compile(
        r"(?:từ\s+)?\d+\s+tháng\s+đến\s+(?:dưới\s+)?\d+\s+tháng\s+tuổi|(?:dưới|trên|từ)?\s*\d+(?:\s*-\s*\d+)?\s+"
        r"(?:tháng\s+)?tuổi", re.IGNORECASE)),
    ("rate denominator", re.compile(
        r"(?:trên|/|mỗi)\s*(?:1\s+vạn|100|1\.?000|10\.?000|100\.?000)\s+(?:trẻ|dân|người|ca|vạn)\b|"
        r"(?:trên|/|mỗi)\s*1\s+(?:vạn|ha|héc ta|km2|hộ|người)\b")),
    ("anniversary", re.compile(r"[Kk]ỷ niệm\s+\d+\s+năm|\b\d+\s+năm\s+Ngày\b")),
    ("duration", re.compile(r"\b\d+\s+năm\s+(?:thực hiện|giai đoạn|triển khai)", re.IGNORECASE)),
    ("level name", re.compile(r"mức độ\s+\d+(?:\s*-\s*\d+)?", re.IGNORECASE)),
    ("star rating", re.compile(r"(?:từ\s+)?\d+\s*(?:-|đến)\s*\d+\s+sao\b|\b\d+\s+sao\b")),
    ("dose number", re.compile(r"đủ\s+\d+\s+mũi|mũi\s+(?:thứ\s+)?\d+", re.IGNORECASE)),
    ("land category", re.compile(r"\b\d+\s+vụ\s+lúa\b|\blúa\s+\d+\s+vụ\b")),
    ("criteria range", re.compile(r"(?:đạt\s+)?từ\s+\d+\s*-\s*\d+\s+tiêu chí|\(từ\s+\d+\s*-\s*\d+\s+tiêu chí\)")),
    ("period name", re.compile(
        r"\b\d+\s+tháng(?=\s+(?:đầu|cuối|năm|qua|trước|tới|\d{4})|[\s,.;)]|$)", re.IGNORECASE)),
    ("period name", re.compile(r"\bquý\s+[IV]+\b", re.IGNORECASE)),
    ("list number", re.compile(r"\(\d{1,2}\)(?=\s)|^[ \t]*\d{1,2}\)(?=\s)", re.MULTILINE)),
    ("row number", re.compile(r"^[ \t]*\d{1,3}\.?(?=\t)", re.MULTILINE)),
    ("legal reference", re.compile(
        r"(?:[Đđ]iều|[Kk]hoản|[Mm]ục|[Cc]hương|[Pp]hụ lục|[Bb]iểu|[Bb]ảng|[Mm]ẫu)\s+(?:số\s+)?\d+[a-z]?\b")),
    ("ordinal", re.compile(r"(?:lần thứ|kỳ họp thứ|khóa|khoá|thứ tự)\s+\d+\b", re.IGNORECASE)),
    # storms and depressions are named by number: "bão số 13", "hoàn lưu bão số 3 và số 4"
    ("name", re.compile(r"(?:bão|áp thấp(?:\s+nhiệt đới)?)\s+(?:số\s+)?\d+(?:\s*(?:,|và)\s*(?:số\s+)?\d+)*\b",
                        re.IGNORECASE)),
    ("road name", re.compile(
        r"(?:quốc lộ|tỉnh lộ|đường tỉnh|đường huyện|hương lộ|cao tốc)\s+(?:số\s+)?\d+[A-Z]?\b"
        r"(?:\s*(?:,|và)\s*(?:(?:quốc lộ|tỉnh lộ|đường tỉnh)\s+)?\d+[A-Z]?\b)*", re.IGNORECASE)),
    # a phase or a component of a project: "giai đoạn 1", "dự án thành phần 2", "đợt 3"
    ("phase", re.compile(r"(?:giai đoạn|thành phần|phân kỳ|đợt)\s+\d+\b(?!\s*(?:%|tỷ|triệu|ha|km))",
                         re.IGNORECASE)),
    # a day and a month without the year, after a word of time: "từ ngày 16 đến 22/11", "đêm 06", "đến 30/6"
    ("date", re.compile(
        r"\b(?:ngày|đêm|sáng|trưa|chiều|tối|rạng sáng|đến|tới|từ|hết|trước|sau|lúc|tính đến|thời điểm)\s+"
        r"\d{1,2}(?:\s*(?:-|–|đến)\s*\d{1,2})?\s*/\s*\d{1,2}\b(?!\s*/\s*\d)"
        r"(?!\s*(?:xã|huyện|trường|hộ|người|chỉ tiêu|tiêu chí|dự án|đơn vị|cơ sở|thôn|bản|km|ha)\b)",
        re.IGNORECASE)),
    ("date", re.compile(r"\b(?:ngày|đêm)\s+\d{1,2}(?=\s+(?:đến|-|–|và|rạng sáng)\s+(?:ngày\s+)?\d{1,2})",
                        re.IGNORECASE)),
    # the length of a plan or a strategy: "Kế hoạch 5 năm 2021-2025", "5 năm 2016-2020", "tầm nhìn đến năm 2050"
    ("plan period", re.compile(r"\b\d+\s+năm\s+(?=(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2})", re.IGNORECASE)),
    ("year", re.compile(r"tầm nhìn\s+(?:đến\s+)?(?:năm\s+)?\d{4}", re.IGNORECASE)),
)
_YEAR = re.compile(r"(?:19[5-9]\d|20[0-4]\d)")

# ----------------------------------------------------------------------------------------------------------
# Wording
# ----------------------------------------------------------------------------------------------------------

_ESTIMATE = re.compile(r"(?<!\w)(?:ước|dự kiến|ước tính|sơ bộ)(?!\w)", re.IGNORECASE)
# A target or plan named before a figure: "phấn đấu", "mục tiêu", "KH năm", "kế hoạch năm 2021 là".
_TARGET_CUE = re.compile(
    r"(?<!\w)(?:phấn đấu|mục tiêu|chỉ tiêu(?!\s+(?:đạt|thực hiện))|định hướng|KH\s+năm|kế hoạch\s+(?:năm\s+\d{4}\s+)?"
    r"(?:là|đề ra|giao|đặt ra)|dự toán\s+(?:năm\s+\d{4}\s+)?(?:là|giao))(?!\w)",
    re.IGNORECASE,
)
# An expectation for a period that runs past the report's: "dự kiến cả năm", "ước cả năm", "dự báo".
_FORECAST_CUE = re.compile(
    r"(?<!\w)(?:dự báo|(?:dự kiến|ước(?:\s+(?:tính|thực hiện|đạt))?)\s+(?:cả|hết|đến hết|đến cuối)\s+năm|"
    r"(?:ước|dự kiến)\s+năm\s+\d{4})(?!\w)",
    re.IGNORECASE,
)
# A heading that opens the tasks part: "II. NHIỆM VỤ, GIẢI PHÁP ...", "2. Nhiệm vụ, giải pháp", "Phần thứ hai:
# PHƯƠNG HƯỚNG ...": a numbered line naming tasks, or such a line in capitals; short, with no figure of its own.
_TASKS_HEADING = re.compile(
    r"^[ \t]*(?:(?:(?:phần\s+thứ\s+\w+|[IVX]+|[A-Z]|\d+)\s*[.):\-–]\s*)(?:các\s+)?"
    r"(?:nhiệm vụ|phương hướng|mục tiêu|kế hoạch|giải pháp)|(?:CÁC\s+)?(?:NHIỆM VỤ|PHƯƠNG HƯỚNG|MỤC TIÊU|GIẢI PHÁP))"
    r"[^\n%;]{0,140}$",
    re.MULTILINE | re.IGNORECASE,
)
_ESTIMATES_NOTE = re.compile(
    r"(?:số liệu|các số liệu)[^.\n]{0,60}(?:là|được)\s+(?:số\s+)?(?:ước tính|ước|sơ bộ)", re.IGNORECASE
)
# A list item or a table row (cells separated by tabs).
_LIST_ITEM = re.compile(r"[ \t]*(?:[-+•–]\s|\(\d+\)|\d+[.)]\s|[a-zđ]\)\s|[^\n\t]*\t)")
# A sentence that details the one before: its figures share the estimate of their total.
_DETAIL_OPENER = re.compile(
    r"\s*(?:trong đó|trong mức tăng|cụ thể|chia theo|theo khu vực|về cơ cấu|cơ cấu kinh tế)", re.IGNORECASE
)
_STOCK = re.compile(
    r"(?<!\w)(?:hiện có|đến nay|hiện nay|hiện tại|lũy kế|luỹ kế|tích lũy|tích luỹ|toàn tỉnh có|đến thời điểm)(?!\w)",
    re.IGNORECASE,
)
_DATE_PERIOD = re.compile(
    r"(?:đến|tới|tính đến|tính tới)\s+(?:hết\s+)?(?:ngày\s+)?(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})", re.IGNORECASE
)
_MONTH_END = re.compile(r"(?:đến|tới)\s+(?:hết|cuối)\s+tháng\s+(\d{1,2})(?:\s*/\s*|\s+năm\s+)(\d{4})", re.IGNORECASE)
_SCHOOL_YEAR = re.compile(r"năm học\s+(\d{4})\s*-\s*(\d{4})", re.IGNORECASE)
# "giảm nghèo", "tăng cường", "tăng trưởng" are not a rise or a fall.
_NOT_CHANGE = r"(?!\s+(?:trừ|nghèo|thiểu|tải|cường|trưởng|gia|giá|nhẹ tai)\b)"
_CHANGE_VERB = re.compile(rf"(?<!\w)(tăng|giảm)(?!\w){_NOT_CHANGE}(?!\s+(?:còn|lên|xuống)\b)", re.IGNORECASE)
_VERBS = re.compile(
    rf"(?<!\w)(tăng(?!\w){_NOT_CHANGE}|giảm(?!\w){_NOT_CHANGE}|đạt|là|có|chiếm|bằng|còn|lên|được|với|gồm|cho|"
    r"thực hiện|vượt)(?!\w)", re.IGNORECASE
)
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
    r"\s*(?:trường|hộ|xã|người|dân|học sinh|thôn|bản|cơ quan|đơn vị|doanh nghiệp|trẻ|lao động|diện tích|"
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
_PLAN_HEAD = re.compile(r"^\s*(?:tổng\s+)?(?:kế hoạch|chỉ tiêu|mục tiêu)(?!\s+(?:sử dụng|bảo vệ))", re.IGNORECASE)
# A part's contribution to the growth of the whole, in points: "đóng góp 1,4 điểm phần trăm", "góp 0,8 điểm %",
# "làm giảm 0,6 điểm phần trăm", "kéo tăng trưởng chung xuống 0,3 điểm" (a drag is negative).
_CONTRIBUTION = re.compile(
    r"(?<!\w)(?:(?P<drag>làm giảm|kéo giảm|kéo lùi|kéo\b[^,;:]{0,40}?\bxuống)|đóng góp|góp(?: phần)?|làm tăng|kéo tăng|"
    r"kéo\b[^,;:]{0,40}?\blên)[^,;:]{0,40}?$",
    re.IGNORECASE,
)
_POINT_UNITS = ("điểm phần trăm", "điểm %", "điểm")
_SHARE_BEFORE = re.compile(r"chiếm(?:\s+tỷ\s+(?:trọng|lệ))?\s*(?:khoảng\s+)?$", re.IGNORECASE)
_SHARE_AFTER = re.compile(
    r"\s*(?:/\s*)?(?:trên\s+)?(?:tổng\s+số|tổng\s+dư\s+nợ|trong\s+cơ\s+cấu|số\s+hộ|dân\s+số|khối\s+lượng)",
    re.IGNORECASE,
)
_RANK_BEFORE = re.compile(r"(?:xếp hạng|xếp thứ|đứng thứ|hạng)\s*$", re.IGNORECASE)
_GROWTH_SUBJECT = re.compile(r"tốc độ tăng|tăng trưởng|chỉ số giá", re.IGNORECASE)
_PRIOR = re.compile(r"(?<!so với )(?<!so )cùng kỳ(?:\s+năm\s+(?:trước|\d{4}))?\s+(tăng|giảm)\s*$", re.IGNORECASE)
# "thấp hơn cùng kỳ năm 2021 (15,8%)": the bracketed figure is the same period's value a year earlier.
_PRIOR_BRACKET = re.compile(r"cùng kỳ(?:\s+năm\s+(?:trước|\d{4}))?\s*\(\s*$", re.IGNORECASE)
_COMPARE = re.compile(
    r"so\s+(?:với\s+)?(?:(cùng kỳ)(?:\s+năm\s+(trước|\d{4})|\s+(\d{4}))?|năm học\s+(\d{4})\s*-\s*(\d{4})|"
    r"năm\s+(trước|\d{4})|(vụ|kỳ)\b|(đầu|cuối)\s+năm(?:\s+(\d{4}))?|quý\s+(IV|I{1,3}|[1-4])\b(?:\s+năm\s+(\d{4}))?|"
    r"(quý trước|tháng trước))",
    re.IGNORECASE,
)
_BREAKDOWN = re.compile(r"(?<!\w)(?:trong đó|bao gồm|gồm|cụ thể)(?!\w)\s*:?", re.IGNORECASE)
_CAUSE_TRIGGER = re.compile(r"(?<!\w)(?:do|bởi|vì|ảnh hưởng|tác động|nguyên nhân)(?!\w)", re.IGNORECASE)
_POSITIVE = re.compile(r"(?<!\w)(?:nhờ|thuận lợi)(?!\w)", re.IGNORECASE)
_STRONG_CUT = re.compile(r"[;:(\n]|(?<!\d)\.(?!\d)|\s-\s|(?<!\w)trong đó(?!\w)", re.IGNORECASE)
_WEAK_CUT = re.compile(r"(?<!\d),(?!\d)|(?<!\w)(?:và|với)(?!\w)")
# Subject clean-up: time phrases anywhere, estimate and verb words at the edges.
_SUBJECT_TIME = re.compile(
    r"(?<!\w)(?:theo giá so sánh(?: năm)? \d{4}|\(giá so sánh(?: năm)? \d{4}\)|giá so sánh(?: năm)? \d{4}|"
    r"(?:trong |của )?(?:\d+|sáu) tháng(?: đầu năm| cuối năm| năm| đầu)?(?: \d{4})?|"
    r"(?:đến|tính đến|tới)(?: ngày)? \d{1,2}/\d{1,2}/\d{4}|năm học \d{4}-\d{4}|"
    r"đến thời điểm hiện tại|từ đầu năm đến nay|đến nay|hiện nay|hiện tại|lũy kế|luỹ kế|"
    r"so (?:với )?(?:cùng kỳ|năm|vụ)[\w ]*)(?!\w)",
    re.IGNORECASE,
)
_SUBJECT_HEAD = re.compile(
    r"^(?:[-–+•*\ufffd]\s*|(?:dự ước|ước tính|ước thực hiện|ước đạt|ước|dự kiến|trong đó|bao gồm|gồm|với|và|"
    r"có|đã|được|tổng số có|toàn tỉnh có|toàn tỉnh|trong|cụ thể)(?!\w)\s*)+",
    re.IGNORECASE,
)
_SUBJECT_TAIL = re.compile(
    r"(?:\s+|^)(?:ước đạt|ước thực hiện|ước tính|dự ước|ước|đạt khoảng|đạt|là|có|được|với|khoảng|trên|gần|hơn|"
    r"tới|cho|lên|chỉ|ước đến|dự kiến|bằng|chiếm)$",
    re.IGNORECASE,
)
_TARGETS_HEAD = re.compile(r"\s*(?:[-–+]\s*)?(?:các\s+)?(?:mục tiêu|chỉ tiêu)(?:\s+chủ yếu)?\s*:", re.IGNORECASE)
_RATE_HEAD = re.compile(r"\s*(?:[-–+]\s*)?(?:tỷ lệ|tỷ trọng|tỷ suất)", re.IGNORECASE)
_SHARE_DONE = re.compile(
    r"hoàn thành\s+(?:đạt\s+)?(?:trên\s+|khoảng\s+)?$|khối lượng[^,;]*đạt\s+(?:trên\s+|khoảng\s+)?$", re.IGNORECASE
)
_GENERIC_SUBJECT = re.compile(r"^(?:tổng|toàn tỉnh|số|tổng số|đã|cho|thêm|mới|nâng)?$", re.IGNORECASE)


@dataclass(frozen=True)
class NonFigure:
    start: int
    end: int
    text: str
    reason: str


@dataclass
class Extraction:
    """What :func:`extract` found: figures (fact-sheet rows) and the numbers that are not figures, with reasons."""

    report_period: str
    figures: list[Figure] = field(default_factory=list)
    non_figures: list[NonFigure] = field(default_factory=list)

    @property
    def unmapped(self) -> list[Figure]:
        return [f for f in self.figures if not f.indicator]


@dataclass
class _Candidate:
    """A number being read: where it is, what it is worth, what the words around it say."""

    start: int
    token_end: int
    end: int
    value: Decimal
    unit: str
    note: str = ""
    measure: str = "value"
    pair_role: str = ""  # "x", "y" or "" for a number of an X/Y pair
    pair_partner: int | None = None
    range_role: str = ""


# ----------------------------------------------------------------------------------------------------------
# The extractor
# ----------------------------------------------------------------------------------------------------------


class _Reader:
    def __init__(self, text: str, report_period: str | None, lexicon: Lexicon) -> None:
        self.text = text
        self.seg = segment(text)
        self.w = self.seg.joined()
        self.lex = lexicon
        self.period = report_period or detect_report_period(text, self.seg)
        try:
            period = parse_period(self.period)
        except ValueError as exc:
            raise InputError(str(exc)) from exc
        self.year = period.begin.year
        self.period_kind, self.period_end = period.kind, period.end
        self.ref_date = period.end.isoformat() if not period.is_instant else self.period
        self.unit_re = _unit_regex(lexicon.units)
        self.sentence_spans = sentences(self.w)
        self._sentence_starts = [s for s, _ in self.sentence_spans]
        self.province = self._province()
        # Where the report turns to the next period's tasks and targets (a heading after the first fifth).
        tasks = _TASKS_HEADING.search(self.w, len(self.w) // 5)
        self.tasks_start = tasks.start() if tasks else len(self.w)
        # "Số liệu quý I là số ước tính": the report's own figures are estimates unless marked otherwise.
        self.all_estimates = bool(_ESTIMATES_NOTE.search(self.w))

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
        if not _LIST_ITEM.match(self.w, start, line_end if line_end >= 0 else len(self.w)):
            return False
        while start > 0:
            previous = self.w.rfind("\n", 0, start - 1) + 1
            line = self.w[previous:start - 1]
            if line.strip() and not _LIST_ITEM.match(line):
                return bool(_ESTIMATE.search(line))
            start = previous
        return False

    def paragraph_of(self, offset: int) -> int:
        """The start of the paragraph (text after a line break) holding the offset."""
        return self.w.rfind("\n", 0, offset) + 1

    def line_of(self, offset: int) -> tuple[int, int]:
        start = self.w.rfind("\n", 0, offset) + 1
        end = self.w.find("\n", offset)
        return start, (len(self.w) if end < 0 else end)

    def _province(self) -> str | None:
        header = self.w[: (self.seg.sections[1].start if len(self.seg.sections) > 1 else 2000) + 200]
        for _start, _end, local in self.lex.areas.find_all(header):
            if "/" not in local and not local.endswith("-people-committee"):
                return local
        return None

    # --- non-figures ---------------------------------------------------------------------------------------

    def non_figure_spans(self) -> list[tuple[int, int, str]]:
        spans: list[tuple[int, int, str]] = []
        for reason, pattern in _NON_FIGURE_PATTERNS:
            for m in pattern.finditer(self.w):
                if any(ch.isdigit() for ch in m.group()):
                    spans.append((m.start(), m.end(), reason))
        # Section markers: the number of a heading at a line start ("8.1.", "2.", "(3)").
        for sec in self.seg.sections:
            if sec.path in ("H",) or sec.path.startswith("FN/"):
                continue
            m = re.match(r"[ \t]*\(?(\d{1,2}(?:\.\d{1,2})*)[.)]", self.w[sec.start:sec.start + 12])
            if m:
                spans.append((sec.start + m.start(1), sec.start + m.end(1), "section number"))
        return spans

    # --- reading one number --------------------------------------------------------------------------------

    def unit_after(self, pos: int) -> tuple[str, int]:
        m = self.unit_re.match(self.w, pos)
        if not m or m.end() == pos:
            return "", pos
        scale, unit = m.group("scale"), m.group("u1") or m.group("u2")
        text = " ".join(x for x in (scale, unit) if x)
        return text, m.end()

    def read(self, m: re.Match[str]) -> _Candidate:
        token = m.group()
        parsed = parse_number(token)
        note = parsed.ambiguous or ""
        rank = re.match(r"[ \t]*/[ \t]*(\d+)", self.w[m.end():])
        if rank and _RANK_BEFORE.search(self.w[max(0, m.start() - 25):m.start()]):
            end = m.end() + rank.end()
            return _Candidate(m.start(), m.end(), end, parsed.value, "/" + rank.group(1), note, measure="rank")
        compound = compound_amount(self.w, m.end(), parsed.value)
        if compound:
            return _Candidate(m.start(), m.end(), compound.end, compound.value, compound.unit_text, note)
        unit, end = self.unit_after(m.end())
        return _Candidate(m.start(), m.end(), end, parsed.value, unit, note)


def _clean_subject(raw: str) -> str:
    text = " ".join(_SUBJECT_TIME.sub(" ", raw.replace("\ufffd", " ")).split())
    text = re.sub(r"\s+([,;:)])", r"\1", text)
    previous = None
    while previous != text:
        previous = text
        text = _SUBJECT_HEAD.sub("", text)
        text = _SUBJECT_TAIL.sub("", text)
        text = text.strip(" ,;:-–\"“”'")
        if text.count("(") < text.count(")"):
            text = text.rstrip(")")
        if text.count("(") > text.count(")"):
            text = text + ")"
    words = text.split()
    return " ".join(words[-10:])


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
    lex = lexicon or load_lexicon(ontology_dir)
    r = _Reader(text, report_period, lex)
    w = r.w
    result = Extraction(report_period=r.period)

    # 1. Non-figures: every number token inside a non-figure span.
    spans = r.non_figure_spans()
    tokens = list(NUMBER_RE.finditer(w))
    covered: dict[int, tuple[int, int, str]] = {}
    token_starts = [tok.start() for tok in tokens]
    for span in spans:  # in priority order: the first span holding a token gives its reason
        i = bisect.bisect_left(token_starts, span[0])
        while i < len(tokens) and tokens[i].end() <= span[1]:
            covered.setdefault(tokens[i].start(), span)
            i += 1
    # A number glued to letters is part of a code or name (A1, QH14, 30c): not a quantity.
    for tok in tokens:
        if tok.start() in covered:
            continue
        before = w[tok.start() - 1] if tok.start() else " "
        after = w[tok.end()] if tok.end() < len(w) else " "
        # "+" glued to a letter or digit joins a code (Km146+200); after a space or a bracket it is a sign (+7,4%)
        plus_code = before == "+" and tok.start() >= 2 and w[tok.start() - 2].isalnum()
        if before.isalpha() or plus_code or (after.isalpha() and after.islower() and not _glued_unit(w, tok.end())):
            covered[tok.start()] = (tok.start(), tok.end(), "name")
        elif _YEAR.fullmatch(tok.group()) and not _unit_follows(r, tok.end()):
            covered[tok.start()] = (tok.start(), tok.end(), "year")

    # 2. Candidates: numbers, with compound money, units, X/Y pairs and ranges.
    candidates: list[_Candidate] = []
    consumed: set[int] = set()
    for i, tok in enumerate(tokens):
        if tok.start() in covered or tok.start() in consumed:
            continue
        cand = r.read(tok)
        if cand.measure == "rank":
            consumed.add(tokens[i + 1].start() if i + 1 < len(tokens) else -1)
            candidates.append(cand)
            continue
        for other in tokens[i + 1:]:
            if other.start() >= cand.end:
                break
            consumed.add(other.start())
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        gap = w[cand.end:nxt.start()] if nxt else ""
        left = w[max(0, tok.start() - 25):tok.start()]
        if nxt and nxt.start() not in covered and re.fullmatch(r"[ \t]*/[ \t]*", gap):
            partner = r.read(nxt)
            if _RANK_BEFORE.search(left):
                cand.measure, cand.unit, cand.end = "rank", "/" + nxt.group(), nxt.end()
                consumed.add(nxt.start())
                candidates.append(cand)
                continue
            cand.pair_role, cand.pair_partner = "x", partner.start
            partner.pair_role, partner.pair_partner = "y", cand.start
            if not cand.unit:
                cand.unit = partner.unit
            candidates.extend([cand, partner])
            consumed.add(nxt.start())
            for other in tokens[i + 2:]:
                if other.start() >= partner.end:
                    break
                consumed.add(other.start())
            continue
        if nxt and nxt.start() not in covered and not cand.unit and re.fullmatch(r"[ \t]*(?:-|–|÷|đến)[ \t]*", gap):
            partner = r.read(nxt)
            cand.unit = partner.unit
            cand.range_role, partner.range_role = "low", "high"
            candidates.extend([cand, partner])
            consumed.add(nxt.start())
            continue
        candidates.append(cand)

    # 3. Measures, subjects, periods, links.
    figures = apply_tables(w, _interpret(r, candidates), r.period, lex.indicators)
    result.figures = figures
    # One non-figure per span ("30/6/2020" once, not three times), covering every token inside it.
    for s, e, reason in sorted(set(covered.values())):
        result.non_figures.append(NonFigure(s, e, w[s:e], reason))
    return result


def _glued_unit(w: str, pos: int) -> bool:
    return bool(re.match(r"(?:ha|tỷ|triệu|kg|km|m2|m3|tấn)(?!\w)", w[pos:pos + 6]))


def _unit_follows(r: _Reader, pos: int) -> bool:
    unit, _ = r.unit_after(pos)
    return bool(unit) and unit not in ("năm",)


def _interpret(r: _Reader, cands: list[_Candidate]) -> list[Figure]:
    w = r.w
    figures: list[Figure] = []
    by_start: dict[int, Figure] = {}
    prev_end_in_sentence: dict[tuple[int, int], int] = {}
    last_in_sentence: dict[tuple[int, int], Figure] = {}
    last_in_paragraph: dict[int, tuple[tuple[int, int], Figure]] = {}
    pair_y = {c.start for c in cands if c.pair_role == "y"}
    for cand in cands:
        sent = r.sentence_of(cand.start)
        sent_start = sent[0]
        local_from = max(prev_end_in_sentence.get(sent, sent_start), sent_start)
        left_local = w[local_from:cand.start]
        next_start = _next_start(cands, cand, sent[1])
        right_local = w[cand.end:next_start]
        previous = last_in_sentence.get(sent)
        measure, sign, note = _measure(
            cand, left_local, right_local, previous, w, w[sent_start:cand.start],
            previous is not None and previous.start in pair_y,
        )
        subject_raw = _subject_text(w, local_from, cand.start, sent_start)
        if previous is not None and cand.range_role == "high":
            measure, sign = previous.measure, (-1 if previous.value < 0 else 1)
        elif previous is not None and _continues_list(left_local, previous, cand):
            measure, sign = previous.measure, (-1 if previous.value < 0 else 1)
        elif measure == "value" and cand.unit not in ("", "%", "‰") and (
            re.search(r"(?<!\w)phấn đấu(?!\w)", subject_raw, re.IGNORECASE)
            or _TARGETS_HEAD.match(w[sent_start:cand.start])
        ):
            measure = "plan_value"  # "phấn đấu ... đạt 214.000 tấn", "Mục tiêu chủ yếu: ...": a target level
        elif measure == "value" and cand.unit not in ("%", "‰") and _PLAN_HEAD.match(subject_raw) \
                and re.search(r"(?:là|giao|đề ra|:)\s*$", left_local, re.IGNORECASE):
            measure = "plan_value"
        value = cand.value * sign
        if cand.range_role == "high" and previous is not None and previous.value_max is None \
                and previous.end <= cand.start:
            # "6,5-7%", "từ 8 đến 8,5%": one figure, the upper bound kept with it
            previous.value_max = value
            previous.end = cand.end
            prev_end_in_sentence[sent] = cand.end
            continue
        subject = _clean_subject(subject_raw)
        inherit = previous is not None and ";" not in left_local and (
            measure in ("change_pct", "change_abs", "change_pp", "plan_pct") or _GENERIC_SUBJECT.match(subject)
        )
        if cand.pair_role == "y" and previous is not None:
            inherit = True
        counted = cand.unit and cand.unit not in _NON_COUNT and not re.match(_SCALE, cand.unit)
        if inherit and previous is not None and counted and cand.unit != previous.unit_text \
                and measure == "value":
            subject = _noun_after(w, cand) or previous.subject
            inherit = False
        elif inherit and previous is not None:
            subject = previous.subject
        elif counted and cand.pair_role != "y":
            # A count names what it counts right after the number: "150 điểm phục vụ bưu chính".
            noun = _noun_after(w, cand)
            if len(noun.split()) > len(cand.unit.split()) or not subject or _GENERIC_SUBJECT.match(subject):
                subject = noun or subject
        if not subject:
            subject = previous.subject if previous else (_noun_after(w, cand) or cand.unit or "?")
        indicator = _indicator(
            r, subject, left_local, w[sent_start:cand.start], measure, cand.unit,
            _before_bracket(w, figures, sent_start, left_local, cand.start) or previous,
            inherit, cand.start, _noun_after(w, cand) if counted else "",
        )
        period, comparison = _periods(
            r, cand, measure, w[sent_start:cand.start], right_local, left_local, subject_raw, previous,
            note == "the level before the change",
        )
        status = _status(r, cand, measure, left_local, w[sent_start:cand.start], comparison, period,
                         last_in_paragraph.get(r.paragraph_of(cand.start)))
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
        if cand.pair_role == "x" and not _unit_right_after(r, cand):
            figure.end = cand.token_end
        elif cand.pair_role == "x":
            figure.end = _unit_right_after(r, cand)
        figure.area = _area(r, w[local_from:cand.start])
        figures.append(figure)
        by_start[cand.start] = figure
        prev_end_in_sentence[sent] = cand.end
        last_in_sentence[sent] = figure
        last_in_paragraph[r.paragraph_of(cand.start)] = (sent, figure)
    _pairs(cands, by_start)
    _parents(r, figures, pair_y)
    _links(r, figures)
    return figures


def _before_bracket(w: str, figures: list[Figure], sent_start: int, left: str, start: int) -> Figure | None:
    """After a bracketed breakdown ("450 người (gồm A 250 người, B 200 người), tăng 12%"), the figure the
    bracket details, not the bracket's last part, is the one a change goes on about."""
    if not re.match(r"\s*\)", left):
        return None
    opened = w.rfind("(", sent_start, start)
    heads = [f for f in figures if sent_start <= f.start < opened]
    return heads[-1] if opened >= 0 and heads else None


def _unit_right_after(r: _Reader, cand: _Candidate) -> int:
    unit, end = r.unit_after(cand.token_end)
    return end if unit else 0


def _next_start(cands: list[_Candidate], cand: _Candidate, limit: int) -> int:
    for other in cands:
        if other.start > cand.start:
            return min(other.start, limit)
    return limit


def _status(
    r: _Reader, cand: _Candidate, measure: str, left_local: str, sentence_left: str, comparison: str | None,
    period: str, before: tuple[tuple[int, int], Figure] | None,
) -> str:
    """Actual, estimate, target or forecast: from the plan and target words before the figure, the tasks part of
    the report, the estimate words of its sentence (or of the sentence it details), and a report-wide note."""
    if comparison == "prior":
        return "actual"  # last year's result, quoted for comparison
    head = sentence_left.split(";", 1)[0] if ";" in sentence_left else ""
    if measure == "plan_value":
        return "target"
    if measure != "plan_pct" and (_TARGET_CUE.search(left_local) or _TARGET_CUE.search(head)):
        return "target"
    in_tasks = cand.start >= r.tasks_start and not r.seg.section_at(cand.start).startswith("FN/")
    if in_tasks and measure not in ("plan_pct",) and not _ESTIMATE.search(sentence_left):
        return "target"
    partial_year = r.period_kind != "year"
    if partial_year and (_FORECAST_CUE.search(left_local) or _FORECAST_CUE.search(head)):
        return "forecast"
    estimated = bool(_ESTIMATE.search(sentence_left))
    if not estimated and before is not None and before[1].status == "estimate" \
            and (before[0] == r.sentence_of(cand.start) or _DETAIL_OPENER.match(sentence_left)):
        estimated = True  # the rest of an estimated sentence, or the sentence that details it
    if not estimated and r.list_head_estimated(cand.start):
        estimated = True
    if not estimated and r.all_estimates and period == r.period:
        estimated = True
    if estimated:
        figure_period = parse_period(period)
        if partial_year and figure_period.end > r.period_end:
            return "forecast"
        return "estimate"
    return "actual"


def _continues_list(left_local: str, previous: Figure, cand: _Candidate) -> bool:
    """A number right after a change, with no verb of its own ("giảm 04 trường, 82 lớp"), is the same kind of
    change."""
    if not previous.measure.startswith("change") or cand.pair_role or cand.measure == "rank":
        return False
    if _VERBS.search(left_local) or any(ch in left_local for ch in "():;"):
        return False
    return len(left_local.split()) <= 2 and cand.unit not in ("%", "‰")


def _measure(
    cand: _Candidate, left: str, right: str, previous: Figure | None, w: str, sentence_left: str,
    after_pair_y: bool,
) -> tuple[str, int, str]:
    """(measure, sign, note) of a number from the words just before and after it."""
    if cand.measure == "rank":
        return "rank", 1, ""
    unit = cand.unit
    pct = unit in ("%", "‰")
    left_l = left.lower()
    sign = -1 if re.search(r"(?:^|[\s(:])-\s*$", left) and not re.search(r"\d\s*-\s*$", left) else 1
    if cand.pair_role == "y":
        after = _PLAN_PCT_AFTER.match(w, cand.end)
        plan = _PLAN_WORDS.search(sentence_left) or (after and _PLAN_WORDS.search(after.group()))
        return ("plan_value" if plan else "value"), 1, ""
    if pct and _PLAN_BEFORE.search(left) and not _CHANGE_VERB.search(left_l.split("kế hoạch")[-1]):
        return "plan_value", 1, ""
    if pct and re.match(r"\s*(?:như|theo)\s+kế hoạch", right, re.IGNORECASE):
        return "plan_value", 1, ""
    contribution = _CONTRIBUTION.search(left)
    if contribution and unit in _POINT_UNITS:
        drag = contribution.group("drag") or re.search(r"(?:^|[\s(])-\s*$", left)
        return "contribution_pp", (-1 if drag else 1), ""
    prior = _PRIOR.search(left)
    if prior:
        return ("change_pct" if pct else "change_abs"), (-1 if prior.group(1).lower() == "giảm" else 1), ""
    last_verb = None
    for m in _VERBS.finditer(left):
        last_verb = m
    verb = last_verb.group(1).lower() if last_verb else ""
    if cand.range_role == "high":
        verb = verb or ""
    change = verb in ("tăng", "giảm") and not re.match(r"\s*(?:còn|lên)\b", left[last_verb.end():] if last_verb else "")
    if re.search(r"tăng trưởng âm", left_l):
        return "change_pct", -1 if sign == 1 else sign, ""
    if pct and _PLAN_AFTER.match(right) and verb == "vượt":
        # "vượt 12% kế hoạch": 12% above the plan, not 12% of it.
        return "change_pct", 1, "above the plan: plan achievement is 100% plus this"
    if pct and _PLAN_AFTER.match(right) and not change:
        return "plan_pct", 1, ""
    if unit == "lần":
        return "value", 1, "a ratio (times)"
    if change and unit in ("điểm phần trăm", "điểm %"):
        return "change_pp", (-1 if verb == "giảm" else 1), ""
    if change and re.match(r"\s*(?:xuống|lên)\b", right, re.IGNORECASE) and re.search(r"từ\s*$", left):
        return "value", 1, "the level before the change"
    if pct and verb in ("đạt", "bằng") and previous is not None and previous.measure == "value" \
            and previous.unit_text not in ("%", "‰", "") and previous.unit_text not in _NON_COUNT \
            and not re.match(_SCALE, previous.unit_text) and len(left.split()) <= 3 \
            and not re.match(r"\s*so\s+(?:với\s+)?", right, re.IGNORECASE):
        return "share_pct", 1, ""
    if pct and _SHARE_BEFORE.search(left):
        return "share_pct", 1, ""
    if change:
        sign = -1 if verb == "giảm" else 1
        if pct:
            rate = (previous is not None and (
                previous.measure == "share_pct"
                or (previous.unit_text in ("%", "‰") and previous.measure == "value")
            )) or bool(_RATE_HEAD.match(sentence_left[-80:].split(";")[-1].split(",")[-1]))
            if unit == "‰" or rate:
                return "change_pp", sign, ""
            return "change_pct", sign, ""
        return "change_abs", sign, ""
    if pct and _SHARE_AFTER.match(right):
        return "share_pct", 1, ""
    if pct and previous is not None and previous.measure in ("value", "plan_value") and verb in ("đạt", "bằng", "") \
            and after_pair_y:
        return ("plan_pct" if previous.measure == "plan_value" else "share_pct"), 1, ""
    if pct and _SHARE_NOUN.match(right):
        return "share_pct", 1, ""
    if pct and (_GROWTH_SUBJECT.search(left) or _GROWTH_SUBJECT.search(w[max(0, cand.start - 120):cand.start])) and (
        verb in ("đạt", "là", "") and not re.search(r"tỷ lệ|chỉ tiêu", left_l)
    ):
        return "change_pct", sign, ""
    if pct and _SHARE_DONE.search(left_l):
        return "share_pct", 1, ""
    return "value", sign, ""





def _subject_text(w: str, local_from: int, start: int, sent_start: int) -> str:
    """Words before a number back to the previous figure or the nearest clause break that leaves a subject of
    two words or more."""
    window = w[local_from:start]
    strong = [m.end() for m in _STRONG_CUT.finditer(window) if m.end() < len(window) - 1]
    text = window
    for cut in reversed(strong):
        if len(_clean_subject(window[cut:]).split()) >= 2:
            text = window[cut:]
            break
    if len(_clean_subject(text).split()) > 8:
        for m in reversed(list(_WEAK_CUT.finditer(text))):
            if len(_clean_subject(text[m.end():]).split()) >= 3:
                return text[m.end():]
    return text


# Where a counted noun ends: a verb or a link word; "đạt chuẩn", "đạt (từ 10-14) tiêu chí" still qualify it.
_NOUN_END = re.compile(
    r"(?<!\w)(?:tăng|giảm|đạt(?!\s+(?:chuẩn|tiêu chí|từ\s+\d+\s*-\s*\d+\s+tiêu chí))|với|so với|là|và)(?!\w)"
)


def _noun_after(w: str, cand: _Candidate) -> str:
    """The counted thing named after a number: its unit and the words that follow, up to a break."""
    after = w[cand.end:].replace("\ufffd", " ")
    pair = re.match(r"\s*/\s*[\d.,]+\s*", after)  # the X of "X/Y hộ nghèo": read after the Y
    if pair:
        after = after[pair.end():]
        unit = re.match(re.escape(cand.unit), after) if cand.unit else None
        after = after[unit.end():] if unit else after
    m = re.match(r"[^,;:.()\n]{0,60}", after)
    tail = m.group().strip() if m else ""
    tail = _NOUN_END.split(tail)[0].strip()
    words = ([cand.unit] if cand.unit else []) + tail.split()[:6]
    return " ".join(words).strip()


def _heading(r: _Reader, start: int) -> str:
    """The label of the bullet or paragraph a figure is in: the words before its first colon ("- Cây ngô: ...")."""
    line_start, _ = r.line_of(start)
    head = r.w[line_start:start]
    colon = head.find(":")
    if colon < 0 or colon > 80:
        return ""
    label = re.sub(r"^[\s\-–+•*]*(?:[a-zđ]\)|\d+(?:\.\d+)*\.)?\s*", "", head[:colon])
    return re.sub(r"^(?:cây|con|đàn|về|hoạt động|dịch vụ)\s+", "", label.strip(), flags=re.IGNORECASE)


_UNIT_CHECKED = ("value", "plan_value", "change_abs")  # the measures whose unit must be one the indicator allows
# Words that open the parts of a breakdown: what follows them is the part's own subject.
_PART_OPENER = re.compile(r"(?<!\w)(?:trong đó|bao gồm|gồm)(?!\w)\s*(?:có\s+)?:?", re.IGNORECASE)


def _indicator(
    r: _Reader, subject: str, own_left: str, sentence_left: str, measure: str, unit: str, previous: Figure | None,
    inherit: bool, start: int, noun: str,
) -> str | None:
    """The indicator of a figure, from the ontology's Vietnamese labels found around it.

    A label of an indicator whose pk:allowedUnit excludes the figure's unit is never taken (that would be a
    wrong indicator, not a guess); one whose units include it beats one the unit says nothing about. Then the
    label closest to the number wins: the figure's own words after the previous figure, its subject (the part's
    own words after "trong đó"/"gồm"; the subject joined with its bullet's label or with the counted noun), the
    counted noun, the whole subject, the bullet's label, the rest of the clause; in one place the longest label.
    A generic label (two words: "học sinh", "hộ nghèo") gives way to a specific one whose other words are
    around. With no label at all, an indicator the unit fits whose label's words are spread over the clause.
    """
    lex = r.lex
    checked = measure in _UNIT_CHECKED
    # The words between the previous figure and this one name this figure's own subject only after a clause
    # break ("thức ăn chăn nuôi tăng 4,1%, điện sản xuất giảm 2,5%"); right after it they still qualify it.
    own = _clean_subject(re.sub(r"^\s*,", "", own_left.rsplit(";", 1)[-1]))

    def fit(local: str) -> int:
        return lex.unit_fit(local, unit) if checked else 0

    own_hits = lex.indicators.find_all(own) if inherit and re.match(r"\s*[,;]", own_left) else []
    # A counted noun that says more than its unit names the part itself: "trong đó: 12 văn bản QPPL".
    noun_hits = lex.indicators.find_all(noun) if inherit and len(noun.split()) > len(unit.split()) else []
    if inherit and previous is not None and previous.indicator and fit(previous.indicator) >= 0 \
            and not any(fit(local) >= 0 for _s, _e, local in own_hits + noun_hits):
        return previous.indicator
    heading = _heading(r, start)
    part = subject
    opener = _last(_PART_OPENER, subject)
    if opener and subject[opener.end():].strip(" ,:"):
        part = subject[opener.end():]
    clause = sentence_left[-120:].split(";")[-1]
    after_m = re.match(r"[\d.,]*[^,;.\n]{0,80}", r.w[start:])  # the number and its own clause only
    after = after_m.group() if after_m else ""
    # Phrases by closeness to the number; a phrase joined from two pieces only counts labels that cross the
    # join: "Sản lượng" + "ngô" (its bullet's label), "rà soát" + "văn bản QPPL" (the words before the number
    # and the counted noun after it).
    tiers: list[list[tuple[str, int]]] = [
        [(own, -1)] if own_hits else [],
        [(part, -1)] + _joined(part, heading) + _joined(own, noun),
        [(noun, -1)] if noun else [],
        [(subject, -1)] if part != subject else [],
        [(heading, -1)] if heading else [],
        [(clause, -1)],
    ]
    # Where the subject begins in the clause, when the subject is the clause's tail.
    cut = clause.lower().rfind(subject.lower()) if subject else -1
    best: tuple[int, int, int] | None = None
    found: str | None = None
    found_words: frozenset[str] = frozenset()
    for tier, phrases in enumerate(tiers):
        for phrase, join in phrases:
            for hit_start, hit_end, local in lex.indicators.find_all(phrase):
                score = fit(local)
                if score < 0 or (join >= 0 and not hit_start < join < hit_end):
                    continue
                key = (score, -tier, hit_end - hit_start)
                if tier == len(tiers) - 1 and hit_start < cut < hit_end:
                    # A longer label that runs past the subject's cut into the clause: "thức ăn gia súc, gia
                    # cầm" beats the "gia cầm" the subject was cut to at the comma.
                    key = (score, -1, hit_end - hit_start)
                if best is None or key > best:
                    best, found, found_words = key, local, content_words(phrase[hit_start:hit_end])
    # Words around for labels spread over them: the clause (after "trong đó" only the part's own words, so
    # "trong đó: đuối nước 2 vụ, chết 2 người" are not the head's deaths), the previous figure's subject, the
    # unit and the bullet's label.
    opened = _last(_PART_OPENER, clause)
    scope = clause[opened.end():] if opened else clause
    head = previous.subject if previous is not None and ";" not in own_left else ""
    context = " ".join((own, subject, noun, unit, scope, head, heading))
    if found is not None:
        if len(found_words) <= 2:
            # A generic label ("học sinh", "hộ nghèo") gives way to a specific one that contains its words and
            # whose other words are around: "Cấp trung học cơ sở có 95 trường với 30.200 học sinh".
            specific = lex.indicators.scattered(
                context,
                lambda local, words: local != found and fit(local) >= 0 and found_words < words,
            )
            return specific or found
        return found
    # No label around: one of an indicator the unit fits whose words are spread over them ("850 doanh nghiệp,
    # tổng số vốn đăng ký 9.000 tỷ đồng" → vốn đăng ký doanh nghiệp); else the first label after the number.
    spread = lex.indicators.scattered(context, lambda local, _words: fit(local) > 0)
    if spread:
        return spread
    hits = [local for _s, _e, local in lex.indicators.find_all(after) if fit(local) >= 0]
    return hits[0] if hits else None


def _joined(first: str, second: str) -> list[tuple[str, int]]:
    """Two pieces of a subject as one phrase, in both orders ("trường" + "trung học cơ sở", "dự án đầu tư" +
    "cấp mới"), with where they are joined."""
    if not first or not second:
        return []
    return [(f"{first} {second}", len(first)), (f"{second} {first}", len(second))]


_MONTH_PERIOD = re.compile(
    r"(?:đến|tới|trong)\s+(?:đầu|giữa|cuối)?\s*tháng\s+(\d{1,2})(?:\s+năm\s+|\s*/\s*)(\d{4})", re.IGNORECASE
)
# "lũy kế 10 tháng", "10 tháng đầu năm": a flow over the first months of the year.
_MONTHS_SPAN = re.compile(
    r"(?:lũy kế|luỹ kế|trong)?\s*(\d{1,2})\s+tháng(?:\s+đầu)?(?:\s+năm)?(?!\s*tuổi)", re.IGNORECASE
)
# "Tháng 11/2025, ...", "trong tháng Mười": one month named before a figure, not a comparison ("so với tháng 10").
# "năm" is a month only before its year ("tháng Năm năm 2022"): "11 tháng năm 2025" is no month; "một" never is.
_SINGLE_MONTH = re.compile(
    r"(?<!so với )(?<!so )(?<!\d )tháng\s+(\d{1,2}|mười một|mười hai|mười|giêng|hai|ba|tư|sáu|bảy|tám|chín|"
    r"năm(?=\s+năm\s+\d{4}|\s*/\s*\d{4}))(?!\w)"
    r"(?:\s*/\s*(\d{4})|\s+năm\s+(\d{4}))?(?!\s*/\s*\d{1,2}\b)",
    re.IGNORECASE,
)
_YEAR_START = re.compile(r"(?<!tháng )đầu năm\s+(\d{4})", re.IGNORECASE)
_OWN_YEAR = re.compile(r"(?<!so sánh )(?<!so với )(?<!kỳ )(?<!đầu )(?<!cuối )(?<!tháng )năm\s+(\d{4})")
_YEAR_END = re.compile(r"(?<!so với )(?<!tháng )cuối năm\s+(\d{4})", re.IGNORECASE)


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    found = None
    for m in pattern.finditer(text):
        found = m
    return found


def _context_period(r: _Reader, text: str, local: str, right: str, measure: str) -> str | None:
    """A period stated in the words before a figure: a date, a month, a stock ("hiện có", "đến nay")."""
    m = _last(_DATE_PERIOD, text)
    if m:
        day, month, year = (int(g) for g in m.groups())
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return r.ref_date
    m = _last(_MONTH_END, text)
    if m:
        return parse_period(f"{int(m.group(2))}-{int(m.group(1)):02d}").end.isoformat()
    m = _last(_MONTH_PERIOD, text)
    if m and 1 <= int(m.group(1)) <= 12:
        return f"{int(m.group(2))}-{int(m.group(1)):02d}"
    m = _last(_MONTHS_SPAN, local)
    # the month is looked for in the whole sentence before the figure (so that "so với tháng 4" is seen as a
    # comparison), and wins over a span of months named after it
    single = _last(_SINGLE_MONTH, text)
    base = max(text.rfind(local), 0) if local else len(text)
    if single and (m is None or single.start() > base + m.start()):
        month = month_number(single.group(1))
        year = single.group(2) or single.group(3) or r.year
        if 1 <= month <= 12:
            return f"{year}-{month:02d}"
    if m:
        months = int(m.group(1))
        code = {3: "Q1", 6: "H1", 9: "9M"}.get(months, f"{months}M")
        if 2 <= months <= 11:
            return f"{r.year}-{code}"
    m = _last(_YEAR_START, local)
    if m:
        return f"{m.group(1)}-01-01"
    m = _last(_YEAR_END, local)
    if m:
        return f"{m.group(1)}-12-31"
    if measure in ("value", "change_abs", "change_pct") and (
        _STOCK.search(local) or re.match(r"\s*(?:hiện có|hiện nay)", right, re.IGNORECASE)
        or re.search(r"(?<!\w)duy trì(?!\w)", local, re.IGNORECASE)
    ):
        return r.ref_date
    return None


def _school_year(r: _Reader, start: int) -> str | None:
    """The school year named last before ``start`` in its sentence, paragraph or section."""
    sec_start = next((s.start for s in reversed(r.seg.sections) if s.start <= start), 0)
    for lo in (r.sentence_of(start)[0], r.line_of(start)[0], sec_start):
        for m in reversed(list(_SCHOOL_YEAR.finditer(r.w, lo, start))):
            if not re.search(r"so với\s*$", r.w[max(0, m.start() - 10):m.start()]):
                return f"{m.group(1)}/{m.group(2)}"
    return None


def _periods(
    r: _Reader, cand: _Candidate, measure: str, sentence_left: str, right: str, left: str, subject_raw: str,
    previous: Figure | None, note_before_change: bool = False,
) -> tuple[str, str | None]:
    """(period, comparison_period) of a figure; comparison "prior" marks a prior-period comparison."""
    period = r.period
    section = r.seg.section_at(cand.start)
    anchor_text = ""
    if section.startswith("FN/"):
        # A footnote shares the time of the sentence that cites it.
        note = r.seg.footnotes[int(section[3:]) - 1]
        if note.anchor is not None:
            anchor_start = r.sentence_of(note.anchor)[0]
            anchor_text = r.w[anchor_start:note.anchor]
    school = _school_year(r, cand.start)
    if school and _SCHOOL_YEAR.search(sentence_left) and not _DATE_PERIOD.search(sentence_left):
        found = None
    else:
        found = _context_period(r, sentence_left, subject_raw, right, measure)
    if school is None and section.startswith("FN/") and note.anchor is not None:
        school = _school_year(r, note.anchor)
    if found:
        period = found
    elif school:
        period = school
    elif anchor_text and _context_period(r, anchor_text, anchor_text, "", measure):
        period = _context_period(r, anchor_text, anchor_text, "", measure) or period
    else:
        own = _last(_OWN_YEAR, subject_raw)
        if own and int(own.group(1)) != r.year and measure in ("value", "rank", "share_pct"):
            period = own.group(1)
        elif section.startswith("P2") and measure == "value":
            period = rest_of(r.period)
    inheritable = previous is not None and previous.measure != "plan_value" and previous.period not in (
        previous_year(r.period), str(r.year)
    )
    if inheritable and period == r.period and (
        measure in ("change_pct", "change_abs", "change_pp", "plan_pct", "rank", "share_pct")
        or (measure == "value" and not found and len(parse_period(previous.period).code) == 10)
    ):
        period = previous.period
    if note_before_change:
        return previous_year(period), None
    if _PRIOR_BRACKET.search(left):
        if measure in ("change_pct", "change_abs", "change_pp"):
            return period, "prior"
        return previous_year(period), None
    if measure == "plan_value":
        year = rest_of(r.period)[:4] if section.startswith("P2") else str(r.year)
        return year, year
    if measure == "plan_pct":
        return (str(r.year) if section.startswith("P2") else period), str(r.year)
    if measure not in ("change_pct", "change_abs", "change_pp"):
        return period, None
    if _PRIOR.search(left):
        return period, "prior"
    comparison = previous_year(period)
    m = _COMPARE.search(right) or _COMPARE.search(left)
    if m:
        year = m.group(2) or m.group(3) or m.group(6)
        if m.group(10):
            quarter = ROMAN.get(m.group(10).upper()) or int(m.group(10))
            comparison = f"{m.group(11) or r.year}-Q{quarter}"
        elif m.group(12):
            comparison = step_back(period)
        elif m.group(8):
            edge_year = int(m.group(9)) if m.group(9) else r.year
            comparison = f"{edge_year}-01-01" if m.group(8).lower() == "đầu" else f"{edge_year}-12-31"
        elif m.group(4):
            comparison = f"{m.group(4)}/{m.group(5)}"
        elif year and year.isdigit():
            comparison = with_year(period, int(year)) if m.group(1) else year
    return period, comparison


def _pairs(cands: list[_Candidate], by_start: dict[int, Figure]) -> None:
    """X/Y: X is a part of Y when Y counts the whole."""
    for cand in cands:
        if cand.pair_role == "x" and cand.pair_partner is not None:
            y = by_start.get(cand.pair_partner)
            x = by_start.get(cand.start)
            if x and y and y.measure == "value" and x.value <= y.value:
                x.parent = y.start


def _unit_fits(part: str, total: str) -> bool:
    """A part's unit fits its total's: the same, or one of the total's listed kinds ("trường" of
    "trường/trung tâm")."""
    if part == total:
        return True
    kinds = [k.strip() for k in re.split(r"[/,]", total) if k.strip()]
    return bool(part) and len(kinds) > 1 and any(part == k or part.startswith(k) or k.startswith(part) for k in kinds)


def _part_of(f: Figure, total: Figure) -> bool:
    return (
        f is not total and f.parent is None and f.measure == total.measure
        and f.measure in ("value", "change_abs") and abs(f.value) <= abs(total.value)
        and _unit_fits(f.unit_text, total.unit_text)
    )


def _parents(r: _Reader, figures: list[Figure], pair_y: set[int]) -> None:
    """Breakdowns: parts inside brackets, after "trong đó"/"gồm", or listed after a colon, with their total's unit.

    Inner breakdowns are read first, so a part goes to the nearest total that can hold it.
    """
    w = r.w
    order = sorted(figures, key=lambda f: f.start)
    # Brackets: "(Mầm non 107 trường, Tiểu học 116 trường)", "(giảm 01 trường NM, 03 trường TH)".
    for open_m in re.finditer(r"\(", w):
        close = w.find(")", open_m.end())
        if close < 0 or close - open_m.end() > 400:
            continue
        sent = r.sentence_of(open_m.start())
        before = [f for f in order if sent[0] <= f.start and f.end <= open_m.start() and f.start not in pair_y
                  and f.measure in ("value", "change_abs")]
        inside = [f for f in order if open_m.end() <= f.start < close]
        if not before or not inside:
            continue
        lead = re.match(r"\s*(?:trong đó|gồm|bao gồm)?\s*:?\s*(?:[^\d(),;]{0,25})?$",
                        w[open_m.end():inside[0].start], re.IGNORECASE)
        for total in reversed(before):
            parts = [f for f in inside if _part_of(f, total)]
            if parts and (len(parts) >= 2 or lead):
                named = re.match(r"\s*(?:trong đó|gồm|bao gồm)", w[open_m.end():], re.IGNORECASE)
                for f in parts:
                    f.parent = total.start
                    if not named and total.indicator:
                        # "(Mầm non 107 trường, Tiểu học 116 trường)": categories of the total's indicator.
                        f.indicator = total.indicator
                break
    # "trong đó", "gồm": the parts follow, up to the end of the sentence, bracket or bullet list.
    for m in reversed(list(_BREAKDOWN.finditer(w))):
        sent = r.sentence_of(m.start())
        lo = sent[0]
        if not w[lo:m.start()].strip(" -–\n\ufffd"):
            lo = r.sentence_of(max(0, sent[0] - 2))[0]  # "... 51 vụ. Trong đó: ..."
        totals = [f for f in order if lo <= f.start < m.start() and f.start not in pair_y]
        scope_end = _breakdown_scope(w, m, sent)
        for f in order:
            if not (m.end() <= f.start < scope_end):
                continue
            for total in reversed(totals):
                if _part_of(f, total):
                    f.parent = total.start
                    break
    # A colon list: "726,31 ha: huyện A 603,18 ha, huyện B 10 ha".
    for total in order:
        if total.measure != "value":
            continue
        after = w[total.end:total.end + 30]
        colon = after.find(":")
        if colon < 0 or ";" in after[:colon] or "." in after[:colon]:
            continue
        sent = r.sentence_of(total.start)
        parts = [f for f in order if total.end < f.start < sent[1] and _part_of(f, total)]
        if len(parts) >= 2:
            for f in parts:
                f.parent = total.start
                if total.indicator and _only_place(r, f.subject):
                    f.indicator = total.indicator  # "55 ha tại các huyện: A: 25 ha; B: 20 ha": by place
    _footnote_parents(r, order)


def _only_place(r: _Reader, subject: str) -> bool:
    """Whether a subject is nothing but a place name ("Tuần Giáo", "huyện Mường Chà")."""
    hits = r.lex.areas.find_all(subject)
    rest = "".join(subject[i] for i in range(len(subject)) if not any(s <= i < e for s, e, _ in hits))
    return bool(hits) and not re.sub(r"(?i)huyện|thị xã|thành phố|tỉnh|xã|[\W\d]", "", rest)


def _footnote_parents(r: _Reader, order: list[Figure]) -> None:
    """A footnote that details the figure it is anchored to: its figures are parts of that figure when the note
    says so ("Trong đó ...", "Gồm ...") or when they add up to it."""
    w = r.w
    for note in r.seg.footnotes:
        if note.anchor is None:
            continue
        sent = r.sentence_of(note.anchor)
        totals = [f for f in order if sent[0] <= f.start < note.anchor and f.measure == "value"]
        inside = [f for f in order if note.start <= f.start < note.end and f.parent is None]
        if not totals or not inside:
            continue
        cue = re.match(r"[\s(\ufffd)]*(?:trong đó|gồm|bao gồm)", w[note.start:note.end], re.IGNORECASE)
        for total in reversed(totals):
            parts = [f for f in inside if _part_of(f, total)]
            if not parts:
                continue
            adds_up = abs(sum(f.value for f in parts) - total.value) <= abs(total.value) * Decimal("0.005")
            if cue or (len(parts) >= 2 and adds_up):
                for f in parts:
                    f.parent = total.start
                inside = [f for f in inside if f.parent is None]


def _breakdown_scope(w: str, m: re.Match[str], sent: tuple[int, int]) -> int:
    """Where a breakdown ends: the closing bracket, the sentence end, or the bullet list after "trong đó:"."""
    opened = w.rfind("(", sent[0], m.start())
    if opened >= 0 and w.find(")", opened, m.start()) < 0:
        close = w.find(")", m.end())
        return close if close >= 0 else sent[1]
    if w[m.end() - 1] == ":" or re.match(r"\s*:?\s*\n", w[m.end():]):
        end = m.end()
        for line in re.finditer(r"\n[ \t]*([^\n]*)", w[m.end():]):
            content = line.group(1)
            if not content.strip():
                continue
            if content.lstrip().startswith(("-", "+", "•")):
                end = m.end() + line.end()
                continue
            break
        return max(end, sent[1])
    return sent[1]


_ADMIN = re.compile(r"(?:huyện|thị xã|thành phố|tp\.?|tỉnh|xã|thị trấn|phường)\s*$", re.IGNORECASE)


def _area(r: _Reader, left: str) -> str | None:
    """The place a figure is about: a district or province named right before it, with its admin word
    ("huyện Mường Nhé", "tỉnh Sơn La") or as a list label ("Mường Ảng 45,5 ha", "Tuần Giáo: 20 ha")."""
    window = left[-80:]
    for start, end, local in reversed(r.lex.areas.find_all(window)):
        if local == r.province or local.endswith("-people-committee"):
            continue
        label = window[start:end]
        if _ADMIN.search(label.split()[0] + " ") or _ADMIN.search(window[max(0, start - 12):start]) \
                or not window[end:].strip(" \t:"):
            return local
    return None


def _links(r: _Reader, figures: list[Figure]) -> None:
    """Projects, programmes and causes mentioned in a figure's sentence (or bullet paragraph)."""
    w = r.w
    for f in figures:
        sent = r.sentence_of(f.start)
        line = r.line_of(f.start)
        scope = line if w[line[0]:line[0] + 3].lstrip().startswith("-") else sent
        text = w[scope[0]:scope[1]]
        f.project = r.lex.projects.last(w[scope[0]:f.start]) or r.lex.projects.longest(text)
        f.programme = r.lex.programmes.last(w[scope[0]:f.start]) or r.lex.programmes.longest(text)
        cause, effect = _cause(r, f, sent)
        f.cause, f.effect = cause, effect


def _cause(r: _Reader, f: Figure, sent: tuple[int, int]) -> tuple[str | None, str | None]:
    w = r.w
    # The clause (between semicolons) first, then the sentence; a cause needs a trigger word before it.
    clause_start = max(w.rfind(";", sent[0], f.start) + 1, sent[0])
    clause_end = w.find(";", f.start, sent[1])
    clause_end = sent[1] if clause_end < 0 else clause_end
    for lo, hi in ((clause_start, clause_end), sent):
        text = w[lo:hi]
        hits = r.lex.causes.find_all(text)
        for start, _end, local in sorted(hits, key=lambda h: abs(lo + h[0] - f.start)):
            before = text[max(0, start - 40):start]
            if _CAUSE_TRIGGER.search(before):
                effect = "positive" if _POSITIVE.search(before) else "negative"
                return local, effect
    # A sentence opening with "Do ảnh hưởng của ..." qualifies the next sentence of its paragraph too.
    prev = r.sentence_of(sent[0] - 2) if sent[0] > 2 else None
    if prev and prev != sent and r.line_of(prev[0]) == r.line_of(sent[0]):
        text = w[prev[0]:prev[1]]
        if re.match(r"\s*(?:[-–]\s*)?(?:[^:]{0,40}:\s*)?Do\s", text):
            hits = r.lex.causes.find_all(text)
            if hits:
                return hits[0][2], "negative"
    return None, None


# ----------------------------------------------------------------------------------------------------------
# Output
# ----------------------------------------------------------------------------------------------------------
