"""The status of figures (actual, estimate, target, forecast), family by family, in sentences written for these tests
(two phrasings of each family)."""

from __future__ import annotations

import pytest

from provkg.extract.context import ReportContext
from provkg.extract.extractor import extract
from provkg.extract.lexicon import load_lexicon
from provkg.extract.status import _counted_to_earlier_day

TITLES = {
    "2024": "BÁO CÁO\nTình hình kinh tế - xã hội năm 2024\n\n",
    "2024-H1": "BÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2024\n\n",
    "2024-9M": "BÁO CÁO\nTình hình kinh tế - xã hội 9 tháng năm 2024\n\n",
    "2024-7M": "THÔNG CÁO BÁO CHÍ\nTình hình kinh tế - xã hội tháng Bảy và 7 tháng năm 2024\n\n",
}


def status(body: str, token: str, period: str = "2024-H1") -> str:
    """The status of the figure written as ``token`` (its first occurrence after the title)."""
    text = TITLES[period] + body + "\n"
    at = text.index(token, len(TITLES[period]))
    for f in extract(text, report_period=period).figures:
        if f.start == at:
            return f.status
    raise AssertionError(f"{token!r} is no figure")


# --- the reach of an estimate word ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "token"), [
    # marked after a stated figure: the next clause's subject is stated, not estimated
    ("Vụ Đông Xuân gieo trồng 42.150 ha, năng suất ước đạt 63,4 tạ/ha; vụ Hè Thu xuống giống 38.900 ha.", "38.900"),
    ("Diện tích chè còn 2.310 ha, sản lượng búp tươi ước 18.240 tấn, tăng 1,5%; ngược lại, cây ăn quả mở rộng "
     "lên 5.120 ha, tăng 6,7%.", "6,7%"),
    # and the parts of the stated total before the estimate word are stated too
    ("Đến ngày 20/6, nông dân đã thu hoạch 6.300 ha, năng suất ước 58,1 tạ/ha; trong đó huyện Đông Hưng thu "
     "hoạch 2.150 ha.", "2.150"),
])
def test_an_estimate_word_after_a_stated_figure_marks_its_own_clause_only(body: str, token: str) -> None:
    assert status(body, token) == "actual"


@pytest.mark.parametrize(("body", "token"), [
    # marked before every figure: it governs the sentence, across its semicolons
    ("Đàn trâu ước 41.800 con, giảm 2,3%; đàn bò 96.400 con, tăng 1,1%.", "96.400"),
    ("Kim ngạch xuất khẩu ước đạt 512 triệu USD, tăng 9,6%; nhập khẩu 388 triệu USD, tăng 4,2%.", "388"),
    # a clause of parts of an estimated total, even when a stated condition stands before the estimate word
    ("Nếu giá cao su giữ ở mức 45.000 đồng/kg, dự kiến thu ngân sách 6 tháng đạt 3.120 tỷ đồng; trong đó thu "
     "nội địa khoảng 2.870 tỷ đồng.", "2.870"),
])
def test_an_estimate_word_before_every_figure_governs_its_sentence(body: str, token: str) -> None:
    assert status(body, token) == "estimate"


# --- a note on which figures are estimates -------------------------------------------------------------------------

@pytest.mark.parametrize("note", [
    "(số liệu tháng 12 là số ước tính)",
    "Ghi chú: Các số liệu tháng 12/2024 là số ước tính.",
])
def test_a_note_naming_the_last_month_covers_that_month_not_the_year(note: str) -> None:
    body = (f"Sở Công Thương báo cáo kết quả năm 2024 {note}.\n"
            "Doanh thu bán lẻ tháng 12 đạt 4.150 tỷ đồng, tăng 2,1% so với tháng trước. "
            "Cả năm doanh thu bán lẻ đạt 46.800 tỷ đồng, tăng 11,2% so với năm trước.\n"
            "Toàn tỉnh có 84 chợ và 17 siêu thị.")
    assert status(body, "4.150", "2024") == "estimate"
    assert status(body, "46.800", "2024") == "actual"  # the year's result: not December's data
    assert status(body, "84 chợ", "2024") == "actual"  # a count without a date is the report's, not December's


@pytest.mark.parametrize("note", [
    "Ghi chú: Số liệu tháng 7/2024 là số ước tính, số liệu 7 tháng là số cộng dồn.",
    "Số liệu tháng Bảy là số ước tính.",
])
def test_a_note_naming_the_month_covers_its_running_total_and_dated_levels(note: str) -> None:
    body = ("Doanh thu bán lẻ tháng Bảy đạt 3.940 tỷ đồng. Tính chung 7 tháng đạt 27.310 tỷ đồng, tăng 10,4%.\n"
            "Đến ngày 15/7, toàn tỉnh gieo cấy 51.200 ha lúa Hè Thu.\n" + note)
    assert status(body, "3.940", "2024-7M") == "estimate"
    assert status(body, "27.310", "2024-7M") == "estimate"  # the running total holds the estimated month
    assert status(body, "51.200", "2024-7M") == "estimate"  # a level dated in the month


