"""The naive pipeline the bench compares provkg with, and its measurement: one rdflib Graph in memory, pyshacl,
rdflib's SPARQL, on the same corpus.

Made fair (issue 17): every triple is added once, straight into the graph that is measured; extraction runs in
as many worker processes as provkg's (the graph adds stay in the parent: an rdflib Graph lives in one process);
"validate a new report" runs pyshacl on what the cross-report rules need (the new report's graph, the reference
data, the bounds and the same province's earlier reports), and separately on the whole graph. pyshacl itself
runs in one process: it cannot share a validation between processes."""

from __future__ import annotations

import re

from pyoxigraph import Literal, NamedNode

from provkg.bench.corpus import Plant
from provkg.bench.measure import (
    CorpusFiles,
    _as_findings,
    _ingest_jobs,
    _init_worker,
    _limited,
    _limited_result,
    _log,
    _peak_mb,
    _timed_queries,
    _worker_state,
    load_bench_queries,
    note_load,
)
from provkg.core.paths import data_dir
from provkg.validate.engine import Finding


def _rdflib_term(node: object) -> object:
    import rdflib
    from pyoxigraph import BlankNode

    if isinstance(node, NamedNode):
        return rdflib.URIRef(node.value)
    if isinstance(node, BlankNode):
        return rdflib.BNode(node.value)
    assert isinstance(node, Literal)
    if node.language:
        return rdflib.Literal(node.value, lang=node.language)
    return rdflib.Literal(node.value, datatype=rdflib.URIRef(node.datatype.value))


def _rdflib_triples(triples: object) -> list[tuple[object, object, object]]:
    """pyoxigraph triples as rdflib term tuples (converted one by one: no parsing cost for the baseline)."""
    return [(_rdflib_term(t.subject), _rdflib_term(t.predicate), _rdflib_term(t.object))
            for t in triples]  # type: ignore[attr-defined]


def _rdflib_graph(triples: object, graph: object = None) -> object:
    """The triples added once to ``graph`` (a new rdflib Graph when None)."""
    import rdflib

    graph = rdflib.Graph() if graph is None else graph
    for t in triples:  # type: ignore[attr-defined]
        graph.add((_rdflib_term(t.subject), _rdflib_term(t.predicate), _rdflib_term(t.object)))  # type: ignore[attr-defined]
    return graph


def _baseline_extract_worker(job: tuple[object, str, object]) -> list[tuple[object, object, object]]:
    """Extraction and mapping of one report in a worker process: its triples as rdflib terms (pickled back to
    the parent, which adds them to its Graph)."""
    from provkg.extract.extractor import extract
    from provkg.pipeline.rdfmap import report_triples

    report, text, _ = job
    figures = extract(text, report_period=report.period, lexicon=_worker_state["lexicon"]).figures  # type: ignore[attr-defined]
    return _rdflib_triples(report_triples(report, figures, units=_worker_state["units"], text=text))  # type: ignore[arg-type]


def _pyshacl_limited(graph: object, shapes: object, limit: float) -> tuple[list[Finding] | None, float]:
    """pyshacl over ``graph``, stopped after ``limit`` seconds (then no findings)."""
    import pyshacl
    import rdflib

    def validate() -> list[tuple[str, str, list[str]]]:
        _, results, _ = pyshacl.validate(graph, shacl_graph=shapes, inference="none", allow_warnings=True)
        sh = rdflib.namespace.SH
        return [(re.split(r"[#/]", str(results.value(node, sh.sourceShape)))[-1],  # type: ignore[attr-defined]
                 str(results.value(node, sh.focusNode)), [])
                for node in results.subjects(rdflib.RDF.type, sh.ValidationResult)]

    rows, seconds = _limited(validate, limit)
    return (_as_findings(rows) if rows is not None else None), seconds


