"""`provkg export`: the five formats round-trip, the published JSON-LD context, the Data Cube integrity constraints."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterable
from pathlib import Path

import pytest
from click.testing import CliRunner
from pyoxigraph import CanonicalizationAlgorithm, NamedNode, Quad, RdfFormat, Store, parse
from pyoxigraph import Dataset as PyDataset
from rdflib import Dataset

from provkg.cli import main
from provkg.core.errors import InputError
from provkg.core.namespaces import PREFIXES, QB
from provkg.core.paths import data_dir
from provkg.publish.export import (
    build_cube,
    cube_violations,
    duplicate_observations,
    export_cube,
    export_store,
    integrity_constraints,
    jsonld_context,
)
from provkg.reference.loader import load_reference
from provkg.store.store import KnowledgeStore
from test_store import REFERENCE, REPORT, sample_graphs

OBS = REPORT + "/obs/100"


@pytest.fixture(scope="module")
def store() -> KnowledgeStore:
    """The sample report plus the real ontology and reference data (which define pk:ObservationStructure)."""
    graphs = sample_graphs()
    graphs[REFERENCE] = graphs[REFERENCE] + load_reference().triples
    knowledge = KnowledgeStore.open(None)
    knowledge.replace_graphs(graphs)
    return knowledge


def canonical(quads: Iterable[Quad]) -> PyDataset:
    """The quads with blank nodes relabelled canonically (RDFC-1.0), so two serialisations compare equal."""
    dataset = PyDataset(quads)
    dataset.canonicalize(CanonicalizationAlgorithm.RDFC_1_0)
    return dataset


def exported(store: KnowledgeStore, fmt: str, graph: str | None = None) -> bytes:
    out = io.BytesIO()
    export_store(store, fmt, out, graph)
    return out.getvalue()


# -- plain formats ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("fmt", "rdf_format"), [("nquads", RdfFormat.N_QUADS), ("trig", RdfFormat.TRIG),
                                                 ("jsonld", RdfFormat.JSON_LD)])
def test_quad_formats_keep_named_graphs(store: KnowledgeStore, fmt: str, rdf_format: RdfFormat) -> None:
    assert canonical(parse(exported(store, fmt), rdf_format)) == canonical(store.quads())


@pytest.mark.parametrize(("fmt", "rdf_format"), [("turtle", RdfFormat.TURTLE), ("ntriples", RdfFormat.N_TRIPLES)])
def test_triple_formats_merge_graphs(store: KnowledgeStore, fmt: str, rdf_format: RdfFormat) -> None:
    triples = [q.triple for q in parse(exported(store, fmt), rdf_format)]
    assert len(triples) == len(set(triples)) == len({q.triple for q in store.quads()})
    one = {q.triple for q in parse(exported(store, fmt, REPORT), rdf_format)}
    assert one == {q.triple for q in store.quads(REPORT)}  # no blank nodes in a report graph


def test_unknown_graph_and_format(store: KnowledgeStore) -> None:
    with pytest.raises(InputError, match="no graph"):
        exported(store, "turtle", "https://w3id.org/provkg/report/none")
    with pytest.raises(InputError, match="unknown export format"):
        exported(store, "rdfa")


def test_jsonld_uses_the_published_context(store: KnowledgeStore) -> None:
    document = json.loads(exported(store, "jsonld"))
    assert document["@context"] == jsonld_context()
    text = json.dumps(document, ensure_ascii=False)
    assert '"refArea": "pka:sin-ho"' in text
    assert re.search(r'(?<!@)"value": "\d', text)  # a plain string: the context gives the datatype
    reparsed = Dataset()
    reparsed.parse(data=json.dumps(document), format="json-ld")
    assert len(reparsed) == len(list(store.quads()))


def test_context_names_every_property_of_the_ontology() -> None:
    context = jsonld_context()
    expanded = {value if isinstance(value, str) else value["@id"] for key, value in context.items() if key[0] != "@"}
    ontology = (data_dir("ontology") / "provkg.ttl").read_text(encoding="utf-8")
    properties = set(re.findall(r"^(pk:[a-z]\w*) a owl:(?:Object|Datatype)Property", ontology, re.MULTILINE))
    assert properties and properties <= expanded


# -- the Data Cube -----------------------------------------------------------------------------------------------------


def test_all_21_constraints_are_loaded() -> None:
    names = {c.name for c in integrity_constraints()}
    assert names == {f"IC-{n}" for n in range(1, 22)}


def test_cube_passes_every_integrity_constraint(store: KnowledgeStore) -> None:
    cube = build_cube(store)
    assert cube_violations(cube) == []
    out = io.BytesIO()
    export_cube(store, "turtle", out)
    triples = list(parse(out.getvalue(), RdfFormat.TURTLE))
    observations = {t.subject for t in triples if t.predicate.value.endswith("#dataSet")}
    assert len(observations) == 24
    assert any(t.predicate.value.endswith("#componentProperty") for t in triples)  # normalised form


_OBS = f"<{OBS}>"
_DSD = "pk:ObservationStructure"
_DATASET = f"<{REPORT}/dataset>"
BREAKS = {
    "IC-1": f"INSERT DATA {{ {_OBS} qb:dataSet <urn:x:other-dataset> }}",
    "IC-2": f"INSERT DATA {{ {_DATASET} qb:structure <urn:x:other-structure> }}",
    "IC-3": "DELETE WHERE { ?spec qb:componentProperty pk:value ; qb:measure pk:value }",
    "IC-4": "DELETE WHERE { pk:refArea rdfs:range ?range }",
    "IC-5": "INSERT DATA { pk:measure rdfs:range skos:Concept }",
    "IC-6": "INSERT { ?spec qb:componentRequired false } WHERE { ?spec qb:componentProperty pk:refArea }",
    "IC-7": "INSERT DATA { <urn:x:key> a qb:SliceKey }",
    "IC-8": f"INSERT DATA {{ <urn:x:key> a qb:SliceKey ; qb:componentProperty <urn:x:p> . {_DSD} qb:sliceKey "
            "<urn:x:key> }",
    "IC-9": "INSERT DATA { <urn:x:slice> a qb:Slice }",
    "IC-10": f"INSERT DATA {{ <urn:x:key> a qb:SliceKey ; qb:componentProperty pk:refArea . {_DSD} qb:sliceKey "
             "<urn:x:key> . <urn:x:slice> a qb:Slice ; qb:sliceStructure <urn:x:key> }",
    "IC-11": f"DELETE WHERE {{ {_OBS} pk:refArea ?area }}",
    "IC-12": f"INSERT {{ <urn:x:copy> ?p ?o }} WHERE {{ {_OBS} ?p ?o }}",
    "IC-13": f"DELETE WHERE {{ {_OBS} pk:estimate ?estimate }}",
    "IC-14": f"DELETE WHERE {{ {_OBS} pk:value ?value }}",
    "IC-15": f"INSERT DATA {{ {_DSD} qb:component <urn:x:spec> . <urn:x:spec> qb:componentProperty qb:measureType . "
             f"{_OBS} qb:measureType <urn:x:measure> }}",
    "IC-16": f"INSERT DATA {{ {_DSD} qb:component <urn:x:spec> . <urn:x:spec> qb:componentProperty qb:measureType . "
             f"{_OBS} qb:measureType <urn:x:measure> ; <urn:x:measure> 1 }}",
    "IC-17": f"INSERT DATA {{ {_DSD} qb:component <urn:x:spec>, <urn:x:spec2> . <urn:x:spec> qb:componentProperty "
             "qb:measureType . <urn:x:spec2> qb:componentProperty <urn:x:m2> . <urn:x:m2> a qb:MeasureProperty . "
             f"{_OBS} qb:measureType pk:value }}",
    "IC-18": f"INSERT DATA {{ {_DATASET} qb:slice <urn:x:slice> . <urn:x:slice> qb:observation <urn:x:obs> }}",
    "IC-19": "INSERT DATA { pk:indicator qb:codeList pk:IndicatorScheme . pk:IndicatorScheme a skos:ConceptScheme . "
             "pki:grdp a skos:Concept ; skos:inScheme pk:IndicatorScheme }",
    "IC-20": "INSERT DATA { pk:refArea qb:codeList <urn:x:areas> . <urn:x:areas> a qb:HierarchicalCodeList ; "
             "qb:hierarchyRoot pka:lai-chau ; qb:parentChildProperty <urn:x:hasDistrict> . "
             "pka:lai-chau <urn:x:hasDistrict> pka:tam-duong }",
    "IC-21": "INSERT DATA { pk:refArea qb:codeList <urn:x:areas> . <urn:x:areas> a qb:HierarchicalCodeList ; "
             "qb:hierarchyRoot pka:lai-chau ; qb:parentChildProperty [ owl:inverseOf pk:inProvince ] . "
             "pka:tam-duong pk:inProvince pka:lai-chau }",
}
# The same constructions, completed so that they conform: the checks must not fire on them.
REPAIRS = {
    "IC-19": "INSERT DATA { pki:rice-output a skos:Concept ; skos:inScheme pk:IndicatorScheme . pki:cpi a "
             "skos:Concept ; skos:inScheme pk:IndicatorScheme . pki:new-jobs a skos:Concept ; "
             "skos:inScheme pk:IndicatorScheme }",
    "IC-20": "INSERT DATA { pka:lai-chau <urn:x:hasDistrict> pka:sin-ho }",
    "IC-21": "INSERT DATA { pka:sin-ho pk:inProvince pka:lai-chau }",
}


def _broken(store: KnowledgeStore, update: str) -> Store:
    cube = build_cube(store)
    cube.update(update, prefixes=dict(PREFIXES))
    return cube


@pytest.mark.parametrize("name", sorted(BREAKS, key=lambda n: int(n[3:])))
def test_each_constraint_detects_its_violation(store: KnowledgeStore, name: str) -> None:
    cube = _broken(store, BREAKS[name])
    assert name in {c.name for c in cube_violations(cube)}
    if name in REPAIRS:
        cube.update(REPAIRS[name], prefixes=dict(PREFIXES))
        assert name not in {c.name for c in cube_violations(cube)}


def test_fast_duplicate_check_agrees_with_the_recommendation(store: KnowledgeStore) -> None:
    ic12 = next(c for c in integrity_constraints() if c.name == "IC-12").sparql
    for cube in (build_cube(store), _broken(store, BREAKS["IC-12"])):
        assert duplicate_observations(cube) is bool(cube.query(ic12, prefixes=dict(PREFIXES)))
    literal = _broken(store, f"DELETE {{ {_OBS} pk:refPeriod ?p }} INSERT {{ {_OBS} pk:refPeriod '2021' }} "
                             f"WHERE {{ {_OBS} pk:refPeriod ?p }}")
    assert duplicate_observations(literal) is None  # literal values: left to the recommendation's query
    assert duplicate_observations(_broken(store, BREAKS["IC-11"])) is None  # a missing value: likewise
    second = _broken(store, f"INSERT DATA {{ {_OBS} pk:refArea pka:tam-duong }}")
    assert duplicate_observations(second) is None  # a second value: likewise


def test_repeated_dimension_values_go_to_a_repeat_dataset(store: KnowledgeStore) -> None:
    repeated = KnowledgeStore.open(None)
    repeated.replace_graphs({g: [q.triple for q in store.quads(g)] for g in store.graphs()})
    # a breakdown part stated later in the text with the same indicator, area, period and measure as obs/100
    repeated.update(f"INSERT {{ GRAPH ?g {{ <{REPORT}/obs/9000> ?p ?o ; pk:textStart 9000 }} }} "
                    f"WHERE {{ GRAPH ?g {{ {_OBS} ?p ?o FILTER(?p != pk:textStart) }} }}")
    out = io.BytesIO()
    export_cube(repeated, "ntriples", out)
    triples = [q.triple for q in parse(out.getvalue(), RdfFormat.N_TRIPLES)]
    datasets = {t.subject.value: t.object.value for t in triples if t.predicate.value.endswith("#dataSet")}
    assert len(datasets) == 25  # nothing dropped
    assert datasets[f"{REPORT}/obs/9000"] == f"{REPORT}/dataset/repeat-2"
    assert datasets[OBS] == f"{REPORT}/dataset"


def test_invalid_cube_is_not_written(store: KnowledgeStore) -> None:
    broken = KnowledgeStore.open(None)
    broken.replace_graphs({g: [q.triple for q in store.quads(g)] for g in store.graphs()})
    broken.update(f"DELETE WHERE {{ GRAPH ?g {{ {_OBS} pk:estimate ?estimate }} }}")
    out = io.BytesIO()
    with pytest.raises(InputError, match="IC-13"):
        export_cube(broken, "turtle", out)
    assert out.getvalue() == b""


def test_cube_needs_datasets_and_structure() -> None:
    empty = KnowledgeStore.open(None)
    with pytest.raises(InputError, match="no qb:DataSet"):
        build_cube(empty)
    empty.replace_graphs({REPORT: sample_graphs()[REPORT]})
    with pytest.raises(InputError, match="structure"):
        build_cube(empty)


# -- the command ------------------------------------------------------------------------------------------------------


def test_cli_export(tmp_path: Path, store: KnowledgeStore) -> None:
    folder = tmp_path / "store"
    with KnowledgeStore.open(folder, create=True) as disk:
        disk.replace_graphs({g: [q.triple for q in store.quads(g)] for g in store.graphs()})
    runner = CliRunner()
    target = tmp_path / "all.trig"
    result = runner.invoke(main, ["export", "--store", str(folder), "--format", "trig", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert set(parse(path=str(target), format=RdfFormat.TRIG)) == set(store.quads())
    result = runner.invoke(main, ["export", "--store", str(folder), "--cube", "--format", "ntriples"])
    assert result.exit_code == 0
    cube = list(parse(result.stdout_bytes, RdfFormat.N_TRIPLES))
    assert sum(1 for t in cube if t.predicate.value.endswith("#dataSet")) == 24
    result = runner.invoke(main, ["export", "--store", str(tmp_path / "none")])
    assert result.exit_code == 2 and "run `provkg build` first" in result.output


def test_quads_are_quads(store: KnowledgeStore) -> None:
    assert all(isinstance(q, Quad) for q in parse(exported(store, "nquads"), RdfFormat.N_QUADS))


def test_cube_of_the_reviewed_fact_sheets_passes() -> None:
    """The real graph (data/ as `provkg build` reads it) gives a valid cube; its repeated keys are set apart."""
    from provkg.pipeline.build import build_graphs

    graphs, summary = build_graphs()
    real = KnowledgeStore.open(None)
    real.replace_graphs(graphs)
    cube = build_cube(real)
    assert cube_violations(cube) == []
    observations = {q.subject for q in cube.quads_for_pattern(None, NamedNode(QB + "dataSet"), None)}
    assert len(observations) == summary.mapped
