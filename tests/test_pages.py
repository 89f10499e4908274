"""The reader's pages of `provkg serve` (annotated report, observation card, indicator page with its chart, area
page), their JSON and RDF twins, the chart command, and the YASGUI editor, over HTTP and in headless Chromium.

The store holds the seed (built from its fact sheet) and a dev report of the corpus (ingested, so its validation
findings are stored); the pages are read on the dev report wherever a text is shown.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import threading
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from pyoxigraph import RdfFormat, parse

from provkg.cli import main
from provkg.core.namespaces import REPORT
from provkg.pipeline.build import build
from provkg.pipeline.ingest import ingest
from provkg.publish.chart import chart_from_bindings, svg_chart
from provkg.serve import pages
from provkg.serve.server import ServeOptions, SparqlServer, make_server
from provkg.store.query import named_queries
from test_server import Browser, _chromium, http

from conftest import ROOT, SEEDS, require_seed

DEV_REPORT = ROOT / "corpus" / "texts" / "hai-duong-2022-Q1.txt"  # role dev in corpus/manifest.csv
HTML = {"Accept": "text/html"}
AXE = ROOT / "web" / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    require_seed()
    folder = tmp_path_factory.mktemp("pages") / "store"
    build(folder, texts_dirs=[SEEDS])
    [outcome] = ingest([DEV_REPORT], folder, force=True)
    assert outcome.loaded
    return folder


def start(store_dir: Path, texts: tuple[Path, ...]) -> SparqlServer:
    server = make_server(store_dir, ServeOptions(port=0, workers=2, texts_dirs=texts))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="module")
def server(store_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[SparqlServer]:
    # a folder with the dev report's text alone: the server indexes every text of its folders, and corpus/texts
    # holds held-out reports too, which nothing here may read
    texts = tmp_path_factory.mktemp("texts")
    shutil.copy(DEV_REPORT, texts / DEV_REPORT.name)
    running = start(store_dir, (SEEDS, texts))
    yield running
    running.shutdown()
    running.server_close()


@pytest.fixture(scope="module")
def dev_report(server: SparqlServer) -> str:
    """The path of the dev report's page."""
    status, _, body = http(server.url + "sparql?" + urllib.parse.urlencode(
        {"query": "SELECT ?r WHERE { ?r a pk:Report ; pk:province pka:hai-duong }"}),
        headers={"Accept": "application/sparql-results+json"})
    assert status == 200
    [row] = json.loads(body)["results"]["bindings"]
    return "/" + row["r"]["value"].removeprefix(REPORT.removesuffix("report/"))


def page_json(server: SparqlServer, path: str, **params: str) -> dict:
    query = urllib.parse.urlencode({"view": "json", **params})
    status, headers, body = http(server.url + path.lstrip("/") + "?" + query)
    assert status == 200 and headers["Content-Type"] == "application/json", body[:300]
    return json.loads(body)


def page_html(server: SparqlServer, path: str, query: str = "") -> str:
    status, headers, body = http(server.url + path.lstrip("/") + query, headers=HTML)
    assert status == 200 and headers["Content-Type"].startswith("text/html"), body[:300]
    return body.decode()


# -- over HTTP --------------------------------------------------------------------------------------------------------


def test_each_page_has_its_json_and_rdf_twins(server: SparqlServer, dev_report: str) -> None:
    paths = {
        "report": dev_report,
        "observation": "/report/dien-bien-2020-H1-206/obs/3090",
        "indicator": "/id/indicator/food-output",
        "area": "/id/area/dien-bien",
    }
    for kind, path in paths.items():
        html = page_html(server, path)
        assert "?view=json" in html and "?format=turtle" in html, kind
        assert page_json(server, path)["kind"] == kind
        status, _, body = http(server.url + path.lstrip("/") + "?format=turtle")
        assert status == 200 and list(parse(body, RdfFormat.TURTLE)), kind
    assert http(server.url + "id/indicator/no-such-thing", headers=HTML)[0] == 404
    assert http(server.url + "report/no-such-report?view=json")[0] == 404


