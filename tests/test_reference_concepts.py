"""Quantities the genre states that the scheme gained from the survey of published reports (docs/curation.md,
"Survey of the genre"), each linked in two sentences written for these tests; and the scheme's shape for them."""

from __future__ import annotations

import pytest

from provkg.extract.extractor import extract
from provkg.reference.loader import english_name_key, load_reference

HEADER = "BÁO CÁO\nTình hình kinh tế - xã hội 9 tháng năm 2024\nPhần thứ nhất\n"


def indicator_at(body: str, token: str) -> str | None:
    text = HEADER + body + "\n"
    for f in extract(text, report_period="2024-9M").figures:
        if text[f.start:].startswith(token):
            return f.indicator
    raise AssertionError(f"{token!r} not found")


@pytest.mark.parametrize(("body", "token", "expected"), [
    # yields of crops beyond rice and maize
    ("Cây sắn thu hoạch 12.400 ha, năng suất sắn ước đạt 182,5 tạ/ha.", "182,5", "cassava-yield"),
    ("Năng suất mía bình quân đạt 61,3 tấn/ha, tăng nhẹ so với vụ trước.", "61,3", "sugarcane-yield"),
    # fruit and other crops
    ("Sản lượng nhãn ước đạt 35.200 tấn, tăng 4,1% so với cùng kỳ.", "35.200", "longan-output"),
    ("Diện tích bưởi toàn tỉnh hiện có 6.840 ha, chủ yếu ở các huyện phía nam.", "6.840", "pomelo-area"),
    # fishery detail
    ("Sản lượng khai thác nội địa 9 tháng ước đạt 4.150 tấn, giảm 2,3%.", "4.150", "inland-capture-output"),
    ("Sản lượng tôm thẻ chân trắng thu hoạch 18.600 tấn, tăng 9,8%.", "18.600", "whiteleg-shrimp-output"),
    # manufacturing beside the production index
    ("Chỉ số tiêu thụ ngành công nghiệp chế biến, chế tạo 9 tháng tăng 7,2% so với cùng kỳ.", "7,2%",
     "manufacturing-consumption-index"),
    ("Tại thời điểm 30/9, chỉ số tồn kho ngành công nghiệp chế biến, chế tạo tăng 3,4% so với cùng thời điểm năm "
     "trước.", "3,4%", "manufacturing-inventory-index"),
    # transport and ports
    ("Hàng hóa thông qua cảng biển 9 tháng đạt 14,2 triệu tấn, tăng 11,5% so với cùng kỳ.", "14,2",
     "port-cargo-throughput"),
    ("Hành khách qua cảng hàng không đạt 1,26 triệu lượt, tăng 18%.", "1,26", "airport-passengers"),
    # tourism detail
    ("Ngày khách lưu trú ước đạt 2,1 triệu ngày khách, tăng 6,5%.", "2,1", "guest-days"),
    ("Lượt khách du lịch theo tour đạt 58.300 lượt, tăng 12,4% so với cùng kỳ.", "58.300", "tour-customers"),
    # budget items and transfers
    ("Thu bổ sung từ ngân sách trung ương đạt 9.870 tỷ đồng, bằng 71% dự toán.", "9.870", "central-budget-transfers"),
    ("Thuế tài nguyên thu được 412 tỷ đồng, giảm 6,1% so với cùng kỳ.", "412", "natural-resource-tax"),
    # investment
    ("Vốn đầu tư trực tiếp nước ngoài thực hiện 9 tháng ước đạt 265 triệu USD, tăng 8,9%.", "265", "fdi-disbursement"),
    ("Giải ngân vốn ODA đạt 640 tỷ đồng, bằng 52,4% kế hoạch vốn giao.", "640", "oda-disbursement"),
    # labour, social insurance, poverty flows
    ("Lực lượng lao động từ 15 tuổi trở lên ước 812,4 nghìn người, tăng 0,9% so với cùng kỳ.", "812,4", "labour-force"),
    ("Số hộ thoát nghèo trong năm đạt 2.140 hộ, vượt 7% kế hoạch.", "2.140", "households-escaping-poverty"),
    # health
    ("Toàn tỉnh xảy ra 3 vụ ngộ độc thực phẩm, không có trường hợp tử vong.", "3", "food-poisoning-incidents"),
    ("Tuổi thọ trung bình của người dân đạt 74,2 tuổi, cao hơn năm trước 0,3 tuổi.", "74,2", "life-expectancy"),
    # culture and sport
    ("Các đoàn vận động viên của tỉnh giành 46 huy chương các loại tại các giải quốc gia.", "46", "sport-medals"),
    ("Tại đại hội thể thao toàn quốc, đoàn của tỉnh đoạt 9 huy chương vàng.", "9", "gold-medals"),
    # crime, justice, defence
    ("Xảy ra 182 vụ phạm pháp hình sự, giảm 11 vụ so với cùng kỳ.", "182", "criminal-offences"),
    ("Toàn tỉnh giao quân đạt 100% chỉ tiêu với 1.650 công dân nhập ngũ.", "1.650", "military-recruits"),
    ("Cơ quan thi hành án dân sự giải quyết xong 3.420 việc thi hành án, đạt 82,1% số việc có điều kiện.", "3.420",
     "civil-judgments-completed"),
    # animal diseases beyond African swine fever: the dead and culled among the infected
    ("Bệnh viêm da nổi cục trên trâu, bò làm 320 con mắc, trong đó 41 con chết và tiêu hủy.", "41",
     "lumpy-skin-culled"),
    ("Bệnh lở mồm long móng trên trâu, bò làm 95 con mắc, trong đó 12 con chết và tiêu hủy.", "12", "fmd-culled"),
    # fruit named by the plant, a unit of ten thousand tonnes
    ("Với nhóm cây lâu năm, cây nho còn 1.120 ha, giảm 4,5%.", "1.120", "grape-area"),
    ("Sản lượng lương thực có hạt ước đạt 21,6 vạn tấn, tăng 1,2%.", "21,6", "food-output"),
    # disasters
    ("Mưa lũ làm 4 người chết do thiên tai, 2 người mất tích và 31 nhà bị hư hỏng.", "4", "disaster-deaths"),
])
def test_a_quantity_the_survey_added_is_linked(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


def test_parts_the_survey_added_sit_under_their_wholes() -> None:
    ancestors = load_reference().indicator_ancestors
    assert "capture-fishery-output" in ancestors["inland-capture-output"]
    assert "accommodation-catering-revenue" in ancestors["catering-revenue"]
    assert "public-investment-disbursement" in ancestors["oda-disbursement"]
    assert {"grdp-services", "grdp"} <= ancestors["grdp-wholesale-retail"]


def test_the_english_names_curators_would_propose_find_the_new_concepts() -> None:
    names = load_reference().indicator_english_names
    for proposed, concept in [("yield of cassava", "cassava-yield"),
                              ("Cargo throughput of ports", "port-cargo-throughput"),
                              ("households lifted out of poverty", "households-escaping-poverty"),
                              ("number of medals", "sport-medals")]:
        assert names.get(english_name_key(proposed)) == concept
