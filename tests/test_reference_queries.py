"""The reference data's queries: reports of former provinces aggregated into the provinces of 1 July 2025, and
GRDP's parts summed against the total through the indicator hierarchy."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from provkg.core.model import Figure, Report
from provkg.core.namespaces import AREA, REPORT
from provkg.pipeline.build import REFERENCE_GRAPH
from provkg.pipeline.rdfmap import report_iri, report_triples
from provkg.reference.loader import load_reference
from provkg.store.query import resolve_query, run_query
from provkg.store.store import KnowledgeStore


def _report(report_id: str, province: str, period: str) -> Report:
    return Report(report_id, province, "Ủy ban nhân dân", "1/BC-UBND", None, period, "test report", "test", "0" * 64,
                  1000)


def _figure(start: int, indicator: str, value: str, unit: str, period: str, area: str | None = None,
            measure: str = "value") -> Figure:
    return Figure(Decimal(value), unit, measure, indicator, period, False, "P1", start, start + len(value),
                  indicator=indicator, area=area)


REPORTS = [
    # Hà Giang and Tuyên Quang became the Tuyên Quang of 2025; Điện Biên did not change.
    (_report("ha-giang-2020", "ha-giang", "2020"), [
        _figure(10, "food-output", "190000", "tấn", "2020"),
        _figure(20, "food-output", "4.5", "%", "2020", measure="change_pct"),
        _figure(30, "grdp", "30000", "tỷ đồng", "2020"),
        _figure(40, "grdp-agriculture", "8000", "tỷ đồng", "2020"),
        _figure(50, "grdp-industry-construction", "7000", "tỷ đồng", "2020"),
        _figure(60, "grdp-services", "13500", "tỷ đồng", "2020"),
        _figure(70, "grdp-product-taxes", "1400", "tỷ đồng", "2020"),
    ]),
    (_report("tuyen-quang-2020", "tuyen-quang", "2020"), [
        _figure(10, "food-output", "310000", "tấn", "2020"),
        _figure(20, "food-output", "12000", "tấn", "2020", area="tuyen-quang/son-duong"),
    ]),
    (_report("dien-bien-2020", "dien-bien", "2020"), [_figure(10, "food-output", "250000", "tấn", "2020")]),
    (_report("ha-giang-2021", "ha-giang", "2021"), [_figure(10, "food-output", "200000", "tấn", "2021")]),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeStore]:
    reference = load_reference()
    graphs = [(REFERENCE_GRAPH, reference.triples)] + [
        (report_iri(report.report_id), report_triples(report, figures, units=reference.units))
        for report, figures in REPORTS
    ]
    path: Path = tmp_path_factory.mktemp("reorganisation") / "store"
    with KnowledgeStore.open(path, create=True) as created:
        created.rebuild(graphs)
    with KnowledgeStore.open(path, read_only=True) as opened:
        yield opened


def _rows(store: KnowledgeStore, name: str) -> list[dict[str, str | None]]:
    table = run_query(store, resolve_query(name))
    return [dict(zip(table.columns, row, strict=True)) for row in table.rows]


def test_2020_reports_add_up_in_the_provinces_of_2025(store: KnowledgeStore) -> None:
    rows = [r for r in _rows(store, "reports-into-2025-provinces") if r["indicator"].endswith("/food-output")]
    by_province = {r["province"].removeprefix(AREA): (r["total"], r["former_provinces"], set(r["parts"].split(" + ")))
                   for r in rows}
    # 190,000 + 310,000; the district's 12,000 is part of Tuyên Quang's own total and stays out
    assert by_province["tuyen-quang-2025"] == ("500000", "2", {"ha-giang", "tuyen-quang"})
    assert by_province["dien-bien"] == ("250000", "1", {"dien-bien"})
    assert all(r["period"] == "2020" for r in rows)  # 2021 and the change in % stay out


def test_grdp_parts_against_the_total(store: KnowledgeStore) -> None:
    rows = _rows(store, "grdp-parts-against-total")
    assert [(r["report"], r["total"], r["parts_stated"], r["sum_of_parts"], r["difference"]) for r in rows] == [
        (REPORT + "ha-giang-2020", "30000", "4", "29900", "100")]

