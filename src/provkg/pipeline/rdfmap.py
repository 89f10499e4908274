"""Fact-sheet model → RDF triples of one report's named graph (docs/model.md).

IRIs are built from the report id and character offsets only, so mapping the same sheet twice yields the same
triples, and a figure found by the extractor gets the same IRI as the reviewed row for it.

``report_triples`` gives a report with the descriptions of the periods it refers to, so a report can be validated
on its own. In the store those descriptions are shared: ``split_shared`` takes them out of the report's graph and
they are kept once, in the reference graph (a period described in every report's graph would be matched once per
report by a query over the union of the graphs, multiplying its rows).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from functools import lru_cache

from pyoxigraph import Literal, NamedNode, Triple

from provkg import __version__
from provkg.core.model import Figure, Report, Statement, parse_period
from provkg.core.namespaces import (
    AREA,
    CAUSE,
    DCTERMS,
    INDICATOR,
    MEASURE,
    PERIOD,
    PK,
    PROJECT,
    PROV,
    QB,
    RDF,
    RDFS,
    REPORT,
    SECTOR,
    TIME,
    XSD,
)
from provkg.core.periods import period_label
from provkg.core.text import quote_around
from provkg.extract.project_facts import ProjectFacts, project_facts
from provkg.read.segment import paragraphs, sentences
from provkg.reference.loader import UnitIndex
from provkg.reference.projects import ProjectIndex

_TYPE = NamedNode(RDF + "type")
_XSD_DECIMAL = NamedNode(XSD + "decimal")
_XSD_INTEGER = NamedNode(XSD + "integer")
_XSD_BOOLEAN = NamedNode(XSD + "boolean")
_XSD_DATE = NamedNode(XSD + "date")
_PRICE_BASIS = {"constant-2010": NamedNode(PK + "ConstantPrices2010"), "current": NamedNode(PK + "CurrentPrices")}
_BREAKDOWN = {"complete": NamedNode(PK + "CompleteBreakdown"), "partial": NamedNode(PK + "PartialBreakdown")}
# How the figures of a graph were produced (pk:producedBy): the trust a reader can put in them.
PRODUCED_BY = {"factsheet": NamedNode(PK + "ReviewedFactSheet"), "extraction": NamedNode(PK + "Extraction"),
               "correction": NamedNode(PK + "ManualCorrection")}
_EFFECT = {"negative": NamedNode(PK + "NegativeEffect"), "positive": NamedNode(PK + "PositiveEffect")}
_CAUSE_TYPE = {"objective": NamedNode(PK + "ObjectiveCause"), "subjective": NamedNode(PK + "SubjectiveCause")}
_STATEMENT_CLASS = {
    "limitation": NamedNode(PK + "Limitation"),
    "task": NamedNode(PK + "Task"),
    "causal": NamedNode(PK + "CausalStatement"),
}
_AFFECTS_NAMESPACE = {"indicator": INDICATOR, "sector": SECTOR, "project": PROJECT, "programme": PROJECT}


@lru_cache(maxsize=4096)  # the same few terms for every figure of every report: built once (terms are immutable)
def pk(name: str) -> NamedNode:
    return NamedNode(PK + name)


def report_iri(report_id: str) -> str:
    """The report's IRI, which is also the name of its graph."""
    return REPORT + report_id


def observation_iri(report_id: str, start: int) -> str:
    return f"{REPORT}{report_id}/obs/{start}"


@lru_cache(maxsize=4096)  # a report's figures name a few periods: each code parsed once
def period_iri(code: str) -> NamedNode:
    return NamedNode(PERIOD + parse_period(code).slug)


def _decimal(value: object) -> Literal:
    return Literal(str(value), datatype=_XSD_DECIMAL)


def _integer(value: int) -> Literal:
    return Literal(str(value), datatype=_XSD_INTEGER)


def period_triples(code: str) -> Iterator[Triple]:
    """An OWL-Time description of a period code: an interval with its first and last day, or an instant."""
    period = parse_period(code)
    node = period_iri(code)
    yield Triple(node, pk("periodCode"), Literal(period.code))
    for lang in ("en", "vi"):
        yield Triple(node, NamedNode(RDFS + "label"), Literal(period_label(period.code, lang), language=lang))
    if period.is_instant:
        yield Triple(node, _TYPE, NamedNode(TIME + "Instant"))
        yield Triple(node, NamedNode(TIME + "inXSDDate"), Literal(period.begin.isoformat(), datatype=_XSD_DATE))
        return
    yield Triple(node, _TYPE, NamedNode(TIME + "ProperInterval"))
    for relation, day in (("hasBeginning", period.begin), ("hasEnd", period.end)):
        instant = NamedNode(f"{PERIOD}{day.isoformat()}")
        yield Triple(node, NamedNode(TIME + relation), instant)
        yield Triple(instant, _TYPE, NamedNode(TIME + "Instant"))
        yield Triple(instant, NamedNode(TIME + "inXSDDate"), Literal(day.isoformat(), datatype=_XSD_DATE))


