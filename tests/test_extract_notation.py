"""What is a figure and what is its sign, family by family, in sentences written for these tests (two phrasings
each): footnote markers and blocks, row and column numbers, rates' denominators, places named by a number, and the
direction a list of changes shares."""

from __future__ import annotations

import re
import tomllib
from decimal import Decimal

import pytest

from provkg.core.paths import data_dir
from provkg.extract.extractor import extract
from provkg.extract.vocabulary import vocabulary
from provkg.read.segment import segment

HEADER = "BÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2023\nPhần thứ nhất\n"


def figures(body: str, period: str = "2023-H1") -> dict[str, object]:
    """The figures of a body by the text they span (token and unit)."""
    text = HEADER + body + "\n"
    return {text[f.start:f.end]: f for f in extract(text, report_period=period).figures}


def tokens(body: str) -> list[str]:
    text = HEADER + body + "\n"
    return [text[f.start:f.end] for f in extract(text, report_period="2023-H1").figures]


# -- footnotes: markers in the body, and notes written out by number after the body --------------------------------

@pytest.mark.parametrize(("body", "kept"), [
    ("Toàn tỉnh có 18 xã đạt chuẩn nông thôn mới(1), đạt 72,4%(2) kế hoạch năm.", ["18 xã", "72,4%"]),
    ("Diện tích rừng trồng mới 1.350 ha[3]; thu ngân sách đạt 2.816 tỷ đồng 4/, tăng 9% so với cùng kỳ.",
     ["1.350 ha", "2.816 tỷ đồng", "9%"]),
])
def test_a_footnote_marker_is_no_figure(body: str, kept: list[str]) -> None:
    assert tokens(body) == kept


@pytest.mark.parametrize(("body", "token"), [
    ("Số hộ nghèo còn 2.304 hộ², chiếm 1,9%.", "2.304 hộ"),
    ("Vốn giải ngân đạt 615 tỷ đồng3, bằng 48% kế hoạch.", "615 tỷ đồng"),
    ("Xây mới 4.200 m² nhà xưởng, tăng 6%.", "4.200 m²"),
])
def test_a_unit_ends_where_a_superscript_marker_begins(body: str, token: str) -> None:
    assert token in figures(body)


NOTES_AFTER_RULE = """Phần thứ nhất
Tổng diện tích gieo trồng cây hằng năm đạt 41.200 ha(1), sản lượng lương thực 160.000 tấn.
Trên đây là báo cáo của Sở./.
_______________
(1) Gồm 27.500 ha lúa và 13.700 ha cây màu các loại.
(2) Không tính diện tích cây trồng ngắn ngày xen canh.

Nơi nhận:
- Như trên.
"""

NOTES_AFTER_REMARK = """Phần thứ nhất
Tổng số học sinh các cấp là 96.400 học sinh 1/; số trường đạt chuẩn quốc gia 211 trường[2].
Ghi chú:
1/ Trong đó có 30.150 học sinh tiểu học.
[2] Chưa tính 9 trường ngoài công lập.
"""


NOTES_BY_FULL_STOPS = """Phần thứ nhất
Số lao động được tạo việc làm 21.300 người¹, trong đó xuất khẩu lao động 2.450 người².
Chú thích:
1. Gồm cả lao động làm việc tại các khu công nghiệp ngoài tỉnh.
2. Theo số liệu của các doanh nghiệp dịch vụ.
"""


NOTES_ON_THE_REMARKS_LINE = """Phần thứ nhất
Thu ngân sách 5.300 tỷ đồng(1), chi ngân sách 4.900 tỷ đồng(2).
Ghi chú: (1) Không kể thu tiền sử dụng đất.
(2) Gồm chi đầu tư phát triển 1.250 tỷ đồng.
"""


@pytest.mark.parametrize(("text", "note_opens", "cited"), [
    (NOTES_AFTER_RULE, ["(1) Gồm", "(2) Không"], ["(1)", None]),
    (NOTES_ON_THE_REMARKS_LINE, ["(1) Không", "(2) Gồm"], ["(1)", "(2)"]),
    (NOTES_AFTER_REMARK, ["1/ Trong", "[2] Chưa"], ["1/;", "[2]"]),
    (NOTES_BY_FULL_STOPS, ["1. Gồm", "2. Theo"], ["¹, ", "².\n"]),
])
def test_notes_written_out_by_number_are_footnotes_cited_by_their_marker(
    text: str, note_opens: list[str], cited: list[str | None]
) -> None:
    seg = segment(text)
    assert [text[n.start:n.start + len(o)] for n, o in zip(seg.footnotes, note_opens, strict=True)] == note_opens
    assert [text[n.anchor:n.anchor + 3] if n.anchor is not None else None for n in seg.footnotes] == cited
    assert all(n.anchor is None or n.anchor < seg.body_end for n in seg.footnotes)
    assert seg.body_end < text.index(note_opens[0])
    assert seg.section_at(text.index(note_opens[0])) == "FN/1"


@pytest.mark.parametrize(("text", "part", "total"), [
    (NOTES_AFTER_RULE, "27.500 ha", "41.200 ha"),
    (NOTES_AFTER_REMARK, "30.150 học sinh", "96.400 học sinh"),
])
def test_a_numbered_note_details_the_figure_it_is_cited_by(text: str, part: str, total: str) -> None:
    full = HEADER.split("Phần")[0] + text
    found = {full[f.start:f.end]: f for f in extract(full, report_period="2023-H1").figures}
    assert found[part].parent == found[total].start
    assert not any(t in found for t in ("1", "2"))


