"""Fact sheets: good sheets parse into figures; every kind of bad row is refused with its line and column."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from provkg.core.errors import InputError
from provkg.core.model import parse_period
from provkg.core.namespaces import CAUSE, INDICATOR
from provkg.pipeline.factsheet import FIGURE_COLUMNS, read_factsheet, read_statements, write_factsheet
from provkg.reference.loader import KnownIds

HEADER = ",".join(FIGURE_COLUMNS)
KNOWN = KnownIds(frozenset({INDICATOR + "grdp", INDICATOR + "food-output", CAUSE + "drought"}))


def sheet(tmp_path: Path, *rows: str, header: str = HEADER) -> Path:
    path = tmp_path / "sheet.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


GOOD = (
    "f1,4120.5,tỷ đồng,value,grdp,tổng sản phẩm,,2021-H1,,true,P1/A/I,120,135,,,,,,",
    "f2,3.12,%,change_pct,grdp,tổng sản phẩm,,2021-H1,2020-H1,true,P1/A/I,142,147,,,,,,",
    "f3,-1.2,%,change_pct,food-output,sản lượng lương thực,,2021-H1,2020-H1,true,P1/A/I/1,300,304,,,,drought,negative,",
)


def test_good_sheet_round_trips(tmp_path: Path) -> None:
    figures = read_factsheet(sheet(tmp_path, *GOOD), KNOWN, text_length=1000)
    assert [f.value for f in figures] == [Decimal("4120.5"), Decimal("3.12"), Decimal("-1.2")]
    assert figures[1].comparison_period == "2020-H1" and figures[1].decimals == 2
    assert figures[2].cause == "drought" and figures[2].effect == "negative"
    out = tmp_path / "again.csv"
    with out.open("w", encoding="utf-8") as handle:
        write_factsheet(figures, handle)
    assert read_factsheet(out, KNOWN) == figures


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        # one cell more than the header has columns (a decimal comma that was not quoted)
        ("f1,4.120,5,tỷ đồng,value,grdp,x,,2021-H1,,true,P1,1,5,,,,,," + "," * (len(FIGURE_COLUMNS) - 19),
         f"sheet.csv:2: {len(FIGURE_COLUMNS) + 1} cells"),
        ("f1,abc,tỷ đồng,value,grdp,x,,2021-H1,,true,P1,1,5,,,,,,", "sheet.csv:2 column 'value'"),
        ("f1,1,ha,level,grdp,x,,2021-H1,,true,P1,1,5,,,,,,", "column 'measure': expected one of value"),
        ("f1,1,ha,value,gdp-typo,x,,2021-H1,,true,P1,1,5,,,,,,", "unknown indicator 'gdp-typo'"),
        ("f1,1,ha,value,grdp,x,,2021-S1,,true,P1,1,5,,,,,,", "column 'period': bad period '2021-S1'"),
        ("f1,1,ha,value,grdp,x,,2021-H1,,maybe,P1,1,5,,,,,,", "column 'estimate': expected true or false"),
        ("f1,1,ha,value,grdp,x,,2021-H1,,true,P1,9,5,,,,,,", "end 5 must be greater than start 9"),
        ("f1,1,ha,value,grdp,x,,2021-H1,,true,P1,1,5000,,,,,,", "past the end of the report text"),
        ("f1,1,ha,value,grdp,x,,2021-H1,,true,P1,1,5,77,,,,,", "column 'parent': no figure starts at offset 77"),
        ("f1,1,ha,value,grdp,x,,2021-H1,,true,P1,1,5,,,,drought,,", "a cause needs its effect"),
        ("f1,1,ha,value,grdp,,,2021-H1,,true,P1,1,5,,,,,,", "column 'subject': empty"),
    ],
)
def test_bad_rows_name_line_and_column(tmp_path: Path, row: str, expected: str) -> None:
    with pytest.raises(InputError) as caught:
        read_factsheet(sheet(tmp_path, row), KNOWN, text_length=1000)
    assert expected in str(caught.value)


def test_all_problems_reported_together(tmp_path: Path) -> None:
    rows = ("f1,x,ha,value,,a,,2021-H1,,true,P1,1,5,,,,,,", "f2,1,ha,value,,b,,2021-H1,,true,P1,1,5,,,,,,")
    with pytest.raises(InputError) as caught:
        read_factsheet(sheet(tmp_path, *rows))
    message = str(caught.value)
    assert "sheet.csv:2 column 'value'" in message and "two figures at offset 1 (also line 2)" in message


def test_header_problems(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unknown column"):
        read_factsheet(sheet(tmp_path, header=HEADER.replace("unit_text", "unit")))
    with pytest.raises(InputError, match="missing required column"):
        read_factsheet(sheet(tmp_path, header="id,value"))
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="empty file"):
        read_factsheet(empty)
    latin = tmp_path / "latin.csv"
    latin.write_bytes(HEADER.encode() + b"\nf1,1,t\xe0n\n")
    with pytest.raises(InputError, match="not UTF-8"):
        read_factsheet(latin)


def test_statements_sheet(tmp_path: Path) -> None:
    path = tmp_path / "s.statements.csv"
    path.write_text(
        "kind,label_en,section,start,end,cause,cause_type,affects,effect,sector\n"
        "causal,Drought cut food output,P1/A/I/1,280,330,drought,objective,obs:300;indicator:grdp,negative,\n",
        encoding="utf-8",
    )
    (statement,) = read_statements(path, KNOWN)
    assert statement.affects == ["obs:300", "indicator:grdp"] and statement.cause_type == "objective"
    path.write_text(path.read_text(encoding="utf-8").replace("indicator:grdp", "district:x"), encoding="utf-8")
    with pytest.raises(InputError, match="bad target 'district:x'"):
        read_statements(path, KNOWN)


@pytest.mark.parametrize(
    ("code", "begin", "end"),
    [
        ("2020", "2020-01-01", "2020-12-31"),
        ("2020-H1", "2020-01-01", "2020-06-30"),
        ("2020-H2", "2020-07-01", "2020-12-31"),
        ("2020-Q3", "2020-07-01", "2020-09-30"),
        ("2020-9M", "2020-01-01", "2020-09-30"),
        ("2020-02", "2020-02-01", "2020-02-29"),
        ("2020-06-30", "2020-06-30", "2020-06-30"),
        ("2019/2020", "2019-01-01", "2020-12-31"),
    ],
)
def test_periods(code: str, begin: str, end: str) -> None:
    period = parse_period(code)
    assert (period.begin.isoformat(), period.end.isoformat()) == (begin, end)


@pytest.mark.parametrize("code", ["2020-H3", "2020-13", "2020-02-30", "2020/2019", "20-H1", "2020-13M"])
def test_bad_periods(code: str) -> None:
    with pytest.raises(ValueError, match="bad period"):
        parse_period(code)
