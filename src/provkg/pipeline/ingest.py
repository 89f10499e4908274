"""`provkg ingest`: read a new report, extract and map its figures, validate them, and load them.

Each report is checked against the store before it is written: a report with violations is refused unless
forced, and each accepted report is one atomic write of its named graph, so a failure midway leaves every earlier
report loaded and nothing half-written.

A report already in the store is replaced only with ``replace``: the same text again changes nothing, a changed
text is refused naming what changed (a reviewed graph, built from a fact sheet, is never replaced by extraction
by accident), and a replacing graph records the replaced text (its hash, length and date) with prov:wasRevisionOf.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from pyoxigraph import NamedNode, Triple

from provkg.core.errors import InputError
from provkg.core.model import Report
from provkg.core.namespaces import DCTERMS, PK, PROV, RDF, REFERENCE_GRAPH, XSD
from provkg.extract.extractor import Extraction, Lexicon, extract, load_lexicon
from provkg.pipeline.rdfmap import report_iri, report_triples, split_shared
from provkg.read.header import Provinces, read_header, report_from_header
from provkg.read.reading import read_report
from provkg.reference.areas import province_names
from provkg.reference.loader import Reference, load_reference
from provkg.reference.projects import project_index
from provkg.store.store import KnowledgeStore
from provkg.store.summaries import summary_graph
from provkg.validate.engine import ValidationResult, validate_graph
from provkg.validate.record import figures_in, validation_graph_iri, validation_triples


@dataclass
class PreparedReport:
    """A report read, extracted and mapped, not yet validated or stored."""

    path: Path
    text: str
    report: Report
    extraction: Extraction
    triples: list[Triple]
    warnings: tuple[str, ...] = ()  # what was repaired in the text, what the header lacked: read anyway


@dataclass
class IngestOutcome:
    path: Path
    report_id: str
    figures: int
    mapped: int
    non_figures: int
    violations: int
    warnings: int
    loaded: bool
    validation: ValidationResult | None = field(default=None, repr=False)
    unchanged: bool = False  # the same text was loaded before: nothing was written
    replaced: str | None = None  # the SHA-256 of the text this report's graph replaced

    @property
    def unmapped(self) -> int:
        return self.figures - self.mapped


def prepare(
    path: Path, reference: Reference, provinces: Provinces, lexicon: Lexicon | None = None
) -> PreparedReport:
    """Read, extract and map one report (no store access: safe to run in a worker process)."""
    notices: list[str] = []
    text = read_report(path, notices)
    try:
        header = read_header(text, provinces)
    except InputError as exc:
        raise InputError(str(exc), str(path)) from exc
    report = report_from_header(header, text, Path(path).name)
    extraction = extract(text, report_period=report.period, lexicon=lexicon)
    triples = report_triples(report, extraction.figures, units=reference.units, text=text, produced_by="extraction",
                             projects=project_index(reference))
    repaired = tuple(notice.removeprefix(f"{path}: ") for notice in notices)
    return PreparedReport(Path(path), text, report, extraction, triples, repaired + header.warnings)


@dataclass(frozen=True)
class StoredReport:
    """What the store says about a report's loaded text."""

    sha256: str
    length: int | None
    issued: str | None
    number: str | None
    extracted: bool  # False: built from a reviewed fact sheet
    revisions: tuple[Triple, ...]  # the earlier texts its graph already records


def stored_report(store: KnowledgeStore, iri: str) -> StoredReport | None:
    """The loaded text of the report ``iri`` (its hash, length, date, number, how its figures were obtained)."""
    if iri not in store.graphs():
        return None
    node = NamedNode(iri)  # a valid IRI: safe to write into the query
    rows = list(store.query(
        f"SELECT ?sha ?length ?issued ?number ?source WHERE {{ GRAPH {node} {{ {node} pk:textSha256 ?sha "
        f"OPTIONAL {{ {node} pk:textLength ?length }} OPTIONAL {{ {node} dcterms:issued ?issued }} "
        f"OPTIONAL {{ {node} dcterms:identifier ?number }} OPTIONAL {{ {node} pk:figureSource ?source }} }} }} LIMIT 1"
    ))
    if not rows:
        return None
    row = rows[0]

    def value(name: str) -> str | None:
        term = row[name]
        return term.value if term is not None else None

    graph = node
    revisions: list[Triple] = []
    for link in store.current_store().quads_for_pattern(node, _REVISION_OF, None, graph):
        revisions.append(Triple(node, _REVISION_OF, link.object))
        revisions.extend(Triple(q.subject, q.predicate, q.object)
                         for q in store.current_store().quads_for_pattern(link.object, None, None, graph))
    length = value("length")
    return StoredReport(
        sha256=value("sha") or "", length=int(length) if length else None, issued=value("issued"),
        number=value("number"), extracted=value("source") == PK + "Extraction", revisions=tuple(revisions),
    )


_REVISION_OF = NamedNode(PROV + "wasRevisionOf")
_FIGURE_SOURCE = NamedNode(PK + "figureSource")


def what_changed(stored: StoredReport, report: Report) -> str:
    """The differences between a loaded text and a new one, in words."""
    changes = [f"text SHA-256 {stored.sha256[:12]}… → {report.text_sha256[:12]}…"]
    if stored.length is not None and stored.length != report.text_length:
        changes.append(f"{stored.length} → {report.text_length} characters")
    new_date = report.date.isoformat() if report.date is not None else None
    if stored.issued != new_date:
        changes.append(f"date {stored.issued or 'none'} → {new_date or 'none'}")
    if (stored.number or "") != (report.number or ""):
        changes.append(f"number {stored.number or 'none'} → {report.number or 'none'}")
    return ", ".join(changes)


