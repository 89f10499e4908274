"""Validation of report graphs with the SHACL shapes of shapes/ (issue 4).

Two engines read the same shape files, which stay the single source of truth:

* ``pyshacl``: the reference SHACL validator, run on the data as one rdflib graph. Slow on large graphs.
* ``fast``: the shapes compiled to plain SPARQL and run on an in-memory Oxigraph store holding only the report's
  graph, the reference data, the bounds of shapes/bounds.ttl and the other reports' figures about the same
  indicators and areas (what the cross-report rules need). SHACL-SPARQL constraints run their own ``sh:select``
  text, with ``$this`` bound by a join with the shape's targets instead of one query per focus node; core
  constraints of the subset the shapes use are translated to SPARQL, and any other construct is refused, so the
  two engines cannot silently diverge.

Findings carry the rule (the shape's local name), the message, the focus node, locations (character offsets of
the normalised report text, from pk:textStart/pk:textEnd of the focus and related figures, and for the period rules
the head of the focus figure's sentence, where its year is written), the section, the stated and computed numbers,
the tolerance and a hint of what to check.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Literal as TypingLiteral

import pyoxigraph as ox
import rdflib
from rdflib.namespace import RDF, SH

from provkg.core.digests import GraphDigest
from provkg.core.errors import InputError
from provkg.core.namespaces import PK, REFERENCE_GRAPH, XSD
from provkg.core.paths import data_dir
from provkg.core.text import quote_around
from provkg.validate.cache import (
    REFERENCE_ENTRY,
    ValidationCache,
    decode,
    encode,
    shared_digest,
    validator_hash,
    working_store_key,
)

SHAPE_FILES = ("structure.ttl", "figure.ttl", "consistency.ttl")
BOUNDS_FILE = "bounds.ttl"
PKSH = rdflib.Namespace("https://w3id.org/provkg/shapes#")
BOUNDS_GRAPH = ox.NamedNode(str(PKSH) + "bounds")
SEVERITIES = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}
Engine = TypingLiteral["fast", "pyshacl"]

# Query variables with a meaning beyond the message: the stated and computed numbers, the tolerance, and related
# figures whose text locations are reported with the focus node's (?other one IRI, ?related IRIs separated by spaces).
_RELATED_VARIABLES = ("other", "related")
# Shape and property-shape keys that only describe a shape, next to its targets and constraint components.
_DESCRIPTIVE = {RDF.type, SH.message, SH.severity, SH.name, SH.description, PKSH.hint, PKSH.certainWhenReviewed,
                rdflib.RDFS.label, rdflib.RDFS.comment}
_NODE_KEYS = _DESCRIPTIVE | {SH.targetClass, SH.targetObjectsOf, SH.targetSubjectsOf, SH.property, SH.sparql}
_VALUE_COMPONENTS = {SH.datatype, SH.nodeKind, SH["class"], SH["in"], SH.minInclusive, SH.maxInclusive,
                     SH.minExclusive, SH.maxExclusive, SH.lessThan}
_PROPERTY_KEYS = _DESCRIPTIVE | _VALUE_COMPONENTS | {SH.path, SH.minCount, SH.maxCount}
_COMPARISONS = {SH.minInclusive: ">=", SH.maxInclusive: "<=", SH.minExclusive: ">", SH.maxExclusive: "<"}
_NODE_KINDS = {SH.IRI: "isIRI(?value)", SH.Literal: "isLiteral(?value)", SH.BlankNode: "isBlank(?value)",
               SH.BlankNodeOrIRI: "(isBlank(?value) || isIRI(?value))",
               SH.IRIOrLiteral: "(isIRI(?value) || isLiteral(?value))",
               SH.BlankNodeOrLiteral: "(isBlank(?value) || isLiteral(?value))"}
_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_SUBCLASS = "<http://www.w3.org/2000/01/rdf-schema#subClassOf>"


class ShapeError(Exception):
    """A shape uses a construct the fast engine does not translate: extend the compiler, never skip it."""


# ---------------------------------------------------------------------------------------------- findings


@dataclass
class Finding:
    severity: str
    rule: str
    message: str
    focus: str
    value: str | Decimal | None = None
    computed: Decimal | None = None
    tolerance: Decimal | None = None
    related: list[str] = field(default_factory=list)
    locations: list[dict[str, int]] = field(default_factory=list)
    section: str | None = None
    report: str | None = None
    hint: str | None = None
    cause: str | None = None  # the likely cause, where the rule can name it
    # where the words the finding is about begin, when before the focus figure (a year written at the head of the
    # figure's sentence): a query binds it as ?contextStart
    context_start: int | None = None

    @property
    def stated(self) -> Decimal | None:
        return self.value if isinstance(self.value, Decimal) else None

    def key(self) -> tuple[str, str, str, str | Decimal | None]:
        """What both engines must agree on."""
        return (self.rule, self.focus, self.severity, self.value)

    def to_dict(self) -> dict[str, object]:
        def number(value: Decimal | None) -> float | int | None:
            if value is None:
                return None
            return int(value) if value == value.to_integral_value() else float(value)

        return {
            "severity": self.severity, "rule": self.rule, "message": self.message, "locations": self.locations,
            "focus": self.focus, "report": self.report, "section": self.section, "stated": number(self.stated),
            "computed": number(self.computed), "tolerance": number(self.tolerance), "related": self.related,
            "hint": self.hint, "cause": self.cause,
        }


_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}


@dataclass
class ValidationResult:
    results: list[Finding]
    report_iri: str | None = None

    @property
    def conforms(self) -> bool:
        """True when there is no violation (warnings and infos never block)."""
        return not any(f.severity == "Violation" for f in self.results)

    def to_json(self) -> str:
        return json.dumps(
            {"conforms": self.conforms, "results": [f.to_dict() for f in self.results]}, ensure_ascii=False, indent=1
        )

    def to_text(self, report_text: str | None = None, only: str | None = None) -> str:
        """Findings grouped by rule, each quoting the report's own words when its normalised text is given;
        ``only``: one severity (the ingest gate prints the violations it refuses for)."""
        violations = sum(f.severity == "Violation" for f in self.results)
        warnings = sum(f.severity == "Warning" for f in self.results)
        lines = [f"{'conforms' if self.conforms else 'does NOT conform'}: {violations} violation(s), "
                 f"{warnings} warning(s), {len(self.results) - violations - warnings} info(s)"]
        by_rule: dict[str, list[Finding]] = {}
        for finding in self.results:
            if only is not None and finding.severity != only:
                continue
            by_rule.setdefault(finding.rule, []).append(finding)
        for rule, findings in sorted(by_rule.items(), key=lambda item: (_SEVERITY_ORDER[item[1][0].severity], item[0])):
            lines += ["", f"{rule} ({findings[0].severity}, {len(findings)})"]
            if findings[0].hint:
                lines.append(f"  check: {findings[0].hint}")
            for finding in findings:
                where = f"[{finding.section}] " if finding.section else ""
                lines.append(f"  - {where}{finding.message}")
                if finding.cause:
                    lines.append(f"      likely cause: {finding.cause}")
                for number, location in enumerate(finding.locations):
                    start, end = location["start"], location["end"]
                    if report_text is not None and end <= len(report_text) and self._quotable(finding):
                        lines.append(f"      {start}-{end} «{report_text[start:end]}» in: "
                                     f"\"{quote_around(report_text, start, end)}\"")
                    else:
                        lines.append(f"      {start}-{end} ({finding.focus if number == 0 else 'related figure'})")
        return "\n".join(lines) + "\n"

    def _quotable(self, finding: Finding) -> bool:
        # A text is the text of one report: quote only findings stated in it.
        return self.report_iri is None or finding.report in (None, self.report_iri)

    def to_turtle(self) -> str:
        """An sh:ValidationReport; sh:conforms follows SHACL (false as soon as there is any result)."""
        graph = rdflib.Graph()
        graph.bind("sh", SH)
        graph.bind("pksh", PKSH)
        report = rdflib.BNode()
        graph.add((report, RDF.type, SH.ValidationReport))
        graph.add((report, SH.conforms, rdflib.Literal(not self.results)))
        for finding in self.results:
            node = rdflib.BNode()
            graph.add((report, SH.result, node))
            graph.add((node, RDF.type, SH.ValidationResult))
            graph.add((node, SH.focusNode, rdflib.URIRef(finding.focus)))
            graph.add((node, SH.resultSeverity, SH[finding.severity]))
            graph.add((node, SH.sourceShape, PKSH[finding.rule]))
            graph.add((node, SH.resultMessage, rdflib.Literal(finding.message, lang="en")))
            if isinstance(finding.value, Decimal):
                graph.add((node, SH.value, rdflib.Literal(finding.value)))
            elif finding.value is not None:
                graph.add((node, SH.value, rdflib.URIRef(finding.value)))
        return graph.serialize(format="turtle")


# ---------------------------------------------------------------------------------------------- shapes


@lru_cache(maxsize=4)
def load_shapes(folder: Path | None = None) -> rdflib.Graph:
    """The shapes graph: every shape file of shapes/."""
    folder = folder or data_dir("shapes")
    graph = rdflib.Graph()
    for name in SHAPE_FILES:
        try:
            graph.parse(folder / name, format="turtle")
        except (OSError, SyntaxError, rdflib.exceptions.ParserError) as exc:
            raise InputError(f"cannot read shapes: {exc}", str(folder / name)) from exc
    return graph


@lru_cache(maxsize=4)
def _bounds_nquads(folder: Path | None = None) -> bytes:
    folder = folder or data_dir("shapes")
    triples = ox.parse(path=str(folder / BOUNDS_FILE), format=ox.RdfFormat.TURTLE)
    return ox.serialize((ox.Quad(t.subject, t.predicate, t.object, BOUNDS_GRAPH) for t in triples),
                        format=ox.RdfFormat.N_QUADS)


@dataclass(frozen=True)
class Check:
    """One compiled query: each solution is one finding of ``rule``."""

    rule: str
    severity: str
    message: str
    hint: str | None
    targets: tuple[str, ...]  # SPARQL patterns binding ?this
    select: str  # the query, with TARGETS where the target sub-select goes (in sub-selects returning $this too)
    node_value: bool  # a node shape: the result's value defaults to the focus node, as in pyshacl


def _local(iri: rdflib.term.Node) -> str:
    return re.split(r"[#/]", str(iri))[-1]


def _one(graph: rdflib.Graph, subject: rdflib.term.Node, predicate: rdflib.URIRef) -> rdflib.term.Node | None:
    return next(graph.objects(subject, predicate), None)


def _severity(graph: rdflib.Graph, shape: rdflib.term.Node) -> str:
    return SEVERITIES[_one(graph, shape, SH.severity) or SH.Violation]


def _prologue(graph: rdflib.Graph, constraint: rdflib.term.Node) -> str:
    lines = []
    for source in graph.objects(constraint, SH.prefixes):
        for declaration in graph.objects(source, SH.declare):
            prefix, namespace = _one(graph, declaration, SH.prefix), _one(graph, declaration, SH.namespace)
            lines.append(f"PREFIX {prefix}: <{namespace}>")
    return "\n".join(lines) + "\n"


def _targets(graph: rdflib.Graph, shape: rdflib.term.Node) -> tuple[str, ...]:
    patterns = [f"?this {_RDF_TYPE}/{_SUBCLASS}* <{c}> ." for c in graph.objects(shape, SH.targetClass)]
    patterns += [f"?targetSubject_ <{p}> ?this ." for p in graph.objects(shape, SH.targetObjectsOf)]
    patterns += [f"?this <{p}> ?targetObject_ ." for p in graph.objects(shape, SH.targetSubjectsOf)]
    return tuple(patterns)


def _term(node: rdflib.term.Node) -> str:
    if isinstance(node, rdflib.URIRef):
        return f"<{node}>"
    if isinstance(node, rdflib.Literal):
        return node.n3()
    raise ShapeError(f"cannot use {node!r} as a constant in a query")


def _property_checks(graph: rdflib.Graph, shape: rdflib.term.Node, targets: tuple[str, ...],
                     node_hint: str | None) -> list[Check]:
    unknown = set(graph.predicates(shape)) - _PROPERTY_KEYS
    path = _one(graph, shape, SH.path)
    if unknown or not isinstance(path, rdflib.URIRef):
        raise ShapeError(f"property shape {shape}: unsupported {sorted(unknown) or 'path'} in the fast engine")
    rule = _local(shape)
    severity = _severity(graph, shape)
    message = str(_one(graph, shape, SH.message) or f"{_local(path)} is not as required")
    hint = _one(graph, shape, PKSH.hint)
    hint_text = str(hint) if hint is not None else node_hint
    checks = []

    def add(select: str) -> None:
        checks.append(Check(rule, severity, message, hint_text, targets, select, node_value=False))

    low, high = _one(graph, shape, SH.minCount), _one(graph, shape, SH.maxCount)
    if low is not None or high is not None:
        bounds = [f"COUNT(?value) < {int(low)}"] if low is not None else []
        bounds += [f"COUNT(?value) > {int(high)}"] if high is not None else []
        add(f"SELECT ?this WHERE {{ TARGETS OPTIONAL {{ ?this <{path}> ?value }} }} "
            f"GROUP BY ?this HAVING ({' || '.join(bounds)})")
    for component in _VALUE_COMPONENTS:
        for parameter in graph.objects(shape, component):
            if component == SH.lessThan:
                add(f"SELECT ?this ?value WHERE {{ TARGETS ?this <{path}> ?value . ?this <{parameter}> ?limit . "
                    f"FILTER (!COALESCE(?value < ?limit, false)) }}")
                continue
            if component == SH.datatype:
                condition = f"!isLiteral(?value) || datatype(?value) != <{parameter}>"
            elif component == SH.nodeKind:
                condition = f"!{_NODE_KINDS[parameter]}"
            elif component == SH["class"]:
                condition = f"NOT EXISTS {{ ?value {_RDF_TYPE}/{_SUBCLASS}* <{parameter}> }}"
            elif component == SH["in"]:
                members = rdflib.collection.Collection(graph, parameter)
                condition = "!(" + " || ".join(f"sameTerm(?value, {_term(m)})" for m in members) + ")"
            else:
                condition = f"!COALESCE(?value {_COMPARISONS[component]} {_term(parameter)}, false)"
            add(f"SELECT ?this ?value WHERE {{ TARGETS ?this <{path}> ?value . FILTER ({condition}) }}")
    return checks


_SELECT_WHERE = re.compile(r"\bSELECT\b(?P<projection>[^{}]*?)\bWHERE\s*\{", flags=re.IGNORECASE | re.DOTALL)
_BRACKETED = re.compile(r"\([^()]*\)")


def _returns_this(projection: str) -> bool:
    """Whether a SELECT's projection returns $this as it is (not an expression bound AS it)."""
    while _BRACKETED.search(projection):
        projection = _BRACKETED.sub(" ", projection)
    return re.search(r"(?<![\w$?])[$?]this\b", projection) is not None


