"""Server engines next to the embedded store (issue 17): an Oxigraph server and Virtuoso open source started on
127.0.0.1 with a database of their own, the store pushed into them, the query sets timed there, and the answers
compared with the embedded store's after normalising numbers, booleans and row order.

Used by `provkg bench --servers` and by the tests of `provkg push` (tests/test_server_engines.py).
"""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

VIRTUOSO_USER, VIRTUOSO_PASSWORD = "dba", "dba"  # a new database's administrator: loopback and throwaway only


@dataclass(frozen=True)
class Server:
    """A running server: where to push (Graph Store Protocol, SPARQL Update) and where to query."""

    engine: str
    base: str
    store: str
    update: str
    query: str
    user: str | None = None
    password: str | None = None


class ServerUnavailable(Exception):
    """The server's program is not installed (the reason is the message)."""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_for(url: str, process: subprocess.Popen[bytes], log: Path | None, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except (urllib.error.URLError, ConnectionError):
            if process.poll() is not None:
                tail = log.read_text(errors="replace")[-2000:] if log is not None and log.exists() else ""
                raise RuntimeError(f"the server stopped (exit code {process.returncode}): {tail}") from None
            if time.monotonic() > deadline:
                raise RuntimeError(f"the server did not answer {url} within {seconds:g} s") from None
            time.sleep(0.3)


@contextmanager
def _running(command: list[str], ready: str, cwd: Path, log: Path | None) -> Iterator[subprocess.Popen[bytes]]:
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for(ready, process, log)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def oxigraph_binary() -> str | None:
    """The `oxigraph` server CLI (PyPI package oxigraph) beside this Python, or on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.exists() else shutil.which("oxigraph")


@contextmanager
def oxigraph_server(folder: Path) -> Iterator[Server]:
    """An Oxigraph server (union default graph, as the embedded store queries) with its database in ``folder``."""
    binary = oxigraph_binary()
    if binary is None:
        raise ServerUnavailable("the oxigraph server CLI is not installed (pip install oxigraph)")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [binary, "serve", "--location", str(folder / "oxigraph"), "--bind", f"127.0.0.1:{port}",
               "--union-default-graph"]
    folder.mkdir(parents=True, exist_ok=True)
    with _running(command, f"{base}/query?query=ASK%7B%7D", folder, None):
        yield Server("oxigraph", base, f"{base}/store", f"{base}/update", f"{base}/query")


_VIRTUOSO_INI = """[Database]
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
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {folder}
ServerThreads = 4
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 10000000
MaxQueryExecutionTime = 600
"""


@contextmanager
def virtuoso_server(folder: Path, memory_mb: int = 2000) -> Iterator[Server]:
    """Virtuoso open source (Debian package virtuoso-opensource) with a new database in ``folder``, listening on
    127.0.0.1 only; ``memory_mb`` sizes its page buffers (8 KB each; Virtuoso's guide: about 2/3 of the RAM it may
    use). Writes go to the endpoints with Digest authentication (-auth), as the administrator of the new database."""
    binary = shutil.which("virtuoso-t")
    if binary is None:
        raise ServerUnavailable("virtuoso-t is not installed (Debian package virtuoso-opensource; scripts/install.sh)")
    folder.mkdir(parents=True, exist_ok=True)
    http_port, sql_port = free_port(), free_port()
    buffers = max(10000, memory_mb * 1024 // 8 * 2 // 3)
    (folder / "virtuoso.ini").write_text(_VIRTUOSO_INI.format(folder=folder, sql_port=sql_port, http_port=http_port,
                                                              buffers=buffers, dirty=buffers * 3 // 4),
                                         encoding="utf-8")
    base = f"http://127.0.0.1:{http_port}"
    command = [binary, "+configfile", str(folder / "virtuoso.ini"), "+foreground"]
    with _running(command, f"{base}/sparql?query=ASK%7B%7D", folder, folder / "virtuoso.log"):
        yield Server("virtuoso", base, f"{base}/sparql-graph-crud-auth", f"{base}/sparql-auth", f"{base}/sparql",
                     VIRTUOSO_USER, VIRTUOSO_PASSWORD)


# ---------------------------------------------------------------------------------------------- answers

_BOOLEANS = {"true": "1", "false": "0"}  # Virtuoso answers an xsd:boolean as the integer 1 or 0


def _cell(value: str | None) -> str | None:
    """A cell as the engines agree on it: numbers to 9 significant digits (1.50, 1.5 and 1.5E0 alike; an average
    may be computed to another precision), booleans as 1 and 0, an empty text as unbound (Virtuoso leaves a
    GROUP_CONCAT over no value unbound where the standard makes it ""), everything else as it is."""
    if value is None or value == "":
        return None
    value = _BOOLEANS.get(value, value)
    try:
        number = Decimal(value)
    except InvalidOperation:
        return value
    return f"{float(number):.9g}" if number.is_finite() else value


def normalised_rows(rows: list[list[str | None]], sparql: str) -> list[tuple[str | None, ...]]:
    """Rows in one order, cells normalised (``_cell``), and the parts of a GROUP_CONCAT in one order (SPARQL
    leaves their order to the engine)."""
    separators = re.findall(r'SEPARATOR\s*=\s*"([^"]+)"', sparql)

    def cell(value: str | None) -> str | None:
        for separator in separators:
            if value is not None and separator in value:
                return separator.join(sorted(str(_cell(part)) for part in value.split(separator)))
        return _cell(value)

    return sorted((tuple(cell(c) for c in row) for row in rows), key=lambda row: tuple(c or "" for c in row))


# ---------------------------------------------------------------------------------------------- measurement

SERVERS = {"oxigraph": oxigraph_server, "virtuoso": virtuoso_server}


def measure_servers(store_dir: Path, work: Path, *, repeats: int = 5) -> dict[str, object]:
    """Push the store at ``store_dir`` into each server engine and time the benchmark queries there (p50 over
    HTTP, JSON results parsed) next to the embedded store's at the same moment; whether each answer is the
    embedded store's after normalising. A server whose program is absent is reported as unavailable."""
    from provkg.bench.measure import SUMMARY_QUERIES, _log, _timed_queries, load_bench_queries
    from provkg.core.paths import data_dir
    from provkg.publish.remote import push, remote_query
    from provkg.store.query import run_query
    from provkg.store.store import KnowledgeStore

    queries = load_bench_queries() + load_bench_queries(data_dir("benchmarks") / "queries" / SUMMARY_QUERIES)
    out: dict[str, object] = {}
    with KnowledgeStore.open(store_dir, read_only=True) as store:
        expected = {q.name: normalised_rows(run_query(store, q.sparql).rows, q.sparql) for q in queries}
        out["embedded"] = {"queries": _timed_queries(lambda sparql: len(run_query(store, sparql).rows), queries,
                                                     repeats)}
        for engine, start in SERVERS.items():
            try:
                with start(work / engine) as server:
                    _log(f"pushing the store into {engine} ...")
                    began = time.perf_counter()
                    summary = push(store, server.store, user=server.user, password=server.password)
                    pushed = time.perf_counter() - began
                    _log(f"querying {engine} ...")

                    def run(sparql: str, url: str = server.query) -> int:
                        return len(remote_query(url, sparql).rows)

                    timed = _timed_queries(run, queries, repeats)
                    for query in queries:
                        rows = normalised_rows(remote_query(server.query, query.sparql).rows, query.sparql)
                        timed[query.name]["same_answer"] = rows == expected[query.name]  # type: ignore[assignment]
                    out[engine] = {"push_seconds": round(pushed, 2), "triples": summary.triples,
                                   "triples_per_s": round(summary.triples / pushed), "queries": timed}
            except ServerUnavailable as exc:
                out[engine] = {"unavailable": str(exc)}
    return out
