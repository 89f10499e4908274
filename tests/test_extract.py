"""Extraction on sentences written for these tests (genre wording, not copied from any report) and on the
three test reports of tests/reports/ with their hand-checked fact sheets."""

from __future__ import annotations

import csv
import io
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from provkg.cli import main
from provkg.core.numbers import NUMBER_RE
from provkg.extract.extractor import extract
from provkg.pipeline.factsheet import FIGURE_COLUMNS, write_jsonl
from provkg.pipeline.factsheet import write_factsheet as write_csv
from provkg.read.header import detect_report_period
from provkg.read.reading import read_report

REPORTS = Path(__file__).parent / "reports"
HEADER = "BÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2022\nPhần thứ nhất\n"


def figures_of(body: str, period: str = "2022-H1") -> dict[str, object]:
    """Figures of a one-paragraph report, by the number as written."""
    text = HEADER + body + "\n"
    result = extract(text, report_period=period)
    return {text[f.start:f.end].split()[0] if f.unit_text else text[f.start:f.end]: f for f in result.figures}


def one(body: str, token: str, period: str = "2022-H1"):
    found = figures_of(body, period)
    matches = [f for key, f in found.items() if key.startswith(token)]
    assert matches, f"{token!r} not found among {list(found)}"
    return matches[0]


@pytest.mark.parametrize(
    ("body", "token", "value", "measure", "unit"),
    [
        ("Giá trị sản xuất công nghiệp ước đạt 2.418,6 tỷ đồng, tăng 7,2% so với cùng kỳ.", "2.418,6", "2418.6",
         "value", "tỷ đồng"),
        ("Giá trị sản xuất công nghiệp ước đạt 2.418,6 tỷ đồng, tăng 7,2% so với cùng kỳ.", "7,2%", "7.2",
         "change_pct", "%"),
        ("Sản lượng cà phê nhân giảm 1.250 tấn so với cùng kỳ năm trước.", "1.250", "-1250", "change_abs", "tấn"),
        ("Tổng thu ngân sách đạt 3.120 tỷ đồng, bằng 61,4% dự toán năm.", "61,4%", "61.4", "plan_pct", "%"),
        ("Khu vực dịch vụ chiếm 42,7% trong cơ cấu kinh tế, giảm 0,8%.", "42,7%", "42.7", "share_pct", "%"),
        ("Khu vực dịch vụ chiếm 42,7% trong cơ cấu kinh tế, giảm 0,8%.", "0,8%", "-0.8", "change_pp", "%"),
        ("Chỉ số PCI năm 2021 xếp hạng 37/63 tỉnh, thành phố.", "37", "37", "rank", "/63"),
        ("Tỷ suất chết trẻ em dưới 1 tuổi còn 21,4‰, giảm 1,1‰.", "1,1‰", "-1.1", "change_pp", "‰"),
        ("Đã giải ngân 410,5/800 tỷ đồng, đạt 51,3% kế hoạch vốn.", "800", "800", "plan_value", "tỷ đồng"),
        ("Đã giải ngân 410,5/800 tỷ đồng, đạt 51,3% kế hoạch vốn.", "51,3%", "51.3", "plan_pct", "%"),
        ("Toàn tỉnh có 96/140 xã đạt chuẩn nông thôn mới, đạt 68,6%.", "68,6%", "68.6", "share_pct", "%"),
        ("Toàn tỉnh có 96/140 xã đạt chuẩn nông thôn mới, đạt 68,6%.", "140", "140", "value", "xã"),
        ("Thu hút 45,2 ngàn lượt khách, giảm 9% so với cùng kỳ.", "45,2", "45.2", "value", "ngàn lượt khách"),
        ("Tổng chi ngân sách địa phương là 2.805 tỷ 640 triệu đồng.", "2.805", "2805.640", "value", "tỷ đồng"),
        ("Hỗ trợ làm nhà cho 03 hộ nghèo.", "03", "3", "value", "hộ"),
        ("Sản lượng điện tăng 11% so với quý IV năm 2021.", "11%", "11", "change_pct", "%"),
        ("Trồng rừng đạt 1.340 ha, vượt 6% kế hoạch.", "6%", "6", "change_pct", "%"),
        ("Tỷ lệ hộ nghèo giảm 2,4 điểm phần trăm.", "2,4", "-2.4", "change_pp", "điểm phần trăm"),
    ],
)
def test_measures_and_values(body: str, token: str, value: str, measure: str, unit: str) -> None:
    figure = one(body, token)
    assert figure.value == Decimal(value)
    assert figure.measure == measure
    assert figure.unit_text == unit


