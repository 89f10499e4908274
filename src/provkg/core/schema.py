"""The figure model read from its one source, ontology/figure-model.toml, and the artefacts made from it.

Made here: the fact-sheet columns (read by provkg.pipeline.factsheet), the figure shapes (shapes/figure.ttl), the
figure terms of the JSON-LD context, and the column table of docs/factsheet.md. `python -m provkg.core.schema
--write` rewrites the generated files; tests/test_schema.py checks them and the hand-written parts (the Figure
dataclass, the RDF mapping, the ontology) against the model.
"""

from __future__ import annotations

import argparse
import json
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from provkg.core.paths import data_dir, project_home

MODEL_FILE = "figure-model.toml"
SHAPES_FILE = "figure.ttl"
DOCS_START = "<!-- figure-columns: generated from ontology/figure-model.toml; do not edit -->"
DOCS_END = "<!-- figure-columns: end -->"


@dataclass(frozen=True)
class FigureField:
    name: str
    column: bool
    required: str = ""
    doc: str = ""
    rdf_property: str | None = None
    shape: str | None = None
    iri: bool = False
    constraints: dict[str, object] = field(default_factory=dict)

    @property
    def mandatory(self) -> bool:
        return self.required.startswith("yes")


_SHAPE_KEYS = ("min", "max", "datatype", "node_kind", "class", "in", "min_inclusive", "less_than", "message", "hint")


@lru_cache(maxsize=2)
def figure_model(path: Path | None = None) -> tuple[FigureField, ...]:
    """The fields of the figure model, in column order."""
    with open(path or data_dir("ontology") / MODEL_FILE, "rb") as handle:
        raw = tomllib.load(handle)["field"]
    return tuple(
        FigureField(
            name=item["name"], column=item["column"], required=item.get("required", ""), doc=item.get("doc", ""),
            rdf_property=item.get("property"), shape=item.get("shape"), iri=item.get("iri", False),
            constraints={key: item[key] for key in _SHAPE_KEYS if key in item},
        )
        for item in raw
    )


def figure_columns() -> tuple[str, ...]:
    return tuple(f.name for f in figure_model() if f.column)


def required_columns() -> tuple[str, ...]:
    return tuple(f.name for f in figure_model() if f.column and f.mandatory)


def _literal(text: object) -> str:
    return json.dumps(str(text), ensure_ascii=False)


def shapes_turtle() -> str:
    """shapes/figure.ttl: the node shape of pk:Figure and one property shape per constrained field."""
    shaped = [f for f in figure_model() if f.shape]
    lines = [
        "# GENERATED from ontology/figure-model.toml by `python -m provkg.core.schema --write`: do not edit.",
        "# Structure shapes of a figure (mapped to an indicator or not); rule names are the shapes' local names.",
        "",
        "@prefix sh:   <http://www.w3.org/ns/shacl#> .",
        "@prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .",
        "@prefix pk:   <https://w3id.org/provkg/ontology#> .",
        "@prefix pkm:  <https://w3id.org/provkg/id/measure/> .",
        "@prefix pksh: <https://w3id.org/provkg/shapes#> .",
        "",
        "pksh:FigureShape a sh:NodeShape ;",
        "    sh:targetClass pk:Figure ;",
        "    sh:property " + ", ".join(f"pksh:{f.shape}" for f in shaped) + " .",
    ]
    for f in shaped:
        c = f.constraints
        parts = [f"sh:path {f.rdf_property}"]
        parts += [f"sh:minCount {c['min']}"] if "min" in c else []
        parts += [f"sh:maxCount {c['max']}"] if "max" in c else []
        parts += [f"sh:datatype {c['datatype']}"] if "datatype" in c else []
        parts += ["sh:nodeKind sh:IRI"] if c.get("node_kind") == "iri" else []
        parts += [f"sh:class {c['class']}"] if "class" in c else []
        parts += [f"sh:minInclusive {c['min_inclusive']}"] if "min_inclusive" in c else []
        parts += [f"sh:lessThan {c['less_than']}"] if "less_than" in c else []
        parts += [f"sh:in ( {' '.join(c['in'])} )"] if "in" in c else []  # type: ignore[arg-type]
        lines += [
            "",
            f"pksh:{f.shape} a sh:PropertyShape ;",
            "    " + " ; ".join(parts) + " ;",
            f"    sh:message {_literal(c['message'])}@en ;",
            f"    pksh:hint {_literal(c['hint'])}@en .",
        ]
    return "\n".join(lines) + "\n"


def context_terms() -> dict[str, object]:
    """The JSON-LD terms of the figure's properties, named by their local names."""
    terms: dict[str, object] = {}
    for f in figure_model():
        if not f.rdf_property:
            continue
        local = f.rdf_property.split(":", 1)[1]
        datatype = f.constraints.get("datatype")
        if datatype and datatype != "xsd:string":
            terms[local] = {"@id": f.rdf_property, "@type": datatype}
        elif f.iri or f.constraints.get("node_kind") == "iri" or "class" in f.constraints or "in" in f.constraints:
            terms[local] = {"@id": f.rdf_property, "@type": "@id"}
        else:
            terms[local] = f.rdf_property
    return terms


def docs_table() -> str:
    rows = ["| column | required | meaning |", "|---|---|---|"]
    rows += [f"| `{f.name}` | {f.required} | {f.doc} |" for f in figure_model() if f.column]
    return "\n".join([DOCS_START, *rows, DOCS_END])


def _replace_docs(text: str) -> str:
    start, end = text.index(DOCS_START), text.index(DOCS_END) + len(DOCS_END)
    return text[:start] + docs_table() + text[end:]


def generated_files() -> dict[Path, str]:
    """Each generated file with the content the model gives it."""
    home = project_home()
    docs = home / "docs" / "factsheet.md"
    return {
        data_dir("shapes") / SHAPES_FILE: shapes_turtle(),
        docs: _replace_docs(docs.read_text(encoding="utf-8")),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description="Regenerate the artefacts of the figure model.")
    parser.add_argument("--write", action="store_true", help="rewrite the generated files (else: list the stale ones)")
    args = parser.parse_args()
    stale = [path for path, text in generated_files().items()
             if not path.is_file() or path.read_text(encoding="utf-8") != text]
    for path in stale:
        if args.write:
            path.write_text(generated_files()[path], encoding="utf-8")
        print(("wrote " if args.write else "stale: ") + str(path))


if __name__ == "__main__":
    main()
