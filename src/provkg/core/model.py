"""The in-memory model shared by extraction, fact sheets and the RDF mapping: reports, figures, statements, periods.

Field names follow the fact-sheet columns (docs/factsheet.md) one to one, so a CSV row, an extracted figure and
an observation in RDF are the same thing seen three ways.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from provkg.core.periods import Period, parse_period

__all__ = ["Figure", "Period", "Report", "Statement", "parse_period"]

MEASURES = (
    "value", "change_pct", "change_abs", "change_pp", "contribution_pp", "plan_pct", "plan_value", "share_pct", "rank",
)
STATUSES = ("actual", "estimate", "target", "forecast")
BASES = ("constant-2010", "current")
BREAKDOWNS = ("complete", "partial")
EFFECTS = ("negative", "positive")
STATEMENT_KINDS = ("limitation", "task", "causal")
CAUSE_TYPES = ("objective", "subjective")


@dataclass(frozen=True)
class Report:
    """One report: its metadata row in data/reports.csv."""

    report_id: str
    province: str
    issuer: str
    number: str  # empty for a text without a document number (a release, a news item)
    date: date | None  # None when the text states no date of issue
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
    status: str = ""  # empty: derived from the estimate flag
    value_max: Decimal | None = None
    basis: str | None = None
    cumulative: bool = False
    breakdown: str | None = None  # for a part (parent set): complete or partial; None is read as partial

    def __post_init__(self) -> None:
        # The estimate flag of the first contract and the status agree: an estimate or a forecast is "estimated".
        if not self.status:
            self.status = "estimate" if self.estimate else "actual"
        self.estimate = self.status in ("estimate", "forecast")

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