def _pre_bound(select: str, shape: rdflib.term.Node) -> str:
    """A constraint's query with TARGETS (the focus nodes, binding ?this) after the WHERE { of the query and of
    every sub-select returning $this: SHACL pre-binds $this in the whole query, sub-selects included. Oxigraph
    evaluates a sub-select on its own before the join, so bound to the focus nodes it reads the report's figures
    rather than every figure of the store."""
    heads = list(_SELECT_WHERE.finditer(select))
    if not heads:
        raise ShapeError(f"{shape}: sh:select without a WHERE {{ group")
    pieces, done = [], 0
    for number, head in enumerate(heads):
        if number == 0 or _returns_this(head.group("projection")):
            pieces += [select[done:head.end()], " TARGETS "]
            done = head.end()
    return re.sub(r"\$this\b", "?this", "".join(pieces) + select[done:])


def compile_shapes(graph: rdflib.Graph) -> list[Check]:
    """Every constraint of the shapes graph as one SPARQL query for the fast engine."""
    checks: list[Check] = []
    for shape in sorted(set(graph.subjects(RDF.type, SH.NodeShape))):
        unknown = set(graph.predicates(shape)) - _NODE_KEYS
        if unknown:
            raise ShapeError(f"node shape {shape}: {sorted(unknown)} not supported by the fast engine")
        targets = _targets(graph, shape)
        if not targets:
            raise ShapeError(f"node shape {shape} has no target the fast engine knows")
        hint = _one(graph, shape, PKSH.hint)
        hint_text = str(hint) if hint is not None else None
        for prop in graph.objects(shape, SH.property):
            checks += _property_checks(graph, prop, targets, hint_text)
        for constraint in graph.objects(shape, SH.sparql):
            select = _pre_bound(str(_one(graph, constraint, SH.select)), shape)
            message = str(_one(graph, constraint, SH.message) or _one(graph, shape, SH.message) or _local(shape))
            checks.append(Check(_local(shape), _severity(graph, shape), message, hint_text, targets,
                                _prologue(graph, constraint) + select, node_value=True))
    return checks


