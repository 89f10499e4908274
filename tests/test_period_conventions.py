"""The period conventions settled in the seventh session (docs/annotation-guide.md 3.4): year-to-date flows, crop
seasons, stocks at a year's end and herds. Sentences written for these tests, two phrasings of each family."""

from __future__ import annotations

import pytest

from provkg.core.model import Figure
from provkg.core.periods import previous_year, with_year, year_to_date
from provkg.extract.extractor import extract

HEADER = "BÁO CÁO\nTình hình kinh tế - xã hội {title}\nPhần thứ nhất\n"
TITLES = {"2023-H1": "6 tháng đầu năm 2023", "2023-9M": "9 tháng năm 2023", "2023-Q1": "quý I năm 2023",
          "2023": "năm 2023", "2023-04": "tháng 4 năm 2023", "2023-05": "tháng 5 năm 2023"}


def figure_of(body: str, token: str, report_period: str) -> Figure:
    text = HEADER.format(title=TITLES[report_period]) + body + "\n"
    result = extract(text, report_period=report_period)
    for f in result.figures:
        if text[f.start:].startswith(token):
            return f
    raise AssertionError(f"{token!r} not found among {[text[f.start:f.end] for f in result.figures]}")


@pytest.mark.parametrize(("day", "expected"), [
    ("2023-06-30", "2023-H1"), ("2023-09-30", "2023-9M"), ("2023-11-30", "2023-11M"), ("2023-03-31", "2023-Q1"),
    ("2024-02-29", "2024-2M"), ("2023-12-31", "2023"),
    # a day closing no month, or closing January (a year's plan drawn after its year), stays the day
    ("2023-09-20", "2023-09-20"), ("2024-01-31", "2024-01-31"), ("2023-9M", "2023-9M"),
])
def test_the_span_from_the_start_of_the_year_to_a_day(day: str, expected: str) -> None:
    assert year_to_date(day) == expected


@pytest.mark.parametrize(("moved", "expected"), [
    (with_year("2024-02-29", 2021), "2021-02-28"), (previous_year("2028-02-29"), "2027-02-28"),
    (with_year("2024-02-29", 2020), "2020-02-29"), (with_year("2023-H1", 2021), "2021-H1"),
])
def test_a_day_moved_to_a_year_that_lacks_it_falls_back_to_the_months_last_day(moved: str, expected: str) -> None:
    assert moved == expected


@pytest.mark.parametrize(("body", "token", "year"), [
    ("Tính đến ngày 29/02/2024, toàn tỉnh có 4.150 hộ dùng điện mặt trời (năm 2022 là 3.870 hộ).", "3.870 hộ", "2022"),
    ("Đến ngày 29/02/2024, số thẻ bảo hiểm y tế đạt 612.300 thẻ (năm 2023 là 598.100 thẻ).", "598.100 thẻ", "2023"),
])
def test_an_earlier_years_level_beside_a_leap_day_is_dated_in_its_year(body: str, token: str, year: str) -> None:
    text = "BÁO CÁO\nTình hình kinh tế - xã hội tháng 2 năm 2024\nPhần thứ nhất\n" + body + "\n"
    found = {text[f.start:f.end]: f for f in extract(text, report_period="2024-02").figures}
    assert found[token].period.startswith(year)


# --- year-to-date flows ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("body", "token", "report", "expected"), [
    # a flow run up from 1 January to a day that closes a period: that span, and still a running total
    ("Đến ngày 30/9/2023, toàn tỉnh đã giải ngân 3.140 tỷ đồng vốn đầu tư công, đạt 61,5% kế hoạch.", "3.140",
     "2023-9M", ("2023-9M", True)),
    ("Đến ngày 30/9/2023, toàn tỉnh đã giải ngân 3.140 tỷ đồng vốn đầu tư công, đạt 61,5% kế hoạch.", "61,5%",
     "2023-9M", ("2023-9M", True)),
    ("Tổng thu ngân sách nhà nước trên địa bàn tính đến hết ngày 31/8 đạt 7.260 tỷ đồng.", "7.260", "2023-9M",
     ("2023-8M", True)),
    ("Tính đến ngày 31/3, vốn đầu tư công giải ngân được 505 tỷ đồng, bằng 10,2% kế hoạch.", "505", "2023-Q1",
     ("2023-Q1", True)),
    # ... the whole year at 31 December, no longer a running total
    ("Đến ngày 31/12/2023, tỉnh đã giải ngân 6.830 tỷ đồng vốn đầu tư công, đạt 88% kế hoạch.", "6.830", "2023",
     ("2023", False)),
    ("Tính đến 31/12/2023, tổng chi ngân sách địa phương đạt 14.900 tỷ đồng.", "14.900", "2023", ("2023", False)),
])
def test_a_flow_from_the_start_of_the_year_to_a_day_closing_a_period(
    body: str, token: str, report: str, expected: tuple[str, bool]
) -> None:
    found = figure_of(body, token, report)
    assert (found.period, found.cumulative) == expected


