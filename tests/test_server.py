"""`provkg serve`: real clients (SPARQLWrapper, rdflib's SPARQLStore, headless Chromium), the protocol, the refusals."""

from __future__ import annotations

import fcntl
import json
import os
import select
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from pyoxigraph import RdfFormat, parse
from rdflib import Graph
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, POST, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from provkg.serve.guard import check_remote_access, remote_targets
from provkg.serve.server import ServeOptions, SparqlServer, make_server
from provkg.store.query import named_queries
from provkg.store.store import KnowledgeStore
from test_store import REPORT, sample_graphs

PROVKG = str(Path(sys.executable).parent / "provkg")
COUNT_OBS = "SELECT (COUNT(?o) AS ?n) WHERE { ?o a pk:Observation }"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o2 }"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("serve") / "store"
    with KnowledgeStore.open(folder, create=True) as store:
        store.replace_graphs(sample_graphs())
    return folder


def start(store_dir: Path, **options: object) -> SparqlServer:
    server = make_server(store_dir, ServeOptions(port=0, **options))  # type: ignore[arg-type]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def stop(server: SparqlServer) -> None:
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def server(store_dir: Path) -> Iterator[SparqlServer]:
    running = start(store_dir, timeout=2.0, max_results=50, workers=2)
    yield running
    stop(running)


def http(
    url: str, data: bytes | None = None, headers: dict[str, str] | None = None, method: str | None = None
) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def get_query(server: SparqlServer, sparql: str, accept: str | None = None, **params: str) -> tuple[int, dict, bytes]:
    query = urllib.parse.urlencode({"query": sparql, **params})
    return http(f"{server.url}sparql?{query}", headers={"Accept": accept} if accept else {})


# -- real clients ---------------------------------------------------------------------------------------------------


def test_sparqlwrapper_select_ask_construct(server: SparqlServer) -> None:
    client = SPARQLWrapper(server.url + "sparql")
    client.setQuery(COUNT_OBS)
    client.setReturnFormat(JSON)
    assert client.query().convert()["results"]["bindings"][0]["n"]["value"] == "24"
    client.setMethod(POST)
    client.setQuery("ASK { ?o pk:indicator pki:grdp ; pk:refArea pka:sin-ho }")
    assert client.query().convert()["boolean"] is True
    client.setQuery(f"CONSTRUCT {{ ?o pk:value ?v }} WHERE {{ GRAPH <{REPORT}> {{ ?o pk:value ?v }} }}")
    client.setReturnFormat(TURTLE)
    graph = Graph().parse(data=client.query().convert(), format="turtle")
    assert len(graph) == 24
    client.setQuery("SELECT ?o WHERE { ?o pk:refArea pka:tam-duong ; pk:indicator pki:cpi }")
    client.setReturnFormat(XML)
    assert len(client.query().convert().getElementsByTagName("result")) == 2
    client.setReturnFormat(CSV)
    assert client.query().convert().decode().splitlines()[0] == "o"


def test_sparqlwrapper_malformed_query(server: SparqlServer) -> None:
    client = SPARQLWrapper(server.url + "sparql")
    client.setQuery("SELECT ?s WHERE { ?s ?p }")
    client.setReturnFormat(JSON)
    with pytest.raises(QueryBadFormed, match="at line 1, column"):
        client.query()


def test_rdflib_sparqlstore(server: SparqlServer) -> None:
    graph = Graph(store=SPARQLStore(server.url + "sparql"))
    rows = list(graph.query(
        "PREFIX pk: <https://w3id.org/provkg/ontology#> PREFIX pki: <https://w3id.org/provkg/id/indicator/> "
        "SELECT ?o ?v WHERE { ?o pk:indicator pki:rice-output ; pk:value ?v } ORDER BY ?o"
    ))
    assert len(rows) == 6
    assert all(row.v.datatype.endswith("#decimal") for row in rows)
    described = graph.query(f"CONSTRUCT {{ <{REPORT}> ?p ?o }} WHERE {{ <{REPORT}> ?p ?o }}")
    assert len(described.graph) == 2


