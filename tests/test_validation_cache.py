"""Whole-store validation reuses the findings of reports whose inputs did not change (validate/cache.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import NamedNode

from provkg.bench.corpus import generate_corpus, load_provinces, load_template
from provkg.bench.measure import write_bench_corpus
from provkg.core.namespaces import REFERENCE_GRAPH
from provkg.pipeline.build import build, build_graphs
from provkg.pipeline.rdfmap import report_iri
from provkg.store.store import KnowledgeStore
from provkg.store.summaries import is_report_graph, report_and_summary
from provkg.validate import cache as cache_module
from provkg.validate import engine
from provkg.validate.cache import CACHE_FILE, ValidationCache
from provkg.validate.engine import validate_store
from test_bench import template_path  # noqa: F401  (the fixture)


def dicts(result: object) -> list[dict[str, object]]:
    return [f.to_dict() for f in result.results]  # type: ignore[attr-defined]


@pytest.fixture
def corpus_store(template_path: Path, tmp_path: Path) -> tuple[Path, Path, Path]:  # noqa: F811
    """A store of 6 synthetic reports (two planted inconsistencies) and a 7th report, not loaded yet."""
    corpus = generate_corpus(7, 4, template=load_template([template_path]), provinces=load_provinces(),
                             plant_every=3)
    files = write_bench_corpus(corpus, tmp_path / "corpus")
    build(tmp_path / "store", files.data, [files.texts])
    return tmp_path / "store", files.new, files.texts.parent / "new" / "texts"


def run(store_dir: Path, cache: ValidationCache | None, workers: int = 1) -> object:
    with KnowledgeStore.open(store_dir, read_only=True) as store:
        source, generation, digests = store.snapshot()
        return validate_store(source, generation=generation, workers=workers, cache=cache, digests=digests)


def test_a_second_run_reuses_every_report_and_finds_the_same(corpus_store: tuple[Path, Path, Path],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    store_dir = corpus_store[0]
    uncached = run(store_dir, None)
    assert uncached.results  # the planted inconsistencies
    monkeypatch.setattr(engine, "_IN_PROCESS_UP_TO", 0)  # the reports to validate go to worker processes
    first = ValidationCache.load(store_dir / CACHE_FILE)
    assert dicts(run(store_dir, first, workers=2)) == dicts(uncached)
    assert (first.validated, first.reused) == (6, 0)
    second = ValidationCache.load(store_dir / CACHE_FILE)  # read back from the file
    assert dicts(run(store_dir, second, workers=2)) == dicts(uncached)
    assert (second.validated, second.reused, second.read) == (0, 6, 0)
    # the digest keys forgotten (as the earlier cache): every working store is read in the workers, and reused
    third = ValidationCache.load(store_dir / CACHE_FILE)
    for entry in third.entries.values():
        entry["digests"] = None
    assert dicts(run(store_dir, third, workers=2)) == dicts(uncached)
    assert (third.validated, third.reused, third.read) == (0, 6, 6)


def test_after_an_ingest_only_what_it_changed_is_validated(corpus_store: tuple[Path, Path, Path]) -> None:
    store_dir, new_data, new_texts = corpus_store
    run(store_dir, ValidationCache.load(store_dir / CACHE_FILE))
    graphs, _ = build_graphs(new_data, [new_texts])
    new_iri = next(iri for iri in graphs if iri.startswith(report_iri("")))
    with KnowledgeStore.open(store_dir) as writer:
        writer.replace_graphs(report_and_summary(new_iri, graphs[new_iri]))
    cache = ValidationCache.load(store_dir / CACHE_FILE)
    assert dicts(run(store_dir, cache)) == dicts(run(store_dir, None))
    # the new report, and the earlier reports whose cross-report neighbours it is; never all seven
    assert 1 <= cache.validated < 7 and cache.reused == 7 - cache.validated


def test_other_shapes_invalidate_every_entry(corpus_store: tuple[Path, Path, Path],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    store_dir = corpus_store[0]
    run(store_dir, ValidationCache.load(store_dir / CACHE_FILE))
    monkeypatch.setattr(engine, "validator_hash", lambda: "shapes edited since")
    monkeypatch.setattr(cache_module, "validator_hash", lambda: "shapes edited since")
    cache = ValidationCache.load(store_dir / CACHE_FILE)
    run(store_dir, cache)
    assert (cache.validated, cache.reused) == (6, 0)


def test_an_unreadable_cache_is_an_empty_one(tmp_path: Path) -> None:
    for content in ("{not json", '{"format": 0, "entries": {"k": []}}', "[]"):
        (tmp_path / CACHE_FILE).write_text(content, encoding="utf-8")
        assert ValidationCache.load(tmp_path / CACHE_FILE).entries == {}
    assert ValidationCache.load(tmp_path / "missing.json").entries == {}
    cache = ValidationCache(tmp_path / "no-such-folder" / CACHE_FILE)
    cache.record("report", None, [], reused=False)
    assert cache.save() is False  # a folder it may not write: no error, no file


def test_the_digests_find_every_graph_a_validation_reads(corpus_store: tuple[Path, Path, Path]) -> None:
    """The digest key's neighbours (meeting pairs or running totals) are a superset of the graphs a report's
    working store takes figures from: a change anywhere else cannot change its findings."""
    with KnowledgeStore.open(corpus_store[0], read_only=True) as store:
        source, digests = store.current_store(), store.digests()
        reports = [g for g in store.graphs() if is_report_graph(g)]
        read_any = False
        for report in reports:
            mine = digests[report]
            around = {g for g, d in digests.items() if d.pairs & mine.pairs or d.running & mine.running}
            read = {q.graph_name.value for q in engine.working_store(source, report)
                    if isinstance(q.graph_name, NamedNode)}
            assert read - {report, REFERENCE_GRAPH, str(engine.BOUNDS_GRAPH.value)} <= around, report
            read_any |= len(read) > 3
        assert read_any  # some report does read another's figures


def test_after_an_ingest_only_the_reports_around_it_are_read(corpus_store: tuple[Path, Path, Path],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    store_dir, new_data, new_texts = corpus_store
    run(store_dir, ValidationCache.load(store_dir / CACHE_FILE))
    graphs, _ = build_graphs(new_data, [new_texts])
    new_iri = next(iri for iri in graphs if iri.startswith(report_iri("")))
    with KnowledgeStore.open(store_dir) as writer:
        writer.replace_graphs(report_and_summary(new_iri, graphs[new_iri]))
    built: list[str] = []
    working_store = engine.working_store
    monkeypatch.setattr(engine, "working_store", lambda source, report, *rest: (built.append(report),
                                                                                working_store(source, report,
                                                                                              *rest))[1])
    cache = ValidationCache.load(store_dir / CACHE_FILE)
    run(store_dir, cache)
    # the new report's working store, and those of the reports whose pairs meet its own; not all seven
    assert new_iri in built and len(built) < 7
    assert cache.validated <= len(built) == cache.read and cache.reused == 7 - cache.validated
    built.clear()
    run(store_dir, ValidationCache.load(store_dir / CACHE_FILE))
    assert built == []  # nothing changed since: no report is read at all


def test_a_store_without_digests_or_changed_by_an_update(corpus_store: tuple[Path, Path, Path]) -> None:
    store_dir = corpus_store[0]
    expected = dicts(run(store_dir, ValidationCache.load(store_dir / CACHE_FILE)))
    for path in store_dir.glob("*.digests.json"):
        path.unlink()  # a store written before digests existed: computed from the graphs, and reused
    cache = ValidationCache.load(store_dir / CACHE_FILE)
    assert dicts(run(store_dir, cache)) == expected and cache.validated == 0
    # a SPARQL Update deletes a figure's value: that report is validated again, and what it finds is new
    with KnowledgeStore.open(store_dir, read_only=True) as store:
        report = next(g for g in store.graphs() if is_report_graph(g))
        figure = next(row["f"].value for row in store.query(
            f"SELECT ?f WHERE {{ GRAPH <{report}> {{ ?f pk:value ?v }} }} ORDER BY ?f LIMIT 1"))
    with KnowledgeStore.open(store_dir) as writer:
        writer.update(f"DELETE WHERE {{ GRAPH <{report}> {{ <{figure}> pk:value ?v }} }}")
    cache = ValidationCache.load(store_dir / CACHE_FILE)
    after = dicts(run(store_dir, cache))
    assert after == dicts(run(store_dir, None)) and after != expected
    assert 1 <= cache.validated < 6
    assert cache.read < 6  # the update named its graph: the other reports' digests were kept, not re-read
