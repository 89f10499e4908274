"""Standard abbreviations of a genre name its quantities as the words they stand for do: a traffic-safety report
writes "TNGT" for "tai nạn giao thông" after the first mention (curation, eleventh session). Sentences written for
these tests, two phrasings each."""

from __future__ import annotations

import pytest

from test_reference_concepts import indicator_at


@pytest.mark.parametrize(("body", "token", "expected"), [
    ("Trong quý, toàn tỉnh xảy ra 37 vụ TNGT, làm chết 21 người, bị thương 18 người.", "37", "traffic-accidents"),
    ("Số vụ TNGT trên địa bàn huyện là 12 vụ.", "12", "traffic-accidents"),
    ("TNGT đường bộ xảy ra 58 vụ, giảm 4 vụ so với năm trước.", "58", "road-traffic-accidents"),
    ("Riêng TNGT đường bộ có 19 vụ trong tháng.", "19", "road-traffic-accidents"),
    ("TNGT đường thủy xảy ra 3 vụ, tăng 1 vụ.", "3", "waterway-traffic-accidents"),
    ("Về TNGT đường thủy, trong năm có 6 vụ.", "6", "waterway-traffic-accidents"),
    ("Số người chết do TNGT là 44 người.", "44", "traffic-accident-deaths"),
    ("Có 27 người bị thương do TNGT trong quý.", "27", "traffic-accident-injured"),
])
def test_an_abbreviated_traffic_accident_names_its_concept(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected
