"""store/results.py: the SPARQL results formats are pyoxigraph's own, whatever the terms (regressions of review)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from provkg.store.results import Results, TooManyResults

QUERY = "SELECT ?s ?o (TRIPLE(?s, ?p, ?o) AS ?t) ?none WHERE { ?s ?p ?o }"


@pytest.fixture()
def store() -> ox.Store:
    store = ox.Store()
    subject, predicate = ox.NamedNode("http://example.org/a"), ox.NamedNode("http://example.org/p")
    for literal in (ox.Literal("tab\there, line\nbreak, \"quote\", back\\slash", language="vi"),
                    ox.Literal("5335.4", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")),
                    ox.Literal("not a number", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))):
        store.add(ox.Quad(subject, predicate, literal))
    return store


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_same_bytes_as_pyoxigraph_serialising_the_results_itself(store: ox.Store, fmt: str) -> None:
    ours = Results.read(store.query(QUERY)).serialize(fmt)
    theirs = store.query(QUERY).serialize(format={"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
                                                  "csv": ox.QueryResultsFormat.CSV,
                                                  "tsv": ox.QueryResultsFormat.TSV}[fmt])
    assert sorted(ours.splitlines()) == sorted(theirs.splitlines())


def test_boolean_answers_and_the_row_limit(store: ox.Store) -> None:
    assert Results.read(store.query("ASK { ?s ?p ?o }")).serialize("json") == b'{"head":{},"boolean":true}'
    with pytest.raises(TooManyResults):
        Results.read(store.query(QUERY), limit=2)
    assert len(Results.read(store.query(QUERY), limit=3).rows) == 3
