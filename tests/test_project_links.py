"""Figures linked to the works and programmes their sentences name, in sentences written for these tests (two
phrasings each), and the provisional works described in the report's graph so that the shapes accept them."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from provkg.core.namespaces import PK, PROJECT, RDF, RDFS, REFERENCE_GRAPH
from provkg.extract.extractor import extract
from provkg.pipeline.rdfmap import report_iri, report_triples
from provkg.read.header import read_header, report_from_header
from provkg.reference.loader import load_reference
from provkg.reference.projects import project_index
from provkg.validate.engine import validate_graph

HEADER = "UBND TỈNH LONG AN\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2023\nPhần thứ nhất\n"


def linked(body: str) -> dict[str, tuple[str | None, str | None]]:
    """Each figure's number as written -> (project, programme)."""
    text = HEADER + body + "\n"
    figures = extract(text, report_period="2023-H1").figures
    return {text[f.start:f.end].split()[0]: (f.project, f.programme) for f in figures}


@pytest.mark.parametrize("body", [
    "Dự án cầu Phước Lợi giải ngân 120 tỷ đồng, đạt 60% kế hoạch; thành phố Tân An giải ngân 80 tỷ đồng.",
    "Cầu Phước Lợi đã giải ngân 120 tỷ đồng, bằng 60% kế hoạch vốn; các huyện giải ngân 80 tỷ đồng.",
])
def test_a_work_qualifies_the_figures_of_its_own_clause(body: str) -> None:
    links = linked(body)
    assert links["120"] == links["60%"] == ("long-an/cau-phuoc-loi", None)
    assert links["80"] == (None, None)  # the next clause is about a city, not the bridge


@pytest.mark.parametrize("body", [
    "Dự án cầu Phước Lợi có tổng mức đầu tư 420 tỷ đồng; năm 2023 được bố trí kế hoạch vốn 90 tỷ đồng, đã giải ngân "
    "54 tỷ đồng, đạt 60% kế hoạch.",
    "Cầu Phước Lợi khởi công năm 2022; vốn giao năm 2023 là 90 tỷ đồng, giải ngân được 54 tỷ đồng, bằng 60%.",
])
def test_a_later_clause_of_a_work_s_sentence_planning_its_capital_is_the_work_s(body: str) -> None:
    links = linked(body)
    assert links["90"] == links["54"] == links["60%"] == ("long-an/cau-phuoc-loi", None)


@pytest.mark.parametrize("body", [
    "- Đường tỉnh 830 nối dài: khối lượng đạt 45%; kế hoạch vốn 300 tỷ đồng, giải ngân 150 tỷ đồng.",
    "(2) Đường tỉnh 830 nối dài: đạt khoảng 45% khối lượng; vốn năm 2023 là 300 tỷ đồng, đã giải ngân 150 tỷ đồng.",
])
def test_a_list_item_is_about_the_work_its_head_names(body: str) -> None:
    links = linked(body)
    assert links["45%"] == links["300"] == links["150"] == ("long-an/duong-tinh-830-noi-dai", None)


@pytest.mark.parametrize("body", [
    "Trong 6 tháng có thêm 9 xã đạt chuẩn nông thôn mới; lũy kế 120 xã, chiếm 65%.",
    "Toàn tỉnh có 120 xã được công nhận đạt chuẩn nông thôn mới, chiếm 65%; có thêm 9 xã đạt chuẩn.",
])
def test_a_programme_qualifies_the_results_counted_in_its_sentence(body: str) -> None:
    links = linked(body)
    assert links["9"] == links["120"] == links["65%"] == (None, "ntp-new-rural")


@pytest.mark.parametrize("body", [
    "c) Xây dựng nông thôn mới\nĐến nay có 95 xã được công nhận đạt chuẩn, chiếm 57%; bình quân 17,2 tiêu chí/xã.",
    "3. Chương trình nông thôn mới\nLũy kế 95 xã hoàn thành các tiêu chí, chiếm 57%; bình quân 17,2 tiêu chí/xã.",
])
def test_a_section_headed_by_a_programme_reports_its_results(body: str) -> None:
    links = linked(body)
    assert links["95"] == links["57%"] == links["17,2"] == (None, "ntp-new-rural")


@pytest.mark.parametrize("body", [
    "2. Nông nghiệp, thủy sản và xây dựng nông thôn mới\nDiện tích lúa cả năm đạt 36.000 ha, tăng 2%.",
    "b) Trồng trọt, chăn nuôi và nông thôn mới\nSản lượng lương thực đạt 410.000 tấn.",
])
def test_a_heading_naming_other_subjects_too_does_not_make_its_figures_a_programmes(body: str) -> None:
    assert all(link == (None, None) for link in linked(body).values())


@pytest.mark.parametrize("body", [
    "Do dự án cầu Phước Lợi chậm tiến độ, vốn đầu tư công chỉ giải ngân được 40% kế hoạch.",
    "Vì công trình cầu Phước Lợi vướng mặt bằng, tỷ lệ giải ngân chỉ đạt 40%.",
])
def test_a_work_named_as_a_cause_is_not_what_the_figure_is_about(body: str) -> None:
    assert linked(body)["40%"] == (None, None)


@pytest.mark.parametrize(("local", "sector"), [
    ("long-an/cau-phuoc-loi", "transport"), ("long-an/duong-tinh-830-noi-dai", "transport"),
    ("ca-mau/benh-vien-da-khoa-tinh", "health"), ("ca-mau/nha-may-dien-gio-tan-an", "energy"),
    ("ca-mau/nha-may-che-bien-tom", "industry"), ("ca-mau/duong-day-110-kv-ca-mau", "energy"),
    ("ca-mau/cong-vien-trung-tam", "urban-development"), ("ca-mau/cho-noi-cai-rang", "trade"),
    ("ca-mau/vuon-hoa-trung-tam", None), ("long-an/caudong-x", None), ("long-an/chuong-trinh-x", None),
    # a navigation channel with its lock is a waterway, not an irrigation canal
    ("long-an/kenh-au-tau-rach-cat", "transport"), ("long-an/au-tau-vam-co", "transport"),
])
def test_a_provisional_work_has_the_sector_its_kind_word_tells(local: str, sector: str | None) -> None:
    assert project_index().sector_of(local) == sector


