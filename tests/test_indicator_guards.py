"""Guards that keep linking from guessing on text nobody tuned for: a bare number is not linked by a generic label
alone, a count named right after a percentage is the base of a rate the clause qualifies (unless the figure is said
to be a share of it), and a unit naming no kind of thing ("người", "lượt", "tỷ đồng") never decides which concept of
the paragraph a figure is. Each family in sentences written for these tests; the controls keep what was right."""

from __future__ import annotations

import pytest

from test_reference_concepts import indicator_at


@pytest.mark.parametrize(("body", "token"), [
    # a bare number after a level of school, in a list of something else (teachers, classrooms, staff)
    ("Số giáo viên được cử đi bồi dưỡng là 540 người (mầm non 120, tiểu học 230, trung học cơ sở 190).", "120"),
    ("Đã sửa chữa 95 phòng học xuống cấp, gồm tiểu học 40, mầm non 55.", "55"),
    ("Năm học này tuyển mới 410 nhân viên, trong đó mầm non 150, tiểu học 260.", "150"),
])
def test_a_bare_number_is_not_linked_by_a_generic_label_alone(body: str, token: str) -> None:
    assert indicator_at(body, token) is None


@pytest.mark.parametrize(("body", "token"), [
    # "X% <the population>" qualified by what follows: a rate of something the scheme may not have, never the count
    ("Trong năm, 85% dân số được tiêm phòng cúm mùa.", "85%"),
    ("Truyền hình số mặt đất phủ sóng 97,2% dân số.", "97,2"),
    ("Mạng truyền hình cáp đã phủ tới 64,5% dân số của tỉnh.", "64,5"),
])
def test_a_count_after_a_percentage_is_the_base_of_a_rate(body: str, token: str) -> None:
    assert indicator_at(body, token) is None


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a share said as such stays the share of the count it names
    ("Dân số trung bình 1,2 triệu người; khu vực thành thị chiếm 34,8% dân số.", "34,8", "urban-population"),
    ("Doanh nghiệp nhà nước chiếm 12,4% tổng số doanh nghiệp.", "12,4", "enterprises"),
])
def test_a_share_said_as_such_keeps_its_whole(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token"), [
    # a count in persons after a sentence naming another count in persons: the unit is no evidence
    ("Số người bị thương giảm mạnh; ngành y tế khám sàng lọc cho 2.600 người.", "2.600"),
    ("Số người bị thương đã giảm; đoàn thanh niên tổ chức hiến máu với 820 người.", "820"),
])
def test_a_unit_naming_no_kind_never_decides_a_link(body: str, token: str) -> None:
    assert indicator_at(body, token) is None


