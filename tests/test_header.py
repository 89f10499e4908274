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
        # a department's school-year report, its years written in any of the genre's ways
        ("Tổng kết năm học 2020-21, phương hướng nhiệm vụ năm học 2021-22", "2020/2021"),
        ("Kết quả thực hiện nhiệm vụ năm học 2020 – 2021 của ngành giáo dục", "2020/2021"),
        ("Sơ kết học kỳ I năm học 2021/2022", "2021/2022"),
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
    ("title", "period"),
    [
        # a yearly release also names its last quarter; the widest period is the report's
        ("Tình hình kinh tế - xã hội quý IV và năm 2023", "2023"),
        ("Tình hình kinh tế - xã hội tháng 12 và cả năm 2022", "2022"),
        # a month and the months since January: the year-to-date period
        ("Tình hình kinh tế - xã hội tháng 8 và 8 tháng năm 2024", "2024-8M"),
        ("Tình hình kinh tế - xã hội tháng Bảy và bảy tháng đầu năm 2021", "2021-7M"),
        ("Tình hình kinh tế - xã hội tháng Ba và quý I năm 2024", "2024-Q1"),
        # a school year, then the next one's tasks
        ("Tổng kết năm học 2022-2023, phương hướng nhiệm vụ năm học 2023-2024", "2022/2023"),
        ("Báo cáo tổng kết năm học 2020 - 2021", "2020/2021"),
        # the plan of the next year after the results
        ("Kết quả thực hiện kế hoạch năm 2019 và kế hoạch năm 2020", "2019"),
    ],
)
def test_the_widest_period_reported_wins(title: str, period: str) -> None:
    assert read_header(header_text(title), PROVINCES).period == period


def test_a_release_without_document_number_is_read_with_a_warning() -> None:
    text = normalise("CỤC THỐNG KÊ TỈNH SƠN LA\nSơn La, ngày 29 tháng 3 năm 2024\n\nTHÔNG CÁO BÁO CHÍ\n"
                     "Tình hình kinh tế - xã hội quý I năm 2024\n\nTổng sản phẩm tăng 6,1%.\n")
    header = read_header(text, PROVINCES)
    assert (header.number, header.province, header.period) == (None, "son-la", "2024-Q1")
    assert header.issuer == "CỤC THỐNG KÊ TỈNH SƠN LA"
    assert any("no document number" in w for w in header.warnings)
    report = report_from_header(header, text, "sl.txt")
    assert report.report_id == f"son-la-2024-Q1-{report.text_sha256[:8]}" and report.number == ""


@pytest.mark.parametrize(
    ("headline", "period"),
    [
        ("Kinh tế Lai Châu năm 2022 tăng trưởng hơn 7%, vượt kế hoạch đề ra", "2022"),
        ("Sáu tháng đầu năm 2023, tổng sản phẩm của Sơn La tăng 5,2%", "2023-H1"),
        # the headline without its year: the first paragraph gives it
        ("Sơn La: kinh tế 9 tháng tăng trưởng khá dù thời tiết bất lợi", "2021-9M"),
    ],
)
def test_a_news_item_is_read_from_its_headline(headline: str, period: str) -> None:
    text = normalise(f"{headline}\n\nTheo Cục Thống kê, kinh tế của tỉnh trong năm 2021 tăng khá trong bối cảnh "
                     "khó khăn.\n")
    header = read_header(text, PROVINCES)
    assert header.period == period and header.number is None and header.issued is None
    assert header.province in ("lai-chau", "son-la") and any("bare name" in w for w in header.warnings)


def test_a_draft_with_a_blank_number_says_so() -> None:
    header = read_header(header_text("Tình hình kinh tế năm 2021", number="Số:      /BC-UBND"), PROVINCES)
    assert header.number is None and "a draft with a blank document number" in header.warnings


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"place": "ỦY BAN NHÂN DÂN\nTỈNH ATLANTIS"}, "no province named"),
        ({"title": "Tình hình kinh tế - xã hội"}, "cannot tell the report period"),
    ],
)
def test_missing_header_fields(kwargs: dict[str, str], message: str) -> None:
    text = header_text(kwargs.pop("title", "Tình hình kinh tế"), **kwargs)
    if message == "cannot tell the report period":
        text = text.replace("năm 2019", "vừa qua")
    if message == "no province named":  # the place of issue names a province too
        text = text.replace("Lai Châu, ngày", "Atlantis, ngày")
    with pytest.raises(InputError, match=message):
        read_header(text, PROVINCES)