def test_provisional_works_are_described_in_the_report_graph_and_pass_the_shapes() -> None:
    text = HEADER + "Dự án cầu Phước Lợi giải ngân 120 tỷ đồng, đạt 60% kế hoạch.\n"
    reference = load_reference()
    report = report_from_header(read_header(text, reference.provinces), text, "long-an.txt")
    figures = extract(text, report_period="2023-H1").figures
    triples = report_triples(report, figures, units=reference.units, text=text, produced_by="extraction",
                             projects=project_index(reference))
    work = ox.NamedNode(PROJECT + "long-an/cau-phuoc-loi")
    about = {(t.predicate.value, t.object.value) for t in triples if t.subject == work}
    assert about == {(RDF + "type", PK + "Project"), (RDFS + "label", "cầu Phước Lợi"),
                     (PK + "location", "https://w3id.org/provkg/id/area/long-an"),
                     (PK + "sector", "https://w3id.org/provkg/id/sector/transport")}
    store = ox.Store()
    iri = report_iri(report.report_id)
    store.extend(ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(iri)) for t in triples)
    store.extend(ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(REFERENCE_GRAPH)) for t in reference.triples)
    rules = {r.rule for r in validate_graph(store, report_iri=iri).results}
    assert not rules & {"FigureProject", "InitiativeLabel"}
    # without the description the shapes refuse the figure's project (what the description is for)
    bare = ox.Store()
    bare.extend(q for q in store if q.subject != work)
    assert "FigureProject" in {r.rule for r in validate_graph(bare, report_iri=iri).results}


@pytest.mark.parametrize("body", [
    "Chương trình MTQG giảm nghèo bền vững giải ngân 85 tỷ đồng, đạt 52% kế hoạch.",
    "CTMTQG giảm nghèo bền vững: đã giải ngân 85 tỷ đồng, bằng 52% kế hoạch vốn.",
])
def test_a_national_programme_written_with_abbreviations_is_the_national_one(body: str) -> None:
    links = linked(body)
    assert links["85"] == links["52%"] == (None, "ntp-poverty-reduction")


@pytest.mark.parametrize("body", [
    "Giải ngân vốn 03 chương trình MTQG đạt 410 tỷ đồng, bằng 38% kế hoạch.",
    "Các chương trình mục tiêu quốc gia đã giải ngân 410 tỷ đồng, đạt 38% kế hoạch.",
])
def test_the_national_programmes_taken_together_are_one_programme(body: str) -> None:
    links = linked(body)
    assert links["410"] == links["38%"] == (None, "national-target-programmes")


@pytest.mark.parametrize("body", [
    "Đường ven kênh nối Tân An với cầu Phước Lợi: kế hoạch vốn 210 tỷ đồng, giải ngân 95 tỷ đồng.",
    "(3) Đường ven kênh Bảo Định, đoạn từ nút giao Bình Tâm đến cầu Phước Lợi: vốn năm 2023 là 210 tỷ đồng, "
    "đã giải ngân 95 tỷ đồng.",
])
def test_works_named_as_the_ends_of_another_are_not_the_subject(body: str) -> None:
    links = linked(body)
    assert links["210"][0] == links["95"][0]
    assert links["95"][0].startswith("long-an/duong-ven-kenh")


@pytest.mark.parametrize("body", [
    "Dự án cầu Mỹ Lợi khởi công tháng 3/2023. Đến nay, dự án đã hoàn thành 35% khối lượng.",
    "Công trình cầu Mỹ Lợi được khởi công từ đầu năm. Đến cuối tháng 6, công trình đạt 35% khối lượng.",
])
def test_a_work_referred_back_to_is_the_one_the_sentence_before_named(body: str) -> None:
    assert linked(body)["35%"] == ("long-an/cau-my-loi", None)


def test_a_sentence_naming_no_work_after_one_naming_a_work_is_not_about_it() -> None:
    links = linked("Dự án cầu Mỹ Lợi khởi công tháng 3/2023. Tỷ lệ giải ngân của tỉnh đạt 35%.")
    assert links["35%"] == (None, None)


@pytest.mark.parametrize("body", [
    "- Dự án cầu Mỹ Lợi:\n+ Khối lượng đạt 35%;\n+ Giải ngân 64 tỷ đồng.",
    "- Cầu Mỹ Lợi, huyện Cần Đước:\n+ Đã giải ngân 64 tỷ đồng;\n+ Thi công đạt 35% khối lượng.",
])
def test_sub_items_are_about_the_work_their_head_names(body: str) -> None:
    links = linked(body)
    assert links["35%"] == links["64"] == ("long-an/cau-my-loi", None)


@pytest.mark.parametrize("body", [
    "Tỉnh đã giải ngân 320 tỷ đồng cho dự án cầu Mỹ Lợi.",
    "Đã bố trí 320 tỷ đồng cho công trình cầu Mỹ Lợi trong năm.",
])
def test_a_work_named_after_the_figure_it_is_for(body: str) -> None:
    assert linked(body)["320"] == ("long-an/cau-my-loi", None)


@pytest.mark.parametrize("body", [
    "Dự án thành phần 2 thuộc dự án đường Vành đai 3 giải ngân 230 tỷ đồng.",
    "Dự án thành phần 2 của tuyến đường Vành đai 3: đã giải ngân 230 tỷ đồng.",
])
def test_a_component_project_is_named_with_its_whole_work(body: str) -> None:
    assert linked(body)["230"] == ("long-an/duong-vanh-dai-3-thanh-phan-2", None)


