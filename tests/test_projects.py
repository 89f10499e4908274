"""The project index: names of works found in text in words of our own, provisional IRIs stable across phrasings,
national programmes shared, a merge recorded with owl:sameAs resolving to the kept IRI."""

from __future__ import annotations

import pytest
from pyoxigraph import Literal, NamedNode, Triple

from provkg.core.namespaces import PK, PROJECT, RDF, RDFS
from provkg.reference.loader import Reference, load_reference
from provkg.reference.projects import (
    ProjectIndex,
    find_project_names,
    is_provisional,
    normalise_project_name,
    project_index,
    provisional_project,
)


def _names(text: str) -> list[str]:
    return [m.name for m in find_project_names(text)]


def test_names_of_works_end_where_the_sentence_goes_on() -> None:
    # "dự án" before the work's own kind word: the work's kind word begins the name
    assert _names("Dự án đầu tư xây dựng cầu Bến Lức 2 đạt 45% khối lượng.") == ["cầu Bến Lức 2"]
    assert _names("Dự án Trung tâm hội nghị Phú Yên đạt 30% khối lượng.") == ["Trung tâm hội nghị Phú Yên"]
    assert _names("Đường cao tốc Hòa Liên - Túy Loan dài 12 km; đã giải ngân 300 tỷ đồng.") == [
        "Đường cao tốc Hòa Liên - Túy Loan"]
    assert _names("Kè chống sạt lở bờ sông đoạn Tân Châu đã hoàn thành.") == ["Kè chống sạt lở bờ sông đoạn Tân Châu"]
    assert _names("công trình hồ chứa nước Krông Pắc Thượng giải ngân 80%") == ["hồ chứa nước Krông Pắc Thượng"]
    assert _names("Dự án Nhà máy nhiệt điện Quảng Trạch 1 đang thi công") == ["Nhà máy nhiệt điện Quảng Trạch 1"]
    assert _names("tuyến đường tỉnh 942 được nâng cấp") == ["tuyến đường tỉnh 942"]


def test_no_name_without_a_proper_name_and_parts_in_brackets_are_not_works() -> None:
    assert _names("các tuyến đường giao thông nông thôn được bê tông hóa 35 km") == []
    assert _names("Dự án cầu Mỹ Thuận 3 (dự án thành phần 2) đạt 70%") == ["cầu Mỹ Thuận 3"]


def test_a_national_programme_is_named_in_common_nouns_up_to_its_punctuation() -> None:
    assert _names("Chương trình mục tiêu quốc gia giảm nghèo bền vững: giải ngân 90%") == [
        "Chương trình mục tiêu quốc gia giảm nghèo bền vững"]


def test_provisional_iris_are_stable_across_phrasings() -> None:
    first = provisional_project("Dự án đầu tư xây dựng cầu Bến Lức 2", "long-an")
    assert first == provisional_project("cầu Bến Lức 2", "long-an") == provisional_project("CẦU BẾN LỨC 2", "long-an")
    assert first == "long-an/cau-ben-luc-2"
    expressway = provisional_project("Đường bộ cao tốc Hòa Liên - Túy Loan", "da-nang")
    assert expressway == provisional_project("đường cao tốc Hòa Liên – Túy Loan (đoạn qua huyện A)", "da-nang")
    assert expressway == "da-nang/cao-toc-hoa-lien-tuy-loan"
    # a numbered phase is a work of its own, in brackets or not; a span of years is no phase
    phase = provisional_project("đường cao tốc Hòa Liên – Túy Loan (giai đoạn 1)", "da-nang")
    assert phase == provisional_project("Đường bộ cao tốc Hòa Liên - Túy Loan giai đoạn 1", "da-nang")
    assert phase == "da-nang/cao-toc-hoa-lien-tuy-loan-giai-doan-1"
    assert provisional_project("cầu Bến Lức 2 (giai đoạn 2021-2025)", "long-an") == "long-an/cau-ben-luc-2"
    assert normalise_project_name("Công trình: Hồ chứa nước Ea Súp") == "hồ chứa nước ea súp"


def test_known_projects_national_programmes_and_other_provinces() -> None:
    index = project_index()
    assert index.resolve("sân bay Điện Biên", "dien-bien") == ("dien-bien-airport", True)
    # a work of Điện Biên is not another province's work of a similar name
    assert index.resolve("sân bay Điện Biên", "lai-chau") == ("lai-chau/san-bay-dien-bien", False)
    # a national programme is one IRI for every province
    line = "Chương trình mục tiêu quốc gia xây dựng nông thôn mới: 12 xã đạt chuẩn"
    assert [hit[2:] for hit in index.find_all(line, "ca-mau")] == [("ntp-new-rural", True)]
    assert [hit[2:] for hit in index.find_all(line, "son-la")] == [("ntp-new-rural", True)]
    text = "Dự án cầu Bến Lức 2 giải ngân 120 tỷ đồng"
    assert [hit[2:] for hit in index.find_all(text, "long-an")] == [("long-an/cau-ben-luc-2", False)]


def test_a_merge_keeps_the_older_iri() -> None:
    base = load_reference()
    kept = NamedNode(PROJECT + "ben-luc-bridge")
    merged = [
        Triple(kept, NamedNode(RDF + "type"), NamedNode(PK + "Project")),
        Triple(kept, NamedNode(RDFS + "label"), Literal("Cầu Bến Lức mới", language="vi")),
        Triple(kept, NamedNode("http://www.w3.org/2002/07/owl#sameAs"), NamedNode(PROJECT + "long-an/cau-ben-luc-2")),
    ]
    index = ProjectIndex.from_reference(Reference(base.triples + merged))
    assert index.resolve("dự án cầu Bến Lức 2", "long-an") == ("ben-luc-bridge", True)
    assert index.resolve("cầu Bến Lức mới", "long-an") == ("ben-luc-bridge", True)


@pytest.mark.parametrize(("text", "names"), [
    # a plural kind word: the enumeration of names is one group of works
    ("Các cầu Bình An, Tân Phú và Long Hòa: giải ngân 90 tỷ đồng.", ["cầu Bình An, Tân Phú và Long Hòa"]),
    ("các hồ chứa Suối Dầu, Đá Bàn đã tích đủ nước", ["hồ chứa Suối Dầu, Đá Bàn"]),
    # words after the name that belong to it when the name ends there
    ("Đường tỉnh 742 nối dài: đã giải ngân 60 tỷ đồng.", ["Đường tỉnh 742 nối dài"]),
    ("tuyến đường Lê Lợi kéo dài, giải ngân 45 tỷ đồng", ["tuyến đường Lê Lợi kéo dài"]),
    ("tuyến đường Lê Lợi kéo dài 5 km", ["tuyến đường Lê Lợi"]),
    # the proper name in brackets names the work
    ("Cầu vượt sông Đà (cầu Hòa Bình 3) đạt 40% khối lượng.", ["cầu Hòa Bình 3"]),
    ("đường vành đai phía Bắc (đường Trần Hưng Đạo) thông xe 3 km", ["đường Trần Hưng Đạo"]),
    # a road or a bridge joining two places: both ends
    ("Đường nối huyện Mỹ Đức với thị xã Sơn Tây giải ngân 50 tỷ đồng", ["Đường nối huyện Mỹ Đức với thị xã Sơn Tây"]),
    ("cầu nối xã An Phú với xã Tân Hòa đã hợp long", ["cầu nối xã An Phú với xã Tân Hòa"]),
    # a long common-noun name with "và" before its place name
    ("Dự án cấp nước sạch và vệ sinh môi trường nông thôn tỉnh Hà Nam giải ngân 20 tỷ đồng",
     ["Dự án cấp nước sạch và vệ sinh môi trường nông thôn tỉnh Hà Nam"]),
])
def test_names_of_works_of_several_shapes(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    "Thu từ Nhà máy thủy điện Sông Bung đạt 300 tỷ đồng.",  # a plant at work is an enterprise, not a work
    "sản lượng điện giảm do Nhà máy nhiệt điện Phả Lại bảo dưỡng",
    "thu hút thêm 12 dự án FDI với vốn 300 triệu USD",  # a kind of financing, not a work
    "gồm 8 dự án đầu tư công và 5 dự án ODA",
    "xảy ra 3 vụ tai nạn giao thông trên Quốc lộ 14",  # a national road as a place
    "lưu lượng xe qua quốc lộ 6 tăng 12%",
    "có 10 dự án du lịch và 5 dự án PPP",
])
def test_plants_at_work_and_kinds_of_financing_are_not_works(text: str) -> None:
    assert _names(text) == []


