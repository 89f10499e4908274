"""Extraction speed and its growth with the size of the text (the meaning issue's target: linear, >= 1 MB/s).

Run: .venv/bin/python benchmarks/bench_extract.py [--sizes 0.125,0.25,0.5,1,2] [--corpus corpus]

First, per class of text: each dev report of the corpus (manifest role dev; held-out texts are never read) and the
seed (../shared/seeds/*.txt, when present) read and extracted once, as they are, before anything else ran on them
(so no phrase of theirs is cached yet); MB/s per class (genre; the UBND reports of every period as one class).
One short sentence of our own is read from a file and extracted before, so that what is built once per process
(the reader's tables, patterns, the area index) is counted apart, with the loading of the reference labels.

Then, the growth with the size: texts of each size are made by joining the corpus's dev reports (written in our
own words) until the size is reached; each is written to a file and read back with provkg's reader, so the time
counts reading and extraction of the normalised text, as `provkg extract` does. Prints, per size: CPU seconds,
MB/s and seconds per MB; the last column compares seconds per MB with the smallest size (1.00 = linear). CPU time
(not wall time) is reported, so that other work on the machine does not change the figures much.
"""

from __future__ import annotations

import argparse
import csv
import tempfile
import time
from pathlib import Path

from provkg.extract.extractor import extract, load_lexicon
from provkg.read.reading import read_report

ROOT = Path(__file__).resolve().parents[1]


def dev_rows(corpus: Path) -> list[dict[str, str]]:
    with (corpus / "manifest.csv").open(encoding="utf-8") as handle:
        return [r for r in csv.DictReader(handle) if r["role"] == "dev"]


def dev_texts(corpus: Path) -> list[str]:
    return [(corpus / r["text"]).read_text(encoding="utf-8") for r in dev_rows(corpus)]


def text_classes(corpus: Path) -> dict[str, list[Path]]:
    """The texts of each class: the dev reports by genre (UBND reports of any period together), and the seed."""
    classes: dict[str, list[Path]] = {}
    for row in dev_rows(corpus):
        genre = "ubnd-report" if row["genre"].startswith("ubnd-") else row["genre"]
        classes.setdefault(genre, []).append(corpus / row["text"])
    seeds = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))
    if seeds:
        classes["seed"] = seeds
    return classes


# Extracted once before timing: what a process builds on first use is not a cost per megabyte.
_WARM_UP = "Tổng sản phẩm trên địa bàn tỉnh 6 tháng đầu năm 2022 ước tăng 7,5% so với cùng kỳ năm trước.\n"


def time_classes(corpus: Path) -> None:
    print(f"{'class':>20} {'texts':>5} {'MB':>6} {'figures':>8} {'CPU s':>7} {'MB/s':>6}")
    for name, paths in text_classes(corpus).items():
        chars, figures, seconds = 0, 0, 0.0
        for path in paths:
            started = time.process_time()
            text = read_report(path)
            figures += len(extract(text).figures)
            seconds += time.process_time() - started
            chars += len(text)
        print(f"{name:>20} {len(paths):5d} {chars / 1e6:6.3f} {figures:8d} {seconds:7.2f} {chars / 1e6 / seconds:6.2f}")


def text_of_size(texts: list[str], megabytes: float) -> str:
    target, parts, size, i = int(megabytes * 1_000_000), [], 0, 0
    while size < target:
        part = texts[i % len(texts)]
        parts.append(part)
        size += len(part) + 1
        i += 1
    return "\n".join(parts)[:target]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0.125,0.25,0.5,1,2", help="text sizes in MB, comma-separated")
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    args = parser.parse_args()
    texts = dev_texts(args.corpus)
    started = time.process_time()
    load_lexicon()
    with tempfile.TemporaryDirectory() as folder:
        warm_up = Path(folder) / "warm-up.txt"
        warm_up.write_text(_WARM_UP, encoding="utf-8")
        extract(read_report(warm_up), report_period="2022-H1")
    print(f"reference labels loaded, reader and patterns built once: {time.process_time() - started:.2f} s CPU")
    time_classes(args.corpus)
    print("growth with the size (the dev reports joined, so later copies find their phrases cached):")
    print(f"{'MB':>6} {'figures':>8} {'CPU s':>7} {'MB/s':>6} {'s/MB':>6} {'vs smallest':>11}")
    first = None
    with tempfile.TemporaryDirectory() as folder:
        for megabytes in (float(x) for x in args.sizes.split(",")):
            path = Path(folder) / f"report-{megabytes}.txt"
            path.write_text(text_of_size(texts, megabytes), encoding="utf-8")
            started = time.process_time()
            text = read_report(path)
            figures = extract(text, report_period="2022").figures
            seconds = time.process_time() - started
            per_mb = seconds / (len(text) / 1_000_000)
            first = first or per_mb
            print(f"{len(text) / 1e6:6.3f} {len(figures):8d} {seconds:7.2f} {1 / per_mb:6.2f} {per_mb:6.2f} "
                  f"{per_mb / first:11.2f}")


if __name__ == "__main__":
    main()
