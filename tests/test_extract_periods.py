"""Periods of figures, family by family, in sentences written for these tests (two phrasings of each family)."""

from __future__ import annotations

import pytest

from provkg.core.model import Figure
from provkg.core.periods import first_months
from provkg.extract.extractor import extract

HEADER = "BÁO CÁO\nTình hình kinh tế - xã hội {title}\nPhần thứ nhất\n"


def figure_of(body: str, token: str, report_period: str, title: str = "6 tháng đầu năm 2023") -> Figure:
    text = HEADER.format(title=title) + body + "\n"
    result = extract(text, report_period=report_period)
    for f in result.figures:
        if text[f.start:].startswith(token):
            return f
    raise AssertionError(f"{token!r} not found among {[text[f.start:f.end] for f in result.figures]}")


def period_of(body: str, token: str, report_period: str, title: str = "6 tháng đầu năm 2023") -> str:
    return figure_of(body, token, report_period, title).period


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a level up to a month: the end of that month, the report's year when none is written
    ("Tính đến hết tháng 5, cả tỉnh có 41 xã đạt chuẩn nông thôn mới.", "41", "2023-05-31"),
    ("Đến tháng 4/2023, toàn tỉnh có 512 doanh nghiệp đang hoạt động.", "512", "2023-04-30"),
    # a day and a month without a year
    ("Vụ Thu Đông đến ngày 15/6 đã gieo trồng 2.140 ha.", "2.140", "2023-06-15"),
    ("Tính tới 10/5 đã tiêm 8.300 liều vắc xin.", "8.300", "2023-05-10"),
    # a herd or outstanding loans: a stock at the end of the period
    ("Tổng đàn trâu ước 61.200 con, giảm 1,5%.", "61.200", "2023-06-30"),
    ("Dư nợ tín dụng đạt 48.700 tỷ đồng, tăng 4,1% so với đầu năm.", "48.700", "2023-06-30"),
    # a crop season is its year's
    ("Vụ Xuân năm 2023 gieo cấy 12.400 ha lúa.", "12.400", "2023"),
    ("Diện tích vụ Đông Xuân 2022-2023 đạt 15.300 ha.", "15.300", "2022/2023"),
])
def test_periods_of_levels(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023-H1") == expected


@pytest.mark.parametrize(("body", "token"), [
    ("Trong tháng, tổng mức bán lẻ hàng hóa ước đạt 3.950 tỷ đồng.", "3.950"),
    ("Giá trị xuất khẩu của tháng ước 112 triệu USD.", "112"),
])
def test_this_month_in_a_monthly_release(body: str, token: str) -> None:
    assert period_of(body, token, "2023-10M", title="tháng 10 và 10 tháng năm 2023") == "2023-10"


def test_this_month_is_not_a_numbered_month() -> None:
    assert period_of("Trong tháng 9, thu ngân sách đạt 310 tỷ đồng.", "310", "2023-10M",
                     title="tháng 10 và 10 tháng năm 2023") == "2023-09"


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a bullet's label names the year its figures belong to
    ("- Hội thi tay nghề năm 2021: có 85 thí sinh tham dự. Tỷ lệ đạt giải 40%.", "40%", "2021"),
    ("- Đợt khảo sát năm 2020: 1.250 hộ được phỏng vấn.", "1.250", "2020"),
])
def test_year_of_a_bullet_label(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023-H1") == expected


@pytest.mark.parametrize("body", [
    "Đến tháng 5/2023, toàn tỉnh có 402/455 trường đạt chuẩn quốc gia; trong đó:\n"
    "- Mầm non: 120/131 trường, đạt 91,6%;\n",
    "Tính đến hết tháng 5, cả tỉnh có 402 trường đạt chuẩn quốc gia, gồm:\n- Mầm non: 120 trường, chiếm 29,9%;\n",
])
def test_parts_take_the_date_of_their_total(body: str) -> None:
    assert period_of(body, "120", "2023-H1") == "2023-05-31"


@pytest.mark.parametrize(("body", "token", "expected"), [
    ("Chỉ tiêu tuyển sinh vào lớp 10 là 9.800 học sinh.", "9.800", "2023/2024"),
    ("Kế hoạch tuyển mới năm học tới là 1.200 trẻ.", "1.200", "2023/2024"),
])
def test_plans_of_a_school_year_report(body: str, token: str, expected: str) -> None:
    text_title = "năm học 2022-2023"
    body = "II. NHIỆM VỤ NĂM HỌC 2023-2024\n" + body
    assert period_of(body, token, "2022/2023", title=text_title) == expected


# -- reading what a PDF's layout did to the text ----------------------------------------------------------------

def test_a_wrapped_line_is_one_sentence() -> None:
    from provkg.extract.context import unwrap_lines

    wrapped = ("Giá trị sản xuất toàn ngành công nghiệp của tỉnh trong kỳ ước tính đạt 9.120 tỷ đồng,\n"
               "tăng 6,1% so với cùng kỳ năm trước và vượt kế hoạch đề ra.\n- Mục tiếp theo\n")
    joined = unwrap_lines(wrapped)
    assert len(joined) == len(wrapped)
    assert "đồng, tăng" in joined and "trước và vượt kế hoạch đề ra.\n- Mục" in joined


def test_a_paragraph_wrapped_twice_is_one_line() -> None:
    from provkg.extract.context import unwrap_lines

    wrapped = ("Sản lượng thủy sản nuôi trồng và khai thác của toàn tỉnh trong sáu tháng ước đạt\n"
               "12.400 tấn, tăng 3,2% so với cùng kỳ; trong đó sản lượng nuôi trồng chiếm phần lớn với\n"
               "9.800 tấn.\n")
    joined = unwrap_lines(wrapped)
    assert len(joined) == len(wrapped)
    assert joined.count("\n") == 1 and "ước đạt 12.400 tấn" in joined and "lớn với 9.800 tấn." in joined


@pytest.mark.parametrize("text", [
    "Ngắn\nhơn\n",  # a short line is a heading or an item
    "Cột thứ nhất có tiêu đề dài    Cột thứ hai    Cột ba có chữ\nthường ở dòng sau\n",  # a table row
    "Dòng dài này kết thúc bằng dấu chấm ở cuối câu của đoạn văn bản.\nsau đó là chữ thường\n",
])
def test_lines_that_are_not_wrapped(text: str) -> None:
    from provkg.extract.context import unwrap_lines

    assert unwrap_lines(text) == text


def test_estimate_of_a_wrapped_sentence_reaches_its_second_line() -> None:
    body = ("Tổng sản phẩm trên địa bàn theo giá so sánh năm nay ước tính đạt 21.400 tỷ đồng,\n"
            "tăng 6,3% so với năm trước; khu vực dịch vụ tăng 7,1%.")
    text = HEADER.format(title="năm 2023") + body + "\n"
    figures = extract(text, report_period="2023").figures
    assert [f.status for f in figures] == ["estimate"] * 3


def test_a_table_laid_out_with_spaces_is_read_by_its_columns() -> None:
    table = ("Chỉ tiêu    Năm 2022    Ước năm 2023    Năm 2023 so với năm 2022 (%)\n"
             "Sản lượng lúa (tấn)    402.100    415.800    103,41\n")
    text = HEADER.format(title="năm 2023") + "Một số kết quả chủ yếu như sau:\n" + table
    figures = {text[f.start:f.end].split()[0]: f for f in extract(text, report_period="2023").figures}
    assert figures["415.800"].status == "estimate" and figures["415.800"].period == "2023"
    assert figures["402.100"].period == "2022" and figures["402.100"].status == "actual"
    assert figures["103,41"].measure == "value" and figures["103,41"].unit_text == "%"  # an index: 103,41% of 2022


# -- a month, a quarter and the sentence that details them -------------------------------------------------------

@pytest.mark.parametrize(("body", "token", "expected"), [
    ("Vốn đầu tư công tháng 6 ước đạt 410 tỷ đồng; tính chung quý II ước đạt 1.150 tỷ đồng, tăng 9,1%.", "1.150",
     "2023-Q2"),
    ("Vốn đầu tư công tháng 6 ước đạt 410 tỷ đồng; tính chung quý II ước đạt 1.150 tỷ đồng, tăng 9,1%.", "9,1%",
     "2023-Q2"),
    ("Tăng trưởng đều qua các quý: quý I tăng 5,2%, quý II tăng 6,9%.", "6,9%", "2023-Q2"),
    ("Xuất khẩu tháng Sáu ước đạt 96 triệu USD; quý II ước đạt 280 triệu USD.", "96", "2023-06"),
])
def test_months_and_quarters_in_the_clause(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023-H1") == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Quý II ước đạt 1.950 tỷ đồng, tăng 9,1%. Trong đó vốn cấp tỉnh 1.600 tỷ đồng.", "2023-Q2"),
    # the aside ("riêng quý II") is not what the next sentence details: the part is bigger than it
    ("Cả 6 tháng ước đạt 2.300 tỷ đồng; riêng quý II đạt 1.150 tỷ đồng. Trong tổng số, vốn cấp tỉnh 1.600 tỷ đồng.",
     "2023-H1"),
])
def test_a_detail_sentence_takes_the_period_of_what_it_details(body: str, expected: str) -> None:
    assert period_of(body, "1.600", "2023-H1") == expected


@pytest.mark.parametrize(("body", "token"), [
    ("GRDP quý II ước tăng 6,9% so với cùng kỳ (quý II năm 2022 tăng 5,1%), xếp thứ 12/63 tỉnh, thành phố.", "12"),
    ("Tổng sản phẩm quý II ước tăng 6,9% (cùng kỳ năm 2022 tăng 5,1%), đứng thứ 3 trong vùng.", "3"),
])
def test_a_bracketed_aside_does_not_give_its_period_to_what_follows(body: str, token: str) -> None:
    text = HEADER.format(title="6 tháng đầu năm 2023") + body + "\n"
    figures = {text[f.start:f.end].split("/")[0]: f for f in extract(text, report_period="2023-H1").figures}
    assert figures[token].period == "2023-Q2" and figures[token].status == "estimate"


def test_a_past_result_quoted_beside_an_estimate_is_actual() -> None:
    body = "GRDP quý II ước tăng 6,9% so với cùng kỳ (quý II năm 2022 tăng 5,1%)."
    assert period_of(body, "5,1%", "2023-H1") == "2022-Q2"
    text = HEADER.format(title="6 tháng đầu năm 2023") + body + "\n"
    past = [f for f in extract(text, report_period="2023-H1").figures if text[f.start:].startswith("5,1%")][0]
    assert past.status == "actual"


