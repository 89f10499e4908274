"""Indicators and areas of figures, family by family, in sentences written for these tests (two phrasings each)."""

from __future__ import annotations

import pytest

from provkg.extract.extractor import extract

HEADER = "BÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2023\nPhần thứ nhất\n"


def figure(body: str, token: str, period: str = "2023-H1"):
    text = HEADER + body + "\n"
    for f in extract(text, report_period=period).figures:
        if text[f.start:].startswith(token):
            return f
    raise AssertionError(f"{token!r} not found")


@pytest.mark.parametrize(("body", "token"), [
    ("Tổng sản phẩm trên địa bàn tỉnh ước tăng 6,8% so với cùng kỳ (quý I tăng 6,1%; quý II ước tăng 7,4%).", "7,4%"),
    ("Tổng sản phẩm trên địa bàn tăng 5,9%, xếp thứ 12/63 tỉnh, thành phố; riêng quý II tăng 6,2%.", "6,2%"),
])
def test_a_figure_naming_only_a_time_measures_what_the_one_before_does(body: str, token: str) -> None:
    assert figure(body, token).indicator == "grdp"


@pytest.mark.parametrize(("body", "token"), [
    ("Tổng sản phẩm trên địa bàn tăng 6,8% so với cùng kỳ (cả nước tăng 6,4%).", "6,4%"),
    ("Tổng sản phẩm trên địa bàn tăng 6,8%, cao hơn mức bình quân chung cả nước (6,4%).", "6,4%"),
])
def test_the_whole_country_as_the_subject(body: str, token: str) -> None:
    national = figure(body, token)
    assert national.area == "vn" and national.indicator == "grdp"


@pytest.mark.parametrize(("body", "token"), [
    ("Tốc độ tăng trưởng kinh tế của tỉnh xếp thứ 9 cả nước.", "9"),
    ("Sản lượng lúa của tỉnh chiếm 4,2% sản lượng cả nước.", "4,2%"),
])
def test_a_rank_or_share_within_the_country_is_the_province(body: str, token: str) -> None:
    assert figure(body, token).area is None


# -- tables: rows of places and the total row measure what their column or the table's title does -------------

@pytest.mark.parametrize("table", [
    "Đơn vị\tTổng số trường\tSố trường đạt chuẩn quốc gia\tTỷ lệ (%)\n"
    "Huyện Mường Nhé\t40\t31\t77,5\nHuyện Tuần Giáo\t52\t47\t90,4\n",
    "Huyện, thị xã\tTổng số trường\tSố trường đạt chuẩn quốc gia\tTỷ lệ (%)\n"
    "Mường Nhé\t40\t31\t77,5\nTuần Giáo\t52\t47\t90,4\n",
])
def test_a_table_of_places(table: str) -> None:
    text = HEADER + "Kết quả xây dựng trường chuẩn theo huyện:\n" + table
    figures = {text[f.start:f.end]: f for f in extract(text, report_period="2023-H1").figures}
    assert figures["47"].indicator == "national-standard-schools"
    assert figures["47"].area == "dien-bien/tuan-giao" and figures["31"].area == "dien-bien/muong-nhe"


@pytest.mark.parametrize("total", ["Tổng số", "Toàn tỉnh"])
def test_the_total_row_of_a_table_measures_its_title(total: str) -> None:
    table = ("Tổng sản phẩm trên địa bàn theo giá so sánh (tỷ đồng)\n"
             "Khu vực\tNăm 2022\tNăm 2023\n"
             f"{total}\t20.100,5\t21.350,2\nKhu vực dịch vụ\t8.010,1\t8.600,3\n")
    text = HEADER + table
    figures = {text[f.start:f.end]: f for f in extract(text, report_period="2023").figures}
    assert figures["21.350,2"].indicator == "grdp" and figures["8.600,3"].indicator == "grdp-services"


@pytest.mark.parametrize(("body", "token"), [
    ("Thu ngân sách 6 tháng đạt 2.400 tỷ đồng, trong đó thu nội địa 2.210 tỷ đồng, thu phí cảng biển 190 tỷ đồng.",
     "190"),
    ("Trong đó thu nội địa đạt 1.870 tỷ đồng; khoản thu bán tài sản công 45 tỷ đồng.", "45"),
])
def test_a_figure_with_words_of_its_own_does_not_take_its_neighbours_label(body: str, token: str) -> None:
    assert figure(body, token).indicator != "domestic-revenue"


