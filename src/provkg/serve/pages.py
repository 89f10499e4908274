"""The pages of `provkg serve`: the generic linked-data page and the pages a researcher reads (the annotated
report, the observation card, the indicator page with its chart, the area page), each with a JSON twin (the page's
data, ``?view=json``) and RDF twins (``?format=turtle|jsonld|ntriples``, answered by the server).

Everything here renders: the data comes from SPARQL SELECT queries run by the caller's ``select`` (the server's
worker pool), so a page never touches the store itself. The queries are in serve/sparql/.
"""

from __future__ import annotations

import functools
import html
import json
import string
from collections.abc import Callable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from pyoxigraph import NamedNode, RdfFormat, Triple, serialize

from provkg.core.namespaces import AREA, BASE, INDICATOR, OWL, PREFIXES, RDF, REPORT
from provkg.core.text import normalise, text_sha256
from provkg.publish.chart import chart_from_bindings, series_query, svg_chart

Select = Callable[[str], list[dict[str, Any]]]
LANGUAGES = ("en", "vi")
ONTOLOGY = BASE + "ontology"
LINKED_PREFIXES = ("id/", "report/", "graph/")


class PageNotFound(Exception):
    """The graph says nothing about the page's subject."""


# -- files and the page frame ----------------------------------------------------------------------------------------


def jsonld_context_bytes() -> bytes:
    """The published JSON-LD context, the one export compacts with."""
    return (resources.files("provkg.publish") / "context.jsonld").read_bytes()


def static_file(name: str) -> bytes:
    return (resources.files("provkg.serve") / "static" / name).read_bytes()


@functools.cache
def _sparql(name: str) -> str:
    return (resources.files("provkg.serve") / "sparql" / f"{name}.rq").read_text(encoding="utf-8")


def page(title: str, body: str, lang: str = "en") -> bytes:
    template = string.Template(static_file("page.html").decode("utf-8"))
    return template.substitute(title=html.escape(title), body=body, lang=lang).encode("utf-8")


def local_path(iri: str) -> str | None:
    """The path at which this server answers for ``iri`` (an IRI under the provkg base), else None."""
    if iri == ONTOLOGY or iri.startswith(ONTOLOGY + "#"):
        return "/ontology" + iri[len(ONTOLOGY):]
    if iri.startswith(BASE) and iri[len(BASE):].startswith(LINKED_PREFIXES):
        return "/" + quote(iri[len(BASE):], safe="/#:@!$&'()*+,;=-._~%")
    return None


def short_name(iri: str) -> str:
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def twins(iri: str, lang: str) -> str:
    """Links to the page's JSON data and RDF descriptions, and to the other language."""
    path = html.escape(local_path(iri) or "/")
    other = "vi" if lang == "en" else "en"
    links = [f'<a href="{path}?view=json&amp;lang={lang}">JSON</a>'] + [
        f'<a href="{path}?format={key}">{name}</a>' for key, name in (("turtle", "Turtle"), ("jsonld", "JSON-LD"))
    ]
    describe = html.escape("/?" + urlencode({"query": f"DESCRIBE <{iri}>"}))
    return (f'<p class="alternates">Also as {" · ".join(links)} · <a href="{describe}">query it</a> · '
            f'<a href="{path}?lang={other}" hreflang="{other}">{"Tiếng Việt" if other == "vi" else "English"}</a></p>')


def link(iri: str | None, text: str | None, css: str = "") -> str:
    if not iri:
        return html.escape(text or "")
    target = local_path(iri) or iri
    attribute = f' class="{css}"' if css else ""
    return f'<a href="{html.escape(target)}"{attribute}>{html.escape(text or short_name(iri))}</a>'


def v(row: Mapping[str, Any], key: str) -> str | None:
    """The value of ``key`` in a SPARQL JSON binding, None when unbound."""
    cell = row.get(key)
    return cell["value"] if cell else None


def number(text: str | None) -> str:
    """A decimal as a reader writes it: thousands grouped, no trailing zeros."""
    if text is None:
        return ""
    try:
        value = float(text)
    except ValueError:
        return text
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")


# -- the generic page ------------------------------------------------------------------------------------------------