@pytest.mark.parametrize(("body", "token", "expected"), [
    ("Dự kiến tổng thu ngân sách cả năm 2023 đạt khoảng 11.200 tỷ đồng.", "11.200", "2023"),
    ("Ước cả năm, sản lượng lương thực đạt 402.000 tấn.", "402.000", "2023"),
    # a span of days is a flow over the span, not a level at its last day
    ("Tai nạn giao thông (từ ngày 16/12/2022 đến ngày 15/6/2023) xảy ra 54 vụ.", "54", "2023-H1"),
    ("Từ 15/12/2022 tới 14/6/2023, toàn tỉnh xảy ra 61 vụ cháy.", "61", "2023-H1"),
])
def test_whole_year_and_spans_of_days(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023-H1") == expected


@pytest.mark.parametrize("body", [
    "Dự toán thu năm 2023 Trung ương giao 9.100 tỷ đồng; HĐND tỉnh giao 9.400 tỷ đồng, gồm: thu nội địa 8.000 tỷ đồng.",
    "Kế hoạch vốn năm 2023 Trung ương giao 3.100 tỷ đồng; tỉnh giao 9.400 tỷ đồng, gồm: vốn cấp tỉnh 8.000 tỷ đồng.",
])
def test_a_plan_assigned_twice_and_its_parts_are_plans(body: str) -> None:
    text = HEADER.format(title="6 tháng đầu năm 2023") + body + "\n"
    found = {text[f.start:f.end].split()[0]: f for f in extract(text, report_period="2023-H1").figures}
    assert [(found[k].measure, found[k].period) for k in ("9.400", "8.000")] == [("plan_value", "2023")] * 2


@pytest.mark.parametrize(("body", "token", "expected"), [
    ("Tại thời điểm 01/6/2023, đàn bò còn 98.400 con.", "98.400", "2023-06-01"),
    ("Thời điểm 15/5, tổng đàn lợn ước 410.200 con.", "410.200", "2023-05-15"),
    ("Có thêm 6 xã đạt chuẩn, nâng tổng số lên 72 xã.", "72", "2023-06-30"),
])
def test_levels_at_a_stated_time(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023-H1") == expected


def test_a_school_year_report_counts_its_levels_in_the_school_year() -> None:
    body = "Toàn tỉnh duy trì 12/12 huyện đạt chuẩn phổ cập giáo dục tiểu học."
    assert period_of(body, "12", "2022/2023", title="năm học 2022-2023") == "2022/2023"


@pytest.mark.parametrize(("body", "token", "expected"), [
    ("Vụ Hè thu: tính đến ngày 15/6/2023, toàn tỉnh gieo trồng 41.200 ha. Đã thu hoạch 9.800 ha.", "9.800",
     "2023-06-15"),
    # (capital drawn up to the last day of May: drawn over the first five months, annotation guide 3.4)
    ("Đến ngày 31/5, toàn tỉnh đã giải ngân 820 tỷ đồng. Một số dự án giải ngân chậm với 12 tỷ đồng.", "12",
     "2023-5M"),
    # a sentence naming its own time keeps it
    ("Tính đến ngày 15/6/2023, toàn tỉnh gieo trồng 41.200 ha. Sản lượng 6 tháng đạt 9.800 tấn.", "9.800", "2023-H1"),
])
def test_a_date_a_paragraph_states_governs_its_later_levels(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023-H1") == expected


@pytest.mark.parametrize(("body", "token"), [
    ("Toàn tỉnh có 312 trường đạt chuẩn quốc gia, chiếm 61,4% tổng số trường.", "312"),
    ("Lũy kế có 95 xã đạt chuẩn nông thôn mới, chiếm 73,6% số xã.", "95"),
])
def test_a_stock_stated_without_a_time_is_at_the_end_of_the_reports_period(body: str, token: str) -> None:
    assert period_of(body, token, "2023-H1") == "2023-06-30"


def test_a_flow_stated_without_a_time_keeps_the_reports_period() -> None:
    assert period_of("Sản lượng lương thực đạt 312.000 tấn, tăng 2,1%.", "312.000", "2023-H1") == "2023-H1"


@pytest.mark.parametrize(("body", "token", "report_period", "title", "expected"), [
    ("Tổng sản phẩm tăng 7,1%. " + "Nội dung. " * 40 + "\n\nII. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024\n"
     + "Nội dung. " * 40 +
     "\nPhấn đấu tốc độ tăng trưởng kinh tế đạt 7,5-8%.", "7,5", "2023", "năm 2023", "2024"),
    ("Tổng sản phẩm tăng 7,1%. " + "Nội dung. " * 40 + "\n\nII. NHIỆM VỤ, GIẢI PHÁP 6 THÁNG CUỐI NĂM\n"
     + "Nội dung. " * 40 +
     "\nPhấn đấu tỷ lệ giải ngân vốn đầu tư công đạt 95%.", "95%", "2023-H1", "6 tháng đầu năm 2023", "2023"),
    ("Tổng sản phẩm tăng 7,1%. " + "Nội dung. " * 40 + "\n\nII. NHIỆM VỤ QUÝ II\n" + "Nội dung. " * 40 +
     "\nPhấn đấu tăng trưởng quý sau đạt 8%.", "8%", "2023-Q1", "quý I năm 2023", "2023-Q2"),
])
def test_a_target_of_the_tasks_part_is_for_the_period_it_plans(
    body: str, token: str, report_period: str, title: str, expected: str,
) -> None:
    assert period_of(body, token, report_period, title) == expected


@pytest.mark.parametrize(("body", "token", "report_period", "title", "expected"), [
    ("1. Tăng trưởng\na) Kết quả nửa đầu năm\nTổng sản phẩm tăng 6,2% so với cùng kỳ.\nb) Cả năm\nTổng sản phẩm ước "
     "tăng 7,0%.", "6,2", "2023", "năm 2023", "2023-H1"),
    ("1. Công nghiệp\na) Riêng quý II\nChỉ số sản xuất công nghiệp tăng 9,1% so với cùng kỳ.", "9,1", "2023-H1",
     "6 tháng đầu năm 2023", "2023-Q2"),
])
def test_a_headings_time_governs_its_section(
    body: str, token: str, report_period: str, title: str, expected: str,
) -> None:
    assert period_of(body, token, report_period, title) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    ("Tỷ lệ hộ nghèo cuối năm ước còn 3,1%, giảm 0,9 điểm phần trăm.", "3,1", "2023-12-31"),
    ("Phấn đấu đến cuối năm có 88 xã đạt chuẩn nông thôn mới.", "88", "2023-12-31"),
    # an event at the end of the year is no level at its last day
    ("Mưa lũ cuối năm gây thiệt hại khoảng 310 tỷ đồng.", "310", "2023"),
])
def test_a_level_at_the_end_of_the_year(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023", "năm 2023") == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # "đến hết năm" / "đến cuối năm" earlier in the sentence dates the level reached then, and the count added by then
    ("Toàn tỉnh hiện có 30 xã đạt chuẩn nông thôn mới, dự kiến đến hết năm có thêm 4 xã đạt chuẩn, nâng tổng số lên "
     "34 xã.", "34", "2023-12-31"),
    ("Toàn tỉnh hiện có 30 xã đạt chuẩn nông thôn mới, dự kiến đến hết năm có thêm 4 xã đạt chuẩn, nâng tổng số lên "
     "34 xã.", "4 xã", "2023-12-31"),
    ("Tỷ lệ hộ nghèo hiện còn 3,2%, phấn đấu đến hết năm giảm xuống còn 2,8%.", "2,8", "2023-12-31"),
    # the level now stays at the report's last day
    ("Tỷ lệ hộ nghèo hiện còn 3,2%, phấn đấu đến hết năm giảm xuống còn 2,8%.", "3,2", "2023-09-30"),
])
def test_a_level_up_to_the_end_of_the_year_in_a_report_of_part_of_it(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023-9M", "9 tháng năm 2023") == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    ("Một số sản phẩm chủ yếu tháng Tư: xi măng 310.000 tấn; phân bón 42.000 tấn.", "42.000", "2023-04"),
    ("Sản phẩm công nghiệp quý II: điện sản xuất 820 triệu kWh; nước máy 9,4 triệu m3.", "9,4", "2023-Q2"),
    # "trong tháng" is the report's month, also before a verb; a span named later in its own clause wins
    ("Trong tháng có 64 doanh nghiệp thành lập mới.", "64", "2023-06"),
    ("Trong tháng có 64 doanh nghiệp thành lập mới; lũy kế 6 tháng có 410 doanh nghiệp, tăng 12,3%.", "12,3",
     "2023-H1"),
])
def test_a_lists_head_or_the_reports_month(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023-H1") == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # the report's own year named by the figure's words in a report of part of it
    ("Kỳ thi tốt nghiệp trung học phổ thông năm 2023 có tỷ lệ tốt nghiệp đạt 98,4%.", "98,4", "2023"),
    ("Tỷ lệ học sinh đỗ tốt nghiệp năm 2023 đạt 97,9%.", "97,9", "2023"),
    # a target set for the whole year
    ("Tổng sản phẩm tăng 5,1%, còn cách xa mục tiêu kế hoạch năm (7%).", "7%", "2023"),
    ("Tốc độ tăng trưởng 6 tháng đạt 5,1%, trong khi chỉ tiêu Nghị quyết cả năm là 7,5%.", "7,5", "2023"),
])
def test_the_whole_year_named_in_a_part_year_report(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023-H1") == expected


@pytest.mark.parametrize(("body", "token", "comparison"), [
    ("Chỉ số giá tiêu dùng tháng 6 tăng 0,3% so với tháng trước, tăng 2,1% so với tháng 12 năm trước.", "2,1",
     "2022-12"),
    ("CPI tháng 6 tăng 1,8% so với tháng 12/2022.", "1,8", "2022-12"),
])
def test_a_change_against_a_named_month(body: str, token: str, comparison: str) -> None:
    text = HEADER.format(title="6 tháng đầu năm 2023") + body + "\n"
    found = next(f for f in extract(text, report_period="2023-H1").figures if text[f.start:].startswith(token))
    assert found.comparison_period == comparison


@pytest.mark.parametrize(("body", "token", "expected"), [
    ("Tỷ lệ hộ nghèo ước còn 3,12%, giảm 0,6 điểm phần trăm so với cuối năm trước.", "3,12%", "2023-06-30"),
    ("Toàn tỉnh còn tỷ lệ hộ nghèo 5,4%; tỷ lệ hộ cận nghèo 4,1%.", "4,1%", "2023-06-30"),
])
def test_a_poverty_rate_is_counted_at_the_end_of_the_period(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023-H1") == expected


@pytest.mark.parametrize(("body", "token"), [
    ("Tỷ lệ hộ nghèo đầu năm 2023 là 6,2%.", "6,2%"),
    ("Số doanh nghiệp đang hoạt động đầu năm 2023 có 4.150 doanh nghiệp.", "4.150"),
])
def test_the_start_of_a_year_is_the_end_of_the_year_before(body: str, token: str) -> None:
    assert period_of(body, token, "2023-H1") == "2022-12-31"


@pytest.mark.parametrize(("body", "token"), [
    ("Vụ lúa Đông Xuân 2022-2023 toàn tỉnh gieo cấy 41.300 ha, đạt 99,1% kế hoạch.", "41.300"),
    # the season of the sentence before, with its crop year, governs a sentence naming no time of its own
    ("Vụ Đông Xuân 2022-2023 thời tiết thuận lợi, ít sâu bệnh. Toàn tỉnh gieo sạ 41.300 ha lúa, năng suất ước 62 "
     "tạ/ha.", "62"),
])
def test_a_season_with_its_crop_year(body: str, token: str) -> None:
    assert period_of(body, token, "2023-H1") == "2022/2023"


def test_a_sentence_naming_its_own_year_keeps_it_after_a_crop_year() -> None:
    body = ("Vụ Đông Xuân 2023-2024 đã xuống giống 12.000 ha. Giá trị sản xuất ngành hàng lúa gạo năm 2023 đạt 9.100 "
            "tỷ đồng.")
    assert period_of(body, "9.100", "2023", title="năm 2023") == "2023"


def test_a_crop_year_ending_in_the_reports_year_is_no_forecast() -> None:
    text = HEADER.format(title="6 tháng đầu năm 2024") + (
        "Vụ Đông Xuân 2023-2024 thuận lợi. Toàn tỉnh gieo sạ 38.200 ha lúa, năng suất bình quân ước đạt 63 tạ/ha.\n")
    figures = {text[f.start:f.end]: f for f in extract(text, report_period="2024-H1").figures}
    assert figures["63 tạ/ha"].status == "estimate"


@pytest.mark.parametrize(("body", "token"), [
    ("Dự án cầu Cửa Hội đã hoàn thành khoảng 64% khối lượng.", "64%"),
    ("Tuyến đường vành đai phía Nam đã bàn giao 88,5% mặt bằng cho nhà thầu.", "88,5%"),
])
def test_the_share_of_a_work_done_is_at_the_end_of_the_period(body: str, token: str) -> None:
    assert period_of(body, token, "2023-H1") == "2023-06-30"


def test_money_after_a_works_progress_keeps_the_reports_period() -> None:
    body = "Cầu Cửa Hội đạt 64% khối lượng; dự án đường ven biển giải ngân 215 tỷ đồng, đạt 70% kế hoạch vốn năm."
    assert period_of(body, "215", "2023-H1") == "2023-H1"


@pytest.mark.parametrize("body", [
    "Bão số 5 đổ bộ ngày 24/8 gây mưa lớn. Theo thống kê, bão số 5 gây thiệt hại khoảng 320 tỷ đồng, làm hư hỏng "
    "1.850 ngôi nhà.",
    "Cơn bão số 5 quét qua tỉnh vào giữa tháng 8. Bão số 5 và mưa lũ sau bão làm 1.850 ngôi nhà bị tốc mái, hư hỏng.",
])
def test_the_damage_of_a_storm_the_text_dates_is_of_its_month(body: str) -> None:
    assert period_of(body, "1.850", "2023-9M", title="9 tháng năm 2023") == "2023-08"


def test_a_storm_without_a_date_leaves_the_reports_period() -> None:
    body = "Bão số 5 gây thiệt hại khoảng 320 tỷ đồng."
    assert period_of(body, "320", "2023-9M", title="9 tháng năm 2023") == "2023-9M"


@pytest.mark.parametrize(("body", "token", "expected"), [
    ("GRDP năm 2023 ước tăng 6,1% so với năm 2022 (năm 2022 tăng 7,4%).", "7,4%", ("2022", "2021")),
    ("Tốc độ tăng trưởng kinh tế ước đạt 6,1%; năm 2022 tăng 7,4%.", "7,4%", ("2022", "2021")),
])
def test_an_earlier_years_own_change_beside_the_figure(body: str, token: str, expected: tuple[str, str]) -> None:
    f = figure_of(body, token, "2023", title="năm 2023")
    assert (f.period, f.comparison_period) == expected and f.status == "actual"


@pytest.mark.parametrize(("body", "token"), [
    ("Sản lượng cá tra cả năm ước 475.000 tấn, giảm 1,9% (10 tháng đầu năm đạt 396.000 tấn).", "396.000"),
    ("Giá trị sản xuất công nghiệp cả năm ước 63.000 tỷ đồng, tăng 8,1%; 11 tháng đạt 57.100 tỷ đồng.", "57.100"),
])
def test_an_earlier_part_of_the_period_is_actual_unless_its_words_estimate_it(body: str, token: str) -> None:
    assert figure_of(body, token, "2023", title="năm 2023").status == "actual"


def test_the_details_after_an_aside_are_of_the_main_figure() -> None:
    body = ("Thu ngân sách 9 tháng ước đạt 9.200 tỷ đồng, tăng 4% (6 tháng đầu năm giảm 2,1%). Trong đó: thu nội "
            "địa 7.800 tỷ đồng, tăng 5,2%.")
    assert figure_of(body, "7.800", "2023-9M", title="9 tháng năm 2023").status == "estimate"


@pytest.mark.parametrize("body", [
    "Thu nội địa ước đạt 5.100 tỷ đồng, bằng 58% dự toán. Trong đó:\n- Thu từ doanh nghiệp nhà nước: 1.200 tỷ đồng, "
    "bằng 61,5% dự toán, tăng 8%.",
    "Thu nội địa ước đạt 5.100 tỷ đồng, bằng 58% dự toán, gồm: thu từ doanh nghiệp nhà nước 1.200 tỷ đồng, đạt 61,5% "
    "dự toán.",
])
def test_the_plan_achievement_of_a_part_of_an_estimate_is_estimated(body: str) -> None:
    assert figure_of(body, "61,5%", "2023-H1").status == "estimate"


@pytest.mark.parametrize(("section", "token"), [
    ("II. VĂN HÓA - XÃ HỘI\nGiáo dục: Năm học 2023-2024 toàn tỉnh có 612 trường.\n"
     "Y tế: Năm 2023 toàn tỉnh ghi nhận 1.312 ca sốt xuất huyết.", "1.312"),
    ("II. VĂN HÓA - XÃ HỘI\nNăm học 2023-2024 có 612 trường học.\nTai nạn giao thông: xảy ra 162 vụ, làm chết 124 "
     "người.", "162"),
])
def test_a_school_year_does_not_govern_the_other_paragraphs_of_a_social_section(section: str, token: str) -> None:
    assert period_of(section, token, "2023", title="năm 2023") == "2023"


def test_a_school_year_governs_its_education_section() -> None:
    body = "II. GIÁO DỤC VÀ ĐÀO TẠO\nNăm học 2022-2023 được tổ chức an toàn.\nSố học sinh tốt nghiệp là 14.200 em."
    assert period_of(body, "14.200", "2023", title="năm 2023") == "2022/2023"


@pytest.mark.parametrize("body", [
    "Xuất khẩu cả năm ước 12.000 triệu USD; riêng 6 tháng đầu năm, tỉnh Hưng Yên (cũ) xuất khẩu 4.200 triệu USD.",
    "Thu ngân sách: 6 tháng đầu năm, thành phố Hội An (trước sắp xếp) thu 4.200 tỷ đồng.",
])
def test_a_span_opening_a_clause_before_a_bracket_governs_it(body: str) -> None:
    assert period_of(body, "4.200", "2023", title="năm 2023") == "2023-H1"


def test_a_later_time_overrides_a_span_in_its_clause() -> None:
    body = "Giải ngân vốn đầu tư công trong 9 tháng đầu năm chậm, đến cuối năm ước chỉ đạt 82,0% kế hoạch."
    assert period_of(body, "82,0%", "2023", title="năm 2023") == "2023"


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a herd counted "at the end of" a month: that month's last day, for the level and its change
    ("Tại thời điểm cuối tháng Sáu, tổng đàn bò ước 52.300 con, tăng 1,2% so với cùng thời điểm năm trước.",
     "52.300", "2023-06-30"),
    ("Tại thời điểm cuối tháng Sáu, tổng đàn bò ước 52.300 con, tăng 1,2% so với cùng thời điểm năm trước.",
     "1,2%", "2023-06-30"),
    ("Thời điểm cuối tháng 5, đàn gia cầm có 3,1 triệu con.", "3,1", "2023-05-31"),
    # a bare "cuối tháng" before a level's verb: a price at that day, and its change
    ("Giá heo hơi cuối tháng 6 chỉ còn 48.000 đồng/kg, thấp hơn đầu năm 5.000 đồng/kg.", "48.000", "2023-06-30"),
    ("Giá heo hơi cuối tháng 6 chỉ còn 48.000 đồng/kg, thấp hơn đầu năm 5.000 đồng/kg.", "5.000", "2023-06-30"),
    # ... but before an event it names the month the event happened in
    ("Mưa đá cuối tháng 4 làm hư hại 320 ha hoa màu.", "320", "2023-04"),
    ("Đợt rét đậm cuối tháng 1 làm chết 85 con trâu, bò.", "85", "2023-01"),
])
def test_a_level_at_the_end_of_a_month(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023-H1") == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    ("Đàn lợn thời điểm cuối tháng 6 ước 210.000 con; sản lượng thịt hơi xuất chuồng 6 tháng đạt 41.500 tấn.",
     "41.500", "2023-H1"),
    ("Tính đến ngày 20/6 đã gieo cấy 8.400 ha lúa Hè Thu; cả năm dự kiến gieo cấy 17.000 ha.", "17.000", "2023"),
])
def test_a_day_named_in_an_earlier_clause_yields_to_the_clauses_own_time(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023-H1") == expected


@pytest.mark.parametrize(("body", "token", "period"), [
    # the share of a work done has run up since the work started
    ("Cầu Bình Lợi mới: khối lượng thi công đạt khoảng 64%.", "64%", "2023-06-30"),
    ("Dự án đường ven sông đã hoàn thành 58% khối lượng.", "58%", "2023-06-30"),
    ("Dự án hồ chứa nước Đá Mài đã bàn giao 81% mặt bằng.", "81%", "2023-06-30"),
    # a flow counted up to a day, and its change against the same day a year earlier
    ("Tính đến ngày 20/6, toàn tỉnh gieo cấy 18.200 ha lúa Hè Thu, giảm 2,1% so với cùng kỳ.", "2,1%", "2023-06-20"),
    ("Diện tích thả nuôi tôm đến cuối tháng 5 ước 14.300 ha, tăng 4,4% so với cùng kỳ.", "4,4%", "2023-05-31"),
    ("Diện tích thả nuôi tôm đến cuối tháng 5 ước 14.300 ha, tăng 4,4% so với cùng kỳ.", "14.300", "2023-05-31"),
    ("Diện tích gieo trồng cây vụ Đông đến nay đạt 2.300 ha, bằng 41% kế hoạch.", "2.300", "2023-06-30"),
])
def test_running_totals_at_a_day(body: str, token: str, period: str) -> None:
    found = figure_of(body, token, "2023-H1")
    assert (found.period, found.cumulative) == (period, True)


@pytest.mark.parametrize(("body", "token"), [
    # a ratio at a day is no total run up
    ("Tính đến ngày 15/6 đã thu hoạch 12.400 ha lúa Đông Xuân, năng suất ước đạt 61,2 tạ/ha.", "61,2"),
    ("Đến cuối tháng 5 đã thu hoạch 9.800 ha lúa, năng suất bình quân 6,4 tấn/ha.", "6,4"),
    # nor is the whole of an X/Y pair: its size
    ("Đến nay đã có 17/20 tàu cá vỏ thép được hạ thủy.", "20"),
    ("Đến nay đã giải ngân 312/450 tỷ đồng vốn đầu tư công.", "450"),
])
def test_no_running_total_at_a_day(body: str, token: str) -> None:
    assert figure_of(body, token, "2023-H1").cumulative is False


@pytest.mark.parametrize(("body", "token", "report_period", "title", "expected"), [
    # a figure names its own time after a figure of another: it does not go on with that one's
    ("Chỉ số giá tiêu dùng tháng 6 tăng 0,3% so với tháng trước; bình quân 6 tháng tăng 3,1% so với cùng kỳ.",
     "3,1%", "2023-H1", "6 tháng đầu năm 2023", "2023-H1"),
    ("CPI tháng 12/2023 tăng 2,9% so với tháng 12/2022; bình quân năm 2023 tăng 3,2% so với năm 2022.",
     "3,2%", "2023", "năm 2023", "2023"),
    ("Chỉ số giá tháng Chín tăng 0,4%, bình quân chín tháng tăng 2,6% so với cùng kỳ.",
     "2,6%", "2023-9M", "9 tháng năm 2023", "2023-9M"),
])
def test_own_time_after_a_figure_of_another(body: str, token: str, report_period: str, title: str,
                                            expected: str) -> None:
    assert period_of(body, token, report_period, title) == expected


@pytest.mark.parametrize(("body", "token"), [
    ("So với tháng trước, nhóm nhà ở và vật liệu xây dựng tăng 0,8%; nhóm giáo dục giảm 0,2%.", "0,2%"),
    ("So với tháng trước, nhóm nhà ở và vật liệu xây dựng tăng 0,8%; nhóm giáo dục giảm 0,2%.", "0,8%"),
    ("Nhóm giao thông tăng mạnh nhất với 2,4% so với tháng trước.", "2,4%"),
])
def test_a_change_against_the_month_before_is_the_reports_last_month(body: str, token: str) -> None:
    found = figure_of(body, token, "2023-H1")
    assert (found.period, found.comparison_period) == ("2023-06", "2023-05")


@pytest.mark.parametrize(("body", "token", "report_period", "expected"), [
    # a span of months written in words
    ("Sáu tháng đầu năm, toàn tỉnh có 412 doanh nghiệp thành lập mới.", "412", "2023", "2023-H1"),
    ("Chín tháng, thu ngân sách nhà nước trên địa bàn đạt 5.200 tỷ đồng.", "5.200", "2023", "2023-9M"),
    ("Mười một tháng, kim ngạch xuất khẩu ước đạt 1.840 triệu USD.", "1.840", "2023", "2023-11M"),
])
def test_a_span_of_months_in_words(body: str, token: str, report_period: str, expected: str) -> None:
    found = figure_of(body, token, report_period, title="năm 2023")
    assert (found.period, found.cumulative) == (expected, True)


@pytest.mark.parametrize(("body", "token"), [
    # what a work is (its cost, its size, its length) is a level as the report finds it, at the period's end
    ("Dự án cầu Sông Lam mới, tổng mức đầu tư 2.340 tỷ đồng, đã hoàn thành 60% khối lượng.", "2.340"),
    ("Bệnh viện Đa khoa khu vực quy mô 300 giường đang được hoàn thiện.", "300"),
    ("Nhà máy điện mặt trời Hòa Hội công suất 120 MW đã hòa lưới.", "120"),
])
def test_what_a_work_is_is_counted_at_the_end_of_the_period(body: str, token: str) -> None:
    assert period_of(body, token, "2023-H1") == "2023-06-30"


@pytest.mark.parametrize("body", [
    "Tuyến đường ven biển dài khoảng 42 km: đã giải ngân 210 tỷ đồng.",
    "Kè chống sạt lở sông Cái dài 5,2 km, đã giải ngân 210 tỷ đồng.",
])
def test_money_after_a_works_size_keeps_the_reports_period(body: str) -> None:
    assert period_of(body, "210", "2023-H1") == "2023-H1"


def test_the_first_months_of_a_year() -> None:
    assert [first_months(2023, n) for n in (1, 3, 6, 9, 11, 12)] == [
        "2023-01", "2023-Q1", "2023-H1", "2023-9M", "2023-11M", "2023"]


@pytest.mark.parametrize(("body", "token"), [
    # a stock whose paragraph, not its own sentence, names a school year: counted at the report's date
    ("Kết thúc năm học 2022-2023, tỷ lệ học sinh lên lớp đạt 98%. Toàn tỉnh có 415/602 trường đạt chuẩn quốc gia, "
     "chiếm 68,9%.", "415"),
    ("Năm học 2022-2023 khép lại với nhiều kết quả tốt. Số trường đạt chuẩn quốc gia là 415 trường.", "415"),
])
def test_a_stock_is_not_of_the_school_year_its_paragraph_names(body: str, token: str) -> None:
    assert period_of(body, token, "2023-H1") == "2023-06-30"


@pytest.mark.parametrize(("body", "token", "expected"), [
    ("Năm học 2022-2023 kết thúc an toàn. Trong quý II, toàn tỉnh ghi nhận 210 ca sốt xuất huyết; 35 ca tay chân "
     "miệng.", "35", "2023-Q2"),
    ("Năm học 2022-2023 kết thúc an toàn. Sáu tháng đầu năm có 12 vụ ngộ độc thực phẩm; 140 người bị ngộ độc.",
     "140", "2023-H1"),
])
def test_a_sentence_naming_its_own_time_is_not_of_the_school_year(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023-H1") == expected


@pytest.mark.parametrize(("body", "token", "report_period", "expected"), [
    # the year a figure's own words name, before its verb: the whole year, also the report's own year
    ("Năm 2023 toàn tỉnh có 640 doanh nghiệp thành lập mới, tăng 5,1%.", "5,1%", "2023", "2023"),
    ("Chỉ số giá tiêu dùng tháng 12 tăng 0,4% so với tháng trước; bình quân năm 2023 tăng 3,1%.", "3,1%", "2023",
     "2023"),
    ("Dự báo quý IV năm 2023, sản xuất tiếp tục tăng; để đạt mục tiêu tăng trưởng năm 2023 từ 7% trở lên, quý IV cần "
     "tăng trên 9%.", "7%", "2023-9M", "2023"),
    # ... but not the year of a quarter, nor that of an earlier figure's plan
    ("GRDP quý I năm 2023 ước tăng 6,2% so với cùng kỳ.", "6,2%", "2023-Q1", "2023-Q1"),
    ("Hồ chứa nước Sông Mực: kế hoạch vốn năm 2023 là 240 tỷ đồng, đã giải ngân 95 tỷ đồng.", "95", "2023-H1",
     "2023-H1"),
])
def test_a_year_named_as_the_figures_time(body: str, token: str, report_period: str, expected: str) -> None:
    assert period_of(body, token, report_period, title="năm 2023") == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a clause naming no time goes on with the time its sentence opens with
    ("Trong quý II, toàn tỉnh ghi nhận 210 ca sốt xuất huyết; 35 ca tay chân miệng.", "35", "2023-Q2"),
    ("Tháng 5, kim ngạch xuất khẩu ước đạt 130 triệu USD; nhập khẩu đạt 84 triệu USD.", "84", "2023-05"),
    # a semicolon inside brackets ends no clause: the aside's time stays in the aside
    ("GRDP 6 tháng tăng 6,8% (kế hoạch tăng 7%; quý I tăng 5,2%), cao hơn mức tăng của cả nước (khoảng 4%).",
     "4%", "2023-H1"),
])
def test_the_time_a_sentence_opens_with(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023-H1") == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a state that holds from a day: its levels are counted on that day
    ("Từ ngày 01/7/2025, tỉnh vận hành chính quyền địa phương hai cấp với 96 đơn vị hành chính cấp xã.", "96",
     "2025-07-01"),
    ("Sau sắp xếp, từ ngày 01/7/2025 tỉnh có diện tích tự nhiên 6.300 km2.", "6.300", "2025-07-01"),
    # ... not a span from that day, nor a day in a closed aside
    ("Từ ngày 15/12/2024 đến ngày 14/6/2025, toàn tỉnh xảy ra 73 vụ tai nạn giao thông.", "73", "2025-H1"),
    ("Khách quốc tế đạt 41.000 lượt (từ ngày 15/3/2025 tỉnh mở lại các tuyến bay). Doanh thu du lịch đạt 3.200 tỷ "
     "đồng.", "3.200", "2025-H1"),
])
def test_a_state_from_a_day(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2025-H1", title="6 tháng đầu năm 2025") == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # where something began, or the span of months it ran over, is not the time of the figure after it
    ("Dịch cúm gia cầm xuất hiện từ tháng 2/2023 và lan ra 6 huyện, thị xã.", "6", "2023-H1"),
    ("Rét đậm từ cuối tháng 1 đến giữa tháng 2 làm chết 420 con gia súc.", "420", "2023-H1"),
    ("Huyện A đạt chuẩn huyện nông thôn mới từ năm 2019, huyện B có 15 xã đạt chuẩn.", "15", "2023-06-30"),
])
def test_where_something_began_is_not_its_time(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023-H1") == expected


_TASKS_Q2 = "GRDP quý I tăng 6,1%.\nPhần thứ hai\nNHIỆM VỤ, GIẢI PHÁP QUÝ II\n"
_TASKS_Q4 = "GRDP 9 tháng tăng 6,1%.\nII. NHIỆM VỤ QUÝ IV\n"
_TASKS_H2 = "GRDP 6 tháng tăng 6,1%.\nII. NHIỆM VỤ 6 THÁNG CUỐI NĂM\n"


@pytest.mark.parametrize(("body", "token", "report_period", "title", "expected"), [
    # a plan of a quarterly report's tasks is for the next quarter, or for the time it names
    (_TASKS_Q2 + "1. Phấn đấu quý II đón 700 nghìn lượt khách du lịch.", "700", "2023-Q1", "quý I năm 2023", "2023-Q2"),
    (_TASKS_Q2 + "3. Giải quyết việc làm thêm 5.400 lao động.", "5.400", "2023-Q1", "quý I năm 2023", "2023-Q2"),
    # a plan for a crop season: its crop year, written or not
    (_TASKS_Q2 + "4. Thu hoạch lúa Đông Xuân, phấn đấu sản lượng đạt 230 nghìn tấn.", "230", "2023-Q1",
     "quý I năm 2023", "2022/2023"),
    (_TASKS_Q4 + "2. Chỉ đạo xuống giống vụ Đông Xuân 2023-2024 khoảng 120.000 ha.", "120.000", "2023-9M",
     "9 tháng năm 2023", "2023/2024"),
    # the last months of a year
    (_TASKS_Q4 + "2. Phấn đấu GRDP 3 tháng cuối năm tăng trên 8%.", "8%", "2023-9M", "9 tháng năm 2023", "2023-Q4"),
    (_TASKS_H2 + "1. Phấn đấu GRDP 6 tháng cuối năm tăng trên 7%.", "7%", "2023-H1", "6 tháng đầu năm 2023", "2023-H2"),
    # a share of a plan to reach by a day, named before or after it
    # (capital to draw by 31 December is the year's flow, annotation guide 3.4)
    (_TASKS_H2 + "3. Phấn đấu đến 31/12/2023 giải ngân trên 95% kế hoạch.", "95%", "2023-H1", "6 tháng đầu năm 2023",
     "2023"),
    (_TASKS_H2 + "3. Phấn đấu giải ngân 100% kế hoạch vốn năm 2023 trước ngày 31/01/2024.", "100%", "2023-H1",
     "6 tháng đầu năm 2023", "2024-01-31"),
    # two days, each before its share: the day after a share is the next share's, not its own
    (_TASKS_H2 + "3. Phấn đấu đến 31/12/2023 giải ngân trên 88% và đến 31/01/2024 đạt 100% kế hoạch vốn.", "88%",
     "2023-H1", "6 tháng đầu năm 2023", "2023"),
    (_TASKS_Q4 + "4. Đến 31/12/2023 giải ngân tối thiểu 90%, đến hết ngày 31/01/2024 giải ngân 98% kế hoạch.", "90%",
     "2023-9M", "9 tháng năm 2023", "2023"),
    # a year that sets its targets
    ("Tăng trưởng năm 2023 đạt 6,8%. Theo ông, năm 2024 tỉnh đặt mục tiêu tăng trưởng GRDP từ 8% trở lên, thu ngân "
     "sách khoảng 9.800 tỷ đồng.", "9.800", "2023", "năm 2023", "2024"),
    ("Tăng trưởng năm 2023 đạt 6,8%. Năm 2024, tỉnh đề ra mục tiêu tăng trưởng 8%, đón 4 triệu lượt khách.",
     "4 triệu", "2023", "năm 2023", "2024"),
])
def test_the_period_a_target_is_for(body: str, token: str, report_period: str, title: str, expected: str) -> None:
    found = figure_of(body, token, report_period, title)
    assert (found.period, found.status) == (expected, "target")


@pytest.mark.parametrize(("body", "token", "expected"), [
    # the season a sentence opens with governs its later clauses
    ("- Vụ Đông Xuân 2022-2023 toàn tỉnh gieo cấy 21.300 ha lúa, giảm 0,8%; năng suất bình quân ước đạt 66,1 tạ/ha; "
     "sản lượng đạt 140.800 tấn.", "140.800", "2022/2023"),
    ("Vụ lúa Đông Xuân 2022-2023 gieo cấy 30.100 ha, đạt 99% kế hoạch; năng suất bình quân 48,2 tạ/ha.", "48,2",
     "2022/2023"),
    # a dry season written with its years
    ("Mùa khô 2022-2023, nước mặn xâm nhập sâu khoảng 52 km trên sông Tiền.", "52", "2022/2023"),
    # ... but not a season compared with
    ("Toàn tỉnh gieo cấy 21.300 ha lúa, giảm 0,8% so với vụ Đông Xuân năm trước; năng suất đạt 66,1 tạ/ha.", "66,1",
     "2023-H1"),
])
def test_a_crop_season_over_its_sentence(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023-H1") == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # the level of the time compared with, in brackets after the comparison
    ("Tỷ lệ hộ nghèo cuối năm 2023 còn 2,1%, giảm 0,9 điểm phần trăm so với cuối năm 2022 (3%).", "3%",
     "2022-12-31"),
    ("Tăng trưởng năm 2023 đạt 7,2%, cao hơn so với năm 2022 (6,4%).", "6,4%", "2022"),
    # a rank ranks the level before it, whatever its year
    ("Chỉ số PCI năm 2022 của tỉnh đạt 68,4 điểm, xếp thứ 12/63.", "12", "2022"),
    ("Chỉ số cải cách hành chính năm 2022 đạt 86,1%, đứng thứ 9/63 tỉnh, thành phố.", "9", "2022"),
])
def test_levels_of_an_earlier_time_beside_the_figure(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023", title="năm 2023") == expected


_STANDARD_SCHOOLS = (
    "1. Trường chuẩn quốc gia\nĐến tháng 5/2023, toàn tỉnh có 402/455 trường đạt chuẩn quốc gia, chiếm 88,4%.\n"
    "Kết quả xây dựng trường chuẩn quốc gia theo huyện:\n"
    "Huyện\tTổng số trường\tSố trường đạt chuẩn quốc gia\tTỷ lệ (%)\n"
    "Huyện Đông Sơn\t50\t45\t90,0\nHuyện Hà Trung\t38\t34\t89,5\n"
)


@pytest.mark.parametrize(("body", "token", "report_period", "expected"), [
    # a stock its section stated on a day is counted on that day where stated again without a time: a table of it
    # by district, and the other cells of the table's row
    (_STANDARD_SCHOOLS, "34", "2022/2023", "2023-05-31"),
    (_STANDARD_SCHOOLS, "89,5", "2022/2023", "2023-05-31"),
    ("2. Nông thôn mới\nTính đến ngày 31/5/2023, toàn tỉnh có 96 xã đạt chuẩn nông thôn mới. Công tác xây dựng nông "
     "thôn mới được quan tâm. Số xã đạt chuẩn nông thôn mới của các huyện miền núi là 21 xã.", "21", "2023-H1",
     "2023-05-31"),
])
def test_a_stock_keeps_the_day_its_section_stated_it_on(body: str, token: str, report_period: str,
                                                         expected: str) -> None:
    assert period_of(body, token, report_period, title="năm học 2022-2023") == expected


@pytest.mark.parametrize(("body", "token", "report_period", "expected"), [
    # the share of people covered, of land under forest: a level at the end of a report's part of a year
    ("Tỷ lệ dân số tham gia bảo hiểm y tế đạt 91,8%.", "91,8%", "2023-H1", "2023-06-30"),
    ("Tỷ lệ che phủ rừng đạt 42,5%, tăng 0,3 điểm phần trăm.", "42,5%", "2023-9M", "2023-09-30"),
    ("Tỷ lệ người từ 18 tuổi trở lên được tiêm mũi 3 đạt 88,6%.", "88,6%", "2023-Q1", "2023-03-31"),
    # ... but a target for it is the planned period's; a yearly report states it at the year's last day
    (_TASKS_H2 + "5. Phấn đấu tỷ lệ dân số tham gia bảo hiểm y tế đạt 93%.", "93%", "2023-H1", "2023"),
    ("Tỷ lệ dân số tham gia bảo hiểm y tế đạt 91,8%.", "91,8%", "2023", "2023-12-31"),
])
def test_coverage_is_a_level_at_a_day(body: str, token: str, report_period: str, expected: str) -> None:
    assert period_of(body, token, report_period) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a time named right after the figure, with "của"
    ("GRDP 9 tháng tăng 7,1%, cao hơn nhiều so với mức 4,2% của 6 tháng đầu năm.", "4,2%", "2023-H1"),
    ("Riêng quý III tăng 8,4%, cao hơn mức tăng 5,9% của quý II.", "5,9%", "2023-Q2"),
    ("GRDP tăng 7,1%, gấp 3 lần mức tăng 2,3% của 9 tháng năm 2022.", "2,3%", "2022-9M"),
])
def test_a_time_named_after_the_figure(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023-9M", title="9 tháng năm 2023") == expected


@pytest.mark.parametrize("body", [
    "III. DỰ KIẾN CẢ NĂM\n1. Dự kiến thực hiện cả năm\nDự kiến tổng thu ngân sách đạt khoảng 14.200 tỷ đồng.",
    "3. Ước thực hiện cả năm\nThu ngân sách dự kiến đạt 14.200 tỷ đồng.",
])
def test_a_heading_naming_the_whole_year_in_a_part_year_report(body: str) -> None:
    assert period_of("Thu ngân sách 6 tháng đạt 6.100 tỷ đồng.\n" + body, "14.200", "2023-H1") == "2023"


@pytest.mark.parametrize(("body", "token", "report_period", "expected"), [
    # a year compared with ("gấp 4,6 lần năm 2022") is not the time of the figures after it
    ("Vốn đăng ký mới ước đạt 9.200 tỷ đồng, gấp 3,1 lần năm 2022, với 148 dự án.", "148", "2023", "2023"),
    ("Doanh thu du lịch đạt 4.100 tỷ đồng, gấp 2 lần năm 2022, với 3,2 triệu lượt khách.", "3,2", "2023", "2023"),
    # the time a sentence opens with after its label
    ("a) Thu ngân sách: 6 tháng đầu năm, khu vực đồng bằng thu 4.200 tỷ đồng; khu vực miền núi thu 2.100 tỷ đồng.",
     "2.100", "2023", "2023-H1"),
    # a year in a work's name does not date its progress
    ("Khu tái định cư cho các hộ bị ảnh hưởng lũ năm 2022 đã hoàn thành san nền 65%.", "65%", "2023-H1",
     "2023-06-30"),
])
def test_years_that_are_not_the_figures(body: str, token: str, report_period: str, expected: str) -> None:
    assert period_of(body, token, report_period) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a level compared with the start or the end of a year is a stock, at the end of the period
    ("Diện tích nuôi tôm công nghiệp đạt 5.400 ha, tăng 820 ha so với cuối năm 2022.", "5.400", "2023-06-30"),
    ("Diện tích nuôi tôm công nghiệp đạt 5.400 ha, tăng 820 ha so với cuối năm 2022.", "820", "2023-06-30"),
    ("Tổng nguồn vốn huy động đạt 61.200 tỷ đồng, tăng 5,3% so với đầu năm.", "61.200", "2023-06-30"),
    # a road opened over part of its length: a work's progress
    ("Tuyến đường ven biển đã thông tuyến 12,4/18 km.", "12,4", "2023-06-30"),
    # words a justified PDF line spaces out are read one space apart
    ("Theo  kết  quả  điều  tra  thời  điểm  01/4/2023,  dân  số  toàn  tỉnh  là  1.412.300  người.", "1.412.300",
     "2023-04-01"),
])
def test_levels_at_a_day_more(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023-H1") == expected


def test_the_year_averaged_after_a_census_day() -> None:
    body = "Dân số thời điểm 01/4/2023 là 1.412.300 người; dân số trung bình năm 2023 ước 1.415.000 người."
    assert period_of(body, "1.415.000", "2023", title="năm 2023") == "2023"


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a level held is counted at the end of the period; work kept up with a flow is the period's
    ("Tỷ lệ xã đạt chuẩn quốc gia về y tế duy trì 100%.", "100%", "2023-06-30"),
    ("Công tác giải quyết việc làm được duy trì với 9.600 lao động có việc làm mới.", "9.600", "2023-H1"),
    ("Hoạt động tín dụng chính sách được duy trì với 3.100 lượt hộ được vay vốn.", "3.100", "2023-H1"),
])
def test_a_level_held_and_work_kept_up(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023-H1") == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # the bracketed figures of a list share their time; a bracket of words of its own is an aside
    ("Đến ngày 31/5/2023, toàn tỉnh giải ngân 612 tỷ đồng, đạt 41,2% kế hoạch. Một số địa phương giải ngân khá là "
     "huyện Đông Sơn (55,8%), huyện Hà Trung (52,1%), huyện Nga Sơn (50,3%).", "50,3%", "2023-5M"),
    ("GRDP 6 tháng tăng 6,8% (quý I tăng 5,2%; quý II tăng 8,1%), cao hơn mức tăng của cả nước (khoảng 4%).", "4%",
     "2023-H1"),
])
def test_bracketed_figures_of_a_list_and_an_aside(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023-H1") == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a clause naming no time goes on with the time the nearest clause before it opens with
    ("Kim ngạch xuất khẩu tháng 6 ước 120 triệu USD, tăng 2% so với tháng trước; 6 tháng ước 690 triệu USD, tăng "
     "9%; trong đó hàng dệt may 310 triệu USD.", "310", "2023-H1"),
    ("Thu ngân sách tháng 6 ước 410 tỷ đồng; 6 tháng ước 2.600 tỷ đồng, đạt 52% dự toán; trong đó thu nội địa "
     "2.100 tỷ đồng.", "2.100", "2023-H1"),
])
def test_the_nearest_clause_opening_with_a_time(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023-H1") == expected


def test_a_yearly_report_states_a_change_since_the_year_before_for_its_year() -> None:
    body = "Giá phân bón tăng 30% so với cuối năm 2022 làm chi phí sản xuất tăng cao."
    assert period_of(body, "30%", "2023", title="năm 2023") == "2023"


@pytest.mark.parametrize(("body", "token", "expected"), [
    ("Tăng trưởng năm 2023 đạt 7,2%, cao hơn so với năm 2022 (6,4%).", "6,4%", ("2022", "2021")),
    ("Chỉ số giá tiêu dùng bình quân tăng 3,1%, thấp hơn so với năm 2022 (3,8%).", "3,8%", ("2022", "2021")),
])
def test_a_growth_in_brackets_after_the_year_compared_with_is_that_years(body: str, token: str, expected) -> None:
    f = figure_of(body, token, "2023", title="năm 2023")
    assert (f.measure, f.period, f.comparison_period) == ("change_pct", *expected)


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a span of days whose first day is written without its month: an event's dates, not the time of a level
    ("Vụ Mùa cấy 61.000 ha, do đợt rét đậm từ ngày 12 đến 18/2 nên năng suất chỉ đạt 55,2 tạ/ha.", "55,2",
     "2023"),
    ("Do mưa lớn từ 3 - 7/10 nên sản lượng lúa mùa ước 210.400 tấn, giảm 3,1%.", "210.400", "2023"),
])
def test_a_span_of_days_is_no_point_in_time(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023", title="năm 2023") == expected


@pytest.mark.parametrize(("body", "token"), [
    # "Hiện <subject> có": a level held now, a stock at the end of the report's period
    ("Du lịch phục hồi khá. Hiện tỉnh có 180 cơ sở lưu trú với 3.900 buồng.", "180"),
    ("Về thương mại, hiện toàn huyện có 14 chợ nông thôn.", "14"),
])
def test_a_level_held_now(body: str, token: str) -> None:
    assert period_of(body, token, "2023-H1") == "2023-06-30"


@pytest.mark.parametrize("body", [
    # the clause's subject is not held by "hiện" in a verb: "thực hiện"
    "Tỉnh đã thực hiện kế hoạch có 180 nhiệm vụ trọng tâm.",
])
def test_carrying_out_is_no_level_held_now(body: str) -> None:
    assert period_of(body, "180", "2023-H1") == "2023-H1"


@pytest.mark.parametrize(("body", "token"), [
    # a day opening a sentence gives way to a span of months the figure's own words name
    ("Đến cuối tháng 6, đàn bò giảm 2,1% so với cùng thời điểm, còn sản lượng thịt xuất chuồng 6 tháng đạt 9.400 tấn.",
     "9.400"),
    ("Tính đến ngày 30/6, đàn gia cầm ước 3,2 triệu con; sản lượng trứng 6 tháng đầu năm đạt 41 triệu quả.", "41"),
])
def test_a_span_in_the_figures_words_outranks_an_opening_day(body: str, token: str) -> None:
    assert period_of(body, token, "2023-H1") == "2023-H1"


@pytest.mark.parametrize("body", [
    # a day after the report's period (a forecast's, a deadline's) dates its own sentence only: the paragraph's
    # earlier day goes on for the sentences after it
    "Đến ngày 30/11/2023, toàn tỉnh giải ngân 2.310 tỷ đồng. Dự kiến đến 31/01/2024 giải ngân trên 96% kế hoạch. "
    "Riêng vốn chương trình nông thôn mới mới giải ngân 184 tỷ đồng, đạt 41%.",
    "Tính đến ngày 30/11/2023, vốn đầu tư công giải ngân 2.310 tỷ đồng. Phấn đấu đến hết tháng 1/2024 giải ngân "
    "100% kế hoạch. Vốn ngân sách trung ương mới giải ngân 184 tỷ đồng.",
])
def test_a_forecasts_day_does_not_date_the_sentences_after_it(body: str) -> None:
    # (capital drawn up to 30 November: drawn over the first eleven months, annotation guide 3.4)
    assert period_of(body, "184", "2023", title="năm 2023") == "2023-11M"


@pytest.mark.parametrize(("body", "token"), [
    # "toàn tỉnh có" opens a count of new things as it opens a level: a count of new things is a flow over the
    # report's period, not a stock at its end
    ("Môi trường kinh doanh được cải thiện. Toàn tỉnh có 240 doanh nghiệp thành lập mới, tăng 5%.", "240"),
    ("Về đầu tư, toàn tỉnh có 17 dự án được cấp mới giấy chứng nhận đầu tư.", "17"),
])
def test_a_count_of_new_things_is_a_flow(body: str, token: str) -> None:
    assert period_of(body, token, "2023-H1") == "2023-H1"


def test_a_count_of_things_held_is_still_a_stock() -> None:
    assert period_of("Toàn tỉnh có 240 trường đạt chuẩn quốc gia.", "240", "2023-H1") == "2023-06-30"


@pytest.mark.parametrize(("body", "token"), [
    # the damage of a storm, and the relief of it, in the sentences after the one naming the storm and its month
    ("Bão số 4 và đợt lũ từ ngày 10-14/8 làm ngập 5.200 ngôi nhà. Thiệt hại về thủy sản ước khoảng 320 tỷ đồng.",
     "320"),
    ("Bão số 4 đổ bộ giữa tháng 8 gây thiệt hại nặng. Tỉnh đã xuất 600 tấn gạo hỗ trợ người dân.", "600"),
    # ... and a figure the storm's damage is said of after it
    ("Bão số 4 đổ bộ giữa tháng 8. Tỉnh chi 45 tỷ đồng cho 30 xã bị ảnh hưởng bởi bão số 4.", "30"),
])
def test_a_storms_damage_through_its_paragraph(body: str, token: str) -> None:
    assert period_of(body, token, "2023-9M", title="9 tháng năm 2023") == "2023-08"


@pytest.mark.parametrize(("body", "token"), [
    # a crop season's area keeps its season, though part of it was flooded by the storm
    ("Bão số 4 đổ bộ giữa tháng 8. Vụ Mùa gieo cấy 27.000 ha; trong đó 5.100 ha bị ngập do bão số 4.", "5.100"),
    # a sentence naming a time of its own keeps it
    ("Bão số 4 đổ bộ giữa tháng 8. Trong 9 tháng, thiệt hại do thiên tai ước 410 tỷ đồng.", "410"),
])
def test_a_storm_does_not_date_a_season_or_a_sentence_with_its_own_time(body: str, token: str) -> None:
    assert period_of(body, token, "2023-9M", title="9 tháng năm 2023") != "2023-08"


@pytest.mark.parametrize(("body", "token"), [
    # a sentence giving the cause of the month's figure before it is of that month, not of the release's months
    ("Chỉ số giá tiêu dùng tháng 10 tăng 0,48% so với tháng trước. Nguyên nhân chủ yếu do nhóm nhà ở và vật liệu "
     "xây dựng tăng 1,36%.", "1,36%"),
    # ... also past an aside about the country beside it
    ("CPI tháng 10 tăng 0,48% so với tháng trước (cả nước tăng 0,33%). Chủ yếu do giá gạo tăng 2,7%.", "2,7%"),
])
def test_a_cause_is_of_the_figure_it_explains(body: str, token: str) -> None:
    assert period_of(body, token, "2023-10M", title="tháng 10 và 10 tháng năm 2023") == "2023-10"


def test_a_cause_naming_its_own_time_keeps_it() -> None:
    body = ("CPI tháng 10 tăng 0,48% so với tháng trước. Nguyên nhân do giá gạo 10 tháng tăng 2,7%.")
    assert period_of(body, "2,7%", "2023-10M", title="tháng 10 và 10 tháng năm 2023") == "2023-10M"


@pytest.mark.parametrize(("body", "token"), [
    # the works of a list share the words of the first's progress: each share is done since the work started
    # (shares whose words link them to no indicator of a work's progress)
    ("Công trình trụ sở A hoàn thành 80% khối lượng; cải tạo QL10 đoạn cầu X - cầu Y đạt 47%.", "47%"),
    ("Cầu C đã bàn giao mặt bằng được 90%; nâng cấp tỉnh lộ 8 đoạn A - B đạt 38%.", "38%"),
])
def test_a_list_of_works_progress_is_a_running_total(body: str, token: str) -> None:
    assert figure_of(body, token, "2023-H1").cumulative is True


def test_a_share_naming_what_it_is_of_is_no_works_progress() -> None:
    body = "Dự án hồ chứa nước A hoàn thành khoảng 70% khối lượng; tỷ lệ hộ dùng nước sạch đạt 58% dân số."
    assert figure_of(body, "58%", "2023-H1").cumulative is False


@pytest.mark.parametrize(("body", "token", "period", "comparison"), [
    # "nửa đầu năm" / "nửa cuối năm" is a half of a year, in a comparison too ...
    ("Kim ngạch xuất khẩu 6 tháng ước tăng 4,2% so với nửa cuối năm trước.", "4,2%", "2024-H1", "2023-H2"),
    ("Lượng khách du lịch 6 tháng tăng 12% so với nửa cuối năm 2023.", "12%", "2024-H1", "2023-H2"),
    # ... and the growth in brackets after it is that half's, over the half a year before it
    ("GRDP 6 tháng tăng 5,8%. So với nửa đầu năm 2023 (tăng 6,93%), mức tăng năm nay thấp hơn.", "6,93%",
     "2023-H1", "2022-H1"),
    ("Chỉ số sản xuất công nghiệp tăng 9,1%, cao hơn cùng kỳ năm 2023 (tăng 7,4%).", "7,4%", "2023-H1", "2022-H1"),
])
def test_halves_of_a_year_compared_with(body: str, token: str, period: str, comparison: str) -> None:
    f = figure_of(body, token, "2024-H1", title="6 tháng đầu năm 2024")
    assert (f.period, f.comparison_period) == (period, comparison)


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a half of a year named before a figure in a report of nine months
    ("Nửa đầu năm, tổng sản phẩm trên địa bàn tăng 6,2%.", "6,2%", "2024-H1"),
    ("Riêng nửa cuối năm 2024, kế hoạch đặt ra là thu hút 40 dự án mới.", "40", "2024-H2"),
])
def test_a_half_of_a_year_named(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2024-9M", title="9 tháng năm 2024") == expected


@pytest.mark.parametrize(("body", "token", "report", "title", "period"), [
    # capital drawn against the year's plan, in a quarter's report: drawn since 1 January, over the first months
    # up to its last day (annotation guide 3.4)
    ("Quý I, toàn tỉnh giải ngân 845 tỷ đồng vốn đầu tư công, đạt 12,4% kế hoạch.", "845", "2023-Q1",
     "quý I năm 2023", "2023-Q1"),
    ("Quý I, toàn tỉnh giải ngân 845 tỷ đồng vốn đầu tư công, đạt 12,4% kế hoạch.", "12,4%", "2023-Q1",
     "quý I năm 2023", "2023-Q1"),
    ("Dự án đường tránh phía Tây giải ngân 46,2 tỷ đồng, đạt 23,1% kế hoạch vốn.", "46,2", "2023-Q1",
     "quý I năm 2023", "2023-Q1"),
    # ... and in a month's report
    ("Vốn đầu tư công giải ngân được 1.230 tỷ đồng, bằng 15,2% kế hoạch năm.", "1.230", "2023-05",
     "tháng 5 năm 2023", "2023-5M"),
    # a district's share drawn, dated by the paragraph's day, has run up since 1 January too
    ("Đến ngày 25/3, toàn tỉnh giải ngân 610 tỷ đồng vốn đầu tư công, đạt 9,8% kế hoạch. Một số huyện giải ngân khá"
     " là huyện Hòa Vang (21,3%), huyện Đông Sơn (18,6%).", "21,3%", "2023-Q1", "quý I năm 2023", "2023-03-25"),
])
def test_capital_drawn_against_the_years_plan_is_a_running_total(
    body: str, token: str, report: str, title: str, period: str
) -> None:
    found = figure_of(body, token, report, title)
    assert (found.period, found.cumulative) == (period, True)


@pytest.mark.parametrize("token", ["2.150", "24,6%"])
def test_a_quarters_revenue_stays_the_quarters_flow(token: str) -> None:
    body = "Thu ngân sách nhà nước quý I đạt 2.150 tỷ đồng, bằng 24,6% dự toán."
    found = figure_of(body, token, "2023-Q1", "quý I năm 2023")
    assert (found.period, found.cumulative) == ("2023-Q1", False)


@pytest.mark.parametrize(("body", "token", "period", "cumulative"), [
    # in a 9-month report, the year before capital drawn names the plan's capital: drawn over the 9 months so far
    ("Vốn các chương trình mục tiêu quốc gia năm 2023 giải ngân được 96 tỷ đồng/540 tỷ đồng, đạt 17,8%.", "96",
     "2023-9M", True),
    ("Dự án cầu Phú Lộc: khối lượng đạt khoảng 40%; năm 2023 đã giải ngân 41 tỷ đồng/70 tỷ đồng kế hoạch, đạt 58,6%.",
     "41", "2023-9M", True),
    # ... while the plan itself keeps its year
    ("Vốn các chương trình mục tiêu quốc gia năm 2023 giải ngân được 96 tỷ đồng/540 tỷ đồng, đạt 17,8%.", "540",
     "2023", False),
    ("Kế hoạch vốn đầu tư công năm 2023 là 4.200 tỷ đồng.", "4.200", "2023", False),
])
def test_the_year_of_the_capital_drawn_is_the_plans(body: str, token: str, period: str, cumulative: bool) -> None:
    found = figure_of(body, token, "2023-9M", "9 tháng năm 2023")
    assert (found.period, found.cumulative) == (period, cumulative)


@pytest.mark.parametrize(("body", "token", "period"), [
    # an hour before the day a tally runs up to: the day
    ("Tính đến 18 giờ ngày 20/6, toàn tỉnh ghi nhận 2.415 ca mắc sốt xuất huyết.", "2.415", "2023-06-20"),
    ("Đến 17h00 ngày 25/6, lũ đã làm 140 ngôi nhà bị ngập.", "140", "2023-06-25"),
    ("Tới 8 giờ sáng ngày 12/5, toàn tỉnh đã tiêm 84.300 liều vắc xin.", "84.300", "2023-05-12"),
])
def test_an_hour_before_the_day_counted_up_to(body: str, token: str, period: str) -> None:
    found = figure_of(body, token, "2023-H1")
    assert (found.period, found.cumulative) == (period, True)


@pytest.mark.parametrize(("body", "token", "period", "cumulative"), [
    # the counts of a sentence opening with the day it tallies up to run up to that day, named or not
    ("Tính đến 18 giờ ngày 20/6, toàn tỉnh ghi nhận 2.415 ca mắc sốt xuất huyết; đã có 1.980 người khỏi bệnh.",
     "1.980", "2023-06-20", True),
    ("Đến 17h00 ngày 25/6, toàn tỉnh ghi nhận 2.415 ca mắc sốt xuất huyết, trong đó 1.760 người đã xuất viện.",
     "1.760", "2023-06-25", True),
    # ... not after a day that dates one clause only: the count is a flow of the report's half year
    ("Dự án điện nông thôn giải ngân đến 15/6 đạt 12,4 tỷ đồng; cấp điện cho 820 hộ.", "820", "2023-H1", True),
])
def test_the_counts_of_a_tally_up_to_a_day(body: str, token: str, period: str, cumulative: bool) -> None:
    found = figure_of(body, token, "2023-H1")
    assert (found.period, found.cumulative) == (period, cumulative)


@pytest.mark.parametrize(("body", "token", "period", "cumulative"), [
    # a count run up to the middle of a month: not a flow of that month, a total of the report's period so far
    ("Đến giữa tháng 6, nông dân đã gieo trồng 4.200 ha ngô, giảm 6,4% so với cùng kỳ.", "4.200", "2023-H1", True),
    ("Đến giữa tháng 6, nông dân đã gieo trồng 4.200 ha ngô, giảm 6,4% so với cùng kỳ.", "6,4%", "2023-H1", True),
    ("Tới giữa tháng 5 toàn tỉnh trồng được 1.450 ha rừng tập trung.", "1.450", "2023-H1", True),
    # ... while a month named as the time of a flow is that month
    ("Trong tháng 6, toàn tỉnh trồng được 620 ha rừng tập trung.", "620", "2023-06", False),
])
def test_a_count_up_to_the_middle_of_a_month(body: str, token: str, period: str, cumulative: bool) -> None:
    found = figure_of(body, token, "2023-H1")
    assert (found.period, found.cumulative) == (period, cumulative)


@pytest.mark.parametrize(("body", "token", "expected"), [
    # facilities operating and loans outstanding are stocks (pk:isStock): a year's report counts them on its last day
    ("Hạ tầng thương mại: toàn tỉnh có 64 chợ và 18 siêu thị.", "18", "2023-12-31"),
    ("Mạng lưới bán lẻ gồm 52 chợ, 9 siêu thị và 3 trung tâm thương mại.", "52", "2023-12-31"),
    ("Trên địa bàn có 27 tổ chức tín dụng đang hoạt động.", "27", "2023-12-31"),
    ("Toàn tỉnh có 1.450 tàu cá đăng ký hoạt động.", "1.450", "2023-12-31"),
    # ... but those a verb opens in the period are a flow of it
    ("Trong năm đưa vào sử dụng 3 chợ mới, khánh thành 2 siêu thị.", "3 chợ", "2023"),
    ("Trong năm đưa vào sử dụng 3 chợ mới, khánh thành 2 siêu thị.", "2 siêu", "2023"),
])
def test_stocks_of_facilities_and_the_facilities_opened(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023", "năm 2023") == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a day inside a clause, after its subject and verb, dates that clause only
    ("Vốn chương trình giải ngân đến 20/11/2023 đạt 41,2 tỷ đồng; hỗ trợ xây mới 320 căn nhà cho hộ nghèo.", "320",
     "2023"),
    ("Nguồn vốn ủy thác cho vay đến 30/11/2023 đạt 312 tỷ đồng; hỗ trợ 1.450 lao động có việc làm.", "1.450", "2023"),
    ("Nguồn vốn ủy thác cho vay đến 30/11/2023 đạt 312 tỷ đồng; hỗ trợ 1.450 lao động có việc làm.", "312",
     "2023-11-30"),
    # ... a day opening its sentence goes on to the clauses after it, and so does one whose later clauses are the
    # parts of its total
    ("Tính đến ngày 20/12, ghi nhận 1.230 ca sốt xuất huyết; 15 ca tử vong.", "15", "2023-12-20"),
    ("Thu ngân sách trên địa bàn đến ngày 15/12 đạt 9.120 tỷ đồng; trong đó thu nội địa 8.700 tỷ đồng, đạt 96,2%; thu "
     "xuất nhập khẩu 420 tỷ đồng, đạt 88,1%.", "88,1", "2023-12-15"),
])
def test_a_day_inside_a_clause_dates_that_clause(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023", "năm 2023") == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # the time a comparison names dates neither the change nor the level after it
    ("Diện tích cây ăn quả đạt 12.400 ha, tăng 310 ha so với cuối năm 2022, riêng huyện Bảo Yên có 2.100 ha.", "2.100",
     "2023-06-30"),
    ("Đàn bò có 41.000 con (so với đầu năm 2023 tăng 2,1%), riêng huyện Mường Nhé có 6.200 con.", "2,1", "2023-06-30"),
    ("Đàn bò có 41.000 con (so với đầu năm 2023 tăng 2,1%), riêng huyện Mường Nhé có 6.200 con.", "6.200",
     "2023-06-30"),
    # ... nor does a year in a closed bracket, an aside, date the clause after it
    ("Năng suất lúa bình quân 58,2 tạ/ha (+0,4 tạ/ha so với vụ Mùa năm 2022); sản lượng 61.300 tấn.", "61.300",
     "2023-H1"),
    ("Sản lượng khai thác đạt 52.000 tấn (+1.500 tấn so với vụ cá Bắc năm 2022); số tàu tham gia là 620 chiếc.",
     "620", "2023-H1"),
])
def test_a_compared_time_dates_no_later_figure(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023-H1") == expected


@pytest.mark.parametrize(("body", "token", "cumulative"), [
    # work done so far up to a day ("đã thu mua", "mới tiêm") runs up since the start, whether or not an indicator
    # names it ...
    ("Tính đến ngày 20/6, toàn tỉnh đã thu mua khoảng 54.000 tấn vải thiều.", "54.000", True),
    ("Đến ngày 12/6, các trạm thú y mới tiêm phòng 41.500 liều cho đàn vật nuôi.", "41.500", True),
    # ... a level held at the day does not
    ("Đến ngày 15/6, toàn tỉnh đã có 35 điểm giao dịch một cửa.", "35", False),
    ("Đến ngày 15/6, nhà máy mới đạt 62% công suất.", "62", False),
])
def test_work_done_up_to_a_day_runs_up(body: str, token: str, cumulative: bool) -> None:
    assert figure_of(body, token, "2023-H1").cumulative is cumulative


@pytest.mark.parametrize(("body", "token", "expected"), [
    # the seasons of a report's months named together are the report's period, not one season's year ...
    ("Tổng sản lượng lương thực vụ Xuân và vụ Hè Thu ước đạt 812.000 tấn, tăng 1,2% so với cùng kỳ.", "812.000",
     "2023-9M"),
    ("Sản lượng lúa vụ Đông Xuân, vụ Hè Thu đạt 1,2 triệu tấn.", "1,2 triệu", "2023-9M"),
    # ... one season alone is its year's
    ("Vụ Hè Thu gieo cấy 42.000 ha.", "42.000", "2023"),
])
def test_seasons_named_together(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023-9M", "9 tháng năm 2023") == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a change or an achievement goes on with the year of the level before it, in a report of part of that year
    ("Kỳ thi tốt nghiệp THPT năm 2023 tổ chức an toàn, tỷ lệ đỗ đạt 98,4%, tăng 0,3 điểm phần trăm so với năm 2022.",
     "0,3", "2023"),
    ("Ước cả năm 2023 thu ngân sách đạt 12.400 tỷ đồng, bằng 108% dự toán; trong đó thu từ xổ số khoảng 420 tỷ đồng, "
     "bằng 115% dự toán.", "115", "2023"),
])
def test_a_change_goes_on_with_its_levels_year(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023-9M", "9 tháng năm 2023") == expected


@pytest.mark.parametrize(("body", "token", "report_period", "title", "expected"), [
    # a span of months compared with ("so với 6 tháng đầu năm 2022", "so với 9 tháng năm trước") dates nothing after it
    ("Giá trị xuất khẩu ước đạt 16,8 tỷ USD, tăng 29,9% so với 6 tháng đầu năm 2022 và bằng 52,6% kế hoạch cả năm.",
     "52,6", "2023-H1", "6 tháng đầu năm 2023", ("2023-H1", "2023")),
    ("Kim ngạch xuất khẩu ước đạt 920 triệu USD, tăng 11,3% so với 9 tháng năm trước, bằng 74% kế hoạch.", "74%",
     "2023-9M", "9 tháng năm 2023", ("2023-9M", "2023")),
    # ... it is the comparison's time
    ("Kim ngạch xuất khẩu ước đạt 920 triệu USD, tăng 11,3% so với 9 tháng năm trước, bằng 74% kế hoạch.", "11,3",
     "2023-9M", "9 tháng năm 2023", ("2023-9M", "2022-9M")),
    # ... and the growth an opening comparison's bracket states is that time's
    ("So với 6 tháng đầu năm 2022 (giá trị sản xuất tăng 5,2%), tốc độ tăng năm nay cao hơn.", "5,2", "2023-H1",
     "6 tháng đầu năm 2023", ("2022-H1", "2021-H1")),
    ("So với 9 tháng năm trước (doanh thu bán lẻ tăng 4,1%), mức tăng năm nay chậm hơn.", "4,1", "2023-9M",
     "9 tháng năm 2023", ("2022-9M", "2021-9M")),
    # (not another area's growth in brackets after a comparison)
    ("Giá trị sản xuất tăng 6,1% so với 6 tháng đầu năm 2022 (cả nước tăng 5,2%).", "5,2", "2023-H1",
     "6 tháng đầu năm 2023", ("2023-H1", "2022-H1")),
])
def test_a_span_of_months_compared_with(
    body: str, token: str, report_period: str, title: str, expected: tuple[str, str],
) -> None:
    found = figure_of(body, token, report_period, title)
    assert (found.period, found.comparison_period) == expected


@pytest.mark.parametrize(("body", "token", "report_period", "title", "expected"), [
    # "trong năm" names a clause's own time: a flow after a stock dated at the report's end is the period's
    ("Toàn tỉnh hiện có 1.240 hợp tác xã đang hoạt động; trong năm thành lập mới 85 hợp tác xã.", "85", "2023",
     "năm 2023", "2023"),
    ("Toàn tỉnh hiện có 1.240 hợp tác xã đang hoạt động; trong năm thành lập mới 85 hợp tác xã.", "85", "2023-9M",
     "9 tháng năm 2023", "2023-9M"),
    ("Hiện toàn tỉnh có 312 cơ sở lưu trú; trong năm đón 2,4 triệu lượt khách.", "2,4", "2023", "năm 2023", "2023"),
])
def test_in_the_year_is_a_clauses_own_time(
    body: str, token: str, report_period: str, title: str, expected: str,
) -> None:
    assert period_of(body, token, report_period, title) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # "năm ngoái" is "năm trước": the same period's own growth a year earlier ...
    ("Kim ngạch xuất khẩu tăng 9,2%, trong khi cùng kỳ năm ngoái tăng 4,5%.", "4,5", ("2022-H1", "2021-H1")),
    ("Doanh thu du lịch tăng 18%, trong khi cùng kỳ năm ngoái giảm 3,5%.", "3,5", ("2022-H1", "2021-H1")),
    # ... and the span of a year earlier compared with
    ("Lượng khách lưu trú tăng 12% so với 6 tháng đầu năm ngoái.", "12%", ("2023-H1", "2022-H1")),
])
def test_last_year_in_other_words(body: str, token: str, expected: tuple[str, str]) -> None:
    found = figure_of(body, token, "2023-H1")
    assert (found.period, found.comparison_period) == expected