def test_validate_and_ingest_read_a_release_and_say_what_its_header_lacks(tmp_path) -> None:
    from click.testing import CliRunner

    from provkg.cli import main

    release = tmp_path / "release.txt"
    release.write_text("CỤC THỐNG KÊ TỈNH SƠN LA\n\nTHÔNG CÁO BÁO CHÍ\nTình hình kinh tế - xã hội quý I năm 2024\n\n"
                       "Tổng sản phẩm trên địa bàn tỉnh ước tăng 6,1% so với cùng kỳ năm trước.\n", encoding="utf-8")
    runner = CliRunner()
    checked = runner.invoke(main, ["validate", str(release)])
    assert checked.exit_code in (0, 1), checked.output
    assert "warning: no document number" in checked.stderr and "warning: no date of issue" in checked.stderr
    loaded = runner.invoke(main, ["ingest", str(release), "--store", str(tmp_path / "store")])
    assert loaded.exit_code == 0, loaded.output
    assert "warning: no document number" in loaded.stderr and "son-la-2024-Q1-" in loaded.stderr


def test_review_regressions_old_tone_marks_cited_numbers_and_words_inside_words() -> None:
    provinces = {**PROVINCES, "thanh-hoa": "Thanh Hóa", "nghe-an": "Nghệ An"}
    text = normalise("ỦY BAN NHÂN DÂN\nTỈNH THANH HOÁ\nThanh Hoá, ngày 5 tháng 7 năm 2020\n\nBÁO CÁO\n"
                     "Tình hình vốn đầu tư tháng 6 năm 2020\n\nThực hiện Nghị quyết số 15/NQ-HĐND, tỉnh Nghệ An ...\n")
    header = read_header(text, provinces)
    assert header.province == "thanh-hoa"  # "HOÁ" is "Hóa": not the next province the text names
    assert header.number is None  # the resolution cited in the body is not the report's number
    assert header.period == "2020-06"  # "tư" inside "đầu tư" is not "four months"


def test_a_school_year_report_has_a_file_safe_id() -> None:
    text = header_text("Tổng kết năm học 2019-2020")
    report = report_from_header(read_header(text, PROVINCES), text, "x.txt")
    assert report.period == "2019/2020" and report.report_id == "lai-chau-2019-2020-145"


def test_province_named_bare_is_found_as_a_whole_word_only() -> None:
    from provkg.read.header import province_of

    provinces = {"ha-nam": "Tỉnh Hà Nam", "nam-dinh": "Tỉnh Nam Định"}
    # "Hà Nam" inside "Hà Namxyz" is no name; the later whole "Nam Định" is
    assert province_of("BẢN TIN Hà Namxyz và Nam Định quý I", provinces) == "nam-dinh"
    assert province_of("Tin tức: HÀ NAM tăng trưởng", provinces) == "ha-nam"
    assert province_of("Báo cáo của tỉnh Nam Định; Hà Nam", provinces) == "nam-dinh"


@pytest.mark.parametrize("label", ["KINH TẾ - XÃ HỘI CHÍNH TRỊ", "Trang chủ / Tin tức / Kinh tế địa phương"])
def test_a_portal_label_above_the_headline_is_not_the_title(label: str) -> None:
    # the label names no period; the headline does, and the body's comparison with last year must not win
    text = normalise(f"{label}\n\nSơn La: kinh tế 9 tháng năm 2023 tăng 5,6%, cao hơn cùng kỳ\n\nSo với năm 2022, "
                     "các ngành đều tăng khá.\n")
    assert read_header(text, PROVINCES).period == "2023-9M"


