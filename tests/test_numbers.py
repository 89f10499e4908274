"""Vietnamese number notation: thousands and decimal marks, slips, compound money."""

from __future__ import annotations

from decimal import Decimal

import pytest

from provkg.core.numbers import compound_amount, parse_number


@pytest.mark.parametrize(
    ("token", "value"),
    [
        ("5.335,4", "5335.4"),
        ("122.010", "122010"),
        ("4.480.360", "4480360"),
        ("0,54", "0.54"),
        ("2.974,260", "2974.260"),
        ("03", "3"),
        ("17492", "17492"),
        ("174,772", "174.772"),
    ],
)
def test_vietnamese_marks(token: str, value: str) -> None:
    parsed = parse_number(token)
    assert parsed.value == Decimal(value)
    assert parsed.ambiguous is None


def test_dot_not_followed_by_three_digits_is_flagged() -> None:
    parsed = parse_number("646.2")
    assert parsed.value == Decimal("646.2")
    assert parsed.ambiguous and "646.2" in parsed.ambiguous


def test_english_thousands_commas_are_flagged() -> None:
    parsed = parse_number("1,234,567")
    assert parsed.value == Decimal("1234567")
    assert parsed.ambiguous


def test_not_a_number() -> None:
    with pytest.raises(ValueError):
        parse_number("12a")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("5.595 tỷ 300 triệu đồng, đạt", "5595.300", "tỷ đồng"),
        ("296 tỷ 050 triệu đồng", "296.050", "tỷ đồng"),
        ("12 triệu 500 nghìn đồng", "12.500", "triệu đồng"),
        ("7 tỷ 5 triệu", "7.005", "tỷ"),
    ],
)
def test_compound_money(text: str, value: str, unit: str) -> None:
    head = text.split()[0]
    found = compound_amount(text, len(head), parse_number(head).value)
    assert found is not None
    assert found.value == Decimal(value)
    assert found.unit_text == unit
    # The figure ends after the currency when it is written, else after the second scale word.
    assert text[:found.end].endswith("đồng" if "đồng" in unit else ("triệu", "nghìn"))


def test_no_compound_without_second_scale() -> None:
    assert compound_amount("18.171 tỷ đồng", 6, Decimal(18171)) is None