def test_a_rule_under_the_national_motto_opens_no_footnotes() -> None:
    text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n_______________\nBÁO CÁO\n" \
           "Phần thứ nhất\n1. Lúa: 12.000 ha.\n"
    seg = segment(text)
    assert seg.footnotes == [] and seg.body_end == len(text)


# -- tables written as text: row numbers and column numbers --------------------------------------------------------

@pytest.mark.parametrize(("body", "kept"), [
    ("Kết quả chủ yếu:\nSTT 1 Số vụ cháy 14 vụ\nSTT 2 Thiệt hại ước 3,5 tỷ đồng", ["14 vụ", "3,5 tỷ đồng"]),
    ("Số thứ tự 3: xã Hòa Bình đạt 17 tiêu chí; Stt 4: xã Tân Phú đạt 15 tiêu chí.", ["17 tiêu chí", "15 tiêu chí"]),
])
def test_a_row_number_written_in_words_is_no_figure(body: str, kept: list[str]) -> None:
    assert tokens(body) == kept


@pytest.mark.parametrize(("body", "kept"), [
    ("Biểu tổng hợp:\nTT\tChỉ tiêu\tĐơn vị\tKế hoạch\tThực hiện\nA\tB\t1\t2\t3\n"
     "I\tSố hộ được hỗ trợ nhà ở\thộ\t250\t231", ["250", "231"]),
    ("Biểu tổng hợp:\nChỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ\n(1) | (2) | (3) | (4)=(3)/(2)\n"
     "Số lao động được tạo việc làm | 9.000 | 9.450 | 105", ["9.000", "9.450", "105"]),
])
def test_a_row_of_column_numbers_is_no_figure(body: str, kept: list[str]) -> None:
    assert [t.split()[0] for t in tokens(body)] == kept


@pytest.mark.parametrize(("body", "kept"), [
    ("Các chỉ tiêu chính: 1. Số vụ tai nạn 27 vụ; 2. Số người chết 11 người; 3. Số người bị thương 19 người.",
     ["27 vụ", "11 người", "19 người"]),
    ("Kết quả gồm: 1) Cấp mới 420 giấy phép; 2) Gia hạn 85 giấy phép.", ["420", "85"]),
])
def test_items_numbered_inside_a_line_are_no_figures(body: str, kept: list[str]) -> None:
    assert [t for t in tokens(body)] == kept or [t.split()[0] for t in tokens(body)] == kept


@pytest.mark.parametrize(("body", "kept"), [
    ("Tai nạn giao thông xảy ra, số vụ: 15. Số người chết: 16. Số người bị thương: 9.", ["15", "16", "9"]),
    ("Cháy nổ trong kỳ, số vụ cháy: 4. Số vụ nổ: 5. Thiệt hại ước 2 tỷ đồng.", ["4", "5", "2"]),
])
def test_counts_after_colons_that_follow_one_another_stay_figures(body: str, kept: list[str]) -> None:
    assert [t.split()[0] for t in tokens(body)] == kept


def test_a_figure_before_a_full_stop_after_a_colon_stays_a_figure() -> None:
    assert "5" in figures("Số vụ cháy rừng: 5. Diện tích thiệt hại 12 ha.")


# -- rates per 100, per 1.000, per 10.000 people: the denominator is part of the unit -------------------------------

@pytest.mark.parametrize(("body", "token", "unit"), [
    ("Tỷ suất chết của trẻ em dưới 1 tuổi còn 11,8 trẻ/1.000 trẻ đẻ sống.", "11,8", "trẻ/1.000 trẻ đẻ sống"),
    ("Bình quân có 27 giường bệnh trên 10.000 dân và 9,5 bác sĩ/vạn dân.", "27", "giường bệnh trên 10.000 dân"),
    ("Mỗi địa phương có 36 máy thu hình/100 hộ.", "36", "máy thu hình/100 hộ"),
    ("Tỷ số giới tính khi sinh là 111,2 nam/100 nữ.", "111,2", "nam/100 nữ"),
])
def test_a_rates_denominator_is_part_of_its_unit(body: str, token: str, unit: str) -> None:
    found = [f for t, f in figures(body).items() if t.startswith(token + " ")]
    assert found and found[0].unit_text == unit
    assert not any(t.startswith(("100 ", "1.000", "10.000")) for t in figures(body))


# -- places named by a number ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "kept"), [
    ("Hoàn thành nhà văn hóa Thôn 4, thôn 9 và Bản 2 với kinh phí 2,7 tỷ đồng.", ["2,7 tỷ đồng"]),
    ("Nâng cấp đường nội thị tổ dân phố 11, khu phố 6 và Phường 3, dài 1,8 km; Ấp 5 và xóm 7 có 64 hộ.",
     ["1,8 km", "64 hộ"]),
])
def test_a_place_named_by_its_number_is_no_figure(body: str, kept: list[str]) -> None:
    assert tokens(body) == kept


def test_a_count_of_villages_stays_a_figure() -> None:
    assert tokens("Toàn huyện có 46 thôn, bản; thôn 3 có 120 hộ.") == ["46 thôn, bản", "120 hộ"]


