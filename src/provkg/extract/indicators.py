"""The indicator a figure measures, from the ontology's Vietnamese labels around it and the units each allows."""

from __future__ import annotations

import re
from collections.abc import Callable

from provkg.core.model import Figure
from provkg.core.patterns import search
from provkg.core.periods import previous_year
from provkg.core.text import fold, last_match
from provkg.extract.context import BULLET, ReportContext
from provkg.extract.lexicon import Lexicon
from provkg.extract.subject import EXCLUSION, clean_subject, heading_of
from provkg.extract.vocabulary import vocabulary
from provkg.reference.labels import LabelIndex, content_words

_UNIT_CHECKED = ("value", "plan_value", "change_abs")  # the measures whose unit must be one the indicator allows


_LEADING_COMMA = re.compile(r"^\s*,")
_OWN_CLAUSE = re.compile(r"[\d.,]*[^,;.\n]{0,80}")  # matched at the offset: no copy of the rest of the text
# What ends the clause of the figure before: a comma, a semicolon, or a dash between spaced items ("nông nghiệp
# 19,9% - công nghiệp và xây dựng 45,0%").
CLAUSE_BREAK = re.compile(r"\s*(?:[,;]|[-–]\s)")
# Words that open the parts of a breakdown: what follows them is the part's own subject.
PART_OPENER = re.compile(r"(?<!\w)(?:trong đó|bao gồm|gồm)(?!\w)\s*(?:có\s+)?:?", re.IGNORECASE)


def indicator_of(
    r: ReportContext, subject: str, own_left: str, sentence_left: str, measure: str, unit: str, previous: Figure | None,
    inherit: bool, start: int, noun: str, earlier: Figure | None = None,
) -> str | None:
    """The indicator of a figure (``_linked``), unless the figure's own clause says the quantity that indicator's
    label names leaves something out ("GRDP trừ dầu khí", "thu nội địa không kể khoản thu xổ số"): then a
    concept whose label says the same exclusion, else none. A general concept the paragraph tells apart becomes the
    narrower one it names; a percentage whose few words name a count concept in a colon-led list of a rate is that
    rate for the part."""
    found = _indicator_found(
        r, subject, own_left, sentence_left, measure, unit, previous, inherit, start, noun, earlier,
    )
    if found in vocabulary().told_by_paragraph:
        found = _told_by_paragraph(r, found, start, unit if measure in _UNIT_CHECKED else "")
    if found in r.lex.counted and unit == "%" and measure == "value":
        found = _rate_by_part(r.lex, found, sentence_left) or found
    return found


def _indicator_found(
    r: ReportContext, subject: str, own_left: str, sentence_left: str, measure: str, unit: str, previous: Figure | None,
    inherit: bool, start: int, noun: str, earlier: Figure | None = None,
) -> str | None:
    """The indicator of a figure before the paragraph and a colon-led list are read (see ``indicator_of``)."""
    done = _work_done(r, start) if unit == "%" and measure in ("value", "share_pct") else None
    if done is not None:
        return done
    progress = {vocabulary().work_progress, *vocabulary().work_done_parts.values()}
    if unit == "%" and measure in ("value", "share_pct") and previous is not None and previous.unit_text == "%" \
            and previous.indicator in progress and _WORK_OR_WORKS.match(re.split(r"[;,]", own_left)[-1]):
        # the next work of a list of works' progress, whatever words its name holds: "đường T21 hoàn thành 82% khối
        # lượng; cải tạo QL21B đạt 55%; dự án kè chống sạt lở X đạt 80%"
        return previous.indicator
    found = _linked(r, subject, own_left, sentence_left, measure, unit, previous, inherit, start, noun, earlier)
    if unit == "%" and previous is not None and previous.unit_text == "%" and previous.indicator \
            and found != previous.indicator and _next_grade(r.lex, found, previous.indicator, own_left):
        # the next grade of a list of shares by grade, named by the grade alone: "học lực Tốt 25,1%, Khá 40,3%,
        # Chưa đạt 1,4%" (the words of the sentence before the list name another quantity)
        return previous.indicator
    if measure in ("value", "plan_value") and unit and noun.startswith(unit) \
            and (found is None or _JOINER.fullmatch(own_left)):
        # (after "và" the list's verb was said before: "đã gieo 3.150 ha ngô, tăng 2,4% và 5.280 ha rau")
        found = _crop_quantity(r.lex, own_left, noun[len(unit):].strip(), unit) or found
    if found is None and measure in ("value", "plan_value") and unit and noun.startswith(unit):
        found = _done_to(r.lex, own_left, noun, unit)
    if found is None and measure == "rank" and previous is not None and previous.indicator \
            and r.sentence_of(previous.start) == r.sentence_of(start):
        # a rank naming nothing of its own ranks what its sentence said before it, even after a semicolon: "GRDP
        # ước tăng 7,4%, vượt kế hoạch; dẫn đầu vùng và xếp thứ 21/63 tỉnh, thành phố"
        return previous.indicator
    capital = _capital_of_counted(r.lex, previous, own_left, unit) if measure in ("value", "plan_value") else None
    if capital is not None:
        return capital
    if previous is not None and previous.measure == "plan_pct" and own_left.rstrip().endswith("(") and (
            measure == "plan_value" and found is None
            or measure in ("value", "plan_value")
            and found in r.lex.ancestors.get(previous.indicator or "", frozenset())):
        # the plan an achievement was of, in brackets after it: "bằng 52,4% dự toán HĐND tỉnh giao (4.380 tỷ
        # đồng)" is the plan of what the 52,4% measures, also when a list's lead-in names only the broader
        # quantity ("Tuyển sinh đầu cấp: vào lớp 1 ... bằng 98% chỉ tiêu (N em)")
        return previous.indicator
    if found is None and measure == "change_pct" and previous is None and earlier is not None \
            and earlier.indicator and _GROWTH_NOUN.search(sentence_left) \
            and not r.lex.indicators.find_all(sentence_left):
        # a sentence going on about the growth the one before stated, naming nothing else: "GRDP 6 tháng tăng 7,9%.
        # Đà tăng chậm lại giữa hai quý (quý I tăng 8,4%, quý II tăng 7,5%)"
        return earlier.indicator
    if found is None or inherit and previous is not None and found == previous.indicator:
        return found  # (an inherited indicator was checked on the figure it comes from)
    if previous is not None and previous.indicator and not inherit:
        found = _kind_within(r.lex, found, previous.indicator, own_left, unit if measure in _UNIT_CHECKED else "")
    clause = subject if inherit else re.split(r"[;]", own_left)[-1]
    after = _OWN_CLAUSE.match(r.w, start)
    return _excluded_first(r.lex, found, clause) \
        or _excluded_checked(r.lex, found, f"{clause} {after.group() if after else ''}")


# What a clause leaves out, said before the quantity: "Nếu loại trừ tiền sử dụng đất và xổ số kiến thiết, thu nội
# địa ước ...", "Không kể dầu thô, kim ngạch xuất khẩu đạt ...".
_LEFT_OUT_FIRST = re.compile(
    r"^\W*(?:nếu\s+)?(?:loại\s+trừ|không\s+kể|không\s+tính|ngoại\s+trừ)\s+([^,;:]{2,80}?),", re.IGNORECASE)


def _excluded_first(lex: Lexicon, found: str | None, clause: str) -> str | None:
    """The concept under ``found`` whose label says the exclusion the clause opens with ("Nếu loại trừ X, thu nội
    địa ..." is the domestic revenue without X), when one label holds all of X's words; else None."""
    left_out = _LEFT_OUT_FIRST.match(clause)
    if found is None or left_out is None:
        return None
    words = content_words(left_out.group(1))
    narrower = lex.narrower.get(found, frozenset())
    # (a label holding X's words names what is left out only with an exclusion word: "thu nội địa không kể X", not
    # the label of X itself, "thu từ X")
    kinds = {local for label, local in lex.indicators.by_label.items()
             if local in narrower and EXCLUSION.search(label) and words <= content_words(label)}
    return kinds.pop() if len(kinds) == 1 else None


_PERCENT = re.compile(r"[\d.,]+\s*%")  # a percentage from its first digit to its sign
_SHARE_IN_BRACKET = re.compile(r"\s*\(\s*(?:chiếm|bằng)?\s*", re.IGNORECASE)  # "... 58.300 lượt (chiếm "
_GRADE_ONLY = re.compile(r",\s*(\w+(?:\s+\w+)?)\s*", re.IGNORECASE)  # one or two words after a comma


def _next_grade(lex: Lexicon, found: str | None, previous: str, own_left: str) -> bool:
    """Whether a figure's own words are one or two words after a comma that name no quantity (a grade, a kind
    named alone), so that none of ``found``'s labels holds them. Words repeating a word of the previous figure's
    quantity with one of their own name another kind of its noun, not a grade ("tỷ lệ hộ nghèo 2,1%, hộ khá 35,2%":
    households)."""
    grade = _GRADE_ONLY.fullmatch(own_left[own_left.rfind(","):]) if "," in own_left else None
    if grade is None or lex.indicators.find_all(grade.group(1)):
        return False
    words = content_words(grade.group(1))
    named = words & frozenset().union(*lex.indicators.label_words(previous))
    if named and words - named:
        return False  # (a grade the quantity's own labels hold is still one: "học lực Tốt 25,1%, Khá 40,3%")
    return bool(words) and (found is None or not any(words <= label for label in lex.indicators.label_words(found)))


