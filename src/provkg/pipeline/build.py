"""`provkg build`: ontology, reference data and reviewed fact sheets → the store, one named graph per report.

Everything is read and checked before the store is touched, and all graphs are replaced in one atomic write, so a
bad row leaves the store exactly as it was and building twice changes nothing.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
from pyoxigraph import NamedNode, Triple

from provkg.core.errors import InputError
from provkg.core.model import Figure, Report, Statement
from provkg.core.namespaces import PK, REFERENCE_GRAPH, SKOS
from provkg.core.numbers import NUMBER_RE, compound_amount, parse_number
from provkg.core.paths import data_dir, default_texts_dirs
from provkg.core.text import text_sha256
from provkg.pipeline.factsheet import read_factsheet, read_reports, read_statements
from provkg.pipeline.rdfmap import report_iri, report_triples, split_shared
from provkg.read.reading import read_report
from provkg.reference.loader import Reference, load_reference
from provkg.reference.projects import project_index
from provkg.store.store import KnowledgeStore
from provkg.store.summaries import with_summaries
from provkg.validate.engine import validate_graph
from provkg.validate.record import figures_in, validation_graph_iri, validation_triples

_LABELS = (NamedNode(SKOS + "prefLabel"), NamedNode(SKOS + "altLabel"))
_ALLOWED_UNIT = NamedNode(PK + "allowedUnit")


@dataclass
class BuildSummary:
    reports: int = 0
    figures: int = 0
    mapped: int = 0
    statements: int = 0
    triples: int = 0
    seconds: float = 0.0
    without_text: list[str] = field(default_factory=list)


def find_text(report: Report, texts_dirs: Iterable[Path]) -> str | None:
    """The report's normalised text if its file is in one of ``texts_dirs``; a different text is an error."""
    for folder in texts_dirs:
        path = folder / report.source
        if path.is_file():
            text = read_report(path)  # read (and repaired) as `provkg extract` and `ingest` read it
            if text_sha256(text) != report.text_sha256:
                raise InputError(
                    f"the text of report {report.report_id} does not match its text_sha256 in data/reports.csv: "
                    "offsets in its fact sheet would point at the wrong characters",
                    str(path),
                )
            return text
    return None


def written_values(text: str, start: int) -> set[Decimal]:
    """The values a figure starting at ``start`` may have: the number written there (a compound amount such as
    'X tỷ Y triệu' read whole), with either sign (a fall is written as a word), and for a percentage also 100
    plus or minus it ('vượt 3,37% kế hoạch' is 103.37 % of the plan). Empty when no number starts there."""
    if start < 0 or start >= len(text) or not text[start].isdigit():
        return set()
    if start and (text[start - 1].isdigit() or (start > 1 and text[start - 1] in ".," and text[start - 2].isdigit())):
        return set()  # inside a number
    token = NUMBER_RE.match(text, start)
    assert token is not None
    written = parse_number(token.group()).value
    values = {written}
    compound = compound_amount(text, token.end(), written)
    if compound is not None:
        values.add(compound.value)
    if text[token.end() : token.end() + 1] == "%" or text[token.end() : token.end() + 2] == " %":
        values |= {100 + written, 100 - written}
    return values | {-v for v in values}


def check_figures_against_text(figures: list[Figure], text: str, sheet: Path) -> None:
    """Each row must point at a number in the text whose value is the row's (see ``written_values``)."""
    problems = []
    for f in figures:
        where = f"{sheet}: row {f.id or f.start} at offset {f.start}"
        if f.end > len(text) or not text[f.start : f.start + 1].isdigit():
            problems.append(f"{where}: expected a number, found {text[f.start : f.start + 12]!r}")
            continue
        values = written_values(text, f.start)
        if not values:
            problems.append(f"{where}: the offset is inside a number ({text[max(0, f.start - 6) : f.start + 6]!r})")
        elif f.value not in values:
            token = NUMBER_RE.match(text, f.start)
            problems.append(f"{where}: the text says {token.group() if token else '?'!s}, "
                            f"which does not read as the row's value {f.value}")
    if problems:
        raise InputError("fact sheet offsets do not point at the rows' numbers:\n" + "\n".join(problems[:25]))


