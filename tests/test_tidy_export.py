"""`provkg export --format csv`: one row per figure, IRIs with codes and labels beside them, and CSVW metadata that
describes every column (read here with the csv module: pandas is not a dependency)."""

from __future__ import annotations

import csv
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

from click.testing import CliRunner

from provkg.cli import main
from provkg.pipeline.build import build

from conftest import SEEDS, require_seed


def test_tidy_table_and_its_metadata(tmp_path: Path) -> None:
    require_seed()
    store_dir = tmp_path / "store"
    build(store_dir, texts_dirs=[SEEDS])
    target = tmp_path / "figures.csv"
    result = CliRunner().invoke(main, ["export", "--store", str(store_dir), "--format", "csv", "-o", str(target)])
    assert result.exit_code == 0, result.output
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 508 and len({r["observation"] for r in rows}) == 508
    revenue = [r for r in rows if r["indicator_code"] == "local-budget-revenue" and r["measure_code"] == "value"]
    assert revenue and revenue[0]["value"] == "5595.3"
    assert (revenue[0]["indicator_vi"], revenue[0]["unit_en"], revenue[0]["unit_vi"]) == (
        "Tổng thu ngân sách địa phương", "billion dong", "tỷ đồng")
    assert (revenue[0]["area_vi"], revenue[0]["period_en"], revenue[0]["period_start"]) == (
        "Điện Biên", "first half of 2020", "2020-01-01")
    assert revenue[0]["indicator"].endswith("/id/indicator/local-budget-revenue")

    metadata = json.loads((tmp_path / "figures.csv-metadata.json").read_text(encoding="utf-8"))
    assert metadata["@context"] == "http://www.w3.org/ns/csvw" and metadata["url"] == "figures.csv"
    columns = metadata["tableSchema"]["columns"]
    assert [c["name"] for c in columns] == list(rows[0])
    parse = {"decimal": Decimal, "integer": int, "date": date.fromisoformat, "boolean": {"true", "false"}.__contains__}
    for column in columns:
        check = parse.get(column["datatype"])
        if check is not None:
            for row in rows:
                if row[column["name"]]:
                    assert check(row[column["name"]]) is not False, (column["name"], row[column["name"]])


def test_csv_refuses_graph_and_cube(tmp_path: Path) -> None:
    require_seed()
    store_dir = tmp_path / "store"
    build(store_dir, texts_dirs=[SEEDS])
    result = CliRunner().invoke(main, ["export", "--store", str(store_dir), "--format", "csv", "--cube"])
    assert result.exit_code == 2 and "neither --cube nor --graph" in result.output
