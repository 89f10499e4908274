"""`provkg export`: the store as Turtle, N-Triples, N-Quads, TriG or JSON-LD, and the observations as a Data Cube.

Quad formats keep each report's named graph; triple formats merge all graphs (a triple stated in several graphs is
written once). JSON-LD is compacted with the published context (static/context.jsonld, served at /context.jsonld).

The Data Cube export (``cube=True``) writes each report's qb:DataSet with its observations and the structure
pk:ObservationStructure of the ontology, normalised as the W3C Data Cube recommendation describes, and refuses to
write a cube that breaks one of its integrity constraints (static/datacube/ic-*.rq).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from typing import IO, Any

from pyoxigraph import BlankNode, DefaultGraph, NamedNode, Quad, RdfFormat, Store, Triple, serialize

from provkg.errors import InputError
from provkg.namespaces import PREFIXES, QB
from provkg.store import KnowledgeStore

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
    return (resources.files("provkg") / "static" / "datacube" / name).read_text(encoding="utf-8")


def jsonld_context() -> dict[str, Any]:
    """The published JSON-LD context (the object under "@context")."""
    text = (resources.files("provkg") / "static" / "context.jsonld").read_text(encoding="utf-8")
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
    prefixes = dict(PREFIXES) if fmt in _WITH_PREFIXES else None
    if fmt in _QUAD_FORMATS:
        serialize(quads, output, FORMATS[fmt], prefixes=prefixes)
        return len(quads)
    triples = list(dict.fromkeys(q.triple for q in quads))
    serialize(triples, output, FORMATS[fmt], prefixes=prefixes)
    return len(triples)


def to_jsonld(quads: Iterable[Quad]) -> bytes:
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
        if isinstance(quad.graph_name, DefaultGraph):
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
    """IC-1 … IC-21 from static/datacube/, the title taken from each file's first comment line."""
    folder = resources.files("provkg") / "static" / "datacube"
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
    return [
        constraint
        for constraint in integrity_constraints()
        if any(bool(cube.query(q, prefixes=dict(PREFIXES))) for q in _instantiate(constraint, cube))
    ]


def normalise_cube(cube: Store) -> None:
    """Apply the W3C Data Cube normalisation algorithm (type and property closure, attachment push-down)."""
    cube.update(_datacube_file("normalise.ru"), prefixes=dict(PREFIXES))


def build_cube(store: KnowledgeStore) -> Store:
    """The Data Cube view of ``store``: its datasets, observations and structures, normalised, in memory."""
    cube = Store()
    cube.extend(Quad(t.subject, t.predicate, t.object) for t in store.query(_datacube_file("cube.rq")))  # type: ignore[union-attr]
    if not bool(cube.query(f"ASK {{ ?d a <{QB}DataSet> }}")):
        raise InputError("the store holds no qb:DataSet: run `provkg build` with at least one report first")
    if not bool(cube.query(f"ASK {{ ?s a <{QB}DataStructureDefinition> }}")):
        raise InputError("the datasets' structure (qb:DataStructureDefinition) is not in the store: is the ontology "
                         "loaded into the reference graph?")
    normalise_cube(cube)
    return cube


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