def factsheet_graph(
    report: Report, sheet: Path, reference: Reference, texts_dirs: Iterable[Path]
) -> tuple[list[Figure], list[Statement], str | None, list[Triple]]:
    """One reviewed fact sheet (and its statements sheet, if any) as the report's graph; with the report's text
    found, every row's offsets are checked against it and quotes are added."""
    figures = read_factsheet(sheet, reference.known, report.text_length)
    statements_sheet = sheet.with_name(f"{report.report_id}.statements.csv")
    statements = read_statements(statements_sheet, reference.known) if statements_sheet.is_file() else []
    text = find_text(report, texts_dirs)
    if text is not None:
        check_figures_against_text(figures, text, sheet)
    return figures, statements, text, report_triples(report, figures, statements, units=reference.units, text=text,
                                                     projects=project_index(reference))


def iter_graphs(
    data: Path | None = None,
    texts_dirs: list[Path] | None = None,
    reference: Reference | None = None,
    summary: BuildSummary | None = None,
    progress: Callable[[str], None] | None = None,
    validate: bool = True,
) -> Iterator[tuple[str, list[Triple]]]:
    """Read data/reports.csv and the fact sheets it names, one report at a time: yield each report's graph (name,
    triples), then the reference graph with the descriptions of the periods the reports refer to, each once;
    counting into ``summary``."""
    data = data or data_dir("data")
    texts_dirs = default_texts_dirs() if texts_dirs is None else texts_dirs
    reference = reference or load_reference()
    summary = summary if summary is not None else BuildSummary()
    shared: set[Triple] = set()
    background: ox.Store | None = None
    for report in read_reports(data / "reports.csv"):
        sheet = data / "factsheets" / f"{report.report_id}.csv"
        if not sheet.is_file():
            raise InputError(f"no fact sheet {sheet.name} for report {report.report_id}", str(sheet))
        figures, statements, text, whole = factsheet_graph(report, sheet, reference, texts_dirs)
        triples, periods = split_shared(whole)
        shared.update(periods)
        if text is None:
            summary.without_text.append(report.report_id)
        summary.reports += 1
        summary.figures += len(figures)
        summary.mapped += sum(1 for f in figures if f.indicator)
        summary.statements += len(statements)
        summary.triples += len(triples)
        if progress:
            progress(f"{report.report_id}: {len(figures)} figures, {len(triples)} triples")
        iri = report_iri(report.report_id)
        yield iri, triples
        if validate:
            # every report carries its findings and its figures' validation status, as an ingested one does
            if background is None:
                background = ox.Store()
                background.extend(ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(REFERENCE_GRAPH))
                                  for t in reference.triples)
            work = ox.Store()
            work.extend(ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(iri)) for t in whole)
            result = validate_graph(work, report_iri=iri, background=background)
            yield validation_graph_iri(iri), validation_triples(result, iri, figures_in(triples))
    reference_graph = reference.triples + sorted(shared - set(reference.triples), key=str)
    summary.triples += len(reference_graph)
    yield REFERENCE_GRAPH, reference_graph


def build_graphs(
    data: Path | None = None,
    texts_dirs: list[Path] | None = None,
    reference: Reference | None = None,
    progress: Callable[[str], None] | None = None,
    validate: bool = False,
) -> tuple[dict[str, list[Triple]], BuildSummary]:
    """Every graph's triples at once (see ``iter_graphs``; without validation graphs unless ``validate``) and the
    summary."""
    summary = BuildSummary()
    graphs = dict(iter_graphs(data, texts_dirs, reference, summary, progress, validate))
    return graphs, summary


def build(
    store_dir: Path,
    data: Path | None = None,
    texts_dirs: list[Path] | None = None,
    progress: Callable[[str], None] | None = None,
) -> BuildSummary:
    """Build the store at ``store_dir`` from the bundled data; all graphs are replaced in one atomic write, streamed
    report by report (a bad fact sheet stops the build before anything is published)."""
    began = time.perf_counter()
    summary = BuildSummary()
    existed = store_dir.exists()
    store = KnowledgeStore.open(store_dir, create=True)
    try:
        # each report's summary graph (store/summaries.py) is written with it, for the national questions
        store.rebuild(with_summaries(iter_graphs(data, texts_dirs, summary=summary, progress=progress)), optimize=True)
    except BaseException:
        store.close()
        if not existed:
            shutil.rmtree(store_dir, ignore_errors=True)  # a failed first build leaves no empty store behind
        raise
    store.close()
    summary.seconds = time.perf_counter() - began
    return summary
