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
    # a range below another period's level; behind a schedule
    ("Giá cá tra nguyên liệu thấp hơn cùng kỳ từ 2.000 đến 3.500 đồng/kg.", "2.000", "-2000"),
    ("Giá lúa tươi thấp hơn năm trước từ 500 đến 800 đồng/kg.", "500", "-500"),
    ("Khối lượng thi công đạt 64% hợp đồng, chậm khoảng 9% so với tiến độ.", "9%", "-9"),
    ("Công trình chậm hơn 15% so với kế hoạch do thiếu vật liệu.", "15%", "-15"),
    # a verb closed by a comma and a clause of its own does not govern the number
    ("Dịch tay chân miệng giảm mạnh, 6 tháng ghi nhận 214 ca mắc.", "214", "214"),
    ("Số vụ cháy tăng nhẹ, cả năm xảy ra 37 vụ.", "37", "37"),
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


def test_every_item_of_a_long_list_takes_its_own_list_head_estimate() -> None:
    # The walk back to a list's opening line is remembered for each line passed: the items after the first, and
    # those of a second list under a plain heading, must still get their own list's answer.
    first = "".join(f"- Mặt hàng {i}: {100 + i} tỷ đồng;\n" for i in range(1, 9))
    second = "".join(f"- Huyện số {i}: {300 + i} ha;\n" for i in range(1, 6))
    body = ("Kim ngạch xuất khẩu ước đạt 1.500 tỷ đồng, gồm:\n" + first
            + "2. Sản xuất nông nghiệp\nDiện tích gieo trồng như sau:\n" + second)
    assert {figure(body, f"{100 + i} tỷ").status for i in range(1, 9)} == {"estimate"}
    assert {figure(body, f"{300 + i} ha").status for i in range(1, 6)} == {"actual"}


# -- numbers that are not figures ------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "token"), [
    ("Cầu Bến Thủy 3 đã thông xe, tổng vốn 1.200 tỷ đồng.", "3 "),
    ("Nhà máy Thủy điện Sông Lô 6 đang chạy thử; sản lượng điện đạt 120 triệu kWh.", "6 "),
    ("Đường Vành đai 2 đã hoàn thành 80% khối lượng.", "2 "),
    ("Đây là năm thứ 4 liên tiếp tỉnh tăng trưởng trên 8%.", "4 "),
    ("Kiềm chế tai nạn giao thông trên cả 3 tiêu chí.", "3 "),
    ("Tỷ lệ học sinh học 2 buổi/ngày đạt 97%.", "2 "),
    ("Tình hình kinh tế quý I năm 2023 tỉnh Sơn La có nhiều khởi sắc.", "2023"),
])
def test_numbers_in_names_ordinals_and_years_are_not_figures(body: str, token: str) -> None:
    text = HEADER + body + "\n"
    starts = {f.start for f in extract(text, report_period="2023-H1").figures}
    at = text.index(token, len(HEADER))
    assert at not in starts


@pytest.mark.parametrize("body", [
    "Chỉ số PCI xếp thứ 8 vùng và thứ 21/63 tỉnh, thành phố.",
    "Tăng trưởng đứng thứ 3/14 tỉnh trong vùng và thứ 17/63 cả nước.",
])
def test_a_second_rank_after_thu_is_a_rank(body: str) -> None:
    text = HEADER + body + "\n"
    measures = [f.measure for f in extract(text, report_period="2023-H1").figures]
    assert measures and set(measures) == {"rank"}


# -- price basis and running totals ------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "token", "basis"), [
    ("Tổng sản phẩm trên địa bàn theo giá so sánh 2010 ước đạt 21.400 tỷ đồng.", "21.400", "constant-2010"),
    ("Quy mô GRDP theo giá hiện hành đạt 38.100 tỷ đồng.", "38.100", "current"),
    # GRDP's growth and structure follow the national accounts' conventions when the report names no basis
    ("Tổng sản phẩm trên địa bàn tăng 6,1% so với cùng kỳ.", "6,1%", "constant-2010"),
    ("Cơ cấu kinh tế: khu vực dịch vụ chiếm 41,2%.", "41,2%", "current"),
])
def test_price_basis(body: str, token: str, basis: str) -> None:
    assert figure(body, token).basis == basis


def test_no_basis_for_a_quantity_that_has_none() -> None:
    assert figure("Sản lượng lúa đạt 120.500 tấn.", "120.500").basis is None


@pytest.mark.parametrize(("body", "token", "period", "cumulative"), [
    ("Thu ngân sách 6 tháng đạt 3.100 tỷ đồng.", "3.100", "2023-H1", True),
    ("Riêng quý II thu ngân sách đạt 1.700 tỷ đồng.", "1.700", "2023-Q2", False),
    # (capital drawn up to 30 June: over the first half year, annotation guide 3.4)
    ("Lũy kế đến 30/6/2023 giải ngân 820 tỷ đồng.", "820", "2023-H1", True),
    ("Đến 30/6/2023 toàn tỉnh có 820 doanh nghiệp.", "820", "2023-06-30", False),
    # a flow counted up to a date has run since the start of the year; a stock at a date has not
    ("Tính đến ngày 25/6/2023, toàn tỉnh đã giải ngân vốn đầu tư công 1.430 tỷ đồng.", "1.430", "2023-06-25", True),
    # (budget revenue is a flow of the year: counted up to a day closing no period, in the last month of a half-year
    # report too, it is of that day, annotation guide 3.4, year-to-date flows)
    ("Đến ngày 20/6/2023 thu ngân sách nhà nước đạt 2.950 tỷ đồng.", "2.950", "2023-06-20", True),
    ("Đến ngày 20/6/2023 toàn tỉnh có 96 xã đạt chuẩn nông thôn mới.", "96", "2023-06-20", False),
])
def test_running_totals(body: str, token: str, period: str, cumulative: bool) -> None:
    found = figure(body, token)
    assert (found.period, found.cumulative) == (period, cumulative)


@pytest.mark.parametrize(("body", "token", "indicator"), [
    ("Có 310 doanh nghiệp thành lập mới với tổng vốn đăng ký 2.050 tỷ đồng, tăng 6,2% về số doanh nghiệp.", "6,2%",
     "new-enterprises"),
    ("Có 310 doanh nghiệp thành lập mới, vốn đăng ký 2.050 tỷ đồng, tăng 4% về số lượng và tăng 9% về vốn.", "9%",
     "new-enterprise-capital"),
])
def test_a_change_qualified_by_what_it_is_of(body: str, token: str, indicator: str) -> None:
    assert figure(body, token).indicator == indicator


@pytest.mark.parametrize(("body", "token"), [
    ("Kim ngạch xuất khẩu tháng 6 ước đạt 120 triệu USD; tính chung 6 tháng ước đạt 690 triệu USD.", "690"),
    ("Kim ngạch xuất khẩu tháng 6 ước đạt 120 triệu USD; lũy kế 6 tháng đầu năm 690 triệu USD.", "690"),
])
def test_a_running_total_after_the_month_measures_the_same(body: str, token: str) -> None:
    assert figure(body, token).indicator == figure(body, "120").indicator == "export-value"


# -- status --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "token", "status"), [
    ("Tăng trưởng 6 tháng thấp hơn kịch bản đề ra (7,2%).", "7,2%", "target"),
    ("Khu vực dịch vụ chưa đạt kịch bản (kịch bản tăng 8,1%).", "8,1%", "target"),
    ("Phấn đấu giải ngân 100% kế hoạch vốn được giao.", "100%", "target"),
    ("Tỉnh đặt mục tiêu thu ngân sách 9.800 tỷ đồng, đón 4 triệu lượt khách du lịch.", "4", "target"),
    ("Kế hoạch vốn năm 2023 là 650 tỷ đồng, giải ngân 402 tỷ đồng, đạt 61,8%.", "402", "actual"),
    ("Trong 24 chỉ tiêu chủ yếu, có 20/24 chỉ tiêu đạt kế hoạch.", "20", "actual"),
    ("Tỷ lệ hộ nghèo đầu năm là 6,1%; kế hoạch năm giảm 1,2%.", "1,2%", "target"),
])
def test_targets_scenarios_and_their_neighbours(body: str, token: str, status: str) -> None:
    assert figure(body, token).status == status


@pytest.mark.parametrize(("body", "token"), [
    ("Thu hút 5,4 triệu lượt khách, đạt 108% kế hoạch (kế hoạch 5 triệu lượt).", "5 "),
    ("Chi ngân sách ước 4.100 tỷ đồng, bằng 47,1% dự toán HĐND tỉnh giao (8.705 tỷ đồng).", "8.705"),
])
def test_the_plans_amount_after_its_word_is_a_plan_level(body: str, token: str) -> None:
    text = HEADER + body + "\n"
    at = text.index(token, len(HEADER))
    found = [f for f in extract(text, report_period="2023-H1").figures if f.start == at][0]
    assert (found.measure, found.status) == ("plan_value", "target")


@pytest.mark.parametrize(("body", "token", "measure", "status"), [
    # "theo kế hoạch đề ra" is according to plan, not a plan; "các chỉ tiêu cơ bản như" are indicators
    ("Triển khai theo kế hoạch đề ra; đã trồng mới 96,2 ha rừng.", "96,2", "value", "actual"),
    ("Các chỉ tiêu cơ bản như: số lượt khám bệnh đạt 210.400 lượt người.", "210.400", "value", "actual"),
    # a count of a set in the tasks part (the provinces of a region, the key tasks) is no plan level, nor a target;
    # "tỉnh" is no money scale
    ("III. NHIỆM VỤ 6 THÁNG CUỐI NĂM\nLiên kết chặt chẽ với các doanh nghiệp lữ hành trong 6 tỉnh Tây Bắc.", "6 tỉnh",
     "value", "actual"),
    ("III. NHIỆM VỤ 6 THÁNG CUỐI NĂM\nThực hiện đồng bộ 7 nhiệm vụ trọng tâm.", "7", "value", "actual"),
])
def test_plan_words_that_do_not_set_a_target(body: str, token: str, measure: str, status: str) -> None:
    text = HEADER + body + "\n"
    at = text.index(token, len(HEADER) + (body.index("\n") if "\n" in body else 0))
    found = [f for f in extract(text, report_period="2023-H1").figures if f.start == at][0]
    assert (found.measure, found.status) == (measure, status)


TASKS = "II. NHIỆM VỤ, GIẢI PHÁP 6 THÁNG CUỐI NĂM\n"


@pytest.mark.parametrize(("body", "token"), [
    # the parts of a resolution's plan, counted to name them: a count, not a quantity the plan sets
    (TASKS + "Tập trung thực hiện 3 khâu đột phá và 4 nhóm giải pháp chủ yếu; phấn đấu thu ngân sách 1.200 tỷ đồng.",
     "3 khâu"),
    (TASKS + "Tập trung thực hiện 3 khâu đột phá và 4 nhóm giải pháp chủ yếu; phấn đấu thu ngân sách 1.200 tỷ đồng.",
     "4 nhóm"),
    (TASKS + "Triển khai quyết liệt 5 chương trình trọng điểm và 3 trụ cột phát triển; trồng mới 900 ha rừng.", "5 "),
    # sets fixed by law or custom: the kinds of forest, the parties of a linkage, a region's provinces
    (TASKS + "Giao khoán bảo vệ 3 loại rừng; đẩy mạnh liên kết 4 nhà trong tiêu thụ nông sản.", "3 loại"),
    (TASKS + "Giao khoán bảo vệ 3 loại rừng; đẩy mạnh liên kết 4 nhà trong tiêu thụ nông sản.", "4 nhà"),
    (TASKS + "Kết nối tour với 5 tỉnh vùng Tây Nguyên để đón 42.000 lượt khách.", "5 tỉnh"),
])
def test_a_count_that_names_a_set_in_the_tasks_part_is_no_plan_level(body: str, token: str) -> None:
    found = figure(body, token)
    assert (found.measure, found.status) == ("value", "actual")


@pytest.mark.parametrize(("body", "token", "measure"), [
    # ... while a quantity to reach there stays one, as do the other figures of the same sentence
    (TASKS + "Tập trung thực hiện 3 khâu đột phá và 4 nhóm giải pháp chủ yếu; phấn đấu thu ngân sách 1.200 tỷ đồng.",
     "1.200", "plan_value"),
    (TASKS + "Hoàn thành 4 khu tái định cư và tổ chức 6 đoàn xúc tiến đầu tư.", "6 đoàn", None),
    (TASKS + "Kết nối tour với 5 tỉnh vùng Tây Nguyên để đón 42.000 lượt khách.", "42.000", "plan_value"),
])
def test_a_quantity_to_reach_in_the_tasks_part_stays_a_target(body: str, token: str, measure: str | None) -> None:
    found = figure(body, token)
    assert found.status == "target" and (measure is None or found.measure == measure)


@pytest.mark.parametrize(("body", "token", "indicator"), [
    ("Cơ cấu kinh tế: nông, lâm nghiệp và thủy sản chiếm 18,2%; công nghiệp - xây dựng chiếm 40,1%; dịch vụ chiếm "
     "36,5%.", "36,5%", "grdp-services"),
    ("Cơ cấu kinh tế: nông, lâm nghiệp và thủy sản chiếm 18,2%; công nghiệp - xây dựng chiếm 40,1%.", "40,1%",
     "grdp-industry-construction"),
    ("Khu vực\tNăm 2022\tNăm 2023\nDịch vụ\t8.010,1\t8.600,3\n", "8.600,3", "grdp-services"),
])
def test_bare_sector_names_about_grdp(body: str, token: str, indicator: str) -> None:
    title = "Tổng sản phẩm trên địa bàn theo giá so sánh (tỷ đồng)\n" if "\t" in body else ""
    text = HEADER + title + body + "\n"
    at = text.index(token, len(HEADER))
    found = [f for f in extract(text, report_period="2023").figures if f.start == at][0]
    assert found.indicator == indicator


def test_a_bare_sector_name_elsewhere_is_no_grdp_sector() -> None:
    assert figure("Doanh thu dịch vụ lưu trú tăng 12%, dịch vụ chiếm 40%.", "40%").indicator != "grdp-services"


@pytest.mark.parametrize("body", [
    "Tính đến ngày 15/6, toàn tỉnh gieo cấy 41.300 ha lúa.\nGhi chú: Số liệu tháng 6 là số ước tính.\n",
    "Đến 20/6/2023 đã thu hoạch 41.300 ha.\nGhi chú: Các số liệu tháng 6/2023 là số ước tính.\n",
])
def test_a_note_that_the_last_months_figures_are_estimates(body: str) -> None:
    assert figure(body, "41.300").status == "estimate"


