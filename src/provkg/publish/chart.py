"""Charts of an indicator: its values over periods, one line per area, drawn as SVG by our own code (no library,
no CDN), for the indicator page of `provkg serve` and for `provkg chart`.

A chart shows one measure kind in one unit (a level in tonnes is never drawn beside a growth rate in percent). Each
point stands at the last day of its period, labelled with the period in words: a half-year and the nine months of
the same year are different points of the same line.
"""

from __future__ import annotations

import html
import json
import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from provkg.core.errors import InputError
from provkg.core.namespaces import AREA, INDICATOR
from provkg.store.results import Results
from provkg.store.store import KnowledgeStore

# One row per figure of the indicator, with the labels a chart and its table need.
SERIES_QUERY = """
SELECT ?observation ?area ?area_label ?measure ?measure_label ?unit ?unit_label ?period_label ?period_code
       ?period_end ?value ?status_label ?report WHERE {{
  ?observation pk:indicator <{indicator}> ; pk:measure ?m ; pk:value ?value ; pk:unitText ?unit_text ;
               pk:refArea ?area ; pk:refPeriod ?p ; pk:statedIn ?report ; pk:figureStatus ?s .
  ?m skos:notation ?measure .
  ?p pk:periodCode ?period_code .
  ?p time:hasEnd/time:inXSDDate|time:inXSDDate ?period_end .
  OPTIONAL {{ ?m skos:prefLabel ?measure_label FILTER(lang(?measure_label) = "{lang}") }}
  OPTIONAL {{ ?p rdfs:label ?period_label FILTER(lang(?period_label) = "{lang}") }}
  OPTIONAL {{ ?area rdfs:label ?area_label FILTER(lang(?area_label) = "{lang}") }}
  OPTIONAL {{ ?s rdfs:label ?status_label FILTER(lang(?status_label) = "{lang}") }}
  OPTIONAL {{ ?observation pk:unit ?u .
             OPTIONAL {{ ?u skos:prefLabel ?unit_name FILTER(lang(?unit_name) = "{lang}") }} }}
  BIND(COALESCE(?unit_name, ?unit_text) AS ?unit_label)
  BIND(COALESCE(STR(?u), ?unit_text) AS ?unit)
}}
ORDER BY ?measure ?unit ?area_label ?period_end ?report ?observation
"""


def series_query(indicator: str, lang: str = "en") -> str:
    """The SPARQL for the figures of ``indicator`` (an IRI or a code of pki:)."""
    iri = indicator if indicator.startswith("http") else INDICATOR + indicator
    if any(ch in iri for ch in '<>"{}|^`\\ '):
        raise InputError(f"not an indicator: {indicator!r}")
    return SERIES_QUERY.format(indicator=iri, lang="vi" if lang == "vi" else "en")


@dataclass
class Point:
    end: date
    value: float
    period: str
    observation: str


@dataclass
class Chart:
    """The points of one measure kind in one unit, by area."""

    title: str
    measure: str
    measure_label: str
    unit_label: str
    series: dict[str, list[Point]] = field(default_factory=dict)

    @property
    def points(self) -> int:
        return sum(len(points) for points in self.series.values())


def _value(binding: dict[str, Any], key: str) -> str | None:
    cell = binding.get(key)
    return cell["value"] if cell else None