def revision_triples(iri: str, stored: StoredReport) -> list[Triple]:
    """prov:wasRevisionOf the replaced text: a node with its hash, length and date, and the revisions it recorded."""
    node = NamedNode(iri)
    earlier = NamedNode(f"{iri}/text/{stored.sha256[:16]}")
    triples = [
        Triple(node, _REVISION_OF, earlier),
        Triple(earlier, NamedNode(RDF + "type"), NamedNode(PROV + "Entity")),
        Triple(earlier, NamedNode(PK + "textSha256"), ox.Literal(stored.sha256)),
    ]
    if stored.length is not None:
        triples.append(Triple(earlier, NamedNode(PK + "textLength"),
                              ox.Literal(str(stored.length), datatype=NamedNode(XSD + "integer"))))
    if stored.issued:
        triples.append(Triple(earlier, NamedNode(DCTERMS + "issued"),
                              ox.Literal(stored.issued, datatype=NamedNode(XSD + "date"))))
    return triples + list(stored.revisions)


def validate_new_report(triples: list[Triple], iri: str, store: KnowledgeStore) -> ValidationResult:
    """Validate a report not yet in ``store`` against it: the cross-report rules see the stored reports."""
    work = ox.Store()
    graph = NamedNode(iri)
    work.extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples)
    return validate_graph(work, report_iri=iri, background=store.current_store())


def store_report(store: KnowledgeStore, iri: str, triples: list[Triple],
                 beside: Mapping[str, list[Triple]] | None = None) -> None:
    """Write a report's graph and the graphs kept beside it (its validation graph), and add the shared
    descriptions it brings (periods) to the reference graph, in one atomic write; descriptions the reference graph
    already has are not repeated."""
    own, shared = split_shared(triples)
    current = [quad.triple for quad in store.quads(REFERENCE_GRAPH)]
    known = set(current)
    new = [t for t in dict.fromkeys(shared) if t not in known]
    graphs = {iri: own, REFERENCE_GRAPH: current + new} if new else {iri: own}
    graphs.update(beside or {})
    store.replace_graphs(graphs)


def ingest(
    paths: Iterable[Path],
    store_dir: Path,
    *,
    force: bool = False,
    replace: bool = False,
    progress: Callable[[str], None] | None = None,
) -> list[IngestOutcome]:
    """Ingest each report in turn; returns what happened to each (refused reports have ``loaded`` False).

    A report already loaded from another text raises InputError naming what changed, unless ``replace``.
    """
    reference = load_reference()
    provinces = province_names(reference)
    lexicon = load_lexicon()
    outcomes = []
    with KnowledgeStore.open(store_dir, create=True) as store:
        if REFERENCE_GRAPH not in store.graphs():
            store.replace_graphs({REFERENCE_GRAPH: reference.triples})
        for path in paths:
            prepared = prepare(path, reference, provinces, lexicon)
            if progress:
                for warning in prepared.warnings:
                    progress(f"{path}: warning: {warning}")
            iri = report_iri(prepared.report.report_id)
            figures = prepared.extraction.figures
            stored = stored_report(store, iri)
            if stored is not None and stored.sha256 == prepared.report.text_sha256:
                outcomes.append(IngestOutcome(
                    path=Path(path), report_id=prepared.report.report_id, figures=len(figures),
                    mapped=sum(1 for f in figures if f.indicator), non_figures=len(prepared.extraction.non_figures),
                    violations=0, warnings=0, loaded=True, unchanged=True,
                ))
                if progress:
                    progress(f"{path}: {prepared.report.report_id}: unchanged (this text is already loaded)")
                continue
            if stored is not None and not replace:
                kind = "a reviewed graph (built from its fact sheet)" if not stored.extracted else "a graph"
                changes = what_changed(stored, prepared.report)
                raise InputError(f"report {prepared.report.report_id} already has {kind} from another text "
                                 f"({changes}); give --replace to replace it", str(path))
            triples = [*prepared.triples, Triple(NamedNode(iri), _FIGURE_SOURCE, NamedNode(PK + "Extraction"))]
            if stored is not None:
                triples += revision_triples(iri, stored)
            result = validate_new_report(triples, iri, store)
            violations = sum(1 for f in result.results if f.severity == "Violation")
            load = violations == 0 or force
            if load:
                # the report, its findings (a forced load recorded as such) and the periods it brings, in one
                # atomic write
                findings = validation_triples(result, iri, figures_in(prepared.triples), forced=force)
                store_report(store, iri, triples, {validation_graph_iri(iri): findings, **summary_graph(iri, triples)})
            outcome = IngestOutcome(
                path=Path(path), report_id=prepared.report.report_id, figures=len(figures),
                mapped=sum(1 for f in figures if f.indicator), non_figures=len(prepared.extraction.non_figures),
                violations=violations, warnings=sum(1 for f in result.results if f.severity == "Warning"),
                loaded=load, validation=result, replaced=stored.sha256 if stored is not None and load else None,
            )
            outcomes.append(outcome)
            if progress and violations:
                # the violations a curator must see: rule, the report's own words, the arithmetic, the likely cause
                progress(f"{path}: {violations} violation(s):\n"
                         + result.to_text(prepared.text, only="Violation").split("\n", 1)[1].rstrip())
            if progress:
                verdict = ("loaded" if violations == 0 else "loaded despite violations (--force; recorded in the "
                           "graph)") if load else "REFUSED (violations; use --force to load anyway)"
                if load and stored is not None:
                    verdict += f", replacing the text {stored.sha256[:12]}…"
                progress(f"{path}: {outcome.report_id}: {outcome.figures} figures ({outcome.mapped} mapped, "
                         f"{outcome.unmapped} unmapped), {outcome.non_figures} non-figures, {violations} violations, "
                         f"{outcome.warnings} warnings: {verdict}")
    return outcomes
