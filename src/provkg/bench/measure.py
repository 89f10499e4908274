"""Measurement of provkg on a written synthetic corpus: build, ingest, validation, queries and memory.

Also the helpers the baseline's measurement shares: the bench queries, timed runs, findings against the planted
inconsistencies, runs stopped after a time limit and runs in a fresh process.
"""

from __future__ import annotations

import itertools
import math
import os
import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import RdfFormat, parse

from provkg.bench.corpus import Corpus, Plant, write_corpus
from provkg.core.errors import InputError
from provkg.core.model import Report
from provkg.core.paths import data_dir
from provkg.pipeline.factsheet import read_factsheet
from provkg.validate.engine import Finding


@dataclass(frozen=True)
class BenchQuery:
    name: str
    kind: str  # selective or national
    sparql: str
    summary_of: str | None = None  # for a query on the summary graphs: the raw query it answers like


SUMMARY_QUERIES = "summaries"  # the folder under benchmarks/queries/ of the queries on the summary graphs


def in_flight_for(workers: int) -> int:
    """How many reports are handed to the extraction workers ahead of the writer (ingest phase): two per worker,
    so none waits for its next report while the writer loads one, and at least two."""
    return max(2, 2 * workers)


def load_bench_queries(folder: Path | None = None) -> list[BenchQuery]:
    """The researcher queries of benchmarks/queries/ (a `# Kind:` line says selective or national)."""
    folder = folder or data_dir("benchmarks") / "queries"
    queries = []
    for path in sorted(folder.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        kind = re.search(r"^# Kind:\s*(\w+)", text, flags=re.MULTILINE)
        summary_of = re.search(r"^# Summary of:\s*(\S+)", text, flags=re.MULTILINE)
        # a query on the summaries is named apart from the raw query of the same question
        name = f"{path.stem} (summaries)" if summary_of else path.stem
        queries.append(BenchQuery(name, kind.group(1) if kind else "selective", text,
                                  summary_of.group(1) if summary_of else None))
    if not queries:
        raise InputError("no benchmark queries", str(folder))
    return queries


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))
    return ordered[index]


def _folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def _peak_mb() -> dict[str, float]:
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"peak_rss_mb": round(own, 1), "peak_rss_workers_mb": round(children, 1)}


@dataclass(frozen=True)
class CorpusFiles:
    """A written corpus: ``data`` holds the N reports of the store, ``new`` the one report added afterwards."""

    data: Path
    new: Path
    texts: Path
    reports: int
    figures: int
    text_bytes: int


def write_bench_corpus(corpus: Corpus, folder: Path) -> CorpusFiles:
    """Write all reports but the last under ``folder/data``; the last one, the "new report", under
    ``folder/new``."""
    held = Corpus(corpus.reports[:-1], [p for p in corpus.plants if p.report_id != corpus.reports[-1].report.report_id])
    data, texts = write_corpus(held, folder)
    new_data, _ = write_corpus(Corpus(corpus.reports[-1:]), folder / "new")
    return CorpusFiles(data, new_data, texts, len(held.reports), held.figure_count,
                       sum(len(r.text.encode("utf-8")) for r in held.reports))


def _extract_worker(job: tuple[Report, str, dict[int, str]]) -> tuple[str, bytes, int, int, int]:
    """Extraction and mapping of one report (run in a worker process): its graph as N-Triples, and how many of
    the generated figures the extractor found (same start, same value)."""
    from pyoxigraph import serialize

    from provkg.extract.extractor import extract
    from provkg.pipeline.rdfmap import report_iri, report_triples

    report, text, expected = job
    figures = extract(text, report_period=report.period, lexicon=_worker_state["lexicon"]).figures
    triples = report_triples(report, figures, units=_worker_state["units"], text=text)
    matched = sum(1 for f in figures if expected.get(f.start) == str(f.value))
    return report_iri(report.report_id), serialize(triples, format=RdfFormat.N_TRIPLES), len(figures), matched, \
        len(triples)


_worker_state: dict[str, object] = {}


def _init_worker() -> None:
    from provkg.extract.extractor import load_lexicon
    from provkg.reference.loader import load_reference

    _worker_state["lexicon"] = load_lexicon()
    _worker_state["units"] = load_reference().units