def _rate_by_part(lex: Lexicon, found: str, sentence_left: str) -> str | None:
    """The rate a colon-led list gives by part, when a percentage's own words (a few, after the colon or a comma)
    name a count concept: "Tỷ lệ giáo viên có trình độ trên chuẩn: mầm non 64,9%, tiểu học 87,5%" (the rate for
    preschool and primary teachers, not the preschools)."""
    lead, colon, items = sentence_left.rpartition(":")
    if not colon or ";" in items or len(content_words(re.split(r",", items)[-1])) > 4:
        return None
    heads = lex.indicators.find_all(lead[-120:])
    rate = heads[-1][2] if heads else None
    if rate is None or rate in lex.counted or rate == found or rate in lex.ancestors.get(found, ()) \
            or lex.unit_fit(rate, "%") < 0:
        return None
    return rate


_PARAGRAPH_REACH = 1500  # how far back in its paragraph the words telling a general concept apart are read


def _told_by_paragraph(r: ReportContext, found: str, start: int, unit: str) -> str:
    """The narrower concept of a general one that the paragraph up to the figure names, when its words name one
    only: "Bão và mưa lớn đầu tháng 10 làm 830 ha hoa màu bị ngập úng; tổng thiệt hại ước 11,2 tỷ đồng" is the
    damage of the disaster (vocabularies/extraction.toml, ``told_by_paragraph``)."""
    paragraph_start = max(r.paragraph_of(start), start - _PARAGRAPH_REACH)  # (bounded: linear in the text)
    words = content_words(r.w[paragraph_start:start])
    named = {child for child in r.lex.narrower.get(found, ())
             if any(extra <= words for extra in _added_words(r.lex, found, child))
             and (not unit or r.lex.unit_fit(child, unit) >= 0)}
    # (a paragraph naming two of them, "bệnh sởi và sốt xuất huyết", names neither)
    return _descend(r.lex, found, words, unit) if len(named) == 1 else found


# What something did to the things counted, told verb first: "mưa đá làm hư hỏng, tốc mái 265 căn nhà".
_CAUSED = re.compile(r"(?<!\w)(?:làm|khiến)\s+([^\d;:()]{1,30}?)\s*$", re.IGNORECASE)


def _done_to(lex: Lexicon, own_left: str, noun: str, unit: str) -> str | None:
    """The concept of the things counted that something befell, when the words say it verb first and the scheme's
    label noun first: "làm hư hỏng 2.730 ngôi nhà" are the houses damaged ("nhà bị hư hỏng"), "làm ngập úng 2.150
    ha lúa" the crop area flooded. The label must end the phrase and begin within the counted words."""
    caused = _CAUSED.search(own_left)
    if caused is None:
        return None
    for counted in dict.fromkeys((noun, unit)):
        phrase = f"{counted} bị {caused.group(1)}"
        for hit_start, hit_end, local in lex.indicators.find_all(phrase):
            if hit_end == len(phrase) and hit_start <= len(counted) + 1 and lex.unit_fit(local, unit) > 0:
                return local
    return None


_JOINER = re.compile(r"\s*(?:,\s*)?và\s*", re.IGNORECASE)


def _crop_quantity(lex: Lexicon, own_left: str, crop: str, unit: str) -> str | None:
    """The area or the output of a crop counted in the crop's own noun after a verb of having, sowing or harvesting:
    "toàn tỉnh có 16.500 ha cam", "đã gieo 3.150 ha ngô" (vocabularies/extraction.toml, ``crop_quantities``):
    the concept whose label, one of the ways a quantity of a crop is named, gives the noun in full, in the unit."""
    words = vocabulary()
    if not crop or not (words.crop_verb.search(own_left) or _JOINER.fullmatch(own_left)):
        return None
    for name in words.crop_quantity_names:
        phrase = name.format(crop)
        for hit_start, hit_end, local in lex.indicators.find_all(phrase):
            if hit_start == 0 and hit_end == len(phrase) and lex.unit_fit(local, unit) > 0:
                return local
    return None


# A growth spoken of without naming what grows: "đà tăng", "mức tăng", "tốc độ tăng" ("tăng trưởng" alone is the
# economy's).
_GROWTH_NOUN = re.compile(r"(?<!\w)(?:đà tăng|mức tăng|tốc độ tăng)(?!\w)", re.IGNORECASE)
# A clause opened by a work's name or by works done on one: "dự án kè X", "cải tạo quốc lộ Y", "nâng cấp đường Z".
_WORK_OR_WORKS = re.compile(
    r"\s*(?:" + r"[ \t]*(?:[-+•–]\s*)?(?:dự án|công trình|đường|cầu|tuyến|kè|hồ chứa|cao tốc|cảng|bệnh viện|chợ|trạm)"
    r"|(?:cải tạo|nâng cấp|xây dựng|mở rộng|nạo vét|sửa chữa)(?:\s*,\s*(?:cải tạo|nâng cấp|mở rộng))?)(?!\w)",
    re.IGNORECASE,
)


# Words naming only the capital of what was just counted: "với tổng vốn đăng ký", ", tổng số vốn đầu tư", "với".
# (after the rest of the counted noun: "45 dự án mới với tổng vốn đăng ký khoảng ...")
_CAPITAL_ONLY = re.compile(
    r"[^,;:()\n]*?(?:\s+với|\s*,)\s*(?:(?:tổng\s+)?(?:số\s+)?(?:vốn(?:\s+đầu\s+tư)?(?:\s+đăng\s+ký)?|tiền|kinh\s+phí))?"
    r"(?:\s+(?:khoảng|hơn|trên|gần|đạt|là))*\s*",
    re.IGNORECASE,
)


def _capital_of_counted(lex: Lexicon, counted: Figure | None, own_left: str, unit: str) -> str | None:
    """The capital of the projects the figure before counts, when the figure's own words name only their capital:
    "cấp mới 12 dự án với tổng vốn đăng ký 2.830 tỷ đồng" (the capital of the new projects), "có 168 dự án còn hiệu
    lực với tổng vốn đăng ký 9,7 tỷ USD" (of the licensed ones); likewise the money paid to the people or households
    it counts ("cho vay 1.200 lượt hộ với số tiền 54 tỷ đồng") (vocabularies/extraction.toml)."""
    if counted is None or not counted.indicator or counted.measure != "value" or not _CAPITAL_ONLY.fullmatch(own_left):
        return None
    kinds = vocabulary().projects_capital
    for local in (counted.indicator, *sorted(lex.ancestors.get(counted.indicator, ()))):
        capital = kinds.get(local)
        if capital is not None:
            return capital if lex.unit_fit(capital, unit) > 0 else None
    return None


def _work_done(r: ReportContext, start: int) -> str | None:
    """The progress of a work a percentage measures when what it is a percentage of follows it: "đạt 82% khối
    lượng" (the works done), "đã bàn giao 46% mặt bằng" (the site handed over) (vocabularies/extraction.toml)."""
    percent = _PERCENT.match(r.w, start)
    return vocabulary().work_done_indicator(r.w, percent.end()) if percent else None


def _kind_within(lex: Lexicon, found: str, before: str, own_left: str, unit: str) -> str:
    """The kind of ``found`` that also belongs to what the figure before measures, when the figure is a part of it
    (after "trong đó", "gồm") or its sibling (after a clause break): "Khách lưu trú đạt 610 nghìn lượt; trong đó khách
    quốc tế 7.850 lượt, khách nội địa 602 nghìn lượt" are the international and the domestic overnight guests, not
    all international and domestic visitors. Only one such kind may fit; else ``found``."""
    ancestors = lex.ancestors
    if found == before or found in ancestors.get(before, ()) or before in ancestors.get(found, ()):
        return found
    if last_match(PART_OPENER, own_left):
        wholes = {before}  # a part of the figure before
    elif CLAUSE_BREAK.match(own_left.lstrip(") ")) or _SIBLING_OPENER.match(own_left):
        # a sibling: under the figure before's direct broader concepts (those above no other of its broader ones)
        # that ``found`` is not under
        above = ancestors.get(before, frozenset())
        wholes = {parent for parent in above if not any(parent in ancestors.get(other, ()) for other in above)}
        wholes -= ancestors.get(found, frozenset()) | {found}
    else:
        return found
    kinds = [local for local in lex.narrower.get(found, ()) if wholes & ancestors.get(local, frozenset())
             and (not unit or lex.unit_fit(local, unit) >= 0)]
    return kinds[0] if len(kinds) == 1 else found


def _excluded_checked(lex: Lexicon, found: str, text: str) -> str | None:
    """``found``, unless in ``text`` (the figure's own clause with the number) the label that names it (or its
    broader concept) is qualified by an exclusion right after it or lies inside the part left out: then the concept
    whose label holds the exclusion itself ("thu nội địa không kể ..."), else none (a quantity the scheme has no
    concept for)."""
    markers = list(EXCLUSION.finditer(text))
    if not markers:
        return found
    hits = lex.indicators.find_all(text)
    for marker in markers:
        covering = [local for s, e, local in hits if s < marker.start() < e]
        if found in covering:
            return found
        # the label right before the exclusion ("GRDP trừ dầu khí"; in brackets, "Thu từ doanh nghiệp nhà nước (không
        # kể nhà máy lọc dầu)", a remark on what the quantity covers, not another quantity), and those inside the
        # part left out, up to a break ("không kể thu từ nhà máy lọc dầu")
        qualified = {local for _s, e, local in hits
                     if e <= marker.start() and re.fullmatch(r"\s*", text[e:marker.start()])}
        remarked = [local for _s, e, local in hits
                    if e <= marker.start() and re.fullmatch(r"\s*\(\s*", text[e:marker.start()])]
        cut = re.search(r"[,;:)]", text[marker.end():])
        left_out = {local for s, _e, local in hits
                    if marker.end() <= s and (cut is None or s < marker.end() + cut.start())}
        if found in left_out:
            return covering[0] if covering else remarked[-1] if remarked else None
        if remarked:
            return found if found == remarked[-1] or remarked[-1] in lex.ancestors.get(found, frozenset()) \
                else remarked[-1]
        if found in qualified or qualified & lex.ancestors.get(found, frozenset()):
            return covering[0] if covering else None
    return found


