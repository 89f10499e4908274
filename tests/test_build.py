"""`provkg build`, `query` and `export` on a small report written for the tests, including bad input."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from provkg.cli import main
from provkg.core.text import normalise, text_sha256
from provkg.pipeline.build import build
from provkg.pipeline.factsheet import FIGURE_COLUMNS
from provkg.reference.loader import load_reference
from provkg.store.query import run_query
from provkg.store.store import KnowledgeStore

# A short report of our own in the genre (not from any real report).
MINI_TEXT = normalise(
    "BÁO CÁO\nKết quả thực hiện nhiệm vụ kinh tế - xã hội 6 tháng đầu năm 2021\n"
    "I. Kinh tế: GRDP của tỉnh nửa đầu năm 2021 ước đạt 4.120,5 tỷ đồng, "
    "tăng 3,12% so với cùng kỳ năm trước.\n"
    "1. Sản xuất nông nghiệp: Tổng sản lượng lương thực ước đạt 98.450 tấn, giảm 1,2% so với cùng kỳ "
    "do hạn hán kéo dài ở các huyện vùng cao.\n"
)


def at(needle: str) -> tuple[int, int]:
    start = MINI_TEXT.index(needle)
    return start, start + len(needle)


def figure_rows() -> list[dict[str, str]]:
    rows = []
    for needle, value, unit, measure, indicator, comparison, cause in [
        ("4.120,5 tỷ đồng", "4120.5", "tỷ đồng", "value", "grdp", "", ""),
        ("3,12%", "3.12", "%", "change_pct", "grdp", "2020-H1", ""),
        ("98.450 tấn", "98450", "tấn", "value", "food-output", "", ""),
        ("1,2%", "-1.2", "%", "change_pct", "food-output", "2020-H1", "drought"),
    ]:
        start, end = at(needle)
        rows.append({
            "id": f"r{len(rows) + 1}", "value": value, "unit_text": unit, "measure": measure, "indicator": indicator,
            "subject": "chỉ tiêu", "period": "2021-H1", "comparison_period": comparison, "estimate": "true",
            "section": "P1/I", "start": str(start), "end": str(end), "cause": cause,
            "effect": "negative" if cause else "",
        })
    return rows


def write_data(root: Path, rows: list[dict[str, str]], text: str = MINI_TEXT, report_id: str = "lai-chau-2021-H1-99",
               number: str = "99/BC-UBND") -> Path:
    """A data folder and a texts folder for one small report."""
    data, texts = root / "data", root / "texts"
    (data / "factsheets").mkdir(parents=True)
    texts.mkdir()
    (texts / "mini.txt").write_text(text, encoding="utf-8")
    with (data / "reports.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["report_id", "province", "issuer", "number", "date", "period", "title_en", "source",
                         "text_sha256", "text_length"])
        writer.writerow([report_id, "lai-chau", "UBND tỉnh Lai Châu", number, "2021-07-05",
                         "2021-H1", "A test report", "mini.txt", text_sha256(text), len(text)])
    with (data / "factsheets" / f"{report_id}.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=FIGURE_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return data


@pytest.fixture()
def mini(tmp_path: Path) -> tuple[Path, Path]:
    data = write_data(tmp_path, figure_rows())
    return data, tmp_path / "texts"


def quads_of(store_dir: Path) -> set[str]:
    with KnowledgeStore.open(store_dir, read_only=True) as store:
        return {str(q) for q in store.quads(None)}


def test_build_is_idempotent_and_traceable(tmp_path: Path, mini: tuple[Path, Path]) -> None:
    data, texts = mini
    store_dir = tmp_path / "store"
    summary = build(store_dir, data, [texts])
    assert (summary.reports, summary.figures, summary.mapped) == (1, 4, 4)
    first = quads_of(store_dir)
    build(store_dir, data, [texts])
    assert quads_of(store_dir) == first
    with KnowledgeStore.open(store_dir, read_only=True) as store:
        table = run_query(store, """
            SELECT ?value ?start ?end ?quote WHERE {
              GRAPH ?g { ?obs pk:indicator pki:food-output ; pk:measure pkm:change_pct ; pk:value ?value ;
                   pk:textStart ?start ; pk:textEnd ?end ; pk:quote ?quote .
                   ?c pk:cause pkc:drought ; pk:affects ?obs ; pk:effect pk:NegativeEffect } }""")
    ((value, start, end, quote),) = table.rows
    assert value == "-1.2" and MINI_TEXT[int(start) : int(end)] == "1,2%" and "giảm 1,2%" in quote


def test_reference_data_defines_what_the_mapping_uses() -> None:
    reference = load_reference()
    assert reference.units.lookup("tỷ đồng") is not None and reference.units.lookup("%") is not None


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"indicator": "no-such-indicator"}, "unknown indicator 'no-such-indicator'"),
        ({"value": "4.120,5"}, "column 'value'"),
        ({"start": "5"}, "expected a number, found"),
    ],
)
def test_bad_sheet_is_refused_and_store_unchanged(tmp_path: Path, change: dict[str, str], expected: str) -> None:
    good = write_data(tmp_path / "good", figure_rows())
    store_dir = tmp_path / "store"
    build(store_dir, good, [tmp_path / "good" / "texts"])
    before = quads_of(store_dir)
    rows = figure_rows()
    rows[0].update(change)
    bad = write_data(tmp_path / "bad", rows)
    result = CliRunner().invoke(
        main, ["build", "--store", str(store_dir), "--data", str(bad), "--texts", str(tmp_path / "bad" / "texts")]
    )
    assert result.exit_code == 2, result.output
    assert expected in result.stderr and "lai-chau-2021-H1-99.csv" in result.stderr
    assert quads_of(store_dir) == before


def test_text_that_does_not_match_its_hash_is_refused(tmp_path: Path, mini: tuple[Path, Path]) -> None:
    data, texts = mini
    (texts / "mini.txt").write_text(MINI_TEXT.replace("4.120,5", "4.120,6"), encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--store", str(tmp_path / "s"), "--data", str(data),
                                       "--texts", str(texts)])
    assert result.exit_code == 2 and "does not match its text_sha256" in result.stderr
    assert not (tmp_path / "s").exists()


def test_query_command_formats_and_errors(tmp_path: Path, mini: tuple[Path, Path]) -> None:
    data, texts = mini
    store_dir = str(tmp_path / "store")
    runner = CliRunner()
    built = runner.invoke(main, ["build", "--store", store_dir, "--data", str(data), "--texts", str(texts)])
    assert built.exit_code == 0, built.output
    sparql = "SELECT ?v WHERE { GRAPH ?g { ?o pk:indicator pki:grdp ; pk:measure pkm:value ; pk:value ?v } }"
    result = runner.invoke(main, ["query", sparql, "--store", store_dir, "--format", "json"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)  # SPARQL 1.1 JSON results, as the endpoint answers
    assert document["head"]["vars"] == ["v"]
    assert [b["v"]["value"] for b in document["results"]["bindings"]] == ["4120.5"]
    assert document["results"]["bindings"][0]["v"]["datatype"].endswith("#decimal")
    for fmt, expected in (("csv", b"v\r\n4120.5\r\n"), ("tsv", b"?v\n4120.5\n")):
        written = runner.invoke(main, ["query", sparql, "--store", store_dir, "--format", fmt]).stdout_bytes
        assert written == expected, fmt
    xml = runner.invoke(main, ["query", sparql, "--store", store_dir, "--format", "xml"]).stdout
    assert "<literal datatype=" in xml and "4120.5" in xml
    table = runner.invoke(main, ["query", sparql, "--store", store_dir])
    assert "4120.5" in table.stdout and "(1 row)" in table.stdout
    bad = runner.invoke(main, ["query", "SELECT ?v WHERE { ?v ?p }", "--store", store_dir])
    assert bad.exit_code == 2 and "SPARQL syntax error" in bad.stderr and "1:" in bad.stderr
    missing = runner.invoke(main, ["query", sparql, "--store", str(tmp_path / "nowhere")])
    assert missing.exit_code == 2 and "no store at" in missing.stderr
    unknown = runner.invoke(main, ["query", "no-such-query", "--store", store_dir])
    assert unknown.exit_code == 2 and "no query named 'no-such-query'" in unknown.stderr
