"""The query set on the on-disk store at one corpus size, without the rest of `provkg bench` (issue 17).

    python benchmarks/bench_queries_at_size.py --reports 1600 [--repeats 10] [--seed 1] [--json FILE]

Why: `provkg bench` at 1,600 reports validates every report while it builds and validates the whole store from
cold (about half an hour on an idle 2-core machine); the query figures at ~10M triples need only the store. This
builds the store of N synthetic reports as `provkg build` does but without the per-report validation (fact sheets
read, checked, mapped, streamed into the bulk loader with the summary graphs, province rollups written by the
store, compacted), then times every query of `benchmarks/queries/` and every twin of `benchmarks/queries/summaries/`
(p50 and p95 of --repeats runs after one warm-up, the twin's rows compared with the raw query's), printing the load
average next to every figure: on a shared machine a figure taken under a load of 6 on 2 cores is several times the
idle machine's.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import tempfile
import time
from pathlib import Path

from provkg.bench.corpus import default_template, drop_flagged_series, generate_corpus, load_template
from provkg.bench.measure import _summary_queries, _timed_queries, load_bench_queries, write_bench_corpus
from provkg.pipeline.build import BuildSummary, iter_graphs
from provkg.reference.loader import load_reference
from provkg.store.store import KnowledgeStore
from provkg.store.summaries import with_summaries


def _load() -> float:
    return round(os.getloadavg()[0], 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, required=True)
    parser.add_argument("--repeats", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path, default=None, help="write the figures to this JSON file")
    parser.add_argument("--work", type=Path, default=None, help="folder for the corpus and the store (kept)")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="provkg-bench-queries-"))
    try:
        template, _ = drop_flagged_series(load_template(default_template()), args.seed)
        # N reports and the bench's new one, kept apart as `provkg bench` does (the store holds the N)
        files = write_bench_corpus(generate_corpus(args.reports + 1, args.seed, template=template), work / "corpus")
        out: dict[str, object] = {"reports": files.reports, "figures": files.figures, "cores": os.cpu_count()}
        summary = BuildSummary()
        began = time.perf_counter()
        with KnowledgeStore.open(work / "store", create=True) as store:
            store.rebuild(with_summaries(iter_graphs(files.data, [files.texts], load_reference(), summary,
                                                     validate=False)), optimize=True)
        out["build_without_validation"] = {"seconds": round(time.perf_counter() - began, 2),
                                           "triples": summary.triples, "load_average": _load()}
        print(f"built {files.reports} reports, {summary.triples:,} triples, without per-report validation, in "
              f"{out['build_without_validation']['seconds']} s (load average {_load()})", flush=True)  # type: ignore[index]
        with KnowledgeStore.open(work / "store", read_only=True) as store:
            queries = load_bench_queries()

            def run(sparql: str) -> int:
                return sum(1 for _ in store.query(sparql))

            timed = {}
            for query in queries:  # one at a time, so that each figure has its load next to it
                timed.update(_timed_queries(run, [query], args.repeats))
                timed[query.name]["load_average"] = _load()
                q = timed[query.name]
                print(f"  {query.name:<40} {query.kind:<9} p50 {q['p50_ms']:>9} ms  p95 {q['p95_ms']:>9} ms  "
                      f"{q['rows']} rows  (load average {q['load_average']})", flush=True)
            twins = _summary_queries(store, queries, timed, args.repeats)
            for name, q in twins.items():
                q["load_average"] = _load()
                print(f"  {name:<40} p50 {q['p50_ms']:>9} ms against {q['raw_p50_ms']} ms on the raw figures "
                      f"({q['speed_up']}x), same answer: {q['same_answer']}  (load average {q['load_average']})",
                      flush=True)
        out["queries"], out["summary_queries"] = timed, twins
        if args.json:
            args.json.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
            print(f"wrote {args.json}")
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
