"""The trust layer and the ingest gate: findings kept in a validation graph per report, figures' provenance and
validation status, forced ingests recorded, the gate refusing only on violations and printing them."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from provkg.cli import main
from provkg.core.namespaces import REPORT
from provkg.store.query import resolve_query, run_query
from provkg.store.store import KnowledgeStore

HEADER = """ỦY BAN NHÂN DÂN
TỈNH LAI CHÂU
Số: 81/BC-UBND
Lai Châu, ngày 6 tháng 7 năm 2021

BÁO CÁO
Tình hình kinh tế - xã hội 6 tháng đầu năm 2021

I. Kinh tế: GRDP của tỉnh nửa đầu năm 2021 ước đạt 4.120,5 tỷ đồng, tăng 3,12% so với cùng kỳ năm trước.
"""
# Two phrasings of one family: a whole count with a % change no whole earlier count can give.
COUNT_CHANGES = [
    "II. Trật tự: Trên địa bàn xảy ra 38 vụ tai nạn giao thông, tăng 8,9% so với cùng kỳ năm trước.\n",
    "II. Trật tự: Số vụ cháy là 27 vụ, giảm 6,7% so với cùng kỳ năm trước.\n",
]
REPORT_IRI = REPORT + "lai-chau-2021-H1-81"


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "report.txt"
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def _rows(store_dir: Path, query: str) -> list[list[str]]:
    with KnowledgeStore.open(store_dir, read_only=True) as store:
        return run_query(store, resolve_query(query)).rows


@pytest.mark.parametrize("body", COUNT_CHANGES)
def test_a_violation_refuses_the_report_and_prints_rule_quote_and_arithmetic(tmp_path: Path, body: str) -> None:
    store_dir = tmp_path / "store"
    result = CliRunner().invoke(main, ["ingest", str(_write(tmp_path, body)), "--store", str(store_dir)])
    assert result.exit_code == 1, result.output
    assert "IntegerCountChange" in result.stderr
    assert "No whole earlier count gives" in result.stderr  # the arithmetic
    assert "so với cùng kỳ năm trước" in result.stderr  # the report's own words, quoted at run time
    assert "REFUSED" in result.stderr
    with KnowledgeStore.open(store_dir, read_only=True) as store:
        assert REPORT_IRI not in store.graphs()


def test_a_forced_ingest_is_recorded_with_its_findings(tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    path = _write(tmp_path, COUNT_CHANGES[0])
    result = CliRunner().invoke(main, ["ingest", str(path), "--store", str(store_dir), "--force"])
    assert result.exit_code == 0, result.output
    findings = _rows(store_dir, "open-findings")
    violations = [row for row in findings if row[4] == "Violation"]  # report, indicator, period, value, severity
    assert violations and all(row[0].endswith("lai-chau-2021-H1-81") for row in violations)
    assert any(row[5] == "IntegerCountChange" for row in violations)
    assert any(row[10] == "true" for row in violations)  # loaded despite violations
    flagged = {row[11] for row in violations}
    trusted = _rows(store_dir, "figures-without-violations")
    assert trusted and all(row[5] == "Extraction" for row in trusted)  # ..., unit, produced_by
    status = _rows(store_dir, "SELECT ?obs ?s WHERE { ?obs pk:validationStatus ?s }")
    violated = {obs for obs, s in status if s.endswith("HasViolation")}
    assert flagged < violated  # the focus and the other figures of the arithmetic (the count)
    assert not violated & {row[0] for row in _rows(store_dir, "SELECT ?obs WHERE { ?obs pk:producedBy ?p . "
                                                   "FILTER NOT EXISTS { ?obs pk:validationStatus pk:HasViolation } }")}


def test_a_clean_report_loads_with_every_figure_checked_and_its_provenance(tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    path = _write(tmp_path, "")
    assert CliRunner().invoke(main, ["ingest", str(path), "--store", str(store_dir)]).exit_code == 0
    status = _rows(store_dir, "SELECT ?obs ?s WHERE { ?obs pk:validationStatus ?s }")
    assert status and {s.rsplit("#", 1)[1] for _, s in status} <= {"Checked", "HasWarning"}
    conforms = _rows(store_dir, f"SELECT ?c WHERE {{ <{REPORT_IRI}> pk:validationGraph ?g . ?g sh:conforms ?c }}")
    assert conforms == [["true"]]
    version = _rows(store_dir, f"SELECT ?v WHERE {{ <{REPORT_IRI}> pk:extractorVersion ?v }}")
    assert version and version[0][0].startswith("provkg ")
    assert _rows(store_dir, f"SELECT ?f WHERE {{ <{REPORT_IRI}> pk:ingestForced ?f }}") == []


def test_warnings_never_refuse(tmp_path: Path) -> None:
    # three decimals after the comma: a warning (a thousands point as a comma?), never a refusal
    body = "II. Thủy sản: Sản lượng thủy sản quý II ước đạt 35,120 tấn.\n"
    store_dir = tmp_path / "store"
    result = CliRunner().invoke(main, ["ingest", str(_write(tmp_path, body)), "--store", str(store_dir)])
    assert result.exit_code == 0, result.output
    warnings = [row for row in _rows(store_dir, "open-findings") if row[5] == "ThousandsPointAsComma"]
    assert warnings and "thousands point" in warnings[0][6]


BUNDLED = sorted((Path(__file__).parent / "reports").glob("*.txt"))


@pytest.mark.parametrize("path", BUNDLED, ids=[p.stem for p in BUNDLED])
def test_every_bundled_report_ingests_without_force(tmp_path: Path, path: Path) -> None:
    # none of them holds an inconsistency whose arithmetic is certain: warnings only
    result = CliRunner().invoke(main, ["ingest", str(path), "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.stderr
