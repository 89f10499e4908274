"""Periods: the one implementation of period codes (docs/factsheet.md) and their arithmetic.

A code names a year (2020), a half (2020-H1), a quarter (2020-Q3), the first N months (2020-9M), a month (2020-06),
a date (2020-06-30) or a span of years (2019/2020). Everything that reads, compares or steps periods uses this module.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
# Months and counts of months as words ("tháng Ba", "bảy tháng đầu năm").
MONTH_WORDS = {
    "giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
    "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12,
}


# The same words as regular-expression alternatives, longest first ("mười một" before "mười").
MONTH_WORD_PATTERN = "|".join(sorted(MONTH_WORDS, key=len, reverse=True))
# A quarter's number as the genre writes it: "quý IV", "quý 2".
QUARTER_NUMERAL = r"IV|I{1,3}|[1-4]"


def month_number(word: str) -> int:
    """A month or a count of months written in digits or in words."""
    return int(word) if word.isdigit() else MONTH_WORDS[word.lower()]


# A school year as the genre writes it: "năm học 2019-2020", "năm học 2019 – 2020", "năm học 2019/2020", "năm học
# 2019-20" (read by school_year_code).
SCHOOL_YEAR = re.compile(r"năm học\s+((?:19|20)\d{2})\s*[-–/]\s*((?:19|20)?\d{2})(?!\d)", re.IGNORECASE)


def school_year_code(first: str, second: str) -> str | None:
    """The code of a school year from its two years as written ("2019", "20" → 2019/2020), None when the second is
    not the year after the first (a slip: "năm học 2020-2019")."""
    last = int(second) if len(second) == 4 else int(first[:2] + second)
    return f"{first}/{last}" if last == int(first) + 1 else None


def is_school_year(code: str) -> bool:
    """Whether a period code is a school year: two consecutive years ("2023/2024"); a plan span ("2021/2025") or a
    slip ("2020/2020") is not one."""
    years = SPAN_CODE.fullmatch(code)
    return years is not None and school_year_code(years.group(1), years.group(2)) == code


SPAN_CODE = re.compile(r"(\d{4})/(\d{4})")  # any span of years: a season's, a school year's, a plan's


# A date as the genre writes it in full: "ngày 8 tháng 7 năm 2020" (day, month, year).
WRITTEN_DATE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)

_PERIOD_FORMS = (
    (re.compile(r"^(\d{4})$"), "year"),
    (re.compile(r"^(\d{4})-H([12])$"), "half"),
    (re.compile(r"^(\d{4})-Q([1-4])$"), "quarter"),
    # the first N months: 2M..11M, never 3M (that is Q1) or 6M (H1), so that one period has one code
    (re.compile(r"^(\d{4})-([2457-9]|1[01])M$"), "months"),
    (re.compile(r"^(\d{4})-(\d{2})-(\d{2})$"), "date"),
    (re.compile(r"^(\d{4})-(\d{2})$"), "month"),
    (re.compile(r"^(\d{4})/(\d{4})$"), "span"),
)


@dataclass(frozen=True)
class Period:
    """A period code of docs/factsheet.md resolved to its first and last day (equal for a date)."""

    code: str
    kind: str
    begin: date
    end: date

    @property
    def is_instant(self) -> bool:
        return self.kind == "date"

    @property
    def slug(self) -> str:
        """The code as an IRI path segment (a school year 2019/2020 becomes 2019-2020)."""
        return self.code.replace("/", "-")


@lru_cache(maxsize=4096)  # a Period is immutable; extraction resolves the same few codes for every figure
def parse_period(code: str) -> Period:
    """Resolve a period code; raise ValueError saying which forms are allowed."""
    for pattern, kind in _PERIOD_FORMS:
        match = pattern.match(code)
        if not match:
            continue
        year = int(match.group(1))
        try:
            if kind == "year":
                return Period(code, kind, date(year, 1, 1), date(year, 12, 31))
            if kind == "half":
                first = 1 if match.group(2) == "1" else 7
                return Period(code, kind, date(year, first, 1), _month_end(year, first + 5))
            if kind == "quarter":
                first = 3 * int(match.group(2)) - 2
                return Period(code, kind, date(year, first, 1), _month_end(year, first + 2))
            if kind == "months":
                months = int(match.group(2))
                if not 1 <= months <= 12:
                    break
                return Period(code, kind, date(year, 1, 1), _month_end(year, months))
            if kind == "date":
                day = date(year, int(match.group(2)), int(match.group(3)))
                return Period(code, kind, day, day)
            if kind == "month":
                month = int(match.group(2))
                return Period(code, kind, date(year, month, 1), _month_end(year, month))
            last = int(match.group(2))
            if last <= year:
                break
            # A school year or plan period: the span of its calendar years.
            return Period(code, kind, date(year, 1, 1), date(last, 12, 31))
        except ValueError:
            break
    raise ValueError(
        f"bad period {code!r}: expected YYYY, YYYY-H1/H2, YYYY-Q1..Q4, YYYY-NM (the first N months, N 2-11 but not 3 "
        "or 6), YYYY-MM, YYYY-MM-DD or YYYY/YYYY"
    )


def first_months(year: int, months: int) -> str:
    """The code of the first ``months`` months of a year: 2020-Q1, 2020-H1, 2020-9M, 2020 (all twelve)."""
    if not 1 <= months <= 12:
        raise ValueError(f"bad count of months: {months}")
    return {1: f"{year}-01", 3: f"{year}-Q1", 6: f"{year}-H1", 12: str(year)}.get(months, f"{year}-{months}M")


def year_to_date(code: str) -> str:
    """The period of a flow run up from 1 January to the day ``code`` (docs/annotation-guide.md 3.4, year-to-date
    flows): the first months of the year when the day closes one of its months from February on (30/6 → 2020-H1,
    30/9 → 2020-9M, 30/11 → 2020-11M, 31/12 → 2020), else the day itself (20/6, or 31/01 — that one is a year's
    plan drawn after its year, not one month's flow)."""
    period = parse_period(code)
    day = period.end
    if period.kind != "date" or day != _month_end(day.year, day.month) or day.month < 2:
        return code
    return first_months(day.year, day.month)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def previous_year(code: str) -> str:
    """The same period one year earlier (2020-H1 → 2019-H1, 2019/2020 → 2018/2019)."""
    if "/" in code:
        a, b = code.split("/")
        return f"{int(a) - 1}/{int(b) - 1}"
    return with_year(code, int(code[:4]) - 1)


def with_year(code: str, year: int) -> str:
    """The same period in another year (2024-H1 → 2022-H1); a day that year lacks falls back to the month's last
    (2024-02-29 → 2023-02-28). A school year is kept."""
    if "/" in code:
        return code
    day = re.fullmatch(r"\d{4}-(\d{2})-(\d{2})", code)
    if day:
        month = int(day.group(1))
        return date(year, month, min(int(day.group(2)), calendar.monthrange(year, month)[1])).isoformat()
    return str(year) + code[4:]


def step_back(code: str) -> str:
    """The period just before a quarter or month ("so với quý trước")."""
    quarter = re.fullmatch(r"(\d{4})-Q([1-4])", code)
    if quarter:
        year, q = int(quarter.group(1)), int(quarter.group(2))
        return f"{year - 1}-Q4" if q == 1 else f"{year}-Q{q - 1}"
    month = re.fullmatch(r"(\d{4})-(\d{2})", code)
    if month:
        year, m = int(month.group(1)), int(month.group(2))
        return f"{year - 1}-12" if m == 1 else f"{year}-{m - 1:02d}"
    return previous_year(code)


def span_before(code: str, months: int) -> str | None:
    """The code of the ``months`` months just before a period begins ("so với 6 tháng trước" of 2020-H1 is 2019-H2,
    "so với 3 tháng liền trước" of 2020-Q3 is 2020-Q2), or None when no code names those months (the nine before a
    2020-9M: April to December of 2019)."""
    if not 1 <= months <= 12:
        raise ValueError(f"bad count of months: {months}")
    begin = parse_period(code).begin
    last_year, last_month = (begin.year, begin.month - 1) if begin.month > 1 else (begin.year - 1, 12)
    first_month = last_month - months + 1
    if first_month < 1:
        return str(last_year) if months == 12 and last_month == 12 else None
    if months == 1:
        return f"{last_year}-{last_month:02d}"
    if months == 6 and first_month in (1, 7):
        return f"{last_year}-H{1 if first_month == 1 else 2}"
    if months == 3 and first_month % 3 == 1:
        return f"{last_year}-Q{(first_month + 2) // 3}"
    return first_months(last_year, months) if first_month == 1 else None


def last_months(year: int, months: int) -> str | None:
    """The code of the last ``months`` months of a year ("6 tháng cuối năm" is 2020-H2, "3 tháng cuối năm" 2020-Q4),
    or None when none names them."""
    return {6: f"{year}-H2", 3: f"{year}-Q4", 1: f"{year}-12", 12: str(year)}.get(months)


def rest_of(code: str) -> str:
    """What the tasks part of a report plans for: the rest of the year, or the next year (the next school year)."""
    year = code[:4]
    span = re.fullmatch(r"(\d{4})/(\d{4})", code)
    if span:
        return f"{int(span.group(1)) + 1}/{int(span.group(2)) + 1}"
    if code.endswith("-H1"):
        return f"{year}-H2"
    if code.endswith("-9M"):
        return f"{year}-Q4"
    quarter = re.fullmatch(r"\d{4}-Q([1-3])", code)
    if quarter:
        return f"{year}-Q{int(quarter.group(1)) + 1}"
    if len(code) == 4 or code.endswith(("-H2", "-Q4", "-12")):
        return str(int(year) + 1)
    return year


def planned_period(code: str) -> str:
    """The period a target of a report's tasks part is for: a yearly report's targets are the next year's, a school
    year's the next school year's, a quarter's the next quarter's; a report of part of a year sets targets for the
    whole year."""
    if len(code) == 4 or re.fullmatch(r"\d{4}/\d{4}|\d{4}-Q[1-3]", code):
        return rest_of(code)
    return code[:4]


_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")
_QUARTERS_VI = ("I", "II", "III", "IV")


def period_label(code: str, lang: str) -> str:
    """The period in words, in English ('en') or Vietnamese ('vi'): 'first half of 2020', '6 tháng đầu năm 2020'."""
    period = parse_period(code)
    year, begin, vi = period.begin.year, period.begin, lang == "vi"
    if period.kind == "year":
        return f"năm {year}" if vi else str(year)
    if period.kind == "half":
        first = begin.month == 1
        if vi:
            return f"6 tháng {'đầu' if first else 'cuối'} năm {year}"
        return f"{'first' if first else 'second'} half of {year}"
    if period.kind == "quarter":
        quarter = (begin.month - 1) // 3
        return f"quý {_QUARTERS_VI[quarter]} năm {year}" if vi else f"Q{quarter + 1} {year}"
    if period.kind == "months":
        months = period.end.month
        return f"{months} tháng đầu năm {year}" if vi else f"first {months} months of {year}"
    if period.kind == "month":
        return f"tháng {begin.month} năm {year}" if vi else f"{_MONTHS_EN[begin.month - 1]} {year}"
    if period.kind == "date":
        return f"ngày {begin.day}/{begin.month}/{year}" if vi else f"{begin.day} {_MONTHS_EN[begin.month - 1]} {year}"
    return f"giai đoạn {year}-{period.end.year}" if vi else f"{year}–{period.end.year}"
