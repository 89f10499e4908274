"""`provkg ingest`: read a new report, extract and map its figures, validate them, and load them.

Each report is checked against the store before it is written: a report with violations is refused unless
forced, and each accepted report is one atomic write of its named graph, so a failure midway leaves every earlier
report loaded and nothing half-written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from pyoxigraph import NamedNode, Triple

from provkg.core.errors import InputError
from provkg.core.model import Report
from provkg.core.namespaces import REFERENCE_GRAPH
from provkg.extract.extractor import Extraction, Lexicon, extract, load_lexicon
from provkg.pipeline.rdfmap import report_iri, report_triples
from provkg.read.header import read_header, report_from_header
from provkg.read.reading import read_report
from provkg.reference.loader import Reference, load_reference
from provkg.store.store import KnowledgeStore
from provkg.store.summaries import report_and_summary
from provkg.validate.engine import ValidationResult, validate_graph


@dataclass
class PreparedReport:
    """A report read, extracted and mapped, not yet validated or stored."""

    path: Path
    text: str
    report: Report
    extraction: Extraction
    triples: list[Triple]
    warnings: tuple[str, ...] = ()  # what the header lacked (a document number, a date): read anyway


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

    @property
    def unmapped(self) -> int:
        return self.figures - self.mapped


def prepare(
    path: Path, reference: Reference, provinces: dict[str, str], lexicon: Lexicon | None = None
) -> PreparedReport:
    """Read, extract and map one report (no store access: safe to run in a worker process)."""
    text = read_report(path)
    try:
        header = read_header(text, provinces)
    except InputError as exc:
        raise InputError(str(exc), str(path)) from exc
    report = report_from_header(header, text, Path(path).name)
    extraction = extract(text, report_period=report.period, lexicon=lexicon)
    triples = report_triples(report, extraction.figures, units=reference.units, text=text)
    return PreparedReport(Path(path), text, report, extraction, triples, header.warnings)


def validate_new_report(triples: list[Triple], iri: str, store: KnowledgeStore) -> ValidationResult:
    """Validate a report not yet in ``store`` against it: the cross-report rules see the stored reports."""
    work = ox.Store()
    graph = NamedNode(iri)
    work.extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples)
    return validate_graph(work, report_iri=iri, background=store.current_store())


def ingest(
    paths: Iterable[Path],
    store_dir: Path,
    *,
    force: bool = False,
    progress: Callable[[str], None] | None = None,
) -> list[IngestOutcome]:
    """Ingest each report in turn; returns what happened to each (refused reports have ``loaded`` False)."""
    reference = load_reference()
    provinces = reference.provinces
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
            result = validate_new_report(prepared.triples, iri, store)
            violations = sum(1 for f in result.results if f.severity == "Violation")
            load = violations == 0 or force
            if load:
                store.replace_graphs(report_and_summary(iri, prepared.triples))  # with its summary graph
            figures = prepared.extraction.figures
            outcome = IngestOutcome(
                path=Path(path), report_id=prepared.report.report_id, figures=len(figures),
                mapped=sum(1 for f in figures if f.indicator), non_figures=len(prepared.extraction.non_figures),
                violations=violations, warnings=sum(1 for f in result.results if f.severity == "Warning"),
                loaded=load, validation=result,
            )
            outcomes.append(outcome)
            if progress:
                verdict = "loaded" if load else "REFUSED (violations; use --force to load anyway)"
                progress(f"{path}: {outcome.report_id}: {outcome.figures} figures ({outcome.mapped} mapped, "
                         f"{outcome.unmapped} unmapped), {outcome.non_figures} non-figures, {violations} violations, "
                         f"{outcome.warnings} warnings: {verdict}")
    return outcomes
