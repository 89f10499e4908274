"""Shared helpers of the corpus tools: the normalised text, the gold columns and number reading.

These tools are for annotators and reviewers; they do not import provkg, so annotators never need its code.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1]

GOLD_COLUMNS = [
    "start", "end", "value", "value_max", "unit_text", "measure", "status", "indicator", "proposed_indicator",
    "subject", "area", "period", "comparison_period", "basis", "cumulative", "project", "parent", "breakdown", "note",
]
MEASURES = {"value", "change_pct", "change_abs", "change_pp", "contribution_pp", "plan_pct", "plan_value",
            "share_pct", "rank"}
STATUSES = {"actual", "estimate", "target", "forecast"}
BASES = {"", "constant-2010", "current"}
PLANT_COLUMNS = ["kind", "start", "end", "original", "planted", "expected_finding"]
PLANT_KINDS = {"breakdown-sum", "shares-sum", "ratio", "change-levels", "integer-change", "same-quantity-twice",
               "wrong-year", "notation"}
PERIOD = re.compile(
    r"^(\d{4})(-(H[12]|Q[1-4]|([2-9]|1[01])M|0[1-9]|1[0-2]|(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])))?$"
    r"|^\d{4}/\d{4}$"
)
NUMBER = re.compile(r"\d[\d.,]*\d|\d")


def normalise(raw: str) -> str:
    """The text offsets count in: NFC, every CRLF and CR turned into LF."""
    return unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))


def text_of(report_id: str) -> str:
    return normalise((CORPUS / "texts" / f"{report_id}.txt").read_text(encoding="utf-8"))


def read_rows(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def number_at(text: str, start: int) -> float | None:
    """The number written at `start` in Vietnamese notation ('.' thousands, ',' decimals), or None."""
    match = NUMBER.match(text, start)
    if not match:
        return None
    token = match.group(0).rstrip(".,")
    if "," in token:
        token = token.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", token):
        token = token.replace(".", "")
    try:
        return float(token)
    except ValueError:
        return None
