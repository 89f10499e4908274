"""Measures, statuses and signs of figures, family by family, in sentences written for these tests (two phrasings
of each family at least)."""

from __future__ import annotations

import pytest

from provkg.core.model import Figure
from provkg.extract.extractor import extract

HEADER = "BÁO CÁO\nTình hình kinh tế - xã hội {title}\nPhần thứ nhất\n"


def figure_of(body: str, token: str, report_period: str = "2023-9M", title: str = "9 tháng năm 2023") -> Figure:
    """The figure whose number starts with ``token`` (the last such one when the token opens several)."""
    text = HEADER.format(title=title) + body + "\n"
    result = extract(text, report_period=report_period)
    found = [f for f in result.figures if text[f.start:].startswith(token)]
    assert found, f"{token!r} not found among {[text[f.start:f.end] for f in result.figures]}"
    return found[-1]


def numbers_of(body: str, report_period: str = "2023-9M", title: str = "9 tháng năm 2023") -> list[str]:
    text = HEADER.format(title=title) + body + "\n"
    return [text[f.start:f.end] for f in extract(text, report_period=report_period).figures]


# --- exceeding the plan: "vượt X% kế hoạch" ---------------------------------------------------------------------

@pytest.mark.parametrize(("body", "token", "value"), [
    # the text writes the achievement itself elsewhere (a table, a heading): the figure is that achievement
    ("Kim ngạch xuất khẩu ước đạt 1.250 triệu USD, vượt 6,5% kế hoạch.\nKim ngạch xuất khẩu\t106,5", "6,5", 106.5),
    ("Du lịch: doanh thu đạt 930 tỷ đồng, vượt 24% dự toán năm.\nDoanh thu du lịch đạt 124% dự toán.", "24%", 124),
])
def test_exceeding_the_plan_where_the_achievement_is_written(body: str, token: str, value: float) -> None:
    found = figure_of(body, token, "2023", "năm 2023")
    assert (found.measure, float(found.value)) == ("plan_pct", value)


@pytest.mark.parametrize(("body", "token"), [
    ("Kim ngạch xuất khẩu ước đạt 1.250 triệu USD, vượt 6,5% kế hoạch.", "6,5"),
    ("Doanh thu du lịch đạt 930 tỷ đồng, vượt 24% dự toán năm.", "24%"),
])
def test_exceeding_the_plan_alone_is_the_excess(body: str, token: str) -> None:
    found = figure_of(body, token, "2023", "năm 2023")
    assert found.measure == "change_pct" and found.value > 0


# --- a level against another period after plan achievements -------------------------------------------------------

@pytest.mark.parametrize(("body", "token"), [
    ("Thu từ khu vực ngoài quốc doanh: 415 tỷ đồng, bằng 48,2% dự toán, bằng 91,6% cùng kỳ.", "91,6"),
    ("Thuế thu nhập cá nhân ước 120 tỷ đồng, đạt 52% dự toán và bằng 104,3% so với năm trước.", "104,3"),
])
def test_a_level_against_the_same_period_is_no_plan_achievement(body: str, token: str) -> None:
    assert figure_of(body, token).measure == "value"


# --- a programme's name is no target ------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "token"), [
    ("Chương trình mục tiêu quốc gia giảm nghèo bền vững giải ngân 96,4/310,2 tỷ đồng, đạt 31,1%.", "96,4"),
    ("Các chương trình mục tiêu quốc gia đã giải ngân 215 tỷ đồng.", "215"),
])
def test_a_national_target_programme_is_no_target(body: str, token: str) -> None:
    found = figure_of(body, token)
    assert (found.measure, found.status) == ("value", "actual")


# --- a count of targets is a count ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "token", "status"), [
    ("Trong 22 chỉ tiêu chủ yếu theo Nghị quyết, ước cả năm có 19 chỉ tiêu đạt và vượt kế hoạch.", "22", "actual"),
    ("Hệ thống chỉ tiêu của tỉnh gồm 18 chỉ tiêu chủ yếu.", "18", "actual"),
    ("Ước cả năm có 15/18 chỉ tiêu đạt kế hoạch (6 chỉ tiêu vượt, 9 chỉ tiêu đạt).", "6 chỉ", "estimate"),
])
def test_a_count_of_targets_is_no_target(body: str, token: str, status: str) -> None:
    found = figure_of(body, token, "2023", "năm 2023")
    assert (found.measure, found.status) == ("value", status)


def test_a_count_of_targets_in_the_tasks_part() -> None:
    body = ("Kết quả đạt khá.\nII. NHIỆM VỤ NĂM 2024\nNăm 2024 đề ra 27 chỉ tiêu chủ yếu, trong đó tăng trưởng "
            "GRDP từ 7% trở lên.")
    found = figure_of(body, "27", "2023", "năm 2023")
    assert (found.measure, found.status) == ("value", "actual")


# --- a plan or target named before its figure ---------------------------------------------------------------------

@pytest.mark.parametrize(("body", "token", "measure", "value"), [
    # a planned growth, in brackets or with its verb
    ("GRDP 9 tháng ước tăng 6,1% so với cùng kỳ (kế hoạch tăng 7,5%).", "7,5", "change_pct", 7.5),
    ("Tăng trưởng 9 tháng đạt 5,2%, còn cách xa mục tiêu kế hoạch năm (8%).", "8%", "change_pct", 8),
    ("Vốn đầu tư ước tăng 9,4% so với cùng kỳ, trong khi kế hoạch năm đặt ra mức tăng 12%.", "12%", "change_pct", 12),
    # a planned rate: the rate, a level with status target (never a plan amount)
    ("Tỷ lệ dân số tham gia bảo hiểm y tế đạt 90,1% (kế hoạch 93%).", "93%", "value", 93),
    ("Tỷ lệ lao động qua đào tạo đạt 68,5%, còn thấp so với chỉ tiêu 72%.", "72%", "value", 72),
])
def test_a_plan_named_before_its_figure(body: str, token: str, measure: str, value: float) -> None:
    found = figure_of(body, token)
    assert (found.measure, found.status, float(found.value)) == (measure, "target", value)
    assert found.period == "2023"  # the plan is the year's, not the report's nine months


@pytest.mark.parametrize(("body", "token"), [
    ("Vốn ngân sách địa phương 9 tháng ước đạt 3.120 tỷ đồng, bằng 61,2% kế hoạch năm và tăng 8,4% so với cùng kỳ.",
     "8,4"),
    ("Giá trị sản xuất công nghiệp ước đạt 41.300 tỷ đồng, đạt 70,5% kế hoạch năm và tăng 7,9% so với cùng kỳ.",
     "7,9"),
])
def test_a_change_after_a_plan_achievement_is_a_result(body: str, token: str) -> None:
    found = figure_of(body, token)
    assert (found.measure, found.status, found.period) == ("change_pct", "estimate", "2023-9M")


def test_a_scenario_of_part_of_the_year_keeps_its_period() -> None:
    found = figure_of("Kết quả này thấp hơn kịch bản tăng trưởng 9 tháng (6,8%).", "6,8")
    assert (found.status, found.period) == ("target", "2023-9M")


# --- an expectation in its own words after a target ---------------------------------------------------------------

@pytest.mark.parametrize(("body", "token"), [
    ("Kịch bản tăng trưởng năm là 8%; nếu các quý còn lại đạt kịch bản thì cả năm dự báo tăng 8,5-9%.", "8,5"),
    ("Mục tiêu cả năm tăng 7%, dự kiến cả năm tăng khoảng 6,6%.", "6,6"),
])
def test_a_forecast_in_its_own_words_after_a_target(body: str, token: str) -> None:
    assert figure_of(body, token).status == "forecast"


# --- the items of a list opened by an estimated line ---------------------------------------------------------------

@pytest.mark.parametrize(("body", "token"), [
    ("Thu nội địa ước đạt 4.210 tỷ đồng, bằng 58,1% dự toán. Một số khoản thu chủ yếu:\n"
     "(1) Thu từ doanh nghiệp nhà nước: 215 tỷ đồng, bằng 47,2% dự toán.\n"
     "(2) Lệ phí trước bạ: 132 tỷ đồng, bằng 51,5% dự toán.", "132"),
    ("Tổng chi ngân sách địa phương ước thực hiện 5.120 tỷ đồng, tăng 6,2% so với cùng kỳ. Trong đó:\n"
     "1. Chi đầu tư phát triển: 1.870 tỷ đồng, bằng 36,4% dự toán.\n"
     "2. Chi thường xuyên: 3.010 tỷ đồng, bằng 49,8% dự toán.", "49,8"),
])
def test_the_items_of_an_estimated_list(body: str, token: str) -> None:
    assert figure_of(body, token, "2023-H1", "6 tháng đầu năm 2023").status == "estimate"


def test_a_nested_list_opens_at_its_own_line() -> None:
    body = ("a) Thu nội địa ước đạt 4.210 tỷ đồng. Trong đó:\n"
            "- Thu từ thuế: 3.100 tỷ đồng. Một số khoản thu chủ yếu:\n"
            "(1) Thuế giá trị gia tăng: 1.240 tỷ đồng.\n"
            "(2) Thuế tiêu thụ đặc biệt: 310 tỷ đồng.")
    assert figure_of(body, "310", "2023-H1", "6 tháng đầu năm 2023").status == "estimate"


@pytest.mark.parametrize(("body", "token"), [
    ("Kết quả thu ngân sách như sau:\n(1) Thu từ doanh nghiệp nhà nước: 215 tỷ đồng.\n"
     "(2) Lệ phí trước bạ: 132 tỷ đồng.", "132"),
    ("Một số sản phẩm chủ yếu:\n- Xi măng 1.250 nghìn tấn, tăng 4,2%.\n"
     "- Điện sản xuất 840 triệu kWh, tăng 2,1%.", "840"),
])
def test_a_list_opened_without_an_estimate_is_actual(body: str, token: str) -> None:
    assert figure_of(body, token, "2023-H1", "6 tháng đầu năm 2023").status == "actual"


# --- another area's figure quoted beside the province's -------------------------------------------------------------

@pytest.mark.parametrize(("body", "token", "status"), [
    ("GRDP 6 tháng ước tăng 7,1% so với cùng kỳ (cả nước tăng 6,4%).", "6,4", "actual"),
    ("Chỉ số sản xuất công nghiệp ước tăng 9,3%, cao hơn mức tăng chung của cả nước (7,6%).", "7,6", "actual"),
    # the country's own estimate stays one
    ("GRDP ước tăng 7,1% so với cùng kỳ, trong khi cả nước ước tăng khoảng 6%.", "6%", "estimate"),
    ("GRDP ước tăng 7,1%, cao hơn mức tăng dự kiến của cả nước (khoảng 6%).", "6%", "estimate"),
])
def test_another_areas_figure_is_its_published_result(body: str, token: str, status: str) -> None:
    found = figure_of(body, token, "2023-H1", "6 tháng đầu năm 2023")
    assert (found.area, found.status) == ("vn", status)


def test_the_details_after_a_national_aside_are_the_provinces() -> None:
    body = ("Tổng mức bán lẻ hàng hóa ước 9.040 tỷ đồng, tăng 8,1% so với cùng kỳ (cả nước tăng 7,9%). "
            "Trong đó: doanh thu bán lẻ hàng hóa 6.820 tỷ đồng, tăng 7,4%.")
    found = figure_of(body, "6.820", "2023-H1", "6 tháng đầu năm 2023")
    assert (found.area, found.status) == (None, "estimate")


