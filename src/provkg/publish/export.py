"""`provkg export`: the store as Turtle, N-Triples, N-Quads, TriG or JSON-LD, and the observations as a Data Cube.

Quad formats keep each report's named graph; triple formats merge all graphs (a triple stated in several graphs is
written once). JSON-LD is compacted with the published context (publish/context.jsonld, served at /context.jsonld).

The Data Cube export (``cube=True``) writes each report's qb:DataSet with its observations and the structure
pk:ObservationStructure of the ontology, normalised as the W3C Data Cube recommendation describes, and refuses to
write a cube that breaks one of its integrity constraints (publish/datacube/ic-*.rq).

A report states some observations whose dimension values (indicator, area, period, measure) repeat another's: the
parts of a breakdown that share their total's indicator, figures of different projects, a figure restated in a
footnote. A Data Cube dataset cannot hold two observations with the same dimension values (IC-12), so the n-th
observation of a repeated key goes to the report's dataset ``<dataset>/repeat-<n>`` (same structure, labelled as
such): nothing is dropped and every dataset is a valid cube.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from typing import IO, Any

from pyoxigraph import BlankNode, DefaultGraph, Literal, NamedNode, Quad, RdfFormat, Store, Triple, serialize

from provkg.core.errors import InputError
from provkg.core.namespaces import DCTERMS, PREFIXES, PROV, QB, RDF, RDFS
from provkg.store.store import KnowledgeStore

FORMATS = {
    "turtle": RdfFormat.TURTLE,
    "ntriples": RdfFormat.N_TRIPLES,
    "nquads": RdfFormat.N_QUADS,
    "trig": RdfFormat.TRIG,
    "jsonld": RdfFormat.JSON_LD,
}
_QUAD_FORMATS = {"nquads", "trig", "jsonld"}
_WITH_PREFIXES = {"turtle", "trig"}


def _datacube_file(name: str) -> str:
    return (resources.files("provkg.publish") / "datacube" / name).read_text(encoding="utf-8")


def jsonld_context() -> dict[str, Any]:
    """The published JSON-LD context (the object under "@context")."""
    text = (resources.files("provkg.publish") / "context.jsonld").read_text(encoding="utf-8")
    return json.loads(text)["@context"]


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")


# -- plain exports ---------------------------------------------------------------------------------------------------


def export_store(store: KnowledgeStore, fmt: str, output: IO[bytes], graph: str | None = None) -> int:
    """Write the store (or one named ``graph``) to ``output``; returns the number of triples or quads written."""
    _check_format(fmt)
    if graph is not None and graph not in store.graphs():
        raise InputError(f"no graph <{graph}> in the store; graphs: {', '.join(store.graphs()) or 'none'}")
    quads = list(store.quads(graph))
    return write_quads(quads, fmt, output)


def write_quads(quads: list[Quad], fmt: str, output: IO[bytes]) -> int:
    """Serialise quads in ``fmt``; triple formats get each distinct triple once."""
    _check_format(fmt)
    if fmt == "jsonld":
        output.write(to_jsonld(quads))
        return len(quads)
    prefixes = used_prefixes(quads) if fmt in _WITH_PREFIXES else None
    if fmt in _QUAD_FORMATS:
        serialize(quads, output, FORMATS[fmt], prefixes=prefixes)
        return len(quads)
    triples = list(dict.fromkeys(q.triple for q in quads))
    serialize(triples, output, FORMATS[fmt], prefixes=prefixes)
    return len(triples)


def used_prefixes(statements: Iterable[Quad | Triple]) -> dict[str, str]:
    """The provkg prefixes whose namespace some IRI of ``statements`` starts with (so Turtle declares only those)."""
    iris = {t.value for s in statements for t in (s.subject, s.predicate, s.object) if isinstance(t, NamedNode)}
    namespaces = {iri[: max(iri.rfind("/"), iri.rfind("#")) + 1] for iri in iris}
    return {prefix: ns for prefix, ns in PREFIXES.items() if any(n.startswith(ns) for n in namespaces)}


def to_jsonld(quads: Iterable[Quad | Triple]) -> bytes:
    """JSON-LD compacted with the published context (rdflib does the compaction; pyoxigraph writes expanded form)."""
    from rdflib import BNode, Dataset, URIRef
    from rdflib import Literal as RdfLiteral

    def term(node: Any) -> Any:
        if isinstance(node, NamedNode):
            return URIRef(node.value)
        if isinstance(node, BlankNode):
            return BNode(node.value)
        if isinstance(node, Triple):
            raise InputError("RDF-star triples cannot be written as JSON-LD")
        if node.language:
            return RdfLiteral(node.value, lang=node.language)
        return RdfLiteral(node.value, datatype=URIRef(node.datatype.value))

    dataset = Dataset()
    for quad in quads:
        triple = (term(quad.subject), term(quad.predicate), term(quad.object))
        if isinstance(quad, Triple) or isinstance(quad.graph_name, DefaultGraph):
            dataset.add(triple)
        else:
            dataset.graph(term(quad.graph_name)).add(triple)
    text = dataset.serialize(format="json-ld", context=jsonld_context(), auto_compact=True)
    return text.encode("utf-8")


# -- the Data Cube -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class IntegrityConstraint:
    """One W3C Data Cube integrity constraint: an ASK query that is true when the cube breaks it."""

    name: str  # e.g. "IC-12"
    title: str
    sparql: str


def integrity_constraints() -> list[IntegrityConstraint]:
    """IC-1 … IC-21 from publish/datacube/, the title taken from each file's first comment line."""
    folder = resources.files("provkg.publish") / "datacube"
    constraints = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.startswith("ic-") and entry.name.endswith(".rq"):
            text = entry.read_text(encoding="utf-8")
            title = text.splitlines()[0].lstrip("# ").strip()
            constraints.append(IntegrityConstraint(title.split(".")[0], title, text))
    return constraints


