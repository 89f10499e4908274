"""`provkg push` and remote queries against a real Oxigraph server started on 127.0.0.1."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from pyoxigraph import Literal, NamedNode, Triple

from provkg.bench.servers import ServerUnavailable, free_port, oxigraph_server
from provkg.cli import main
from provkg.core.errors import InputError
from provkg.core.namespaces import AREA
from provkg.publish.remote import push, remote_query
from provkg.store.store import KnowledgeStore
from provkg.store.summaries import rollup_graph_iri
from test_store import REFERENCE, REPORT, sample_graphs


@pytest.fixture
def oxigraph(tmp_path: Path) -> Iterator[str]:
    """A real Oxigraph server (union default graph) on a free port; yields its base URL."""
    try:
        with oxigraph_server(tmp_path) as server:
            yield server.base
    except ServerUnavailable as exc:
        pytest.skip(str(exc))


@pytest.fixture
def store() -> KnowledgeStore:
    knowledge = KnowledgeStore.open(None)
    knowledge.replace_graphs(sample_graphs())
    return knowledge


def graph_sizes(base: str) -> dict[str, int]:
    query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    request = urllib.request.Request(f"{base}/query?" + urllib.parse.urlencode({"query": query}),
                                     headers={"Accept": "application/sparql-results+json"})
    rows = json.load(urllib.request.urlopen(request))["results"]["bindings"]
    return {row["g"]["value"]: int(row["n"]["value"]) for row in rows}


@pytest.mark.parametrize(("protocol", "path"), [("gsp", "/store"), ("update", "/update")])
def test_push_replaces_graphs(oxigraph: str, store: KnowledgeStore, protocol: str, path: str) -> None:
    summary = push(store, oxigraph + path, protocol=protocol)
    expected = {g: len(list(store.quads(g))) for g in store.graphs()}
    assert summary.graphs == expected
    assert graph_sizes(oxigraph) == expected
    # the report is revised: one observation fewer, one new triple; pushing again replaces its graph
    revised = [t for t in sample_graphs()[REPORT] if not t.subject.value.endswith("/obs/100")]
    revised.append(Triple(NamedNode(REPORT), NamedNode("https://w3id.org/provkg/ontology#textLength"), Literal("9")))
    store.replace_graphs({REPORT: revised})
    push(store, oxigraph + path, protocol=protocol, graphs=[REPORT])
    assert graph_sizes(oxigraph) == {**expected, REPORT: len(revised)}


def test_remote_query(oxigraph: str, store: KnowledgeStore) -> None:
    push(store, oxigraph + "/store")
    table = remote_query(oxigraph + "/query", "SELECT ?o WHERE { ?o pk:refArea pka:sin-ho ; pk:indicator pki:cpi }")
    assert table.columns == ["o"] and len(table.rows) == 2
    assert remote_query(oxigraph + "/query", "ASK { ?o pk:indicator pki:grdp }").rows == [["true"]]
    with pytest.raises(InputError, match="refused the query"):
        remote_query(oxigraph + "/query", "SELECT ?s WHERE { ?s ?p }")
    with pytest.raises(InputError, match="only SELECT and ASK"):
        remote_query(oxigraph + "/query", "CONSTRUCT WHERE { ?s ?p ?o }")


def test_push_errors(oxigraph: str, store: KnowledgeStore) -> None:
    with pytest.raises(InputError, match="HTTP 404"):
        push(store, oxigraph + "/nowhere")
    with pytest.raises(InputError, match="no graph"):
        push(store, oxigraph + "/store", graphs=["https://w3id.org/provkg/report/none"])
    with pytest.raises(InputError, match="cannot reach"):
        push(store, f"http://127.0.0.1:{free_port()}/store")
    with pytest.raises(InputError, match="not an http"):
        push(store, "ftp://example.org/store")


def test_cli_push_and_remote_query(tmp_path: Path, oxigraph: str, store: KnowledgeStore) -> None:
    folder = tmp_path / "store"
    with KnowledgeStore.open(folder, create=True) as disk:
        disk.replace_graphs(sample_graphs())
    runner = CliRunner()
    result = runner.invoke(main, ["push", "--endpoint", oxigraph + "/store", "--store", str(folder)])
    assert result.exit_code == 0, result.output
    assert set(graph_sizes(oxigraph)) == {REFERENCE, REPORT, rollup_graph_iri(AREA + "lai-chau")}  # and its rollup
    result = runner.invoke(main, ["query", "SELECT (COUNT(?o) AS ?n) WHERE { ?o a pk:Observation }",
                                  "--endpoint", oxigraph + "/query", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output.split() == ["n", "24"]
