"""What the endpoint refuses before a query runs: requests it cannot read safely, and remote calls.

SERVICE and LOAD are decided on the parsed query, never on its text: the query is parsed by rdflib's SPARQL 1.1
parser and its prefixed names resolved by rdflib's algebra step (``translatePName``), and every
ServiceGraphPattern and Load of the tree is checked against the hosts the operator allowed. A text the guard's
parser cannot read is refused (400) even if pyoxigraph could run it: what the guard cannot read, it cannot clear.
The second wall, query workers without network access, is provkg.serve.workers'.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit

from provkg.core.errors import InputError
from provkg.core.namespaces import PREFIXES
from provkg.store.nesting import check_nesting


class HttpError(Exception):
    def __init__(self, status: int, message: str, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = dict(headers or {})


# -- the request itself ------------------------------------------------------------------------------------------


def content_length(values: list[str], limit: int) -> int:
    """The body length announced by the Content-Length header(s) of a request; 411 without one, 400 when it is
    not one whole number >= 0, 413 above ``limit``."""
    if not values:
        raise HttpError(411, "a request with a body needs a Content-Length header (chunked bodies are not accepted)")
    distinct = {value.strip() for value in values}
    if len(distinct) != 1:
        raise HttpError(400, "conflicting Content-Length headers")
    text = distinct.pop()
    if not text.isascii() or not text.isdigit():
        raise HttpError(400, f"Content-Length must be a whole number of bytes >= 0, got {text[:40]!r}")
    length = int(text)
    if length > limit:
        raise HttpError(413, f"request body of {length} bytes; this endpoint accepts at most {limit}")
    return length


def check_depth(sparql: str, what: str = "query") -> None:
    """400 when ``sparql`` nests deeper than the parsers can take (provkg.store.nesting)."""
    try:
        check_nesting(sparql, what)
    except InputError as exc:
        raise HttpError(400, str(exc)) from None


# -- SERVICE and LOAD ----------------------------------------------------------------------------------------------


def remote_targets(sparql: str, form: str = "query") -> list[tuple[str, str | None]]:
    """(keyword, IRI) for every SERVICE and LOAD of ``sparql`` (``form`` 'query' or 'update'), read from rdflib's
    parse tree; the IRI is None when it is not fixed (a variable). HttpError 400 when the text cannot be parsed."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.algebra import translatePName, translatePrologue, traverse
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    check_depth(sparql, form)
    try:
        if form == "update":
            parsed = parseUpdate(sparql)
            parts = list(zip(parsed.prologue, parsed.request, strict=False)) if parsed.request else []
        else:
            parsed = parseQuery(sparql)
            parts = [(parsed[0], parsed[1])]
        targets: list[tuple[str, str | None]] = []
        prologue = None
        for prologue_part, request in parts:
            prologue = translatePrologue(prologue_part, None, PREFIXES, prologue)
            resolved = traverse(request, visitPost=functools.partial(translatePName, prologue=prologue))
            _collect(resolved, targets)
        return targets
    except ParseException as exc:
        raise HttpError(400, f"SPARQL syntax error at line {exc.lineno}, column {exc.col}: {exc.msg}; the endpoint's "
                             f"guard (a SPARQL 1.1 parser) cannot read this {form}, so it is refused") from None
    except RecursionError:
        raise HttpError(400, f"the {form} is nested too deeply for the endpoint's guard: flatten it") from None
    except Exception as exc:  # noqa: BLE001 - rdflib raises bare Exception for e.g. an unknown prefix
        raise HttpError(400, f"the endpoint's guard cannot read this {form}, so it is refused: {exc}") from None


def _collect(node: Any, targets: list[tuple[str, str | None]]) -> None:
    from rdflib.plugins.sparql.parserutils import CompValue
    from rdflib.term import URIRef

    if isinstance(node, CompValue):
        if node.name in ("ServiceGraphPattern", "Load"):
            target = node.get("term") if node.name == "ServiceGraphPattern" else node.get("iri")
            keyword = "SERVICE" if node.name == "ServiceGraphPattern" else "LOAD"
            targets.append((keyword, str(target) if isinstance(target, URIRef) else None))
        for value in node.values():
            _collect(value, targets)
    elif isinstance(node, str):
        return
    elif isinstance(node, Iterable) and not isinstance(node, bytes):
        for value in node:
            _collect(value, targets)


def check_remote_access(sparql: str, form: str, allowed_hosts: Iterable[str]) -> bool:
    """Whether ``sparql`` calls a remote service or loads a document; HttpError 403 when it would contact a host
    that is not in ``allowed_hosts`` (host or host:port), 400 when the guard cannot parse it."""
    return _cleared(sparql, form, frozenset(entry.lower() for entry in allowed_hosts))


@functools.lru_cache(maxsize=512)
def _cleared(sparql: str, form: str, allowed: frozenset[str]) -> bool:
    # Parsing takes rdflib 10-100 ms; the same texts (the page's named queries) come again and again. Refusals
    # raise and are not cached.
    targets = remote_targets(sparql, form)
    for keyword, target in targets:
        if target is None:
            raise HttpError(403, f"{keyword} with a target that is not a fixed IRI is refused by this endpoint")
        parts = urlsplit(target)
        host = (parts.hostname or "").lower()
        try:
            port = parts.port
        except ValueError:
            port = None
            host = ""
        names = {host, f"{host}:{port}"} if port else {host}
        if parts.scheme not in ("http", "https") or not host or not names & allowed:
            raise HttpError(
                403,
                f"{keyword} <{target}> refused: this endpoint contacts only the hosts its operator allowed "
                f"({', '.join(sorted(allowed)) or 'none'}; see `provkg serve --allow-service HOST`)",
            )
    return bool(targets)
