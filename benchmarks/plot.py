"""Plot build time and query p50 against corpus size from the results-*.json files written by `provkg bench --json`,
and fit a cost curve per operation to project a larger corpus (issue 17).

Usage: python benchmarks/plot.py [RESULTS.json ...] [-o benchmarks/scaling.png] [--project 30000] [--fit-only]
(default: the runs benchmarks/results-<N>.json, one per size, taken on an idle machine).

The fit: per operation, t = a * N^b by least squares on log t against log N over the sizes measured (N reports).
b says how the cost grows (1: linearly); the value at --project reports is a *projection* from the curve, not a
measurement: it assumes nothing changes in kind past the largest size measured (memory, disk, caches).
"""

from __future__ import annotations

import argparse
import json
import math
import re
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load(paths: list[Path]) -> list[dict]:
    runs = [json.loads(path.read_text(encoding="utf-8")) for path in paths]
    return sorted(runs, key=lambda run: run["provkg"]["reports"])


def p50(run: dict, kind: str) -> float:
    """The slowest p50 of the queries of one kind (ms)."""
    return max(q["p50_ms"] for q in run["queries"].values() if q["kind"] == kind)


def _slowest(kind: str, as_provkg_answers: bool = False) -> Callable[[dict], float | None]:
    def get(run: dict) -> float | None:
        queries = dict(run["queries"])
        if as_provkg_answers:
            twins = [t for t in (run.get("summary_queries") or {}).values() if t.get("same_answer")]
            if not twins:
                return None
            for twin in twins:
                queries[twin["summary_of"]] = {**queries[twin["summary_of"]], "p50_ms": twin["p50_ms"]}
        return max(q["p50_ms"] for q in queries.values() if q["kind"] == kind)
    return get


def _seconds(key: str) -> Callable[[dict], float | None]:
    return lambda run: (run.get(key) or {}).get("seconds")


# (operation, how to read it from a run's "provkg" part, unit)
OPERATIONS: tuple[tuple[str, Callable[[dict], float | None], str], ...] = (
    ("build from fact sheets", _seconds("build"), "s"),
    ("ingest from text (2 processes)", _seconds("ingest"), "s"),
    ("validate the whole store, cold (2 processes)", _seconds("validate_all"), "s"),
    ("validate the whole store after one ingest", _seconds("validate_all_after_ingest"), "s"),
    ("validate one new report", _seconds("validate_new"), "s"),
    ("slowest selective query, p50", _slowest("selective"), "ms"),
    ("slowest national query on the raw figures, p50", _slowest("national"), "ms"),
    ("slowest national question as provkg answers it (summaries), p50", _slowest("national", True), "ms"),
    ("store on disk", lambda run: run.get("store_mb"), "MB"),
    ("peak RSS of any process", lambda run: run["memory"]["peak_rss_mb"], "MB"),
    ("copy into memory (serve --in-memory)", lambda run: (run.get("in_memory") or {}).get("load_seconds"), "s"),
)


def fit_power(sizes: list[float], values: list[float]) -> tuple[float, float]:
    """(a, b) of the least-squares line log t = log a + b log N: t = a * N^b."""
    xs, ys = [math.log(n) for n in sizes], [math.log(v) for v in values]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    b = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread
    return math.exp(mean_y - b * mean_x), b


def cost_curves(runs: list[dict], project: int) -> list[dict]:
    """Per operation: the sizes measured, the fitted exponent, the largest measurement and the projection."""
    out = []
    for name, get, unit in OPERATIONS:
        points = [(run["provkg"]["reports"], get(run["provkg"])) for run in runs]
        points = sorted((n, v) for n, v in points if v)
        if len({n for n, _ in points}) < 2:
            out.append({"operation": name, "unit": unit, "sizes": [n for n, _ in points], "fit": None})
            continue
        a, b = fit_power([n for n, _ in points], [v for _, v in points])
        largest = max(points)
        out.append({"operation": name, "unit": unit, "sizes": [n for n, _ in points], "exponent": round(b, 2),
                    "largest": largest, "projected": a * project ** b, "project": project, "fit": (a, b)})
    return out


