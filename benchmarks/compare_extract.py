"""Extraction speed of two source trees side by side: the same texts, the same data, in turns, CPU seconds.

Run: .venv/bin/python benchmarks/compare_extract.py --base /tmp/main-src [--head src] [--reports 60]
     (a tree of main's code: git archive main src | tar -x -C /tmp/main-src, then --base /tmp/main-src/src)

On a machine shared with other work, CPU seconds of one run and of another minutes later differ by a third
(other processes share the caches and the cores), more than most changes. So both trees run at once, in two
worker processes, and are fed the same chunks of texts in turns, the order swapped each chunk: each chunk's pair
ran under the same load. Texts: synthetic reports of the national benchmark's generator (`provkg.bench.corpus`,
seed 1, written once by this process, read by both workers) and the corpus's dev reports (manifest role dev;
held-out texts are never read). Each report is extracted, then mapped to RDF as ingest's workers do
(`report_triples`): the mapping asks the project index of the whole text again. Prints per set and tree: CPU
seconds and KB/s (UTF-8 bytes) of extraction, and with the mapping; the median of the paired ratios per chunk.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_WARM_UP = "Tổng sản phẩm trên địa bàn tỉnh 6 tháng đầu năm 2022 ước tăng 7,5% so với cùng kỳ năm trước.\n"


def worker(folder: Path, corpus: Path) -> None:
    """Read 'set first last' lines, extract and map that chunk, print its CPU seconds as a JSON line."""
    from provkg.core.model import Report
    from provkg.core.text import text_sha256
    from provkg.extract.extractor import extract, load_lexicon
    from provkg.pipeline.rdfmap import report_triples
    from provkg.read.reading import read_report
    from provkg.reference.loader import load_reference

    lexicon, units = load_lexicon(), load_reference().units
    extract(_WARM_UP, report_period="2022-H1", lexicon=lexicon)
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    sets = {"synthetic": [(m["id"], m["province"], m["period"], (folder / m["source"]).read_text(encoding="utf-8"))
                          for m in meta]}
    with (corpus / "manifest.csv").open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["role"] == "dev"]
    sets["dev"] = [(r["id"], r["province"], None, read_report(corpus / r["text"])) for r in rows]
    print(json.dumps({name: len(items) for name, items in sets.items()}), flush=True)
    for line in sys.stdin:
        name, first, last = line.split()
        extracting = mapping = 0.0
        size = 0
        for report_id, province, period, text in sets[name][int(first):int(last)]:
            started = time.process_time()
            result = extract(text, report_period=period, lexicon=lexicon)
            extracted = time.process_time()
            report = Report(report_id, province, "x", "1", date(2022, 1, 1), result.report_period, "t",
                            f"{report_id}.txt", text_sha256(text), len(text))
            report_triples(report, result.figures, units=units, text=text)
            mapping += time.process_time() - extracted
            extracting += extracted - started
            size += len(text.encode("utf-8"))
        print(json.dumps({"extract": extracting, "map": mapping, "bytes": size}), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, help="the src/ folder of the code compared against (required)")
    parser.add_argument("--head", type=Path, default=ROOT / "src", help="the src/ folder of the code measured")
    parser.add_argument("--reports", type=int, default=60, help="synthetic reports")
    parser.add_argument("--chunk", type=int, default=5, help="reports per turn")
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.corpus)
        return
    if args.base is None:
        parser.error("give --base, the src/ folder of the code to compare with")
    from provkg.bench.corpus import generate_corpus

    trees = {"base": args.base.resolve(), "head": args.head.resolve()}
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        meta = []
        for item in generate_corpus(args.reports, seed=1).reports:
            (folder / item.report.source).write_text(item.text, encoding="utf-8")
            meta.append({"id": item.report.report_id, "province": item.report.province,
                         "period": item.report.period, "source": item.report.source})
        (folder / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
        workers = {}
        for tree, src in trees.items():
            env = {**os.environ, "PYTHONPATH": str(src), "PROVKG_HOME": str(ROOT)}
            workers[tree] = subprocess.Popen(
                [sys.executable, __file__, "--worker", str(folder), "--corpus", str(args.corpus.resolve())],
                env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        sizes = [json.loads(w.stdout.readline()) for w in workers.values()][0]  # type: ignore[union-attr]
        chunks = [(s, i, min(i + args.chunk, sizes[s])) for s in ("synthetic", "dev")
                  for i in range(0, sizes[s], args.chunk)]
        totals: dict[tuple[str, str], list[float]] = {(t, s): [0.0, 0.0, 0.0] for t in trees for s in sizes}
        ratios: dict[str, list[float]] = {s: [] for s in sizes}
        for index, (s, first, last) in enumerate(chunks):
            got = {}
            for tree in (("base", "head") if index % 2 == 0 else ("head", "base")):
                workers[tree].stdin.write(f"{s} {first} {last}\n")  # type: ignore[union-attr]
                workers[tree].stdin.flush()  # type: ignore[union-attr]
                got[tree] = json.loads(workers[tree].stdout.readline())  # type: ignore[union-attr]
            for tree in trees:
                for k, key in enumerate(("extract", "map", "bytes")):
                    totals[(tree, s)][k] += got[tree][key]
            ratios[s].append(got["head"]["extract"] / got["base"]["extract"])
        for w in workers.values():
            w.stdin.close()  # type: ignore[union-attr]
            w.wait()
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")
    for s in sizes:
        for tree in trees:
            extracting, mapping, size = totals[(tree, s)]
            print(f"{s:9} {tree:4} {sizes[s]:3d} texts {size / 1e6:5.2f} MB  extraction {extracting:6.2f} s CPU "
                  f"{size / 1000 / extracting:6.1f} KB/s;  with mapping {extracting + mapping:6.2f} s "
                  f"{size / 1000 / (extracting + mapping):6.1f} KB/s")
        print(f"{s:9} head/base extraction CPU per chunk of {args.chunk}: median {statistics.median(ratios[s]):.3f} "
              f"(min {min(ratios[s]):.3f}, max {max(ratios[s]):.3f}, {len(ratios[s])} chunks)")


if __name__ == "__main__":
    main()
