"""Reading and writing fact sheets (docs/factsheet.md): CSV rows in, checked model objects out.

Every problem is reported with the file, the line and the column, and all problems of a file are reported at once
so a curator can fix a sheet in one pass. Nothing is returned from a sheet with errors.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, TextIO

from provkg.core.errors import InputError
from provkg.core.model import (
    BASES,
    BREAKDOWNS,
    CAUSE_TYPES,
    EFFECTS,
    MEASURES,
    STATEMENT_KINDS,
    STATUSES,
    Figure,
    Report,
    Statement,
    parse_period,
)
from provkg.core.namespaces import AREA, CAUSE, INDICATOR, PROJECT, SECTOR
from provkg.core.schema import figure_columns, required_columns
from provkg.reference.loader import KnownIds
from provkg.reference.projects import is_provisional

# The columns and which of them are mandatory come from the figure model (ontology/figure-model.toml).
FIGURE_COLUMNS = figure_columns()
FIGURE_REQUIRED = required_columns()
STATEMENT_COLUMNS = (
    "kind", "label_en", "section", "start", "end", "cause", "cause_type", "affects", "effect", "sector",
)
REPORT_COLUMNS = (
    "report_id", "province", "issuer", "number", "date", "period", "title_en", "source", "text_sha256",
    "text_length",
)
MAX_LISTED_ERRORS = 25


class _Problems:
    """Collects row-level problems of one file and raises them together."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.messages: list[str] = []

    def add(self, line: int, column: str | None, message: str) -> None:
        where = f"{self.path}:{line}" + (f" column {column!r}" if column else "")
        self.messages.append(f"{where}: {message}")

    def raise_if_any(self) -> None:
        if not self.messages:
            return
        shown = self.messages[:MAX_LISTED_ERRORS]
        more = len(self.messages) - len(shown)
        text = "\n".join(shown) + (f"\n... and {more} more problems" if more else "")
        raise InputError(f"{len(self.messages)} problem(s) in fact sheet data:\n{text}")


