"""A whole-store run with many reports to validate (a cold run) validates them in groups, one store and one run of
each check per group (validate/engine.py, issue 17): the findings must be those of the reports validated one by
one, report by report, and the cache must be filled as a run report by report fills it."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from provkg.bench.corpus import generate_corpus, load_provinces, load_template
from provkg.bench.measure import write_bench_corpus
from provkg.core.namespaces import PK, PROJECT, RDF, RDFS, REFERENCE_GRAPH
from provkg.evaluate.corpus import load_manifest
from provkg.evaluate.gold import gold_triples
from provkg.pipeline.build import build, build_graphs
from provkg.pipeline.rdfmap import report_iri, split_shared
from provkg.reference.loader import load_reference
from provkg.store.store import KnowledgeStore
from provkg.store.summaries import report_and_summary
from provkg.validate import engine
from provkg.validate.cache import ValidationCache
from provkg.validate.engine import Finding, validate_store
from test_bench import template_path  # noqa: F401  (the fixture)

# Dev reports of the corpus (never held-out ones) whose gold graphs join the synthetic store: two of a province
# each, so that a group holds more than one of them.
DEV_PROVINCES = ("hai-duong", "nghe-an")


def by_report(findings: list[Finding]) -> dict[str | None, list[dict[str, object]]]:
    out: dict[str | None, list[dict[str, object]]] = {}
    for finding in findings:
        out.setdefault(finding.report, []).append(finding.to_dict())
    return out


def gold_quads() -> list[ox.Quad]:
    """The gold graphs of a few dev reports, as a build writes a report: its own triples in its graph, the period
    descriptions in the reference graph."""
    reference = load_reference()
    quads = []
    chosen = [r for r in load_manifest() if r.role == "dev" and r.row["province"] in DEV_PROVINCES]
    assert len(chosen) >= 2
    for report in chosen:
        assert report.role == "dev"
        meta, triples = gold_triples(report, report.text(), reference)
        own, shared = split_shared(triples)
        graph = ox.NamedNode(report_iri(meta.report_id))
        quads += [ox.Quad(t.subject, t.predicate, t.object, graph) for t in own]
        quads += [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(REFERENCE_GRAPH)) for t in shared]
    return quads


@pytest.fixture(scope="module")
def built(template_path: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:  # noqa: F811
    """A store of 36 synthetic reports of 4 provinces (planted inconsistencies in every fourth) on disk, and a
    37th report not loaded yet."""
    folder = tmp_path_factory.mktemp("groups")
    corpus = generate_corpus(37, 5, template=load_template([template_path]), provinces=load_provinces(),
                             plant_every=4)
    files = write_bench_corpus(corpus, folder / "corpus")
    build(folder / "store", files.data, [files.texts])
    return folder / "store", files.new, files.texts.parent / "new" / "texts"


@pytest.fixture(scope="module")
def mixed(built: tuple[Path, Path, Path]) -> ox.Store:
    """The synthetic store with the dev gold graphs, in memory."""
    store = ox.Store()
    with KnowledgeStore.open(built[0], read_only=True) as handle:
        store.extend(handle.current_store())
    store.extend(gold_quads())
    return store


def test_groups_find_what_each_report_finds_alone(mixed: ox.Store) -> None:
    alone = validate_store(mixed, group_size=1)
    grouped = validate_store(mixed)  # groups of a province's reports (at most engine.GROUP_SIZE)
    reports = [row["g"].value for row in mixed.query(engine._REPORT_GRAPHS)]
    groups = engine._groups(mixed, reports, engine.GROUP_SIZE)
    assert len(reports) >= 40 and len(groups) < len(reports) / 4  # groups of several reports each
    expected = by_report(alone.results)
    assert len(expected) > 10 and sum(len(found) for found in expected.values()) > 30
    # group size 1 is the per-report path; the same findings assembled here from validate_graph on each report
    # (and the reference data's own check), as a run with no groups at all would
    one_by_one = engine._validate_reference(mixed)
    for report in reports:
        one_by_one += engine.validate_graph(mixed, report_iri=report).results
    unique = {(*f.key(), f.message): f for f in one_by_one}
    assert by_report(engine._sorted(list(unique.values()))) == expected
    assert by_report(grouped.results) == expected
    # groups of two or three: other neighbours and other graphs beside each report, the same findings
    assert by_report(validate_store(mixed, group_size=3).results) == expected


def test_a_node_two_reports_describe_is_validated_on_each_description(mixed: ox.Store,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A provisional work named by two reports of one group is described in both graphs; each report's findings
    on it come from its own description, as when the report is validated alone."""
    store = ox.Store()
    store.extend(mixed)
    reports = sorted(row["g"].value for row in store.query(engine._REPORT_GRAPHS))
    first_group = engine._groups(store, reports, engine.GROUP_SIZE)[0]
    work = ox.NamedNode(PROJECT + "test/shared-bridge")
    for report, status in zip(first_group[:2], ("status-under-construction", "status-completed"), strict=True):
        graph = ox.NamedNode(report)
        store.extend([ox.Quad(work, ox.NamedNode(RDF + "type"), ox.NamedNode(PK + "Project"), graph),
                      ox.Quad(work, ox.NamedNode(RDFS + "label"), ox.Literal("cầu mới", language="vi"), graph),
                      ox.Quad(work, ox.NamedNode(PK + "status"), ox.NamedNode(PK + status), graph)])
    alone = by_report(validate_store(store, group_size=1).results)
    assert by_report(validate_store(store).results) == alone
    # one status each: no finding; both descriptions in one store would give the work two statuses
    assert not any(f["focus"] == work.value for found in alone.values() for f in found)
    monkeypatch.setattr(engine, "_batches", lambda members: [members])
    together = by_report(validate_store(store).results)
    assert any(f["focus"] == work.value and f["rule"] == "InitiativeStatus" for found in together.values()
               for f in found)