@pytest.mark.parametrize("note", [
    "Ghi chú: Số liệu 6 tháng đầu năm 2024 là số ước tính.",
    "Các số liệu trong báo cáo là số ước tính.",
])
def test_a_note_naming_the_report_period_covers_its_figures(note: str) -> None:
    body = "Chỉ số sản xuất công nghiệp tăng 7,9% so với cùng kỳ; toàn tỉnh có 12 khu công nghiệp.\n" + note
    assert status(body, "7,9%") == "estimate"
    assert status(body, "12 khu") == "estimate"


@pytest.mark.parametrize(("task", "token"), [
    ("1. Quy mô: dự kiến tổng số học sinh các cấp đạt khoảng 215.000 em.", "215.000"),
    ("- Sản lượng lương thực có hạt dự kiến đạt 1,24 triệu tấn, tăng 1,5%.", "1,24"),
])
def test_an_expectation_in_the_tasks_part_is_a_target(task: str, token: str) -> None:
    body = ("I. KẾT QUẢ THỰC HIỆN NĂM 2024\nThu ngân sách nhà nước trên địa bàn đạt 3.400 tỷ đồng, tăng 6,2% so với "
            "năm trước; tổng vốn đầu tư toàn xã hội đạt 21.500 tỷ đồng. Toàn tỉnh có 412 trường đạt chuẩn quốc gia.\n"
            "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025\n" + task)
    assert status(body, token, "2024") == "target"


@pytest.mark.parametrize("note", [
    "(số liệu ước thực hiện tới ngày 30/6/2024)",
    "Số liệu ước tính đến hết 30/6/2024, sẽ được cập nhật sau.",
])
def test_a_note_estimating_the_data_up_to_a_day_covers_the_report_period(note: str) -> None:
    body = (f"Sở Nông nghiệp báo cáo kết quả 6 tháng đầu năm 2024 {note}\n"
            "Toàn tỉnh trồng mới 1.240 ha rừng tập trung; hiện có 35 hợp tác xã lâm nghiệp.")
    assert status(body, "1.240") == "estimate"
    assert status(body, "35 hợp") == "estimate"  # a level at the report's last day, no day written


@pytest.mark.parametrize("body", [
    "Đến ngày 25/6/2024, toàn tỉnh đã cấp 8.150 thẻ bảo hiểm y tế cho người cận nghèo.",
    "Lũy kế đến ngày 20/6/2024, đã chi hỗ trợ như sau:\n- Hộ nghèo: 8.150 hộ;\n- Hộ cận nghèo: 1.870 hộ.",
])
def test_a_count_to_a_stated_day_is_counted_whatever_the_note_on_the_period(body: str) -> None:
    # a note that the report's period is estimated leaves what is counted to a day the text states as counted
    assert status("Các số liệu trong báo cáo là số ước tính.\n" + body, "8.150") == "actual"


@pytest.mark.parametrize(("note", "body", "noted", "other", "period"), [
    ("Số liệu xuất khẩu 6 tháng đầu năm 2024 là số ước tính.",
     "1. Xuất khẩu\nKim ngạch xuất khẩu đạt 512 triệu USD, tăng 9,6%.\n"
     "2. Văn hóa\nCác đội nghệ thuật biểu diễn 124 buổi phục vụ nhân dân.", "512", "124", "2024-H1"),
    ("Ghi chú: Số liệu thủy sản năm 2024 là số ước thực hiện.",
     "1. Lâm nghiệp\nTrồng mới 2.150 ha rừng tập trung.\n2. Thủy sản\n2.1. Khai thác\nSản lượng khai thác đạt "
     "41.200 tấn.", "41.200", "2.150", "2024"),
])
def test_a_note_limited_to_a_field_covers_that_fields_part_only(note: str, body: str, noted: str, other: str,
                                                               period: str) -> None:
    text = body + "\n" + note
    assert (status(text, noted, period), status(text, other, period)) == ("estimate", "actual")


@pytest.mark.parametrize(("note", "heading"), [
    ("Số liệu thuỷ sản năm 2024 là số ước tính.", "2. Thủy sản"),  # the tone placed otherwise in the heading
    ("Ghi chú: Số liệu công nghiệp hóa chất năm 2024 là số ước.", "2. Công nghiệp hoá chất"),
])
def test_a_note_limited_to_a_field_finds_the_field_whatever_the_tone_placement(note: str, heading: str) -> None:
    text = (f"1. Trồng trọt\nDiện tích gieo cấy đạt 3.480 ha.\n{heading}\nGiá trị sản xuất đạt 915 tỷ đồng, "
            f"tăng 4,2%.\n{note}")
    assert (status(text, "915", "2024"), status(text, "3.480", "2024")) == ("estimate", "actual")


