"""Plot build time and query p50 against corpus size from the results-*.json files written by `provkg bench --json`.

Usage: python benchmarks/plot.py [RESULTS.json ...] [-o benchmarks/scaling.png]
(default: every benchmarks/results-*.json).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only, no display
import matplotlib.pyplot as plt  # noqa: E402

HERE = Path(__file__).resolve().parent


def load(paths: list[Path]) -> list[dict]:
    runs = [json.loads(path.read_text(encoding="utf-8")) for path in paths]
    return sorted(runs, key=lambda run: run["provkg"]["reports"])


def p50(run: dict, kind: str) -> float:
    """The slowest p50 of the queries of one kind (ms)."""
    return max(q["p50_ms"] for q in run["queries"].values() if q["kind"] == kind)


def plot(runs: list[dict], output: Path) -> None:
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
    args = parser.parse_args()
    paths = args.results or sorted(HERE.glob("results-*.json"))
    if not paths:
        parser.error("no results-*.json: run `provkg bench --reports N --json benchmarks/results-N.json` first")
    plot(load(paths), args.output)
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