def run(store_dir: Path, cache: ValidationCache | None, workers: int = 1, group_size: int = engine.GROUP_SIZE):
    with KnowledgeStore.open(store_dir, read_only=True) as store:
        source, generation, digests = store.snapshot()
        return validate_store(source, generation=generation, workers=workers, cache=cache, digests=digests,
                              group_size=group_size)


def test_a_grouped_run_fills_the_cache_as_a_run_report_by_report(built: tuple[Path, Path, Path],
                                                                  tmp_path: Path) -> None:
    store_dir, new_data, new_texts = built
    alone = ValidationCache(tmp_path / "alone.json")
    expected = run(store_dir, alone, group_size=1)
    grouped = ValidationCache(tmp_path / "grouped.json")
    # two worker processes, each validating whole groups
    assert by_report(run(store_dir, grouped, workers=2).results) == by_report(expected.results)
    assert (grouped.validated, grouped.reused, grouped.read) == (alone.validated, 0, alone.validated) == (36, 0, 36)
    keys = {name: (entry["digests"], entry["work"]) for name, entry in alone.used.items()}
    assert {name: (entry["digests"], entry["work"]) for name, entry in grouped.used.items()} == keys
    assert all(work for name, (_, work) in keys.items() if name)
    # an ingest afterwards: only what it changed is validated again, from the grouped run's cache
    graphs, _ = build_graphs(new_data, [new_texts])
    new_iri = next(iri for iri in graphs if iri.startswith(report_iri("")))
    with KnowledgeStore.open(store_dir) as writer:
        writer.replace_graphs(report_and_summary(new_iri, graphs[new_iri]))
    after = ValidationCache.load(tmp_path / "grouped.json")
    found = run(store_dir, after)
    assert 1 <= after.validated < 6 and after.reused == 37 - after.validated
    assert by_report(found.results) == by_report(run(store_dir, None, group_size=1).results)