def _term_html(cell: Mapping[str, Any], labels: Mapping[str, str]) -> str:
    value = cell["value"]
    if cell["type"] == "uri":
        text = html.escape(short_name(value))
        label = labels.get(value)
        suffix = f' <span class="label">{html.escape(label)}</span>' if label else ""
        return f'<a href="{html.escape(local_path(value) or value)}">{text}</a>{suffix}'
    if cell["type"] == "bnode":
        return f"<code>_:{html.escape(value)}</code>"
    extra = ""
    if "xml:lang" in cell:
        extra = f' <span class="lang">@{html.escape(cell["xml:lang"])}</span>'
    elif "datatype" in cell:
        extra = f' <span class="datatype">{html.escape(short_name(cell["datatype"]))}</span>'
    return f"{html.escape(value)}{extra}"


def statements_table(rows: list[dict[str, Any]], labels: Mapping[str, str], direction: str = "out") -> str:
    """What the graph says about a thing (``out``: property, value) or what refers to it (``in``: subject,
    property), with the graph saying it."""
    items = [r for r in rows if r["dir"]["value"] == direction]
    first, second = ("p", "x") if direction == "out" else ("x", "p")
    head = ("property", "value") if direction == "out" else ("subject", "property")
    body = "".join(
        f"<tr><td>{_term_html(r[first], labels)}</td><td>{_term_html(r[second], labels)}</td>"
        f"<td>{_term_html(r['g'], {})}</td></tr>"
        for r in items
    )
    return f"<table><thead><tr><th>{head[0]}</th><th>{head[1]}</th><th>graph</th></tr></thead>{body}</table>"


def entity_html(iri: str, rows: list[dict[str, Any]], labels: Mapping[str, str]) -> bytes:
    """A page listing what the graph says about ``iri`` and what refers to it, with links to follow."""
    path = local_path(iri) or "/"
    formats = " · ".join(
        f'<a href="{html.escape(path)}?format={key}">{name}</a>'
        for key, name in (("turtle", "Turtle"), ("jsonld", "JSON-LD"), ("ntriples", "N-Triples"))
    )
    describe = "/?" + urlencode({"query": f"DESCRIBE <{iri}>"})
    body = (
        f'<p class="iri"><code>{html.escape(iri)}</code></p>'
        f'<p class="alternates">As {formats} · <a href="{html.escape(describe)}">open in the query page</a></p>'
        f"<h2>Statements</h2>{statements_table(rows, labels)}"
    )
    if any(r["dir"]["value"] == "in" for r in rows):
        body += f"<h2>Referred to by</h2>{statements_table(rows, labels, 'in')}"
    return page(labels.get(iri) or short_name(iri), body)


def ontology_turtle() -> bytes:
    """The ontology's own files (those of ontology/ that declare an owl:Ontology) as one Turtle document; empty
    when none does."""
    from provkg.core.paths import ontology_dir
    from provkg.reference.loader import parse_turtle_file

    is_ontology = (NamedNode(RDF + "type"), NamedNode(OWL + "Ontology"))
    triples: list[Triple] = []
    for path in sorted(ontology_dir().glob("*.ttl")):
        parsed = parse_turtle_file(path)
        if any((t.predicate, t.object) == is_ontology for t in parsed):
            triples.extend(parsed)
    if not triples:
        return b""
    return serialize(triples, format=RdfFormat.TURTLE, prefixes=dict(PREFIXES)) or b""


@functools.cache
def ontology_html() -> bytes:
    """The ontology's documentation, generated from the ontology itself by provkg.publish.ontodoc (once per process)."""
    from provkg.publish.ontodoc import render_html

    return render_html().encode("utf-8")


# -- the query editor -----------------------------------------------------------------------------------------------

EDITOR_FILES = ("yasgui.min.js", "yasgui.min.css")
_EDITOR_FOLDERS = (Path("web") / "node_modules" / "@zazuko" / "yasgui" / "build", Path("web") / "yasgui")


def editor_assets() -> Path | None:
    """The folder of the YASGUI build installed by scripts/install.sh (npm ci in web/), or the copy a wheel carries
    (provkg/_data/web/yasgui); None when it is not installed: the plain query page stands in."""
    from provkg.core.paths import project_home

    home = project_home()
    for folder in _EDITOR_FOLDERS:
        if all((home / folder / name).is_file() for name in EDITOR_FILES):
            return home / folder
    return None


