"""The numbers that are figures, read with their units; X/Y pairs and ranges joined."""

from __future__ import annotations

import re

from provkg.extract.context import ReportContext
from provkg.extract.notation import RANK_BEFORE, SCALED, Candidate, read_number

_PAIR_GAP = re.compile(r"[ \t]*/[ \t]*")  # "X/Y"
_SHARED_GAP = re.compile(r"[ \t]*(?:và|hoặc)[ \t]+")  # "0,7 và 0,6 điểm phần trăm"
# Units a pair of figures may share, written after the second only: percentages, points, amounts of money.
_SHARED_UNITS = frozenset({"%", "‰", "điểm phần trăm", "điểm %"})
# "6,5-7", "từ 8 đến 8,5" (not across a tab: "2.817,9\t-\t48,0" is a cell, an empty cell "-" and another cell)
_RANGE_GAP = re.compile(r" *(?:-|–|÷|đến) *")
# A range whose unit is written at both ends: "5%-7%" (a dash with no space: spaced dashes join the parts of a
# structure, "9,1% - 58,2% - 32,7%"), "từ 5% đến 7%".
_RANGE_GAP_AFTER_UNIT = re.compile(r"[-–]|[ \t]+đến[ \t]+")
_FROM_BEFORE = re.compile(r"(?<!\w)từ[ \t]+$", re.IGNORECASE)


def read_candidates(
    r: ReportContext, tokens: list[re.Match[str]], covered: dict[int, tuple[int, int, str]]
) -> list[Candidate]:
    """Every number token not covered by a non-figure, as a candidate figure."""
    w = r.w
    # 2. Candidates: numbers, with compound money, units, X/Y pairs and ranges.
    candidates: list[Candidate] = []
    consumed: set[int] = set()
    for i, tok in enumerate(tokens):
        if tok.start() in covered or tok.start() in consumed:
            continue
        cand = read_number(r, tok)
        if cand.measure == "rank":
            consumed.add(tokens[i + 1].start() if i + 1 < len(tokens) else -1)
            candidates.append(cand)
            continue
        _consume(tokens, i + 1, cand.end, consumed)
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        gap = w[cand.end:nxt.start()] if nxt else ""
        left = w[max(0, tok.start() - 25):tok.start()]
        if nxt and nxt.start() not in covered and _PAIR_GAP.fullmatch(gap):
            partner = read_number(r, nxt)
            if RANK_BEFORE.search(left):
                cand.measure, cand.unit, cand.end = "rank", "/" + nxt.group(), nxt.end()
                consumed.add(nxt.start())
                candidates.append(cand)
                continue
            if partner.unit == "điểm" and partner.value >= cand.value:
                # a score out of its maximum ("đạt 8,5/10 điểm"): the maximum is part of the unit, like a rank's field
                cand.unit, cand.end = "/" + nxt.group() + " điểm", partner.end
                consumed.add(nxt.start())
                candidates.append(cand)
                continue
            cand.pair_role, cand.pair_partner = "x", partner.start
            partner.pair_role, partner.pair_partner = "y", cand.start
            if not cand.unit:
                cand.unit = partner.unit
            candidates.extend([cand, partner])
            consumed.add(nxt.start())
            _consume(tokens, i + 2, partner.end, consumed)
            continue
        if nxt and nxt.start() not in covered and not cand.unit and _SHARED_GAP.fullmatch(gap):
            # "giảm 0,7 và 0,6 điểm phần trăm", "tăng 1,2 và 1,5 tỷ USD": two figures, the unit written once
            unit = read_number(r, nxt).unit
            if unit in _SHARED_UNITS or SCALED.match(unit):
                cand.unit = unit
        unit_twice = nxt is not None and cand.unit in _SHARED_UNITS and bool(_RANGE_GAP_AFTER_UNIT.fullmatch(gap)) \
            and (gap.strip() != "đến" or bool(_FROM_BEFORE.search(w, 0, tok.start()))) \
            and read_number(r, nxt).unit == cand.unit
        if nxt and nxt.start() not in covered and (not cand.unit and _RANGE_GAP.fullmatch(gap) or unit_twice) \
                and read_number(r, nxt).value > cand.value and not _in_dashed_list(w, tok.start(), nxt.end()):
            # (a range's bounds ascend: "533      -28" in a table is a level, then a fall of 28 in the next cell)
            partner = read_number(r, nxt)
            cand.unit = partner.unit
            cand.range_role, partner.range_role = "low", "high"
            candidates.extend([cand, partner])
            consumed.add(nxt.start())
            continue
        candidates.append(cand)
    return candidates


# (a dash with one space at most on each side: a tab or a wider gap parts a table's cells, "6,5-7\t-6,18")
_DASH_THEN_NUMBER = re.compile(r"(?:%|‰)?[ ]?[-–][ ]?\d")
_NUMBER_THEN_DASH_BEFORE = re.compile(r"\d(?:%|‰)?[ ]?[-–][ ]?$")


def _in_dashed_list(w: str, start: int, end: int) -> bool:
    """Whether two numbers joined by a dash are two items of a list of three or more joined so ("0,5 - 3,2 - 2,1
    điểm phần trăm", "9,1 - 58,2 - 32,7%"): a range has two bounds, no third number dashed on either side."""
    return bool(_DASH_THEN_NUMBER.match(w, end) or _NUMBER_THEN_DASH_BEFORE.search(w, max(0, start - 20), start))


def _consume(tokens: list[re.Match[str]], first: int, end: int, consumed: set[int]) -> None:
    """Mark the tokens from index ``first`` that start before ``end`` as read (without copying the list's tail)."""
    for i in range(first, len(tokens)):
        if tokens[i].start() >= end:
            break
        consumed.add(tokens[i].start())
