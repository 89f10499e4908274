"""Number notation: a number token with its unit, scale word, compound amount ("1 tỷ 250 triệu"), rank ("thứ 9/63"),
X/Y pair or range; the units as the genre writes them after a number (vocabularies/extraction.toml)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from provkg.core.numbers import compound_amount, parse_number
from provkg.extract.vocabulary import vocabulary

if TYPE_CHECKING:
    from provkg.extract.context import ReportContext


SCALE = vocabulary().scale
# A unit that starts with a scale word ("tỷ đồng", "triệu USD"), not one that starts with its letters ("tỉnh").
SCALED = re.compile(SCALE + r"(?!\w)")
NON_COUNT = vocabulary().not_counts
RANK_BEFORE = re.compile(r"(?:xếp hạng|xếp thứ|đứng thứ|hạng|(?<!\w)thứ)\s*$", re.IGNORECASE)
_RANK_AFTER = re.compile(r"[ \t]*/[ \t]*(\d+)")  # the "/63" of "thứ 9/63"
# A footnote's marker written as superscript digits.
FOOTNOTE_SUPERSCRIPT = "[¹²³⁴⁵⁶⁷⁸⁹⁰]"
_GLUED_UNIT = re.compile(r"(?:ha|tỷ|triệu|kg|km|m2|m3|tấn)(?!\w)")  # "30ha", "5tỷ"


@dataclass
class Candidate:
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


@lru_cache(maxsize=8)
def unit_regex(units: frozenset[str]) -> re.Pattern[str]:
    """Any unit of the vocabulary or of the ontology's unit labels, after an optional scale word."""
    alternatives = sorted(set(vocabulary().units) | units, key=len, reverse=True)
    body = "|".join(re.escape(u) for u in alternatives)
    # The unit ends at a non-letter, or at a footnote's marker glued to it: a superscript ("1.230 hộ¹") or the digits
    # a superscript became in plain text ("2.450 tỷ đồng2, tăng 11%"); units with digits of their own ("m2", "km2")
    # come first in the alternatives, being longer (and "m²" is a square metre, no marker).
    return re.compile(
        rf"[ \t]*(?:(?P<scale>{SCALE})(?:[ \t]+(?P<u1>{body}))?|(?P<u2>{body}))"
        rf"(?=$|[^\w]|(?<=[%‰])|(?<!m){FOOTNOTE_SUPERSCRIPT}|\d{{1,2}}(?:[ \t]*[,.;:)]|[ \t]*$))",
        re.MULTILINE,
    )


def unit_after(r: ReportContext, pos: int) -> tuple[str, int]:
    """The unit written right after ``pos`` (with its scale word) and where it ends; ("", pos) when none."""
    m = r.unit_re.match(r.w, pos)
    if not m or m.end() == pos:
        return "", pos
    scale, unit = m.group("scale"), m.group("u1") or m.group("u2")
    text = " ".join(x for x in (scale, unit) if x)
    return text, m.end()


def read_number(r: ReportContext, m: re.Match[str]) -> Candidate:
    """A number token read with what is written right after it: a rank "/63", a compound amount, a unit."""
    token = m.group()
    parsed = parse_number(token)
    note = parsed.ambiguous or ""
    rank = _RANK_AFTER.match(r.w, m.end())
    if rank and RANK_BEFORE.search(r.w[max(0, m.start() - 25):m.start()]):
        end = rank.end()
        return Candidate(m.start(), m.end(), end, parsed.value, "/" + rank.group(1), note, measure="rank")
    compound = compound_amount(r.w, m.end(), parsed.value)
    if compound:
        return Candidate(m.start(), m.end(), compound.end, compound.value, compound.unit_text, note)
    unit, end = unit_after(r, m.end())
    if unit.startswith("/") and unit[1:2].isdigit():
        # a rank's field ("/63 tỉnh") only after a rank's words, read above: "4/13 địa phương" is an X/Y pair
        unit, end = "", m.end()
    per_end = _per_denominator_end(r.w, m.end(), end if unit else None)
    if per_end:
        unit, end = " ".join(r.w[m.end():per_end].split()), per_end
    return Candidate(m.start(), m.end(), end, parsed.value, unit, note)


_NOUN_BEFORE_SLASH = re.compile(r"(?:[ \t]+[^\W\d]+){1,4}(?=[ \t]*/)")


def _per_denominator_end(w: str, token_end: int, unit_end: int | None) -> int:
    """Where a rate's denominator written after the unit ends ("2,3 giường bệnh/1.000 dân", "15 bác sĩ trên 1 vạn
    dân"; after a noun the unit list lacks, only with a slash: "25 máy/100 hộ", "130 thuê bao di động/100 dân"),
    else 0: the round number is part of the unit, never a figure."""
    per = vocabulary().per_denominator
    if unit_end is not None:
        m = per.match(w, unit_end)
        if m:
            return m.end()
    noun = _NOUN_BEFORE_SLASH.match(w, token_end if unit_end is None else unit_end)
    m = per.match(w, noun.end()) if noun else None
    return m.end() if m and m.group("free") else 0