@pytest.mark.parametrize("note", [
    "Số liệu thủy sản năm 2024 là số ước tính.",
    "Lưu ý: các số liệu về chăn nuôi cả năm 2024 được ước tính.",
])
def test_a_note_on_a_field_the_report_writes_nothing_else_about_covers_no_other_fields_figure(note: str) -> None:
    # only the note names its field: it still says the figures of other fields (forest planting, not fisheries nor
    # livestock) are no estimates, whatever line it stands on
    text = f"{note}\nToàn tỉnh trồng mới 2.150 ha rừng tập trung; giá trị sản xuất lâm nghiệp đạt 640 tỷ đồng."
    assert (status(text, "2.150", "2024"), status(text, "640", "2024")) == ("actual", "actual")


@pytest.mark.parametrize(("body", "flow", "level"), [
    ("Trong năm thành lập mới 42 hợp tác xã, giải thể 15 hợp tác xã; đến ngày 20/11/2024 toàn tỉnh có 610 hợp tác "
     "xã đang hoạt động.", "42", "610"),
    ("Cả năm trồng mới 2.400 ha rừng tập trung; tính đến 15/11/2024 tỷ lệ che phủ rừng đạt 42,6%.", "2.400",
     "42,6%"),
])
def test_a_notes_estimate_does_not_reach_a_level_of_a_day_it_leaves_out(body: str, flow: str, level: str) -> None:
    # the figures of the year are estimates by the note alone; a level counted on a day before the one the note
    # counts to is not one because it shares their sentence
    text = "Số liệu của cả năm được ước tính căn cứ số thực hiện đến hết ngày 30/11/2024.\n" + body
    assert (status(text, flow, "2024"), status(text, level, "2024")) == ("estimate", "actual")


@pytest.mark.parametrize(("note", "body", "level"), [
    ("Số liệu của cả năm được ước tính căn cứ số thực hiện đến hết ngày 30/11/2024.",
     "Trong năm thành lập mới 42 hợp tác xã; toàn tỉnh hiện có 610 hợp tác xã đang hoạt động.", "610"),
    ("Các số liệu trong báo cáo tổng hợp tới ngày 25/11/2024 và ước thực hiện cả năm.",
     "Mạng lưới chợ được củng cố: tuyến huyện có 38 chợ, tuyến xã có 117 chợ nông thôn.", "117"),
    ("Số liệu năm 2024 là số ước tính dựa trên số thực hiện đến 30/11/2024.",
     "Cả năm trồng mới 2.400 ha rừng tập trung; tỷ lệ che phủ rừng hiện nay đạt 42,6%.", "42,6%"),
])
def test_a_notes_estimate_reaches_an_undated_level_at_the_years_end(note: str, body: str, level: str) -> None:
    # a level of a yearly report stated without a day is counted on the year's last day, which the data the note
    # counts to cannot reach: the note's estimate covers it (annotation guide 3.3, ruled in the ninth session)
    assert status(note + "\n" + body, level, "2024") == "estimate"


@pytest.mark.parametrize(("body", "design", "data"), [
    ("Dự án đường tỉnh nối hai huyện: chiều dài 18,4 km, nền đường rộng 22 m, tổng mức đầu tư 760 tỷ đồng; trong "
     "năm giải ngân 212 tỷ đồng.", "22 m", "212"),
    ("Cầu qua sông X (công trình nhóm B): vận tốc thiết kế 60 km/h, tổng mức đầu tư khoảng 1.180 tỷ đồng. Năm 2024 "
     "thi công được 48 trụ cầu.", "1.180", "48"),
])
def test_what_a_work_is_by_design_is_no_data_a_note_covers(body: str, design: str, data: str) -> None:
    # a note on the year's estimates covers what was done in the year, not a work's length, width or cost
    text = "Số liệu năm 2024 là số ước thực hiện.\n" + body
    assert (status(text, design, "2024"), status(text, data, "2024")) == ("actual", "estimate")


def test_a_length_summed_over_several_works_is_data_a_note_covers() -> None:
    text = ("Số liệu năm 2024 là số ước thực hiện.\nSở đang quản lý 14 tuyến đường tỉnh với tổng chiều dài "
            "386,5 km.\nHệ thống đường xã dài 2.140 km.")
    assert (status(text, "386,5", "2024"), status(text, "2.140", "2024")) == ("estimate", "estimate")


