"""The in-memory model shared by extraction, fact sheets and the RDF mapping: reports, figures, statements, periods.

Field names follow the fact-sheet columns (docs/factsheet.md) one to one, so a CSV row, an extracted figure and
an observation in RDF are the same thing seen three ways.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

MEASURES = ("value", "change_pct", "change_abs", "change_pp", "plan_pct", "plan_value", "share_pct", "rank")
EFFECTS = ("negative", "positive")
STATEMENT_KINDS = ("limitation", "task", "causal")
CAUSE_TYPES = ("objective", "subjective")


@dataclass(frozen=True)
class Report:
    """One report: its metadata row in data/reports.csv."""

    report_id: str
    province: str
    issuer: str
    number: str
    date: date
    period: str
    title_en: str
    source: str
    text_sha256: str
    text_length: int


@dataclass
class Figure:
    """One figure stated in a report (one fact-sheet row)."""

    value: Decimal
    unit_text: str
    measure: str
    subject: str
    period: str
    estimate: bool
    section: str
    start: int
    end: int
    indicator: str | None = None
    area: str | None = None
    comparison_period: str | None = None
    parent: int | None = None
    project: str | None = None
    programme: str | None = None
    cause: str | None = None
    effect: str | None = None
    note: str = ""
    id: str = ""

    @property
    def decimals(self) -> int:
        """Number of decimals the value was stated with: the basis of rounding tolerances in validation."""
        exponent = self.value.as_tuple().exponent
        return max(0, -exponent) if isinstance(exponent, int) else 0


@dataclass
class Statement:
    """A non-numeric statement: a limitation, a task or a causal statement (statements sheet row)."""

    kind: str
    label_en: str
    section: str
    start: int
    end: int
    cause: str | None = None
    cause_type: str | None = None
    affects: list[str] = field(default_factory=list)
    effect: str | None = None
    sector: str | None = None


_PERIOD_FORMS = (
    (re.compile(r"^(\d{4})$"), "year"),
    (re.compile(r"^(\d{4})-H([12])$"), "half"),
    (re.compile(r"^(\d{4})-Q([1-4])$"), "quarter"),
    (re.compile(r"^(\d{4})-(\d{1,2})M$"), "months"),
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
        f"bad period {code!r}: expected YYYY, YYYY-H1/H2, YYYY-Q1..Q4, YYYY-9M, YYYY-MM, YYYY-MM-DD or YYYY/YYYY"
    )


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])