@pytest.mark.parametrize(("body", "token", "indicator"), [
    ("Khu vực dịch vụ tăng 6,2%, đóng góp 2,4 điểm phần trăm vào mức tăng chung.", "2,4", "grdp-services"),
    ("- Khu vực công nghiệp và xây dựng tăng 8,1%, góp 3,0 điểm % vào tăng trưởng;", "3,0",
     "grdp-industry-construction"),
])
def test_a_contribution_measures_the_sector_before_it(body: str, token: str, indicator: str) -> None:
    found = figure(body, token)
    assert found.measure == "contribution_pp" and found.indicator == indicator


# -- signs ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "token", "value"), [
    # a dash in an empty table cell, or opening a bullet, is no minus sign
    ("Chỉ tiêu\tĐơn vị\tKế hoạch\tThực hiện\tSo cùng kỳ (%)\nChỉ số giá tiêu dùng\t%\t-\t-\t102,4\n", "102,4", "102.4"),
    ("Các công trình trọng điểm:\n- 14 công trình đã hoàn thành đưa vào sử dụng;\n", "14", "14"),
    # a verb before a colon does not govern the list after it
    ("Một số sản phẩm tăng mạnh: gạch xây 41.200 nghìn viên, tăng 12%.", "41.200", "41200"),
    ("Các mặt hàng giảm: phân bón 8.300 tấn, giảm 4,1%.", "8.300", "8300"),
    # an amount cut is an amount; a level reached after "xuống" or "còn" is a level
    ("Các đơn vị đã cắt giảm 18,6 tỷ đồng chi thường xuyên.", "18,6", "18.6"),
    ("Phấn đấu giảm tỷ lệ nợ đọng xuống dưới 4% tổng thu.", "4%", "4"),
    # falling short of the plan is negative
    ("Thu tiền thuê đất ước chỉ đạt 610 tỷ đồng, hụt 90 tỷ đồng so với dự toán.", "90", "-90"),
    ("Sản lượng điện thiếu hụt 12 triệu kWh so với kế hoạch.", "12", "-12"),
    # a planned fall keeps its sign
    ("Giảm tỷ lệ hộ nghèo 1,2% theo kế hoạch.", "1,2%", "-1.2"),
    ("Tỷ lệ hộ nghèo giảm 0,8% như kế hoạch đề ra.", "0,8%", "-0.8"),
    # shares joined by dashes are not negatives; a bracketed minus after a noun is a fall
    ("Cơ cấu kinh tế nông nghiệp - công nghiệp - dịch vụ là 20,1% - 35,2% - 44,7%.", "35,2%", "35.2"),
    ("Xuất khẩu hàng dệt may (-2,05%) tiếp tục gặp khó khăn.", "2,05%", "-2.05"),
])
def test_signs(body: str, token: str, value: str) -> None:
    from decimal import Decimal

    assert figure(body, token).value == Decimal(value)


@pytest.mark.parametrize(("body", "token", "measure", "value"), [
    ("Sản lượng thủy sản đạt 12.000 tấn (-3,1%).", "3,1%", "change_pct", "-3.1"),
    ("GRDP tăng 7,1%, cao hơn mức chung cả nước (+5,03%).", "5,03%", "change_pct", "5.03"),
    ("Giá trị xuất khẩu thấp hơn 3,2% so với cùng kỳ.", "3,2%", "change_pct", "-3.2"),
    ("Doanh thu du lịch cao hơn 150 tỷ đồng so với cùng kỳ năm trước.", "150", "change_abs", "150"),
])
def test_changes_written_with_a_sign_or_a_comparative(body: str, token: str, measure: str, value: str) -> None:
    from decimal import Decimal

    found = figure(body, token)
    assert (found.measure, found.value) == (measure, Decimal(value))


@pytest.mark.parametrize(("body", "token"), [
    ("II. NHIỆM VỤ 6 THÁNG CUỐI NĂM\n1. Phấn đấu kim ngạch xuất khẩu cả năm đạt 640 triệu USD.", "640"),
    ("Năm 2024, tỉnh đặt mục tiêu thu ngân sách khoảng 9.800 tỷ đồng.", "9.800"),
])
def test_an_amount_set_as_a_target_is_a_plan_level(body: str, token: str) -> None:
    found = figure(body, token)
    assert (found.measure, found.status) == ("plan_value", "target")


@pytest.mark.parametrize(("body", "status"), [
    ("Tổng thu ngân sách ước thực hiện 2.900 tỷ đồng, gồm:\n- Thu nội địa 2.500 tỷ đồng;\n", "estimate"),
    ("GRDP ước tăng 6,5% so với cùng kỳ.\n2. Sản xuất nông nghiệp\na) Trồng trọt\n- Thu nội địa 2.500 tỷ đồng;\n",
     "actual"),
])
def test_a_list_item_takes_the_estimate_of_the_line_that_opens_its_list_only(body: str, status: str) -> None:
    assert figure(body, "2.500").status == status
