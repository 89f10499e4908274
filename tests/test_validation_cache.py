"""Whole-store validation reuses the findings of reports whose inputs did not change (validate/cache.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from provkg.bench.corpus import generate_corpus, load_provinces, load_template
from provkg.bench.measure import write_bench_corpus
from provkg.pipeline.build import build, build_graphs
from provkg.pipeline.rdfmap import report_iri
from provkg.store.store import KnowledgeStore
from provkg.store.summaries import report_and_summary
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
        return validate_store(store.current_store(), generation=store.generation_path(), workers=workers,
                              cache=cache)


def test_a_second_run_reuses_every_report_and_finds_the_same(corpus_store: tuple[Path, Path, Path]) -> None:
    store_dir = corpus_store[0]
    uncached = run(store_dir, None)
    assert uncached.results  # the planted inconsistencies
    first = ValidationCache.load(store_dir / CACHE_FILE)
    assert dicts(run(store_dir, first)) == dicts(uncached)
    assert (first.validated, first.reused) == (6, 0)
    second = ValidationCache.load(store_dir / CACHE_FILE)  # read back from the file, in worker processes
    assert dicts(run(store_dir, second, workers=2)) == dicts(uncached)
    assert (second.validated, second.reused) == (0, 6)


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
    cache = ValidationCache.load(store_dir / CACHE_FILE)
    run(store_dir, cache)
    assert (cache.validated, cache.reused) == (6, 0)


def test_an_unreadable_cache_is_an_empty_one(tmp_path: Path) -> None:
    for content in ("{not json", '{"format": 0, "entries": {"k": []}}', "[]"):
        (tmp_path / CACHE_FILE).write_text(content, encoding="utf-8")
        assert ValidationCache.load(tmp_path / CACHE_FILE).entries == {}
    assert ValidationCache.load(tmp_path / "missing.json").entries == {}
    cache = ValidationCache(tmp_path / "no-such-folder" / CACHE_FILE)
    cache.record("key", [], reused=False)
    assert cache.save() is False  # a folder it may not write: no error, no file
