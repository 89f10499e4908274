"""`provkg serve`: a SPARQL 1.1 Protocol endpoint, a query page and linked-data pages over the store.

Built on the standard library's ThreadingHTTPServer. Queries run in a small pool of worker processes, each with
the store open read-only, because pyoxigraph cannot cancel a running query: a query past the time limit is stopped
by ending its worker, which a thread could not do. Updates (only with the configured token) run in the server
process as one atomic write (provkg.store.store), so queries keep being answered meanwhile.
"""

from __future__ import annotations

import hmac
import html
import json
import multiprocessing
import os
import queue
import re
import signal
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
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
from provkg.core.namespaces import BASE, PREFIXES
from provkg.serve import pages
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
from provkg.store.results import Results, TooManyResults
from provkg.store.store import KnowledgeStore

TEXT = "text/plain; charset=utf-8"
HTML = "text/html; charset=utf-8"
_MAX_QUERY_BYTES = 1_000_000
_MAX_UPDATE_BYTES = 64_000_000


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


class HttpError(Exception):
    def __init__(self, status: int, message: str, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = dict(headers or {})


# -- refusing SERVICE and LOAD towards hosts that are not allowed ---------------------------------------------------
# pyoxigraph fetches any SERVICE IRI a query names, so without this check a visitor could make the endpoint call any
# host, including ones only the server can reach. The scan is lexical and fails closed: comments, strings and IRIs
# are skipped, and a SERVICE or LOAD whose target is a variable or cannot be read is refused.

_TOKENS = re.compile(
    r"""
    (?P<skip>\#[^\n]*|\s+)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
                |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<name>[\w.\-:%?$\\]+)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


def remote_targets(sparql: str, keyword: str) -> list[str | None]:
    """The IRIs that ``keyword`` (SERVICE or LOAD) points at in ``sparql``; None for one that cannot be known."""
    tokens = [(m.lastgroup or "other", m.group()) for m in _TOKENS.finditer(sparql) if m.lastgroup != "skip"]
    prefixes = dict(PREFIXES)
    for i, (kind, text) in enumerate(tokens[:-2]):
        if kind == "name" and text.upper() == "PREFIX" and tokens[i + 1][0] == "name" and tokens[i + 2][0] == "iri":
            prefixes[tokens[i + 1][1].rstrip(":")] = tokens[i + 2][1][1:-1]
    word = re.compile(rf"(?<![?$\w:\\]){keyword}(?![\w:])", re.IGNORECASE)
    targets: list[str | None] = []
    for i, (kind, text) in enumerate(tokens):
        if kind != "name":
            continue
        for match in word.finditer(text):
            following = tokens[i + 1 : i + 3]
            if following and following[0][0] == "name" and following[0][1].upper() == "SILENT":
                following = following[1:]
            glued = match.end() != len(text)  # e.g. SERVICE.x: not a form we can read, so refuse
            targets.append(None if glued or not following else _resolve(following[0], prefixes))
    return targets


def _resolve(token: tuple[str, str], prefixes: Mapping[str, str]) -> str | None:
    kind, text = token
    if kind == "iri":
        return text[1:-1]
    if kind == "name" and ":" in text and not text.startswith(("?", "$")):
        prefix, _, local = text.partition(":")
        if prefix in prefixes and "\\" not in local and "%" not in local:
            return prefixes[prefix] + local
    return None


def check_remote_access(sparql: str, keyword: str, allowed_hosts: Iterable[str]) -> None:
    """HttpError 403 when ``sparql`` would contact a host that is not in ``allowed_hosts`` (host or host:port)."""
    allowed = {entry.lower() for entry in allowed_hosts}
    for target in remote_targets(sparql, keyword):
        if target is None:
            raise HttpError(403, f"{keyword} with a target that is not a fixed IRI is refused by this endpoint")
        parts = urlsplit(target)
        host = (parts.hostname or "").lower()
        names = {host, f"{host}:{parts.port}"} if parts.port else {host}
        if parts.scheme not in ("http", "https") or not host or not names & allowed:
            raise HttpError(
                403,
                f"{keyword} <{target}> refused: this endpoint contacts only the hosts its operator allowed "
                f"({', '.join(sorted(allowed)) or 'none'}; see `provkg serve --allow-service HOST`)",
            )


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

Answer = tuple[int, str, bytes, int]  # status, content type, body, number of rows or triples


def execute(store: KnowledgeStore, job: Mapping[str, Any], max_results: int) -> Answer:
    """Run one protocol query and serialise its results as negotiated; errors become a status and a message."""
    try:
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
        return 400, TEXT, str(exc).encode(), 0
    except ValueError as exc:  # e.g. an invalid default-graph-uri IRI
        return 400, TEXT, f"bad request: {exc}".encode(), 0
    except TooManyResults as exc:
        message = f"the result has more than {exc.args[0]} rows or triples, the limit of this endpoint: add a LIMIT"
        return 413, TEXT, message.encode(), 0
    except (OSError, RuntimeError) as exc:
        return 500, TEXT, f"query failed: {exc}".encode(), 0
    except Exception as exc:  # noqa: BLE001 - a worker answers every query; an unforeseen error must not kill it
        return 500, TEXT, f"query failed: {type(exc).__name__}: {exc}".encode(), 0


def _worker_main(conn: Connection, store_dir: str, max_results: int, in_memory: bool = False) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle; it ends the workers
    store = KnowledgeStore.open(Path(store_dir), read_only=True, in_memory=in_memory)
    store.current_store()  # open (or copy into memory) before saying ready
    conn.send(_READY)
    while True:
        try:
            if in_memory and not conn.poll(_REFRESH_SECONDS):
                store.current_store()  # while idle, take a copy of a newly published generation
                continue
            job = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(execute(store, job, max_results))


_READY = "ready"
_REFRESH_SECONDS = 5.0


class QueryPool:
    """Worker processes that run queries; a worker past the time limit is killed and replaced (in the
    background: with ``in_memory`` a new worker first copies the store into RAM)."""

    def __init__(self, store_dir: Path, size: int, max_results: int, in_memory: bool = False) -> None:
        self._context = multiprocessing.get_context("spawn")  # forking a threaded server is unsafe
        self._store_dir = str(store_dir)
        self._max_results = max_results
        self._in_memory = in_memory
        self._idle: queue.Queue[tuple[Any, Connection]] = queue.Queue()
        self._all: set[Any] = set()
        self._lock = threading.Lock()
        self._closed = False
        starting = [self._spawn() for _ in range(size)]  # they open (or load) the store in parallel
        for process, conn in starting:
            self._await_ready(process, conn)
            self._idle.put((process, conn))

    def _spawn(self) -> tuple[Any, Connection]:
        parent, child = self._context.Pipe()
        process = self._context.Process(
            target=_worker_main, args=(child, self._store_dir, self._max_results, self._in_memory), daemon=True
        )
        process.start()
        child.close()
        with self._lock:
            self._all.add(process)
        return process, parent

    def _await_ready(self, process: Any, conn: Connection) -> None:
        try:
            if conn.recv() == _READY:
                return
        except (EOFError, OSError):
            pass
        self._retire(process, conn)
        raise InputError(f"a query worker could not open the store at {self._store_dir}")

    def _replace(self) -> None:
        if self._closed:
            return

        def start() -> None:
            process, conn = self._spawn()
            try:
                self._await_ready(process, conn)
            except InputError:
                return  # the next failing query reports the problem
            self._idle.put((process, conn))

        threading.Thread(target=start, daemon=True).start()

    def _retire(self, process: Any, conn: Connection) -> None:
        process.kill()
        process.join(5)
        conn.close()
        with self._lock:
            self._all.discard(process)

    def run(self, job: Mapping[str, Any], timeout: float) -> Answer:
        process, conn = self._idle.get()
        try:
            conn.send(dict(job))
            if conn.poll(timeout):
                answer: Answer = conn.recv()
                self._idle.put((process, conn))
                return answer
        except (EOFError, OSError, BrokenPipeError):
            self._retire(process, conn)
            self._replace()
            return 500, TEXT, b"the query worker stopped unexpectedly; try again", 0
        self._retire(process, conn)
        self._replace()
        message = f"the query ran longer than the time limit of {timeout:g} s and was stopped: narrow it or add a LIMIT"
        return 503, TEXT, message.encode(), 0

    def close(self) -> None:
        self._closed = True
        with self._lock:
            processes = list(self._all)
        for process in processes:
            process.kill()
            process.join(5)


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
        super().__init__((state.options.host, state.options.port), Handler)

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
        if self._wants_html() and exc.status in (404, 406):
            self._send(exc.status, HTML, page(f"{exc.status}", f"<p>{html.escape(exc.message)}</p>"), exc.headers)
        else:
            self._send(exc.status, TEXT, (exc.message + "\n").encode(), exc.headers)

    def _wants_html(self) -> bool:
        ranges = parse_accept(self.headers.get("Accept"))
        return bool(ranges) and ranges[0] in ("text/html", "application/xhtml+xml")

    def _body(self, limit: int) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        if length > limit:
            raise HttpError(413, f"request body larger than {limit} bytes")
        return self.rfile.read(length) if length else b""

    def _dispatch(self) -> None:
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
                params = {**params, "query": [self._body(_MAX_QUERY_BYTES).decode("utf-8")]}
            elif content_type == "application/sparql-update":
                params = {**params, "update": [self._body(_MAX_UPDATE_BYTES).decode("utf-8")]}
            elif content_type == "application/x-www-form-urlencoded":
                form = parse_qs(self._body(_MAX_UPDATE_BYTES).decode("utf-8"), keep_blank_values=True)
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
        check_remote_access(sparql, "SERVICE", options.allow_service)
        job = {
            "query": sparql,
            "accept": self.headers.get("Accept"),
            "format": (params.get("format") or [None])[0],
            "default_graph": params.get("default-graph-uri", []),
            "named_graphs": params.get("named-graph-uri", []),
        }
        status, content_type, body, _ = self.server.state.pool.run(job, options.timeout)
        self._send(status, content_type, body)

    def _update(self, sparql: str) -> None:
        state = self.server.state
        token = state.options.update_token
        if not token:
            raise HttpError(403, "this endpoint is read-only: SPARQL Update is disabled (see --update-token)")
        given = self.headers.get("Authorization", "")
        if not hmac.compare_digest(given.encode(), f"Bearer {token}".encode()):
            raise HttpError(401, "SPARQL Update needs the header `Authorization: Bearer <token>`",
                            {"WWW-Authenticate": 'Bearer realm="provkg"'})
        check_remote_access(sparql, "LOAD", state.options.allow_service)
        check_remote_access(sparql, "SERVICE", state.options.allow_service)
        with state.write_lock:
            try:
                store = KnowledgeStore.open(state.store_dir)
            except InputError as exc:
                raise HttpError(503, str(exc)) from exc
            try:
                store.update(sparql)
            except InputError as exc:
                raise HttpError(400, str(exc)) from exc
            except OSError as exc:
                raise HttpError(500, f"update failed: {exc}") from exc
            finally:
                store.close()
        self._send(204, TEXT, b"")

    def _run(self, sparql: str, fmt: str) -> tuple[bytes, int]:
        status, _, body, count = self.server.state.pool.run(
            {"query": sparql, "format": fmt}, self.server.state.options.timeout
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


def make_server(store_dir: Path, options: ServeOptions) -> SparqlServer:
    """A server bound to options.host:options.port (0 picks a free port); call serve_forever() to run it."""
    KnowledgeStore.open(store_dir, read_only=True).close()  # fail now, not at the first query, if there is no store
    pool = QueryPool(store_dir, options.workers, options.max_results, options.in_memory)
    try:
        return SparqlServer(ServerState(store_dir, options, pool, texts=TextIndex(list(options.texts_dirs))))
    except OSError as exc:
        pool.close()
        raise InputError(f"cannot listen on {options.host}:{options.port}: {exc.strerror}") from exc


def serve(store_dir: Path, options: ServeOptions, announce: Any = print) -> None:
    """Run the endpoint until interrupted."""
    server = make_server(store_dir, options)

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt  # SIGTERM ends the server like Ctrl-C: the query workers are stopped too

    signal.signal(signal.SIGTERM, stop)
    mode = "SPARQL Update with token" if options.update_token else "read-only"
    announce(f"serving {store_dir} at {server.url} (SPARQL endpoint {server.url}sparql; {mode}; "
             f"{options.workers} workers{' with the store in memory' if options.in_memory else ''}, "
             f"{options.timeout:g} s limit)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()

