"""Time to validate one new report against a store already holding many (issue 4: target under 1 s).

    python benchmarks/bench_validate.py [--reports 300] [--figures 250] [--provinces 10] [--disk DIR] [--repeat 5]
                                        [--compare] [--against-shapes DIR] [--per-rule N]

Builds a store of synthetic reports (the real RDF mapping of fact-sheet rows: levels, changes against the same
period of the previous year, plan achievements with their plan values, breakdowns with parts) spread over
provinces and half-years, so that each new report meets the same indicators, areas and periods in the store's
older reports. Then a new report is added and validated with the fast engine; prints the store size and the
median and worst time of the validation, and the split between gathering the data and running the shapes.
Each report has a text of its own (one sentence a line), so the sentence rules run too. With --compare, the
alternative is timed beside it: the same shapes run over a copy of the whole store (no gathering of neighbours).
With --against-shapes DIR (e.g. the shapes/ of another checkout), the validation with those shapes is timed in
turn with this checkout's on the same store, so that a loaded machine affects both alike; the 1-minute load average
is printed beside the figures. With --per-rule N, the N slowest rules are listed with their median time over the
repeats on the new report's working store, in CPU seconds (beside the time with the shapes of --against-shapes, run
in turn).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox

from provkg.core.model import Figure, Report
from provkg.core.namespaces import INDICATOR, REFERENCE_GRAPH
from provkg.pipeline.rdfmap import report_iri, report_triples
from provkg.reference.loader import UnitIndex, load_reference
from provkg.validate.engine import _compiled, _run_fast, validate_graph, working_store

UNITS = {"billion-vnd": "tỷ đồng", "tonne": "tấn", "hectare": "ha", "person": "người", "household": "hộ",
         "percent": "%", "head": "con", "visit": "lượt"}


def indicators_with_units(reference_triples: list[ox.Triple]) -> list[tuple[str, str]]:
    """(indicator local name, unit as written) for every indicator whose default unit we can write."""
    pairs = []
    for t in reference_triples:
        if t.predicate.value.endswith("#defaultUnit") and t.subject.value.startswith(INDICATOR):
            unit = t.object.value.rsplit("/", 1)[1]
            if unit in UNITS:
                pairs.append((t.subject.value.removeprefix(INDICATOR), UNITS[unit]))
    return sorted(pairs)


def synthetic_report(report_id: str, province: str, year: int, half: int, figures: int,
                     indicators: list[tuple[str, str]], rng: random.Random) -> tuple[Report, list[Figure]]:
    period, base = f"{year}-H{half}", f"{year - 1}-H{half}"
    report = Report(report_id=report_id, province=province, issuer="UBND tỉnh", number=f"{rng.randint(1, 400)}/BC",
                    date=date(year, 7 if half == 1 else 12, 8), period=period, title_en="synthetic",
                    source=f"{report_id}.txt", text_sha256="0" * 64, text_length=10_000_000)
    rows: list[Figure] = []
    start = 0

    def add(value: Decimal, unit: str, measure: str, indicator: str, row_period: str, **extra: object) -> int:
        nonlocal start
        start += 40
        rows.append(Figure(value=value, unit_text=unit, measure=measure, subject="chỉ tiêu", period=row_period,
                           estimate=False, section="P1/A/I", start=start, end=start + 12, indicator=indicator,
                           **extra))
        return start

    chosen = rng.sample(indicators, min(len(indicators), figures // 4))
    for indicator, unit in chosen:
        level = Decimal(rng.randint(1000, 90000)) / 10
        total = add(level, unit, "value", indicator, period)
        if unit == "%":
            continue
        add(Decimal(rng.randint(-50, 150)) / 10, "%", "change_pct", indicator, period, comparison_period=base)
        add(level * Decimal("0.9"), unit, "value", indicator, base)
        add(level * Decimal("0.3"), unit, "value", indicator, period, parent=total, area=f"{province}/district-a")
        if len(rows) >= figures:
            break
    return report, rows[:figures]


def synthetic_text(figures: list[Figure]) -> str:
    """A text of the report's length, one line (one sentence) every 200 characters: the sentence rules' input."""
    chars = ["x"] * (max(f.end for f in figures) + 20)
    for start in range(200, len(chars), 200):
        chars[start - 1] = "\n"
    return "".join(chars)


def build_store(store: ox.Store, args: argparse.Namespace) -> tuple[UnitIndex, list[tuple[str, str]], int]:
    reference = load_reference()
    indicators = indicators_with_units(reference.triples)
    rng = random.Random(7)
    quads = 0

    def every_quad() -> Iterator[ox.Quad]:
        nonlocal quads
        yield from (ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(REFERENCE_GRAPH))
                    for t in reference.triples)
        for n in range(args.reports):
            province = f"province-{n % args.provinces}"
            year, half = 2010 + (n // args.provinces) // 2, 1 + (n // args.provinces) % 2
            report, figures = synthetic_report(f"{province}-{year}-H{half}-{n}", province, year, half, args.figures,
                                               indicators, rng)
            graph = ox.NamedNode(report_iri(report.report_id))
            triples = report_triples(report, figures, units=reference.units, text=synthetic_text(figures))
            quads += len(triples)
            yield from (ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples)

    # One bulk load of everything, as `provkg build` streams its reports into one: a bulk load per report left
    # ~2,000 overlapping files, every index scan read all of them, and gathering a report's neighbours took
    # minutes instead of about a second (compacting them afterwards took 55 min on the loaded machine).
    store.bulk_extend(every_quad())
    return reference.units, indicators, quads


def print_per_rule(work: ox.Store, new_iri: str, args: argparse.Namespace) -> None:
    """The slowest rules on one working store, each shapes folder run in turn on it ``args.repeat`` times."""
    folders = {"this checkout": None} | ({"against": args.against_shapes} if args.against_shapes else {})
    samples: dict[str, dict[str, list[float]]] = {name: {} for name in folders}
    for _ in range(args.repeat):
        for name, folder in folders.items():
            timings: dict[str, float] = {}
            _run_fast(work, new_iri, _compiled(folder), timings)
            for rule, seconds in timings.items():
                samples[name].setdefault(rule, []).append(seconds)
    medians = {name: {rule: statistics.median(times) for rule, times in rules.items()}
               for name, rules in samples.items()}
    mine = medians["this checkout"]
    against = medians.get("against", {})
    ranked = sorted(set(mine) | set(against), key=lambda rule: -max(mine.get(rule, 0), against.get(rule, 0)))
    print(f"per rule, median of {args.repeat} (CPU seconds):" + (f" against {args.against_shapes} | this checkout"
                                                               if against else ""))
    for rule in ranked[:args.per_rule]:
        before = f"{against[rule]:8.3f} | " if rule in against else ("       - | " if against else "")
        print(f"  {rule:40s} {before}{mine[rule]:8.3f}" if rule in mine else f"  {rule:40s} {before}       -")
    total_before = f"{sum(against.values()):8.3f} | " if against else ""
    print(f"  {'all rules':40s} {total_before}{sum(mine.values()):8.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=300)
    parser.add_argument("--figures", type=int, default=250)
    parser.add_argument("--provinces", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--disk", type=Path, default=None, help="build the store on disk in this empty folder")
    parser.add_argument("--against-shapes", type=Path, default=None,
                        help="also time the validation with the shapes of this folder, in turn with this checkout's")
    parser.add_argument("--per-rule", type=int, default=0, metavar="N",
                        help="list the N slowest rules (median CPU seconds over the repeats), beside --against-shapes")
    parser.add_argument("--compare", action="store_true",
                        help="also time the alternative: the shapes over a copy of the whole store, once")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        store = ox.Store(str(args.disk or Path(scratch) / "store"))
        began = time.perf_counter()
        units, indicators, quads = build_store(store, args)
        print(f"store: {args.reports} reports, {quads:,} report triples, built in {time.perf_counter() - began:.1f} s"
              f" ({'on disk' if args.disk else 'on disk, temporary'})")

        # The new report: the next half-year of province 0, so its levels and changes meet older reports.
        done = args.reports // args.provinces  # half-years already in the store for province 0
        report, figures = synthetic_report("province-0-new", "province-0", 2010 + done // 2, 1 + done % 2,
                                           args.figures, indicators, random.Random(11))
        new_iri = report_iri(report.report_id)
        triples = report_triples(report, figures, units=units, text=synthetic_text(figures))
        store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(new_iri)) for t in triples)
        print(f"new report: {len(figures)} figures, {len(triples):,} triples")

        totals, gathers, runs, findings, others, loads = [], [], [], 0, [], []
        for _ in range(args.repeat):
            loads.append(os.getloadavg()[0])
            began = time.perf_counter()
            result = validate_graph(store, report_iri=new_iri)
            totals.append(time.perf_counter() - began)
            if args.against_shapes:
                began = time.perf_counter()
                validate_graph(store, report_iri=new_iri, shapes_dir=args.against_shapes)
                others.append(time.perf_counter() - began)
            findings = len(result.results)
            began = time.perf_counter()
            work = working_store(store, new_iri)
            gathers.append(time.perf_counter() - began)
            began = time.perf_counter()
            _run_fast(work, new_iri, _compiled())
            runs.append(time.perf_counter() - began)
        print(f"working store: {len(work):,} quads (report, reference data, bounds, neighbouring figures)")
        print(f"validate one report: median {statistics.median(totals):.3f} s, worst {max(totals):.3f} s "
              f"({findings} findings); gather {statistics.median(gathers):.3f} s, "
              f"shapes {statistics.median(runs):.3f} s over {len(_compiled())} queries")
        print("target < 1 s:", "met" if max(totals) < 1 else "NOT met",
              f"(1-minute load average {min(loads):.1f}-{max(loads):.1f} on {os.cpu_count()} cores)")
        if args.against_shapes:
            print(f"with the shapes of {args.against_shapes}: median {statistics.median(others):.3f} s, worst "
                  f"{max(others):.3f} s, against {statistics.median(totals):.3f} s")
        if args.per_rule:
            print_per_rule(work, new_iri, args)
        if args.compare:
            began = time.perf_counter()
            whole = working_store(store, None)
            _run_fast(whole, new_iri, _compiled())
            print(f"alternative, the shapes over the whole store ({len(whole):,} quads): "
                  f"{time.perf_counter() - began:.3f} s, against {statistics.median(totals):.3f} s")
        del store


if __name__ == "__main__":
    main()
