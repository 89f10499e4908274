"""HTML documentation of the ontology, generated from the ontology graph itself.

One self-contained page (inline CSS, no scripts, no CDN): the ontology header, classes, properties with domain and
range, the individuals of the schema, every concept scheme with Vietnamese and English labels, areas and projects.
Every term has an anchor whose id is its CURIE (``#pk:Report``, ``#pki:grdp``), so other pages can link to it.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from pathlib import Path

from rdflib import OWL, RDF, RDFS, BNode, Graph, Literal, Node, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, SKOS

from provkg.core.namespaces import PK, PREFIXES
from provkg.reference.ontology import load_ontology

ONTOLOGY_IRI = URIRef(PK.rstrip("#"))
# QUDT namespaces appear only as link targets of units; named here so the page shows unit:HA, not a long IRI.
_PREFIXES = {**PREFIXES, "qudt": "http://qudt.org/schema/qudt/", "unit": "http://qudt.org/vocab/unit/",
             "cur": "http://qudt.org/vocab/currency/"}
_PKNS = PK

# Concept classes documented as tables, in page order, with the extra columns each table shows.
_SCHEMES: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    ("Indicator", "Indicators", (("sector", "sector"), ("defaultUnit", "default unit"), ("allowedUnit", "units"))),
    ("Sector", "Sectors and domains", ()),
    ("MeasureKind", "Measure kinds", ()),
    ("Unit", "Units", (("baseUnit", "base"), ("scale", "scale"), ("ucumCode", "UCUM"), ("qudtUnit", "QUDT"))),
    ("Cause", "Causes", ()),
    ("ProjectStatus", "Project statuses", ()),
)

_CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0 auto;max-width:84rem;padding:1rem 2rem;
color:#1d1d1f;line-height:1.45}
h1{margin-bottom:.2rem}h2{border-bottom:2px solid #ccd;margin-top:2.5rem}h3{margin:1.6rem 0 .3rem}
code{font-size:.92em;background:#f2f2f6;padding:0 .2em;border-radius:3px}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #dde;padding:.25rem .4rem;
vertical-align:top;text-align:left;overflow-wrap:break-word}th{background:#f2f2f6}
.term{border-left:4px solid #99b;padding:.2rem .8rem;margin:1rem 0}.vi{color:#555}.meta{color:#555;font-size:.9rem}
nav ul{columns:3;font-size:.9rem}:target{background:#fff6d5}
"""


def curie(node: Node) -> str:
    """``pk:Report`` for a IRI in a known namespace (the longest matching one), the full IRI otherwise."""
    text = str(node)
    best = ""
    for prefix, iri in _PREFIXES.items():
        if text.startswith(iri) and len(iri) > len(_PREFIXES.get(best, "")):
            best = prefix
    return f"{best}:{text[len(_PREFIXES[best]):]}" if best else text


def _label(graph: Graph, node: Node, lang: str, props: Iterable[URIRef] = (RDFS.label, SKOS.prefLabel)) -> str:
    for prop in props:
        for value in graph.objects(node, prop):
            if isinstance(value, Literal) and value.language == lang:
                return str(value)
    return ""


def _texts(graph: Graph, node: Node, prop: URIRef, lang: str | None = None) -> list[str]:
    values = [v for v in graph.objects(node, prop) if isinstance(v, Literal)]
    if lang is not None:
        values = [v for v in values if v.language == lang]
    return sorted(str(v) for v in values)


def _in_pk(node: Node) -> bool:
    return isinstance(node, URIRef) and str(node).startswith(_PKNS)


class _Page:
    """Renders terms of one graph; links only to anchors that exist on the page."""

    def __init__(self, graph: Graph) -> None:
        self.g = graph
        self.anchors: set[str] = set()

    def ref(self, node: Node) -> str:
        if isinstance(node, BNode):
            return self.class_expression(node)
        if isinstance(node, Literal):
            return html.escape(str(node))
        name = curie(node)
        if name in self.anchors:
            return f'<a href="#{html.escape(name)}"><code>{html.escape(name)}</code></a>'
        if str(node).startswith("http"):
            return f'<a href="{html.escape(str(node))}"><code>{html.escape(name)}</code></a>'
        return f"<code>{html.escape(name)}</code>"

    def refs(self, nodes: Iterable[Node]) -> str:
        return ", ".join(self.ref(n) for n in sorted(set(nodes), key=str))

    def class_expression(self, node: BNode) -> str:
        g = self.g
        for op, word in ((OWL.unionOf, " or "), (OWL.intersectionOf, " and "), (OWL.oneOf, ", ")):
            head = g.value(node, op)
            if head is not None:
                inner = word.join(self.ref(m) for m in Collection(g, head))
                return "{" + inner + "}" if op == OWL.oneOf else "(" + inner + ")"
        prop = g.value(node, OWL.onProperty)
        for op, word in ((OWL.someValuesFrom, "some"), (OWL.allValuesFrom, "only"), (OWL.hasValue, "value")):
            filler = g.value(node, op)
            if prop is not None and filler is not None:
                return f"({self.ref(prop)} {word} {self.ref(filler)})"
        return "(anonymous class)"

    def anchor_id(self, node: Node) -> str:
        return html.escape(curie(node))

    def labels_block(self, node: Node) -> list[str]:
        g = self.g
        parts = [f'<h3 id="{self.anchor_id(node)}">{html.escape(_label(g, node, "en") or curie(node))} '
                 f'<span class="vi">/ {html.escape(_label(g, node, "vi"))}</span></h3>',
                 f'<div class="meta"><code>{html.escape(str(node))}</code></div>']
        for lang in ("en", "vi"):
            for text in _texts(g, node, SKOS.definition, lang):
                css = ' class="vi"' if lang == "vi" else ""
                parts.append(f"<p{css}>{html.escape(text)}</p>")
        return parts

    def row(self, label: str, value: str) -> str:
        return f"<tr><th>{html.escape(label)}</th><td>{value}</td></tr>" if value else ""