@functools.cache
def vocabulary_json() -> bytes:
    """What the editor completes: the provkg prefixes and every term of the reference data and ontology under a
    known prefix, as prefixed names (read once per process)."""
    from provkg.reference.loader import load_reference

    terms: set[str] = set()
    for triple in load_reference().triples:
        for term in (triple.subject, triple.predicate, triple.object):
            if isinstance(term, NamedNode):
                name = short_name(term.value)
                if name != term.value and all(ch.isalnum() or ch in "-_.:" for ch in name):
                    terms.add(name)
    return json.dumps({"prefixes": PREFIXES, "terms": sorted(terms)}, ensure_ascii=False).encode("utf-8")


# -- report texts ----------------------------------------------------------------------------------------------------


class TextIndex:
    """Report texts (.txt files of the given folders) found by the SHA-256 of their normalised text, which each
    report's graph records: the annotated report needs the text itself, which the graph does not hold. Every .txt
    file of the folders is read once, at the first annotated report: give folders of the texts to be shown."""

    def __init__(self, folders: list[Path]) -> None:
        self.folders = folders
        self._by_hash: dict[str, Path] | None = None

    def _index(self) -> dict[str, Path]:
        if self._by_hash is None:
            found: dict[str, Path] = {}
            for folder in self.folders:
                for path in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
                    try:
                        found.setdefault(text_sha256(normalise(path.read_text(encoding="utf-8-sig"))), path)
                    except (OSError, UnicodeDecodeError):
                        continue
            self._by_hash = found
        return self._by_hash

    def text(self, sha256: str | None) -> str | None:
        path = self._index().get(sha256 or "")
        return normalise(path.read_text(encoding="utf-8-sig")) if path is not None else None


# -- the pages a researcher reads --------------------------------------------------------------------------------------


def page_kind(iri: str) -> str | None:
    """Which reader's page ``iri`` has: observation, report, indicator or area; None for the generic page."""
    if iri.startswith(REPORT):
        rest = iri[len(REPORT):]
        if "/" not in rest:
            return "report"
        if rest.count("/") == 2 and rest.split("/")[1] == "obs":
            return "observation"
        return None
    if iri.startswith(INDICATOR) and "/" not in iri[len(INDICATOR):]:
        return "indicator"
    if iri.startswith(AREA):
        return "area"
    return None


def _query(name: str, lang: str, **iris: str) -> str:
    text = _sparql(name).replace("?lang_code", f'"{lang}"')
    for key, iri in iris.items():
        text = text.replace(f"<{key.upper()}>", f"<{iri}>")
    return text


def page_data(kind: str, iri: str, select: Select, lang: str, texts: TextIndex | None = None,
              params: Mapping[str, str] | None = None) -> dict[str, Any]:
    """What the page of ``iri`` shows, as plain JSON-ready data; PageNotFound when the graph has nothing."""
    lang = lang if lang in LANGUAGES else "en"
    builders = {"observation": _observation, "report": _report, "indicator": _indicator, "area": _area}
    return builders[kind](iri, select, lang, texts, params or {})


def _first(rows: list[dict[str, Any]], iri: str) -> dict[str, Any]:
    if not rows:
        raise PageNotFound(iri)
    return rows[0]


def _plain(row: Mapping[str, Any]) -> dict[str, str]:
    return {key: cell["value"] for key, cell in row.items()}


def _observation(iri: str, select: Select, lang: str, texts: TextIndex | None,
                 params: Mapping[str, str]) -> dict[str, Any]:
    row = _plain(_first(select(_query("observation", lang, this=iri)), iri))
    data: dict[str, Any] = {**row, "kind": "observation", "iri": iri, "lang": lang}
    data["parts"] = [_plain(r) for r in select(_query("observation-parts", lang, this=iri))]
    data["statements"] = [_plain(r) for r in select(_query("observation-statements", lang, this=iri))]
    data["findings"] = [_plain(r) for r in select(_query("findings", lang, this=iri))]
    data["triples"] = select(_query("statements", lang, this=iri))
    text = texts.text(row.get("sha256")) if texts else None
    if text is not None and row.get("start") and row.get("end"):
        start, end = int(row["start"]), int(row["end"])
        left, right = max(0, start - 240), min(len(text), end + 240)
        data["context"] = {"before": text[left:start], "figure": text[start:end], "after": text[end:right]}
    return data