@pytest.mark.parametrize(("body", "token", "measure", "value"), [
    ("Đường tỉnh 277: kế hoạch vốn 300 tỷ đồng, giải ngân 210 tỷ đồng, đạt 70%.", "70%", "plan_pct", "70"),
    ("Cầu An Lạc: vốn năm 2023 là 90 tỷ đồng, đã giải ngân 81 tỷ đồng, đạt 90%.", "90%", "plan_pct", "90"),
    ("Tỷ lệ thất nghiệp thành thị 3,4%, cao hơn kế hoạch 0,4 điểm phần trăm.", "0,4", "change_pp", "0.4"),
    ("Vụ Mùa gieo cấy 21.300 ha, bằng 97,5% diện tích cùng kỳ.", "97,5%", "value", "97.5"),
    ("Giải ngân đạt 61,2% kế hoạch, cao hơn bình quân cả nước (khoảng 48,1%).", "48,1%", "plan_pct", "48.1"),
    ("Chỉ tiêu\tĐVT\tKế hoạch\tƯớc thực hiện\nTốc độ tăng GRDP\t%\t6-6,5\t-3,2\n", "3,2", "change_pct", "-3.2"),
    ("Sau 9 tháng tốc độ tăng trưởng đã được nâng lên 7,9%.", "7,9%", "change_pct", "7.9"),
    ("Cả năm GRDP phấn đấu tăng trên 8%, vượt mục tiêu 7% của Nghị quyết.", "7%", "change_pct", "7"),
])
def test_measures_of_the_new_dev_families(body: str, token: str, measure: str, value: str) -> None:
    from decimal import Decimal

    found = figure(body, token)
    assert (found.measure, found.value) == (measure, Decimal(value))


@pytest.mark.parametrize(("body", "kind"), [
    ("Tổng thu ngân sách đạt 2.400 tỷ đồng, gồm: thu nội địa 2.210 tỷ đồng, thu xuất nhập khẩu 190 tỷ đồng.",
     "complete"),
    ("Tổng thu ngân sách đạt 2.400 tỷ đồng, trong đó thu nội địa 2.210 tỷ đồng.", "partial"),
    ("Toàn tỉnh có 520 trường (bao gồm 200 trường mầm non, 320 trường phổ thông).", "complete"),
])
def test_the_kind_of_a_breakdown(body: str, kind: str) -> None:
    text = HEADER + body + "\n"
    parts = [f for f in extract(text, report_period="2023-H1").figures if f.parent is not None]
    assert parts and {f.breakdown for f in parts} == {kind}


# -- the parts of a "gồm" breakdown counted in their own word for the same unit (vehicles as motorbikes and cars,
# people as the elderly and children, schools by level), and the parts of a plan that are plans ---------------
@pytest.mark.parametrize(("body", "total", "parts"), [
    ("Lực lượng chức năng đã tạm giữ 3.250 phương tiện (gồm 2.900 mô tô và 350 ô tô).", "3.250", ("2.900", "350")),
    ("Chi trả trợ cấp hằng tháng cho 8.400 đối tượng, gồm: người cao tuổi 5.100 người, trẻ em mồ côi 700 trẻ, "
     "đối tượng khác 2.600 người.", "8.400", ("5.100", "700", "2.600")),
    ("Toàn huyện có 215 trường học (gồm 80 trường mầm non, 75 trường tiểu học và 60 trường trung học cơ sở).",
     "215", ("80", "75", "60")),
    ("Tổng kế hoạch vốn đầu tư công năm 2023 là 2.450,5 tỷ đồng, gồm: vốn trung ương giao 1.800,0 tỷ đồng; vốn "
     "tỉnh bổ sung 650,5 tỷ đồng.", "2.450,5", ("1.800,0", "650,5")),
    ("Kế hoạch vốn năm 2023 được giao 900 tỷ đồng, bao gồm vốn ngân sách tỉnh 620 tỷ đồng và vốn ngân sách trung "
     "ương 280 tỷ đồng.", "900", ("620", "280")),
])
def test_the_parts_of_a_complete_breakdown_in_their_own_count_word_or_as_plans(body: str, total: str,
                                                                               parts: tuple[str, ...]) -> None:
    whole = figure(body, total)
    assert all((figure(body, part).parent, figure(body, part).breakdown) == (whole.start, "complete")
               for part in parts)


# -- a "trong đó" list (or a bracket) naming every category of a set that makes up the whole is complete --------
@pytest.mark.parametrize(("body", "kind"), [
    ("Lượt khách lưu trú đạt 96.000 lượt, trong đó khách trong nước 90.500 lượt, khách nước ngoài 5.500 lượt.",
     "complete"),
    ("Vốn sửa chữa trường học là 74,6 tỷ đồng (ngân sách cấp tỉnh 50,1 tỷ đồng, ngân sách cấp huyện 24,5 tỷ đồng).",
     "complete"),
    ("Toàn huyện có 64 trường, trong đó 40 trường ở nông thôn và 24 trường ở đô thị.", "complete"),
    ("Xã có 38 trường (29 trường công lập, 9 trường tư thục).", "complete"),
    # only some of the categories: partial
    ("Lượt khách lưu trú đạt 96.000 lượt, trong đó khách nước ngoài 5.500 lượt.", "partial"),
    ("Toàn huyện có 64 trường, trong đó 40 trường ở nông thôn, 6 trường mới xây.", "partial"),
])
def test_a_breakdown_naming_every_category_is_complete(body: str, kind: str) -> None:
    text = HEADER + body + "\n"
    parts = [f for f in extract(text, report_period="2023-H1").figures if f.parent is not None]
    assert parts and {f.breakdown for f in parts} == {kind}


@pytest.mark.parametrize(("body", "token", "indicator"), [
    ("Trong kỳ có 41 vụ tai nạn giao thông, làm chết 33 người, bị thương 27 người; so với cùng kỳ giảm 4 vụ, "
     "tăng 2 người chết, giảm 6 người bị thương.", "4 vụ", "traffic-accidents"),
    ("Trong kỳ có 41 vụ tai nạn giao thông, làm chết 33 người, bị thương 27 người; so với cùng kỳ giảm 4 vụ, "
     "tăng 2 người chết, giảm 6 người bị thương.", "2 người", "traffic-accident-deaths"),
    ("Tai nạn giao thông xảy ra 17 vụ, làm 12 người chết và 9 người bị thương; so với năm trước số vụ giảm 10,5%, "
     "số người bị thương tăng 12,5%.", "12,5%", "traffic-accident-injured"),
    ("Tai nạn giao thông xảy ra 17 vụ, làm 12 người chết và 9 người bị thương; so với năm trước số vụ giảm 10,5%, "
     "số người bị thương tăng 12,5%.", "10,5%", "traffic-accidents"),
])
def test_a_change_after_a_list_of_levels_mirrors_the_level_it_names(body: str, token: str, indicator: str) -> None:
    assert figure(body, token).indicator == indicator


@pytest.mark.parametrize(("body", "token"), [
    ("Vốn đầu tư công do tỉnh quản lý tháng 6 ước đạt 410 tỷ đồng, tăng 5,2% so với cùng kỳ. Tính chung 6 tháng "
     "ước đạt 2.130 tỷ đồng, bằng 41,7% kế hoạch năm.", "2.130"),
    ("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng Sáu đạt 3.050 tỷ đồng. Lũy kế 6 tháng "
     "đạt 17,9 nghìn tỷ đồng, tăng 9,3%.", "17,9"),
])
def test_a_sentence_opening_with_only_a_time_goes_on_with_the_sentence_before(body: str, token: str) -> None:
    carried = figure(body, token)
    first = figure(body, body.split(" đạt ")[1].split(" ")[0])
    assert first.indicator and carried.indicator == first.indicator


@pytest.mark.parametrize(("body", "token", "indicator"), [
    ("Đến giữa tháng 3, nông dân đã cấy xong 31.200 ha lúa xuân, bằng 99,1% cùng kỳ.", "31.200",
     "winter-spring-rice-area"),
    ("Toàn tỉnh đã gieo cấy 18.400 ha lúa vụ Đông Xuân, đạt 100,4% kế hoạch.", "18.400", "winter-spring-rice-area"),
    ("Các cơ sở đã thu hoạch 12.700 tấn tôm nuôi, tăng 3,2% so với cùng kỳ.", "12.700", "shrimp-output"),
])
def test_the_words_after_a_measurement_unit_name_what_it_measures(body: str, token: str, indicator: str) -> None:
    assert figure(body, token).indicator == indicator


def test_the_words_after_money_name_its_source_not_its_indicator() -> None:
    f = figure("Tổng thu ngân sách nhà nước đạt 5.400 tỷ đồng vốn đầu tư công tập trung.", "5.400")
    assert f.indicator == "state-budget-revenue"


@pytest.mark.parametrize(("body", "token"), [
    ("Kế hoạch vốn đầu tư công năm 2023 được giao 3.900 tỷ đồng; đến ngày 30/6 đã giải ngân 1.650 tỷ đồng, "
     "đạt 42,3% kế hoạch.", "1.650"),
    ("Đến hết tháng 6, toàn tỉnh giải ngân 1.650 tỷ đồng vốn đầu tư công, bằng 42,3% kế hoạch.", "1.650"),
])
def test_a_generic_label_gives_way_to_the_kind_the_sentence_names(body: str, token: str) -> None:
    assert figure(body, token).indicator == "public-investment-disbursement"


def test_a_generic_label_keeps_its_own_meaning_among_siblings_of_a_list() -> None:
    f = figure("Giáo dục mầm non có 180 trường (171 trường công lập, 9 trường tư thục).", "9 trường")
    assert f.indicator != "public-preschools"


@pytest.mark.parametrize(("body", "token"), [
    ("II. KINH TẾ\n1. Thương mại\nb) Du lịch\nTrong tháng đón 215 nghìn lượt khách, tăng 3,1%.", "215"),
    ("II. KINH TẾ\n4. Du lịch\n- Sáu tháng ước đón 1,35 triệu lượt khách, bằng 52% kế hoạch.", "1,35"),
])
def test_a_sections_heading_completes_the_words_a_figure_spreads(body: str, token: str) -> None:
    assert figure(body, token).indicator == "tourist-arrivals"


def test_a_heading_alone_does_not_name_a_figure() -> None:
    f = figure("I. TĂNG TRƯỞNG KINH TẾ\nCác khoản thu khác ước đạt khoảng 8.500 tỷ đồng, tăng 28,7%.", "8.500")
    assert f.indicator != "grdp"


@pytest.mark.parametrize(("body", "first", "last", "period"), [
    ("Cơ cấu kinh tế: khu vực nông, lâm nghiệp và thủy sản chiếm 30,1%; khu vực công nghiệp và xây dựng chiếm 25,4%; "
     "khu vực dịch vụ chiếm 38,2%; thuế sản phẩm trừ trợ cấp sản phẩm chiếm 6,3% (năm 2022 tương ứng là 31,0%; "
     "24,9%; 38,0%; 6,1%).", "31,0%", "6,1%", "2022"),
    ("Tỷ trọng khu vực nông, lâm nghiệp và thủy sản 22,5%, khu vực công nghiệp và xây dựng 41,3%, khu vực dịch vụ "
     "36,2%; cùng kỳ năm trước tương ứng 23,4%, 40,1% và 36,5%.", "23,4%", "36,5%", "2022-H1"),
])
def test_values_listed_respectively_take_the_earlier_lists_indicators(
    body: str, first: str, last: str, period: str,
) -> None:
    head, tail = figure(body, first), figure(body, last)
    assert head.indicator == "grdp-agriculture"
    assert tail.indicator in ("grdp-product-taxes", "grdp-services")
    assert head.period == tail.period == period


@pytest.mark.parametrize(("body", "token"), [
    ("Tổng sản phẩm trên địa bàn 6 tháng ước tăng 6,9% so với cùng kỳ. Khu vực công nghiệp và xây dựng tăng 9,4%, "
     "đóng góp 3,6 điểm phần trăm; khu vực dịch vụ tăng 6,1%.", "6,1%"),
    ("GRDP ước tính tăng 5,8%.\nTrong mức tăng chung, khu vực nông, lâm nghiệp và thủy sản tăng 2,9%, đóng góp "
     "0,6 điểm phần trăm.", "0,6"),
])
def test_the_parts_of_an_estimated_total_are_estimated(body: str, token: str) -> None:
    assert figure(body, token).status == "estimate"


def test_the_parts_of_a_total_stated_as_a_result_stay_results() -> None:
    body = ("Tổng sản phẩm trên địa bàn 6 tháng tăng 6,9% so với cùng kỳ. Khu vực công nghiệp và xây dựng tăng "
            "9,4%.")
    assert figure(body, "9,4%").status == "actual"


@pytest.mark.parametrize(("body", "token"), [
    ("Dự án đường tránh thành phố, tổng mức đầu tư 920 tỷ đồng: lũy kế giải ngân 505 tỷ đồng, đạt 54,9% tổng mức "
     "đầu tư.", "54,9%"),
    ("Dự án cao tốc đã bàn giao mặt bằng 71,2% chiều dài tuyến.", "71,2%"),
    ("Cơ cấu kinh tế: nông, lâm nghiệp và thủy sản chiếm 14,2%; công nghiệp - xây dựng 41,5%; dịch vụ 38,1%.", "38,1%"),
    ("Tỷ trọng các khu vực: nông nghiệp chiếm 21%, công nghiệp 33,4%, dịch vụ 39,9%.", "33,4%"),
])
def test_shares_of_a_named_whole_and_lists_of_shares(body: str, token: str) -> None:
    assert figure(body, token).measure == "share_pct"


@pytest.mark.parametrize(("body", "token"), [
    ("Đến ngày 30/6, toàn tỉnh đã giải ngân 1.240 tỷ đồng, đạt 38,5%, thấp hơn bình quân cả nước.", "38,5%"),
    ("Vốn đầu tư công giải ngân được 960 tỷ đồng, bằng 41%.", "41%"),
    # a list of plan achievements goes on by source and by place
    ("Giải ngân vốn đầu tư công đạt 52,3% kế hoạch. Theo nguồn vốn: vốn trung ương đạt 47,1%; vốn địa phương đạt "
     "58,2%.", "58,2%"),
    ("Giải ngân vốn đầu tư công đạt 52,3% kế hoạch; một số huyện đạt cao như huyện Đông Hải (74,5%), huyện Phú Tân "
     "(70,2%).", "70,2%"),
])
def test_plan_achievement_of_money_disbursed_and_its_lists(body: str, token: str) -> None:
    assert figure(body, token).measure == "plan_pct"