# -- the direction a list of changes shares --------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("Tai nạn giao thông xảy ra 52 vụ, làm chết 23 người, bị thương 37 người; so với cùng kỳ: -6 vụ, -4 người "
     "chết, -5 người bị thương.", {"6 vụ": ("-6", "change_abs"), "4 người": ("-4", "change_abs"),
                                  "5 người": ("-5", "change_abs")}),
    ("Vi phạm trật tự giao thông được xử lý 8.300 trường hợp (so cùng kỳ: -410 trường hợp).",
     {"410 trường hợp": ("-410", "change_abs")}),
])
def test_a_count_written_with_a_minus_is_a_fall(body: str, expected: dict[str, tuple[str, str]]) -> None:
    found = figures(body)
    assert {t: (str(found[t].value), found[t].measure) for t in expected} == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("So với cùng kỳ, tai nạn giảm 8 vụ (14,5%), 3 người chết (11%) và 6 người bị thương (18,2%).",
     {"8 vụ": "-8", "14,5%": "-14.5", "3 người": "-3", "11%": "-11", "6 người": "-6", "18,2%": "-18.2"}),
    ("Số vụ vi phạm giảm 120 vụ, tương ứng 7,5%; số tiền phạt tăng 1,2 tỷ đồng, tương ứng 4%.",
     {"120 vụ": "-120", "7,5%": "-7.5", "1,2 tỷ đồng": "1.2", "4%": "4"}),
])
def test_a_change_stated_again_in_another_unit_keeps_its_direction(body: str, expected: dict[str, str]) -> None:
    found = figures(body)
    assert {t: str(found[t].value) for t in expected} == expected
    assert all(found[t].measure.startswith("change") for t in expected)


@pytest.mark.parametrize(("body", "token", "value", "measure"), [
    ("Số người chết vì tai nạn giao thông còn 14 người, chỉ bằng 82% cùng kỳ.", "82%", "82", "value"),
    ("Số vụ tai nạn giảm 9 vụ so với cùng kỳ, còn 41 vụ.", "41 vụ", "41", "value"),
])
def test_what_remains_is_a_level(body: str, token: str, value: str, measure: str) -> None:
    f = figures(body)[token]
    assert (f.value, f.measure) == (Decimal(value), measure)


@pytest.mark.parametrize(("body", "kept"), [
    ("Tai nạn giao thông giảm 3/3 tiêu chí: xảy ra 26 vụ, giảm 5 vụ.", ["26 vụ", "5 vụ"]),
    ("Kết quả kiềm chế tai nạn: 3 chỉ tiêu đều giảm, số người chết còn 13 người.", ["13 người"]),
])
def test_how_many_criteria_moved_is_no_figure(body: str, kept: list[str]) -> None:
    assert tokens(body) == kept


def test_criteria_met_by_a_commune_stay_figures() -> None:
    assert [t.split()[0] for t in tokens("Có 7 xã đạt 16/19 tiêu chí.")] == ["7", "16", "19"]


# -- tables aligned by spaces: a change cell after a level cell ------------------------------------------------------

@pytest.mark.parametrize("table", [
    "Chỉ tiêu                 Năm 2022    Năm 2023    Tăng (+), giảm (-)\n"
    "Số vụ cháy (vụ)               74          61      -13 (-17,6%)\n"
    "Thiệt hại (tỷ đồng)           12,4        9,1     -3,3 (-26,6%)\n",
    "Chỉ tiêu                 Cùng kỳ     Kỳ này      Tăng (+), giảm (-)\n"
    "Số vụ cháy (vụ)               74          61      -13 (-17,6%)\n"
    "Số người bị thương (người)    19          23      +4 (+21,1%)\n",
])
def test_a_change_cell_after_a_level_cell_in_a_table_aligned_by_spaces(table: str) -> None:
    found = figures("Bảng: tình hình cháy nổ năm 2023\n" + table, period="2023")
    assert (found["61"].value, found["61"].measure) == (Decimal("61"), "value")
    fall = next(f for t, f in found.items() if t.startswith("13"))
    assert (fall.value, fall.measure) == (Decimal("-13"), "change_abs")
    assert (found["17,6%"].value, found["17,6%"].measure) == (Decimal("-17.6"), "change_pct")


@pytest.mark.parametrize("body", [
    "Số vụ cháy năm trước và năm nay lần lượt là 45 - 38 vụ.",
    "Năng suất lúa vụ đông xuân và vụ mùa lần lượt 61 - 58 tạ/ha.",
])
def test_a_range_does_not_descend(body: str) -> None:
    found = figures(body)
    assert all(f.value_max is None for f in found.values())


@pytest.mark.parametrize(("body", "kept"), [
    ("Sách giáo khoa mới được dùng ở các lớp 2, 6 và 10 với kinh phí 14 tỷ đồng.", ["14 tỷ đồng"]),
    ("Bồi dưỡng 820 giáo viên dạy lớp cuối cấp 5, 9, 12.", ["820 giáo viên"]),
])
def test_a_list_of_grades_is_no_figure(body: str, kept: list[str]) -> None:
    assert tokens(body) == kept


# -- names with numbers in the telecommunications and digital-government genre --------------------------------------

