"""Load test for `provkg serve`: C concurrent clients each send M SPARQL queries, first alone (the baseline), then
while S slow queries keep running; prints p50/p95, throughput and errors of both runs side by side.

    python benchmarks/load_serve.py [--store DIR | --url http://127.0.0.1:7879/] [--clients 8] [--queries 200]
                                    [--slow 2] [--workers N] [--timeout 30]

With --store (default ./store, built by `provkg build`) the script starts `provkg serve` in a process of its own
on a free port; with --url it loads an already running endpoint. The queries are those of queries/ (the research
questions), sent in turn over HTTP keep-alive connections. A slow query is a five-way cross join of every triple
that runs until the endpoint's time limit stops it; each slow client sends it again as soon as it is answered.
Errors are the load clients' non-200 answers; the slow clients' own 503s are expected and counted apart.
The target of issue 15: 0 errors and p95 with the slow queries at most 3x the baseline's.
Exit status 1 when any load request failed.
"""

from __future__ import annotations

import argparse
import http.client
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from provkg.store.query import named_queries
from provkg.store.store import default_store_dir

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o2 }"


def post(connection: http.client.HTTPConnection, path: str, sparql: str) -> tuple[int, bytes]:
    connection.request("POST", path, urlencode({"query": sparql}), {
        "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json",
    })
    response = connection.getresponse()
    return response.status, response.read()


def client(url: str, queries: list[str], count: int, offset: int, latencies: list[float], errors: list[str]) -> None:
    parts = urlsplit(url)
    path = parts.path.rstrip("/") + "/sparql"
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=120)
    for i in range(count):
        began = time.perf_counter()
        try:
            status, payload = post(connection, path, queries[(offset + i) % len(queries)])
            if status != 200:
                errors.append(f"HTTP {status}: {payload[:200]!r}")
        except (OSError, http.client.HTTPException) as exc:
            errors.append(repr(exc))
            connection.close()
            connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=120)
        latencies.append(time.perf_counter() - began)
    connection.close()


def slow_client(url: str, stop: threading.Event, answers: list[int]) -> None:
    parts = urlsplit(url)
    while not stop.is_set():
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=600)
        try:
            answers.append(post(connection, parts.path.rstrip("/") + "/sparql", SLOW)[0])
        except (OSError, http.client.HTTPException):
            answers.append(0)
        finally:
            connection.close()


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def run(url: str, queries: list[str], clients: int, count: int, slow: int) -> dict[str, float]:
    latencies: list[float] = []
    errors: list[str] = []
    stop = threading.Event()
    slow_answers: list[int] = []
    slow_threads = [threading.Thread(target=slow_client, args=(url, stop, slow_answers), daemon=True)
                    for _ in range(slow)]
    for thread in slow_threads:
        thread.start()
    if slow:
        time.sleep(3.0)  # the slow queries are running (and moved aside) before the load starts
    threads = [threading.Thread(target=client, args=(url, queries, count, n * 3, latencies, errors))
               for n in range(clients)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    stop.set()
    for error in errors[:5]:
        print("  error: " + error, file=sys.stderr)
    return {
        "requests": len(latencies), "seconds": elapsed, "per_second": len(latencies) / elapsed,
        "p50_ms": percentile(latencies, 0.5) * 1000, "p95_ms": percentile(latencies, 0.95) * 1000,
        "max_ms": max(latencies) * 1000, "mean_ms": statistics.mean(latencies) * 1000, "errors": len(errors),
        "slow_answers": len(slow_answers), "slow_running": slow,
    }


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(store: Path, workers: int | None, timeout: float) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    command = [str(Path(sys.executable).parent / "provkg"), "serve", "--store", str(store), "--port", str(port),
               "--timeout", str(timeout), *(["--workers", str(workers)] if workers else [])]
    server = subprocess.Popen(command, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            if server.poll() is not None:
                message = server.stderr.read().decode() if server.stderr else ""
                raise SystemExit(f"the server did not start: {message}") from None
            time.sleep(0.2)
    if server.stderr is not None:
        print(server.stderr.readline().decode().strip())
        drain = server.stderr  # keep reading, so that the server never blocks on a full pipe
        threading.Thread(target=lambda: [None for _ in drain], daemon=True).start()
    return server, url


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", type=Path, default=None, help="store to serve (default ./store or $PROVKG_STORE)")
    parser.add_argument("--url", default=None, help="load a running endpoint instead of starting one")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--queries", type=int, default=200, help="queries per client")
    parser.add_argument("--slow", type=int, default=2, help="slow queries kept running in the second run")
    parser.add_argument("--workers", type=int, default=None, help="query workers of the started server")
    parser.add_argument("--timeout", type=float, default=30.0, help="time limit of the started server, s")
    args = parser.parse_args()

    queries = [q.sparql for q in named_queries()]
    server = None
    url = args.url
    if url is None:
        server, url = start_server(args.store or default_store_dir(), args.workers, args.timeout)
    try:
        client(url, queries, len(queries), 0, [], [])  # warm-up: every query once
        baseline = run(url, queries, args.clients, args.queries, 0)
        loaded = run(url, queries, args.clients, args.queries, args.slow)
    finally:
        if server is not None:
            server.terminate()
            server.wait(30)
    print(f"{args.clients} clients x {args.queries} queries ({len(queries)} distinct), {os.cpu_count()} cores")
    print(f"{'':24}{'baseline':>12}{f'+ {args.slow} slow':>12}{'ratio':>8}")
    for key, label in (("p50_ms", "p50, ms"), ("p95_ms", "p95, ms"), ("max_ms", "max, ms"), ("mean_ms", "mean, ms"),
                       ("per_second", "requests/s"), ("errors", "errors"), ("slow_answers", "slow queries ended")):
        ratio = f"{loaded[key] / baseline[key]:.2f}" if baseline[key] else ""
        print(f"{label:24}{baseline[key]:>12.1f}{loaded[key]:>12.1f}{ratio:>8}")
    target = loaded["errors"] == 0 and baseline["errors"] == 0 and loaded["p95_ms"] <= 3 * baseline["p95_ms"]
    print(f"target (0 errors, p95 <= 3x baseline): {'met' if target else 'NOT met'}")
    return 1 if baseline["errors"] or loaded["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