# --- numbers that are not figures ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "number"), [
    # a name ending in a number, going on with a verb
    ("Điện sản xuất giảm 3,2% do Nhà máy nhiệt điện Sông Hậu 1 dừng máy bảo dưỡng.", "1"),
    ("Sản lượng tăng nhờ Nhà máy Thủy điện Trung Sơn 2 vận hành ổn định.", "2"),
    # a slogan in quotation marks
    ('Các doanh nghiệp thực hiện "3 tại chỗ" để duy trì sản xuất.', "3"),
    ("Người dân hưởng ứng “5 không” trong phòng chống dịch.", "5"),
    # the salinity line an intrusion is measured at
    ("Mùa khô năm nay, ranh mặn 4‰ trên sông Tiền vào sâu khoảng 52 km.", "4"),
    ("Độ mặn 1 g/l xâm nhập sâu khoảng 35 km so với cửa sông.", "1"),
    # a programme named by its number
    ("Đề án 06 về ứng dụng dữ liệu dân cư được triển khai.", "06"),
    ("Tiếp tục thực hiện Đề án số 2 về phát triển du lịch.", "2"),
    # a dose that names who is counted
    ("Tỷ lệ người từ 18 tuổi trở lên được tiêm ít nhất 1 mũi vắc xin đạt 98%.", "1"),
    ("Phấn đấu có trên 90% dân số được tiêm tối thiểu 2 mũi.", "2"),
    # a period named before a colon
    ("Trong mức tăng chung 9 tháng: công nghiệp tăng 8,1%.", "9"),
])
def test_numbers_that_are_not_figures(body: str, number: str) -> None:
    found = numbers_of(body)
    assert not any(n == number or n.startswith(number + " ") for n in found), found


@pytest.mark.parametrize(("body", "token", "value"), [
    # a name's number is no rank field, and a count's field is no unit: "4/13 địa phương" is an X/Y pair
    ("Có 4/13 địa phương giải ngân chậm.", "13", 13),
    ("Đã có 5/9 huyện hoàn thành kế hoạch.", "9", 9),
])
def test_a_pair_whose_field_is_a_known_rank_unit(body: str, token: str, value: float) -> None:
    found = figure_of(body, token)
    assert (found.measure, float(found.value)) == ("value", value)


def test_a_numbered_name_in_a_table_is_a_cell() -> None:
    body = "Huyện, thị xã\tSố trường\nHuyện Phú Lộc\t34\nThị xã Hương Trà\t28"
    assert "34" in numbers_of(body, "2023", "năm 2023")


# --- a growth compared with another period's or place's -----------------------------------------------------------

@pytest.mark.parametrize(("body", "token"), [
    ("GRDP cả năm ước tăng 8,1% so với năm 2022, cao hơn mức 7,4% của 9 tháng.", "7,4"),
    ("GRDP 9 tháng tăng 6,9%, cao hơn nhiều so với mức 5,1% của 6 tháng đầu năm.", "5,1"),
    ("Mức tăng trưởng năm nay cao hơn rõ rệt so với năm 2022 (6,2%).", "6,2"),
])
def test_a_compared_growth_is_a_growth(body: str, token: str) -> None:
    found = figure_of(body, token, "2023", "năm 2023")
    assert (found.measure, found.value > 0) == ("change_pct", True)


def test_a_growth_after_a_compared_growth_is_no_point_change() -> None:
    body = "Mức tăng trưởng năm nay cao hơn so với năm 2022 (6,2%), với quý I tăng 5,3%, quý II tăng 6,8%."
    assert figure_of(body, "5,3", "2023", "năm 2023").measure == "change_pct"


# --- a change of a rate -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "token", "value"), [
    ("Phấn đấu giảm tỷ lệ hộ nghèo 1,2% trở lên.", "1,2", -1.2),
    ("Phấn đấu tăng tỷ lệ lao động qua đào tạo 0,5% so với năm trước.", "0,5", 0.5),
    # the unit written once after two changes of rates
    ("Hai huyện có tỷ lệ hộ nghèo giảm nhanh nhất (giảm 0,9 và 0,7 điểm phần trăm).", "0,9", -0.9),
    ("Hai huyện có tỷ lệ hộ nghèo giảm nhanh nhất (giảm 0,9 và 0,7 điểm phần trăm).", "0,7", -0.7),
])
def test_a_change_of_a_rate_is_in_points(body: str, token: str, value: float) -> None:
    found = figure_of(body, token, "2023", "năm 2023")
    assert (found.measure, float(found.value)) == ("change_pp", value)


# --- a change written with its sign in brackets ----------------------------------------------------------------------

@pytest.mark.parametrize(("body", "token", "measure", "value"), [
    ("Diện tích lúa gieo sạ 41.300 ha, tăng 1,2% (+490 ha) so với cùng kỳ.", "490", "change_abs", 490),
    ("Sản lượng thủy sản 12.400 tấn, giảm 2,5% (-318 tấn).", "318", "change_abs", -318),
    ("Quần áo may sẵn 18,4 triệu chiếc (-6,8%).", "6,8", "change_pct", -6.8),
])
def test_a_signed_change_in_brackets(body: str, token: str, measure: str, value: float) -> None:
    found = figure_of(body, token)
    assert (found.measure, float(found.value)) == (measure, value)


# --- where a change verb stops governing ---------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "token"), [
    # the things that rose, named with their levels after "như"
    ("Một số sản phẩm tăng khá như xi măng 2.150.000 tấn, tăng 12,5%.", "2.150.000"),
    ("Nhiều mặt hàng giảm là thép 84.000 tấn, giảm 3%.", "84.000"),
    # a semicolon closes the clause of the verb
    ("Thu từ doanh nghiệp nhà nước ước 1.240 tỷ đồng, tăng 45% do giá điện tăng; thu tiền sử dụng đất ước "
     "230 tỷ đồng, giảm 18%.", "230"),
    ("Số vụ cháy giảm; thiệt hại ước 12 tỷ đồng.", "12"),
])
def test_a_level_after_the_verb_stops(body: str, token: str) -> None:
    found = figure_of(body, token)
    assert (found.measure, found.value > 0) == ("value", True)


# --- a target that adds to a stock ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "token"), [
    ("Phấn đấu có thêm 6 xã đạt chuẩn nông thôn mới.", "6 xã"),
    ("Phấn đấu có thêm 12 trường đạt chuẩn quốc gia.", "12"),
])
def test_a_target_that_adds_to_a_stock_is_a_change(body: str, token: str) -> None:
    found = figure_of(body, token)
    assert (found.measure, found.status) == ("change_abs", "target")


# --- disbursement against a plan --------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "token", "status"), [
    ("Đến 30/11 đã giải ngân 7.120 tỷ đồng, đạt 68,2% kế hoạch; dự kiến đến 31/01/2024 giải ngân đạt trên 95%.",
     "95%", "forecast"),
    ("Ước đến 31/12 giải ngân 5.010 tỷ đồng, đạt 80,4% kế hoạch và phấn đấu đến hết tháng 01/2024 vượt 95%.",
     "95%", "target"),
])
def test_the_plan_achieved_by_a_later_date(body: str, token: str, status: str) -> None:
    found = figure_of(body, token, "2023", "năm 2023")
    assert (found.measure, found.status) == ("plan_pct", status)


@pytest.mark.parametrize(("body", "token", "measure"), [
    ("Dự án đường ven biển (tổng mức đầu tư 3.900 tỷ đồng) lũy kế giải ngân 2.870 tỷ đồng, đạt 73,6%.", "73,6",
     "share_pct"),
    ("Kế hoạch vốn năm 2023 của dự án là 650 tỷ đồng, đã giải ngân 468 tỷ đồng, đạt 72%.", "72%", "plan_pct"),
])
def test_disbursed_against_the_plan_or_the_project(body: str, token: str, measure: str) -> None:
    assert figure_of(body, token, "2023", "năm 2023").measure == measure


# --- tables ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("note", [
    "Ghi chú: Số liệu tháng 8/2023 là số ước tính, số liệu 8 tháng là số cộng dồn.",
    "Các số liệu tháng 8 là số ước tính.",
])
def test_a_note_that_the_months_figures_are_estimates_covers_the_table(note: str) -> None:
    body = ("Chỉ tiêu\tĐơn vị tính\tTháng 8/2023\tCộng dồn 8 tháng 2023\n"
            "Kim ngạch xuất khẩu\tTriệu USD\t81,2\t610,5\n"
            "Lượt khách du lịch\tNghìn lượt\t702,4\t5.214\n\n" + note)
    for token in ("610,5", "5.214"):
        assert figure_of(body, token, "2023-8M", "tháng 8 và 8 tháng năm 2023").status == "estimate"


@pytest.mark.parametrize("header", ["Tỷ lệ (%)", "Tỷ lệ"])
def test_a_rate_column_beside_a_whole_and_its_part_is_a_share(header: str) -> None:
    body = (f"Huyện\tTổng số trường\tSố trường đạt chuẩn\t{header}\n"
            "Huyện Phú Lộc\t48\t45\t93,8\nThị xã Hương Trà\t40\t38\t95,0")
    found = figure_of(body, "93,8", "2023", "năm 2023")
    assert (found.measure, found.unit_text) == ("share_pct", "%")


# --- a percentage of a counted quantity ---------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "token", "measure"), [
    ("Tỷ lệ trường đạt chuẩn quốc gia đạt 91,7%, tăng 1,1 điểm phần trăm.", "91,7", "share_pct"),
    ("Tỷ lệ xã đạt chuẩn nông thôn mới đạt 68,4%.", "68,4", "share_pct"),
    # a rate that is its own quantity stays its level
    ("Tỷ lệ hộ nghèo cuối năm còn 2,1%.", "2,1", "value"),
    ("Tỷ lệ lao động qua đào tạo đạt 71%.", "71%", "value"),
])
def test_a_rate_of_a_counted_quantity_is_a_share(body: str, token: str, measure: str) -> None:
    assert figure_of(body, token, "2023", "năm 2023").measure == measure


# --- signs ----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "token", "value"), [
    # a fall stated by its verb far from the number, through "lần lượt là" or a list joined by "và"
    ("Chỉ số giá nhóm giao thông giảm lần lượt là 2,1% và 3,4%.", "2,1", -2.1),
    ("Chỉ số giá nhóm giao thông giảm lần lượt là 2,1% và 3,4%.", "3,4", -3.4),
    ("Sản lượng lúa và ngô giảm 2,1% và 3,4%.", "3,4", -3.4),
    ("Số vụ tai nạn và số người chết giảm 7,5%, 9,2%.", "9,2", -9.2),
    # another area's growth beside a fall of the province's keeps its own sign
    ("GRDP giảm 6,2%, thấp hơn mức tăng của cả nước (5,1%).", "5,1", 5.1),
    ("IIP giảm 3,1%, thấp hơn mức tăng bình quân cả nước (khoảng 4%).", "4%", 4),
    ("GRDP giảm 1,2%, cao hơn mức giảm chung của cả nước (2,5%).", "2,5", -2.5),
    # a typographic minus, or an en dash opening a bracket
    ("Kim ngạch xuất khẩu đạt 120 triệu USD (−4,3%).", "4,3", -4.3),
    ("Kim ngạch nhập khẩu đạt 95 triệu USD (– 2,6%).", "2,6", -2.6),
    # the parts of a structure joined by dashes are no minus signs
    ("Cơ cấu kinh tế: nông nghiệp 19,1% - công nghiệp 38,2% - dịch vụ 42,7%.", "38,2", 38.2),
    ("Cơ cấu kinh tế là 19,1% - 38,2% - 42,7%.", "42,7", 42.7),
    # a negative growth: "âm"
    ("Tăng trưởng quý I âm 1,5%.", "1,5", -1.5),
    ("Khu vực dịch vụ tăng âm 2,3%.", "2,3", -2.3),
    ("Khu vực nông nghiệp giảm 1,2%, đóng góp âm 0,15 điểm phần trăm.", "0,15", -0.15),
    ("Khai khoáng đóng góp -0,2 điểm phần trăm vào mức tăng chung.", "0,2", -0.2),
    # the level a fall reaches is a level: "giảm ... còn"
    ("Tỷ lệ hộ nghèo giảm còn 3,1%.", "3,1", 3.1),
    ("Tổng đàn lợn giảm 5,2% so với cùng thời điểm năm trước, còn 412.000 con.", "412.000", 412000),
    # falls written as comparisons or shortfalls
    ("Thu ngân sách hụt 320 tỷ đồng so với dự toán.", "320", -320),
    ("Giá trị sản xuất thấp hơn cùng kỳ 3,2%.", "3,2", -3.2),
    ("Ngành khai khoáng làm giảm 0,4 điểm phần trăm mức tăng chung.", "0,4", -0.4),
    ("Thiên tai kéo tăng trưởng chung xuống 0,3 điểm phần trăm.", "0,3", -0.3),
    # an amount after a percentage change is a level of its own, not a fall
    ("Nông dân đã gieo 4.120 ha ngô, giảm 6,2% và 5.310 ha rau đậu, giảm 9,1%.", "5.310", 5310),
    ("Xuất khẩu gạo 215 nghìn tấn, tăng 4,4% và 180 triệu USD, tăng 7%.", "180", 180),
    # last year's change quoted beside this year's
    ("Năm trước giảm 1,8% thì năm nay tăng 2,9%.", "1,8", -1.8),
    ("Doanh thu giảm 5% (cùng kỳ tăng 3%).", "3%", 3),
])
def test_signs(body: str, token: str, value: float) -> None:
    assert float(figure_of(body, token).value) == value


