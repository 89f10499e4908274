"""The rules rewritten as aggregations, before and after, side by side in one run (validation speed, issue 17).

    nice -n 10 python benchmarks/bench_rule_rewrites.py --reports 300 [--work DIR] [--alone 6] [--repeat 3]
    nice -n 10 python benchmarks/bench_rule_rewrites.py --store STORE [--alone 6] [--repeat 3]

Builds a store of N synthetic reports (`provkg bench`'s corpus, seed 1, built as the bench's build phase builds
it: mapped, summarised, bulk loaded, compacted, no validation) or opens one built before. Then, on the first
province's first group of reports (what a cold whole-store run validates in one store, ``engine.GROUP_SIZE``),
runs the rules as shipped in shapes/ and as they were before the rewrite (frozen in
tests/shapes_before_aggregates.ttl, each renamed ...BeforeAggregates) in turn, ``--repeat`` times, and prints the
median CPU seconds of:

* every rewritten rule, on the first ``--alone`` reports each on its own working store (as a new report is
  validated) and on one store of the whole group (as a grouped cold run validates them);
* validating those reports one by one (``validate_graph``'s phases: gathering the working store, running every
  check, locating the findings), all 149 checks with the rewritten rules in their earlier text or as shipped;
* the whole group in one store, all checks, each way.

and whether the findings agree (every field of every finding). CPU seconds of this process: the machine is
shared, so the wall time moves with the load (printed beside them) far more than with the work.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import pyoxigraph as ox
import rdflib

from provkg.bench.corpus import generate_corpus, write_corpus
from provkg.pipeline.build import BuildSummary, iter_graphs
from provkg.reference.loader import load_reference
from provkg.store.store import KnowledgeStore
from provkg.store.summaries import with_summaries
from provkg.validate import engine

FROZEN = Path(__file__).resolve().parents[1] / "tests" / "shapes_before_aggregates.ttl"
SUFFIX = "BeforeAggregates"


def _load() -> str:
    return f"{os.getloadavg()[0]:.1f}"


def _versions() -> tuple[dict[str, tuple[engine.Check, ...]], list[str]]:
    """Every check twice: 'before' with the rewritten rules' frozen texts (renamed back), 'after' as shipped."""
    graph = rdflib.Graph()
    graph += engine.load_shapes()
    graph.parse(FROZEN, format="turtle")
    compiled = engine.compile_shapes(graph)
    frozen = {check.rule.removesuffix(SUFFIX): check for check in compiled if check.rule.endswith(SUFFIX)}
    shipped = [check for check in compiled if not check.rule.endswith(SUFFIX)]
    before = tuple(engine.Check(**{**vars(frozen[c.rule]), "rule": c.rule}) if c.rule in frozen else c
                   for c in shipped)
    return {"before": before, "after": tuple(shipped)}, sorted(frozen)


def _build(count: int, work: Path) -> Path:
    data, texts = write_corpus(generate_corpus(count, 1), work / "corpus")
    store_dir = work / "store"
    began = time.process_time()
    with KnowledgeStore.open(store_dir, create=True) as store:
        store.rebuild(with_summaries(iter_graphs(data, [texts], load_reference(), BuildSummary(), validate=False)),
                      optimize=True)
    print(f"built {count} reports in {time.process_time() - began:.1f} CPU s (load {_load()})", flush=True)
    return store_dir


def _digest(findings: Sequence[engine.Finding]) -> list[str]:
    return sorted(repr(sorted(f.to_dict().items())) for f in findings)