@lru_cache(maxsize=4)
def _compiled(folder: Path | None = None) -> tuple[Check, ...]:
    return tuple(compile_shapes(load_shapes(folder)))


# ---------------------------------------------------------------------------------------------- data


def _rdflib_to_store(graph: rdflib.Graph, report_iri: str | None) -> ox.Store:
    store = ox.Store()
    if isinstance(graph, rdflib.ConjunctiveGraph):
        store.load(graph.serialize(format="nquads", encoding="utf-8"), format=ox.RdfFormat.N_QUADS)
    else:
        target = ox.NamedNode(report_iri) if report_iri else ox.DefaultGraph()
        store.load(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES, to_graph=target)
    return store


# Other reports' figures the cross-report rules can use: same indicator and area, and a period this report's
# figures refer to (as their period or as their comparison or plan period).
_NEIGHBOUR_KEYS = f"""
SELECT DISTINCT ?indicator ?area ?period WHERE {{
    GRAPH <REPORT> {{
        ?mine <{PK}indicator> ?indicator ; <{PK}refArea> ?area .
        {{ ?mine <{PK}refPeriod> ?period }} UNION {{ ?mine <{PK}comparisonPeriod> ?period }}
    }}
}}"""
_REF_AREA, _REF_PERIOD = ox.NamedNode(PK + "refArea"), ox.NamedNode(PK + "refPeriod")
_PERIODS_OF = (_REF_PERIOD, ox.NamedNode(PK + "comparisonPeriod"))
_INDICATOR = ox.NamedNode(PK + "indicator")
_CUMULATIVE, _TRUE = ox.NamedNode(PK + "cumulative"), ox.Literal("true", datatype=ox.NamedNode(XSD + "boolean"))
_TIME = "http://www.w3.org/2006/time#"


# A figure's area and periods, looked up in one query per area with its periods as constants: the engine walks
# the area's figures in its own indexes (a report's 250 figures: ~25 ms at 300 reports), where the same walk in
# Python, two lookups a figure, took seven times longer and grew with every report of the province.
_AREA_FIGURES = f"""
SELECT ?figure ?graph ?indicator ?period WHERE {{
    GRAPH ?graph {{
        ?figure <{PK}refArea> AREA .
        {{ ?figure <{PK}refPeriod> ?period }} UNION {{ ?figure <{PK}comparisonPeriod> ?period }}
        VALUES ?period {{ PERIODS }}
        ?figure <{PK}indicator> ?indicator
    }}
}}"""
_AREA_RUNNING = f"""
SELECT ?figure ?graph WHERE {{
    GRAPH ?graph {{ ?figure <{PK}refArea> AREA ; <{PK}cumulative> true ; <{PK}indicator> ?indicator . }}
    VALUES ?indicator {{ INDICATORS }}
}}"""