def is_shared(triple: Triple) -> bool:
    """A triple describing something every report may refer to (a period or its first and last day)."""
    return isinstance(triple.subject, NamedNode) and triple.subject.value.startswith(PERIOD)


def split_shared(triples: Iterable[Triple]) -> tuple[list[Triple], list[Triple]]:
    """A report's triples as (its own, the shared descriptions that belong in the reference graph)."""
    own: list[Triple] = []
    shared: list[Triple] = []
    for triple in triples:
        (shared if is_shared(triple) else own).append(triple)
    return own, shared


def report_triples(
    report: Report,
    figures: Iterable[Figure],
    statements: Iterable[Statement] = (),
    *,
    units: UnitIndex,
    text: str | None = None,
    produced_by: str = "factsheet",
    projects: ProjectIndex | None = None,
) -> list[Triple]:
    """All triples of one report's graph. With ``text`` (the normalised report), each figure gets its quote and
    the start of its sentence and paragraph (the consistency rules read the figures of one sentence together).
    ``produced_by``: factsheet (a reviewed sheet), extraction (the extractor of this provkg version) or
    correction (a manual correction). With ``projects`` (the reference data's project index), the projects and
    programmes the figures are about that the reference data does not define (provisional IRIs) are described in
    the report's graph: kind, the name as the text writes it, and the report's province as their area."""
    node = NamedNode(report_iri(report.report_id))
    dataset = NamedNode(report_iri(report.report_id) + "/dataset")
    triples = [
        Triple(node, _TYPE, pk("Report")),
        Triple(node, NamedNode(DCTERMS + "publisher"), NamedNode(AREA + report.province + "-people-committee")),
        Triple(node, NamedNode(DCTERMS + "creator"), Literal(report.issuer, language="vi")),
        Triple(node, NamedNode(DCTERMS + "title"), Literal(report.title_en, language="en")),
        Triple(node, pk("province"), NamedNode(AREA + report.province)),
        Triple(node, pk("periodCovered"), period_iri(report.period)),
        Triple(node, pk("textSha256"), Literal(report.text_sha256)),
        Triple(node, pk("textLength"), _integer(report.text_length)),
        Triple(dataset, _TYPE, NamedNode(QB + "DataSet")),
        Triple(dataset, NamedNode(QB + "structure"), pk("ObservationStructure")),
        Triple(dataset, NamedNode(RDFS + "label"), Literal(f"Figures of report {report.number}", language="en")),
        Triple(dataset, NamedNode(PROV + "wasDerivedFrom"), node),
    ]
    if report.number:  # a release or a news item has no document number
        triples.append(Triple(node, NamedNode(DCTERMS + "identifier"), Literal(report.number)))
    if report.date is not None:
        issued = Literal(report.date.isoformat(), datatype=_XSD_DATE)
        triples.append(Triple(node, NamedNode(DCTERMS + "issued"), issued))
    if produced_by == "extraction":
        triples.append(Triple(node, pk("extractorVersion"), Literal(f"provkg {__version__}")))
    places = _Places(text) if text is not None else None
    periods = {report.period}
    for figure in figures:
        triples.extend(_figure_triples(report, node, dataset, figure, units, text))
        obs = NamedNode(observation_iri(report.report_id, figure.start))
        triples.append(Triple(obs, pk("producedBy"), PRODUCED_BY[produced_by]))
        if places is not None:
            sentence, paragraph = places.of(figure.start)
            triples += [Triple(obs, pk("sentenceStart"), _integer(sentence)),
                        Triple(obs, pk("paragraphStart"), _integer(paragraph))]
        periods.update(code for code in (figure.period, figure.comparison_period) if code)
    for statement in statements:
        triples.extend(_statement_triples(report, node, statement))
    if projects is not None:
        triples.extend(provisional_initiatives(report.province, figures, projects, text or "", units))
    for code in sorted(periods):
        triples.extend(period_triples(code))
    return triples