def _linked(
    r: ReportContext, subject: str, own_left: str, sentence_left: str, measure: str, unit: str, previous: Figure | None,
    inherit: bool, start: int, noun: str, earlier: Figure | None = None,
) -> str | None:
    """The indicator of a figure, from the ontology's Vietnamese labels found around it.

    A label of an indicator whose pk:allowedUnit excludes the figure's unit is never taken (that would be a
    wrong indicator, not a guess); one whose units include it beats one the unit says nothing about. Then the
    label closest to the number wins: the figure's own words after the previous figure, its subject (the part's
    own words after "trong đó"/"gồm"; the subject joined with its bullet's label or with the counted noun), the
    counted noun, the whole subject, the bullet's label, the rest of the clause; in one place the longest label.
    A generic label (two words: "học sinh", "hộ nghèo") gives way to a specific one whose other words are
    around, or to the kind of it the figure before names (in the sentence after a semicolon, or ``earlier``: the
    section's figure before the sentence). With no label at all: a part of a breakdown its own words name (a
    narrower indicator of the total's), or an indicator the unit fits whose label's words are spread over the clause.
    """
    lex = r.lex
    checked = measure in _UNIT_CHECKED
    # The words between the previous figure and this one name this figure's own subject only after a clause
    # break ("thức ăn chăn nuôi tăng 4,1%, điện sản xuất giảm 2,5%"); right after it they still qualify it.
    own = clean_subject(_LEADING_COMMA.sub("", own_left.rsplit(";", 1)[-1]))

    def fit(local: str) -> int:
        return lex.unit_fit(local, unit) if checked else 0

    # the figure's own words: after a clause break that opens them, or after the last one inside them ("vượt 38% kế
    # hoạch năm, thu ngân sách đạt 77% dự toán": the budget's, not the investment's)
    # (a figure opening its sentence: all its words are its own, whatever list it goes on)
    tail = own if CLAUSE_BREAK.match(own_left) or _CONTRAST.match(own_left) or own_left == sentence_left \
        else re.split(r"[,;]", own_left)[-1] \
        if re.search(r"[,;]", own_left) else ""
    own_hits = lex.indicators.find_all(tail) if inherit and tail else []
    if inherit and not own_hits and tail and tail is not own and "," in own_left:
        # a name holding a comma of its own ("ngành chế biến, chế tạo (+7,2%)", "nông, lâm nghiệp và thủy sản"):
        # a label running through the last comma into the figure's own words is its own, not the figure's before
        pieces = re.split(r"[,;]", own_left)
        two = ",".join(pieces[-2:])
        own_hits = [hit for hit in lex.indicators.find_all(two) if hit[1] > len(two) - len(tail)]
    whole = _whole_listed(lex, previous)
    if inherit and whole:
        # a list of named parts goes on: a label of something outside the whole is a word of the part's name
        # ("nhóm giao thông tăng 2,1%; nhóm bưu chính viễn thông giảm 0,2%" are both price groups)
        own_hits = [hit for hit in own_hits if whole in lex.ancestors.get(hit[2], ())]
    # A counted noun that says more than its unit names the part itself: "trong đó: 12 văn bản QPPL".
    noun_hits = lex.indicators.find_all(noun) if inherit and len(noun.split()) > len(unit.split()) else []
    if _works_share(unit, measure, own_left, sentence_left) and not own_hits:
        # "đường X (tổng mức đầu tư 870 tỷ đồng) hoàn thành khoảng 58% khối lượng": after a work's bracketed
        # amount, a percentage naming nothing else is how far the work is built, not a part of that amount
        return vocabulary().work_progress
    if inherit and previous is not None and previous.indicator and fit(previous.indicator) >= 0 \
            and not any(fit(local) >= 0 for _s, _e, local in own_hits + noun_hits):
        # ... unless its own words name a part beside it: "công nghiệp tăng 13%, xây dựng tăng 16%"
        # (words the figure before already said of itself name no other part: "có thêm 5 xã đạt chuẩn, nâng tổng
        # số lên 27/51 xã")
        sibling = _narrower_named(lex, previous.indicator, _part_words(own, noun, unit), fit, own, unit) \
            if (CLAUSE_BREAK.match(own_left) or _PART_IN_BRACKET.match(own_left)) \
            and not _said_before(own, noun, unit, previous) else None
        return sibling or previous.indicator
    heading = heading_of(r, start)
    part = subject
    opener = last_match(PART_OPENER, subject)
    if opener and subject[opener.end():].strip(" ,:"):
        part = subject[opener.end():]
    clause = sentence_left[-120:].split(";")[-1]
    after_m = _OWN_CLAUSE.match(r.w, start)  # the number and its own clause only
    after = after_m.group() if after_m else ""
    # Phrases by closeness to the number; a phrase joined from two pieces only counts labels that cross the
    # join: "Sản lượng" + "ngô" (its bullet's label), "rà soát" + "văn bản QPPL" (the words before the number
    # and the counted noun after it).
    # the counted noun without the unit that stands between it and the verb before the number: "trồng 4.450 ha
    # rừng" plants forest ("trồng rừng"), "xuất khẩu 246 nghìn tấn gạo" exports rice
    bare_noun = noun[len(unit):].strip() if unit and noun.startswith(unit) else ""
    tiers: list[list[tuple[str, int]]] = [
        [(own, -1)] if own_hits else [],
        [(part, -1)] + _joined(part, heading) + _joined(own, noun) + _joined(own, bare_noun),
        [(noun, -1)] if noun else [],
        [(subject, -1)] if part != subject else [],
        [(heading, -1)] if heading else [],
        [(clause, -1)],
    ]
    # A figure with words of its own after a clause break measures what they name: a label of the clause that
    # lies before them is its neighbour's ("thu nội địa 6.480 tỷ đồng, thu từ xuất nhập khẩu 385 tỷ
    # đồng": the second figure is no domestic revenue).
    own_words = not inherit and len(content_words(own)) >= 2 and bool(re.match(r"\s*\(", own_left)
                                                                        or CLAUSE_BREAK.match(own_left))
    own_start = max(0, len(clause) - len(own_left)) if own_words else 0
    # Where the subject begins in the clause, when the subject is the clause's tail.
    cut = clause.lower().rfind(subject.lower()) if subject else -1
    best: tuple[int, int, int] | None = None
    near_hits: list[str] = []  # the indicators the figure's own words, its part and its counted noun name
    found: str | None = None
    found_words: frozenset[str] = frozenset()
    for tier, phrases in enumerate(tiers):
        for phrase, join in phrases:
            for hit_start, hit_end, local in lex.indicators.find_all(phrase):
                score = fit(local)
                if score < 0 or (join >= 0 and not hit_start < join < hit_end):
                    continue
                if tier == len(tiers) - 1 and hit_end <= own_start:
                    continue  # the neighbour's label
                key = (score, -tier, hit_end - hit_start)
                if tier == len(tiers) - 1 and hit_start < cut < hit_end:
                    # A longer label that runs past the subject's cut into the clause: "thức ăn gia súc, gia
                    # cầm" beats the "gia cầm" the subject was cut to at the comma.
                    key = (score, -1, hit_end - hit_start)
                if best is None or key > best:
                    best, found, found_words = key, local, content_words(phrase[hit_start:hit_end])
                if tier <= 2:
                    near_hits.append(local)
    # Words around for labels spread over them: the clause (after "trong đó" only the part's own words, so
    # "trong đó: đuối nước 2 vụ, chết 2 người" are not the head's deaths), the previous figure's subject, the
    # unit and the bullet's label.
    opened = last_match(PART_OPENER, clause)
    scope = clause[opened.end():] if opened else clause
    head = previous.subject if previous is not None and ";" not in own_left else ""
    context = " ".join((own, subject, noun, unit, scope, head, heading))
    if found is not None:
        # a narrower indicator named near the number beats its broader one: "gieo cấy 54.100 ha lúa xuân"
        found = next((local for local in near_hits if found in lex.ancestors.get(local, ())), found)
    if found is not None and whole and previous is not None and previous.unit_text == unit \
            and whole not in lex.ancestors.get(found, ()) and CLAUSE_BREAK.match(own_left):
        # the next item of a list of named parts, whatever else its name says ("nhóm giao thông tăng 2,1%; nhóm
        # bưu chính viễn thông giảm 0,2%": a price group, not the telecom revenue)
        found = previous.indicator
    from_around = best is not None and -best[1] >= 3  # the label is the clause's or the bullet's, not its own
    part_words = _part_words(own, noun, unit) - _TIME_WORDS
    if found is not None and from_around and found in lex.named_parts \
            and not any(part_words <= words for words in lex.indicators.label_words(found)):
        # a part its own words name, under a whole the sentence or the heading names ("Có 8 nhóm tăng giá: nhóm
        # giao thông tăng 2,1%" after the consumer price index); words of the whole's own name it ("Lũy kế 9
        # tháng, xuất khẩu đạt ...": the exports themselves)
        found = _narrower_named(lex, found, part_words, fit, own) or found
    if (found is None or from_around) and ":" in own_left:
        # a list opened by its total's words: "Một số sản phẩm chủ yếu: xi măng 512 nghìn tấn" (the total's unit
        # need not be the part's)
        heads = lex.indicators.find_all(own_left.rsplit(":", 1)[0][-120:])
        item = own_left.split(":")[-1]
        named = _narrower_named(lex, heads[-1][2], _part_words(item, noun, unit), fit, item) \
            if heads else None
        found = named or found
    elif found is not None and previous is not None and previous.indicator \
            and (found == previous.indicator or found in lex.ancestors.get(previous.indicator, ())) \
            and (re.match(r"\s*[,;:]", own_left) or _SIBLING_OPENER.match(re.split(r"[,;:]", own_left)[-1])):
        # the total's label around a part: the part its own words name ("Tổng đàn gia súc 412.000 con, gồm: trâu
        # 61.000 con, bò 98.000 con"; "..., tăng 3,9% so với cùng kỳ, gồm nuôi trồng 6.240 tấn và khai thác 2.180 tấn")
        if not _said_before(own, noun, unit, previous):
            found = _narrower_named(lex, found, _part_words(own, noun, unit), fit, own, unit) or found
    if found is not None:
        if len(found_words) <= 2 and measure == "value" and not unit and _item_of_other_count(lex, found, previous,
                                                                                               own_left):
            # a bare number has no unit to agree with a generic label: "mầm non 140" in a list of teachers is no
            # count of preschools (two words or fewer name too many things to decide alone); only an item of a
            # list, not the sentence's own subject ("Số hộ nghèo toàn tỉnh còn 1.250")
            return None
        if len(found_words) <= 2:
            # A generic label ("học sinh", "hộ nghèo") gives way to a specific one that contains its words and
            # whose other words are around: "Cấp trung học cơ sở có 95 trường với 30.200 học sinh".
            # (the other words not only the figure's before it says: "xuất khẩu 2,4 tỷ USD; nhập khẩu 1,9 tỷ USD"
            # is no import-export value)
            # the clause since the figure before it when that one is a sibling in the same unit ("Trung học cơ sở
            # có 130 trường với 41.500 học sinh" keeps its head)
            if previous is not None and previous.indicator and previous.indicator != found \
                    and re.match(r"\s*,", own_left) and previous.start >= start - len(sentence_left) \
                    and fit(previous.indicator) >= 0 and _specialises(lex.indicators, previous.indicator, found_words):
                # the clause after a figure, its generic label a kind of what that figure measures: "Vốn cân đối
                # ngân sách địa phương: kế hoạch 4.120 tỷ đồng, giải ngân 3.212 tỷ đồng" is that capital disbursed,
                # whatever label the words of the lines around hold
                return previous.indicator
            same_kind = previous is not None and previous.unit_text == unit
            own_scope = scope[max(0, len(scope) - len(own_left)):] if same_kind else scope
            own_side = content_words(f"{own} {noun} {unit} {own_scope} {heading} {after.split('(')[0]}")
            specific = lex.indicators.scattered(
                f"{context} {after.split('(')[0]}",
                lambda local, words: local != found and fit(local) >= 0 and found_words < words
                and words - found_words <= own_side,
            )
            if specific:
                return specific
            # ... or to the sentence's figure before it, when that one's indicator is a kind of it ("Kế hoạch vốn
            # đầu tư công 6.000 tỷ đồng; đã giải ngân 3.500 tỷ đồng": the public investment disbursed)
            # the generic label is the figure's own words, in a clause of its own (not a sibling in a list)
            own_label = best is not None and -best[1] <= 2
            kind = previous if previous is not None and ";" in own_left \
                and previous.start >= start - len(sentence_left) else (earlier if previous is None else None)
            if kind is earlier and _WORK_NAMED.search(sentence_left):
                kind = None  # a sentence about a work ("Dự án đường X giải ngân ...") is about that work
            if own_label and kind is not None and kind.indicator and kind.indicator != found \
                    and fit(kind.indicator) >= 0 and _specialises(lex.indicators, kind.indicator, found_words):
                return kind.indicator
            if measure in ("value", "share_pct") and _base_of_rate(lex, found, unit, own_left) \
                    and not (measure == "value" and _rate_by_part(lex, found, sentence_left)) \
                    and not _COMPARED.search(f"{re.split(r'[;:]', sentence_left)[-1]} {after}"):
                # a percentage a generic label of a count names, not said a share of it: "nâng tỷ lệ đạt chuẩn lên
                # 90% ở tiểu học" is no share of the primary schools (a percent, allowed by every concept, is no
                # agreement of unit)
                return None
            return found
        return found
    # No label around: a part of a breakdown named by its own words alone ("sản lượng thủy sản 96.500 tấn; trong
    # đó khai thác 41.200 tấn, nuôi trồng 55.300 tấn"): the narrower indicator of the total (or of the total's
    # broader one, for the next parts) whose label holds those words.
    total = previous if previous is not None else earlier
    if total is not None and total.indicator:
        narrower = _narrower_named(lex, total.indicator, _part_words(own, noun, unit), fit, own, unit) \
            if not _said_before(own, noun, unit, total) else None
        if narrower:
            return narrower
    # No label around: one of an indicator the unit fits whose words are spread over them ("850 doanh nghiệp,
    # tổng số vốn đăng ký 9.000 tỷ đồng" → vốn đăng ký doanh nghiệp); else the first label after the number.
    neighbours = {local for _s, _e, local in lex.indicators.find_all(clause[:own_start])} if own_start else set()
    # The section's heading counts too, for a minority of the words ("b) Du lịch" ... "đón 740 nghìn lượt
    # khách"): a heading alone names the section, not the figure.
    around = content_words(context)
    # (a change has no unit to tell: its label's words must all be the figure's own, "Kinh tế tỉnh X năm 2024 tăng
    # trưởng 8,5%")
    own_clause = content_words(f"{own} {subject}")
    spread = lex.indicators.scattered(
        f"{context} {r.section_title(start)} {after.split('(')[0] if unit == '%' else ''}",
        lambda local, words: (fit(local) > 0 or not checked and words <= own_clause)
        and local not in neighbours  # not a neighbour's label
        and 2 * len(words & around) >= len(words),
    )
    if spread:
        return spread
    # A word of what it measures with the rest said earlier in the paragraph ("... 8.650 ha lúa xuân, giảm 312 ha;
    # năng suất bình quân đạt 68,2 tạ/ha"): a label the unit fits whose words are all in the paragraph before the
    # number, holding a word of the figure's own clause, with at least half its words in the sentence.
    # ("nâng tổng số lên" brings a count to its new total: no word of what is counted)
    own_named = (content_words(_RAISED_TO.sub(" ", own)) | content_words(noun)) - _NOT_NAMES - _TIME_WORDS
    # (the unit's own words are no name: an allowed unit alone never decides a link, "dạy nghề cho 57 người"
    # is none of the paragraph's concepts counted in persons)
    unit_words = _kindless_words(unit)
    if own_named - unit_words:
        sentence_words = content_words(sentence_left) | around
        # (a list item's paragraph opens with its list's lead-in, not with the other items)
        paragraph = f"{r.list_lead(start)[-200:]} {r.w[max(r.paragraph_of(start), start - 400):start]}"
        # a label said whole before the figure's own words is a neighbour's ("thu nội địa 1.870 tỷ đồng; khoản
        # thu bán tài sản công 45 tỷ đồng")
        said = {local for _s, _e, local in lex.indicators.find_all(paragraph[:max(0, len(paragraph) - len(own_left))])}
        # the label naming most of the figure's own words, then most of the sentence's, then the longest
        ranked = [
            (len(words & own_named), len(words & sentence_words), len(words), local)
            for local, words in lex.indicators.scattered_all(f"{paragraph} {unit} {heading}")
            if fit(local) > 0 and local not in neighbours and local not in said and words & own_named - unit_words
            and 2 * len(words & sentence_words) >= len(words)
        ]
        if ranked:
            return max(ranked)[3]
    hits = [local for _s, _e, local in lex.indicators.find_all(after) if fit(local) >= 0
            and not (measure != "change_pct" and _base_of_rate(lex, local, unit, own_left))]
    if hits:
        return hits[0]
    if unit == "%" and measure in ("value", "share_pct") and (
        _WORK_HEAD.match(re.split(r"[;,:]", own_left)[-1]) or _WORK_HEAD.match(re.split(r"[;:]", sentence_left)[-1])
    ):
        return vocabulary().work_progress  # "đường tỉnh X đạt 65%": how far the work is built
    return None


