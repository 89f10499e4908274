"""Codes of the national statistical indicator system on provkg's indicators (ontology/indicator-codes.ttl): each is
well-formed, typed with a declared datatype, on an indicator of the scheme, unique within its system unless every
concept sharing it is a disaggregation of the coded indicator, and listed with the page it was read from in the table of
docs/curation.md (section "Indicator codes")."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from provkg.core.namespaces import INDICATOR, PK
from provkg.reference import ontology

NATIONAL = URIRef(PK + "NationalIndicatorCode")
PROVINCIAL = URIRef(PK + "ProvincialIndicatorCode")
DISAGGREGATES = URIRef(PK + "codeDisaggregates")
CURATION = Path(__file__).resolve().parents[1] / "docs" / "curation.md"
SYSTEM_WORDS = {"national": NATIONAL, "provincial": PROVINCIAL}
# group 01-20, then two digits for the indicator within the group (its first is 01)
CODE_FORMS = {NATIONAL: re.compile(r"(0[1-9]|1\d|20)(0[1-9]|[1-9]\d)"),
              PROVINCIAL: re.compile(r"T(0[1-9]|[12]\d)(0[1-9]|[1-9]\d)")}


@pytest.fixture(scope="module")
def graph() -> Graph:
    return ontology.load_ontology()


def code_problems(graph: Graph) -> list[str]:
    """Everything wrong with the indicator codes of a graph, one line each (empty when all is well)."""
    problems = []
    holders: dict[tuple[URIRef, str], set[URIRef]] = defaultdict(set)
    for concept, code in graph.subject_objects(SKOS.notation):
        if not str(concept).startswith(INDICATOR) or not isinstance(code, Literal):
            continue
        form = CODE_FORMS.get(code.datatype)
        if form is None:
            problems.append(f"{concept}: code {code} has no declared code system ({code.datatype})")
            continue
        if not form.fullmatch(str(code)):
            problems.append(f"{concept}: {code} is not a code of {code.datatype}")
        if (concept, RDF.type, URIRef(PK + "Indicator")) not in graph:
            problems.append(f"{concept}: carries a code but is not a pk:Indicator")
        holders[(code.datatype, str(code))].add(concept)
    for (system, code), concepts in holders.items():
        parts = {c for c in concepts if Literal(code, datatype=system) in set(graph.objects(c, DISAGGREGATES))}
        if len(concepts) > 1 and parts != concepts:
            problems.append(f"{code} ({system}) on {sorted(map(str, concepts))}: shared by concepts that are not all "
                            "disaggregations of it")
    for concept, code in graph.subject_objects(DISAGGREGATES):
        if code not in set(graph.objects(concept, SKOS.notation)):
            problems.append(f"{concept}: disaggregates {code} but does not carry it as skos:notation")
    return problems


def table_rows(text: str) -> set[tuple[str, URIRef, str]]:
    """(indicator id, code system, code) of each row of the curation table in section "Indicator codes"."""
    section = text.split("## Indicator codes", 1)[1].split("\n#", 1)[0]
    rows = set()
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        match = re.fullmatch(r"`pki:([a-z0-9-]+)`", cells[0]) if len(cells) > 1 else None
        system = re.fullmatch(r"(national|provincial) (T?\d{4})", cells[1]) if match else None
        if match and system:
            rows.add((match.group(1), SYSTEM_WORDS[system.group(1)], system.group(2)))
    return rows


def undocumented_codes(graph: Graph, curation_text: str) -> list[str]:
    """Codes of the graph without a row (page read, what it says) in the curation table, and rows without a code."""
    coded = {(str(c)[len(INDICATOR):], code.datatype, str(code)) for c, code in graph.subject_objects(SKOS.notation)
             if str(c).startswith(INDICATOR) and isinstance(code, Literal) and code.datatype in CODE_FORMS}
    rows = table_rows(curation_text)
    return ([f"pki:{i} {code}: no row in docs/curation.md" for i, _, code in sorted(coded - rows)]
            + [f"pki:{i} {code}: row in docs/curation.md but no such code" for i, _, code in sorted(rows - coded)])


def test_the_codes_file_is_an_ontology_file() -> None:
    assert "indicator-codes.ttl" in {f.name for f in ontology.ontology_files()}


def test_every_code_is_well_formed_unique_and_on_an_indicator(graph: Graph) -> None:
    coded = {s for s, o in graph.subject_objects(SKOS.notation) if str(s).startswith(INDICATOR)}
    assert len(coded) >= 2
    assert code_problems(graph) == []


def test_gdp_of_the_province_is_the_provincial_breakdown_of_gdp(graph: Graph) -> None:
    grdp = URIRef(INDICATOR + "grdp")
    code = Literal("0501", datatype=NATIONAL)
    assert code in set(graph.objects(grdp, SKOS.notation)) and code in set(graph.objects(grdp, DISAGGREGATES))
    # in the provincial system GRDP is the indicator itself, not a breakdown
    provincial = Literal("T0501", datatype=PROVINCIAL)
    assert provincial in set(graph.objects(grdp, SKOS.notation))
    assert provincial not in set(graph.objects(grdp, DISAGGREGATES))


def test_every_code_has_its_evidence_row_in_the_curation_table(graph: Graph) -> None:
    assert undocumented_codes(graph, CURATION.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("planted, complaint", [
    ('pki:retail-sales skos:notation "T1001"^^pk:ProvincialIndicatorCode .', "no row"),
    ('pki:cpi skos:notation "1101"^^pk:NationalIndicatorCode .', "no row"),
])
def test_a_code_without_evidence_is_found(graph: Graph, planted: str, complaint: str) -> None:
    unread = Graph()
    unread += graph
    unread.parse(data=f"@prefix pk: <{PK}> . @prefix pki: <{INDICATOR}> . @prefix skos: <{SKOS}> . {planted}",
                 format="turtle")
    assert any(complaint in line for line in undocumented_codes(unread, CURATION.read_text(encoding="utf-8")))


def test_a_row_without_its_code_is_found(graph: Graph) -> None:
    text = CURATION.read_text(encoding="utf-8").replace(
        "| system, code |", "| system, code |\n| `pki:cpi` | provincial T9999 | x | x | x |", 1)
    assert any("but no such code" in line for line in undocumented_codes(graph, text))


def test_provincial_population_budget_and_forest_codes(graph: Graph) -> None:
    def codes(name: str, prop: URIRef = SKOS.notation) -> set[str]:
        return {str(o) for o in graph.objects(URIRef(INDICATOR + name), prop)}
    assert "T0102" in codes("population") and "T0102" not in codes("population", DISAGGREGATES)
    assert "T0601" in codes("state-budget-revenue")
    # provkg counts only the forest damaged by violations: one cause of the coded indicator's damage
    assert "T2102" in codes("forest-area-damaged", DISAGGREGATES)


def test_each_code_system_is_a_declared_datatype_with_its_source(graph: Graph) -> None:
    for system in CODE_FORMS:
        assert (system, RDF.type, RDFS.Datatype) in graph
        assert {"en", "vi"} <= {o.language for o in graph.objects(system, RDFS.label)}
        assert graph.value(system, DCTERMS.source) is not None
        assert any(str(page).startswith("http") for page in graph.objects(system, RDFS.seeAlso))


@pytest.mark.parametrize("planted, complaint", [
    ('pki:natural-area skos:notation "0501"^^pk:NationalIndicatorCode .', "not all disaggregations"),
    ('pki:population skos:notation "2101"^^pk:NationalIndicatorCode .', "is not a code of"),
    ('pki:population skos:notation "051"^^pk:NationalIndicatorCode .', "is not a code of"),
    ('pki:population skos:notation "0201"^^pk:ProvincialCode .', "no declared code system"),
    ('pki:population skos:notation "0201"^^pk:ProvincialIndicatorCode .', "is not a code of"),
    ('pki:population skos:notation "T0501"^^pk:ProvincialIndicatorCode .', "not all disaggregations"),
    ('pki:no-such-indicator skos:notation "0301"^^pk:NationalIndicatorCode .', "not a pk:Indicator"),
    ('pki:population pk:codeDisaggregates "0202"^^pk:NationalIndicatorCode .', "does not carry it"),
])
def test_a_wrong_code_is_found(graph: Graph, planted: str, complaint: str) -> None:
    wrong = Graph()
    wrong += graph
    wrong.parse(data=f"@prefix pk: <{PK}> . @prefix pki: <{INDICATOR}> . @prefix skos: <{SKOS}> . {planted}",
                format="turtle")
    assert any(complaint in line for line in code_problems(wrong)), code_problems(wrong)


def test_two_disaggregations_may_share_a_code(graph: Graph) -> None:
    shared = Graph()
    shared += graph
    shared.parse(data=f"""@prefix pk: <{PK}> . @prefix pki: <{INDICATOR}> . @prefix skos: <{SKOS}> .
        pki:grdp-per-capita skos:notation "0501"^^pk:NationalIndicatorCode ;
            pk:codeDisaggregates "0501"^^pk:NationalIndicatorCode .""", format="turtle")
    assert code_problems(shared) == []
