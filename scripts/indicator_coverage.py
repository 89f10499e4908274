"""How many figures of the dev corpus measure a quantity the indicator scheme has a concept for.

A gold figure is covered when its `indicator` names a concept, or when the annotator left it empty and proposed a
name for the missing concept (`proposed_indicator`) that a concept now carries as an English label (curators
record the names annotators proposed as skos:altLabel@en when they add the concept), compared as `provkg eval`
compares them (provkg.reference.loader.english_name_key: words in any order, no function words, no plurals).
`none` (not a quantity the list should have) counts apart. Reads dev gold sheets only.

    python scripts/indicator_coverage.py [--missing]
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path

from provkg.reference.loader import english_name_key, load_reference

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--missing", action="store_true", help="list the proposed names still without a concept")
    args = parser.parse_args()
    names = load_reference(ROOT / "ontology").indicator_english_names
    manifest = list(csv.DictReader(open(ROOT / "corpus" / "manifest.csv", encoding="utf-8")))
    total = gold = proposed = none = 0
    missing: Counter[str] = Counter()
    for row in manifest:
        if row["role"] != "dev":
            continue
        for figure in csv.DictReader(open(ROOT / "corpus" / "gold" / f"{row['id']}.csv", encoding="utf-8")):
            total += 1
            wanted = figure["proposed_indicator"].strip().lower()
            if figure["indicator"]:
                gold += 1
            elif wanted == "none":
                none += 1
            elif english_name_key(wanted) in names:
                proposed += 1
            else:
                missing[figure["proposed_indicator"]] += 1
    uncovered = sum(missing.values())
    print(f"dev figures: {total}; gold indicator: {gold}; proposed concept now in the scheme: {proposed}; "
          f"'none': {none}; still without a concept: {uncovered} ({uncovered / total:.1%})")
    if args.missing:
        for name, count in missing.most_common():
            print(f"{count}\t{name}")


if __name__ == "__main__":
    main()