def curves_table(curves: list[dict], triples_per_report: float) -> str:
    project = next((c["project"] for c in curves if c["fit"]), 0)
    lines = [f"| operation | sizes measured (reports) | cost grows as N^b, b = | largest measured | "
             f"**projected** at {project:,} reports (~{project * triples_per_report / 1e6:,.0f}M triples): "
             "on the fitted curve | linear from the largest |",
             "|---|---|---|---|---|---|"]
    for c in curves:
        if not c["fit"]:
            lines.append(f"| {c['operation']} | {', '.join(f'{s:,}' for s in c['sizes']) or '–'} | – | – | "
                         f"not projected (fewer than 2 sizes) | |")
            continue
        n, value = c["largest"]
        lines.append(f"| {c['operation']} | {', '.join(f'{s:,}' for s in c['sizes'])} | {c['exponent']} | "
                     f"{_human(value, c['unit'])} at {n:,} | {_human(c['projected'], c['unit'])} | "
                     f"{_human(value * project / n, c['unit'])} |")
    return "\n".join(lines)


def _human(value: float, unit: str) -> str:
    if unit == "s" and value >= 3600:
        return f"{value / 3600:,.1f} h"
    if unit == "s" and value >= 120:
        return f"{value / 60:,.1f} min"
    if unit == "ms" and value >= 1000:
        return f"{value / 1000:,.1f} s"
    if unit == "MB" and value >= 1000:
        return f"{value / 1000:,.1f} GB"
    return f"{value:,.1f} {unit}"


def plot(runs: list[dict], output: Path) -> None:
    import matplotlib  # only for the plot: the fit needs none

    matplotlib.use("Agg")  # files only, no display
    import matplotlib.pyplot as plt

    sizes = [run["provkg"]["reports"] for run in runs]
    figure, (build_axis, query_axis) = plt.subplots(1, 2, figsize=(13, 4.2))

    build_axis.plot(sizes, [run["provkg"]["build"]["seconds"] for run in runs], "o-", label="build from fact sheets")
    build_axis.plot(sizes, [run["provkg"]["ingest"]["seconds"] for run in runs], "s-", label="ingest from text")
    build_axis.axhline(120, color="grey", linestyle=":", label="build target at 1,000 (120 s)")
    build_axis.set(xlabel="reports in the corpus", ylabel="seconds", xscale="log",
                   title="provkg: build and ingest time")
    build_axis.legend(fontsize=8)

    for kind, marker in (("selective", "o-"), ("national", "s-")):
        query_axis.plot(sizes, [p50(run["provkg"], kind) for run in runs], marker, label=f"provkg, {kind}")
    in_memory = [run for run in runs if "in_memory" in run["provkg"]]
    if in_memory:
        query_axis.plot([run["provkg"]["reports"] for run in in_memory],
                        [p50(run["provkg"]["in_memory"], "national") for run in in_memory], "s--",
                        label="provkg in memory (serve --in-memory), national")
    compared = [run["comparison"] for run in runs if "comparison" in run]
    for kind, marker in (("selective", "o"), ("national", "s")):
        query_axis.plot([c["reports"] for c in compared], [p50(c["baseline"], kind) for c in compared], marker,
                        color="red", fillstyle="none", label=f"baseline (rdflib), {kind}")
    query_axis.axhline(100, color="grey", linestyle=":", label="selective target (100 ms)")
    query_axis.axhline(2000, color="grey", linestyle="--", label="national target (2 s)")
    query_axis.set(xlabel="reports in the corpus", ylabel="slowest query p50 (ms)", xscale="log", yscale="log",
                   title="query p50 (slowest of each kind)")
    query_axis.legend(fontsize=7, loc="center left", bbox_to_anchor=(1.02, 0.5))

    machine = runs[-1]["machine"]
    figure.suptitle(f"provkg bench: {machine['cores']} cores, {machine['memory_gb']} GB, "
                    f"pyoxigraph {machine['pyoxigraph']}", fontsize=10)
    figure.tight_layout()
    figure.savefig(output, dpi=120)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("results", nargs="*", type=Path)
    parser.add_argument("-o", "--output", type=Path, default=HERE / "scaling.png")
    parser.add_argument("--project", type=int, default=30000,
                        help="reports to project the fitted cost curves to (default: 30,000, a national corpus)")
    parser.add_argument("--fit-only", action="store_true", help="print the fitted curves, write no plot")
    args = parser.parse_args()
    paths = args.results or sorted(p for p in HERE.glob("results-*.json") if re.fullmatch(r"results-\d+", p.stem))
    if not paths:
        parser.error("no results-*.json: run `provkg bench --reports N --json benchmarks/results-N.json` first")
    runs = load(paths)
    largest = runs[-1]["provkg"]
    print(f"cost curves fitted on {', '.join(sorted((p.name for p in paths), key=len))} (a projection past "
          f"{largest['reports']:,} "
          f"reports, not a measurement):")
    print(curves_table(cost_curves(runs, args.project), largest["quads"] / largest["reports"]))
    if not args.fit_only:
        plot(runs, args.output)
        print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
