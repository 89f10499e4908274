"""The metadata of a report read from its header: document number, date, province and the period it covers.

The genre's header is regular: the issuing committee and its province, "Số: N/BC-UBND", "<place>, ngày D tháng M
năm Y", then "BÁO CÁO" and a title naming the period ("6 tháng đầu năm 2020", "9 tháng", "quý II", "năm 2020").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from provkg.errors import InputError
from provkg.model import Report
from provkg.text import text_sha256

HEADER_CHARS = 2500  # the header and title fit well inside this; figures further down must not be read as metadata

_NUMBER = re.compile(r"Số\s*:?\s*(\d+\s*/\s*[\w\-]+)", re.IGNORECASE)
_DATE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)
_YEAR = re.compile(r"năm\s+(\d{4})", re.IGNORECASE)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
# Period phrases from the most to the least specific; the first that occurs in the title wins.
_PERIODS = (
    (re.compile(r"(?:6|sáu)\s+tháng\s+đầu\s+năm(?:\s+(\d{4}))?", re.IGNORECASE), "H1"),
    (re.compile(r"(?:9|chín)\s+tháng(?:\s+đầu\s+năm)?(?:\s+(?:năm\s+)?(\d{4}))?", re.IGNORECASE), "9M"),
    (re.compile(r"quý\s+(i{1,3}|iv|[1-4])(?:\s+năm)?(?:\s+(\d{4}))?", re.IGNORECASE), "Q"),
    (re.compile(r"(?:cả\s+)?năm\s+(\d{4})", re.IGNORECASE), "year"),
)


@dataclass(frozen=True)
class Header:
    number: str
    issued: date
    province: str
    province_label: str
    period: str


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def _find_province(head: str, provinces: Mapping[str, str]) -> tuple[str, str]:
    """The province named as "tỉnh X" / "thành phố X" in the header, by its Vietnamese label."""
    folded = " ".join(_fold(head).split())
    best: tuple[int, str, str] | None = None
    for local, label in provinces.items():
        name = _fold(label).removeprefix("tỉnh ").removeprefix("thành phố ")
        for prefix in ("tỉnh ", "thành phố "):
            position = folded.find(prefix + name)
            if position >= 0 and (best is None or position < best[0]):
                best = (position, local, label)
    if best is None:
        raise InputError(f"no province named in the header (expected 'TỈNH <name>' in the first {HEADER_CHARS} "
                         "characters, with a name from ontology/areas.ttl)")
    return best[1], best[2]


def _find_period(head: str, issued: date) -> str:
    title_at = _fold(head).find("báo cáo")
    title = head[title_at:] if title_at >= 0 else head
    for pattern, kind in _PERIODS:
        match = pattern.search(title)
        if not match:
            continue
        years = [g for g in match.groups() if g and g.isdigit() and len(g) == 4]
        later_year = _YEAR.search(title, match.end())
        year = int(years[0]) if years else int(later_year.group(1)) if later_year else issued.year
        if kind == "Q":
            quarter = match.group(1).lower()
            return f"{year}-Q{_ROMAN.get(quarter, quarter)}"
        return str(year) if kind == "year" else f"{year}-{kind}"
    raise InputError("no reporting period in the title (expected '6 tháng đầu năm YYYY', '9 tháng', 'quý N' or "
                     "'năm YYYY')")


def read_header(text: str, provinces: Mapping[str, str]) -> Header:
    """Header fields of a normalised report text; ``provinces`` maps local names to Vietnamese labels."""
    head = text[:HEADER_CHARS]
    number = _NUMBER.search(head)
    issued = _DATE.search(head)
    if not number:
        raise InputError("no document number in the header (expected 'Số: N/BC-UBND')")
    if not issued:
        raise InputError("no date of issue in the header (expected 'ngày D tháng M năm YYYY')")
    try:
        day = date(int(issued.group(3)), int(issued.group(2)), int(issued.group(1)))
    except ValueError as exc:
        raise InputError(f"impossible date of issue {issued.group(0)!r}: {exc}") from exc
    province, label = _find_province(head, provinces)
    return Header(
        number=re.sub(r"\s+", "", number.group(1)),
        issued=day,
        province=province,
        province_label=label,
        period=_find_period(head, day),
    )


def report_from_header(header: Header, text: str, source: str) -> Report:
    """The report's metadata row, with a readable id: province, period and the number's serial."""
    serial = header.number.split("/")[0]
    return Report(
        report_id=f"{header.province}-{header.period}-{serial}",
        province=header.province,
        issuer=f"UBND {header.province_label}" if header.province_label.lower().startswith(("tỉnh", "thành phố"))
        else f"UBND tỉnh {header.province_label}",
        number=header.number,
        date=header.issued,
        period=header.period,
        title_en=f"Socio-economic report {header.number} ({header.period})",
        source=source,
        text_sha256=text_sha256(text),
        text_length=len(text),
    )
