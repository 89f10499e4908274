"""A rebuild's content, quad for quad and digest for digest, against the plain way of writing the same graphs: every
quad bulk-loaded, then the province rollups aggregated back from the store (issue 17: the build made fast without
changing what it writes)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, Store, Triple, serialize

from provkg.bench.corpus import generate_corpus, load_provinces, load_template, write_corpus
from provkg.core.digests import DEFAULT_GRAPH, digest_graph
from provkg.core.namespaces import PK, XSD
from provkg.core.text import QUOTE_LIMIT, quote_around
from provkg.pipeline.build import BuildSummary, iter_graphs
from provkg.store.store import KnowledgeStore
from provkg.store.summaries import RollupTally, refresh_rollups, with_summaries
from test_bench import template_path  # noqa: F401  (the fixture)

REPORT = "https://w3id.org/provkg/report/"
AREA = "https://w3id.org/provkg/id/area/"
DECIMAL, INTEGER = NamedNode(XSD + "decimal"), NamedNode(XSD + "integer")
MEASURE, INDICATOR, VALUE = NamedNode(PK + "measure"), NamedNode(PK + "indicator"), NamedNode(PK + "value")
PROVINCE = NamedNode(PK + "province")


def canonical(store: Store) -> list[bytes]:
    """The store as sorted N-Quads lines, and its graphs (an empty graph counts too)."""
    quads = serialize(store.quads_for_pattern(None, None, None, None), format=RdfFormat.N_QUADS) or b""
    return sorted(quads.splitlines()) + sorted(f"graph {g}".encode() for g in store.named_graphs())


def plainly(graphs: list[tuple[str, list[Triple]]]) -> tuple[list[bytes], dict[str, object]]:
    """The reference: each quad added, then the rollups by the SPARQL aggregate over the store."""
    store = Store()
    digests = {DEFAULT_GRAPH: digest_graph(())}
    for name, triples in graphs:
        store.add_graph(NamedNode(name))
        store.extend(Quad(t.subject, t.predicate, t.object, NamedNode(name)) for t in triples)
        digests[name] = digest_graph(triples)
    digests.update({name: digest_graph(triples) for name, triples in refresh_rollups(store, None).items()})
    return canonical(store), {name: d.to_json() for name, d in digests.items()}  # type: ignore[union-attr]


def rebuilt(graphs: list[tuple[str, list[Triple]]], folder: Path) -> tuple[list[bytes], dict[str, object]]:
    with KnowledgeStore.open(folder, create=True) as store:
        store.rebuild(iter(graphs), optimize=True)
        generation = store.generation()
        content = canonical(store.current_store())
    document = json.loads((folder / f"{generation}.digests.json").read_text(encoding="utf-8"))
    return content, document["graphs"]


def figure(report: str, n: int, measure: str, indicator: str, value: Literal) -> list[Triple]:
    node = NamedNode(f"{REPORT}{report}/obs/{n}")
    return [Triple(node, MEASURE, NamedNode(PK + measure)), Triple(node, INDICATOR, NamedNode(PK + indicator)),
            Triple(node, VALUE, value)]


def report(name: str, *provinces: str) -> list[Triple]:
    return [Triple(NamedNode(REPORT + name), PROVINCE, NamedNode(AREA + p)) for p in provinces]


def decimal(text: str) -> Literal:
    return Literal(text, datatype=DECIMAL)


def test_a_built_corpus_is_written_as_the_plain_way_writes_it(template_path: Path, tmp_path: Path) -> None:  # noqa: F811
    corpus = generate_corpus(5, 3, template=load_template([template_path]), provinces=load_provinces(),
                             plant_every=2)
    data, texts = write_corpus(corpus, tmp_path / "corpus")
    graphs = list(with_summaries(iter_graphs(data, [texts], summary=BuildSummary(), validate=False)))
    assert rebuilt(graphs, tmp_path / "store") == plainly(graphs)


# Values written in several lexical forms of one number, two provinces in one report, a report with none, one
# figure with two measures: the rows count and add them as the store's join and aggregate do.
MIXED = [
    (REPORT + "a", [*report("a", "north"), *figure("a", 1, "m1", "i1", decimal("12.50")),
                    *figure("a", 2, "m1", "i1", decimal("-3")), *figure("a", 3, "m2", "i1", decimal("0.0"))]),
    (REPORT + "b", [*report("b", "north", "south"), *figure("b", 1, "m1", "i1", decimal("+007.250")),
                    *figure("b", 2, "m1", "i2", decimal(".5")),
                    Triple(NamedNode(REPORT + "b/obs/2"), MEASURE, NamedNode(PK + "m3"))]),
    (REPORT + "c", [*figure("c", 1, "m1", "i1", decimal("1000000.000001")), *figure("c", 2, "m1", "i1",
                                                                                  decimal("100."))]),
    (REPORT + "d/validation", figure("d", 1, "m1", "i1", decimal("5"))),  # not a report graph: no row
    (REPORT + "e", []),
]


def test_rollups_of_numbers_in_any_form_are_tallied_as_the_store_aggregates_them(tmp_path: Path) -> None:
    assert RollupTally().rollups() == {}
    tally = RollupTally()
    for name, triples in MIXED:
        tally.add(name, triples)
    assert tally.rollups() is not None
    assert rebuilt(MIXED, tmp_path / "store") == plainly(MIXED)


@pytest.mark.parametrize("odd", [
    [(REPORT + "f", figure("f", 1, "m1", "i1", Literal("7", datatype=INTEGER)))],  # another numeric type
    [(REPORT + "f", figure("f", 1, "m1", "i1", Literal("7.5E0", datatype=NamedNode(XSD + "double"))))],
    [(REPORT + "f", figure("f", 1, "m1", "i1", decimal("1.5"))),  # one graph given twice
     (REPORT + "f", figure("f", 2, "m1", "i1", decimal("2.5")))],
])
def test_what_the_tally_cannot_tell_exactly_is_aggregated_by_the_store(odd: list[tuple[str, list[Triple]]],
                                                                      tmp_path: Path) -> None:
    tally = RollupTally()
    for name, triples in MIXED + odd:
        tally.add(name, triples)
    assert tally.rollups() is None
    assert rebuilt(MIXED + odd, tmp_path / "store") == plainly(MIXED + odd)


def _quote_char_by_char(text: str, start: int, end: int) -> str:
    """quote_around as it was first written, one character at a time: the reference of its faster form."""

    def is_boundary(i: int) -> bool:
        if text[i] not in ".;:\n":
            return False
        return not (0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit())

    left = start
    while left > 0 and start - left < QUOTE_LIMIT // 2 and not is_boundary(left - 1):
        left -= 1
    right = end
    while right < len(text) and right - end < QUOTE_LIMIT // 2 and not is_boundary(right):
        right += 1
    return " ".join(text[left:right].split())


@pytest.mark.parametrize("text", [
    "Doanh thu đạt 1.250 tỷ đồng; chi phí giảm 3,5%.\nLợi nhuận: 12.000.000 đồng. Cuối kỳ.",
    "x" * 300 + " 42 " + "y" * 300,  # no clause end within reach: trimmed on both sides
    ".5 ở đầu; rồi 7. Và 8:9 giờ, 10.\n\n11",  # clause ends at the very edges and between digits
    "",
])
def test_a_figure_is_quoted_with_its_clause_wherever_it_stands(text: str) -> None:
    for start in range(len(text) + 1):
        for end in (start, min(len(text), start + 3), len(text)):
            assert quote_around(text, start, end) == _quote_char_by_char(text, start, end)


def _quads_of(graphs: list[tuple[str, list[Triple]]]) -> int:
    return sum(len(triples) for _, triples in graphs)


@pytest.mark.parametrize("size", [1, 5, "all", "all but one", "all plus one"])
def test_a_rebuild_in_small_loads_writes_what_one_load_writes(size: object, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The bulk loader is given at most a bounded number of quads a call (its memory held until the call ends):
    cut anywhere, even where a graph or the rollups begin, a rebuild writes the same quads and digests."""
    import provkg.store.store as store_module

    tally = RollupTally()
    for name, triples in MIXED:
        tally.add(name, triples)
    total = _quads_of(MIXED) + sum(len(rows) for rows in (tally.rollups() or {}).values())  # every quad loaded
    sizes = {"all": total, "all but one": total - 1, "all plus one": total + 1}
    monkeypatch.setattr(store_module, "_BULK_QUADS", sizes.get(size, size))  # type: ignore[arg-type]
    assert rebuilt(MIXED, tmp_path / "store") == plainly(MIXED)


