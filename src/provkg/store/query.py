"""`provkg query`: find a query (a file, a name in queries/, or SPARQL text), run it, format its results.

Every query may use the prefixes of provkg.core.namespaces without declaring them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import NamedNode, QueryBoolean, QuerySolutions

from provkg.core.errors import InputError
from provkg.core.namespaces import PREFIXES
from provkg.core.paths import data_dir
from provkg.store.results import Results, text_table
from provkg.store.store import KnowledgeStore

FORMATS = ("table", "csv", "json", "tsv", "xml")
LANGUAGES = ("en", "vi")
# The one line of a shipped query that chooses the language of its labels: VALUES ?lang { "en" }.
_LANGUAGE_LINE = re.compile(r'VALUES\s+\?lang\s*\{\s*"(?P<lang>[a-z]{2})"\s*\}')


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


def query_language(sparql: str) -> str | None:
    """The language a query's labels are chosen in (its ``VALUES ?lang { "xx" }`` line), None without one."""
    match = _LANGUAGE_LINE.search(sparql)
    return match.group("lang") if match else None


def with_language(sparql: str, lang: str) -> str:
    """The query with its labels in ``lang`` (en or vi); an InputError if it does not choose a language."""
    if lang not in LANGUAGES:
        raise InputError(f"unknown label language {lang!r}: expected one of {', '.join(LANGUAGES)}")
    if query_language(sparql) is None:
        raise InputError('this query does not choose a label language (it has no line VALUES ?lang { "en" })',
                         "query")
    return _LANGUAGE_LINE.sub(f'VALUES ?lang {{ "{lang}" }}', sparql, count=1)


# What is not a prefixed name in a query: comments, IRIs and strings.
_NOT_NAMES = re.compile(
    r"""\#[^\n]*                                           # a comment
      | <[^<>"{}|^`\\\s]*>                                # an IRI
      | \"\"\"[\s\S]*?\"\"\" | '\'\'[\s\S]*?'\'\'             # long strings
      | "(?:[^"\\\n]|\\.)*" | '(?:[^'\\\n]|\\.)*'          # strings
    """,
    re.VERBOSE,
)
_PREFIX_USE = re.compile(r"(?<![\w?$:.-])([A-Za-z][\w-]*):")
_PREFIX_DECLARATION = re.compile(r"PREFIX\s+([A-Za-z][\w-]*):", re.IGNORECASE)


def with_prefixes(sparql: str) -> str:
    """The query with a PREFIX line for each provkg prefix it uses without declaring it, so that it runs on any
    SPARQL endpoint (this one predeclares them) and an editor can check it."""
    bare = _NOT_NAMES.sub(" ", sparql)
    declared = set(_PREFIX_DECLARATION.findall(bare))
    used = sorted({name for name in _PREFIX_USE.findall(bare) if name in PREFIXES and name not in declared})
    lines = "".join(f"PREFIX {name}: <{PREFIXES[name]}>\n" for name in used)
    header = re.match(r"(?:[ \t]*#[^\n]*\n)*", sparql).group()  # the question stays on top
    return header + lines + sparql[len(header):]


def editor_versions(query: NamedQuery) -> dict[str, str]:
    """The query as an editor opens it, by label language: its prefixes declared (and its labels in each language,
    if it chooses one)."""
    if query_language(query.sparql) is None:
        return {lang: with_prefixes(query.sparql) for lang in LANGUAGES}
    return {lang: with_prefixes(with_language(query.sparql, lang)) for lang in LANGUAGES}


def list_queries(folder: Path | None = None) -> str:
    """The named queries as text: each name, then its question, indented."""
    return "".join(f"{q.name}\n    {q.question}\n" for q in named_queries(folder))


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


def iri_columns(table: Table) -> list[str]:
    """The columns holding IRIs (links for a browser or a program, not text to read)."""
    if table.results is None or table.results.boolean is not None:
        return []
    return [name for i, name in enumerate(table.columns)
            if any(isinstance(row[i], NamedNode) for row in table.results.rows)]


def format_table(table: Table, fmt: str, iris: bool = False) -> str:
    """An aligned text table for a terminal (without IRI columns unless ``iris``), or a SPARQL 1.1 results
    document (json, xml, csv, tsv; always with every column)."""
    if fmt == "table":
        hidden = [] if iris else iri_columns(table)
        if not hidden:
            return text_table(table.columns, table.rows)
        keep = [i for i, name in enumerate(table.columns) if name not in hidden]
        text = text_table([table.columns[i] for i in keep], [[row[i] for i in keep] for row in table.rows])
        return text + f"(IRI column{'s' if len(hidden) > 1 else ''} {', '.join(hidden)} not shown: --iris shows them)\n"
    if table.results is None:
        raise InputError(f"no result terms to write as {fmt}")
    return table.results.serialize(fmt).decode("utf-8")