def chart_from_bindings(
    bindings: list[dict[str, Any]], title: str, measure: str | None = None, unit: str | None = None,
    areas: list[str] | None = None,
) -> Chart:
    """The chart of SPARQL JSON ``bindings`` of SERIES_QUERY: the measure kind (default: the level, else the most
    frequent) and unit (default: the most frequent of that measure) given, of ``areas`` (codes or IRIs) if given."""
    if areas:
        wanted = {a if a.startswith("http") else AREA + a for a in areas}
        bindings = [b for b in bindings if _value(b, "area") in wanted]
    measures = Counter(_value(b, "measure") for b in bindings)
    if measure is None:
        measure = "value" if "value" in measures else (measures.most_common(1)[0][0] if measures else "value")
    rows = [b for b in bindings if _value(b, "measure") == measure]
    units = Counter(_value(b, "unit") for b in rows)
    if unit is None:
        unit = units.most_common(1)[0][0] if units else None
    rows = [b for b in rows if _value(b, "unit") == unit]
    chart = Chart(title, measure or "", _value(rows[0], "measure_label") or measure if rows else measure or "",
                  _value(rows[0], "unit_label") or "" if rows else "")
    for b in rows:
        try:
            value = float(Decimal(_value(b, "value") or ""))
        except InvalidOperation:
            continue
        area = _value(b, "area_label") or (_value(b, "area") or "").removeprefix(AREA)
        end = date.fromisoformat((_value(b, "period_end") or "")[:10])
        point = Point(end, value, _value(b, "period_label") or _value(b, "period_code") or "", _value(b, "observation")
                      or "")
        chart.series.setdefault(area, []).append(point)
    for points in chart.series.values():
        points.sort(key=lambda p: (p.end, p.value))
    return chart


# Colours told apart by people with the common colour-vision deficiencies (Okabe-Ito), then greys.
_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442")