def _instantiate(constraint: IntegrityConstraint, cube: Store) -> list[str]:
    """The runnable queries of a constraint: IC-20/21 are templates over each hierarchical list's property."""
    if "<$p>" not in constraint.sparql:
        return [constraint.sparql]
    inverse = constraint.name == "IC-21"
    pattern = (
        "SELECT DISTINCT ?p WHERE { ?list a qb:HierarchicalCodeList ; qb:parentChildProperty "
        + ("[ owl:inverseOf ?p ]" if inverse else "?p")
        + " FILTER(isIRI(?p)) }"
    )
    properties = [row["p"].value for row in cube.query(pattern, prefixes=dict(PREFIXES))]  # type: ignore[union-attr]
    return [constraint.sparql.replace("<$p>", f"<{iri}>") for iri in properties]


def cube_violations(cube: Store) -> list[IntegrityConstraint]:
    """The integrity constraints that ``cube`` (a normalised Data Cube, in its default graph) breaks."""
    broken = []
    for constraint in integrity_constraints():
        fast = duplicate_observations(cube) if constraint.name == "IC-12" else None
        if fast is None:
            fast = any(bool(cube.query(q, prefixes=dict(PREFIXES))) for q in _instantiate(constraint, cube))
        if fast:
            broken.append(constraint)
    return broken


def duplicate_observations(cube: Store) -> bool | None:
    """IC-12 as a join on the dimension values of each structure: linear, where the recommendation's query compares
    every pair of observations of a dataset (seconds for one report of 500 figures, hours for a country).

    It answers as the recommendation's query does when every observation has exactly one value, an IRI, for each
    dimension; otherwise (a literal, a missing or a second value: 1 and 01 are equal as integers but not as terms)
    it returns None and the recommendation's query decides.
    """
    prefixes = dict(PREFIXES)
    unusual = (
        "ASK { ?obs qb:dataSet/qb:structure/qb:component/qb:componentProperty ?dim . ?dim a qb:DimensionProperty . "
        "OPTIONAL { ?obs ?dim ?value } "
        "FILTER(!BOUND(?value) || !isIRI(?value) || EXISTS { ?obs ?dim ?other FILTER(?other != ?value) }) }"
    )
    if bool(cube.query(unusual, prefixes=prefixes)):
        return None
    structures: dict[str, list[str]] = {}
    for row in cube.query(  # type: ignore[union-attr]
        "SELECT DISTINCT ?dsd ?dim WHERE { ?dataset qb:structure ?dsd . "
        "?dsd qb:component/qb:componentProperty ?dim . ?dim a qb:DimensionProperty }",
        prefixes=prefixes,
    ):
        structures.setdefault(row["dsd"].value, []).append(row["dim"].value)
    for dsd, dims in structures.items():
        same = " ; ".join(f"<{dim}> ?v{i}" for i, dim in enumerate(sorted(dims)))
        query = (f"ASK {{ ?dataset qb:structure <{dsd}> . ?obs1 qb:dataSet ?dataset ; {same} . "
                 f"?obs2 qb:dataSet ?dataset ; {same} . FILTER(?obs1 != ?obs2) }}")
        if bool(cube.query(query, prefixes=prefixes)):
            return True
    return False