@pytest.mark.parametrize(("title", "issued", "period"), [
    # a title without its year takes the year of the date of issue, not that of a resolution the text cites
    ("Kết quả thực hiện nhiệm vụ 6 tháng đầu năm và phương hướng nhiệm vụ 6 tháng cuối năm", "ngày 8 tháng 7 năm 2024",
     "2024-H1"),
    ("Kết quả công tác quý III, phương hướng nhiệm vụ quý IV", "ngày 5 tháng 10 năm 2024", "2024-Q3"),
    # ... or the year before, when the period would begin after that date (a report on the fourth quarter)
    ("Kết quả công tác quý IV và nhiệm vụ quý I", "ngày 9 tháng 01 năm 2025", "2024-Q4"),
])
def test_a_title_without_its_year_takes_the_year_of_issue(title: str, issued: str, period: str) -> None:
    text = normalise(
        f"UBND TỈNH SƠN LA\nSỞ XÂY DỰNG\nSố: 88/BC-SXD\nSơn La, {issued}\n\nBÁO CÁO\n{title}\n\n"
        "Thực hiện Nghị quyết số 15/2022/NQ-HĐND và Kế hoạch số 9/KH-UBND ngày 12/01/2023, Sở báo cáo như sau:\n\n"
        "I. KẾT QUẢ\nCấp 420 giấy phép xây dựng.\n"
    )
    assert read_header(text, PROVINCES).period == period


# --- every Vietnamese name of a province (ontology/areas.ttl), the headline's bare name, names after 1 July 2025


def _every_name():  # type: ignore[no-untyped-def]
    from provkg.reference.areas import province_names
    from provkg.reference.loader import load_reference

    return province_names(load_reference())


@pytest.mark.parametrize(
    ("head", "province"),
    [
        # a city's name since it became centrally run, with and without its type word abbreviated
        ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ\nSố: 31/BC-UBND\nHuế, ngày 4 tháng 4 năm 2025\n\nBÁO CÁO\n"
         "Tình hình kinh tế quý I năm 2025\n", "thua-thien-hue"),
        ("CỤC THỐNG KÊ TP. HUẾ\n\nTHÔNG CÁO BÁO CHÍ\nvề tình hình kinh tế 6 tháng đầu năm 2025\n", "thua-thien-hue"),
        # an older spelling the reference data holds beside the main label
        ("UBND TỈNH BẮC CẠN\nSố: 8/BC-UBND\n\nBÁO CÁO\nKết quả 9 tháng năm 2019\n", "bac-kan"),
    ],
)
def test_a_province_named_by_any_of_its_names_is_read(head: str, province: str) -> None:
    assert read_header(normalise(head), _every_name()).province == province


@pytest.mark.parametrize(
    ("head", "province"),
    [
        ("Long An: xuất khẩu 6 tháng đầu năm 2023 tăng khá\n\nTrong nửa năm, tỉnh vượt TP. Hồ Chí Minh về "
         "thu hút vốn ngoại ...\n", "long-an"),
        ("Kon Tum - Du lịch quý III năm 2022 khởi sắc\n\nLượng khách đến từ tỉnh Gia Lai tăng mạnh ...\n",
         "kon-tum"),
    ],
)
def test_a_headline_naming_the_province_bare_outweighs_a_typed_name_below(head: str, province: str) -> None:
    header = read_header(normalise(head), _every_name())
    assert header.province == province
    assert any("bare name" in warning for warning in header.warnings)


@pytest.mark.parametrize(
    ("head", "before", "after"),
    [
        ("SỞ TÀI CHÍNH TỈNH BẮC KẠN\nSố: 77/BC-STC\nngày {d} tháng 9 năm {y}\n\nBÁO CÁO\nThu chi ngân sách "
         "8 tháng năm {y}\n", "bac-kan", "thai-nguyen"),
        ("UBND TỈNH YÊN BÁI\nSố: 12/BC-UBND\nngày {d} tháng 10 năm {y}\n\nBÁO CÁO\nTình hình kinh tế 9 tháng "
         "năm {y}\n", "yen-bai", "lao-cai"),
    ],
)
def test_a_former_province_named_after_the_merger_means_the_one_that_holds_it(head: str, before: str,
                                                                               after: str) -> None:
    names = _every_name()
    assert read_header(normalise(head.format(d=15, y=2024)), names).province == before
    assert read_header(normalise(head.format(d=15, y=2025)), names).province == after


def test_every_dev_report_header_is_read() -> None:
    from provkg.evaluate.corpus import load_manifest

    names = _every_name()
    for report in load_manifest():
        if report.role == "dev":
            assert read_header(report.text(), names).province == report.row["province"], report.id