@pytest.mark.parametrize(("body", "token", "report_period", "title", "expected"), [
    # "Năm nay" opening a clause names the report's year ...
    ("Năm nay toàn tỉnh có 21.500 ha vải thiều, sản lượng dự kiến khoảng 160.000 tấn.", "160.000", "2023-H1",
     "6 tháng đầu năm 2023", "2023"),
    ("Năm nay, tỉnh có 3.400 ha cam cho thu hoạch.", "3.400", "2023-H1", "6 tháng đầu năm 2023", "2023"),
    # ... not a rate's words ("tốc độ tăng năm nay thấp hơn")
    ("So với nửa đầu năm 2022 (tăng 6,1%), tốc độ tăng năm nay thấp hơn 0,8 điểm phần trăm.", "0,8", "2023-H1",
     "6 tháng đầu năm 2023", "2023-H1"),
    # "tháng này" is the report's month
    ("Số khách quốc tế tháng này đạt 25.000 lượt.", "25.000", "2023-10M", "tháng 10 và 10 tháng năm 2023", "2023-10"),
    ("Doanh thu tháng này ước 410 tỷ đồng.", "410", "2023-10M", "tháng 10 và 10 tháng năm 2023", "2023-10"),
])
def test_this_year_and_this_month(body: str, token: str, report_period: str, title: str, expected: str) -> None:
    assert period_of(body, token, report_period, title) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a flow since the start of the year ("từ đầu năm đến nay") runs over the report's months ...
    ("Từ đầu năm đến nay, toàn tỉnh đã cấp mới 620 doanh nghiệp.", "620", ("2023-9M", True)),
    ("Lũy kế từ đầu năm đến nay, thu hút 1,2 triệu lượt khách.", "1,2", ("2023-9M", True)),
    # ... a level "đến nay" is a stock at the report's last day
    ("Đến nay, toàn tỉnh có 480 sản phẩm OCOP.", "480", ("2023-09-30", False)),
])
def test_a_flow_since_the_start_of_the_year(body: str, token: str, expected: tuple[str, bool]) -> None:
    found = figure_of(body, token, "2023-9M", "9 tháng năm 2023")
    assert (found.period, found.cumulative) == expected


