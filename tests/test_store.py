"""The knowledge store: atomic graph replacement (also when killed), readers during writes, errors."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, QueryBoolean, Triple

from provkg.core.errors import InputError
from provkg.store.store import KnowledgeStore, StoreMissingError
from provkg.store.summaries import rollup_graph_iri, summary_graph_iri

G1 = "https://w3id.org/provkg/report/test-2020-H1-1"
G2 = "https://w3id.org/provkg/report/test-2020-H1-2"
P = NamedNode("https://w3id.org/provkg/ontology#value")


def triples(graph: str, n: int, tag: str = "") -> list[Triple]:
    return [Triple(NamedNode(f"{graph}/obs/{i}"), P, Literal(f"{tag}{i}")) for i in range(n)]


def count(store: KnowledgeStore, graph: str) -> int:
    rows = list(store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"))
    return int(rows[0]["n"].value)


def snapshot(store: KnowledgeStore) -> set[str]:
    return {str(q) for q in store.quads()}


@pytest.fixture
def disk_store(tmp_path: Path) -> Iterator[KnowledgeStore]:
    store = KnowledgeStore.open(tmp_path / "store", create=True)
    store.replace_graphs({G1: triples(G1, 50), G2: triples(G2, 30)})
    yield store
    store.close()


def test_replace_keeps_other_graphs_and_union_default(disk_store: KnowledgeStore) -> None:
    disk_store.replace_graphs({G1: triples(G1, 5, "new")})
    assert disk_store.graphs() == [G1, G2]
    assert count(disk_store, G1) == 5 and count(disk_store, G2) == 30
    union = list(disk_store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s pk:value ?o }"))
    assert int(union[0]["n"].value) == 35
    assert len(list(disk_store.quads(G2))) == 30
    assert not bool(disk_store.query("ASK { ?s pk:value ?o }", use_default_graph_as_union=False))


def test_persists_and_reopens_read_only(tmp_path: Path, disk_store: KnowledgeStore) -> None:
    disk_store.close()
    reader = KnowledgeStore.open(tmp_path / "store", read_only=True)
    assert reader.graphs() == [G1, G2]
    assert len(reader.current_store()) == 80
    with pytest.raises(InputError, match="read-only"):
        reader.replace_graphs({G1: []})
    reader.close()


def test_failed_load_leaves_store_unchanged(disk_store: KnowledgeStore) -> None:
    before = snapshot(disk_store)
    folder = disk_store.path
    assert folder is not None
    generations = sorted(p.name for p in folder.iterdir() if p.name.startswith("gen-"))

    def broken() -> Iterator[Triple]:
        yield from triples(G1, 20, "partial")
        raise InputError("row 21 is bad")

    with pytest.raises(InputError, match="row 21"):
        disk_store.replace_graphs({G1: broken(), "https://w3id.org/provkg/report/x": triples(G1, 3)})
    assert snapshot(disk_store) == before
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith("gen-")) == generations  # none left over
    with pytest.raises(InputError, match="row 21"):  # the same for a whole rebuild, streamed
        disk_store.rebuild([(G2, triples(G2, 2)), (G1, broken())])
    assert snapshot(disk_store) == before
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith("gen-")) == generations


_KILLED_WRITER = """
import sys, time
from pathlib import Path
from pyoxigraph import Literal, NamedNode, Triple
from provkg.store.store import KnowledgeStore

store = KnowledgeStore.open(Path(sys.argv[1]))
marker = Path(sys.argv[2])

def slow():
    for i in range(10**9):
        if i == 20000:
            marker.write_text("loading")
            time.sleep(60)
        yield Triple(NamedNode(f"{sys.argv[3]}/obs/{i}"), NamedNode("urn:p"), Literal(str(i)))