@pytest.mark.parametrize(("body", "token"), [
    ("II. NHIỆM VỤ, GIẢI PHÁP 6 THÁNG CUỐI NĂM\n- Giải quyết việc làm cho 18.000 lao động.", "18.000"),
    ("II. NHIỆM VỤ, GIẢI PHÁP 6 THÁNG CUỐI NĂM\n- Hoàn thành xây dựng 450 căn nhà cho hộ nghèo.", "450"),
])
def test_a_count_set_as_a_target_is_a_plan_level(body: str, token: str) -> None:
    found = figure(body, token)
    assert (found.status, found.measure) == ("target", "plan_value")


@pytest.mark.parametrize(("body", "token"), [
    ("Trong 6 tháng có thêm 3 xã đạt chuẩn nông thôn mới.", "3 xã"),
    ("Sáu tháng đầu năm, toàn tỉnh tăng thêm 7 trường đạt chuẩn quốc gia.", "7 trường"),
])
def test_a_stock_that_grows_by_a_count(body: str, token: str) -> None:
    assert figure(body, token).measure == "change_abs"


@pytest.mark.parametrize(("body", "token", "indicator"), [
    ("Sản lượng thủy sản ước đạt 48.600 tấn, tăng 3,2%; trong đó khai thác 20.100 tấn, nuôi trồng 28.500 tấn.",
     "20.100", "capture-fishery-output"),
    ("Sản lượng thủy sản ước đạt 48.600 tấn, tăng 3,2%; trong đó khai thác 20.100 tấn, nuôi trồng 28.500 tấn.",
     "28.500", "aquaculture-output"),
    ("Tổng đàn gia súc có 412.000 con, gồm: trâu 61.000 con, bò 98.000 con.", "98.000", "cattle"),
])
def test_the_parts_of_a_breakdown_are_named_by_their_own_words(body: str, token: str, indicator: str) -> None:
    assert figure(body, token).indicator == indicator


def test_a_change_in_a_list_of_parts_takes_the_part_its_words_name() -> None:
    body = "Giá trị tăng thêm ngành công nghiệp tăng 8,2%, ngành xây dựng tăng 11,4%."
    assert figure(body, "11,4%").indicator == "grdp-construction"


def test_jobs_counted_in_turns() -> None:
    assert figure("Giải quyết việc làm cho 9.800 lượt lao động.", "9.800").indicator == "jobs-created"


@pytest.mark.parametrize(("body", "token", "indicator"), [
    ("Kế hoạch vốn đầu tư công năm 2023 là 5.200 tỷ đồng. Đến ngày 30/6 mới giải ngân 1.900 tỷ đồng.", "1.900",
     "public-investment-disbursement"),
    ("Kim ngạch xuất khẩu đạt 1.250 triệu USD, tăng 6%. Cơ cấu hàng xuất khẩu:\n+ Thủy sản 640 triệu USD;\n"
     "+ Gạo 380 triệu USD.", "640", "export-product-value"),
    ("- Cầu vượt sông Hậu: kế hoạch vốn năm 2023 là 350 tỷ đồng, đã giải ngân 120 tỷ đồng.", "350",
     "project-disbursement"),
])
def test_a_generic_or_missing_label_taken_from_the_figure_before_the_sentence(
    body: str, token: str, indicator: str,
) -> None:
    assert figure(body, token).indicator == indicator


@pytest.mark.parametrize(("body", "token", "indicator"), [
    ("Một số sản phẩm chủ yếu quý II: xi măng 640,5 nghìn tấn, tăng 4,2%.", "640,5", "cement-output"),
    ("Các sản phẩm chủ lực trong kỳ: xi măng 1,21 triệu tấn, giảm 3%.", "1,21", "cement-output"),
])
def test_a_list_opened_by_its_totals_words_names_its_parts(body: str, token: str, indicator: str) -> None:
    assert figure(body, token).indicator == indicator


def test_a_multiple_of_an_allowed_unit_fits() -> None:
    from provkg.extract.lexicon import load_lexicon

    lexicon = load_lexicon()
    assert lexicon.unit_fit("cement-output", "nghìn tấn") == 1
    assert lexicon.unit_fit("cement-output", "ha") == -1


@pytest.mark.parametrize(("body", "token", "indicator"), [
    # the season the sentence opens with qualifies the rice area (see the framing tests below)
    ("Vụ Hè Thu đã gieo sạ 61.300 ha, đạt 97% kế hoạch.", "61.300", "summer-autumn-rice-area"),
    ("Vụ Mùa toàn tỉnh gieo cấy 27.800 ha.", "27.800", "main-season-rice-area"),
    # a narrower indicator named near the number beats its broader one
    ("Tính đến ngày 15/3, toàn tỉnh đã gieo cấy 42.600 ha lúa xuân.", "42.600", "winter-spring-rice-area"),
    ("Nông dân đã gieo cấy được 18.900 ha lúa đông xuân.", "18.900", "winter-spring-rice-area"),
])
def test_rice_sowing_words_and_narrower_names(body: str, token: str, indicator: str) -> None:
    assert figure(body, token).indicator == indicator


@pytest.mark.parametrize(("body", "token", "area"), [
    ("Tổng lượt khách ước 2,1 triệu lượt. Thành phố Hội An đón khoảng 610 nghìn lượt khách.", "610",
     "quang-nam/hoi-an"),
    ("Thu nội địa đạt 4.200 tỷ đồng; riêng thị xã Điện Bàn thu 530 tỷ đồng.", "530", "quang-nam/dien-ban"),
    # a sign alone in the bracket leaves the country as the subject
    ("CPI bình quân tăng 3,1%, cao hơn mức tăng chung của cả nước (+2,7%).", "2,7", "vn"),
])
def test_areas_named_as_subjects(body: str, token: str, area: str) -> None:
    assert figure(body, token).area == area


@pytest.mark.parametrize(("body", "token", "area"), [
    # a line labelled by a district or town: every figure of the line is about it, not only the first
    ("Số vụ cháy rừng theo địa bàn:\n- Huyện Mường Nhé: 6 vụ, thiệt hại 12,4 ha (năm trước: 9 vụ);", "12,4",
     "dien-bien/muong-nhe"),
    ("Số vụ cháy rừng theo địa bàn:\n- Huyện Mường Nhé: 6 vụ, thiệt hại 12,4 ha (năm trước: 9 vụ);", "9 vụ",
     "dien-bien/muong-nhe"),
    ("Học sinh bỏ học (số em, tỷ lệ):\nThị xã Điện Bàn: 41 em, 0,35%; năm học trước 57 em, 0,49%", "0,49",
     "quang-nam/dien-ban"),
])
def test_a_line_labelled_by_a_place_is_about_it(body: str, token: str, area: str) -> None:
    assert figure(body, token).area == area


@pytest.mark.parametrize(("body", "token", "area"), [
    # the district or town a clause opens with, as the subject of its first figure, goes on for the figures after
    # it that name no subject of their own
    ("Tổng lượt khách ước 2,1 triệu lượt. Thành phố Hội An đón khoảng 980 nghìn lượt khách, tăng 12,4% so với cùng "
     "kỳ.", "12,4", "quang-nam/hoi-an"),
    ("Thu nội địa đạt 4.200 tỷ đồng; riêng thị xã Điện Bàn thu 530 tỷ đồng, đạt 61,2% dự toán, tăng 8,4%.", "8,4",
     "quang-nam/dien-ban"),
    # ... not past words naming another subject, nor from a place in brackets or a label
    ("Thị xã Điện Bàn thu 530 tỷ đồng, các địa phương còn lại thu 1.240 tỷ đồng.", "1.240", None),
    ("Dự án kè sông (thị xã Điện Bàn) có tổng mức đầu tư 96 tỷ đồng, đã giải ngân 41 tỷ đồng.", "41", None),
    # ... nor to a share of the province's whole, read against that whole (the consistency rules' reading)
    ("Tổng lượt khách ước 2,1 triệu lượt. Thành phố Hội An đón khoảng 980 nghìn lượt khách, chiếm 46,7% tổng lượt "
     "khách toàn tỉnh.", "46,7", None),
])
def test_a_clauses_place_goes_on_for_its_figures(body: str, token: str, area: str | None) -> None:
    assert figure(body, token).area == area


@pytest.mark.parametrize(("body", "token", "area"), [
    # a former province ("(cũ)") or a place after "địa bàn" opening a clause is its figures' area, the first and
    # those after it
    ("Riêng tỉnh Hà Giang (cũ), thu ngân sách đạt 3.100 tỷ đồng, bằng 52,4% dự toán.", "52,4", "ha-giang"),
    ("Trên địa bàn Yên Bái (cũ), 6 tháng đạt 2.450 tỷ đồng, tăng 6,1%.", "2.450", "yen-bai"),
    ("Trên địa bàn Yên Bái (cũ), 6 tháng đạt 2.450 tỷ đồng, tăng 6,1%.", "6,1", "yen-bai"),
])
def test_a_former_province_opening_a_clause_is_its_figures_area(body: str, token: str, area: str) -> None:
    # (the report's own province named first, as its header would)
    assert figure("Kinh tế tỉnh Tuyên Quang tiếp tục phục hồi.\n" + body, token).area == area


@pytest.mark.parametrize(("body", "token"), [
    # a place in brackets after a facility's or a work's name says where that thing is, not what the figure is of
    ("Trường THPT chuyên mới (thị xã Điện Bàn), tổng mức đầu tư 215 tỷ đồng, đã hoàn thành 48% khối lượng.", "215"),
    ("Nhà máy nước sạch (huyện Lâm Bình) có công suất 5.000 m3/ngày đêm.", "5.000"),
    ("Chợ đầu mối nông sản (huyện Mường Nhé) đang xây dựng, đạt 70% khối lượng.", "70%"),
])
def test_a_place_in_brackets_after_a_name_is_where_that_is(body: str, token: str) -> None:
    assert figure("Kinh tế tỉnh Tuyên Quang tiếp tục phục hồi.\n" + body, token).area is None


@pytest.mark.parametrize(("body", "token", "area"), [
    # the owner of a level compared with the province's, named after it: the country, or another place
    ("GRDP 9 tháng ước tăng 6,4%, cao hơn nhiều mức tăng 2,9% của cả nước.", "2,9", "vn"),
    ("Tăng trưởng của tỉnh đạt 6,2%, thấp hơn mức 7,9% của tỉnh Yên Bái (cũ).", "7,9", "yen-bai"),
    ("Tỷ lệ giải ngân đạt 61%, cao hơn hẳn tỷ lệ 44% của huyện Mường Nhé.", "44%", "dien-bien/muong-nhe"),
])
def test_the_owner_of_a_compared_level_named_after_it(body: str, token: str, area: str) -> None:
    assert figure("Kinh tế tỉnh Tuyên Quang tiếp tục phục hồi.\n" + body, token).area == area


@pytest.mark.parametrize(("body", "token", "area"), [
    # the country opening a sentence is the subject of its figures after the first too ...
    ("Cả nước, kim ngạch xuất khẩu năm 2023 đạt 355 tỷ USD, giảm 4,4%.", "4,4", "vn"),
    ("Toàn quốc có 3.120 thí sinh đạt giải trên tổng số 5.480 thí sinh dự thi.", "5.480", "vn"),
    # ... not when it is an aside in brackets
    ("GRDP tăng 7,4% (cả nước tăng 5,1%), quy mô đạt 61.200 tỷ đồng.", "61.200", None),
])
def test_the_country_opening_a_sentence_goes_on(body: str, token: str, area: str | None) -> None:
    assert figure("Kinh tế tỉnh Tuyên Quang tiếp tục phục hồi.\n" + body, token).area == area


def test_a_line_label_naming_more_than_a_place_is_no_area() -> None:
    body = "Các công trình:\n- Dự án kè Thị xã Điện Bàn: dài 3,2 km, vốn 96 tỷ đồng;"
    assert figure(body, "96").area is None


@pytest.mark.parametrize(("body", "token"), [
    ("Dự án cầu Cửa Đại (thành phố Hội An) có kế hoạch vốn 180 tỷ đồng.", "180"),
    ("Thành lập thị xã Điện Bàn; tỷ lệ đô thị hóa đạt 31,5%.", "31,5"),
])
def test_a_place_in_a_works_name_or_an_earlier_clause_is_not_the_subject(body: str, token: str) -> None:
    assert figure(body, token).area is None


@pytest.mark.parametrize(("body", "token", "measure"), [
    ("Ước cả năm, có 8/16 chỉ tiêu chủ yếu vượt kế hoạch.", "16", "value"),
    ("Đến nay 36/40 xã đạt chuẩn nông thôn mới theo kế hoạch.", "40", "value"),
    # an amount after the slash is the plan, and so is a count whose achievement follows
    ("Dự án giải ngân 120/300 tỷ đồng kế hoạch vốn năm.", "300", "plan_value"),
    ("Đã nghiệm thu 9/12 đề tài, đạt 75% kế hoạch.", "12", "plan_value"),
])
def test_the_whole_of_a_count_pair_is_a_count(body: str, token: str, measure: str) -> None:
    found = figure(body, token)
    assert found.measure == measure


@pytest.mark.parametrize(("body", "token", "value"), [
    ("Tỷ lệ trường đạt chuẩn quốc gia 82,4%, vượt kế hoạch 1,4 điểm phần trăm.", "1,4", "1.4"),
    ("Tỷ lệ lao động qua đào tạo 69%, thấp hơn kế hoạch 2 điểm phần trăm.", "2 điểm", "-2"),
])
def test_a_difference_from_the_plan_in_points(body: str, token: str, value: str) -> None:
    from decimal import Decimal

    found = figure(body, token)
    assert (found.measure, found.value) == ("change_pp", Decimal(value))


@pytest.mark.parametrize(("body", "token"), [
    ("Tổng sản phẩm trên địa bàn quý I ước âm 1,8% so với cùng kỳ.", "1,8%"),
    ("Chỉ số sản xuất công nghiệp 6 tháng âm khoảng 4,2%.", "4,2%"),
])
def test_a_growth_written_as_negative(body: str, token: str) -> None:
    from decimal import Decimal

    found = figure(body, token)
    assert found.measure == "change_pct" and found.value < Decimal(0)


@pytest.mark.parametrize(("body", "token"), [
    ("Giải ngân vốn đầu tư công đạt 21,4% kế hoạch. Một số địa phương giải ngân khá là thị xã Điện Bàn (28,5%); "
     "thấp nhất là huyện Tây Giang (4,1%).", "4,1%"),
    ("Giải ngân vốn đầu tư công đạt 21,4% kế hoạch. Theo địa bàn, thị xã Điện Bàn đạt 28,5%; huyện Núi Thành đạt "
     "26,0%.", "26,0%"),
])
def test_a_list_of_plan_achievements_by_place_keeps_its_indicator(body: str, token: str) -> None:
    found = figure(body, token)
    assert (found.measure, found.indicator) == ("plan_pct", "public-investment-disbursement")