def normalise_cube(cube: Store) -> None:
    """Apply the W3C Data Cube normalisation algorithm (type and property closure, attachment push-down)."""
    cube.update(_datacube_file("normalise.ru"), prefixes=dict(PREFIXES))


def build_cube(store: KnowledgeStore) -> Store:
    """The Data Cube view of ``store``: its datasets, observations and structures, normalised, in memory."""
    cube = Store()
    cube.extend(Quad(t.subject, t.predicate, t.object) for t in store.query(_datacube_file("cube.rq")))  # type: ignore[union-attr]
    if not bool(cube.query(f"ASK {{ ?d a <{QB}DataSet> }}")):
        raise InputError("the store holds no qb:DataSet: run `provkg build` with at least one report first")
    undefined = [row["s"].value for row in cube.query(  # type: ignore[union-attr]
        f"SELECT DISTINCT ?s WHERE {{ ?d <{QB}structure> ?s FILTER NOT EXISTS {{ ?s <{QB}component> ?c }} }}"
    )]
    if undefined:
        raise InputError(f"the datasets' structure {', '.join(undefined)} has no components in the store: is the "
                         "ontology loaded into the reference graph?")
    normalise_cube(cube)
    separate_repeated_keys(cube)
    return cube


def separate_repeated_keys(cube: Store) -> int:
    """Move the 2nd, 3rd, … observation of a repeated dimension key to a dataset of its own (see the module doc).

    Observations are taken in text order (pk:textStart, then IRI); returns how many were moved.
    """
    rows = cube.query(_datacube_file("observation-keys.rq"), prefixes=dict(PREFIXES))
    keys: dict[tuple[Any, ...], list[tuple[int, str, Any]]] = {}
    for row in rows:  # type: ignore[union-attr]
        start = int(row["start"].value) if row["start"] is not None else -1
        values = keys.setdefault((row["dataset"], row["obs"]), [])
        values.append((start, row["dim"].value, row["value"]))
    groups: dict[tuple[Any, ...], list[tuple[int, str, Any]]] = {}
    for (dataset, obs), values in keys.items():
        key = (dataset, tuple(sorted((dim, str(value)) for _, dim, value in values)))
        groups.setdefault(key, []).append((values[0][0], obs.value, obs))
    moved = 0
    data_set, structure = NamedNode(QB + "dataSet"), NamedNode(QB + "structure")
    for (dataset, _), members in groups.items():
        for occurrence, (_, _, obs) in enumerate(sorted(members, key=lambda m: (m[0], m[1]))[1:], start=2):
            repeat = NamedNode(f"{dataset.value}/repeat-{occurrence}")
            if not any(True for _ in cube.quads_for_pattern(repeat, structure, None)):
                cube.extend(_repeat_dataset(cube, dataset, repeat, occurrence))
            cube.remove(Quad(obs, data_set, dataset))
            cube.add(Quad(obs, data_set, repeat))
            moved += 1
    return moved


def _repeat_dataset(cube: Store, dataset: NamedNode, repeat: NamedNode, occurrence: int) -> list[Quad]:
    rdf_type, structure = NamedNode(RDF + "type"), NamedNode(QB + "structure")
    quads = [Quad(repeat, rdf_type, NamedNode(QB + "DataSet"))]
    quads += [Quad(repeat, structure, q.object) for q in cube.quads_for_pattern(dataset, structure, None)]
    quads += [Quad(repeat, NamedNode(DCTERMS + "isPartOf"), dataset),
              Quad(repeat, NamedNode(RDFS + "label"), Literal(
                  f"Observations of {dataset.value} whose indicator, area, period and measure were already stated "
                  f"{occurrence - 1} time(s) in the report (breakdown parts, project figures, restatements)",
                  language="en"))]
    quads += [Quad(repeat, q.predicate, q.object)
              for q in cube.quads_for_pattern(dataset, NamedNode(PROV + "wasDerivedFrom"), None)]
    return quads


def export_cube(store: KnowledgeStore, fmt: str, output: IO[bytes]) -> int:
    """Write the Data Cube dataset of the observations; InputError (nothing written) if it breaks a constraint."""
    _check_format(fmt)
    cube = build_cube(store)
    broken = cube_violations(cube)
    if broken:
        raise InputError(
            "the observations do not form a valid RDF Data Cube; broken integrity constraints:\n"
            + "\n".join(f"  {c.title}" for c in broken)
        )
    return write_quads(list(cube), fmt, output)