def test_prior_period_comparison() -> None:
    figure = one("Doanh thu du lịch giảm 40,1% (cùng kỳ năm trước tăng 12,3%).", "12,3%")
    assert (figure.measure, figure.value) == ("change_pct", Decimal("12.3"))
    assert (figure.period, figure.comparison_period) == ("2021-H1", "2020-H1")


def test_periods_from_wording() -> None:
    assert one("Dư nợ tín dụng đến 30/6/2022 đạt 9.870 tỷ đồng.", "9.870").period == "2022-06-30"
    assert one("Toàn tỉnh hiện có 1.215 hợp tác xã.", "1.215").period == "2022-06-30"
    assert one("Năm học 2021-2022 có 412 trường học.", "412").period == "2021/2022"
    assert one("Kế hoạch giao năm 2022 là 4.500 ha.", "4.500").period == "2022"
    change = one("Tổng vốn đầu tư đạt 1.900 tỷ đồng, tăng 4% so với cùng kỳ năm 2021.", "4%")
    assert change.comparison_period == "2021-H1"


def test_estimate_flag() -> None:
    assert one("Sản lượng lúa ước đạt 12.400 tấn.", "12.400").estimate is True
    assert one("Sản lượng lúa đạt 12.400 tấn.", "12.400").estimate is False
    assert one("Dự kiến đến 30/6/2022 có 800 doanh nghiệp.", "800").estimate is True


def test_breakdown_parents() -> None:
    body = ("Tổng đàn gia súc có 120.000 con, trong đó: đàn trâu 40.000 con, đàn bò 30.000 con, "
            "đàn lợn 50.000 con. Có 210 trường (Mầm non 80 trường, Tiểu học 130 trường).")
    found = figures_of(body)
    total = found["120.000"].start
    assert [found[k].parent for k in ("40.000", "30.000", "50.000")] == [total] * 3
    assert found["80"].parent == found["130"].parent == found["210"].start


def test_non_figures_have_reasons() -> None:
    body = ("Thực hiện Nghị quyết số 15/NQ-HĐND ngày 10/12/2021, đoạn Km12+300 trên QL.4D, tuyến đường 20m "
            "hoàn thành giai đoạn 2021-2025; trẻ em dưới 5 tuổi; phòng chống Covid-19 đạt 100% kế hoạch.")
    text = HEADER + body + "\n"
    result = extract(text, report_period="2022-H1")
    reasons = {nf.reason for nf in result.non_figures}
    assert {"document number", "date", "Km marker", "road name", "year range", "age", "name"} <= reasons
    assert [text[f.start:f.end] for f in result.figures] == ["100%"]


def test_every_number_is_accounted_for() -> None:
    for path in sorted(REPORTS.glob("*.txt")):
        text = read_report(path)
        result = extract(text)
        spans = [(f.start, f.end) for f in result.figures] + [(n.start, n.end) for n in result.non_figures]
        for m in re.finditer(r"\d+", text):
            assert any(s <= m.start() < e for s, e in spans), f"{path.name}: {m.group()!r} at {m.start()}"


def test_offsets_point_at_the_number() -> None:
    for path in sorted(REPORTS.glob("*.txt")):
        text = read_report(path)
        for f in extract(text).figures:
            token = NUMBER_RE.match(text, f.start)
            assert token, f"{path.name}: nothing at {f.start}"
            assert f.end >= token.end()