@pytest.mark.parametrize(("body", "token"), [
    # a holiday named by its day and month
    ("Lượng khách tăng mạnh vào dịp lễ 30/4 - 1/5 và kỳ nghỉ hè.", "30"),
    ("Các điểm du lịch đông khách dịp lễ 2/9.", "2/9"),
    # ... after its name
    ("Riêng dịp nghỉ lễ Quốc khánh 2/9, các khu du lịch đón khoảng 95.000 lượt khách.", "2/9"),
    ("Trong dịp lễ Giỗ Tổ Hùng Vương 10/3 âm lịch, khu di tích đón 48.000 lượt khách.", "10/3"),
    # a road named by its number
    ("Dự án đường ven biển 129 đoạn qua huyện Núi Thành đang thi công.", "129"),
    ("Nâng cấp đường tỉnh 603 nối quốc lộ với khu du lịch.", "603"),
    # a threshold that defines a class, not a figure
    ("Có 3/11 địa phương có tỷ lệ giải ngân dưới 50% kế hoạch vốn.", "50%"),
    ("Toàn tỉnh không còn xã dưới 10 tiêu chí.", "10"),
])
def test_numbers_that_name_or_delimit_are_not_figures(body: str, token: str) -> None:
    text = HEADER + body + "\n"
    figures = extract(text, report_period="2023-H1").figures
    assert not any(text[f.start:].startswith(token) for f in figures)


def test_a_sentence_about_a_work_keeps_the_works_disbursement() -> None:
    body = ("Giải ngân vốn đầu tư công đạt 30% kế hoạch.\n- Dự án đường ven biển đoạn qua huyện A giải ngân 42/160 "
            "tỷ đồng.")
    assert figure(body, "42").indicator == "project-disbursement"


@pytest.mark.parametrize(("body", "token"), [
    ("Lũy kế 6 tháng ước đạt 2.900 tỷ đồng, bằng 51% kế hoạch năm (kế hoạch 5.700 tỷ đồng) và tăng 8,4% so với "
     "cùng kỳ.", "8,4%"),
    ("Thu ngân sách đạt 3.100 tỷ đồng (dự toán 6.000 tỷ đồng), tăng 12% so với cùng kỳ.", "12%"),
])
def test_a_plan_in_brackets_does_not_make_the_next_figure_a_target(body: str, token: str) -> None:
    assert figure(body, token).status != "target"


# -- a part of a breakdown that no concept names: the indicator standing for any named part (pk:namedPartOf) ---

@pytest.mark.parametrize(("body", "token", "expected"), [
    ("Kim ngạch xuất khẩu ước đạt 860 triệu USD, tăng 6,4%. Các mặt hàng chính:\n+ Giày dép 214 triệu USD, tăng "
     "3,9%;\n+ Hạt điều 97 triệu USD, tăng 12,5%.", "97 triệu", "export-product-value"),
    ("Xuất khẩu hàng hóa đạt 1.120 triệu USD; trong đó đồ gỗ 305 triệu USD, linh kiện điện tử 410 triệu USD.",
     "410 triệu", "export-product-value"),
    ("Chỉ số giá tiêu dùng tăng 0,6% so với tháng trước, trong đó nhóm may mặc, mũ nón tăng 1,3%, nhóm văn hóa, "
     "giải trí và du lịch giảm 0,4%.", "0,4%", "cpi-group"),
    ("CPI tháng này tăng 0,2%. Có 6 nhóm hàng tăng giá: nhóm đồ uống và thuốc lá tăng 0,9%; nhóm bưu chính viễn "
     "thông giảm 0,3%.", "0,3%", "cpi-group"),
    ("Ngành chế biến, chế tạo tăng 11,2%, trong đó sản xuất giấy tăng 17,5%, in ấn tăng 6,1%.", "6,1%",
     "iip-manufacturing-branch"),
    ("Chỉ số sản xuất ngành chế biến, chế tạo tăng 8,7%; trong đó chế biến gỗ tăng 14,2%; sản xuất kim loại "
     "giảm 2,3%.", "2,3%", "iip-manufacturing-branch"),
])
def test_a_part_no_concept_names_is_a_named_part_of_the_whole(body: str, token: str, expected: str) -> None:
    assert figure(body, token).indicator == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a change against the plan, a time and a sibling indicator are no named parts
    ("Kim ngạch xuất khẩu ước đạt 860 triệu USD, tăng 6,4%, vượt 2,1% kế hoạch năm.", "2,1%", "export-value"),
    ("Chỉ số giá tiêu dùng bình quân 9 tháng tăng 2,8%, bình quân quý III tăng 3,0%.", "3,0%", "cpi"),
    ("Kim ngạch xuất khẩu đạt 520 triệu USD, tăng 9%; kim ngạch nhập khẩu 430 triệu USD, tăng 4%.", "430 triệu",
     "import-value"),
])
def test_what_is_not_a_named_part_keeps_its_own_indicator(body: str, token: str, expected: str) -> None:
    assert figure(body, token).indicator == expected


@pytest.mark.parametrize(("body", "token"), [
    ("Dịch sốt xuất huyết có chiều hướng tăng, 6 tháng toàn tỉnh ghi nhận 734 ca mắc.", "734"),
    ("Bệnh sốt xuất huyết xuất hiện rải rác, từ đầu năm đến nay phát hiện 215 ca.", "215"),
])
def test_disease_cases_are_counted_in_cases_of_infection(body: str, token: str) -> None:
    assert figure(body, token).indicator == "dengue-cases"


# -- a word of what a figure measures, the rest said earlier in the paragraph --------------------------------

@pytest.mark.parametrize(("body", "token", "expected"), [
    ("Vụ lúa xuân gieo cấy 9.200 ha, giảm 150 ha so với năm trước; năng suất bình quân đạt 66,4 tạ/ha.", "66,4",
     "winter-spring-rice-yield"),
    ("Lúa đông xuân toàn tỉnh đạt 31.000 ha, bằng 99% cùng kỳ, năng suất ước 61,2 tạ/ha.", "61,2",
     "winter-spring-rice-yield"),
    ("Vụ Đông Xuân gieo trồng 20.100 ha. Vụ Hè Thu đến nay đã xuống giống 11.450 ha, đạt 61% kế hoạch.", "11.450",
     "summer-autumn-sown-area"),
    ("Doanh thu bán lẻ hàng hóa đạt 8.200 tỷ đồng, chiếm 76%; dịch vụ lưu trú, ăn uống 1.400 tỷ đồng, chiếm 13%; "
     "dịch vụ khác 1.180 tỷ đồng, chiếm 11%.", "1.180", "other-services-revenue"),
])
def test_a_word_of_the_figure_completed_by_the_paragraph(body: str, token: str, expected: str) -> None:
    assert figure(body, token).indicator == expected


def test_a_paragraph_label_needs_a_word_of_the_figure_itself() -> None:
    # nothing of the figure's own clause names rice: the paragraph's rice is not its subject
    body = "Vụ lúa xuân gieo cấy 9.200 ha; các địa phương đã cấp 1.200 tấn giống hỗ trợ."
    assert figure(body, "1.200").indicator not in {"rice-output", "winter-spring-rice-output"}


# -- a sentence repeating the one before for another time measures the same things --------------------------

@pytest.mark.parametrize(("body", "token", "expected"), [
    ("Trong tháng xảy ra 9 vụ tai nạn giao thông, làm chết 6 người, bị thương 4 người. Cộng dồn 6 tháng xảy ra 61 "
     "vụ, làm chết 40 người, bị thương 27 người.", "40 người", "traffic-accident-deaths"),
    ("Tháng 6 toàn tỉnh xảy ra 12 vụ tai nạn giao thông, làm chết 8 người, bị thương 9 người. Lũy kế 6 tháng xảy "
     "ra 70 vụ, làm chết 45 người, bị thương 52 người.", "70 vụ", "traffic-accidents"),
    ("Tháng 6 toàn tỉnh xảy ra 12 vụ tai nạn giao thông, làm chết 8 người, bị thương 9 người. Lũy kế 6 tháng xảy "
     "ra 70 vụ, làm chết 45 người, bị thương 52 người.", "52 người", "traffic-accident-injured"),
])
def test_a_sentence_repeating_the_one_before_measures_the_same_things(body: str, token: str, expected: str) -> None:
    assert figure(body, token).indicator == expected


def test_a_repeated_word_does_not_override_what_the_sentence_names() -> None:
    body = ("Lúa đông xuân đạt năng suất 64,0 tạ/ha. Lúa hè thu gieo cấy 22.000 ha, năng suất ước 55,2 tạ/ha.")
    assert figure(body, "55,2").indicator == "summer-autumn-rice-yield"


# -- a bare percentage in brackets after a part of a breakdown is the part's share ---------------------------

@pytest.mark.parametrize(("body", "token"), [
    ("Kim ngạch xuất khẩu ước 640 triệu USD, trong đó: hàng dệt may 310 triệu USD (48,4%); thủy sản 120 triệu USD "
     "(18,8%).", "18,8%"),
    ("Tổng vốn đầu tư 5.000 tỷ đồng, gồm vốn nhà nước 1.500 tỷ đồng (30%), vốn ngoài nhà nước 3.500 tỷ đồng (70%).",
     "30%"),
])
def test_a_bracketed_percentage_after_a_part_is_its_share(body: str, token: str) -> None:
    share = figure(body, token)
    assert share.measure == "share_pct" and share.indicator is not None


@pytest.mark.parametrize(("body", "token", "sign"), [
    ("Chỉ số giá tiêu dùng tăng 0,8% so với tháng trước; nhóm giao thông tăng mạnh nhất với 2,6%.", "2,6%", 1),
    ("Chỉ số giá tiêu dùng giảm 0,3% so với tháng trước; nhóm bưu chính viễn thông giảm nhiều nhất với 1,1%.",
     "1,1%", -1),
])
def test_a_change_stated_with_the_most_and_with(body: str, token: str, sign: int) -> None:
    change = figure(body, token)
    assert change.measure == "change_pct" and (change.value > 0) == (sign > 0)


@pytest.mark.parametrize("body", [
    "Cơ cấu kinh tế: nông, lâm nghiệp và thủy sản chiếm 18,2%; công nghiệp - xây dựng 37,5%; dịch vụ 38,9%; thuế "
    "sản phẩm trừ trợ cấp sản phẩm 5,4%.",
    "Về cơ cấu, khu vực dịch vụ chiếm 40,1%, công nghiệp và xây dựng 36,2%, nông nghiệp 18,3%, thuế sản phẩm trừ "
    "trợ cấp sản phẩm 5,4%.",
])
def test_a_list_of_shares_goes_on_through_a_long_name(body: str) -> None:
    assert figure(body, "5,4%").measure == "share_pct"


@pytest.mark.parametrize("body", [
    "4. Đầu tư\n- Kế hoạch vốn đầu tư công năm 2023 là 5.480 tỷ đồng; đến ngày 30/6 đã giải ngân 2.110 tỷ đồng.",
    "b) Kế hoạch vốn đầu tư công năm 2023 Thủ tướng Chính phủ giao là 5.480 tỷ đồng.",
])
def test_a_plan_opened_by_a_bullet_is_a_plan_of_its_named_year(body: str) -> None:
    plan = figure(body, "5.480")
    assert plan.measure == "plan_value" and plan.period == "2023"


def test_a_year_naming_what_the_money_repairs_is_not_the_plans() -> None:
    body = "- Vốn khắc phục hậu quả thiên tai năm 2022 (1.035 tỷ đồng) đã giải ngân 287 tỷ đồng."
    assert figure(body, "1.035").period == "2023"


@pytest.mark.parametrize(("body", "token", "expected"), [
    ("Xuất khẩu tháng 6 ước đạt 1,24 tỷ USD, nhập khẩu khoảng 0,98 tỷ USD.", "0,98", "import-value"),
    ("Tính chung 6 tháng, xuất khẩu đạt 7,1 tỷ USD, tăng 9,2%; nhập khẩu đạt 5,6 tỷ USD, giảm 2,4%.", "5,6",
     "import-value"),
    ("Kim ngạch xuất khẩu tháng 6 ước đạt 1,24 tỷ USD. Lũy kế 6 tháng, xuất khẩu đạt 7,1 tỷ USD.", "7,1",
     "export-value"),
])
def test_exports_and_imports_side_by_side_are_not_their_sum(body: str, token: str, expected: str) -> None:
    assert figure(body, token).indicator == expected


@pytest.mark.parametrize("body", [
    "Có 48 dự án cấp mới với 1,41 tỷ USD và 41 lượt dự án điều chỉnh tăng vốn với 0,83 tỷ USD.",
    "Trong kỳ có 25 doanh nghiệp giảm vốn với 120 tỷ đồng.",
])
def test_a_count_that_grew_its_capital_with_an_amount_is_no_change(body: str) -> None:
    token = "0,83" if "0,83" in body else "120"
    assert figure(body, token).measure == "value"


@pytest.mark.parametrize(("body", "token", "expected"), [
    ("Cơ cấu kinh tế (giá hiện hành): nông, lâm nghiệp và thủy sản 21,4% - công nghiệp và xây dựng 41,2% - dịch vụ "
     "31,8% - thuế sản phẩm trừ trợ cấp sản phẩm 5,6%.", "31,8%", "grdp-services"),
    ("Cơ cấu kinh tế năm nay là: nông, lâm nghiệp và thủy sản 21,4% – công nghiệp và xây dựng 41,2% – dịch vụ "
     "31,8% – thuế sản phẩm trừ trợ cấp sản phẩm 5,6%.", "41,2%", "grdp-industry-construction"),
])
def test_shares_of_a_structure_joined_by_dashes(body: str, token: str, expected: str) -> None:
    share = figure(body, token)
    assert (share.measure, share.indicator) == ("share_pct", expected) and share.value > 0


@pytest.mark.parametrize("body", [
    "Trong đó: doanh thu bán lẻ hàng hóa 9.840 tỷ đồng, chiếm 72,1%, tăng 8,7%.",
    "Doanh thu dịch vụ lưu trú, ăn uống đạt 2.110 tỷ đồng, chiếm 15,5%, giảm 3,4% so với cùng kỳ.",
])
def test_a_change_after_an_amount_and_its_share_is_the_amounts(body: str) -> None:
    token = "8,7%" if "8,7%" in body else "3,4%"
    assert figure(body, token).measure == "change_pct"


# -- in a sentence of contributions to growth, sector names are GRDP's sectors --------------------------------