def _item_of_other_count(lex: Lexicon, found: str, previous: Figure | None, own_left: str) -> bool:
    """Whether a figure is an item of a list (after a list break since the figure before) whose lead-in counts a
    noun ``found``'s labels do not name ("540 giáo viên (mầm non 120": teachers, not schools), or the next item
    after one such."""
    if previous is None or not _LIST_BREAK.search(own_left):
        return False
    if not previous.unit_text:
        return previous.indicator is None  # the item after an item left unlinked: "gồm tiểu học 40, mầm non 55"
    counted = content_words(previous.unit_text)
    return not any(counted <= label for label in lex.indicators.label_words(found))


def _kindless_words(unit: str) -> frozenset[str]:
    """The words of a unit that name no kind of thing ("triệu lượt", "tỷ đồng", "người"; not "khách", "hộ")."""
    return content_words(unit) & vocabulary().no_kind_words


# A percentage comparing a quantity with itself at another time or telling its growth: "bằng 98% so với cùng kỳ",
# "tốc độ tăng nâng lên 7,5%".
_COMPARED = re.compile(r"(?<!\w)(?:so với|cùng kỳ|tốc độ|tăng trưởng|tăng)(?!\w)", re.IGNORECASE)


# A share said as such before its number: "chiếm 40% vốn FDI" is a share of the FDI.
_SHARE_SAID = re.compile(r"(?<!\w)chiếm(?!\w)", re.IGNORECASE)