def _ingest_jobs(files: CorpusFiles) -> list[tuple[Report, str, dict[int, str]]]:
    from provkg.pipeline.factsheet import read_reports

    jobs = []
    for report in read_reports(files.data / "reports.csv"):
        text = (files.texts / report.source).read_text(encoding="utf-8")
        sheet = read_factsheet(files.data / "factsheets" / f"{report.report_id}.csv")
        jobs.append((report, text, {f.start: str(f.value) for f in sheet}))
    return jobs


def _timed_queries(run: object, queries: list[BenchQuery], repeats: int) -> dict[str, dict[str, float]]:
    """p50 and p95 (ms) of each query over ``repeats`` runs after one warm-up run, and its row count."""
    import time

    results = {}
    for query in queries:
        rows = run(query.sparql)  # type: ignore[operator]
        times = []
        for _ in range(repeats):
            began = time.perf_counter()
            run(query.sparql)  # type: ignore[operator]
            times.append((time.perf_counter() - began) * 1000)
        results[query.name] = {"kind": query.kind, "rows": rows, "p50_ms": round(_percentile(times, 0.5), 2),
                               "p95_ms": round(_percentile(times, 0.95), 2), "runs": repeats}
    return results


def _findings_summary(findings: list[object], plants: list[Plant]) -> dict[str, object]:
    """Planted inconsistencies found (a finding of the expected rule involves a planted figure) and findings
    that involve no planted figure (false positives on the coherent part of the corpus)."""
    planted_iris = {iri for p in plants for iri in p.iris}
    found = []
    for plant in plants:
        hit = any(f.rule == plant.rule and ({f.focus, *f.related} & set(plant.iris)) for f in findings)  # type: ignore[attr-defined]
        if hit:
            found.append(plant.kind)
    missed = [p.to_dict() for p in plants if p.kind not in found or
              not any(f.rule == p.rule and ({f.focus, *f.related} & set(p.iris)) for f in findings)]  # type: ignore[attr-defined]
    unexplained = [f for f in findings if not ({f.focus, *f.related} & planted_iris)]  # type: ignore[attr-defined]
    by_rule: dict[str, int] = {}
    for f in unexplained:
        by_rule[f.rule] = by_rule.get(f.rule, 0) + 1  # type: ignore[attr-defined]
    return {
        "planted": len(plants), "found": len(plants) - len(missed), "missed": missed,
        "findings": len(findings), "false_positives": len(unexplained), "false_positives_by_rule": by_rule,
        "false_positive_examples": [f.message for f in unexplained[:5]],  # type: ignore[attr-defined]
    }


def ingest_from_text(files: CorpusFiles, store_dir: Path) -> dict[str, object]:
    """The bench's ingest: extraction and mapping in a pool of worker processes (one per core), each report's
    N-Triples handed to one writer that loads them into a new store at ``store_dir`` with their summaries."""
    import multiprocessing
    import time

    from provkg.store.store import KnowledgeStore
    from provkg.store.summaries import with_summaries

    jobs = _ingest_jobs(files)
    workers = os.cpu_count() or 2
    began = time.perf_counter()
    counts = {"extracted": 0, "matched": 0, "triples": 0}
    extracted_at = [began]

    def handed(pool: object) -> Iterator[tuple[str, list[object]]]:
        # Each report's N-Triples parsed and loaded as it arrives, in the order of the jobs, at most a few reports
        # in flight: the writer holds a few reports' N-Triples instead of every report's (at 1,600 reports ~2 GB
        # held until the load began, the peak of this process); extraction overlaps the loading.
        waiting = iter(jobs)
        in_flight = deque(pool.apply_async(_extract_worker, (job,))  # type: ignore[attr-defined]
                          for job in itertools.islice(waiting, in_flight_for(workers)))
        while in_flight:
            iri, ntriples, n_figures, n_matched, n_triples = in_flight.popleft().get()
            for job in itertools.islice(waiting, 1):
                in_flight.append(pool.apply_async(_extract_worker, (job,)))  # type: ignore[attr-defined]
            counts["extracted"] += n_figures
            counts["matched"] += n_matched
            counts["triples"] += n_triples
            extracted_at[0] = time.perf_counter()
            yield iri, list(parse(input=ntriples, format=RdfFormat.N_TRIPLES))

    with multiprocessing.get_context("spawn").Pool(workers, initializer=_init_worker) as pool, \
            KnowledgeStore.open(store_dir, create=True) as ingest_store:
        ingest_store.rebuild(with_summaries(handed(pool)))  # type: ignore[arg-type]
    seconds = time.perf_counter() - began
    return {
        "seconds": round(seconds, 2), "extract_map_seconds": round(extracted_at[0] - began, 2),
        "kb_per_s": round(files.text_bytes / 1000 / seconds, 1), "text_mb": round(files.text_bytes / 1e6, 2),
        "workers": workers, "triples": counts["triples"], "figures_extracted": counts["extracted"],
        "figures_generated": files.figures, "generated_figures_found": counts["matched"],
    }