def test_report_period_detection() -> None:
    assert detect_report_period("BÁO CÁO\nKinh tế - xã hội 9 tháng đầu năm 2021\n") == "2021-9M"
    assert detect_report_period("BÁO CÁO\nTình hình quý I năm 2022; nhiệm vụ quý II\n") == "2022-Q1"
    assert detect_report_period("BÁO CÁO\nKết quả thực hiện kế hoạch năm 2019 và kế hoạch năm 2020\n") == "2019"
    header = "Hà Nội, ngày 8 tháng 7 năm 2020\nBÁO CÁO\nTình hình 6 tháng đầu năm; nhiệm vụ 6 tháng cuối năm 2020\n"
    assert detect_report_period(header) == "2020-H1"


def test_csv_and_jsonl_output() -> None:
    text = HEADER + "Tổng sản lượng lương thực ước đạt 95.300 tấn, tăng 2,1%.\n"
    figures = extract(text, report_period="2022-H1").figures
    out = io.StringIO()
    write_csv(figures, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == FIGURE_COLUMNS
    assert rows[0]["value"] == "95300" and rows[1]["value"] == "2.1"
    out = io.StringIO()
    write_jsonl(figures, out)
    first = json.loads(out.getvalue().splitlines()[0])
    assert first["value"] == 95300 and first["estimate"] is True
    assert first["indicator"] is None or first["indicator"].startswith("https://w3id.org/provkg/id/indicator/")


def _scores(path: Path) -> tuple[float, float, list[str]]:
    text = read_report(path)
    got = {f.start: f for f in extract(text).figures}
    with path.with_suffix(".csv").open(encoding="utf-8") as handle:
        expected = {int(r["start"]): r for r in csv.DictReader(handle)}
    hits = [s for s, r in expected.items()
            if s in got and got[s].value == Decimal(r["value"]) and got[s].measure == r["measure"]]
    misses = [f"{s}: {expected[s]['value']} {expected[s]['measure']}" for s in expected if s not in hits]
    return len(hits) / len(expected), len(hits) / max(1, len(got)), misses


@pytest.mark.parametrize("path", sorted(REPORTS.glob("*.txt")), ids=lambda p: p.stem)
def test_own_reports_recall(path: Path) -> None:
    assert path.stat().st_size >= 5000
    recall, precision, misses = _scores(path)
    print(f"{path.stem}: recall {recall:.3f} precision {precision:.3f} missed {misses}")
    assert recall >= 0.90, misses
    assert precision >= 0.90


def test_own_reports_cover_the_genre_variants() -> None:
    raw = {p.name: p.read_bytes() for p in REPORTS.glob("*.txt")}
    assert len(raw) >= 3
    assert any(b"\r\n" in data and "ạ".encode() not in data and "a\u0323".encode() in data
               for data in raw.values()), "one report must be decomposed (NFD) with CRLF newlines"


def test_cli_extract(tmp_path: Path) -> None:
    runner = CliRunner()
    path = REPORTS / "lai-chau-2021-9M.txt"
    result = runner.invoke(main, ["extract", str(path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) > 50
    unmapped = runner.invoke(main, ["extract", str(path), "--unmapped", "-o", str(tmp_path / "u.csv")])
    assert unmapped.exit_code == 0
    rows = list(csv.DictReader((tmp_path / "u.csv").open(encoding="utf-8")))
    assert rows and all(not r["indicator"] for r in rows)
    assert "unmapped" in unmapped.stderr


def test_cli_refuses_unusable_input(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = CliRunner().invoke(main, ["extract", str(empty)])
    assert result.exit_code == 2
    assert "empty" in result.stderr


def test_docx_gives_the_same_figures(tmp_path: Path) -> None:
    from docx import Document

    text = read_report(REPORTS / "lai-chau-2021-9M.txt")
    document = Document()
    for line in text.split("\n"):
        document.add_paragraph(line)
    path = tmp_path / "report.docx"
    document.save(str(path))
    from_docx = extract(read_report(path)).figures
    from_text = extract(text).figures
    assert [(f.start, f.value, f.measure) for f in from_docx] == [(f.start, f.value, f.measure) for f in from_text]


@pytest.mark.parametrize("path", sorted(REPORTS.glob("*.txt")), ids=lambda p: p.stem)
def test_extracted_sheet_is_a_valid_fact_sheet(path: Path, tmp_path: Path) -> None:
    from provkg.pipeline.factsheet import read_factsheet
    from provkg.reference.loader import load_reference

    text = read_report(path)
    sheet = tmp_path / "sheet.csv"
    with sheet.open("w", encoding="utf-8", newline="") as out:
        write_csv(extract(text).figures, out)
    known = load_reference().known
    assert len(read_factsheet(sheet, known, len(text))) == len(extract(text).figures)
    assert len(read_factsheet(path.with_suffix(".csv"), known, len(text))) >= 50


@pytest.mark.parametrize(
    ("body", "token", "indicator"),
    [
        # The unit decides between the labels around: capital in tỷ đồng is not a count of enterprises, and a
        # label whose words are spread over the clause names it.
        ("Đến nay toàn tỉnh có 1.250 doanh nghiệp đang hoạt động với tổng số vốn đăng ký 15.300 tỷ đồng.",
         "15.300", "enterprise-capital"),
        ("Đến nay toàn tỉnh có 1.250 doanh nghiệp đang hoạt động với tổng số vốn đăng ký 15.300 tỷ đồng.",
         "1.250", "enterprises"),
        # Deaths and injuries of an accident count: people, not cases.
        ("Tai nạn giao thông xảy ra 12 vụ, làm chết 7 người, bị thương 9 người.", "12", "traffic-accidents"),
        ("Tai nạn giao thông xảy ra 12 vụ, làm chết 7 người, bị thương 9 người.", "7", "traffic-accident-deaths"),
        ("Tai nạn giao thông xảy ra 12 vụ, làm chết 7 người, bị thương 9 người.", "9", "traffic-accident-injured"),
        # The verb before the number and the counted noun after it make one label.
        ("Trong kỳ đã rà soát 64 văn bản QPPL, phát hiện 3 văn bản hết hiệu lực.", "64", "documents-reviewed"),
        # A generic label ("học sinh") gives way to the specific one its sentence spells out.
        ("Trung học cơ sở có 130 trường với 41.500 học sinh.", "41.500", "lower-secondary-pupils"),
        # After a bracketed breakdown, a change is the bracket's head's, not its last part's.
        ("Tuyển mới hệ chính quy 450 người (gồm cao đẳng 250 người, trung cấp 200 người), tăng 12% so với năm "
         "học trước.", "12", "college-new-enrolment"),
        # A label cut by the subject's clause break still wins over the fragment left of it.
        ("Cơ cấu kinh tế: nông, lâm nghiệp và thủy sản chiếm 30,2%; công nghiệp - xây dựng chiếm 21,4%.",
         "21,4", "grdp-industry-construction"),
    ],
)
def test_indicator_linking(body: str, token: str, indicator: str) -> None:
    assert one(body, token).indicator == indicator


def test_label_of_the_next_clause_is_not_taken() -> None:
    body = "Sản phẩm gạch nung tăng 8,5%, điện sản xuất giảm 3,2%."
    assert one(body, "8,5").indicator != "electricity-output"
    assert one(body, "3,2").indicator == "electricity-output"


def test_indicator_never_taken_against_its_unit() -> None:
    from provkg.extract.extractor import load_lexicon

    lexicon = load_lexicon()
    body = ("Đến nay toàn tỉnh có 1.250 doanh nghiệp với tổng số vốn đăng ký 15.300 tỷ đồng; 320 hợp tác xã với "
            "tổng số vốn 410 tỷ đồng. Sản phẩm gạch nung tăng 8,5%, điện sản xuất giảm 3,2%.")
    for figure in figures_of(body).values():
        if figure.indicator and figure.measure in ("value", "plan_value", "change_abs"):
            assert lexicon.unit_fit(figure.indicator, figure.unit_text) >= 0, figure


def test_place_list_parts_share_the_total_indicator() -> None:
    body = "Trồng rừng phòng hộ được 80 ha: huyện Tủa Chùa 50 ha, huyện Nậm Pồ 30 ha."
    total, part = one(body, "80"), one(body, "50")
    assert part.parent == total.start
    assert part.indicator == total.indicator == "protection-forest-planting"


@pytest.mark.parametrize(
    ("body", "token", "period"),
    [
        # one month, then the months since January, in a year-to-date report
        ("Tháng 5/2022, doanh thu bán lẻ hàng hóa ước đạt 1.240 tỷ đồng; lũy kế 5 tháng đạt 6.130 tỷ đồng.",
         "1.240", "2022-05"),
        ("Tháng 5/2022, doanh thu bán lẻ hàng hóa ước đạt 1.240 tỷ đồng; lũy kế 5 tháng đạt 6.130 tỷ đồng.",
         "6.130", "2022-5M"),
        ("Trong tháng Năm năm 2022 số doanh nghiệp thành lập mới là 86 doanh nghiệp.", "86", "2022-05"),
        ("Năm tháng đầu năm 2022 có 412 doanh nghiệp thành lập mới.", "412", "2022-5M"),
        ("Riêng tháng Tư, kim ngạch xuất khẩu đạt 96,5 triệu USD.", "96,5", "2022-04"),
        # a month the figure is compared with is not its period
        ("So với tháng 4, chỉ số giá tiêu dùng tăng 0,45%.", "0,45%", "2022-5M"),
    ],
)
def test_single_month_and_year_to_date_periods(body: str, token: str, period: str) -> None:
    assert one(body, token, period="2022-5M").period == period


@pytest.mark.parametrize(
    ("body", "token", "value"),
    [
        ("Khu vực công nghiệp - xây dựng tăng 9,4%, đóng góp 3,85 điểm phần trăm vào mức tăng chung.", "3,85", "3.85"),
        ("Ngành dịch vụ tăng 5,1% (góp 2,2 điểm % vào tăng trưởng).", "2,2", "2.2"),
        ("Riêng ngành khai khoáng giảm 12%, làm giảm 0,45 điểm phần trăm mức tăng chung.", "0,45", "-0.45"),
        ("Thuế sản phẩm giảm mạnh, kéo tăng trưởng chung xuống 0,2 điểm phần trăm.", "0,2", "-0.2"),
    ],
)
def test_contributions_to_growth_are_points_not_changes(body: str, token: str, value: str) -> None:
    figure = one(body, token)
    assert (figure.measure, figure.value) == ("contribution_pp", Decimal(value))


def test_a_change_in_points_is_still_a_change() -> None:
    figure = one("Tỷ lệ hộ nghèo giảm 1,3 điểm phần trăm so với cuối năm trước.", "1,3")
    assert (figure.measure, figure.value) == ("change_pp", Decimal("-1.3"))


def _statuses(text: str, period: str) -> dict[str, str]:
    result = extract(text, report_period=period)
    return {text[f.start:f.end].split()[0]: f.status for f in result.figures}


@pytest.mark.parametrize(
    ("body", "token", "status"),
    [
        ("Năm 2023 phấn đấu tốc độ tăng trưởng kinh tế đạt 7,5%.", "7,5%", "target"),
        ("Mục tiêu thu ngân sách năm 2023 là 4.200 tỷ đồng.", "4.200", "target"),
        ("KH năm 2022 giao 12.000 ha rừng trồng mới, đến nay đã trồng 5.100 ha.", "12.000", "target"),
        ("KH năm 2022 giao 12.000 ha rừng trồng mới, đến nay đã trồng 5.100 ha.", "5.100", "actual"),
        ("Dự kiến cả năm 2022 tổng vốn đầu tư đạt 31.000 tỷ đồng.", "31.000", "forecast"),
        ("Sản lượng lương thực ước đạt 280.000 tấn, tăng 1,2% so với cùng kỳ.", "1,2%", "estimate"),
        ("Tổng thu ngân sách đạt 2.100 tỷ đồng, bằng 55% dự toán.", "2.100", "actual"),
    ],
)
def test_status_of_a_figure(body: str, token: str, status: str) -> None:
    assert one(body, token).status == status
    assert one(body, token).estimate == (status in ("estimate", "forecast"))


def test_details_and_list_items_share_the_estimate_of_their_total() -> None:
    text = (HEADER + "Tổng sản phẩm trên địa bàn ước tăng 6,2% so với cùng kỳ. Trong đó, khu vực công nghiệp tăng "
            "9,1%, khu vực dịch vụ tăng 5,4%.\nTổng thu ngân sách ước thực hiện 3.300 tỷ đồng, gồm:\n"
            "- Thu nội địa 2.900 tỷ đồng;\n- Thu xuất nhập khẩu 400 tỷ đồng.\n"
            "Số doanh nghiệp thành lập mới là 215 doanh nghiệp.\n")
    statuses = _statuses(text, "2022-H1")
    assert statuses["9,1%"] == statuses["5,4%"] == "estimate"
    assert statuses["2.900"] == statuses["400"] == "estimate"
    assert statuses["215"] == "actual"


def test_the_tasks_part_states_targets() -> None:
    text = (HEADER + "1. Kết quả\nGiá trị sản xuất nông nghiệp tăng 3,1%.\n" + "Các lĩnh vực khác ổn định. " * 20
            + "\nII. NHIỆM VỤ, GIẢI PHÁP 6 THÁNG CUỐI NĂM\nTrồng mới 3.500 ha rừng; tạo việc làm cho 9.000 lao động.\n")
    statuses = _statuses(text, "2022-H1")
    assert statuses["3,1%"] == "actual"
    assert statuses["3.500"] == statuses["9.000"] == "target"


def test_a_note_that_the_report_is_estimated_covers_its_own_figures() -> None:
    text = (HEADER + "Chỉ số sản xuất công nghiệp tăng 8,3% so với cùng kỳ.\n"
            "Ghi chú: Số liệu 6 tháng năm 2022 là số ước tính.\n")
    assert _statuses(text, "2022-H1")["8,3%"] == "estimate"


@pytest.mark.parametrize(
    ("body", "token", "value", "value_max", "written"),
    [
        ("Năm 2023 phấn đấu tốc độ tăng trưởng kinh tế đạt 6,5-7%.", "6,5", "6.5", "7", "6,5-7%"),
        ("Tỷ lệ hộ nghèo giảm từ 1,5 đến 2 điểm phần trăm.", "1,5", "-1.5", "-2", "1,5 đến 2 điểm phần trăm"),
    ],
)
def test_a_range_is_one_figure_with_its_upper_bound(body: str, token: str, value: str, value_max: str,
                                                    written: str) -> None:
    text = HEADER + body + "\n"
    figures = extract(text, report_period="2022-H1").figures
    assert len(figures) == 1
    (figure,) = figures
    assert (figure.value, figure.value_max, text[figure.start:figure.end]) == (Decimal(value), Decimal(value_max),
                                                                                 written)


@pytest.mark.parametrize(
    "body",
    [
        "Hoàn lưu bão số 3 và số 4 gây mưa lớn ở các huyện miền núi.",
        "Khắc phục sạt lở trên quốc lộ 25, quốc lộ 29 và đường tỉnh 645.",
        "Đợt mưa lũ từ ngày 16 đến 22/11 gây ngập sâu; bão đổ bộ đêm 06 rạng sáng 07/11.",
        "Triển khai dự án thành phần 2 và giai đoạn 1 của tuyến đường ven biển.",
        "Hoàn thành Kế hoạch 5 năm 2021-2025, quy hoạch tỉnh tầm nhìn đến năm 2050.",
    ],
)
def test_names_dates_and_plan_periods_are_not_figures(body: str) -> None:
    assert extract(HEADER + body + "\n", report_period="2022-H1").figures == []


def test_a_count_with_a_slash_after_a_time_word_is_still_a_count() -> None:
    figure = one("Tính đến nay có 45/60 xã đạt chuẩn nông thôn mới.", "45")
    assert figure.value == Decimal(45)


def test_a_text_above_the_size_limit_is_refused_with_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROVKG_MAX_TEXT_CHARS", "2000")
    report = tmp_path / "big.txt"
    report.write_text(HEADER + "Sản lượng lúa đạt 1.000 tấn.\n" * 200, encoding="utf-8")
    outcome = CliRunner().invoke(main, ["extract", str(report)])
    assert outcome.exit_code == 2
    assert "above the limit of 2,000" in outcome.output and "Traceback" not in outcome.output
