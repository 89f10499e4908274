"""The figure model (ontology/figure-model.toml) is the one source: everything that restates it must agree."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from decimal import Decimal

from pyoxigraph import RdfFormat, parse

from provkg.core.model import Figure, Report
from provkg.core.namespaces import PK, PREFIXES
from provkg.core.paths import data_dir
from provkg.core.schema import context_terms, figure_model, generated_files
from provkg.pipeline.factsheet import FIGURE_COLUMNS, FIGURE_REQUIRED
from provkg.pipeline.rdfmap import report_triples
from provkg.publish.export import jsonld_context
from provkg.reference.loader import load_reference


def _iri(curie: str) -> str:
    prefix, local = curie.split(":", 1)
    return PREFIXES[prefix] + local


def test_generated_files_are_up_to_date() -> None:
    for path, text in generated_files().items():
        assert path.read_text(encoding="utf-8") == text, f"{path} is stale: run python -m provkg.core.schema --write"


def test_figure_dataclass_has_exactly_the_model_columns() -> None:
    columns = [f.name for f in figure_model() if f.column]
    assert list(FIGURE_COLUMNS) == columns
    assert {f.name for f in dataclasses.fields(Figure)} == set(columns)
    assert set(FIGURE_REQUIRED) <= set(columns)


def test_every_model_property_is_declared_in_the_ontology() -> None:
    declared = {t.subject.value for t in parse(path=str(data_dir("ontology") / "provkg.ttl"), format=RdfFormat.TURTLE)}
    for f in figure_model():
        if f.rdf_property:
            assert _iri(f.rdf_property) in declared, f.rdf_property


def test_the_rdf_mapping_states_only_model_properties_of_a_figure() -> None:
    report = Report("x-2020-H1-1", "dien-bien", "UBND", "1/BC-UBND", date(2020, 7, 1), "2020-H1", "t", "x.txt",
                    "0" * 64, 100)
    figure = Figure(value=Decimal("12.5"), unit_text="ha", measure="change_pct", subject="lúa", period="2020-H1",
                    estimate=True, section="P1", start=3, end=10, indicator="food-output",
                    comparison_period="2019-H1", note="n")
    triples = report_triples(report, [figure], units=load_reference().units)
    figure_node = next(t.subject for t in triples if t.object.value == PK + "Figure")
    stated = {t.predicate.value for t in triples if t.subject == figure_node}
    model = {_iri(f.rdf_property) for f in figure_model() if f.rdf_property}
    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    others = {rdf, "http://purl.org/linked-data/cube#dataSet"}  # the typing and the QB data set of an observation
    assert stated - others <= model, sorted(stated - others - model)


def test_context_terms_agree_with_the_model() -> None:
    context = jsonld_context()
    for term, definition in context_terms().items():
        assert term in context, term
        written = context[term]
        expected_id = definition if isinstance(definition, str) else definition["@id"]
        assert (written if isinstance(written, str) else written["@id"]) == expected_id, term
        if isinstance(definition, dict) and isinstance(written, dict):
            assert written.get("@type") == definition["@type"], (term, written, definition)
    json.dumps(context)
