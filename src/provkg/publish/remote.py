"""Remote triple stores: `provkg push` (named graphs into a SPARQL 1.1 store) and `provkg query --endpoint`.

Push replaces each named graph as a whole, so pushing a report again replaces its graph instead of adding to it:
with the Graph Store Protocol (default) by one PUT per graph, with SPARQL Update by one request per graph that drops
the graph and inserts its triples (one update request is atomic in Oxigraph, Fuseki and GraphDB).

Remote queries go through SPARQLWrapper with the provkg prefixes predeclared, like local ones. A server answers for
the named graphs of a push only with a union default graph (`oxigraph serve --union-default-graph`, Fuseki's
`unionDefaultGraph`) or with queries that use GRAPH.
"""

from __future__ import annotations

import base64
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import quote, urlsplit, urlunsplit

from pyoxigraph import QueryResultsFormat, RdfFormat, parse_query_results, serialize
from SPARQLWrapper import JSON, POST, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from provkg.core.errors import InputError
from provkg.core.namespaces import sparql_prologue
from provkg.store.query import Table
from provkg.store.results import Results
from provkg.store.store import KnowledgeStore

PROTOCOLS = ("gsp", "update")
_TIMEOUT = 300


@dataclass
class PushSummary:
    endpoint: str
    protocol: str
    graphs: dict[str, int] = field(default_factory=dict)  # graph IRI -> triples sent
    seconds: float = 0.0

    @property
    def triples(self) -> int:
        return sum(self.graphs.values())


def _split_credentials(url: str) -> tuple[str, dict[str, str]]:
    """The URL without user:password, and the Basic authorisation header they stand for (if any)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(f"not an http(s) endpoint URL: {url}")
    if parts.username is None:
        return url, {}
    netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
    secret = base64.b64encode(f"{parts.username}:{parts.password or ''}".encode()).decode()
    return urlunsplit(parts._replace(netloc=netloc)), {"Authorization": f"Basic {secret}"}


def _headers(url: str, token: str | None) -> tuple[str, dict[str, str]]:
    clean, headers = _split_credentials(url)
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return clean, headers


def _send(method: str, url: str, body: bytes, headers: dict[str, str]) -> None:
    request = urllib.request.Request(url, data=body, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=_TIMEOUT) as response:
            response.read()
    except urllib.error.HTTPError as error:
        detail = error.read().decode("utf-8", "replace").strip()[:500]
        raise InputError(f"{method} {url} failed: HTTP {error.code} {error.reason}: {detail}") from error
    except urllib.error.URLError as error:
        raise InputError(f"cannot reach {url}: {error.reason}") from error


def _ntriples(store: KnowledgeStore, graph: str) -> tuple[bytes, int]:
    triples = [quad.triple for quad in store.quads(graph)]
    return serialize(triples, format=RdfFormat.N_TRIPLES) or b"", len(triples)


def push(
    store: KnowledgeStore,
    endpoint: str,
    *,
    protocol: str = "gsp",
    graphs: Iterable[str] | None = None,
    token: str | None = None,
    progress: Callable[[str], None] | None = None,
) -> PushSummary:
    """Replace each named graph of ``store`` (or only ``graphs``) in the remote store at ``endpoint``.

    ``protocol`` "gsp": ``endpoint`` is a Graph Store Protocol URL (Oxigraph: http://host:7878/store);
    "update": ``endpoint`` is a SPARQL Update URL (Oxigraph: http://host:7878/update).
    """
    if protocol not in PROTOCOLS:
        raise InputError(f"unknown push protocol {protocol!r}; use one of {', '.join(PROTOCOLS)}")
    url, headers = _headers(endpoint, token)
    available = store.graphs()
    chosen = list(graphs) if graphs else available
    missing = [g for g in chosen if g not in available]
    if missing:
        raise InputError(f"no graph {', '.join(f'<{g}>' for g in missing)} in the store")
    summary = PushSummary(endpoint=url, protocol=protocol)
    began = time.perf_counter()
    for graph in chosen:
        body, count = _ntriples(store, graph)
        if protocol == "gsp":
            separator = "&" if "?" in url else "?"
            target = f"{url}{separator}graph={quote(graph, safe='')}"
            _send("PUT", target, body, {**headers, "Content-Type": "application/n-triples"})
        else:
            update = f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n".encode() + body + b"} }\n"
            _send("POST", url, update, {**headers, "Content-Type": "application/sparql-update; charset=utf-8"})
        summary.graphs[graph] = count
        if progress:
            progress(f"pushed <{graph}>: {count} triples")
    summary.seconds = time.perf_counter() - began
    return summary


def remote_query(endpoint: str, sparql: str, *, token: str | None = None) -> Table:
    """Run a SELECT or ASK query on a remote SPARQL endpoint, with the provkg prefixes predeclared."""
    url, headers = _headers(endpoint, token)
    client = SPARQLWrapper(url)
    for name, value in headers.items():
        client.addCustomHttpHeader(name, value)
    client.setMethod(POST)
    client.setReturnFormat(JSON)
    client.setTimeout(_TIMEOUT)
    client.setQuery(sparql_prologue() + sparql)
    if client.queryType not in ("SELECT", "ASK"):
        raise InputError("only SELECT and ASK queries print as tables; use `provkg export` for graphs", "query")
    try:
        document = client.query().response.read()
    except SPARQLWrapperException as exc:
        raise InputError(f"the endpoint refused the query: {exc}", endpoint) from exc
    except urllib.error.URLError as exc:
        raise InputError(f"cannot reach {url}: {exc.reason}") from exc
    try:
        results = parse_query_results(document, QueryResultsFormat.JSON)
    except SyntaxError as exc:
        raise InputError(f"{url} did not answer with SPARQL JSON results: {exc}") from exc
    return Table.of(Results.read(results))
