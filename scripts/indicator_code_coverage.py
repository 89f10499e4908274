"""How many indicators carry a statistical-system code (ontology/indicator-codes.ttl), and how many gold figures of the
corpus measure an indicator with one, per role (dev, heldout). Prints totals only: held-out sheets are read for their
`indicator` column and never shown.

    python scripts/indicator_code_coverage.py
"""

from __future__ import annotations

import argparse

from rdflib import Literal, URIRef
from rdflib.namespace import SKOS

from provkg.core.namespaces import INDICATOR, PK
from provkg.evaluate.corpus import load_manifest
from provkg.reference.ontology import load_ontology

SYSTEMS = {"national": PK + "NationalIndicatorCode", "provincial": PK + "ProvincialIndicatorCode"}


def main() -> None:
    argparse.ArgumentParser(description=__doc__.split("\n\n")[0]).parse_args()
    graph = load_ontology()
    coded: dict[str, set[str]] = {name: set() for name in SYSTEMS}
    for concept, code in graph.subject_objects(SKOS.notation):
        if str(concept).startswith(INDICATOR) and isinstance(code, Literal):
            for name, system in SYSTEMS.items():
                if str(code.datatype) == system:
                    coded[name].add(str(concept)[len(INDICATOR):])
    indicators = {str(s)[len(INDICATOR):] for s in graph.subjects(SKOS.inScheme, URIRef(PK + "IndicatorScheme"))
                  if str(s).startswith(INDICATOR)}
    any_code = set().union(*coded.values())
    print(f"indicators: {len(indicators)}; with a national code: {len(coded['national'])}; with a provincial code: "
          f"{len(coded['provincial'])}; with either: {len(any_code)}")
    # The corpus's own reader (files closed, manifest checked); held-out rows are only counted, never shown.
    manifest = load_manifest()
    for role in ("dev", "heldout"):
        figures = with_indicator = national = provincial = either = 0
        for report in manifest:
            if report.role != role:
                continue
            for figure in report.gold():
                figures += 1
                indicator = figure.get("indicator", "").strip()
                with_indicator += bool(indicator)
                national += indicator in coded["national"]
                provincial += indicator in coded["provincial"]
                either += indicator in any_code
        print(f"{role}: gold figures {figures}, with an indicator {with_indicator}; of them with a national code "
              f"{national} ({national / max(with_indicator, 1):.1%}), a provincial code {provincial} "
              f"({provincial / max(with_indicator, 1):.1%}), either {either} ({either / max(with_indicator, 1):.1%})")


if __name__ == "__main__":
    main()