@pytest.mark.parametrize(("body", "token", "report", "expected"), [
    # up to another day: the day
    ("Đến ngày 20/9, toàn tỉnh giải ngân 2.870 tỷ đồng vốn đầu tư công.", "2.870", "2023-9M", "2023-09-20"),
    ("Tổng chi ngân sách địa phương tính đến ngày 15/12/2023 đạt 9.410 tỷ đồng.", "9.410", "2023", "2023-12-15"),
])
def test_a_flow_from_the_start_of_the_year_to_another_day(body: str, token: str, report: str, expected: str) -> None:
    found = figure_of(body, token, report)
    assert (found.period, found.cumulative) == (expected, True)


@pytest.mark.parametrize(("body", "token", "report", "expected"), [
    # capital drawn with no day named, in a quarter's or a month's report: the span from 1 January to its end
    ("Trong quý, các chủ đầu tư giải ngân 730 tỷ đồng vốn đầu tư công, bằng 11,8% kế hoạch.", "730", "2023-Q1",
     "2023-Q1"),
    ("Lũy kế từ đầu năm, vốn đầu tư công giải ngân 970 tỷ đồng, bằng 14,6% kế hoạch năm.", "970", "2023-04",
     "2023-4M"),
])
def test_capital_drawn_with_no_day_is_of_the_span_to_the_reports_end(
    body: str, token: str, report: str, expected: str
) -> None:
    found = figure_of(body, token, report)
    assert (found.period, found.cumulative) == (expected, True)


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a sowing's progress, a total since a work started and a stock stay levels at their day
    ("Tính đến ngày 30/6, toàn tỉnh đã gieo cấy 18.200 ha lúa Hè Thu.", "18.200", "2023-06-30"),
    ("Đường ven biển phía Nam, tổng mức đầu tư 2.400 tỷ đồng: lũy kế giải ngân 1.310 tỷ đồng.", "1.310",
     "2023-06-30"),
    ("Đến 30/6/2023, toàn tỉnh có 9.120 doanh nghiệp đang hoạt động.", "9.120", "2023-06-30"),
])
def test_what_is_not_a_flow_from_the_start_of_the_year_keeps_its_day(body: str, token: str, expected: str) -> None:
    assert figure_of(body, token, "2023-H1").period == expected


@pytest.mark.parametrize(("body", "token", "report", "expected"), [
    # a share of the year's plan to reach by a day closing a period is of that span
    ("Quý I đã giải ngân 9% kế hoạch.\nII. NHIỆM VỤ QUÝ II\n3. Phấn đấu đến ngày 30/6/2023 giải ngân đạt trên 40% "
     "kế hoạch vốn.", "40%", "2023-Q1", "2023-H1"),
    ("GRDP 9 tháng tăng 6%.\nII. NHIỆM VỤ 3 THÁNG CUỐI NĂM\n4. Phấn đấu đến hết ngày 31/12/2023 tỷ lệ giải ngân "
     "đạt trên 93% kế hoạch.", "93%", "2023-9M", "2023"),
])
def test_a_share_of_the_plan_to_draw_by_a_day_closing_a_period(
    body: str, token: str, report: str, expected: str
) -> None:
    found = figure_of(body, token, report)
    assert (found.period, found.status) == (expected, "target")