# --- plan achievements and shares, more phrasings --------------------------------------------------------------------

@pytest.mark.parametrize(("body", "token", "measure"), [
    # a new sentence about a rate does not go on with the plan achievements before it
    ("Giải quyết việc làm cho 21.000 lao động, đạt 95,5% kế hoạch. Tỷ lệ lao động qua đào tạo đạt 70,5%.", "70,5",
     "value"),
    ("Trồng rừng 2.300 ha, bằng 76% kế hoạch. Tỷ lệ che phủ rừng đạt 47,2%.", "47,2", "value"),
    # the achievement in brackets after the plan it is of
    ("Doanh thu du lịch đạt 1.120 tỷ đồng, vượt kế hoạch năm (đạt 104,6%).", "104,6", "plan_pct"),
    ("Thu ngân sách đạt 3.050 tỷ đồng, vượt dự toán (bằng 112%).", "112", "plan_pct"),
    # a part's share, then the part's own change
    ("Ngành điện tử chiếm khoảng 65% giá trị sản xuất công nghiệp, ước giảm 12,4%.", "12,4", "change_pct"),
    ("Xuất khẩu gạo chiếm 30% kim ngạch xuất khẩu, tăng 8,1%.", "8,1", "change_pct"),
    # a share of named funds or revenue
    ("Phấn đấu giảm nợ thuế xuống dưới 4% tổng thu ngân sách.", "4%", "share_pct"),
    ("Tiết kiệm thêm 30% kinh phí hội nghị còn lại của năm.", "30%", "share_pct"),
])
def test_plan_achievements_and_shares(body: str, token: str, measure: str) -> None:
    assert figure_of(body, token, "2023", "năm 2023").measure == measure


@pytest.mark.parametrize(("body", "token"), [
    ("Góp phần cùng cả nước thực hiện mục tiêu tăng trưởng GDP từ 8% trở lên.", "8%"),
    ("Tỉnh đặt kế hoạch tăng trưởng GRDP 7,5%.", "7,5"),
])
def test_a_growth_target_naming_what_grows(body: str, token: str) -> None:
    found = figure_of(body, token, "2023", "năm 2023")
    assert (found.measure, found.status) == ("change_pct", "target")


@pytest.mark.parametrize(("body", "token"), [
    # a list opened by a sentence of a new subject after an estimated one is not estimated
    ("Vốn đầu tư ước đạt 47.260 tỷ đồng, tăng 10,5%. Tiến độ một số dự án trọng điểm:\n"
     "- Hồ chứa nước Bản Mồng: đã giải ngân 126,5 tỷ đồng.\n- Cầu Bến Thủy 3: đã giải ngân 88 tỷ đồng.", "88"),
    ("Tổng thu ngân sách ước đạt 9.200 tỷ đồng. Kết quả một số công trình:\n"
     "- Trường THPT A: hoàn thành 3 phòng học.\n- Trạm y tế B: hoàn thành 2 khối nhà.", "2 khối"),
])
def test_a_list_of_a_new_subject_after_an_estimate(body: str, token: str) -> None:
    assert figure_of(body, token, "2023-9M").status == "actual"


@pytest.mark.parametrize(("body", "token"), [
    # the parts opened after an estimated sentence, by their own words
    ("GRDP ước tăng 5,3% (kế hoạch cả năm tăng 6,5%). Trong đó:\n- Nông nghiệp tăng 2,1%.\n- Dịch vụ tăng 6,4%.",
     "6,4"),
    ("Cộng dồn 9 tháng, IIP ước tăng 9,6% so với cùng kỳ. Trong các ngành cấp I:\n- Khai khoáng tăng 3,2%.\n"
     "- Chế biến, chế tạo tăng 10,1%.", "10,1"),
])
def test_the_parts_opened_after_an_estimate(body: str, token: str) -> None:
    assert figure_of(body, token, "2023-9M").status == "estimate"


@pytest.mark.parametrize(("body", "token"), [
    # an aim stated after a result, before a semicolon, is no target of the clauses after it
    ("Đường Đông - Tây đạt khoảng 45% khối lượng, phấn đấu thông xe vào cuối năm 2024; đường T21 hoàn thành 82% "
     "khối lượng; đường ĐT.482 đạt 70%.", "82%"),
    ("Cầu A đạt 60% khối lượng, phấn đấu hoàn thành trong quý IV; cầu B đạt 75% khối lượng.", "75%"),
])
def test_an_aim_after_a_result_governs_its_own_clause(body: str, token: str) -> None:
    assert figure_of(body, token, "2023-9M").status == "actual"


@pytest.mark.parametrize(("body", "token"), [
    ("Nếu giữ được đà hiện nay, tăng trưởng GRDP cả năm có thể đạt 7,8-8%.", "7,8"),
    ("Với kết quả 9 tháng, kim ngạch xuất khẩu cả năm sẽ đạt khoảng 1.500 triệu USD.", "1.500"),
    # an expectation goes on in its sentence: "dự báo chỉ đạt ..., hụt ..."
    ("Riêng thu tiền sử dụng đất dự báo chỉ đạt khoảng 900 tỷ đồng, hụt 350 tỷ đồng so với dự toán.", "350"),
])
def test_an_expectation_for_the_year(body: str, token: str) -> None:
    assert figure_of(body, token, "2023-9M").status == "forecast"


@pytest.mark.parametrize(("body", "token", "measure"), [
    # a share in the structure of the economy, then its change: points
    ("Về chuyển dịch cơ cấu kinh tế: khu vực dịch vụ chiếm 48,3%, tăng 1,2%; khu vực công nghiệp chiếm 30,1%, "
     "giảm 0,6%.", "1,2", "change_pp"),
    ("Cơ cấu kinh tế: nông nghiệp chiếm 21,4%, giảm 0,9%.", "0,9", "change_pp"),
    # a planned growth "như kế hoạch": a growth target; a planned rate: the rate
    ("Dự báo cả năm khó đạt tốc độ tăng trưởng 7,5% như kế hoạch đề ra.", "7,5", "change_pct"),
    ("Tỷ lệ che phủ rừng đạt 45% theo kế hoạch.", "45%", "value"),
])
def test_structure_shares_and_planned_growth(body: str, token: str, measure: str) -> None:
    assert figure_of(body, token, "2023-H1", "6 tháng đầu năm 2023").measure == measure


# --- a difference in points without the thing it is compared with named after it -----------------------------------

@pytest.mark.parametrize(("body", "token", "value"), [
    # the comparison is named at the head of the sentence, the difference says which way
    ("So với năm trước, tốc độ tăng trưởng năm nay thấp hơn 0,75 điểm phần trăm.", "0,75", -0.75),
    ("Năm nay mức tăng của khu vực dịch vụ kém 0,4 điểm %, chủ yếu do du lịch chững lại.", "0,4", -0.4),
    ("Tỷ lệ lao động qua đào tạo của tỉnh cao hơn 2,6 điểm phần trăm, nhờ mở thêm lớp nghề.", "2,6", 2.6),
])
def test_a_difference_in_points_takes_the_sign_of_its_comparative(body: str, token: str, value: float) -> None:
    found = figure_of(body, token)
    assert (found.measure, float(found.value)) == ("change_pp", value)


# --- a contribution with the whole named between "làm" and its verb ----------------------------------------------

@pytest.mark.parametrize(("body", "token", "value"), [
    ("Nhóm nhà ở và vật liệu xây dựng tăng 6,1%, làm chỉ số giá chung tăng 0,92 điểm phần trăm.", "0,92", 0.92),
    ("Thuế sản phẩm giảm 1,3%, làm tốc độ tăng chung giảm 0,05 điểm phần trăm.", "0,05", -0.05),
    ("Giá xăng dầu giảm 4,2%, tác động làm cho CPI chung giảm 0,16 điểm %.", "0,16", -0.16),
])
def test_a_contribution_names_the_whole_it_moves(body: str, token: str, value: float) -> None:
    found = figure_of(body, token)
    assert (found.measure, float(found.value)) == ("contribution_pp", value)


# --- the same measure for another area or period, stated beside the figure ---------------------------------------

@pytest.mark.parametrize(("body", "token"), [
    ("Giải ngân vốn đầu tư công đạt 61,2% kế hoạch, cao hơn mức 52,4% của cả nước.", "52,4"),
    ("Đến ngày 30/9, giải ngân 812 tỷ đồng, đạt 45,3% kế hoạch (cả nước khoảng 40,1%).", "40,1"),
    ("Vốn đầu tư công giải ngân 38,5% kế hoạch, nhỉnh hơn tỷ lệ 35,2% của cả nước.", "35,2"),
    ("Tỉnh giải ngân được 1.020 tỷ đồng, đạt 55,0% kế hoạch, thấp hơn cùng kỳ năm 2022 (60,3%).", "60,3"),
])
def test_a_compared_level_has_the_measure_of_the_figure_it_is_compared_with(body: str, token: str) -> None:
    assert figure_of(body, token).measure == "plan_pct"


def test_a_compared_growth_stays_a_growth() -> None:
    body = "Tổng sản phẩm trên địa bàn tăng 7,4%, cao hơn mức 6,8% của cả nước."
    assert figure_of(body, "6,8").measure == "change_pct"


# --- a part's change after a rate's change is a change in points too ------------------------------------------------

@pytest.mark.parametrize(("body", "token", "value"), [
    ("Phấn đấu giảm tỷ lệ hộ nghèo 1,5% trở lên, riêng hộ nghèo đồng bào dân tộc thiểu số giảm 3%.", "3%", -3),
    ("Tỷ lệ thất nghiệp giảm 0,3 điểm phần trăm, trong đó khu vực thành thị giảm 0,5%.", "0,5", -0.5),
])
def test_a_part_of_a_rate_changes_in_points(body: str, token: str, value: float) -> None:
    found = figure_of(body, token)
    assert (found.measure, float(found.value)) == ("change_pp", value)