def provisional_initiatives(province: str, figures: Iterable[Figure], projects: ProjectIndex,
                            text: str, units: UnitIndex | None = None) -> list[Triple]:
    """Descriptions of the provisional projects and programmes the figures are about, or the text states facts
    about (those the reference data lacks): typed pk:Project or pk:Programme, labelled with the name as first
    written in ``text`` (or, without it, the words of the IRI), located in the report's province, with the sector
    its kind word tells, and what the text states about them (investor, funders, total investment, dates, stage:
    provkg.extract.project_facts). A curator confirms them into ontology/projects.ttl (`provkg curate`)."""
    facts = {local: stated for local, stated in project_facts(text, province, projects).items()
             if local not in projects.entries} if text else {}
    wanted = sorted({local for f in figures for local in (f.project, f.programme)
                     if local and local not in projects.entries} | set(facts))
    if not wanted:
        return []
    written = projects.names_written(text, province) if text else {}
    triples = []
    for local in wanted:
        node = NamedNode(PROJECT + local)
        name = written.get(local) or local.rpartition("/")[2].replace("-", " ")
        where = local.partition("/")[0] if "/" in local else province
        triples += [
            Triple(node, _TYPE, pk("Programme" if projects.is_programme(local) else "Project")),
            Triple(node, NamedNode(RDFS + "label"), Literal(name, language="vi")),
            Triple(node, pk("location"), NamedNode(AREA + where)),
        ]
        if sector := projects.sector_of(local):
            triples.append(Triple(node, pk("sector"), NamedNode(SECTOR + sector)))
        if local in facts:
            triples += _fact_triples(node, facts[local], units)
    return triples


def _fact_triples(node: NamedNode, facts: ProjectFacts, units: UnitIndex | None) -> list[Triple]:
    """What a report states about a provisional work, as properties of its resource."""
    triples = [Triple(node, pk("funder"), pk(funder)) for funder in sorted(facts.funders)]
    if facts.investor:
        triples.append(Triple(node, pk("investor"), Literal(facts.investor)))
    if facts.total_investment:
        value, unit_text = facts.total_investment
        unit = units.lookup(unit_text) if units else None
        if unit is not None:  # an amount is only a fact with its unit
            triples += [Triple(node, pk("totalInvestment"), Literal(str(value), datatype=_XSD_DECIMAL)),
                        Triple(node, pk("totalInvestmentUnit"), unit)]
    for name, when in (("startDate", facts.start), ("plannedStartDate", facts.planned_start),
                       ("completionDate", facts.completion), ("plannedCompletionDate", facts.planned_completion)):
        if when:
            triples.append(Triple(node, pk(name), _date_literal(when)))
    if facts.status:
        triples.append(Triple(node, pk("status"), pk(facts.status)))
    return triples


def _date_literal(code: str) -> Literal:
    """An ISO date code as precise as it is: 2023-06-25 (xsd:date), 2023-06 (xsd:gYearMonth), 2023 (xsd:gYear)."""
    kind = {10: "date", 7: "gYearMonth", 4: "gYear"}[len(code)]
    return Literal(code, datatype=NamedNode(XSD + kind))


class _Places:
    """The sentence and paragraph starts of a text, looked up by offset."""

    def __init__(self, text: str) -> None:
        self.sentences = [start for start, _ in sentences(text)]
        self.paragraphs = [start for start, _ in paragraphs(text)]

    def of(self, offset: int) -> tuple[int, int]:
        def start(starts: list[int]) -> int:
            index = bisect.bisect_right(starts, offset) - 1
            return starts[index] if index >= 0 else 0

        return start(self.sentences), start(self.paragraphs)


def _located(subject: NamedNode, report: NamedNode, section: str, start: int, end: int) -> list[Triple]:
    """Provenance shared by everything stated in a report: which report, which section, which characters."""
    return [
        Triple(subject, pk("statedIn"), report),
        Triple(subject, NamedNode(PROV + "wasDerivedFrom"), report),
        Triple(subject, pk("section"), Literal(section)),
        Triple(subject, pk("textStart"), _integer(start)),
        Triple(subject, pk("textEnd"), _integer(end)),
    ]