@pytest.mark.parametrize("setting", ["0", "a lot", "-40", "3.5"])
def test_a_bad_bulk_size_falls_back_to_the_default_with_a_warning(setting: str, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """$PROVKG_BULK_QUADS that is no positive whole number: read when a rebuild starts (no import fails), one
    warning line, the default size used (zero quads a load would never end)."""
    monkeypatch.setenv("PROVKG_BULK_QUADS", setting)
    assert rebuilt(MIXED, tmp_path / "store") == plainly(MIXED)
    warned = [line for line in capsys.readouterr().err.splitlines() if "PROVKG_BULK_QUADS" in line]
    assert len(warned) == 1 and warned[0].startswith("warning:")


def test_a_good_bulk_size_is_used_and_the_module_imports_with_any_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess
    import sys

    import provkg.store.store as store_module

    monkeypatch.setenv("PROVKG_BULK_QUADS", "7")
    assert store_module._bulk_quads() == 7
    env = {**os.environ, "PROVKG_BULK_QUADS": "plenty"}
    done = subprocess.run([sys.executable, "-c", "import provkg.store.store"], env=env, capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr


# Sums that need more than 28 significant digits (Python's default decimal precision), which the store adds exactly.
@pytest.mark.parametrize("values", [
    ["12345678901.123456789012345678", "0.000000000000000001"],  # a long fraction meets a tiny one
    ["99999999999999999999.5", "-0.000000000000000003", "0.25"],  # near the tally's limit, both signs
])
def test_long_numbers_are_summed_exactly_as_the_store_sums_them(values: list[str], tmp_path: Path) -> None:
    graphs = [(REPORT + f"long{i}", [*report(f"long{i}", "west"), *figure(f"long{i}", 1, "m1", "i1", decimal(v))])
              for i, v in enumerate(values)]
    tally = RollupTally()
    for name, triples in graphs:
        tally.add(name, triples)
    assert tally.rollups() is not None  # told by the tally, not by the store's aggregate
    assert rebuilt(graphs, tmp_path / "store") == plainly(graphs)