@pytest.mark.parametrize(("body", "token", "expected"), [
    ("Khu vực công nghiệp và xây dựng tăng 9,8%, đóng góp 3,9 điểm phần trăm; trong đó công nghiệp chế biến, chế "
     "tạo tăng 11,2%, đóng góp 2,7 điểm phần trăm.", "11,2%", "grdp-manufacturing"),
    ("Khu vực công nghiệp và xây dựng tăng 9,8% (đóng góp 3,9 điểm phần trăm); riêng công nghiệp tăng 10,1% (đóng "
     "góp 3,2 điểm phần trăm), xây dựng tăng 8,4% (đóng góp 0,7 điểm phần trăm).", "8,4%", "grdp-construction"),
    ("Ngành xây dựng tăng 6,2%, đóng góp 0,45 điểm phần trăm vào mức tăng chung.", "0,45", "grdp-construction"),
])
def test_sector_names_among_contributions_are_grdps_sectors(body: str, token: str, expected: str) -> None:
    assert figure(body, token).indicator == expected


def test_a_branch_named_like_its_sector_after_trong_do_is_not_the_sector() -> None:
    body = ("Khu vực nông, lâm nghiệp và thủy sản tăng 3,1%, đóng góp 0,8 điểm phần trăm; trong đó nông nghiệp tăng "
            "1,2%, thủy sản tăng 6,4%.")
    assert figure(body, "1,2%").indicator != "grdp-agriculture"


@pytest.mark.parametrize(("body", "token", "expected"), [
    ("Trong năm có thêm 9 xã đạt chuẩn nông thôn mới nâng cao và 3 xã đạt chuẩn nông thôn mới kiểu mẫu.", "9 xã",
     "new-rural-advanced-communes"),
    ("Toàn tỉnh hiện có 41 xã đạt chuẩn nông thôn mới nâng cao, 12 xã đạt chuẩn nông thôn mới kiểu mẫu.", "12 xã",
     "new-rural-model-communes"),
])
def test_a_long_counted_noun_is_read_to_its_end(body: str, token: str, expected: str) -> None:
    assert figure(body, token).indicator == expected


@pytest.mark.parametrize("body", [
    "Vốn đầu tư thực hiện ước 812 tỷ đồng, bằng 17,4% kế hoạch năm (kế hoạch 4.677 tỷ đồng), tăng 9,8%, gồm: vốn "
    "cấp tỉnh 596 tỷ đồng; cấp huyện 198 tỷ đồng; cấp xã 18 tỷ đồng.",
    "Thu ngân sách ước đạt 16.236 tỷ đồng, bằng 81,1% dự toán năm (20.020 tỷ đồng). Trong đó: thu nội địa 12.480 tỷ "
    "đồng, thu từ hoạt động xuất nhập khẩu 3.756 tỷ đồng.",
])
def test_the_parts_after_a_bracketed_plan_are_parts_of_the_result(body: str) -> None:
    token = "596" if "596" in body else "12.480"
    part = figure(body, token)
    assert (part.measure, part.status) == ("value", "estimate")


@pytest.mark.parametrize(("body", "token", "sign"), [
    ("Giá cá tra nguyên liệu cuối tháng chỉ còn 21.000 đồng/kg, thấp hơn đầu năm 6.000 đồng/kg.", "6.000", -1),
    ("Giá lúa tươi tại ruộng cao hơn cùng thời điểm năm trước 1.200 đồng/kg.", "1.200", 1),
])
def test_a_difference_from_a_named_time_without_so_voi(body: str, token: str, sign: int) -> None:
    change = figure(body, token)
    assert change.measure == "change_abs" and (change.value > 0) == (sign > 0)


@pytest.mark.parametrize(("body", "token"), [
    ("GRDP ước tăng 6,4% so với cùng kỳ. Tốc độ tăng cải thiện qua từng quý: quý I tăng 5,1%, quý II tăng 7,6%.",
     "7,6%"),
    ("Tổng sản phẩm trên địa bàn ước tăng 6,4%. Theo quý, quý I tăng 5,1%; quý II tăng 7,6%.", "5,1%"),
])
def test_a_change_naming_only_a_time_goes_on_with_the_sentence_before(body: str, token: str) -> None:
    assert figure(body, token).indicator == "grdp"


@pytest.mark.parametrize(("body", "token"), [
    ("Tổng sản phẩm trên địa bàn tăng 7,1%, cao hơn mức tăng dự kiến của cả nước (khoảng 5%).", "5%"),
    ("Tổng sản phẩm trên địa bàn tăng 7,1%, cao hơn bình quân cả nước (trên 6%).", "6%"),
])
def test_the_country_named_before_a_qualified_bracket(body: str, token: str) -> None:
    assert figure(body, token).area == "vn"


@pytest.mark.parametrize("body", [
    "Dự án cầu Cửa Hội đã thi công đạt khoảng 46% khối lượng.",
    "Tuyến đường ven biển đoạn qua huyện Nghi Lộc: sản lượng thi công đạt 61% giá trị hợp đồng.",
])
def test_the_share_of_a_works_volume_done_is_its_progress(body: str) -> None:
    token = "46%" if "46%" in body else "61%"
    assert figure(body, token).indicator == "project-progress"


@pytest.mark.parametrize(("body", "token", "expected"), [
    ("Thu hút vốn đầu tư nước ngoài đã vượt 45% kế hoạch năm, thu ngân sách đạt 81% dự toán.", "81%",
     "state-budget-revenue"),
    ("Kim ngạch xuất khẩu đạt 92% kế hoạch năm, tổng mức bán lẻ hàng hóa đạt 76% kế hoạch.", "76%", "retail-sales"),
])
def test_a_label_after_the_last_comma_is_the_figures_own(body: str, token: str, expected: str) -> None:
    assert figure(body, token).indicator == expected


@pytest.mark.parametrize(("body", "token"), [
    ("Thu hút đầu tư trực tiếp nước ngoài quý I đạt 176,5 triệu USD.", "176,5"),
    ("Tính đến ngày 15/9, tỉnh thu hút hơn 2,6 tỷ USD vốn đầu tư nước ngoài.", "2,6"),
])
def test_foreign_direct_investment_in_its_common_words(body: str, token: str) -> None:
    assert figure(body, token).indicator == "fdi"


@pytest.mark.parametrize("body", [
    "Tính đến ngày 25/3, toàn tỉnh giải ngân được 735,9 tỷ đồng, đạt 15,7% kế hoạch vốn giao.",
    "Đến hết tháng 6, giá trị giải ngân đạt 2.824 tỷ đồng, bằng 41,5% kế hoạch.",
])
def test_a_disbursement_naming_no_work_is_the_public_investment_disbursed(body: str) -> None:
    token = "735,9" if "735,9" in body else "2.824"
    assert figure(body, token).indicator == "public-investment-disbursement"


@pytest.mark.parametrize(("body", "token", "expected"), [
    ("Kinh tế Phú Thọ 9 tháng năm 2024 tăng 8,65%, vượt qua ảnh hưởng của bão.", "8,65%", "grdp"),
    ("Kinh tế của tỉnh năm 2024 tăng trưởng 8,51%, cao nhất vùng.", "8,51%", "grdp"),
    ("Cung cấp nước, xử lý rác thải tăng 6,1%.", "6,1%", "iip-water-waste"),
])
def test_a_change_whose_own_words_hold_a_labels_words(body: str, token: str, expected: str) -> None:
    assert figure(body, token).indicator == expected


# -- a framing phrase opening the sentence, or a bullet's label, qualifies the figures after it ----------------

@pytest.mark.parametrize(("body", "token", "expected"), [
    ("Vụ Đông Xuân năm nay, nông dân gieo cấy 36.800 ha lúa, năng suất bình quân 63,5 tạ/ha.", "63,5",
     "winter-spring-rice-yield"),
    ("Trong vụ Đông Xuân, bà con xuống giống 48.900 ha lúa, thu hoạch đến nay được 12.000 ha.", "48.900",
     "winter-spring-rice-area"),
    ("- Vụ Mùa: diện tích gieo cấy 27.300 ha, năng suất dự kiến 51 tạ/ha.", "27.300", "main-season-rice-area"),
    ("Đối với lúa Hè Thu, diện tích gieo sạ đạt 19.700 ha, năng suất ước 55,2 tạ/ha.", "19.700",
     "summer-autumn-rice-area"),
])
def test_a_season_framing_the_sentence_qualifies_its_crop_figures(body: str, token: str, expected: str) -> None:
    assert figure(body, token).indicator == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # the season is a figure's own words, not a framing phrase: the next figure of the whole year stays generic
    ("Diện tích lúa Đông Xuân 36.800 ha, sản lượng lúa cả năm ước 412.000 tấn.", "412.000", "rice-output"),
    # a place framing the sentence qualifies no concept
    ("Tại huyện Tuần Giáo, diện tích gieo cấy lúa đạt 3.900 ha.", "3.900", "rice-area"),
])
def test_what_is_no_framing_phrase_leaves_the_concept_alone(body: str, token: str, expected: str) -> None:
    assert figure(body, token).indicator == expected


# -- "X/Y <noun> <qualifier>": X counts what the qualifier picks, Y all things of the noun ------------------------

@pytest.mark.parametrize(("body", "x", "y", "expected_x", "expected_y"), [
    ("Ước cả năm có 18/21 chỉ tiêu chủ yếu đạt và vượt kế hoạch.", "18", "21", "main-targets-met", "main-targets"),
    ("Trong số đó, 5/21 chỉ tiêu vượt kế hoạch.", "5", "21", "main-targets-exceeded", "main-targets"),
    ("Lũy kế đến nay có 101/128 xã đạt chuẩn nông thôn mới.", "101", "128", "new-rural-communes", "rural-communes"),
    ("Hiện có 388/501 trường đạt chuẩn quốc gia.", "388", "501", "national-standard-schools", "operating-schools"),
    ("Bệnh dịch tả lợn châu Phi đã lan ra 12/15 huyện, thành phố.", "12", "15", "asf-districts", "districts"),
])
def test_a_ratio_of_counts_splits_the_qualified_part_from_its_whole(
    body: str, x: str, y: str, expected_x: str, expected_y: str,
) -> None:
    assert figure(body, x).indicator == expected_x
    assert figure(body, y).indicator == expected_y


@pytest.mark.parametrize(("body", "token", "expected"), [
    ("Kim ngạch xuất khẩu tháng 6 ước 81,2 triệu USD, giảm 10,5% so với tháng trước; 6 tháng ước 512,4 triệu USD.",
     "512,4", "export-value"),
    ("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 6 ước 3.520 tỷ đồng, tăng 0,3% so với tháng "
     "trước; lũy kế 6 tháng đầu năm ước 21.900 tỷ đồng, tăng 9,1%.", "21.900", "retail-sales"),
])
def test_a_clause_after_a_semicolon_naming_only_a_time_goes_on_with_the_figure_before(
    body: str, token: str, expected: str,
) -> None:
    assert figure(body, token).indicator == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    ("Sản lượng thủy sản 6 tháng ước 8.120 tấn, tăng 4,2% so với cùng kỳ, gồm nuôi trồng 5.900 tấn và khai thác "
     "2.220 tấn.", "5.900", "aquaculture-output"),
    ("Sản lượng thủy sản 6 tháng ước 8.120 tấn, tăng 4,2% so với cùng kỳ, gồm nuôi trồng 5.900 tấn và khai thác "
     "2.220 tấn.", "2.220", "capture-fishery-output"),
    ("Tổng đàn gia súc ước 215.000 con, tăng 1,1%, bao gồm đàn trâu 61.000 con và đàn bò 54.000 con.", "54.000",
     "cattle"),
])
def test_parts_after_a_comparison_or_joined_by_and_are_their_own(body: str, token: str, expected: str) -> None:
    assert figure(body, token).indicator == expected


# -- a breakdown by place: a part whose own words are a place (and what was said of the total) measures the total's
# quantity there ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "token", "expected", "area"), [
    ("Diện tích nuôi tôm toàn tỉnh đạt 45.100 ha, trong đó huyện Tuần Giáo 14.860 ha, Mường Ảng 11.240 ha.", "11.240",
     "shrimp-farming-area", "dien-bien/muong-ang"),
    ("Tổng thu ngân sách ước 3.352 tỷ đồng. Thành phố Điện Biên Phủ thu 905 tỷ đồng, huyện Mường Ảng thu 587 tỷ đồng.",
     "905", "state-budget-revenue", "dien-bien/dien-bien-phu"),
    ("Diện tích nuôi tôm đạt 45.100 ha. Hai địa phương dẫn đầu là huyện Tuần Giáo (14.860 ha) và huyện Mường Nhé "
     "(11.240 ha).", "14.860", "shrimp-farming-area", "dien-bien/tuan-giao"),
    ("Tổng lượt khách du lịch ước đạt 5,5 triệu lượt. Thành phố Điện Biên Phủ đón 3,56 triệu lượt, chiếm 65%.",
     "3,56", "tourist-arrivals", "dien-bien/dien-bien-phu"),
    # the whole is the paragraph's level that can hold the part, not the month's figure before it
    ("Tổng mức bán lẻ hàng hóa 9 tháng ước 20.900 tỷ đồng; trong đó tháng 9 đạt 2.400 tỷ đồng. Địa phương lớn nhất "
     "là thành phố Điện Biên Phủ (8.350 tỷ đồng).", "8.350", "retail-sales", "dien-bien/dien-bien-phu"),
])
def test_a_part_of_a_breakdown_by_place(body: str, token: str, expected: str, area: str) -> None:
    f = figure(body, token)
    assert (f.indicator, f.area) == (expected, area)


def test_a_place_with_words_of_its_own_names_its_own_quantity() -> None:
    f = figure("Diện tích nuôi tôm đạt 45.100 ha; huyện Tuần Giáo trồng mới 120 ha cà phê.", "120")
    assert f.indicator != "shrimp-farming-area"


@pytest.mark.parametrize(("body", "token", "expected"), [
    ("Vụ Xuân cấy 76.000 ha lúa, năng suất 71 tạ/ha; vụ Mùa cấy 74.200 ha, giảm 1.006 ha.", "74.200",
     "main-season-rice-area"),
    ("Lúa đông xuân gieo sạ 38.100 ha; lúa hè thu gieo sạ 35.600 ha, bằng 98% cùng kỳ.", "35.600",
     "summer-autumn-rice-area"),
])
def test_a_sibling_its_own_words_name_after_another_one(body: str, token: str, expected: str) -> None:
    assert figure(body, token).indicator == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    ("Sản lượng thủy sản ước 44.860 tấn, gồm nuôi trồng 39.210 tấn (tăng 4,9%) và khai thác 5.650 tấn.", "5.650",
     "capture-fishery-output"),
    ("Tỷ lệ học sinh tốt nghiệp THPT năm nay đạt 99,1%.", "99,1", "graduation-rate"),
])
def test_a_part_after_a_bracket_and_a_common_phrasing(body: str, token: str, expected: str) -> None:
    assert figure(body, token).indicator == expected