# --- forecasts: expectations for what is not done by the report's end ----------------------------------------------

@pytest.mark.parametrize(("body", "token"), [
    ("Cây cà phê đang vào vụ thu hoạch; sản lượng cả niên vụ 2024-2025 dự ước đạt 512.000 tấn.", "512.000"),
    ("Doanh thu từ quả vải và dịch vụ đi kèm dự kiến cả vụ đạt khoảng 5.900 tỷ đồng.", "5.900"),
    ("Lúa Hè Thu đang làm đòng, dự kiến năng suất vụ Hè Thu 2024 đạt 61 tạ/ha.", "61 tạ"),
    ("Với kết quả 6 tháng, 6 tháng cuối năm GRDP phải tăng ít nhất 8% thì cả năm mới đạt khoảng 7%.", "7%."),
])
def test_an_expectation_for_a_crop_or_the_year_is_a_forecast(body: str, token: str) -> None:
    assert status(body, token) == "forecast"


@pytest.mark.parametrize(("body", "token"), [
    ("Vụ Đông Xuân gieo cấy 40.100 ha, năng suất ước 62,4 tạ/ha, sản lượng 250.200 tấn.", "250.200"),
    ("Tổng sản lượng lúa vụ Đông Xuân và vụ Hè Thu ước đạt 432.000 tấn, tăng 1,2%.", "432.000"),
])
def test_an_estimated_season_harvested_in_the_report_period_is_an_estimate(body: str, token: str) -> None:
    assert status(body, token) == "estimate"


# --- targets -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "token"), [
    ("Dự báo quý III sản xuất còn khó khăn; để đạt mục tiêu năm, 6 tháng cuối năm cần tăng bình quân 9,5%.", "9,5%"),
    ("Với kết quả nửa đầu năm, quý IV phải tăng ít nhất 10,2% so với cùng kỳ.", "10,2%"),
    ("Ông đề nghị các ngành phấn đấu giải ngân trên 90% kế hoạch vốn, thu ngân sách đạt 100% dự toán, đồng thời "
     "tạo việc làm mới cho 21.000 lao động.", "100% dự"),
    ("Ông đề nghị các ngành phấn đấu giải ngân trên 90% kế hoạch vốn, thu ngân sách đạt 100% dự toán, đồng thời "
     "tạo việc làm mới cho 21.000 lao động.", "21.000"),
])
def test_what_must_be_reached_and_the_aims_after_a_striving_are_targets(body: str, token: str) -> None:
    assert status(body, token) == "target"


@pytest.mark.parametrize(("body", "token"), [
    # achievement of targets discussed, not set
    ("Một số chỉ tiêu chưa đạt kế hoạch, trong đó tốc độ tăng GRDP thấp hơn kế hoạch 1,8 điểm phần trăm.", "1,8"),
    ("Về các chỉ tiêu chủ yếu năm 2024, đã có 12 chỉ tiêu đạt kế hoạch; 6 chỉ tiêu đạt từ 60-90%.", "60-90%"),
    # an aim for another project in the clause before is not this project's
    ("Cầu Bến Lức hoàn thành 95% khối lượng, phấn đấu thông xe trong quý III; đường tỉnh 830 giải ngân "
     "120/200 tỷ đồng, đạt 60%.", "60%"),
])
def test_results_beside_target_words_are_actual(body: str, token: str) -> None:
    assert status(body, token) == "actual"


# --- a headline restating the body, and lists ---------------------------------------------------------------------

@pytest.mark.parametrize("headline", [
    "Kinh tế tỉnh 6 tháng đầu năm 2024 tăng trưởng 7,12%, dẫn đầu khu vực",
    "Tỉnh ta: GRDP nửa đầu năm tăng 7,12% nhờ công nghiệp",
])
def test_a_headline_is_as_estimated_as_the_body_it_restates(headline: str) -> None:
    text = (f"{headline}\n\nTheo Cục Thống kê, tổng sản phẩm trên địa bàn (GRDP) 6 tháng đầu năm 2024 ước tăng "
            "7,12% so với cùng kỳ năm trước.\n")
    statuses = [f.status for f in extract(text, report_period="2024-H1").figures]
    assert statuses == ["estimate", "estimate"]


@pytest.mark.parametrize("nested", [
    "- Chi sự nghiệp giáo dục: 1.210 tỷ đồng;\n- Chi sự nghiệp y tế: 305 tỷ đồng.\n",
    "+ Chi sự nghiệp giáo dục: 1.210 tỷ đồng;\n+ Chi sự nghiệp y tế: 305 tỷ đồng.\n",
])
def test_an_item_after_a_nested_list_is_of_the_estimated_list(nested: str) -> None:
    body = ("Tổng chi ngân sách địa phương 6 tháng ước thực hiện 5.120 tỷ đồng, bằng 46% dự toán. Trong đó:\n"
            "1. Chi đầu tư phát triển: 1.830 tỷ đồng, bằng 41% dự toán.\n"
            "2. Chi thường xuyên: 3.200 tỷ đồng; trong đó:\n" + nested +
            "3. Chi trả nợ lãi các khoản vay: 7 tỷ đồng.\n")
    assert status(body, "7 tỷ") == "estimate"


