"""The area a figure is about when it is not the report's province: a district, a town, another province."""

from __future__ import annotations

import re

from provkg.core.model import Figure
from provkg.core.text import fold, last_match
from provkg.extract.context import ReportContext
from provkg.extract.vocabulary import vocabulary

_ADMIN = vocabulary().admin_before
# The whole country named as the subject of a figure: "(cả nước tăng 7,02%)", "bình quân chung cả nước đạt".
_NATIONAL = re.compile(r"(?<!\w)(?:cả nước|toàn quốc|bình quân chung cả nước)(?!\w)", re.IGNORECASE)
# ... but not the province's rank or share within the country: "xếp thứ 9 cả nước", "chiếm 3% cả nước".
_WITHIN_COUNTRY = re.compile(r"(?<!\w)(?:chiếm|xếp|đứng|thứ|so với|bằng|trong số)(?!\w)", re.IGNORECASE)
NATIONAL_AREA = "vn"
# The country owning a level named after it: "mức tăng 5,6% của cả nước", "tỷ lệ 35,2% của toàn quốc" ...
_COUNTRY_AFTER = re.compile(r"\s*(?:của|ở)\s+(?:cả nước|toàn quốc)(?!\w)", re.IGNORECASE)
# ... or another place owning it: "mức 8,2% của tỉnh A", "mức 6,1% của huyện B"
_OWNER_AFTER = re.compile(r"\s*(?:của|ở)\s+(?:(?:tỉnh|thành phố|huyện|thị xã)\s+)?", re.IGNORECASE)
# ... when that level is compared with the province's ("cao hơn mức", "thấp hơn tỷ lệ"), not a share of the
# country's whole ("chiếm 3,1% của cả nước", "bằng 4,2% của cả nước")
_COMPARED_BEFORE = re.compile(
    r"(?:cao hơn|thấp hơn|nhỉnh hơn|vượt(?: xa)?|gấp[^,;]{0,12}|so với)(?:\s+(?:nhiều|hẳn|khá|đáng kể))?"
    r"\s+(?:mức|tỷ lệ)(?:\s+[^\W\d]+){0,3}\s*$",
    re.IGNORECASE,
)
# "địa bàn" before a place name makes it an area as an administrative word does ("Riêng địa bàn A (cũ), ..."), and
# "(cũ)" after it names a former province or district ("tỉnh B (cũ)").
_AREA_WORD = re.compile(r"(?<!\w)địa bàn\s*$", re.IGNORECASE)
_FORMER = re.compile(r"\s*\(\s*cũ\s*\)", re.IGNORECASE)
# Words that open the name of a work: a place after them locates the work, it is not the figure's subject.
_WORK_BEFORE = re.compile(r"(?<!\w)(?:dự án|công trình|đường|cầu|kè|hồ chứa|nối)(?!\w)", re.IGNORECASE)
_BARE_BRACKET = re.compile(r"[\s+\-–]*(?:(?:khoảng|trên|dưới|gần|hơn|chỉ|mới|ước|đạt|là)\s*)*", re.IGNORECASE)


def area_of(r: ReportContext, left: str, measure: str = "value", right: str = "") -> str | None:
    """The place a figure is about: the whole country named as its subject, or as the owner of a level compared
    with ("cao hơn mức 52,4% của cả nước"); a district or province named right before it, with its admin word
    ("huyện Mường Nhé", "tỉnh Sơn La") or as a list label ("Mường Ảng 45,5 ha", "Tuần Giáo: 20 ha")."""
    window = left[-80:]
    if measure not in ("rank", "share_pct") and _COUNTRY_AFTER.match(right) and _COMPARED_BEFORE.search(window):
        return NATIONAL_AREA
    owner = _OWNER_AFTER.match(right) if measure not in ("rank", "share_pct") else None
    if owner and _COMPARED_BEFORE.search(window):
        # another place owning a level compared with the province's: "thấp hơn mức 8,2% của tỉnh A (cũ)"
        named = r.places.find_all(right[owner.end():owner.end() + 40])
        if named and named[0][0] == 0 and named[0][2] != r.province:
            return named[0][2]
    clause = window[max(window.rfind(";"), window.rfind(":")) + 1:]  # after the last clause break
    inside = clause.rsplit("(", 1)
    if len(inside) == 2 and not _BARE_BRACKET.fullmatch(inside[1]):
        # "cả nước (+5,03%)", "của cả nước (khoảng 5%)": a sign or a qualifier is no words of its own
        clause = inside[1]  # "(cả nước tăng 6,4%)": the bracket's own words; "cả nước (6,4%)": the words before it
    national = last_match(_NATIONAL, clause)
    if national and measure not in ("rank", "share_pct") \
            and not _WITHIN_COUNTRY.search(clause[max(0, national.start() - 12):]):
        return NATIONAL_AREA
    clause_start = max(window.rfind(";"), 0)
    for start, end, local in reversed(r.places.find_all(window)):
        if local == r.province or local.endswith("-people-committee"):
            continue
        if start < clause_start or _WORK_BEFORE.search(window, clause_start, start):
            continue  # a place of an earlier clause, or in a work's name: "Dự án cầu X (thành phố Hội An)"
        if window[:start].count("(") > window[:start].count(")") and ")" in window[end:]:
            continue  # a place in a closed bracket says where the thing before it is: "Trường A (huyện B), ..."
        label = window[start:end].split()
        # the label's own admin word, of one or two words ("huyện Mường Nhé", "Thành phố Hạ Long"), or one before it
        if _ADMIN.search(label[0] + " ") or _ADMIN.search(" ".join(label[:2]) + " ") \
                or _ADMIN.search(window[max(0, start - 12):start]) \
                or _AREA_WORD.search(window[max(0, start - 12):start]) \
                or _FORMER.match(window, end) or not window[end:].strip(" \t:("):
            return local
    return None


