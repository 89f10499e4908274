"""The area a figure is about when it is not the report's province: a district, a town, another province."""

from __future__ import annotations

from provkg.extract.context import ReportContext
from provkg.extract.vocabulary import vocabulary

_ADMIN = vocabulary().admin_before


def area_of(r: ReportContext, left: str) -> str | None:
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
