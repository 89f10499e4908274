"""The metadata of a report read from its header: document number, date, province and the period it covers.

The genre's header is regular: the issuing committee and its province, "Số: N/BC-UBND", "<place>, ngày D tháng M
năm Y", then "BÁO CÁO" and a title naming the period (read by provkg.extract.extractor.detect_report_period).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from provkg.core.errors import InputError
from provkg.core.model import Report
from provkg.core.text import text_sha256
from provkg.extract.extractor import detect_report_period

HEADER_CHARS = 2500  # the header and title fit well inside this; figures further down must not be read as metadata

_NUMBER = re.compile(r"Số\s*:?\s*(\d+\s*/\s*[\w\-]+)", re.IGNORECASE)
_DATE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)


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
