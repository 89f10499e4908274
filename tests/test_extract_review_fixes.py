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