# What may stand right before a number's sign: a bracket, a colon, a table's cell boundary (a tab or a bar), a comma,
# a semicolon, an equals sign or a space ("(-3,1%)", "so với cùng kỳ: -5 vụ", "| -17 |", "giảm -3%").
_SIGN_OPENER = re.compile(r"[(:\t|;,=\[]\s*$")
# A table's cell boundary written as two spaces or more after a number ("561    533    - 28"), or a tab.
_CELL_GAP_AFTER_NUMBER = re.compile(r"[\d%‰][ ]{2,}$|\t[ ]*$")
# A number right before a dash, or one space before a dash spaced from what follows: "6,5-7", "45 - 38 vụ", "9,1% -
# 58,2%": two numbers joined (a range, a list, a pair), no sign. (A dash glued to the digits after a number and a
# space is a sign: a table's row flattened to single spaces, "Số vụ 45 38 -7".)
_NUMBER_THEN_DASH = re.compile(r"[\d%‰]$")
_NUMBER_AND_SPACE = re.compile(r"[\d%‰] $")


def minus_before(w: str, start: int) -> bool:
    """Whether the number at ``start`` is written with a minus sign, from the layout that makes it one: a minus
    glued to the digits after a space, a bracket, a colon or a cell boundary ("-5 vụ", "(-2,05%)", "\\t-28"); a
    minus and one space only after a bracket, a colon or a cell boundary ("(- 3 vụ)", "85\\t- 12"); an en dash only
    after a bracket ("(– 4,3%)") or glued after a colon or a cell boundary; a typographic minus "−" anywhere but
    between two numbers. Never a dash glued to the number before it or spaced on both sides ("45 - 38 vụ"), a dash
    after a word and a space ("huyện A - 12 vụ": a separator), a bullet's dash at a line's start ("- 12 xã"), a dash
    followed by two spaces or a tab (an empty cell), or a dash glued to a word before it ("ĐT-639")."""
    line_start = w.rfind("\n", max(0, start - 200), start) + 1
    tail = w[max(line_start, start - 60):start]
    m = re.search(r"([-−–])([ \t]*)$", tail)
    if not m:
        return False
    dash, gap = m.group(1), m.group(2)
    before = tail[:m.start()]
    if "\t" in gap or len(gap) > 1:
        return False  # "\t-\t48,0": an empty cell, then the next cell's number
    if dash == "–":
        # an en dash joins words and numbers ("2022 – 2023", "Hà Nội – 12 vụ"), save after a bracket ("(– 4,3%)") or
        # glued to the digits after a colon or a cell boundary ("so với cùng kỳ: –5 vụ", "| –2,5 |")
        return bool(re.search(r"\(\s*$", before)) or not gap and bool(
            re.search(r"[:\t|]\s*$", before) or _CELL_GAP_AFTER_NUMBER.search(before))
    if _NUMBER_THEN_DASH.search(before) or gap and _NUMBER_AND_SPACE.search(before):
        return False
    at_line_start = not before.strip() and max(line_start, start - 60) == line_start
    if at_line_start:
        return not gap  # "-3 xã" opens with its sign; "- 08 xã" is a bullet
    if dash == "−" or _SIGN_OPENER.search(before) or _CELL_GAP_AFTER_NUMBER.search(before):
        return True
    # a plain space before: a sign only when glued to the digits ("tăng -0,5%", "năm nay -6 vụ"), never a
    # separator spaced on both sides ("huyện A - 12 vụ", "ngành chế biến - 8,4%")
    return not gap and bool(re.search(r"\s$", before))


def plus_bullet(w: str, start: int) -> bool:
    """Whether a plus sign right before the number at ``start`` opens its line followed by a space: a sub-item's
    bullet ("+ 05 dự án khởi công mới"), no rise."""
    line_start = w.rfind("\n", max(0, start - 200), start) + 1
    return bool(re.fullmatch(r"[ \t]*\+[ \t]+", w[line_start:start]))


def glued_unit(w: str, pos: int) -> bool:
    return bool(_GLUED_UNIT.match(w[pos:pos + 6]))


def unit_follows(r: ReportContext, pos: int) -> bool:
    unit, _ = unit_after(r, pos)
    return bool(unit) and unit not in ("năm",)


def unit_right_after(r: ReportContext, cand: Candidate) -> int:
    unit, end = unit_after(r, cand.token_end)
    return end if unit else 0
