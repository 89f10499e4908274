"""`provkg query`: find a query (a file, a name in queries/, or SPARQL text), run it, format its results.

Every query may use the prefixes of provkg.core.namespaces without declaring them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import QueryBoolean, QuerySolutions

from provkg.core.errors import InputError
from provkg.core.paths import data_dir
from provkg.store.results import Results, text_table
from provkg.store.store import KnowledgeStore

FORMATS = ("table", "csv", "json", "tsv", "xml")


@dataclass(frozen=True)
class NamedQuery:
    """A query of queries/: its name, the research question from its header comment, and its text."""

    name: str
    question: str
    sparql: str


def read_named_query(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    question = " ".join(
        line.lstrip("#").strip().removeprefix("Question:").strip()
        for line in text.splitlines()
        if line.startswith("# Question:") or line.startswith("#   ")
    )
    return NamedQuery(path.stem, question, text)


def named_queries(folder: Path | None = None) -> list[NamedQuery]:
    """All queries of queries/, in name order."""
    folder = folder or data_dir("queries")
    return [read_named_query(path) for path in sorted(folder.glob("*.rq"))]


def resolve_query(source: str, folder: Path | None = None) -> str:
    """The SPARQL text for ``source``: a .rq file, the name of a query in queries/, or SPARQL itself."""
    if source.endswith(".rq"):
        path = Path(source)
        if not path.is_file():
            raise InputError("no such query file", source)
        return path.read_text(encoding="utf-8")
    if all(ch.isalnum() or ch in "-_" for ch in source):
        path = (folder or data_dir("queries")) / f"{source}.rq"
        if not path.is_file():
            names = ", ".join(q.name for q in named_queries(folder))
            raise InputError(f"no query named {source!r} in queries/; known: {names}")
        return path.read_text(encoding="utf-8")
    return source


@dataclass
class Table:
    """SELECT results as plain cells (None for unbound), or an ASK answer as one cell; ``results`` keeps the terms
    for the SPARQL results formats."""

    columns: list[str]
    rows: list[list[str | None]]
    results: Results | None = None

    @classmethod
    def of(cls, results: Results) -> Table:
        columns, rows = results.cells()
        return cls(columns, rows, results)


def run_query(store: KnowledgeStore, sparql: str) -> Table:
    """Run a SELECT or ASK query on the store; a syntax error is an InputError naming its position."""
    results = store.query(sparql)
    if not isinstance(results, QueryBoolean | QuerySolutions):
        raise InputError("only SELECT and ASK queries print as tables; use `provkg export` for graphs", "query")
    return Table.of(Results.read(results))


def format_table(table: Table, fmt: str) -> str:
    """An aligned text table for a terminal, or a SPARQL 1.1 results document (json, xml, csv, tsv)."""
    if fmt == "table":
        return text_table(table.columns, table.rows)
    if table.results is None:
        raise InputError(f"no result terms to write as {fmt}")
    return table.results.serialize(fmt).decode("utf-8")