@pytest.mark.parametrize("assigned", ["dự toán giao cho huyện", "kế hoạch giao cho thị xã"])
def test_a_budget_assigned_to_a_place_after_an_achievement_sets_no_target(assigned: str) -> None:
    body = (f"Thu tiền sử dụng đất ước đạt 640 tỷ đồng; riêng huyện Bình Sơn đạt 120 tỷ đồng, bằng 40% {assigned}, "
            "thị xã Đức Phổ đạt 90 tỷ đồng.")
    assert status(body, "90 tỷ") == "estimate"


@pytest.mark.parametrize(("body", "token"), [
    # a summary of shortcomings restating the estimated growth
    ("Tổng sản phẩm trên địa bàn (GRDP) 6 tháng đầu năm 2024 ước tăng 6,84% so với cùng kỳ.\n"
     "Hạn chế: (1) Tốc độ tăng trưởng GRDP đạt 6,84%, chưa đạt kịch bản đề ra.", "6,84%, chưa"),
    # a heading over the estimated figure it restates
    ("Thu ngân sách đạt 57,3% dự toán\nTổng thu ngân sách nhà nước trên địa bàn 6 tháng ước đạt 4.120 tỷ đồng, "
     "bằng 57,3% dự toán.", "57,3% dự toán\n"),
])
def test_a_restated_estimate_is_an_estimate(body: str, token: str) -> None:
    assert status(body, token) == "estimate"


def test_a_small_count_repeated_is_no_restatement() -> None:
    body = ("Trong 6 tháng ước có 5 dự án khởi công mới.\nThu hút thêm 5 dự án đầu tư trực tiếp nước ngoài.")
    assert status(body, "5 dự án đầu") == "actual"


@pytest.mark.parametrize("note", [
    "Các số liệu cả năm là số ước tính trên cơ sở số thực hiện đến ngày 30/11/2024 và khả năng thực hiện tháng 12.",
    "Số liệu năm 2024 là số ước tính dựa trên số liệu thực hiện đến 15/12/2024.",
])
def test_a_note_on_the_years_estimates_leaves_the_counts_it_builds_on_actual(note: str) -> None:
    body = (note + "\nCả năm thu hút 52 dự án với tổng vốn đăng ký 18.400 tỷ đồng.\n"
            "Đến ngày 30/11/2024, giải ngân vốn đầu tư công đạt 6.120 tỷ đồng.\n"
            "Đến ngày 30/9, thu ngân sách đạt 9.870 tỷ đồng.")
    assert status(body, "18.400", "2024") == "estimate"
    assert status(body, "6.120", "2024") == "actual"  # counted to the day the note names
    assert status(body, "9.870", "2024") == "actual"  # a level of September is no figure of the year


@pytest.mark.parametrize("parts", [
    "trong đó vải 8.950 ha, sản lượng 58.000 tấn; ổi 72.400 tấn",
    "trong đó cam 3.100 ha, sản lượng 41.000 tấn; ổi 72.400 tấn",
])
def test_parts_go_on_over_semicolons_after_the_clause_that_opens_them(parts: str) -> None:
    body = f"Cây ăn quả: tổng diện tích 21.500 ha, sản lượng cả năm ước 285.000 tấn; {parts}; chuối 68.900 tấn."
    assert status(body, "72.400", "2024") == "estimate"
    assert status(body, "68.900", "2024") == "estimate"


@pytest.mark.parametrize("note", [
    "Số liệu trong báo cáo được tổng hợp đến ngày 30/11/2024 và ước thực hiện cả năm 2024.",
    "Các số liệu tính đến ngày 30/11/2024, ước tính cả năm 2024.",
])
def test_a_note_counted_to_a_day_then_estimated_for_the_year(note: str) -> None:
    body = (note + "\nCả năm thu ngân sách đạt 14.300 tỷ đồng, tăng 6,1%.\n"
            "Vụ Xuân gieo cấy 88.100 ha lúa, năng suất đạt 64,2 tạ/ha.\n"
            "Lũy kế đến nay toàn tỉnh có 96 dự án FDI còn hiệu lực.")
    assert status(body, "14.300", "2024") == "estimate"
    assert status(body, "64,2", "2024") == "actual"  # a season harvested and counted, not the year's estimate
    assert status(body, "96 dự án", "2024") == "estimate"  # a stock at the year's end, which the count cannot reach


