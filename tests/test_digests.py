"""The digest of each graph, kept by the store's write paths (core/digests.py, KnowledgeStore.digests)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import DefaultGraph, Literal, NamedNode, Triple

from provkg.core.digests import DEFAULT_GRAPH, GraphDigest, digest_graph, read_digests, write_digests
from provkg.core.namespaces import AREA, PK
from provkg.store.store import KnowledgeStore
from provkg.store.summaries import rollup_graph_iri, summary_graph_iri
from provkg.validate.cache import complete_digests
from test_store import REFERENCE, REPORT, sample_graphs

OTHER = REPORT.replace("88", "89")


def _t(s: str, p: str, o: str) -> Triple:
    return Triple(NamedNode(s), NamedNode(p), NamedNode(o))


def test_a_digest_depends_on_the_content_only() -> None:
    triples = sample_graphs()[REPORT]
    once = digest_graph(triples)
    assert digest_graph(reversed(triples)) == once  # written in another order
    assert digest_graph([*triples, triples[0]]) == once  # a triple twice is one triple of the graph
    changed = [*triples[:-1], Triple(triples[-1].subject, triples[-1].predicate, Literal("another"))]
    assert digest_graph(changed).sha256 != once.sha256


def test_pairs_and_running_areas() -> None:
    figure, total, level = "http://example.org/f1", "http://example.org/f2", "http://example.org/f3"
    area, other_area, period, before, indicator = (PK + "a", PK + "b", PK + "p", PK + "q", PK + "i")
    boolean = NamedNode("http://www.w3.org/2001/XMLSchema#boolean")
    digest = digest_graph([
        _t(figure, PK + "refArea", area), _t(figure, PK + "refPeriod", period),
        _t(figure, PK + "comparisonPeriod", before),
        _t(total, PK + "refArea", other_area), _t(total, PK + "indicator", indicator),
        Triple(NamedNode(total), NamedNode(PK + "cumulative"), Literal("true", datatype=boolean)),
        _t(level, PK + "refArea", area), _t(level, PK + "indicator", indicator),
        Triple(NamedNode(level), NamedNode(PK + "cumulative"), Literal("false", datatype=boolean)),
    ])
    assert digest.pairs == {(area, period), (area, before)}  # the running total has no period: no pair
    assert digest.running == {(indicator, other_area)}  # a figure stated as not cumulative is no running total


@pytest.mark.parametrize("on_disk", [True, False])
def test_every_write_keeps_the_digests_of_what_it_wrote(tmp_path: Path, on_disk: bool) -> None:
    store = KnowledgeStore.open(tmp_path / "store" if on_disk else None, create=True)
    try:
        store.replace_graphs(sample_graphs())  # every graph: a rebuild
        built = store.digests()
        rollup = rollup_graph_iri(AREA + "lai-chau")  # the report's province rollup, written by the store itself
        assert set(built) == {REPORT, REFERENCE, DEFAULT_GRAPH, rollup}
        # a reader computing them from the stored graphs finds the same pairs; the same hash where the store
        # kept every literal as written (it writes numbers in their canonical form: "138.0" as "138")
        computed = complete_digests(store.current_store(), None)
        assert {g: (d.pairs, d.running) for g, d in computed.items()} == \
            {g: (d.pairs, d.running) for g, d in built.items()}
        assert computed[REFERENCE] == built[REFERENCE] and computed[REPORT].sha256 != built[REPORT].sha256
        added = [_t(OTHER, PK + "refArea", PK + "x")]
        store.replace_graphs({OTHER: added})  # one graph: the others' digests are kept
        assert store.digests() == {**built, OTHER: digest_graph(added)}
        assert complete_digests(store.current_store(), None)[OTHER] == digest_graph(added)
        # a SPARQL Update naming its graph: that graph's digest (and its summary's) computed again, the others kept
        store.update(f"INSERT DATA {{ GRAPH <{REPORT}> {{ <{REPORT}> <{PK}textLength> 9 }} }}")
        after = store.digests()
        assert after[REPORT] != built[REPORT] and after[REPORT] == stored_digest(store, REPORT)
        assert summary_graph_iri(REPORT) in after
        untouched = {**built, OTHER: digest_graph(added)}
        del untouched[REPORT]
        assert {g: d for g, d in after.items() if g not in (REPORT, summary_graph_iri(REPORT))} == untouched
        # one that does not name it (GRAPH ?g): every graph's digest computed again, none left stale
        length = f"?s <{PK}textLength> ?n"
        store.update(f"DELETE {{ GRAPH ?g {{ {length} }} }} WHERE {{ GRAPH ?g {{ {length} }} }}")
        everything = store.digests()
        assert everything[REPORT] != after[REPORT]
        assert everything == {g: stored_digest(store, g) for g in everything}
        assert set(everything) >= set(store.graphs()) | {DEFAULT_GRAPH}
        store.replace_graphs({OTHER: []})
        assert store.digests() == {**everything, OTHER: digest_graph([])}
    finally:
        store.close()


def stored_digest(store: KnowledgeStore, name: str) -> GraphDigest:
    graph = DefaultGraph() if name == DEFAULT_GRAPH else NamedNode(name)
    return digest_graph(q.triple for q in store.current_store().quads_for_pattern(None, None, None, graph))


def test_old_generations_digests_go_with_them(tmp_path: Path) -> None:
    with KnowledgeStore.open(tmp_path, create=True) as store:
        for number in range(4):
            store.replace_graphs({OTHER: [_t(OTHER, PK + "n", PK + str(number))]})
        files = sorted(p.name for p in tmp_path.glob("*.digests.json"))
        folders = sorted(p.name for p in tmp_path.glob("gen-*") if p.is_dir())
        assert files == [f"{name}.digests.json" for name in folders]  # the current and the previous one


def test_an_unreadable_digests_file_is_no_digests(tmp_path: Path) -> None:
    path = tmp_path / "gen-1.digests.json"
    write_digests(path, {REPORT: digest_graph(sample_graphs()[REPORT])})
    assert set(read_digests(path)) == {REPORT}
    for content in ("{not json", '{"format": 9, "graphs": {}}', '{"format": 1, "graphs": {"g": {"sha256": 1}}}',
                    "[]"):
        path.write_text(content, encoding="utf-8")
        assert read_digests(path) == {}
    assert read_digests(tmp_path / "missing.json") == {}


def test_a_reader_computes_the_digests_a_store_lacks(tmp_path: Path) -> None:
    with KnowledgeStore.open(tmp_path, create=True) as store:
        store.replace_graphs(sample_graphs())
        expected = store.digests()
        for path in tmp_path.glob("*.digests.json"):
            path.unlink()  # a store written before digests existed
        assert store.digests() == {}
        computed = complete_digests(store.current_store(), {})
        assert set(computed) == set(expected) and computed[REFERENCE] == expected[REFERENCE]
        assert complete_digests(store.current_store(), {})[DEFAULT_GRAPH] == digest_graph(
            q.triple for q in store.current_store().quads_for_pattern(None, None, None, DefaultGraph()))


def test_a_snapshot_holds_one_generation_and_its_digests(tmp_path: Path) -> None:
    first, second = [_t(OTHER, PK + "n", PK + "1")], [_t(OTHER, PK + "n", PK + "2")]
    with KnowledgeStore.open(tmp_path, create=True) as writer, KnowledgeStore.open(tmp_path, read_only=True) as reader:
        writer.replace_graphs({OTHER: first})
        store, generation, digests = reader.snapshot()
        writer.replace_graphs({OTHER: second})  # published meanwhile: the snapshot taken stays as it was
        assert digests[OTHER] == digest_graph(first) and len(store) == 1
        assert {q.object.value for q in store.quads_for_pattern(None, None, None, None)} == {PK + "1"}
        _, later, digests = reader.snapshot()
        assert later != generation and digests[OTHER] == digest_graph(second)