def _constant(term: object) -> bool:
    """Whether ``term`` can be written into a query's text: a blank node there is a variable (it would match
    every area) or a syntax error (in VALUES)."""
    return isinstance(term, (ox.NamedNode, ox.Literal))


def _neighbours(source: ox.Store, report: ox.NamedNode, keys: set[tuple[object, ...]],
                running: set[tuple[object, ...]] = frozenset()) -> Iterator[ox.Quad]:
    """The quads of ``source``'s figures matching ``keys`` outside the report, found from the areas (a province's
    figures are few; a period's are every province's): one SPARQL join of every key over a store of a million
    triples took ten times longer. ``running``: (indicator, area) of the report's running totals, whose other
    running totals of any stretch are read too, with their periods' first and last days. Keys holding a blank
    node are looked up term by term (``_direct``): they are rare and cannot be written into a query."""
    all_periods = {k[2] for k in keys}
    periods = " ".join(sorted(str(p) for p in all_periods if _constant(p)))
    odd_periods = [p for p in all_periods if not _constant(p)]
    for area in sorted({k[1] for k in keys}, key=str):
        matched: dict[tuple[ox.NamedNode, object], None] = {}  # in the order found: the copy is the same each run
        runs: dict[tuple[ox.NamedNode, object], None] = {}
        indicators = {indicator for indicator, where in running if where == area}
        if _constant(area):
            if periods:
                query = _AREA_FIGURES.replace("AREA", str(area)).replace("PERIODS", periods)
                for row in source.query(query):
                    if row["graph"] != report and (row["indicator"], area, row["period"]) in keys:
                        matched[(row["figure"], row["graph"])] = None
            running_here = " ".join(sorted(str(i) for i in indicators if _constant(i)))
            if running_here:
                query = _AREA_RUNNING.replace("AREA", str(area)).replace("INDICATORS", running_here)
                runs.update(((row["figure"], row["graph"]), None) for row in source.query(query)
                            if row["graph"] != report)
            candidates = [(q.subject, q.graph_name) for term in odd_periods for predicate in _PERIODS_OF
                          for q in source.quads_for_pattern(None, predicate, term, None)]
            candidates += [(q.subject, q.graph_name) for term in indicators if not _constant(term)
                           for q in source.quads_for_pattern(None, _INDICATOR, term, None)]
        else:
            candidates = [(q.subject, q.graph_name) for q in source.quads_for_pattern(None, _REF_AREA, area, None)]
        _direct(source, report, area, candidates, keys, indicators, matched, runs)
        for subject, graph in matched:
            yield from source.quads_for_pattern(subject, None, None, graph)
        for subject, graph in runs:
            if (subject, graph) in matched:
                continue
            yield from source.quads_for_pattern(subject, None, None, graph)
            for period in source.quads_for_pattern(subject, _REF_PERIOD, None, graph):
                for quad in source.quads_for_pattern(period.object, None, None, graph):
                    yield quad
                    if isinstance(quad.object, ox.NamedNode) and quad.predicate.value.startswith(_TIME):
                        yield from source.quads_for_pattern(quad.object, None, None, graph)


def _direct(source: ox.Store, report: ox.NamedNode, area: object, candidates: list[tuple[object, object]],
            keys: set[tuple[object, ...]], indicators: set[object], matched: dict, runs: dict) -> None:
    """The test ``_neighbours``' queries make, done by index lookups on ``candidates`` (figure, graph): into
    ``matched`` a figure of ``area`` outside the report with one of ``keys``, into ``runs`` a running total of
    ``area`` of one of ``indicators``."""
    for subject, graph in candidates:
        if graph == report or not any(True for _ in source.quads_for_pattern(subject, _REF_AREA, area, graph)):
            continue
        mine = {p.object for predicate in _PERIODS_OF for p in source.quads_for_pattern(subject, predicate, None,
                                                                                         graph)}
        kinds = {i.object for i in source.quads_for_pattern(subject, _INDICATOR, None, graph)}
        if any((indicator, area, period) in keys for indicator in kinds for period in mine):
            matched[(subject, graph)] = None
        if kinds & indicators and any(True for _ in source.quads_for_pattern(subject, _CUMULATIVE, _TRUE, graph)):
            runs[(subject, graph)] = None


_RUNNING_KEYS = f"""
SELECT DISTINCT ?indicator ?area WHERE {{
    GRAPH <REPORT> {{ ?mine <{PK}indicator> ?indicator ; <{PK}refArea> ?area ; <{PK}cumulative> true . }}
}}"""


def _neighbour_keys(source: ox.Store, report_iri: str) -> tuple[set[tuple[object, ...]], set[tuple[object, ...]]]:
    """What a report's neighbours are found by (``_neighbours``): its (indicator, area, period) keys and the
    (indicator, area) of its running totals."""
    keys = {(row["indicator"], row["area"], row["period"])
            for row in source.query(_NEIGHBOUR_KEYS.replace("REPORT", report_iri))}
    running = {(row["indicator"], row["area"]) for row in source.query(_RUNNING_KEYS.replace("REPORT", report_iri))}
    return keys, running


def working_store(source: ox.Store, report_iri: str | None, background: ox.Store | None = None) -> ox.Store:
    """What one report's validation reads: its graph, the reference data, the bounds, and the other reports'
    figures about the same indicators, areas and periods; everything when no report is named. ``background`` is
    a store the report is not in yet (ingest): its reference data and neighbouring figures are read too."""
    work = ox.Store()
    if report_iri is None:
        work.extend(source)
    else:
        report = ox.NamedNode(report_iri)
        mine = list(source.quads_for_pattern(None, None, None, report))
        if not mine:
            raise InputError(f"the store holds no graph for report {report_iri}")
        work.extend(mine)
        keys, running = _neighbour_keys(source, report_iri)
        for store in (source, background) if background is not None else (source,):
            _copy_reference(store, work, words=False)
            work.extend(_neighbours(store, report, keys, running))
    work.load(_bounds_nquads(), format=ox.RdfFormat.N_QUADS)
    return work