@pytest.mark.parametrize(("body", "token"), [
    ("Tổng đàn lợn ước 402.000 con, tăng 2,1%; đàn gia cầm ước 12,4 triệu con; đàn trâu, bò 21.300 con.", "21.300"),
    ("Sản phẩm chủ yếu: xi măng ước 1,2 triệu tấn; bia ước 48 triệu lít; gạch nung 310 triệu viên.", "310"),
])
def test_a_clause_left_unmarked_among_marked_clauses_is_stated(body: str, token: str) -> None:
    assert status(body, token) == "actual"


@pytest.mark.parametrize(("body", "token", "expected"), [
    ("Riêng vốn các chương trình mục tiêu quốc gia được giao 742 tỷ đồng, mới giải ngân 210 tỷ đồng.", "742", "target"),
    ("Tỉnh đã phân bổ, giao chi tiết 9.315 tỷ đồng cho các đơn vị; giải ngân 4.020 tỷ đồng.", "9.315", "target"),
    ("Riêng vốn các chương trình mục tiêu quốc gia được giao 742 tỷ đồng, mới giải ngân 210 tỷ đồng.", "210", "actual"),
    ("Công tác giải phóng mặt bằng cơ bản hoàn thành, đã bàn giao 98,6% mặt bằng.", "98,6", "actual"),
    # goods handed out are what was delivered, not a plan
    ("Dịp Tết, tỉnh đã phân bổ 412,5 tấn gạo cứu đói cho 3.870 hộ thiếu lương thực.", "412,5", "actual"),
    ("Huyện được giao 36 con bò giống từ chương trình hỗ trợ, cấp cho 18 hộ nghèo.", "36", "actual"),
])
def test_an_amount_allocated_is_a_plan_a_hand_over_is_not(body: str, token: str, expected: str) -> None:
    assert status(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a plan in brackets after a colon
    ("Tỷ trọng khu vực dịch vụ trong GRDP ước đạt 41,2% (kế hoạch năm 2024: 41,5%).", "41,5", "target"),
    ("Tỷ lệ hộ dùng nước sạch đạt 76,4%, tăng 1,8 điểm phần trăm (kế hoạch năm 2024: 77%).", "77%", "target"),
    # a comparison after a plan is no further plan
    ("Đến ngày 30/6, giải ngân 1.040 tỷ đồng, đạt 31,2% kế hoạch 3.330 tỷ đồng được giao, cao hơn tỷ lệ 28,4% "
     "của cả nước.", "28,4", "actual"),
])
def test_plans_in_brackets_and_comparisons_after_a_plan(body: str, token: str, expected: str) -> None:
    assert status(body, token) == expected


@pytest.mark.parametrize("quoted", [
    "(đến ngày 10/12/2024 đã gieo trồng 20.100 ha, đạt 91,4% kế hoạch)",
    "; đến nay đã gieo trồng 20.100 ha, đạt 91,4% kế hoạch",
])
def test_a_result_quoted_in_the_tasks_part_is_no_target(quoted: str) -> None:
    text = ("BÁO CÁO\nTình hình kinh tế - xã hội năm 2024\n\n1. Kết quả\nGiá trị sản xuất nông nghiệp tăng 3,1%.\n"
            + "Các lĩnh vực khác ổn định. " * 20
            + f"\nII. NHIỆM VỤ, GIẢI PHÁP NĂM 2025\nVụ đông 2024 - 2025 gieo trồng 22.000 ha {quoted}.\n")
    found = {text[f.start:f.end].split()[0]: f.status for f in extract(text, report_period="2024").figures}
    assert found["22.000"] == "target"
    assert found["20.100"] == "actual"


@pytest.mark.parametrize(("body", "token", "expected"), [
    # the latest month of a yearly report, marked in its clause: estimated across the clause's changes
    ("Chỉ số sản xuất công nghiệp (IIP) tháng 11 ước tăng 1,9% so với tháng trước và tăng 8,7% so với cùng kỳ.",
     "8,7%", "estimate"),
    ("Riêng tháng 11, doanh thu bán lẻ ước 3.410 tỷ đồng, giảm 2,2% so với tháng trước.", "2,2%", "estimate"),
    # an earlier part quoted for comparison, or in brackets, is known: actual
    ("GRDP ước tăng 7,9% so với năm trước, cao hơn mức 7,1% của 9 tháng.", "7,1%", "actual"),
    ("Sản lượng cá tra ước 480.100 tấn, giảm 1,1% (8 tháng đầu năm đạt 322,5 nghìn tấn).", "322,5", "actual"),
])
def test_an_earlier_part_of_a_yearly_report_is_estimated_only_in_a_marked_clause(body: str, token: str,
                                                                                 expected: str) -> None:
    assert status(body, token, "2024") == expected


