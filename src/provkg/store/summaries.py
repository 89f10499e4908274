"""Per-report summaries of the figures, materialised at load time for the national questions (issue 17).

Why: a national aggregation over the raw figures joins two or three triple patterns for every figure of the
corpus, and on disk each join step is a RocksDB block read (profiled: 87% of the slowest national query's time).
The national questions group by few dimensions, so each report also gets a small *summary graph* whose rows are
already grouped by them: a national query then reads a few rows per report instead of every figure.

Each report's summary graph (``summary_graph_iri``) holds one row per measure and period: ``sum:figureCount``,
the figures of the report with that pk:measure and pk:refPeriod (a report states a few measures of one or two
periods: about ten rows for its ~300 figures). It is computed from the report's own triples when it is loaded
(`provkg build`, `provkg ingest`) and replaced with its report in the same atomic write.

Why only this grain: a per-report row shrinks a national question only when the report holds many figures per
row. By measure and period it does (~30 figures a row); by indicator it does not (a report states each
indicator's change once), so per-indicator averages stay on the raw figures; totals over the whole corpus would
shrink them but would have to be recomputed from every report at each ingest.

The raw figures stay the source of truth: a summary is derived data, never edited, never validated on its own;
the summary terms live in their own namespace so that queries on the figures never match a summary row.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator

from pyoxigraph import Literal, NamedNode, Triple

from provkg.core.namespaces import BASE, PK, REPORT, XSD

SUMMARY = BASE + "summary#"
SUMMARY_GRAPH = BASE + "graph/summary/"

_RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_MEASURE, _PERIOD = NamedNode(PK + "measure"), NamedNode(PK + "refPeriod")
_INTEGER = NamedNode(XSD + "integer")


def _term(name: str) -> NamedNode:
    return NamedNode(SUMMARY + name)


def is_report_graph(name: str) -> bool:
    """A report's own graph (REPORT + its id), not a graph kept beside it (its validation graph: .../validation)."""
    return name.startswith(REPORT) and "/" not in name.removeprefix(REPORT)


def summary_graph_iri(report_iri: str) -> str:
    """Name of the summary graph of the report whose graph is ``report_iri``."""
    return SUMMARY_GRAPH + report_iri.removeprefix(REPORT)


def report_of_summary(name: str) -> str | None:
    """The report graph whose summary graph is ``name``; None for any other graph."""
    if not name.startswith(SUMMARY_GRAPH) or "/" in name.removeprefix(SUMMARY_GRAPH):
        return None
    return REPORT + name.removeprefix(SUMMARY_GRAPH)


def _row(report_iri: str, key: tuple[NamedNode, ...]) -> NamedNode:
    digest = hashlib.sha1(" ".join(k.value for k in key).encode()).hexdigest()[:16]
    return NamedNode(f"{summary_graph_iri(report_iri)}/row/{digest}")


def summary_triples(report_iri: str, triples: Iterable[Triple]) -> list[Triple]:
    """The summary rows of one report, computed from its graph's triples."""
    measures: dict[object, list[NamedNode]] = {}
    periods: dict[object, list[NamedNode]] = {}
    for t in triples:
        if t.predicate == _MEASURE and isinstance(t.object, NamedNode):
            measures.setdefault(t.subject, []).append(t.object)
        elif t.predicate == _PERIOD and isinstance(t.object, NamedNode):
            periods.setdefault(t.subject, []).append(t.object)
    # Counted as the SPARQL join counts: one per combination of a figure's measures and periods.
    counts: dict[tuple[NamedNode, NamedNode], int] = {}
    for subject, subject_measures in measures.items():
        for measure in subject_measures:
            for period in periods.get(subject, ()):
                counts[measure, period] = counts.get((measure, period), 0) + 1
    out: list[Triple] = []
    report = NamedNode(report_iri)
    for (measure, period), count in sorted(counts.items(), key=lambda item: (item[0][0].value, item[0][1].value)):
        row = _row(report_iri, (measure, period))
        out += [Triple(row, _RDF_TYPE, _term("MeasurePeriodRow")), Triple(row, _term("report"), report),
                Triple(row, _term("measure"), measure), Triple(row, _term("period"), period),
                Triple(row, _term("figureCount"), Literal(str(count), datatype=_INTEGER))]
    return out


def with_summaries(graphs: Iterable[tuple[str, list[Triple]]]) -> Iterator[tuple[str, list[Triple]]]:
    """Each (name, triples) of ``graphs``, and after each report's graph its summary graph (for a bulk load)."""
    for name, triples in graphs:
        yield name, triples
        if is_report_graph(name):
            yield summary_graph_iri(name), summary_triples(name, triples)


def summary_graph(report_iri: str, triples: list[Triple]) -> dict[str, list[Triple]]:
    """A report's summary graph (name: triples), to be written in the same atomic write as the report (ingest)."""
    return {summary_graph_iri(report_iri): summary_triples(report_iri, triples)}


def report_and_summary(report_iri: str, triples: list[Triple]) -> dict[str, list[Triple]]:
    """A report's graph and its summary graph, to be replaced together in one write."""
    return {report_iri: triples, **summary_graph(report_iri, triples)}
