"""The subject of a figure: the words before it back to a clause break, cleaned of time and verb words;
the counted noun after a count; the label of its bullet."""

from __future__ import annotations

import re
from functools import lru_cache

from provkg.core.patterns import end_words, may_end_with, may_hold, required_words
from provkg.core.periods import SCHOOL_YEAR
from provkg.extract.context import ReportContext
from provkg.extract.notation import Candidate

# (the look-behinds after the full stop and after "trong đó", not before them: the same matches, tried only where
# those are, not at every character)
_STRONG_CUT = re.compile(r"[;:(\n]|\.(?<!\d\.)(?!\d)|\s-\s|trong đó(?<!\wtrong đó)(?!\w)", re.IGNORECASE)


# Words saying that a quantity leaves a part out: "trừ dầu khí", "không kể xây dựng", "(không tính dầu thô)" (not
# "khấu trừ", "phòng trừ sâu bệnh", "thuốc trừ cỏ", "loại trừ", "giảm trừ", "bù trừ").
EXCLUSION = re.compile(
    r"(?<!\w)(?:không\s+(?:kể|tính|bao\s+gồm)|ngoại\s+trừ"
    r"|(?<!khấu )(?<!phòng )(?<!diệt )(?<!loại )(?<!giảm )(?<!bù )trừ(?!\s+(?:sâu|cỏ|bệnh|nợ|hao)))(?!\w)",
    re.IGNORECASE,
)
# A bracket saying only what a quantity leaves out belongs to the quantity's name: "Thu từ doanh nghiệp nhà nước
# (không kể nhà máy lọc dầu) đạt ...".
_EXCLUSION_BRACKET = re.compile(r"\(\s*" + EXCLUSION.pattern + r"[^()]*\)", re.IGNORECASE)


_WEAK_CUT = re.compile(r"(?<!\d),(?!\d)|(?<!\w)(?:và|với)(?!\w)")


# Subject clean-up: time phrases anywhere, estimate and verb words at the edges.
_SUBJECT_TIME = re.compile(
    r"(?<!\w)(?:theo giá so sánh(?: năm)? \d{4}|\(giá so sánh(?: năm)? \d{4}\)|giá so sánh(?: năm)? \d{4}|"
    r"(?:trong |của )?(?:\d+|sáu) tháng(?: đầu năm| cuối năm| năm| đầu)?(?: \d{4})?|"
    r"(?:đến|tính đến|tới)(?: ngày)? \d{1,2}/\d{1,2}/\d{4}|" + SCHOOL_YEAR.pattern + "|"
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


GENERIC_SUBJECT = re.compile(r"^(?:tổng|toàn tỉnh|số|tổng số|đã|cho|thêm|mới|nâng)?$", re.IGNORECASE)


# Words that name nothing new: a time, the country, a comparison, the plan ("quý II", "cả nước", "cả năm",
# "tương đương", "kế hoạch giao là").
TIME_OR_PLACE_ONLY = re.compile(
    r"(?:(?:riêng|chỉ|cả nước|toàn quốc|bình quân|chung|cùng kỳ|"
    # a quarter or a month, with its year or not: "quý II", "tháng 12/2022", "quý I/2024"
    r"(?:quý\s+(?:I{1,3}|IV|[1-4])|tháng\s+\d{1,2})(?:\s*/\s*\d{4})?|"
    r"năm\s+\d{4}|\d{4}|và|còn|tới|lên|ước|dự ước|đạt|tăng|giảm|của|mức tăng|mức|cao hơn|thấp hơn|nhiều|bằng|"
    r"tương đương|khoảng|gần|hơn|kế hoạch|KH|giao|là|chưa đạt|vượt|đề ra|chỉ tiêu|dự toán|năm trước|tính chung|"
    r"cộng dồn|lũy kế|luỹ kế|cả\s+(?:năm|quý|vụ)|cả|"
    # what a change is compared with names the same quantity again: "...; so với cùng tháng năm trước tăng 3,6%"
    r"so\s+với|so|cùng\s+(?:tháng|quý)|(?:tháng|quý)\s+trước|trước|"
    # who set a plan names the same quantity again: "Trung ương giao 8.420 tỷ đồng; HĐND tỉnh giao 8.655 tỷ đồng"
    r"(?:HĐND|UBND|hội\s+đồng\s+nhân\s+dân|ủy\s+ban\s+nhân\s+dân)(?:\s+tỉnh)?|trung\s+ương|thủ\s+tướng"
    r"(?:\s+chính\s+phủ)?|chính\s+phủ|"
    r"tổng cộng|theo(?:\s+từng)?\s+(?:quý|tháng)|\d+\s+tháng(?:\s+đầu\s+năm)?|"
    # a price basis names the same quantity again: "...; theo giá hiện hành ước đạt 17.450 tỷ đồng"
    r"(?:theo\s+)?giá\s+(?:hiện hành|thực tế|so sánh(?:\s+năm)?(?:\s+\d{4})?))[\s,()]*)+",
    re.IGNORECASE,
)
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([,;:)])")


