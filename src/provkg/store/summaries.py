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
indicator's change once): per-indicator questions read the province rollups below instead.

*Area rows* (``sum:AreaRow``, in the same summary graph) serve the selective questions about one area (q03: a
programme's figures in one province over the years): one row per area the report's graph names with pk:refArea
(sum:areaReport, sum:area). A question then reads the few reports about that area, each inside its own graph (an
index of the graph, a handful of figures), instead of joining every figure about the area or the programme across
the store (at 100 reports: 1.6 ms against 30 ms for the join, growing with the store). It finds what the raw
query finds as long as a figure is described in the graph of the report that states it, as the mapping writes it.

*Province rollups* (``rollup_graph_iri``) serve the questions grouped by indicator: one graph per province (the
pk:province a report states in its own graph; a report stating none is a group of its own) with one row per
measure and indicator over all that province's reports (sum:rollupMeasure, sum:rollupIndicator):
sum:rollupCount, sum:rollupSum, sum:rollupMin, sum:rollupMax (the average is the sum over the count, as
SPARQL's AVG computes it). A province's reports add up over the years while its rows do not, so a national
question reads provinces x indicators rows instead of every figure (at 10 reports a province, q08's twin was
measured 4.3x faster than q08; the gain grows with the reports per province). The store writes them itself
(``refresh_rollups``, called by every write of KnowledgeStore) in the same atomic write as the reports: all of
them after a rebuild (one aggregate over every figure), otherwise the provinces of the reports written, before
and after the write (one aggregate over that province's reports). A report is taken to state one province, as
the mapping writes it.

The raw figures stay the source of truth: a summary is derived data, never edited, never validated on its own;
the summary terms live in their own namespace so that queries on the figures never match a summary row.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from decimal import Context, Decimal, localcontext

from pyoxigraph import Literal, NamedNode, Quad, Store, Triple

from provkg.core.namespaces import BASE, PK, REPORT, XSD

SUMMARY = BASE + "summary#"
SUMMARY_GRAPH = BASE + "graph/summary/"
ROLLUP_GRAPH = SUMMARY_GRAPH + "province/"

_RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_MEASURE, _PERIOD = NamedNode(PK + "measure"), NamedNode(PK + "refPeriod")
_AREA = NamedNode(PK + "refArea")
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
    """The summary rows of one report, computed from its graph's triples: one per measure and period, and one per
    area its graph's pk:refArea names (``sum:AreaRow``: the reports to read for a question about one area)."""
    measures: dict[object, list[NamedNode]] = {}
    periods: dict[object, list[NamedNode]] = {}
    areas: set[NamedNode] = set()
    for t in triples:
        if t.predicate == _MEASURE and isinstance(t.object, NamedNode):
            measures.setdefault(t.subject, []).append(t.object)
        elif t.predicate == _PERIOD and isinstance(t.object, NamedNode):
            periods.setdefault(t.subject, []).append(t.object)
        elif t.predicate == _AREA and isinstance(t.object, NamedNode):
            areas.add(t.object)
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
    for area in sorted(areas, key=lambda node: node.value):
        row = NamedNode(f"{summary_graph_iri(report_iri)}/area/{hashlib.sha1(area.value.encode()).hexdigest()[:16]}")
        out += [Triple(row, _RDF_TYPE, _term("AreaRow")), Triple(row, _term("areaReport"), report),
                Triple(row, _term("area"), area)]
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


# -- province rollups ---------------------------------------------------------------------------------------------

_PROVINCE = NamedNode(PK + "province")
_IS_REPORT = (f'FILTER (STRSTARTS(STR(?report), "{REPORT}") '
              f'&& !CONTAINS(STRAFTER(STR(?report), "{REPORT}"), "/"))')
_FIGURES = f"?obs <{PK}measure> ?measure ; <{PK}indicator> ?indicator ; <{PK}value> ?value ."
_AGGREGATES = ("(COUNT(?value) AS ?n) (SUM(?value) AS ?total) (MIN(?value) AS ?lowest) "
               "(MAX(?value) AS ?highest)")
# Predicates of their own, not the per-report rows' (sum:measure ...): a question on one kind of row never scans
# the other's (sharing sum:measure made q09's twin read 4x the rows).
_ROW_FIELDS = (("rollupCount", "n"), ("rollupSum", "total"), ("rollupMin", "lowest"), ("rollupMax", "highest"))


def rollup_graph_iri(group: str) -> str:
    """Name of the rollup graph of a group: a province's IRI, or a report graph stating no province."""
    return ROLLUP_GRAPH + hashlib.sha1(group.encode()).hexdigest()[:16]


def report_groups(store: Store, reports: Iterable[str]) -> set[str]:
    """The groups of the report graphs ``reports`` as ``store`` holds them (a report not held: no group)."""
    held = {g.value for g in store.named_graphs() if isinstance(g, NamedNode)}
    groups: set[str] = set()
    for report in reports:
        if report in held:
            node = NamedNode(report)
            provinces = {q.object.value for q in store.quads_for_pattern(node, _PROVINCE, None, node)}
            groups |= provinces or {report}
    return groups


def _group_rows(store: Store, group: str) -> list[tuple[NamedNode, ...]]:
    if is_report_graph(group):  # a report stating no province
        sparql = (f"SELECT ?measure ?indicator {_AGGREGATES} WHERE {{ GRAPH <{group}> {{ {_FIGURES} }} "
                  f"FILTER NOT EXISTS {{ GRAPH <{group}> {{ <{group}> <{PK}province> ?p }} }} }} "
                  "GROUP BY ?measure ?indicator")
    else:
        sparql = (f"SELECT ?measure ?indicator {_AGGREGATES} WHERE {{ GRAPH ?report {{ "
                  f"?report <{PK}province> <{group}> . {_FIGURES} }} {_IS_REPORT} }} GROUP BY ?measure ?indicator")
    return [tuple(row[name] for name in ("measure", "indicator", "n", "total", "lowest", "highest"))
            for row in store.query(sparql)]


def _all_rows(store: Store) -> dict[str, list[tuple[NamedNode, ...]]]:
    sparql = (f"SELECT ?group ?measure ?indicator {_AGGREGATES} WHERE {{ GRAPH ?report {{ {_FIGURES} "
              f"OPTIONAL {{ ?report <{PK}province> ?province }} }} {_IS_REPORT} "
              "BIND (COALESCE(?province, ?report) AS ?group) } GROUP BY ?group ?measure ?indicator")
    rows: dict[str, list[tuple[NamedNode, ...]]] = {}
    for row in store.query(sparql):
        rows.setdefault(row["group"].value, []).append(
            tuple(row[name] for name in ("measure", "indicator", "n", "total", "lowest", "highest")))
    return rows


def _rollup_triples(group: str, rows: list[tuple[NamedNode, ...]]) -> list[Triple]:
    graph = rollup_graph_iri(group)
    out: list[Triple] = []
    for measure, indicator, *values in sorted(rows, key=lambda r: (r[0].value, r[1].value)):
        row = NamedNode(f"{graph}/row/{hashlib.sha1(f'{measure.value} {indicator.value}'.encode()).hexdigest()[:16]}")
        out += [Triple(row, _RDF_TYPE, _term("ProvinceIndicatorRow")), Triple(row, _term("rollupOf"), NamedNode(group)),
                Triple(row, _term("rollupMeasure"), measure), Triple(row, _term("rollupIndicator"), indicator)]
        # An aggregate the store could not compute (SUM of a value that is not a number) is unbound: that field is
        # left out of the row, as the raw query leaves its AVG unbound, instead of written as nothing.
        out += [Triple(row, _term(name), value) for (name, _), value in zip(_ROW_FIELDS, values, strict=True)
                if value is not None]
    return out


_DECIMAL = NamedNode(XSD + "decimal")
_VALUE, _INDICATOR = NamedNode(PK + "value"), NamedNode(PK + "indicator")
_DECIMAL_LEXICAL = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_LIMIT = Decimal(10) ** 20  # below Oxigraph's decimal range (i128 with 18 fractional digits): no overflow to mirror
# Sums as exact as the store's: values below _LIMIT with at most 18 fractional digits need up to 38 digits, and a sum
# of them a few more; Python's default context keeps 28 and rounded them.
_EXACT = Context(prec=80)


def _stored_decimal(value: Decimal) -> Literal:
    """An xsd:decimal as the store gives it back (its canonical form: "138.0" -> "138", "0.50" -> "0.5")."""
    if value == 0:
        return Literal("0", datatype=_DECIMAL)
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return Literal(text, datatype=_DECIMAL)


class RollupTally:
    """The rows of every rollup graph, tallied from the report graphs as a rebuild streams them into the store.

    Why: after a bulk load, the aggregate of ``refresh_rollups(store, None)`` read every figure back from a store
    not yet compacted (at 150 reports, 12% of a build's time, growing faster than the store). The tally computes
    the same rows from the triples on their way in: each figure counted once per combination of its measures,
    indicators, values and its report's provinces, as the SPARQL join counts, values compared and written as the
    store holds them. It answers only what it can answer exactly (``rollups`` None otherwise: the caller runs the
    SPARQL aggregate): every value an xsd:decimal well inside the store's range, each graph given once, no rollup
    graph among the inputs.
    """

    def __init__(self) -> None:
        self.exact = True
        self._seen: set[str] = set()
        # group -> (measure, indicator) -> [count, sum, lowest, highest]
        self._rows: dict[str, dict[tuple[object, object], list[Decimal | int]]] = {}

    def add(self, name: str, triples: Iterable[Triple]) -> None:
        """Tally one graph of the stream (any graph: only report graphs count)."""
        if name in self._seen or name.startswith(ROLLUP_GRAPH):
            self.exact = False
        self._seen.add(name)
        if not self.exact or not is_report_graph(name):
            return
        report = NamedNode(name)
        measures: dict[object, set[object]] = {}
        indicators: dict[object, set[object]] = {}
        values: dict[object, set[Decimal]] = {}
        provinces: set[str] = set()
        for t in triples:
            predicate = t.predicate
            if predicate == _MEASURE:
                measures.setdefault(t.subject, set()).add(t.object)
            elif predicate == _INDICATOR:
                indicators.setdefault(t.subject, set()).add(t.object)
            elif predicate == _VALUE:
                value = t.object
                if not (isinstance(value, Literal) and value.datatype == _DECIMAL
                        and _DECIMAL_LEXICAL.fullmatch(value.value)):
                    self.exact = False
                    return
                number = Decimal(value.value)
                if abs(number) >= _LIMIT or -number.as_tuple().exponent > 18:  # type: ignore[operator]
                    self.exact = False
                    return
                values.setdefault(t.subject, set()).add(number)
            elif predicate == _PROVINCE and t.subject == report:
                provinces.add(t.object.value)
        with localcontext(_EXACT):
            self._tally(provinces or {name}, measures, indicators, values)

    def _tally(self, groups: set[str], measures: dict[object, set[object]], indicators: dict[object, set[object]],
               values: dict[object, set[Decimal]]) -> None:
        for group in groups:
            rows = self._rows.setdefault(group, {})
            for subject, subject_measures in measures.items():
                for measure in subject_measures:
                    for indicator in indicators.get(subject, ()):
                        for number in values.get(subject, ()):
                            row = rows.get((measure, indicator))
                            if row is None:
                                rows[measure, indicator] = [1, number, number, number]
                            else:
                                row[0] += 1
                                row[1] += number
                                row[2] = min(row[2], number)
                                row[3] = max(row[3], number)

    def rollups(self) -> dict[str, list[Triple]] | None:
        """Each rollup graph (name: triples) as ``refresh_rollups(store, None)`` writes it, or None when the tally
        cannot tell exactly."""
        if not self.exact or any(abs(row[1]) >= _LIMIT for rows in self._rows.values() for row in rows.values()):
            return None
        return {rollup_graph_iri(group): _rollup_triples(group, [
            (measure, indicator, Literal(str(count), datatype=_INTEGER), *map(_stored_decimal, (total, low, high)))
            for (measure, indicator), (count, total, low, high) in rows.items()])
            for group, rows in self._rows.items() if rows}


def refresh_rollups(store: Store, groups: set[str] | None) -> dict[str, list[Triple]]:
    """Write again, in ``store``, the rollup graph of each of ``groups`` (None: every group, every rollup graph
    removed first) from the report graphs it holds now; a group without figures has no rollup graph. Returns
    each rollup graph written or removed (name: its triples, none when removed), for the digests."""
    held = {g.value for g in store.named_graphs() if isinstance(g, NamedNode) and g.value.startswith(ROLLUP_GRAPH)}
    if groups is None:
        stale, by_group = held, _all_rows(store)
    else:
        stale = {rollup_graph_iri(group) for group in groups} & held
        by_group = {group: _group_rows(store, group) for group in groups}
    written: dict[str, list[Triple]] = {name: [] for name in stale}
    for name in stale:
        store.remove_graph(NamedNode(name))
    for group, rows in by_group.items():
        if rows:
            name = rollup_graph_iri(group)
            written[name] = _rollup_triples(group, rows)
            node = NamedNode(name)
            store.add_graph(node)
            store.extend(Quad(t.subject, t.predicate, t.object, node) for t in written[name])
    return written