@pytest.mark.parametrize(("body", "token"), [
    ("Tỷ lệ học sinh tốt nghiệp THPT đạt 98,7%; toàn tỉnh có 86,5% trường công lập đạt chuẩn quốc gia.", "86,5"),
    ("Tỷ lệ huy động trẻ đến lớp đạt 99%, có 71,2% trường đạt chuẩn quốc gia, tăng 3 điểm phần trăm.", "71,2"),
])
def test_a_share_of_things_named_after_it(body: str, token: str) -> None:
    assert figure(body, token).indicator == "national-standard-schools"


@pytest.mark.parametrize(("body", "token", "expected"), [
    ("Sản lượng lúa cả năm đạt 3.278 nghìn tấn, chia theo vụ:\n- Vụ đông xuân: diện tích 200.420 ha, sản lượng 1.433 "
     "nghìn tấn;\n- Vụ hè thu: diện tích 195.300 ha, sản lượng 1.095,6 nghìn tấn.", "195.300",
     "summer-autumn-rice-area"),
    ("Kết quả sản xuất lúa từng vụ như sau:\n+ Vụ Mùa: diện tích 41.000 ha, năng suất 52,3 tạ/ha;\n+ Vụ Xuân: "
     "diện tích 43.500 ha, năng suất 63,8 tạ/ha.", "63,8", "winter-spring-rice-yield"),
])
def test_a_list_item_is_read_with_its_lead_in(body: str, token: str, expected: str) -> None:
    assert figure(body, token).indicator == expected


@pytest.mark.parametrize("body", [
    "Tăng trưởng của tỉnh giữ nhịp đều qua các quý: quý I tăng 6,9%, quý II tăng 7,3%.",
    "Theo Cục Thống kê, đà tăng trưởng chậm lại đôi chút (quý I tăng 8,1%, quý II tăng 7,3%).",
])
def test_the_provinces_growth_in_a_news_items_words_is_grdp(body: str) -> None:
    assert figure(body, "7,3%").indicator == "grdp"


@pytest.mark.parametrize(("body", "token", "expected"), [
    ("Đường tỉnh 130 hoàn thành 82% khối lượng; đường ĐT.145 đạt 70%; cầu Bản Phủ đạt 65% khối lượng.", "70%",
     "project-progress"),
    ("Dự án kè sông Nậm Rốm đạt khoảng 55%, dự kiến hoàn thành trong quý IV.", "55%", "project-progress"),
    ("Dự án đường nối sân bay đã bàn giao 92,6% mặt bằng.", "92,6%", "site-clearance-progress"),
    ("Tuyến tránh thành phố đã giải phóng mặt bằng 97% diện tích.", "97%", "site-clearance-progress"),
])
def test_a_works_percentage_is_its_progress_unless_it_names_the_site(body: str, token: str, expected: str) -> None:
    assert figure(body, token).indicator == expected


def test_a_percentage_naming_nothing_is_no_works_progress() -> None:
    assert figure("Tỷ lệ giải ngân chung đạt 70%, cao hơn cùng kỳ.", "70%").indicator != "project-progress"


@pytest.mark.parametrize(("body", "token", "expected"), [
    ("Tỉnh có 98 đơn vị hành chính cấp xã (gồm 81 xã, 15 phường và 02 đặc khu).", "81", "rural-communes"),
    ("Tỉnh có 98 đơn vị hành chính cấp xã (gồm 81 xã, 15 phường và 02 đặc khu).", "15", "wards"),
    ("Sau sắp xếp, toàn tỉnh còn 110 đơn vị hành chính cấp xã, gồm 97 xã và 13 phường.", "13", "wards"),
])
def test_parts_named_by_their_own_unit(body: str, token: str, expected: str) -> None:
    assert figure(body, token).indicator == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    ("Tổng sản phẩm trên địa bàn giảm 3,2%. Khu vực công nghiệp - xây dựng giảm 8,9%, làm giảm 6,72 điểm phần trăm; "
     "riêng công nghiệp chế biến, chế tạo giảm 9,6%.", "9,6%", "grdp-manufacturing"),
    ("GRDP quý I tăng 9,1%; khu vực công nghiệp - xây dựng tăng 14,2%, đóng góp 5,4 điểm phần trăm, trong đó ngành "
     "sản xuất và phân phối điện tăng 31,4%, đóng góp tới 3,03 điểm phần trăm.", "3,03", "grdp-electricity"),
])
def test_branches_among_contributions_to_growth_are_grdps(body: str, token: str, expected: str) -> None:
    assert figure(body, token).indicator == expected


@pytest.mark.parametrize(("body", "token"), [
    ("Trong năm, tỉnh cấp mới 38 dự án với tổng vốn đăng ký 12.400 tỷ đồng, trong đó có 11 dự án đầu tư trực tiếp "
     "nước ngoài.", "11 dự án"),
    ("Toàn tỉnh cấp mới 14 dự án đầu tư với tổng vốn 3.100 tỷ đồng, trong đó 5 dự án FDI.", "5 dự án"),
])
def test_a_part_beyond_its_totals_concept_takes_the_one_under_it(body: str, token: str) -> None:
    assert figure(body, token).indicator == "new-fdi-projects"


@pytest.mark.parametrize("body", [
    "Chỉ số sản xuất công nghiệp tháng 6 tăng 4,2%; trong đó khai khoáng tăng 11,3% so với tháng trước, chế biến, "
    "chế tạo tăng 6,1% so với tháng trước.",
    "IIP quý II tăng 7,5%, trong đó ngành khai khoáng giảm 3,2% so với cùng kỳ, chế biến, chế tạo tăng 6,1%.",
])
def test_a_sibling_whose_name_holds_a_comma(body: str) -> None:
    assert figure(body, "6,1%").indicator == "iip-manufacturing"


def test_a_figure_going_on_with_one_changed_changes_with_it() -> None:
    body = ("IIP tháng 6 tăng 3,1%; trong đó khai khoáng tăng 12,2% so với tháng trước, chế biến, chế tạo tăng 8,4% so "
            "với tháng trước và tăng 2,6% so với cùng kỳ.")
    assert figure(body, "2,6%").indicator == "iip-manufacturing"


@pytest.mark.parametrize(("body", "token", "expected"), [
    ("Đã tiêm 410.200 liều vắc xin, gồm 301.700 người tiêm mũi 1 (khoảng 48,3% dân số từ 18 tuổi) và 108.500 người "
     "tiêm mũi 2.", "48,3%", "covid-vaccination"),
    ("Toàn tỉnh có 62.100 người tiêm mũi 2.", "62.100", "covid-vaccinated-people"),
])
def test_vaccination_in_its_common_words(body: str, token: str, expected: str) -> None:
    assert figure(body, token).indicator == expected


@pytest.mark.parametrize(("body", "token", "expected", "area"), [
    ("Cả nước tăng trưởng GDP 7,02%, thấp hơn năm trước.", "7,02", "grdp", "vn"),
    ("Tốc độ tăng GDP chung của cả nước cùng kỳ là 5,66%.", "5,66", "grdp", "vn"),
])
def test_the_countrys_gdp_is_the_same_quantity_as_grdp(body: str, token: str, expected: str, area: str) -> None:
    f = figure(body, token)
    assert (f.indicator, f.area) == (expected, area)


@pytest.mark.parametrize(("body", "token", "expected"), [
    ("So với năm trước, tỷ trọng khu vực nông nghiệp giảm 1,36 điểm phần trăm.", "1,36", "grdp-agriculture"),
    ("Tổng sản phẩm 6 tháng tăng 5,3%. Trong đó:\n- Khu vực ngư, nông, lâm nghiệp đạt 4.180 tỷ đồng, tăng 3,85%.",
     "3,85", "grdp-agriculture"),
])
def test_a_sector_of_the_economy_named_with_khu_vuc(body: str, token: str, expected: str) -> None:
    assert figure(body, token).indicator == expected


@pytest.mark.parametrize("body", [
    "Tổng thu ngân sách nhà nước ước đạt 28.400 tỷ đồng, bằng 86,1% dự toán. Theo địa bàn, thành phố Điện Biên Phủ "
    "thu đạt 93,2% dự toán; huyện Mường Ảng đạt 81,5%.",
    "Thu ngân sách trên địa bàn đạt 86,1% dự toán; trong đó huyện Mường Ảng đạt 81,5%, thành phố Điện Biên Phủ đạt "
    "93,2%.",
])
def test_a_places_percentage_goes_with_the_provinces(body: str) -> None:
    f = figure(body, "81,5")
    assert (f.indicator, f.area) == ("state-budget-revenue", "dien-bien/muong-ang")


@pytest.mark.parametrize(("body", "token", "expected"), [
    ("Nông thôn mới: có thêm 5 xã đạt chuẩn, nâng tổng số lên 41/88 xã.", "41", "new-rural-communes"),
    ("Năm nay công nhận thêm 3 xã đạt chuẩn nông thôn mới, nâng tổng số xã đạt chuẩn lên 64 xã.", "64",
     "new-rural-communes"),
    ("Tỉnh đã hoàn thành và hoàn thành vượt 12/12 nhóm chỉ tiêu chủ yếu.", "12/", "main-targets-met"),
])
def test_a_count_brought_to_its_new_total_and_target_groups(body: str, token: str, expected: str) -> None:
    assert figure(body, token).indicator == expected


@pytest.mark.parametrize("body", [
    "Các công trình trọng điểm: đường tỉnh 145 (tổng mức đầu tư 1.150 tỷ đồng) hoàn thành khoảng 62% khối lượng.",
    "Hồ chứa nước Nậm Khẩu Hu, huyện Điện Biên (542 tỷ đồng) đạt khoảng 62%.",
])
def test_a_percentage_after_a_works_bracketed_amount_is_its_progress(body: str) -> None:
    assert figure(body, "62%").indicator == "project-progress"


@pytest.mark.parametrize(("body", "token", "area"), [
    ("Sản lượng khai thác ước đạt 111.200 tấn. Ba địa phương Điện Biên Phủ (31.620 tấn), Mường Ảng (29.480 tấn) và "
     "Tuần Giáo (24.350 tấn) chiếm 76,8%.", "29.480", "dien-bien/muong-ang"),
    ("Sản lượng khai thác ước đạt 111.200 tấn; các địa phương lớn là Tuần Giáo (31.620 tấn), Mường Ảng (29.480 tấn).",
     "31.620", "dien-bien/tuan-giao"),
])
def test_places_named_bare_before_their_bracketed_figures(body: str, token: str, area: str) -> None:
    f = figure(body, token)
    assert (f.indicator, f.area) == ("capture-fishery-output", area)


@pytest.mark.parametrize(("body", "token", "expected"), [
    ("Tổng đàn heo ước 320.000 con, tăng 2,1%.", "320.000", "pigs"),
    ("Diện tích bắp toàn tỉnh đạt 4.200 ha.", "4.200", "maize-area"),
    ("Diện tích cây ăn trái ước 41.260 ha, tăng 2,4%.", "41.260", "fruit-tree-area"),
])
def test_regional_words_name_the_same_things(body: str, token: str, expected: str) -> None:
    assert figure(body, token).indicator == expected


def test_a_regional_word_is_a_whole_word_and_never_replaces_a_label() -> None:
    from provkg.reference.loader import with_regional_words

    labels = with_regional_words({"đàn lợn": "pigs", "giá thịt lợn hơi": "pork-price", "đàn heo": "own-label"})
    assert labels["giá thịt heo hơi"] == "pork-price" and labels["đàn heo"] == "own-label"
    assert with_regional_words({"ngôi nhà bị sập": "x"}) == {"ngôi nhà bị sập": "x"}  # "ngôi" holds no word "ngô"


@pytest.mark.parametrize("body", [
    "Ngành du lịch đón khoảng 2,6 triệu lượt khách, tăng 14,9%; tổng thu ước 2.215 tỷ đồng, tăng 10,6%.",
    "Du lịch tiếp tục phục hồi với 1,1 triệu lượt khách; tổng thu du lịch đạt 2.215 tỷ đồng.",
])
def test_tourism_takings_said_as_the_sectors_total(body: str) -> None:
    assert figure(body, "2.215").indicator == "tourism-revenue"


@pytest.mark.parametrize(("body", "token"), [
    ("Phấn đấu tăng trưởng 8 - 8,5% trong 6 tháng cuối năm.", "8 - 8,5"),
    ("Nếu các quý còn lại đạt kịch bản thì tăng trưởng cả năm dự báo có thể đạt 10,5-11%.", "10,5"),
])
def test_growth_naming_nothing_else_is_the_economys(body: str, token: str) -> None:
    assert figure(body, token).indicator == "grdp"


def test_growth_of_a_named_quantity_stays_its_own() -> None:
    assert figure("Kim ngạch xuất khẩu tăng trưởng 12%.", "12%").indicator == "export-value"


@pytest.mark.parametrize(("body", "token"), [
    ("Giá lúa tăng liên tục từ tháng 7, riêng tháng 8 tăng thêm 800-1.900 đồng/kg.", "800"),
    ("Giá cá tra nguyên liệu cuối tháng 12 chỉ còn 19.500-20.500 đồng/kg.", "19.500"),
])
def test_prices_of_farm_products_per_kilogram(body: str, token: str) -> None:
    assert figure(body, token).indicator == "farm-gate-price"


@pytest.mark.parametrize("body", [
    "Giải quyết việc làm cho 17.850 lao động, đạt 56,67% kế hoạch. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 93,1%.",
    "Thu ngân sách đạt 61,8% dự toán. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 93,1%, tăng 0,4 điểm phần trăm.",
])
def test_a_figure_opening_its_sentence_with_a_label_is_not_the_list_before(body: str) -> None:
    assert figure(body, "93,1").indicator == "health-insurance-coverage"


@pytest.mark.parametrize("body", [
    "Các dự án trọng điểm: dự án đường tỉnh 150 (tổng mức đầu tư 916 tỷ đồng) lũy kế giải ngân 487 tỷ đồng.",
    "Tiến độ các công trình: cầu Hang Tôm (tổng mức đầu tư 916 tỷ đồng) đã giải ngân 487 tỷ đồng, đạt 53%.",
])
def test_a_clause_headed_by_a_work_the_reference_lacks_is_the_works_disbursement(body: str) -> None:
    assert figure(body, "487").indicator == "project-disbursement"


@pytest.mark.parametrize(("body", "token"), [
    ("Vốn đầu tư công giải ngân 900 tỷ đồng, đạt 40% kế hoạch. Vốn các chương trình mục tiêu quốc gia giải ngân "
     "được 208 tỷ đồng, đạt 19%.", "208"),
    ("Toàn tỉnh giải ngân 1.200 tỷ đồng vốn đầu tư công, đạt 45%; riêng vốn thực hiện Chương trình mục tiêu quốc "
     "gia giảm nghèo bền vững giải ngân 64 tỷ đồng, đạt 30% kế hoạch.", "30%"),
    ("Vốn Chương trình cấp điện nông thôn năm 2023 đã giải ngân 48 tỷ đồng.", "48"),
    ("Nguồn vốn chương trình kiên cố hóa kênh mương giải ngân được 36 tỷ đồng, bằng 52% kế hoạch.", "52%"),
])
def test_a_programmes_capital_disbursed_is_the_programmes_not_the_provinces(body: str, token: str) -> None:
    assert figure(body, token).indicator == "project-disbursement"