@pytest.mark.parametrize("head", ["Ước cả năm:", "Ước tính cả năm 2024:"])
def test_the_items_of_a_list_opened_by_estimate_words(head: str) -> None:
    body = f"{head}\n- Sản lượng thủy sản 61.300 tấn;\n- Sản lượng gỗ khai thác 402.000 m3."
    assert status(body, "402.000", "2024") == "estimate"  # the year, in a yearly report
    text = TITLES["2024-9M"] + body + "\n"
    found = [f.status for f in extract(text, report_period="2024-9M").figures]
    assert found == ["forecast", "forecast"]  # the year, in a report of its first nine months


@pytest.mark.parametrize(("task", "token"), [
    ("Hoàn thành các chỉ tiêu kinh tế đã được thông qua, trong đó tổng vốn đầu tư toàn xã hội 52.000 tỷ đồng.",
     "52.000"),
    ("Thực hiện đầy đủ các mục tiêu đã đề ra, với tổng kim ngạch xuất khẩu 3.150 triệu USD.", "3.150"),
])
def test_a_plan_already_decided_in_the_tasks_part_is_still_a_target(task: str, token: str) -> None:
    # (review of the sixth session: any "đã" made the tasks' figures results; a plan "đã đề ra" is not one)
    text = ("BÁO CÁO\nTình hình kinh tế - xã hội năm 2024\n\n1. Kết quả\nGiá trị sản xuất nông nghiệp tăng 3,1%.\n"
            + "Các lĩnh vực khác ổn định. " * 20 + f"\nII. NHIỆM VỤ, GIẢI PHÁP NĂM 2025\n{task}\n")
    found = {text[f.start:f.end].split()[0]: f.status for f in extract(text, report_period="2024").figures}
    assert found[token] == "target"


# --- a plan named before its figure, with an aside in brackets before the colon ------------------------------------

@pytest.mark.parametrize(("body", "token"), [
    ("Tổng vốn đã giải ngân 1.120 tỷ đồng, kế hoạch năm 2024 (sau điều chỉnh): 1.850 tỷ đồng.", "1.850"),
    ("Thu ngân sách ước đạt 10.120 tỷ đồng (kế hoạch (HĐND tỉnh giao): 9.400 tỷ đồng).", "9.400"),
    ("Chỉ tiêu (theo Nghị quyết của HĐND tỉnh): trồng mới 3.200 ha rừng tập trung; đã trồng 2.950 ha.", "3.200"),
])
def test_a_plan_named_with_an_aside_before_its_colon_is_a_target(body: str, token: str) -> None:
    assert status(body, token, "2024") == "target"


def test_a_result_after_a_plan_with_an_aside_stays_a_result() -> None:
    body = "Kế hoạch (sau điều chỉnh): 1.850 tỷ đồng; đến nay đã giải ngân 1.120 tỷ đồng, đạt 60,5%."
    assert (status(body, "1.120", "2024"), status(body, "60,5%", "2024")) == ("actual", "actual")


# --- a clause of results after a head of targets ----------------------------------------------------------------------

@pytest.mark.parametrize(("body", "token", "expected"), [
    ("Chỉ tiêu kế hoạch: tuyển sinh 1.200 học viên; thực tế đã tuyển 1.150 học viên.", "1.150", "actual"),
    ("Mục tiêu năm 2024: trồng mới 3.000 ha rừng; ước thực hiện 3.150 ha.", "3.150", "estimate"),
    ("Mục tiêu: cứng hóa 45 km đường giao thông nông thôn; đến nay đã hoàn thành 38 km.", "38 km", "actual"),
])
def test_a_clause_of_results_after_a_head_of_targets_is_a_result(body: str, token: str, expected: str) -> None:
    assert status(body, token, "2024") == expected


@pytest.mark.parametrize(("body", "token"), [
    ("Mục tiêu năm 2024: trồng mới 3.000 ha rừng; ước thực hiện 3.150 ha.", "3.000"),
    ("Mục tiêu: tăng trưởng GRDP 8%; giải ngân 100% kế hoạch vốn được giao.", "100%"),
    ("Các chỉ tiêu đã được giao: thu ngân sách 9.400 tỷ đồng; tạo việc làm cho 21.000 lao động.", "21.000"),
])
def test_the_targets_of_a_head_of_targets_stay_targets(body: str, token: str) -> None:
    assert status(body, token, "2024") == "target"


