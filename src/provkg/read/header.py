"""The metadata of a report read from its header: document number, date, province and the period it covers.

The genre's header is regular: the issuing committee and its province, "Số: N/BC-UBND", "<place>, ngày D tháng M
năm Y", then "BÁO CÁO" and a title naming the period (read by detect_report_period).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from provkg.core.errors import InputError
from provkg.core.model import Report
from provkg.core.periods import ROMAN, WRITTEN_DATE
from provkg.core.text import text_sha256
from provkg.read.segment import Segmentation, segment

HEADER_CHARS = 2500  # the header and title fit well inside this; figures further down must not be read as metadata

_NUMBER = re.compile(r"Số\s*:?\s*(\d+\s*/\s*[\w\-]+)", re.IGNORECASE)


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


def read_header(text: str, provinces: Mapping[str, str]) -> Header:
    """Header fields of a normalised report text; ``provinces`` maps local names to Vietnamese labels."""
    head = text[:HEADER_CHARS]
    number = _NUMBER.search(head)
    issued = WRITTEN_DATE.search(head)
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
        period=detect_report_period(text),
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


# The report period, from the title

_HEADER_PERIODS = (
    (re.compile(r"(?:6|06|sáu)\s+tháng(?:\s+đầu)?\s+năm(?:\s+(\d{4}))?", re.IGNORECASE), "H1"),
    (re.compile(r"(?:9|chín)\s+tháng(?:\s+đầu)?\s+năm(?:\s+(\d{4}))?", re.IGNORECASE), "9M"),
    (re.compile(r"quý\s+(IV|I{1,3}|[1-4])\b(?:\s+năm)?(?:\s+(\d{4}))?", re.IGNORECASE), "Q"),
    (re.compile(r"(?:6|sáu)\s+tháng\s+cuối\s+năm(?:\s+(\d{4}))?", re.IGNORECASE), "H2"),
    (re.compile(r"tháng\s+(\d{1,2})(?:\s+năm|\s*/)\s*(\d{4})", re.IGNORECASE), "M"),
    (re.compile(r"năm\s+(\d{4})", re.IGNORECASE), "Y"),
)
_ISSUE_DATE = re.compile(WRITTEN_DATE.pattern + r"|\d{1,2}/\d{1,2}/\d{4}", re.IGNORECASE)


def detect_report_period(text: str, seg: Segmentation | None = None) -> str:
    """The period a report covers, from its title ("6 tháng đầu năm 2020" → 2020-H1, "9 tháng" → 2020-9M, a
    yearly report → 2020). The first kind found in the order H1, 9M, quarter, H2, month, year wins: a mid-year
    report's title also names the tasks of the rest of the year. Raises InputError when the header says nothing
    usable."""
    seg = seg or segment(text)
    first_body = next((s.start for s in seg.sections if s.path != "H"), len(text))
    header = " ".join(text[: min(len(text), max(first_body + 400, 1500))].split())
    header = _ISSUE_DATE.sub(" ", header)
    years = [int(y) for y in re.findall(r"(?<!\d)(20\d{2}|19\d{2})(?!\d)", header)]
    fallback_year = max(set(years), key=years.count) if years else None
    for pattern, kind in _HEADER_PERIODS:
        match = pattern.search(header)
        if not match:
            continue
        groups = [g for g in match.groups() if g]
        year_text = next((g for g in reversed(groups) if len(g) == 4), None)
        if not year_text:
            after = re.search(r"(?<!\d)(20\d{2}|19\d{2})(?!\d)", header[match.end():])
            year_text = after.group(1) if after else (str(fallback_year) if fallback_year else None)
        if not year_text:
            continue
        if kind in ("H1", "H2", "9M"):
            return f"{year_text}-{kind}"
        if kind == "Q":
            quarter = ROMAN.get(match.group(1).upper()) or int(match.group(1))
            return f"{year_text}-Q{quarter}"
        if kind == "M":
            return f"{year_text}-{int(match.group(1)):02d}"
        return year_text
    if fallback_year:
        return str(fallback_year)
    raise InputError("cannot tell the report period from its header: pass it explicitly")
