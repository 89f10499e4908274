"""The price basis of a money figure: constant 2010 prices or current prices."""

from __future__ import annotations

import re

from provkg.core.model import Figure
from provkg.core.text import last_match
from provkg.extract.context import ReportContext

# "theo giá so sánh 2010", "giá SS năm 2010", "giá cố định" / "theo giá hiện hành", "giá thực tế"
_BASIS = re.compile(
    r"(?<!\w)giá\s+(?:(so sánh|SS|cố định)(?:\s+(?:năm\s+)?2010)?|(hiện hành|thực tế))(?!\w)", re.IGNORECASE
)
# How far back a basis named before a figure still governs it when the figure is about GRDP: the sentence it
# details, the title of the table it is in.
_REACH = 600
# The national accounts' conventions when a report names no basis: growth at constant prices, the structure
# of the economy and GRDP per head at current prices.
_CONSTANT_BY_CONVENTION = ("change_pct", "contribution_pp")
_CURRENT_BY_CONVENTION = ("share_pct",)


def _grdp_family(indicator: str | None) -> bool:
    return bool(indicator) and (indicator == "grdp" or indicator.startswith("grdp-"))


def _price_index(indicator: str | None) -> bool:
    return bool(indicator) and (indicator.startswith("cpi") or indicator.endswith("price-index"))


def apply_basis(r: ReportContext, figures: list[Figure]) -> None:
    """Set each figure's price basis: a basis named in its own sentence; for GRDP and its parts also one named
    in the text shortly before (the sentence the figure's details, a table's title), else the conventions."""
    w = r.w
    for f in figures:
        if f.measure == "rank":
            continue
        if f.measure == "contribution_pp":
            # a contribution to growth is in points of growth at constant prices; a contribution to the change of a
            # price index ("làm CPI chung tăng 0,9 điểm phần trăm") is in points of the index, at no price basis
            if not _price_index(f.indicator):
                f.basis = "constant-2010"
            continue
        sentence_start = r.sentence_of(f.start)[0]
        own = last_match(_BASIS, w[sentence_start:f.start])
        if own is None and _grdp_family(f.indicator):
            section_start = r.section_start(f.start)
            own = last_match(_BASIS, w[max(section_start, f.start - _REACH):f.start])
        if own is not None:
            f.basis = "constant-2010" if own.group(1) else "current"
        elif _grdp_family(f.indicator) and f.measure in _CONSTANT_BY_CONVENTION:
            f.basis = "constant-2010"
        elif _grdp_family(f.indicator) and (f.measure in _CURRENT_BY_CONVENTION or f.indicator == "grdp-per-capita"):
            f.basis = "current"
