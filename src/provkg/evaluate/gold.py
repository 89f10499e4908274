"""A corpus report's gold sheet as a report graph: validation measured alone, on figures whose meaning a person
gave (the issue's "graphs built from the gold sheets"), apart from what the extractor gets wrong.

The gold sheet has no section column: each figure's section comes from segmenting the master text, as the
extractor's does. The report's metadata comes from its header; its period from the manifest (people wrote it).
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal, InvalidOperation

from pyoxigraph import Triple

from provkg.core.errors import InputError
from provkg.core.model import BASES, BREAKDOWNS, MEASURES, STATUSES, Figure, Report, parse_period
from provkg.core.namespaces import PROJECT
from provkg.evaluate.corpus import CorpusReport
from provkg.pipeline.rdfmap import report_triples
from provkg.read.header import read_header, report_from_header
from provkg.read.segment import segment
from provkg.reference.areas import province_names
from provkg.reference.loader import KnownIds, Reference


def _decimal(raw: str) -> Decimal | None:
    try:
        return Decimal(raw) if raw.strip() else None
    except InvalidOperation:
        return None


def _period(raw: str) -> str | None:
    try:
        return parse_period(raw).code if raw.strip() else None
    except (InputError, ValueError):
        return None


def gold_figures(report: CorpusReport, text: str, known: KnownIds | None = None) -> list[Figure]:
    """The gold rows as figures (rows whose value or period cannot be read are left out: the gold checker
    reports them). Projects the ontology does not define yet are left out, as a fact sheet would refuse them;
    the value keeps the decimals written in the text (the gold writes 34,500 as 34.5)."""
    sections = segment(text)
    figures = []
    for row in report.gold():
        value, period = _decimal(row["value"]), _period(row["period"])
        if value is None or period is None or row["measure"] not in MEASURES:
            continue
        start, end = int(row["start"]), int(row["end"])
        status = row["status"] if row["status"] in STATUSES else "actual"
        figures.append(Figure(
            value=_as_written(value, text[start:end]), unit_text=" ".join(row["unit_text"].split()),
            measure=row["measure"],
            subject=row["subject"], period=period, estimate=status in ("estimate", "forecast"),
            section=sections.section_at(start), start=start, end=end, indicator=row["indicator"] or None,
            # the gold writes a district as province:district, the graph as province/district
            area=row["area"].replace(":", "/") or None, comparison_period=_period(row["comparison_period"]),
            parent=int(row["parent"]) if row["parent"].strip().isdigit() else None,
            project=row["project"] if row["project"] and (known is None or known.has(PROJECT, row["project"]))
            else None, status=status, value_max=_decimal(row["value_max"]),
            basis=row["basis"] if row["basis"] in BASES else None, cumulative=row["cumulative"] == "true",
            breakdown=row["breakdown"] if row["breakdown"] in BREAKDOWNS else None,
        ))
    starts = {f.start for f in figures}
    for figure in figures:
        if figure.parent is not None and figure.parent not in starts:
            figure.parent = None
    return figures


def _as_written(value: Decimal, written: str) -> Decimal:
    """The value with the decimals of the number as written (Vietnamese notation: ',' is the decimal mark)."""
    match = re.match(r"[\d.]*,(\d+)", written)
    if match is None:
        return value
    quantised = value.quantize(Decimal(1).scaleb(-len(match.group(1))))
    return quantised if quantised == value else value


def gold_report(report: CorpusReport, text: str, reference: Reference) -> Report:
    header = read_header(text, province_names(reference))
    meta = report_from_header(header, text, report.row["file"])
    period = _period(report.row["period"])
    return replace(meta, period=period) if period else meta


def gold_triples(report: CorpusReport, text: str, reference: Reference) -> tuple[Report, list[Triple]]:
    """The report's metadata and its graph built from the gold sheet, quotes included."""
    meta = gold_report(report, text, reference)
    figures = gold_figures(report, text, reference.known)
    return meta, report_triples(meta, figures, units=reference.units, text=text)
