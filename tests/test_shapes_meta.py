"""The shapes themselves: well-formed SHACL (pyshacl's SHACL-for-SHACL), parseable queries, bounds as data."""

from __future__ import annotations

import pyoxigraph as ox
import pyshacl
import pytest
import rdflib
from pyshacl.errors import ReportableRuntimeError

from provkg.core.paths import data_dir
from provkg.validate.engine import BOUNDS_FILE, SHAPE_FILES, compile_shapes, load_shapes

SH = rdflib.SH


def _meta_validate(shapes: rdflib.Graph) -> bool:
    conforms, _, _ = pyshacl.validate(rdflib.Graph(), shacl_graph=shapes, meta_shacl=True, advanced=False)
    return conforms


def test_shapes_pass_meta_shacl() -> None:
    assert _meta_validate(load_shapes())


def test_meta_shacl_rejects_a_malformed_shape() -> None:
    broken = rdflib.Graph().parse(data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
        ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:minCount "one" ] .
    """, format="turtle")
    with pytest.raises(ReportableRuntimeError):
        _meta_validate(broken)


def test_every_shape_that_reports_findings_has_a_hint() -> None:
    shapes = load_shapes()
    folder = data_dir("shapes")
    for name in SHAPE_FILES:
        assert len(rdflib.Graph().parse(folder / name)) > 0
    hint = rdflib.URIRef("https://w3id.org/provkg/shapes#hint")
    reporting = set(shapes.objects(None, SH.property)) | set(shapes.subjects(SH.sparql, None))
    assert len(reporting) > 30
    for shape in reporting:
        assert shapes.value(shape, hint) is not None, shape


def test_every_compiled_query_parses_on_oxigraph() -> None:
    store = ox.Store()
    for check in compile_shapes(load_shapes()):
        query = check.select.replace("TARGETS", "{ SELECT DISTINCT ?this WHERE { ?this ?p ?o } }", 1)
        list(store.query(query))  # raises SyntaxError on a malformed query


def test_bounds_are_data_with_a_label_and_a_range() -> None:
    bounds = rdflib.Graph().parse(data_dir("shapes") / BOUNDS_FILE)
    pksh = rdflib.Namespace("https://w3id.org/provkg/shapes#")
    for kind in (pksh.ValueBound, pksh.RatioBound):
        members = list(bounds.subjects(rdflib.RDF.type, kind))
        assert members
        for bound in members:
            assert bounds.value(bound, rdflib.RDFS.label) is not None
            assert bounds.value(bound, pksh["min"]) is not None or bounds.value(bound, pksh["max"]) is not None


def test_ratio_bounds_name_defined_indicators() -> None:
    from provkg.reference.loader import load_reference

    defined = load_reference().known
    bounds = rdflib.Graph().parse(data_dir("shapes") / BOUNDS_FILE)
    pksh = rdflib.Namespace("https://w3id.org/provkg/shapes#")
    for predicate in (pksh.numerator, pksh.denominator, pksh.indicator):
        for indicator in bounds.objects(None, predicate):
            assert str(indicator) in defined.iris, indicator