def _copy_reference(source: ox.Store, work: ox.Store, *, words: bool = True) -> None:
    """The data outside every report graph: the reference graph and the default graph. ``words=False`` leaves
    out the labels and definitions written for people (language-tagged literals, half the reference data): a
    report's rules never read them, only the reference data's own check does."""
    if not words:
        work.extend(_reference_kept(source))
        return
    for graph in (ox.NamedNode(REFERENCE_GRAPH), ox.DefaultGraph()):
        work.extend(source.quads_for_pattern(None, None, None, graph))


def _reference_quads(source: ox.Store) -> Iterator[ox.Quad]:
    for graph in (ox.NamedNode(REFERENCE_GRAPH), ox.DefaultGraph()):
        yield from (q for q in source.quads_for_pattern(None, None, None, graph)
                    if not (isinstance(q.object, ox.Literal) and q.object.language))


_REFERENCE_SIZE = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{REFERENCE_GRAPH}> {{ ?s ?p ?o }} }}"
_DEFAULT_SIZE = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
# The reference data of the last store read, with that store and the sizes of its two graphs: every report of a
# run reads the same reference data, and reading it term by term took 0.2 s a report (on disk every term is
# decoded), adding the kept quads 0.02 s. Kept as quads, not as N-Quads to load, whose blank nodes would be new
# ones each time (the cache's working-store key reads them). Reused while the store is the same object and both
# graphs hold as many quads (counted by the engine, ~10 ms): reference data changes by a rebuild, into a new store,
# and a tool or test editing a store's reference data in place changes its size.
_reference_copy: tuple[ox.Store, tuple[int, ...], list[ox.Quad]] | None = None


def _reference_kept(source: ox.Store) -> list[ox.Quad]:
    global _reference_copy
    sizes = tuple(int(next(iter(source.query(query)))["n"].value) for query in (_REFERENCE_SIZE, _DEFAULT_SIZE))
    if _reference_copy is not None and _reference_copy[0] is source and _reference_copy[1] == sizes:
        return _reference_copy[2]
    quads = list(_reference_quads(source))
    _reference_copy = (source, sizes, quads)
    return quads


# ---------------------------------------------------------------------------------------------- engines


_NUMERIC = {XSD + name for name in ("decimal", "integer", "double", "float", "int", "long", "nonNegativeInteger")}


def _python(term: object) -> str | Decimal | None:
    """Numbers as Decimal (so both engines compare equal), IRIs and other literals as their text."""
    if isinstance(term, ox.Literal):
        if term.datatype.value in _NUMERIC:
            try:
                return Decimal(term.value)
            except InvalidOperation:
                return term.value
        return term.value
    if isinstance(term, (ox.NamedNode, ox.BlankNode)):
        return term.value
    return None


def _format(message: str, bindings: dict[str, object]) -> str:
    def replace(match: re.Match[str]) -> str:
        value = bindings.get(match.group(1))
        if match.group(1) == "terms" and value is not None:
            # the terms of a sum come from GROUP_CONCAT in no set order: written largest first
            value = " + ".join(sorted(str(value).split(" + "), key=lambda term: -_number(term)))
        return match.group(0) if value is None else str(value)

    return re.sub(r"\{[?$](\w+)\}", replace, message)


Reports = str | Sequence[str] | None  # what a validation is restricted to: one report graph, several, or none


def _report_list(reports: Reports) -> list[str] | None:
    return None if reports is None else [reports] if isinstance(reports, str) else list(reports)


def _restriction(reports: Reports) -> str:
    """The focus nodes' condition: a subject of one of the report graphs (of a group's, in a grouped run)."""
    graphs = _report_list(reports)
    if graphs is None:
        return ""
    if len(graphs) == 1:
        return f"FILTER EXISTS {{ GRAPH <{graphs[0]}> {{ ?this ?restrictP_ ?restrictO_ }} }}"
    values = " ".join(f"<{graph}>" for graph in graphs)
    return (f"FILTER EXISTS {{ VALUES ?restrictG_ {{ {values} }} "
            f"GRAPH ?restrictG_ {{ ?this ?restrictP_ ?restrictO_ }} }}")


def _tie_break(finding: Finding) -> tuple[object, ...]:
    """Which of two solutions giving one finding (rule, focus, value, message) is kept: the same whatever order
    the store returns them in, so that a report's findings do not depend on what else its store holds."""
    return (finding.related, str(finding.computed), str(finding.tolerance), finding.cause or "",
            -1 if finding.context_start is None else finding.context_start)


def _run_fast(work: ox.Store, report_iri: Reports, checks: Iterable[Check],
              timings: dict[str, float] | None = None) -> list[Finding]:
    """The findings of every check on ``work`` about the subjects of ``report_iri`` (one report graph, several, or
    the whole store); ``timings``, when given, gets the CPU seconds each rule took (the benchmark's per-rule
    profile: on a shared machine the wall time moves with the load more than with the query)."""
    findings: dict[tuple[object, ...], Finding] = {}
    restriction = _restriction(report_iri)
    for check in checks:
        began = time.process_time() if timings is not None else 0.0
        union = " UNION ".join(f"{{ {pattern} }}" for pattern in check.targets)
        targets = f"{{ SELECT DISTINCT ?this WHERE {{ {union} {restriction} }} }}"
        query = check.select.replace("TARGETS", targets)
        solutions = work.query(query, use_default_graph_as_union=True)
        names = [variable.value for variable in solutions.variables]
        for row in solutions:
            values = {name: _python(row[name]) for name in names if row[name] is not None}
            focus = str(values["this"])
            value = values.get("value", focus if check.node_value else None)
            related = sorted({iri for name in _RELATED_VARIABLES for iri in str(values.get(name) or "").split()})
            finding = Finding(
                severity=check.severity, rule=check.rule, message=_format(check.message, values), focus=focus,
                value=value, computed=_decimal_or_none(values.get("computed")),
                tolerance=_decimal_or_none(values.get("tolerance")), related=related, hint=check.hint,
                cause=str(values["cause"]) if values.get("cause") else None,
                context_start=int(values["contextStart"]) if values.get("contextStart") is not None else None,
            )
            kept = findings.get((*finding.key(), finding.message))
            if kept is None or _tie_break(finding) < _tie_break(kept):
                findings[(*finding.key(), finding.message)] = finding
        if timings is not None:
            timings[check.rule] = timings.get(check.rule, 0.0) + time.process_time() - began
    return list(findings.values())


def _number(text: str) -> Decimal:
    try:
        return Decimal(text)
    except InvalidOperation:
        return Decimal(0)


def _decimal_or_none(value: object) -> Decimal | None:
    return value if isinstance(value, Decimal) else None


def _union_graph(work: ox.Store) -> rdflib.Graph:
    triples = work.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
    graph = rdflib.Graph()
    graph.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    return graph