@pytest.mark.parametrize(("body", "kept"), [
    ("Đã phát sóng 212 trạm 5G; chuyển 41.000 thuê bao 2G sang máy 4G.", ["212 trạm", "41.000 thuê bao"]),
    ("Nâng cấp nền tảng tích hợp phiên bản 3.1 với kinh phí 8,4 tỷ đồng; dựng 16 mô hình 3D.",
     ["8,4 tỷ đồng", "16 mô hình"]),
])
def test_a_generation_or_a_version_is_no_figure(body: str, kept: list[str]) -> None:
    assert tokens(body) == kept


@pytest.mark.parametrize(("body", "token", "unit"), [
    ("Nhóm chỉ số công khai minh bạch đạt 7,4/9 điểm.", "7,4/9 điểm", "/9 điểm"),
    ("Chỉ số mức độ hài lòng của người dân đạt 8/10 điểm, tăng so với năm trước.", "8/10 điểm", "/10 điểm"),
])
def test_a_score_out_of_its_maximum_is_one_figure(body: str, token: str, unit: str) -> None:
    found = figures(body)
    assert found[token].unit_text == unit
    assert len(found) == 1


@pytest.mark.parametrize(("body", "token"), [
    ("Số thuế được gia hạn, miễn, giảm trong quý ước 318,5 tỷ đồng.", "318,5 tỷ đồng"),
    ("Tiền thuê đất được miễn giảm trong 6 tháng ước 42 tỷ đồng.", "42 tỷ đồng"),
])
def test_an_amount_exempted_or_reduced_is_a_level(body: str, token: str) -> None:
    f = figures(body)[token]
    assert (f.value > 0, f.measure) == (True, "value")


@pytest.mark.parametrize(("body", "token"), [
    ("Sản lượng hàng qua cảng sụt giảm (kim ngạch xuất khẩu cả năm ước 920 triệu USD, giảm 4%).", "920 triệu USD"),
    ("Lượng khách lưu trú giảm (doanh thu lưu trú 6 tháng ước 210 tỷ đồng, giảm 3,5%).", "210 tỷ đồng"),
])
def test_a_bracket_opened_after_a_verb_states_a_level_of_its_own(body: str, token: str) -> None:
    f = figures(body)[token]
    assert (f.value > 0, f.measure) == (True, "value")


# -- names and dates the department reports write with numbers ------------------------------------------------------

@pytest.mark.parametrize(("body", "kept"), [
    ("Tổ chức kỷ niệm 95 năm Ngày thành lập Đảng, 50 năm Ngày giải phóng, 30 năm Khu di tích với 4.200 lượt khách.",
     ["4.200"]),
    ("Các hoạt động chào mừng 70 năm ra đời ngành, 15 năm thành lập Bảo tàng thu hút 1.900 lượt người.",
     ["1.900"]),
])
def test_a_list_of_anniversaries_is_no_figure(body: str, kept: list[str]) -> None:
    assert [t.split()[0] for t in tokens(body)] == kept


@pytest.mark.parametrize(("body", "kept"), [
    ("Trong dịp nghỉ lễ 30/4 - 1/5 và 2/9, các khu du lịch đón 86.000 lượt khách.", ["86.000 lượt khách"]),
    ("Dịp Quốc khánh 2/9, toàn tỉnh đón 31.500 lượt khách.", ["31.500 lượt khách"]),
])
def test_holidays_named_by_their_dates_are_no_figures(body: str, kept: list[str]) -> None:
    assert tokens(body) == kept


@pytest.mark.parametrize(("body", "kept"), [
    ("Vốn Dự án 5 (hỗ trợ giáo dục nghề nghiệp) giải ngân 12,6 tỷ đồng.", ["12,6 tỷ đồng"]),
    ("Tiểu dự án 2 của Ban QLDA 7 đã hoàn thành 64% khối lượng.", ["64%"]),
])
def test_a_component_or_a_board_named_by_its_number_is_no_figure(body: str, kept: list[str]) -> None:
    assert tokens(body) == kept


@pytest.mark.parametrize(("body", "kept"), [
    ("Trong 18 khoản thu, có 11 khoản đạt từ 50% dự toán trở lên, 7 khoản đạt dưới 50%.", ["18", "11", "7"]),
    ("Có 6/9 huyện, thị xã đạt từ 45% dự toán thu được giao trở lên; 3 huyện còn lại đạt dưới 35% dự toán.",
     ["6", "9", "3"]),
])
def test_the_share_of_a_plan_that_makes_a_class_is_no_figure(body: str, kept: list[str]) -> None:
    assert [re.match(r"[\d.,]+", t).group() for t in tokens(body)] == kept


def test_all_targets_above_a_share_of_the_plan_is_a_figure() -> None:
    assert "55% KH" in " ".join(tokens("Các chỉ tiêu chủ yếu đều đạt trên 55% KH năm.")) or \
        any(t.startswith("55%") for t in tokens("Các chỉ tiêu chủ yếu đều đạt trên 55% KH năm."))


