"""Whole-store validation from cold, report by report against in groups, on one store (issue 17).

    nice -n 10 python benchmarks/bench_cold_validation.py [--reports 100 200] [--workers 2] [--seed 1]
        [--group-size 12] [--per-rule 12] [--work DIR]
    nice -n 10 python benchmarks/bench_cold_validation.py --store STORE --against-tree OLD [--per-rule 12]
        [--one-report 5] [--repeat 2]

For each size, builds a store of N synthetic reports (`provkg bench`'s corpus, built as `provkg build` does), then
validates it whole twice with an empty cache each time (as the first `provkg validate --store`): report by report
(``group_size`` 1: one working store and one run of every check per report) and in groups (one store per group of
a province's reports, every check run once per group). Prints the seconds of each, the reports each validated,
whether the findings are identical (every field, report by report) and the load average before and after each run:
the machine is shared, so the ratio of the two runs says more than either time. With ``--per-rule``, the CPU
seconds of the costliest rules on the first group's store against the same reports' own working stores.

With ``--store`` (a store built before, e.g. by this script's ``--work``) and ``--against-tree`` (the checkout of
another version: its ``src/`` and shapes, e.g. ``git archive`` of the commit before a rewrite), the two versions
are measured in turn on that one store, ``--repeat`` times, each in a fresh process of its own: the CPU seconds of
every rule on the first group's reports, each on its own working store (``--per-rule``); the time of validating
``--one-report`` reports one by one as a new report is validated (``validate_graph``: its working store, then the
checks); and the cold whole-store run in groups (wall and CPU seconds of the process and its workers, findings
compared). CPU seconds are the figures to read on a shared machine; the load average is printed beside them.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
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


def _cpu() -> float:
    """CPU seconds of this process and of its finished workers."""
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def _measure(store_dir: Path, args: argparse.Namespace) -> dict[str, object]:
    """One version's figures on ``store_dir`` (run in a process of its own: see ``--measure``)."""
    out: dict[str, object] = {"load_before": _load()}
    with KnowledgeStore.open(store_dir, read_only=True) as store:
        source = store.current_store()
        reports = [row["g"].value for row in source.query(engine._REPORT_GRAPHS)]
        group = engine._groups(source, reports, args.group_size)[0]
        if args.per_rule:
            works = [(report, engine.working_store(source, report)) for report in group]
            engine._compiled()  # compiled before the clock starts
            timings: dict[str, float] = {}
            for report, work in works:
                engine._run_fast(work, report, engine._compiled(), timings)
            out["per_rule"] = {"reports": len(group), "cpu": timings}
        if args.one_report:
            engine.validate_graph(source, report_iri=group[0])  # the first validation of a process compiles
            cpus, walls, findings = [], [], 0
            for report in group[:args.one_report]:
                cpu, wall = time.process_time(), time.perf_counter()
                findings += len(engine.validate_graph(source, report_iri=report).results)
                cpus.append(time.process_time() - cpu)
                walls.append(time.perf_counter() - wall)
            out["one_report"] = {"reports": len(cpus), "cpu_median": statistics.median(cpus),
                                 "wall_median": statistics.median(walls), "findings": findings}
    if args.cold:
        cpu = _cpu()
        seconds, validated, found = _cold(store_dir, Path(tempfile.mkdtemp(prefix="provkg-cold-")) / "cache.json",
                                          args.workers, args.group_size)
        out["cold"] = {"wall": seconds, "cpu": _cpu() - cpu, "validated": validated, "findings": len(found),
                       "digest": json.dumps(found, sort_keys=True, default=str)}
    out["load_after"] = _load()
    return out