@pytest.mark.parametrize("body", [
    "3.2. Dự án cầu Mỹ Lợi\nĐến nay đã giải ngân 64 tỷ đồng, đạt 35% kế hoạch vốn.",
    "b) Công trình cầu Mỹ Lợi\nKhối lượng thi công đạt 35%; giải ngân 64 tỷ đồng.",
])
def test_a_section_headed_by_a_work_reports_on_it(body: str) -> None:
    links = linked(body)
    assert links["64"] == links["35%"] == ("long-an/cau-my-loi", None)


def test_a_section_heading_naming_a_sector_is_no_work() -> None:
    links = linked("3.2. Đầu tư phát triển\nĐến nay đã giải ngân 64 tỷ đồng, đạt 35% kế hoạch vốn.")
    assert links["64"] == (None, None)


@pytest.mark.parametrize("body", [
    "Với dự án đường Vành đai 4 TP. Hà Nội đoạn qua tỉnh dài 19 km, các huyện đã bàn giao 76% mặt bằng.",
    "Cầu Mỹ Lợi TX. Cai Lậy dài 1,2 km, đến nay khối lượng thi công đạt 76% và giải ngân 410 tỷ đồng.",
])
def test_a_place_abbreviation_inside_a_name_neither_ends_the_name_nor_its_clause(body: str) -> None:
    links = linked(body)
    project = links["76%"][0]
    assert project is not None and project.startswith("long-an/") and project.endswith(("ha-noi", "cai-lay"))


@pytest.mark.parametrize("body", [
    "Dự án cầu Mỹ An nối Long An với Tiền Giang khởi công tháng 3. Đến nay, cầu Mỹ An đạt 42% khối lượng.",
    "Tuyến đường Vành đai 2 vùng đô thị Tân An đã giải ngân 75 tỷ đồng. Đường Vành đai 2 đạt 42% khối lượng.",
])
def test_a_work_named_again_shorter_is_the_work_named_in_full(body: str) -> None:
    project = linked(body)["42%"][0]
    assert project in {"long-an/cau-my-an-noi-long-an-voi-tien-giang", "long-an/duong-vanh-dai-2-vung-do-thi-tan-an"}


def test_a_shorter_name_two_fuller_names_hold_is_neither() -> None:
    body = ("Cầu Mỹ An 1 và cầu Mỹ An 2 đã thông xe. Cầu Mỹ An cũ đã giải ngân 42 tỷ đồng để sửa chữa; "
            "cầu Mỹ An đạt 30% khối lượng.")
    assert linked(body)["30%"][0] == "long-an/cau-my-an"


@pytest.mark.parametrize("body", [
    "Dự án 4 thuộc Chương trình mục tiêu quốc gia giảm nghèo bền vững giải ngân 18 tỷ đồng, đạt 52% kế hoạch.",
    "Tiểu dự án 2 (Chương trình MTQG giảm nghèo bền vững) giải ngân 18 tỷ đồng, đạt 52% kế hoạch.",
])
def test_a_numbered_component_of_a_programme_is_the_programmes(body: str) -> None:
    project, programme = linked(body)["18"]
    assert project is None and programme == "ntp-poverty-reduction"


@pytest.mark.parametrize("body", [
    "Chương trình kích cầu du lịch nội địa năm 2023 được giao kế hoạch vốn 42 tỷ đồng, giải ngân 35 tỷ đồng.",
    "Vốn Chương trình kích cầu du lịch nội địa là 42 tỷ đồng; đã giải ngân 35 tỷ đồng.",
])
def test_a_capitalised_programme_qualifies_the_figures_of_its_sentence(body: str) -> None:
    links = linked(body)
    assert links["42"] == (None, "long-an/chuong-trinh-kich-cau-du-lich-noi-dia")
    assert links["35"] == (None, "long-an/chuong-trinh-kich-cau-du-lich-noi-dia")


@pytest.mark.parametrize(("body", "programme"), [
    ("Khuyến công: kinh phí khuyến công năm 2023 là 2.100 triệu đồng; thực hiện 12 đề án.",
     "national-industrial-extension"),
    ("Chương trình khuyến công quốc gia hỗ trợ 2.100 triệu đồng cho 12 cơ sở.", "national-industrial-extension"),
    ("Chương trình cấp điện nông thôn năm 2023 được giao kế hoạch vốn 2.100 triệu đồng.", "rural-electrification"),
    ("Vốn Chương trình cấp điện nông thôn, miền núi và hải đảo là 2.100 triệu đồng.", "rural-electrification"),
])
def test_the_industry_and_trade_programmes_are_national(body: str, programme: str) -> None:
    assert linked(body)["2.100"] == (None, programme)


@pytest.mark.parametrize("body", [
    "Vốn Chương trình phục hồi và phát triển kinh tế - xã hội mới giải ngân 18 tỷ đồng, đạt 5,1%.",
    "Riêng vốn Chương trình phục hồi giải ngân 18 tỷ đồng, đạt 5,1% kế hoạch.",
])
def test_the_recovery_programme_named_in_full_or_shorter_is_the_national_one(body: str) -> None:
    assert linked(body)["18"] == (None, "socio-economic-recovery-programme")


@pytest.mark.parametrize("body", [
    "Đường nối thị xã Kiến Tường với cửa khẩu Bình Hiệp (giai đoạn 2) đạt 85% khối lượng.",
    "Dự án đường nối thị xã Kiến Tường với cửa khẩu Bình Hiệp giai đoạn 2 đạt 85% khối lượng.",
])
def test_a_phase_of_a_work_is_linked_as_its_own_work(body: str) -> None:
    assert linked(body)["85%"] == ("long-an/duong-noi-thi-xa-kien-tuong-voi-cua-khau-binh-hiep-giai-doan-2", None)


@pytest.mark.parametrize("body", [
    "Phấn đấu hoàn thành 85% khối lượng dự án sửa chữa, nâng cấp hồ chứa nước Tà Keo.",
    "Hoàn thành giải phóng mặt bằng 100% phục vụ cao tốc Mỹ Thuận - Cần Thơ.",
])
def test_a_work_named_after_the_share_of_its_volume_or_site_it_is_for(body: str) -> None:
    project = next(p for p, _programme in linked(body).values() if p)
    assert project in ("long-an/ho-chua-nuoc-ta-keo", "long-an/cao-toc-my-thuan-can-tho")


