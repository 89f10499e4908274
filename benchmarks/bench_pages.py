"""Time the reader's pages of `provkg serve` on the seed store: p50 and p95 of each page type, beside the same
IRI's RDF twin (a CONSTRUCT of its own triples, the cheapest answer the server gives for it), with the store read
from disk and from memory (--in-memory), against the target of 200 ms p50.

    python benchmarks/bench_pages.py [--requests 30] [--texts ../shared/seeds]

Builds the seed store from data/ into a temporary folder, starts the server in-process on a free port, and asks
each page in turn over one keep-alive connection (after one untimed request per page, which reads the report's
text and warms the workers). Prints a table; exit status 1 when a page answered with an error.
"""

from __future__ import annotations

import argparse
import http.client
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from provkg.core.paths import default_texts_dirs
from provkg.pipeline.build import build
from provkg.serve.server import ServeOptions, make_server

PAGES = {
    "annotated report": "/report/dien-bien-2020-H1-206",
    "observation card": "/report/dien-bien-2020-H1-206/obs/3090",
    "indicator page": "/id/indicator/food-output",
    "area page": "/id/area/dien-bien",
}
TARGET_MS = 200.0


def timed(connection: http.client.HTTPConnection, path: str, accept: str, count: int) -> list[float]:
    latencies = []
    for _ in range(count):
        began = time.perf_counter()
        connection.request("GET", path, headers={"Accept": accept})
        response = connection.getresponse()
        response.read()
        if response.status != 200:
            raise SystemExit(f"{path} answered {response.status}")
        latencies.append((time.perf_counter() - began) * 1000)
    return latencies


def measure(store: Path, texts: list[Path], count: int, in_memory: bool) -> dict[str, tuple[list[float], list[float]]]:
    server = make_server(store, ServeOptions(port=0, workers=2, in_memory=in_memory, texts_dirs=tuple(texts)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        host, port = server.server_address[:2]
        connection = http.client.HTTPConnection(str(host), int(port), timeout=60)
        results = {}
        for name, path in PAGES.items():
            timed(connection, path, "text/html", 1)
            pages = timed(connection, path, "text/html", count)
            twins = timed(connection, path + "?format=turtle", "text/turtle", count)
            results[name] = (pages, twins)
        return results
    finally:
        server.shutdown()
        server.server_close()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=30, help="timed requests per page and store mode")
    parser.add_argument("--texts", type=Path, action="append", default=None, help="folder of the seed's text")
    args = parser.parse_args()
    texts = args.texts or default_texts_dirs()
    with tempfile.TemporaryDirectory() as folder:
        store = Path(folder) / "store"
        print("building the seed store ...", file=sys.stderr)
        build(store, texts_dirs=texts)
        print(f"{'page':18} {'store':7} {'page p50':>9} {'page p95':>9} {'RDF twin p50':>13} {'target':>7}")
        worst = 0.0
        for in_memory in (False, True):
            for name, (page, twin) in measure(store, texts, args.requests, in_memory).items():
                p50 = statistics.median(page)
                worst = max(worst, p50) if not in_memory else worst
                print(f"{name:18} {'memory' if in_memory else 'disk':7} {p50:8.1f}ms {percentile(page, .95):8.1f}ms "
                      f"{statistics.median(twin):12.1f}ms {'ok' if p50 <= TARGET_MS else 'OVER':>7}")
        print(f"slowest page p50 on disk: {worst:.1f} ms (target {TARGET_MS:.0f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