# Where a place's own clause begins: a clause break, a bracket, or a word that introduces the places of a list.
_PLACE_CLAUSE = re.compile(r"[;,:(]|(?<!\w)(?:là|gồm|trong đó|riêng|như)(?!\w)", re.IGNORECASE)
_FILLER = re.compile(
    r"(?<!\w)(?:huyện|thị xã|thành phố|tp\.?|tx\.?|thị trấn|quận|phường|xã|đặc khu|và|còn|đạt|ước|khoảng|có|với|"
    r"tăng|giảm|chiếm|riêng|cao nhất|thấp nhất|dẫn đầu|đứng đầu|đón|thu được|thu|thực hiện|phục vụ|"
    r"địa phương|đơn vị|các|những|một số|hai|ba|bốn|năm)(?!\w)",
    re.IGNORECASE,
)


def place_named_only(r: ReportContext, left: str, said: str) -> str | None:
    """The place a figure's own words name and nothing else but words already said of the figure before: the parts
    of a breakdown by place ("trong đó huyện A 5.840 ha, B 4.215 ha", "thị xã C (14.860 ha)", "thành phố D thu 905
    tỷ đồng" after the province's revenue). None when the own words name anything else."""
    clause = left.rstrip(" \t(")
    breaks = list(_PLACE_CLAUSE.finditer(clause))
    own = clause[breaks[-1].end():] if breaks else clause
    if not own.strip():
        return None
    places = [(s, e, local) for s, e, local in r.places.find_all(own) if local != r.province]
    if len(places) != 1:
        return None
    start, end, local = places[0]
    rest = _FILLER.sub(" ", own[:start] + " " + own[end:])
    words = set(re.findall(r"\w+", fold(rest)))
    return local if words <= set(re.findall(r"\w+", fold(said))) else None


# A line opening with a label and a colon, after a list mark: "- Huyện A: ...", "Thành phố B: ...".
_LINE_LABEL = re.compile(r"[ \t]*(?:[-+•–*][ \t]*)?([^:\n\d;,()]{2,60}):")


def line_label_area(r: ReportContext, start: int) -> str | None:
    """The district or town a line's label names, when the label is that place alone (with or without its admin
    word): every figure of the line is about it, not only the first ("- Huyện A: 24 vụ, 14 người chết (năm trước:
    27 vụ);", "Thị xã B: 118 hộ, 0,64%; 305 hộ, 1,71%"). None for a label naming anything more ("Dự án cầu C: ...")."""
    line_start, _ = r.line_of(start)
    label = _LINE_LABEL.match(r.w, line_start, start)
    if label is None:
        return None
    words = label.group(1).strip()
    # (a unit within a province: a headline "Tỉnh A: GRDP tăng 7%" names the report's own province, whatever its
    # header resolved to)
    places = [(s, e, local) for s, e, local in r.places.find_all(words) if local != r.province and "/" in local]
    if len(places) != 1:
        return None
    s, e, local = places[0]
    before = words[:s].strip()
    return local if not words[e:].strip() and (not before or _ADMIN.fullmatch(before + " ")) else None


# A list item's label: its words up to a colon ("- Huyện A: ", "- 3 huyện còn lại: "), else before its first number
# ("+ Thị xã B 12 vụ").
_ITEM_HEAD = re.compile(r"[ \t]*[-+•–*][ \t]*(?:([^:\n]{1,60}):|([^\d\n]*))")
# The item gathering the places a breakdown did not list one by one: "4 huyện còn lại", "các địa phương khác".
_REST_OF_PLACES = re.compile(r"(?:\d+|các)?\s*(?:huyện|thị xã|thành phố|xã|phường|địa phương|đơn vị)"
                             r"(?:\s*\([^)]*\))?\s+(?:còn lại|khác)(?:\s*\([^)]*\))?", re.IGNORECASE)


