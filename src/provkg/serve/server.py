"""`provkg serve`: a SPARQL 1.1 Protocol endpoint, a query page and linked-data pages over the store.

Built on the standard library's ThreadingHTTPServer. Queries run in a pool of worker processes, each with the
store open read-only and walled in (provkg.serve.workers: memory, time, network); what a request may ask is
decided before it reaches them (provkg.serve.guard: sizes, nesting, SERVICE and LOAD). Updates (only with the
configured token) run in the server process as one atomic write (provkg.store.store), so queries keep being
answered meanwhile.
"""

from __future__ import annotations

import hmac
import html
import json
import os
import re
import select
import signal
import socket
import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from pyoxigraph import (
    NamedNode,
    QueryBoolean,
    QuerySolutions,
    RdfFormat,
    Triple,
    serialize,
)

from provkg.core.errors import InputError
from provkg.core.namespaces import BASE
from provkg.serve import pages
from provkg.serve.forward import check_endpoint, forward_query
from provkg.serve.guard import HttpError, check_depth, check_remote_access, content_length
from provkg.serve.pages import (
    LINKED_PREFIXES,
    PageNotFound,
    TextIndex,
    entity_html,
    jsonld_context_bytes,
    ontology_html,
    ontology_turtle,
    page,
    static_file,
)
from provkg.serve.workers import DEFAULT_MEMORY_LIMIT, TEXT, Answer, QueryPool
from provkg.store.results import Results, TooManyResults
from provkg.store.store import KnowledgeStore

HTML = "text/html; charset=utf-8"
_MAX_QUERY_BYTES = 1_000_000  # a query's size, in a URL, a form or a direct POST alike
_MAX_UPDATE_BYTES = 64_000_000  # only for requests carrying the update token


@dataclass(frozen=True)
class ServeOptions:
    """What an operator can configure; the defaults are the safe ones (read-only, no remote calls, no CORS)."""

    host: str = "127.0.0.1"
    port: int = 7879
    workers: int = max(2, min(4, os.cpu_count() or 2))
    timeout: float = 30.0
    max_results: int = 100_000
    update_token: str | None = None
    allow_service: frozenset[str] = frozenset()
    cors_origins: tuple[str, ...] = ()
    log_requests: bool = False
    in_memory: bool = False  # each worker answers from a copy of the store in RAM (see KnowledgeStore.open)
    texts_dirs: tuple[Path, ...] = ()  # folders of report texts (.txt), for the annotated report pages
    memory_limit: int | None = DEFAULT_MEMORY_LIMIT  # bytes a worker may use above its footprint with the store
    network_wall: bool = True  # seccomp: workers cannot open network sockets (off anyway when allow_service is set)
    max_waiting: int | None = None  # queries waiting for a worker before 503 (default 8 per worker)
    idle_timeout: float = 20.0  # seconds a connection may stay silent, or take to send its request body
    max_connections: int = 256  # open connections; more are closed at once
    endpoint: str | None = None  # a server engine's query endpoint answering /sparql's queries (serve/forward.py)


# The header naming the server engine that answered a forwarded query (the query page shows it).
ANSWERED_BY = "X-Provkg-Answered-By"

# -- content negotiation ------------------------------------------------------------------------------------------

SOLUTION_FORMATS = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
}
GRAPH_FORMATS = {
    "turtle": ("text/turtle; charset=utf-8", RdfFormat.TURTLE),
    "ntriples": ("application/n-triples", RdfFormat.N_TRIPLES),
    "jsonld": ("application/ld+json", RdfFormat.JSON_LD),
    "rdfxml": ("application/rdf+xml", RdfFormat.RDF_XML),
}
_MEDIA_KEYS = {
    "application/sparql-results+json": "json", "application/json": "json", "text/javascript": "json",
    "application/javascript": "json", "application/sparql-results+xml": "xml", "application/xml": "xml",
    "text/xml": "xml", "text/csv": "csv", "text/tab-separated-values": "tsv", "text/turtle": "turtle",
    "application/x-turtle": "turtle", "application/n-triples": "ntriples", "text/plain": "ntriples",
    "application/ld+json": "jsonld", "application/rdf+xml": "rdfxml",
}
_FORMAT_ALIASES = {"ttl": "turtle", "nt": "ntriples", "n-triples": "ntriples", "json-ld": "jsonld", "rdf": "rdfxml"}
# A format name asked for a result of the other kind: JSON means JSON-LD for a graph, XML means RDF/XML.
_CROSS_KIND = {"json": "jsonld", "xml": "rdfxml", "jsonld": "json", "rdfxml": "xml"}


