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