@pytest.mark.parametrize(("body", "kept"), [
    ("Hệ thống đường bộ dài 9.820,4 km, gồm: quốc lộ 386,2 km; đường tỉnh 702,5 km.",
     ["9.820,4 km", "386,2 km", "702,5 km"]),
    ("Tỷ lệ hồ sơ trực tuyến mức độ 3, 4 đạt 68,5%; dịch vụ công mức độ 2 và 3 chiếm 20%.", ["68,5%", "20%"]),
])
def test_a_length_of_a_kind_of_road_and_levels_of_a_service(body: str, kept: list[str]) -> None:
    assert tokens(body) == kept


@pytest.mark.parametrize("row", ["Huyện Vụ Bản\t48\t45\t93,8", "Xã Tân Thôn\t12\t11\t91,7"])
def test_a_table_cell_after_a_place_ending_like_a_village_word_is_a_count(row: str) -> None:
    body = "Kết quả theo đơn vị:\nĐơn vị\tTổng số trường\tSố trường đạt chuẩn\tTỷ lệ (%)\n" + row
    assert row.split("\t")[1] in figures(body)


TASKS_NOTE = """BÁO CÁO
Tình hình kinh tế - xã hội 9 tháng năm 2023
Phần thứ nhất
Tổng sản phẩm trên địa bàn 9 tháng tăng 6,1% so với cùng kỳ.
Phần thứ hai
NHIỆM VỤ, GIẢI PHÁP QUÝ IV
Phấn đấu cả năm tăng trưởng 7%, muốn vậy quý IV phải tăng {growth}(1).
Ghi chú:
(1) Tính với tỷ trọng của quý IV khoảng {share} GRDP cả năm.
"""


@pytest.mark.parametrize(("growth", "share"), [("trên 9,5%", "29%"), ("từ 10,2% trở lên", "31%")])
def test_a_note_cited_from_the_tasks_plans_what_they_plan(growth: str, share: str) -> None:
    text = TASKS_NOTE.format(growth=growth, share=share)
    found = {text[f.start:f.end]: f for f in extract(text, report_period="2023-9M").figures}
    assert found[share].status == "target"


@pytest.mark.parametrize(("body", "token", "value", "measure"), [
    ("Toàn tỉnh có 142 xã đạt tiêu chí quốc gia về y tế, vượt 5 xã so với kế hoạch.", "5 xã", "5", "change_abs"),
    ("Tỷ lệ hộ gia đình văn hóa đạt 90,2%, vượt 1,4 điểm phần trăm so với kế hoạch.", "1,4 điểm phần trăm", "1.4",
     "change_pp"),
    ("Diện tích trồng rừng tập trung đạt 1.150 ha, hụt 50 ha so với KH.", "50 ha", "-50", "change_abs"),
])
def test_by_how_much_a_level_passed_its_plan(body: str, token: str, value: str, measure: str) -> None:
    f = figures(body)[token]
    assert (f.value, f.measure) == (Decimal(value), measure)


@pytest.mark.parametrize(("body", "token", "value"), [
    ("Về cháy nổ: số vụ 37 (-9), thiệt hại ước 4,1 tỷ đồng.", "9", "-9"),
    ("Tai nạn lao động: số vụ 14 (+3), số người chết 5 (-2).", "2", "-2"),
])
def test_a_signed_bare_number_in_brackets_after_a_level_is_its_change(body: str, token: str, value: str) -> None:
    f = figures(body)[token]
    assert (f.value, f.measure) == (Decimal(value), "change_abs")


@pytest.mark.parametrize(("sentence", "note"), [
    ("Thu ngân sách đạt 6.240 tỷ đồng, bằng 107% dự toán (1).", "(1) Không kể thu tiền sử dụng đất."),
    ("Tổng vốn đầu tư toàn xã hội ước 31.500 tỷ đồng (1); tăng 9% so với năm trước.", "(1) Theo giá hiện hành."),
])
def test_a_marker_after_a_space_that_cites_a_numbered_note_is_no_figure(sentence: str, note: str) -> None:
    text = "BÁO CÁO\nTình hình kinh tế - xã hội năm 2023\nPhần thứ nhất\n" + sentence + "\nGhi chú:\n" + note + "\n"
    found = [text[f.start:f.end] for f in extract(text, report_period="2023").figures]
    assert "1" not in found and found[0].endswith("tỷ đồng")


@pytest.mark.parametrize(("body", "kept"), [
    ("Chỉnh trang vỉa hè đường 30/4 và phố 19/5 dài 3,2 km.", ["3,2 km"]),
    ("Đóng điện trạm biến áp 220 kV và 14 km đường dây 110 kV.", ["14 km"]),
])
def test_a_street_named_by_a_date_or_a_line_by_its_voltage_is_no_figure(body: str, kept: list[str]) -> None:
    assert [t.split()[0] + " " + t.split()[1] for t in tokens(body)] == kept


@pytest.mark.parametrize("remark", ["Ghi chú: xem biểu kèm theo.", "Chú thích:"])
def test_a_remark_followed_by_the_bodys_own_sections_opens_no_footnotes(remark: str) -> None:
    text = f"Phần thứ nhất\nI. Kinh tế\nThu 5 tỷ đồng.\n{remark}\n1. Nông nghiệp\nLúa 3 ha.\n2. Công nghiệp\n" \
        "II. Xã hội\n"
    seg = segment(text)
    assert seg.footnotes == [] and seg.section_at(text.index("Lúa")) == "P1/I/1"


