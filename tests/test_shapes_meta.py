"""The shapes themselves: well-formed SHACL (pyshacl's SHACL-for-SHACL), parseable queries, bounds as data."""

from __future__ import annotations

import re

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
        query = check.select.replace("TARGETS", "{ SELECT DISTINCT ?this WHERE { ?this ?p ?o } }")
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


# SHACL's pre-binding of $this (SHACL §5.2.1) forbids these in a constraint's query; pyshacl then refuses every
# shape at once. Regression: a MINUS written for Oxigraph's speed broke the standard engine.
_FORBIDDEN_IN_CONSTRAINTS = re.compile(r"\b(MINUS|VALUES|SERVICE)\b", re.IGNORECASE)
_QUERY_COMMENT = re.compile(r"(^|\s)#.*$", re.MULTILINE)
_IRI = re.compile(r"<[^<>\s]*>")


def _forbidden_words(query: str) -> list[str]:
    return _FORBIDDEN_IN_CONSTRAINTS.findall(_QUERY_COMMENT.sub("", _IRI.sub("<>", query)))


def test_no_constraint_query_uses_what_shacl_pre_binding_forbids() -> None:
    offending = {str(shape): _forbidden_words(str(query))
                 for shape, query in load_shapes().subject_objects(SH.select) if _forbidden_words(str(query))}
    assert not offending


def test_the_forbidden_word_check_sees_a_minus_and_skips_comments() -> None:
    assert _forbidden_words("SELECT $this WHERE { ?a ?b ?c MINUS { ?a ?d ?e } }") == ["MINUS"]
    assert _forbidden_words("SELECT $this WHERE { # no MINUS here, nor VALUES\n ?a ?b <http://x.org/#values> }") == []


# SHACL §5.2.1: a sub-select must project every potentially pre-bound variable, $this included, or pre-binding
# changes its meaning. pyshacl checks only the first sub-select, and not one written SELECT DISTINCT.
_SELECT_HEAD = re.compile(r"\bSELECT\b(.*?)\bWHERE\b", re.IGNORECASE | re.DOTALL)
_STRING = re.compile(r'"[^"\n]*"')
_BRACKETED = re.compile(r"\([^()]*\)")


def _sub_selects_without_this(query: str) -> list[str]:
    """The projections of the sub-selects of ``query`` that do not return $this as it is."""
    text = _QUERY_COMMENT.sub("", _STRING.sub('""', _IRI.sub("<>", query)))
    missing = []
    for head in [m.group(1) for m in _SELECT_HEAD.finditer(text)][1:]:
        projected = head
        while _BRACKETED.search(projected):  # (expressions bound AS a variable are not the variable)
            projected = _BRACKETED.sub(" ", projected)
        if not re.search(r"(?<![\w$?])[$?]this\b", projected):
            missing.append(" ".join(head.split()))
    return missing


def test_every_sub_select_returns_this() -> None:
    offending = {str(shape): _sub_selects_without_this(str(query))
                 for shape, query in load_shapes().subject_objects(SH.select) if _sub_selects_without_this(str(query))}
    assert not offending


def test_the_sub_select_check_sees_a_distinct_projection_without_this() -> None:
    query = """SELECT $this ?n WHERE { $this ?p ?o .
                   { SELECT DISTINCT ?o (COUNT(?x) AS ?n) WHERE { ?x ?q ?o } GROUP BY ?o } }"""
    assert _sub_selects_without_this(query) == ["DISTINCT ?o (COUNT(?x) AS ?n)"]
    assert _sub_selects_without_this(query.replace("DISTINCT ?o", "DISTINCT $this ?o")) == []
    # a variable bound AS ?this is no projection of it; a comment naming one is no sub-select
    assert _sub_selects_without_this(query.replace("DISTINCT ?o", "(?o AS ?this)")) != []
    assert _sub_selects_without_this("SELECT $this WHERE { # a sub-select WHERE\n $this ?p ?o }") == []


def test_the_focus_nodes_bind_this_in_sub_selects_that_return_it() -> None:
    from provkg.validate.engine import _pre_bound

    query = """SELECT $this ?n WHERE { $this ?p ?o .
                   # a comment naming a select, then WHERE { in it
                   { SELECT $this (COUNT(?x) AS ?n) WHERE { $this ?p ?x } GROUP BY $this }
                   OPTIONAL { SELECT ?o (true AS ?flag) WHERE { ?y ?q ?o } } }"""
    compiled = _pre_bound(query, rdflib.URIRef("urn:shape"))
    assert compiled.count("TARGETS") == 2
    assert "WHERE { TARGETS  ?this ?p ?x }" in compiled and "WHERE { ?y ?q ?o }" in compiled
    assert "$this" not in compiled