_TRANSLATED: dict[tuple[object, ...], object] = {}


@contextmanager
def _prepared_queries() -> Iterator[None]:
    """Translate each SPARQL text once while pyshacl runs.

    pyshacl hands rdflib the same query text once per focus node and rdflib parses it every time (about 0.2 s per
    parse, 90% of a run). A translated query is what rdflib's own prepareQuery returns for reuse with other initial
    bindings, so results do not change.
    """
    from rdflib.plugins.sparql import processor

    original = processor.SPARQLProcessor.query
    cache = _TRANSLATED

    def query(self, query_object, initBindings=None, initNs=None, base=None, DEBUG=False):  # noqa: N803
        if isinstance(query_object, str):
            key = (query_object, base, tuple(sorted((initNs or {}).items())))
            if key not in cache:
                cache[key] = processor.translateQuery(processor.parseQuery(query_object), base, initNs or {})
            query_object = cache[key]
        return original(self, query_object, initBindings, initNs, base, DEBUG)

    processor.SPARQLProcessor.query = query
    try:
        yield
    finally:
        processor.SPARQLProcessor.query = original


def _run_pyshacl(work: ox.Store, report_iri: Reports, shapes: rdflib.Graph) -> list[Finding]:
    import pyshacl

    with _prepared_queries():
        _, results, _ = pyshacl.validate(
            _union_graph(work), shacl_graph=shapes, inference="none", advanced=False, allow_warnings=True,
        )
    in_report = None
    if report_iri is not None:
        in_report = {q.subject.value for graph in _report_list(report_iri) or ()
                     for q in work.quads_for_pattern(None, None, None, ox.NamedNode(graph))}
    findings = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = str(_one(results, result, SH.focusNode))
        if in_report is not None and focus not in in_report:
            continue
        shape = _one(results, result, SH.sourceShape)
        value = _one(results, result, SH.value)
        hint = _one(shapes, shape, PKSH.hint) or next(
            (_one(shapes, node, PKSH.hint) for node in shapes.subjects(SH.property, shape)), None
        )
        findings.append(Finding(
            severity=SEVERITIES[_one(results, result, SH.resultSeverity)], rule=_local(shape),
            message=str(_one(results, result, SH.resultMessage) or ""), focus=focus,
            value=_python(ox.Literal(str(value), datatype=ox.NamedNode(str(value.datatype or XSD + "string")))
                          if isinstance(value, rdflib.Literal) else
                          ox.NamedNode(str(value)) if isinstance(value, rdflib.URIRef) else None),
            hint=str(hint) if hint is not None else None,
        ))
    return findings


_LOCATE = f"""
SELECT ?node ?start ?end ?section ?report WHERE {{
    VALUES ?node {{ NODES }}
    OPTIONAL {{ ?node <{PK}textStart> ?start ; <{PK}textEnd> ?end }}
    OPTIONAL {{ ?node <{PK}section> ?section }}
    OPTIONAL {{ ?node <{PK}statedIn> ?report }}
}}"""


def _locate(work: ox.Store, findings: list[Finding]) -> None:
    """Add offsets, section and report of each finding's focus node and related figures."""
    nodes = {iri for f in findings for iri in (f.focus, *f.related) if iri.startswith(("http:", "https:"))}
    if not nodes:
        return
    query = _LOCATE.replace("NODES", " ".join(f"<{iri}>" for iri in sorted(nodes)))
    where: dict[str, dict[str, object]] = {}
    for row in work.query(query, use_default_graph_as_union=True):
        where[row["node"].value] = {name: _python(row[name]) for name in ("start", "end", "section", "report")}
    for finding in findings:
        place = where.get(finding.focus, {})
        finding.section = str(place["section"]) if place.get("section") is not None else None
        finding.report = str(place["report"]) if place.get("report") is not None else None
        for iri in (finding.focus, *finding.related):
            spot = where.get(iri, {})
            if spot.get("start") is not None and spot.get("end") is not None:
                location = {"start": int(spot["start"]), "end": int(spot["end"])}
                if location not in finding.locations:
                    finding.locations.append(location)
        # the words before the focus figure that the finding is about (its sentence's head, holding the year)
        if finding.context_start is not None and finding.locations \
                and finding.context_start < finding.locations[0]["start"]:
            finding.locations.append({"start": finding.context_start, "end": finding.locations[0]["start"]})
        # the focus first, the other figures in the order of the text
        finding.locations[1:] = sorted(finding.locations[1:], key=lambda place: place["start"])


def validate_graph(
    data: rdflib.Graph | ox.Store, *, report_iri: str | None = None, engine: Engine = "fast",
    background: ox.Store | None = None, shapes_dir: Path | None = None,
) -> ValidationResult:
    """Validate ``data`` (one report's graph, or a store holding many) against the shapes.

    With ``report_iri``, only what is stated in that report's graph is validated (cross-report rules still see
    the other reports' figures about the same indicators in a store). An rdflib graph without contexts is taken
    as that report's graph. ``background``: a store of other reports and reference data that ``data`` is
    validated against without being part of it (a new report before it is loaded).
    """
    if background is not None and report_iri is None:
        raise InputError("validating against a background store needs the report's IRI")
    if isinstance(data, ox.Store):
        work = working_store(data, report_iri, background)
    elif isinstance(data, rdflib.Graph):
        work = working_store(_rdflib_to_store(data, report_iri), report_iri, background)
    else:
        raise InputError(f"cannot validate a {type(data).__name__}: expected an rdflib Graph or a pyoxigraph Store")
    return ValidationResult(_sorted(_check(work, report_iri, engine, shapes_dir)), report_iri)


def _check(work: ox.Store, report_iri: Reports, engine: Engine = "fast",
           shapes_dir: Path | None = None) -> list[Finding]:
    """The findings on a working store about the subjects of ``report_iri`` (one report graph, or a group's): the
    shapes run, the findings located and softened where extracted."""
    if engine == "fast":
        findings = _run_fast(work, report_iri, _compiled(shapes_dir))
    elif engine == "pyshacl":
        findings = _run_pyshacl(work, report_iri, load_shapes(shapes_dir))
    else:
        raise InputError(f"unknown validation engine {engine!r}: expected fast or pyshacl")
    _locate(work, findings)
    _soften_extracted(work, findings, shapes_dir)
    return findings


@lru_cache(maxsize=4)
def _certain_when_reviewed(shapes_dir: Path | None = None) -> frozenset[str]:
    shapes = load_shapes(shapes_dir)
    return frozenset(_local(s) for s in shapes.subjects(PKSH.certainWhenReviewed, rdflib.Literal(True)))