# -- the protocol ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "fmt", "content_type", "first_line"),
    [
        ("application/sparql-results+json", None, "application/sparql-results+json", '{"head":{"vars":["n"]}'),
        ("application/sparql-results+xml", None, "application/sparql-results+xml", '<?xml version="1.0"?>'),
        ("text/csv", None, "text/csv", "n"),
        (None, "tsv", "text/tab-separated-values", "?n"),
        ("text/html, */*;q=0.1", None, "application/sparql-results+json", '{"head"'),
    ],
)
def test_select_formats(server: SparqlServer, accept: str | None, fmt: str | None, content_type: str,
                        first_line: str) -> None:
    status, headers, body = get_query(server, COUNT_OBS, accept, **({"format": fmt} if fmt else {}))
    assert status == 200
    assert headers["Content-Type"].startswith(content_type)
    assert body.decode().startswith(first_line)
    if content_type in ("text/csv", "text/tab-separated-values"):
        assert "24" in body.decode().splitlines()[1]


@pytest.mark.parametrize(
    ("accept", "rdf_format"),
    [("text/turtle", RdfFormat.TURTLE), ("application/n-triples", RdfFormat.N_TRIPLES),
     ("application/ld+json", RdfFormat.JSON_LD)],
)
def test_construct_formats(server: SparqlServer, accept: str, rdf_format: RdfFormat) -> None:
    status, headers, body = get_query(server, "CONSTRUCT WHERE { ?o pk:refArea pka:sin-ho }", accept)
    assert status == 200 and headers["Content-Type"].startswith(accept)
    assert len(list(parse(body, rdf_format))) == 8


def test_post_form_and_direct(server: SparqlServer) -> None:
    form = urllib.parse.urlencode({"query": COUNT_OBS}).encode()
    status, _, body = http(server.url + "sparql", form, {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == "24"
    status, _, body = http(server.url + "sparql", COUNT_OBS.encode(), {"Content-Type": "application/sparql-query",
                                                                       "Accept": "text/csv"})
    assert status == 200 and body.decode().split() == ["n", "24"]


def test_dataset_parameters(server: SparqlServer) -> None:
    status, _, body = get_query(server, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "text/csv",
                                **{"default-graph-uri": "https://w3id.org/provkg/graph/reference"})
    assert status == 200 and body.decode().split()[1] == "4"


def test_not_acceptable_and_bad_requests(server: SparqlServer) -> None:
    assert get_query(server, COUNT_OBS, "image/png")[0] == 406
    assert http(server.url + "sparql")[0] == 400
    assert http(server.url + "sparql", b"x", {"Content-Type": "text/plain"})[0] == 415
    assert http(server.url + "sparql", b"\xff\xfe", {"Content-Type": "application/sparql-query"})[0] == 400


def test_malformed_query_is_400_with_parser_message(server: SparqlServer) -> None:
    status, _, body = get_query(server, "SELECT ?s\nWHERE { ?s ?p ?o . FILTER( }")
    assert status == 400
    assert "SPARQL syntax error" in body.decode() and "at line 2, column" in body.decode()


# -- limits and refusals --------------------------------------------------------------------------------------------


def test_time_limit_stops_query_and_server_recovers(server: SparqlServer) -> None:
    began = time.monotonic()
    status, _, body = get_query(server, SLOW)
    assert status == 503 and "time limit of 2 s" in body.decode()
    assert time.monotonic() - began < 10
    status, _, body = get_query(server, COUNT_OBS, "text/csv")
    assert status == 200 and body.decode().split()[1] == "24"


def test_in_memory_workers_answer_recover_and_follow_updates(store_dir: Path) -> None:
    memory = start(store_dir, timeout=2.0, workers=1, in_memory=True, update_token="s3cret-token")
    try:
        status, _, body = get_query(memory, COUNT_OBS, "text/csv")
        assert status == 200 and body.decode().split()[1] == "24"
        assert get_query(memory, SLOW)[0] == 503
        status, _, body = get_query(memory, COUNT_OBS, "text/csv")  # served by the replacement worker
        assert status == 200 and body.decode().split()[1] == "24"
        update = "INSERT DATA { GRAPH <https://w3id.org/provkg/graph/memory> { pkr:m pk:value 1 } }"
        headers = {"Content-Type": "application/sparql-update", "Authorization": "Bearer s3cret-token"}
        assert http(memory.url + "sparql", update.encode(), headers)[0] == 204
        deadline = time.monotonic() + 20  # the idle worker copies the new generation within a few seconds
        while json.loads(get_query(memory, "ASK { pkr:m pk:value 1 }")[2])["boolean"] is False:
            assert time.monotonic() < deadline
            time.sleep(1)
        drop = "DROP GRAPH <https://w3id.org/provkg/graph/memory>"
        assert http(memory.url + "sparql", drop.encode(), headers)[0] == 204
    finally:
        stop(memory)


def test_result_size_limit(server: SparqlServer) -> None:
    status, _, body = get_query(server, "SELECT * WHERE { ?s ?p ?o }")
    assert status == 413 and "more than 50" in body.decode()
    assert get_query(server, "SELECT * WHERE { ?s ?p ?o } LIMIT 50")[0] == 200


class Listener:
    """A TCP listener on 127.0.0.1 that records every connection it receives."""

    def __init__(self) -> None:
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen()
        self.socket.settimeout(0.2)
        self.port = self.socket.getsockname()[1]
        self.received: list[bytes] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self.socket.accept()
            except TimeoutError:
                continue
            with connection:
                connection.settimeout(2)
                try:
                    self.received.append(connection.recv(4096))
                except TimeoutError:
                    self.received.append(b"")

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self.socket.close()


def test_service_to_local_listener_is_refused(server: SparqlServer) -> None:
    listener = Listener()
    try:
        target = f"http://127.0.0.1:{listener.port}/sparql"
        for sparql in (
            f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}",
            f"PREFIX x: <http://127.0.0.1:{listener.port}/> "
            "SELECT * WHERE { SERVICE SILENT x:sparql { ?s ?p ?o } }",
            f"SELECT * WHERE {{ BIND(<{target}> AS ?e) SERVICE ?e {{ ?s ?p ?o }} }}",
        ):
            status, _, body = get_query(server, sparql)
            assert status == 403, body
            assert "refused" in body.decode()
        time.sleep(0.5)
        assert listener.received == []
    finally:
        listener.close()


def test_allowed_service_host_is_contacted(store_dir: Path) -> None:
    listener = Listener()
    allowed = start(store_dir, workers=1, timeout=5.0, allow_service=frozenset({f"127.0.0.1:{listener.port}"}))
    try:
        get_query(allowed, f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{listener.port}/sparql> {{ ?s ?p ?o }} }}")
        assert listener.received and listener.received[0].startswith(b"POST /sparql")
    finally:
        stop(allowed)
        listener.close()


