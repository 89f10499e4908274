"""The way out to a server engine: `provkg push` into Virtuoso open source and an Oxigraph server, each started on
127.0.0.1 by the test, and the shipped query sets answered there as by the embedded store (decimals and row
order normalised)."""

from __future__ import annotations

import base64
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from provkg.bench.servers import Server, ServerUnavailable, normalised_rows, virtuoso_server
from provkg.cli import main
from provkg.core.errors import InputError
from provkg.core.paths import data_dir
from provkg.pipeline.build import build
from provkg.publish.remote import push, remote_query
from provkg.serve.server import ServeOptions, make_server
from provkg.store.query import named_queries, run_query
from provkg.store.store import KnowledgeStore
from provkg.store.summaries import is_report_graph
from test_remote import oxigraph  # noqa: F401  (the fixture)


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Virtuoso open source with a new database, on 127.0.0.1 (skipped, with the reason, when not installed)."""
    try:
        with virtuoso_server(tmp_path_factory.mktemp("virtuoso"), memory_mb=200) as server:
            yield server
    except ServerUnavailable as exc:
        pytest.skip(str(exc))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled data built as `provkg build` does (reports, summaries, reference data)."""
    folder = tmp_path_factory.mktemp("built") / "store"
    build(folder)
    return folder


def shipped_queries() -> list[tuple[str, str]]:
    """The research queries of queries/, the benchmark queries and their twins on the summary graphs."""
    folders = (data_dir("benchmarks") / "queries", data_dir("benchmarks") / "queries" / "summaries")
    bench = [(f"{path.parent.name}/{path.stem}", path.read_text(encoding="utf-8"))
             for folder in folders for path in sorted(folder.glob("*.rq"))]
    return [(f"queries/{q.name}", q.sparql) for q in named_queries()] + bench


# Where an engine departs from SPARQL 1.1 on a shipped query: the query, and why (docs/deployment.md). The test
# checks the departure is still there, so that the entry goes when the engine or the query changes.
DEPARTURES = {
    "virtuoso": {
        "queries/open-findings": "an OPTIONAL inside GRAPH that names a variable bound outside it (?report) drops "
                                 "every row in Virtuoso 7.2 (it substitutes the outer binding instead of joining "
                                 "bottom-up); the OPTIONAL outside the GRAPH block would be read alike by both",
    },
}


def _same_answers(store_dir: Path, query_url: str, engine: str) -> None:
    departures = DEPARTURES.get(engine, {})
    with KnowledgeStore.open(store_dir, read_only=True) as store:
        answered = 0
        for name, sparql in shipped_queries():
            local = run_query(store, sparql)
            remote = remote_query(query_url, sparql)
            assert remote.columns == local.columns, name
            same = normalised_rows(remote.rows, sparql) == normalised_rows(local.rows, sparql)
            assert same != (name in departures), (name, departures.get(name, "differs"))
            answered += bool(local.rows)
    assert answered >= 10  # the comparison is not one of empty answers


def test_push_to_virtuoso_and_same_answers(virtuoso: Server, built: Path) -> None:
    with KnowledgeStore.open(built, read_only=True) as store:
        expected = {g: len(list(store.quads(g))) for g in store.graphs()}
        # Graph Store Protocol, Digest authentication (Virtuoso's -auth endpoint)
        summary = push(store, virtuoso.store, user=virtuoso.user, password=virtuoso.password)
    assert summary.graphs == expected
    sizes = _graph_sizes(virtuoso.query)
    assert {g: sizes.get(g) for g in expected} == expected
    _same_answers(built, virtuoso.query, "virtuoso")


def test_serve_forwards_the_query_page_to_virtuoso(virtuoso: Server, built: Path, tmp_path: Path) -> None:
    """`provkg serve --endpoint`: every shipped query sent to the server's /sparql is answered by Virtuoso, as
    the embedded store answers it (the serving store is an empty one, so no answer can come from it)."""
    with KnowledgeStore.open(built, read_only=True) as store:
        push(store, virtuoso.store, user=virtuoso.user, password=virtuoso.password)
    empty = tmp_path / "serving"
    KnowledgeStore.open(empty, create=True).close()
    server = make_server(empty, ServeOptions(port=0, workers=1, endpoint=virtuoso.query))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        _same_answers(built, server.url + "sparql", "virtuoso")
    finally:
        server.shutdown()
        server.server_close()


def _graph_sizes(query_url: str) -> dict[str, int]:
    table = remote_query(query_url, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {g: int(n) for g, n in table.rows if g and n}


def test_push_to_virtuoso_by_update_replaces_graphs(virtuoso: Server, built: Path) -> None:
    with KnowledgeStore.open(built, read_only=True) as store:
        report = next(g for g in store.graphs() if is_report_graph(g))
        for _ in range(2):  # twice: replaced, not doubled
            push(store, virtuoso.update, protocol="update", graphs=[report], user=virtuoso.user,
                 password=virtuoso.password)
        assert _graph_sizes(virtuoso.query)[report] == len(list(store.quads(report)))


def test_virtuoso_refuses_wrong_credentials(virtuoso: Server, built: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["push", "--endpoint", virtuoso.store, "--store", str(built),
                                  "--user", str(virtuoso.user), "--password", "wrong"])
    assert result.exit_code == 2 and "HTTP 401" in result.output, result.output


def test_push_to_oxigraph_server_and_same_answers(oxigraph: str, built: Path) -> None:  # noqa: F811
    result = CliRunner().invoke(main, ["push", "--endpoint", oxigraph + "/store", "--store", str(built)])
    assert result.exit_code == 0, result.output
    _same_answers(built, oxigraph + "/query", "oxigraph")


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


def test_the_bench_times_the_queries_on_both_engines(built: Path, tmp_path: Path) -> None:
    from provkg.bench.servers import measure_servers

    measured = measure_servers(built, tmp_path, repeats=1)
    names = set(measured["embedded"]["queries"])  # type: ignore[index]
    for engine in ("oxigraph", "virtuoso"):
        result = measured[engine]
        if "unavailable" in result:  # type: ignore[operator]
            continue  # the fixtures above skip with the reason
        assert set(result["queries"]) == names  # type: ignore[index]
        assert all(q["same_answer"] for q in result["queries"].values()), result  # type: ignore[index]
        assert result["push_seconds"] > 0  # type: ignore[index]