_TASKS_NEXT_YEAR = "GRDP năm 2023 tăng 6,1%.\nII. NHIỆM VỤ NĂM 2024\n"


@pytest.mark.parametrize(("body", "token"), [
    # a stock's target in a yearly report's tasks part is the next year's, not a level at the report's last day
    # (a herd's is at the end of that year: tests/test_period_conventions.py)
    (_TASKS_NEXT_YEAR + "- Tỷ lệ hộ nghèo đa chiều giảm còn dưới 1,2%; giữ vững 68 xã đạt chuẩn.", "1,2"),
    (_TASKS_NEXT_YEAR + "- Có thêm 12 xã đạt chuẩn nông thôn mới nâng cao; duy trì tỷ lệ che phủ rừng trên 42%.", "12"),
    (_TASKS_NEXT_YEAR + "- Có thêm 12 xã đạt chuẩn nông thôn mới nâng cao; duy trì tỷ lệ che phủ rừng trên 42%.", "42"),
])
def test_a_stocks_target_in_the_tasks_part(body: str, token: str) -> None:
    found = figure_of(body, token, "2023", "năm 2023")
    assert (found.period, found.status) == ("2024", "target")


_NOTE_AND_LIST = (
    "Các số liệu cả năm là số ước tính trên cơ sở số thực hiện đến ngày 30/11/2023.\n"
    "Đến ngày 30/11/2023, giải ngân vốn đầu tư công đạt 6.200 tỷ đồng, bằng 81% kế hoạch (đến 30/9 mới đạt 4.100 tỷ "
    "đồng). Theo nguồn vốn:\n- Vốn ngân sách địa phương: giải ngân 3.100 tỷ đồng (76%);\n- Vốn ODA: giải ngân 420 tỷ "
    "đồng (52%)."
)