def measure_provkg(files: CorpusFiles, plants: list[Plant], work: Path, *, repeats: int = 20,
                   validation_limit: float = 300, sample: int = 20, coherent_sample: int = 5) -> dict[str, object]:
    """Every provkg measurement on the corpus ``files`` (run it in a fresh process: its peak memory is its own)."""
    import time

    from pyoxigraph import Store

    from provkg.pipeline.build import BuildSummary, build_graphs, iter_graphs
    from provkg.pipeline.rdfmap import report_iri
    from provkg.reference.loader import load_reference
    from provkg.store.store import KnowledgeStore
    from provkg.store.summaries import report_and_summary, with_summaries
    from provkg.validate.cache import ValidationCache
    from provkg.validate.engine import validate_graph, validate_store

    out: dict[str, object] = {"reports": files.reports, "figures": files.figures}
    reference = load_reference()

    # Build from fact sheets as `provkg build` does: read and check each sheet, map it, stream it into the bulk
    # loader of the on-disk store, compact, publish. Without validating each report as it goes (`provkg build`
    # does): the baseline's build does the same reading and mapping and no validation, and provkg's validation is
    # measured in phases of its own below.
    _log("building from fact sheets ...")
    summary = BuildSummary()
    store_dir = work / "store"
    began = time.perf_counter()
    with KnowledgeStore.open(store_dir, create=True) as store:
        store.rebuild(with_summaries(iter_graphs(files.data, [files.texts], reference, summary, validate=False)),
                      optimize=True)
    seconds = time.perf_counter() - began
    out["build"] = {
        "seconds": round(seconds, 2), "triples": summary.triples,
        "figures_per_s": round(summary.figures / seconds), "triples_per_s": round(summary.triples / seconds),
    }
    note_load(out, "build")
    store = KnowledgeStore.open(store_dir, read_only=True)
    generation = store_dir / str(store.generation())
    out["store_mb"] = round(_folder_bytes(generation) / 1e6, 1)
    out["quads"] = len(store)

    # Ingest from text: extraction and mapping in a pool of worker processes (one per core), one writer.
    _log("ingesting from text ...")
    out["ingest"] = ingest_from_text(files, work / "store-ingest")
    note_load(out, "ingest")

    # Queries on the on-disk store.
    _log("querying ...")
    queries = load_bench_queries()

    def run(sparql: str) -> int:
        return sum(1 for _ in store.query(sparql))  # type: ignore[union-attr]

    out["queries"] = _timed_queries(run, queries, repeats)
    out["summary_queries"] = _summary_queries(store, queries, out["queries"], repeats)  # type: ignore[arg-type]
    note_load(out, "queries")
    store.close()
    # The same queries on a copy in RAM (serve --in-memory), in a process of its own for its memory.
    out["in_memory"] = _in_fresh_process(measure_in_memory, store_dir, repeats=repeats)
    note_load(out, "in_memory")

    # Validation of the whole store (report by report in one process per core, stopped after validation_limit),
    # and one by one for the planted reports and a few coherent ones: found/planted and false positives.
    _log(f"validating the whole store (at most {validation_limit:g} s) ...")

    cache_path = work / "validation-cache.json"

    def validate_whole() -> list[tuple[str, str, list[str]]]:
        # from cold: an empty cache, filled by this run (as `provkg validate --store` does the first time)
        with KnowledgeStore.open(store_dir, read_only=True) as reader:
            source, generation, digests = reader.snapshot()
            result = validate_store(source, generation=generation, progress=_log, cache=ValidationCache(cache_path),
                                    digests=digests)
        return _finding_tuples(result.results)

    whole = _limited(validate_whole, validation_limit)
    out["validate_all"] = _limited_result(whole[1], validation_limit,
                                          _as_findings(whole[0]) if whole[0] is not None else None, plants)
    note_load(out, "validate_all")
    store = KnowledgeStore.open(store_dir, read_only=True)
    planted_ids = sorted({p.report_id for p in plants})[:sample]
    coherent_ids = [r for r in _report_ids(files) if r not in {p.report_id for p in plants}][:coherent_sample]
    _log(f"validating {len(planted_ids)} planted and {len(coherent_ids)} coherent reports one by one ...")
    findings: list[Finding] = []
    times = []
    for report_id in planted_ids + coherent_ids:
        began = time.perf_counter()
        findings += validate_graph(store._current(), report_iri=report_iri(report_id)).results
        times.append(time.perf_counter() - began)
    checked = [p for p in plants if p.report_id in planted_ids]
    out["validate_reports"] = {"reports": len(times), "planted_reports": len(planted_ids),
                               "coherent_reports": len(coherent_ids),
                               "seconds_per_report_p50": round(_percentile(times, 0.5), 3),
                               "seconds_per_report_max": round(max(times), 3),
                               **_findings_summary(findings, checked)}
    note_load(out, "validate_reports")
    store.close()
    _log("adding and validating one new report ...")
    new_graphs, _ = build_graphs(files.new, [files.texts.parent / "new" / "texts"], reference)
    new_iri = next(iri for iri in new_graphs if iri.startswith(report_iri("")))
    with KnowledgeStore.open(store_dir) as writer:
        began = time.perf_counter()
        writer.replace_graphs(report_and_summary(new_iri, new_graphs[new_iri]))
        added = time.perf_counter() - began
    store = KnowledgeStore.open(store_dir, read_only=True)
    current: Store = store._current()
    began = time.perf_counter()
    result = validate_graph(current, report_iri=new_iri)
    out["validate_new"] = {"seconds": round(time.perf_counter() - began, 3), "add_seconds": round(added, 2),
                           "findings": len(result.results)}
    note_load(out, "validate_new")
    store.close()
    if cache_path.is_file():  # the whole-store run finished: validate the store again, after the new report
        _log("validating the whole store again after the new report (reusing unchanged reports) ...")
        cache = ValidationCache.load(cache_path)
        began = time.perf_counter()
        with KnowledgeStore.open(store_dir, read_only=True) as reader:
            source, generation, digests = reader.snapshot()
            validate_store(source, generation=generation, cache=cache, digests=digests)
        out["validate_all_after_ingest"] = {"seconds": round(time.perf_counter() - began, 2),
                                            "reports_validated": cache.validated, "reports_reused": cache.reused}
        note_load(out, "validate_all_after_ingest")
    out["memory"] = _peak_mb()
    return out