def test_a_target_share_of_the_plan_to_reach_stays_a_figure() -> None:
    found = tokens("Phấn đấu đến hết năm giải ngân vốn đầu tư công đạt từ 95% kế hoạch trở lên.")
    assert any(t.startswith("95%") for t in found)


@pytest.mark.parametrize(("body", "parts"), [
    ("Toàn tỉnh có 860 cơ sở giáo dục, tăng 3 cơ sở so với năm học trước (gồm 02 trường mầm non tư thục và 01 "
     "trường tiểu học).", {"02 trường": "2", "01 trường": "1"}),
    ("Xảy ra 27 vụ cháy, giảm 8 vụ so với cùng kỳ (trong đó 6 vụ cháy nhà ở, 2 vụ cháy xe).",
     {"6 vụ": "-6", "2 vụ": "-2"}),
])
def test_the_parts_of_a_change_in_brackets_are_changes_the_same_way(body: str, parts: dict[str, str]) -> None:
    found = figures(body)
    assert {t: str(found[t].value) for t in parts} == parts
    assert all(found[t].measure == "change_abs" for t in parts)


@pytest.mark.parametrize(("body", "token"), [
    ("Điểm trung bình thi tốt nghiệp đạt 6,92 điểm, cao hơn 0,31 điểm so với năm trước.", "0,31 điểm"),
    ("Chỉ số hài lòng đạt 81,4 điểm, thấp hơn 0,6 điểm so với năm trước.", "0,6 điểm"),
])
def test_a_scores_change_in_its_own_points_is_an_absolute_change(body: str, token: str) -> None:
    assert figures(body)[token].measure == "change_abs"


@pytest.mark.parametrize(("body", "token", "value"), [
    ("Tai nạn giao thông đã giảm được 7 vụ so với cùng kỳ.", "7 vụ", "-7"),
    ("Số xã đạt chuẩn nông thôn mới tăng được 4 xã so với năm trước.", "4 xã", "4"),
])
def test_a_change_verb_then_duoc_states_the_change(body: str, token: str, value: str) -> None:
    f = figures(body)[token]
    assert (f.value, f.measure) == (Decimal(value), "change_abs")


@pytest.mark.parametrize(("body", "kept"), [
    ("Số người chết cao ở huyện A (21 người) và huyện B (17 người); 2 huyện này chiếm 38% toàn tỉnh.",
     ["21 người", "17 người", "38%"]),
    ("Vốn tập trung cho 5 công trình trọng điểm; 5 công trình nói trên đã giải ngân 310 tỷ đồng.",
     ["5 công trình", "310 tỷ đồng"]),
])
def test_a_count_pointing_back_to_a_set_is_no_new_figure(body: str, kept: list[str]) -> None:
    assert tokens(body) == kept


@pytest.mark.parametrize(("body", "kept"), [
    ("Phụ nữ có thai được tiêm phòng uốn ván từ 2 mũi trở lên đạt 94,2%.", ["94,2%"]),
    ("Tỷ lệ trẻ được tiêm từ 3 mũi vắc xin trở lên đạt 97%.", ["97%"]),
])
def test_the_doses_that_define_who_is_counted_are_no_figure(body: str, kept: list[str]) -> None:
    assert tokens(body) == kept


@pytest.mark.parametrize(("body", "token"), [
    ("Năm học này có thêm 4 trường được công nhận đạt chuẩn quốc gia.", "4 trường"),
    ("Ủy ban nhân dân tỉnh xếp hạng thêm 5 di tích cấp tỉnh.", "5 di tích"),
])
def test_places_or_works_added_to_a_stock_are_an_increase(body: str, token: str) -> None:
    f = figures(body)[token]
    assert (f.value > 0, f.measure) == (True, "change_abs")


@pytest.mark.parametrize(("cited", "note", "token"), [
    ("Toàn tỉnh có 96 xã đạt chuẩn nông thôn mới(1).", "(1) Tăng 7 xã so với năm trước.", "7 xã"),
    ("Toàn tỉnh có 96 xã đạt chuẩn nông thôn mới[1].", "[1] Riêng năm nay 11 xã.", "11 xã"),
])
def test_a_note_naming_no_quantity_measures_what_its_marker_follows(cited: str, note: str, token: str) -> None:
    text = "BÁO CÁO\nTình hình kinh tế - xã hội năm 2023\nPhần thứ nhất\n" + cited + "\nGhi chú:\n" + note + "\n"
    found = {text[f.start:f.end]: f for f in extract(text, report_period="2023").figures}
    assert found[token].indicator == found["96 xã"].indicator is not None


@pytest.mark.parametrize("words", ["thu nhập 52 triệu đồng/1 ha canh tác", "hỗ trợ 3 triệu đồng mỗi 1 hộ nghèo"])
def test_the_measures_a_rate_is_counted_per_one_of_come_from_the_vocabulary(words: str) -> None:
    units = tomllib.loads((data_dir("vocabularies") / "extraction.toml").read_text(encoding="utf-8"))["units"]
    rate = next(p for reason, p, _ in vocabulary().non_figures if reason == "rate denominator")
    one = rate.search(words)
    assert one and one.group().split()[-1] in units["per_one"]


# -- what makes a dash a minus: the layout around it, never a dash alone -----------------------------------------------