@pytest.mark.parametrize("body", [
    "Do tác động của Chương trình bình ổn thị trường, giá hàng hóa thiết yếu chỉ tăng 1,5%.",
    "Nhờ hiệu quả của dự án cầu Phước Lợi, lưu lượng xe qua trung tâm giảm 1,5%.",
    "Lượt khách tăng 1,5% nhờ Chương trình kích cầu du lịch nội địa.",
])
def test_a_programme_or_work_named_as_the_cause_of_a_figure_is_not_what_it_is_about(body: str) -> None:
    assert linked(body)["1,5%"] == (None, None)


@pytest.mark.parametrize("body", [
    "Dự án đường tỉnh 827E đã giải ngân 300 tỷ đồng. Dự án này hiện đạt 28% khối lượng.",
    "Dự án đường tỉnh 827E: giải ngân 300 tỷ đồng. Công trình dự kiến thông xe cuối năm, hiện đạt 28% khối lượng.",
])
def test_a_work_referred_back_to_with_a_word_of_time_before_its_verb(body: str) -> None:
    links = linked(body)
    assert links["300"] == links["28%"] == ("long-an/duong-tinh-827e", None)


def test_works_referred_to_in_the_plural_are_not_the_one_named_before() -> None:
    links = linked("Dự án đường tỉnh 827E đã giải ngân 300 tỷ đồng. Các dự án còn lại đạt 28% kế hoạch.")
    assert links["28%"] == (None, None)


@pytest.mark.parametrize("body", [
    "Cầu Rạch Chanh khởi công tháng 3/2023. Đến nay, khối lượng thi công đạt 64%.",
    "Dự án cầu Rạch Chanh do Sở Giao thông vận tải làm chủ đầu tư. Nhà thầu đã thi công đạt 64% khối lượng.",
])
def test_a_sentence_on_the_progress_of_works_goes_on_about_the_one_work_named_before(body: str) -> None:
    assert linked(body)["64%"] == ("long-an/cau-rach-chanh", None)


@pytest.mark.parametrize("body", [
    "Cầu Rạch Chanh khởi công tháng 3/2023. Khối lượng thi công các công trình giao thông toàn tỉnh đạt 64%.",
    "Cầu Rạch Chanh và cầu Mỹ Lợi đã khởi công. Đến nay, khối lượng thi công đạt 64%.",
    "Cầu Rạch Chanh khởi công tháng 3/2023. Huyện Cần Giuộc có khối lượng thi công đạt 64%.",
])
def test_a_sentence_on_progress_after_several_works_or_about_all_works_is_not_one_works(body: str) -> None:
    assert linked(body)["64%"] == (None, None)


@pytest.mark.parametrize("body", [
    "Đến nay đã giải phóng mặt bằng được 92% diện tích dự án đường tỉnh 830E.",
    "Các huyện đã bàn giao 92% mặt bằng của dự án đường tỉnh 830E.",
    "Giá trị sản lượng đạt 92% giá trị hợp đồng dự án đường tỉnh 830E.",
])
def test_a_work_named_after_the_share_of_its_area_or_contract_it_is_for(body: str) -> None:
    assert linked(body)["92%"] == ("long-an/duong-tinh-830e", None)


@pytest.mark.parametrize("body", [
    "đ) Nông thôn mới: Năm 2023 có 8 xã đạt chuẩn nông thôn mới. Lũy kế 250/300 xã đạt chuẩn, chiếm 83,3%.",
    "c) Xây dựng nông thôn mới: Trong kỳ có thêm 5 xã về đích. Lũy kế 250 xã đạt chuẩn, chiếm 83,3%.",
])
def test_a_run_in_title_before_a_colon_heads_every_sentence_of_its_paragraph(body: str) -> None:
    assert linked(body)["83,3%"] == (None, "ntp-new-rural")


@pytest.mark.parametrize("body", [
    "Giảm nghèo: Chương trình giảm nghèo bền vững được triển khai. Tỷ lệ hộ nghèo còn 1,2%.",
    "Cầu Rạch Chanh: đã thông xe 2 nhịp. Toàn tỉnh giải ngân 1,2% kế hoạch vốn trong tháng.",
    "Cầu Rạch Chanh: đã thông xe 2 nhịp. Huyện Cần Đước giải ngân 1,2% kế hoạch vốn trong tháng.",
])
def test_a_run_in_title_does_not_head_another_quantity_all_works_or_a_place(body: str) -> None:
    assert linked(body)["1,2%"] == (None, None)


def test_a_run_in_title_naming_other_subjects_heads_no_programme() -> None:
    links = linked("b) Trồng trọt và nông thôn mới: Năm 2023 có 8 xã đạt chuẩn. Lúa cả năm đạt 36.000 ha.")
    assert links["36.000"] == (None, None)


@pytest.mark.parametrize("body", [
    "Toàn tỉnh có 120 xã đạt chuẩn nông thôn mới, chiếm 75%. Bình quân đạt 17,5 tiêu chí/xã.",
    "Về xây dựng nông thôn mới, trong kỳ có thêm 5 xã đạt chuẩn. Các xã còn lại bình quân đạt 17,5 tiêu chí/xã.",
])
def test_a_programmes_result_later_in_the_paragraph_that_names_it_is_the_programmes(body: str) -> None:
    assert linked(body)["17,5"] == (None, "ntp-new-rural")


def test_another_quantity_later_in_a_paragraph_naming_a_programme_is_not_the_programmes() -> None:
    links = linked("Chương trình giảm nghèo bền vững được triển khai tích cực. Tỷ lệ hộ nghèo còn 1,2%.")
    assert links["1,2%"] == (None, None)


