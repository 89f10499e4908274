"""Query results, one formatting path for the CLI and the server: SPARQL 1.1 JSON, XML, CSV and TSV written by
pyoxigraph's own serializers, and an aligned text table for terminals.

Results are read once, up to a row limit, into terms; the SPARQL formats are then produced by pyoxigraph from the
TSV results form (whose cells are N-Triples terms, so nothing is lost on the way).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pyoxigraph import (
    BlankNode,
    Literal,
    NamedNode,
    QueryBoolean,
    QueryResultsFormat,
    QuerySolutions,
    Triple,
    parse_query_results,
)

from provkg.core.namespaces import PREFIXES

RESULT_FORMATS = {
    "json": QueryResultsFormat.JSON,
    "xml": QueryResultsFormat.XML,
    "csv": QueryResultsFormat.CSV,
    "tsv": QueryResultsFormat.TSV,
}


class TooManyResults(Exception):
    """More rows than the caller allows."""


@dataclass
class Results:
    """The solutions of a SELECT query (terms, None for unbound) or the answer of an ASK query."""

    variables: list[str]
    rows: list[list[Any]]
    boolean: bool | None = None

    @classmethod
    def read(cls, results: QuerySolutions | QueryBoolean, limit: int | None = None) -> Results:
        if isinstance(results, QueryBoolean):
            return cls([], [], bool(results))
        variables = [v.value for v in results.variables]
        rows = []
        for count, solution in enumerate(results, 1):
            if limit is not None and count > limit:
                raise TooManyResults(limit)
            rows.append([solution[name] for name in variables])
        return cls(variables, rows)

    def _solutions(self) -> QuerySolutions | QueryBoolean:
        if self.boolean is not None:
            return _boolean(self.boolean)
        lines = ["\t".join("?" + name for name in self.variables)]
        lines += ["\t".join("" if term is None else _tsv_term(term) for term in row) for row in self.rows]
        return parse_query_results(("\n".join(lines) + "\n").encode("utf-8"), QueryResultsFormat.TSV)

    def serialize(self, fmt: str) -> bytes:
        """The results in a SPARQL 1.1 results format: json, xml, csv or tsv."""
        return self._solutions().serialize(format=RESULT_FORMATS[fmt])

    def cells(self) -> tuple[list[str], list[list[str | None]]]:
        """Plain cells: IRIs and literal values as text, blank nodes as _:id, None for unbound."""
        if self.boolean is not None:
            return ["answer"], [["true" if self.boolean else "false"]]
        return self.variables, [[cell_text(term) for term in row] for row in self.rows]


def _tsv_term(term: object) -> str:
    """A term in the TSV results syntax: pyoxigraph's N-Triples form, and an RDF 1.2 triple term as <<( s p o )>>."""
    if isinstance(term, Triple):
        return f"<<( {_tsv_term(term.subject)} {_tsv_term(term.predicate)} {_tsv_term(term.object)} )>>"
    return str(term)


def _boolean(answer: bool) -> QueryBoolean:
    document = b'{"head":{},"boolean":' + (b"true" if answer else b"false") + b"}"
    return parse_query_results(document, QueryResultsFormat.JSON)


def cell_text(term: object) -> str | None:
    if term is None:
        return None
    if isinstance(term, NamedNode | Literal):
        return term.value
    if isinstance(term, BlankNode):
        return "_:" + term.value
    return str(term)


def short_iri(value: str | None) -> str:
    """An IRI shortened with the known prefixes, for reading on a terminal."""
    if value is None:
        return ""
    for prefix, iri in PREFIXES.items():
        if value.startswith(iri) and len(value) > len(iri):
            return f"{prefix}:{value[len(iri):]}"
    return value


def text_table(columns: list[str], rows: list[list[str | None]]) -> str:
    """An aligned table for a terminal, IRIs shortened, with the row count."""
    cells = [[short_iri(value) for value in row] for row in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)),
        "  ".join("-" * w for w in widths),
    ]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines) + "\n"