store.replace_graphs({sys.argv[3]: slow()})
"""


def test_killed_load_leaves_store_unchanged(tmp_path: Path, disk_store: KnowledgeStore) -> None:
    before = snapshot(disk_store)
    disk_store.close()  # the writer lock is free for the child
    marker = tmp_path / "marker"
    child = subprocess.Popen(
        [sys.executable, "-c", _KILLED_WRITER, str(tmp_path / "store"), str(marker), G1],
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert child.poll() is None, child.stderr.read().decode() if child.stderr else ""
        assert time.monotonic() < deadline, "the writer never reached the middle of its load"
        time.sleep(0.05)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    reopened = KnowledgeStore.open(tmp_path / "store")  # the lock died with the child
    assert snapshot(reopened) == before
    reopened.replace_graphs({G1: triples(G1, 1)})
    assert count(reopened, G1) == 1
    reopened.close()


def test_readers_see_old_or_new_during_write(tmp_path: Path, disk_store: KnowledgeStore) -> None:
    reader = KnowledgeStore.open(tmp_path / "store", read_only=True)
    seen: set[int] = set()
    errors: list[BaseException] = []
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            try:
                seen.add(count(reader, G1))
            except BaseException as exc:  # noqa: BLE001 - any failure of a reader fails the test
                errors.append(exc)
                return

    thread = threading.Thread(target=read)
    thread.start()
    try:
        for size in (40000, 50, 40000):
            disk_store.replace_graphs({G1: triples(G1, size, str(size))})
    finally:
        stop.set()
        thread.join()
    assert not errors
    assert seen <= {50, 40000} and len(seen) >= 1
    reader.close()


def test_second_writer_is_refused(tmp_path: Path, disk_store: KnowledgeStore) -> None:
    with pytest.raises(InputError, match="being written by another process"):
        KnowledgeStore.open(tmp_path / "store")


def test_missing_store_is_input_error(tmp_path: Path) -> None:
    with pytest.raises(StoreMissingError, match="run `provkg build` first"):
        KnowledgeStore.open(tmp_path / "nothing", read_only=True)
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "file.txt").write_text("x")
    with pytest.raises(InputError, match="not empty"):
        KnowledgeStore.open(tmp_path / "other", create=True)


def test_syntax_error_names_position() -> None:
    store = KnowledgeStore.open(None)
    with pytest.raises(InputError, match=r"SPARQL syntax error: .*2:\d+"):
        store.query("SELECT ?s\nWHERE { ?s ?p }")
    with pytest.raises(InputError, match="SPARQL Update syntax error"):
        store.update("INSERT DATA { <urn:a> }")


def test_full_replace_keeps_default_graph(disk_store: KnowledgeStore) -> None:
    disk_store.update("INSERT DATA { <urn:x:s> pk:value 1 }")  # a triple outside every named graph
    disk_store.replace_graphs({G1: triples(G1, 2), G2: triples(G2, 2)})  # every named graph replaced
    assert bool(disk_store.query("ASK { <urn:x:s> pk:value 1 }", use_default_graph_as_union=False))
    assert len(disk_store) == 5


def test_memory_store_replace_and_update() -> None:
    store = KnowledgeStore.open(None)
    store.replace_graphs({G1: triples(G1, 3)})
    store.update(f"INSERT DATA {{ GRAPH <{G2}> {{ <urn:s> pk:value 1 }} }}")
    assert store.graphs() == sorted([G1, G2, summary_graph_iri(G2)])  # a report written gets its summary
    assert isinstance(store.query("ASK { <urn:s> pk:value 1 }"), QueryBoolean)
    store.replace_graphs({G1: []})
    assert count(store, G1) == 0 and len(store) == 1


# -- a small graph in the shape of docs/model.md, shared by the server, export and remote tests ------------------

BASE = "https://w3id.org/provkg/"
REPORT_ID = "lai-chau-2021-H1-88"
REPORT = BASE + "report/" + REPORT_ID
REFERENCE = BASE + "graph/reference"
INDICATORS = {"grdp": ("tỷ đồng", "billion-vnd"), "rice-output": ("tấn", "tonne"), "cpi": ("%", "percent"),
              "new-jobs": ("người", "person")}
AREAS = ("lai-chau", "tam-duong", "sin-ho")
PERIODS = ("2021-H1", "2020-H1")


def _n(local: str) -> NamedNode:
    for prefix, namespace in (("pk:", BASE + "ontology#"), ("qb:", "http://purl.org/linked-data/cube#"),
                              ("rdf:", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
                              ("skos:", "http://www.w3.org/2004/02/skos/core#"),
                              ("xsd:", "http://www.w3.org/2001/XMLSchema#")):
        if local.startswith(prefix):
            return NamedNode(namespace + local[len(prefix):])
    return NamedNode(BASE + local)


def sample_graphs() -> dict[str, list[Triple]]:
    """One report graph with 24 observations (4 indicators × 3 areas × 2 periods) and a reference graph."""
    report, dataset = NamedNode(REPORT), NamedNode(REPORT + "/dataset")
    graph = [
        Triple(report, _n("rdf:type"), _n("pk:Report")),
        Triple(report, _n("pk:province"), _n("id/area/lai-chau")),
        Triple(dataset, _n("rdf:type"), _n("qb:DataSet")),
        Triple(dataset, _n("qb:structure"), _n("pk:ObservationStructure")),
    ]
    start = 100
    for indicator, (unit, unit_id) in INDICATORS.items():
        for area in AREAS:
            for period in PERIODS:
                obs = NamedNode(f"{REPORT}/obs/{start}")
                value = Literal(f"{start * 3 / 7:.1f}", datatype=_n("xsd:decimal"))
                graph += [
                    Triple(obs, _n("rdf:type"), _n("pk:Figure")),
                    Triple(obs, _n("rdf:type"), _n("pk:Observation")),
                    Triple(obs, _n("qb:dataSet"), dataset),
                    Triple(obs, _n("pk:indicator"), _n("id/indicator/" + indicator)),
                    Triple(obs, _n("pk:refArea"), _n("id/area/" + area)),
                    Triple(obs, _n("pk:refPeriod"), _n("id/period/" + period)),
                    Triple(obs, _n("pk:measure"), _n("id/measure/value")),
                    Triple(obs, _n("pk:value"), value),
                    Triple(obs, _n("pk:unit"), _n("id/unit/" + unit_id)),
                    Triple(obs, _n("pk:unitText"), Literal(unit)),
                    Triple(obs, _n("pk:estimate"), Literal("true", datatype=_n("xsd:boolean"))),
                    Triple(obs, _n("pk:subjectText"), Literal(f"sản lượng của {area}", language="vi")),
                    Triple(obs, _n("pk:statedIn"), report),
                    Triple(obs, _n("pk:textStart"), Literal(str(start), datatype=_n("xsd:integer"))),
                ]
                start += 37
    reference = [
        Triple(_n("id/indicator/" + indicator), _n("skos:prefLabel"), Literal(indicator.upper(), language="en"))
        for indicator in INDICATORS
    ]
    return {REPORT: graph, REFERENCE: reference}


def test_sample_graph_loads(tmp_path: Path) -> None:
    with KnowledgeStore.open(tmp_path / "s", create=True) as store:
        store.replace_graphs(sample_graphs())
        # and the province rollup the store writes itself (store/summaries.py)
        assert store.graphs() == sorted([REFERENCE, REPORT, rollup_graph_iri(BASE + "id/area/lai-chau")])
        assert int(next(iter(store.query("SELECT (COUNT(*) AS ?n) { ?o a pk:Observation }")))["n"].value) == 24


def test_in_memory_copy_reads_like_the_disk_and_follows_publications(disk_store: KnowledgeStore) -> None:
    assert disk_store.path is not None
    copy = KnowledgeStore.open(disk_store.path, read_only=True, in_memory=True)
    try:
        assert snapshot(copy) == snapshot(disk_store)
        assert copy.graphs() == disk_store.graphs()
        disk_store.replace_graphs({G1: triples(G1, 3, "newer")})
        assert snapshot(copy) == snapshot(disk_store)  # a new copy is taken at the next read
        with pytest.raises(InputError, match="read-only"):
            copy.replace_graphs({G1: []})
    finally:
        copy.close()
    with pytest.raises(InputError, match="read-only"):
        KnowledgeStore.open(disk_store.path, in_memory=True)