@pytest.mark.parametrize(("body", "token"), [
    ("Toàn tỉnh giải ngân 1.200 tỷ đồng vốn đầu tư công, đạt 45% kế hoạch.", "1.200"),
    ("Đến ngày 30/6, vốn đầu tư công đã giải ngân 2.050 tỷ đồng, đạt 41,2% kế hoạch vốn giao.", "41,2%"),
])
def test_the_provinces_public_investment_disbursed_names_no_programme(body: str, token: str) -> None:
    assert figure(body, token).indicator == "public-investment-disbursement"


@pytest.mark.parametrize(("body", "token", "indicator"), [
    ("- Vụ Đông Xuân 2022-2023 xuống giống 141.000 ha, năng suất bình quân 71,5 tạ/ha.", "141.000",
     "winter-spring-rice-area"),
    ("Vụ đông xuân năm nay, đến cuối tháng 12 nông dân trong tỉnh đã xuống giống 176.300 ha, đạt 93% kế hoạch.", "93%",
     "winter-spring-rice-area"),
    ("- Vụ Đông Xuân 2022-2023 xuống giống 141.000 ha, năng suất bình quân 71,5 tạ/ha.", "71,5",
     "winter-spring-rice-yield"),
    ("Vụ Đông Xuân toàn tỉnh gieo sạ 38.000 ha lúa; năng suất bình quân ước đạt 63,4 tạ/ha.", "63,4",
     "winter-spring-rice-yield"),
])
def test_a_winter_spring_season_sown_names_its_rice_without_the_word(body: str, token: str, indicator: str) -> None:
    assert figure(body, token).indicator == indicator


@pytest.mark.parametrize(("body", "token", "indicator"), [
    ("Lâm nghiệp: đến ngày 15/6, toàn tỉnh trồng được 4.450 ha rừng, đạt 80% kế hoạch.", "4.450",
     "new-forest-planting"),
    ("Phấn đấu hoàn thành trồng 7.500 ha rừng tập trung trong năm.", "7.500", "new-forest-planting"),
    ("Đến nay nông dân trong tỉnh đã cấy 5.200 ha lúa, đạt 90% kế hoạch.", "90%", "rice-area"),
])
def test_a_verb_and_its_object_around_the_number_and_unit_name_the_indicator(
    body: str, token: str, indicator: str,
) -> None:
    assert figure(body, token).indicator == indicator


@pytest.mark.parametrize(("body", "token"), [
    ("Tổng doanh thu thương mại - dịch vụ năm 2023 ước đạt 95.300 tỷ đồng, tăng 12,1% so với năm trước.", "12,1%"),
    ("Doanh thu thương mại, dịch vụ trên địa bàn 6 tháng đạt 41.800 tỷ đồng, bằng 52% kế hoạch.", "41.800"),
])
def test_trade_and_services_revenue_is_the_retail_sales_of_goods_and_services(body: str, token: str) -> None:
    assert figure(body, token).indicator == "retail-sales"


@pytest.mark.parametrize(("body", "token"), [
    ("Kim ngạch xuất khẩu 6 tháng ước đạt 1.200 triệu USD, tăng 5% so với cùng kỳ; trong đó: thủy sản 700 triệu USD "
     "(58,3%); gạo 210.000 tấn, trị giá 110 triệu USD (9,2%); hàng dệt may 95 triệu USD; các mặt hàng khác 120 "
     "triệu USD.", "110"),
    ("Kim ngạch xuất khẩu 6 tháng ước đạt 1.200 triệu USD, tăng 5% so với cùng kỳ; trong đó: thủy sản 700 triệu USD "
     "(58,3%); gạo 210.000 tấn, trị giá 110 triệu USD (9,2%); hàng dệt may 95 triệu USD; các mặt hàng khác 120 "
     "triệu USD.", "9,2%"),
    ("Kim ngạch xuất khẩu 6 tháng ước đạt 1.200 triệu USD, tăng 5% so với cùng kỳ; trong đó: thủy sản 700 triệu USD "
     "(58,3%); gạo 210.000 tấn, trị giá 110 triệu USD (9,2%); hàng dệt may 95 triệu USD; các mặt hàng khác 120 "
     "triệu USD.", "95"),
    ("Lũy kế 6 tháng xuất khẩu ước đạt 2.800 triệu USD; trong đó hạt điều nhân đạt 26.000 tấn, trị giá 150 triệu "
     "USD, chiếm 5,4% tổng kim ngạch.", "150"),
])
def test_the_parts_of_the_exports_no_label_names_are_products_exports(body: str, token: str) -> None:
    assert figure(body, token).indicator == "export-product-value"


@pytest.mark.parametrize(("body", "token"), [
    ("Doanh thu du lịch tháng 12 ước 496 tỷ đồng, tăng 8,6% so với tháng trước; cả năm ước 5.318 tỷ đồng, bằng "
     "95,4% kế hoạch.", "5.318"),
    ("Doanh thu du lịch quý IV ước 1.450 tỷ đồng; cả năm đạt 5.318 tỷ đồng, tăng 12% so với năm trước.", "12%"),
])
def test_a_whole_year_after_its_last_month_is_the_same_quantity(body: str, token: str) -> None:
    assert figure(body, token, period="2023").indicator == "tourism-revenue"


# -- a quantity leaving a part out ("trừ", "không kể", "không tính") is not the quantity its label names ----------

@pytest.mark.parametrize(("body", "token"), [
    ("- Giá trị sản xuất công nghiệp không kể khai khoáng ước đạt 48.300 tỷ đồng, tăng 11,5% so với cùng kỳ.",
     "48.300"),
    ("- Giá trị sản xuất công nghiệp không kể khai khoáng ước đạt 48.300 tỷ đồng, tăng 11,5% so với cùng kỳ.",
     "11,5%"),
    ("Kim ngạch nhập khẩu ước đạt 960 triệu USD, tăng 5%. Trong đó, kim ngạch nhập khẩu trừ xăng dầu ước đạt "
     "640 triệu USD, tăng 8%.", "640"),
])
def test_a_quantity_leaving_a_part_out_has_no_concept_of_its_own(body: str, token: str) -> None:
    assert figure(body, token).indicator is None


@pytest.mark.parametrize(("body", "token", "local"), [
    ("Tổng sản phẩm trên địa bàn ước tăng 6,2%; GRDP trừ dầu khí tăng 9,4%, cao hơn 1,2 điểm phần trăm so với "
     "kế hoạch.", "9,4%", "grdp-excl-oil-gas"),
    ("Tổng sản phẩm trên địa bàn ước tăng 6,2%; GRDP trừ dầu khí tăng 9,4%, cao hơn 1,2 điểm phần trăm so với "
     "kế hoạch.", "1,2 điểm", "grdp-excl-oil-gas"),
    ("Kim ngạch xuất khẩu ước đạt 960 triệu USD, tăng 5%. Trong đó, kim ngạch xuất khẩu không tính dầu thô ước đạt "
     "640 triệu USD, tăng 8%.", "640", "export-value-excl-crude-oil"),
])
def test_a_quantity_leaving_a_part_out_takes_the_concept_saying_so(body: str, token: str, local: str) -> None:
    assert figure(body, token).indicator == local


@pytest.mark.parametrize(("body", "token"), [
    ("- Thu nội địa không kể thu từ nhà máy lọc dầu: 2.150 tỷ đồng, bằng 48% dự toán.", "2.150"),
    ("Thu nội địa không kể dầu ước đạt 2.150 tỷ đồng, trong đó thu từ khu vực ngoài quốc doanh 610 tỷ đồng.",
     "2.150"),
])
def test_the_part_left_out_names_nothing_and_a_label_saying_the_exclusion_wins(body: str, token: str) -> None:
    assert figure(body, token).indicator == "domestic-revenue-excl-oil"


@pytest.mark.parametrize(("body", "token", "local"), [
    ("Thu từ doanh nghiệp nhà nước trung ương (không kể nhà máy lọc dầu) đạt 415 tỷ đồng.", "415",
     "state-enterprise-revenue"),
    ("Tổng sản phẩm trên địa bàn (không kể thuế sản phẩm) tăng 6,8% so với cùng kỳ.", "6,8%", "grdp"),
    ("Diện tích lúa được phòng trừ sâu bệnh đạt 5.200 ha.", "5.200", "rice-area"),
])
def test_a_remark_in_brackets_or_a_word_that_only_looks_like_an_exclusion_keeps_the_concept(
    body: str, token: str, local: str,
) -> None:
    assert figure(body, token).indicator == local


# -- a part of a total (or its sibling) is the kind of what its words name that also belongs to the total ---------

@pytest.mark.parametrize(("body", "token", "local"), [
    ("Lượt khách lưu trú 6 tháng ước 820 nghìn lượt, tăng 9%; trong đó khách quốc tế 41 nghìn lượt, tăng 12%, "
     "khách nội địa 779 nghìn lượt.", "41 nghìn", "international-overnight-tourists"),
    ("Lượt khách lưu trú 6 tháng ước 820 nghìn lượt, tăng 9%; trong đó khách quốc tế 41 nghìn lượt, tăng 12%, "
     "khách nội địa 779 nghìn lượt.", "779", "domestic-overnight-tourists"),
    ("Các cơ sở lưu trú đón 1,3 triệu lượt khách lưu trú, gồm khách nội địa 1,2 triệu lượt và khách quốc tế 95 "
     "nghìn lượt.", "95", "international-overnight-tourists"),
    ("Tổng lượt khách du lịch ước 2,4 triệu lượt, tăng 15%; trong đó khách quốc tế 130 nghìn lượt.", "130",
     "international-tourists"),
])
def test_a_part_is_the_kind_of_its_words_concept_within_the_total(body: str, token: str, local: str) -> None:
    assert figure(body, token).indicator == local


# -- a work's progress: what a percentage is of, named after it, and the next works of the list ------------------

@pytest.mark.parametrize(("body", "token", "local"), [
    ("Dự án đường ven biển (tổng mức đầu tư 1.200 tỷ đồng) giải ngân 320 tỷ đồng; cầu vượt sông Lam đạt 82% khối "
     "lượng.", "82%", "project-progress"),
    ("Chợ trung tâm huyện đang xây dựng, đã hoàn thành khoảng 70% khối lượng.", "70%", "project-progress"),
    ("Dự án khu tái định cư phía Tây (tổng vốn 450 tỷ đồng) đã bàn giao 46% mặt bằng cho nhà thầu.", "46%",
     "site-clearance-progress"),
    ("Đẩy nhanh giải phóng mặt bằng đường vành đai, phấn đấu bàn giao 100% mặt bằng trong quý IV.", "100%",
     "site-clearance-progress"),
])
def test_a_percentage_of_the_works_or_the_site_is_a_works_progress(body: str, token: str, local: str) -> None:
    assert figure(body, token).indicator == local


@pytest.mark.parametrize(("body", "token"), [
    ("Đường tỉnh 12 hoàn thành 82% khối lượng; cải tạo quốc lộ 10 đoạn qua thị trấn đạt 55%; dự án kè chống sạt lở "
     "bờ sông Đà đạt 80%.", "55%"),
    ("Đường tỉnh 12 hoàn thành 82% khối lượng; cải tạo quốc lộ 10 đoạn qua thị trấn đạt 55%; dự án kè chống sạt lở "
     "bờ sông Đà đạt 80%.", "80%"),
    ("Hồ chứa nước Bản Mòng hoàn thành khoảng 90% khối lượng, công trình trạm bơm tiêu Văn Thai đạt 64%.", "64%"),
])
def test_the_next_works_of_a_list_of_works_progress(body: str, token: str) -> None:
    assert figure(body, token).indicator == "project-progress"


# -- a crop season opening a paragraph frames its later sentences, until the whole year is named -----------------

@pytest.mark.parametrize(("body", "token", "local"), [
    ("Vụ Đông Xuân 2022-2023 thời tiết thuận lợi, đủ nước tưới. Toàn tỉnh gieo cấy 41.300 ha lúa, giảm 0,8% so với "
     "vụ trước; năng suất bình quân ước đạt 64,1 tạ/ha; sản lượng lúa ước 264,7 nghìn tấn.", "64,1",
     "winter-spring-rice-yield"),
    ("a) Trồng trọt: Vụ Hè Thu 2023 toàn tỉnh xuống giống 52.000 ha. Năng suất ước đạt 55,2 tạ/ha, sản lượng lúa ước "
     "287 nghìn tấn.", "287", "summer-autumn-rice-output"),
    ("Vụ Mùa năm 2023 gieo cấy 30.100 ha lúa; năng suất đạt 57,3 tạ/ha. Sản lượng lúa cả năm ước đạt 412.000 tấn.",
     "412.000", "rice-output"),
    ("Vụ Đông Xuân đã thu hoạch xong, năng suất đạt 66,2 tạ/ha. Vụ Hè Thu xuống giống 12.400 ha lúa, năng suất ước "
     "đạt 58,5 tạ/ha.", "58,5", "summer-autumn-rice-yield"),
])
def test_a_crop_season_opening_the_paragraph_frames_its_figures(body: str, token: str, local: str) -> None:
    assert figure(body, token).indicator == local


# -- the plan in brackets after an achievement against it is the plan of the same quantity -----------------------

@pytest.mark.parametrize(("body", "token"), [
    ("Tổng thu ngân sách nhà nước trên địa bàn 6 tháng ước đạt 3.120 tỷ đồng, bằng 54% dự toán Trung ương giao "
     "(5.780 tỷ đồng) và bằng 49,5% dự toán Hội đồng nhân dân tỉnh giao (6.300 tỷ đồng), tăng 8% so với cùng kỳ.",
     "6.300"),
    ("Thu ngân sách nhà nước trên địa bàn 9 tháng được 1.240 tỷ đồng, đạt 71,2% dự toán trung ương và đạt 64,8% dự "
     "toán tỉnh giao (1.913 tỷ đồng).", "1.913"),
])
def test_the_plan_in_brackets_after_an_achievement_is_that_quantitys_plan(body: str, token: str) -> None:
    assert figure(body, token).indicator == "state-budget-revenue"


# -- a growth spoken of without naming what grows goes on with the quantity the sentence before measured ---------