@pytest.mark.parametrize(("body", "token"), [
    ("Tỷ lệ giải ngân so với kế hoạch cao hơn bình quân cả nước (41,3%).", "41,3%"),
    ("Tỷ lệ hoàn thành chỉ tiêu thấp hơn mức chung của các tỉnh trong vùng (86%).", "86%"),
])
def test_a_comparison_after_a_plan_word_names_no_plan(body: str, token: str) -> None:
    assert status(body, token, "2024") == "actual"


# --- a section that expects the whole year, in a report of part of it -----------------------------------------------

@pytest.mark.parametrize(("heading", "body", "token"), [
    ("1. Dự kiến thực hiện cả năm",
     "Nếu giá cà phê giữ ở mức khoảng 95.000 đồng/kg, tổng thu ngân sách cả năm đạt 10.450 tỷ đồng.", "10.450"),
    ("III. DỰ BÁO TÌNH HÌNH CẢ NĂM 2024",
     "Cả năm 2024 tổng mức bán lẻ hàng hóa đạt khoảng 58.200 tỷ đồng, tăng 9,5%.", "58.200"),
])
def test_a_figure_of_the_year_under_a_heading_that_expects_it_is_a_forecast(heading: str, body: str,
                                                                             token: str) -> None:
    text = "I. KẾT QUẢ 9 THÁNG\nThu ngân sách 9 tháng đạt 7.120 tỷ đồng.\n" + heading + "\n" + body
    assert status(text, token, "2024-9M") == "forecast"
    assert status(text, "7.120", "2024-9M") == "actual"


@pytest.mark.parametrize(("body", "token"), [
    ("Theo Chủ tịch UBND tỉnh, nhiệm vụ từ nay đến cuối năm là đưa tỷ lệ giải ngân vốn đầu tư công lên 95%.", "95%"),
    ("Ông cho biết nhiệm vụ trọng tâm năm 2025 là thu hút thêm 40 dự án đầu tư.", "40 dự án"),
])
def test_a_task_stated_in_words_of_a_task_is_a_target(body: str, token: str) -> None:
    assert status(body, token) == "target"


def test_a_task_done_is_no_target() -> None:
    body = "Đến nay đã hoàn thành 96% nhiệm vụ được giao; nhiệm vụ còn lại là 3 công trình chuyển tiếp."
    assert status(body, "96%") == "actual"


@pytest.mark.parametrize(("body", "token"), [
    ("Mục tiêu những tháng cuối năm là hoàn thành 1.000 căn nhà cho hộ nghèo; tỉnh dự kiến tăng trưởng GRDP năm 2024 "
     "đạt khoảng 7,2%.", "7,2%"),
    ("Lãnh đạo Sở cho biết nhiệm vụ từ nay đến cuối năm là giữ vững sản xuất, bảo đảm việc làm cho công nhân; "
     "tỉnh dự kiến tổng thu ngân sách năm 2024 đạt khoảng 9.800 tỷ đồng.", "9.800"),
])
def test_an_expectation_after_a_head_of_targets_is_a_forecast(body: str, token: str) -> None:
    assert status(body, token) == "forecast"


# --- a list opened by a line naming a plan ---------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "token"), [
    ("Kế hoạch năm 2024:\n- Thu ngân sách: 9.400 tỷ đồng.\n- Chi ngân sách: 11.800 tỷ đồng.", "11.800"),
    ("Dự toán HĐND tỉnh giao:\n- Thu nội địa 8.100 tỷ đồng;\n- Thu từ hoạt động xuất nhập khẩu 1.300 tỷ đồng.",
     "1.300"),
])
def test_the_items_of_a_list_opened_by_a_plan_are_targets(body: str, token: str) -> None:
    assert status(body, token) == "target"


def test_the_items_of_a_list_of_a_plans_results_are_results() -> None:
    body = "Kết quả thực hiện kế hoạch năm 2024:\n- Thu ngân sách 4.800 tỷ đồng.\n- Chi ngân sách 5.100 tỷ đồng."
    assert status(body, "5.100") == "actual"


@pytest.mark.parametrize(("words", "earlier"), [
    ("Tính đến ngày 31/01/2025, toàn tỉnh đã giải ngân", False),  # a day of the next year, after the period's end
    ("lũy kế tới 20/02/2025 đã cấp", False),
    ("Tính đến ngày 31/01, toàn tỉnh đã giải ngân", True),  # no year written: the report's
    ("lũy kế tới 20/10/2024 đã cấp", True),
    ("đến ngày 31/12/2024 đã cấp", False),  # the report's last day is the note's
])
def test_a_count_to_a_day_of_the_next_year_is_no_earlier_day(words: str, earlier: bool) -> None:
    r = ReportContext(TITLES["2024"] + "Phần thứ nhất\n", "2024", load_lexicon(None))
    assert _counted_to_earlier_day(r, words, None) is earlier