@pytest.mark.parametrize(("body", "token", "expected"), [
    # the items of a list go on with the day the paragraph leading into it names (not the day of an aside in it);
    # capital drawn up to 30 November is drawn over the first eleven months (annotation guide 3.4) ...
    (_NOTE_AND_LIST, "3.100", ("2023-11M", "actual")),
    (_NOTE_AND_LIST, "420", ("2023-11M", "actual")),
    ("Tính đến ngày 15/12, các địa phương đã thu hoạch lúa Mùa như sau:\n- Huyện A: 12.400 ha;\n- Huyện B: 9.800 ha.",
     "9.800", ("2023-12-15", "actual")),
    # ... and a count up to a day before the report's last month is known, not estimated with the year's figures
    (_NOTE_AND_LIST, "6.200", ("2023-11M", "actual")),
])
def test_the_items_of_a_list_after_a_dated_paragraph(body: str, token: str, expected: tuple[str, str]) -> None:
    found = figure_of(body, token, "2023", "năm 2023")
    assert (found.period, found.status) == expected


@pytest.mark.parametrize(("body", "token", "report_period", "title", "expected"), [
    # a share covered and a standing area of perennial crops ([levels] at_period_end, and every kind of perennial
    # crop area in the ontology): at the last day of a report of part of a year ...
    ("Tổng diện tích cây lâu năm ước 96.400 ha, tăng 1,2% so với cùng kỳ; cây ăn quả 18.300 ha.", "18.300", "2023-9M",
     "9 tháng năm 2023", "2023-09-30"),
    ("Tổng diện tích cây lâu năm ước 96.400 ha, tăng 1,2% so với cùng kỳ; cây ăn quả 18.300 ha.", "1,2", "2023-9M",
     "9 tháng năm 2023", "2023-09-30"),
    ("Tỷ lệ lao động qua đào tạo đạt 68,5%; tỷ lệ hộ dân nông thôn sử dụng nước hợp vệ sinh đạt 98,7%.", "98,7",
     "2023-H1", "6 tháng đầu năm 2023", "2023-06-30"),
    # ... and at the year's last day in a yearly report (never the year: annotation guide 3.4), its words naming
    # the year or not; an area newly planted is a flow
    ("Tổng diện tích cây lâu năm ước 96.400 ha, tăng 1,2% so với năm trước.", "96.400", "2023", "năm 2023",
     "2023-12-31"),
    ("Tỷ lệ lao động qua đào tạo đạt 68,5%.", "68,5", "2023", "năm 2023", "2023-12-31"),
    ("Độ che phủ rừng năm 2023 ước đạt 47,2%, cao hơn năm trước 0,3 điểm phần trăm.", "47,2", "2023", "năm 2023",
     "2023-12-31"),
    ("Số người có thẻ bảo hiểm y tế đạt 1.204.000 người, tỷ lệ bao phủ bảo hiểm y tế 93,4% dân số.", "93,4", "2023",
     "năm 2023", "2023-12-31"),
    ("Trong năm, các địa phương trồng mới 1.250 ha cây ăn quả.", "1.250", "2023-9M", "9 tháng năm 2023", "2023-9M"),
])
def test_levels_stated_at_a_reports_last_day(
    body: str, token: str, report_period: str, title: str, expected: str,
) -> None:
    assert period_of(body, token, report_period, title) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # an earlier year's level quoted in brackets after a level counted at the year's end is at that year's end
    ("Toàn tỉnh đạt 30,4 giường bệnh trên vạn dân (năm 2022 là 29,8 giường bệnh trên vạn dân).", "29,8",
     "2022-12-31"),
    ("Số thuê bao băng rộng cố định đạt 204.500 thuê bao (năm 2022 là 188.900 thuê bao).", "188.900", "2022-12-31"),
])
def test_an_earlier_years_level_in_brackets_is_at_that_years_end(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023", "năm 2023") == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # what was done from 1 January up to the month's end a sentence opens with is of those first months, whatever
    # its (flow) indicator (annotation guide 3.4, year-to-date flows) ...
    ("Tính đến ngày 31/10/2023, các đội tuyển của tỉnh tham gia 14 giải, giành 52 huy chương.", "52", "2023-10M"),
    ("Đến hết tháng 11, các đơn vị đã tổ chức 37 cuộc thanh tra, đạt 92,5% kế hoạch năm.", "37", "2023-11M"),
    # ... and a count no indicator names whose own words name a result done
    ("Đến hết tháng 10, Ban quản lý hoàn thành 27/30 nhiệm vụ được giao.", "27", "2023-10M"),
    ("Tính đến ngày 31/10/2023, Trung tâm đã bàn giao 148 bộ hồ sơ cho các xã.", "148", "2023-10M"),
    # ... not what there is then, nor a target's day
    ("Tính đến ngày 30/11/2023, toàn tỉnh có 2.400 trạm phát sóng; trong đó 900 trạm 5G.", "900", "2023-11-30"),
])
def test_what_was_done_up_to_a_months_end_is_of_the_first_months(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023", "năm 2023") == expected


@pytest.mark.parametrize(("body", "token"), [
    # a figure naming its own year in brackets is not of the months the sentence counts up to
    ("Tính đến ngày 31/10/2023, các vận động viên của tỉnh giành 38 huy chương (năm 2022 là 29 huy chương).", "29"),
    ("Tính đến ngày 31/10/2023, toàn tỉnh tổ chức 64 lớp tập huấn nghiệp vụ (năm 2021 là 51 lớp).", "51"),
])
def test_a_figure_naming_its_own_year_is_not_counted_up_to_the_sentences_day(body: str, token: str) -> None:
    assert period_of(body, token, "2023", "năm 2023") != "2023-10M"


@pytest.mark.parametrize(("body", "token"), [
    # a count no indicator names is not taken for a flow since January: it stays at its day
    ("Tính đến ngày 31/10/2023, số tài khoản thanh toán điện tử đạt 86.300 tài khoản.", "86.300"),
    ("Đến hết tháng 10, số trạm sạc xe điện công cộng đạt 312 trạm.", "312"),
])
def test_an_unlinked_count_up_to_a_months_end_stays_at_its_day(body: str, token: str) -> None:
    assert period_of(body, token, "2023", "năm 2023") == "2023-10-31"


@pytest.mark.parametrize(("body", "token", "report_period", "expected"), [
    # those paid an allowance every month are the people on the rolls at the period's end; the money paid over the
    # period stays a flow
    ("Toàn tỉnh chi trả trợ cấp xã hội hằng tháng cho 41.250 đối tượng, kinh phí 6 tháng 98,4 tỷ đồng.", "41.250",
     "2023-H1", "2023-06-30"),
    ("Hằng tháng, ngành chi trả trợ cấp ưu đãi cho 12.700 người có công và thân nhân.", "12.700", "2023",
     "2023-12-31"),
    ("Toàn tỉnh chi trả trợ cấp xã hội hằng tháng cho 41.250 đối tượng, kinh phí 6 tháng 98,4 tỷ đồng.", "98,4",
     "2023-H1", "2023-H1"),
])
def test_those_paid_every_month_are_a_level(body: str, token: str, report_period: str, expected: str) -> None:
    title = "6 tháng đầu năm 2023" if report_period == "2023-H1" else "năm 2023"
    assert period_of(body, token, report_period, title) == expected


@pytest.mark.parametrize(("body", "token", "report_period", "title"), [
    # a number of months after a bound is how long something lasts, not a span of the year
    ("Tuyển sinh đào tạo nghề 9.800 người, trong đó sơ cấp và đào tạo dưới 3 tháng 6.150 người.", "6.150", "2023",
     "năm 2023"),
    ("Số lao động thất nghiệp trên 6 tháng là 1.240 người.", "1.240", "2023-9M", "9 tháng năm 2023"),
])
def test_a_number_of_months_after_a_bound_is_a_duration(body: str, token: str, report_period: str,
                                                       title: str) -> None:
    assert period_of(body, token, report_period, title) == report_period


@pytest.mark.parametrize(("body", "token"), [
    # the end of a school year is no year's end: a school-year report's level up to it is of its school year
    ("Đến hết năm học, toàn tỉnh có 386 trường đạt chuẩn quốc gia, tăng 14 trường.", "386"),
    ("Đến cuối năm học, toàn tỉnh còn 57 phòng học tạm cần thay thế.", "57"),
])
def test_the_end_of_a_school_year_is_no_years_end(body: str, token: str) -> None:
    assert period_of(body, token, "2022/2023", title="năm học 2022-2023") == "2022/2023"


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a level in a table is counted on the last day of the period its column names, the plan's column too
    ("Chỉ tiêu | ĐVT | KH 2023 | Ước TH 2023\nTỷ lệ dân số tham gia bảo hiểm y tế | % | 93,5 | 93,9\n", "93,9",
     "2023-12-31"),
    ("Chỉ tiêu | ĐVT | KH 2023 | Ước TH 2023\nTỷ lệ dân số tham gia bảo hiểm y tế | % | 93,5 | 93,9\n", "93,5",
     "2023-12-31"),
    ("Chỉ tiêu\tNăm 2022\tNăm 2023\nSố giường bệnh trên vạn dân\t30,1\t31,4\n", "30,1", "2022-12-31"),
])
def test_a_level_in_a_table_is_at_its_columns_last_day(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023", "năm 2023") == expected


@pytest.mark.parametrize(("body", "token"), [
    # what there is on the province's territory is a level at the report's last day
    ("Trên địa bàn có 37 doanh nghiệp cung ứng dịch vụ viễn thông với 412 điểm giao dịch.", "412"),
    ("Sau khi mở rộng mạng lưới, trên địa bàn đã có 240 trạm sạc xe điện.", "240"),
])
def test_what_there_is_on_the_territory_is_a_level(body: str, token: str) -> None:
    assert period_of(body, token, "2023", "năm 2023") == "2023-12-31"


@pytest.mark.parametrize(("body", "token", "expected"), [
    # what is still held or looked after now is a level at the report's last day, not a flow of its months
    ("Trung tâm bảo trợ xã hội đang quản lý 148 đối tượng, trong đó 37 trẻ em.", "148", "2023-06-30"),
    ("Về giải phóng mặt bằng, hiện còn 12 hộ chưa nhận tiền bồi thường.", "12 hộ", "2023-06-30"),
    ("Công tác tuyển dụng được đẩy mạnh, tuy vậy vẫn còn 26 trường thiếu giáo viên tiếng Anh.", "26", "2023-06-30"),
    # ... but a "still" describing the situation is no level, and the count after it is of the period
    ("Tình hình đuối nước vẫn còn phức tạp: trong 6 tháng có 9 trẻ em tử vong.", "9 trẻ", "2023-H1"),
])
def test_what_is_still_held_is_a_level_at_the_last_day(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023-H1") == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # what a network or a service holds (beds, doctors, subscribers, treatment capacity) is a stock: a yearly
    # report states it at the year's last day
    ("Ngành y tế đạt 11,4 bác sĩ trên vạn dân và 31,2 giường bệnh trên vạn dân.", "31,2", "2023-12-31"),
    ("Số thuê bao băng rộng cố định đạt 204.500 thuê bao, tăng 6,2% so với năm trước.", "204.500", "2023-12-31"),
    ("Nhà máy xử lý nước thải khu đô thị mới có công suất xử lý nước thải 8.000 m3/ngày đêm.", "8.000",
     "2023-12-31"),
])
def test_what_a_network_holds_is_a_stock_at_the_years_end(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023", "năm 2023") == expected


@pytest.mark.parametrize(("body", "token", "report_period", "title", "expected"), [
    # the harvest told after a standing area of perennial crops is a flow of the report's period: the area's day,
    # which only the report's end gives, does not pass on to it
    ("Cây điều hiện có 14.600 ha, sản lượng hạt điều ước 19.800 tấn, giảm 2,1%.", "19.800", "2023", "năm 2023",
     "2023"),
    ("Với nhóm cây ăn quả, sầu riêng đạt 7.350 ha, sản lượng ước khoảng 61.000 tấn.", "61.000", "2023-9M",
     "9 tháng năm 2023", "2023-9M"),
    ("Riêng cây cao su 2.840 ha, sản lượng mủ 3.120 tấn.", "3.120", "2023-H1", "6 tháng đầu năm 2023", "2023-H1"),
])
def test_a_harvest_after_a_standing_area_is_a_flow(
    body: str, token: str, report_period: str, title: str, expected: str,
) -> None:
    assert period_of(body, token, report_period, title) == expected


_OCOP_9M = ("Trong 9 tháng, tỉnh đã đánh giá, công nhận 28 sản phẩm OCOP (20 sản phẩm 3 sao, 8 sản phẩm 4 sao), nâng "
            "tổng số lên 140 sản phẩm.")
_COMMUNES_H1 = ("6 tháng qua có thêm 3 xã đạt chuẩn nông thôn mới nâng cao và 2 xã đạt chuẩn kiểu mẫu, nâng tổng số "
                "lên 25 xã nông thôn mới nâng cao và 9 xã kiểu mẫu.")


@pytest.mark.parametrize(("body", "token", "report_period", "title", "expected"), [
    # the things of a stock done over a span the clause names are a flow of that span, parts of the list too ...
    (_OCOP_9M, "28", "2023-9M", "9 tháng năm 2023", "2023-9M"),
    (_OCOP_9M, "8 sản", "2023-9M", "9 tháng năm 2023", "2023-9M"),
    ("Trong 9 tháng, Hội đồng thẩm định đã thẩm định 5 xã nông thôn mới nâng cao và 2 xã nông thôn mới kiểu mẫu.",
     "2 xã", "2023-9M", "9 tháng năm 2023", "2023-9M"),
    # ... the level they bring the stock to is at the report's last day, and so is a count added to it ("có thêm")
    (_OCOP_9M, "140", "2023-9M", "9 tháng năm 2023", "2023-09-30"),
    (_COMMUNES_H1, "9 xã", "2023-H1", "6 tháng đầu năm 2023", "2023-06-30"),
    (_COMMUNES_H1, "2 xã", "2023-H1", "6 tháng đầu năm 2023", "2023-06-30"),
])
def test_a_stocks_things_done_over_a_named_span(
    body: str, token: str, report_period: str, title: str, expected: str,
) -> None:
    assert period_of(body, token, report_period, title) == expected


@pytest.mark.parametrize(("body", "token"), [
    # "từ đầu năm" is a sentence's own time: not the crop year or the dry season its paragraph named before
    ("Mùa khô 2022-2023 nắng nóng kéo dài. Từ đầu năm xảy ra 7 vụ cháy rừng, thiệt hại 12,5 ha.", "7 vụ"),
    ("Niên vụ 2022-2023 thời tiết thuận lợi. Tính từ đầu năm, các hộ đã xuất bán 4.200 tấn quả.", "4.200"),
])
def test_since_the_start_of_the_year_is_a_sentences_own_time(body: str, token: str) -> None:
    assert period_of(body, token, "2023-9M", "9 tháng năm 2023") == "2023-9M"


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a day a paragraph names goes on to its later sentences until one names a time of its own ("Cả năm ...")
    ("Thu ngân sách nhà nước đến 30/11 đạt 9.640 tỷ đồng, bằng 104% dự toán. Cả năm ước 10.370 tỷ đồng. Trong đó, thu "
     "nội địa 9.050 tỷ đồng.", "9.050", "2023"),
    ("Sản lượng thủy sản đến ngày 15/12 đạt 52.000 tấn. Cả năm ước 55.400 tấn. Trong đó, nuôi trồng 31.200 tấn.",
     "31.200", "2023"),
    ("Vụ Đông: tính đến ngày 20/11, toàn tỉnh gieo trồng 8.400 ha. Đã thu hoạch 1.200 ha ngô đông.", "1.200",
     "2023-11-20"),
])
def test_a_paragraphs_day_goes_on_until_a_time_of_its_own(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023", "năm 2023") == expected


_TASKS_Q4_ADD = (
    "GRDP 9 tháng tăng 6,1%.\nII. NHIỆM VỤ QUÝ IV\n1. Giải quyết việc làm thêm khoảng 2.400 lao động để đạt chỉ tiêu "
    "năm; trồng thêm 150 ha rừng.\n2. Hoàn thành bàn giao 120 căn nhà còn lại cho hộ nghèo.\n3. Phấn đấu tổng sản "
    "lượng lương thực cả năm đạt 180.000 tấn."
)


@pytest.mark.parametrize(("body", "token", "report_period", "title", "expected"), [
    # what a report of part of a year says is still to be added is for the rest of its year ...
    (_TASKS_Q4_ADD, "2.400", "2023-9M", "9 tháng năm 2023", "2023-Q4"),
    (_TASKS_Q4_ADD, "150", "2023-9M", "9 tháng năm 2023", "2023-Q4"),
    (_TASKS_Q4_ADD, "120", "2023-9M", "9 tháng năm 2023", "2023-Q4"),
    ("GRDP 6 tháng tăng 6,1%.\nII. NHIỆM VỤ 6 THÁNG CUỐI NĂM\n1. Thành lập mới 12 hợp tác xã nông nghiệp.", "12",
     "2023-H1", "6 tháng đầu năm 2023", "2023-H2"),
    # ... the year's own targets are the year's
    (_TASKS_Q4_ADD, "180.000", "2023-9M", "9 tháng năm 2023", "2023"),
])
def test_what_is_still_to_be_added_is_for_the_rest_of_the_year(
    body: str, token: str, report_period: str, title: str, expected: str,
) -> None:
    found = figure_of(body, token, report_period, title)
    assert (found.period, found.status) == (expected, "target")


# -- one list of crop seasons (vocabularies/extraction.toml [seasons]) for the period and the indicator framing ----


def test_every_season_of_the_vocabulary_is_read_whole_with_its_year() -> None:
    from provkg.extract.indicators import _SEASON_OPENING
    from provkg.extract.period import CROP_SEASON
    from provkg.extract.vocabulary import vocabulary

    for name in vocabulary().season_names:
        season = CROP_SEASON.search(f"Sản lượng vụ {name} năm 2021 ước đạt")
        assert season is not None and " ".join((season["name"] or "").split()) == name, name
        assert season["first"] == "2021", name
        assert _SEASON_OPENING.search(f"Tình hình chung. Vụ {name.title()} đạt khá"), name


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a two-word season the vocabulary names is read whole, with the year written after it (not the report's year)
    ("Vụ chiêm xuân 2024 toàn tỉnh gieo cấy 31.200 ha lúa.", "31.200", "2024"),
    ("Diện tích lúa vụ chiêm xuân năm 2024 đạt 30.800 ha, năng suất 64,5 tạ/ha.", "64,5", "2024"),
    ("Vụ Xuân Hè 2024 gieo trồng 6.150 ha ngô và đậu tương.", "6.150", "2024"),
])
def test_a_season_of_the_vocabulary_keeps_its_written_year(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2025-Q1", "quý I năm 2025") == expected


# -- a span compared with the span of the same length just before it ("so với 6 tháng trước") ---------------------


@pytest.mark.parametrize(("body", "token", "report_period", "title", "expected"), [
    # the span of the same length just before the figure's: not the same span a year earlier
    ("Doanh thu dịch vụ lưu trú 6 tháng ước 1.240 tỷ đồng, tăng 9,4% so với 6 tháng trước.", "9,4", "2023-H1",
     "6 tháng đầu năm 2023", ("2023-H1", "2022-H2")),
    ("Doanh thu dịch vụ lưu trú 6 tháng ước 1.240 tỷ đồng, tăng 9,4% so với cùng kỳ 6 tháng trước.", "9,4",
     "2023-H1", "6 tháng đầu năm 2023", ("2023-H1", "2022-H2")),
    ("Sản lượng điện thương phẩm quý II đạt 610 triệu kWh, tăng 3,2% so với 3 tháng liền trước.", "3,2", "2023-H1",
     "6 tháng đầu năm 2023", ("2023-Q2", "2023-Q1")),
    ("Sáu tháng cuối năm, vốn huy động tăng 5,5% so với 6 tháng trước.", "5,5", "2023", "năm 2023",
     ("2023-H2", "2023-H1")),
    # the last months of a year named: that half or quarter, not the first months
    ("Doanh thu dịch vụ lưu trú 6 tháng ước 1.240 tỷ đồng, tăng 9,4% so với 6 tháng cuối năm trước.", "9,4",
     "2023-H1", "6 tháng đầu năm 2023", ("2023-H1", "2022-H2")),
    ("Quý I, kim ngạch nhập khẩu ước 214 triệu USD, giảm 2,6% so với 3 tháng cuối năm 2022.", "2,6", "2023-Q1",
     "quý I năm 2023", ("2023-Q1", "2022-Q4")),
    # ... while the same months of the year before stay a year-on-year comparison
    ("Doanh thu dịch vụ lưu trú 6 tháng ước 1.240 tỷ đồng, tăng 9,4% so với cùng kỳ 6 tháng năm trước.", "9,4",
     "2023-H1", "6 tháng đầu năm 2023", ("2023-H1", "2022-H1")),
])
def test_a_span_against_the_span_just_before_it(
    body: str, token: str, report_period: str, title: str, expected: tuple[str, str],
) -> None:
    found = figure_of(body, token, report_period, title)
    assert (found.period, found.comparison_period) == expected


@pytest.mark.parametrize(("body", "token"), [
    # the span compared with dates nothing after it: the share that follows is the quarter's
    ("Quý III, kim ngạch xuất khẩu đạt 350 triệu USD, tăng 5% so với cùng kỳ 3 tháng trước, chiếm 36% cả 9 tháng.",
     "36%"),
    ("Trong quý III, doanh thu bán lẻ đạt 9.120 tỷ đồng, cao hơn 4% so với 3 tháng trước, chiếm 34,5% tổng mức.",
     "34,5%"),
])
def test_a_span_just_before_dates_nothing_after_it(body: str, token: str) -> None:
    assert period_of(body, token, "2023-9M", "9 tháng năm 2023") == "2023-Q3"


@pytest.mark.parametrize(("code", "months", "expected"), [
    ("2023-H1", 6, "2022-H2"), ("2023-H2", 6, "2023-H1"), ("2023-Q1", 3, "2022-Q4"), ("2023-Q3", 3, "2023-Q2"),
    ("2023-01", 1, "2022-12"), ("2023", 12, "2022"), ("2023-Q1", 12, "2022"),
    # no code names April to December, nor March to May
    ("2023-9M", 9, None), ("2023-06", 3, None),
])
def test_the_span_just_before_a_period(code: str, months: int, expected: str | None) -> None:
    from provkg.core.periods import span_before

    assert span_before(code, months) == expected


# -- a school year written in any of the genre's ways: "2022-2023", "2022 – 2023", "2022/2023", "2022-23" ------------

_SCHOOL_TITLE = "năm học 2023-2024"


@pytest.mark.parametrize(("body", "token", "expected"), [
    # the school year a sentence names, not the report's
    ("Trong năm học 2022–2023, toàn tỉnh có 412 trường phổ thông.", "412", "2022/2023"),
    ("Năm học 2022-23 toàn tỉnh có 405 trường mầm non.", "405", "2022/2023"),
    ("Cuối năm học 2022 / 2023 có 1.860 lớp học.", "1.860", "2022/2023"),
    # ... and one compared with
    ("Tỷ lệ học sinh lên lớp đạt 98,6%, tăng 0,4 điểm phần trăm so với năm học 2022-23.", "0,4", "2023/2024"),
])
def test_a_school_year_in_any_notation(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023/2024", _SCHOOL_TITLE) == expected


@pytest.mark.parametrize("body", [
    "Năm học 2022-23 toàn tỉnh có 405 trường mầm non.",
    "Kết quả năm học 2023 – 2024 được đánh giá cao.",
])
def test_the_years_of_a_school_year_are_no_figures(body: str) -> None:
    text = HEADER.format(title=_SCHOOL_TITLE) + body + "\n"
    found = [text[f.start:f.end] for f in extract(text, report_period="2023/2024").figures]
    assert not any(value.strip() in ("23", "2024", "2022", "2023") for value in found), found


def test_the_comparison_with_a_school_year_in_short() -> None:
    # (three school years back: not the year before, which a comparison naming no time would take)
    found = figure_of("Tỷ lệ trường đạt chuẩn quốc gia 78,2%, tăng 6,1 điểm phần trăm so với năm học 2020-21.", "6,1",
                      "2023/2024", _SCHOOL_TITLE)
    assert found.comparison_period == "2020/2021"


# -- a department's report: its tasks part opens under headings of its own words --------------------------------

_DEPARTMENT_YEAR = (
    "UBND TỈNH LAI CHÂU\nSỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\nSố: 77/BC-SNN\nLai Châu, ngày 12 tháng 12 năm 2024\n\n"
    "BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2024 và kế hoạch năm 2025\n\n"
    "I. KẾT QUẢ THỰC HIỆN NĂM 2024\n1. Trồng trọt\nDiện tích gieo trồng cây hằng năm đạt 52.300 ha, tăng 0,8%.\n"
    "2. Lâm nghiệp\nTrồng mới 2.140 ha rừng, vượt kế hoạch. Tỷ lệ che phủ rừng đạt 51,2%.\n"
    "3. Chăn nuôi\nĐàn trâu ước 98.000 con, giảm 1,1%. Sản lượng thịt hơi đạt 21.600 tấn.\n"
    "4. Thủy sản\nSản lượng thủy sản nuôi trồng đạt 6.050 tấn, tăng 4%.\n"
    "{heading}\n1. Trồng mới 2.300 ha rừng.\n2. Nâng tỷ lệ che phủ rừng lên 51,6%.\n"
)


@pytest.mark.parametrize("heading", [
    "Phần II. Phương hướng, nhiệm vụ năm 2025",
    "II. DỰ KIẾN KẾ HOẠCH NĂM 2025",
    "II. ĐỊNH HƯỚNG, NHIỆM VỤ NĂM 2025",
    "III. MỘT SỐ NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM NĂM 2025",
    "II. TRỌNG TÂM CÔNG TÁC NĂM 2025",
    "II. Chỉ tiêu và nhiệm vụ năm 2025",
])
def test_a_departments_tasks_part_under_its_own_heading(heading: str) -> None:
    text = _DEPARTMENT_YEAR.format(heading=heading)
    figures = {text[f.start:f.end]: f for f in extract(text).figures}
    for token in ("2.300 ha", "51,6%"):
        assert (figures[token].period, figures[token].status) == ("2025", "target"), (heading, token)
    assert (figures["2.140 ha"].period, figures["2.140 ha"].status) == ("2024", "actual")


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a year named alone after a figure it is the time of ("mức 3,1% của năm 2022"), before a semicolon or the end
    ("Tốc độ tăng GRDP ước đạt 7,9%, cao hơn nhiều so với mức 3,1% của năm 2022; xếp thứ 12/63 tỉnh.", "3,1%", "2022"),
    ("Thu ngân sách nhà nước tăng 12%, thấp hơn mức tăng 15,4% của năm 2021.", "15,4%", "2021"),
    # the horizon of a plan is no time of a figure
    ("Nhân dịp công bố quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050, lãnh đạo tỉnh đã trao giấy chứng "
     "nhận đầu tư cho 17 nhà đầu tư.", "17", "2023"),
    ("Triển khai đề án phát triển du lịch giai đoạn 2021-2025, định hướng đến năm 2030, toàn tỉnh đón 1,2 triệu lượt "
     "khách.", "1,2", "2023"),
    # examples after an aside about part of the year are of the year's total, not of the aside
    ("- 38 dự án trong nước, vốn đăng ký 18.300 tỷ đồng (riêng 6 tháng đầu năm 9 dự án, 1.120 tỷ đồng), như Nhà máy "
     "A tại Cụm công nghiệp B (412 tỷ đồng), Nhà máy C (96 tỷ đồng);", "412", "2023"),
    ("- 38 dự án trong nước, vốn đăng ký 18.300 tỷ đồng (riêng 6 tháng đầu năm 9 dự án, 1.120 tỷ đồng), như Nhà máy "
     "A tại Cụm công nghiệp B (412 tỷ đồng), Nhà máy C (96 tỷ đồng);", "96", "2023"),
])
def test_times_that_are_not_the_figures_own(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023", "năm 2023") == expected


# -- a flow of the year counted up to a day has run since 1 January: the first months up to that day --------------


@pytest.mark.parametrize(("body", "token", "report_period", "title", "expected"), [
    # budget revenue up to the last day of a month
    ("Tính đến ngày 30/6, thu nội địa của tỉnh ước được 3.085 tỷ đồng, bằng 47% dự toán năm, tăng 6,7% so "
     "với cùng kỳ.", "3.085", "2023-H1", "6 tháng đầu năm 2023", ("2023-H1", None)),
    ("Tính đến ngày 30/6, thu nội địa của tỉnh ước được 3.085 tỷ đồng, bằng 47% dự toán năm, tăng 6,7% so "
     "với cùng kỳ.", "6,7%", "2023-H1", "6 tháng đầu năm 2023", ("2023-H1", "2022-H1")),
    ("Tổng thu ngân sách đến 31/10 đạt 7.350 tỷ đồng, trong đó thu nội địa 6.910 tỷ đồng.", "6.910", "2023",
     "năm 2023", ("2023-10M", None)),
    # investment registered and enterprises founded up to a day
    ("Đến 30/11/2023, toàn tỉnh cấp mới 64 dự án, tổng vốn đăng ký 9.300 tỷ đồng.", "64", "2023", "năm 2023",
     ("2023-11M", None)),
    ("Đến 30/11/2023, toàn tỉnh cấp mới 64 dự án, tổng vốn đăng ký 9.300 tỷ đồng.", "9.300", "2023", "năm 2023",
     ("2023-11M", None)),
    # a day inside the last month of a report of the first months of its year, closing no period: the day (annotation
    # guide 3.4, year-to-date flows: "when it names another day ('đến ngày 20/6/2024'), the date")
    ("Tính đến ngày 20/9, tỉnh thu hút 1,3 tỷ USD vốn đầu tư trực tiếp nước ngoài, tăng 18% so với cùng kỳ.", "1,3",
     "2023-9M", "9 tháng năm 2023", ("2023-09-20", None)),
    ("Tính đến ngày 20/9, toàn tỉnh có 812 doanh nghiệp thành lập mới, tăng 6% so với cùng kỳ.", "812",
     "2023-9M", "9 tháng năm 2023", ("2023-09-20", None)),
])
def test_a_flow_counted_up_to_a_day_is_of_the_months_up_to_it(
    body: str, token: str, report_period: str, title: str, expected: tuple[str, str | None],
) -> None:
    found = figure_of(body, token, report_period, title)
    assert (found.period, found.comparison_period) == expected


@pytest.mark.parametrize(("body", "token", "report_period", "title", "expected"), [
    # what is held at the day, whenever it came, stays at the day
    ("Lũy kế đến nay, toàn tỉnh có 240 dự án FDI còn hiệu lực, tổng vốn đăng ký 6,2 tỷ USD.", "6,2", "2023-H1",
     "6 tháng đầu năm 2023", "2023-06-30"),
    # a day inside a month of a yearly report stays a day
    ("Số thu ngân sách của tỉnh tính đến ngày 20/12/2023 được 8.675 tỷ đồng.", "8.675", "2023", "năm 2023",
     "2023-12-20"),
])
def test_what_is_held_at_a_day_stays_at_it(body: str, token: str, report_period: str, title: str,
                                           expected: str) -> None:
    assert period_of(body, token, report_period, title) == expected


@pytest.mark.parametrize(("body", "token", "report_period", "title", "expected"), [
    # the part of a month an event came in is not the time of the figures told after it
    ("Do mưa lớn kéo dài cuối tháng 8 và đầu tháng 9, nhiều diện tích bị ngập úng, năng suất lúa chỉ đạt 48,2 tạ/ha, "
     "giảm 2,1 tạ/ha.", "48,2", "2023", "năm 2023", "2023"),
    ("Do mưa lớn kéo dài cuối tháng 8 và đầu tháng 9, nhiều diện tích bị ngập úng, năng suất lúa chỉ đạt 48,2 tạ/ha, "
     "giảm 2,1 tạ/ha.", "2,1", "2023", "năm 2023", "2023"),
    ("Đợt rét đậm cuối tháng 1 kéo dài, làm chết nhiều gia súc; sản lượng thịt hơi đạt 21.300 tấn.", "21.300",
     "2023", "năm 2023", "2023"),
    # ... while a level right after the end of a month is at that day, a count up to early in a month that month's
    ("Giá lợn hơi cuối tháng 12 chỉ còn 48.000 đồng/kg, thấp hơn đầu năm 6.000 đồng/kg.", "48.000", "2023", "năm 2023",
     "2023-12-31"),
    ("Đến đầu tháng 6, dịch tái phát tại 5 xã với 63 con lợn bị tiêu hủy.", "63", "2023-H1", "6 tháng đầu năm 2023",
     "2023-06"),
    # a level of the kind stated at a report's last day is over the span its clause names when that is what was done
    ("Trong 9 tháng, tỉnh cấp mới 14 mã số vùng trồng xoài với diện tích 320 ha.", "320", "2023-9M", "9 tháng năm 2023",
     "2023-9M"),
])
def test_an_events_time_is_not_the_figures(body: str, token: str, report_period: str, title: str,
                                          expected: str) -> None:
    assert period_of(body, token, report_period, title) == expected


@pytest.mark.parametrize(("body", "token"), [
    # the changes and ranks after an earlier year's level are that year's too (an index published a year later)
    ("Chỉ số PCI năm 2022 của tỉnh (kết quả công bố tháng 5/2023) đạt 64,9 điểm, xếp thứ 27/63, tăng 11 bậc so với "
     "năm 2021, đứng thứ 4 trong vùng.", "11 bậc"),
    ("Chỉ số PCI năm 2022 của tỉnh (kết quả công bố tháng 5/2023) đạt 64,9 điểm, xếp thứ 27/63, tăng 11 bậc so với "
     "năm 2021, đứng thứ 4 trong vùng.", "4 trong"),
    ("Chỉ số cải cách hành chính năm 2022 của tỉnh xếp thứ 31/63, tăng 5 bậc.", "5 bậc"),
    ("Cơ cấu kinh tế năm 2022: nông nghiệp chiếm 24,1%, công nghiệp - xây dựng chiếm 33,6%.", "33,6%"),
])
def test_what_follows_an_earlier_years_level_is_of_that_year(body: str, token: str) -> None:
    assert period_of(body, token, "2023", "năm 2023") == "2022"


@pytest.mark.parametrize(("body", "token", "report_period", "title", "expected"), [
    # the total a count added over a span brings a stock to: a level at the span's end, whatever it counts
    ("Trong 9 tháng, tỉnh cấp mới 14 mã số vùng trồng, nâng tổng số mã số vùng trồng phục vụ xuất khẩu lên 52 mã.",
     "52", "2023-9M", "9 tháng năm 2023", "2023-09-30"),
    ("Năm 2023 có thêm 6 hợp tác xã kiểu mới, nâng tổng số lên 214 hợp tác xã, chiếm 61% số hợp tác xã.", "214",
     "2023", "năm 2023", "2023-12-31"),
    ("Năm 2023 có thêm 6 hợp tác xã kiểu mới, nâng tổng số lên 214 hợp tác xã, chiếm 61% số hợp tác xã.", "61%",
     "2023", "năm 2023", "2023-12-31"),
    # ... the count added stays the span's flow
    ("Trong 9 tháng, tỉnh cấp mới 14 mã số vùng trồng, nâng tổng số mã số vùng trồng phục vụ xuất khẩu lên 52 mã.",
     "14", "2023-9M", "9 tháng năm 2023", "2023-9M"),
])
def test_the_total_a_count_brings_a_stock_to(body: str, token: str, report_period: str, title: str,
                                            expected: str) -> None:
    assert period_of(body, token, report_period, title) == expected


@pytest.mark.parametrize(("body", "token"), [
    # a clause stating what is held now does not go on with the span an earlier clause opened with
    ("Chín tháng, thành lập mới 7 hợp tác xã và giải thể 3 hợp tác xã; cả tỉnh hiện có 213 hợp tác xã trong lĩnh "
     "vực nông nghiệp.", "213"),
    ("Trong quý III, cấp mới 12 giấy chứng nhận; lũy kế toàn tỉnh có 640 cơ sở được chứng nhận an toàn thực phẩm.",
     "640"),
])
def test_what_is_held_now_after_a_spans_clause(body: str, token: str) -> None:
    assert period_of(body, token, "2023-9M", "9 tháng năm 2023") == "2023-09-30"


@pytest.mark.parametrize(("body", "token"), [
    # the year of a season compared with is not the year of a figure after it
    ("Lúa mùa: cấy 39.800 ha; năng suất ước 56,9 tạ/ha, thấp hơn 0,6 tạ/ha so với vụ mùa năm 2022; thu về khoảng "
     "226.500 tấn.", "226.500"),
    ("Vụ Xuân cấy được 28.400 ha, năng suất tăng 1,3 tạ/ha so với vụ Xuân năm 2022; sản lượng thu về 171.900 tấn.",
     "171.900"),
])
def test_the_year_of_a_season_compared_with(body: str, token: str) -> None:
    assert period_of(body, token, "2023", "năm 2023") == "2023"


@pytest.mark.parametrize(("body", "token", "expected"), [
    # the season a lettered or numbered item opens with governs the item's later clauses
    ("c) Vụ đông 2022 - 2023: các huyện trồng 15.230 ha cây rau, màu, đạt 94% kế hoạch; sản lượng đạt 287.000 tấn.",
     "287.000", "2022"),  # (the north's winter crop is of the year it is sown in: guide 3.4, crop seasons)
    ("2.1. Vụ Đông Xuân 2022-2023: gieo sạ 96.300 ha; năng suất bình quân 67,5 tạ/ha.", "67,5", "2022/2023"),
])
def test_the_season_an_item_opens_with(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023", "năm 2023") == expected


@pytest.mark.parametrize(("body", "token", "report_period", "title", "expected"), [
    ("2.3. Kỳ thi tuyển sinh vào lớp 10 năm 2024. Số thí sinh dự thi là 14.250 em, tỷ lệ trúng tuyển 82,5%.",
     "14.250", "2023/2024", "năm học 2023-2024", "2024"),
    ("b) Quý IV. Các khu, điểm du lịch đón 612.000 lượt khách, doanh thu 1.150 tỷ đồng.", "612.000", "2024",
     "năm 2024", "2024-Q4"),
])
def test_a_heading_running_on_into_its_paragraph_names_its_time(body: str, token: str, report_period: str,
                                                                title: str, expected: str) -> None:
    assert period_of(body, token, report_period, title) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    ("Lũy kế giai đoạn 2021-2025, tỉnh đã bố trí 1.840 tỷ đồng vốn đầu tư công cho y tế, bằng 68,5% kế hoạch giai "
     "đoạn.", "1.840", "2021/2025"),
    ("Giai đoạn 2016 - 2020, toàn tỉnh trồng mới 12.300 ha rừng tập trung.", "12.300", "2016/2020"),
])
def test_a_span_of_years_opening_the_sentence_is_its_figures_time(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2024", "năm 2024") == expected


@pytest.mark.parametrize(("body", "token"), [
    ("Tuyển mới vào lớp 1 là 24.120 em, bằng 98,5% chỉ tiêu (24.490 em).", "24.490"),
    ("Tỷ lệ học sinh tốt nghiệp THCS vào học nghề đạt 26,4%, vượt mục tiêu 25% của tỉnh.", "25%"),
])
def test_a_school_year_reports_targets_are_its_school_years(body: str, token: str) -> None:
    assert period_of(body, token, "2023/2024", "năm học 2023-2024") == "2023/2024"


@pytest.mark.parametrize(("body", "token"), [
    ("Theo kết quả rà soát cuối năm 2022, toàn tỉnh còn 3.210 hộ nghèo, chiếm 1,85% tổng số hộ và 4.105 hộ cận "
     "nghèo.", "4.105"),
    ("Theo kết quả điều tra tại thời điểm cuối năm 2022, số hộ dùng nước sạch là 215.400 hộ, chiếm 96,1% và số hộ "
     "dùng điện lưới 223.900 hộ.", "223.900"),
])
def test_the_day_a_survey_opening_the_sentence_counted_on_dates_its_levels(body: str, token: str) -> None:
    assert period_of(body, token, "2023-H1") == "2022-12-31"


@pytest.mark.parametrize(("body", "token", "report_period", "title", "expected"), [
    # a bracket opening with the same time a year earlier holds that time's level
    ("Giải ngân đến ngày 20/9/2023 đạt 412 tỷ đồng, bằng 55,0% kế hoạch (cùng kỳ năm 2022 đạt 49,2%).", "49,2%",
     "2023-9M", "9 tháng năm 2023", "2022-09-20"),
    # (capital drawn up to a day closing a half year is of the half year: guide 3.4, year-to-date flows)
    ("Giải ngân đến ngày 30/6 được 215 tỷ đồng, đạt 21,3% kế hoạch (cùng kỳ đạt 26,8%).", "26,8%", "2023-H1",
     "6 tháng đầu năm 2023", "2022-H1"),
    # ... and with no verb, the bracket naming only the time: the basis the change is computed on
    ("Các cơ sở đào tạo tuyển sinh 3.420 học viên, tăng 14,2% so với cùng kỳ (cùng kỳ 2.995 học viên).", "2.995",
     "2023-H1", "6 tháng đầu năm 2023", "2022-H1"),
    ("Số ca mắc sốt xuất huyết giảm còn 218 ca (cùng kỳ năm trước: 431 ca), không có tử vong.", "431", "2023-9M",
     "9 tháng năm 2023", "2022-9M"),
    # ... not the country's level in the same time
    ("Tăng trưởng GRDP quý I ước đạt 6,8%; tốc độ tăng GDP chung của cả nước cùng kỳ là 5,7%.", "5,7%", "2023-Q1",
     "quý I năm 2023", "2023-Q1"),
])
def test_the_level_of_the_same_time_a_year_earlier(body: str, token: str, report_period: str, title: str,
                                                  expected: str) -> None:
    assert period_of(body, token, report_period, title) == expected


@pytest.mark.parametrize("body", [
    # a sentence naming a time of its own between ends the frame of a crop year or a dry season a paragraph opened
    "Mùa khô 2022-2023 diễn biến phức tạp. Từ đầu năm xảy ra 7 vụ cháy rừng. Lực lượng kiểm lâm xử lý 41 vụ vi phạm.",
    "Vụ Đông Xuân 2022-2023 đủ nước tưới. Trong 9 tháng, nạo vét 120 km kênh mương. Toàn tỉnh kiên cố hóa 41 km kênh.",
])
def test_a_later_time_ends_a_paragraphs_crop_year(body: str) -> None:
    assert period_of(body, "41", "2023-9M", "9 tháng năm 2023") == "2023-9M"


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a work's progress and a total run up so far, in a paragraph dated before, are counted on that day, not on the
    # report's last day; a target's day after it does not date them
    ("Đến 30/11, giải ngân vốn đầu tư công đạt 4.120 tỷ đồng. Phấn đấu đến 31/12 giải ngân trên 80% kế hoạch. Dự án "
     "đường ven biển đạt 47% khối lượng.", "47%", "2023-11-30"),
    ("Đến 30/11/2023, toàn tỉnh cấp mới 54 dự án. Lũy kế có 310 dự án còn hiệu lực.", "310", "2023-11-30"),
    # ... but a level the report states at its last day keeps it
    ("Đến ngày 15/9, toàn tỉnh trồng được 3.200 ha rừng. Tỷ lệ che phủ rừng duy trì ở mức 58,2%.", "58,2%",
     "2023-12-31"),
])
def test_a_paragraphs_day_dates_what_was_run_up_to_it(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023", "năm 2023") == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a level at the start of the report's year, its year not written: the last day of the year before
    ("Theo kết quả rà soát, tỷ lệ hộ nghèo đầu năm là 5,21%, hộ cận nghèo 4,02%.", "5,21%", "2022-12-31"),
    ("Theo kết quả rà soát, tỷ lệ hộ nghèo đầu năm là 5,21%, hộ cận nghèo 4,02%.", "4,02%", "2022-12-31"),
    ("Số hợp tác xã đầu năm có 312 hợp tác xã; 6 tháng thành lập mới 14 hợp tác xã.", "312", "2022-12-31"),
    # ... not a flow since then
    ("Từ đầu năm có 14 hợp tác xã được thành lập mới.", "14", "2023-H1"),
])
def test_a_level_at_the_start_of_the_reports_year(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023-H1") == expected


@pytest.mark.parametrize(("body", "token"), [
    # a level up to the middle of the year: the last day of its first half
    ("Dư nợ tín dụng lũy kế đến giữa năm đạt hơn 14.500 tỷ đồng.", "14.500"),
    ("Tính đến giữa năm 2023, toàn tỉnh có 1.240 hợp tác xã đang hoạt động.", "1.240"),
])
def test_a_level_up_to_the_middle_of_the_year(body: str, token: str) -> None:
    assert period_of(body, token, "2023", "năm 2023") == "2023-06-30"


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a day after the report's period in a count told as done dates the paragraph's later counts (a news item written
    # after the half year) ...
    ("Tính đến ngày 12/7, toàn tỉnh ghi nhận 2.310 ca mắc. Tỉnh đã tiêm 184.500 liều vắc xin.", "184.500",
     "2023-07-12"),
    # ... a forecast's day does not
    ("Thu ngân sách 6 tháng đạt 4.100 tỷ đồng. Ước đến 31/7 thu đạt 4.800 tỷ đồng. Chi thường xuyên 2.950 tỷ đồng.",
     "2.950", "2023-H1"),
])
def test_a_day_after_the_half_year_in_a_news_item(body: str, token: str, expected: str) -> None:
    assert period_of(body, token, "2023-H1") == expected


