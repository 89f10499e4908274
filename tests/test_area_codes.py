"""ISO 3166-2:VN codes of the provinces (pk:iso3166Code in ontology/areas.ttl, generated from pycountry): every
province of each period carries the code pycountry gives its territory, the code names that province, and a province
formed on 1 July 2025 carries none while pycountry lists only the 63 provinces before it."""

from __future__ import annotations

import unicodedata

import pytest
from rdflib import RDF, Graph, URIRef

from provkg.core.namespaces import AREA, PK
from provkg.reference import ontology

pycountry = pytest.importorskip("pycountry", reason="pycountry comes with the areas extra (pip install -e '.[areas]')")

ISO = URIRef(PK + "iso3166Code")
UNTIL_2025 = URIRef(PK + "UntilReorganisation2025")
SINCE_2025 = URIRef(PK + "SinceReorganisation2025")


def plain(name: str) -> str:
    """A name without tone marks, case, type word or punctuation ("Thừa Thiên-Huế" and "Thừa Thiên Huế" agree)."""
    text = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    for word in ("thanh pho ", "tinh "):
        text = text.removeprefix(word)
    return "".join(ch for ch in text if ch.isalnum())


@pytest.fixture(scope="module")
def graph() -> Graph:
    return ontology.load_ontology()


@pytest.fixture(scope="module")
def iso_names() -> dict[str, str]:
    return {s.code: s.name for s in pycountry.subdivisions.get(country_code="VN")}


def provinces(graph: Graph) -> list[URIRef]:
    return sorted(p for p in graph.subjects(RDF.type, URIRef(PK + "Province")) if str(p).startswith(AREA))


def before_2025(graph: Graph) -> list[URIRef]:
    return [p for p in provinces(graph) if (p, URIRef(PK + "validDuring"), SINCE_2025) not in graph]


def since_2025(graph: Graph) -> list[URIRef]:
    return [p for p in provinces(graph) if (p, URIRef(PK + "validDuring"), UNTIL_2025) not in graph]


def test_the_periods_have_63_and_34_provinces(graph: Graph) -> None:
    assert (len(before_2025(graph)), len(since_2025(graph))) == (63, 34)


def test_each_of_the_63_provinces_has_the_iso_code_of_its_name(graph: Graph, iso_names: dict[str, str]) -> None:
    codes = {p: [str(c) for c in graph.objects(p, ISO)] for p in before_2025(graph)}
    assert all(len(found) == 1 for found in codes.values()), {p: c for p, c in codes.items() if len(c) != 1}
    # one code each, every code of pycountry used once: the mapping is the whole list, not a lucky part of it
    assert sorted(c[0] for c in codes.values()) == sorted(iso_names)
    wrong = {str(p): (c[0], iso_names[c[0]]) for p, c in codes.items()
             if plain(iso_names[c[0]]) not in {plain(str(label)) for label in graph.objects(p, URIRef(
                 "http://www.w3.org/2000/01/rdf-schema#label"))}}
    assert wrong == {}


def test_a_province_of_2025_keeps_its_code_only_when_its_territory_did_not_change(
        graph: Graph, iso_names: dict[str, str]) -> None:
    unchanged = [p for p in since_2025(graph) if (p, URIRef(PK + "validDuring"), SINCE_2025) not in graph]
    merged = [p for p in since_2025(graph) if p not in unchanged]
    assert (len(unchanged), len(merged)) == (11, 23)
    assert all(len(list(graph.objects(p, ISO))) == 1 for p in unchanged)
    assert [str(p) for p in merged if list(graph.objects(p, ISO))] == []
    # pycountry has codes for the 63 provinces before the reorganisation only: when it lists the new ones,
    # the generator must give them their codes (this test then fails until it does)
    assert len(iso_names) == 63


def test_a_plain_name_ignores_marks_type_words_and_hyphens() -> None:
    assert plain("Thừa Thiên-Huế") == plain("Thừa Thiên Huế") == "thuathienhue"
    assert plain("Thành phố Hồ Chí Minh") == plain("Hồ Chí Minh")
    assert plain("Kon Tum") != plain("Gia Lai")