def test_annotated_report_links_every_figure_and_shows_findings(server: SparqlServer, dev_report: str) -> None:
    data = page_json(server, dev_report)
    html = page_html(server, dev_report)
    figures = re.findall(r'<a class="fig ([a-z ]+)" href="([^"]+)"', html)
    assert len(figures) == len(data["figures"]) > 50
    assert {href for _, href in figures} == {"/" + f["observation"].removeprefix(REPORT.removesuffix("report/"))
                                             for f in data["figures"]}
    kinds = {css.split()[0] for css, _ in figures}
    assert {"linked", "unlinked"} <= kinds
    assert data["findings"], "an ingested report keeps its validation findings"
    with_findings = {f["focus"] for f in data["findings"]}
    assert sum(1 for css, _ in figures if css.startswith("finding")) == len(with_findings & {
        f["observation"] for f in data["figures"]})
    assert html.count('class="note"') >= 1 and "⚠" in html
    # the text is the report's own, figures included, in reading order
    assert data["text"] and data["text"][:40].split()[0] in html


def test_report_without_its_text_lists_its_figures(store_dir: Path, dev_report: str) -> None:
    bare = start(store_dir, ())
    try:
        html = page_html(bare, dev_report)
        assert "not available to this server" in html and "<table>" in html
    finally:
        bare.shutdown()
        bare.server_close()


def test_observation_card(server: SparqlServer) -> None:
    path = "/report/dien-bien-2020-H1-206/obs/3090"
    data = page_json(server, path)
    assert (data["value"], data["indicator_label"], data["unit_label"]) == ("-2.59", "Cereal food output", "percent")
    html = page_html(server, path)
    assert 'class="value">-2.59<' in html and "<mark>" in html and "Provenance" in html
    assert {s["cause_label"] for s in data["statements"]} >= {"Drought"}
    vi = page_json(server, path, lang="vi")
    assert vi["indicator_label"] == "Tổng sản lượng lương thực" and vi["period_label"] == "6 tháng đầu năm 2020"
    assert '<html lang="vi">' in page_html(server, path, "?lang=vi")


def test_indicator_page_draws_its_figures(server: SparqlServer) -> None:
    data = page_json(server, "/id/indicator/grdp")
    html = page_html(server, "/id/indicator/grdp")
    points = sum(len(series) for series in data["chart"]["series"].values())
    assert points >= 2 and len(data["chart"]["series"]) == 2  # Điện Biên and Hải Dương
    assert html.count('<circle class="point"') == points
    assert html.count("<tr>") - 1 == len(data["figures"])  # the table has every figure, the chart one measure
    change = page_json(server, "/id/indicator/grdp", measure="change_pct")
    assert change["chart"]["measure"] == "change_pct"


def test_area_page_has_latest_figures_by_sector_and_reports(server: SparqlServer) -> None:
    data = page_json(server, "/id/area/dien-bien")
    assert data["reports"] and data["sectors"] and data["districts"]
    latest = [item for items in data["sectors"].values() for item in items]
    assert len({(i["indicator"], i["measure"]) for i in latest}) == len(latest)
    html = page_html(server, "/id/area/dien-bien")
    assert "Latest figures by sector" in html and "Dien Bien Phu city" in html


def test_vocabulary_for_completion(server: SparqlServer) -> None:
    status, _, body = http(server.url + "vocabulary.json")
    vocabulary = json.loads(body)
    assert status == 200 and vocabulary["prefixes"]["pki"].endswith("/id/indicator/")
    assert {"pki:food-output", "pk:Figure", "pka:dien-bien", "pkm:plan_pct"} <= set(vocabulary["terms"])


def test_plain_page_when_the_editor_is_not_installed(server: SparqlServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pages, "editor_assets", lambda: None)
    html = page_html(server, "/")
    assert '<textarea id="query"' in html and "installs it with npm" in html
    assert http(server.url + "vendor/yasgui.min.js")[0] == 404