def _answer(store: object, sparql: str) -> list[tuple[str, ...]]:
    """A query's rows as sorted tuples of their terms' text, numbers normalised (1.50 and 1.5 alike)."""
    from decimal import Decimal, InvalidOperation

    def text(term: object) -> str:
        value = getattr(term, "value", "")
        try:
            return format(Decimal(value).normalize(), "f") if hasattr(term, "datatype") else value
        except InvalidOperation:
            return value

    rows = store.query(sparql)  # type: ignore[attr-defined]
    names = [v.value for v in rows.variables]
    return sorted(tuple(text(row[name]) for name in names) for row in rows)


def _summary_queries(store: object, raw: list[BenchQuery], raw_times: dict[str, dict[str, float]],
                     repeats: int) -> dict[str, dict[str, object]]:
    """The queries on the summary graphs, side by side with the raw query each answers like: p50 of both and
    whether both give the same rows."""
    folder = data_dir("benchmarks") / "queries" / SUMMARY_QUERIES
    summaries = load_bench_queries(folder)

    def run(sparql: str) -> int:
        return sum(1 for _ in store.query(sparql))  # type: ignore[attr-defined]

    times = _timed_queries(run, summaries, repeats)
    by_name = {q.name: q for q in raw}
    out = {}
    for query in summaries:
        original = by_name[query.summary_of or ""]
        out[query.name] = {**times[query.name], "summary_of": original.name,
                           "raw_p50_ms": raw_times[original.name]["p50_ms"],
                           "speed_up": round(raw_times[original.name]["p50_ms"] / times[query.name]["p50_ms"], 1),
                           "same_answer": _answer(store, query.sparql) == _answer(store, original.sparql)}
    return out