@pytest.mark.parametrize(("body", "token"), [
    ("Tổng sản phẩm trên địa bàn 6 tháng ước tăng 7,2% so với cùng kỳ. Theo Cục Thống kê, đà tăng chậm lại giữa "
     "hai quý (quý I tăng 7,9%, quý II tăng 6,6%).", "7,9%"),
    ("Chỉ số sản xuất công nghiệp 9 tháng tăng 9,4% so với cùng kỳ. Mức tăng 9 tháng của tỉnh vẫn cao hơn mức 8,1% "
     "của cả nước.", "8,1%"),
])
def test_a_growth_naming_nothing_is_that_of_the_sentence_before(body: str, token: str) -> None:
    before = figure(body, body.split("tăng ")[1].split()[0])
    assert before.indicator and figure(body, token).indicator == before.indicator


# -- the same quantity restated at another price basis ------------------------------------------------------------

@pytest.mark.parametrize(("body", "token"), [
    ("Giá trị sản xuất nông, lâm nghiệp và thủy sản (giá so sánh 2010) ước đạt 9.120 tỷ đồng, tăng 3,1%; theo giá "
     "hiện hành ước đạt 15.400 tỷ đồng.", "15.400"),
    ("Giá trị sản xuất nông, lâm nghiệp và thủy sản theo giá so sánh năm 2010 đạt 9.120 tỷ đồng; giá hiện hành đạt "
     "15.400 tỷ đồng.", "15.400"),
])
def test_a_figure_naming_only_a_price_basis_is_the_same_quantity(body: str, token: str) -> None:
    assert figure(body, token).indicator == "agriculture-production-value"


@pytest.mark.parametrize(("body", "token", "local"), [
    ("Cơ cấu kinh tế (không kể thuế sản phẩm): nông, lâm nghiệp và thủy sản 18,2%; công nghiệp - xây dựng 39,5%; "
     "dịch vụ 42,3%.", "18,2%", "grdp-agriculture"),
    ("Cơ cấu kinh tế (không tính thuế sản phẩm trừ trợ cấp sản phẩm): khu vực dịch vụ chiếm 42,3%.", "42,3%",
     "grdp-services"),
])
def test_a_sector_after_a_bracketed_exclusion_is_still_named(body: str, token: str, local: str) -> None:
    assert figure(body, token).indicator == local


@pytest.mark.parametrize("body", [
    "Diện tích gieo trồng cả năm đạt 98.400 ha. Vụ Xuân được mùa, năng suất lúa đạt 63,5 tạ/ha; vụ Hè Thu năng "
    "suất ổn định. Sản lượng lương thực có hạt đạt 512.300 tấn, gồm lúa 488.100 tấn và ngô 24.200 tấn.",
    "Năm 2023 sản xuất nông nghiệp ổn định. Vụ Đông Xuân năng suất lúa đạt 63,5 tạ/ha; vụ Mùa năng suất giảm nhẹ. "
    "Tính chung cả năm, sản lượng lúa đạt 488.100 tấn.",
])
def test_a_season_remarked_on_in_a_paragraph_about_the_year_frames_nothing_after_it(body: str) -> None:
    assert figure(body, "488.100").indicator == "rice-output"


# -- a list item measures the kind of its lead-in's total that the item's label names ----------------------------

@pytest.mark.parametrize(("body", "token", "local"), [
    ("- Cây lúa: diện tích gieo cấy cả năm 61.300 ha, gồm:\n+ Vụ Chiêm xuân: gieo cấy 30.900 ha, năng suất 68,2 "
     "tạ/ha.\n+ Vụ Mùa: gieo cấy 30.400 ha, tăng 0,5%.", "30.400", "main-season-rice-area"),
    ("- Cây lúa: diện tích gieo cấy cả năm 61.300 ha, gồm:\n+ Vụ Chiêm xuân: gieo cấy 30.900 ha, năng suất 68,2 "
     "tạ/ha.\n+ Vụ Mùa: gieo cấy 30.400 ha, tăng 0,5%.", "0,5%", "main-season-rice-area"),
    ("- Lúa cả năm: gieo sạ 139.000 ha, đạt 95% kế hoạch, gồm:\n+ Vụ Hè thu: xuống giống 50.400 ha; đến ngày 20/9 đã "
     "thu hoạch 41.800 ha.", "41.800", "summer-autumn-rice-harvested-area"),
    ("- Khách lưu trú: đón 820 nghìn lượt, tăng 9%, gồm:\n+ Khách quốc tế: 41 nghìn lượt, tăng 12%.\n+ Khách nội "
     "địa: 779 nghìn lượt.", "779", "domestic-overnight-tourists"),
])
def test_a_list_item_is_the_kind_of_its_lead_ins_total_its_label_names(body: str, token: str, local: str) -> None:
    assert figure(body, token).indicator == local


def test_a_list_items_figure_with_words_of_its_own_keeps_its_indicator() -> None:
    body = ("- Cây lúa: diện tích gieo cấy cả năm 61.300 ha, gồm:\n+ Vụ Đông xuân: 30.900 ha, tăng 1,1%; năng suất "
            "bình quân 59,4 tạ/ha, tăng 0,55%.")
    assert figure(body, "0,55%").indicator == figure(body, "59,4").indicator != "winter-spring-rice-area"


# -- the capital of the projects just counted is the capital of that kind of projects ----------------------------

@pytest.mark.parametrize(("body", "token", "local"), [
    ("Trong 6 tháng, tỉnh thu hút 54 dự án mới với tổng vốn đăng ký khoảng 11.200 tỷ đồng.", "54",
     "new-investment-projects"),
    ("Trong 6 tháng, tỉnh thu hút 54 dự án mới với tổng vốn đăng ký khoảng 11.200 tỷ đồng.", "11.200",
     "new-investment-capital"),
    ("UBND tỉnh cấp quyết định chủ trương đầu tư cho 9 dự án đầu tư cấp mới, tổng vốn 3.450 tỷ đồng.", "3.450",
     "new-investment-capital"),
])
def test_the_capital_of_projects_just_counted(body: str, token: str, local: str) -> None:
    assert figure(body, token).indicator == local


@pytest.mark.parametrize(("body", "token"), [
    ("Giá trị sản xuất công nghiệp 6 tháng ước đạt 51.870 tỷ đồng, tăng 10,5% so với cùng kỳ. Riêng tháng 6/2023 "
     "ước đạt 9.850 tỷ đồng, tăng 2,1% so với tháng trước.", "9.850"),
    ("Giá trị sản xuất công nghiệp 6 tháng ước đạt 51.870 tỷ đồng, tăng 10,5% so với cùng kỳ. Quý II/2023 ước đạt "
     "27.300 tỷ đồng.", "27.300"),
])
def test_a_sentence_naming_only_a_month_or_quarter_with_its_year_goes_on(body: str, token: str) -> None:
    assert figure(body, token).indicator == "industrial-production-value"


@pytest.mark.parametrize(("body", "token"), [
    # "loại trừ", "giảm trừ" are no exclusion of a part (review of the sixth session)
    ("Kim ngạch xuất khẩu hàng hóa đạt 2.310 triệu USD sau khi loại trừ các yếu tố trùng lặp.", "2.310"),
    ("Thu ngân sách nhà nước trên địa bàn đạt 8.420 tỷ đồng, đã giảm trừ các khoản hoàn thuế.", "8.420"),
])
def test_words_with_tru_that_leave_nothing_out_keep_the_indicator(body: str, token: str) -> None:
    assert figure(body, token).indicator is not None


def test_the_exclusion_words_themselves() -> None:
    from provkg.extract.subject import EXCLUSION
    assert EXCLUSION.search("GRDP trừ dầu khí") and EXCLUSION.search("thu nội địa (không kể tiền sử dụng đất)")
    assert not EXCLUSION.search("sau khi loại trừ yếu tố mùa vụ") and not EXCLUSION.search("đã giảm trừ gia cảnh")
    assert not EXCLUSION.search("các khoản bù trừ giữa hai cấp ngân sách")


# -- a table's result columns headed by their year ("TH 2022") and a comparison headed by a year ("So 2022 (lần)") --
@pytest.mark.parametrize("table", [
    "Chỉ tiêu | Đơn vị | TH 2022 | Ước TH 2023 | So 2022 (lần)\n"
    "Lượt khách lưu trú | lượt | 400.000 | 620.000 | 1,55\n"
    "Tổng thu từ khách du lịch | tỷ đồng | 1.150,0 | 1.840,0 | 1,60\n",
    "Chỉ tiêu\tĐơn vị\tThực hiện 2022\tƯớc thực hiện 2023\tSo với 2022 (lần)\n"
    "Lượt khách lưu trú\tlượt\t400.000\t620.000\t1,55\n"
    "Tổng thu từ khách du lịch\ttỷ đồng\t1.150,0\t1.840,0\t1,60\n",
])
def test_table_columns_headed_by_their_year(table: str) -> None:
    text = HEADER.replace("6 tháng đầu năm 2023", "năm 2023") + "Bảng 3. Du lịch năm 2023\n" + table
    found = {text[f.start:f.end].split()[0]: f for f in extract(text, report_period="2023").figures}
    assert (found["400.000"].period, found["400.000"].status) == ("2022", "actual")
    assert (found["620.000"].period, found["620.000"].status) == ("2023", "estimate")
    times = found["1,55"]
    assert (times.unit_text, times.period, times.comparison_period) == ("lần", "2023", "2022")
    assert times.measure == "value"  # times the level of 2022, not a change in %
    assert found["1.150,0"].indicator == found["1.840,0"].indicator == "tourism-revenue"


# -- what is no part of a breakdown: a part of a part singled out after a semicolon, a figure of an aside closed
# before the opener, the level of an earlier period a change compares with ------------------------------------
@pytest.mark.parametrize(("body", "total", "not_parts"), [
    ("Đoàn thể thao giành 9 huy chương, gồm 4 huy chương vàng, 2 huy chương bạc và 3 huy chương đồng; riêng võ "
     "sĩ Lò Văn Tâm giành 2 huy chương vàng và 1 huy chương bạc.", "9", ("2 huy chương vàng", "1")),
    ("Năm nay thu hút 40 dự án, gồm 28 dự án trong nước và 12 dự án nước ngoài; riêng khu công nghiệp Him Lam có "
     "9 dự án trong nước.", "40", ("9",)),
])
def test_a_part_of_a_part_singled_out_is_no_part_of_the_total(body: str, total: str,
                                                             not_parts: tuple[str, ...]) -> None:
    whole = figure(body, total)
    assert all(figure(body, token).parent != whole.start for token in not_parts)


# an enumeration closed by "và" ends at the semicolon after it: the next clause's figure is no further part
@pytest.mark.parametrize(("body", "total", "not_part"), [
    ("Trong năm cấp mới 5.200 thẻ, gồm 3.100 thẻ loại A và 2.100 thẻ loại B; cấp lại 1.800 thẻ do hư hỏng.",
     "5.200", "1.800"),
    ("Đã tiếp nhận 940 hồ sơ, bao gồm 610 hồ sơ trực tuyến và 330 hồ sơ trực tiếp; giải quyết đúng hạn 900 hồ sơ.",
     "940", "900"),
])
def test_a_clause_after_an_enumeration_closed_by_and_is_no_part(body: str, total: str, not_part: str) -> None:
    assert figure(body, not_part).parent != figure(body, total).start


@pytest.mark.parametrize(("body", "aside"), [
    ("Toàn tỉnh có 310 cơ sở giáo dục, tăng 3 cơ sở (gồm 02 trường mầm non tư thục và 01 trường tiểu học). Cụ "
     "thể: 125 trường mầm non, 110 trường tiểu học.", "01 trường tiểu học"),
    ("So với năm trước tăng 2 trường (01 trường mầm non, 01 trường THPT). Trong đó: 64 trường mầm non, 12 trường "
     "THPT.", "01 trường THPT"),
])
def test_a_figure_of_an_aside_closed_before_the_opener_takes_no_part(body: str, aside: str) -> None:
    text = HEADER + body + "\n"
    start = text.index(aside)
    assert all(f.parent != start for f in extract(text, report_period="2023-H1").figures)


@pytest.mark.parametrize(("body", "base"), [
    ("Doanh thu vận tải ước đạt 820,5 tỷ đồng, tăng 12,4% so với cùng kỳ năm trước (730,0 tỷ đồng).", "730,0"),
    ("Lượt khách lưu trú đạt 45.000 lượt, tăng 8,2% so với 6 tháng đầu năm 2022 (41.600 lượt).", "41.600"),
])
def test_the_level_a_change_compares_with_is_no_part(body: str, base: str) -> None:
    assert figure(body, base).parent is None


@pytest.mark.parametrize(("body", "token", "period", "comparison"), [
    # an earlier year's level in a bracket opened by that year, after a figure whose sentence names its span
    ("Doanh thu du lịch 6 tháng đạt 850 tỷ đồng (năm 2022: 610 tỷ đồng), tăng 39%.", "610", "2022", None),
    ("Nửa đầu năm, khách quốc tế chiếm 18,4% tổng lượt khách lưu trú (năm 2022 chỉ chiếm 12,5%).", "12,5%", "2022",
     None),
    # "cùng kỳ" with its year written without "năm": the same span of that year
    ("Kim ngạch xuất khẩu 6 tháng ước 745 triệu USD (cùng kỳ 2022 là 688 triệu USD).", "688", "2022-H1", None),
    ("Chỉ số sản xuất công nghiệp 6 tháng tăng 8,4% (cùng kỳ 2022 tăng 5,1%).", "5,1%", "2022-H1", "2021-H1"),
])
def test_a_bracketed_earlier_level_carries_the_year_the_bracket_writes(body: str, token: str, period: str,
                                                                       comparison: str | None) -> None:
    found = figure(body, token)
    assert (found.period, found.comparison_period) == (period, comparison)


@pytest.mark.parametrize(("body", "noted", "other"), [
    # a footnote cited by its marker after a figure's words covers the paragraph that cites it, not the report
    ("Chỉ số sản xuất công nghiệp¹ tháng 6 tăng 5,2% so với tháng trước.\n\nTổng mức bán lẻ hàng hóa tháng 6 đạt "
     "2.100 tỷ đồng, tăng 0,8% so với tháng trước.\n\n_______________\n¹ Chỉ số tính theo giá so sánh; số liệu tháng 6 "
     "là số ước tính.\n", "5,2%", "2.100"),
    ("Doanh thu dịch vụ lưu trú tháng 6 đạt 310 tỷ đồng(1).\n\nSố lượt khách quốc tế tháng 6 đạt 52.000 lượt.\n\n"
     "_______________\n(1) Số liệu tháng 6 là số ước tính, sẽ cập nhật sau.\n", "310", "52.000"),
])
def test_a_footnote_on_estimates_covers_what_cites_it(body: str, noted: str, other: str) -> None:
    assert figure(body, noted).status == "estimate"
    assert figure(body, other).status == "actual"
