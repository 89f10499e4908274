"""The tenth session's linking rules, each kept to the evidence that makes its link certain (issue 12, linking): a
figure left unlinked is better for a researcher than one linked to a guess. Each rule in sentences written for
these tests (no report's words or numbers): cases it must still link, and cases it must no longer link, two
phrasings each."""

from __future__ import annotations

import pytest

from test_reference_concepts import indicator_at


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a sentence naming only a time or a plan, right under a heading naming one quantity in the figure's unit
    ("2. Thu ngân sách nhà nước\n\nDự toán năm giao 6.300 tỷ đồng. Ước 9 tháng đạt 4.870 tỷ đồng.", "4.870",
     "state-budget-revenue"),
    ("c) Sản lượng thủy sản\n\nƯớc thực hiện 9 tháng đạt 51.300 tấn.", "51.300", "fishery-output"),
])
def test_a_heading_still_names_the_sentence_naming_nothing(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token"), [
    # ... but no longer once its section has gone on to another quantity: which one the bare sentence goes on
    # with, the heading's or the last one stated, the text does not say
    ("2. Thu ngân sách nhà nước\n\nThu nội địa ước đạt 3.100 tỷ đồng.\n\nƯớc 9 tháng đạt 4.870 tỷ đồng.", "4.870"),
    ("b) Tổng mức bán lẻ hàng hóa và dịch vụ\n\nDoanh thu dịch vụ lưu trú, ăn uống đạt 2.310 tỷ đồng.\n\nCả năm ước "
     "đạt 9.400 tỷ đồng.", "9.400"),
])
def test_a_heading_no_longer_names_a_sentence_after_another_quantity(body: str, token: str) -> None:
    assert indicator_at(body, token) is None


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a list of districts led into from a paragraph breaks down its one quantity in the item's unit, the places
    # left by the list included
    ("Cả năm xảy ra 77 vụ tai nạn giao thông, làm chết 40 người.\n\nTheo địa phương:\n- Huyện Yên Thành: 12 vụ, 6 "
     "người chết;\n- Huyện Đô Lương: 10 vụ, 5 người chết;\n- Các huyện còn lại: 55 vụ, 29 người chết.", "10",
     "traffic-accidents"),
    ("Cả năm xảy ra 77 vụ tai nạn giao thông, làm chết 40 người.\n\nTheo địa phương:\n- Huyện Yên Thành: 12 vụ, 6 "
     "người chết;\n- 5 huyện còn lại: 65 vụ, 34 người chết.", "12", "traffic-accidents"),
    # ... and the one its lead-in names, when the paragraph states two in that unit
    ("Năm nay toàn tỉnh xảy ra 88 vụ tai nạn giao thông và 17 vụ tai nạn lao động.\n\nSố vụ tai nạn lao động theo "
     "địa phương:\n- Huyện Quỳnh Lưu: 5 vụ;\n- Huyện Diễn Châu: 4 vụ.", "5", "labour-accidents"),
    ("Trong kỳ đã xảy ra 63 vụ tai nạn giao thông, 41 vụ tai nạn lao động.\n\nTai nạn lao động chia theo huyện:\n- "
     "Huyện Yên Thành: 9 vụ;\n- Huyện Đô Lương: 6 vụ.", "9", "labour-accidents"),
])
def test_a_list_of_places_still_breaks_down_its_paragraph(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token"), [
    # no longer when the paragraph states two quantities in the item's unit and the lead-in names neither ...
    ("Năm nay toàn tỉnh xảy ra 88 vụ tai nạn giao thông và 17 vụ tai nạn lao động.\n\nChia theo địa phương:\n- "
     "Huyện Quỳnh Lưu: 14 vụ;\n- Huyện Diễn Châu: 11 vụ.", "14"),
    ("Trong kỳ đã xảy ra 41 vụ tai nạn lao động, 63 vụ tai nạn giao thông.\n\nTheo từng huyện:\n- Huyện Yên Thành: "
     "9 vụ;\n- Huyện Đô Lương: 6 vụ.", "9"),
    # ... nor when an item of the list is no place: the list breaks down by something else, or is no breakdown
    ("Năm nay toàn tỉnh xảy ra 88 vụ tai nạn giao thông.\n\nChia theo nơi xảy ra:\n- Huyện Quỳnh Lưu: 14 vụ;\n- "
     "Quốc lộ 1A: 23 vụ.", "14"),
    ("Cả năm có 64 vụ tai nạn giao thông.\n\nPhân theo địa bàn:\n- Huyện Đô Lương: 7 vụ;\n- Khu vực cảng biển: 5 "
     "vụ.", "7"),
])
def test_a_list_of_places_no_longer_guesses_its_whole(body: str, token: str) -> None:
    assert indicator_at(body, token) is None


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a row naming its quantity with the table's title, in columns of times, plans and changes
    ("Tai nạn giao thông năm 2024\nChỉ tiêu | Năm 2023 | Năm 2024 | Tăng, giảm (%)\nSố vụ | 230 | 212 | -7,8\nSố "
     "người chết | 101 | 97 | -4,0", "97", "traffic-accident-deaths"),
    ("Tình hình tai nạn lao động 6 tháng đầu năm 2024\nChỉ tiêu | Kế hoạch năm | Thực hiện 6 tháng\nSố vụ | 20 | 9\n"
     "Số người chết | 8 | 3", "9", "labour-accidents"),
])
def test_a_table_row_still_named_with_its_title(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token"), [
    # no longer in a column naming what it counts: classes and pupils of a school level are not its schools
    ("Mạng lưới trường học năm học 2024 - 2025\nCấp học | Trường | Lớp | Học sinh\nTrung học cơ sở | 95 | 1.420 | "
     "51.300\nTiểu học | 160 | 2.810 | 88.600", "51.300"),
    ("Quy mô trường, lớp năm học 2023 - 2024\nCấp học | Số trường | Số lớp | Số học sinh\nTrung học phổ thông | 38 | "
     "905 | 36.200\nTiểu học | 160 | 2.810 | 88.600", "905"),
])
def test_a_table_row_no_longer_names_other_columns_with_its_title(body: str, token: str) -> None:
    assert indicator_at(body, token) not in ("lower-secondary-schools", "upper-secondary-schools")


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a column naming what it counts names the cell with the row: a school level's pupils, its schools
    ("Mạng lưới trường học năm học 2024 - 2025\nCấp học | Trường | Lớp | Học sinh\nTrung học cơ sở | 95 | 1.420 | "
     "51.300\nTiểu học | 160 | 2.810 | 88.600", "51.300", "lower-secondary-pupils"),
    ("Quy mô trường, lớp năm học 2023 - 2024\nCấp học | Số trường | Số lớp | Số học sinh\nTrung học phổ thông | 38 | "
     "905 | 36.200\nTiểu học | 160 | 2.810 | 88.600", "38", "upper-secondary-schools"),
    ("Quy mô trường, lớp năm học 2023 - 2024\nCấp học | Số trường | Số lớp | Số học sinh\nTrung học phổ thông | 38 | "
     "905 | 36.200\nTiểu học | 160 | 2.810 | 88.600", "36.200", "upper-secondary-pupils"),
])
def test_a_table_cell_named_by_its_row_and_its_column(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # the sentence after a breakdown goes on with the whole stated as it is: a level with the level, a change with
    # the change
    ("Kế hoạch vốn đầu tư công năm nay là 4.100 tỷ đồng, gồm vốn ngân sách địa phương 2.900 tỷ đồng và vốn ngân sách "
     "Trung ương 1.200 tỷ đồng. Đến cuối tháng 9 đã giải ngân được 2.350 tỷ đồng.", "2.350",
     "public-investment-disbursement"),
    ("Tổng kế hoạch vốn đầu tư công giao 3.000 tỷ đồng, tăng 12%, trong đó vốn ngân sách Trung ương tăng 8,5%. Lũy "
     "kế đến 30/6 giải ngân được 960 tỷ đồng.", "960", "public-investment-disbursement"),
    ("Chỉ số sản xuất công nghiệp tháng 9 tăng 9,1% so với cùng kỳ, trong đó ngành chế biến, chế tạo tăng 10,3%. "
     "Tính chung 9 tháng tăng 8,0%.", "8,0", "industrial-production-index"),
    # (an achievement in per cent may be of a whole stated in any unit)
    ("Kế hoạch vốn đầu tư công năm nay là 4.100 tỷ đồng, gồm vốn ngân sách địa phương 2.900 tỷ đồng và vốn ngân sách "
     "Trung ương 1.200 tỷ đồng. Đến cuối tháng 9 đã giải ngân đạt 57,3%.", "57,3", "public-investment-disbursement"),
    ("Tổng kế hoạch vốn đầu tư công giao 3.000 tỷ đồng, trong đó vốn ngân sách Trung ương 1.100 tỷ đồng. Lũy kế đến "
     "30/6 giải ngân đạt 41,5% kế hoạch.", "41,5", "public-investment-disbursement"),
])
def test_the_sentence_after_a_breakdown_goes_on_with_the_whole_stated_alike(body: str, token: str,
                                                                             expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a figure's own name holding a comma ("chế biến, chế tạo", "nông, lâm nghiệp và thủy sản") is its own, not a
    # reason to go on with the neighbour named before it in the sentence
    ("Sản xuất và phân phối điện tăng 21,4% nhờ nhà máy mới, và ngành chế biến, chế tạo (+7,2%).", "7,2",
     "iip-manufacturing"),
    ("GRDP khu vực công nghiệp và xây dựng tăng 9,2% và khu vực nông, lâm nghiệp và thủy sản tăng 3,1%.", "3,1",
     "grdp-agriculture"),
    ("Giá trị tăng thêm ngành xây dựng tăng 6,4% trong khi nông, lâm nghiệp và thủy sản chỉ tăng 2,7%.", "2,7",
     "grdp-agriculture"),
])
def test_a_name_with_a_comma_is_the_figures_own_not_its_neighbours(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a clause opened by a conjunction of contrast names its own figure: the neighbour's label before it is not
    # this figure's
    ("Thu ngân sách tăng 6,2% trong khi chi ngân sách địa phương giảm 3,1%.", "3,1", "local-budget-expenditure"),
    ("Xuất khẩu tăng 12,4% còn nhập khẩu giảm 2,2%.", "2,2", "import-value"),
    ("Tổng mức bán lẻ tăng 9,1% trong khi doanh thu du lịch lữ hành tăng 21,3%.", "21,3", "travel-agency-revenue"),
])
def test_a_clause_of_contrast_names_its_own_figure(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token"), [
    # the rest of a breakdown, after its named parts, is neither the whole nor a named sibling
    ("Tổng chi ngân sách địa phương ước 9.300 tỷ đồng, gồm: chi đầu tư phát triển 3.100 tỷ đồng; chi thường xuyên "
     "5.700 tỷ đồng; các khoản chi khác 500 tỷ đồng.", "500"),
    ("Tổng chi ngân sách địa phương ước 9.300 tỷ đồng, gồm chi đầu tư phát triển 3.100 tỷ đồng, chi thường xuyên "
     "5.700 tỷ đồng và chi khác 500 tỷ đồng.", "500"),
    ("Tổng đàn gia súc có 412.000 con, gồm trâu 61.000 con, bò 98.000 con và các loại gia súc khác 12.000 con.",
     "12.000"),
])
def test_the_rest_of_a_breakdown_is_not_its_whole_or_a_sibling(body: str, token: str) -> None:
    assert indicator_at(body, token) is None


@pytest.mark.parametrize(("body", "token", "expected"), [
    # ... unless a concept of the rest names it, or its item names a part with the rest
    ("Sản lượng thủy sản đạt 52.400 tấn, gồm: cá 47.100 tấn; tôm 3.900 tấn; thủy sản khác 1.400 tấn.", "1.400",
     "other-aquaculture-output"),
    ("Doanh thu dịch vụ tiêu dùng đạt 9.800 tỷ đồng, trong đó dịch vụ lưu trú, ăn uống 6.100 tỷ đồng, du lịch lữ "
     "hành và dịch vụ khác 3.700 tỷ đồng.", "3.700", "travel-agency-revenue"),
])
def test_the_rest_of_a_breakdown_named_by_a_concept_of_its_own(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected
