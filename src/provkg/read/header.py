"""The metadata of a report read from its header: document number, date, province and the period it covers.

The genre's header is regular: the issuing committee and its province, "Số: N/BC-UBND", "<place>, ngày D tháng M
năm Y", then "BÁO CÁO" and a title naming the period (read by detect_report_period).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from provkg.core.errors import InputError
from provkg.core.model import Report
from provkg.core.periods import ROMAN, SCHOOL_YEAR, WRITTEN_DATE, month_number, parse_period, school_year_code
from provkg.core.text import is_word_char, text_sha256
from provkg.read.segment import Segmentation, segment
from provkg.reference.areas import REORGANISATION_2025, ProvinceNames, name_key

HEADER_CHARS = 2500  # the header and title fit well inside this; figures further down must not be read as metadata

# The document number stands on a line of its own ("Số: 206/BC-UBND"), above the title; "Nghị quyết số 15/NQ-HĐND"
# in the text is a citation, not the report's number.
_NUMBER = re.compile(r"^[ \t]*(?:Số|SỐ)\s*:?\s*(\d+\s*/\s*[\w\-]+)", re.MULTILINE)


@dataclass(frozen=True)
class Header:
    number: str | None
    issued: date | None
    province: str
    province_label: str
    period: str
    issuer: str = ""
    warnings: tuple[str, ...] = ()


def _first_word(text: str, word: str) -> int:
    """Where ``word`` first stands in ``text`` as a whole word (not inside a longer one), or -1."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and is_word_char(text[at - 1])) and not (end < len(text) and is_word_char(text[end])):
            return at
        at = text.find(word, at + 1)
    return -1


Provinces = Mapping[str, str] | ProvinceNames  # local name -> label, or every name the reference data holds


def _names(provinces: Provinces) -> ProvinceNames:
    return provinces if isinstance(provinces, ProvinceNames) else ProvinceNames.of_labels(provinces)


def province_of(text: str, provinces: Provinces) -> str | None:
    """The local name of the province a report's header names (None when it names none): the one place where
    a report's province is read, for its header and for its figures."""
    head = text[:HEADER_CHARS]
    try:
        return _find_province(head, provinces, _date_written(head))[0]
    except InputError:
        return None


# The type words a province's name follows in a header ("TỈNH ...", "THÀNH PHỐ ...", "TP. ...", "TP.HUẾ").
_TYPE_PREFIXES = ("tỉnh ", "thành phố ", "tp. ", "tp.", "tp ")


@lru_cache(maxsize=64)
def _name_forms(names: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str, bool], ...]:
    """(name key, local name, bare) of every written form: each name without its type word (bare) and after each
    type word ("Huế", "TP. Huế", "thành phố Huế" from any one of them)."""
    forms: dict[tuple[str, str], bool] = {}
    for name, local in names:
        key = name_key(name)
        for prefix in _TYPE_PREFIXES:
            key = key.removeprefix(prefix)
        forms.setdefault((key, local), True)
        for prefix in _TYPE_PREFIXES:
            forms[(prefix + key, local)] = False
    return tuple((key, local, bare) for (key, local), bare in forms.items())


def _find_province(head: str, provinces: Provinces, on: date | None = None) -> tuple[str, str, bool]:
    """The province of the header: named with its type word ("tỉnh X", "thành phố X", "TP. X"; the first in the
    text wins, the longest name at one place), else the first bare name of a province (a news item's headline);
    every name of the province counts (an old or a new one, a short one). A text dated on or after 1 July 2025 that
    names a province merged then means the province that holds it now. The flag says the name was bare."""
    known = _names(provinces)
    folded = name_key(head)
    # a news item's headline names its province bare ("X: tăng trưởng ..."): a bare name on the first line counts
    # as much as a typed one, which may stand further down ("đứng sau TP. Y")
    headline = name_key(next((line for line in head.splitlines() if line.strip()), ""))
    best: dict[bool, tuple[int, int, str, bool]] = {}  # typed or not -> (start, -length, local name, bare)
    for key, local, bare in _name_forms(known.names):
        start = _first_word(folded, key)
        if start < 0:
            continue
        typed = not bare or _first_word(headline, key) == start
        # the earliest name, the longest at one place ("hà nam" is not "hà nam ninh")
        if typed not in best or (start, -len(key)) < best[typed][:2]:
            best[typed] = (start, -len(key), local, bare)
    found = best.get(True) or best.get(False)
    if found is None:
        raise InputError(f"no province named in the header (expected 'TỈNH <name>' in the first {HEADER_CHARS} "
                         "characters, with a name from ontology/areas.ttl)")
    local = found[2]
    if on is not None and on >= REORGANISATION_2025:
        local = known.after_2025.get(local, local)
    return local, known.labels.get(local, local), found[3]


