"""Findings kept in the graph: one validation graph per report, beside the report's own graph.

The graph `<report>/validation` holds an sh:ValidationReport with one sh:ValidationResult per finding (focus
node, severity, rule, message, stated and computed numbers, tolerance, related figures, likely cause), the
validation status of every figure of the report (pk:HasViolation, pk:HasWarning or pk:Checked), and, when the
report was loaded with --force despite violations, pk:ingestForced. A query can then list the figures with open
findings, or restrict itself to figures without violations (queries/open-findings.rq, queries/*.rq).
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from pyoxigraph import Literal, NamedNode, Triple

from provkg.core.namespaces import PK, RDF, SH, XSD
from provkg.validate.engine import PKSH, ValidationResult

_TYPE = NamedNode(RDF + "type")
_STATUS = {"Violation": NamedNode(PK + "HasViolation"), "Warning": NamedNode(PK + "HasWarning")}
_CHECKED = NamedNode(PK + "Checked")


def figures_in(triples: Iterable[Triple]) -> list[str]:
    """The IRIs of the figures a report's triples type as pk:Figure, in order: whose status the graph records."""
    return sorted({t.subject.value for t in triples if t.object.value == PK + "Figure"})


def validation_graph_iri(report_iri: str) -> str:
    """The name of the graph holding a report's validation results."""
    return report_iri + "/validation"


def _decimal(value: Decimal) -> Literal:
    return Literal(format(value, "f"), datatype=NamedNode(XSD + "decimal"))


def validation_triples(result: ValidationResult, report_iri: str, figures: Iterable[str], *,
                       forced: bool = False) -> list[Triple]:
    """The triples of a report's validation graph: its findings and the validation status of each of
    ``figures`` (the IRIs of the report's figures)."""
    graph = validation_graph_iri(report_iri)
    report = NamedNode(report_iri)
    node = NamedNode(graph)
    conforms = result.conforms
    triples = [
        Triple(node, _TYPE, NamedNode(SH + "ValidationReport")),
        Triple(node, NamedNode(SH + "conforms"), Literal("true" if conforms else "false",
                                                         datatype=NamedNode(XSD + "boolean"))),
        Triple(report, NamedNode(PK + "validationGraph"), node),
    ]
    if forced and not conforms:
        triples.append(Triple(report, NamedNode(PK + "ingestForced"),
                              Literal("true", datatype=NamedNode(XSD + "boolean"))))
    worst: dict[str, str] = {}
    for number, finding in enumerate(result.results, 1):
        item = NamedNode(f"{graph}/result/{number}")
        focus = NamedNode(finding.focus)
        triples += [
            Triple(node, NamedNode(SH + "result"), item),
            Triple(item, _TYPE, NamedNode(SH + "ValidationResult")),
            Triple(item, NamedNode(SH + "focusNode"), focus),
            Triple(item, NamedNode(SH + "resultSeverity"), NamedNode(SH + finding.severity)),
            Triple(item, NamedNode(SH + "sourceShape"), NamedNode(str(PKSH) + finding.rule)),
            Triple(item, NamedNode(SH + "resultMessage"), Literal(finding.message, language="en")),
        ]
        if finding.stated is not None:
            triples.append(Triple(item, NamedNode(SH + "value"), _decimal(finding.stated)))
        if finding.computed is not None:
            triples.append(Triple(item, NamedNode(PK + "computedValue"), _decimal(finding.computed)))
        if finding.tolerance is not None:
            triples.append(Triple(item, NamedNode(PK + "tolerance"), _decimal(finding.tolerance)))
        if finding.cause:
            triples.append(Triple(item, NamedNode(PK + "likelyCause"), Literal(finding.cause, language="en")))
        for related in dict.fromkeys(finding.related):
            if related != finding.focus:
                triples.append(Triple(item, NamedNode(PK + "relatedFigure"), NamedNode(related)))
        for iri in (finding.focus, *finding.related):
            if worst.get(iri) != "Violation" and finding.severity in _STATUS:
                worst[iri] = finding.severity
    for figure in dict.fromkeys(figures):
        status = _STATUS[worst[figure]] if figure in worst else _CHECKED
        triples.append(Triple(NamedNode(figure), NamedNode(PK + "validationStatus"), status))
    return triples