@pytest.mark.parametrize("body", [
    "Dự án Bệnh viện Đa khoa tỉnh quy mô 700 giường đạt 30% khối lượng. Bệnh viện dự kiến giải ngân 120 tỷ đồng.",
    "Cầu Rạch Chanh khởi công tháng 3/2023. Đến nay, cầu đã giải ngân 120 tỷ đồng.",
])
def test_a_sentence_opening_with_the_kind_word_of_the_work_named_before_is_about_it(body: str) -> None:
    project = linked(body)["120"][0]
    assert project in ("long-an/benh-vien-da-khoa-tinh", "long-an/cau-rach-chanh")


def test_a_sentence_opening_with_another_kind_word_is_not_about_the_work_named_before() -> None:
    links = linked("Cầu Rạch Chanh khởi công tháng 3/2023. Tỉnh đã giải ngân 120 tỷ đồng.")
    assert links["120"] == (None, None)


@pytest.mark.parametrize("body", [
    "Dự án đường Vành đai 3 - Vùng Đô thị đã giải ngân 900 tỷ đồng. Trong quý IV, Vành đai 3 phấn đấu giải ngân 500 "
    "tỷ đồng.",
    "Tuyến đường Vành đai 3 - Vùng Đô thị đạt 40% khối lượng; Vành đai 3 đã giải ngân 500 tỷ đồng.",
])
def test_a_road_named_again_without_its_kind_word_is_the_road_named_in_full(body: str) -> None:
    links = linked(body)
    whole = links["900"][0] if "900" in links else links["40%"][0]
    assert whole is not None and "duong-vanh-dai-3-vung" in whole
    assert links["500"][0] == whole


def indicators(body: str) -> dict[str, str | None]:
    """Each figure's number as written -> its indicator."""
    text = HEADER + body + "\n"
    return {text[f.start:f.end].split()[0]: f.indicator for f in extract(text, report_period="2023-H1").figures}


@pytest.mark.parametrize(("body", "costs"), [
    ("Các dự án lớn tiêu biểu là Khu đô thị Phước Lý (vốn hơn 1,5 tỷ USD) và Khu nhà ở Long Hậu (gần 900 triệu USD).",
     True),
    ("- Cầu Rạch Chanh: tổng vốn 1,5 tỷ USD; đã giải ngân 900 triệu USD.", False),
])
def test_an_amount_a_named_work_is_said_to_cost_is_its_total_investment(body: str, costs: bool) -> None:
    found = indicators(body)
    assert found["1,5"] == "project-investment-capital"
    assert (found["900"] == "project-investment-capital") == costs  # the next work's cost, or a disbursement


@pytest.mark.parametrize("body", [
    "Dự án đường tỉnh 830E đã giải ngân 210 tỷ đồng, đạt 70%; khối lượng thi công đạt 45%.",
    "Riêng cầu Rạch Chanh đã bàn giao toàn bộ mặt bằng; nhà thầu thi công đạt 45% khối lượng.",
])
def test_a_later_clause_on_progress_is_about_the_work_its_sentence_opens_with(body: str) -> None:
    project = linked(body)["45%"][0]
    assert project in ("long-an/duong-tinh-830e", "long-an/cau-rach-chanh")


def test_a_later_clause_about_all_works_is_not_the_opening_works() -> None:
    links = linked("Dự án đường tỉnh 830E đã giải ngân 210 tỷ đồng; toàn tỉnh giải ngân vốn đầu tư công đạt 45%.")
    assert links["45%"] == (None, None)


@pytest.mark.parametrize("body", [
    "Tỉnh đã bố trí 120 tỷ đồng để thi công cầu Mỹ Lợi.",
    "Ngân sách tỉnh cấp thêm 120 tỷ đồng để hoàn thành dự án đường tỉnh 830E.",
])
def test_a_work_named_after_the_amount_spent_to_build_it(body: str) -> None:
    assert linked(body)["120"][0] in ("long-an/cau-my-loi", "long-an/duong-tinh-830e")


@pytest.mark.parametrize("body", [
    "a) Dự án đường tỉnh 830E\n- Khối lượng thi công đạt 45%.\n- Giải ngân 210 tỷ đồng, đạt 70% kế hoạch.",
    "- Dự án đường tỉnh 830E\n+ Khối lượng thi công đạt 45%.\n+ Giải ngân 210 tỷ đồng.",
    "* Đường tỉnh 830E:\n- Khối lượng thi công đạt 45%;\n- Giải ngân 210 tỷ đồng.",
])
def test_items_under_a_head_naming_a_work_with_its_number_are_about_it(body: str) -> None:
    links = linked(body)
    assert links["45%"] == links["210"] == ("long-an/duong-tinh-830e", None)


def test_items_under_a_sentence_naming_a_work_are_not_about_it() -> None:
    links = linked("Dự án cầu Mỹ Lợi đã hoàn thành năm 2022.\n- Giải ngân vốn đầu tư công toàn tỉnh đạt 45%.")
    assert links["45%"] == (None, None)


def test_items_under_a_paragraph_are_led_in_by_its_last_sentence_only() -> None:
    body = ("Đàn heo tăng nhờ các dự án của Tập đoàn Hòa Phước đi vào hoạt động. Ước đến cuối tháng 6:\n"
            "- Đàn heo 335.600 con, tăng 18,7%.")
    assert linked(body)["335.600"] == (None, None)


@pytest.mark.parametrize("body", [
    "Đã khởi công 3 công trình trọng điểm: cầu Mỹ Lợi, cầu Rạch Chanh và đường tỉnh 830E với tổng vốn 2.100 tỷ đồng.",
    "Hoàn thành cầu Mỹ Lợi và đường tỉnh 830E, tổng mức đầu tư 2.100 tỷ đồng.",
])
def test_a_total_over_the_works_listed_before_it_is_no_one_works(body: str) -> None:
    assert linked(body)["2.100"] == (None, None)


def test_a_total_after_one_work_is_that_works() -> None:
    assert linked("Khởi công cầu Mỹ Lợi với tổng vốn 2.100 tỷ đồng.")["2.100"] == ("long-an/cau-my-loi", None)


