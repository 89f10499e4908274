"""Which graphs a SPARQL Update can write, read from its text (issue 17).

Why: the store keeps a digest of every graph (core/digests.py) and a summary graph beside every report
(store/summaries.py). An update that changes a report must refresh both, and one that does not must leave them
alone: dropping every digest after any update made the next whole-store validation re-read every report.

The graphs an operation writes are named in its text, except where a template says ``GRAPH ?g`` or the operation
is ``DROP/CLEAR ALL|NAMED``: then any graph may change and the answer is None (the caller then treats every graph
as written). The text is parsed with rdflib's SPARQL Update parser, a second parser beside pyoxigraph's; when it
refuses a text pyoxigraph ran, the answer is None too, so a disagreement between the parsers costs time, never a
stale digest or summary.
"""

from __future__ import annotations

from collections.abc import Mapping

from rdflib.term import URIRef

from provkg.core.digests import DEFAULT_GRAPH

_ANY = "any graph"  # marks an operation whose written graphs the text does not name


def _field(operation: object, key: str) -> object:
    """A field of rdflib's algebra node, None when absent (its ``get`` answers a missing key with the key)."""
    return operation[key] if key in operation else None  # type: ignore[operator,index]


def _named(term: object) -> str:
    """The key of one graph term: its IRI, or DEFAULT_GRAPH; _ANY for a variable or ALL/NAMED."""
    if isinstance(term, URIRef):
        return str(term)
    if term is None or term == "DEFAULT":
        return DEFAULT_GRAPH
    return _ANY


def _template_graphs(template: object, default: str) -> set[str]:
    """The graphs a quad template (INSERT/DELETE clause, DATA block) writes."""
    if template is None:
        return set()
    written = {_named(graph) for graph in (_field(template, "quads") or {})}  # type: ignore[attr-defined]
    if _field(template, "triples"):
        written.add(default)
    return written


def _operation_graphs(operation: Mapping[str, object], name: str) -> set[str]:
    if name in ("InsertData", "DeleteData", "DeleteWhere"):
        return _template_graphs(operation, DEFAULT_GRAPH)
    if name == "Modify":
        default = _named(_field(operation, "withClause"))
        return _template_graphs(_field(operation, "insert"), default) | \
            _template_graphs(_field(operation, "delete"), default)
    if name in ("Load", "Clear", "Drop", "Create"):
        return {_named(_field(operation, "graphiri"))}
    if name in ("Add", "Copy"):  # the source is read, the target written
        return {_named(operation["graph"][-1])}  # type: ignore[index]
    if name == "Move":  # the source is emptied too
        return {_named(graph) for graph in operation["graph"]}  # type: ignore[attr-defined]
    return {_ANY}


def graphs_written_by(sparql: str, prefixes: Mapping[str, str]) -> set[str] | None:
    """The names of the graphs ``sparql`` can write (DEFAULT_GRAPH for the default graph), or None when any graph
    can change (a template with ``GRAPH ?g``, ``DROP ALL``, an operation or a text this parser does not know)."""
    from rdflib.plugins.sparql.algebra import translateUpdate
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        update = translateUpdate(parseUpdate(sparql), initNs=dict(prefixes))
    except Exception:  # noqa: BLE001 - any refusal of the second parser means: cannot tell
        return None
    written: set[str] = set()
    for operation in update.algebra:
        written |= _operation_graphs(operation, operation.name)
    return None if _ANY in written else written