def _read_rows(path: Path, columns: Sequence[str], required: Sequence[str]) -> list[tuple[int, dict[str, str]]]:
    """Rows of a CSV file with their line numbers, after checking the header against the known columns."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror}", str(path)) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 (byte {exc.start}): save the sheet as CSV UTF-8", str(path)) from exc
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = reader.fieldnames
    if not header:
        raise InputError("empty file: expected a header line with the fact-sheet columns", str(path))
    unknown = [name for name in header if name not in columns]
    if unknown:
        raise InputError(f"unknown column(s) {unknown} in the header; allowed: {', '.join(columns)}", f"{path}:1")
    missing = [name for name in required if name not in header]
    if missing:
        raise InputError(f"missing required column(s) {missing} in the header", f"{path}:1")
    rows = []
    for row in reader:
        if None in row:  # more cells than header columns
            raise InputError(
                f"{len(header) + len(row[None])} cells but the header has {len(header)} columns",
                f"{path}:{reader.line_num}",
            )
        rows.append((reader.line_num, {key: (value or "").strip() for key, value in row.items()}))
    return rows


def _parse_cell(problems: _Problems, line: int, column: str, raw: str, parse: Callable[[str], Any]) -> Any:
    try:
        return parse(raw)
    except (ValueError, InvalidOperation) as exc:
        problems.add(line, column, str(exc) or f"cannot parse {raw!r}")
        return None


_PLAIN_DECIMAL = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


def _decimal(raw: str) -> Decimal:
    # Plain digits only: Decimal() alone would take '1e999', 'NaN', 'Infinity' and '1_000'.
    if not _PLAIN_DECIMAL.fullmatch(raw):
        raise ValueError(
            f"expected a number with '.' as decimal mark, no exponent and no thousands separator, got {raw[:40]!r}"
        )
    value = Decimal(raw)
    if not math.isfinite(float(value)):
        raise ValueError(f"expected a finite number, got one of {len(raw)} characters (beyond a double's range)")
    return value


def _offset(raw: str) -> int:
    if not raw.isdigit():
        raise ValueError(f"expected a character offset (a whole number >= 0), got {raw!r}")
    return int(raw)


def _bool(raw: str) -> bool:
    if raw.lower() in ("true", "1", "yes"):
        return True
    if raw.lower() in ("false", "0", "no"):
        return False
    raise ValueError(f"expected true or false, got {raw!r}")


def _choice(choices: Sequence[str]) -> Callable[[str], str]:
    def parse(raw: str) -> str:
        if raw not in choices:
            raise ValueError(f"expected one of {', '.join(choices)}, got {raw!r}")
        return raw

    return parse


def _period(raw: str) -> str:
    return parse_period(raw).code


def read_factsheet(path: Path, known: KnownIds | None = None, text_length: int | None = None) -> list[Figure]:
    """Read and check a figures sheet; raise InputError listing every problem with its line and column."""
    problems = _Problems(path)
    figures: list[Figure] = []
    figure_lines: list[int] = []
    lines_by_start: dict[int, int] = {}
    rows = _read_rows(path, FIGURE_COLUMNS, FIGURE_REQUIRED)
    if not rows:
        raise InputError("the sheet has a header but no figures: a fact sheet lists at least one figure", str(path))
    for line, row in rows:
        def cell(column: str, parse: Callable[[str], Any], optional: bool = False, row=row, line=line) -> Any:
            raw = row.get(column, "")
            if not raw:
                if not optional:
                    problems.add(line, column, "empty: a value is required")
                return None
            return _parse_cell(problems, line, column, raw, parse)

        value = cell("value", _decimal)
        measure = cell("measure", _choice(MEASURES))
        start = cell("start", _offset)
        end = cell("end", _offset)
        if start is not None and end is not None:
            if end <= start:
                problems.add(line, "end", f"end {end} must be greater than start {start}")
            if text_length is not None and end > text_length:
                problems.add(line, "end", f"offset {end} is past the end of the report text ({text_length} chars)")
            if start in lines_by_start:
                problems.add(line, "start", f"two figures at offset {start} (also line {lines_by_start[start]})")
            lines_by_start.setdefault(start, line)
        if not row.get("subject"):
            problems.add(line, "subject", "empty: name what is measured")
        if not row.get("section"):
            problems.add(line, "section", "empty: give the section path, e.g. P1/A/I/1/a")
        references = {
            "indicator": INDICATOR, "area": AREA, "project": PROJECT, "programme": PROJECT, "cause": CAUSE,
        }
        for column, namespace in references.items():
            local = row.get(column)
            if local and known is not None and not known.has(namespace, local) and not (
                    namespace == PROJECT and is_provisional(local, known)):
                problems.add(line, column, f"unknown {column} {local!r}: not defined in ontology/")
        figure_lines.append(line)
        figures.append(
            Figure(
                value=value if value is not None else Decimal(0),
                unit_text=" ".join(row.get("unit_text", "").split()),
                measure=measure or "value",
                subject=row.get("subject", ""),
                period=cell("period", _period) or "",
                estimate=bool(cell("estimate", _bool)),
                section=row.get("section", ""),
                start=start if start is not None else -1,
                end=end if end is not None else -1,
                indicator=row.get("indicator") or None,
                area=row.get("area") or None,
                comparison_period=cell("comparison_period", _period, optional=True),
                parent=cell("parent", _offset, optional=True),
                project=row.get("project") or None,
                programme=row.get("programme") or None,
                cause=row.get("cause") or None,
                effect=cell("effect", _choice(EFFECTS), optional=True),
                note=row.get("note", ""),
                id=row.get("id", ""),
                status=cell("status", _choice(STATUSES), optional=True) or "",
                value_max=cell("value_max", _decimal, optional=True),
                basis=cell("basis", _choice(BASES), optional=True),
                cumulative=bool(cell("cumulative", _bool, optional=True)),
                breakdown=cell("breakdown", _choice(BREAKDOWNS), optional=True),
            )
        )
        if row.get("cause") and not row.get("effect"):
            problems.add(line, "effect", "a cause needs its effect: negative or positive")
    for line, figure in zip(figure_lines, figures, strict=True):
        if figure.parent is not None and figure.parent not in lines_by_start:
            problems.add(line, "parent", f"no figure starts at offset {figure.parent}")
    problems.raise_if_any()
    return figures


def _affects_target(known: KnownIds | None) -> Callable[[str], list[str]]:
    namespaces = {"indicator": INDICATOR, "sector": SECTOR, "project": PROJECT, "programme": PROJECT}

    def parse(raw: str) -> list[str]:
        targets = [part.strip() for part in raw.split(";") if part.strip()]
        for target in targets:
            kind, _, local = target.partition(":")
            if kind == "obs" and local.isdigit():
                continue
            if kind not in namespaces or not local:
                raise ValueError(
                    f"bad target {target!r}: expected obs:<start>, indicator:, sector:, project: or programme:"
                )
            if known is not None and not known.has(namespaces[kind], local):
                raise ValueError(f"unknown {kind} {local!r}: not defined in ontology/")
        return targets

    return parse


def read_statements(path: Path, known: KnownIds | None = None) -> list[Statement]:
    """Read and check a statements sheet (limitations, tasks, causal statements)."""
    problems = _Problems(path)
    statements = []
    for line, row in _read_rows(path, STATEMENT_COLUMNS, ("kind", "label_en", "section", "start", "end")):
        parsed = {
            "kind": _parse_cell(problems, line, "kind", row["kind"], _choice(STATEMENT_KINDS)),
            "start": _parse_cell(problems, line, "start", row["start"], _offset),
            "end": _parse_cell(problems, line, "end", row["end"], _offset),
        }
        cause_type = row.get("cause_type") or None
        if cause_type:
            _parse_cell(problems, line, "cause_type", cause_type, _choice(CAUSE_TYPES))
        effect = row.get("effect") or None
        if effect:
            _parse_cell(problems, line, "effect", effect, _choice(EFFECTS))
        affects = _parse_cell(problems, line, "affects", row.get("affects", ""), _affects_target(known)) or []
        cause, sector = row.get("cause") or None, (row.get("sector") or "").removeprefix("sector:") or None
        if cause and known is not None and not known.has(CAUSE, cause):
            problems.add(line, "cause", f"unknown cause {cause!r}: not defined in ontology/")
        if sector and known is not None and not known.has(SECTOR, sector):
            problems.add(line, "sector", f"unknown sector {sector!r}: not defined in ontology/")
        if not row["label_en"]:
            problems.add(line, "label_en", "empty: write a short English paraphrase")
        statements.append(
            Statement(
                kind=parsed["kind"] or "", label_en=row["label_en"], section=row["section"],
                start=parsed["start"] or 0, end=parsed["end"] or 0, cause=cause, cause_type=cause_type,
                affects=affects, effect=effect, sector=sector,
            )
        )
    problems.raise_if_any()
    return statements


def read_reports(path: Path) -> list[Report]:
    """Read data/reports.csv."""
    problems = _Problems(path)
    reports = []
    for line, row in _read_rows(path, REPORT_COLUMNS, REPORT_COLUMNS):
        issued = _parse_cell(problems, line, "date", row["date"], date.fromisoformat)
        period = _parse_cell(problems, line, "period", row["period"], _period)
        length = _parse_cell(problems, line, "text_length", row["text_length"], _offset)
        if len(row["text_sha256"]) != 64:
            problems.add(line, "text_sha256", "expected the 64 hex digits of the normalised text's SHA-256")
        reports.append(
            Report(
                report_id=row["report_id"], province=row["province"], issuer=row["issuer"], number=row["number"],
                date=issued or date.min, period=period or "", title_en=row["title_en"], source=row["source"],
                text_sha256=row["text_sha256"], text_length=length or 0,
            )
        )
    problems.raise_if_any()
    return reports


def figure_row(figure: Figure) -> dict[str, str]:
    """A figure as fact-sheet cells (the inverse of reading)."""
    def text(value: object) -> str:
        return "" if value is None else str(value)

    return {
        "id": figure.id, "value": format(figure.value, "f"), "unit_text": figure.unit_text, "measure": figure.measure,
        "indicator": text(figure.indicator), "subject": figure.subject, "area": text(figure.area),
        "period": figure.period, "comparison_period": text(figure.comparison_period),
        "estimate": "true" if figure.estimate else "false", "section": figure.section, "start": str(figure.start),
        "end": str(figure.end), "parent": text(figure.parent), "project": text(figure.project),
        "programme": text(figure.programme), "cause": text(figure.cause), "effect": text(figure.effect),
        "note": figure.note, "status": figure.status,
        "value_max": "" if figure.value_max is None else format(figure.value_max, "f"), "basis": text(figure.basis),
        "cumulative": "true" if figure.cumulative else "false", "breakdown": text(figure.breakdown),
    }


def write_factsheet(figures: Iterable[Figure], out: TextIO) -> None:
    """Write figures as a fact sheet CSV."""
    writer = csv.DictWriter(out, fieldnames=FIGURE_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for figure in figures:
        writer.writerow(figure_row(figure))


def figure_json(figure: Figure) -> dict[str, object]:
    """A figure as a JSON object (the `extract --format jsonl` contract): numbers as numbers, the indicator as
    its full IRI or null, empty cells as null."""
    row: dict[str, object] = {key: value or None for key, value in figure_row(figure).items()}
    row["value"] = int(figure.value) if figure.value == figure.value.to_integral() else float(figure.value)
    row["indicator"] = INDICATOR + figure.indicator if figure.indicator else None
    row["estimate"] = figure.estimate
    row["cumulative"] = figure.cumulative
    if figure.value_max is not None:
        vmax = figure.value_max
        row["value_max"] = int(vmax) if vmax == vmax.to_integral() else float(vmax)
    row["start"], row["end"], row["parent"] = figure.start, figure.end, figure.parent
    row["unit_text"], row["note"] = figure.unit_text, figure.note
    return row


def write_jsonl(figures: Iterable[Figure], out: TextIO) -> None:
    """Write figures as JSON Lines, one figure a line."""
    for figure in figures:
        out.write(json.dumps(figure_json(figure), ensure_ascii=False) + "\n")