def measure_baseline(files: CorpusFiles, plants: list[Plant], *, repeats: int = 3,
                     validation_limit: float = 300) -> dict[str, object]:
    """The naive pipeline on the same corpus: one rdflib Graph in memory, pyshacl over it, rdflib's SPARQL."""
    import multiprocessing
    import os
    import time

    import rdflib

    from provkg.core.namespaces import REFERENCE_GRAPH
    from provkg.pipeline.build import build_graphs
    from provkg.pipeline.factsheet import read_reports
    from provkg.pipeline.rdfmap import report_iri
    from provkg.reference.loader import load_reference
    from provkg.validate.engine import BOUNDS_FILE, load_shapes

    out: dict[str, object] = {"reports": files.reports, "figures": files.figures}
    reference = load_reference()
    _log("baseline: building an rdflib Graph ...")
    began = time.perf_counter()
    graphs, summary = build_graphs(files.data, [files.texts], reference)
    graph = _rdflib_graph(t for triples in graphs.values() for t in triples)
    seconds = time.perf_counter() - began
    out["build"] = {"seconds": round(seconds, 2), "triples": len(graph),  # type: ignore[arg-type]
                    "figures_per_s": round(summary.figures / seconds),
                    "triples_per_s": round(summary.triples / seconds)}
    note_load(out, "build")

    # Ingest from text: extraction and mapping in a pool of as many processes as provkg's, each triple added once
    # to the Graph in the parent.
    workers = os.cpu_count() or 2
    _log(f"baseline: ingesting from text ({workers} extraction processes) ...")
    jobs = _ingest_jobs(files)
    began = time.perf_counter()
    ingested = rdflib.Graph()
    with multiprocessing.get_context("spawn").Pool(workers, initializer=_init_worker) as pool:
        for triples in pool.imap_unordered(_baseline_extract_worker, jobs, chunksize=4):
            ingested.addN((s, p, o, ingested) for s, p, o in triples)
    seconds = time.perf_counter() - began
    out["ingest"] = {"seconds": round(seconds, 2), "kb_per_s": round(files.text_bytes / 1000 / seconds, 1),
                     "workers": workers, "triples": len(ingested)}
    note_load(out, "ingest")
    del ingested

    queries = load_bench_queries()

    def run(sparql: str) -> int:
        return sum(1 for _ in graph.query(sparql))  # type: ignore[attr-defined]

    _log("baseline: querying ...")
    out["queries"] = _timed_queries(run, queries, repeats)
    note_load(out, "queries")

    # "Validate a new report", fairly: pyshacl on the new report's graph with what the cross-report rules need
    # (the reference data, the bounds, the same province's earlier reports), as provkg reads only those too.
    bounds = rdflib.Graph().parse(data_dir("shapes") / BOUNDS_FILE, format="turtle")
    shapes = load_shapes()
    new_graphs, _ = build_graphs(files.new, [files.texts.parent / "new" / "texts"], reference)
    new_iri = next(iri for iri in new_graphs if iri.startswith(report_iri("")))
    new_report = next(iter(read_reports(files.new / "reports.csv")))
    earlier = [report_iri(r.report_id) for r in read_reports(files.data / "reports.csv")
               if r.province == new_report.province]
    neighbourhood = _rdflib_graph(t for iri in [REFERENCE_GRAPH, *earlier, new_iri]
                                  for t in (new_graphs[iri] if iri == new_iri else graphs[iri]))
    neighbourhood += bounds  # type: ignore[operator]
    _log(f"baseline: pyshacl over the new report and {len(earlier)} earlier reports of its province "
         f"(at most {validation_limit:g} s) ...")
    findings, seconds = _pyshacl_limited(neighbourhood, shapes, validation_limit)
    mine = [f for f in findings or [] if f.focus.startswith(new_iri + "/")]
    out["validate_new"] = {**_limited_result(seconds, validation_limit, None, plants),
                           "findings": len(mine) if findings is not None else None,
                           "earlier_reports": len(earlier), "triples": len(neighbourhood)}  # type: ignore[arg-type]
    note_load(out, "validate_new")
    del neighbourhood, graphs

    # pyshacl over the whole graph (with the bounds the shapes read), then with the new report added.
    graph += bounds  # type: ignore[operator]
    _log(f"baseline: pyshacl over the whole graph (at most {validation_limit:g} s, twice) ...")
    findings, seconds = _pyshacl_limited(graph, shapes, validation_limit)
    out["validate_all"] = _limited_result(seconds, validation_limit, findings, plants)
    note_load(out, "validate_all")
    _rdflib_graph(new_graphs[new_iri], graph)
    findings, seconds = _pyshacl_limited(graph, shapes, validation_limit)
    mine = [f for f in findings or [] if f.focus.startswith(new_iri + "/")]
    out["validate_new_whole_graph"] = {**_limited_result(seconds, validation_limit, None, plants),
                                       "findings": len(mine) if findings is not None else None}
    note_load(out, "validate_new_whole_graph")
    out["memory"] = _peak_mb()
    return out