@pytest.mark.parametrize(("body", "token", "basis"), [
    # a contribution to the change of the price index: points of the index, no price basis
    ("Chỉ số giá tiêu dùng tháng 9 tăng 3,1%. Nhóm giáo dục tăng 8,2%, làm CPI chung tăng 0,52 điểm phần trăm.",
     "0,52", ""),
    ("Chỉ số giá tiêu dùng bình quân tăng 2,4%; riêng nhóm giao thông giảm 3,6%, góp phần làm chỉ số giá tiêu dùng "
     "giảm 0,35 điểm phần trăm.", "0,35", ""),
    # a contribution to the growth of GRDP: points of growth at constant prices
    ("GRDP tăng 7,2%; khu vực công nghiệp và xây dựng tăng 9,8%, đóng góp 3,6 điểm phần trăm.", "3,6",
     "constant-2010"),
])
def test_the_price_basis_of_a_contribution(body: str, token: str, basis: str) -> None:
    found = figure_of(body, token)
    assert (found.measure, found.basis or "") == ("contribution_pp", basis)


# --- the parts of an amount achieved against a plan: their percentages are achievements too -------------------------

@pytest.mark.parametrize(("body", "token"), [
    ("Đến ngày 30/9, giải ngân 1.500 tỷ đồng, đạt 60,2% kế hoạch; trong đó vốn ngân sách địa phương 1.200 tỷ đồng, "
     "đạt 65,4%; vốn ngân sách trung ương 300 tỷ đồng, đạt 45,1%.", "65,4"),
    ("Đến ngày 30/9, giải ngân 1.500 tỷ đồng, đạt 60,2% kế hoạch; trong đó vốn ngân sách địa phương 1.200 tỷ đồng, "
     "đạt 65,4%; vốn ngân sách trung ương 300 tỷ đồng, đạt 45,1%.", "45,1"),
    ("Thu ngân sách nhà nước 4.200 tỷ đồng, bằng 72% dự toán; riêng thu nội địa 3.900 tỷ đồng, đạt 75,5%.", "75,5"),
])
def test_the_parts_of_an_achievement_against_the_plan(body: str, token: str) -> None:
    assert figure_of(body, token).measure == "plan_pct"


@pytest.mark.parametrize("token", ["65,4", "45,1"])
def test_the_achievement_of_a_part_run_up_to_a_date_is_a_running_total(token: str) -> None:
    body = ("Đến ngày 30/11/2023, giải ngân 1.500 tỷ đồng, đạt 60,2% kế hoạch; trong đó vốn ngân sách địa phương "
            "1.200 tỷ đồng, đạt 65,4%; vốn ngân sách trung ương 300 tỷ đồng, đạt 45,1%.")
    found = figure_of(body, token, "2023", "năm 2023")
    # (capital drawn up to 30 November: over the first eleven months, annotation guide 3.4)
    assert (found.measure, found.period, found.cumulative) == ("plan_pct", "2023-11M", True)


# --- the country's figure named after its number ("mức 5,6% của cả nước") --------------------------------------

@pytest.mark.parametrize(("body", "token", "measure"), [
    ("Tổng sản phẩm trên địa bàn ước tăng 7,2%, cao hơn mức tăng 5,6% của cả nước.", "5,6", "change_pct"),
    ("Giải ngân vốn đầu tư công ước đạt 61,2% kế hoạch, cao hơn mức 52,4% của cả nước.", "52,4", "plan_pct"),
    ("Vốn đầu tư công giải ngân ước đạt 38,5% kế hoạch, nhỉnh hơn tỷ lệ 35,2% của toàn quốc.", "35,2", "plan_pct"),
])
def test_the_country_named_after_a_compared_figure(body: str, token: str, measure: str) -> None:
    found = figure_of(body, token)
    # the country's published result, not the province's estimate
    assert (found.measure, found.area, found.status) == (measure, "vn", "actual")


@pytest.mark.parametrize("body", [
    "Kim ngạch xuất khẩu của tỉnh chiếm 3,1% của cả nước.",
    "Diện tích lúa của tỉnh bằng 4,2% của cả nước.",
])
def test_a_share_of_the_country_is_the_province_s(body: str) -> None:
    assert figure_of(body, body.split()[-4]).area is None


# --- a table column of achievement against the plan, headed with the abbreviations of the genre ------------------

@pytest.mark.parametrize("header", ["So sánh ƯTH/KH (%)", "UTH/KH 2023 (%)", "Ước TH so KH (%)"])
def test_a_column_of_estimated_result_over_plan_is_plan_achievement(header: str) -> None:
    body = (f"Biểu: Các chỉ tiêu chủ yếu\nSTT\tChỉ tiêu\tĐơn vị\tKế hoạch 2023\tƯớc thực hiện 2023\t{header}\n"
            "1\tKim ngạch xuất khẩu\tTriệu USD\t1.200\t1.260\t105,0\n2\tSố lao động được tạo việc làm\tNgười\t20.000"
            "\t19.400\t97,0")
    for token in ("105,0", "97,0"):
        found = figure_of(body, token, "2023", "năm 2023")
        assert found.measure == "plan_pct", (header, token, found.measure)


# --- a list of targets opened by a head that says what must be reached ---------------------------------------------

@pytest.mark.parametrize(("body", "token", "measure"), [
    ("Các chỉ tiêu chủ yếu cần tập trung hoàn thành trong 6 tháng cuối năm gồm: sản lượng lúa 1,2 triệu tấn; "
     "kim ngạch xuất khẩu 950 triệu USD; giải ngân vốn đầu tư công trên 95% kế hoạch.", "1,2", "plan_value"),
    ("Các chỉ tiêu chủ yếu cần tập trung hoàn thành trong 6 tháng cuối năm gồm: sản lượng lúa 1,2 triệu tấn; "
     "kim ngạch xuất khẩu 950 triệu USD; giải ngân vốn đầu tư công trên 95% kế hoạch.", "95", "plan_pct"),
    ("Những chỉ tiêu phải đạt đến cuối năm: thu ngân sách 5.200 tỷ đồng, tạo việc làm cho 28.000 lao động.",
     "28.000", "plan_value"),
])
def test_a_list_of_targets_to_reach(body: str, token: str, measure: str) -> None:
    found = figure_of(body, token, "2023-H1", "6 tháng đầu năm 2023")
    assert (found.measure, found.status) == (measure, "target")


@pytest.mark.parametrize("body", [
    "Các chỉ tiêu chủ yếu ước thực hiện như sau: sản lượng lúa 1,2 triệu tấn; kim ngạch xuất khẩu 950 triệu USD.",
    "Các chỉ tiêu đã đạt được: sản lượng lúa 1,2 triệu tấn; kim ngạch xuất khẩu 950 triệu USD.",
])
def test_a_list_of_results_is_no_list_of_targets(body: str) -> None:
    found = figure_of(body, "1,2", "2023-H1", "6 tháng đầu năm 2023")
    assert (found.measure, found.status != "target") == ("value", True)


# --- signs: the words of the genre that turn a number into a fall ------------------------------------------------

@pytest.mark.parametrize(("body", "token", "measure", "value"), [
    # verbs of a rise or a fall besides "tăng" and "giảm"
    ("Doanh thu du lịch sụt 12,4% so với cùng kỳ.", "12,4", "change_pct", -12.4),
    ("Lượng khách lưu trú tụt 8,5% do mưa bão kéo dài.", "8,5", "change_pct", -8.5),
    ("Ngành chế biến, chế tạo chỉ nhích 1,6%, mức thấp nhất trong các ngành.", "1,6", "change_pct", 1.6),
    ("Giá nhóm lương thực nhích lên 0,7% so với tháng trước.", "0,7", "change_pct", 0.7),
    # the comparison between the verb and its number
    ("Giá trị xuất khẩu giảm so với cùng kỳ năm trước 6,2%.", "6,2", "change_pct", -6.2),
    ("Số hộ nghèo giảm so với đầu năm 350 hộ.", "350", "change_abs", -350),
    # a comparative whose comparison is named at the head of the sentence, or is a long-term average
    ("So với cùng kỳ năm trước, số doanh nghiệp thành lập mới ít hơn 120 doanh nghiệp.", "120", "change_abs", -120),
    ("Lượng mưa trung bình thấp hơn trung bình nhiều năm 18%.", "18", "change_pct", -18),
    # a percentage of another period's level, then the fall it means: a change in %, not in points
    ("Lượng khách quốc tế chỉ bằng 85,3% cùng kỳ, tức giảm 14,7%.", "14,7", "change_pct", -14.7),
    ("Sản lượng khai thác bằng 96% năm trước, giảm 4%.", "4%", "change_pct", -4),
])
def test_the_sign_and_measure_of_a_change(body: str, token: str, measure: str, value: float) -> None:
    found = figure_of(body, token)
    assert (found.measure, float(found.value)) == (measure, value)


@pytest.mark.parametrize(("body", "token", "low", "high"), [
    ("Doanh thu dự kiến giảm 5%-7% so với cùng kỳ.", "5%", -5, -7),
    ("Doanh thu dự kiến giảm từ 5% đến 7% so với cùng kỳ.", "5%", -5, -7),
    ("Giá phân bón tăng từ 10% đến 15%.", "10", 10, 15),
])
def test_a_range_with_its_unit_written_twice_is_one_figure(body: str, token: str, low: float, high: float) -> None:
    found = figure_of(body, token)
    assert (found.measure, float(found.value), float(found.value_max)) == ("change_pct", low, high)


@pytest.mark.parametrize("body", [
    "Cơ cấu kinh tế: nông nghiệp 9,1% - công nghiệp 58,2% - dịch vụ 32,7%.",
    "Cơ cấu kinh tế (nông nghiệp - công nghiệp - dịch vụ) tương ứng là 9,1% - 58,2% - 32,7%.",
])
def test_a_structure_written_with_dashes_is_no_range(body: str) -> None:
    assert len(numbers_of(body)) == 3


@pytest.mark.parametrize("verb", ["nhích", "sụt"])
def test_a_change_in_other_words_keeps_the_name_of_what_changed(verb: str) -> None:
    body = ("Chỉ số sản xuất toàn ngành công nghiệp tăng 6,2%; ngành khai khoáng tăng 12,5%; chế biến, chế tạo "
            f"chỉ {verb} 2,4%, thấp nhất trong các ngành.")
    with_verb, plain = figure_of(body, "2,4"), figure_of(body.replace(f"chỉ {verb}", "chỉ tăng"), "2,4")
    assert with_verb.measure == "change_pct" and with_verb.indicator == plain.indicator is not None


# --- numbers that are no figures: times of day and spans of hours --------------------------------------------------

@pytest.mark.parametrize(("body", "figures"), [
    ("Lúc 14 giờ 30 ngày 5/9, mực nước sông Hồng đạt 4,2 m.", ["4,2 m"]),
    ("Vào 8h15 sáng, mực nước hồ đạt 42,5 m.", ["42,5 m"]),
    ("Trong 24 giờ qua, toàn tỉnh ghi nhận 15 ca mắc mới.", ["15 ca"]),
    ("Từ 7 giờ đến 11 giờ trưa, lực lượng chức năng đã khống chế đám cháy trên 3 ha rừng.", ["3 ha"]),
])
def test_times_of_day_are_no_figures(body: str, figures: list[str]) -> None:
    assert numbers_of(body) == figures


def test_hours_counted_are_figures() -> None:
    assert numbers_of("Toàn tỉnh tổ chức 1.250 giờ huấn luyện cho lực lượng dân quân.") == ["1.250 giờ"]


@pytest.mark.parametrize("body", [
    "Trong năm có thêm 5 xã đạt chuẩn nông thôn mới nâng cao và 2 xã đạt chuẩn nông thôn mới kiểu mẫu.",
    "Năm 2024 phấn đấu có thêm 6 xã đạt chuẩn nông thôn mới nâng cao và 2 xã đạt chuẩn nông thôn mới kiểu mẫu.",
])
def test_more_governs_the_count_joined_to_it(body: str) -> None:
    assert figure_of(body, "2 xã", "2023", "năm 2023").measure == "change_abs"


