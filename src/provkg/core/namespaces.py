"""The IRIs of provkg (docs/model.md): one base, one namespace per kind of thing."""

from __future__ import annotations

BASE = "https://w3id.org/provkg/"
PK = BASE + "ontology#"
INDICATOR = BASE + "id/indicator/"
SECTOR = BASE + "id/sector/"
UNIT = BASE + "id/unit/"
MEASURE = BASE + "id/measure/"
CAUSE = BASE + "id/cause/"
AREA = BASE + "id/area/"
PROJECT = BASE + "id/project/"
PERIOD = BASE + "id/period/"
REPORT = BASE + "report/"
REFERENCE_GRAPH = BASE + "graph/reference"

QB = "http://purl.org/linked-data/cube#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"
TIME = "http://www.w3.org/2006/time#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
SH = "http://www.w3.org/ns/shacl#"
SHAPES = BASE + "shapes#"

PREFIXES = {
    "pk": PK, "pki": INDICATOR, "pks": SECTOR, "pku": UNIT, "pkm": MEASURE, "pkc": CAUSE, "pka": AREA,
    "pkp": PROJECT, "pkt": PERIOD, "pkr": REPORT, "qb": QB, "skos": SKOS, "prov": PROV, "dcterms": DCTERMS,
    "time": TIME, "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "owl": OWL, "sh": SH,
    "pksh": SHAPES,
}


def sparql_prologue() -> str:
    """PREFIX lines for every namespace above, so queries may use them without declaring them."""
    return "".join(f"PREFIX {prefix}: <{iri}>\n" for prefix, iri in PREFIXES.items())