def _group_store(source: ox.Store, reports: list[str]) -> ox.Store:
    """One store of the group's reports, their neighbours and the shared part, as a grouped run builds it."""
    shared = engine._shared(source)
    work = ox.Store()
    work.extend(shared.quads)
    for report in reports:
        member = engine._member(source, report, shared, keyed=False)
        work.extend(member.own)
        work.extend(member.neighbours)
    return work


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=300)
    parser.add_argument("--store", type=Path, default=None, help="a store built before (else one is built)")
    parser.add_argument("--work", type=Path, default=None, help="folder for the corpus and store (default: temporary)")
    parser.add_argument("--alone", type=int, default=6, help="reports of the group validated one by one")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    versions, rewritten = _versions()
    store_dir = args.store or _build(args.reports, args.work or Path(tempfile.mkdtemp(prefix="provkg-rewrites-")))
    load_before = _load()
    with KnowledgeStore.open(store_dir, read_only=True) as handle:
        source = handle.current_store()
        reports = [row["g"].value for row in source.query(engine._REPORT_GRAPHS)]
        group = engine._groups(source, reports, engine.GROUP_SIZE)[0]
        alone = group[:args.alone]
        engine.working_store(source, alone[0])  # the reference data read once, as in any run
        together = _group_store(source, group)
        # per rule: CPU seconds of each version, median of the repeats
        rule_cpu: dict[str, dict[str, dict[str, list[float]]]] = {"alone": {}, "group": {}}
        phases: dict[str, dict[str, list[float]]] = {name: {} for name in versions}
        group_cpu: dict[str, list[float]] = {name: [] for name in versions}
        found: dict[str, dict[str, list[str]]] = {name: {} for name in versions}
        for _ in range(args.repeat):
            for name, checks in versions.items():
                timings: dict[str, float] = {}
                gather = run = locate = 0.0
                for report in alone:
                    began = time.process_time()
                    work = engine.working_store(source, report)
                    gathered = time.process_time()
                    findings = engine._run_fast(work, report, checks, timings)
                    ran = time.process_time()
                    engine._locate(work, findings)
                    engine._soften_extracted(work, findings, None)
                    gather, run = gather + gathered - began, run + ran - gathered
                    locate += time.process_time() - ran
                    found[name][report] = _digest(findings)
                for phase, seconds in (("gather", gather), ("checks", run), ("locate", locate)):
                    phases[name].setdefault(phase, []).append(seconds)
                for rule in rewritten:
                    rule_cpu["alone"].setdefault(rule, {}).setdefault(name, []).append(timings.get(rule, 0.0))
                timings = {}
                began = time.process_time()
                findings = engine._run_fast(together, group, checks, timings)
                engine._locate(together, findings)
                group_cpu[name].append(time.process_time() - began)
                found[name]["group"] = _digest(findings)
                for rule in rewritten:
                    rule_cpu["group"].setdefault(rule, {}).setdefault(name, []).append(timings.get(rule, 0.0))
    median = statistics.median
    print(f"store {store_dir}: {len(reports)} reports; group of {len(group)} reports of one province "
          f"({len(together):,} quads in one store), {len(alone)} of them one by one; {args.repeat} run(s) of each "
          f"version in turn; CPU seconds, median; load {load_before} -> {_load()} on {os.cpu_count()} cores")
    print(f"\n{'rewritten rule':30} {'alone: before':>14} {'after':>8} {'faster':>7}   "
          f"{'group: before':>14} {'after':>8} {'faster':>7}")
    totals = {place: {name: 0.0 for name in versions} for place in rule_cpu}
    for rule in rewritten:
        cells = []
        for place in ("alone", "group"):
            before, after = (median(rule_cpu[place][rule][name]) for name in ("before", "after"))
            totals[place]["before"] += before
            totals[place]["after"] += after
            cells.append(f"{before:14.3f} {after:8.3f} {before / max(after, 1e-6):6.1f}x")
        print(f"{rule:30} {cells[0]}   {cells[1]}")
    cells = [f"{totals[p]['before']:14.3f} {totals[p]['after']:8.3f} "
             f"{totals[p]['before'] / max(totals[p]['after'], 1e-6):6.1f}x" for p in ("alone", "group")]
    print(f"{'all of them':30} {cells[0]}   {cells[1]}")
    print(f"\nvalidating {len(alone)} reports one by one, every check ({len(versions['after'])}), CPU s:")
    for phase in ("gather", "checks", "locate"):
        before, after = (median(phases[name][phase]) for name in ("before", "after"))
        print(f"  {phase:8} before {before:8.3f}   after {after:8.3f}")
    before, after = (sum(median(v) for v in phases[name].values()) for name in ("before", "after"))
    print(f"  {'all':8} before {before:8.3f}   after {after:8.3f}   {before / after:.2f}x; per report "
          f"{before / len(alone):.3f} -> {after / len(alone):.3f}")
    before, after = (median(group_cpu[name]) for name in ("before", "after"))
    print(f"the group of {len(group)} in one store, every check and locating: before {before:.3f}, after {after:.3f} "
          f"({before / after:.2f}x; per report {before / len(group):.3f} -> {after / len(group):.3f})")
    same = found["before"] == found["after"]
    count = sum(len(v) for v in found["after"].values())
    print(f"findings identical (every field; each report alone and the group): {'yes' if same else 'NO'} "
          f"({count} findings)")


if __name__ == "__main__":
    main()