def test_editor_page_is_served_from_this_server(server: SparqlServer) -> None:
    if pages.editor_assets() is None:
        if os.environ.get("CI") == "true":
            pytest.fail("the YASGUI editor is missing under CI: scripts/install.sh runs npm ci in web/")
        pytest.skip("the YASGUI editor is not installed (npm ci --prefix web)")
    status, headers, body = http(server.url, headers=HTML)
    assert status == 200 and 'id="yasgui"' in body.decode()
    assert "http://" not in body.decode() and "https://" not in body.decode()  # no CDN
    assert "script-src" not in headers["Content-Security-Policy"]  # scripts: this server only (default-src 'self')
    assert http(server.url + "vendor/yasgui.min.js")[0] == 200


# -- the chart -------------------------------------------------------------------------------------------------------


def _binding(area: str, end: str, value: str, measure: str = "value", unit: str = "t") -> dict:
    cell = lambda text: {"type": "literal", "value": text}  # noqa: E731
    return {"area": {"type": "uri", "value": f"https://w3id.org/provkg/id/area/{area}"}, "area_label": cell(area),
            "measure": cell(measure), "unit": cell(unit), "unit_label": cell(unit), "measure_label": cell(measure),
            "period_end": cell(end), "period_label": cell(end), "value": cell(value),
            "observation": {"type": "uri", "value": f"https://w3id.org/provkg/report/r/obs/{len(value)}"}}


def test_chart_draws_one_line_per_area_in_one_unit() -> None:
    bindings = [_binding("north", "2020-06-30", "10"), _binding("north", "2021-06-30", "12.5"),
                _binding("south", "2020-12-31", "-3"), _binding("south", "2020-12-31", "4", unit="%"),
                _binding("south", "2020-12-31", "7", measure="change_pct")]
    chart = chart_from_bindings(bindings, "Rice")
    assert (chart.measure, chart.unit_label, chart.points) == ("value", "t", 3)
    svg = svg_chart(chart)
    assert svg.count('<circle class="point"') == 3 and svg.count("<polyline") == 1  # one point alone: no line
    assert 'data-value="-3"' in svg and "2021" in svg
    assert chart_from_bindings(bindings, "Rice", areas=["south"]).points == 1
    empty = svg_chart(chart_from_bindings([], "Nothing"))
    assert "No figure to draw" in empty


