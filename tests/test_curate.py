"""`provkg curate`: candidate indicators, units and projects of reports, with their occurrences, as text, JSON and
CSV; bad input is one line on stderr and exit code 2."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from provkg.cli import main

REPORT = """UỶ BAN NHÂN DÂN TỈNH LONG AN
Số: 15/BC-UBND                      Long An, ngày 20 tháng 6 năm 2023

BÁO CÁO
Tình hình kinh tế - xã hội 6 tháng đầu năm 2023

1. Đầu tư
Dự án đầu tư xây dựng cầu Bến Lức 2 đạt 45% khối lượng, đã giải ngân 120 tỷ đồng.
Dự án cầu Bến Lức 2 dự kiến hoàn thành trong quý IV.
Số thuyền máy đánh bắt ven bờ đạt 312 thuyền máy.
Chương trình mục tiêu quốc gia xây dựng nông thôn mới: có thêm 4 xã đạt chuẩn nông thôn mới.
"""


def _write(tmp_path: Path) -> Path:
    path = tmp_path / "long-an-2023-H1.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


def test_candidates_as_json_with_occurrences(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["curate", str(_write(tmp_path)), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    projects = [r for r in rows if r["kind"] == "project"]
    # two phrasings, one provisional IRI; the national programme is known and not listed
    assert [(p["proposal"].rsplit("/project/", 1)[1], p["status"], p["count"]) for p in projects] == [
        ("long-an/cau-ben-luc-2", "provisional", 2)]
    assert all(o["report"].startswith("long-an-") and o["quote"] for o in projects[0]["occurrences"])
    units = [r for r in rows if r["kind"] == "unit"]
    assert [u["label"] for u in units] == ["thuyền máy"]
    assert any(r["kind"] == "indicator" for r in rows)


def test_known_projects_on_request_and_csv(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["curate", str(_write(tmp_path)), "--known", "--kind", "project",
                                       "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {(r["proposal"].rsplit("/project/", 1)[1], r["status"]) for r in rows} == {
        ("long-an/cau-ben-luc-2", "provisional"), ("ntp-new-rural", "known")}
    assert rows[0]["occurrences"].count("@") == int(rows[0]["count"])


def test_bad_input_is_one_line_and_exit_2(tmp_path: Path) -> None:
    missing = CliRunner().invoke(main, ["curate", str(tmp_path / "none.txt")])
    assert missing.exit_code == 2
    no_province = tmp_path / "note.txt"
    no_province.write_text("Một ghi chú không có tiêu đề.\nSản lượng đạt 5 tấn.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["curate", str(no_province)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output and result.stderr.count("\n") == 1
