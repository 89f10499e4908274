"""Load test for `provkg serve`: N concurrent clients each send M SPARQL queries; prints p50/p95 and errors.

    python benchmarks/load_serve.py [--store DIR | --url http://127.0.0.1:7878/] [--clients 8] [--queries 200]

With --store (default ./store, built by `provkg build`) the script starts the server in-process on a free port;
with --url it loads an already running endpoint. The queries are those of queries/ (the research questions),
sent in turn over HTTP keep-alive connections. Exit status 1 when any request failed.
"""

from __future__ import annotations

import argparse
import http.client
import statistics
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from provkg.store.store.query import named_queries
from provkg.store.store.store import default_store_dir

from provkg.serve.server import ServeOptions, make_server


def client(url: str, queries: list[str], count: int, offset: int, latencies: list[float], errors: list[str]) -> None:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=120)
    for i in range(count):
        sparql = queries[(offset + i) % len(queries)]
        body = urlencode({"query": sparql})
        began = time.perf_counter()
        try:
            connection.request("POST", parts.path.rstrip("/") + "/sparql", body, {
                "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json",
            })
            response = connection.getresponse()
            payload = response.read()
            if response.status != 200:
                errors.append(f"HTTP {response.status}: {payload[:200]!r}")
        except (OSError, http.client.HTTPException) as exc:
            errors.append(repr(exc))
            connection.close()
            connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=120)
        latencies.append(time.perf_counter() - began)
    connection.close()


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", type=Path, default=None, help="store to serve (default ./store or $PROVKG_STORE)")
    parser.add_argument("--url", default=None, help="load a running endpoint instead of starting one")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--queries", type=int, default=200, help="queries per client")
    parser.add_argument("--workers", type=int, default=None, help="query worker processes of the started server")
    args = parser.parse_args()

    queries = [q.sparql for q in named_queries()]
    server = None
    url = args.url
    if url is None:
        options = ServeOptions(port=0, **({"workers": args.workers} if args.workers else {}))
        server = make_server(args.store or default_store_dir(), options)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        url = server.url
        print(f"started {url} on {args.store or default_store_dir()} with {options.workers} workers")
    latencies: list[float] = []
    errors: list[str] = []
    threads = [
        threading.Thread(target=client, args=(url, queries, args.queries, n * 3, latencies, errors))
        for n in range(args.clients)
    ]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    if server is not None:
        server.shutdown()
        server.server_close()

    total = args.clients * args.queries
    print(f"{args.clients} clients x {args.queries} queries = {total} requests ({len(queries)} distinct queries) "
          f"in {elapsed:.1f} s: {total / elapsed:.0f} requests/s")
    print(f"latency p50 {percentile(latencies, 0.5) * 1000:.1f} ms, p95 {percentile(latencies, 0.95) * 1000:.1f} ms, "
          f"max {max(latencies) * 1000:.1f} ms, mean {statistics.mean(latencies) * 1000:.1f} ms")
    print(f"errors: {len(errors)}")
    for error in errors[:10]:
        print("  " + error)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