def test_service_scan() -> None:
    assert remote_targets("SELECT * { ?s ?p ?t.SERVICE <http://a/> {} }") == [("SERVICE", "http://a/")]
    hidden = 'SELECT ?service { ?service ?p "SERVICE <http://b/>" } # SERVICE <http://c/>'
    assert remote_targets(hidden) == []
    assert remote_targets("SELECT * { service pkr:x {} }") == [("SERVICE", "https://w3id.org/provkg/report/x")]
    check_remote_access("SELECT * { SERVICE <https://Query.Wikidata.org/sparql> {} }", "query",
                        ["query.wikidata.org"])


def test_updates_need_the_token(store_dir: Path, server: SparqlServer) -> None:
    update = "INSERT DATA { GRAPH <https://w3id.org/provkg/graph/extra> { pkr:x pk:value 1 } }"
    status, _, body = http(server.url + "sparql", update.encode(), {"Content-Type": "application/sparql-update"})
    assert status == 403 and "read-only" in body.decode()
    writable = start(store_dir, workers=1, update_token="s3cret-token")
    try:
        headers = {"Content-Type": "application/sparql-update"}
        authorised = {**headers, "Authorization": "Bearer s3cret-token"}
        assert http(writable.url + "sparql", update.encode(), headers)[0] == 401
        assert http(writable.url + "sparql", update.encode(), {**headers, "Authorization": "Bearer wrong"})[0] == 401
        ask = "ASK { pkr:x pk:value 1 }"
        assert json.loads(get_query(writable, ask)[2])["boolean"] is False
        status, _, _ = http(writable.url + "sparql", update.encode(), authorised)
        assert status == 204
        assert json.loads(get_query(writable, ask)[2])["boolean"] is True
        load = "LOAD <http://127.0.0.1:9/data.ttl>"
        status, _, body = http(writable.url + "sparql", load.encode(), authorised)
        assert status == 403 and "LOAD" in body.decode()
        form = urllib.parse.urlencode({"update": "DROP GRAPH <https://w3id.org/provkg/graph/extra>"}).encode()
        status, _, _ = http(writable.url + "sparql", form, {"Content-Type": "application/x-www-form-urlencoded",
                                                            "Authorization": "Bearer s3cret-token"})
        assert status == 204
        assert json.loads(get_query(writable, ask)[2])["boolean"] is False
    finally:
        stop(writable)


