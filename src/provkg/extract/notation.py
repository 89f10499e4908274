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


def glued_unit(w: str, pos: int) -> bool:
    return bool(_GLUED_UNIT.match(w[pos:pos + 6]))


def unit_follows(r: ReportContext, pos: int) -> bool:
    unit, _ = unit_after(r, pos)
    return bool(unit) and unit not in ("năm",)


def unit_right_after(r: ReportContext, cand: Candidate) -> int:
    unit, end = unit_after(r, cand.token_end)
    return end if unit else 0