@pytest.mark.parametrize("body", [
    "- 15 công trình, dự án phục vụ Đại hội Thể thao Đồng bằng 2026 tại thành phố Tân An, gồm 9 dự án đầu tư công.",
    "Có 15 công trình, dự án phục vụ Đại hội Thể thao Đồng bằng 2026 đã khởi công.",
])
def test_a_count_of_works_whose_noun_goes_on_into_the_groups_name(body: str) -> None:
    project = linked(body)["15"][0]
    assert project is not None and "dai-hoi-the-thao-dong-bang-2026" in project


@pytest.mark.parametrize("body", [
    "Cầu Rạch Chanh khởi công tháng 3/2023. Khối lượng hàng hóa qua cảng đạt 2,4 triệu tấn.",
    "Cầu Rạch Chanh khởi công tháng 3/2023. Mặt bằng giá tăng 3,2%.",
])
def test_a_volume_of_goods_or_a_price_level_after_a_work_is_not_its_progress(body: str) -> None:
    assert all(link == (None, None) for number, link in linked(body).items() if number != "3/2023")


@pytest.mark.parametrize("body", [
    "Dự án Phát triển hạ tầng du lịch ven sông tỉnh Long An (gọi tắt là Dự án Du lịch Long An) khởi công năm 2022. "
    "Dự án Du lịch Long An giải ngân 45 tỷ đồng.",
    "Dự án Nâng cấp đô thị vùng Đồng Tháp Mười (sau đây gọi là Dự án Đồng Tháp Mười) có 3 hợp phần. Năm nay, Dự án "
    "Đồng Tháp Mười giải ngân 45 tỷ đồng.",
])
def test_a_work_goes_by_the_short_name_the_report_declares_for_it(body: str) -> None:
    assert linked(body)["45"][0] in ("long-an/du-lich-long-an", "long-an/dong-thap-muoi")


@pytest.mark.parametrize("body", [
    "Dự án Phát triển hạ tầng nông thôn bền vững (CSSP) đạt 40% khối lượng. Năm nay, dự án CSSP giải ngân 45 tỷ "
    "đồng.",
    "Dự án Cải thiện môi trường đô thị Tân An (ICEM) đạt 40% khối lượng. Dự án ICEM đã giải ngân 45 tỷ đồng.",
])
def test_a_work_goes_by_the_acronym_declared_after_its_name(body: str) -> None:
    links = linked(body)
    assert links["40%"][0] == links["45"][0] and links["45"][0] in ("long-an/cssp", "long-an/icem")


@pytest.mark.parametrize("body", [
    "a) Dự án xây dựng cầu Mỹ Lợi nối xã An Thạnh (huyện Bến Lức) với xã Tân Bửu: tổng mức đầu tư 640 tỷ đồng. Năm "
    "2023 được bố trí 150 tỷ đồng, giải ngân 120 tỷ đồng.",
    "c) Nâng cấp, mở rộng đường tỉnh 827 qua huyện Châu Thành (thay thế tuyến cũ đã xuống cấp sau 20 năm sử dụng): "
    "dài 18 km. Kế hoạch vốn năm 2023 là 150 tỷ đồng, ước giải ngân 120 tỷ đồng.",
])
def test_a_run_in_title_names_its_work_with_what_is_done_to_it_its_ends_and_brackets(body: str) -> None:
    links = linked(body)
    work = links["150"][0]
    assert work is not None and ("cau-my-loi" in work or "duong-tinh-827" in work)
    assert links["120"] == (work, None)


@pytest.mark.parametrize("body", [
    "Cầu Rạch Kiến nối huyện Cần Đước với huyện Cần Giuộc: tổng mức đầu tư 500 tỷ đồng. Phần vốn tỉnh Long An bố trí "
    "năm 2023 là 90 tỷ đồng, giải ngân 85 tỷ đồng. Huyện Cần Giuộc giải ngân 40 tỷ đồng.",
    "b) Đường tỉnh 830E: dài 12 km. Vốn ngân sách tỉnh Long An năm nay là 90 tỷ đồng, đã giải ngân 85 tỷ đồng. Thị xã "
    "Kiến Tường giải ngân 40 tỷ đồng.",
])
def test_a_work_s_paragraph_naming_the_report_s_own_province_goes_on_with_the_work(body: str) -> None:
    links = linked(body)
    assert links["90"][0] is not None and links["85"] == links["90"]
    assert links["40"] == (None, None)  # a district's or a town's own disbursement


@pytest.mark.parametrize(("body", "work"), [
    ("Thực hiện Dự án nâng cấp hệ thống loa truyền thanh thôn bản, năm nay tỉnh lắp đặt cho 3 huyện, cụ thể:\n"
     "Huyện | Số cụm loa | Kinh phí (triệu đồng)\nThủ Thừa | 40 | 1.150\nĐức Hòa | 35 | 990\n",
     ("long-an/nang-cap-he-thong-loa-truyen-thanh-thon-ban", None)),
    ("Triển khai Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm nay, mỗi huyện làm thêm đường liên xóm. "
     "Số liệu từng huyện:\n\nHuyện | Số km | Vốn (tỷ đồng)\nHuyện Thủ Thừa | 40 | 1.150\n"
     "Huyện Đức Hòa | 35 | 990\n", (None, "ntp-new-rural")),
])
def test_a_table_s_rows_report_on_the_one_work_its_lead_in_names(body: str, work: tuple[str | None, str | None]
                                                                   ) -> None:
    links = linked(body)
    assert links["40"] == links["1.150"] == links["990"] == work