def _base_of_rate(lex: Lexicon, local: str, unit: str, own_left: str) -> bool:
    """Whether a label after a percentage names only the whole the percentage is taken of: a count or an amount
    (pk:defaultUnit) right after "X%" with no "chiếm" before it is the base of a rate the clause goes on to qualify
    ("phủ sóng 96% dân số", "60% doanh nghiệp dùng hóa đơn điện tử"), not the quantity measured."""
    return unit == "%" and local in lex.counted and not _SHARE_SAID.search(re.split(r"[;:]", own_left)[-1])


def _works_share(unit: str, measure: str, own_left: str, sentence_left: str) -> bool:
    """A percentage right after a work's bracketed amount whose own words are only a verb of doing ("hoàn thành
    khoảng", "đạt"), in a clause headed by a work ("đường X", "hồ chứa Y", "dự án Z")."""
    own = own_left.strip()
    return unit == "%" and measure in ("value", "share_pct") and own.startswith(")") \
        and bool(_DONE_ONLY.fullmatch(own[1:].strip())) and bool(_WORK_HEAD.match(re.split(r"[;:]", sentence_left)[-1]))


_DONE_ONLY = re.compile(r"(?:(?:đã|hoàn thành|đạt|được|khoảng|trên|gần|ước|thực hiện|khối lượng)\s*)*", re.IGNORECASE)


def named_by_words(lex: Lexicon, local: str, text: str) -> bool:
    """Whether a label of the concept is made of the text's words alone ("bị thương" + "người")."""
    words = content_words(text)
    return any(label_words <= words for label_words in lex.indicators.label_words(local))


def apply_works(r: ReportContext, figures: list[Figure]) -> None:
    """A figure of an indicator kept per work that names no work is the programme-wide one ("toàn tỉnh giải ngân
    735 tỷ đồng"), and a programme-wide figure about a named work is the work's ("Dự án đường ven biển giải ngân
    342 tỷ đồng"; a programme's too, linked or only heading the clause: "Vốn Chương trình X giải ngân 48 tỷ
    đồng") (pk:perWorkOf); run after the works are linked."""
    wide_of = r.lex.per_work
    per_work_of = {wide: narrow for narrow, wide in wide_of.items()}
    for f in figures:
        line_start = r.line_of(f.start)[0]
        sentence_start = max(r.sentence_of(f.start)[0], line_start)
        # a work linked, or one a line's head or the sentence names ("- Cầu vượt sông Hậu: ... giải ngân")
        named = bool(f.project or f.programme) or bool(search(_WORK_KIND_NAMED, r.w[sentence_start:f.start])) \
            or bool(_WORK_HEAD.match(r.w, line_start))
        # the figure's own clause headed by a work: "...: dự án đường bộ ven biển (...) lũy kế giải ngân 2.870 tỷ
        # đồng" (a work the reference data does not know yet)
        clause_start = max(r.w.rfind(";", sentence_start, f.start), r.w.rfind(":", sentence_start, f.start),
                           sentence_start - 1) + 1
        clause_head = r.w[clause_start:f.start].lstrip(" \t\n-+•–")
        headed = bool(_WORK_HEAD.match(clause_head) or _PROGRAMME_HEAD.match(clause_head))
        if f.indicator in wide_of and not (named or headed):
            f.indicator = wide_of[f.indicator]
        elif f.indicator in per_work_of and (f.project or f.programme or headed):
            f.indicator = per_work_of[f.indicator]


def echoed_level(
    r: ReportContext, start: int, unit: str, own: str, figures: list[Figure], sentence_start: int,
) -> Figure | None:
    """The level of an earlier sentence of the paragraph that a level repeats in the same unit with the same words
    before it ("Tháng Năm xảy ra 9 vụ tai nạn giao thông, làm chết 7 người. Tính chung 5 tháng xảy ra 51 vụ, làm
    chết 38 người": the cases, the deaths); among several in that unit, the one whose words it repeats."""
    if not unit or unit in ("%", "‰"):
        return None
    paragraph_start = r.paragraph_of(start)
    own_named = content_words(own) - _TIME_WORDS - _NOT_NAMES
    unit_words = content_words(unit)
    candidates: list[tuple[Figure, str]] = []  # each with its own words: from the figure before it in its sentence
    for index in range(len(figures) - 1, -1, -1):
        f = figures[index]
        if f.start < paragraph_start:
            break
        if f.start >= sentence_start or f.measure != "value" or not f.indicator or fold(f.unit_text) != fold(unit):
            continue
        if candidates and r.sentence_of(f.start) != r.sentence_of(candidates[0][0].start):
            break  # the nearest sentence with levels in that unit only
        own_from = max(r.sentence_of(f.start)[0], figures[index - 1].end if index else 0)
        candidates.append((f, r.w[own_from:f.start]))
    scored = []
    for f, before in candidates:
        words = (content_words(f.subject) | content_words(before)) - unit_words
        if own_named <= words:
            scored.append((len(own_named & words), f))
    if len(scored) == 1:
        return scored[0][1]
    best = max((n for n, _f in scored), default=0)
    chosen = [f for n, f in scored if n == best]
    return chosen[0] if best > 0 and len(chosen) == 1 else None


# A work named at the head of a line or in the sentence: a project, a work, a road, a bridge, a dyke, a reservoir.
_WORK_KINDS = r"(?:dự án|công trình|đường|cầu|tuyến|kè|hồ chứa|cao tốc|cảng|bệnh viện)(?!\w)"
_WORK_HEAD = re.compile(r"[ \t]*(?:[-+•–]\s*|\(?\d{1,2}[.)]\s*)?" + _WORK_KINDS, re.IGNORECASE)
# Whether a text names such a work anywhere: what a search of _WORK_HEAD answers (its lead is optional), without
# trying the lead at every position, and run only where one of the words is (patterns.search).
_WORK_KIND_NAMED = re.compile(_WORK_KINDS, re.IGNORECASE)

# A clause headed by a programme's capital, known to the reference data or not: "Vốn Chương trình cấp điện nông thôn
# giải ngân ...", "kinh phí thực hiện các chương trình ..." (a programme's own disbursement, not the province's).
_PROGRAMME_HEAD = re.compile(
    r"(?:(?:nguồn\s+)?vốn\s+|kinh phí\s+)?(?:(?:thực hiện|của|thuộc)\s+)?(?:các\s+)?chương trình(?!\w)", re.IGNORECASE,
)


# A bracket opening the parts of a breakdown: "64 đơn vị hành chính cấp xã (gồm 52 xã, 12 phường)".
_PART_IN_BRACKET = re.compile(r"\s*\(\s*(?:trong đó|bao gồm|gồm)(?!\w)", re.IGNORECASE)


# What opens the next part of a breakdown without a clause break: "gồm nuôi trồng 6.240 tấn và khai thác 2.180 tấn".
# where a list's item begins after the figure before it: a comma, a bracket, a colon, "trong đó", "gồm"
_LIST_BREAK = re.compile(r"[(,;:]|(?<!\w)(?:trong đó|gồm)(?!\w)", re.IGNORECASE)
# A conjunction of contrast opening a clause of its own after a figure, its words the next figure's subject:
# "thu tăng 6,2% trong khi chi giảm 3,1%", "xuất khẩu tăng, còn nhập khẩu giảm" (not "còn 1.200 hộ": down to).
_CONTRAST = re.compile(r"\s*(?:trong khi(?: đó)?|nhưng|song|còn|ngược lại|trái lại)\s+(?=[^\W\d])", re.IGNORECASE)
_SIBLING_OPENER = re.compile(r"[\s()]*(?:trong đó|bao gồm|gồm|và)(?!\w)", re.IGNORECASE)


_WORK_NAMED = re.compile(r"(?<!\w)(?:dự án|công trình)(?!\w)", re.IGNORECASE)


def _whole_listed(lex: Lexicon, previous: Figure | None) -> str | None:
    """The whole whose named parts a list goes through, when the figure before is one of them (pk:namedPartOf)."""
    if previous is None or not previous.indicator:
        return None
    return next((whole for whole, part in lex.named_parts.items() if part == previous.indicator), None)


def _specialises(index: LabelIndex, local: str, words: frozenset[str]) -> bool:
    """Whether a label of the concept ``local`` holds all the given words and more."""
    return any(words < label_words for label_words in index.label_words(local))


