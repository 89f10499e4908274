"""The provkg ontology and reference data: finding the Turtle files, loading them, label indexes, OWL reasoning.

The files under ``ontology/`` (provkg.ttl, reference.ttl, indicators.ttl, areas.ttl, projects.ttl) are the single
source of classes, properties, concept schemes, areas and projects. Linking code matches subject phrases against
the Vietnamese labels indexed here; consistency is checked with HermiT through owlready2.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import owlready2
from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

from provkg.core.errors import InputError
from provkg.core.namespaces import INDICATOR, PK, PREFIXES
from provkg.core.paths import ONTOLOGY_DIR_ENV, ontology_dir
from provkg.reference.labels import normalise_label

QB = Namespace(PREFIXES["qb"])
PKNS = Namespace(PK)

# Data Cube types its component properties (pk:indicator a qb:DimensionProperty). Under OWL 2 that is punning, which
# HermiT accepts but owlready2 misreads as property subsumption; the reasoner needs none of it, so it is left out.
_QB_COMPONENT_TYPES = frozenset({QB.DimensionProperty, QB.MeasureProperty, QB.AttributeProperty})


class ReasonerUnavailable(RuntimeError):
    """No Java runtime to run HermiT."""


def ontology_files() -> list[Path]:
    """All Turtle files of the ontology folder, provkg.ttl (the schema) first, the rest by name."""
    folder = ontology_dir()
    if not folder.is_dir():
        raise InputError(f"ontology folder not found (set {ONTOLOGY_DIR_ENV} to override)", str(folder))
    files = sorted(folder.glob("*.ttl"), key=lambda p: (p.name != "provkg.ttl", p.name))
    if not files:
        raise InputError("no .ttl files in the ontology folder", str(folder))
    return files


def load_ontology(files: Iterable[Path] | None = None) -> Graph:
    """Parse the ontology files (default: all of :func:`ontology_files`) into one rdflib graph."""
    graph = Graph()
    for prefix, iri in PREFIXES.items():
        graph.bind(prefix, iri)
    for path in files if files is not None else ontology_files():
        try:
            graph.parse(path, format="turtle")
        except (SyntaxError, ValueError, OSError) as exc:  # rdflib's BadSyntax is a SyntaxError
            raise InputError(f"cannot read Turtle: {exc}", str(path)) from exc
    return graph


LabelIndex = dict[str, list[tuple[str, str]]]


def concept_labels(graph: Graph, concept_class: URIRef, namespace: str, lang: str = "vi") -> LabelIndex:
    """Index ``normalised label -> [(local name, "prefLabel"|"altLabel"), ...]`` of the instances of a class.

    Only concepts whose IRI starts with ``namespace`` are indexed; a label listed under two concepts is ambiguous
    and shows up as a list of two.
    """
    index: LabelIndex = {}
    for concept in sorted(set(graph.subjects(RDF.type, concept_class))):
        if not isinstance(concept, URIRef) or not str(concept).startswith(namespace):
            continue
        local = str(concept)[len(namespace):]
        for kind, prop in (("prefLabel", SKOS.prefLabel), ("altLabel", SKOS.altLabel)):
            for label in graph.objects(concept, prop):
                if isinstance(label, Literal) and label.language == lang:
                    entry = (local, kind)
                    bucket = index.setdefault(normalise_label(str(label)), [])
                    if entry not in bucket:
                        bucket.append(entry)
    return index


def indicator_labels(graph: Graph | None = None) -> LabelIndex:
    """Vietnamese labels of the indicators (pki:), for linking subject phrases to indicators."""
    return concept_labels(graph if graph is not None else load_ontology(), PKNS.Indicator, INDICATOR)


def _owl_graph(graph: Graph) -> Graph:
    kept = Graph()
    for triple in graph:
        if triple[1] == RDF.type and triple[2] in _QB_COMPONENT_TYPES:
            continue
        kept.add(triple)
    return kept


def to_owlready(
    source: Graph | Path | Sequence[Path] | None = None, world: owlready2.World | None = None
) -> owlready2.Ontology:
    """Load the ontology (or any graph or Turtle files) into owlready2.

    owlready2 reads RDF/XML, N-Triples and OWL/XML but not Turtle, so the graph goes through a temporary
    N-Triples file. A fresh World is used unless one is given, so reasoning never leaks between calls.
    """
    if isinstance(source, Graph):
        graph = source
    elif isinstance(source, Path):
        graph = load_ontology([source])
    else:
        graph = load_ontology(source)
    world = world if world is not None else owlready2.World()
    with tempfile.TemporaryDirectory(prefix="provkg-owl-") as tmp:
        path = Path(tmp) / "ontology.nt"
        _owl_graph(graph).serialize(path, format="nt", encoding="utf-8")
        return world.get_ontology(path.as_uri()).load()


def java_available() -> bool:
    """True when the Java runtime owlready2 calls for HermiT can be found."""
    return shutil.which(owlready2.JAVA_EXE) is not None or Path(owlready2.JAVA_EXE).is_file()


@dataclass
class ConsistencyReport:
    """Result of a HermiT run: overall consistency and the IRIs of unsatisfiable classes."""

    consistent: bool
    unsatisfiable: list[str] = field(default_factory=list)
    message: str = ""

    @property
    def ok(self) -> bool:
        return self.consistent and not self.unsatisfiable


def check_consistency(source: Graph | Path | Sequence[Path] | None = None) -> ConsistencyReport:
    """Run HermiT on the ontology (default) or on a graph, e.g. ontology plus a report's data.

    Raises :class:`ReasonerUnavailable` without Java. Unsupported datatypes (xsd:date in OWL-Time data) are
    ignored by HermiT rather than failing the run.
    """
    if not java_available():
        raise ReasonerUnavailable(f"Java not found ({owlready2.JAVA_EXE}); HermiT needs a Java runtime")
    world = owlready2.World()
    to_owlready(source, world)
    try:
        owlready2.sync_reasoner_hermit(
            world, infer_property_values=False, debug=0, ignore_unsupported_datatypes=True
        )
    except owlready2.OwlReadyInconsistentOntologyError as exc:
        return ConsistencyReport(False, [], str(exc).strip() or "HermiT: the ontology is inconsistent")
    unsatisfiable = sorted(
        cls.iri for cls in world.inconsistent_classes() if cls is not owlready2.Nothing
    )
    return ConsistencyReport(True, unsatisfiable, "")
