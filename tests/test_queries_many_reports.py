"""Every shipped query over a store of eight reports (the seed, built from its fact sheet, the regression fixtures
and dev reports of the corpus, ingested): no row is repeated, and each report contributes exactly the rows it gives
when it is the only report in the store (the descriptions of periods are shared, once, in the reference graph)."""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import pytest
from pyoxigraph import Triple

from provkg.core.namespaces import REFERENCE_GRAPH
from provkg.pipeline.build import build_graphs
from provkg.pipeline.ingest import prepare, store_report
from provkg.pipeline.rdfmap import report_iri
from provkg.reference.loader import load_reference
from provkg.store.query import named_queries, run_query
from provkg.store.store import KnowledgeStore
from provkg.store.summaries import is_report_graph

from conftest import ROOT, SEEDS, require_seed

FIXTURES = ("ha-giang-2019", "lai-chau-2021-9M", "quang-tri-2023-9M", "son-la-2022-Q1-nfd-crlf")
DEV_REPORTS = ("hai-duong-2022-Q1", "khanh-hoa-2025-H1", "lam-dong-2024-H1")

Rows = Counter[tuple[str | None, ...]]


def report_paths() -> list[Path]:
    with (ROOT / "corpus" / "manifest.csv").open(encoding="utf-8") as handle:
        roles = {row["id"]: row["role"] for row in csv.DictReader(handle)}
    assert all(roles[name] == "dev" for name in DEV_REPORTS), "only dev reports may be read here"
    return [ROOT / "tests" / "reports" / f"{name}.txt" for name in FIXTURES] + [
        ROOT / "corpus" / "texts" / f"{name}.txt" for name in DEV_REPORTS
    ]


def unordered(cell: str | None) -> str | None:
    """A GROUP_CONCAT cell with its parts sorted (SPARQL leaves their order to the engine)."""
    return " | ".join(sorted(cell.split(" | "))) if cell and " | " in cell else cell


def answers(store: KnowledgeStore) -> dict[str, tuple[list[str], Rows]]:
    result = {}
    for query in named_queries():
        table = run_query(store, query.sparql)
        result[query.name] = (table.columns, Counter(tuple(map(unordered, row)) for row in table.rows))
    return result


def filled(graphs: dict[str, list[Triple]], reports: Iterable[tuple[str, list[Triple]]]) -> KnowledgeStore:
    store = KnowledgeStore.open(None)
    store.replace_graphs(graphs)
    for iri, triples in reports:
        store_report(store, iri, triples)
    return store


@pytest.fixture(scope="module")
def stores() -> tuple[KnowledgeStore, list[KnowledgeStore]]:
    require_seed()
    reference = load_reference()
    seed_graphs, _ = build_graphs(texts_dirs=[SEEDS], reference=reference)
    prepared = [prepare(path, reference, reference.provinces) for path in report_paths()]
    reports = [(report_iri(p.report.report_id), p.triples) for p in prepared]
    combined = filled(seed_graphs, reports)
    singles = [filled(seed_graphs, [])] + [filled({REFERENCE_GRAPH: reference.triples}, [one]) for one in reports]
    return combined, singles


def test_eight_reports_are_loaded(stores: tuple[KnowledgeStore, list[KnowledgeStore]]) -> None:
    combined, _ = stores
    assert len([g for g in combined.graphs() if is_report_graph(g)]) == 1 + len(FIXTURES) + len(DEV_REPORTS)


def test_no_query_repeats_a_row(stores: tuple[KnowledgeStore, list[KnowledgeStore]]) -> None:
    combined, _ = stores
    for name, (_, rows) in answers(combined).items():
        repeated = [row for row, count in rows.items() if count > 1]
        assert not repeated, f"{name} repeats {len(repeated)} row(s), e.g. {repeated[0]}"


def test_each_report_gives_the_rows_it_gives_alone(stores: tuple[KnowledgeStore, list[KnowledgeStore]]) -> None:
    combined, singles = stores
    together = answers(combined)
    alone = [answers(store) for store in singles]
    for name, (columns, rows) in together.items():
        if "report" in columns:
            expected: Rows = Counter()
            for one in alone:
                expected += one[name][1]
            assert rows == expected, f"{name}: rows differ from the reports' own"
        elif "code" in columns:  # an overview counting across reports: its counts add up
            position = {c: i for i, c in enumerate(columns)}
            for count in (c for c in ("statements", "figures") if c in position):
                totals: Counter[str | None] = Counter()
                for one in alone:
                    for row in one[name][1]:
                        totals[row[position["code"]]] += int(row[position[count]] or 0)
                got = {row[position["code"]]: int(row[position[count]] or 0) for row in rows}
                assert got == dict(totals), f"{name}: {count} do not add up"
    assert sum(len(rows) for _, rows in together.values()) > 600
