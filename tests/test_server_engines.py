"""The way out to a server engine: `provkg push` into Virtuoso open source and an Oxigraph server, each started on
127.0.0.1 by the test, and the shipped query sets answered there as by the embedded store (decimals and row
order normalised)."""

from __future__ import annotations

import base64
import http.server
import re
import shutil
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest
from click.testing import CliRunner

from provkg.cli import main
from provkg.core.errors import InputError
from provkg.core.paths import data_dir
from provkg.pipeline.build import build
from provkg.publish.remote import push, remote_query
from provkg.store.query import named_queries, run_query
from provkg.store.store import KnowledgeStore
from test_remote import free_port, oxigraph  # noqa: F401  (the fixture)

VIRTUOSO = shutil.which("virtuoso-t")
VIRTUOSO_USER, VIRTUOSO_PASSWORD = "dba", "dba"  # a fresh database's administrator (loopback only, test only)


def _wait_for(url: str, process: subprocess.Popen[bytes], log: Path, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except (urllib.error.URLError, ConnectionError):
            if process.poll() is not None:
                pytest.fail(f"the server stopped: {log.read_text(errors='replace')[-2000:] if log.exists() else ''}")
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.3)


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Virtuoso open source (Debian's virtuoso-opensource, installed by scripts/install.sh) with a new database
    in a temporary folder, listening on 127.0.0.1 only; yields its base URL."""
    if VIRTUOSO is None:
        pytest.skip("virtuoso-t is not installed (Debian package virtuoso-opensource; scripts/install.sh as root)")
    folder = tmp_path_factory.mktemp("virtuoso")
    http_port, sql_port = free_port(), free_port()
    (folder / "virtuoso.ini").write_text(f"""[Database]
DatabaseFile = {folder}/virtuoso.db
ErrorLogFile = {folder}/virtuoso.log
LockFile = {folder}/virtuoso.lck
TransactionFile = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {folder}/virtuoso-temp.db
TransactionFile = {folder}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
CaseMode = 2
DirsAllowed = ., {folder}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {folder}
ServerThreads = 4
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 300
""", encoding="utf-8")
    process = subprocess.Popen([VIRTUOSO, "+configfile", str(folder / "virtuoso.ini"), "+foreground"],
                               cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{http_port}"
    try:
        _wait_for(f"{base}/sparql?query=ASK%7B%7D", process, folder / "virtuoso.log")
        yield base
    finally:
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled data built as `provkg build` does (reports, summaries, reference data)."""
    folder = tmp_path_factory.mktemp("built") / "store"
    build(folder)
    return folder


_BOOLEANS = {"true": "1", "false": "0"}  # Virtuoso answers an xsd:boolean as the integer 1 or 0


def _cell(value: str | None) -> str | None:
    """A cell as the servers agree on it: numbers to 9 significant digits (1.50, 1.5 and 1.5E0 alike; an average
    may be computed to another precision), booleans as 1 and 0, everything else as it is."""
    if value is None:
        return None
    value = _BOOLEANS.get(value, value)
    try:
        number = Decimal(value)
    except InvalidOperation:
        return value
    return f"{float(number):.9g}" if number.is_finite() else value


def _normalised(rows: list[list[str | None]], sparql: str) -> list[tuple[str | None, ...]]:
    """Rows in one order, numbers normalised, and the parts of a GROUP_CONCAT in one order (SPARQL leaves the
    order of the parts to the engine)."""
    separators = re.findall(r'SEPARATOR\s*=\s*"([^"]+)"', sparql)

    def cell(value: str | None) -> str | None:
        for separator in separators:
            if value is not None and separator in value:
                return separator.join(sorted(str(_cell(part)) for part in value.split(separator)))
        return _cell(value)

    return sorted((tuple(cell(c) for c in row) for row in rows), key=lambda row: tuple(c or "" for c in row))


def shipped_queries() -> list[tuple[str, str]]:
    """The research queries of queries/, the benchmark queries and their twins on the summary graphs."""
    folders = (data_dir("benchmarks") / "queries", data_dir("benchmarks") / "queries" / "summaries")
    bench = [(f"{path.parent.name}/{path.stem}", path.read_text(encoding="utf-8"))
             for folder in folders for path in sorted(folder.glob("*.rq"))]
    return [(f"queries/{q.name}", q.sparql) for q in named_queries()] + bench


def _same_answers(store_dir: Path, query_url: str) -> None:
    with KnowledgeStore.open(store_dir, read_only=True) as store:
        answered = 0
        for name, sparql in shipped_queries():
            local = run_query(store, sparql)
            remote = remote_query(query_url, sparql)
            assert remote.columns == local.columns, name
            assert _normalised(remote.rows, sparql) == _normalised(local.rows, sparql), name
            answered += bool(local.rows)
    assert answered >= 10  # the comparison is not one of empty answers


def test_push_to_virtuoso_and_same_answers(virtuoso: str, built: Path) -> None:
    with KnowledgeStore.open(built, read_only=True) as store:
        expected = {g: len(list(store.quads(g))) for g in store.graphs()}
        # Graph Store Protocol, Digest authentication (Virtuoso's -auth endpoint)
        summary = push(store, virtuoso + "/sparql-graph-crud-auth", user=VIRTUOSO_USER, password=VIRTUOSO_PASSWORD)
    assert summary.graphs == expected
    sizes = _virtuoso_sizes(virtuoso)
    assert {g: sizes.get(g) for g in expected} == expected
    _same_answers(built, virtuoso + "/sparql")


def _virtuoso_sizes(base: str) -> dict[str, int]:
    table = remote_query(base + "/sparql", "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {g: int(n) for g, n in table.rows if g and n}  # type: ignore[arg-type]


def test_push_to_virtuoso_by_update_replaces_graphs(virtuoso: str, built: Path) -> None:
    with KnowledgeStore.open(built, read_only=True) as store:
        report = next(g for g in store.graphs() if "/report/" in g)
        push(store, virtuoso + "/sparql-auth", protocol="update", graphs=[report], user=VIRTUOSO_USER,
             password=VIRTUOSO_PASSWORD)
        push(store, virtuoso + "/sparql-auth", protocol="update", graphs=[report], user=VIRTUOSO_USER,
             password=VIRTUOSO_PASSWORD)  # twice: replaced, not doubled
        assert _virtuoso_sizes(virtuoso)[report] == len(list(store.quads(report)))


def test_virtuoso_refuses_wrong_credentials(virtuoso: str, built: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["push", "--endpoint", virtuoso + "/sparql-graph-crud-auth", "--store", str(built),
                                  "--user", VIRTUOSO_USER, "--password", "wrong"])
    assert result.exit_code == 2 and "HTTP 401" in result.output, result.output


def test_push_to_oxigraph_server_and_same_answers(oxigraph: str, built: Path) -> None:  # noqa: F811
    result = CliRunner().invoke(main, ["push", "--endpoint", oxigraph + "/store", "--store", str(built)])
    assert result.exit_code == 0, result.output
    _same_answers(built, oxigraph + "/query")


class _Guarded(http.server.BaseHTTPRequestHandler):
    """A store that takes a PUT only with Basic credentials user:secret, or the bearer token t0ken."""

    received: list[tuple[str, str | None, int]] = []

    def do_PUT(self) -> None:  # noqa: N802 (the http.server API)
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        authorization = self.headers.get("Authorization")
        self.received.append((self.command, authorization, len(body)))
        allowed = {"Basic " + base64.b64encode(b"user:secret").decode(), "Bearer t0ken"}
        if authorization in allowed:
            self.send_response(204)
        else:
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="store"')
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def guarded() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Guarded)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Guarded.received = []
    yield f"http://127.0.0.1:{server.server_address[1]}/store"
    server.shutdown()
    server.server_close()


def test_push_answers_a_basic_challenge_and_sends_a_token(guarded: str, built: Path) -> None:
    with KnowledgeStore.open(built, read_only=True) as store:
        summary = push(store, guarded, user="user", password="secret")
        # one empty probe for the challenge, then every graph sent with its credentials from the start
        assert [(auth is None, size == 0) for _, auth, size in _Guarded.received[:1]] == [(True, True)]
        assert all(auth and auth.startswith("Basic ") for _, auth, _ in _Guarded.received[1:])
        assert len(_Guarded.received) == 1 + len(summary.graphs)
        _Guarded.received = []
        push(store, guarded, token="t0ken")
        assert {auth for _, auth, _ in _Guarded.received} == {"Bearer t0ken"}
        with pytest.raises(InputError, match="HTTP 401"):
            push(store, guarded, user="user", password="wrong")
        with pytest.raises(InputError, match="either a token or a user"):
            push(store, guarded, user="user", password="secret", token="t0ken")
