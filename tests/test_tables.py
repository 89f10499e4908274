"""Figures in tables take their meaning from their column and row (tables written for these tests)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from provkg.extract.extractor import extract

PLAN_TABLE = (
    "BÁO CÁO\nTình hình kinh tế - xã hội 9 tháng năm 2021\n\nI. KẾT QUẢ\n"
    "Chỉ tiêu\tĐơn vị tính\tKế hoạch năm 2021\tƯớc thực hiện 9 tháng\tSo với cùng kỳ (%)\tSo với kế hoạch (%)\n"
    "Tốc độ tăng trưởng GRDP\t%\t7,5\t6,1\t-\t-\n"
    "Thu ngân sách nhà nước trên địa bàn\tTỷ đồng\t4.600\t3.420\t108,3\t74,3\n"
)
MONTH_TABLE = (
    "THÔNG CÁO BÁO CHÍ\nTình hình kinh tế - xã hội tháng 6 và 6 tháng đầu năm 2023\n\n"
    "Đơn vị tính: tỷ đồng\n"
    "Chỉ tiêu\tƯớc tính tháng 6/2023\tƯớc tính 6 tháng 2023\t6 tháng 2023 so với cùng kỳ năm trước (%)\n"
    "Tổng mức bán lẻ hàng hóa\t2.150\t12.480\t109,6\n"
)


def _cells(text: str, period: str) -> dict[str, object]:
    return {text[f.start:f.end].split()[0]: f for f in extract(text, report_period=period).figures}


def test_plan_result_and_comparison_columns() -> None:
    cells = _cells(PLAN_TABLE, "2021-9M")
    assert "2021" not in cells and "9" not in cells  # numbers of the header row are not figures
    plan, result = cells["4.600"], cells["3.420"]
    assert (plan.measure, plan.status, plan.period, plan.unit_text) == ("plan_value", "target", "2021", "Tỷ đồng")
    assert (result.measure, result.status, result.period) == ("value", "estimate", "2021-9M")
    index, achieved = cells["108,3"], cells["74,3"]
    assert (index.measure, index.period, index.comparison_period, index.value) == (
        "value", "2021-9M", "2020-9M", Decimal("108.3"))
    assert (achieved.measure, achieved.comparison_period, achieved.status) == ("plan_pct", "2021", "estimate")
    growth_target, growth = cells["7,5"], cells["6,1"]
    assert (growth_target.measure, growth_target.status, growth_target.period) == ("change_pct", "target", "2021")
    assert (growth.measure, growth.period, growth.comparison_period) == ("change_pct", "2021-9M", "2020-9M")


def test_month_and_year_to_date_columns_with_the_unit_above_the_table() -> None:
    cells = _cells(MONTH_TABLE, "2023-H1")
    month, half = cells["2.150"], cells["12.480"]
    assert (month.period, month.status, month.unit_text) == ("2023-06", "estimate", "tỷ đồng")
    assert (half.period, half.status) == ("2023-H1", "estimate")
    assert (cells["109,6"].period, cells["109,6"].comparison_period) == ("2023-H1", "2022-H1")


def test_a_plus_sign_before_a_number_is_a_sign_not_a_code() -> None:
    text = ("BÁO CÁO\nTình hình kinh tế năm 2022\n\nTăng trưởng của cả nước đạt 8,02% (+5,4 điểm %), "
            "xuất khẩu (+10,6%).\n")
    cells = _cells(text, "2022")
    assert cells["10,6%"].value == Decimal("10.6")


def test_last_year_levels_achievement_ratios_and_a_row_of_years() -> None:
    text = ("BÁO CÁO\nTình hình kinh tế - xã hội năm 2020\n\nI. KẾT QUẢ\n"
            "Chỉ tiêu\tĐơn vị tính\tCùng kỳ năm 2019\tThực hiện năm 2020\tTH/KH (%)\n"
            "Thu ngân sách nhà nước\tTỷ đồng\t4.600\t4.380\t95,2\n\n"
            "Chỉ tiêu\tĐơn vị tính\t2018\t2019\t2020\n"
            "Diện tích lúa\tha\t61.200\t60.850\t60.400\n")
    cells = _cells(text, "2020")
    last_year, achieved = cells["4.600"], cells["95,2"]
    assert (last_year.measure, last_year.period, last_year.unit_text) == ("value", "2019", "Tỷ đồng")
    assert (achieved.measure, achieved.comparison_period) == ("plan_pct", "2020")
    assert "2018" not in cells and (cells["61.200"].period, cells["61.200"].unit_text) == ("2018", "ha")


def test_a_table_written_with_vertical_bars_reads_as_one_with_tabs() -> None:
    head, table = PLAN_TABLE.split("I. KẾT QUẢ\n")
    framed = "".join(f"| {line.replace(chr(9), ' | ')} |\n" for line in table.splitlines())
    for text in (PLAN_TABLE.replace("\t", " | "), f"{head}I. KẾT QUẢ\n{framed}"):
        cells = _cells(text, "2021-9M")
        plan, result, achieved = cells["4.600"], cells["3.420"], cells["74,3"]
        assert (plan.measure, plan.status, plan.period) == ("plan_value", "target", "2021")
        assert (result.measure, result.status) == ("value", "estimate")
        assert achieved.measure == "plan_pct"


@pytest.mark.parametrize(("first", "second"), [("1", "2"), ("I", "trong đó:")])
def test_rows_of_a_table_with_bars_stay_rows(first: str, second: str) -> None:
    # a long row whose next row starts with its number is no line wrapped inside a paragraph; the number is the
    # row's, not a figure
    rows = ["TT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Ước thực hiện năm 2024",
            f"{first} | Số doanh nghiệp đăng ký thành lập mới trên địa bàn tỉnh | doanh nghiệp | 1.200 | 1.315",
            f"{second} | Số hợp tác xã nông nghiệp được thành lập mới trong năm | hợp tác xã | 45 | 52"]
    body = "".join(row + "\n" for row in rows)
    text = "BÁO CÁO\nTình hình kinh tế - xã hội năm 2024\n\nI. KẾT QUẢ\n" + body
    figures = extract(text, report_period="2024").figures
    cells = {text[f.start:f.end].split()[0]: f for f in figures}
    assert (cells["1.200"].status, cells["1.315"].status, cells["52"].status) == ("target", "estimate", "estimate")
    assert not any(text[f.start:f.end] in ("1", "2") for f in figures)  # (a row's number, its label's no figure)


@pytest.mark.parametrize(("row", "token"), [
    ("Số bác sĩ/vạn dân\tbác sĩ\t12,5\t12,7", "12,5"),
    ("Tỷ số giới tính khi sinh\tbé trai/100 bé gái\t110\t109,4", "110"),
])
def test_a_planned_rate_is_a_target_level(row: str, token: str) -> None:
    # (annotation guide 3.2: a target share or rate is a value with status target, a target amount a plan_value)
    text = ("BÁO CÁO\nKết quả công tác y tế năm 2024\n\nI. KẾT QUẢ\n"
            "Chỉ tiêu\tĐơn vị tính\tKế hoạch năm 2024\tƯớc thực hiện năm 2024\n" + row + "\n")
    plan = _cells(text, "2024")[token]
    assert (plan.measure, plan.status) == ("value", "target")


def test_bars_in_prose_make_no_table() -> None:
    text = ("BÁO CÁO\nTình hình kinh tế - xã hội 9 tháng năm 2021\n\n"
            "Thu ngân sách đạt 3.420 tỷ đồng | tăng 8,3% so với cùng kỳ.\n")
    assert _cells(text, "2021-9M")["8,3%"].measure == "change_pct"


@pytest.mark.parametrize(("row", "expected"), [
    ("Vốn đầu tư NSNN do địa phương quản lý\tTỷ đồng\t3.400\t3.845,2\t113,1", "local-state-investment"),
    ("Số lao động được tạo việc làm\tNgười\t60.000\t61.820\t103,0", "jobs-created"),
])
def test_a_row_label_with_words_between_a_labels_words(row: str, expected: str) -> None:
    text = ("BÁO CÁO\nTình hình kinh tế - xã hội năm 2023\nPhần thứ nhất\nCác chỉ tiêu chủ yếu\n"
            "Chỉ tiêu\tĐơn vị\tKế hoạch\tƯớc thực hiện\tSo sánh (%)\n" + row + "\n")
    figures = extract(text, report_period="2023").figures
    assert figures and all(f.indicator == expected for f in figures)


@pytest.mark.parametrize(("header", "rows", "token", "value"), [
    # a comparison column holding a fall: its numbers are changes, the rises too
    ("Chỉ tiêu\tĐơn vị\tThực hiện 6 tháng\tSo cùng kỳ (%)",
     ["Gạch xây dựng\ttriệu viên\t410\t-3,2", "Nước máy thương phẩm\tnghìn m3\t9.850\t5,4"], "5,4", Decimal("5.4")),
    # small numbers only: no level against last year is a twentieth of it in every row
    ("Chỉ tiêu\tĐơn vị\tƯớc 6 tháng\tSo với cùng kỳ năm trước (%)",
     ["Gạch xây dựng\ttriệu viên\t410\t6,8", "Nước máy thương phẩm\tnghìn m3\t9.850\t4,1"], "4,1", Decimal("4.1")),
])
def test_a_comparison_column_of_changes_reads_every_number_as_a_change(
        header: str, rows: list[str], token: str, value: Decimal) -> None:
    text = "BÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2024\n\n" + "\n".join([header, *rows]) + "\n"
    found = _cells(text, "2024-H1")[token]
    assert (found.measure, found.value) == ("change_pct", value)


def test_a_comparison_column_of_levels_stays_levels() -> None:
    text = ("BÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2024\n\n"
            "Chỉ tiêu\tĐơn vị\tThực hiện 6 tháng\tSo cùng kỳ (%)\n"
            "Gạch xây dựng\ttriệu viên\t410\t96,8\nNước máy thương phẩm\tnghìn m3\t9.850\t105,4\n")
    found = _cells(text, "2024-H1")["96,8"]
    assert (found.measure, found.value) == ("value", Decimal("96.8"))


def test_a_spaced_minus_in_a_cell_is_a_sign() -> None:
    text = ("BÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2024\n\n"
            "Chỉ tiêu\tĐơn vị\tThực hiện 6 tháng\tTăng, giảm so cùng kỳ\n"
            "Số doanh nghiệp giải thể\tdoanh nghiệp\t85\t- 12\nSố dự án cấp mới\tdự án\t40\t+6\n")
    found = _cells(text, "2024-H1")["12"]
    assert (found.measure, found.value) == ("change_abs", Decimal("-12"))


@pytest.mark.parametrize("header", ["Giảm so với cùng kỳ (%)", "Mức giảm so cùng kỳ (%)"])
def test_a_column_of_falls_holds_negative_changes(header: str) -> None:
    text = ("BÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2024\n\n"
            f"Chỉ tiêu\tĐơn vị\tThực hiện 6 tháng\t{header}\n"
            "Số vụ cháy\tvụ\t85\t12,4\nThiệt hại do cháy\ttỷ đồng\t41\t8,9\n")
    found = _cells(text, "2024-H1")["12,4"]
    assert (found.measure, found.value) == ("change_pct", Decimal("-12.4"))