def test_cors(store_dir: Path, server: SparqlServer) -> None:
    origin = {"Origin": "https://notebook.example.org"}
    assert "Access-Control-Allow-Origin" not in get_query(server, COUNT_OBS)[1]
    status, headers, _ = http(server.url + "sparql", headers=origin, method="OPTIONS")
    assert "Access-Control-Allow-Origin" not in headers
    open_server = start(store_dir, workers=1, cors_origins=("https://notebook.example.org",))
    try:
        status, headers, _ = http(open_server.url + "sparql", headers=origin, method="OPTIONS")
        assert status == 204 and headers["Access-Control-Allow-Origin"] == origin["Origin"]
        assert "Content-Type" in headers["Access-Control-Allow-Headers"]
        query = urllib.parse.urlencode({"query": COUNT_OBS})
        _, headers, _ = http(f"{open_server.url}sparql?{query}", headers=origin)
        assert headers["Access-Control-Allow-Origin"] == origin["Origin"]
        _, headers, _ = http(f"{open_server.url}sparql?{query}", headers={"Origin": "https://elsewhere.example"})
        assert "Access-Control-Allow-Origin" not in headers
    finally:
        stop(open_server)


# -- linked data and the query page -----------------------------------------------------------------------------------


def test_entity_html_for_browsers_and_rdf_for_clients(server: SparqlServer) -> None:
    path = "report/lai-chau-2021-H1-88/obs/100"
    status, headers, body = http(server.url + path, headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    page = body.decode()
    assert 'href="/id/indicator/grdp"' in page and "GRDP" in page and "pk:refArea" in page
    status, headers, body = http(server.url + path, headers={"Accept": "text/turtle"})
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    assert len(list(parse(body, RdfFormat.TURTLE))) == 14
    status, _, body = http(server.url + path, headers={"Accept": "application/ld+json"})
    assert status == 200 and len(list(parse(body, RdfFormat.JSON_LD))) == 14
    status, _, body = http(server.url + path + "?format=ntriples")
    assert status == 200 and len(body.decode().strip().splitlines()) == 14
    assert http(server.url + "id/indicator/none", headers={"Accept": "text/turtle"})[0] == 404
    assert http(server.url + "id/indicator/none", headers={"Accept": "text/html"})[0] == 404


def test_ontology_html_and_turtle(server: SparqlServer) -> None:
    status, headers, body = http(server.url + "ontology", headers={"Accept": "text/html"})
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "<title>provkg ontology" in body.decode() and "script-src 'none'" in headers["Content-Security-Policy"]
    status, headers, body = http(server.url + "ontology", headers={"Accept": "text/turtle"})
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    triples = list(parse(body, RdfFormat.TURTLE))
    assert any(t.object.value == "http://www.w3.org/2002/07/owl#Ontology" for t in triples)


def test_query_page_is_self_contained(server: SparqlServer) -> None:
    status, headers, body = http(server.url + "plain", headers={"Accept": "text/html"})  # / is the editor if installed
    assert status == 200 and "default-src 'self'" in headers["Content-Security-Policy"]
    page = body.decode()
    assert '<textarea id="query"' in page and 'id="run"' in page
    assert "http://" not in page and "https://" not in page  # no CDN: every asset comes from this server
    assert http(server.url + "static/app.js")[0] == 200 and http(server.url + "static/app.css")[0] == 200
    assert http(server.url + "static/..%2Fserver.py")[0] == 404
    status, _, body = http(server.url + "queries.json")
    listing = json.loads(body)
    assert status == 200 and listing and all(q["sparql"] and q["question"] for q in listing)


def test_context_is_published(server: SparqlServer) -> None:
    status, headers, body = http(server.url + "context.jsonld")
    assert status == 200 and headers["Content-Type"] == "application/ld+json"
    assert "@context" in json.loads(body)


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is missing under CI: .ci/run installs it (apt-get install -y chromium)")
        pytest.skip("chromium is not installed (apt-get install -y chromium)")
    return found


class Browser:
    """Headless Chromium driven over the DevTools protocol on a pipe (fds 3 and 4): no extra package needed."""

    def __init__(self, binary: str, profile: Path) -> None:
        command_read, command_write = os.pipe()
        event_read, event_write = os.pipe()
        # copies above 4, so that placing them at 3 and 4 in the child cannot overwrite one with the other
        high_read = fcntl.fcntl(command_read, fcntl.F_DUPFD, 10)
        high_write = fcntl.fcntl(event_write, fcntl.F_DUPFD, 10)

        def place_pipes() -> None:
            os.dup2(high_read, 3)
            os.dup2(high_write, 4)

        self.process = subprocess.Popen(
            [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
             f"--user-data-dir={profile}", "--remote-debugging-pipe", "about:blank"],
            preexec_fn=place_pipes, close_fds=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        for fd in (command_read, event_write, high_read, high_write):
            os.close(fd)
        self.commands = os.fdopen(command_write, "wb")
        self.events = event_read
        self.pending = b""
        self.last_id = 0
        self.session = ""

    def call(self, method: str, **params: object) -> dict:
        self.last_id += 1
        message: dict[str, object] = {"id": self.last_id, "method": method, "params": params}
        if self.session:
            message["sessionId"] = self.session
        self.commands.write(json.dumps(message).encode() + b"\0")
        self.commands.flush()
        while True:
            while b"\0" not in self.pending:
                ready, _, _ = select.select([self.events], [], [], 60)
                assert ready, f"chromium did not answer {method} within 60 s"
                chunk = os.read(self.events, 1 << 16)
                assert chunk, "chromium closed the DevTools pipe"
                self.pending += chunk
            raw, self.pending = self.pending.split(b"\0", 1)
            reply = json.loads(raw)
            if reply.get("id") == self.last_id:
                assert "error" not in reply, reply["error"]
                return reply["result"]

    def open(self, url: str) -> None:
        target = self.call("Target.createTarget", url=url)["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]

    def evaluate(self, expression: str) -> object:
        return self.call("Runtime.evaluate", expression=expression, returnByValue=True)["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 30) -> object:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.1)
        raise AssertionError(f"timed out waiting for {expression}")

    def close(self) -> None:
        self.process.kill()
        self.process.wait()


def test_chromium_runs_a_query_on_the_page(server: SparqlServer, tmp_path: Path) -> None:
    browser = Browser(_chromium(), tmp_path / "profile")
    try:
        browser.open(server.url + "plain")  # the plain page (/ is the YASGUI editor when installed: test_pages.py)
        # the research questions of queries/ are listed, one click away
        assert browser.wait_for("document.querySelectorAll('#query-list button').length") == len(named_queries())
        sparql = "SELECT ?obs ?v WHERE { ?obs pk:indicator pki:rice-output ; pk:refArea pka:sin-ho ; pk:value ?v }"
        browser.evaluate(f"document.getElementById('query').value = {json.dumps(sparql)}; "
                         "document.getElementById('run').click()")
        assert browser.wait_for("document.getElementById('status').textContent.match(/\\d+ rows? in/)")
        rows = browser.evaluate("[...document.querySelectorAll('#result-table tbody tr')].map(r => r.innerText)")
        assert isinstance(rows, list) and len(rows) == 2
        links = browser.evaluate("[...document.querySelectorAll('#result-table a')].map(a => a.getAttribute('href'))")
        assert all(str(link).startswith("/report/lai-chau-2021-H1-88/obs/") for link in links)  # type: ignore[union-attr]
        # a malformed query shows the parser's message
        browser.evaluate("document.getElementById('query').value = 'SELECT ?s WHERE { ?s ?p }'; "
                         "document.getElementById('run').click()")
        assert "at line 1, column" in str(browser.wait_for("!document.getElementById('error').hidden && "
                                                     "document.getElementById('error').textContent"))
        # one click on a research question loads and runs it
        first = named_queries()[0]
        browser.evaluate(f"document.querySelector('#query-list button[data-name={json.dumps(first.name)}]').click()")
        assert browser.wait_for("document.getElementById('status').textContent.includes('rows')")
        assert browser.evaluate("document.getElementById('query').value") == first.sparql
    finally:
        browser.close()


def test_cli_serve_subprocess(store_dir: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [PROVKG, "serve", "--store", str(store_dir), "--port", str(port), "--workers", "1"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        url = f"http://127.0.0.1:{port}/sparql?" + urllib.parse.urlencode({"query": COUNT_OBS})
        deadline = time.monotonic() + 30
        while True:
            try:
                status, _, body = http(url, headers={"Accept": "text/csv"})
                break
            except urllib.error.URLError:
                assert process.poll() is None, process.stderr.read() if process.stderr else ""
                assert time.monotonic() < deadline
                time.sleep(0.2)
        assert status == 200 and body.decode().split()[1] == "24"
    finally:
        process.terminate()
        process.wait(10)


def test_cli_serve_missing_store(tmp_path: Path) -> None:
    result = subprocess.run([PROVKG, "serve", "--store", str(tmp_path / "none")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "run `provkg build` first" in result.stderr