def measure_in_memory(store_dir: Path, *, repeats: int = 20) -> dict[str, object]:
    """The queries on a copy of the store in RAM, as `provkg serve --in-memory` answers them (run it in a fresh
    process: its peak memory is its own)."""
    import time

    from provkg.store.store import KnowledgeStore

    _log("querying a copy of the store in memory ...")
    began = time.perf_counter()
    with KnowledgeStore.open(store_dir, read_only=True, in_memory=True) as store:
        store.current_store()
        loaded = time.perf_counter() - began

        def run(sparql: str) -> int:
            return sum(1 for _ in store.query(sparql))

        queries = _timed_queries(run, load_bench_queries(), repeats)
    return {"load_seconds": round(loaded, 2), "queries": queries, "memory": _peak_mb()}


def _log(message: str) -> None:
    """Progress of a measurement process, on its stderr, with the machine's load (shared machines vary)."""
    import sys

    print(f"  {message} (load average {os.getloadavg()[0]:.2f})", file=sys.stderr, flush=True)


def note_load(out: dict[str, object], phase: str) -> None:
    """Record the 1-minute load average at the end of a phase, beside its figures (``out["load_average"]``): on a
    machine shared with other work the times of a phase run under a load of several are several times longer."""
    out.setdefault("load_average", {})[phase] = round(os.getloadavg()[0], 2)  # type: ignore[index]


def _limited(function: object, limit: float) -> tuple[object | None, float]:
    """``function()`` in a forked process, stopped after ``limit`` seconds: (its result or None, seconds)."""
    import multiprocessing
    import queue as queues
    import time

    def target(channel: object) -> None:
        channel.put(function())  # type: ignore[attr-defined, operator]

    context = multiprocessing.get_context("fork")  # the child shares the parent's data instead of copying it
    channel = context.Queue()
    process = context.Process(target=target, args=(channel,))
    began = time.perf_counter()
    process.start()
    try:
        result = channel.get(timeout=limit)
    except queues.Empty:
        process.kill()
        process.join()
        return None, limit
    seconds = time.perf_counter() - began
    process.join()
    return result, seconds


def _finding_tuples(findings: list[Finding]) -> list[tuple[str, str, list[str]]]:
    return [(f.rule, f.focus, f.related) for f in findings]


def _as_findings(rows: object) -> list[Finding]:
    return [Finding(severity="", rule=rule, message="", focus=focus, related=related)
            for rule, focus, related in rows]  # type: ignore[attr-defined]


def _report_ids(files: CorpusFiles) -> list[str]:
    from provkg.pipeline.factsheet import read_reports

    return [r.report_id for r in read_reports(files.data / "reports.csv")]


def _limited_result(seconds: float, limit: float, findings: list[Finding] | None,
                    plants: list[Plant]) -> dict[str, object]:
    if findings is None and seconds >= limit:
        return {"seconds": None, "timed_out_after": limit}
    return {"seconds": round(seconds, 2), **(_findings_summary(findings, plants) if findings is not None else {})}


def _child(queue: object, function: object, args: tuple[object, ...], kwargs: dict[str, object]) -> None:
    try:
        queue.put(("ok", function(*args, **kwargs)))  # type: ignore[attr-defined, operator]
    except Exception as exc:  # reported to the parent, which raises it
        queue.put(("error", f"{type(exc).__name__}: {exc}"))  # type: ignore[attr-defined]


def _in_fresh_process(function: object, *args: object, **kwargs: object) -> dict[str, object]:
    """Run a measurement in a new process, so that its peak memory is its own and nothing is cached."""
    import multiprocessing
    import queue as queues

    context = multiprocessing.get_context("spawn")
    channel = context.Queue()
    process = context.Process(target=_child, args=(channel, function, args, kwargs))
    process.start()
    while True:
        try:
            status, value = channel.get(timeout=5)
            break
        except queues.Empty:
            if not process.is_alive():
                raise RuntimeError(f"measurement process died (exit code {process.exitcode})") from None
    process.join()
    if status != "ok":
        raise RuntimeError(f"measurement failed: {value}")
    return value
