"""Which graphs a SPARQL Update writes, read from its text (store/touched.py)."""

from __future__ import annotations

import pytest

from provkg.core.digests import DEFAULT_GRAPH
from provkg.core.namespaces import PREFIXES
from provkg.store.touched import graphs_written_by

A, B = "https://example.org/graph/a", "https://example.org/graph/b"


@pytest.mark.parametrize(("update", "written"), [
    # data blocks: the graphs their quads name, the default graph for bare triples
    (f"INSERT DATA {{ GRAPH <{A}> {{ <urn:s> pk:value 1 }} }}", {A}),
    (f"DELETE DATA {{ <urn:s> pk:value 1 . GRAPH <{B}> {{ <urn:s> pk:value 2 }} }}", {DEFAULT_GRAPH, B}),
    # templates: WITH names the graph of bare triples; WHERE and USING are only read
    (f"WITH <{A}> DELETE {{ ?s pk:value ?v }} WHERE {{ ?s pk:value ?v }}", {A}),
    (f"DELETE {{ ?s pk:value ?v }} INSERT {{ GRAPH <{B}> {{ ?s pk:value 0 }} }} USING <{A}> WHERE {{ ?s pk:value ?v }}",
     {DEFAULT_GRAPH, B}),
    (f"DELETE WHERE {{ GRAPH <{A}> {{ ?s pk:unitText ?u }} }}", {A}),
    # graph management: the target is written, a MOVE empties its source too
    (f"DROP SILENT GRAPH <{A}>", {A}),
    (f"CLEAR GRAPH <{B}> ; CREATE GRAPH <{A}>", {A, B}),
    (f"COPY <{A}> TO <{B}>", {B}),
    (f"ADD DEFAULT TO <{A}>", {A}),
    (f"MOVE <{A}> TO DEFAULT", {A, DEFAULT_GRAPH}),
    (f"LOAD <http://example.org/data.ttl> INTO GRAPH <{B}>", {B}),
    ("LOAD <http://example.org/data.ttl>", {DEFAULT_GRAPH}),
])
def test_the_graphs_an_update_names(update: str, written: set[str]) -> None:
    assert graphs_written_by(update, PREFIXES) == written


@pytest.mark.parametrize("update", [
    "DELETE { GRAPH ?g { ?s pk:value ?v } } WHERE { GRAPH ?g { ?s pk:value ?v } }",
    "INSERT { GRAPH ?where { ?s pk:checked true } } WHERE { GRAPH ?where { ?s pk:value ?v } }",
    "DROP ALL",
    "CLEAR NAMED",
    f"INSERT DATA {{ GRAPH <{A}> {{ <urn:s> pk:value 1 }} }} ; DROP NAMED",  # one unnamed operation is enough
    "this is no update",  # refused by this parser: cannot tell
])
def test_an_update_that_can_write_any_graph(update: str) -> None:
    assert graphs_written_by(update, PREFIXES) is None