def _report(iri: str, select: Select, lang: str, texts: TextIndex | None, params: Mapping[str, str]) -> dict[str, Any]:
    row = _plain(_first(select(_query("report", lang, this=iri)), iri))
    figures = [_plain(r) for r in select(_query("report-figures", lang, this=iri))]
    findings = [_plain(r) for r in select(_query("report-findings", lang, this=iri))]
    text = texts.text(row.get("sha256")) if texts else None
    return {**row, "kind": "report", "iri": iri, "lang": lang, "figures": figures, "findings": findings,
            "text": text}


def _indicator(iri: str, select: Select, lang: str, texts: TextIndex | None,
               params: Mapping[str, str]) -> dict[str, Any]:
    row = _plain(_first(select(_query("indicator", lang, this=iri)), iri))
    bindings = select(series_query(iri, lang))
    measures: dict[str, dict[str, str]] = {}
    for b in bindings:
        key = (v(b, "measure") or "") + "\t" + (v(b, "unit") or "")
        measures.setdefault(key, {"measure": v(b, "measure") or "", "measure_label": v(b, "measure_label") or "",
                                  "unit": v(b, "unit") or "", "unit_label": v(b, "unit_label") or ""})
    chart = chart_from_bindings(bindings, row.get("label") or iri, params.get("measure"), params.get("unit"))
    return {**row, "kind": "indicator", "iri": iri, "lang": lang, "chart": chart,
            "charts": list(measures.values()), "figures": [_plain(b) for b in bindings]}


def _area(iri: str, select: Select, lang: str, texts: TextIndex | None, params: Mapping[str, str]) -> dict[str, Any]:
    row = _plain(_first(select(_query("area", lang, this=iri)), iri))
    latest: dict[str, dict[str, str]] = {}
    for b in select(_query("area-figures", lang, this=iri)):
        item = _plain(b)
        key = item["indicator"] + "\t" + item["measure"]
        kept = latest.get(key)
        if kept is None or (item["period_end"], item["report"]) > (kept["period_end"], kept["report"]):
            latest[key] = item
    by_sector: dict[str, list[dict[str, str]]] = {}
    for item in sorted(latest.values(), key=lambda i: (i.get("sector_label", ""), i["indicator_label"],
                                                        i["measure"])):
        by_sector.setdefault(item.get("sector_label") or "—", []).append(item)
    reports = [_plain(r) for r in select(_query("area-reports", lang, this=iri))]
    districts = [_plain(r) for r in select(_query("area-districts", lang, this=iri))]
    return {**row, "kind": "area", "iri": iri, "lang": lang, "sectors": by_sector, "reports": reports,
            "districts": districts}


def page_json(data: Mapping[str, Any]) -> bytes:
    """The JSON twin of a page."""
    plain = dict(data)
    chart = plain.get("chart")
    if chart is not None:
        plain["chart"] = {
            "measure": chart.measure, "measure_label": chart.measure_label, "unit_label": chart.unit_label,
            "series": {area: [{"period": p.period, "end": p.end.isoformat(), "value": p.value,
                               "observation": p.observation} for p in points]
                       for area, points in chart.series.items()},
        }
    return json.dumps(plain, ensure_ascii=False, indent=1).encode("utf-8")


def page_html(data: Mapping[str, Any]) -> bytes:
    renderers = {"observation": _observation_html, "report": _report_html, "indicator": _indicator_html,
                 "area": _area_html}
    title, body = renderers[data["kind"]](data)
    return page(title, twins(data["iri"], data["lang"]) + body, data["lang"])


def _dl(items: list[tuple[str, str]]) -> str:
    return "<dl class=\"facts\">" + "".join(f"<dt>{k}</dt><dd>{val}</dd>" for k, val in items if val) + "</dl>"


_STATUS_CLASS = {"Actual": "actual", "Estimate": "estimate", "Target": "target", "Forecast": "forecast"}


