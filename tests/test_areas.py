"""Areas: ontology/areas.ttl is what the generator makes of the pinned library, and the area index resolves names as
reports write them (type words, tone placement, shared names by the report's province, the 2025 reorganisation)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from datetime import date

import pytest

from provkg.core.paths import project_home
from provkg.reference.areas import AreaIndex, area_index
from provkg.reference.loader import load_reference

GENERATOR = project_home() / "scripts" / "generate_areas.py"


@pytest.mark.skipif(importlib.util.find_spec("vietnamadminunits") is None,
                    reason="the generator's source package is not installed (pip install -e '.[areas]')")
def test_committed_areas_are_what_the_generator_makes() -> None:
    done = subprocess.run([sys.executable, str(GENERATOR), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module")
def index() -> AreaIndex:
    return area_index()


def test_a_district_with_or_without_its_type_word(index: AreaIndex) -> None:
    assert index.resolve("huyện Mường Nhé", "dien-bien") == "dien-bien/muong-nhe"
    assert index.resolve("Mường Nhé", "dien-bien") == "dien-bien/muong-nhe"
    assert index.resolve("TP. Điện Biên Phủ") == "dien-bien/dien-bien-phu"
    assert index.resolve("thành phố Điện Biên Phủ") == "dien-bien/dien-bien-phu"
    # a district that became a town keeps its older name: "huyện Mộc Châu" is the town of Mộc Châu
    assert index.resolve("huyện Mộc Châu", "son-la") == "son-la/moc-chau"
    assert index.resolve("Quận 1", "ho-chi-minh") == "ho-chi-minh/quan-1"


def test_tone_placement_case_and_lost_diacritics(index: AreaIndex) -> None:
    assert index.resolve("tỉnh Hoà Bình") == index.resolve("TỈNH HÒA BÌNH") == "hoa-binh"
    assert index.resolve("huyện Thuỷ Nguyên", "hai-phong") == index.resolve("huyện Thủy Nguyên", "hai-phong")
    assert index.resolve("Muong Nhe") == "dien-bien/muong-nhe"


def test_a_shared_name_goes_to_the_reports_province_or_nowhere(index: AreaIndex) -> None:
    assert index.resolve("huyện Châu Thành", "tien-giang") == "tien-giang/chau-thanh"
    assert index.resolve("Châu Thành", "ben-tre") == "ben-tre/chau-thanh"
    assert index.resolve("huyện Châu Thành") is None
    assert index.resolve("huyện Tân Uyên", "lai-chau") == "lai-chau/tan-uyen"
    assert index.resolve("Tân Uyên", "binh-duong") == "binh-duong/tan-uyen"


def test_a_bare_name_of_a_province_and_its_district(index: AreaIndex) -> None:
    assert index.resolve("Điện Biên", "dien-bien") == "dien-bien"
    assert index.resolve("huyện Điện Biên", "dien-bien") == "dien-bien/dien-bien"
    # "Hòa Bình" is a province and a district of Bạc Liêu: a Bạc Liêu report means its district, unless it says tỉnh
    assert index.resolve("Hòa Bình", "bac-lieu") == "bac-lieu/hoa-binh"
    assert index.resolve("tỉnh Hòa Bình", "bac-lieu") == "hoa-binh"
    # a town and a district of one name in one province: the type word decides, a bare name stays unresolved
    assert index.resolve("thị xã Kỳ Anh", "ha-tinh") == "ha-tinh/thi-xa-ky-anh"
    assert index.resolve("huyện Kỳ Anh", "ha-tinh") == "ha-tinh/ky-anh"
    assert index.resolve("Kỳ Anh", "ha-tinh") is None


def test_the_2025_reorganisation(index: AreaIndex) -> None:
    assert index.resolve("tỉnh Tuyên Quang") == "tuyen-quang"
    assert index.resolve("tỉnh Tuyên Quang", on=date(2026, 3, 31)) == "tuyen-quang-2025"
    assert index.province_in_2025("ha-giang") == index.province_in_2025("tuyen-quang") == "tuyen-quang-2025"
    assert index.province_in_2025("ha-giang/dong-van") == "tuyen-quang-2025"
    assert index.province_in_2025("dien-bien") == "dien-bien"  # unchanged: the same area goes on
    # a report of the merged An Giang names places of former Kiên Giang
    assert index.resolve("Phú Quốc", "an-giang") == "kien-giang/phu-quoc"
    assert index.resolve("huyện Mỹ Lộc", "nam-dinh") == "nam-dinh/my-loc"  # merged before 2025, added by hand


def test_names_found_in_text_for_the_reports_province(index: AreaIndex) -> None:
    text = "Diện tích tại huyện Châu Thành đạt 20 ha, TX. Kỳ Anh 10 ha."
    found = [(text[s:e], local) for s, e, local in index.find_all(text, "ha-tinh")]
    assert found == [("TX. Kỳ Anh", "ha-tinh/thi-xa-ky-anh")]
    other = "Huyện Châu Thành và Thị xã Cai Lậy có sản lượng cao nhất."
    assert [local for _s, _e, local in index.find_all(other, "tien-giang")] == [
        "tien-giang/chau-thanh", "tien-giang/thi-xa-cai-lay"]


def test_the_plain_label_index_keeps_old_provinces_and_drops_shared_district_names() -> None:
    labels = load_reference().labels.areas
    assert labels.longest("UBND tỉnh Tuyên Quang") in ("tuyen-quang", "tuyen-quang-people-committee")
    assert labels.longest("tỉnh Tuyên Quang") == "tuyen-quang"
    assert labels.longest("huyện Châu Thành") is None
    assert labels.longest("huyện Mường Ảng") == "dien-bien/muong-ang"
    assert len(load_reference().provinces) == 63