def _ticks(low: float, high: float, count: int = 5) -> list[float]:
    if high == low:
        high, low = high + 1, low - 1 if low else 0
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    start = (low // step) * step
    ticks = []
    value = start
    while not ticks or ticks[-1] < high:
        ticks.append(round(value, 10))
        value += step
    return ticks


def _number(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.2f}".rstrip("0").rstrip(".")


def svg_chart(chart: Chart, width: int = 760, height: int = 360, link: Any = None) -> str:
    """The chart as an SVG document: a line and labelled dots per area, axes with ticks, a legend. ``link(iri)``
    gives the href of a point's observation (none when omitted)."""
    left, right, top, bottom = 70, 180, 40, 50
    plot_w, plot_h = width - left - right, height - top - bottom
    escape = html.escape
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        # with links to the observations the points are controls: a group, not an image (whose parts are hidden)
        f'role="{"group" if link else "img"}" aria-labelledby="chart-title" class="chart" '
        'font-family="system-ui, sans-serif" font-size="12">',
        f'<title id="chart-title">{escape(chart.title)}: {escape(chart.measure_label)}'
        f'{" (" + escape(chart.unit_label) + ")" if chart.unit_label else ""}</title>',
        f'<rect width="{width}" height="{height}" fill="#fff"/>',
        f'<text x="{left}" y="22" font-size="14" font-weight="600" fill="#1d2430">{escape(chart.title)} · '
        f'{escape(chart.measure_label)}{" (" + escape(chart.unit_label) + ")" if chart.unit_label else ""}</text>',
    ]
    points = [p for series in chart.series.values() for p in series]
    if not points:
        parts.append(f'<text x="{left}" y="{top + plot_h / 2}" fill="#5b6677">No figure to draw.</text></svg>')
        return "".join(parts)
    days = [p.end.toordinal() for p in points]
    pad = max((max(days) - min(days)) // 25, 15)  # points at the edges stay inside the frame
    first, last = min(days) - pad, max(days) + pad
    span = last - first
    ticks = _ticks(min(0.0, min(p.value for p in points)), max(p.value for p in points))
    low, high = ticks[0], ticks[-1] if ticks[-1] != ticks[0] else ticks[0] + 1

    def x(day: date) -> float:
        return left + (day.toordinal() - first) / span * plot_w

    def y(value: float) -> float:
        return top + plot_h - (value - low) / (high - low) * plot_h

    for tick in ticks:
        parts.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" stroke="#e4e8ee"/>'
                     f'<text x="{left - 6}" y="{y(tick) + 4:.1f}" text-anchor="end" fill="#5b6677">'
                     f'{_number(tick)}</text>')
    # a tick at the first day of each year in view, and the year's name under the middle of its part of the axis
    for year in range(date.fromordinal(first).year, date.fromordinal(last).year + 1):
        begin, end = max(date(year, 1, 1).toordinal(), first), min(date(year, 12, 31).toordinal(), last)
        if date(year, 1, 1).toordinal() >= first:
            xpos = x(date(year, 1, 1))
            parts.append(f'<line x1="{xpos:.1f}" x2="{xpos:.1f}" y1="{top + plot_h}" y2="{top + plot_h + 5}" '
                         'stroke="#5b6677"/>')
        if end - begin > 40:
            middle = x(date.fromordinal((begin + end) // 2))
            parts.append(f'<text x="{middle:.1f}" y="{top + plot_h + 20}" text-anchor="middle" fill="#5b6677">'
                         f'{year}</text>')
    parts.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{top + plot_h}" y2="{top + plot_h}" stroke="#5b6677"/>')
    for index, (area, series) in enumerate(sorted(chart.series.items())):
        colour = _COLOURS[index % len(_COLOURS)]
        coordinates = " ".join(f"{x(p.end):.1f},{y(p.value):.1f}" for p in series)
        parts.append(f'<g class="series" data-area="{escape(area)}">')
        if len(series) > 1:
            parts.append(f'<polyline points="{coordinates}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for p in series:
            dot = (f'<circle class="point" cx="{x(p.end):.1f}" cy="{y(p.value):.1f}" r="4.5" fill="{colour}" '
                   f'data-value="{p.value:g}" data-period="{escape(p.period)}"><title>{escape(area)}, '
                   f'{escape(p.period)}: {_number(p.value)} {escape(chart.unit_label)}</title></circle>')
            href = link(p.observation) if link and p.observation else None
            parts.append(f'<a href="{escape(href)}">{dot}</a>' if href else dot)
        parts.append("</g>")
        legend_y = top + 14 + index * 18
        parts.append(f'<rect x="{left + plot_w + 16}" y="{legend_y - 9}" width="12" height="12" fill="{colour}"/>'
                     f'<text x="{left + plot_w + 34}" y="{legend_y + 1}" fill="#1d2430">{escape(area)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def store_chart(store: KnowledgeStore, indicator: str, areas: list[str] | None = None, measure: str | None = None,
                unit: str | None = None, lang: str = "en") -> Chart:
    """The chart of ``indicator`` (a code of pki: or an IRI) from the store; an InputError if it has no figure."""
    iri = indicator if indicator.startswith("http") else INDICATOR + indicator
    lang = "vi" if lang == "vi" else "en"
    label_query = (f'SELECT ?label WHERE {{ <{iri}> skos:prefLabel ?label FILTER(lang(?label) = "{lang}") }}')
    series_query(iri, lang)  # checks the IRI before it goes into a query
    labels = Results.read(store.query(label_query))
    if not labels.rows:
        raise InputError(f"no indicator {indicator!r} in the store (codes are those of ontology/indicators.ttl)")
    results = Results.read(store.query(series_query(iri, lang)))
    bindings = json.loads(results.serialize("json"))["results"]["bindings"]
    chart = chart_from_bindings(bindings, labels.rows[0][0].value, measure, unit, areas)
    if not chart.points:
        raise InputError(f"no figure of {indicator!r}"
                         f"{' for ' + ', '.join(areas) if areas else ''}"
                         f"{' with measure ' + measure if measure else ''} in the store")
    return chart


def png_chart(chart: Chart, scale: float = 2.0) -> bytes:
    """The chart as PNG: its SVG drawn by CairoSVG (pinned; it needs the system's libcairo2, which
    scripts/install.sh installs), ``scale`` times its size for a sharp picture."""
    from provkg.core.errors import InputError

    try:
        import cairosvg
    except (ImportError, OSError) as exc:  # OSError: the cairo library itself is missing
        raise InputError(f"PNG needs CairoSVG and libcairo2 ({exc}); write a .svg instead") from exc
    return cairosvg.svg2png(bytestring=svg_chart(chart).encode("utf-8"), scale=scale)