@pytest.mark.parametrize(("body", "tokens_"), [
    ("Số hộ nghèo theo huyện: huyện Bắc - 320 hộ, huyện Nam - 275 hộ.", ["320 hộ", "275 hộ"]),
    ("Lượt khách đến các điểm: Hồ Xanh - 12.000 người, Núi Đá - 8.500 người.", ["12.000 người", "8.500 người"]),
])
def test_a_dash_spaced_between_a_name_and_its_count_is_a_separator(body: str, tokens_: list[str]) -> None:
    found = figures(body)
    assert [(found[t].value > 0, found[t].measure) for t in tokens_] == [(True, "value")] * len(tokens_)


@pytest.mark.parametrize(("body", "token"), [
    ("Số trường đạt chuẩn hai năm qua lần lượt 52 - 47 trường.", "47 trường"),
    ("Diện tích lúa vụ trước và vụ này lần lượt 1.250 - 1.180 ha.", "1.180 ha"),
])
def test_a_dash_between_two_numbers_is_no_minus_even_when_they_descend(body: str, token: str) -> None:
    f = figures(body)[token]
    assert (f.value > 0, f.measure) == (True, "value")


@pytest.mark.parametrize(("body", "expected"), [
    ("Số vụ vi phạm 120 vụ (- 14 vụ so với cùng kỳ).", {"120 vụ": "120", "14 vụ": "-14"}),
    ("Học viên tốt nghiệp 58 học viên (- 7 học viên); nhập học 73 học viên (+ 9 học viên).",
     {"58 học viên": "58", "7 học viên": "-7", "73 học viên": "73", "9 học viên": "9"}),
])
def test_a_minus_or_plus_and_one_space_after_a_bracket_is_a_sign(body: str, expected: dict[str, str]) -> None:
    found = figures(body)
    assert {t: str(found[t].value) for t in expected} == expected


@pytest.mark.parametrize("body", [
    "Vốn đầu tư năm 2024:\n+ 05 dự án khởi công mới;\n+ 12 dự án chuyển tiếp.",
    "Kết quả khám chữa bệnh:\n+ 3.400 lượt khám ngoại trú;\n+ 820 lượt điều trị nội trú.",
])
def test_a_plus_opening_a_line_is_a_bullet_no_rise(body: str) -> None:
    assert {f.measure for f in figures(body).values()} == {"value"}


# -- a change restated, or its parts listed, only with the evidence that they are the change's ------------------------

@pytest.mark.parametrize(("body", "level"), [
    ("Số người nghiện giảm 35 người (8,1%), 410 người đang được cai nghiện tại cộng đồng.", "410 người"),
    ("Số vụ khiếu nại giảm 14 vụ (11,2%), 96 vụ đã giải quyết xong.", "96 vụ"),
])
def test_a_count_after_a_restated_change_without_its_own_percentage_is_a_level(body: str, level: str) -> None:
    f = figures(body)[level]
    assert (f.value > 0, f.measure) == (True, "value")


@pytest.mark.parametrize(("body", "parts"), [
    ("Cả huyện có 175 nhà văn hóa thôn, thêm mới 9 nhà so với năm trước (trong đó 130 nhà kiên cố, 45 nhà "
     "bán kiên cố).", ["130 nhà", "45 nhà"]),
    ("Xảy ra 31 vụ cháy, giảm 5 vụ so với cùng kỳ (trong đó 20 vụ cháy nhà dân, 11 vụ cháy rừng).",
     ["20 vụ", "11 vụ"]),
])
def test_parts_larger_than_the_change_are_the_levels_parts(body: str, parts: list[str]) -> None:
    found = figures(body)
    assert [(found[t].value > 0, found[t].measure) for t in parts] == [(True, "value")] * len(parts)


@pytest.mark.parametrize(("body", "parts"), [
    ("Ghi nhận 18 vụ tai nạn, tăng 2 vụ so với cùng kỳ năm 2021 (trong đó 12 vụ đường bộ, 6 vụ đường thủy).",
     ["12 vụ", "6 vụ"]),
    ("Cả tỉnh có 95 hợp tác xã, giảm 4 hợp tác xã so với năm 2020 (gồm 60 hợp tác xã nông nghiệp, 35 hợp tác "
     "xã dịch vụ).", ["60 hợp tác xã", "35 hợp tác xã"]),
])
def test_a_year_before_the_bracket_is_not_the_size_the_parts_are_held_to(body: str, parts: list[str]) -> None:
    found = figures(body)
    assert [(found[t].value > 0, found[t].measure) for t in parts] == [(True, "value")] * len(parts)


@pytest.mark.parametrize(("body", "token"), [
    ("Các doanh nghiệp đã tiết giảm 12 triệu kWh điện trong quý.", "12 triệu kWh"),
    ("Nhà máy tiết giảm chi phí vận hành 3,5 tỷ đồng nhờ đổi mới công nghệ.", "3,5 tỷ đồng"),
])
def test_an_amount_saved_is_a_level(body: str, token: str) -> None:
    f = figures(body)[token]
    assert (f.value > 0, f.measure) == (True, "value")