@pytest.mark.parametrize("body", [
    "Trong 6 tháng qua có thêm 3 xã đạt chuẩn nông thôn mới nâng cao và 2 xã đạt chuẩn nông thôn mới kiểu mẫu.",
    "Đến nay, toàn tỉnh có thêm 3 xã đạt chuẩn nông thôn mới nâng cao và 2 xã đạt chuẩn nông thôn mới kiểu mẫu.",
])
def test_a_count_added_to_a_stock_is_dated_like_the_stock(body: str) -> None:
    for token in ("3 xã", "2 xã"):
        found = figure_of(body, token, "2023-H1", "6 tháng đầu năm 2023")
        assert (found.measure, found.period) == ("change_abs", "2023-06-30"), token


# --- a rate over the population is a level, a share of it is stated with "chiếm" ----------------------------------

@pytest.mark.parametrize(("body", "token", "measure"), [
    ("Tỷ lệ bao phủ bảo hiểm y tế đạt 93,5% dân số.", "93,5", "value"),
    ("Toàn tỉnh đã tiêm vắc xin cho khoảng 62,3% dân số từ 18 tuổi trở lên.", "62,3", "value"),
    ("Dân số đô thị 420 nghìn người, chiếm 31,2% dân số toàn tỉnh.", "31,2", "share_pct"),
])
def test_a_rate_over_the_population(body: str, token: str, measure: str) -> None:
    assert figure_of(body, token).measure == measure


# --- a percentage disbursed is of the allocation planned --------------------------------------------------------

@pytest.mark.parametrize(("body", "token", "measure"), [
    ("Vốn ngân sách địa phương giải ngân 31,2%, vốn ngân sách trung ương mới đạt 26,1%.", "31,2", "plan_pct"),
    ("Đến ngày 30/9, vốn đầu tư công giải ngân trên 70%, cao nhất trong 5 năm.", "70", "plan_pct"),
    ("Tuyến đường ven biển giải ngân được 62,5% vốn bố trí trong năm.", "62,5", "plan_pct"),
    # measured against the project's whole investment, it is a share of it
    ("Dự án cầu vượt sông đã giải ngân 48% tổng mức đầu tư.", "48", "share_pct"),
])
def test_a_percentage_disbursed(body: str, token: str, measure: str) -> None:
    assert figure_of(body, token).measure == measure


# --- "giá trị tăng thêm" (value added) names a level, it is no rise ----------------------------------------------

@pytest.mark.parametrize(("body", "token"), [
    ("Ngành công nghiệp có giá trị tăng thêm ước 3.100 tỷ đồng, tăng 9,5%.", "3.100"),
    ("Giá trị tăng thêm khu vực dịch vụ đạt 12.450 tỷ đồng.", "12.450"),
])
def test_value_added_is_a_level(body: str, token: str) -> None:
    found = figure_of(body, token)
    assert (found.measure, found.value > 0) == ("value", True)


# --- an empty table cell written "-" between two numbers is no range ----------------------------------------------

@pytest.mark.parametrize("row", [
    "Giải ngân vốn đầu tư công\tTỷ đồng\t4.200\t2.310,5\t-\t55,0",
    "Vốn đầu tư công\tTỷ đồng\t4.200\t2.310,5\t–\t55,0",
])
def test_an_empty_cell_between_numbers_is_no_range(row: str) -> None:
    body = ("Chỉ tiêu\tĐơn vị tính\tKế hoạch năm 2023\tƯớc thực hiện 9 tháng\tSo với cùng kỳ (%)\t"
            f"So với kế hoạch (%)\n{row}")
    found = figure_of(body, "2.310,5")
    assert (found.value_max, figure_of(body, "55,0").measure) == (None, "plan_pct")


# --- a programme named by its number or by its aim ---------------------------------------------------------------

@pytest.mark.parametrize(("body", "figures"), [
    ("Diện tích tham gia Đề án phát triển bền vững 1 triệu ha lúa chất lượng cao đạt 185.000 ha.", ["185.000 ha"]),
    ("Thực hiện Đề án 06, toàn tỉnh đã thu nhận 12.500 hồ sơ.", ["12.500 hồ sơ"]),
    # the programme's own results are figures
    ("Đề án nâng cao chất lượng giáo dục đã hỗ trợ 1.200 học sinh.", ["1.200 học sinh"]),
])
def test_a_programme_name_holds_no_figure(body: str, figures: list[str]) -> None:
    assert numbers_of(body) == figures


# --- a range compared with another time or a price: the words after the range are the whole range's ------------------

@pytest.mark.parametrize(("body", "token", "low", "high"), [
    ("Giá lợn hơi dao động 50.000 - 56.000 đồng/kg, thấp hơn 6 - 9% so với cùng kỳ.", "6 - 9", -6, -9),
    ("Giá cà phê nhân xô cao hơn 12-15% so với năm trước.", "12-15", 12, 15),
    ("Giá hàng bình ổn thấp hơn giá thị trường từ 5-10%.", "5-10", -5, -10),
    ("Phấn đấu kéo giảm tai nạn giao thông trên cả ba tiêu chí về số vụ, số người chết và số người bị thương từ "
     "5-10% so với năm 2022.", "5-10", -5, -10),
])
def test_a_range_of_change_keeps_its_sign(body: str, token: str, low: float, high: float) -> None:
    found = figure_of(body, token)
    assert (found.measure, float(found.value), float(found.value_max)) == ("change_pct", low, high)


@pytest.mark.parametrize(("body", "token", "value"), [
    ("Hàng bình ổn có giá thấp hơn mặt bằng chung khoảng 7%.", "7%", -7),
    ("Giá vé tàu dịp lễ cao hơn ngày thường khoảng 20%.", "20%", 20),
])
def test_a_difference_from_a_thing_named_in_words(body: str, token: str, value: float) -> None:
    found = figure_of(body, token)
    assert (found.measure, float(found.value)) == ("change_pct", value)


@pytest.mark.parametrize(("body", "token"), [
    ("Phấn đấu tỷ lệ tham gia bảo hiểm y tế đạt 95%; giảm số vụ cháy, nổ 12% so với năm trước.", "12%"),
    ("Tỷ lệ hộ dùng nước sạch đạt 92%; giảm số ca sốt xuất huyết 20% so với cùng kỳ.", "20%"),
])
def test_a_rate_before_a_semicolon_is_not_what_changes(body: str, token: str) -> None:
    found = figure_of(body, token)
    assert (found.measure, found.value < 0) == ("change_pct", True)


# --- a level set as a target is a plan level, whatever it counts -------------------------------------------------

@pytest.mark.parametrize(("body", "token"), [
    ("Phấn đấu trong quý IV tổ chức 12 hội chợ thương mại và đào tạo nghề cho 3.500 người.", "12 hội chợ"),
    ("Mục tiêu năm 2024: tổng đàn bò 52.000 con; có ít nhất 30 sản phẩm OCOP được công nhận.", "30 sản phẩm"),
])
def test_a_target_count_is_a_plan_level(body: str, token: str) -> None:
    found = figure_of(body, token)
    assert (found.measure, found.status) == ("plan_value", "target")


def test_the_whole_of_a_target_pair_stays_a_count() -> None:
    found = figure_of("Phấn đấu đến cuối năm có 14/18 xã đạt chuẩn nông thôn mới.", "18 xã")
    assert found.measure == "value"


# --- a work's progress is a level of the work, not a share; a share of a whole stays one --------------------------

@pytest.mark.parametrize(("body", "token"), [
    ("Dự án đường ven sông (tổng mức đầu tư 820 tỷ đồng) đã hoàn thành khoảng 64% khối lượng; cầu Bến Đá đạt 40% "
     "giá trị hợp đồng.", "64%"),
    ("Dự án đường ven sông (tổng mức đầu tư 820 tỷ đồng) đã hoàn thành khoảng 64% khối lượng; cầu Bến Đá đạt 40% "
     "giá trị hợp đồng.", "40%"),
    ("Dự án hồ chứa nước Suối Mơ đạt 70%; dự án đường tỉnh 712 đạt 35%.", "35%"),
])
def test_a_works_progress_is_a_level(body: str, token: str) -> None:
    found = figure_of(body, token)
    assert (found.indicator, found.measure) == ("project-progress", "value")


@pytest.mark.parametrize("body", [
    "Công trình kè chống sạt lở bờ biển đạt 55% khối lượng, dự kiến hoàn thành trong quý I năm sau.",
    "Chợ đầu mối nông sản đang xây dựng, giá trị thực hiện ước đạt 55% giá trị hợp đồng.",
])
def test_a_works_progress_is_a_level_whatever_it_is_linked_to(body: str) -> None:
    assert figure_of(body, "55%").measure == "value"


@pytest.mark.parametrize(("body", "token", "indicator"), [
    # the site handed over is a work's progress too, a level of the work (guide 3.2), whatever words name the site
    ("Dự án đường tránh phía Tây đã bàn giao 83% mặt bằng cho đơn vị thi công.", "83%", "site-clearance-progress"),
    ("Khu tái định cư Bắc sông đã giải phóng được 61% diện tích mặt bằng.", "61%", "site-clearance-progress"),
    # and so is the share of the works' value or of the schedule done
    ("Nhà văn hóa trung tâm đạt 47% giá trị xây lắp, chậm so với dự kiến.", "47%", "project-progress"),
    ("Cầu vượt nút giao phía Nam hoàn thành 52% giá trị hợp đồng.", "52%", "project-progress"),
])
def test_what_a_works_progress_is_a_share_of_names_its_indicator(body: str, token: str, indicator: str) -> None:
    found = figure_of(body, token)
    assert (found.indicator, found.measure) == (indicator, "value")


@pytest.mark.parametrize(("body", "token"), [
    ("Nhà văn hóa trung tâm đạt 47% giá trị xây lắp, chậm so với dự kiến.", "47%"),
    ("Khu tái định cư Bắc sông đã giải phóng được 61% diện tích mặt bằng.", "61%"),
])
def test_a_works_progress_is_dated_by_the_same_words(body: str, token: str) -> None:
    assert figure_of(body, token).period == "2023-09-30"


@pytest.mark.parametrize("token", ["42%", "30%"])
def test_a_part_of_a_whole_stays_a_share(token: str) -> None:
    body = ("Xuất khẩu thủy sản chiếm 42% kim ngạch xuất khẩu; khối lượng hàng hóa qua cảng chiếm 30% tổng khối "
            "lượng toàn vùng.")
    assert figure_of(body, token).measure == "share_pct"


# --- a list of shares goes on past a semicolon, a comma or "và", each part named bare --------------------------------

@pytest.mark.parametrize(("body", "token"), [
    ("Thị trường xuất khẩu: Hoa Kỳ chiếm 38,5% kim ngạch; EU 22,1%; Nhật Bản 9,4%.", "22,1"),
    ("Thị trường xuất khẩu: Hoa Kỳ chiếm 38,5% kim ngạch; EU 22,1%; Nhật Bản 9,4%.", "9,4"),
    ("Chăn nuôi theo hình thức trang trại chiếm khoảng 60% đối với lợn và 35% đối với gia cầm.", "35%"),
    ("Hộ nông dân bán ra khoảng 70% sản lượng cà phê, tạm trữ 30% sản lượng.", "70%"),
    ("Nông sản chế biến sâu chiếm trên 40% sản lượng, riêng tôm trên 60%, cá tra trên 55%.", "55%"),
])
def test_a_list_of_shares_goes_on(body: str, token: str) -> None:
    assert figure_of(body, token).measure == "share_pct"