def test_chart_command(store_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "food.svg"
    result = CliRunner().invoke(main, ["chart", "food-output", "--store", str(store_dir), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").count('<circle class="point"') == 1
    png = tmp_path / "food.png"
    drawn = CliRunner().invoke(main, ["chart", "food-output", "--store", str(store_dir), "-o", str(png)])
    assert drawn.exit_code == 0, drawn.output
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and len(png.read_bytes()) > 2000
    gif = str(tmp_path / "x.gif")
    refused = CliRunner().invoke(main, ["chart", "food-output", "--store", str(store_dir), "-o", gif])
    assert refused.exit_code == 2 and "expected a .svg or .png" in refused.output
    unknown = CliRunner().invoke(main, ["chart", "no-such", "--store", str(store_dir), "-o", str(target)])
    assert unknown.exit_code == 2 and "no indicator" in unknown.output


# -- in headless Chromium ----------------------------------------------------------------------------------------------


def require_web_assets() -> None:
    """YASGUI and axe-core, installed by scripts/install.sh (npm ci in web/): a failure under CI, else a skip."""
    if pages.editor_assets() is None or not AXE.is_file():
        if os.environ.get("CI") == "true":
            pytest.fail("web/node_modules is missing under CI: scripts/install.sh runs npm ci in web/")
        pytest.skip("YASGUI or axe-core is not installed (npm ci --prefix web)")


def _axe_serious(browser: Browser) -> list[str]:
    """The serious and critical violations axe-core finds on the open page."""
    browser.evaluate(AXE.read_text(encoding="utf-8"))
    found = browser.call("Runtime.evaluate", awaitPromise=True, returnByValue=True, expression=(
        "axe.run(document, {resultTypes: ['violations']}).then(r => r.violations"
        ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
        ".map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')))"))["result"]["value"]
    return list(found)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    running = Browser(_chromium(), tmp_path_factory.mktemp("chromium") / "profile")
    yield running
    running.close()


def test_chromium_loads_each_page_and_the_chart_has_its_points(server: SparqlServer, browser: Browser,
                                                               dev_report: str) -> None:
    require_web_assets()
    for path, ready in ((dev_report, "document.querySelectorAll('a.fig').length"),
                        ("/report/dien-bien-2020-H1-206/obs/3090", "!!document.querySelector('.card .value')"),
                        ("/id/indicator/grdp", "document.querySelectorAll('svg circle.point').length"),
                        ("/id/area/dien-bien", "document.querySelectorAll('h3').length"),
                        ("/plain", "document.querySelectorAll('#query-list button').length")):
        browser.open(server.url + path.lstrip("/"))
        assert browser.wait_for(ready), path
        assert _axe_serious(browser) == [], path
    browser.open(server.url + "id/indicator/grdp")
    drawn = browser.wait_for("document.querySelectorAll('svg circle.point').length")
    expected = page_json(server, "/id/indicator/grdp")["chart"]["series"]
    assert drawn == sum(len(points) for points in expected.values())
    values = browser.evaluate("[...document.querySelectorAll('svg circle.point')].map(c => c.dataset.value)")
    assert sorted(float(v) for v in values) == sorted(p["value"] for s in expected.values() for p in s)  # type: ignore[union-attr]


def test_chromium_editor_runs_a_question_and_a_permalink_reopens_it(server: SparqlServer, browser: Browser) -> None:
    require_web_assets()
    browser.open(server.url)
    assert browser.wait_for("document.querySelectorAll('#query-list button').length") >= 12
    browser.evaluate("document.querySelector('#query-list button[data-name=\"grdp-by-sector\"]').click()")
    rows = browser.wait_for("provkgEditor.getTab().getName() === 'grdp-by-sector' && "
                            "provkgEditor.getTab().getYasr().rootEl.querySelectorAll('tbody tr').length")
    question = next(q for q in named_queries() if q.name == "grdp-by-sector")
    status, _, body = http(server.url + "sparql?" + urllib.parse.urlencode({"query": question.sparql}),
                           headers={"Accept": "application/sparql-results+json"})
    assert status == 200 and rows == len(json.loads(body)["results"]["bindings"]) >= 5
    shown = str(browser.evaluate("provkgEditor.getTab().getYasr().rootEl.innerText"))
    assert "Gross regional domestic product" in shown
    assert _axe_serious(browser) == []
    shared = str(browser.evaluate("provkgEditor.getTab().getShareableLink()"))
    asked = browser.evaluate("provkgEditor.getTab().getQuery()")
    assert shared.startswith(server.url) and "query=" in shared
    # completion offers our own terms
    browser.evaluate("(() => { const y = provkgEditor.getTab().getYasqe(); "
                     "y.setValue('SELECT * { ?o pk:indicator pki:food-o'); "
                     "y.setCursor({line: 0, ch: 40}); y.autocomplete(); })()")
    assert "pki:food-output" in str(browser.wait_for(
        "[...document.querySelectorAll('.CodeMirror-hint')].map(h => h.textContent).join(' ')"))
    # no request left this server
    assert browser.evaluate("performance.getEntriesByType('resource').map(e => e.name)"
                            ".filter(n => !n.startsWith(location.origin))") == []
    # the editor's share link reopens the question's query and runs it
    browser.open(shared)
    assert browser.wait_for("provkgEditor.getTab().getYasr().rootEl.querySelectorAll('tbody tr').length") == rows
    assert browser.evaluate("provkgEditor.getTab().getQuery()") == asked
    # a permalink reopens the query, runs it, and the chart plugin draws its rows
    sparql = "SELECT ?indicator ?value WHERE { ?o pk:indicator ?i ; pk:value ?value ; pk:refArea pka:hai-duong ; " \
             "pk:measure pkm:value . ?i skos:prefLabel ?indicator FILTER(lang(?indicator) = 'en') } LIMIT 7"
    browser.open(server.url + "?" + urllib.parse.urlencode({"query": sparql, "outputFormat": "chart"}))
    assert browser.wait_for("provkgEditor.getTab().getYasr().rootEl.querySelectorAll('.provkg-chart rect.point')"
                            ".length") == 7
    assert browser.evaluate("provkgEditor.getTab().getQuery()") == sparql
    assert _axe_serious(browser) == []  # the whole page, YASGUI's widgets included (editor.js names what they lack)