def _figure_triples(
    report: Report, report_node: NamedNode, dataset: NamedNode, figure: Figure, units: UnitIndex, text: str | None
) -> list[Triple]:
    obs = NamedNode(observation_iri(report.report_id, figure.start))
    triples = [
        Triple(obs, _TYPE, pk("Figure")),
        Triple(obs, pk("refArea"), NamedNode(AREA + (figure.area or report.province))),
        Triple(obs, pk("refPeriod"), period_iri(figure.period)),
        Triple(obs, pk("measure"), NamedNode(MEASURE + figure.measure)),
        Triple(obs, pk("value"), _decimal(figure.value)),
        Triple(obs, pk("decimals"), _integer(figure.decimals)),
        Triple(obs, pk("unitText"), Literal(figure.unit_text)),
        Triple(obs, pk("estimate"), Literal("true" if figure.estimate else "false", datatype=_XSD_BOOLEAN)),
        Triple(obs, pk("figureStatus"), pk(figure.status.capitalize())),
        Triple(obs, pk("cumulative"), Literal("true" if figure.cumulative else "false", datatype=_XSD_BOOLEAN)),
        Triple(obs, pk("subjectText"), Literal(figure.subject, language="vi")),
        *_located(obs, report_node, figure.section, figure.start, figure.end),
    ]
    if figure.indicator:
        triples += [
            Triple(obs, _TYPE, pk("Observation")),
            Triple(obs, NamedNode(QB + "dataSet"), dataset),
            Triple(obs, pk("indicator"), NamedNode(INDICATOR + figure.indicator)),
        ]
    unit = units.lookup(figure.unit_text, figure.indicator)
    if unit is not None:
        triples.append(Triple(obs, pk("unit"), unit))
    if figure.comparison_period:
        triples.append(Triple(obs, pk("comparisonPeriod"), period_iri(figure.comparison_period)))
    if figure.value_max is not None:
        triples.append(Triple(obs, pk("valueMax"), _decimal(figure.value_max)))
    if figure.basis:
        triples.append(Triple(obs, pk("priceBasis"), _PRICE_BASIS[figure.basis]))
    if figure.parent is not None:
        triples.append(Triple(obs, pk("partOf"), NamedNode(observation_iri(report.report_id, figure.parent))))
        if figure.breakdown:
            triples.append(Triple(obs, pk("breakdown"), _BREAKDOWN[figure.breakdown]))
    if figure.project:
        triples.append(Triple(obs, pk("aboutProject"), NamedNode(PROJECT + figure.project)))
    if figure.programme:
        triples.append(Triple(obs, pk("aboutProgramme"), NamedNode(PROJECT + figure.programme)))
    if figure.note:
        triples.append(Triple(obs, pk("curatorNote"), Literal(figure.note, language="en")))
    if text is not None:
        triples.append(Triple(obs, pk("quote"), Literal(quote_around(text, figure.start, figure.end), language="vi")))
    if figure.cause:
        causal = NamedNode(f"{REPORT}{report.report_id}/causal/{figure.start}")
        triples += [
            Triple(causal, _TYPE, pk("CausalStatement")),
            Triple(causal, pk("cause"), NamedNode(CAUSE + figure.cause)),
            Triple(causal, pk("affects"), obs),
            *_located(causal, report_node, figure.section, figure.start, figure.end),
        ]
        if figure.effect:
            triples.append(Triple(causal, pk("effect"), _EFFECT[figure.effect]))
    return triples


def _statement_triples(report: Report, report_node: NamedNode, statement: Statement) -> list[Triple]:
    node = NamedNode(f"{REPORT}{report.report_id}/statement/{statement.start}")
    triples = [
        Triple(node, _TYPE, _STATEMENT_CLASS[statement.kind]),
        Triple(node, NamedNode(RDFS + "label"), Literal(statement.label_en, language="en")),
        *_located(node, report_node, statement.section, statement.start, statement.end),
    ]
    if statement.cause:
        triples.append(Triple(node, pk("cause"), NamedNode(CAUSE + statement.cause)))
    if statement.cause_type:
        triples.append(Triple(node, pk("causeType"), _CAUSE_TYPE[statement.cause_type]))
    if statement.effect:
        triples.append(Triple(node, pk("effect"), _EFFECT[statement.effect]))
    if statement.sector:
        triples.append(Triple(node, pk("sector"), NamedNode(SECTOR + statement.sector)))
    for target in statement.affects:
        kind, _, local = target.partition(":")
        iri = observation_iri(report.report_id, int(local)) if kind == "obs" else _AFFECTS_NAMESPACE[kind] + local
        triples.append(Triple(node, pk("affects"), NamedNode(iri)))
    return triples

