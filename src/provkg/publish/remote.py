"""Remote triple stores: `provkg push` (named graphs into a SPARQL 1.1 store) and `provkg query --endpoint`.

Push replaces each named graph as a whole, so pushing a report again replaces its graph instead of adding to it:
with the Graph Store Protocol (default) by one PUT per graph, with SPARQL Update by one request per graph that drops
the graph and inserts its triples (one update request is atomic in Oxigraph, Fuseki and GraphDB).

Remote queries go through SPARQLWrapper with the provkg prefixes predeclared, like local ones. A server answers for
the named graphs of a push only with a union default graph (`oxigraph serve --union-default-graph`, Fuseki's
`unionDefaultGraph`; Virtuoso's default graph is the union of all graphs) or with queries that use GRAPH.

Credentials, for servers that guard writes: a bearer token (``token``), or a user and password (``user``,
``password``) answered to the server's challenge with Basic or Digest authentication, whichever it asks for
(Virtuoso's /sparql-auth and /sparql-graph-crud-auth ask for Digest), or user:password in the URL (sent as Basic
from the first request on).
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


class _Credentials:
    """A user and password, sent with every request in the scheme the server's challenge names (Basic or Digest).

    Why not urllib's auth handlers: they answer a challenge only after the server refused a request, and a server
    that refuses early closes the connection while a large graph is still being sent (a broken pipe). So one
    empty request fetches the challenge, and every request after it carries its answer from the start.
    """

    def __init__(self, url: str, user: str, password: str) -> None:
        self.user, self.password = user, password
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        passwords.add_password(None, url, user, password)
        self._digest = urllib.request.HTTPDigestAuthHandler(passwords)
        self._challenge: tuple[str, dict[str, str]] | None = None

    def _fetch_challenge(self, method: str, url: str) -> tuple[str, dict[str, str]]:
        probe = urllib.request.Request(url, data=b"", method=method)
        try:
            with urllib.request.urlopen(probe, timeout=_TIMEOUT) as response:
                response.read()
            return "none", {}  # nothing asked for: the server takes writes without credentials
        except urllib.error.HTTPError as error:
            header = error.headers.get("WWW-Authenticate", "") if error.code == 401 else ""
            error.read()
        except urllib.error.URLError as error:
            raise InputError(f"cannot reach {url}: {error.reason}") from error
        scheme, _, rest = header.partition(" ")
        if scheme.lower() not in ("basic", "digest"):
            raise InputError(f"{url} did not ask for Basic or Digest authentication: {header or 'no challenge'}")
        return scheme.lower(), urllib.request.parse_keqv_list(urllib.request.parse_http_list(rest))

    def sign(self, request: urllib.request.Request, *, fresh: bool = False) -> None:
        if self._challenge is None or fresh:
            self._challenge = self._fetch_challenge(request.get_method(), request.full_url)
        scheme, parameters = self._challenge
        if scheme == "basic":
            secret = base64.b64encode(f"{self.user}:{self.password}".encode()).decode()
            request.add_unredirected_header("Authorization", f"Basic {secret}")
        elif scheme == "digest":
            answer = self._digest.get_authorization(request, parameters)
            if answer is None:
                raise InputError(f"cannot answer the Digest challenge of {request.full_url}: {parameters}")
            request.add_unredirected_header("Authorization", f"Digest {answer}")


    def refused(self, url: str) -> bool:
        """Whether the server refuses these credentials, asked by a GET that changes nothing (a server that
        refuses a large request early closes the connection, which tells nothing)."""
        request = urllib.request.Request(url, method="GET")
        try:
            self.sign(request, fresh=True)
            with urllib.request.urlopen(request, timeout=_TIMEOUT) as response:
                response.read()
        except urllib.error.HTTPError as error:
            return error.code == 401
        except (urllib.error.URLError, InputError):
            return False
        return False


def _send(method: str, url: str, body: bytes, headers: dict[str, str],
          credentials: _Credentials | None = None) -> None:
    for attempt in (1, 2):  # a second time with a fresh challenge when a Digest nonce went stale
        request = urllib.request.Request(url, data=body, headers=headers, method=method)
        if credentials is not None:
            credentials.sign(request, fresh=attempt == 2)
        try:
            with urllib.request.urlopen(request, timeout=_TIMEOUT) as response:
                response.read()
            return
        except urllib.error.HTTPError as error:
            if error.code == 401 and credentials is not None and attempt == 1:
                continue
            detail = error.read().decode("utf-8", "replace").strip()[:500]
            raise InputError(f"{method} {url} failed: HTTP {error.code} {error.reason}: {detail}") from error
        except urllib.error.URLError as error:
            if credentials is not None and credentials.refused(url):
                raise InputError(f"{method} {url} failed: HTTP 401: the server refused the credentials of user "
                                 f"{credentials.user!r}") from error
            raise InputError(f"cannot reach {url}: {error.reason}") from error


def _ntriples(store: KnowledgeStore, graph: str) -> tuple[bytes, int]:
    triples = [quad.triple for quad in store.quads(graph)]
    return serialize(triples, format=RdfFormat.N_TRIPLES) or b"", len(triples)


# Triples per INSERT DATA operation: Virtuoso's SPARQL compiler runs out of memory past about 5,000 in one.
_INSERT_CHUNK = 1000


def _replace_graph_update(graph: str, ntriples: bytes) -> bytes:
    """One SPARQL Update request replacing ``graph``: a DROP, then INSERT DATA operations of at most
    _INSERT_CHUNK triples each (one request, so still one atomic step where the server makes requests atomic)."""
    lines = ntriples.splitlines(keepends=True)  # N-Triples: one triple a line (newlines in literals are escaped)
    operations = [f"DROP SILENT GRAPH <{graph}>".encode()]
    for begin in range(0, len(lines), _INSERT_CHUNK):
        operations.append(f"INSERT DATA {{ GRAPH <{graph}> {{\n".encode() + b"".join(lines[begin:begin + _INSERT_CHUNK])
                          + b"} }")
    return b" ;\n".join(operations) + b"\n"


def push(
    store: KnowledgeStore,
    endpoint: str,
    *,
    protocol: str = "gsp",
    graphs: Iterable[str] | None = None,
    token: str | None = None,
    user: str | None = None,
    password: str | None = None,
    progress: Callable[[str], None] | None = None,
) -> PushSummary:
    """Replace each named graph of ``store`` (or only ``graphs``) in the remote store at ``endpoint``.

    ``protocol`` "gsp": ``endpoint`` is a Graph Store Protocol URL (Oxigraph: http://host:7878/store; Virtuoso:
    http://host:8890/sparql-graph-crud-auth); "update": ``endpoint`` is a SPARQL Update URL (Oxigraph:
    http://host:7878/update; Virtuoso: http://host:8890/sparql-auth). Credentials: see the module doc.
    """
    if token and user:
        raise InputError("give either a token or a user and password, not both")
    if protocol not in PROTOCOLS:
        raise InputError(f"unknown push protocol {protocol!r}; use one of {', '.join(PROTOCOLS)}")
    url, headers = _headers(endpoint, token)
    credentials = _Credentials(url, user, password or "") if user is not None else None
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
            _send("PUT", target, body, {**headers, "Content-Type": "application/n-triples"}, credentials)
        else:
            update = _replace_graph_update(graph, body)
            _send("POST", url, update, {**headers, "Content-Type": "application/sparql-update; charset=utf-8"},
                  credentials)
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
    # Whole-line comments left out: SPARQLWrapper tells the query's form by a pattern that a quote inside a
    # comment (a query's header) misleads.
    body = "\n".join(line for line in sparql.splitlines() if not line.lstrip().startswith("#"))
    client.setQuery(sparql_prologue() + body)
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
