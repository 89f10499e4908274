"""The bench's build phase and ingest's hand-over (what follows extraction) on one synthetic corpus, wall and CPU.

Run (the corpus is written once under WORK and reused, so two trees can be timed on the same files in turns):

    python benchmarks/bench_build.py --reports 150 --work /tmp/bench-build --label after
    PROVKG_HOME=$PWD PYTHONPATH=OTHER_TREE/src python benchmarks/bench_build.py --reports 150 --work /tmp/bench-build \\
        --label before

build: as `provkg bench` measures it (each fact sheet read, checked and mapped, summaries, streamed into
KnowledgeStore.rebuild, compacted); ingest hand-over: each report graph as N-Triples (as the extraction workers
send it, made beforehand and not timed), parsed, summarised and loaded by one rebuild, as the bench's ingest does.
CPU seconds are the figure to read on a shared machine (wall time grows with the load; the load is printed).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import time
from pathlib import Path

from pyoxigraph import RdfFormat, parse, serialize

from provkg.pipeline.build import BuildSummary, iter_graphs
from provkg.reference.loader import load_reference
from provkg.store.store import KnowledgeStore
from provkg.store.summaries import is_report_graph, with_summaries


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=150)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--label", default="this tree")
    args = parser.parse_args()
    corpus_dir = args.work / f"corpus-{args.reports}"
    if not corpus_dir.exists():
        from provkg.bench.corpus import default_template, drop_flagged_series, generate_corpus, load_template
        from provkg.bench.measure import write_bench_corpus

        template, _ = drop_flagged_series(load_template(default_template()))
        write_bench_corpus(generate_corpus(args.reports, 1, template=template), corpus_dir)
    data, texts = corpus_dir / "data", corpus_dir / "texts"
    reference = load_reference()
    out = args.work / f"stores-{args.label.replace(' ', '-')}"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)

    summary = BuildSummary()
    wall, cpu = time.perf_counter(), _cpu()
    with KnowledgeStore.open(out / "build", create=True) as store:
        store.rebuild(with_summaries(iter_graphs(data, [texts], reference, summary, validate=False)), optimize=True)
    build_wall, build_cpu = time.perf_counter() - wall, _cpu() - cpu

    handed = {name: serialize(triples, format=RdfFormat.N_TRIPLES) for name, triples in
              iter_graphs(data, [texts], reference, BuildSummary(), validate=False) if is_report_graph(name)}
    wall, cpu = time.perf_counter(), _cpu()
    with KnowledgeStore.open(out / "ingest", create=True) as store:
        store.rebuild(with_summaries((name, list(parse(input=ntriples, format=RdfFormat.N_TRIPLES)))  # type: ignore[misc]
                                     for name, ntriples in handed.items()))
    ingest_wall, ingest_cpu = time.perf_counter() - wall, _cpu() - cpu
    print(f"{args.label}: {args.reports} reports, load {os.getloadavg()[0]:.1f}; build {build_wall:.1f} s wall, "
          f"{build_cpu:.1f} s CPU ({summary.triples} triples); ingest hand-over {ingest_wall:.1f} s wall, "
          f"{ingest_cpu:.1f} s CPU", flush=True)


if __name__ == "__main__":
    main()