@pytest.mark.parametrize(("body", "token"), [
    # the same share a year earlier, quoted beside the flow, is of the same span a year earlier
    ("Đến ngày 30/6/2023 giải ngân vốn đầu tư công 1.200 tỷ đồng, đạt 25,1% kế hoạch, cao hơn cùng kỳ năm trước "
     "(19,5%).", "19,5%"),
    ("Tính đến 30/6/2023, vốn đầu tư công giải ngân 980 tỷ đồng, bằng 21% kế hoạch, thấp hơn cùng kỳ năm 2022 "
     "(27,4%).", "27,4%"),
])
def test_the_same_span_a_year_earlier(body: str, token: str) -> None:
    assert figure_of(body, token, "2023-H1").period == "2022-H1"


# --- crop seasons ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("body", "token", "report", "expected"), [
    # the winter-spring season is of its crop year though the text writes no years: the one reaped in the
    # report's year
    ("Lúa vụ Đông Xuân đạt năng suất 63,4 tạ/ha, tăng 1,1 tạ/ha so với vụ trước.", "63,4", "2023-H1", "2022/2023"),
    ("Vụ Đông Xuân được mùa: toàn tỉnh gieo cấy 41.200 ha lúa xuân, giảm 350 ha; năng suất bình quân đạt 66,5 tạ/ha.",
     "66,5", "2023-9M", "2022/2023"),
    ("Vụ Đông Xuân được mùa: toàn tỉnh gieo cấy 41.200 ha lúa xuân, giảm 350 ha; năng suất bình quân đạt 66,5 tạ/ha.",
     "350", "2023-9M", "2022/2023"),
])
def test_the_winter_spring_season_is_of_its_crop_year(body: str, token: str, report: str, expected: str) -> None:
    assert figure_of(body, token, report).period == expected


def test_a_change_of_the_winter_spring_season_against_the_season_before() -> None:
    found = figure_of("Lúa vụ Đông Xuân đạt năng suất 63,4 tạ/ha, tăng 1,1 tạ/ha so với vụ trước.", "1,1", "2023-H1")
    assert (found.period, found.comparison_period) == ("2022/2023", "2021/2022")


@pytest.mark.parametrize(("body", "token", "report", "expected"), [
    # a season within one calendar year is of that year, over the clauses of a sentence it opens (after a label too)
    ("a) Trồng trọt: Vụ Xuân 2023 toàn tỉnh gieo trồng 52.400 ha, đạt 100,2% kế hoạch; sản lượng lương thực có hạt "
     "ước 21,3 vạn tấn.", "21,3", "2023-9M", "2023"),
    ("Vụ Mùa ước gieo cấy 31.800 ha, đạt 98,7% kế hoạch; năng suất lúa ước 52,1 tạ/ha.", "52,1", "2023-9M", "2023"),
    # ... and so are the spring crops of the north
    ("Diện tích lúa xuân đạt 24.300 ha, năng suất ước 59,1 tạ/ha.", "59,1", "2023-H1", "2023"),
    ("Sản lượng lúa đạt 140.600 tấn; ngô xuân gieo trồng 7.900 ha, năng suất 46,3 tạ/ha.", "7.900", "2023-H1", "2023"),
    # ... the north's winter crop, sown and reaped in the autumn and winter of one year, even written with two years
    ("b) Vụ đông 2022 - 2023: các địa phương trồng được 16.750 ha ngô và rau các loại; sản lượng đạt 318.000 tấn.",
     "318.000", "2023", "2022"),
    ("Cây vụ Đông 2022-2023 trồng được 27.300 ha, đạt 96% kế hoạch.", "27.300", "2023", "2022"),
])
def test_a_season_within_one_calendar_year_is_of_that_year(body: str, token: str, report: str, expected: str) -> None:
    assert figure_of(body, token, report).period == expected


@pytest.mark.parametrize(("body", "token"), [
    # a plan for the north's winter crop, written with two years, is for the year it is sown in
    ("GRDP năm 2023 tăng 6,1%.\nII. NHIỆM VỤ NĂM 2024\n- Vụ đông 2024 - 2025 gieo trồng 21.500 ha.", "21.500"),
    ("GRDP năm 2023 tăng 6,1%.\nII. NHIỆM VỤ NĂM 2024\n- Phấn đấu cây vụ Đông 2024-2025 đạt 30.000 ha.", "30.000"),
])
def test_a_plan_for_the_winter_crop_of_the_north(body: str, token: str) -> None:
    assert figure_of(body, token, "2023").period == "2024"