# The issuing body as the first header lines name it: the committee, a department, the statistics office.
_ISSUER_LINE = re.compile(
    r"^\s*((?:ỦY|UỶ) BAN NHÂN DÂN|UBND|SỞ|CỤC THỐNG KÊ|THỐNG KÊ|BAN)\b[^\n]*$", re.IGNORECASE | re.MULTILINE
)
_SLASH_DATE = re.compile(r"ngày\s+(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})", re.IGNORECASE)
_BLANK_NUMBER = re.compile(r"Số\s*:?\s*(?:\.{2,}|…|_+)?\s*/\s*[A-ZĐ]", re.IGNORECASE)


def _date_written(head: str) -> date | None:
    """The date of issue the header writes, if any (no warning: for the province's name after 1 July 2025)."""
    return _issued(head, [])


def _issued(head: str, warnings: list[str]) -> date | None:
    match = WRITTEN_DATE.search(head) or _SLASH_DATE.search(head)
    if not match:
        warnings.append("no date of issue in the header ('ngày D tháng M năm YYYY')")
        return None
    try:
        return date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
    except ValueError:
        warnings.append(f"impossible date of issue {match.group(0)!r}: read without a date")
        return None


def _issuer(head: str, province_label: str) -> str:
    lines = [m.group(0).strip() for m in _ISSUER_LINE.finditer(head)]
    # "UBND TỈNH X" over "SỞ ..." means the department issues: the most specific line (the last of the block) wins
    committee = [line for line in lines if re.match(r"(?:ỦY|UỶ) BAN|UBND", line, re.IGNORECASE)]
    others = [line for line in lines if line not in committee]
    if others:
        return " ".join(others[-1].split())
    if committee or not lines:
        label = province_label if province_label.lower().startswith(("tỉnh", "thành phố")) \
            else f"tỉnh {province_label}"
        return f"UBND {label}"
    return lines[0]


def read_header(text: str, provinces: Provinces) -> Header:
    """Header fields of a normalised report text; ``provinces``: every Vietnamese name of each province
    (:func:`provkg.reference.areas.province_names`), or a map of local names to labels.

    A text without a document number (a draft, a statistics-office release, a news item), a date of issue or a
    "tỉnh X" is still read, with a warning; only a text naming no province and no period is refused."""
    mark = _TITLE_MARK.search(text, 0, HEADER_CHARS)
    head = text[:HEADER_CHARS]
    top = text[: mark.start()] if mark else head  # the number and the date stand above the title
    warnings: list[str] = []
    number_match = _NUMBER.search(top)
    number = re.sub(r"\s+", "", number_match.group(1)) if number_match else None
    if number is None:
        warnings.append("a draft with a blank document number" if _BLANK_NUMBER.search(head)
                        else "no document number in the header (a release, a news item or a draft): the report "
                             "id is made from province, period and a hash of the text")
    issued = _issued(top, warnings)
    province, label, bare = _find_province(head, provinces, issued or _date_written(head))
    if bare:
        warnings.append(f"province {label!r} taken from its bare name in the header (no 'tỉnh' or 'thành phố')")
    return Header(number=number, issued=issued, province=province, province_label=label,
                  period=detect_report_period(text), issuer=_issuer(head, label), warnings=tuple(warnings))