_RAISED_TO = re.compile(r"(?<!\w)nâng\s+(?:tổng(?:\s+số)?(?:\s+lên)?|lên)(?!\w)", re.IGNORECASE)
_NOT_NAMES = content_words("tăng giảm đạt ước là chiếm có được bằng thêm khoảng trên dưới gần mặt hàng "
                           + " ".join(word.split()[0] for word in vocabulary().change_synonyms))


def _part_words(own: str, noun: str, unit: str) -> frozenset[str]:
    """The words a part of a breakdown is named by: its own words after "trong đó"/"gồm" and the counted noun,
    without the unit and the verbs."""
    opener = last_match(PART_OPENER, own)
    words = content_words(_RAISED_TO.sub(" ", own[opener.end():] if opener else own)) | content_words(noun)
    return words - content_words(unit) - _NOT_NAMES


def _said_before(own: str, noun: str, unit: str, previous: Figure) -> bool:
    """Whether all of a part's words were said of the figure before ("5 xã đạt chuẩn, nâng tổng số lên 27/51 xã":
    no other part)."""
    words = _part_words(own, noun, unit)
    return bool(words) and words <= content_words(previous.subject)


def _narrower_named(
    lex: Lexicon, total: str, words: frozenset[str], fit: Callable[[str], int], name: str = "", unit: str = "",
) -> str | None:
    """The narrower indicator of ``total`` (or a sibling of it) with a label holding all ``words``, the one whose
    label says least besides; else, when ``name`` (the part's own text) names a part that no concept labels, the
    indicator standing for any named part of the total (pk:namedPartOf). A part with no words but its unit is the
    one the unit alone names ("gồm 85 xã, 14 phường": the communes, the wards)."""
    if not words:
        return _named_by_unit(lex, total, unit, fit) if unit and unit not in ("%", "‰") else None
    wider = {total} | lex.ancestors.get(total, frozenset())
    best: tuple[int, int, str] | None = None
    # the indicators under any of them, in the lexicon's order (not every indicator for every part)
    below = sorted({local for upper in wider for local in lex.narrower.get(upper, ())}, key=lex.indicator_order.get) \
        if len(words) <= 4 else []
    for local in below:
        ancestors = lex.ancestors[local]
        if local == total or fit(local) < 0:
            continue
        sizes = [len(label_words) for label_words in lex.indicators.label_words(local) if words <= label_words]
        # the label that says least besides, then the nearest narrower indicator (cattle before dairy cattle)
        if sizes and (best is None or (min(sizes), len(ancestors)) < best[:2]):
            best = (min(sizes), len(ancestors), local)
    if best:
        return best[2]
    # a part without a concept of its own ("cà phê" among exports): the indicator standing for any named part of
    # the total, or the total itself when it is one (the next item of the list)
    catch_all = total if total in lex.named_parts.values() else lex.named_parts.get(total)
    if catch_all is None or fit(catch_all) < 0 or not _names_part(name):
        return None
    named = frozenset(word for word in words - _TIME_WORDS if not word.isdigit())
    if not named:
        return None  # "bình quân quý III": a time, not a part
    if any(named <= label_words for local in lex.allowed_units if local != catch_all and fit(local) > 0
           for label_words in lex.indicators.label_words(local)):
        return None  # words of a concept the unit fits ("nhập khẩu 285 triệu USD" after the exports)
    return catch_all


def _named_by_unit(lex: Lexicon, total: str, unit: str, fit: Callable[[str], int]) -> str | None:
    """The one indicator under ``total`` (or under its broader one) that a label of the unit's words alone names."""
    noun = content_words(unit) | _COUNT_WORDS
    if not content_words(unit):
        return None
    wider = {total} | lex.ancestors.get(total, frozenset())
    named = {local for upper in wider for local in lex.narrower.get(upper, ()) if local != total and fit(local) > 0
             and any(content_words(unit) <= words <= noun for words in lex.indicators.label_words(local))}
    return named.pop() if len(named) == 1 else None


_NOT_A_NAME = re.compile(
    r"(?:vượt|đạt|tăng|giảm|" + vocabulary().change_synonyms_pattern
    + r"|bằng|chiếm|đứng|xếp|riêng|ước|so với|cao|thấp|gấp|trong khi|còn|và|là|với|\d)(?!\w)",
    re.IGNORECASE,
)


def _names_part(name: str) -> bool:
    """Whether a part's own text opens with a name ("cà phê 230 triệu USD", "nhóm giáo dục tăng 1,5%"), not with a
    verb, a comparison or a time ("vượt 8,3% kế hoạch", "riêng 6 tháng đầu năm ...")."""
    opener = last_match(PART_OPENER, name)
    text = (name[opener.end():] if opener else name).strip(" \t\n,;:+-–•()")
    # a time opening the clause is no name: "Lũy kế 9 tháng, xuất khẩu đạt ..." is named by what follows it
    text = _TIME_OPENING.sub("", text)
    return bool(text) and not _NOT_A_NAME.match(text)


_TIME_OPENING = re.compile(
    r"^(?:(?:lũy kế|luỹ kế|tính chung|cộng dồn|riêng|trong)?\s*(?:\d{1,2}\s+tháng(?:\s+đầu\s+năm)?|quý\s+[IV\d]+|"
    r"tháng\s+\d{1,2}|năm\s+\d{4})\s*,?\s*)+",
    re.IGNORECASE,
)


# Words of times, places and comparisons: they name no part of a breakdown.
_TIME_WORDS = content_words(
    "riêng chỉ cả nước toàn quốc toàn tỉnh bình quân chung cùng kỳ quý tháng năm I II III IV đầu cuối tính cộng dồn "
    "lũy kế luỹ so với trước sau kế hoạch dự toán chỉ tiêu mức tốc độ"
)



def _joined(first: str, second: str) -> list[tuple[str, int]]:
    """Two pieces of a subject as one phrase, in both orders ("trường" + "trung học cơ sở", "dự án đầu tư" +
    "cấp mới"), with where they are joined."""
    if not first or not second:
        return []
    return [(f"{first} {second}", len(first)), (f"{second} {first}", len(second))]


def grdp_sector(subject: str, context: str) -> str | None:
    """The GRDP sector a bare sector name stands for in a sentence about GRDP ("dịch vụ chiếm 38,2%" after "Cơ cấu
    kinh tế"), from vocabularies/extraction.toml; None elsewhere."""
    words = vocabulary()
    # (a sector named as what a quantity leaves out is none: "GRDP (không kể thuế sản phẩm) tăng 6,8%")
    subject = _LEFT_OUT.sub(" ", subject) if EXCLUSION.search(subject) else subject
    bare = _SECTOR_FRAME.sub("", subject.strip(" :;,.-()"))
    named = re.match(r"(?:[-+•–]\s*)?(khu vực|ngành)\s+", bare, flags=re.IGNORECASE)
    name = fold(" ".join(bare[named.end():].split() if named else bare.split()))
    local = words.grdp_sectors.get(name)
    # "khu vực" + a sector's name is GRDP's sector wherever it is said ("tỷ trọng khu vực nông nghiệp giảm ...")
    sector_of_economy = bool(named) and named.group(1).lower() == "khu vực"
    return local if local and (sector_of_economy or words.grdp_context.search(context)) else None


# Words around a sector's name: an opener before it ("trong đó", "riêng", "tỷ trọng"), a verb after it ("tăng",
# "ước đạt").
_SECTOR_FRAME = re.compile(
    r"^(?:(?:trong đó|bao gồm|gồm|riêng|còn|tỷ trọng(?:\s+của)?)\s*:?\s*)+"
    r"|\s+(?:(?:ước|dự ước|chỉ|cũng)\s+)?(?:tăng|giảm|đạt|chiếm|" + vocabulary().change_synonyms_pattern
    + r")\s*$",
    re.IGNORECASE,
)


# "(năm trước tương ứng là 40,1%; 19,8%; ...)": values listed in the order of an earlier list
_RESPECTIVELY = re.compile(r"(?<!\w)tương ứng(?:\s+(?:là|với|đạt))?(?!\w)", re.IGNORECASE)


_SAME_TIME_BEFORE = re.compile(r"(?<!\w)(?:cùng kỳ|năm trước)(?!\w)", re.IGNORECASE)


def apply_respectively(r: ReportContext, figures: list[Figure]) -> None:
    """Values listed "tương ứng" (respectively) after a list of figures take, one by one, the indicator and the
    measure of the earlier list's figures, and the time the first of them names: "cơ cấu ... nông nghiệp chiếm
    30%; công nghiệp 40%; dịch vụ 30% (năm trước tương ứng là 32%; 39%; 29%)"."""
    by_sentence: dict[tuple[int, int], list[Figure]] = {}
    for f in figures:
        by_sentence.setdefault(r.sentence_of(f.start), []).append(f)
    for (start, end), members in by_sentence.items():
        cue = _RESPECTIVELY.search(r.w, start, end)
        if not cue:
            continue
        earlier = [f for f in members if f.end <= cue.start() and f.indicator]
        later = [f for f in members if f.start >= cue.end()]
        if len(later) < 2 or len(earlier) < len(later):
            continue
        earlier = earlier[-len(later):]
        if any(a.unit_text != b.unit_text for a, b in zip(earlier, later, strict=True)):
            continue  # not the same list of quantities
        first_period = later[0].period
        lead_start = max(r.w.rfind(";", start, cue.start()), r.w.rfind("(", start, cue.start()), start)
        if first_period == r.period and _SAME_TIME_BEFORE.search(r.w, lead_start, cue.start()):
            first_period = previous_year(r.period)  # "cùng kỳ năm trước tương ứng 23,4%, ..."
        for before, value in zip(earlier, later, strict=True):
            value.indicator, value.measure, value.subject = before.indicator, before.measure, before.subject
            value.period = first_period



