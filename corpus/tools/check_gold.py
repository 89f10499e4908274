"""Check a gold sheet (and its plants) against its text and docs/annotation-guide.md.

    python corpus/tools/check_gold.py <report-id> [--second] [--show]

Prints one line per problem and exits 1 when there is any; `--show` prints every row with the text it points at.
`--second` checks the second annotator's sheet (corpus/agreement/<id>.second.csv) instead.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from common import (
    BASES,
    CORPUS,
    GOLD_COLUMNS,
    MEASURES,
    PERIOD,
    PLANT_COLUMNS,
    PLANT_KINDS,
    STATUSES,
    number_at,
    read_rows,
    text_of,
)


def indicator_ids() -> set[str]:
    with open(CORPUS / "indicator-labels.tsv", encoding="utf-8") as handle:
        return {row["indicator"] for row in csv.DictReader(handle, delimiter="\t")}


def check_rows(text: str, rows: list[dict[str, str]], columns: list[str], show: bool) -> list[str]:
    problems = []
    missing = [c for c in GOLD_COLUMNS if c not in columns]
    extra = [c for c in columns if c not in GOLD_COLUMNS]
    if missing or extra:
        problems.append(f"header: missing {missing}, unknown {extra}")
        return problems
    known = indicator_ids()
    starts: set[int] = set()
    for line, row in enumerate(rows, start=2):
        def bad(message: str, line: int = line) -> None:
            problems.append(f"line {line}: {message}")

        try:
            start, end = int(row["start"]), int(row["end"])
            value = float(row["value"])
        except ValueError:
            bad("start, end and value must be numbers")
            continue
        if not 0 <= start < end <= len(text):
            bad(f"offsets {start}-{end} outside the text")
            continue
        if start in starts:
            bad(f"two rows start at {start}")
        starts.add(start)
        written = number_at(text, start)
        if show:
            print(f"{line}\t{start}-{end}\t{text[start:end]!r}\t{row['value']}\t{row['measure']}\t{row['status']}"
                  f"\t{row['indicator'] or '(' + row['proposed_indicator'] + ')'}\t{row['period']}")
        if written is None:
            bad(f"no number at {start}: {text[start:start + 20]!r}")
        elif abs(abs(value) - written) > 1e-9 and not row["note"].strip():
            bad(f"value {row['value']} but the text writes {text[start:end]!r} (explain in note if meant)")
        if row["measure"] not in MEASURES:
            bad(f"measure {row['measure']!r} is not one of {sorted(MEASURES)}")
        if row["status"] not in STATUSES:
            bad(f"status {row['status']!r} is not one of {sorted(STATUSES)}")
        if row["basis"] not in BASES:
            bad(f"basis {row['basis']!r} is not one of {sorted(BASES)}")
        if row["cumulative"] not in ("true", "false"):
            bad("cumulative must be true or false")
        if row["indicator"] and row["indicator"] not in known:
            bad(f"indicator {row['indicator']!r} is not in corpus/indicator-labels.tsv")
        if not row["indicator"] and not row["proposed_indicator"].strip():
            bad("empty indicator needs proposed_indicator (or 'none')")
        if not row["subject"].strip():
            bad("subject is empty")
        if not PERIOD.match(row["period"]):
            bad(f"period {row['period']!r} is not of the guide's forms")
        if row["comparison_period"] and not PERIOD.match(row["comparison_period"]):
            bad(f"comparison_period {row['comparison_period']!r} is not of the guide's forms")
        if row["measure"] in {"change_pct", "change_abs", "change_pp", "contribution_pp", "plan_pct"} \
                and not row["comparison_period"]:
            bad(f"{row['measure']} needs comparison_period")
        if row["measure"] in {"value", "share_pct", "rank", "plan_value", "plan_pct"} and value < 0:
            bad(f"{row['measure']} is never negative")
        if row["measure"] == "plan_value" and row["status"] != "target":
            bad("plan_value has status target")
        if row["value_max"]:
            try:
                float(row["value_max"])
            except ValueError:
                bad("value_max must be a number")
        if row["parent"]:
            if row["breakdown"] not in ("complete", "partial"):
                bad("a row with parent needs breakdown complete or partial")
        elif row["breakdown"]:
            bad("breakdown without parent")
    all_starts = {int(r["start"]) for r in rows if r["start"].isdigit()}
    for line, row in enumerate(rows, start=2):
        if row["parent"] and (not row["parent"].isdigit() or int(row["parent"]) not in all_starts):
            problems.append(f"line {line}: parent {row['parent']!r} is not the start of a row")
    return problems


def check_plants(text: str, path: Path) -> list[str]:
    if not path.exists():
        return [f"{path.name}: missing (every report has at least two planted inconsistencies)"]
    rows = read_rows(path)
    problems = []
    if rows and list(rows[0]) != PLANT_COLUMNS:
        problems.append(f"{path.name}: columns must be {PLANT_COLUMNS}")
        return problems
    kinds = set()
    for line, row in enumerate(rows, start=2):
        kinds.add(row["kind"])
        if row["kind"] not in PLANT_KINDS:
            problems.append(f"{path.name} line {line}: kind {row['kind']!r} not in {sorted(PLANT_KINDS)}")
        try:
            start, end = int(row["start"]), int(row["end"])
        except ValueError:
            problems.append(f"{path.name} line {line}: start and end must be numbers")
            continue
        if text[start:end] != row["planted"]:
            problems.append(f"{path.name} line {line}: text at {start}-{end} is {text[start:end]!r}, "
                            f"not the planted {row['planted']!r}")
    if len(kinds) < 2:
        problems.append(f"{path.name}: needs at least two plants of different kinds")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("report_id")
    parser.add_argument("--second", action="store_true")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    text = text_of(args.report_id)
    path = CORPUS / ("agreement" if args.second else "gold") / \
        f"{args.report_id}{'.second' if args.second else ''}.csv"
    with open(path, newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
        columns = list(reader.fieldnames or [])
    problems = check_rows(text, rows, columns, args.show)
    if not args.second:
        problems += check_plants(text, CORPUS / "plants" / f"{args.report_id}.csv")
    for problem in problems:
        print(problem)
    print(f"{path.name}: {len(rows)} rows, {len(problems)} problems", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