def report_from_header(header: Header, text: str, source: str) -> Report:
    """The report's metadata row, with a readable id: province, period and the number's serial (or, without a
    number, the first 8 hex digits of the text's hash)."""
    digest = text_sha256(text)
    serial = header.number.split("/")[0] if header.number else digest[:8]
    return Report(
        report_id=f"{header.province}-{parse_period(header.period).slug}-{serial}",
        province=header.province,
        issuer=header.issuer,
        number=header.number or "",
        date=header.issued,
        period=header.period,
        title_en=f"Socio-economic report {header.number or 'without number'} ({header.period})",
        source=source,
        text_sha256=digest,
        text_length=len(text),
    )


# The report period, from the title

# Lines that open a report's title; the title runs to the next blank line.
_TITLE_MARK = re.compile(r"^[ \t]*(?:BÁO CÁO|THÔNG CÁO BÁO CHÍ|THÔNG CÁO|BẢN TIN|TỜ TRÌNH)\b", re.MULTILINE)
# Where a title turns from the period reported to the tasks or plans of the next one.
_TASKS_CUE = re.compile(r"nhiệm vụ|phương hướng|giải pháp|(?:[;,]|\bvà)\s*(?:kế hoạch|mục tiêu)", re.IGNORECASE)
_MONTH = r"(?<!\w)(\d{1,2}|mười một|mười hai|mười|giêng|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|chạp)"
# A count of months in words: "tư" and "một" are ordinals ("đầu tư" is investment), never counts.
_COUNT = r"(?<!\w)(\d{1,2}|mười một|mười hai|mười|hai|ba|bốn|năm|sáu|bảy|tám|chín)"
_YEAR = r"(?:\s*(?:năm|/)?\s*((?:19|20)\d{2}))?"
# (pattern, kind) in masking order: a phrase found by an earlier pattern is not read again by a later one.
_PERIOD_PHRASES = (
    (SCHOOL_YEAR, "school"),
    (re.compile(rf"(?:6|06|sáu)\s+tháng\s+cuối\s+năm{_YEAR}", re.IGNORECASE), "H2"),
    (re.compile(rf"(?:3|03|ba)\s+tháng\s+cuối\s+năm{_YEAR}", re.IGNORECASE), "Q4"),
    (re.compile(rf"nửa\s+cuối\s+năm{_YEAR}", re.IGNORECASE), "H2"),
    (re.compile(rf"nửa\s+đầu\s+năm{_YEAR}", re.IGNORECASE), "H1"),
    (re.compile(rf"{_COUNT}\s+tháng(?:\s+đầu)?(?:\s+năm)?{_YEAR}", re.IGNORECASE), "months"),
    (re.compile(rf"quý\s+(IV|III|II|I|[1-4])(?!\w){_YEAR}", re.IGNORECASE), "Q"),
    (re.compile(rf"tháng\s+{_MONTH}(?!\w){_YEAR}", re.IGNORECASE), "M"),
    (re.compile(r"năm\s+((?:19|20)\d{2})", re.IGNORECASE), "Y"),
)
_ISSUE_DATE = re.compile(WRITTEN_DATE.pattern + r"|\d{1,2}/\d{1,2}/\d{4}", re.IGNORECASE)
_ANY_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def _title(text: str, seg: Segmentation) -> str:
    """The report's title: from the line that opens it ("BÁO CÁO", "THÔNG CÁO BÁO CHÍ") to the next blank line;
    without one (a news item), the first line of some length (the headline)."""
    first_body = next((s.start for s in seg.sections if s.path != "H"), len(text))
    region = text[: min(len(text), max(first_body + 400, 1500))]
    mark = _TITLE_MARK.search(region)
    if mark:
        end = re.search(r"\n[ \t]*\n", region[mark.end():])
        return region[mark.start(): mark.end() + (end.start() if end else 300)]
    # a news item's headline: the first line of some length naming a period (a portal's section label above it,
    # "KINH TẾ - XÃ HỘI", names none), else the first line of some length
    lines = [line for line in region.splitlines()
             if len(re.findall(r"\w+", line)) >= 5 and not _ISSUE_DATE.search(line)]
    return next((line for line in lines if periods_named(line)), lines[0] if lines else region)