@pytest.mark.parametrize(("body", "token"), [
    # ... and so is one for the season sown in the report's own year, named with its years in the tasks part
    ("GRDP năm 2023 tăng 6,1%.\nII. NHIỆM VỤ NĂM 2024\n- Sản lượng lúa 520.000 tấn; vụ đông 2023 - 2024 gieo trồng "
     "21.500 ha.", "21.500"),
    ("GRDP năm 2023 tăng 6,1%.\nII. NHIỆM VỤ NĂM 2024\n- Hoàn thành trồng cây vụ Đông 2023-2024 với 30.000 ha.",
     "30.000"),
])
def test_a_plan_for_the_winter_crop_sown_in_the_reports_year(body: str, token: str) -> None:
    assert figure_of(body, token, "2023").period == "2023"


# --- stocks at a year's end, herds ----------------------------------------------------------------------------

_TASKS_NEXT_YEAR = "GRDP năm 2023 tăng 6,1%.\nII. NHIỆM VỤ NĂM 2024\n"


@pytest.mark.parametrize(("body", "token"), [
    # a herd's target is a stock at the end of the year it is set for
    (_TASKS_NEXT_YEAR + "- Đàn trâu 28.000 con, đàn gia cầm 9,5 triệu con; đàn lợn đạt 310.000 con.", "9,5 triệu"),
    (_TASKS_NEXT_YEAR + "- Phấn đấu tổng đàn trâu, bò 52.000 con; sản lượng thịt hơi 141.000 tấn.", "52.000"),
])
def test_a_herds_target_is_at_the_end_of_its_year(body: str, token: str) -> None:
    found = figure_of(body, token, "2023")
    assert (found.period, found.status) == ("2024-12-31", "target")


@pytest.mark.parametrize(("body", "token", "report", "expected"), [
    # a herd stated without a day is counted at the end of the report's period, a yearly report's too
    ("b) Chăn nuôi: Đàn bò ước 42.100 con (+3,1%); đàn lợn 281.000 con, giảm 2,4%.", "281.000", "2023", "2023-12-31"),
    ("Tổng đàn gia cầm ước 6,2 triệu con, tăng 4,1% so với cùng thời điểm năm trước.", "6,2", "2023-9M",
     "2023-09-30"),
])
def test_a_herd_is_a_stock(body: str, token: str, report: str, expected: str) -> None:
    assert figure_of(body, token, report).period == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # "đến năm 2025" said of a level: the level at the end of that year
    ("Phấn đấu đến năm 2025 tỷ lệ che phủ rừng đạt 42%.", "42%", "2025-12-31"),
    ("Đến năm 2025, toàn tỉnh có 95 xã đạt chuẩn nông thôn mới.", "95", "2025-12-31"),
    # ... said of a flow: that year
    ("Phấn đấu đến năm 2025 thu ngân sách nhà nước trên địa bàn đạt 15.000 tỷ đồng.", "15.000", "2025"),
    ("Mục tiêu đến năm 2026, tổng kim ngạch xuất khẩu đạt 2.400 triệu USD.", "2.400", "2026"),
])
def test_up_to_a_later_year(body: str, token: str, expected: str) -> None:
    assert figure_of(body, token, "2023").period == expected


