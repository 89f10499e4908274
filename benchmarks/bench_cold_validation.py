"""Whole-store validation from cold, report by report against in groups, on one store (issue 17).

    nice -n 10 python benchmarks/bench_cold_validation.py [--reports 100 200] [--workers 2] [--seed 1]
        [--group-size 12] [--per-rule 12] [--work DIR]

For each size, builds a store of N synthetic reports (`provkg bench`'s corpus, built as `provkg build` does), then
validates it whole twice with an empty cache each time (as the first `provkg validate --store`): report by report
(``group_size`` 1: one working store and one run of every check per report) and in groups (one store per group of
a province's reports, every check run once per group). Prints the seconds of each, the reports each validated,
whether the findings are identical (every field, report by report) and the load average before and after each run:
the machine is shared, so the ratio of the two runs says more than either time. With ``--per-rule``, the CPU
seconds of the costliest rules on the first group's store against the same reports' own working stores.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from provkg.bench.corpus import generate_corpus, write_corpus
from provkg.pipeline.build import build
from provkg.store.store import KnowledgeStore
from provkg.validate import engine
from provkg.validate.cache import ValidationCache


def _load() -> str:
    return f"{os.getloadavg()[0]:.1f}"


def _cold(store_dir: Path, cache_path: Path, workers: int, group_size: int) -> tuple[float, int, list[dict]]:
    cache_path.unlink(missing_ok=True)
    cache = ValidationCache(cache_path)
    began = time.perf_counter()
    with KnowledgeStore.open(store_dir, read_only=True) as store:
        source, generation, digests = store.snapshot()
        result = engine.validate_store(source, generation=generation, workers=workers, cache=cache, digests=digests,
                                       group_size=group_size)
    return time.perf_counter() - began, cache.validated, [f.to_dict() for f in result.results]


def _per_rule(store_dir: Path, group_size: int, top: int) -> None:
    """CPU seconds per rule: the first group's reports each on its own working store, then all on the group's."""
    with KnowledgeStore.open(store_dir, read_only=True) as store:
        source = store.current_store()
        reports = [row["g"].value for row in source.query(engine._REPORT_GRAPHS)]
        group = engine._groups(source, reports, group_size)[0]
        alone: dict[str, float] = {}
        for report in group:
            engine._run_fast(engine.working_store(source, report), report, engine._compiled(), alone)
        shared = engine._shared(source)
        members = [engine._member(source, report, shared, keyed=False) for report in group]
        together: dict[str, float] = {}
        for batch in engine._batches(members):
            work = engine.ox.Store()
            work.extend(shared.quads)
            for member in batch:
                work.extend(member.own)
                work.extend(member.neighbours)
            engine._run_fast(work, [member.report for member in batch], engine._compiled(), together)
    print(f"per rule, CPU seconds: {len(group)} reports alone | in one group store")
    for rule in sorted(alone, key=lambda name: -alone[name])[:top]:
        print(f"  {rule:44} {alone[rule]:8.3f} | {together.get(rule, 0.0):8.3f}")
    print(f"  {'all rules':44} {sum(alone.values()):8.3f} | {sum(together.values()):8.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, nargs="+", default=[100])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--group-size", type=int, default=engine.GROUP_SIZE)
    parser.add_argument("--per-rule", type=int, default=0, help="print the N costliest rules (0: none)")
    parser.add_argument("--work", type=Path, default=None,
                        help="folder for the corpora and stores (default: temporary)")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="provkg-bench-cold-"))
    rows = []
    for count in args.reports:
        folder = work / str(count)
        data, texts = write_corpus(generate_corpus(count, args.seed), folder / "corpus")
        store_dir = folder / "store"
        began = time.perf_counter()
        build(store_dir, data, [texts])
        print(f"built {count} reports in {time.perf_counter() - began:.1f} s; load average {_load()} "
              f"on {os.cpu_count()} cores", flush=True)
        if args.per_rule:
            _per_rule(store_dir, args.group_size, args.per_rule)
        load_before = _load()
        alone, validated_alone, found_alone = _cold(store_dir, folder / "cache.json", args.workers, 1)
        load_between = _load()
        print(f"  report by report: {alone:.1f} s, {validated_alone} validated (load {load_before} -> "
              f"{load_between})", flush=True)
        grouped, validated_grouped, found_grouped = _cold(store_dir, folder / "cache.json", args.workers,
                                                          args.group_size)
        load_after = _load()
        print(f"  in groups of up to {args.group_size}: {grouped:.1f} s, {validated_grouped} validated (load "
              f"{load_between} -> {load_after})", flush=True)
        rows.append((count, alone, grouped, validated_alone, validated_grouped, found_alone == found_grouped,
                     len(found_alone), f"{load_before}/{load_between}/{load_after}"))
    print(f"\ncold whole-store validation, {args.workers} worker processes, groups of up to {args.group_size}:")
    print(f"{'reports':>8} {'by report s':>12} {'grouped s':>10} {'faster':>7} {'validated':>10} "
          f"{'findings':>9} {'identical':>10} {'load before/between/after':>26}")
    for count, alone, grouped, va, vg, same, findings, load in rows:
        print(f"{count:8} {alone:12.1f} {grouped:10.1f} {alone / grouped:6.1f}x {f'{va}/{vg}':>10} {findings:9} "
              f"{'yes' if same else 'NO':>10} {load:>26}")


if __name__ == "__main__":
    main()
