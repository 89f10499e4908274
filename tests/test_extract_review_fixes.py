"""Regressions a review found in the extractor, each family in sentences written for these tests (two phrasings)."""

from __future__ import annotations

import pytest

from provkg.core.model import Figure
from provkg.core.periods import is_school_year
from provkg.extract.extractor import extract

HEADER = "BÁO CÁO\nTình hình kinh tế - xã hội {title}\nPhần thứ nhất\n"


def figure_of(body: str, token: str, report_period: str = "2023", title: str = "năm 2023") -> Figure:
    text = HEADER.format(title=title) + body + "\n"
    result = extract(text, report_period=report_period)
    for f in result.figures:
        if text[f.start:].startswith(token):
            return f
    raise AssertionError(f"{token!r} not found among {[text[f.start:f.end] for f in result.figures]}")


# 1. a span whose years are equal or reversed (a slip) names no span: the figure keeps a period, no error
@pytest.mark.parametrize(("body", "token"), [
    ("Giai đoạn 2022 - 2022, toàn tỉnh làm mới 340 km đường giao thông nông thôn.", "340"),
    ("Thời kỳ 2024 – 2019, cả tỉnh xây dựng 57 trường học mới.", "57"),
])
def test_a_slipped_span_is_no_span(body: str, token: str) -> None:
    assert "/" not in figure_of(body, token).period


def test_a_span_of_increasing_years_is_kept() -> None:
    assert figure_of("Giai đoạn 2021 - 2025, toàn tỉnh làm mới 340 km đường.", "340").period == "2021/2025"


# 11. a school year is two consecutive years; a plan span is not one
@pytest.mark.parametrize(("code", "expected"), [
    ("2023/2024", True), ("1999/2000", True), ("2021/2025", False), ("2020/2020", False), ("2024/2023", False),
    ("2023", False), ("2023-H1", False),
])
def test_school_year_codes(code: str, expected: bool) -> None:
    assert is_school_year(code) is expected


def indicator_of(body: str, token: str) -> str | None:
    return figure_of(body, token, "2023-H1", "6 tháng đầu năm 2023").indicator


# 3. a bare count that is its sentence's subject keeps the label naming it (the guard is for items of a list)
@pytest.mark.parametrize(("body", "token", "expected"), [
    ("Số hộ nghèo trên địa bàn còn 2.480, giảm 410 hộ so với đầu năm.", "2.480", "poor-households"),
    ("Tổng số học sinh các cấp là 187.600, tăng 1,8% so với năm học trước.", "187.600", "pupils"),
])
def test_a_bare_count_that_is_the_subject_keeps_its_label(body: str, token: str, expected: str) -> None:
    assert indicator_of(body, token) == expected


# 6. a clause opening with what it leaves out is the whole without it, not the part left out
@pytest.mark.parametrize(("body", "token"), [
    ("Không kể thu từ doanh nghiệp nhà nước, thu nội địa ước đạt 4.150 tỷ đồng.", "4.150"),
    ("Không tính thu từ khu vực doanh nghiệp nhà nước, thu nội địa 6 tháng được 2.930 tỷ đồng.", "2.930"),
])
def test_an_excluded_part_is_not_the_figure(body: str, token: str) -> None:
    assert indicator_of(body, token) == "domestic-revenue"


# 7. two words repeating the noun of the share before name another kind of it, not a grade of the same share
@pytest.mark.parametrize(("body", "token"), [
    ("Tỷ lệ hộ nghèo giảm xuống còn 1,9%, hộ khá 33,4%.", "33,4"),
    ("Tỷ lệ hộ nghèo cuối kỳ ước 4,6%, hộ giàu 8,3%.", "8,3"),
])
def test_a_kind_of_the_same_noun_is_no_grade(body: str, token: str) -> None:
    assert indicator_of(body, token) != "poverty-rate"


def test_grades_named_alone_still_follow_the_share_before() -> None:
    body = "Học sinh xếp loại học lực Tốt 24,7%, Khá 41,2%, Chưa đạt 1,6%."
    assert indicator_of(body, "41,2") == indicator_of(body, "24,7") is not None