@lru_cache(maxsize=65536)  # a subject is cleaned several times while its cut is chosen
def clean_subject(raw: str) -> str:
    text = raw.replace("\ufffd", " ")
    if may_hold(text, required_words(_SUBJECT_TIME)):  # (the patterns run only where their words are)
        text = _SUBJECT_TIME.sub(" ", text)
    text = " ".join(text.split())
    if " ," in text or " ;" in text or " :" in text or " )" in text:  # (single spaces only, after the join)
        text = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", text)
    previous = None
    while previous != text:
        previous = text
        text = _SUBJECT_HEAD.sub("", text)
        if may_end_with(text, end_words(_SUBJECT_TAIL)):
            text = _SUBJECT_TAIL.sub("", text)
        text = text.strip(" ,;:-–\"“”'")
        if text.count("(") < text.count(")"):
            text = text.rstrip(")")
        if text.count("(") > text.count(")"):
            text = text + ")"
    words = text.split()
    return " ".join(words[-10:])


def subject_text(w: str, local_from: int, start: int, sent_start: int) -> str:
    """Words before a number back to the previous figure or the nearest clause break that leaves a subject of
    two words or more."""
    window = w[local_from:start]
    remarks = [m.span() for m in _EXCLUSION_BRACKET.finditer(window)] if "(" in window else []
    strong = [m.end() for m in _STRONG_CUT.finditer(window) if m.end() < len(window) - 1
              and not any(s < m.end() <= e for s, e in remarks)]
    text = window
    for cut in reversed(strong):
        if len(clean_subject(window[cut:]).split()) >= 2:
            text = window[cut:]
            break
    if len(clean_subject(text).split()) > 8:
        for m in reversed(list(_WEAK_CUT.finditer(text))):
            if len(clean_subject(text[m.end():]).split()) >= 3:
                return text[m.end():]
    return text


# Where a counted noun ends: a verb or a link word; "đạt chuẩn", "đạt (từ 10-14) tiêu chí", "đạt kế hoạch", "chưa
# đạt", "không đạt" and a last "đạt" still qualify it ("7/17 chỉ tiêu chưa đạt", "3/17 chỉ tiêu đạt kế hoạch", "(6
# chỉ tiêu vượt, 8 chỉ tiêu đạt)").
_NOUN_END = re.compile(
    r"(?<!\w)(?:tăng|giảm|(?<!chưa )(?<!không )đạt(?!\s*$|\s+(?:chuẩn|tiêu chí|kế hoạch|từ\s+\d+\s*-\s*\d+\s+tiêu chí))"
    r"|với|so với|là|và)(?!\w)"
)


_PAIR_REST = re.compile(r"\s*/\s*[\d.,]+\s*")
_NOUN_SPAN = re.compile(r"[^,;:.()\n]{0,60}")
# The text a counted noun is read from: enough for the Y of a pair, a unit and the noun's 60 characters.
_NOUN_WINDOW = 400


def noun_after(w: str, cand: Candidate) -> str:
    """The counted thing named after a number: its unit and the words that follow, up to a break."""
    after = w[cand.end:cand.end + _NOUN_WINDOW].replace("\ufffd", " ")
    pair = _PAIR_REST.match(after)  # the X of "X/Y hộ nghèo": read after the Y
    if (pair.end() if pair else 0) + len(cand.unit) + 61 > len(after) and cand.end + len(after) < len(w):
        after = w[cand.end:].replace("\ufffd", " ")  # a long run of spaces and digits: read on to the end
        pair = _PAIR_REST.match(after)
    if pair:
        after = after[pair.end():]
        unit = re.match(re.escape(cand.unit), after) if cand.unit else None
        after = after[unit.end():] if unit else after
    m = _NOUN_SPAN.match(after)
    tail = m.group().strip() if m else ""
    tail = _NOUN_END.split(tail)[0].strip()
    words = ([cand.unit] if cand.unit else []) + tail.split()[:8]  # ("xã đạt chuẩn nông thôn mới nâng cao")
    return " ".join(words).strip()


def heading_of(r: ReportContext, start: int) -> str:
    """The label of the bullet or paragraph a figure is in: the words before its first colon ("- Cây ngô: ...")."""
    line_start, _ = r.line_of(start)
    head = r.w[line_start:start]
    colon = head.find(":")
    if colon < 0 or colon > 80:
        return ""
    label = re.sub(r"^[\s\-–+•*]*(?:[a-zđ]\)|\d+(?:\.\d+)*\.)?\s*", "", head[:colon])
    return re.sub(r"^(?:cây|con|đàn|về|hoạt động|dịch vụ)\s+", "", label.strip(), flags=re.IGNORECASE)