def _value_text(data: Mapping[str, Any]) -> str:
    value = number(data.get("value"))
    if data.get("value_max"):
        value += "–" + number(data["value_max"])
    return value


def _findings_html(findings: list[Mapping[str, str]]) -> str:
    if not findings:
        return ""
    items = "".join(
        f'<li class="finding {html.escape(f.get("severity", "").lower())}"><strong>{html.escape(f.get("severity", ""))}'
        f"</strong> {html.escape(f.get('message', ''))} <span class=\"hint\">({html.escape(f.get('rule', ''))})</span>"
        "</li>"
        for f in findings
    )
    return f'<ul class="findings">{items}</ul>'


def _observation_html(d: Mapping[str, Any]) -> tuple[str, str]:
    title = f"{d.get('indicator_label') or d.get('subject')}: {_value_text(d)} {d.get('unit_label') or ''}".strip()
    status = d.get("status", "").rsplit("#", 1)[-1]
    head = (f'<p class="value-line"><span class="value">{_value_text(d)}</span> '
            f'<span class="unit">{html.escape(d.get("unit_label") or "")}</span> '
            f'<span class="badge {_STATUS_CLASS.get(status, "")}">{html.escape(d.get("status_label") or status)}'
            "</span></p>")
    facts = _dl([
        ("What", link(d.get("indicator"), d.get("indicator_label")) if d.get("indicator") else
         '<span class="unlinked">not linked to an indicator</span>'),
        ("As the report says", html.escape(d.get("subject", ""))),
        ("Measure", html.escape(d.get("measure_label") or "")),
        ("Area", link(d.get("area"), d.get("area_label"))),
        ("Period", html.escape(d.get("period_label") or d.get("period_code") or "")),
        ("Compared with", html.escape(d.get("comparison_label") or "")),
        ("Prices", html.escape(d.get("basis_label") or "")),
        ("Part of", link(d.get("whole"), "the total it breaks down") if d.get("whole") else ""),
        ("Curator's note", html.escape(d.get("note") or "")),
    ])
    context = d.get("context")
    if context:
        quote_html = (f'<blockquote class="quote" lang="vi">…{html.escape(context["before"])}'
                      f'<mark>{html.escape(context["figure"])}</mark>{html.escape(context["after"])}…</blockquote>')
    elif d.get("quote"):
        quote_html = f'<blockquote class="quote" lang="vi">{html.escape(d["quote"])}</blockquote>'
    else:
        quote_html = '<p class="hint">The report\'s text is not available to this server.</p>'
    parts = ""
    if d["parts"]:
        parts = "<h2>Its parts</h2><ul>" + "".join(
            f"<li>{link(p['part'], p['subject'])}: {number(p['value'])}</li>" for p in d["parts"]) + "</ul>"
    statements = ""
    if d["statements"]:
        statements = "<h2>What the report says about it</h2><ul>" + "".join(
            f"<li>{html.escape(s.get('kind_label', ''))}: {html.escape(s.get('cause_label') or s.get('label') or '')}"
            f"{' (' + html.escape(s['effect_label']) + ')' if s.get('effect_label') else ''}</li>"
            for s in d["statements"]) + "</ul>"
    findings = ("<h2>Validation findings</h2>" + _findings_html(d["findings"])) if d["findings"] else ""
    report_name = d.get("report_number") or d.get("report", "").removeprefix(REPORT)
    provenance = _dl([
        ("Stated in", link(d.get("report"), report_name) + (f' <span class="hint">{html.escape(d["title"])}</span>'
                                                              if d.get("title") else "")),
        ("Section", html.escape(d.get("section", ""))),
        ("Characters", f"{d['start']}–{d['end']}" if d.get("start") and d.get("end") else ""),
        ("Issued", html.escape(d.get("issued") or "")),
        ("By", html.escape(d.get("publisher_label") or "")),
    ])
    triples = (f"<details><summary>Every statement about it in the graph</summary>"
               f"{statements_table(d['triples'], {})}</details>")
    body = (f'<article class="card">{head}{facts}<h2>In the report</h2>{quote_html}{parts}{statements}{findings}'
            f"<h2>Provenance</h2>{provenance}{triples}</article>")
    return title, body


