"""The ontology files: they parse, are complete and unambiguous where linking needs it, and are OWL-consistent."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from provkg.cli import main
from provkg.core.errors import InputError
from provkg.core.model import MEASURES
from provkg.core.namespaces import AREA, BASE, CAUSE, INDICATOR, MEASURE, PK, PROJECT, UNIT
from provkg.core.paths import project_home
from provkg.publish.ontodoc import render_html
from provkg.reference import ontology


def P(name: str) -> URIRef:  # noqa: N802 - reads like the pk: prefix
    return URIRef(PK + name)


needs_java = pytest.mark.skipif(not ontology.java_available(), reason="Java runtime not found: HermiT cannot run")


@pytest.fixture(scope="module")
def graph() -> Graph:
    return ontology.load_ontology()


def _pk_terms(graph: Graph) -> set[URIRef]:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, OWL.NamedIndividual)
    return {s for kind in kinds for s in graph.subjects(RDF.type, kind)
            if isinstance(s, URIRef) and str(s).startswith(PK)}


def _langs(graph: Graph, node: URIRef, prop: URIRef) -> list[str | None]:
    return [o.language for o in graph.objects(node, prop) if isinstance(o, Literal)]


def _members(graph: Graph, cls: URIRef, namespace: str) -> list[URIRef]:
    return sorted(s for s in set(graph.subjects(RDF.type, cls)) if str(s).startswith(namespace))


def test_files_found_and_schema_first() -> None:
    files = ontology.ontology_files()
    assert files[0].name == "provkg.ttl"
    assert {"reference.ttl", "indicators.ttl", "areas.ttl", "projects.ttl"} <= {f.name for f in files}


def test_ontology_header(graph: Graph) -> None:
    header = URIRef(BASE + "ontology")
    assert (header, RDF.type, OWL.Ontology) in graph
    assert graph.value(header, OWL.versionInfo) is not None
    assert {"en", "vi"} <= set(_langs(graph, header, DCTERMS.title))
    assert {"en", "vi"} <= set(_langs(graph, header, DCTERMS.description))


def test_every_class_and_property_has_en_and_vi_label_and_definition(graph: Graph) -> None:
    terms = _pk_terms(graph)
    assert len(terms) > 60
    missing = [
        (str(term), prop.split("#")[-1].split("/")[-1], lang)
        for term in sorted(terms) for prop in (RDFS.label, SKOS.definition) for lang in ("en", "vi")
        if lang not in _langs(graph, term, prop)
    ]
    assert missing == []


def test_observation_properties_of_the_model_are_declared(graph: Graph) -> None:
    names = ("indicator refArea refPeriod measure value unit unitText estimate comparisonPeriod partOf aboutProject "
             "aboutProgramme subjectText statedIn section textStart textEnd curatorNote periodCode textSha256 "
             "textLength province periodCovered defaultUnit allowedUnit sector decimals quote").split()
    undeclared = [n for n in names
                  if not {OWL.ObjectProperty, OWL.DatatypeProperty} & set(graph.objects(P(n), RDF.type))]
    assert undeclared == []
    qb = "http://purl.org/linked-data/cube#"
    dimensions = {graph.value(c, URIRef(qb + "dimension"))
                  for c in graph.objects(P("ObservationStructure"), URIRef(qb + "component"))}
    assert {P("indicator"), P("refArea"), P("refPeriod"), P("measure")} <= dimensions


def test_every_pk_term_used_by_code_shapes_and_queries_is_declared(graph: Graph) -> None:
    home = project_home()
    used: set[str] = set()
    for folder, pattern in (("shapes", r"\bpk:([A-Za-z]\w*)"), ("queries", r"\bpk:([A-Za-z]\w*)"),
                            ("src/provkg", r"\bpk\(\"(\w+)\"\)")):
        for path in (home / folder).rglob("*.*"):
            used |= set(re.findall(pattern, path.read_text(encoding="utf-8", errors="replace")))
    assert len(used) > 10
    declared = {str(s)[len(PK):] for s in graph.subjects(RDF.type, None) if str(s).startswith(PK)}
    assert sorted(used - declared) == []


def test_indicators_are_complete(graph: Graph) -> None:
    indicators = _members(graph, P("Indicator"), INDICATOR)
    assert len(indicators) >= 120
    problems = []
    for ind in indicators:
        pref = _langs(graph, ind, SKOS.prefLabel)
        if sorted(pref) != ["en", "vi"]:
            problems.append((ind, "prefLabel vi+en", pref))
        if "en" not in _langs(graph, ind, SKOS.definition):
            problems.append((ind, "definition@en", None))
        if (ind, SKOS.inScheme, P("IndicatorScheme")) not in graph:
            problems.append((ind, "inScheme", None))
        sectors = list(graph.objects(ind, P("sector")))
        if not sectors or any((s, RDF.type, P("Sector")) not in graph for s in sectors):
            problems.append((ind, "sector", sectors))
        defaults = list(graph.objects(ind, P("defaultUnit")))
        allowed = set(graph.objects(ind, P("allowedUnit")))
        if len(defaults) != 1 or (defaults[0], RDF.type, P("Unit")) not in graph or defaults[0] not in allowed:
            problems.append((ind, "one defaultUnit that is a pk:Unit and allowed", defaults))
        if any((u, RDF.type, P("Unit")) not in graph for u in allowed):
            problems.append((ind, "allowedUnit are pk:Unit", sorted(allowed)))
    assert problems == []


def test_no_vietnamese_label_is_shared_by_two_indicators(graph: Graph) -> None:
    index = ontology.indicator_labels(graph)
    ambiguous = {label: owners for label, owners in index.items() if len({local for local, _ in owners}) > 1}
    assert ambiguous == {}


def test_label_index_normalises_case_spacing_and_unicode_form(graph: Graph) -> None:
    index = ontology.indicator_labels(graph)
    phrase = unicodedata.normalize("NFD", "  Tổng sản lượng   LƯƠNG thực ")
    assert {local for local, _ in index[ontology.normalise_label(phrase)]} == {"food-output"}
    assert {local for local, _ in index["grdp"]} == {"grdp"}
    # Reports place the tone of a final "oa" either way (hàng hoá / hàng hóa); both must link.
    retail = ontology.normalise_label("Tổng mức bán lẻ hàng hoá")
    assert {local for local, _ in index[retail]} == {"retail-sales"}
    assert ontology.normalise_label("THUỶ SẢN") == ontology.normalise_label("thủy sản") != "thuỷ sản"


def test_measure_kinds_match_the_fact_sheet_codes(graph: Graph) -> None:
    kinds = _members(graph, P("MeasureKind"), MEASURE)
    assert sorted(str(graph.value(k, SKOS.notation)) for k in kinds) == sorted(MEASURES)
    assert all(str(k)[len(MEASURE):] == str(graph.value(k, SKOS.notation)) for k in kinds)


def test_units_have_codes_and_comparable_scales(graph: Graph) -> None:
    units = _members(graph, P("Unit"), UNIT)
    problems = []
    for unit in units:
        base = graph.value(unit, P("baseUnit"))
        scale = graph.value(unit, P("scale"))
        if graph.value(unit, P("ucumCode")) is None or "en" not in _langs(graph, unit, SKOS.prefLabel):
            problems.append((unit, "ucumCode and prefLabel@en"))
        if base is None or scale is None or Decimal(str(scale)) <= 0:
            problems.append((unit, "baseUnit and positive scale"))
        elif graph.value(base, P("baseUnit")) != base or Decimal(str(graph.value(base, P("scale")))) != 1:
            problems.append((unit, "base unit is its own base with scale 1"))
    assert problems == []
    billion = URIRef(UNIT + "billion-vnd")
    assert graph.value(billion, P("baseUnit")) == URIRef(UNIT + "vnd")
    assert Decimal(str(graph.value(billion, P("scale")))) == Decimal(10) ** 9
    assert "tỷ đồng" in [str(o) for o in graph.objects(billion, SKOS.prefLabel)]


def test_areas(graph: Graph) -> None:
    provinces = _members(graph, P("Province"), AREA)
    districts = _members(graph, P("District"), AREA)
    until = [p for p in provinces if (p, P("validDuring"), P("SinceReorganisation2025")) not in graph]
    since = [p for p in provinces if (p, P("validDuring"), P("UntilReorganisation2025")) not in graph]
    assert (len(provinces), len(until), len(since)) == (63 + 23, 63, 34)
    assert len({str(graph.value(p, SKOS.notation)) for p in until}) == 63
    assert len({str(graph.value(p, SKOS.notation)) for p in since}) == 34
    assert len(districts) >= 696
    assert all(graph.value(d, SKOS.notation) is not None for d in districts)
    # every province merged on 1 July 2025 points to a province of 2025, and each of those has two parts or more
    merged = {p: graph.value(p, P("mergedInto")) for p in until if graph.value(p, P("mergedInto")) is not None}
    assert set(merged.values()) == set(since) - set(until)
    assert all(list(merged.values()).count(new) >= 2 for new in set(merged.values()))
    assert str(graph.value(URIRef(AREA + "dien-bien"), P("iso3166Code"))) == "VN-71"
    assert all(str(p)[len(AREA):].isascii() for p in provinces + districts)
    assert {str(d)[len(AREA):] for d in districts} >= {
        f"dien-bien/{name}" for name in ("dien-bien-phu", "muong-lay", "dien-bien", "dien-bien-dong", "muong-ang",
                                         "tuan-giao", "tua-chua", "muong-cha", "muong-nhe", "nam-po")}
    assert all(graph.value(d, P("inProvince")) in provinces for d in districts)
    assert (URIRef(AREA + "dien-bien-people-committee"), RDF.type, P("Authority")) in graph


def test_planned_projects_exist_with_typed_parts(graph: Graph) -> None:
    kinds = {P(k) for k in ("Project", "Programme", "ProjectPhase", "ProjectItem")}
    for name in ("dien-bien-airport", "na-sang-road", "wb-urban-development", "road-60m", "framework-infrastructure",
                 "ppp-projects", "ntp-poverty-reduction", "ntp-new-rural", "ocop", "resettlement-muong-nhe",
                 "resettlement-son-la-hydropower"):
        assert set(graph.objects(URIRef(PROJECT + name), RDF.type)) & kinds, name
    assert len(list(graph.objects(URIRef(PROJECT + "dien-bien-airport"), P("hasPart")))) >= 2
    parts = set(graph.objects(None, P("hasPart")))
    assert all(set(graph.objects(part, RDF.type)) & kinds for part in parts)


def test_causes_of_the_fact_sheets_exist(graph: Graph) -> None:
    causes = {str(c)[len(CAUSE):] for c in _members(graph, P("Cause"), CAUSE)}
    assert {"covid-19", "drought", "hail-whirlwind", "african-swine-fever", "climate-change"} <= causes


def test_no_dangling_reference_to_provkg_ids(graph: Graph) -> None:
    """Every provkg id used as an object (unit, sector, area, status, part, broader) is defined in the files."""
    ids = BASE + "id/"
    dangling = sorted({
        (str(p), str(o)) for _, p, o in graph
        if isinstance(o, URIRef) and (str(o).startswith(ids) or str(o).startswith(PK))
        and p != RDF.type and (o, RDF.type, None) not in graph
    })
    assert dangling == []


def test_loads_in_owlready2(graph: Graph) -> None:
    onto = ontology.to_owlready(graph)
    observation = onto.world[PK + "Observation"]
    figure = onto.world[PK + "Figure"]
    assert observation is not None and figure in observation.is_a
    assert onto.world[PK + "indicator"] is not None
    assert onto.world[INDICATOR + "grdp"] is not None


@needs_java
def test_hermit_finds_the_ontology_consistent(graph: Graph) -> None:
    report = ontology.check_consistency(graph)
    assert report.ok, report


_PLANTED = {
    "an indicator used as a measure kind": """
        <urn:x:obs> a pk:Observation ; pk:indicator pki:grdp ; pk:measure pki:grdp .""",
    "a place that is both province and district": """
        <urn:x:area> a pk:Province, pk:District .""",
    "two values for one figure": """
        <urn:x:fig> a pk:Figure ; pk:value 1.5, 2.5 .""",
}


@needs_java
@pytest.mark.parametrize("case", sorted(_PLANTED))
def test_hermit_detects_a_planted_inconsistency(graph: Graph, case: str) -> None:
    planted = Graph()
    planted += graph
    planted.parse(data=f"""@prefix pk: <{PK}> . @prefix pki: <{INDICATOR}> .
                          {_PLANTED[case]}""", format="turtle")
    report = ontology.check_consistency(planted)
    assert not report.consistent


@needs_java
def test_hermit_reports_an_unsatisfiable_class(graph: Graph) -> None:
    planted = Graph()
    planted += graph
    planted.parse(data=f"""@prefix pk: <{PK}> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                          @prefix owl: <http://www.w3.org/2002/07/owl#> .
                          <urn:x:Odd> a owl:Class ; rdfs:subClassOf pk:Province, pk:District .""", format="turtle")
    report = ontology.check_consistency(planted)
    assert report.consistent and report.unsatisfiable == ["urn:x:Odd"]


def test_docs_page_has_an_anchor_for_every_class_and_indicator(graph: Graph) -> None:
    page = render_html(graph)
    classes = [s for s in graph.subjects(RDF.type, OWL.Class) if str(s).startswith(PK)]
    assert len(classes) > 20
    assert [c for c in classes if f'id="pk:{str(c)[len(PK):]}"' not in page] == []
    indicators = _members(graph, P("Indicator"), INDICATOR)
    assert [i for i in indicators if f'id="pki:{str(i)[len(INDICATOR):]}"' not in page] == []
    assert "Tổng sản lượng lương thực" in page and "quan sát" in page
    assert "<script" not in page and "<link" not in page  # self-contained


def test_cli_docs_writes_the_page(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["docs", "--out", str(tmp_path / "docs")])
    assert result.exit_code == 0, result.output
    assert 'id="pk:Report"' in (tmp_path / "docs" / "index.html").read_text(encoding="utf-8")


def test_ontology_dir_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "tiny.ttl").write_text(f"<{PK}X> a <http://www.w3.org/2002/07/owl#Class> .\n", encoding="utf-8")
    monkeypatch.setenv(ontology.ONTOLOGY_DIR_ENV, str(tmp_path))
    assert ontology.ontology_files() == [tmp_path / "tiny.ttl"]
    assert len(ontology.load_ontology()) == 1
    monkeypatch.setenv(ontology.ONTOLOGY_DIR_ENV, str(tmp_path / "missing"))
    with pytest.raises(InputError):
        ontology.ontology_files()


def test_bad_turtle_is_an_input_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(InputError, match="bad.ttl"):
        ontology.load_ontology([bad])


def test_indicator_hierarchy_has_no_cycle_and_grdp_adds_up_from_its_sectors(graph: Graph) -> None:
    indicators = set(_members(graph, P("Indicator"), INDICATOR))
    broader = {(s, o) for s, o in graph.subject_objects(SKOS.broader) if s in indicators}
    additive = set(graph.subject_objects(P("additivePartOf")))
    assert additive <= broader  # an additive part is also a narrower concept
    assert all(o in indicators for _s, o in broader)
    parents: dict[URIRef, set[URIRef]] = {}
    for s, o in broader:
        parents.setdefault(s, set()).add(o)

    def ancestors(node: URIRef, seen: frozenset[URIRef] = frozenset()) -> set[URIRef]:
        assert node not in seen, f"cycle through {node}"
        found: set[URIRef] = set()
        for parent in parents.get(node, ()):
            found |= {parent} | ancestors(parent, seen | {node})
        return found

    for node in parents:
        ancestors(node)
    grdp_parts = {str(s)[len(INDICATOR):] for s, o in additive if o == URIRef(INDICATOR + "grdp")}
    assert grdp_parts == {"grdp-agriculture", "grdp-industry-construction", "grdp-services", "grdp-product-taxes"}
    industry = {str(s)[len(INDICATOR):] for s, o in additive if o == URIRef(INDICATOR + "grdp-industry-construction")}
    assert industry == {"grdp-industry", "grdp-construction"}


def test_units_convert_to_their_base(graph: Graph) -> None:
    def factor(local: str) -> tuple[str, Decimal]:
        unit = URIRef(UNIT + local)
        return str(graph.value(unit, P("baseUnit")))[len(UNIT):], Decimal(str(graph.value(unit, P("scale"))))

    assert factor("quintal-per-hectare") == ("tonne-per-hectare", Decimal("0.1"))
    assert factor("million-visit") == ("visit", Decimal(10) ** 6)
    assert factor("million-head") == ("head", Decimal(10) ** 6)
    assert factor("million-tonne") == ("tonne", Decimal(10) ** 6)
    assert factor("megawatt")[1] == 1 and str(graph.value(URIRef(UNIT + "megawatt"), P("ucumCode"))) == "MW"
    assert factor("percentage-point") == ("percentage-point", Decimal(1))


def test_every_unit_the_dev_gold_sheets_write_has_a_unit_concept() -> None:
    import csv

    from provkg.reference.loader import load_reference

    reference = load_reference()
    hidden = {t.object.value.casefold() for t in reference.triples
              if t.subject.value.startswith(UNIT) and t.predicate.value.endswith("#hiddenLabel")}
    corpus = project_home() / "corpus"
    dev = [row["id"] for row in csv.DictReader(open(corpus / "manifest.csv", encoding="utf-8")) if row["role"] == "dev"]
    assert dev
    written = {figure["unit_text"].strip() for report in dev
               for figure in csv.DictReader(open(corpus / "gold" / f"{report}.csv", encoding="utf-8"))}
    unknown = sorted(u for u in written if u and reference.units.lookup(u) is None and u.casefold() not in hidden)
    assert unknown == []