@pytest.mark.parametrize(("body", "token", "expected"), [
    # labels naming no kind of their own ("số người chết", "kinh phí thực hiện", "đã thực hiện hỗ trợ") are no
    # label of a narrow concept (accidents and social incidents, Covid-19 relief): the reference data holds them not
    ("Trên các tuyến quốc lộ xảy ra 40 vụ va chạm giao thông, số người chết là 22 người.", "22", None),
    ("Năm nay xảy ra 61 vụ tai nạn giao thông; số người bị thương tăng 9 người so với cùng kỳ.", "9",
     "traffic-accident-injured"),
    ("Số người bị thương trong các vụ cháy nổ là 6 người.", "6", None),
    ("Hội chợ nông sản được tổ chức 3 lần, kinh phí thực hiện 1.200 triệu đồng.", "1.200", None),
    ("Chương trình bê tông hóa kênh mương hoàn thành 45 km, tổng kinh phí thực hiện 96,5 tỷ đồng.", "96,5", None),
    ("Các xã đã thực hiện hỗ trợ 250 người khuyết tật học nghề.", "250", None),
    # the narrow concepts keep the labels that say their kind
    ("Số người chết do tai, tệ nạn xã hội là 12 người.", "12", "social-accident-deaths"),
])
def test_a_generic_label_is_no_label_of_a_narrow_concept(body: str, token: str, expected: str | None) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "narrow", "expected"), [
    # a label saying no more than a common phrase ("xã chưa đạt chuẩn", "ô tô", "xe máy", "điểm sạt lở", "thạc sĩ",
    # "diện tích cho thu hoạch", "nộp kho bạc nhà nước", "trẻ em mồ côi") is not the label of one narrow concept
    ("Toàn huyện còn 12 xã chưa đạt chuẩn quốc gia về y tế.", "12", "communes-not-new-rural", None),
    ("Doanh số bán ô tô tại các đại lý đạt 2.300 chiếc.", "2.300", "seized-vehicles", None),
    ("Hãng vận tải đưa thêm 18 xe máy điện vào khai thác.", "18", "seized-vehicles", None),
    ("Mưa lớn gây 37 điểm sạt lở ven suối.", "37", "coastal-erosion", None),
    ("Trường có 45 giảng viên có trình độ thạc sĩ.", "45", "joint-training-masters", None),
    ("Cà phê có diện tích cho thu hoạch 8.200 ha.", "8.200", "winter-spring-rice-harvested-area", "coffee-area"),
    ("Niên vụ này tổng diện tích cho thu hoạch của cây điều là 5.400 ha.", "5.400",
     "winter-spring-rice-harvested-area", "cashew-area"),
    ("Kho bạc đã thu nộp kho bạc nhà nước 3,5 tỷ đồng tiền bán tài sản.", "3,5", "traffic-fines", None),
    ("Huyện có 260 trẻ em mồ côi được nhận trợ cấp.", "260", "sos-village-children", None),
])
def test_a_common_phrase_is_no_label_of_a_narrow_concept(body: str, token: str, narrow: str,
                                                          expected: str | None) -> None:
    # exactly what the sentence's own words name (nothing, or the crop's area), not merely some other concept
    assert indicator_at(body, token) == expected != narrow


@pytest.mark.parametrize(("body", "token"), [
    # a percentage a short label of a count names (a level of school, the population, classes, sites), not said a
    # share of it: a rate of something the sentence qualifies, which the percent sign alone cannot tell
    ("Phấn đấu nâng tỷ lệ giáo viên đạt chuẩn lên 90% ở tiểu học và 94% ở trung học cơ sở.", "94%"),
    ("Tỷ lệ dân số tham gia BHYT đạt 93,1%.", "93,1"),
    ("Huy động trẻ ra lớp: nhà trẻ 41,2%, mẫu giáo 97,5%.", "97,5"),
    ("Sau cơn bão, khoảng 23% tổng số trạm BTS bị mất sóng.", "23%"),
])
def test_a_percentage_is_not_linked_by_a_short_label_of_a_count(body: str, token: str) -> None:
    assert indicator_at(body, token) is None


def test_a_percentage_comparing_a_quantity_with_itself_keeps_it() -> None:
    body = "Diện tích lúa mùa gieo cấy 31.000 ha, bằng 99,1% so với cùng kỳ."
    assert indicator_at(body, "99,1") == "main-season-rice-area"



@pytest.mark.parametrize(("body", "token", "expected"), [
    # the counted noun alone ("doanh nghiệp") names a unit, not the count of all enterprises: a group of them that
    # the sentence qualifies is none of the scheme's, the province's stock keeps its labels
    ("Trên địa bàn có 65 doanh nghiệp kinh doanh xăng dầu với 240 cửa hàng.", "65", None),
    ("Đã có 30 doanh nghiệp đăng ký tham gia hội chợ thương mại.", "30", None),
    ("Toàn tỉnh có 5.200 doanh nghiệp đang hoạt động.", "5.200", "enterprises"),
    ("Tổng số doanh nghiệp trên địa bàn là 4.870 doanh nghiệp.", "4.870", "enterprises"),
])
def test_the_counted_noun_alone_is_no_label_of_the_whole_count(body: str, token: str, expected: str | None) -> None:
    assert indicator_at(body, token) == expected
