"""Time to extract the seed report (target: under 1 s on the project machine).

Run: .venv/bin/python benchmarks/bench_extract.py [REPORT]
Prints the time to load the ontology labels (once per process), the time of the first extraction and the best
of five further runs.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from provkg.extract.extractor import extract, load_lexicon

from provkg.read.reading import read_report

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "seeds" / "000_60a6c2e1ade88ae9.txt"


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    started = time.perf_counter()
    text = read_report(path)
    read_s = time.perf_counter() - started
    started = time.perf_counter()
    load_lexicon()
    lexicon_s = time.perf_counter() - started
    started = time.perf_counter()
    result = extract(text)
    first_s = time.perf_counter() - started
    runs = []
    for _ in range(5):
        started = time.perf_counter()
        extract(text)
        runs.append(time.perf_counter() - started)
    print(f"{path.name}: {len(text)} characters, {len(result.figures)} figures, {len(result.non_figures)} non-figures")
    print(f"read {read_s:.3f} s, ontology labels {lexicon_s:.3f} s, first extract {first_s:.3f} s, "
          f"best of 5 {min(runs):.3f} s, total cold {read_s + lexicon_s + first_s:.3f} s")


if __name__ == "__main__":
    main()