def _sentence_end(text: str, position: int) -> int:
    """The end of the sentence around ``position``: the next full stop before a space or a line end, or the line's
    end."""
    line_end = text.find("\n", position)
    line_end = len(text) if line_end < 0 else line_end
    stop = position
    while True:
        stop = text.find(".", stop)
        if stop < 0 or stop >= line_end:
            return line_end
        if stop + 1 >= len(text) or text[stop + 1] in " \n":
            return stop + 1
        stop += 1


def _report_html(d: Mapping[str, Any]) -> tuple[str, str]:
    title = d.get("title") or d.get("report_number") or d["iri"].removeprefix(REPORT)
    figures = d["figures"]
    with_findings = {f["focus"] for f in d["findings"]}
    linked = sum(1 for f in figures if f.get("indicator"))
    facts = _dl([
        ("Document", html.escape(d.get("report_number") or "")),
        ("Issued", html.escape(d.get("issued") or "")),
        ("Province", link(d.get("province"), d.get("province_label"))),
        ("Period", html.escape(d.get("period_label") or "")),
        ("Figures", f"{len(figures)}: <span class=\"fig linked\">{linked} linked</span> · "
                    f"<span class=\"fig unlinked\">{len(figures) - linked} unlinked</span> · "
                    f"<span class=\"fig finding\">{len(with_findings)} with findings</span>"),
    ])
    legend = ('<p class="legend">Each figure links to its card. Colours: <span class="fig linked">linked to an '
              'indicator</span> <span class="fig unlinked">not linked</span> <span class="fig finding">with a '
              'validation finding</span>; a dotted underline marks an estimate, target or forecast.</p>')
    text = d.get("text")
    if not text:
        rows = "".join(
            f"<tr><td>{link(f['observation'], number(f['value']))}</td><td>{html.escape(f.get('unit_text', ''))}</td>"
            f"<td>{html.escape(f.get('indicator_label') or f.get('subject', ''))}</td>"
            f"<td>{html.escape(f.get('section', ''))}</td></tr>" for f in figures)
        body = (facts + '<p class="hint">The text of this report is not available to this server (start it with '
                "<code>--texts DIR</code>, the folder of the report's .txt file): its figures in order.</p>"
                f"<table><thead><tr><th>value</th><th>unit</th><th>what</th><th>section</th></tr></thead>"
                f"<tbody>{rows}</tbody></table>")
        return title, body
    notes: dict[int, list[Mapping[str, str]]] = {}
    by_focus: dict[str, list[Mapping[str, str]]] = {}
    for finding in d["findings"]:
        by_focus.setdefault(finding["focus"], []).append(finding)
    spans = sorted(((int(f["start"]), int(f["end"]), f) for f in figures), key=lambda s: s[0])
    for _start, end, figure in spans:
        if figure["observation"] in by_focus:
            notes.setdefault(_sentence_end(text, end), []).extend(by_focus[figure["observation"]])
    cuts = sorted({*(s for s, _, _ in spans), *(e for _, e, _ in spans), *notes, len(text)})
    out: list[str] = []
    position = 0
    starts = {s: (e, f) for s, e, f in spans}
    for cut in cuts:
        if cut < position:
            continue
        out.append(html.escape(text[position:cut]))
        position = cut
        if cut in notes:
            out.append('<span class="note" role="note">' + " ".join(
                f'<span class="finding {html.escape(n.get("severity", "").lower())}">⚠ {html.escape(n["message"])}'
                "</span>" for n in notes[cut]) + "</span>")
        if cut in starts:
            end, figure = starts[cut]
            css = "finding" if figure["observation"] in with_findings else (
                "linked" if figure.get("indicator") else "unlinked")
            status = figure.get("status", "").rsplit("#", 1)[-1]
            if status != "Actual":
                css += " uncertain"
            label = figure.get("indicator_label") or figure.get("subject", "")
            tip = f"{label} · {figure.get('status_label', status)} · {figure.get('period_label', '')}"
            out.append(f'<a class="fig {css}" href="{html.escape(local_path(figure["observation"]) or "")}" '
                       f'title="{html.escape(tip)}">{html.escape(text[cut:end])}</a>')
            position = end
    body = facts + legend + f'<div class="report-text" lang="vi">{"".join(out)}</div>'
    return title, body