_DRAWN_TO_JUNE_END = "Đến ngày 30/6, toàn tỉnh giải ngân 1.020 tỷ đồng vốn đầu tư công, đạt 24% kế hoạch. "


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a work's capital drawn, after another work's progress in its sentence, is drawn since 1 January ...
    (_DRAWN_TO_JUNE_END + "Cầu Bến Đá đã thi công được 45% khối lượng; tuyến đường ven sông giải ngân 62% kế hoạch vốn "
     "năm.", "62%", "2023-H1"),
    (_DRAWN_TO_JUNE_END + "Hồ chứa Suối Cát đạt 70% khối lượng; kè sông Trà giải ngân được 38,5% kế hoạch vốn.",
     "38,5%", "2023-H1"),
    # ... while a share of a work done stays its progress at the day
    (_DRAWN_TO_JUNE_END + "Cầu Phú Lâm hoàn thành 58% khối lượng; việc thu hồi đất cho cụm công nghiệp Đông Sơn đạt "
     "91% diện tích.", "91%", "2023-06-30"),
])
def test_capital_drawn_after_a_works_progress(body: str, token: str, expected: str) -> None:
    assert figure_of(body, token, "2023-H1").period == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # "lũy kế" before a year's budget or capital drawn against a year's plan: still a flow from 1 January
    ("Lũy kế đến 30/9/2023, giải ngân vốn đầu tư công ước đạt 2.410 tỷ đồng, bằng 58% kế hoạch.", "2.410", "2023-9M"),
    ("Lũy kế đến hết ngày 31/8, tổng thu ngân sách nhà nước trên địa bàn đạt 6.050 tỷ đồng.", "6.050", "2023-8M"),
    # registrations counted up to a day closing a period are of that span ...
    ("Đến 30/6/2023, toàn tỉnh cấp mới 96 dự án đầu tư với tổng vốn đăng ký gần 18.000 tỷ đồng.", "18.000",
     "2023-H1"),
    ("Tính đến ngày 30/6/2023, toàn tỉnh có 640 doanh nghiệp đăng ký thành lập mới, tăng 8% so với cùng kỳ.", "640",
     "2023-H1"),
    ("Tính đến 30/9/2023, vốn đầu tư trực tiếp nước ngoài (FDI) đăng ký đạt 520 triệu USD.", "520", "2023-9M"),
    # ... those of all registered so far are a stock at the day
    ("Lũy kế đến 30/6/2023, trên địa bàn tỉnh có 54 dự án FDI còn hiệu lực, tổng vốn đăng ký đạt 3.870 triệu USD.",
     "3.870", "2023-06-30"),
    ("Đến 30/6/2023, tỉnh hiện có 203 dự án FDI còn hiệu lực, vốn đầu tư đăng ký khoảng 5,4 tỷ USD.", "5,4",
     "2023-06-30"),
])
def test_running_totals_and_stocks_of_registrations(body: str, token: str, expected: str) -> None:
    assert figure_of(body, token, "2023-H1" if expected.endswith(("H1", "06-30")) else "2023-9M").period == expected


@pytest.mark.parametrize(("body", "token", "report", "expected"), [
    # the share drawn by the same day a year earlier ("cùng kỳ đạt ...") is of the same span a year earlier
    ("Đến ngày 30/6/2023, giải ngân vốn đầu tư công đạt 1.200 tỷ đồng, bằng 25,1% kế hoạch (cùng kỳ đạt 30,2%).",
     "30,2%", "2023-H1", "2022-H1"),
    ("Giải ngân vốn đầu tư công tính đến thời điểm 30/9/2023 đạt 2.950 tỷ đồng, bằng 52,3% kế hoạch, cùng kỳ năm trước "
     "đạt 55,1%.", "55,1%", "2023-9M", "2022-9M"),
])
def test_the_share_drawn_a_year_earlier(body: str, token: str, report: str, expected: str) -> None:
    assert figure_of(body, token, report).period == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # the year written with the winter-spring season is the year it is reaped in: its crop year
    ("Vụ Đông Xuân năm 2023, toàn tỉnh gieo cấy 41.000 ha lúa, năng suất đạt 68,1 tạ/ha.", "41.000", "2022/2023"),
    ("Sản xuất vụ Đông Xuân năm 2023 thắng lợi với 39.800 ha lúa được thu hoạch.", "39.800", "2022/2023"),
    # a season a sentence's label names governs the clauses after it
    ("Cây trồng vụ Hè Thu: lúa gieo cấy 35.200 ha, ngô 4.100 ha; năng suất lúa ước 55 tạ/ha.", "55", "2023"),
    ("Kết quả vụ Mùa: gieo cấy 28.600 ha lúa; năng suất bình quân ước đạt 54,3 tạ/ha.", "54,3", "2023"),
])
def test_the_year_and_the_label_of_a_season(body: str, token: str, expected: str) -> None:
    assert figure_of(body, token, "2023-9M").period == expected


