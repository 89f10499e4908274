"""`provkg serve --endpoint URL`: /sparql and the query page answered by a server engine (serve/forward.py).

The serving store and the engine hold different data, so every answer shows which one it came from."""

from __future__ import annotations

import http.server as http_server
import json
import threading
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest
from pyoxigraph import RdfFormat, parse

from provkg.core.errors import InputError
from provkg.publish.remote import push
from provkg.serve.server import ANSWERED_BY, ServeOptions, SparqlServer, make_server
from provkg.store.store import KnowledgeStore
from test_remote import oxigraph  # noqa: F401  (the fixture)
from test_server import Browser, _chromium, get_query, http, start, stop
from test_store import sample_graphs

# Unprefixed pk:/pki:/pka: terms: the server declares the provkg prefixes ahead of a forwarded query.
RICE = "SELECT ?v WHERE { ?obs pk:indicator pki:rice-output ; pk:refArea pka:sin-ho ; pk:value ?v } ORDER BY ?v"


@pytest.fixture
def empty_store(tmp_path: Path) -> Path:
    """A store holding nothing: whatever a forwarded query finds comes from the engine."""
    folder = tmp_path / "serving"
    KnowledgeStore.open(folder, create=True).close()
    return folder


@pytest.fixture
def engine(oxigraph: str) -> str:  # noqa: F811 (the fixture)
    """An Oxigraph server holding the sample report (pushed as `provkg push` does); yields its query URL."""
    with KnowledgeStore.open(None) as store:
        store.replace_graphs(sample_graphs())
        push(store, oxigraph + "/store")
    return oxigraph + "/query"


@pytest.fixture
def forwarding(empty_store: Path, engine: str) -> Iterator[SparqlServer]:
    running = start(empty_store, endpoint=engine, timeout=10.0, workers=1)
    yield running
    stop(running)


def test_queries_are_answered_by_the_engine(forwarding: SparqlServer, engine: str) -> None:
    status, headers, body = get_query(forwarding, RICE, accept="application/sparql-results+json")
    assert status == 200 and headers[ANSWERED_BY] == engine
    values = [row["v"]["value"] for row in json.loads(body)["results"]["bindings"]]
    assert len(values) == 2  # the engine's data: the serving store is empty
    # the format parameter reaches the engine as an Accept header, for a SELECT and for a CONSTRUCT
    status, headers, body = get_query(forwarding, RICE, format="csv")
    assert status == 200 and headers["Content-Type"].startswith("text/csv") and body.decode().startswith("v\r\n")
    construct = "CONSTRUCT { ?obs pk:value ?v } WHERE { ?obs pk:indicator pki:rice-output ; pk:value ?v }"
    status, headers, body = get_query(forwarding, construct, format="ntriples")
    assert status == 200 and headers["Content-Type"].startswith("application/n-triples")
    assert len(list(parse(body, format=RdfFormat.N_TRIPLES))) >= 2
    # POST with a direct body, as the query page sends it
    status, _, body = http(forwarding.url + "sparql", RICE.encode(), {"Content-Type": "application/sparql-query",
                                                                       "Accept": "text/csv"})
    assert status == 200 and len(body.decode().split()) == 3


def test_updates_and_remote_services_stay_refused(forwarding: SparqlServer, empty_store: Path, engine: str) -> None:
    status, _, _ = http(forwarding.url + "sparql", b"DROP ALL", {"Content-Type": "application/sparql-update"})
    assert status == 403
    service = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"
    status, _, body = get_query(forwarding, service)
    assert status == 403 and b"refused" in body  # the guard runs before anything is forwarded
    with pytest.raises(InputError, match="--update-token"):
        make_server(empty_store, ServeOptions(port=0, endpoint=engine, update_token="t"))
    for wrong in ("ftp://example.org/sparql", "http://user:secret@example.org/sparql", "/sparql"):
        with pytest.raises(InputError, match="--endpoint"):
            make_server(empty_store, ServeOptions(port=0, endpoint=wrong))


class _Stub(http_server.BaseHTTPRequestHandler):
    """An engine that takes 3 s to answer a query mentioning ?slow, and refuses every other one (400)."""

    def do_POST(self) -> None:  # noqa: N802 (the http.server API)
        form = urllib.parse.parse_qs(self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode())
        if "?slow" in form["query"][0]:
            time.sleep(3)
            self.send_response(200)
            self.end_headers()
            return
        self.send_response(400)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(b"the engine cannot run this query")

    def log_message(self, *args: object) -> None:
        pass


def test_an_engine_refusing_down_or_slow(empty_store: Path) -> None:
    stub = http_server.ThreadingHTTPServer(("127.0.0.1", 0), _Stub)
    threading.Thread(target=stub.serve_forever, daemon=True).start()
    stub_url = f"http://127.0.0.1:{stub.server_address[1]}/sparql"
    gone = http_server.HTTPServer(("127.0.0.1", 0), _Stub)
    down_url = f"http://127.0.0.1:{gone.server_address[1]}/sparql"
    gone.server_close()  # nothing listens there any more
    servers = [start(empty_store, endpoint=stub_url, timeout=0.5, workers=1),
               start(empty_store, endpoint=down_url, workers=1)]
    try:
        status, headers, body = get_query(servers[0], "ASK {}")  # the engine's refusal, its status and words
        assert status == 400 and headers[ANSWERED_BY] == stub_url
        assert body.decode() == f"{stub_url} answered HTTP 400 Bad Request: the engine cannot run this query\n"
        status, _, body = get_query(servers[0], "ASK " + "{" * 40 + "}" * 40)  # refused here, never sent
        assert status == 400 and not body.decode().startswith(stub_url)
        status, _, body = get_query(servers[0], "ASK { ?slow ?p ?o }")
        assert status == 504 and b"within 0.5 s" in body
        status, _, body = get_query(servers[1], "ASK {}")
        assert status == 502 and b"cannot reach" in body
    finally:
        for server in servers:
            stop(server)
        stub.shutdown()
        stub.server_close()


def test_the_query_page_runs_on_the_engine(forwarding: SparqlServer, engine: str, tmp_path: Path) -> None:
    browser = Browser(_chromium(), tmp_path / "profile")
    try:
        browser.open(forwarding.url + "plain?" + urllib.parse.urlencode({"query": RICE}))
        status = str(browser.wait_for("document.getElementById('status').textContent.match(/rows? in/) && "
                                      "document.getElementById('status').textContent"))
        assert status.startswith("2 rows in") and status.endswith(f"answered by {engine}")
    finally:
        browser.close()
