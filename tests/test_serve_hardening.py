"""`provkg serve` against hostile requests: each probe is refused cleanly (4xx/503, one message), no outbound
connection is made, and the server keeps answering."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from provkg.serve.guard import HttpError, content_length, remote_targets
from provkg.serve.server import SparqlServer
from provkg.serve.workers import QueryPool, apply_network_wall
from provkg.store.nesting import MAX_NESTING, nesting_depth
from test_server import COUNT_OBS, PROVKG, SLOW, Listener, get_query, http, start, stop
from test_server import store_dir as store_dir  # noqa: F401 - the module's store fixture

ESCAPED_QUOTE_SERVICE = (
    "PREFIX x: <http://example.org/>\n"
    "SELECT * WHERE {{ ?s x:a\\' ?o . SERVICE <http://127.0.0.1:{port}/sparql> {{ ?a ?b ?c }} }}"
)
# A cross product of three VALUES blocks sorted: about a billion rows, far more memory than any bound here.
_VALUES = " ".join(str(i) for i in range(1000))
MEMORY_HOG = (f"SELECT ?a ?b ?c WHERE {{ VALUES ?a {{ {_VALUES} }} VALUES ?b {{ {_VALUES} }} "
              f"VALUES ?c {{ {_VALUES} }} }} ORDER BY DESC(?a) LIMIT 1")


@pytest.fixture(scope="module")
def guarded(store_dir: Path) -> Iterator[SparqlServer]:  # noqa: F811
    running = start(store_dir, timeout=20.0, workers=2, memory_limit=300 << 20, idle_timeout=2.0,
                    update_token="s3cret-token")
    yield running
    stop(running)


def raw(server: SparqlServer, request: bytes, wait: float = 10.0) -> bytes:
    """Send bytes as they are; what the server answered before closing or going quiet."""
    host, port = server.server_address[:2]
    with socket.create_connection((host, port), timeout=wait) as connection:
        connection.sendall(request)
        received = b""
        try:
            while chunk := connection.recv(65536):
                received += chunk
                if b"\r\n\r\n" in received:
                    head, _, body = received.partition(b"\r\n\r\n")
                    length = next((int(line.split(b":")[1]) for line in head.split(b"\r\n")
                                   if line.lower().startswith(b"content-length:")), 0)
                    if len(body) >= length:
                        break
        except TimeoutError:
            pass
    return received


def status_of(answer: bytes) -> int:
    return int(answer.split(b" ", 2)[1])


# -- SERVICE and LOAD: the guard reads the parse tree ---------------------------------------------------------------


def test_service_hidden_behind_an_escaped_quote_is_found_and_refused(guarded: SparqlServer) -> None:
    listener = Listener()
    try:
        sparql = ESCAPED_QUOTE_SERVICE.format(port=listener.port)
        assert remote_targets(sparql) == [("SERVICE", f"http://127.0.0.1:{listener.port}/sparql")]
        status, _, body = get_query(guarded, sparql)
        assert status == 403 and b"refused" in body
        time.sleep(0.3)
        assert listener.received == []
    finally:
        listener.close()


def test_a_query_the_guard_cannot_parse_is_refused(guarded: SparqlServer) -> None:
    status, _, body = get_query(guarded, "SELECT * WHERE { ?s ?p ?o ")
    assert status == 400 and b"cannot read this query" in body
    status, _, body = get_query(guarded, "SELECT * WHERE { ?s unknownprefix:p ?o }")
    assert status == 400 and b"refused" in body


def test_load_with_the_token_is_refused_towards_a_host_not_allowed(guarded: SparqlServer) -> None:
    listener = Listener()
    try:
        headers = {"Content-Type": "application/sparql-update", "Authorization": "Bearer s3cret-token"}
        for update in (f"LOAD <http://127.0.0.1:{listener.port}/x.ttl> INTO GRAPH <http://g/>",
                       f"PREFIX h: <http://127.0.0.1:{listener.port}/>\nLOAD SILENT h:x\\'y"):
            status, _, body = http(guarded.url + "sparql", update.encode(), headers)
            assert status == 403 and b"LOAD" in body, body
        time.sleep(0.3)
        assert listener.received == []
    finally:
        listener.close()


def test_workers_cannot_open_network_connections(store_dir: Path) -> None:  # noqa: F811
    """The second wall: a SERVICE that got past the guard (here: sent to the pool directly) reaches nobody."""
    listener = Listener()
    pool = QueryPool(store_dir, 1, 100, network_wall=True)
    try:
        job = {"query": f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{listener.port}/sparql> {{ ?s ?p ?o }} }}"}
        status, _, body, _ = pool.run(job, 10.0)
        assert status == 500 and b"Permission denied" in body, body
        time.sleep(0.3)
        assert listener.received == []
        assert pool.run({"query": COUNT_OBS, "format": "csv"}, 10.0)[0] == 200  # the worker still answers
    finally:
        pool.close()
        listener.close()


def test_the_network_wall_forbids_inet_sockets_but_not_unix_ones() -> None:
    probe = (
        "import socket, sys\n"
        "from provkg.serve.workers import apply_network_wall\n"
        "apply_network_wall()\n"
        "socket.socketpair()\n"
        "try:\n"
        "    socket.create_connection(('127.0.0.1', 9), timeout=1)\n"
        "except PermissionError:\n"
        "    sys.exit(0)\n"
        "sys.exit(1)\n"
    )
    assert subprocess.run([sys.executable, "-c", probe], timeout=60).returncode == 0
    assert callable(apply_network_wall)


class _SecretServer(BaseHTTPRequestHandler):
    def do_POST(self) -> None:  # noqa: N802 - the stdlib's naming
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = b"internal-secret-7f3a: the admin password is hunter2"
        self.send_response(500)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST

    def log_message(self, *args: object) -> None:
        pass


def test_a_remote_answer_is_never_echoed(store_dir: Path) -> None:  # noqa: F811
    remote = HTTPServer(("127.0.0.1", 0), _SecretServer)
    threading.Thread(target=remote.serve_forever, daemon=True).start()
    port = remote.server_address[1]
    allowed = start(store_dir, workers=1, timeout=10.0, allow_service=frozenset({f"127.0.0.1:{port}"}))
    try:
        status, _, body = get_query(allowed, f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> "
                                             "{ ?s ?p ?o } }")
        assert status == 502 and b"secret" not in body and b"hunter2" not in body
        assert b"not shown" in body
    finally:
        stop(allowed)
        remote.shutdown()


# -- bounds of the workers -------------------------------------------------------------------------------------------


def test_a_query_over_the_memory_bound_is_503_and_its_worker_replaced(guarded: SparqlServer) -> None:
    before = set(guarded.state.pool.worker_pids())
    status, _, body = get_query(guarded, MEMORY_HOG)
    assert status == 503 and b"more memory" in body
    status, _, body = get_query(guarded, COUNT_OBS, "text/csv")
    assert status == 200 and body.decode().split()[1] == "24"
    deadline = time.monotonic() + 30
    while len(guarded.state.pool.worker_pids()) < 2:
        assert time.monotonic() < deadline
        time.sleep(0.2)
    assert set(guarded.state.pool.worker_pids()) != before


def test_a_query_whose_client_hung_up_is_stopped(guarded: SparqlServer) -> None:
    pool = guarded.state.pool
    deadline = time.monotonic() + 30
    while len(pool.worker_pids()) < 2:
        assert time.monotonic() < deadline
        time.sleep(0.2)
    before = set(pool.worker_pids())
    host, port = guarded.server_address[:2]
    from urllib.parse import urlencode

    connection = socket.create_connection((host, port))
    connection.sendall(f"GET /sparql?{urlencode({'query': SLOW})} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
    time.sleep(0.5)
    connection.close()
    # Well before the 20 s time limit, the worker that ran it is gone.
    deadline = time.monotonic() + 5
    while before <= set(pool.worker_pids()):
        assert time.monotonic() < deadline, "the query of a client that hung up is still running"
        time.sleep(0.1)


def test_a_full_queue_answers_503_with_retry_after(store_dir: Path) -> None:  # noqa: F811
    pool = QueryPool(store_dir, 1, 100, max_waiting=1, slow_after=60)
    answers: list[object] = []

    def send() -> None:
        try:
            answers.append(pool.run({"query": SLOW}, 3.0))
        except HttpError as exc:
            answers.append(exc)

    try:
        running = threading.Thread(target=send)
        running.start()
        time.sleep(0.5)
        waiting = threading.Thread(target=send)
        waiting.start()
        time.sleep(0.3)
        with pytest.raises(HttpError) as refused:
            pool.run({"query": COUNT_OBS}, 3.0)
        assert refused.value.status == 503 and refused.value.headers["Retry-After"] == "1"
        running.join()
        waiting.join()
    finally:
        pool.close()


@contextmanager
def busy_pool(store_dir: Path, slow_after: float) -> Iterator[QueryPool]:
    """A pool of one worker, busy with a slow query."""
    pool = QueryPool(store_dir, 1, 100, slow_after=slow_after)
    try:
        threading.Thread(target=pool.run, args=({"query": SLOW}, 30.0), daemon=True).start()
        time.sleep(0.4)
        yield pool
    finally:
        pool.close()


def test_time_spent_waiting_counts_towards_the_limit(store_dir: Path) -> None:  # noqa: F811
    with busy_pool(store_dir, slow_after=60) as pool:
        began = time.monotonic()
        with pytest.raises(HttpError) as waited:
            pool.run({"query": COUNT_OBS}, 2.0, began=began)
        assert waited.value.status == 503 and "Retry-After" in waited.value.headers
        assert time.monotonic() - began < 3.0


def test_slow_queries_get_a_spare_worker(store_dir: Path) -> None:  # noqa: F811
    with busy_pool(store_dir, slow_after=0.5) as pool:
        began = time.monotonic()
        status, _, body, _ = pool.run({"query": COUNT_OBS, "format": "csv"}, 20.0)
        assert status == 200 and body.decode().split()[1] == "24"
        assert time.monotonic() - began < 15  # answered by the spare, not after the slow query


# -- the request itself ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("length, expected", [("-1", 400), ("12x", 400), ("99999999999", 413), (None, 411)])
def test_content_length_is_checked(guarded: SparqlServer, length: str | None, expected: int) -> None:
    header = f"Content-Length: {length}\r\n" if length is not None else ""
    answer = raw(guarded, f"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                          f"{header}\r\nSELECT * {{}}".encode())
    assert status_of(answer) == expected, answer[:200]


def test_content_length_unit() -> None:
    assert content_length(["12"], 100) == 12
    for values, status in ((["1", "2"], 400), (["+5"], 400), (["٣"], 400), ([], 411), (["101"], 413)):
        with pytest.raises(HttpError) as refused:
            content_length(values, 100)
        assert refused.value.status == status


def test_one_size_limit_for_every_encoding(guarded: SparqlServer) -> None:
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 1_100_000
    from urllib.parse import urlencode

    form = urlencode({"query": big}).encode()
    for content_type, body in (("application/x-www-form-urlencoded", form),
                               ("application/sparql-query", big.encode())):
        # The server answers from the headers, without reading the body (the client may still be sending it).
        answer = raw(guarded, f"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: {content_type}\r\n"
                              f"Content-Length: {len(body)}\r\n\r\n".encode() + body[:1000])
        assert status_of(answer) == 413, (content_type, answer[:200])
    status, _, _ = http(guarded.url + "sparql", urlencode({"query": big[:900_000]}).encode(),
                        {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200  # under the limit, in a form as directly
    chunked = raw(guarded, b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                           b"Transfer-Encoding: chunked\r\n\r\n5\r\nSELEC\r\n0\r\n\r\n")
    assert status_of(chunked) == 411
    assert get_query(guarded, COUNT_OBS)[0] == 200


def test_deep_nesting_is_refused_before_parsing(guarded: SparqlServer) -> None:
    deep = "SELECT * WHERE " + "{" * 5000 + " ?s ?p ?o " + "}" * 5000
    status, _, body = get_query(guarded, deep)
    assert status == 400 and b"brackets deep" in body
    assert nesting_depth('SELECT * { ?s ?p "{{{{" . ?s <http://a/(x)> ?o } # {{{{') == 1
    assert nesting_depth("SELECT * { ?s pk:a\\' (((1))) }") == 4
    assert nesting_depth("SELECT * WHERE " + "{" * MAX_NESTING + "}" * MAX_NESTING) == MAX_NESTING
    assert get_query(guarded, COUNT_OBS)[0] == 200


def test_provkg_query_exits_2_on_a_deep_query(store_dir: Path) -> None:  # noqa: F811
    deep = "SELECT * WHERE " + "{" * 5000 + " ?s ?p ?o " + "}" * 5000
    done = subprocess.run([PROVKG, "query", deep, "--store", str(store_dir)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "brackets deep" in done.stderr and "Traceback" not in done.stderr


def test_an_idle_connection_is_closed(guarded: SparqlServer) -> None:
    host, port = guarded.server_address[:2]
    with socket.create_connection((host, port), timeout=10) as connection:
        began = time.monotonic()
        assert connection.recv(100) == b""  # closed by the server after its 2 s idle timeout
        assert time.monotonic() - began < 8
    assert get_query(guarded, COUNT_OBS)[0] == 200
