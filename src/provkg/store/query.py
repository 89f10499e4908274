"""`provkg query`: find a query (a file, a name in queries/, or SPARQL text), run it, format its results.

Every query may use the prefixes of provkg.core.namespaces without declaring them.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import BlankNode, Literal, NamedNode, QueryBoolean, QuerySolutions

from provkg.core.errors import InputError
from provkg.core.namespaces import PREFIXES
from provkg.core.paths import data_dir
from provkg.store.store import KnowledgeStore

FORMATS = ("table", "csv", "json", "tsv")


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
    """SELECT results as plain cells (None for unbound), or an ASK answer as one cell."""

    columns: list[str]
    rows: list[list[str | None]]


def _cell(term: object) -> str | None:
    if term is None:
        return None
    if isinstance(term, NamedNode):
        return term.value
    if isinstance(term, BlankNode):
        return "_:" + term.value
    if isinstance(term, Literal):
        return term.value
    return str(term)


def run_query(store: KnowledgeStore, sparql: str) -> Table:
    """Run a SELECT or ASK query on the store; a syntax error is an InputError naming its position."""
    results = store.query(sparql)
    if isinstance(results, QueryBoolean):
        return Table(["answer"], [["true" if bool(results) else "false"]])
    if not isinstance(results, QuerySolutions):
        raise InputError("only SELECT and ASK queries print as tables; use `provkg export` for graphs", "query")
    columns = [variable.value for variable in results.variables]
    rows = [[_cell(solution[column]) for column in columns] for solution in results]
    return Table(columns, rows)


def _short(value: str | None) -> str:
    """An IRI shortened with the known prefixes, for reading on a terminal."""
    if value is None:
        return ""
    for prefix, iri in PREFIXES.items():
        if value.startswith(iri) and len(value) > len(iri):
            return f"{prefix}:{value[len(iri):]}"
    return value


def format_table(table: Table, fmt: str) -> str:
    """Render as an aligned text table, CSV, TSV or SPARQL-results-like JSON."""
    if fmt == "json":
        records = [
            {column: value for column, value in zip(table.columns, row, strict=True) if value is not None}
            for row in table.rows
        ]
        return json.dumps({"columns": table.columns, "rows": records}, ensure_ascii=False, indent=1) + "\n"
    if fmt in ("csv", "tsv"):
        out = io.StringIO()
        writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(table.columns)
        writer.writerows([["" if v is None else v for v in row] for row in table.rows])
        return out.getvalue()
    cells = [[_short(value) for value in row] for row in table.rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(table.columns)]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(table.columns, widths, strict=True)),
        "  ".join("-" * w for w in widths),
    ]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines) + "\n"