@pytest.mark.parametrize(("body", "expected"), [
    ("Số vụ tai nạn lao động giảm 10%, số người chết 5% và số người bị thương 20%.",
     {"10%": "-10", "5%": "-5", "20%": "-20"}),
    ("So với cùng kỳ, số vụ cháy rừng giảm 7 vụ, số diện tích bị cháy 12 ha, số người bị thương 2 người.",
     {"7 vụ": "-7", "12 ha": "-12", "2 người": "-2"}),
])
def test_items_named_like_the_changed_quantity_share_its_verb(body: str, expected: dict[str, str]) -> None:
    found = figures(body)
    assert {t: str(found[t].value) for t in expected} == expected
    assert all(found[t].measure.startswith("change") for t in expected)


@pytest.mark.parametrize(("body", "token"), [
    ("Tỷ lệ hộ nghèo giảm 1,2%, tỷ lệ hộ cận nghèo 3,4%.", "3,4%"),  # a rate named alike may be a level
    ("Số vụ tai nạn giảm 3 vụ, số người chết 12 người.", "12 người"),  # a count, nothing compared with named
])
def test_items_named_alike_without_the_evidence_stay_levels(body: str, token: str) -> None:
    f = figures(body)[token]
    assert (f.value > 0, f.measure) == (True, "value")


@pytest.mark.parametrize(("body", "token"), [
    ("Số vụ cháy giảm 4 vụ, số người bị thương 30 người. So với cùng kỳ năm trước, thiệt hại tài sản ít hơn.",
     "30 người"),
    ("Số ca sốt xuất huyết giảm 15 ca, số ca nặng 8 ca. So với năm trước, công tác phòng dịch tốt hơn.", "8 ca"),
])
def test_a_comparison_in_the_next_sentence_gives_an_item_named_alike_no_change(body: str, token: str) -> None:
    f = figures(body)[token]
    assert (f.value > 0, f.measure) == (True, "value")


@pytest.mark.parametrize(("body", "token", "value", "value_max"), [
    ("Thương lái giảm giá thu mua cà phê từ 2.000 – 3.000 đồng/kg so với tháng trước.", "2.000 – 3.000 đồng/kg",
     "-2000", "-3000"),
    ("Các cửa hàng tăng giá bán xăng 500 đồng/lít so với kỳ điều chỉnh trước.", "500 đồng/lít", "500", None),
])
def test_a_price_raised_or_lowered_by_an_amount_per_unit_is_a_change(body: str, token: str, value: str,
                                                                      value_max: str | None) -> None:
    f = figures(body)[token]
    assert (str(f.value), f.measure) == (value, "change_abs")
    assert (str(f.value_max) if f.value_max is not None else None) == value_max


@pytest.mark.parametrize(("body", "token"), [
    ("Số vụ trộm cắp giảm ở 6/9 huyện, thị xã.", "6/9"),
    ("Số ca mắc bệnh tay chân miệng tăng tại 12 xã, phường.", "12 xã, phường"),
])
def test_the_places_where_a_change_happened_are_counted_not_changed(body: str, token: str) -> None:
    f = next(f for t, f in figures(body).items() if t.startswith(token))
    assert (f.value > 0, f.measure) == (True, "value")


def test_a_change_at_a_level_named_with_o_muc_stays_a_change() -> None:
    f = figures("Chỉ số giá tiêu dùng bình quân tăng ở mức 3,2%.")["3,2%"]
    assert (str(f.value), f.measure) == ("3.2", "change_pct")


@pytest.mark.parametrize(("body", "token", "value"), [
    ("Tai nạn lao động so với cùng kỳ: –2 vụ, số người bị thương tăng 3 người.", "2 vụ", "-2"),
    ("Chỉ tiêu\tNăm 2022\tNăm 2023\tTăng, giảm\nSố vụ cháy (vụ)\t45\t38\t–7 vụ\n", "7 vụ", "-7"),
])
def test_an_en_dash_glued_to_the_digits_after_a_colon_or_a_cell_boundary_is_a_minus(body: str, token: str,
                                                                                    value: str) -> None:
    assert str(figures(body, period="2023")[token].value) == value


def test_an_en_dash_joining_two_years_or_a_name_and_a_count_is_no_minus() -> None:
    found = figures("Niên vụ 2022 – 2023 đạt 4.820 ha; huyện Đông – 12 vụ.")
    assert [f.value > 0 for f in found.values()] == [True, True]


@pytest.mark.parametrize("body", [
    "Cơ cấu kinh tế ba khu vực tương ứng 9,1 - 58,2 - 32,7%.",
    "Đóng góp vào mức tăng trưởng chung, ba khu vực lần lượt đóng góp 0,5 - 3,2 - 2,1 điểm phần trăm.",
])
def test_three_numbers_joined_by_dashes_are_a_list_no_range_and_no_minus(body: str) -> None:
    found = figures(body)
    assert len(found) == 3
    assert all(f.value > 0 and f.value_max is None for f in found.values())


@pytest.mark.parametrize(("body", "token", "value"), [
    ("Chỉ tiêu Năm 2022 Năm 2023 Tăng, giảm\nSố vụ tai nạn 45 38 -7\n", "7", "-7"),
    ("Chỉ tiêu Cùng kỳ Kỳ này So sánh\nSố hộ tái nghèo 112 96 -16\n", "16", "-16"),
])
def test_a_minus_glued_to_its_digits_after_a_number_and_a_space_is_a_sign(body: str, token: str, value: str) -> None:
    assert str(figures(body, period="2023")[token].value) == value
