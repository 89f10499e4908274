"""Whole-store validation from cold and after one new report, side by side with the earlier cache (issue 17).

    python benchmarks/bench_store_validation.py [--reports 100] [--workers 2] [--seed 1] [--work DIR]

Builds a store of N synthetic reports (`provkg bench`'s corpus, built as `provkg build` does), validates it whole
with an empty cache (as the first `provkg validate --store`), adds report N+1 (its graph and summary graph in one
write, as `provkg bench` does), then validates the whole store again three ways, each from the cache the cold run
left:

* with the graph digests the store wrote (validate/cache.py: reports whose digest key is unchanged are reused
  without being read; the others are read and reused if their working store is unchanged);
* with the earlier cache only (every report's working store built and hashed; the same findings reused);
* with no cache at all.

Prints the seconds of each, how many reports each validated and reused, and whether all give the same findings.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

from provkg.bench.corpus import generate_corpus
from provkg.bench.measure import write_bench_corpus
from provkg.pipeline.build import build, build_graphs
from provkg.pipeline.rdfmap import report_iri
from provkg.store.store import KnowledgeStore
from provkg.store.summaries import report_and_summary
from provkg.validate.cache import ValidationCache
from provkg.validate.engine import validate_store


def _run(store_dir: Path, cache: ValidationCache | None, workers: int) -> tuple[float, list[dict[str, object]]]:
    began = time.perf_counter()
    with KnowledgeStore.open(store_dir, read_only=True) as store:
        source, generation, digests = store.snapshot()
        result = validate_store(source, generation=generation, workers=workers, cache=cache, digests=digests)
    return time.perf_counter() - began, [f.to_dict() for f in result.results]


def _without_digest_keys(path: Path, copy: Path) -> ValidationCache:
    """The cache at ``path`` as the earlier cache knew it: entries under their working-store keys only."""
    document = json.loads(path.read_text(encoding="utf-8"))
    for entry in document["entries"].values():
        entry["digests"] = None
    copy.write_text(json.dumps(document), encoding="utf-8")
    return ValidationCache.load(copy)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=100)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--digests-only", action="store_true",
                        help="after the new report, only the run with the digest keys (no earlier cache, no cache)")
    parser.add_argument("--work", type=Path, default=None,
                        help="folder for the corpus and the store (default: temporary)")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="provkg-bench-validation-"))
    files = write_bench_corpus(generate_corpus(args.reports + 1, args.seed), work / "corpus")
    store_dir = work / "store"
    began = time.perf_counter()
    build(store_dir, files.data, [files.texts])
    print(f"built {files.reports} reports ({files.figures:,} figures) in {time.perf_counter() - began:.1f} s; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")

    cache_path = work / "validation-cache.json"
    cold, _ = _run(store_dir, ValidationCache(cache_path), args.workers)
    print(f"validate the whole store, cold: {cold:.1f} s")
    saved = cache_path.read_bytes()

    graphs, _ = build_graphs(files.new, [files.texts.parent / "new" / "texts"])
    new_iri = next(iri for iri in graphs if iri.startswith(report_iri("")))
    with KnowledgeStore.open(store_dir) as writer:
        writer.replace_graphs(report_and_summary(new_iri, graphs[new_iri]))

    rows = []
    with_digests = ValidationCache.load(cache_path)
    seconds, found = _run(store_dir, with_digests, args.workers)
    rows.append(("digest keys, then working-store keys (now)", seconds, with_digests, found))
    if not args.digests_only:
        cache_path.write_bytes(saved)
        earlier = _without_digest_keys(cache_path, work / "earlier-cache.json")
        seconds, found_earlier = _run(store_dir, earlier, args.workers)
        rows.append(("working-store keys only (the earlier cache)", seconds, earlier, found_earlier))
        seconds, found_none = _run(store_dir, None, args.workers)
        rows.append(("no cache", seconds, None, found_none))

    print(f"\nafter report {files.reports + 1} was added ({args.workers} worker processes, "
          f"load average {os.getloadavg()[0]:.1f}):")
    print(f"{'whole-store validation':48} {'seconds':>8} {'reports read':>13} {'validated':>10} {'reused':>7}")
    for name, seconds, cache, _ in rows:
        validated = cache.validated if cache is not None else files.reports + 1
        reused = cache.reused if cache is not None else 0
        read = cache.read if cache is not None else validated
        print(f"{name:48} {seconds:8.2f} {read:13} {validated:10} {reused:7}")
    if not args.digests_only:
        print(f"same findings in all three runs: {found == found_earlier == found_none}")


if __name__ == "__main__":
    main()
