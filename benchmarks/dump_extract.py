"""Everything extraction produces on the dev texts, the seed and the test reports, as one JSON file: the regression
check of speed work (an optimisation must leave the dump byte-identical).

Run: .venv/bin/python benchmarks/dump_extract.py -o /tmp/before.json
     .venv/bin/python benchmarks/dump_extract.py --check /tmp/before.json   # exit 1 and the first difference if any

Texts: the corpus's dev reports (manifest role dev; held-out texts are never read), ../shared/seeds/*.txt when
present, tests/reports/*.txt, and the dev reports joined into one text (as bench_extract.py makes them), so that
anything cached from one figure, sentence or report to the next is exercised across reports too. Every field of
every figure and every non-figure is written.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import json
import sys
from pathlib import Path

from provkg.extract.extractor import extract, load_lexicon
from provkg.read.reading import read_report

ROOT = Path(__file__).resolve().parents[1]


def texts(corpus: Path) -> list[tuple[str, Path, str | None]]:
    """(name, path, report period or None for the header's) of every text the dump covers."""
    with (corpus / "manifest.csv").open(encoding="utf-8") as handle:
        dev = [r for r in csv.DictReader(handle) if r["role"] == "dev"]
    found = [(f"dev/{r['id']}", corpus / r["text"], None) for r in dev]
    found += [(f"seed/{p.name}", p, None) for p in sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))]
    found += [(f"tests/{p.name}", p, None) for p in sorted((ROOT / "tests" / "reports").glob("*.txt"))]
    return found


def _plain(value: object) -> object:
    return str(value) if value is not None and not isinstance(value, (str, int, bool)) else value


def dump_one(text: str, period: str | None) -> dict[str, object]:
    result = extract(text, report_period=period)
    return {
        "report_period": result.report_period,
        "figures": [{k: _plain(v) for k, v in dataclasses.asdict(f).items()} for f in result.figures],
        "non_figures": [dataclasses.astuple(n) for n in result.non_figures],
    }


def dump(corpus: Path) -> str:
    load_lexicon()
    out: dict[str, object] = {}
    dev_texts = []
    for name, path, period in texts(corpus):
        text = read_report(path)
        if name.startswith("dev/"):
            dev_texts.append(text)
        out[name] = dump_one(text, period)
        print(f"{name}: {len(out[name]['figures'])} figures", file=sys.stderr)  # type: ignore[arg-type]
    out["joined/dev"] = dump_one("\n".join(dev_texts), "2022")
    return json.dumps(out, ensure_ascii=False, indent=1, sort_keys=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, help="write the dump to this file")
    parser.add_argument("--check", type=Path, help="compare with this earlier dump; exit 1 when they differ")
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    args = parser.parse_args()
    if not args.output and not args.check:
        parser.error("give -o FILE or --check FILE")
    current = dump(args.corpus)
    if args.output:
        args.output.write_text(current, encoding="utf-8")
    if args.check:
        earlier = args.check.read_text(encoding="utf-8")
        if earlier == current:
            print(f"identical to {args.check} ({len(current):,} characters)")
            return
        for number, (old, new) in enumerate(zip(earlier.splitlines(), current.splitlines(), strict=False), 1):
            if old != new:
                print(f"differs from {args.check} at line {number}:\n- {old}\n+ {new}", file=sys.stderr)
                break
        else:
            print(f"differs from {args.check} in length", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