def test_a_count_to_a_day_after_the_half_year_is_run_up() -> None:
    found = figure_of("Tính đến ngày 12/7, toàn tỉnh ghi nhận 2.310 ca mắc. Tỉnh đã tiêm 184.500 liều vắc xin.",
                      "184.500", "2023-H1")
    assert (found.period, found.cumulative) == ("2023-07-12", True)


@pytest.mark.parametrize(("token", "expected"), [
    # a rate to reach in a half-year report's tasks is the year's level, and so is a change against the last year
    ("94,5%", "2023"),
    ("3-5%", "2023"),
    # ... while what is still to be added is for the rest of the year
    ("2.400", "2023-H2"),
])
def test_a_rate_to_reach_is_the_years(token: str, expected: str) -> None:
    body = ("GRDP 6 tháng tăng 6,1%.\nPhần thứ hai\nNHIỆM VỤ, GIẢI PHÁP 6 THÁNG CUỐI NĂM\n"
            "1. Giải quyết việc làm thêm 2.400 lao động.\n"
            "2. Phấn đấu tỷ lệ dân số tham gia bảo hiểm y tế đạt 94,5%; kéo giảm tai nạn giao thông từ 3-5% so với "
            "năm 2022.")
    found = figure_of(body, token, "2023-H1")
    assert (found.period, found.status) == (expected, "target")


def test_a_bracket_names_no_time_of_a_list_item() -> None:
    # the items of a list a dated paragraph leads into take its day, though a bracket of theirs says "năm trước"
    body = ("Đến ngày 30/11/2023, toàn tỉnh giải ngân 6.240 tỷ đồng, theo nguồn vốn:\n"
            "- Vốn ngân sách địa phương: giải ngân 2.310 tỷ đồng;\n"
            "- Các nguồn còn lại (năm trước chuyển sang): kế hoạch 940 tỷ đồng, giải ngân 702 tỷ đồng.\n")
    # (capital drawn up to the last day of November is of the first 11 months: guide 3.4, year-to-date flows)
    assert period_of(body, "702", "2023", "năm 2023") == "2023-11M"