def items_all_places(r: ReportContext, items: int) -> bool:
    """Whether every item of the list starting at ``items`` (lines opened by a list mark) is headed by one district
    or town of the province and nothing else ("- Huyện A: 24 vụ"; "- Thị xã B 12 vụ"), the last ones possibly the
    places left ("- 3 huyện còn lại: 20 vụ"): only then is the list a breakdown by place. A list holding one item
    about something else ("- Tuyến quốc lộ: 9 vụ") is not."""
    at, seen = items, 0
    while at < len(r.w):
        head = _ITEM_HEAD.match(r.w, at)
        if head is None:
            break
        end = r.w.find("\n", at)
        end = len(r.w) if end < 0 else end
        words = (head.group(1) or head.group(2) or "").strip()
        if seen and _REST_OF_PLACES.fullmatch(words):
            seen += 1
            at = end + 1
            continue
        places = [(s, e, local) for s, e, local in r.places.find_all(words) if local != r.province and "/" in local]
        if len(places) != 1:
            return False
        s, e, _local = places[0]
        before = words[:s].strip()
        if words[e:].strip() or before and not _ADMIN.fullmatch(before + " "):
            return False
        seen += 1
        at = end + 1
    return seen > 0


# The words after a share naming the province's whole it is of: "... % tổng lượt khách toàn tỉnh", "... % tổng thu
# ngân sách trên địa bàn tỉnh".
_WHOLE_AFTER = re.compile(r"\s*%?[^.;()\d]{0,60}?(?<!\w)(?:toàn tỉnh|cả tỉnh|trên địa bàn tỉnh|của tỉnh)(?!\w)",
                          re.IGNORECASE)
# A sentence opening with the country as its subject: "Cả nước, ...", "Toàn quốc có ...", "Trong khi đó, cả nước ..."
_COUNTRY_OPENS = re.compile(r"\s*(?:[-+•]\s*)?(?:(?:trong khi đó|riêng|còn)\s*,?\s*)?(?:cả nước|toàn quốc)(?!\w)",
                            re.IGNORECASE)
# Words between two figures that name another subject than the place of the first: a clause break, the province
# or the rest ("toàn tỉnh", "còn lại", "các huyện khác"), an administrative word of another place, the country.
_OTHER_SUBJECT = re.compile(
    r"[;:]|(?<!\w)(?:toàn tỉnh|cả tỉnh|còn lại|khác|chung|bình quân|cả nước|toàn quốc|trong khi|riêng)(?!\w)",
    re.IGNORECASE,
)


def clause_subjects_area(r: ReportContext, previous: Figure | None, between: str, right: str = "") -> str | None:
    """The district, town or other (or former) province the figure before names as its clause's subject goes on
    for the figures after it that name no subject of their own ("Thành phố A đón 2,1 triệu lượt khách, chiếm 48,5%
    tổng lượt khách toàn tỉnh", "huyện B thu 233 tỷ đồng, đạt 81,6% dự toán, tăng 4,7%"), not past a clause break
    nor words naming another subject ("..., các huyện còn lại 120 tỷ đồng", "; toàn tỉnh ...")."""
    if previous is None or not previous.area or previous.area.startswith("region"):
        return None
    if _OTHER_SUBJECT.search(between) or vocabulary().admin_word.search(between) or r.places.find_all(between):
        return None
    if _WHOLE_AFTER.match(right):
        # a share of the province's whole ("chiếm 48,5% tổng lượt khách toàn tỉnh") is read against that whole,
        # as the consistency rules read a place's share (shapes: ShareOfAreaTotal)
        return None
    if previous.area == NATIONAL_AREA:
        # the country goes on only from a sentence it opens: "Cả nước, kim ngạch xuất khẩu đạt 371 tỷ USD, tăng
        # 10,6%" (not from an aside: "tăng 7,4% (cả nước tăng 5,6%), ...")
        start = r.sentence_of(previous.start)[0]
        return NATIONAL_AREA if _COUNTRY_OPENS.match(r.w, start, previous.start) else None
    # the place must be the subject of the clause's first figure: named before it with a few words (its verb)
    # between, outside any bracket, not one of several ("qua các huyện A, B") nor a label ("huyện C: dài 17 km")
    sentence_start = r.sentence_of(previous.start)[0]
    before = r.w[sentence_start:previous.start]
    before = before[max(before.rfind(";"), before.rfind(". ")) + 1:]
    places = [(s, e) for s, e, local in r.places.find_all(before) if local == previous.area]
    if not places:
        return None
    start, end = places[-1]
    first_figure = re.search(r"\d", before[end:])  # (the clause's first figure after the place, the chain's head)
    own = before[end:end + first_figure.start()] if first_figure else before[end:]
    former = _FORMER.match(own)
    if former:  # ("tỉnh A (cũ), giá trị sản xuất đạt ...": A's)
        own = own[former.end():].lstrip(" ,")
    if re.search(r"[():,]", own) or len(own.split()) > 5 or before[:start].count("(") > before[:start].count(")") \
            or re.search(r"(?<!\w)các\s+(?:\w+\s+)?$", before[:start], re.IGNORECASE):
        return None
    return previous.area