_EXTRACTED = f"SELECT ?node WHERE {{ VALUES ?node {{ NODES }} ?node <{PK}producedBy> <{PK}Extraction> }}"


def _soften_extracted(work: ox.Store, findings: list[Finding], shapes_dir: Path | None) -> None:
    """Violations of the rules marked pksh:certainWhenReviewed become warnings on figures the extractor produced:
    which figures belong together is then the extractor's reading, not a person's."""
    rules = _certain_when_reviewed(shapes_dir)
    candidates = [f for f in findings if f.severity == "Violation" and f.rule in rules]
    if not candidates:
        return
    nodes = " ".join(f"<{f.focus}>" for f in candidates)
    query = _EXTRACTED.replace("NODES", nodes)
    extracted = {row["node"].value for row in work.query(query, use_default_graph_as_union=True)}
    for finding in candidates:
        if finding.focus in extracted:
            finding.severity = "Warning"
            finding.message += " (a warning: the extractor, not a person, read which figures belong together)"


def _sorted(findings: list[Finding]) -> list[Finding]:
    # the message and value last: two findings of one rule on one figure come in one order in every run
    return sorted(findings, key=lambda f: (_SEVERITY_ORDER[f.severity], f.rule,
                                           f.locations[0]["start"] if f.locations else -1, f.focus, f.message,
                                           str(f.value)))


# ---------------------------------------------------------------------------------------------- whole store

_REPORT_GRAPHS = f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?g a <{PK}Report> }} }} ORDER BY ?g"
_PROVINCES = f"SELECT ?g ?province WHERE {{ GRAPH ?g {{ ?g a <{PK}Report> ; <{PK}province> ?province }} }}"
_worker_store: ox.Store | None = None
# In a cached run: each report's working-store key of the stored findings (None: no stored findings).
_worker_known: dict[str, str | None] | None = None
_worker_shared: _Shared | None = None

# Reports of a cached run that are validated in the run's own process rather than in a pool of workers: after one
# ingest only the few reports around the new one miss, and starting the workers would cost more than they save.
_IN_PROCESS_UP_TO = 6
# Reports validated together in one store by a run with more reports to validate than that (a cold run): each
# check runs once per group instead of once per report (issue 17). A province's reports are each other's
# neighbours, so a group is made of one province's reports, cut into groups of at most this many.
GROUP_SIZE = 12
# The graphs every report's working store holds alike (read once per run by a grouped run).
_SHARED_GRAPHS = (ox.NamedNode(REFERENCE_GRAPH), ox.DefaultGraph(), BOUNDS_GRAPH)


def _is_shared(quad: ox.Quad) -> bool:
    return any(quad.graph_name == graph for graph in _SHARED_GRAPHS)


def _work_key(work: ox.Store) -> str:
    """The working-store key (validate/cache.py) of one report's working store."""
    shared, own = [], []
    for quad in work:
        (shared if _is_shared(quad) else own).append(quad)
    return working_store_key(own, shared_digest(shared), validator_hash())


def _open_worker_store(generation: str, known: dict[str, str | None] | None) -> None:
    global _worker_store, _worker_known
    _worker_store = ox.Store.read_only(generation)
    _worker_known = known


def _validate_cached(source: ox.Store, report: str,
                     known: dict[str, str | None] | None) -> tuple[str, str | None, list[Finding] | None]:
    """One report of a whole-store run: (the report, its working-store key, its findings); findings None when the
    working store is the one of the findings stored under ``known``'s key, which are then reused."""
    if known is None:
        return report, None, validate_graph(source, report_iri=report).results
    work = working_store(source, report)
    key = _work_key(work)
    if key == known.get(report):
        return report, key, None
    return report, key, _check(work, report)


def _validate_one(report: str) -> tuple[str, str | None, list[Finding] | None]:
    assert _worker_store is not None, "the worker's store was not opened"
    return _validate_cached(_worker_store, report, _worker_known)


# ---------------------------------------------------------------------------------------------- groups of reports


@dataclass
class _Shared:
    """What every report's working store holds alike (the reference data without the words for people, the
    default graph, the bounds: ``working_store``), read once per run, with its digest for the cache's keys."""

    quads: list[ox.Quad]
    digest: str


def _shared(source: ox.Store) -> _Shared:
    work = ox.Store()
    _copy_reference(source, work, words=False)
    work.load(_bounds_nquads(), format=ox.RdfFormat.N_QUADS)
    quads = list(work)
    return _Shared(quads, shared_digest(quads))


@dataclass
class _Member:
    """One report of a group: its graph's quads, its neighbours' (``working_store``'s) and its working-store key."""

    report: str
    own: list[ox.Quad]
    neighbours: set[ox.Quad]
    key: str | None


def _member(source: ox.Store, report: str, shared: _Shared, keyed: bool) -> _Member:
    """A report's part of a group store: exactly what its own working store would add to the shared part."""
    node = ox.NamedNode(report)
    own = list(source.quads_for_pattern(None, None, None, node))
    if not own:
        raise InputError(f"the store holds no graph for report {report}")
    neighbours = set(_neighbours(source, node, *_neighbour_keys(source, report)))
    key = None
    if keyed:
        # a neighbour figure in the default graph belongs to the shared part of the working store
        extra = {quad for quad in neighbours if _is_shared(quad)}
        digest = shared.digest if not extra else shared_digest(set(shared.quads) | extra)
        key = working_store_key([*own, *(quad for quad in neighbours if quad not in extra)], digest,
                                validator_hash())
    return _Member(report, own, neighbours, key)


def _batches(members: list[_Member]) -> list[list[_Member]]:
    """The members in batches whose graphs share no subject. A node described by two reports (a provisional
    project both name) would be validated on both descriptions at once in one store, where each report's own
    working store holds only its own; in separate batches, each is validated on what its report says."""
    batches: list[tuple[set[object], list[_Member]]] = []
    for member in members:
        subjects = {quad.subject for quad in member.own}
        for taken, batch in batches:
            if taken.isdisjoint(subjects):
                taken |= subjects
                batch.append(member)
                break
        else:
            batches.append((subjects, [member]))
    return [batch for _, batch in batches]


def _validate_batch(batch: list[_Member], shared: _Shared) -> dict[str, list[Finding]]:
    """The findings of each report of ``batch``, from one store holding the shared part, their graphs and their
    neighbours: every check runs once, restricted to the batch's graphs, and each finding goes to the report
    whose graph holds its focus node."""
    work = ox.Store()
    work.extend(shared.quads)
    owner: dict[str, str] = {}
    for member in batch:
        work.extend(member.own)
        work.extend(member.neighbours)
        owner.update((quad.subject.value, member.report) for quad in member.own)
    found: dict[str, list[Finding]] = {member.report: [] for member in batch}
    for finding in _check(work, [member.report for member in batch]):
        found[owner[finding.focus]].append(finding)
    return {report: _sorted(findings) for report, findings in found.items()}