def parse_accept(accept: str | None) -> list[str]:
    """Media ranges of an Accept header, best first (q=0 dropped, ties keep the header's order)."""
    ranges = []
    for position, part in enumerate((accept or "").split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        if not media:
            continue
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if q > 0:
            ranges.append((-q, position, media.lower()))
    return [media for _, _, media in sorted(ranges)]


def choose_format(kind: str, accept: str | None, requested: str | None) -> str:
    """The format key for a result of ``kind`` ('solutions', 'boolean' or 'graph'); HttpError 406 if none fits."""
    table = GRAPH_FORMATS if kind == "graph" else SOLUTION_FORMATS
    if requested:
        key = requested.lower().strip()
        key = _MEDIA_KEYS.get(key.split(";")[0], _FORMAT_ALIASES.get(key, key))
        if key not in table:
            key = _CROSS_KIND.get(key, key)
        if key not in table:
            raise HttpError(400, f"unknown format {requested!r} for this result; use one of {', '.join(table)}")
        return key
    ranges = parse_accept(accept)
    if not ranges:
        return next(iter(table))
    for media in ranges:
        key = _MEDIA_KEYS.get(media)
        if key in table:
            return key
        if media == "*/*":
            return next(iter(table))
        if media.endswith("/*"):
            for candidate, value in table.items():
                content_type = value[0] if isinstance(value, tuple) else value
                if content_type.startswith(media[:-1]):
                    return candidate
    offered = [v[0] if isinstance(v, tuple) else v for v in table.values()]
    raise HttpError(406, f"cannot answer in {accept}; this result is available as {', '.join(offered)}")


# -- result serialisation ------------------------------------------------------------------------------------------

def _limited(rows: Iterable[Any], limit: int) -> Iterator[Any]:
    for count, row in enumerate(rows, 1):
        if count > limit:
            raise TooManyResults(limit)
        yield row


def serialize_graph(triples: Iterable[Triple], key: str, limit: int) -> tuple[bytes, int]:
    """CONSTRUCT/DESCRIBE results; JSON-LD is compacted with the published context, like `provkg export`."""
    from provkg.publish.export import to_jsonld, used_prefixes

    kept = list(_limited(triples, limit))
    if key == "jsonld":
        return to_jsonld(kept), len(kept)
    fmt = GRAPH_FORMATS[key][1]
    prefixes = used_prefixes(kept) if fmt in (RdfFormat.TURTLE, RdfFormat.RDF_XML) else None
    return serialize(kept, format=fmt, prefixes=prefixes) or b"", len(kept)


# -- running a query (inside a worker process) ------------------------------------------------------------------------

def execute(store: KnowledgeStore, job: Mapping[str, Any], max_results: int) -> Answer:
    """Run one protocol query and serialise its results as negotiated; errors become a status and a message.

    With ``allowed_hosts`` in the job, the query is first cleared by the guard (provkg.serve.guard), here in the
    worker so that parsing runs in parallel and within the query's bounds. When a query calls a remote service,
    an error's text is never returned: it may carry the remote host's response.
    """
    remote = False
    try:
        if "allowed_hosts" in job:
            remote = check_remote_access(job["query"], "query", job["allowed_hosts"])
        results = store.query(
            job["query"], default_graph=job.get("default_graph") or None, named_graphs=job.get("named_graphs") or None
        )
        kind = (
            "boolean" if isinstance(results, QueryBoolean) else "solutions"
            if isinstance(results, QuerySolutions) else "graph"
        )
        key = choose_format(kind, job.get("accept"), job.get("format"))
        if kind in ("boolean", "solutions"):
            table = Results.read(results, max_results)  # type: ignore[arg-type]
            return 200, SOLUTION_FORMATS[key], table.serialize(key), len(table.rows) or 1
        body, count = serialize_graph(results, key, max_results)  # type: ignore[arg-type]
        return 200, GRAPH_FORMATS[key][0], body, count
    except HttpError as exc:
        return exc.status, TEXT, exc.message.encode(), 0
    except InputError as exc:
        if remote:  # the guard read the query: this error comes from the remote answer
            return 502, TEXT, b"the query calls a remote SERVICE and failed (the remote answer is not shown)", 0
        return 400, TEXT, str(exc).encode(), 0
    except TooManyResults as exc:
        message = f"the result has more than {exc.args[0]} rows or triples, the limit of this endpoint: add a LIMIT"
        return 413, TEXT, message.encode(), 0
    except MemoryError:
        raise  # the worker ends; the pool answers 503
    except Exception as exc:  # noqa: BLE001 - a worker answers every query; an unforeseen error must not kill it
        if remote:
            return 502, TEXT, b"the query calls a remote SERVICE and failed (the remote answer is not shown)", 0
        if isinstance(exc, ValueError):  # e.g. an invalid default-graph-uri IRI
            return 400, TEXT, f"bad request: {exc}".encode(), 0
        if isinstance(exc, OSError | RuntimeError):
            return 500, TEXT, f"query failed: {exc}".encode(), 0
        return 500, TEXT, f"query failed: {type(exc).__name__}: {exc}".encode(), 0




# -- the HTTP server ------------------------------------------------------------------------------------------------


@dataclass
class ServerState:
    store_dir: Path
    options: ServeOptions
    pool: QueryPool
    write_lock: threading.Lock = field(default_factory=threading.Lock)
    texts: TextIndex = field(default_factory=lambda: TextIndex([]))


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, state: ServerState) -> None:
        self.state = state
        self._connections = 0
        self._connections_lock = threading.Lock()
        super().__init__((state.options.host, state.options.port), Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        # Each connection holds a thread: past max_connections a new one is told to come back and closed.
        with self._connections_lock:
            full = self._connections >= self.state.options.max_connections
            if not full:
                self._connections += 1
        if full:
            try:
                request.sendall(b"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nContent-Length: 0\r\n"
                                b"Connection: close\r\n\r\n")
            except OSError:
                pass
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self._connections_lock:
                self._connections -= 1

    def server_close(self) -> None:
        super().server_close()
        self.state.pool.close()

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/"


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "provkg"
    server: SparqlServer

    # -- plumbing

    def setup(self) -> None:
        self.timeout = self.server.state.options.idle_timeout  # a silent connection is closed after this
        super().setup()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the stdlib's signature
        if self.server.state.options.log_requests:
            super().log_message(format, *args)

    def _cors(self) -> dict[str, str]:
        origins = self.server.state.options.cors_origins
        origin = self.headers.get("Origin")
        if "*" in origins:
            return {"Access-Control-Allow-Origin": "*"}
        if origin and origin in origins:
            return {"Access-Control-Allow-Origin": origin, "Vary": "Origin"}
        return {}

    def _send(self, status: int, content_type: str, body: bytes, headers: Mapping[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        extra = {**self._cors(), **(headers or {})}
        if content_type.startswith("text/html") and "Content-Security-Policy" not in extra:
            # Everything the page needs comes from this server: no CDN, no inline script.
            self.send_header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:")
        for name, value in extra.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, exc: HttpError) -> None:
        if self.command == "POST" and not self._body_read:
            self.close_connection = True  # the unread body must not be taken for the next request
        if self._wants_html() and exc.status in (404, 406):
            self._send(exc.status, HTML, page(f"{exc.status}", f"<p>{html.escape(exc.message)}</p>"), exc.headers)
        else:
            self._send(exc.status, TEXT, (exc.message + "\n").encode(), exc.headers)

    def _wants_html(self) -> bool:
        ranges = parse_accept(self.headers.get("Accept"))
        return bool(ranges) and ranges[0] in ("text/html", "application/xhtml+xml")

    def _body(self) -> bytes:
        """The request body, within the size limit (the update limit only with the update token), read within
        the idle timeout plus one second per 100 kB."""
        if "Transfer-Encoding" in self.headers:
            raise HttpError(411, "chunked request bodies are not accepted: send a Content-Length")
        limit = _MAX_UPDATE_BYTES if self._has_update_token() else _MAX_QUERY_BYTES
        length = content_length(self.headers.get_all("Content-Length") or [], limit)
        deadline = time.monotonic() + self.server.state.options.idle_timeout + length / 100_000
        chunks: list[bytes] = []
        remaining = length
        while remaining:
            chunk = self.rfile.read1(min(remaining, 1 << 16))
            if not chunk or time.monotonic() > deadline:
                self.close_connection = True
                raise HttpError(400, f"the request body ended or stalled after {length - remaining} of {length} "
                                     "bytes")
            chunks.append(chunk)
            remaining -= len(chunk)
        self._body_read = True
        return b"".join(chunks)

    def _has_update_token(self) -> bool:
        token = self.server.state.options.update_token
        given = self.headers.get("Authorization", "")
        return bool(token) and hmac.compare_digest(given.encode(), f"Bearer {token}".encode())

    def _client_gone(self) -> bool:
        """Whether the client closed its connection (a query it no longer waits for is stopped)."""
        try:
            readable, _, _ = select.select([self.connection], [], [], 0)
            return bool(readable) and self.connection.recv(1, socket.MSG_PEEK) == b""
        except (OSError, ValueError):
            return True

    def _dispatch(self) -> None:
        self._began = time.monotonic()
        self._body_read = self.command != "POST"
        if self.command != "POST" and ("Content-Length" in self.headers or "Transfer-Encoding" in self.headers):
            self.close_connection = True  # a body nobody reads must not be taken for the next request
        try:
            parts = urlsplit(self.path)
            params = parse_qs(parts.query, keep_blank_values=True)
            path = unquote(parts.path)
            if path == "/sparql":
                self._sparql(params)
            elif self.command not in ("GET", "HEAD"):
                raise HttpError(405, "only /sparql accepts POST", {"Allow": "GET, HEAD"})
            elif path in ("/", "/index.html", "/plain"):
                self._query_page(path)
            elif path.startswith("/vendor/") and path[8:] in pages.EDITOR_FILES:
                self._vendor(path[8:])
            elif path == "/vocabulary.json":
                self._send(200, "application/json", pages.vocabulary_json())
            elif path.startswith("/static/") and re.fullmatch(r"[\w.-]+", path[8:]):
                self._static(path[8:])
            elif path == "/context.jsonld":
                self._send(200, "application/ld+json", jsonld_context_bytes())
            elif path == "/queries.json":
                self._queries()
            elif path == "/ontology":
                self._ontology(params)
            elif path[1:].startswith(LINKED_PREFIXES):
                self._entity(BASE + path[1:], params)
            else:
                raise HttpError(404, f"nothing at {path}")
        except HttpError as exc:
            self._error(exc)
        except (UnicodeDecodeError, ValueError) as exc:  # undecodable body, bad Content-Length
            self._error(HttpError(400, f"malformed request: {exc}"))
        except (ConnectionError, TimeoutError):
            pass  # the client went away

    do_GET = do_HEAD = do_POST = _dispatch

    def do_OPTIONS(self) -> None:  # noqa: N802 - the stdlib's naming
        headers = {
            "Allow": "GET, HEAD, POST, OPTIONS",
            "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
            "Access-Control-Allow-Headers": "Accept, Authorization, Content-Type",
            "Access-Control-Max-Age": "600",
        }
        self._send(204, TEXT, b"", headers if self._cors() else {"Allow": headers["Allow"]})

    # -- routes

    def _query_page(self, path: str) -> None:
        """The YASGUI editor when it is installed, else (and at /plain) the plain query page."""
        if path != "/plain" and pages.editor_assets() is not None:
            # YASGUI sets style attributes from its own script: styles may be inline, scripts may not.
            policy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'"
            self._send(200, HTML, static_file("editor.html"), {"Content-Security-Policy": policy})
            return
        self._send(200, HTML, static_file("index.html"))

    def _vendor(self, name: str) -> None:
        folder = pages.editor_assets()
        if folder is None:
            raise HttpError(404, "the YASGUI editor is not installed (scripts/install.sh runs npm ci in web/)")
        kind = "text/javascript; charset=utf-8" if name.endswith(".js") else "text/css; charset=utf-8"
        self._send(200, kind, (folder / name).read_bytes(), {"Cache-Control": "max-age=86400"})

    def _static(self, name: str) -> None:
        types = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
                 ".html": HTML, ".jsonld": "application/ld+json", ".svg": "image/svg+xml"}
        try:
            body = static_file(name)
        except (FileNotFoundError, IsADirectoryError):
            raise HttpError(404, f"no static file {name}") from None
        self._send(200, types.get(Path(name).suffix, "application/octet-stream"), body)

    def _queries(self) -> None:
        from provkg.store.query import editor_versions, named_queries

        try:
            listing = [{"name": q.name, "question": q.question, "sparql": q.sparql, "editor": editor_versions(q)}
                       for q in named_queries()]
        except InputError:
            listing = []  # installed without the checkout's queries/ folder
        self._send(200, "application/json", json.dumps(listing, ensure_ascii=False).encode("utf-8"))

    def _sparql(self, params: dict[str, list[str]]) -> None:
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if self.command == "POST":
            if content_type == "application/sparql-query":
                params = {**params, "query": [self._body().decode("utf-8")]}
            elif content_type == "application/sparql-update":
                params = {**params, "update": [self._body().decode("utf-8")]}
            elif content_type == "application/x-www-form-urlencoded":
                form = parse_qs(self._body().decode("utf-8"), keep_blank_values=True, max_num_fields=100)
                params = {**params, **form}
            else:
                raise HttpError(415, "POST to /sparql takes application/sparql-query, application/sparql-update "
                                     "or application/x-www-form-urlencoded")
        queries, updates = params.get("query", []), params.get("update", [])
        if len(queries) + len(updates) != 1:
            if self.command in ("GET", "HEAD") and not queries and not updates and self._wants_html():
                self._send(303, TEXT, b"", {"Location": "/"})
                return
            raise HttpError(400, "give exactly one `query` (or, with the update token, one `update`)")
        if updates:
            if self.command != "POST":
                raise HttpError(405, "SPARQL Update needs POST", {"Allow": "POST"})
            self._update(updates[0])
            return
        self._query(queries[0], params)

    def _query(self, sparql: str, params: dict[str, list[str]]) -> None:
        options = self.server.state.options
        if len(sparql.encode("utf-8")) > _MAX_QUERY_BYTES:
            raise HttpError(413, f"the query is longer than {_MAX_QUERY_BYTES} bytes, the limit of this endpoint")
        check_depth(sparql)
        if options.endpoint is not None:
            self._forward(sparql, params)
            return
        job = {
            "query": sparql,
            "allowed_hosts": sorted(options.allow_service),  # the guard runs in the worker (see execute)
            "accept": self.headers.get("Accept"),
            "format": (params.get("format") or [None])[0],
            "default_graph": params.get("default-graph-uri", []),
            "named_graphs": params.get("named-graph-uri", []),
        }
        status, content_type, body, _ = self.server.state.pool.run(
            job, options.timeout, began=self._began, cancelled=self._client_gone
        )
        if status == 499:
            self.close_connection = True  # the client is gone: nobody to answer
            return
        self._send(status, content_type, body)

    def _forward(self, sparql: str, params: dict[str, list[str]]) -> None:
        """The query answered by the server engine of ``--endpoint`` (serve/forward.py), within this server's
        bounds: the SERVICE guard first, then its time limit."""
        options = self.server.state.options
        assert options.endpoint is not None
        try:
            check_remote_access(sparql, "query", options.allow_service)
        except InputError as exc:
            raise HttpError(400, str(exc)) from exc
        answer = forward_query(
            options.endpoint, sparql, accept=_engine_accept(params, self.headers.get("Accept")),
            timeout=options.timeout, default_graphs=params.get("default-graph-uri", []),
            named_graphs=params.get("named-graph-uri", []),
        )
        self._send(answer.status, answer.content_type, answer.body, {ANSWERED_BY: options.endpoint})

    def _update(self, sparql: str) -> None:
        state = self.server.state
        if not state.options.update_token:
            raise HttpError(403, "this endpoint is read-only: SPARQL Update is disabled (see --update-token)")
        if not self._has_update_token():
            raise HttpError(401, "SPARQL Update needs the header `Authorization: Bearer <token>`",
                            {"WWW-Authenticate": 'Bearer realm="provkg"'})
        remote = check_remote_access(sparql, "update", state.options.allow_service)
        with state.write_lock:
            try:
                store = KnowledgeStore.open(state.store_dir)
            except InputError as exc:
                raise HttpError(503, str(exc)) from exc
            try:
                store.update(sparql)
            except (InputError, OSError, RuntimeError, ValueError) as exc:
                if remote:  # the error may quote the remote document or answer: never echoed
                    raise HttpError(502, "the update's LOAD or SERVICE failed (the remote answer is not shown)") \
                        from exc
                raise HttpError(400 if isinstance(exc, InputError) else 500, f"update failed: {exc}") from exc
            finally:
                store.close()
        self._send(204, TEXT, b"")

    def _run(self, sparql: str, fmt: str) -> tuple[bytes, int]:
        status, _, body, count = self.server.state.pool.run(
            {"query": sparql, "format": fmt}, self.server.state.options.timeout, began=self._began
        )
        if status != 200:
            raise HttpError(status, body.decode("utf-8", "replace"))
        return body, count

    def _entity(self, iri: str, params: dict[str, list[str]]) -> None:
        try:
            NamedNode(iri)
        except ValueError:
            raise HttpError(404, f"not an IRI: {iri}") from None
        requested = (params.get("format") or [None])[0]
        view = (params.get("view") or [None])[0]
        kind = pages.page_kind(iri)
        if kind is not None and requested is None and (view == "json" or self._wants_html()):
            lang = (params.get("lang") or ["en"])[0]
            options = {key: values[0] for key, values in params.items() if key in ("measure", "unit") and values}
            try:
                data = pages.page_data(kind, iri, self._select, lang, self.server.state.texts, options)
                body = pages.page_json(data) if view == "json" else pages.page_html(data)
            except PageNotFound:
                raise HttpError(404, f"the graph says nothing about <{iri}>") from None
            except (KeyError, ValueError, TypeError) as exc:  # data the page did not expect: say so, keep serving
                raise HttpError(500, f"the page of <{iri}> could not be drawn: {type(exc).__name__}: {exc}") from None
            self._send(200, "application/json" if view == "json" else HTML, body, {"Vary": "Accept"})
            return
        if requested is None and self._wants_html():
            rows = self._select(
                "SELECT ?dir ?p ?x ?g WHERE { "
                f"{{ GRAPH ?g {{ <{iri}> ?p ?x }} BIND('out' AS ?dir) }} UNION "
                f"{{ GRAPH ?g {{ ?x ?p <{iri}> }} BIND('in' AS ?dir) }} }} ORDER BY ?dir ?p ?x LIMIT 2000"
            )
            if not rows:
                raise HttpError(404, f"the graph says nothing about <{iri}>")
            self._send(200, HTML, entity_html(iri, rows, self._labels(iri, rows)))
            return
        key = choose_format("graph", self.headers.get("Accept"), requested)
        body, count = self._run(f"CONSTRUCT {{ <{iri}> ?p ?o }} WHERE {{ <{iri}> ?p ?o }}", key)
        if not count:
            raise HttpError(404, f"the graph says nothing about <{iri}>")
        self._send(200, GRAPH_FORMATS[key][0], body, {"Vary": "Accept"})

    def _select(self, sparql: str) -> list[dict[str, Any]]:
        body, _ = self._run(sparql, "json")
        return json.loads(body)["results"]["bindings"]

    def _labels(self, iri: str, rows: list[dict[str, Any]]) -> dict[str, str]:
        iris = {iri} | {r[k]["value"] for r in rows for k in ("p", "x") if r[k]["type"] == "uri"}
        values = " ".join(f"<{i}>" for i in sorted(iris)[:500])
        found = self._select(
            f"SELECT ?i ?label WHERE {{ VALUES ?i {{ {values} }} "
            "?i rdfs:label|skos:prefLabel|dcterms:title ?label FILTER(lang(?label) IN ('en', '')) }"
        )
        return {r["i"]["value"]: r["label"]["value"] for r in found}

    def _ontology(self, params: dict[str, list[str]]) -> None:
        requested = (params.get("format") or [None])[0]
        if requested is None and self._wants_html():
            # The generated documentation carries its own inline style sheet (and no script).
            policy = "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'none'"
            self._send(200, HTML, ontology_html(), {"Vary": "Accept", "Content-Security-Policy": policy})
            return
        if choose_format("graph", self.headers.get("Accept"), requested) != "turtle":
            raise HttpError(406, "the ontology is served as Turtle (text/turtle) or HTML")
        turtle = ontology_turtle()
        if not turtle:
            raise HttpError(404, "no ontology/ file declares an owl:Ontology")
        self._send(200, GRAPH_FORMATS["turtle"][0], turtle, {"Vary": "Accept"})


def _engine_accept(params: dict[str, list[str]], accept: str | None) -> str:
    """The Accept header sent to a server engine: the media types the ``format`` parameter names (a SELECT's and
    a CONSTRUCT's: which one applies is the engine's to read), else the client's own Accept."""
    requested = (params.get("format") or [None])[0]
    if requested:
        key = _FORMAT_ALIASES.get(requested.lower(), requested.lower())
        kinds = {key, _CROSS_KIND.get(key, key)}
        media = [SOLUTION_FORMATS[k].split(";")[0] for k in sorted(kinds) if k in SOLUTION_FORMATS]
        media += [GRAPH_FORMATS[k][0].split(";")[0] for k in sorted(kinds) if k in GRAPH_FORMATS]
        if not media:
            raise HttpError(406, f"unknown format {requested!r}: json, xml, csv, tsv, turtle, ntriples, jsonld, rdfxml")
        return ", ".join(media)
    return accept or "application/sparql-results+json, text/turtle;q=0.9"


def make_server(store_dir: Path, options: ServeOptions) -> SparqlServer:
    """A server bound to options.host:options.port (0 picks a free port); call serve_forever() to run it."""
    KnowledgeStore.open(store_dir, read_only=True).close()  # fail now, not at the first query, if there is no store
    if options.endpoint is not None:
        check_endpoint(options.endpoint)
        if options.update_token:
            raise InputError("--endpoint and --update-token together: updates go to the store (`provkg ingest`), "
                             "then to the engine (`provkg push`)")
    pool = QueryPool(
        store_dir, options.workers, options.max_results, options.in_memory, memory_limit=options.memory_limit,
        network_wall=options.network_wall and not options.allow_service, max_waiting=options.max_waiting,
    )
    try:
        return SparqlServer(ServerState(store_dir, options, pool, texts=TextIndex(list(options.texts_dirs))))
    except OSError as exc:
        pool.close()
        raise InputError(f"cannot listen on {options.host}:{options.port}: {exc.strerror}") from exc


def _bounds(options: ServeOptions) -> str:
    memory = f"{options.memory_limit >> 20} MB" if options.memory_limit else "no memory bound"
    if options.allow_service:
        network = f"SERVICE to {', '.join(sorted(options.allow_service))}"
    else:
        network = "no network (seccomp)" if options.network_wall else "no SERVICE (guard only)"
    return f"{memory} per worker above the store, {network}"


def serve(store_dir: Path, options: ServeOptions, announce: Any = print) -> None:
    """Run the endpoint until interrupted."""
    server = make_server(store_dir, options)

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt  # SIGTERM ends the server like Ctrl-C: the query workers are stopped too

    signal.signal(signal.SIGTERM, stop)
    mode = "SPARQL Update with token" if options.update_token else "read-only"
    if options.endpoint is not None:
        mode += f", queries answered by {options.endpoint}"
    announce(f"serving {store_dir} at {server.url} (SPARQL endpoint {server.url}sparql; {mode}; "
             f"{options.workers} workers{' with the store in memory' if options.in_memory else ''}, "
             f"{options.timeout:g} s limit, {_bounds(options)})")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()