def _indicator_html(d: Mapping[str, Any]) -> tuple[str, str]:
    title = d.get("label") or d["iri"]
    chart = d["chart"]
    facts = _dl([
        ("Also called", html.escape(d.get("other_label") or "")),
        ("Sector", html.escape(d.get("sector_label") or "")),
        ("Definition", html.escape(d.get("definition") or "")),
        ("Code", f"<code>{html.escape(d['iri'].removeprefix(INDICATOR))}</code>"),
    ])
    path = local_path(d["iri"]) or "/"
    choices = " · ".join(
        ("<strong>" if c["measure"] == chart.measure and c["unit_label"] == chart.unit_label else "")
        + f'<a href="{html.escape(path)}?' + html.escape(urlencode({"measure": c["measure"], "unit": c["unit"],
                                                                    "lang": d["lang"]}))
        + f'">{html.escape(c["measure_label"])} ({html.escape(c["unit_label"])})</a>'
        + ("</strong>" if c["measure"] == chart.measure and c["unit_label"] == chart.unit_label else "")
        for c in d["charts"])
    svg = svg_chart(chart, link=local_path)
    rows = "".join(
        f"<tr><td>{html.escape(f.get('measure_label', ''))}</td><td class=\"num\">"
        f"{link(f['observation'], number(f['value']))}</td><td>{html.escape(f.get('unit_label', ''))}</td>"
        f"<td>{link(f['area'], f.get('area_label'))}</td><td>{html.escape(f.get('period_label', ''))}</td>"
        f"<td>{html.escape(f.get('status_label', ''))}</td>"
        f"<td>{link(f['report'], f['report'].removeprefix(REPORT))}</td></tr>"
        for f in d["figures"])
    body = (facts + (f'<p class="charts">Draw: {choices}</p>' if choices else "")
            + f'<figure class="chart">{svg}<figcaption>{chart.points} figure(s) of {len(chart.series)} area(s); each '
            "point at the last day of its period.</figcaption></figure>"
            "<h2>Every figure</h2><table><thead><tr><th>measure</th><th>value</th><th>unit</th><th>area</th>"
            f"<th>period</th><th>status</th><th>report</th></tr></thead><tbody>{rows}</tbody></table>")
    return title, body


def _area_html(d: Mapping[str, Any]) -> tuple[str, str]:
    title = d.get("label") or d["iri"]
    facts = _dl([
        ("Kind", html.escape(d.get("kind_label") or "")),
        ("Province", link(d.get("province"), d.get("province_label")) if d.get("province") else ""),
        ("Code", html.escape(d.get("notation") or "")),
    ])
    sections = []
    for sector, items in d["sectors"].items():
        rows = "".join(
            f"<tr><td>{link(i['indicator'], i['indicator_label'])}</td><td>{html.escape(i.get('measure_label', ''))}"
            f"</td><td class=\"num\">{link(i['observation'], number(i['value']))}</td>"
            f"<td>{html.escape(i.get('unit_label', ''))}</td><td>{html.escape(i.get('period_label', ''))}</td></tr>"
            for i in items)
        sections.append(f"<h3>{html.escape(sector)}</h3><table><thead><tr><th>indicator</th><th>measure</th>"
                        f"<th>value</th><th>unit</th><th>period</th></tr></thead><tbody>{rows}</tbody></table>")
    reports = "".join(
        f"<li>{link(r['report'], r.get('title') or r['report'].removeprefix(REPORT))} "
        f"<span class=\"hint\">{html.escape(r.get('period_label', ''))} · "
        f"{html.escape(r.get('issued', ''))}</span></li>"
        for r in d["reports"])
    districts = ", ".join(link(x["district"], x.get("label")) for x in d["districts"])
    body = (facts + (f"<h2>Reports</h2><ul>{reports}</ul>" if reports else "")
            + "<h2>Latest figures by sector</h2>"
            + ("".join(sections) or '<p class="hint">No figure about this area.</p>')
            + (f"<h2>Districts</h2><p>{districts}</p>" if districts else ""))
    return title, body
