"""Running the evaluation over the corpus and printing it: a table (text), or JSON."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from provkg.core.errors import InputError
from provkg.evaluate.corpus import load_manifest
from provkg.evaluate.score import ReportScore, score_report

COLUMNS = (
    ("recall", "recall"), ("precision", "precision"), ("indicator", "indic."), ("period", "period"),
    ("measure", "measure"), ("status", "status"), ("area", "area"), ("basis", "basis"), ("cumulative", "cumul."),
    ("unlinked", "unlinked"), ("project", "project"), ("without_concept", "no concept"),
)


def evaluate(role: str = "heldout", corpus_dir: Path | None = None, details: bool = False, validate: bool = True,
             progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Score every report of the role ('dev', 'heldout' or 'all' of both; fixtures, whose answer sheets were made
    from the extractor's output, are never scored); figure-level details only for dev."""
    reports = [r for r in load_manifest(corpus_dir) if r.role != "fixture" and role in ("all", r.role)]
    if not reports:
        raise InputError(f"no {role} reports in the corpus manifest")
    if details and any(r.role == "heldout" for r in reports):
        raise InputError("figure-level details are never shown for held-out reports: use --role dev")
    total = ReportScore("total", role)
    scores = []
    for number, report in enumerate(reports, 1):
        if progress:
            progress(f"[{number}/{len(reports)}] {report.id}")
        score = score_report(report, details=details, validate=validate)
        total.add(score)
        scores.append(score)
    # held-out reports are shown as totals only: never one by one, never figure by figure
    shown = [s.to_dict() for s in scores if s.role != "heldout"]
    hidden = sum(1 for s in scores if s.role == "heldout")
    summary = total.to_dict()
    if hidden:
        summary["refused"] = [r for r in summary["refused"] if r.split(":", 1)[0] not in
                              {s.id for s in scores if s.role == "heldout"}]
        summary["heldout_refused"] = sum(len(s.refused) for s in scores if s.role == "heldout")
    result: dict[str, Any] = {"role": role, "total": summary, "reports": shown, "heldout_reports": hidden}
    if details:
        result["details"] = {s.id: s.mismatches for s in scores}
    return result


def _cell(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}"


def _line(cells: list[str], widths: list[int]) -> str:
    """The first cell left-aligned, the numbers right-aligned."""
    return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=True)))


def to_text(result: dict[str, Any]) -> str:
    header = ["report", "gold", "found", *(label for _, label in COLUMNS), "signs", "plants", "caught",
              "false V", "other", "gaps", "caught*", "false V*", "other*"]
    rows = []
    for item in [*result["reports"], result["total"]]:
        rows.append([item["id"], str(item["gold"]), str(item["extracted"]),
                     *(_cell(item[key]) for key, _ in COLUMNS), str(item["sign_errors"]), str(item["plants"]),
                     str(item["plants_caught"]), str(item["false_violations"]), str(item["other_findings"]),
                     str(item["reference_gaps"]),
                     str(item["gold_plants_caught"]), str(item["gold_false_violations"]),
                     str(item["gold_other_findings"])])
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = [_line(row, widths) for row in [header, *rows]]
    lines.append("project: of the gold figures naming a project or programme, those found and linked to it; "
                 "no concept: gold figures measuring a quantity the indicator scheme has no concept for")
    lines.append("caught, false V, other: findings end to end from the text; gaps: findings about the reference "
                 "data (a unit the ontology lacks), not the report; caught*, false V*, other*: validation alone, on "
                 "the graph built from the gold sheet")
    if result.get("heldout_reports"):
        lines.append(f"({result['heldout_reports']} held-out reports in the total, shown as the total only; "
                     f"{result['total'].get('heldout_refused', 0)} of their steps refused)")
    for reason in result["total"]["refused"]:
        lines.append(f"refused: {reason}")
    for report_id, mismatches in result.get("details", {}).items():
        for m in mismatches:
            lines.append(f"{report_id}\t" + "\t".join(f"{k}={v}" for k, v in m.items()))
    return "\n".join(lines)


def to_json(result: dict[str, Any]) -> str:
    return json.dumps(result, ensure_ascii=False, indent=1)