def apply_framing(r: ReportContext, figures: list[Figure]) -> None:
    """A figure's indicator becomes the narrower one that the sentence's framing phrase or its bullet's label
    qualifies: "Vụ Đông Xuân năm 2023, toàn tỉnh gieo cấy 42.100 ha lúa, năng suất 61,2 tạ/ha" (the winter-spring
    rice area and yield), "- Vụ Mùa: diện tích gieo cấy 30.400 ha". A framing phrase opens the sentence and ends at
    its first comma or colon before any of its figures; the words a narrower concept adds to its broader one's must
    all be there or in the figure's own words, and only one narrower concept may fit."""
    lex = r.lex
    first_in_sentence: dict[tuple[int, int], int] = {}
    for f in figures:
        first_in_sentence.setdefault(r.sentence_of(f.start), f.start)
    end_before: dict[tuple[int, int], int] = {}  # the end of the sentence's figure before
    # the sentence's figure before, with the indicator it had: a figure going on with it changes with it
    changed_before: dict[tuple[int, int], tuple[Figure, str | None]] = {}
    for f in figures:
        sentence = r.sentence_of(f.start)
        own_from = end_before.get(sentence, sentence[0])
        end_before[sentence] = f.end
        before = changed_before.get(sentence)
        changed_before[sentence] = (f, f.indicator)
        if before is not None and before[1] != before[0].indicator and f.indicator == before[1] \
                and f.subject == before[0].subject:
            f.indicator = before[0].indicator  # "chế biến, chế tạo tăng 10,97% ... và tăng 0,94%"
            continue
        if not f.indicator or f.indicator not in lex.ancestors and f.indicator not in lex.narrower:
            continue
        line_start = r.line_of(f.start)[0]
        opener_start = max(sentence[0], line_start)
        opener = r.w[opener_start:first_in_sentence[sentence]]
        cut = re.search(r"[,:]", opener)
        framing = opener[:cut.start()] if cut else ""
        # (the words of a part left out name no narrower concept: "Tổng sản phẩm (không kể thuế sản phẩm)")
        words = content_words(_LEFT_OUT.sub(" ", f"{framing} {heading_of(r, f.start)} {f.subject} "
                                                 f"{_season_framing(r, f.start)}"))
        unit = f.unit_text if f.measure in _UNIT_CHECKED else ""
        local = _descend(lex, f.indicator, words, unit)
        if local == f.indicator:
            # none under it: one beside it that the figure's own clause names
            # (its own clause, or with the pieces before it when a name holds a comma: "chế biến, chế tạo")
            clauses = _CLAUSE_NOT_COMMA.split(_LEFT_OUT.sub(" ", r.w[own_from:f.start]))
            pieces = re.split(r",", clauses[-1])
            if own_from != sentence[0] and len(clauses) == 1 and len(pieces) > 1:
                # the words right after the figure before, up to a comma, are its counted noun's: "1 chợ hạng I, 13
                # chợ hạng II" (not the second's own words)
                pieces = pieces[1:]
            sibling = next((named for k in (1, 2, 3) if k <= len(pieces) and (named := _sibling_named(
                lex, f.indicator, content_words(" ".join(pieces[-k:])), unit))), None)
            local = _descend(lex, sibling, words, unit) if sibling else local
        f.indicator = local


# A crop season opening a sentence, a clause after a colon or a bullet: "Vụ Đông Xuân 2023-2024, ...", "a) Trồng
# trọt: Vụ lúa Hè Thu ..." (not one compared with: "so với vụ Đông Xuân năm trước").
_SEASON_OPENING = re.compile(
    r"(?:^|[.:;]\s+|\n)[ \t]*(?:[a-zđ]\)\s*|[-+•–]\s*)?(vụ\s+(?:lúa\s+)?(?:" + vocabulary().seasons_pattern
    + r"))(?!\w)",
    re.IGNORECASE,
)


_FRAME_REACH = 3000  # how far back in its paragraph a season may frame a figure


def _season_framing(r: ReportContext, start: int) -> str:
    """The crop season the paragraph has opened a sentence or a clause with before the figure: the season every
    figure after it is about until another is named ("Vụ Đông Xuân 2019-2020 cả tỉnh gieo trồng 21.400 ha. ...
    Năng suất bình quân ước đạt 61,8 tạ/ha")."""
    paragraph_start = max(r.paragraph_of(start), start - _FRAME_REACH)  # (bounded: linear in the text)
    paragraph = r.w[paragraph_start:start]
    opened = last_match(_SEASON_OPENING, paragraph) if "vụ" in paragraph.lower() else None
    if opened is None or vocabulary().whole_year.search(paragraph):
        return ""  # (a paragraph about the whole year, a season only remarked on: "Diện tích gieo trồng cả năm ...")
    if opened.group().lstrip().startswith(";") and paragraph_start + opened.start() < r.sentence_of(start)[0]:
        return ""  # a season opening a clause frames that sentence only: "Vụ Xuân ...; vụ Hè Thu ... . Sản lượng ..."
    return opened.group(1)


# An exclusion with the part it leaves out, up to a break: "trừ dầu khí", "(không kể thuế sản phẩm)".
_LEFT_OUT = re.compile(EXCLUSION.pattern + r"[^,;:()]*\)?", re.IGNORECASE)


def apply_list_totals(r: ReportContext, figures: list[Figure]) -> None:
    """A list item's figure measures the kind of its list's total that the item names: "- Cây lúa: gieo sạ 139.000
    ha, gồm:" then "+ Vụ Hè thu: xuống giống 50.400 ha" (the summer-autumn rice area, a part of the rice area). The
    total is the first figure of the lead-in line (the line ending with a colon above the items marked alike); the
    item's label and its own words must name exactly one narrower concept of it (as ``apply_framing``), in the
    figure's unit."""
    lex = r.lex
    lead_totals: dict[int, Figure | None] = {}
    changed: dict[tuple[int, int], tuple[str | None, str | None]] = {}  # a sentence's last figure: (found, taken)
    lead_of_line: dict[tuple[int, str], int] = {}  # (an item line, its mark) -> its lead-in's start, -1 for none
    for f in figures:
        line_start = r.line_of(f.start)[0]
        mark = BULLET.match(r.w, line_start)
        if mark is None:
            continue
        # the lead-in of the item line before, when that one is marked alike (each list read back once)
        before_line = r.line_of(line_start - 1)[0] if line_start else -1
        known = lead_of_line.get((before_line, mark.group(1)))
        if known is None:
            span = r.list_lead_span(f.start, re.compile(r"[ \t]*" + re.escape(mark.group(1)) + r"\s"))
            known = span[0] if span else -1
        lead_of_line[(line_start, mark.group(1))] = known
        lead_start = known
        if lead_start < 0:
            continue
        if lead_start not in lead_totals:
            lead_end = r.line_of(lead_start)[1]
            lead_totals[lead_start] = next((t for t in figures if lead_start <= t.start < lead_end and t.indicator
                                            and t.measure == "value"), None)
        total = lead_totals[lead_start]
        sentence = r.sentence_of(f.start)
        before = changed.get(sentence)
        changed[sentence] = (f.indicator, f.indicator)
        if before is not None and f.indicator is not None and f.indicator == before[0]:
            # a figure going on with the one before it changes with it: "37.150 ha, tăng 0,86%"; "năng suất 59,4
            # tạ/ha, tăng 0,55%" (kept)
            f.indicator = before[1]
            changed[sentence] = before
            continue
        if total is None or f.indicator == total.indicator \
                or f.indicator and total.indicator in lex.ancestors.get(f.indicator, ()):
            continue
        words = content_words(f"{heading_of(r, f.start)} {f.subject}")
        unit = f.unit_text if f.measure in _UNIT_CHECKED else ""
        local = _descend(lex, total.indicator, words, unit)
        if local != total.indicator:
            changed[sentence] = (f.indicator, local)
            f.indicator = local


def _descend(lex: Lexicon, local: str, words: frozenset[str], unit: str) -> str:
    """The narrowest concept under ``local`` reached by one framed narrower concept at each step."""
    while True:
        narrower = _framed_narrower(lex, local, words, unit)
        if narrower is None:
            return local
        local = narrower


# Where a figure's own clause begins (its comma-separated pieces are tried one, two, three at a time).
_CLAUSE_NOT_COMMA = re.compile(r"[;:(]|(?<!\w)và(?!\w)", re.IGNORECASE)


def _sibling_named(lex: Lexicon, local: str, own: frozenset[str], unit: str) -> str | None:
    """A sibling of ``local`` (under the same broader concept) that the figure's own words name where they do not
    name ``local``: "vụ Mùa cấy 52.000 ha" after the winter-spring area of the clause before."""
    ancestors = lex.ancestors.get(local, frozenset())
    # (in the scheme's order: a set's order changes from run to run, and a concept with two direct broader ones
    # would get either sibling)
    for parent in sorted(ancestors, key=lambda c: (lex.indicator_order.get(c, -1), c)):
        if ancestors != {parent} | lex.ancestors.get(parent, frozenset()):
            continue  # not the direct broader concept
        sibling = _framed_narrower(lex, parent, own, unit)
        if sibling and sibling != local and not any(extra <= own for extra in _added_words(lex, parent, local)) \
                and not any(extra <= words for extra in _added_words(lex, parent, sibling)
                            for words in lex.indicators.label_words(local)):
            return sibling  # (a sibling adding words of its own: not "thu hoạch" beside the summer harvest)
    return None


