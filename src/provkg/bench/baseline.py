"""The naive pipeline the bench compares provkg with, and its measurement: one rdflib Graph in memory, pyshacl
over the whole graph, rdflib's SPARQL, on the same corpus."""

from __future__ import annotations

import re

from pyoxigraph import Literal, NamedNode

from provkg.bench.corpus import Plant
from provkg.bench.measure import (
    CorpusFiles,
    _as_findings,
    _ingest_jobs,
    _limited,
    _limited_result,
    _log,
    _peak_mb,
    _timed_queries,
    load_bench_queries,
)
from provkg.core.paths import data_dir
from provkg.validate.engine import Finding


def _rdflib_graph(triples: object) -> object:
    """The triples as one rdflib Graph (terms converted one by one: no parsing cost for the baseline)."""
    import rdflib
    from pyoxigraph import BlankNode

    def term(node: object) -> object:
        if isinstance(node, NamedNode):
            return rdflib.URIRef(node.value)
        if isinstance(node, BlankNode):
            return rdflib.BNode(node.value)
        assert isinstance(node, Literal)
        if node.language:
            return rdflib.Literal(node.value, lang=node.language)
        return rdflib.Literal(node.value, datatype=rdflib.URIRef(node.datatype.value))

    graph = rdflib.Graph()
    for t in triples:  # type: ignore[attr-defined]
        graph.add((term(t.subject), term(t.predicate), term(t.object)))
    return graph


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
    import time

    import rdflib

    from provkg.pipeline.build import build_graphs
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
    del graphs
    out["build"] = {"seconds": round(seconds, 2), "triples": len(graph),  # type: ignore[arg-type]
                    "figures_per_s": round(summary.figures / seconds),
                    "triples_per_s": round(summary.triples / seconds)}

    # Ingest from text, sequentially: extract, map, add to the graph.
    from provkg.extract.extractor import extract, load_lexicon
    from provkg.pipeline.rdfmap import report_triples

    _log("baseline: ingesting from text ...")
    lexicon = load_lexicon()
    jobs = _ingest_jobs(files)
    began = time.perf_counter()
    ingested = rdflib.Graph()
    for report, text, _ in jobs:
        figures = extract(text, report_period=report.period, lexicon=lexicon).figures
        for t in _rdflib_graph(report_triples(report, figures, units=reference.units, text=text)):  # type: ignore[attr-defined]
            ingested.add(t)
    seconds = time.perf_counter() - began
    out["ingest"] = {"seconds": round(seconds, 2), "kb_per_s": round(files.text_bytes / 1000 / seconds, 1),
                     "workers": 1}
    del ingested

    queries = load_bench_queries()

    def run(sparql: str) -> int:
        return sum(1 for _ in graph.query(sparql))  # type: ignore[attr-defined]

    _log("baseline: querying ...")
    out["queries"] = _timed_queries(run, queries, repeats)

    # pyshacl over the whole graph (with the bounds the shapes read), then with the new report added.
    graph.parse(data_dir("shapes") / BOUNDS_FILE, format="turtle")  # type: ignore[attr-defined]
    shapes = load_shapes()
    _log(f"baseline: pyshacl over the whole graph (at most {validation_limit:g} s, twice) ...")
    findings, seconds = _pyshacl_limited(graph, shapes, validation_limit)
    out["validate_all"] = _limited_result(seconds, validation_limit, findings, plants)
    new_graphs, _ = build_graphs(files.new, [files.texts.parent / "new" / "texts"], reference)
    new_iri = next(iri for iri in new_graphs if iri.startswith(report_iri("")))
    for t in _rdflib_graph(new_graphs[new_iri]):  # type: ignore[attr-defined]
        graph.add(t)  # type: ignore[attr-defined]
    findings, seconds = _pyshacl_limited(graph, shapes, validation_limit)
    mine = [f for f in findings or [] if f.focus.startswith(new_iri + "/")]
    out["validate_new"] = {**_limited_result(seconds, validation_limit, None, plants),
                           "findings": len(mine) if findings is not None else None}
    out["memory"] = _peak_mb()
    return out