def _side_by_side(args: argparse.Namespace) -> None:
    """This checkout against ``--against-tree``, in turn, each run in a fresh process."""
    here = Path(__file__).resolve().parents[1]
    trees = {"before": args.against_tree.resolve(), "after": here}
    runs: dict[str, list[dict[str, object]]] = {name: [] for name in trees}
    for _ in range(args.repeat):
        for name, tree in trees.items():
            env = dict(os.environ, PROVKG_HOME=str(tree), PYTHONPATH=str(tree / "src"))
            command = [sys.executable, str(Path(__file__).resolve()), "--measure", "--store", str(args.store),
                       "--group-size", str(args.group_size), "--workers", str(args.workers),
                       "--per-rule", str(args.per_rule), "--one-report", str(args.one_report)]
            command += ["--cold"] if args.cold else []
            done = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
            runs[name].append(json.loads(done.stdout.strip().splitlines()[-1]))
            print(f"  {name}: done (load {runs[name][-1]['load_before']} -> {runs[name][-1]['load_after']})",
                  flush=True)
    before = runs["before"]
    print(f"store {args.store}; {args.repeat} run(s) of each version in turn; CPU seconds, median of the runs")
    if args.per_rule:
        rules: dict[str, dict[str, float]] = {}
        for name, version in runs.items():
            for rule in version[0]["per_rule"]["cpu"]:
                rules.setdefault(rule, {})[name] = statistics.median(run["per_rule"]["cpu"].get(rule, 0.0)
                                                                     for run in version)
        count = before[0]["per_rule"]["reports"]
        print(f"per rule, the first group's {count} reports each on its own working store: before | after")
        for rule in sorted(rules, key=lambda name: -rules[name].get("before", 0.0))[:args.per_rule]:
            print(f"  {rule:44} {rules[rule].get('before', 0.0):8.3f} | {rules[rule].get('after', 0.0):8.3f}")
        print(f"  {'all rules':44} {sum(r.get('before', 0.0) for r in rules.values()):8.3f} | "
              f"{sum(r.get('after', 0.0) for r in rules.values()):8.3f}")
    if args.one_report:
        line = {name: (statistics.median(run["one_report"]["cpu_median"] for run in version),
                       statistics.median(run["one_report"]["wall_median"] for run in version),
                       version[0]["one_report"]["findings"]) for name, version in runs.items()}
        print(f"validate one report (validate_graph, {before[0]['one_report']['reports']} reports, median): "
              f"before {line['before'][0]:.3f} CPU s ({line['before'][1]:.3f} s wall), after "
              f"{line['after'][0]:.3f} CPU s ({line['after'][1]:.3f} s wall); findings {line['before'][2]} | "
              f"{line['after'][2]}")
    if args.cold:
        same = all(run["cold"]["digest"] == before[0]["cold"]["digest"] for version in runs.values()
                   for run in version)
        for name, version in runs.items():
            print(f"cold whole-store validation, {name}: "
                  + "; ".join(f"{run['cold']['wall']:.1f} s wall, {run['cold']['cpu']:.1f} CPU s, "
                              f"{run['cold']['validated']} validated, {run['cold']['findings']} findings "
                              f"(load {run['load_before']} -> {run['load_after']})" for run in version))
        print(f"findings identical (every field, every report): {'yes' if same else 'NO'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, nargs="+", default=[100])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--group-size", type=int, default=engine.GROUP_SIZE)
    parser.add_argument("--per-rule", type=int, default=0, help="print the N costliest rules (0: none)")
    parser.add_argument("--work", type=Path, default=None,
                        help="folder for the corpora and stores (default: temporary)")
    parser.add_argument("--store", type=Path, default=None, help="measure on this store (built before)")
    parser.add_argument("--against-tree", type=Path, default=None,
                        help="with --store: the checkout to measure this one against, in turn")
    parser.add_argument("--one-report", type=int, default=0, help="with --store: validate N reports one by one")
    parser.add_argument("--cold", action="store_true", help="with --store: the cold whole-store run too")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)  # one version, JSON out
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(_measure(args.store, args)))
        return
    if args.store is not None:
        if args.against_tree is None:
            parser.error("--store needs --against-tree")
        _side_by_side(args)
        return
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