# 5. a note on the whole report covers a count to the report's last day; a count to an earlier day stays actual
@pytest.mark.parametrize(("body", "token", "status"), [
    ("Các số liệu trong báo cáo là số ước tính. Tính đến ngày 30/6/2024, toàn tỉnh đã tạo việc làm cho "
     "7.420 lao động.", "7.420", "estimate"),
    ("Số liệu 6 tháng là số ước thực hiện. Đến hết ngày 30/6, các xã đã cấp 3.160 thẻ bảo hiểm y tế.", "3.160",
     "estimate"),
    ("Các số liệu trong báo cáo là số ước tính. Tính đến ngày 15/6/2024, toàn tỉnh đã tạo việc làm cho "
     "7.420 lao động.", "7.420", "actual"),
    ("Số liệu 6 tháng là số ước thực hiện. Đến ngày 20/5, các xã đã cấp 3.160 thẻ bảo hiểm y tế.", "3.160", "actual"),
])
def test_a_count_to_the_last_day_is_the_noted_estimate(body: str, token: str, status: str) -> None:
    assert figure_of(body, token, "2024-H1", "6 tháng đầu năm 2024").status == status


# 4. a note's "field" is never a function word; a note names a field only in its own words; each field keeps its
# own periods
@pytest.mark.parametrize("note", [
    "Số liệu đến ngày 30/6 là số ước tính.",
    "Số liệu đến hết ngày 30/6/2024 là số ước tính.",
    "Số liệu trong báo cáo được tổng hợp đến ngày 20/6 và ước thực hiện đến 30/6.",
    "Các số liệu tổng hợp đến 15/6, ước thực hiện đến 30/6.",
])
def test_a_note_up_to_a_day_covers_every_field(note: str) -> None:
    body = note + "\nTổng vốn đầu tư toàn xã hội 6 tháng đạt 13.480 tỷ đồng, tăng 5,7%."
    assert figure_of(body, "13.480", "2024-H1", "6 tháng đầu năm 2024").status == "estimate"


@pytest.mark.parametrize(("body", "estimated", "counted"), [
    ("Số liệu về du lịch 6 tháng là số ước thực hiện.\n1. Du lịch\nTổng lượt khách du lịch 6 tháng đạt 1,4 triệu "
     "lượt.\n2. Công nghiệp\nChỉ số sản xuất công nghiệp 6 tháng tăng 6,8%.", "1,4", "6,8"),
    ("Số liệu xuất khẩu tháng 12 là số ước tính; số liệu du lịch năm 2023 là số ước thực hiện.\n1. Xuất khẩu\nKim "
     "ngạch xuất khẩu cả năm đạt 1.270 triệu USD.\n2. Du lịch\nTổng thu từ du lịch cả năm đạt 2.640 tỷ đồng.",
     "2.640", "1.270"),
])
def test_each_note_covers_its_field_with_its_periods(body: str, estimated: str, counted: str) -> None:
    period, title = ("2024-H1", "6 tháng đầu năm 2024") if "6 tháng" in body else ("2023", "năm 2023")
    assert figure_of(body, estimated, period, title).status == "estimate"
    assert figure_of(body, counted, period, title).status == "actual"


@pytest.mark.parametrize(("body", "token"), [
    # a flow whose words count it to an earlier day stays actual, whatever period it is given
    ("Số liệu 9 tháng là số ước tính.\nTừ ngày 01/7 đến 15/9, bộ phận một cửa đã tiếp nhận 52.300 hồ sơ.", "52.300"),
    ("Số liệu 9 tháng là số ước tính.\nTính từ 01/8 tới ngày 10/9, các cơ sở đã tuyển sinh 1.870 học viên.",
     "1.870"),
])
def test_a_flow_counted_to_an_earlier_day_stays_actual(body: str, token: str) -> None:
    assert figure_of(body, token, "2025-9M", "9 tháng năm 2025").status == "actual"