def _added_words(lex: Lexicon, parent: str, child: str) -> list[frozenset[str]]:
    """The words each label of ``child`` adds to those of ``parent`` (the labels adding some)."""
    labels = lex.indicators.label_words(parent)
    broad = frozenset().union(*labels) if labels else frozenset()
    return [label - broad for label in lex.indicators.label_words(child) if label - broad]


def _framed_narrower(lex: Lexicon, local: str, words: frozenset[str], unit: str) -> str | None:
    """The one indicator directly under ``local`` whose label adds to ``local``'s words only some of ``words``."""
    fitting: list[tuple[int, str]] = []
    for child in lex.narrower.get(local, ()):
        # (directly under it: no other broader concept of the child lies between, though the child may have a
        # second broader one, "khách quốc tế lưu trú" under both the overnight and the international guests)
        above = lex.ancestors.get(child, frozenset())
        direct = local in above and not any(local in lex.ancestors.get(other, ()) for other in above)
        if not direct or (unit and lex.unit_fit(child, unit) < 0):
            continue
        matched = [len(extra) for extra in _added_words(lex, local, child) if extra <= words]
        if matched:
            fitting.append((max(matched), child))
    if not fitting:
        return None
    fitting.sort(reverse=True)
    if len(fitting) > 1 and fitting[0][0] == fitting[1][0]:
        return None  # two narrower concepts fit alike: the framing does not choose
    return fitting[0][1]


_CLAUSE_END = re.compile(r"[,;.()\n]")


def split_pair_concepts(r: ReportContext, pairs: list[tuple[Figure, Figure]]) -> None:
    """In "X/Y <noun> <qualifier>" X counts the things the qualifier picks and Y all things of the noun: "17/20 chỉ
    tiêu đạt và vượt kế hoạch" (targets met of the main targets), "95/120 xã đạt chuẩn nông thôn mới" (new-rural
    communes of the rural communes). X takes the most specific concept the noun with its qualifier names (one under
    the concept found, or that one); Y the nearest concept above X's that the noun alone names, else the most
    general one above it that the unit fits."""
    lex = r.lex
    for x, y in pairs:
        if x.measure != "value" or y.measure != "value" or x.value > y.value:
            continue
        found = x.indicator or y.indicator
        if not found:
            continue
        end = _CLAUSE_END.search(r.w, y.end)
        # the noun with its qualifier, after the pair or before it in its clause ("hoàn thành vượt 11/11 nhóm chỉ tiêu")
        clause_start = max(r.w.rfind(c, r.sentence_of(x.start)[0], x.start) for c in ",;:(") + 1
        clause_start = max(clause_start, r.sentence_of(x.start)[0])
        named = f"{r.w[clause_start:x.start]} {r.w[y.start:end.start() if end else len(r.w)]}"
        unit = y.unit_text
        # the noun with its qualifier right after the pair naming a concept in full, when X took the one of the
        # pair before it in a list ("..., 4/15 chỉ tiêu đạt kế hoạch và 5/15 chỉ tiêu chưa đạt")
        noun_at = y.end - len(unit) if unit and r.w[y.end - len(unit):y.end] == unit else y.end
        tail = r.w[noun_at:end.start() if end else len(r.w)]
        whole = [local for s, e, local in lex.indicators.find_all(tail)
                 if s == 0 and not tail[e:].strip() and lex.unit_fit(local, unit) > 0]
        if whole and _siblings(lex, whole[0], found):
            found = whole[0]

        specific = lex.indicators.scattered(
            named,
            lambda local, _words, found=found, unit=unit: (local == found or found in lex.ancestors.get(local, ()))
            and lex.unit_fit(local, unit) >= 0,
        ) or found
        wider = [local for local in sorted(lex.ancestors.get(specific, ()),
                                           key=lambda c: (lex.indicator_order.get(c, -1), c))
                 if lex.unit_fit(local, unit) > 0]
        if not wider:
            continue
        # the concept of the noun alone (its labels say nothing the noun does not), the nearest such; else the
        # most general one above
        noun = content_words(unit) | _COUNT_WORDS
        plain = [local for local in wider if any(words <= noun for words in lex.indicators.label_words(local))]
        x.indicator = specific
        y.indicator = max(plain, key=lambda local: len(lex.ancestors.get(local, ()))) if plain \
            else min(wider, key=lambda local: len(lex.ancestors.get(local, ())))


def _siblings(lex: Lexicon, one: str, other: str) -> bool:
    """Whether two concepts are kinds of a common broader concept, neither of them above the other (the targets
    reached and the targets missed of the main targets)."""
    above_one, above_other = lex.ancestors.get(one, frozenset()), lex.ancestors.get(other, frozenset())
    return one != other and one not in above_other and other not in above_one and bool(above_one & above_other)


# Words that name a count without qualifying what is counted ("số đơn vị hành chính cấp xã" is the communes).
_COUNT_WORDS = content_words("số tổng đơn vị hành chính cấp các")


# A subject that only says "its value": "..., trị giá 110 triệu USD", "với giá trị đạt ...".
_VALUE_OF = re.compile(r"\s*(?:với\s+)?(?:trị giá|giá trị|kim ngạch)(?:\s+(?:ước\s+)?đạt)?\s*", re.IGNORECASE)


# A part's own words after its number, up to the next break (those before it run back to the break before it).
_PART_AFTER = re.compile(r"[^,;()]*")


def apply_parts(r: ReportContext, figures: list[Figure]) -> None:
    """A part of a breakdown measuring a concept outside its total's takes the one under the total's that its own
    words name: "cấp mới 27 dự án ..., trong đó có 5 dự án đầu tư trực tiếp nước ngoài" (new FDI projects among
    the new projects, not all investment projects); a part no label names, the total's named part (pk:namedPartOf).
    Run after the parts are linked to their totals."""
    lex = r.lex
    by_start = {f.start: f for f in figures}
    before: Figure | None = None
    for f in figures:
        total = by_start.get(f.parent) if f.parent is not None else None
        if f.indicator is None and total is not None and total.indicator:
            # a part no label names, linked to its total: the total's named part when its own words name one
            # ("trong đó: thủy sản 700 triệu USD; hàng dệt may 95 triệu USD; gạo 210 nghìn tấn, trị giá 110 triệu
            # USD": each a product's exports)
            # (the value of a quantity just given is named by that quantity's words: "gạo 210 nghìn tấn, trị giá")
            name = f.subject
            if _VALUE_OF.fullmatch(name) and before is not None and before.unit_text != f.unit_text \
                    and r.sentence_of(before.start) == r.sentence_of(f.start):
                name = before.subject
            # (only the catch-all: a part a concept's label names was found by its label already)
            said = frozenset().union(*lex.indicators.label_words(total.indicator))
            part = _narrower_named(
                lex, total.indicator, _part_words(name, "", f.unit_text) - said,
                lambda local, unit=f.unit_text: lex.unit_fit(local, unit), name.lstrip(" );,"),
            )
            f.indicator = _excluded_checked(lex, part, name) \
                if part is not None and part == lex.named_parts.get(total.indicator) else None
        elif f.indicator is None and f.measure == "share_pct" and before is not None and before.indicator \
                and r.w[before.end:f.start].strip() == "(":
            f.indicator = before.indicator  # its share in a bracket right after it: "110 triệu USD (9,2%)"
        elif f.measure == "share_pct" and f.indicator and before is not None and before.indicator \
                and f.indicator in lex.ancestors.get(before.indicator, ()) \
                and _SHARE_IN_BRACKET.fullmatch(r.w[before.end:f.start]):
            # the share of a part its own words made a kind of the total: "trong đó: tuyến huyện 58.300 lượt
            # (chiếm 41,7%)" is the district level's share, not the total's
            f.indicator = before.indicator
        previous, before = before, f
        if total is not None and total.indicator and f.indicator == total.indicator:
            # a part with its total's concept whose own words name a kind of it: "37 trường (31 trường công lập,
            # 6 trường tư thục)" under upper secondary schools are public upper secondary schools (its own words:
            # back to a break or the figure before it, and on to the next break)
            lo = max(r.sentence_of(f.start)[0], f.start - 200, previous.end if previous is not None else 0)
            left = r.w[min(lo, f.start):f.start]
            left = left[max(left.rfind(c) for c in "(,;:") + 1:]
            words = content_words(f"{left} {_PART_AFTER.match(r.w, f.start).group()}")
            f.indicator = _descend(lex, total.indicator, words, f.unit_text if f.measure in _UNIT_CHECKED else "")
            continue
        if total is None or not total.indicator or not f.indicator \
                or total.indicator in lex.ancestors.get(f.indicator, ()):
            continue
        # the words the part adds to its total's name
        said = frozenset().union(*lex.indicators.label_words(total.indicator))
        words = _part_words(f.subject, "", f.unit_text) - said
        narrower = _narrower_named(
            lex, total.indicator, words, lambda local, unit=f.unit_text: lex.unit_fit(local, unit),
        )
        if narrower and total.indicator in lex.ancestors.get(narrower, ()):
            f.indicator = narrower
