"""Report headers of our own making: number, date, province and period are read; a missing one is an error."""

from __future__ import annotations

import pytest

from provkg.core.errors import InputError
from provkg.core.text import normalise
from provkg.read.header import read_header, report_from_header

PROVINCES = {"lai-chau": "Lai Châu", "son-la": "Sơn La", "ha-noi": "Hà Nội"}


def header_text(title: str, number: str = "Số: 145/BC-UBND", place: str = "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU") -> str:
    return normalise(
        f"{place}\n{number}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nLai Châu, ngày 12 tháng 10 năm 2021\n\n"
        f"BÁO CÁO\n{title}\n\nI. Về kinh tế: tổng sản phẩm năm 2019 đạt 100 tỷ đồng.\n"
    )


@pytest.mark.parametrize(
    ("title", "period"),
    [
        ("Tình hình kinh tế - xã hội 6 tháng đầu năm 2021", "2021-H1"),
        ("Tình hình kinh tế - xã hội 9 tháng năm 2021; nhiệm vụ quý IV", "2021-9M"),
        ("Kết quả thực hiện nhiệm vụ quý III năm 2021", "2021-Q3"),
        ("Tình hình thực hiện kế hoạch năm 2021, phương hướng năm 2022", "2021"),
        ("Tình hình 6 tháng đầu năm; nhiệm vụ 6 tháng cuối năm 2021", "2021-H1"),
    ],
)
def test_periods_from_titles(title: str, period: str) -> None:
    header = read_header(header_text(title), PROVINCES)
    assert (header.period, header.number, header.province) == (period, "145/BC-UBND", "lai-chau")
    assert header.issued.isoformat() == "2021-10-12"


def test_report_row() -> None:
    text = header_text("Tình hình kinh tế - xã hội 6 tháng đầu năm 2021")
    report = report_from_header(read_header(text, PROVINCES), text, "lc.txt")
    assert report.report_id == "lai-chau-2021-H1-145" and report.issuer == "UBND tỉnh Lai Châu"
    assert report.text_length == len(text)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"number": "Kính gửi: các sở"}, "no document number"),
        ({"place": "ỦY BAN NHÂN DÂN\nTỈNH ATLANTIS"}, "no province named"),
        ({"title": "Tình hình kinh tế - xã hội"}, "cannot tell the report period"),
    ],
)
def test_missing_header_fields(kwargs: dict[str, str], message: str) -> None:
    text = header_text(kwargs.pop("title", "Tình hình kinh tế"), **kwargs)
    if message == "cannot tell the report period":
        text = text.replace("năm 2019", "vừa qua")
    with pytest.raises(InputError, match=message):
        read_header(text, PROVINCES)