@pytest.mark.parametrize(("body", "token", "measure"), [
    ("Dịch vụ chiếm 41,2% GRDP, tăng 1,3%.", "1,3", "change_pct"),
    ("Lúa chất lượng cao chiếm 85% diện tích gieo trồng; tỷ lệ hộ nông thôn dùng nước sạch 95%.", "95%", "value"),
])
def test_a_list_of_shares_stops_at_a_verb_or_a_rate(body: str, token: str, measure: str) -> None:
    assert figure_of(body, token).measure == measure


@pytest.mark.parametrize(("body", "token"), [
    ("Nhiệm vụ quý IV: triển khai quyết liệt 5 nhóm giải pháp điều hành ngân sách.", "5 nhóm"),
    ("Nhiệm vụ quý IV: phối hợp với các hợp tác xã tại 4 huyện vùng cao để tiêu thụ nông sản.", "4 huyện"),
])
def test_the_means_and_places_of_a_plan_are_no_plan_level(body: str, token: str) -> None:
    assert figure_of(body, token).measure == "value"


# --- a percentage of a clause about disbursing capital is disbursed against the plan -------------------------------

@pytest.mark.parametrize(("body", "token"), [
    ("Một số huyện giải ngân khá: huyện Đông Sơn đạt 41,2%, huyện Quảng Xương 38,6%, thị xã Nghi Sơn 35,1%.", "38,6"),
    ("Giải ngân vốn đầu tư công so với kế hoạch tỉnh giao mới đạt 27,4%, thấp hơn cùng kỳ.", "27,4"),
    ("Tồn tại: giải ngân vốn đầu tư công còn chậm (18,3%); thu ngân sách giảm.", "18,3"),
    ("Phấn đấu vốn các chương trình mục tiêu quốc gia giải ngân tối thiểu 80%.", "80%"),
])
def test_disbursed_capital_is_against_the_plan(body: str, token: str) -> None:
    assert figure_of(body, token).measure == "plan_pct"


@pytest.mark.parametrize(("body", "token", "measure"), [
    ("Giải ngân vốn đầu tư công đạt 45% kế hoạch, tỷ lệ lao động qua đào tạo đạt 70%.", "70%", "value"),
    ("Dự án cầu Rạch Miễu 2 (tổng mức đầu tư 5.175 tỷ đồng) đã giải ngân 3.100 tỷ đồng, đạt 60%.", "60%", "share_pct"),
])
def test_disbursement_does_not_take_a_rate_or_a_works_whole(body: str, token: str, measure: str) -> None:
    assert figure_of(body, token).measure == measure


# --- the figure of the time or place compared with, in brackets after its name ------------------------------------

@pytest.mark.parametrize(("body", "token", "measure"), [
    ("GRDP 9 tháng ước tăng 6,8% so với cùng kỳ, cao hơn mức tăng của quý I (5,2%) và 6 tháng đầu năm (6,1%), "
     "đồng thời cao hơn mức tăng chung của cả nước (4,9%).", "6,1", "change_pct"),
    ("GRDP 9 tháng ước tăng 6,8% so với cùng kỳ, cao hơn mức tăng của quý I (5,2%) và 6 tháng đầu năm (6,1%), "
     "đồng thời cao hơn mức tăng chung của cả nước (4,9%).", "4,9", "change_pct"),
    ("Chỉ số sản xuất công nghiệp tăng 12,4%, cao gấp đôi mức bình quân của vùng (6,1%).", "6,1", "change_pct"),
    ("Giải ngân vốn đầu tư công đạt 58,3% kế hoạch, thấp hơn tỷ lệ của cả nước (61,2%).", "61,2", "plan_pct"),
])
def test_the_figure_compared_with_in_brackets_has_the_same_measure(body: str, token: str, measure: str) -> None:
    assert figure_of(body, token).measure == measure


# --- a change named as a noun; a percentage level written with a minus is a fall ------------------------------------

@pytest.mark.parametrize(("body", "token", "measure", "value"), [
    ("Mức giảm của chỉ số giá nhóm giao thông là 3,2%.", "3,2", "change_pct", -3.2),
    ("Riêng quý II mức tăng chỉ còn khoảng 1,4%.", "1,4", "change_pct", 1.4),
    ("Mức tăng của chỉ số sản xuất công nghiệp là 5,1%.", "5,1", "change_pct", 5.1),
    ("Mức giảm tỷ lệ hộ nghèo năm nay là 1,2%.", "1,2", "change_pp", -1.2),
])
def test_a_change_named_as_a_noun(body: str, token: str, measure: str, value: float) -> None:
    found = figure_of(body, token)
    assert (found.measure, float(found.value)) == (measure, value)


@pytest.mark.parametrize(("body", "token"), [
    ("Tổng vốn đầu tư nước ngoài 9 tháng đạt 95 triệu USD (so với cùng kỳ: -12,3%).", "12,3"),
    ("Kim ngạch nhập khẩu: 1.200 triệu USD, -8,4% so với cùng kỳ.", "8,4"),
])
def test_a_percentage_with_a_minus_is_a_fall(body: str, token: str) -> None:
    found = figure_of(body, token)
    assert (found.measure, found.value < 0) == ("change_pct", True)


@pytest.mark.parametrize(("body", "token", "value"), [
    # signs both ways: a fall far from its number, a comparison, a bracket with its own verb
    ("Sản lượng thủy sản khai thác 9 tháng giảm so với cùng kỳ 5,2%.", "5,2", -5.2),
    ("Tổng mức bán lẻ hàng hóa ước đạt 12.500 tỷ đồng, so với cùng kỳ giảm 3,1%.", "3,1", -3.1),
    ("Kim ngạch nhập khẩu tăng 1,2% (cùng kỳ năm trước giảm 3,4%).", "3,4", -3.4),
    ("Doanh thu du lịch giảm 5,2% so với cùng kỳ (cả nước tăng 2,1%).", "2,1", 2.1),
    ("Số dự án đăng ký mới ít hơn cùng kỳ 12 dự án.", "12 dự án", -12),
    ("Tổng đàn lợn giảm mạnh, chỉ còn 215.000 con, giảm 18,2%.", "215.000", 215000),
    ("Số vụ cháy giảm 5 vụ (-12,5%), thiệt hại tài sản ước 3,2 tỷ đồng.", "12,5", -12.5),
])
def test_signs_both_ways(body: str, token: str, value: float) -> None:
    assert float(figure_of(body, token).value) == value


# --- names with numbers are no figures -----------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Thời tiết thuận lợi, tổ máy số 1 Nhà máy Nhiệt điện Vũng Áng 1 vận hành trở lại.",
    "Nhà máy Nhiệt điện Ô Môn 2 đang chạy thử; lò cao số 3 dừng để bảo dưỡng.",
])
def test_names_with_numbers_are_no_figures(body: str) -> None:
    assert numbers_of(body) == []


@pytest.mark.parametrize(("body", "numbers"), [
    ("Toàn tỉnh có tổng số 120 hộ được hỗ trợ; số 45 hộ còn lại được hỗ trợ trong quý IV.", ["120 hộ", "45 hộ"]),
    ("Trong số 29 chỉ tiêu chủ yếu, ước có 26 chỉ tiêu đạt kế hoạch.", ["29 chỉ tiêu chủ yếu", "26 chỉ tiêu"]),
])
def test_a_count_after_so_is_a_figure(body: str, numbers: list[str]) -> None:
    assert numbers_of(body) == numbers


# --- ranks: among the places named after the number, in a top group; the field of a rank is no figure ---------------

@pytest.mark.parametrize(("body", "token"), [
    ("Quy mô GRDP xếp thứ 33/63 cả nước và thứ 3 khu vực Bắc Trung Bộ.", "3 khu"),
    ("Chỉ số PCI đứng thứ 2 vùng Đồng bằng sông Cửu Long, tăng 4 bậc.", "2 vùng"),
    ("Lần đầu tiên tỉnh lọt vào nhóm 10 địa phương thu hút FDI lớn nhất cả nước.", "10 địa phương"),
    ("Mục tiêu năm 2024: PCI nằm trong nhóm 20 tỉnh dẫn đầu.", "20 tỉnh"),
])
def test_ranks_among_places(body: str, token: str) -> None:
    found = figure_of(body, token)
    assert (found.measure, found.unit_text) == ("rank", "")


@pytest.mark.parametrize(("body", "numbers"), [
    ("Tăng trưởng GRDP đứng đầu 6 tỉnh Bắc Trung Bộ.", []),
    ("Tỉnh xếp thứ 8 trong 14 tỉnh miền núi phía Bắc.", ["8"]),
    ("Nhóm 5 doanh nghiệp lớn nhất nộp 1.200 tỷ đồng.", ["5 doanh nghiệp", "1.200 tỷ đồng"]),
])
def test_the_field_of_a_rank_is_no_figure(body: str, numbers: list[str]) -> None:
    assert numbers_of(body) == numbers


# --- a part's share in brackets after its amount or its contribution ------------------------------------------------

@pytest.mark.parametrize(("body", "token"), [
    ("Khu vực dịch vụ tăng 6,5%, đóng góp 2,24 điểm phần trăm (27,8%); khu vực công nghiệp tăng 9,1%, đóng góp 4,1 "
     "điểm % (51%).", "51%"),
    ("Khu vực dịch vụ tăng 6,5%, đóng góp 2,24 điểm phần trăm (27,8%).", "27,8"),
    ("Vốn đầu tư thực hiện chia theo nguồn: vốn nhà nước 12.580 tỷ đồng (24,0%); vốn ngoài nhà nước 19.910 tỷ đồng "
     "(38,0%).", "38,0"),
    ("Phân theo loại hình kinh tế: kinh tế nhà nước đạt 4.500 tỷ đồng (18,2%), kinh tế ngoài nhà nước 16.300 tỷ đồng "
     "(65,9%).", "18,2"),
])
def test_a_parts_share_in_brackets(body: str, token: str) -> None:
    assert figure_of(body, token).measure == "share_pct"


def test_a_bracketed_percentage_after_an_amount_alone_is_no_share() -> None:
    assert figure_of("Doanh thu du lịch đạt 1.200 tỷ đồng (95,2%).", "95,2").measure != "share_pct"


# --- a share named "tỷ trọng" and its level; the plan of a share in brackets is a share -------------------------------

@pytest.mark.parametrize(("body", "token"), [
    ("Tỷ trọng của khu vực nông nghiệp trong GRDP theo giá hiện hành ước đạt 19,0% (kế hoạch năm 2024: 18,9%).",
     "19,0"),
    ("Tỷ trọng của khu vực nông nghiệp trong GRDP theo giá hiện hành ước đạt 19,0% (kế hoạch năm 2024: 18,9%).",
     "18,9"),
    ("Thủy sản 677 triệu USD, giảm 14,3%, tỷ trọng còn 60,4% tổng kim ngạch.", "60,4"),
    ("Dịch vụ chiếm 41,2% GRDP (kế hoạch 42%).", "42%"),
])
def test_a_share_named_and_its_plan(body: str, token: str) -> None:
    assert figure_of(body, token).measure == "share_pct"


def test_the_change_of_a_share_named_is_in_points() -> None:
    body = "Tỷ trọng công nghiệp chế biến trong giá trị sản xuất công nghiệp là 85,2%, tăng 1,1 điểm phần trăm."
    assert figure_of(body, "1,1").measure == "change_pp"


# --- capital allocated, what a disbursement is spent against, is a plan level -------------------------------------