@pytest.mark.parametrize("body", [
    "Cầu Rạch Chanh và cầu Tân An đã khởi công; tiến độ giải ngân như sau:\nCông trình | Vốn (tỷ đồng)\n"
    "Nhánh 1 | 40\nNhánh 2 | 35\n",
    "Dự án cầu Rạch Chanh khởi công tháng 3. Số liệu thu ngân sách các huyện\nHuyện | Thu (tỷ đồng)\n"
    "Thủ Thừa | 40\nĐức Hòa | 35\n",
])
def test_no_work_for_a_table_whose_lead_in_names_two_or_does_not_lead_into_it(body: str) -> None:
    links = linked(body)
    assert links["40"] == links["35"] == (None, None)


@pytest.mark.parametrize(("body", "work"), [
    ("a) Chính sách theo Nghị quyết số 12/NQ-CP: lũy kế đã hỗ trợ 4.500 người. Cụ thể:\n"
     "- Lao động mất việc: 1.200 người, số tiền 3,6 tỷ đồng;\n- Hộ kinh doanh: 300 hộ, số tiền 0,9 tỷ đồng.",
     (None, "long-an/chinh-sach-theo-nghi-quyet-so-12-nq-cp")),
    ("b) Dự án cầu Phước Lợi: khởi công tháng 3/2023. Kết quả như sau:\n"
     "- Cọc khoan nhồi: thi công 1.200 m, đạt 80%;\n- Dầm: lao lắp 300 phiến, đạt 50%.",
     ("long-an/cau-phuoc-loi", None)),
])
def test_a_list_under_a_bare_lead_in_reports_on_the_work_its_paragraph_opens_with(
        body: str, work: tuple[str | None, str | None]) -> None:
    links = linked(body)
    assert links["1.200"] == links["300"] == work


def test_a_list_under_a_paragraph_naming_a_work_in_passing_is_not_the_work_s() -> None:
    links = linked("Ngành chăn nuôi phục hồi nhờ dự án trang trại bò sữa Hòa Khánh. Ước đến cuối tháng 6:\n"
                   "- Đàn bò 12.000 con, tăng 3%;\n- Đàn heo 90.000 con.")
    assert links["12.000"] == links["90.000"] == (None, None)


@pytest.mark.parametrize("body", [
    "c) Hỗ trợ tiền ăn trưa cho trẻ mẫu giáo theo Quyết định số 77/2029/QĐ-TTg: Phòng Giáo dục nhận danh sách của "
    "các trường. Trong năm chi trả cho 2.718 cháu ở 9 trường, tổng tiền 4,6 tỷ đồng.",
    "- Chính sách hỗ trợ học phí theo Nghị quyết số 41/2029/NQ-HĐND: các trường đã niêm yết. Học kỳ II đã chi cho "
    "2.718 em, số tiền 4,6 tỷ đồng.",
])
def test_later_sentences_of_a_policy_s_paragraph_are_the_policy_s(body: str) -> None:
    links = linked(body)
    assert links["2.718"] == links["4,6"] and links["4,6"][1] is not None
    assert links["4,6"][1].startswith("long-an/chinh-sach-ho-tro-")


@pytest.mark.parametrize(("body", "programme"), [
    ("- Chương trình mục tiêu quốc gia giảm nghèo bền vững:\n+ Vốn giao 40 tỷ đồng, đã giải ngân 25 tỷ đồng;\n",
     "ntp-poverty-reduction"),
    ("* Chương trình mục tiêu quốc gia xây dựng nông thôn mới:\n- Kế hoạch vốn 40 tỷ đồng, giải ngân 25 tỷ đồng.\n",
     "ntp-new-rural"),
])
def test_the_items_under_a_programme_s_head_are_the_programme_s(body: str, programme: str) -> None:
    links = linked(body)
    assert links["40"] == links["25"] == (None, programme)


@pytest.mark.parametrize(("body", "number", "work"), [
    ("Tại Khu công nghiệp Long Hậu, trạm xử lý nước thải có công suất 2.000 m3/ngày đêm.", "2.000",
     "long-an/khu-cong-nghiep-long-hau"),
    ("Tại Cụm công nghiệp Đức Hòa 1 hiện có 25 doanh nghiệp đang hoạt động.", "25",
     "long-an/cum-cong-nghiep-duc-hoa-1"),
])
def test_a_figure_at_an_industrial_park_is_the_park_s(body: str, number: str, work: str) -> None:
    assert linked(body)[number] == (work, None)


@pytest.mark.parametrize(("body", "numbers", "slug_start"), [
    ("Dự án WB9 gồm cụm công trình Kênh - Âu tàu Rạch Cát và đường nối. Kênh dài 2,5 km, âu tàu rộng 14 m; công "
     "trình được đưa vào khai thác, rút ngắn 60 km hành trình.", ("2,5", "14", "60"), "long-an/kenh-au-tau-rach-cat"),
    ("Năm nay đã khánh thành cụm công trình Cống - Âu thuyền Vàm Cỏ thuộc Dự án ICEM2. Cống dài 120 m, khoang "
     "thông thuyền rộng 20 m; công trình được bàn giao, phục vụ 45 nghìn ha.", ("120", "20", "45"),
     "long-an/cong-au-thuyen-vam-co"),
])
def test_a_sentence_opening_with_a_kind_word_is_about_the_work_of_that_kind_named_before(
        body: str, numbers: tuple[str, ...], slug_start: str) -> None:
    links = linked(body)
    assert all(links[number] == (slug_start, None) for number in numbers)


@pytest.mark.parametrize(("body", "statistic", "money"), [
    ("5. Giảm nghèo bền vững\nĐến cuối năm, tỷ lệ hộ nghèo còn 1,2%.\nNăm nay được bố trí 40 tỷ đồng để thực hiện.\n",
     "1,2%", "40"),
    ("b) Công tác giảm nghèo bền vững\nSố hộ nghèo giảm còn 2.150 hộ.\nVốn sự nghiệp được giao 25 tỷ đồng.\n",
     "2.150", "25"),
])
def test_a_programme_s_heading_heads_its_money_not_the_province_s_statistics(body: str, statistic: str,
                                                                             money: str) -> None:
    links = linked(body)
    assert links[money] == (None, "ntp-poverty-reduction")
    assert links[statistic] == (None, None)