def _validate_group(source: ox.Store, reports: list[str], known: dict[str, str | None] | None,
                    shared: _Shared) -> list[tuple[str, str | None, list[Finding] | None]]:
    """Reports of a whole-store run validated together: (each report, its working-store key, its findings), the
    findings None when its working store is the one of the findings stored under ``known``'s key. The same
    findings and keys as ``_validate_cached`` gives each report alone (tests/test_validation_groups.py)."""
    outcomes: list[tuple[str, str | None, list[Finding] | None]] = []
    members = []
    for report in reports:
        member = _member(source, report, shared, keyed=known is not None)
        if known is not None and member.key == known.get(report):
            outcomes.append((report, member.key, None))
        else:
            members.append(member)
    for batch in _batches(members):
        found = _validate_batch(batch, shared)
        outcomes += [(member.report, member.key, found[member.report]) for member in batch]
    return outcomes


def _validate_group_in_worker(reports: list[str]) -> list[tuple[str, str | None, list[Finding] | None]]:
    global _worker_shared
    assert _worker_store is not None, "the worker's store was not opened"
    if _worker_shared is None:
        _worker_shared = _shared(_worker_store)
    return _validate_group(_worker_store, reports, _worker_known, _worker_shared)


def _groups(source: ox.Store, reports: list[str], size: int) -> list[list[str]]:
    """The reports in groups of one province each (a province's reports are each other's neighbours), a
    province of more than ``size`` reports cut into groups of nearly equal size, in the reports' order."""
    province: dict[str, str] = {}
    for row in source.query(_PROVINCES):
        province.setdefault(row["g"].value, row["province"].value)
    by_province: dict[str, list[str]] = {}
    for report in reports:
        by_province.setdefault(province.get(report, ""), []).append(report)
    groups = []
    for _, members in sorted(by_province.items()):
        count = -(-len(members) // size)
        groups += [members[i * len(members) // count:(i + 1) * len(members) // count] for i in range(count)]
    return groups


# ---------------------------------------------------------------------------------------------- the whole store


def _validate_reference(source: ox.Store) -> list[Finding]:
    """The data outside every report graph, checked on its own."""
    work = ox.Store()
    _copy_reference(source, work)
    work.load(_bounds_nquads(), format=ox.RdfFormat.N_QUADS)
    findings = _run_fast(work, None, _compiled())
    _locate(work, findings)
    return findings


def _stored(fields: list[dict[str, object]]) -> list[Finding]:
    return [Finding(**kwargs) for kwargs in decode(fields)]  # type: ignore[arg-type]


def validate_store(
    source: ox.Store, *, generation: Path | None = None, workers: int | None = None,
    progress: Callable[[str], None] | None = None, cache: ValidationCache | None = None,
    digests: Mapping[str, GraphDigest] | None = None, group_size: int = GROUP_SIZE,
) -> ValidationResult:
    """Validate every report of ``source`` and its reference data: the findings of one pass over the whole store,
    computed report by report (each with the other reports' figures it is compared with), so the time grows
    with the number of reports, not with its square as the cross-report rules did in one pass.

    ``generation``: the on-disk folder ``source`` was opened from; with it, ``workers`` processes (default: one
    per core) open it read-only and share the reports. ``cache``: findings of earlier runs, reused for every
    report whose inputs are unchanged (validate/cache.py), judged from ``digests``, the digests of the graphs of
    ``source`` taken with it (``KnowledgeStore.snapshot()``; those missing are computed); saved with this run's
    findings. More than a few reports to validate (a cold run) are validated in groups of up to ``group_size``
    (one province's), each group in one store, with the same findings as report by report (``group_size`` 1).
    """
    import multiprocessing
    import os
    from concurrent.futures import ProcessPoolExecutor

    reports = [row["g"].value for row in source.query(_REPORT_GRAPHS)]
    if cache is not None:
        cache.plan(source, reports, digests)
    reference = cache.reusable(REFERENCE_ENTRY) if cache is not None else None
    findings = _stored(reference) if reference is not None else _validate_reference(source)
    if cache is not None:
        cache.record(REFERENCE_ENTRY, None, reference if reference is not None else encode(findings),
                     reference is not None)
    step = max(1, len(reports) // 20)
    done = 0

    def collect(report: str, key: str | None, results: list[Finding] | None) -> None:
        nonlocal done
        done += 1
        reused = results is None
        if cache is not None:
            fields = cache.findings(report) if reused else encode(results)  # type: ignore[arg-type]
            cache.record(report, key, fields, reused)
            results = _stored(fields) if reused else results
        findings.extend(results or [])
        if progress is not None and (done % step == 0 or done == len(reports)):
            progress(f"validated {done}/{len(reports)} reports"
                     + (f" ({cache.reused} unchanged, reused)" if cache is not None else ""))

    todo = []
    for report in reports:
        if cache is not None and cache.reusable(report) is not None:
            collect(report, None, None)
        else:
            todo.append(report)
    known = {report: cache.work_key(report) for report in todo} if cache is not None else None
    grouped = group_size > 1 and len(todo) > _IN_PROCESS_UP_TO
    jobs: list[list[str]] = _groups(source, todo, group_size) if grouped else [[report] for report in todo]
    workers = max(1, min(workers or os.cpu_count() or 1, len(jobs)))
    if generation is None or workers == 1 or (cache is not None and len(todo) <= _IN_PROCESS_UP_TO):
        shared = _shared(source) if grouped else None
        for job in jobs:
            for outcome in (_validate_group(source, job, known, shared) if shared is not None
                            else [_validate_cached(source, job[0], known)]):
                collect(*outcome)
    else:
        # An executor, not a Pool: a worker that dies raises BrokenProcessPool instead of hanging the run.
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                 initializer=_open_worker_store, initargs=(str(generation), known)) as pool:
            if grouped:
                for outcomes in pool.map(_validate_group_in_worker, jobs):
                    for outcome in outcomes:
                        collect(*outcome)
            else:
                for outcome in pool.map(_validate_one, todo, chunksize=4):
                    collect(*outcome)
    if cache is not None:
        cache.save()
    unique = {(*f.key(), f.message): f for f in findings}
    return ValidationResult(_sorted(list(unique.values())), None)