@pytest.mark.parametrize(("body", "token"), [
    ("Riêng vốn ba chương trình mục tiêu quốc gia được giao 620 tỷ đồng, mới giải ngân 180 tỷ đồng, đạt 29%.", "620"),
    ("Vốn chương trình phục hồi kinh tế (410 tỷ đồng) mới giải ngân 22 tỷ đồng.", "410"),
    ("Tỉnh đã phân bổ, giao chi tiết cho các địa phương, đơn vị 9.820 tỷ đồng.", "9.820"),
])
def test_capital_allocated_is_a_plan_level(body: str, token: str) -> None:
    assert figure_of(body, token).measure == "plan_value"


@pytest.mark.parametrize(("body", "token"), [
    ("Dự án cầu Bình Ca (tổng mức đầu tư 1.200 tỷ đồng) đã giải ngân 800 tỷ đồng.", "1.200"),
    ("Dự án cầu Bình Ca (tổng mức đầu tư 1.200 tỷ đồng) đã giải ngân 800 tỷ đồng.", "800"),
    ("Giải ngân kế hoạch Thủ tướng Chính phủ giao được 2.817,9 tỷ đồng, đạt 48%.", "2.817,9"),
    ("Đã bàn giao 120 tỷ đồng tài sản cho địa phương quản lý.", "120"),
    ("Thu tiền sử dụng đất bằng 35,3% dự toán giao cho thành phố, thị xã Hòa Lạc đạt 86 tỷ đồng.", "86"),
])
def test_a_works_whole_and_money_spent_are_no_plan(body: str, token: str) -> None:
    assert figure_of(body, token).measure == "value"


# --- capital added to investment projects is an amount, not a change ------------------------------------------------

@pytest.mark.parametrize(("body", "token"), [
    ("Cấp mới 3 dự án FDI với tổng vốn đăng ký 186 triệu USD; 8 lượt dự án điều chỉnh tăng vốn thêm 845 triệu USD.",
     "845"),
    ("Cả năm ước cấp mới 318 dự án và điều chỉnh tăng vốn 262 lượt, tổng vốn cấp mới và tăng thêm đạt 158.900 tỷ "
     "đồng.", "262"),
    ("Cả năm ước cấp mới 318 dự án và điều chỉnh tăng vốn 262 lượt, tổng vốn cấp mới và tăng thêm đạt 158.900 tỷ "
     "đồng.", "158.900"),
])
def test_capital_added_is_an_amount(body: str, token: str) -> None:
    assert figure_of(body, token).measure == "value"


def test_a_count_that_grows_is_still_a_change() -> None:
    assert figure_of("Số xã đạt chuẩn nông thôn mới tăng thêm 5 xã.", "5 xã").measure == "change_abs"




# --- times, months listed, working groups and map scales are no figures ----------------------------------------------

@pytest.mark.parametrize(("body", "numbers"), [
    ("Thứ Tư, 14/07/2021 - 08:35 (BBG) - Sản lượng điện tăng 5%.", ["5%"]),
    ("Nắng nóng kéo dài tháng 5 - 6 làm năng suất giảm; trong tháng 10 và 11, một số cửa hàng tạm ngừng bán.", []),
    ("Các tổ công tác 467, 477 đã tiếp nhận 35 kiến nghị.", ["35"]),
    ("Bản đồ tỷ lệ 1:500 được lập cho 12 xã; quy hoạch tỷ lệ 1/2000 cho 3 khu đô thị.", ["12 xã", "3 khu"]),
    ("Tháng 9, 25 doanh nghiệp thành lập mới; tháng 7 và tháng 8 tăng 3%.", ["25 doanh nghiệp", "3%"]),
])
def test_times_months_names_and_scales_are_no_figures(body: str, numbers: list[str]) -> None:
    assert numbers_of(body) == numbers


# --- age and grade bands, class thresholds, stretches of time and days of the month are no figures -----------------

@pytest.mark.parametrize(("body", "numbers"), [
    ("Trẻ từ 3 đến 5 tuổi đi học mẫu giáo đạt 98%.", ["98%"]),
    ("Trẻ em từ 6 - 14 tuổi đến trường đạt 99,2%.", ["99,2"]),
    ("Học sinh lớp 1 đến lớp 5 được học 2 buổi/ngày; học sinh THCS lớp 6 - 9 đạt 99%.", ["99%"]),
    ("Hộ có mức thu nhập dưới 1,5 triệu đồng/người/tháng là hộ nghèo; toàn tỉnh còn 3.200 hộ nghèo.", ["3.200"]),
    ("Doanh nghiệp có doanh thu trên 100 tỷ đồng nộp 60% số thu.", ["60%"]),
    ("Sau 35 năm đổi mới, kinh tế tỉnh tăng trưởng bình quân 7%/năm.", ["7%"]),
    ("Trong 10 ngày cuối tháng, giá lúa tăng 200 đồng/kg.", ["200"]),
    ("Đợt nắng nóng từ ngày 5 đến ngày 12 làm 300 ha lúa bị hạn.", ["300"]),
])
def test_bands_thresholds_and_days_are_no_figures(body: str, numbers: list[str]) -> None:
    assert [n.split()[0].rstrip("%") for n in numbers_of(body)] == [n.rstrip("%") for n in numbers]


@pytest.mark.parametrize(("body", "token"), [
    ("Tỉnh có trên 500 doanh nghiệp có vốn trên 10 tỷ đồng.", "500"),
    ("Doanh thu trên 100 tỷ đồng, tăng 5%.", "100"),
])
def test_a_bound_stated_of_the_province_is_a_figure(body: str, token: str) -> None:
    assert any(n.startswith(token) for n in numbers_of(body))


# --- table columns of changes; a negative cell against another period is a change --------------------------------

@pytest.mark.parametrize(("body", "token", "measure", "value"), [
    ("Chỉ tiêu\tĐơn vị tính\tThực hiện 9 tháng năm 2023\tSo với cùng kỳ (%)\nSản lượng lúa\tTấn\t215.400\t97,8\n"
     "Kim ngạch xuất khẩu\tTriệu USD\t1.250\t-8,2", "-8,2", "change_pct", -8.2),
    ("Chỉ tiêu\tĐơn vị tính\tThực hiện 9 tháng năm 2023\tSo với cùng kỳ (%)\nSản lượng lúa\tTấn\t215.400\t97,8",
     "97,8", "value", 97.8),
    ("Chỉ tiêu\tĐơn vị tính\tƯớc 9 tháng\tTăng/giảm so với cùng kỳ (%)\nSản lượng thủy sản\tTấn\t82.350\t-3,4\n"
     "Số doanh nghiệp thành lập mới\tDoanh nghiệp\t512\t6,5", "6,5", "change_pct", 6.5),
    ("Chỉ tiêu\tĐơn vị tính\tƯớc 9 tháng\tTăng (+), giảm (-) so với cùng kỳ\nDiện tích lúa\tHa\t38.200\t-1.150",
     "-1.150", "change_abs", -1150),
])
def test_table_columns_of_changes(body: str, token: str, measure: str, value: float) -> None:
    text = HEADER.format(title="9 tháng năm 2023") + body + "\n"
    at = text.index(token, len(HEADER)) + (1 if token.startswith("-") else 0)
    found = [f for f in extract(text, report_period="2023-9M").figures if f.start == at]
    assert found and (found[0].measure, float(found[0].value)) == (measure, value)


# --- the level before a change ("từ X ... xuống/lên Y") is positive; of a growth rate, a growth ----------------------

@pytest.mark.parametrize(("body", "token", "measure"), [
    ("Tốc độ tăng GRDP giảm từ 7,2% năm 2022 xuống 5,1%.", "7,2", "change_pct"),
    ("Tăng trưởng tín dụng tăng từ mức 8,5% lên 11,2%.", "8,5", "change_pct"),
    ("Tỷ lệ hộ nghèo giảm từ 6,82% xuống còn khoảng 5,51%.", "6,82", "value"),
    ("Số hộ nghèo giảm từ 12.500 hộ (đầu năm) xuống 10.200 hộ.", "12.500", "value"),
])
def test_the_level_before_a_change_is_positive(body: str, token: str, measure: str) -> None:
    found = figure_of(body, token)
    assert (found.measure, found.value > 0) == (measure, True)


@pytest.mark.parametrize(("body", "token"), [
    ("Chỉ số giá nhóm lương thực, thực phẩm, giao thông giảm lần lượt 0,5%; 1,2% và 3,4%.", "1,2"),
    ("Chỉ số giá nhóm lương thực, thực phẩm, giao thông giảm lần lượt 0,5%; 1,2% và 3,4%.", "3,4"),
    ("Giá xăng, dầu diesel giảm tương ứng 2,1%, 3,5%.", "3,5"),
])
def test_a_list_of_falls_keeps_its_sign(body: str, token: str) -> None:
    found = figure_of(body, token)
    assert (found.measure, found.value < 0) == ("change_pct", True)


# --- an amount of money then "đạt X%" of nothing named is plan achievement ----------------------------------------

@pytest.mark.parametrize(("body", "token", "measure"), [
    ("Chi đầu tư phát triển 2.150 tỷ đồng, đạt 64,8%; chi thường xuyên 4.020 tỷ đồng, đạt 71,2%.", "64,8", "plan_pct"),
    ("Chi đầu tư phát triển 2.150 tỷ đồng, đạt 64,8%; chi thường xuyên 4.020 tỷ đồng, đạt 71,2%.", "71,2", "plan_pct"),
    ("Doanh thu bán lẻ đạt 12.500 tỷ đồng, đạt 105% so với cùng kỳ.", "105%", "value"),
    ("Dự án cầu Hòa Bình (tổng mức đầu tư 3.916 tỷ đồng) lũy kế giải ngân 2.870 tỷ đồng, đạt 73,3%.", "73,3",
     "share_pct"),
])
def test_money_then_achieved_is_against_the_plan(body: str, token: str, measure: str) -> None:
    assert figure_of(body, token).measure == measure


@pytest.mark.parametrize(("body", "token", "measure"), [
    ("Kế hoạch năm tăng trên 7%, 9 tháng mới đạt 5,2%.", "5,2", "change_pct"),
    ("Kim ngạch xuất khẩu quý III tăng 4,1%, tính chung 9 tháng đạt 6,3%.", "6,3", "change_pct"),
    ("Doanh thu tăng 4,1%, tỷ lệ lợi nhuận đạt 6,3%.", "6,3", "value"),
])
def test_a_change_goes_on_for_another_time(body: str, token: str, measure: str) -> None:
    assert figure_of(body, token).measure == measure


# --- above the plan by X%; a planned change of a rate in points; disbursed against a plan the clause states -----------

@pytest.mark.parametrize(("body", "token", "measure"), [
    ("Phấn đấu thu ngân sách vượt dự toán ít nhất 10%, tức đạt trên 17.450 tỷ đồng.", "10%", "change_pct"),
    ("Doanh thu du lịch vượt kế hoạch năm 8%.", "8%", "change_pct"),
    ("Tỷ lệ hộ nghèo còn 5,51% (giảm 1,31 điểm phần trăm, kế hoạch giảm 1-1,5%).", "1-1,5", "change_pp"),
    ("Giá trị sản xuất nông nghiệp tăng 4,45%, cao hơn 1,45 điểm phần trăm so với kế hoạch (kế hoạch tăng 3%).",
     "3%", "change_pct"),
    ("Dự án hồ chứa nước Tha La, tổng mức đầu tư 280 tỷ đồng: kế hoạch vốn năm 2024 là 95 tỷ đồng, đã giải ngân "
     "61,8 tỷ đồng (65,1%).", "65,1", "plan_pct"),
    ("Một số huyện giải ngân khá: huyện A đạt 24,6%, huyện B 22,1%; các huyện C, D đạt dưới 6%.", "6%", "plan_pct"),
])
def test_plans_exceeded_planned_rates_and_disbursement(body: str, token: str, measure: str) -> None:
    assert figure_of(body, token).measure == measure


