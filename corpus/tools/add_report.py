"""Add a report written and annotated in a workspace to the corpus (maintainers' tool).

    python corpus/tools/add_report.py WORKSPACE ID --province P --period 2024-H1 --genre G --year 2024 \
        --after-merger no --writer helper-1 --annotator helper-2 [--second-annotator helper-3] --role dev \
        --history "2026-12-07 written for the corpus; role assigned at creation"

A workspace is a folder with the corpus's layout (texts/, gold/, plants/, sources/, agreement/) that a writer and
annotators filled without seeing the rest of the corpus. The text, sheet, plants, sources and agreement files of ID
are copied, and one row is appended to manifest.csv (LF line endings, as the file has).
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1]
FILES = (("texts", ".txt"), ("gold", ".csv"), ("plants", ".csv"), ("sources", ".md"),
         ("agreement", ".second.csv"), ("agreement", ".json"), ("agreement", ".decisions.md"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("workspace", type=Path)
    parser.add_argument("id")
    for name in ("province", "period", "genre", "year", "after-merger", "writer", "annotator", "role", "history"):
        parser.add_argument(f"--{name}", required=True)
    parser.add_argument("--second-annotator", default="")
    args = parser.parse_args(argv)
    if args.role not in {"dev", "heldout"}:
        parser.error("--role must be dev or heldout")
    with (CORPUS / "manifest.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    if any(row["id"] == args.id for row in rows):
        print(f"{args.id}: already in manifest.csv", file=sys.stderr)
        return 2
    for folder, suffix in FILES[:3]:
        if not (args.workspace / folder / f"{args.id}{suffix}").is_file():
            print(f"{args.workspace / folder / (args.id + suffix)}: missing", file=sys.stderr)
            return 2
    for folder, suffix in FILES:
        source = args.workspace / folder / f"{args.id}{suffix}"
        if source.is_file():
            shutil.copyfile(source, CORPUS / folder / source.name)
    text = f"texts/{args.id}.txt"
    row = {"id": args.id, "text": text, "file": text, "format": "txt", "province": args.province,
           "period": args.period, "genre": args.genre, "year": args.year, "after_merger": args.after_merger,
           "writer": args.writer, "annotator": args.annotator, "second_annotator": args.second_annotator,
           "role": args.role, "history": args.history}
    with (CORPUS / "manifest.csv").open("a", encoding="utf-8", newline="") as handle:
        csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n").writerow(row)
    print(f"added {args.id} ({args.role})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