@pytest.mark.parametrize(("body", "token", "report", "expected"), [
    # a level to reach by the end of a year, a target's included: that year's last day ...
    ("Phấn đấu đến cuối năm 2023 có thêm 8 xã đạt chuẩn nông thôn mới, nâng tổng số lên 102 xã.", "102", "2023-9M",
     "2023-12-31"),
    ("Mục tiêu đến hết năm 2023, tỷ lệ hộ nghèo giảm còn 2,5%.", "2,5%", "2023-9M", "2023-12-31"),
    # ... a flow up to the end of the year, the year; up to a day closing a period, the span (forest planted)
    ("Đến cuối năm 2023, toàn tỉnh trồng được 5.200 ha rừng tập trung.", "5.200", "2023", "2023"),
    ("Đến ngày 30/9, toàn tỉnh trồng được 4.300 ha rừng tập trung, đạt 86% kế hoạch năm.", "4.300", "2023-9M",
     "2023-9M"),
])
def test_to_the_end_of_a_year(body: str, token: str, report: str, expected: str) -> None:
    assert figure_of(body, token, report).period == expected


@pytest.mark.parametrize(("body", "token", "report", "expected"), [
    # the year of a season compared with is not the figure's own year
    ("Lúa mùa cấy 37.600 ha, năng suất bình quân 57,3 tạ/ha, tăng 0,7 tạ/ha so với vụ mùa năm 2022, cho sản lượng "
     "215.400 tấn.", "215.400", "2023", "2023"),
    ("Lúa vụ Xuân cho năng suất 60,8 tạ/ha, nhích 0,3 tạ/ha so với vụ Xuân năm 2022; tổng sản lượng 198.700 tấn.",
     "198.700", "2023", "2023"),
    # a dry season names the weather, not the period of the fires and the offences counted after it
    ("Mùa khô 2022-2023 diễn biến phức tạp, nắng nóng gay gắt. Lực lượng kiểm lâm phát hiện 36 vụ vi phạm.", "36",
     "2023-9M", "2023-9M"),
    ("Xây dựng phương án phòng cháy rừng mùa khô 2023-2024, giữ tỷ lệ che phủ rừng 16,2%.", "16,2%", "2023-9M",
     "2023-09-30"),
    # the share drawn by the same day of a year the text names
    ("Giải ngân đến ngày 20/9/2023 đạt 318 tỷ đồng, bằng 52% kế hoạch (cùng kỳ năm 2022 đạt 48,6%).", "48,6%",
     "2023-9M", "2022-09-20"),
    ("Đến 30/9/2023, giải ngân vốn đầu tư công đạt 1.900 tỷ đồng, bằng 61% kế hoạch, cùng kỳ năm 2022 là 57,2%.",
     "57,2%", "2023-9M", "2022-9M"),
])
def test_seasons_and_years_that_are_not_the_figures(body: str, token: str, report: str, expected: str) -> None:
    assert figure_of(body, token, report).period == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a season the figure's own words name after it ...
    ("Nắng hạn kéo dài gây thiệt hại 438 ha lúa cuối vụ Đông Xuân ở các xã ven biển.", "438", "2022/2023"),
    ("Toàn tỉnh thu hoạch 5.000 tấn lúa Hè Thu, giá bán ổn định.", "5.000", "2023"),
    # ... not one a cause names
    ("Ngành nông nghiệp tăng trưởng 3,4%, góp 0,57 điểm phần trăm vào mức tăng chung, chủ yếu nhờ lúa Đông Xuân "
     "được mùa.", "0,57", "2023-9M"),
])
def test_a_season_named_after_the_figure(body: str, token: str, expected: str) -> None:
    assert figure_of(body, token, "2023-9M").period == expected


@pytest.mark.parametrize(("body", "report", "expected"), [
    # a season's plan achievement is measured against that season's plan
    ("Vụ đông 2022 - 2023, nông dân trồng 14.820 ha cây màu các loại, đạt 97,5% kế hoạch.", "2023",
     ("2022", "2022")),
    ("Vụ Đông Xuân 2022-2023 gieo cấy 41.300 ha lúa, đạt 99,1% kế hoạch.", "2023-H1", ("2022/2023", "2022/2023")),
])
def test_the_plan_of_a_season(body: str, report: str, expected: tuple[str, str]) -> None:
    found = figure_of(body, body.split("đạt ")[-1].split("%")[0] + "%", report)
    assert (found.period, found.comparison_period) == expected