@pytest.mark.parametrize("body", [
    "UBND tỉnh có văn bản về Chương trình mục tiêu quốc gia giảm nghèo bền vững. Năm nay, Trung ương phân bổ "
    "cho tỉnh 60 tỷ đồng, gồm vốn đầu tư 25 tỷ đồng và vốn sự nghiệp 35 tỷ đồng. Ngân hàng cho vay hộ nghèo 18 tỷ "
    "đồng.",
    "Các sở phối hợp lo Chương trình mục tiêu quốc gia giảm nghèo bền vững trong năm thứ ba. Kế hoạch vốn "
    "năm nay 60 tỷ đồng, vốn đầu tư 25 tỷ đồng, đã giải ngân 35 tỷ đồng. Quỹ hỗ trợ nông dân cho vay 18 tỷ đồng.",
])
def test_money_allotted_in_the_sentence_after_a_programme_is_the_programme_s(body: str) -> None:
    links = linked(body)
    assert links["60"] == links["25"] == links["35"] == (None, "ntp-poverty-reduction")
    assert links["18"] == (None, None)  # lending by others, two sentences on


@pytest.mark.parametrize("body", [
    "b) Cầu Phước Lợi: tổng mức đầu tư 500 tỷ đồng. Các địa phương đã bàn giao 12/15 km mặt bằng, còn 3 km chưa bàn "
    "giao. Các huyện giải ngân 90 tỷ đồng.",
    "c) Dự án đường Vành đai 2 Tân An: tổng mức đầu tư 500 tỷ đồng. Các huyện bàn giao mặt bằng được 12 km, còn 3 km "
    "vướng mắc. Các địa phương giải ngân 90 tỷ đồng.",
])
def test_land_the_localities_hand_over_in_a_work_s_paragraph_is_the_work_s(body: str) -> None:
    links = linked(body)
    assert links["12"][0] is not None and links["12"] == links["3"] == links["500"]
    assert links["90"] == (None, None)  # the districts' own disbursement


@pytest.mark.parametrize("body", [
    "Thực hiện Dự án 5 (hỗ trợ nhà ở cho hộ nghèo) thuộc Chương trình mục tiêu quốc gia giảm nghèo bền vững, tỉnh "
    "được giao 30 tỷ đồng.\nMột số khó khăn: tiến độ giải ngân vốn Dự án 5 mới đạt 64,5%.\nNhiệm vụ: giải ngân 100% "
    "vốn Dự án 5 được giao.",
    "Tiểu dự án 2 của Dự án 3 thuộc Chương trình mục tiêu quốc gia giảm nghèo bền vững được bố trí 30 tỷ đồng.\n"
    "Hạn chế: Dự án 3 giải ngân mới đạt 64,5%.\nNăm tới, phấn đấu Dự án 3 giải ngân 100% vốn.",
])
def test_a_numbered_component_named_alone_later_is_its_programme_s(body: str) -> None:
    links = linked(body)
    assert links["64,5%"] == links["100%"] == (None, "ntp-poverty-reduction")


@pytest.mark.parametrize(("body", "programme"), [
    ("1. Giảm nghèo\nTriển khai Dự án 2 thuộc Chương trình mục tiêu quốc gia giảm nghèo bền vững, tỉnh phân bổ "
     "14 tỷ đồng.\n1.1. Giải ngân\nĐến cuối tháng 6, Dự án 2 đã giải ngân 55,2% kế hoạch vốn.\n2. Giao thông\n"
     "Dự án 2 đạt 40% khối lượng thi công.", "ntp-poverty-reduction"),
    ("a) Nông thôn mới\nNội dung 3 thuộc Chương trình mục tiêu quốc gia xây dựng nông thôn mới được giao 9 tỷ "
     "đồng; riêng Nội dung 3 đã giải ngân 55,2%.\nb) Thủy lợi\nNội dung 3 của kế hoạch tu bổ kênh đạt 40% khối "
     "lượng.", "ntp-new-rural"),
])
def test_a_numbered_component_is_its_programme_s_only_in_the_heading_block_that_declares_it(
        body: str, programme: str) -> None:
    links = linked(body)
    assert links["55,2%"] == (None, programme)
    assert links["40%"][1] is None  # another heading block: the same number names something else


@pytest.mark.parametrize("review", [
    "III. Tồn tại, hạn chế\n- Vốn Dự án 2 mới giải ngân được 40%.",
    "II. MỤC TIÊU VÀ CÁC CHỈ TIÊU CHỦ YẾU NĂM 2024\n- Giải ngân 40% vốn Dự án 2 trong quý I.",
])
def test_a_numbered_component_reaches_the_parts_that_review_the_whole_body(review: str) -> None:
    body = ("I. Kết quả\n1. Giảm nghèo\nTriển khai Dự án 2 thuộc Chương trình mục tiêu quốc gia giảm nghèo bền vững, "
            "tỉnh phân bổ 14 tỷ đồng.\n2. Giao thông\nDự án 2 đạt 55,2% khối lượng thi công.\n" + review)
    links = linked(body)
    assert links["40%"] == (None, "ntp-poverty-reduction")  # shortcomings and general targets look back at it all
    assert links["55,2%"][1] is None  # a topic heading of its own is out of reach


@pytest.mark.parametrize("body", [
    "Các công trình: cải tạo Bệnh viện Phổi tỉnh; cải tạo 28 trạm y tế xã thuộc Dự án Nâng cấp mạng lưới y tế cơ sở, "
    "đến nay đã đưa vào sử dụng 19 trạm.",
    "Trọng tâm: nâng cấp Cầu Tân An; xây mới 28 phòng học thuộc Dự án Hỗ trợ giáo dục vùng khó khăn, đến nay bàn "
    "giao 19 phòng.",
])
def test_the_whole_a_thing_belongs_to_is_the_clause_s_work_when_no_work_comes_before_it(body: str) -> None:
    links = linked(body)
    assert links["28"][0] is not None and links["19"] == links["28"]