def test_a_national_road_or_an_urban_area_is_a_work_when_the_text_invests_in_it() -> None:
    assert _names("Dự án nâng cấp, mở rộng Quốc lộ 14 đoạn qua tỉnh đạt 55%.") == ["Quốc lộ 14"]
    assert _names("cải tạo quốc lộ 6 giải ngân 90 tỷ đồng") == ["quốc lộ 6"]
    assert _names("Khu đô thị Nam Sông Hậu đã giải phóng mặt bằng 80%") == ["Khu đô thị Nam Sông Hậu"]


@pytest.mark.parametrize(("text", "names"), [
    ("Cống Vàm Răng đã hoàn thành 85% khối lượng.", ["Cống Vàm Răng"]),
    ("đập dâng Phước Hòa giải ngân 40 tỷ đồng", ["đập dâng Phước Hòa"]),
    ("Đường dây 220 kV Sóc Trăng - Bạc Liêu đã bàn giao mặt bằng 98%", ["Đường dây 220 kV Sóc Trăng - Bạc Liêu"]),
    ("trạm biến áp 220 kV Tân Uyên đóng điện", ["trạm biến áp 220 kV Tân Uyên"]),
    ("nâng cấp kênh Chợ Gạo đạt 60% khối lượng", ["kênh Chợ Gạo"]),
    ("xem trên kênh VTV1 đạt 2 triệu lượt", []),  # a channel, not a canal: no investment named
])
def test_irrigation_and_power_works(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_a_plant_is_a_work_when_the_text_says_it_is_built() -> None:
    assert _names("Dự án nhà máy điện mặt trời Phước Thái đạt 70% khối lượng.") == ["nhà máy điện mặt trời Phước Thái"]
    assert _names("khởi công xây dựng Nhà máy xử lý rác Tây Bắc") == ["Nhà máy xử lý rác Tây Bắc"]


def test_provisional_works_are_programmes_or_projects_by_their_kind_word() -> None:
    index = project_index()
    assert index.is_programme("ntp-new-rural") and not index.is_programme("dien-bien-airport")
    assert index.is_programme("long-an/chuong-trinh-phat-trien-du-lich-ven-song")
    assert index.is_programme("long-an/de-an-trong-rung-ven-bien")
    assert not index.is_programme("long-an/cau-ben-luc-2")
    text = "Cầu Bến Lức 2 đạt 40%. Dự án cầu Bến Lức 2 giải ngân 90 tỷ đồng."
    assert index.names_written(text, "long-an") == {"long-an/cau-ben-luc-2": "Cầu Bến Lức 2"}


def test_provisional_names_a_fact_sheet_may_hold() -> None:
    known = load_reference().known
    assert is_provisional("long-an/cau-ben-luc-2", known)
    assert not is_provisional("atlantis/cau-ben-luc-2", known)  # no such province
    assert not is_provisional("long-an/Cầu Bến Lức", known) and not is_provisional("cau-ben-luc-2", known)


def test_abbreviated_names_are_found_and_compared_written_out() -> None:
    index = project_index()
    for text in ("Chương trình MTQG phát triển KT-XH vùng DTTS&MN giai đoạn 2021-2030 giải ngân 40%",
                 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng dân tộc thiểu số và miền núi: 40%"):
        assert [hit[2] for hit in index.find_all(text, "lao-cai")] == ["ntp-ethnic-minorities"]
    text = "Có thêm 4 xã đạt chuẩn NTM nâng cao"
    ((start, end, local, confirmed),) = index.find_all(text, "lao-cai")
    assert (text[start:end], local, confirmed) == ("NTM", "ntp-new-rural", True)  # offsets of the text as written
    assert provisional_project("Dự án ĐTXD cầu Bến Lức 2", "long-an") == provisional_project("cầu Bến Lức 2", "long-an")


def test_national_programmes_are_known_by_their_words_after_the_head() -> None:
    index = project_index()
    assert index.known("Chương trình mục tiêu quốc gia về xây dựng nông thôn mới giai đoạn 2021-2025") == \
        "ntp-new-rural"
    assert index.known("CT MTQG giảm nghèo bền vững giai đoạn 2021 - 2025") == "ntp-poverty-reduction"
    assert index.known("Chương trình mục tiêu quốc gia phòng chống ma túy") is None  # no programme of those words


def test_component_projects_segments_codes_and_names_in_sentence_case() -> None:
    assert _names("Dự án thành phần 1 thuộc Dự án đường bộ cao tốc Biên Hòa - Vũng Tàu đạt 60%") == [
        "đường bộ cao tốc Biên Hòa - Vũng Tàu thành phần 1"]
    assert _names("dự án thành phần 2 của tuyến cao tốc Cần Thơ - Cà Mau, giải ngân 90%") == [
        "cao tốc Cần Thơ - Cà Mau thành phần 2"]
    assert _names("Quốc lộ 1, đoạn Cần Thơ - Phụng Hiệp được nâng cấp; đạt 40%") == []  # a road, not a work
    assert _names("Cao tốc Cần Thơ - Cà Mau, đoạn Hậu Giang - Bạc Liêu đã thông xe") == [
        "Cao tốc Cần Thơ - Cà Mau, đoạn Hậu Giang - Bạc Liêu"]
    assert _names("Đường tỉnh ĐT.826 đã thảm nhựa") == ["Đường tỉnh ĐT.826"]
    assert _names("Bệnh viện Đa khoa tỉnh đạt 70% khối lượng") == ["Bệnh viện Đa khoa tỉnh"]
    assert _names("Trung tâm Hành chính công tỉnh đã tiếp nhận 5.000 hồ sơ") == []  # a centre at work, not a work
    assert _names("Xây dựng Trung tâm Hội nghị tỉnh đạt 30%") == ["Trung tâm Hội nghị tỉnh"]
    assert _names("Cầu Rồng nối hai bờ sông đạt 50%") == ["Cầu Rồng"]
    assert _names("sản lượng điện của thủy điện Trị An đạt 1,2 tỷ kWh") == []


def test_road_codes_are_written_out_and_segments_in_brackets_name_the_work() -> None:
    index = project_index()

    def works(text: str) -> list[str]:
        return [local for _s, _e, local, _c in index.find_all(text, "nam-dinh")]

    assert works("nâng cấp ĐT.490C đoạn từ ngã tư Đò Quan đạt 60%") == [
        "nam-dinh/duong-tinh-490c-doan-tu-nga-tu-do-quan"]
    assert works("đường tỉnh 490C đoạn từ ngã tư Đò Quan: đạt 60%") == works("đường ĐT 490C đoạn từ ngã tư Đò Quan")
    assert works("mở rộng QL10 đoạn cầu Tân Đệ - cầu Lộc An đạt 40%") == [
        "nam-dinh/quoc-lo-10-doan-cau-tan-de-cau-loc-an"]
    assert works("tai nạn trên QL10 giảm 3 vụ") == []  # a national road is a work only when invested in
    segment = ["nam-dinh/duong-tinh-487-doan-nam-truc-truc-ninh"]
    assert works("dự án đường ĐT.487 (đoạn Nam Trực - Trực Ninh) đạt 55%") == segment
    assert works("dự án đường tỉnh 487, đoạn Nam Trực - Trực Ninh đạt 55%") == segment
    # a place after lower-case words still belongs to the name ("khu vực thành phố ...")
    assert works("kè bờ sông Đáy khu vực thị trấn Liễu Đề đạt 70%") == [
        "nam-dinh/ke-bo-song-day-khu-vuc-thi-tran-lieu-de"]


def test_abbreviated_parks_bypasses_dikes_and_irrigation_systems() -> None:
    assert provisional_project("KCN Cẩm Khê", "phu-tho") == provisional_project("Khu công nghiệp Cẩm Khê", "phu-tho")
    assert _names("Dự án tuyến tránh thị trấn Phú Mỹ đạt 30% khối lượng") == ["tuyến tránh thị trấn Phú Mỹ"]
    assert _names("Đê hữu sông Lô được nâng cấp; đạt 60%") == ["Đê hữu sông Lô"]
    assert _names("hệ thống thủy lợi Nam Thạch Hãn giải ngân 20 tỷ đồng") == ["hệ thống thủy lợi Nam Thạch Hãn"]
    assert _names("bờ đê bị sạt lở 35 m; đê điều được tu bổ") == []  # no proper name, no work


@pytest.mark.parametrize(("text", "names"), [
    # a place's abbreviation with its full stop inside a work's name
    ("Dự án đường Vành đai 4 TP. Hà Nội đoạn qua tỉnh đạt 35% khối lượng.", ["đường Vành đai 4 TP. Hà Nội"]),
    ("Cầu Rạch Sỏi TX. Kiến Tường đã thông xe, giải ngân 80 tỷ đồng.", ["Cầu Rạch Sỏi TX. Kiến Tường"]),
    # a work named in common nouns, after words that say the text invests in it
    ("Dự án đường bộ ven biển đoạn qua tỉnh đã giải ngân 1.200 tỷ đồng.", ["đường bộ ven biển"]),
    ("Dự án nâng cấp đường ven biển phía nam (giai đoạn 2) hoàn thành 70% khối lượng.",
     ["đường ven biển phía nam giai đoạn 2"]),
    # "Cầu", "Kè" of a place's name are no works
    ("Các huyện Cầu Kè và Tiểu Cần thu hoạch sớm 14.000 ha lúa.", []),
    ("Quận Cầu Giấy khởi công cầu vượt Mai Dịch với vốn 560 tỷ đồng.", ["cầu vượt Mai Dịch"]),
])
def test_place_abbreviations_common_noun_works_and_places_named_like_works(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_common_nouns_name_no_work_without_an_investment_word_or_when_the_sentence_goes_on() -> None:
    assert _names("Đường giao thông nông thôn được cứng hóa thêm 85 km.") == []
    assert _names("Dự án đường giao thông nông thôn đạt 50% kế hoạch.") == []


@pytest.mark.parametrize(("text", "names"), [
    ('Dự án “Cải thiện hạ tầng giao thông nông thôn” giải ngân 85 tỷ đồng, đạt 60% kế hoạch.',
     ["Dự án Cải thiện hạ tầng giao thông nông thôn"]),
    ('Tiếp tục thực hiện Chương trình "Mỗi xã một sản phẩm" với 36 sản phẩm được công nhận.',
     ["Chương trình Mỗi xã một sản phẩm"]),
])
def test_a_name_in_quotes_after_the_word_of_a_work_runs_to_its_closing_quote(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_a_quoted_programme_is_a_programme_and_a_quoted_project_a_project() -> None:
    works = project_index()
    assert works.is_programme(provisional_project("Chương trình Mỗi xã một sản phẩm", "long-an"))
    assert not works.is_programme(provisional_project("Dự án Cải thiện hạ tầng giao thông nông thôn", "long-an"))


@pytest.mark.parametrize(("text", "names"), [
    # a road's number after lower-case words of a name names it too
    ("Dự án khu đô thị phía Nam quốc lộ 1A đã giải phóng mặt bằng 80%.", ["khu đô thị phía Nam quốc lộ 1A"]),
    ("Khu tái định cư phía Tây đường tỉnh 830 hoàn thành 75% khối lượng.", ["Khu tái định cư phía Tây đường tỉnh 830"]),
    # every end a road joins, the last after "và"
    ("Dự án đường kết nối cảng Long An với quốc lộ 50 và quốc lộ 62 đạt 40% khối lượng.",
     ["đường kết nối cảng Long An với quốc lộ 50 và quốc lộ 62"]),
    ("Tuyến đường nối thành phố Tân An với đường tỉnh 827 và Cần Giuộc đã giải ngân 120 tỷ đồng.",
     ["Tuyến đường nối thành phố Tân An với đường tỉnh 827 và Cần Giuộc"]),
])
def test_road_numbers_and_the_ends_a_road_joins_belong_to_its_name(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_two_works_joined_by_and_stay_two() -> None:
    assert _names("Cầu Phước Lợi và cầu Rạch Chanh đạt 50% khối lượng.") == ["Cầu Phước Lợi", "cầu Rạch Chanh"]


@pytest.mark.parametrize(("text", "names"), [
    # what is done to a work, between "dự án" and the work's kind word, is no part of its name
    ("Dự án nâng cấp, mở rộng quốc lộ 62 đã giải ngân 210 tỷ đồng.", ["quốc lộ 62"]),
    ("Dự án cải tạo hồ chứa nước Cây Sung đạt 70% khối lượng.", ["hồ chứa nước Cây Sung"]),
    # "HCM" written out, in a city's or a road's name
    ("Dự án đường Vành đai 3 TP.HCM đoạn qua tỉnh đạt 20% khối lượng.", ["đường Vành đai 3 TP.HCM"]),
    ("Dự án nâng cấp đường HCM đoạn qua huyện đạt 40% khối lượng.", ["đường HCM"]),
])
def test_works_after_what_is_done_to_them_and_hcm_written_out(text: str, names: list[str]) -> None:
    assert _names(text) == names
    assert provisional_project(names[0], "long-an") != "long-an/" and (
        "HCM" not in names[0] or provisional_project(names[0], "long-an").endswith("ho-chi-minh"))


@pytest.mark.parametrize(("text", "names"), [
    # a numbered phase in brackets belongs to the name, a span of years does not
    ("Đường nối thị trấn Phú Mỹ với cảng Cái Mép (giai đoạn II) đạt 55% khối lượng.",
     ["Đường nối thị trấn Phú Mỹ với cảng Cái Mép giai đoạn II"]),
    ("Cầu Tân An 2 (giai đoạn 2021-2025) đã thông xe.", ["Cầu Tân An 2"]),
    # what follows "thuộc" names the whole a work belongs to, a work of its own
    ("Dự án kè bờ sông Lam thuộc hệ thống thủy lợi Nam Đàn đạt 40% khối lượng.",
     ["kè bờ sông Lam", "hệ thống thủy lợi Nam Đàn"]),
    ("Cầu Suối Đá thuộc tuyến tránh Quốc lộ 1A đã hợp long.", ["Cầu Suối Đá", "tuyến tránh Quốc lộ 1A"]),
    # a school or a sub-zone of an urban area is a work when the text invests in it
    ("Dự án cải tạo, nâng cấp Trường Cao đẳng Y tế Hòa Bình đạt 60% khối lượng.", ["Trường Cao đẳng Y tế Hòa Bình"]),
    ("Xây dựng Trường THCS Lê Lợi hoàn thành 80% khối lượng.", ["Trường THCS Lê Lợi"]),
    ("Phân khu C khu đô thị Nam Lý (vốn 2.100 tỷ đồng) đang lập hồ sơ.", ["Phân khu C khu đô thị Nam Lý"]),
])
def test_phases_wholes_schools_and_sub_zones(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    "Trường Đại học Tân Trào tuyển sinh 1.450 sinh viên.",  # a school at work, not built
    "Hoàn thành lập quy hoạch phân khu tỷ lệ 1/2000 cho 3 khu vực.",  # a zoning plan's scale names no work
    "Thực hiện chương trình công tác năm 2024 đạt 92% nội dung.",  # "chương trình" in lower case is a common noun
    "Chương trình đạt 80% kế hoạch.",  # no name after the kind word
])
def test_no_work_in_an_institution_a_plan_scale_or_a_common_noun(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(("text", "name", "slug"), [
    ("Chương trình khuyến nông năm 2024 được giao 3,2 tỷ đồng.", "Chương trình khuyến nông năm 2024",
     "chuong-trinh-khuyen-nong"),
    ("Chương trình khuyến nông năm 2025 là 3,5 tỷ đồng.", "Chương trình khuyến nông năm 2025",
     "chuong-trinh-khuyen-nong"),
    ("Chương trình đưa hàng Việt về nông thôn có 40 doanh nghiệp tham gia.",
     "Chương trình đưa hàng Việt về nông thôn", "chuong-trinh-dua-hang-viet-ve-nong-thon"),
])
def test_a_capitalised_programme_is_named_by_its_common_nouns_and_its_year_is_no_part_of_it(
        text: str, name: str, slug: str) -> None:
    assert _names(text) == [name]
    assert provisional_project(name, "ha-giang") == f"ha-giang/{slug}"
    assert project_index().is_programme(f"ha-giang/{slug}")


def test_a_national_programme_named_shorter_is_the_national_one() -> None:
    index = project_index()
    assert index.resolve("Chương trình phục hồi và phát triển kinh tế - xã hội", "gia-lai") == (
        "socio-economic-recovery-programme", True)
    assert index.resolve("vốn Chương trình phục hồi", "gia-lai")[0] != "socio-economic-recovery-programme"
    assert index.resolve("Chương trình phục hồi", "kon-tum") == ("socio-economic-recovery-programme", True)
    assert index.resolve("Chương trình phục hồi và phát triển KT-XH", "kon-tum") == (
        "socio-economic-recovery-programme", True)
    # words no national programme's label holds: a programme of the province
    assert index.resolve("Chương trình cấp nước sạch nông thôn", "kon-tum") == (
        "kon-tum/chuong-trinh-cap-nuoc-sach-nong-thon", False)


@pytest.mark.parametrize(("text", "names"), [
    # the place a work is at, right after "tại", is part of its name
    ("Các công trình phục vụ Hội nghị cấp cao ASEAN 2030 tại thành phố Hạ Long đạt 40% khối lượng.",
     ["công trình phục vụ Hội nghị cấp cao ASEAN 2030 tại thành phố Hạ Long"]),
    ("Dự án cầu Mỹ Lợi tại huyện Chợ Gạo đạt 60% khối lượng.", ["cầu Mỹ Lợi tại huyện Chợ Gạo"]),
    # a project named by its investor, without the investor's legal form
    ("Dự án của Tập đoàn Hòa Phát được điều chỉnh tăng vốn lên 2 tỷ USD.", ["Dự án Hòa Phát"]),
    ("trong đó dự án của Công ty TNHH Foxconn (Việt Nam) vốn 300 triệu USD đã đi vào hoạt động.", ["dự án Foxconn"]),
])
def test_places_after_tai_and_investors_name_works(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_a_work_and_its_place_are_not_split_by_a_lower_case_word_after_tai() -> None:
    assert _names("Dự án cầu Mỹ Lợi đạt 60% tại thời điểm báo cáo.") == ["cầu Mỹ Lợi"]
    assert _names("dự án của tỉnh giải ngân 40%") == []


@pytest.mark.parametrize(("text", "names"), [
    # donor-funded projects named in sentence case run to their clause's punctuation or verb
    ("Dự án Phát triển các đô thị dọc hành lang tiểu vùng sông Mê Kông giải ngân 120 tỷ đồng.",
     ["Dự án Phát triển các đô thị dọc hành lang tiểu vùng sông Mê Kông"]),
    ("Dự án Sửa chữa và nâng cao an toàn đập (WB8) hoàn thành 80% khối lượng.",
     ["Dự án Sửa chữa và nâng cao an toàn đập"]),
    ("dự án Cải thiện cơ sở hạ tầng nông nghiệp vay vốn ADB giải ngân 40 tỷ đồng",
     ["dự án Cải thiện cơ sở hạ tầng nông nghiệp"]),
    ("Dự án Ổn định dân cư vùng lũ tại huyện Tân Hồng đạt 50%.", ["Dự án Ổn định dân cư vùng lũ tại huyện Tân Hồng"]),
])
def test_a_project_named_in_sentence_case_keeps_its_lower_case_words(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_an_acronym_after_the_word_project_is_no_sentence_case_name() -> None:
    assert _names("Toàn tỉnh có 115 dự án FDI còn hiệu lực.") == []


@pytest.mark.parametrize(("text", "names"), [
    # an item of a work after a dash or a comma belongs to its name; a name in sentence case ends at the dash
    ("- Bệnh viện Đa khoa tỉnh - hạng mục khoa truyền nhiễm: giải ngân 40% kế hoạch vốn.",
     ["Bệnh viện Đa khoa tỉnh - hạng mục khoa truyền nhiễm"]),
    ("Cầu Rạch Miễu 2, hạng mục đường dẫn phía Bến Tre đạt 70% khối lượng.",
     ["Cầu Rạch Miễu 2, hạng mục đường dẫn phía Bến Tre"]),
    # works listed as examples of projects, of kinds that otherwise need an investment word before them
    ("Có 12 dự án được cấp mới, như Nhà máy gạch Tân Phú (320 tỷ đồng), Thủy điện Sông Bung 3 (210 tỷ đồng).",
     ["Nhà máy gạch Tân Phú", "Thủy điện Sông Bung 3"]),
    ("Các dự án lớn gồm Trung tâm thương mại Vincom Hà Tĩnh và Nhà máy bia Sài Gòn đang triển khai.",
     ["Trung tâm thương mại Vincom Hà Tĩnh", "Nhà máy bia Sài Gòn"]),
])
def test_items_of_works_and_works_listed_as_projects(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_a_plant_named_outside_a_list_of_projects_is_still_no_work() -> None:
    assert _names("Thu từ Nhà máy thủy điện Hòa Bình đạt 500 tỷ đồng, như năm trước.") == []


def test_roman_and_arabic_numbers_of_a_name_are_one_name() -> None:
    assert provisional_project("Nhiệt điện Vũng Áng II", "ha-tinh") == provisional_project(
        "nhiệt điện Vũng Áng 2", "ha-tinh") == "ha-tinh/nhiet-dien-vung-ang-2"
    assert provisional_project("đường Tân Phú giai đoạn III", "ha-tinh") == "ha-tinh/duong-tan-phu-giai-doan-3"


@pytest.mark.parametrize(("text", "names"), [
    ("Vốn đã giải ngân cho từng công trình: cầu Phú Lâm 85 tỷ đồng, đường tỉnh 912 140 tỷ đồng.",
     ["cầu Phú Lâm", "đường tỉnh 912"]),
    ("Kế hoạch vốn năm nay gồm hồ chứa nước Ea Tam 60,5 tỷ đồng; kè sông Ba 35 tỷ đồng.",
     ["hồ chứa nước Ea Tam", "kè sông Ba"]),
    ("Tiến độ: cầu Phú Lâm 2 đạt 65%, Đường tỉnh 912 14,5 km đã thông xe.", ["cầu Phú Lâm 2", "Đường tỉnh 912"]),
    ("cầu Phú Lâm 2 65% khối lượng", ["cầu Phú Lâm 2"]),
])
def test_a_figure_written_right_after_a_name_is_no_part_of_it(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_numbers_that_name_a_work_stay_in_its_name() -> None:
    assert _names("đường dây 500 kV mạch 3 đạt 40%") == ["đường dây 500 kV mạch 3"]
    assert _names("Đường dây 220 kV mạch 2 đoạn qua tỉnh đã giải phóng mặt bằng 90%") == ["Đường dây 220 kV mạch 2"]
    assert _names("Khu công nghiệp Nam Tân Uyên 2 mở rộng 345 ha") == ["Khu công nghiệp Nam Tân Uyên 2"]


def test_a_generic_word_before_a_colon_leaves_the_name_to_the_works_own_kind_word() -> None:
    assert _names("Một số công trình: cầu Tân Phú đạt 70%.") == ["cầu Tân Phú"]
    assert _names("Dự án: Hồ chứa nước Suối Lớn đã tích nước.") == ["Hồ chứa nước Suối Lớn"]


@pytest.mark.parametrize(("text", "names"), [
    ("Chợ Phú Hòa (thị xã Bình Minh) đang thi công, đạt 55% khối lượng.", ["Chợ Phú Hòa"]),
    ("Năm nay đưa vào sử dụng chợ Tân Long; chợ Cái Vồn đang được xây dựng.", ["chợ Tân Long", "chợ Cái Vồn"]),
    ("Trụ sở làm việc Huyện ủy Long Mỹ hoàn thành 80% khối lượng.", ["Trụ sở làm việc Huyện ủy Long Mỹ"]),
    ("Sân vận động tỉnh Hậu Giang đã khởi công, giải ngân 20 tỷ đồng.", ["Sân vận động tỉnh Hậu Giang"]),
    ("Quốc lộ 54 đoạn qua huyện Trà Ôn đang được nâng cấp, đạt 45% khối lượng.", ["Quốc lộ 54 đoạn qua huyện Trà Ôn"]),
    ("Nhà máy xử lý nước thải Bắc Sông Hậu hoàn thành 90% khối lượng.", ["Nhà máy xử lý nước thải Bắc Sông Hậu"]),
    ("Khu xử lý chất thải rắn Phú Hữu đạt 50% khối lượng.", ["Khu xử lý chất thải rắn Phú Hữu"]),
])
def test_a_kind_of_place_is_a_work_when_the_words_around_it_say_it_is_built(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    "Giá rau tại chợ Vĩnh Long tăng 5%.",
    "Chợ đầu mối Bình Minh có khối lượng hàng hóa giao dịch 300 tấn/ngày.",  # a volume of trade, not of works
    "Sân vận động Vĩnh Long đón 8.000 khán giả.",
    "Khu du lịch Phú Quý đón 20 nghìn lượt khách, doanh thu 12 tỷ đồng.",
    "Người dân khu dân cư Phước Thạnh được hỗ trợ 20 triệu đồng.",
    "Công ty đặt trụ sở tại thành phố Vĩnh Long.",
    "Nhà máy đường Sóc Trăng ép được 120 nghìn tấn mía.",  # a plant at work, and no road in its name
])
def test_a_kind_of_place_at_work_is_no_work(text: str) -> None:
    assert _names(text) == []


def test_a_kind_of_place_after_a_word_of_place_is_where_another_work_is() -> None:
    assert _names("Cầu Rạch Miễu 2 trên tuyến quốc lộ 57 đã thi công đạt 30% khối lượng.") == ["Cầu Rạch Miễu 2"]
    assert _names("Cầu Cái Cối thuộc tuyến quốc lộ 60 đang thi công, đạt 45% khối lượng.") == ["Cầu Cái Cối"]


@pytest.mark.parametrize(("text", "names", "slug"), [
    ("Dự án nạo vét, kè bờ sông Cái Lớn thuộc hệ thống thủy lợi Quản Lộ đạt 55% khối lượng.",
     ["Dự án nạo vét, kè bờ sông Cái Lớn", "hệ thống thủy lợi Quản Lộ"], "hau-giang/nao-vet-ke-bo-song-cai-lon"),
    ("Dự án kè, chỉnh trang hồ trung tâm thị xã Long Mỹ giải ngân 61 tỷ đồng.",
     ["Dự án kè, chỉnh trang hồ trung tâm thị xã Long Mỹ"], "hau-giang/ke-chinh-trang-ho-trung-tam-thi-xa-long-my"),
    ("Khu phức hợp thương mại, dịch vụ và nhà ở Mỹ Yên (vốn khoảng 2.000 tỷ đồng) đang lập thủ tục.",
     ["Khu phức hợp thương mại, dịch vụ và nhà ở Mỹ Yên"], "hau-giang/khu-phuc-hop-thuong-mai-dich-vu-va-nha-o-my-yen"),
    ("Các dự án tưới, tiêu vùng phía Tây sông Hậu: giải ngân 143 tỷ đồng.",
     ["dự án tưới, tiêu vùng phía Tây sông Hậu"], "hau-giang/tuoi-tieu-vung-phia-tay-song-hau"),
])
def test_a_name_listing_the_jobs_or_parts_of_a_work_keeps_them_all(text: str, names: list[str], slug: str) -> None:
    assert _names(text) == names
    assert provisional_project(names[0], "hau-giang") == slug


@pytest.mark.parametrize(("text", "names"), [
    ("Dự án nâng cấp, mở rộng đường tỉnh 931 đạt 40%.", ["đường tỉnh 931"]),  # what is done to it is no part
    ("Các dự án lớn, trọng điểm như cầu Cái Tư đều đạt tiến độ.", ["cầu Cái Tư"]),
    ("Vốn tập trung cho các dự án giao thông, thủy lợi, trường học tại xã Tân Bình.", []),
    ("Các công trình giao thông, thủy lợi của tỉnh Hậu Giang được bảo trì.", []),
])
def test_lists_of_kinds_or_of_what_is_done_name_no_work_of_their_own(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_social_housing_is_a_work_and_its_name_keeps_the_word_for_housing() -> None:
    assert _names("Dự án nhà ở xã hội Phú Mỹ đạt 40% khối lượng.") == ["nhà ở xã hội Phú Mỹ"]
    assert _names("Khu nhà ở xã hội Hưng Phú đã khởi công.") == ["Khu nhà ở xã hội Hưng Phú"]


def test_demand_is_no_bridge_and_a_quarter_is_no_name() -> None:
    assert _names("Kích cầu du lịch nội địa, phấn đấu quý III đón 300 nghìn lượt khách.") == []
    assert _names("Cân đối cung cầu hàng hóa, bình ổn giá quý IV.") == []


@pytest.mark.parametrize(("text", "names"), [
    ("Dự án Hỗ trợ sản xuất và tăng trưởng xanh tỉnh Bến Tre (vay vốn ADB) giải ngân 32 tỷ đồng.",
     ["Dự án Hỗ trợ sản xuất và tăng trưởng xanh tỉnh Bến Tre"]),
    ("Dự án Tăng cường năng lực giảm nghèo vùng ven biển đạt 60% kế hoạch.",
     ["Dự án Tăng cường năng lực giảm nghèo vùng ven biển"]),
    ("Dự án Hỗ trợ kinh doanh cho nông hộ tăng 5% vốn.", ["Dự án Hỗ trợ kinh doanh cho nông hộ"]),  # a verb still ends
])
def test_a_name_in_sentence_case_keeps_nouns_that_begin_with_a_verb(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(("text", "name"), [
    ("Dự án thành phần 1 đoạn qua tỉnh Bến Tre của đường Vành đai 2 đạt 40% khối lượng.",
     "đường Vành đai 2 thành phần 1"),
    ("Dự án thành phần 2 (đoạn Km10 - Km25) thuộc cao tốc Cao Lãnh - An Hữu đạt 40%.",
     "cao tốc Cao Lãnh - An Hữu thành phần 2"),
])
def test_a_component_project_named_with_its_segment_before_its_whole(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_a_scheme_named_by_its_number_ends_at_the_number() -> None:
    assert _names("Đề án 06 triển khai 25 dịch vụ công thiết yếu.") == ["Đề án 06"]
    assert _names("Kết quả thực hiện đề án số 12 năm nay: cấp 900 tài khoản.") == ["đề án số 12"]
    assert _names("Đề án 06 về phát triển ứng dụng dữ liệu dân cư: cấp 900 tài khoản.") == [
        "Đề án 06 về phát triển ứng dụng dữ liệu dân cư"]


@pytest.mark.parametrize(("text", "names"), [
    ("Dự án CSSP giải ngân 12 tỷ đồng, đạt 55% kế hoạch.", ["Dự án CSSP"]),
    ("Năm nay dự án LIC (vốn vay JICA) giải ngân 5,6 tỷ đồng.", ["dự án LIC"]),
    ("Thu hút 12 dự án FDI và 3 dự án DDI.", []),  # kinds of financing, not works
    ("Có 14 dự án BĐS và 5 dự án CNTT được chấp thuận.", []),  # sectors, not works
])
def test_a_project_named_by_its_own_acronym_is_a_work(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_a_number_counting_what_a_work_does_is_no_part_of_its_name() -> None:
    assert _names("Dự án WB8 sửa chữa 12 hồ chứa, giải ngân 30 tỷ đồng.") == ["Dự án WB8"]
    assert _names("Dự án KfW7 trồng 450 ha rừng phòng hộ.") == ["Dự án KfW7"]


def test_a_name_in_common_nouns_ends_at_its_period_and_its_slug_leaves_it_out() -> None:
    assert _names("Dự án Trồng rừng thay thế giai đoạn 2021-2025 trồng được 320 ha.") == [
        "Dự án Trồng rừng thay thế giai đoạn 2021-2025"]
    assert provisional_project("Đề án phát triển chăn nuôi nông hộ giai đoạn 2023-2027", "bac-lieu") == \
        "bac-lieu/de-an-phat-trien-chan-nuoi-nong-ho"


@pytest.mark.parametrize(("text", "names"), [
    ("Dự án Nhà máy sản xuất lốp xe của Công ty TNHH Minh Phát đạt 60% khối lượng.",
     ["Nhà máy sản xuất lốp xe Minh Phát"]),
    ("Khởi công nhà máy chế biến gỗ của Tập đoàn Trường Sơn với vốn 900 tỷ đồng.",
     ["nhà máy chế biến gỗ Trường Sơn"]),
])
def test_a_plant_named_by_what_it_makes_and_its_investor(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Đường ven biển đã giải ngân 350 tỷ đồng.", ["Đường ven biển"]),
    ("Tuyến đường vành đai phía tây (đoạn Km0 - Km12) đạt 60% khối lượng.",
     ["Tuyến đường vành đai phía tây, đoạn Km0 - Km12"]),
    ("đường trục chính đô thị đạt 40% khối lượng", ["đường trục chính đô thị"]),
    ("Các tuyến đường ven biển được duy tu 20 km.", []),  # roads in the plural are no one work
    ("đường giao thông nông thôn được cứng hóa 120 km", []),  # a kind of road, not one
])
def test_a_road_named_by_what_it_runs_along_in_common_nouns(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_a_word_of_planning_ends_a_name_and_a_number_is_no_sentence_case_name() -> None:
    assert _names("Trong quý IV, Vành đai 3 phấn đấu giải ngân thêm 500 tỷ đồng.") == ["Vành đai 3"]


@pytest.mark.parametrize("text", [
    "2. Khu công nghiệp: Toàn tỉnh hiện có 8 khu công nghiệp đang hoạt động.",  # a label before a colon, not a name
    "b) Cụm công nghiệp: Toàn tỉnh có 22 cụm.",
    "Tỉnh tạm dừng hoạt động 3 khu công nghiệp từ ngày 20/5, khoảng 90 nghìn công nhân nghỉ làm.",
    "Ban QLDA các công trình khu vực Khu kinh tế cửa khẩu đã giải ngân 79%.",  # a board's name
    "Ban Quản lý dự án đầu tư xây dựng các công trình Dân dụng tỉnh giải ngân 85%.",
])
def test_labels_counts_dates_and_boards_name_no_work(text: str) -> None:
    assert _names(text) == []


def test_a_work_a_board_invests_in_is_still_named() -> None:
    assert _names("Ban QLDA giao thông làm chủ đầu tư dự án cầu Mỹ Lợi.") == ["cầu Mỹ Lợi"]


@pytest.mark.parametrize("text", [
    "Đề án phát triển bền vững 1 triệu ha lúa chất lượng cao, phát thải thấp: đã triển khai 45.000 ha.",
    "Thực hiện Đề án 01 triệu ha lúa, toàn tỉnh đăng ký 40.000 ha.",
])
def test_a_national_scheme_named_with_its_numbers_written_another_way_is_the_national_one(text: str) -> None:
    assert [hit[2] for hit in project_index().find_all(text, "soc-trang")] == ["one-million-ha-high-quality-rice"]


@pytest.mark.parametrize(("text", "name", "slug"), [
    ("Thực hiện Đề án phòng, chống sạt lở bờ sông, bờ biển đến năm 2030, đã xây dựng 12 km kè.",
     "Đề án phòng, chống sạt lở bờ sông, bờ biển đến năm 2030", "ca-mau/de-an-phong-chong-sat-lo-bo-song-bo-bien"),
    ("Chương trình phát triển nông nghiệp, nông thôn tỉnh giai đoạn 2021-2025 đạt 80% mục tiêu.",
     "Chương trình phát triển nông nghiệp, nông thôn tỉnh giai đoạn 2021-2025",
     "ca-mau/chuong-trinh-phat-trien-nong-nghiep-nong-thon-tinh"),
])
def test_a_name_in_common_nouns_joins_its_words_by_commas(text: str, name: str, slug: str) -> None:
    assert _names(text) == [name]
    assert provisional_project(name, "ca-mau") == slug


@pytest.mark.parametrize(("text", "names"), [
    ("Chương trình khuyến nông, các mô hình trình diễn đạt 20 ha.", ["Chương trình khuyến nông"]),
    ("Đề án 06, triển khai 25 dịch vụ công.", ["Đề án 06"]),
])
def test_what_follows_a_comma_after_a_name_of_common_nouns_may_be_another_clause(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_a_road_code_after_tuyen_and_what_is_done_to_it_names_the_road() -> None:
    found = project_index().find_all("Dự án nâng cấp tuyến TL.10 giải ngân 50 tỷ đồng.", "binh-duong")
    assert [hit[2] for hit in found] == ["binh-duong/tinh-lo-10"]
    assert _names("Cải tạo tuyến quốc lộ 13 đoạn qua thị xã giải ngân 50 tỷ đồng.") == ["quốc lộ 13"]


@pytest.mark.parametrize(("text", "programme"), [
    ("Triển khai Đề án 06, toàn tỉnh cấp 450 nghìn tài khoản định danh điện tử.", "project-06"),
    ("Theo đề án số 06, đã thu nhận 98% hồ sơ căn cước.", "project-06"),
    ("Thực hiện Đề án 1 triệu căn hộ nhà ở xã hội, tỉnh có 3 dự án với 2.100 căn.", "social-housing-one-million"),
    ("Các huyện thuộc Chương trình 30a giảm tỷ lệ hộ nghèo 4 điểm phần trăm.", "programme-30a"),
])
def test_national_schemes_named_short_are_the_national_ones(text: str, programme: str) -> None:
    index = project_index()
    assert [hit[2] for hit in index.find_all(text, "tra-vinh")] == [programme]
    assert index.is_programme(programme)


@pytest.mark.parametrize(("text", "names"), [
    ("Dự án nhà ở xã hội tại phường Tân An đạt 40% khối lượng.", ["nhà ở xã hội tại phường Tân An"]),
    ("Khởi công khu nhà ở xã hội tại xã Phước Hậu với 1.200 căn.", ["khu nhà ở xã hội tại xã Phước Hậu"]),
    ("Dự án khu tái định cư tại xã Phước Lợi đạt 60%.", ["khu tái định cư tại xã Phước Lợi"]),
    ("Xảy ra 2 vụ tai nạn trên đường tại xã Mỹ Yên.", []),  # a bare kind word at a place names no work
])
def test_a_work_named_in_common_nouns_by_the_place_it_is_at(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Ở nhóm công trình trọng điểm, dự án cải tạo, nâng cấp Trường Cao đẳng Cộng đồng Cà Mau đạt 52% khối lượng.",
     ["Trường Cao đẳng Cộng đồng Cà Mau"]),  # a quality of works and then a work, not one name
    ("Các dự án đường ven biển, hồ chứa nước Ea Đờn đạt 60%.", ["đường ven biển", "hồ chứa nước Ea Đờn"]),
    ("Đẩy nhanh giải phóng mặt bằng khu kinh tế Định An, đưa vào sử dụng đường Trà Vinh - Long Toàn.",
     ["đường Trà Vinh - Long Toàn"]),  # the words of building after a comma are the road's
    ("Tiền sử dụng đất vượt dự toán do các dự án khu đô thị tại thành phố Trà Vinh, huyện Càng Long đấu giá tốt.",
     []),
    ("Các cụm công nghiệp tại huyện Cầu Kè và Tiểu Cần lấp đầy 60%.", []),
])
def test_lists_of_works_and_works_in_the_plural_are_no_one_name(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_asking_again_of_the_same_text_gives_the_same_works_and_another_text_its_own() -> None:
    # mapping a report asks the index twice of one whole text: the second answer is the first one, unchanged by
    # what the caller did with it, and any other text or province is scanned for itself
    index = project_index()
    first = "Cầu Sông Mây Hai đã thông xe; dự án đường ven biển Tây Hồ đạt 40% khối lượng."
    second = "Khởi công cầu Bến Đá Ba vào tháng 5."
    expected = {(text, province): [hit[2:] for hit in index.find_all(text, province)]
                for text in (first, second) for province in ("quang-nam", "phu-yen")}
    hits = index.find_all(first, "quang-nam")
    hits.clear()  # a caller's own list
    for text, province in [(first, "quang-nam"), (first, "quang-nam"), (second, "quang-nam"), (first, "phu-yen"),
                           (second, "phu-yen"), (second, "phu-yen")]:
        assert [hit[2:] for hit in index.find_all(text, province)] == expected[text, province]
    assert [hit[2:] for hit in index.find_all(first, "quang-nam")] == [
        ("quang-nam/cau-song-may-hai", False), ("quang-nam/duong-ven-bien-tay-ho", False)]


@pytest.mark.parametrize("text", [
    # a road's grade, a count of lanes or of accidents after a road's kind word, an agency named after roads
    "tuyến có quy mô đường cấp III đồng bằng, nền rộng 12 m",
    "mở rộng mặt đường 6 làn xe theo quy hoạch",
    "trong đó đường bộ 214 vụ, đường sắt 4 vụ, đường thủy 2 vụ",
    "Sở đã sửa chữa 16 km đường và 9 cầu yếu trên địa bàn",
    "theo số liệu của Cục Đường sắt Việt Nam, lượng khách giảm",
])
def test_grades_counts_and_agencies_after_a_road_s_kind_word_name_no_work(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(("text", "names"), [
    # a new road named by the places it joins, the last one a road named in common nouns
    ("Dự án tuyến đường bộ mới Vĩnh Yên - Tam Đảo - Đường ven sông: giải ngân 60 tỷ đồng",
     ["tuyến đường bộ mới Vĩnh Yên - Tam Đảo - Đường ven sông"]),
    ("xây dựng đường mới Phủ Lý - Đường trục chính đô thị, dài 8 km",
     ["đường mới Phủ Lý - Đường trục chính đô thị"]),
])
def test_a_new_road_between_places_and_a_road_named_in_common_nouns(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(("text", "slug_words"), [
    ("- Tuyến đường ven sông (ĐT.826), đoạn Bến Lức - Cần Đước: dài 9 km", "duong-ven-song-doan-ben-luc-can-duoc"),
    ("Đường trục phía Bắc (QL.62 cũ), đoạn Tân Thạnh - Mộc Hóa đã giải ngân 80 tỷ đồng",
     "duong-truc-phia-bac-doan-tan-thanh-moc-hoa"),
])
def test_a_segment_after_a_road_s_bracketed_code_names_the_work(text: str, slug_words: str) -> None:
    hits = project_index().find_all(text, "long-an")
    assert [local for _s, _e, local, _c in hits] == [f"long-an/{slug_words}"]


@pytest.mark.parametrize(("text", "names"), [
    ("Dự án nâng cấp hệ thống loa truyền thanh thôn bản năm 2023 đã lắp 40 cụm loa",
     ["Dự án nâng cấp hệ thống loa truyền thanh thôn bản"]),
    ("- Dự án cải tạo, mở rộng mạng cáp quang nội tỉnh: giải ngân 12 tỷ đồng",
     ["Dự án cải tạo, mở rộng mạng cáp quang nội tỉnh"]),
    # works in the plural are no one project; a kind word after the job begins the work's own name
    ("các dự án nâng cấp trường học đều chậm tiến độ", []),
    ("Dự án sửa chữa, nâng cấp hồ chứa nước Ea Kar đạt 60%", ["hồ chứa nước Ea Kar"]),
])
def test_a_project_named_by_its_job_on_things_of_no_kind_word(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(("text", "local"), [
    ("a) Chính sách theo Nghị quyết số 12/NQ-CP: đã hỗ trợ 4.500 người",
     "long-an/chinh-sach-theo-nghi-quyet-so-12-nq-cp"),
    ("- Hỗ trợ tiền điện cho hộ nghèo theo Quyết định số 30/2023/QĐ-TTg: chi 2,1 tỷ đồng",
     "long-an/chinh-sach-ho-tro-tien-dien-cho-ho-ngheo-theo-quyet-dinh-so-30-2023-qd-ttg"),
])
def test_a_support_policy_a_title_names_by_its_act_is_a_programme(text: str, local: str) -> None:
    index = project_index()
    assert [hit[2] for hit in index.find_all(text, "long-an")] == [local]
    assert index.is_programme(local)


@pytest.mark.parametrize("text", [
    "Triển khai Nghị quyết số 07/NQ-CP năm nay, Sở tổng hợp kết quả dưới đây:",  # an act carried out, no support named
    "trong quý, tỉnh đã hỗ trợ 300 hộ theo Quyết định số 5/QĐ-UBND",  # not a title
])
def test_an_act_named_in_a_sentence_is_no_policy(text: str) -> None:
    assert project_index().find_all(text, "long-an") == []


@pytest.mark.parametrize(("text", "name"), [
    ("đã hoàn thành cụm công trình Kênh - Âu tàu Rạch Cát thuộc Dự án WB9", "Kênh - Âu tàu Rạch Cát"),
    ("tỉnh đã khởi công dự án Cống - Âu thuyền Vàm Cỏ trong quý II", "Cống - Âu thuyền Vàm Cỏ"),
])
def test_a_work_of_two_kinds_joined_by_a_dash(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(("text", "names"), [
    ("Dự án ICEM2 gồm cụm công trình Cống - Âu thuyền Vàm Cỏ", ["Dự án ICEM2", "Cống - Âu thuyền Vàm Cỏ"]),
    ("Dự án CSSP gồm Cầu Rạch Tràm và đường dẫn", ["Dự án CSSP", "Cầu Rạch Tràm"]),
])
def test_a_name_ends_where_the_parts_it_holds_are_listed(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Hàng qua cảng biển và khách qua Cảng hàng không Cát Bi đều tăng", ["Cảng hàng không Cát Bi"]),
    ("lượng nước qua cống ngầm và đập tràn Hồ Núi Cốc giảm", ["đập tràn Hồ Núi Cốc"]),
])
def test_and_after_a_kind_word_s_common_nouns_begins_another_thing(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Chương trình khuyến nông hữu cơ còn chậm giải ngân", ["Chương trình khuyến nông hữu cơ"]),
    ("Chương trình giáo dục phổ thông 2018 còn thiếu sách ở khối 8", ["Chương trình giáo dục phổ thông 2018"]),
    ("Bệnh viện Sản nhi còn quá tải", ["Bệnh viện Sản nhi"]),
    ("Bệnh viện Sản nhi 40 kỹ thuật mới", ["Bệnh viện Sản nhi"]),
    ("Cầu Kè Ba nhưng chưa thông xe", ["Cầu Kè Ba"]),
])
def test_what_a_sentence_says_of_a_work_ends_its_name(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    "bê tông hóa 120 km đường GTNT trong năm",  # rural roads, an acronym of a common noun
    "thu hút thêm 9 dự án FDI cấp mới",  # a kind of financing, then what is said of it
    "dự án ODA lớn nhất của tỉnh đã hoàn thành",
])
def test_an_acronym_of_a_kind_of_road_or_of_financing_names_no_work(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("xây dựng Trường Phổ thông dân tộc bán trú THCS và THPT Mường Lát, vốn 120 tỷ đồng",
     ["Trường Phổ thông dân tộc bán trú THCS và THPT Mường Lát"]),
    ("xây dựng Trường Liên cấp THCS và THPT Ngôi Sao đạt 60%", ["Trường Liên cấp THCS và THPT Ngôi Sao"]),
])
def test_a_school_named_by_its_levels_and_the_words_between(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(("text", "local"), [
    ("đã thông xe đoạn Bến Lức - Tân Tập của tuyến đường vành đai phía Nam (dài 25 km)",
     "long-an/duong-vanh-dai-phia-nam-doan-ben-luc-tan-tap"),
    ("đoạn Tân An - Quốc lộ 62 thuộc cao tốc Bắc - Nam phía Tây đạt 70% khối lượng",
     "long-an/cao-toc-bac-nam-phia-tay-doan-tan-an-quoc-lo-62"),
])
def test_a_segment_named_before_its_road_is_a_work_of_its_own(text: str, local: str) -> None:
    assert [hit[2] for hit in project_index().find_all(text, "long-an")] == [local]


@pytest.mark.parametrize(("text", "local"), [
    ("Trong quý đã trải nhựa xong đoạn đường của tuyến đường tỉnh ĐT.905, dài 4 km", "long-an/duong-tinh-905"),
    ("rải nhựa đoạn đầu thuộc tuyến đường tỉnh 918 dài 3 km", "long-an/duong-tinh-918"),
])
def test_a_lower_case_word_after_doan_is_no_segment_name(text: str, local: str) -> None:
    # a segment's places are capitalised: "đoạn đường", "đoạn đầu" (lower-case accented letters) name none
    assert [hit[2] for hit in project_index().find_all(text, "long-an")] == [local]


@pytest.mark.parametrize(("text", "local"), [
    ("Dự án Đầu tư xây dựng và phát triển mạng lưới y tế cơ sở, đến nay đã hoàn thành 12 trạm",
     "long-an/phat-trien-mang-luoi-y-te-co-so"),
    ("thuộc Dự án Đầu tư và nâng cao năng lực trạm bơm vùng hạ, đến nay đã vận hành 6 trạm",
     "long-an/nang-cao-nang-luc-tram-bom-vung-ha"),
])
def test_a_name_in_sentence_case_ends_before_a_time_phrase_and_its_lead_words(text: str, local: str) -> None:
    assert [hit[2] for hit in project_index().find_all(text, "long-an")] == [local]
