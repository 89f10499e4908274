"""Write the indicator labels annotators choose from (corpus/indicator-labels.tsv), from ontology/indicators.ttl.

Annotators never read the code; this list is the ontology's labels as a table. Regenerate after the scheme grows:
    python corpus/tools/indicator_labels.py
"""

from __future__ import annotations

import csv
from pathlib import Path

from rdflib import Graph, Namespace
from rdflib.namespace import SKOS

ROOT = Path(__file__).resolve().parents[2]
PK = Namespace("https://w3id.org/provkg/ontology#")


def main() -> None:
    graph = Graph().parse(ROOT / "ontology" / "indicators.ttl")
    rows = []
    for concept in graph.subjects(SKOS.inScheme, PK.IndicatorScheme):
        label = {lit.language: str(lit) for lit in graph.objects(concept, SKOS.prefLabel)}
        alts = sorted(str(a) for a in graph.objects(concept, SKOS.altLabel))
        unit = graph.value(concept, PK.defaultUnit)
        # the broader concepts: annotators choose the most specific one the text supports
        broader = sorted(str(b).rsplit("/", 1)[1] for b in graph.objects(concept, SKOS.broader))
        rows.append([str(concept).rsplit("/", 1)[1], label.get("vi", ""), label.get("en", ""),
                     "; ".join(alts), str(unit).rsplit("/", 1)[1] if unit else "",
                     str(graph.value(concept, SKOS.definition) or ""), "; ".join(broader)])
    rows.sort()
    with open(ROOT / "corpus" / "indicator-labels.tsv", "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        writer.writerow(["indicator", "label_vi", "label_en", "other_phrasings_vi", "default_unit", "definition",
                         "broader"])
        writer.writerows(rows)
    print(f"{len(rows)} indicators")


if __name__ == "__main__":
    main()
