"""Two trees' code side by side in one run, on one written synthetic corpus: the bench's build from fact sheets, its
ingest from text, and the selective query q03 (with its twin on the summary graphs where the tree has one).

    python benchmarks/bench_side_by_side.py --reports 150 --work /tmp/side --tree before=/work/main \\
        --tree after=. --json benchmarks/side-by-side-150.json

Every phase of every tree runs in a fresh process (its peak memory its own), the trees in turns phase by phase
(``--rounds`` times), with PYTHONPATH set to the tree's src/ (each tree reads its own ontology, shapes and queries).
Reported per phase: wall seconds, CPU seconds of the process and of its worker processes, peak RSS of the process
(``ru_maxrss``) and of its largest worker, the load average at the end. On a shared machine the CPU seconds and the
memory are the figures to compare; wall time grows with the load. For a tree whose bench has no
``ingest_from_text`` (main before issue 17's fourth session), the ingest is the bench's code of that time: every
report's N-Triples collected from the workers, then loaded.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path


def _usage() -> dict[str, float]:
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"cpu_s": own.ru_utime + own.ru_stime, "workers_cpu_s": workers.ru_utime + workers.ru_stime,
            "peak_rss_mb": own.ru_maxrss / 1024, "workers_peak_rss_mb": workers.ru_maxrss / 1024}


def _files(corpus: Path) -> object:
    from provkg.bench.measure import CorpusFiles

    meta = json.loads((corpus / "files.json").read_text(encoding="utf-8"))
    return CorpusFiles(Path(meta["data"]), Path(meta["new"]), Path(meta["texts"]), meta["reports"], meta["figures"],
                       meta["text_bytes"])


def _ingest_collected(files: object, store_dir: Path) -> None:
    """The bench's ingest before the fourth session: every report's N-Triples held, then one load."""
    import multiprocessing

    from pyoxigraph import RdfFormat, parse

    from provkg.bench import measure
    from provkg.store.store import KnowledgeStore
    from provkg.store.summaries import with_summaries

    graphs: dict[str, bytes] = {}
    with multiprocessing.get_context("spawn").Pool(os.cpu_count() or 2, initializer=measure._init_worker) as pool:
        for iri, ntriples, *_ in pool.imap_unordered(measure._extract_worker, measure._ingest_jobs(files),
                                                     chunksize=4):
            graphs[iri] = ntriples
    with KnowledgeStore.open(store_dir, create=True) as store:
        store.rebuild(with_summaries((iri, list(parse(input=data, format=RdfFormat.N_TRIPLES)))
                                     for iri, data in graphs.items()))


def _phase(name: str, corpus: Path, store_dir: Path, repeats: int) -> dict[str, object]:
    """One phase in this process (the child)."""
    began = time.perf_counter()
    out: dict[str, object] = {}
    if name == "build":
        from provkg.pipeline.build import BuildSummary, iter_graphs
        from provkg.reference.loader import load_reference
        from provkg.store.store import KnowledgeStore
        from provkg.store.summaries import with_summaries

        files = _files(corpus)
        summary = BuildSummary()
        shutil.rmtree(store_dir, ignore_errors=True)
        with KnowledgeStore.open(store_dir, create=True) as store:
            store.rebuild(with_summaries(iter_graphs(files.data, [files.texts], load_reference(), summary,  # type: ignore[attr-defined]
                                                     validate=False)), optimize=True)
            out["quads"] = len(store)
        out["triples"] = summary.triples
    elif name == "ingest":
        from provkg.bench import measure

        shutil.rmtree(store_dir, ignore_errors=True)
        if hasattr(measure, "ingest_from_text"):
            measure.ingest_from_text(_files(corpus), store_dir)  # type: ignore[arg-type]
        else:
            _ingest_collected(_files(corpus), store_dir)
    elif name == "queries":
        from provkg.bench.measure import SUMMARY_QUERIES, _answer, load_bench_queries
        from provkg.core.paths import data_dir
        from provkg.store.store import KnowledgeStore

        chosen = [q for q in load_bench_queries() if q.name.startswith("q03")]
        folder = data_dir("benchmarks") / "queries" / SUMMARY_QUERIES
        chosen += [q for q in load_bench_queries(folder) if (q.summary_of or "").startswith("q03")]
        with KnowledgeStore.open(store_dir, read_only=True) as store:
            for query in chosen:
                rows = _answer(store, query.sparql)
                walls, cpus = [], []
                for _ in range(repeats):
                    wall, cpu = time.perf_counter(), time.thread_time()
                    sum(1 for _ in store.query(query.sparql))  # type: ignore[union-attr]
                    cpus.append((time.thread_time() - cpu) * 1000)
                    walls.append((time.perf_counter() - wall) * 1000)
                out[query.name] = {"rows": len(rows), "answer": hashlib.sha256(repr(rows).encode()).hexdigest()[:16],
                                   "p50_wall_ms": round(sorted(walls)[repeats // 2], 2),
                                   "p50_cpu_ms": round(sorted(cpus)[repeats // 2], 2)}
    out.update({"wall_s": time.perf_counter() - began, **_usage(), "load": os.getloadavg()[0]})
    return {key: round(value, 2) if isinstance(value, float) else value for key, value in out.items()}


def _canonical(store_dir: Path, root: Path) -> tuple[list[bytes], dict[str, object]]:
    """A store's sorted N-Quads and its digests, without the summary graphs' area rows (``sum:AreaRow``, added by
    the fourth session: they are the one change of content, and their digests)."""
    from pyoxigraph import RdfFormat, Store, serialize

    current = (store_dir / "CURRENT").read_text(encoding="utf-8").strip()
    store = Store.read_only(str(store_dir / current))
    lines = sorted(line for line in (serialize(store.quads_for_pattern(None, None, None, None),
                                               format=RdfFormat.N_QUADS) or b"").splitlines()
                   if b"/area/" not in line.split(b" ", 1)[0] or b"/graph/summary/" not in line)
    digests = json.loads((store_dir / f"{current}.digests.json").read_text(encoding="utf-8"))["graphs"]
    return lines, {name: d for name, d in digests.items() if "/graph/summary/" not in name or "/province/" in name}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=150)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--tree", action="append", default=[], help="LABEL=ROOT of a checkout (twice or more)")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--store", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    corpus = args.work / f"corpus-{args.reports}"
    if args.phase:  # the child
        print(json.dumps(_phase(args.phase, corpus, args.store, args.repeats)))
        return
    if not (corpus / "files.json").exists():
        from provkg.bench.corpus import default_template, drop_flagged_series, generate_corpus, load_template
        from provkg.bench.measure import write_bench_corpus

        template, _ = drop_flagged_series(load_template(default_template()))
        files = write_bench_corpus(generate_corpus(args.reports + 1, 1, template=template), corpus)
        (corpus / "files.json").write_text(json.dumps({
            "data": str(files.data), "new": str(files.new), "texts": str(files.texts), "reports": files.reports,
            "figures": files.figures, "text_bytes": files.text_bytes}), encoding="utf-8")
    trees = dict(item.split("=", 1) for item in args.tree)
    results: dict[str, dict[str, list[dict[str, object]]]] = {label: {} for label in trees}
    for _ in range(args.rounds):
        for phase in ("build", "ingest", "queries"):
            for label, root in trees.items():
                kind = "ingest" if phase == "ingest" else "build"
                store = args.work / f"store-{label}-{kind}"
                env = {**os.environ, "PYTHONPATH": str(Path(root).resolve() / "src")}
                done = subprocess.run([sys.executable, __file__, "--reports", str(args.reports), "--work",
                                       str(args.work), "--phase", phase, "--store", str(store), "--repeats",
                                       str(args.repeats)], env=env, check=True, capture_output=True, text=True)
                measured = json.loads(done.stdout.strip().splitlines()[-1])
                results[label].setdefault(phase, []).append(measured)
                print(f"{label:8} {phase:8} {json.dumps(measured)}", flush=True)
    labels = list(trees)
    same = {}
    for kind in ("build", "ingest"):
        dumps = [_canonical(args.work / f"store-{label}-{kind}", Path(trees[label])) for label in labels]
        same[kind] = all(dump == dumps[0] for dump in dumps[1:])
        print(f"{kind}: same quads and digests (area rows aside) in every tree: {same[kind]}", flush=True)
    commits = {label: subprocess.run(["git", "-C", root, "rev-parse", "--short", "HEAD"], capture_output=True,
                                     text=True).stdout.strip() for label, root in trees.items()}
    if args.json:
        args.json.write_text(json.dumps({"reports": args.reports, "commits": commits, "results": results,
                                         "same_content": same}, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