def periods_named(title: str) -> list[tuple[int, int, str]]:
    """Period phrases of a title: (position, width in months, code), codes without a year written 'YYYY'."""
    found: list[tuple[int, int, str]] = []
    masked = title
    for pattern, kind in _PERIOD_PHRASES:
        for m in pattern.finditer(masked):
            year = next((g for g in reversed(m.groups()) if g and len(g) == 4 and g.isdigit()), "YYYY")
            if kind == "school":
                school = school_year_code(m.group(1), m.group(2))
                if school is None:
                    continue  # "năm học 2020-2019" is a typo, not a school year
                found.append((m.start(), 12, school))
            elif kind in ("H1", "H2", "Q4"):
                found.append((m.start(), 3 if kind == "Q4" else 6, f"{year}-{kind}"))
            elif kind == "months":
                months = month_number(m.group(1))
                if not 1 < months <= 12:
                    continue
                code = {3: "Q1", 6: "H1", 12: ""}.get(months, f"{months}M")
                found.append((m.start(), months, f"{year}-{code}" if code else year))
            elif kind == "Q":
                quarter = ROMAN.get(m.group(1).upper()) or int(m.group(1))
                found.append((m.start(), 3, f"{year}-Q{quarter}"))
            elif kind == "M":
                month = month_number(m.group(1))
                if 1 <= month <= 12:
                    found.append((m.start(), 1, f"{year}-{month:02d}"))
            else:
                found.append((m.start(), 12, year))
            masked = masked[: m.start()] + " " * (m.end() - m.start()) + masked[m.end():]
    return sorted(found)


def _year_issued(head: str, code: str) -> str | None:
    """The year of a period a title names without it, from the date of issue in the header: the year issued, or the
    one before when the period would begin after that date (a report on quý IV issued in January)."""
    issued = WRITTEN_DATE.search(head)
    if issued is None:
        return None
    try:
        day = date(int(issued.group(3)), int(issued.group(2)), int(issued.group(1)))
        begins = parse_period(code.replace("YYYY", str(day.year))).begin
    except ValueError:
        return None
    return str(day.year - 1 if begins > day else day.year)


def detect_report_period(text: str, seg: Segmentation | None = None) -> str:
    """The period a report covers, read from its title: of the periods the title names before it turns to the
    tasks of the next period, the widest ("quý IV và năm 2019" → 2019, "tháng 10 và 10 tháng năm 2020" →
    2020-10M, "tháng Ba và quý I" → Q1); a period without its year takes the next year the title writes.
    Raises InputError when neither the title nor the header names a period."""
    seg = seg or segment(text)
    first_body = next((s.start for s in seg.sections if s.path != "H"), len(text))
    region = " ".join(_ISSUE_DATE.sub(" ", text[: min(len(text), max(first_body + 400, 1500))]).split())
    title = " ".join(_ISSUE_DATE.sub(" ", _title(text, seg)).split())
    phrases = periods_named(title)
    if not phrases:  # no period in the title: the header around it
        title = region
        phrases = periods_named(title)
    if phrases:
        cue = next((m.start() for m in _TASKS_CUE.finditer(title) if m.start() > phrases[0][0]), len(title))
        reported = [p for p in phrases if p[0] < cue] or phrases[:1]
        position, _width, code = max(reported, key=lambda p: (p[1], -p[0]))
        if "YYYY" in code:
            # the next year the title writes, else the year of the date of issue (a department's "Kết quả thực hiện
            # nhiệm vụ 6 tháng đầu năm" issued in July 2024, not the year of a resolution it cites, "Nghị quyết số
            # 12/2023/NQ-HĐND"), else the first one of the header (a headline without its year)
            later = _ANY_YEAR.search(title, position) or _ANY_YEAR.search(title)
            year = later.group(1) if later else _year_issued(text[:first_body], code)
            if year is None:
                later = _ANY_YEAR.search(region)
                if later is None:
                    raise InputError("cannot tell the report period from its header: the title names no year")
                year = later.group(1)
            code = code.replace("YYYY", year)
        return code
    raise InputError("cannot tell the report period from its header: pass it explicitly")
