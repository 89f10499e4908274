"""Sources of a report graph: a raw report (read, extracted, mapped) or a reviewed fact sheet, prepared for
validation or loading, and the validation of such a source against an optional store."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from provkg.core.errors import InputError
from provkg.core.namespaces import REFERENCE_GRAPH
from provkg.core.paths import data_dir, default_texts_dirs
from provkg.pipeline.build import factsheet_graph, find_text
from provkg.pipeline.factsheet import read_reports
from provkg.pipeline.ingest import prepare
from provkg.pipeline.rdfmap import report_iri as iri_of
from provkg.reference.areas import province_names
from provkg.reference.loader import load_reference
from provkg.store.store import KnowledgeStore
from provkg.validate.cache import CACHE_FILE, ValidationCache
from provkg.validate.engine import Engine, ValidationResult, validate_graph, validate_store


@dataclass
class SourceValidation:
    """The result of validating a fact sheet, a report or a store, with the report's text for quoting."""

    result: ValidationResult
    text: str | None
    warnings: tuple[str, ...] = ()


def _prepare_factsheet(path: Path) -> tuple[str, list[ox.Triple], str | None, list[ox.Triple], tuple[str, ...]]:
    report_id = path.name.removesuffix(".csv")
    if report_id.endswith(".statements"):
        raise InputError("a statements sheet is validated with its figures sheet: give <report_id>.csv", str(path))
    index = path.parent.parent / "reports.csv"
    reports = read_reports(index if index.is_file() else data_dir("data") / "reports.csv")
    report = next((r for r in reports if r.report_id == report_id), None)
    if report is None:
        raise InputError(f"no row for report {report_id!r} in reports.csv: the sheet's name must be its report_id",
                         str(path))
    reference = load_reference()
    texts_dirs = [*default_texts_dirs(), path.parent]
    _figures, _statements, text, triples = factsheet_graph(report, path, reference, texts_dirs)
    return iri_of(report_id), triples, text, reference.triples, ()


def _prepare_report(path: Path) -> tuple[str, list[ox.Triple], str | None, list[ox.Triple], tuple[str, ...]]:
    reference = load_reference()
    prepared = prepare(path, reference, province_names(reference))
    return iri_of(prepared.report.report_id), prepared.triples, prepared.text, reference.triples, prepared.warnings


def _bundled_text(report_id: str) -> str | None:
    """The text of a report listed in the checkout's data/reports.csv, for quoting; None when unknown."""

    index = data_dir("data") / "reports.csv"
    report = next((r for r in read_reports(index) if r.report_id == report_id), None) if index.is_file() else None
    return find_text(report, default_texts_dirs()) if report is not None else None


def validate_source(
    source: Path | None, *, store_dir: Path | None = None, report_id: str | None = None, engine: Engine = "fast",
    progress: Callable[[str], None] | None = None,
) -> SourceValidation:
    """Validate a fact sheet (.csv) or a raw report (extracted and mapped first), against the store at
    ``store_dir`` when given; or, without a source, the reports in the store (one with ``report_id``)."""

    handle = KnowledgeStore.open(store_dir, read_only=True) if store_dir is not None else None
    try:
        background = handle.current_store() if handle is not None else None
        if source is None:
            if background is None:
                raise InputError("nothing to validate: give a REPORT or FACTSHEET, or --store DIR")
            if report_id:
                result = validate_graph(background, report_iri=iri_of(report_id), engine=engine)
            elif engine == "fast":
                # findings of unchanged reports come from the store's cache (validate/cache.py)
                # one generation: the Store, its folder and its graphs' digests taken together
                reader, generation, digests = handle.snapshot()
                result = validate_store(reader, generation=generation, progress=progress, digests=digests,
                                        cache=ValidationCache.load(Path(store_dir) / CACHE_FILE))
            else:
                result = validate_graph(background, engine=engine)
            return SourceValidation(result, _bundled_text(report_id) if report_id else None)
        if not source.is_file():
            raise InputError("no such file", str(source))
        prepare = _prepare_factsheet if source.suffix.lower() == ".csv" else _prepare_report
        iri, triples, text, reference, warnings = prepare(source)
        data = ox.Store()
        data.extend(ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(iri)) for t in triples)
        if background is None:
            data.extend(ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(REFERENCE_GRAPH)) for t in reference)
        result = validate_graph(data, report_iri=iri, engine=engine, background=background)
        return SourceValidation(result, text, warnings)
    finally:
        if handle is not None:
            handle.close()