def _pk_terms(graph: Graph, kind: URIRef) -> list[URIRef]:
    return sorted((s for s in set(graph.subjects(RDF.type, kind)) if _in_pk(s)), key=str)


def _instances(graph: Graph, *classes: str) -> list[Node]:
    return sorted({s for name in classes for s in graph.subjects(RDF.type, URIRef(PK + name))}, key=str)


def _objects(graph: Graph, node: Node, *props: str) -> list[Node]:
    return [o for name in props for o in graph.objects(node, URIRef(PK + name))]


def render_html(graph: Graph | None = None) -> str:
    """The documentation page for ``graph`` (default: the whole ontology folder)."""
    g = graph if graph is not None else load_ontology()
    page = _Page(g)
    classes = _pk_terms(g, OWL.Class)
    object_props = _pk_terms(g, OWL.ObjectProperty)
    data_props = _pk_terms(g, OWL.DatatypeProperty)
    individuals = _pk_terms(g, OWL.NamedIndividual)
    schemes = [(URIRef(PK + cls), title, extra) for cls, title, extra in _SCHEMES]
    members = {cls: sorted(set(g.subjects(RDF.type, cls)), key=str) for cls, _, _ in schemes}
    areas = _instances(g, "Province", "District", "Authority")
    initiatives = _instances(g, "Programme", "Project", "ProjectPhase", "ProjectItem")
    page.anchors = {curie(n) for n in [*classes, *object_props, *data_props, *individuals, *areas, *initiatives]}
    page.anchors |= {curie(n) for nodes in members.values() for n in nodes}

    title_en = _label(g, ONTOLOGY_IRI, "en", (DCTERMS.title, RDFS.label)) or "provkg ontology"
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           f"<title>{html.escape(title_en)}</title><style>{_CSS}</style></head><body>",
           f"<h1>{html.escape(title_en)}</h1>"]
    out.append(f'<p class="meta"><code>{html.escape(str(ONTOLOGY_IRI))}</code> · version '
               f'{html.escape(", ".join(_texts(g, ONTOLOGY_IRI, OWL.versionInfo)))}</p>')
    for lang in ("en", "vi"):
        for text in _texts(g, ONTOLOGY_IRI, DCTERMS.description, lang):
            out.append(f'<p{" class=vi" if lang == "vi" else ""}>{html.escape(text)}</p>')
    out.append("<h2>Prefixes</h2><table><tr><th>prefix</th><th>namespace</th></tr>")
    out += [f"<tr><td><code>{p}:</code></td><td><code>{html.escape(i)}</code></td></tr>" for p, i in _PREFIXES.items()]
    out.append("</table>")

    out.append("<nav><h2>Contents</h2><ul>")
    sections = [("classes", "Classes"), ("object-properties", "Object properties"),
                ("datatype-properties", "Datatype properties"), ("individuals", "Individuals")]
    sections += [(f"scheme-{cls}", title) for cls, title, _ in _SCHEMES]
    sections += [("areas", "Areas"), ("projects", "Projects and programmes")]
    out += [f'<li><a href="#{sid}">{html.escape(title)}</a></li>' for sid, title in sections]
    out.append("</ul></nav>")

    out.append('<h2 id="classes">Classes</h2>')
    for cls in classes:
        out.append('<div class="term">')
        out += page.labels_block(cls)
        supers = [s for s in g.objects(cls, RDFS.subClassOf)]
        subs = [s for s in g.subjects(RDFS.subClassOf, cls)]
        equivalent = [e for e in g.objects(cls, OWL.equivalentClass)]
        disjoint = list(g.objects(cls, OWL.disjointWith)) + list(g.subjects(OWL.disjointWith, cls))
        domain_of = [p for p in g.subjects(RDFS.domain, cls) if _in_pk(p)]
        range_of = [p for p in g.subjects(RDFS.range, cls) if _in_pk(p)]
        out.append("<table>" + page.row("subclass of", page.refs(supers)) + page.row("subclasses", page.refs(subs))
                   + page.row("equivalent to", page.refs(equivalent)) + page.row("disjoint with", page.refs(disjoint))
                   + page.row("domain of", page.refs(domain_of)) + page.row("range of", page.refs(range_of))
                   + page.row("instances in reference data", str(len(set(g.subjects(RDF.type, cls))) or ""))
                   + "</table></div>")

    for sid, title, props in (("object-properties", "Object properties", object_props),
                              ("datatype-properties", "Datatype properties", data_props)):
        out.append(f'<h2 id="{sid}">{title}</h2>')
        for prop in props:
            out.append('<div class="term">')
            out += page.labels_block(prop)
            characteristics = [curie(t) for t in g.objects(prop, RDF.type) if t not in (OWL.ObjectProperty,
                                                                                         OWL.DatatypeProperty)]
            out.append("<table>" + page.row("domain", page.refs(g.objects(prop, RDFS.domain)))
                       + page.row("range", page.refs(g.objects(prop, RDFS.range)))
                       + page.row("subproperty of", page.refs(g.objects(prop, RDFS.subPropertyOf)))
                       + page.row("characteristics", html.escape(", ".join(sorted(characteristics))))
                       + "</table></div>")

    out.append('<h2 id="individuals">Individuals</h2>')
    for ind in individuals:
        out.append('<div class="term">')
        out += page.labels_block(ind)
        types = [t for t in g.objects(ind, RDF.type) if t != OWL.NamedIndividual]
        out.append("<table>" + page.row("type", page.refs(types)) + "</table></div>")

    for cls, title, extra in schemes:
        out.append(f'<h2 id="scheme-{curie(cls).split(":")[1]}">{html.escape(title)} '
                   f'<span class="meta">({len(members[cls])}, instances of {page.ref(cls)})</span></h2>')
        head = "".join(f"<th>{html.escape(h)}</th>" for h in
                       ("id", "Tiếng Việt", "English", "other Vietnamese labels", "definition", *(e[1] for e in extra)))
        out.append(f"<table><tr>{head}</tr>")
        for concept in members[cls]:
            cells = [f'<td id="{page.anchor_id(concept)}"><code>{html.escape(curie(concept))}</code></td>',
                     f"<td>{html.escape(_label(g, concept, 'vi'))}</td>",
                     f"<td>{html.escape(_label(g, concept, 'en'))}</td>",
                     f"<td>{html.escape('; '.join(_texts(g, concept, SKOS.altLabel, 'vi')))}</td>",
                     f"<td>{html.escape(' '.join(_texts(g, concept, SKOS.definition, 'en')))}</td>"]
            cells += [f"<td>{page.refs(g.objects(concept, URIRef(PK + prop)))}</td>" for prop, _ in extra]
            out.append("<tr>" + "".join(cells) + "</tr>")
        out.append("</table>")

    out.append(f'<h2 id="areas">Areas <span class="meta">({len(areas)})</span></h2><table>'
               "<tr><th>id</th><th>type</th><th>Tiếng Việt</th><th>English</th><th>code</th><th>in</th></tr>")
    for area in areas:
        out.append(f'<tr><td id="{page.anchor_id(area)}"><code>{html.escape(curie(area))}</code></td>'
                   f"<td>{page.refs(g.objects(area, RDF.type))}</td>"
                   f"<td>{html.escape(_label(g, area, 'vi'))}</td><td>{html.escape(_label(g, area, 'en'))}</td>"
                   f"<td>{html.escape(', '.join(_texts(g, area, SKOS.notation)))}</td>"
                   f"<td>{page.refs(_objects(g, area, 'inProvince', 'jurisdiction'))}</td></tr>")
    out.append("</table>")

    out.append(f'<h2 id="projects">Projects and programmes <span class="meta">({len(initiatives)})</span></h2><table>'
               "<tr><th>id</th><th>type</th><th>Tiếng Việt</th><th>English</th><th>parts</th><th>status</th>"
               "<th>sector</th><th>location</th></tr>")
    for item in initiatives:
        out.append(f'<tr><td id="{page.anchor_id(item)}"><code>{html.escape(curie(item))}</code></td>'
                   f"<td>{page.refs(g.objects(item, RDF.type))}</td>"
                   f"<td>{html.escape(_label(g, item, 'vi'))}</td><td>{html.escape(_label(g, item, 'en'))}</td>"
                   f"<td>{page.refs(g.objects(item, URIRef(PK + 'hasPart')))}</td>"
                   f"<td>{page.refs(g.objects(item, URIRef(PK + 'status')))}</td>"
                   f"<td>{page.refs(g.objects(item, URIRef(PK + 'sector')))}</td>"
                   f"<td>{page.refs(g.objects(item, URIRef(PK + 'location')))}</td></tr>")
    out.append("</table></body></html>")
    return "\n".join(out) + "\n"


def write_docs(out_dir: Path, graph: Graph | None = None) -> Path:
    """Write ``index.html`` into ``out_dir`` (created if needed) and return its path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "index.html"
    path.write_text(render_html(graph), encoding="utf-8")
    return path