@pytest.mark.parametrize(("body", "token", "measure"), [
    ("Nhiệm vụ quý IV: tiếp tục cải thiện môi trường kinh doanh, có thêm 900 doanh nghiệp thành lập mới.", "900",
     "plan_value"),
    ("Nhiệm vụ quý IV: phấn đấu có ít nhất 12 sản phẩm OCOP được công nhận.", "12", "plan_value"),
    ("Nhiệm vụ quý IV: phát triển các mô hình liên kết 4 nhà trong sản xuất lúa.", "4 nhà", "value"),
])
def test_a_target_count_needs_a_targets_words(body: str, token: str, measure: str) -> None:
    assert figure_of(body, token).measure == measure


@pytest.mark.parametrize(("body", "token"), [
    # an allocation named in an earlier clause is not the plan of the next amount (review of the sixth session)
    ("Nguồn vốn năm nay được giao sớm, đến cuối tháng 9 các chủ đầu tư đã thanh toán 2.640 tỷ đồng.", "2.640"),
    ("Vốn đầu tư công thấp hơn so với kế hoạch được phân bổ, đến nay giải ngân 1.870 tỷ đồng.", "1.870"),
])
def test_an_allocation_before_a_comma_is_not_the_next_amounts_plan(body: str, token: str) -> None:
    assert figure_of(body, token).measure == "value"


@pytest.mark.parametrize(("body", "token"), [
    ("Khối lượng rác thải được thu gom bình quân mỗi ngày 85 tấn, tăng 4% so với cùng kỳ.", "85"),
    ("Sân bay đón một ngày 46 chuyến bay vào dịp cao điểm.", "46"),
])
def test_a_quantity_per_day_is_a_figure_not_a_date(body: str, token: str) -> None:
    assert token in " ".join(numbers_of(body))


def test_an_allocation_is_read_within_its_own_clause() -> None:
    # (the pattern itself: an allocation named before a comma is not the next amount's; review of the sixth session)
    from provkg.extract.measure import _allocated_before
    assert not _allocated_before("Thu ngân sách bằng 105% dự toán giao, cả năm ước ")
    assert not _allocated_before("Vốn đầu tư thấp hơn kế hoạch được giao, vốn đầu tư công ước ")
    assert _allocated_before("Vốn ba chương trình mục tiêu quốc gia được giao ")
    assert _allocated_before("Tỉnh đã phân bổ, giao chi tiết cho các huyện ")


# --- a plan of capital named by its source: "kế hoạch vốn ngân sách tỉnh 1.200 tỷ đồng" ------------------------------

@pytest.mark.parametrize(("body", "token"), [
    ("Năm 2024, dự kiến kế hoạch vốn ngân sách tỉnh khoảng 3.150 tỷ đồng, tập trung cho các dự án chuyển tiếp.",
     "3.150"),
    ("Kế hoạch vốn ngân sách trung ương 920 tỷ đồng; đến nay đã giải ngân 610 tỷ đồng, đạt 66,3%.", "920"),
])
def test_a_plan_of_capital_named_by_its_source_is_a_plan_level(body: str, token: str) -> None:
    found = figure_of(body, token, "2023", "năm 2023")
    assert (found.measure, found.status) == ("plan_value", "target")


def test_capital_of_a_source_spent_is_no_plan() -> None:
    body = "Kế hoạch vốn ngân sách trung ương 920 tỷ đồng; đến nay đã giải ngân 610 tỷ đồng, đạt 66,3%."
    assert figure_of(body, "610", "2023", "năm 2023").measure == "value"


# --- a plan, then what was done of it, then "đạt Z%": the achievement of that plan ---------------------------------

@pytest.mark.parametrize(("body", "token"), [
    # the plan in the clause before, in the unit of what was done
    ("Cây đậu tương: kế hoạch năm 3.400 ha; thực hiện 3.115 ha, đạt 91,6%.", "91,6%"),
    # a target set ("chỉ tiêu giao") in the same clause
    ("Trồng cây phân tán: chỉ tiêu giao 1,2 triệu cây, đã trồng 0,95 triệu cây, đạt 79,2%.", "79,2%"),
])
def test_the_achievement_of_a_plan_stated_before_what_was_done(body: str, token: str) -> None:
    assert figure_of(body, token).measure == "plan_pct"


@pytest.mark.parametrize(("body", "token"), [
    # a plan in another unit than what was done: the rate is a level of its own
    ("Kế hoạch vốn năm 2023 là 850 tỷ đồng; dân số trung bình 1,25 triệu người, tỷ lệ đô thị hóa đạt 41,5%.",
     "41,5%"),
    ("Chỉ tiêu giao 1.500 ha; đã trồng 1.320 ha rừng, tỷ lệ cây sống đạt 92%.", "92%"),
])
def test_a_rate_after_a_plan_of_another_quantity_stays_a_level(body: str, token: str) -> None:
    assert figure_of(body, token).measure == "value"


# --- the level of the area compared with, in brackets, no figure of ours before it ----------------------------------

@pytest.mark.parametrize(("body", "token", "measure", "value"), [
    # a rate compared with the country's or the region's: that place's rate, not a fall ("thấp hơn" is no "giảm")
    ("Tỷ lệ hộ nghèo của tỉnh thấp hơn bình quân cả nước (2,9%).", "2,9%", "value", 2.9),
    ("Tỷ lệ lao động qua đào tạo thấp hơn bình quân các tỉnh trong vùng (68,5%).", "68,5%", "value", 68.5),
    # a disbursement rate is against the plan there too
    ("Tỷ lệ giải ngân vốn đầu tư công so với kế hoạch giao của tỉnh cao hơn bình quân chung cả nước (38,6%).",
     "38,6%", "plan_pct", 38.6),
    # after an amount, not a rate of ours: still the other place's level
    ("Vốn giao năm 2023 là 4.120 tỷ đồng; tỷ lệ giải ngân so với kế hoạch cao hơn bình quân cả nước (41,3%).",
     "41,3%", "plan_pct", 41.3),
    ("Toàn tỉnh có 12.400 hộ nghèo, tỷ lệ hộ nghèo thấp hơn bình quân vùng (4,8%).", "4,8%", "value", 4.8),
])
def test_the_level_of_the_place_compared_with_is_no_change(body: str, token: str, measure: str, value: float) -> None:
    found = figure_of(body, token)
    assert (found.measure, float(found.value)) == (measure, value)


@pytest.mark.parametrize(("body", "token", "value"), [
    # a change compared with the country's: that place's change, its sign from its own words
    ("Kim ngạch xuất khẩu tăng cao hơn bình quân cả nước (8,1%).", "8,1%", 8.1),
    ("Doanh thu du lịch giảm sâu hơn mức giảm chung của cả nước (4,5%).", "4,5%", -4.5),
    ("Tốc độ tăng trưởng kinh tế của tỉnh thấp hơn mức tăng chung của cả nước (6,4%).", "6,4%", 6.4),
])
def test_the_change_of_the_place_compared_with_keeps_its_own_sign(body: str, token: str, value: float) -> None:
    found = figure_of(body, token)
    assert (found.measure, float(found.value)) == ("change_pct", value)


# --- an amount's difference from its plan, in %: "thấp hơn dự toán 5,2%" -------------------------------------------

@pytest.mark.parametrize(("body", "token", "value"), [
    ("Thu ngân sách đạt 9.120 tỷ đồng, thấp hơn dự toán 5,2%.", "5,2%", -5.2),
    ("Sản lượng thủy sản đạt 61.200 tấn, hụt so với kế hoạch 2,5%.", "2,5%", -2.5),
    ("Doanh thu bán lẻ đạt 48.300 tỷ đồng, cao hơn kế hoạch 3,4%.", "3,4%", 3.4),
])
def test_an_amounts_difference_from_its_plan_is_a_change_against_the_plan(body: str, token: str, value: float) -> None:
    found = figure_of(body, token, "2023", "năm 2023")
    assert (found.measure, float(found.value), found.note) == ("change_pct", value, "vs plan")


# --- a list whose head names the direction, its items bare: "Một số sản phẩm giảm: gạch nung 11,7%" ---------------

@pytest.mark.parametrize(("body", "token", "value"), [
    ("Các nhóm hàng giảm giá so với tháng trước: nhóm giao thông 2,1%, nhóm bưu chính viễn thông 0,4%.", "0,4%", -0.4),
    ("Một số sản phẩm giảm so với cùng kỳ: xi măng giảm 8,1%; gạch nung 11,7%; thép xây dựng 5,2%.", "11,7%", -11.7),
    ("Một số sản phẩm tăng khá: bia các loại 12,4%, nước máy thương phẩm 6,1%.", "6,1%", 6.1),
])
def test_the_items_of_a_list_headed_by_a_change_are_changes(body: str, token: str, value: float) -> None:
    found = figure_of(body, token)
    assert (found.measure, float(found.value)) == ("change_pct", value)


@pytest.mark.parametrize(("body", "token"), [
    ("Cơ cấu kinh tế chuyển dịch theo hướng tăng: công nghiệp 45,2%; dịch vụ 38,1%.", "38,1%"),
    ("Các xã có tỷ lệ hộ nghèo giảm mạnh: xã A còn 3,2%, xã B còn 4,1%.", "4,1%"),
])
def test_levels_in_a_list_headed_by_a_change_stay_levels(body: str, token: str) -> None:
    assert figure_of(body, token).measure in ("share_pct", "value")


@pytest.mark.parametrize(("body", "token"), [
    # a bare percentage in brackets after a part's amount and the words describing the part, in a sentence that
    # breaks a whole down (a structure, "xét theo", "trong đó"), is the part's share of the whole
    ("Cơ cấu hàng qua cảng: hàng xuất khẩu 3.120 nghìn TTQ (41,3%); hàng nội địa 4.430 nghìn TTQ (58,7%).", "58,7"),
    ("Xét theo nguyên nhân, có 52 vụ do vượt ẩu, lấn làn (41,6%) và 30 vụ do say rượu (24,0%).", "24,0"),
    ("Đã tiếp nhận 9.800 hồ sơ, trong đó 7.150 hồ sơ nộp qua mạng (73,0%).", "73,0"),
    # ... whatever a word of it says of a work ("khối lượng", "đường bộ"): no work's progress
    ("Cơ cấu khối lượng hàng vận chuyển gồm: đường bộ 8.400 nghìn tấn (70,0%), đường sông 3.600 nghìn tấn (30,0%).",
     "70,0"),
])
def test_a_parts_share_in_brackets_after_its_described_amount(body: str, token: str) -> None:
    assert figure_of(body, token).measure == "share_pct"


_TASKS_NEXT = "Trồng mới 1.200 ha rừng.\nII. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024\n"


@pytest.mark.parametrize(("body", "token", "measure"), [
    # in the tasks part a count of things to do, reach or keep under is a planned level, whatever verb sets it
    ("- Nhựa hóa 240 km đường huyện, nâng cấp 35 cầu yếu.", "240", "plan_value"),
    ("- Tuyển dụng bổ sung 420 nhân viên y tế cho tuyến xã.", "420", "plan_value"),
    ("- Kiềm chế tai nạn giao thông, không quá 310 vụ và 150 người chết.", "150", "plan_value"),
    # ... not a rate per head, nor what a work is by design
    ("- Nâng số bác sĩ lên 14 bác sĩ/vạn dân.", "14", "value"),
    ("- Khởi công bệnh viện ung bướu quy mô thiết kế 500 giường.", "500", "value"),
    ("- Nhân rộng mô hình liên kết 5 nhà trong chăn nuôi bò.", "5 nhà", "value"),
])
def test_a_count_set_in_the_tasks_part_is_a_planned_level(body: str, token: str, measure: str) -> None:
    assert figure_of(_TASKS_NEXT + body, token, "2023", "năm 2023").measure == measure
