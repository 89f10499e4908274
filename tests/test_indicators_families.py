"""Families of quantities department reports state that the scheme gained in the tenth session: telecom networks and
coverage, postal items, e-government and information security, transport by mode, traffic accidents by mode and
cause, driving licences and vehicle inspection, road maintenance, public investment by source of funds, OCOP
products by star rating, workers sent abroad by market, jobs by place of work, social insurance by scheme, labour
relations, villages and households. Each family in sentences written for these tests (no report's words), at least
two phrasings each; and the sentence after a breakdown, which goes on with its whole."""

from __future__ import annotations

import pytest

from provkg.reference.loader import english_name_key, load_reference
from test_reference_concepts import indicator_at


@pytest.mark.parametrize(("body", "token", "expected"), [
    # base stations by technology, coverage of people and villages, subscriptions per 100 people
    ("Các nhà mạng lắp đặt thêm 212 trạm 5G trong năm, tập trung ở các khu công nghiệp.", "212", "bts-5g-stations"),
    ("Đến cuối năm, số trạm phát sóng 5G trên địa bàn đạt 430 trạm.", "430", "bts-5g-stations"),
    ("Mạng 4G phủ sóng 97,2% dân số.", "97,2", "population-4g-coverage"),
    ("Tỷ lệ dân số được phủ sóng 4G đạt 99,1%.", "99,1", "population-4g-coverage"),
    ("Sóng di động 5G đã phủ tới 64,5% dân số của tỉnh.", "64,5", "population-5g-coverage"),
    ("Hiện còn 17 thôn lõm sóng di động ở vùng cao.", "17", "villages-without-mobile-coverage"),
    ("Toàn tỉnh còn 23 thôn, bản chưa có sóng di động.", "23", "villages-without-mobile-coverage"),
    ("Đã có 1.812 thôn có cáp quang, còn 40 thôn chưa có cáp quang.", "40", "villages-without-fibre"),
    ("Mật độ thuê bao băng rộng cố định đạt 24,6 thuê bao/100 dân.", "24,6", "fixed-broadband-density"),
    ("Mật độ thuê bao băng rộng di động ước đạt 88,3 thuê bao/100 dân.", "88,3", "mobile-broadband-density"),
    ("Tỷ lệ hộ gia đình có kết nối Internet cáp quang cuối năm là 79,5%.", "79,5", "fibre-household-rate"),
    ("Tỷ lệ hộ gia đình có Internet cáp quang năm nay đạt 81%.", "81", "fibre-household-rate"),
])
def test_telecom_networks_and_coverage(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # postal items and the postal service's part in administrative procedures
    ("Sản lượng bưu gửi năm nay ước 12,8 triệu bưu gửi, tăng 15%.", "12,8", "postal-items"),
    ("Các doanh nghiệp chuyển phát 4,1 triệu bưu gửi thương mại điện tử trong quý.", "4,1", "e-commerce-postal-items"),
    ("Bưu điện tỉnh tiếp nhận và trả kết quả 21.400 hồ sơ thủ tục hành chính qua bưu chính công ích.", "21.400",
     "postal-admin-dossiers"),
    ("Hiện có 18 doanh nghiệp bưu chính hoạt động trên địa bàn.", "18", "postal-enterprises"),
])
def test_postal_items_and_enterprises(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # dossiers received and submitted online, online services by level, online payment, documents signed digitally
    ("Các cơ quan tiếp nhận 356.200 hồ sơ thủ tục hành chính trong năm.", "356.200", "admin-dossiers-received"),
    ("Số hồ sơ tiếp nhận là 48.900 hồ sơ, giảm 3% so với năm trước.", "48.900", "admin-dossiers-received"),
    ("Tỉnh cung cấp 812 dịch vụ công trực tuyến toàn trình và 640 dịch vụ công trực tuyến một phần.", "812",
     "full-online-public-services"),
    ("Tỉnh cung cấp 812 dịch vụ công trực tuyến toàn trình và 640 dịch vụ công trực tuyến một phần.", "640",
     "partial-online-public-services"),
    ("Tỷ lệ hồ sơ thanh toán trực tuyến năm nay là 58,2%.", "58,2", "online-payment-rate"),
    ("Ở cấp xã, thanh toán trực tuyến phí, lệ phí đạt tỷ lệ 61%.", "61", "online-payment-rate"),
    ("Tỷ lệ văn bản đi được ký số và gửi điện tử ở cấp huyện đạt 97,4%.", "97,4", "e-signed-documents-rate"),
    ("Có 96% văn bản được ký số và gửi điện tử trên môi trường mạng.", "96", "e-signed-documents-rate"),
    ("Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 84,7%.", "84,7", "digitised-dossiers-rate"),
])
def test_e_government(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # attacks blocked by kind, community digital teams
    ("Hệ thống giám sát đã ngăn chặn 512 cuộc tấn công mạng vào các cơ quan nhà nước.", "512", "cyber-attacks-blocked"),
    ("Số cuộc tấn công được ngăn chặn là 275 cuộc, giảm 9%.", "275", "cyber-attacks-blocked"),
    ("Trong đó có 64 cuộc tấn công lừa đảo và 120 cuộc phát tán mã độc.", "120", "malware-attacks-blocked"),
    ("Toàn tỉnh thành lập 2.340 tổ công nghệ số cộng đồng.", "2.340", "community-digital-teams"),
    ("Các tổ công nghệ số cộng đồng có 13.900 thành viên.", "13.900", "community-digital-team-members"),
])
def test_information_security_and_digital_society(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # passengers and freight by mode of transport, cargo through ports by trade, flights
    ("Vận chuyển hành khách đường bộ ước đạt 18.300 nghìn lượt khách, tăng 6%.", "18.300", "road-passenger-transport"),
    ("Đường thủy nội địa vận chuyển hàng hóa đạt 7.420 nghìn tấn.", "7.420", "waterway-freight-transport"),
    ("Vận chuyển hàng hóa đường biển đạt 950 nghìn tấn, tăng 4,2%.", "950", "sea-freight-transport"),
    ("Hàng xuất khẩu thông qua cảng đạt 3.150 nghìn tấn, chiếm 31%.", "3.150", "export-port-cargo"),
    ("Hàng nhập khẩu qua cảng đạt 1.870 nghìn tấn.", "1.870", "import-port-cargo"),
    ("Năm nay hàng hóa thông qua cảng biển đạt 8.700 nghìn tấn. Cơ cấu hàng thông qua cảng: hàng xuất khẩu 3.000 "
     "nghìn tấn; hàng nhập khẩu 2.400 nghìn tấn.", "2.400", "import-port-cargo"),
    # (all the cargo of inland ports is no domestic cargo of seaports, whatever words it shares with it)
    ("Hàng hóa thông qua cảng, bến thủy nội địa năm nay là 4.380 nghìn tấn.", "4.380", "port-cargo-throughput"),
    ("Cảng hàng không phục vụ 9.640 chuyến bay cất, hạ cánh, tăng 5,5%.", "9.640", "aircraft-movements"),
    ("Toàn tỉnh có 12 tuyến xe buýt và 9 bến xe khách đang hoạt động.", "12", "bus-routes"),
    ("Toàn tỉnh có 12 tuyến xe buýt và 9 bến xe khách đang hoạt động.", "9", "bus-stations"),
])
def test_transport_by_mode(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # traffic accidents by mode and by cause
    ("Trong năm xảy ra 341 vụ tai nạn giao thông đường bộ, làm chết 152 người.", "341", "road-traffic-accidents"),
    ("Tai nạn giao thông đường sắt xảy ra 4 vụ, giảm 2 vụ.", "4", "rail-traffic-accidents"),
    ("Có 97 người chết do tai nạn giao thông đường bộ.", "97", "road-traffic-accident-deaths"),
    ("Tai nạn giao thông đường thủy xảy ra 3 vụ, làm chết 2 người, bị thương 4 người.", "4",
     "waterway-traffic-accident-injured"),
    ("Số người bị thương do tai nạn giao thông đường thủy là 6 người.", "6", "waterway-traffic-accident-injured"),
    ("Tai nạn do chạy quá tốc độ chiếm 31 vụ.", "31", "speeding-accidents"),
    ("Lực lượng chức năng phát hiện 7.240 trường hợp vi phạm nồng độ cồn.", "7.240", "drink-driving-violations"),
])
def test_traffic_accidents_by_mode_and_cause(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # driving licences and tests, vehicle inspection, overloading
    ("Sở đã cấp mới 38.650 giấy phép lái xe trong năm.", "38.650", "driving-licences-issued"),
    ("Số giấy phép lái xe cấp đổi là 19.300 giấy phép.", "19.300", "driving-licences-exchanged"),
    ("Tổ chức 96 kỳ sát hạch lái xe cho 21.000 thí sinh.", "96", "driving-test-sessions"),
    ("Các trung tâm đã kiểm định 104.500 lượt phương tiện, tăng 4%.", "104.500", "vehicle-inspections"),
    ("Số lượt phương tiện được kiểm định đạt 99.800 lượt.", "99.800", "vehicle-inspections"),
    ("Qua kiểm tra tải trọng 3.120 lượt xe, phát hiện 290 xe chở quá tải trọng cho phép.", "290",
     "overloaded-vehicles"),
])
def test_driving_licences_and_vehicle_inspection(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # road maintenance funds by kind of work
    ("Kinh phí bảo trì đường tỉnh năm nay là 124,6 tỷ đồng.", "124,6", "road-maintenance-funds"),
    ("Tổng kinh phí quản lý, bảo trì được giao 210 tỷ đồng, gồm bảo dưỡng thường xuyên 48 tỷ đồng và sửa chữa định kỳ "
     "162 tỷ đồng.", "162", "periodic-road-repair"),
    ("Tổng kinh phí quản lý, bảo trì được giao 210 tỷ đồng, gồm bảo dưỡng thường xuyên 48 tỷ đồng và sửa chữa định kỳ "
     "162 tỷ đồng.", "48", "routine-road-maintenance"),
])
def test_road_maintenance(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # public investment by source of funds, planned and disbursed
    ("Vốn ngân sách Trung ương giải ngân 640 tỷ đồng, đạt 48% kế hoạch.", "640", "public-investment-central-budget"),
    ("Giải ngân vốn ngân sách địa phương được 1.120 tỷ đồng.", "1.120", "public-investment-local-budget"),
    ("Kế hoạch vốn ngân sách tỉnh năm 2024 là 2.600 tỷ đồng; vốn ngân sách tỉnh giải ngân 1.900 tỷ đồng.", "1.900",
     "public-investment-local-budget"),
    ("Vốn cân đối ngân sách địa phương giải ngân 2.340 tỷ đồng.", "2.340", "public-investment-local-balanced"),
])
def test_public_investment_by_source(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a sentence going on after a breakdown goes on with its whole, not with the breakdown's last part
    ("Chỉ số sản xuất công nghiệp tháng 9 tăng 8,2% so với cùng kỳ, trong đó sản xuất và phân phối điện tăng 5,1%. "
     "Tính chung 9 tháng tăng 7,4%.", "7,4", "industrial-production-index"),
    ("Chỉ số sản xuất công nghiệp quý III tăng 6,8%, trong đó ngành khai khoáng giảm 2,1%. Tính chung 9 tháng tăng "
     "5,9%.", "5,9", "industrial-production-index"),
    ("Kế hoạch vốn đầu tư công năm nay là 5.200 tỷ đồng, gồm vốn ngân sách địa phương 3.900 tỷ đồng và vốn ngân sách "
     "Trung ương 1.300 tỷ đồng. Đến cuối tháng 9 đã giải ngân được 2.870 tỷ đồng.", "2.870",
     "public-investment-disbursement"),
    ("Tổng kế hoạch vốn đầu tư công giao 3.000 tỷ đồng, trong đó vốn ngân sách Trung ương 1.100 tỷ đồng. Lũy kế đến "
     "30/6 giải ngân được 960 tỷ đồng.", "960", "public-investment-disbursement"),
])
def test_the_sentence_after_a_breakdown_goes_on_with_its_whole(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # OCOP products by rating; products of 3 stars and more are all the OCOP products
    ("Năm nay công nhận 42 sản phẩm OCOP, gồm 35 sản phẩm 3 sao và 7 sản phẩm 4 sao.", "35", "ocop-3-star-products"),
    ("Năm nay công nhận 42 sản phẩm OCOP, gồm 35 sản phẩm 3 sao và 7 sản phẩm 4 sao.", "7", "ocop-4-star-products"),
    ("Tỉnh có 2 sản phẩm OCOP 5 sao.", "2", "ocop-5-star-products"),
])
def test_ocop_products_by_rating(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # workers abroad by market, jobs by place of work, social insurance by scheme
    ("Trong quý có 230 lao động đi Nhật Bản và 95 lao động đi Hàn Quốc.", "230", "labour-export-japan"),
    ("Trong quý có 230 lao động đi Nhật Bản và 95 lao động đi Hàn Quốc.", "95", "labour-export-korea"),
    ("Theo thị trường, thị trường Đài Loan 140 người.", "140", "labour-export-taiwan"),
    ("Giải quyết việc làm cho 15.200 lao động, trong đó làm việc trong tỉnh 8.900 lao động, làm việc ngoài tỉnh 6.300 "
     "lao động.", "8.900", "jobs-in-province"),
    ("Giải quyết việc làm cho 15.200 lao động, trong đó làm việc trong tỉnh 8.900 lao động, làm việc ngoài tỉnh 6.300 "
     "lao động.", "6.300", "jobs-outside-province"),
    ("Số người tham gia BHXH tự nguyện là 31.400 người.", "31.400", "voluntary-social-insurance"),
    ("Có 176.900 người tham gia BHXH bắt buộc và 22.300 người tham gia tự nguyện.", "22.300",
     "voluntary-social-insurance"),
    ("Năm nay 191.600 người đóng bảo hiểm xã hội bắt buộc, 185.200 người tham gia bảo hiểm thất nghiệp.", "185.200",
     "unemployment-insurance-coverage"),
])
def test_labour_markets_and_insurance_schemes(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # labour relations: strikes, wages paid late
    ("Trong năm xảy ra 6 vụ ngừng việc tập thể, giảm 2 vụ.", "6", "collective-work-stoppages"),
    ("Có 1.250 người tham gia ngừng việc tập thể tại 3 doanh nghiệp.", "1.250", "work-stoppage-participants"),
    ("Số tiền chậm trả lương của các doanh nghiệp là 9,6 tỷ đồng.", "9,6", "wage-arrears"),
    ("Có 830 lao động bị chậm trả lương tại 4 doanh nghiệp.", "830", "workers-owed-wages"),
    ("Có 5 doanh nghiệp chậm trả lương cho 1.460 lao động.", "1.460", "workers-owed-wages"),
])
def test_labour_relations(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # the places and households counted in a province
    ("Toàn tỉnh có 2.046 thôn, bản, tổ dân phố.", "2.046", "villages"),
    ("Tổng số thôn, bản, tổ dân phố là 1.580.", "1.580", "villages"),
    ("Tổng số hộ dân cư của tỉnh là 312.600 hộ.", "312.600", "households"),
    ("Tỉnh có 287.400 hộ dân cư.", "287.400", "households"),
])
def test_villages_and_households(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # accommodation by star rating, visitors to the province's tourist sites
    ("Trong năm có 3 khách sạn 5 sao và 12 cơ sở lưu trú 4 sao đi vào hoạt động.", "3", "5-star-accommodation"),
    ("Trong năm có 3 khách sạn 5 sao và 12 cơ sở lưu trú 4 sao đi vào hoạt động.", "12", "4-star-accommodation"),
    ("Khu du lịch sinh thái đón 86.000 lượt khách tham quan điểm du lịch.", "86.000", "tourist-site-visitors"),
    ("Lượng khách đến các tuyến, điểm du lịch của vườn quốc gia đạt 410.000 lượt.", "410.000", "tourist-site-visitors"),
])
def test_accommodation_by_rating_and_tourist_sites(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # land-use change, mining licences extended and ended
    ("Sở đã cho phép chuyển mục đích sử dụng đất với diện tích 214 ha.", "214", "land-use-change"),
    ("Diện tích chuyển mục đích sử dụng đất năm nay là 96,4 ha.", "96,4", "land-use-change"),
    ("Gia hạn 6 giấy phép khai thác khoáng sản trong năm.", "6", "mining-licences-extended"),
    ("Có 4 giấy phép khai thác khoáng sản chấm dứt hiệu lực.", "4", "mining-licences-terminated"),
])
def test_land_use_change_and_mining_licences(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # immunisation counts, the care network, food safety
    ("Có 9.870 trẻ dưới 1 tuổi được tiêm đầy đủ các loại vắc xin.", "9.870", "fully-immunised-children"),
    ("Chiến dịch tiêm vắc xin sởi đã tiêm cho 24.300 trẻ.", "24.300", "measles-campaign-vaccinated"),
    ("Toàn tỉnh còn 14 trạm y tế xã chưa có bác sĩ.", "14", "stations-without-doctor"),
    ("Có 9 bệnh viện triển khai bệnh án điện tử.", "9", "emr-facilities"),
    ("Tiền xử phạt vi phạm an toàn thực phẩm là 420 triệu đồng.", "420", "food-safety-fines"),
    ("Có 37 người ngộ độc thực phẩm phải nhập viện.", "37", "food-poisoning-hospitalised"),
])
def test_immunisation_care_network_and_food_safety(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # transfers from the central budget by kind, revenue kept under decentralisation, the reserve left
    ("Thu bổ sung cân đối từ ngân sách trung ương đạt 6.200 tỷ đồng.", "6.200", "balancing-transfers"),
    ("Ngân sách trung ương bổ sung có mục tiêu 1.450 tỷ đồng cho tỉnh.", "1.450", "targeted-transfers"),
    ("Thu ngân sách địa phương được hưởng theo phân cấp ước 5.300 tỷ đồng.", "5.300", "decentralised-revenue"),
    ("Số dự phòng ngân sách còn lại là 210 tỷ đồng.", "210", "budget-reserve-remaining"),
])
def test_transfers_and_the_local_budget(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # crops and products beyond the main ones; investment projects adjusted and revoked
    ("Năng suất thuốc lá đạt 24,5 tạ/ha.", "24,5", "tobacco-yield"),
    ("Diện tích cà rốt đạt 1.250 ha; bắp cải, su hào 830 ha.", "1.250", "carrot-area"),
    ("Diện tích cà rốt đạt 1.250 ha; bắp cải, su hào 830 ha.", "830", "cabbage-area"),
    ("Sản lượng đường ước đạt 84.000 tấn.", "84.000", "sugar-output"),
    ("Trong quý có 14 dự án được điều chỉnh chủ trương đầu tư.", "14", "adjusted-investment-projects"),
    ("Tổng vốn đăng ký các dự án bị thu hồi là 940 tỷ đồng.", "940", "revoked-projects-capital"),
])
def test_crops_products_and_projects_beyond_the_main_ones(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a breakdown by place after a sentence about one part of the total breaks the total down, not that part
    ("Thu ngân sách nhà nước trên địa bàn tỉnh 9 tháng ước được 2.780 tỷ đồng, bằng 66% dự toán. Thu tiền sử dụng đất "
     "đạt 910 tỷ đồng, chiếm 32,7% tổng thu. Thành phố Vinh thu 705 tỷ đồng, huyện Quỳnh Lưu thu 390 tỷ đồng.", "705",
     "state-budget-revenue"),
    ("Tổng mức bán lẻ hàng hóa và dịch vụ 9 tháng ước 47.600 tỷ đồng. Riêng doanh thu bán lẻ hàng hóa là 35.200 tỷ "
     "đồng, chiếm 73,9%. Thành phố Thanh Hóa đạt 12.900 tỷ đồng, thị xã Nghi Sơn đạt 4.700 tỷ đồng.", "4.700",
     "retail-sales"),
    ("Trong năm, tỉnh đưa 1.065 người đi xuất khẩu lao động. Theo thị trường: Nhật Bản 712 người, Đài Loan 236 người. "
     "Theo địa phương: huyện Nghi Lộc 295 người, huyện Đô Lương 260 người.", "295", "labour-export"),
])
def test_a_breakdown_by_place_after_a_part_breaks_down_the_total(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a table a paragraph leads into ("như sau:") breaks down that paragraph's levels: a column whose header names
    # no quantity, or only a generic one, measures the paragraph's level in the column's unit
    ("Năm nay toàn tỉnh trồng mới 1.240 ha rừng tập trung với tổng kinh phí 86,5 tỷ đồng. Kết quả theo huyện như sau:"
     "\n\nĐơn vị | Diện tích (ha) | Kinh phí (tỷ đồng)\nHuyện Con Cuông | 420 | 28,6\nHuyện Tương Dương | 380 | 26,1",
     "420", "new-forest-planting"),
    ("Trong năm các địa phương bê tông hóa 318,2 km đường giao thông nông thôn. Chi tiết như sau:\n\nHuyện | Ghi chú | "
     "Chiều dài (km)\nHuyện Quỳnh Lưu | vượt kế hoạch | 96,4\nHuyện Yên Thành | đạt kế hoạch | 88,0", "88,0",
     "rural-roads-built"),
    # a header naming no unit but the things counted ("Số giấy", "Số lao động") takes the level counting them
    ("Năm nay cấp lần đầu 5.870 giấy chứng nhận quyền sử dụng đất cho hộ gia đình, cá nhân. Số liệu theo huyện:\n\n"
     "Huyện | Diện tích (ha) | Số giấy cấp lần đầu\nHuyện Tân Uyên | 96,4 | 812\nHuyện Than Uyên | 318,7 | 1.046",
     "1.046", "land-certificates"),
    ("Năm nay giải quyết việc làm cho 21.300 lao động. Chi tiết theo huyện như sau:\n\nĐơn vị | Số lao động | Tỷ lệ (%)"
     "\nHuyện Bảo Yên | 2.100 | 9,9\nHuyện Bát Xát | 1.750 | 8,2", "1.750", "jobs-created"),
])
def test_a_table_led_into_breaks_down_the_paragraph(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a table's row naming no quantity alone names one with the table's title ("Số vụ" under a title of accidents)
    ("Bảng: Tai nạn giao thông 6 tháng đầu năm 2024\nChỉ tiêu | 6 tháng 2023 | 6 tháng 2024\nSố vụ (vụ) | 212 | 198\n"
     "Số người bị thương (người) | 140 | 151", "151", "traffic-accident-injured"),
    ("Tình hình tai nạn lao động năm 2024\nChỉ tiêu | Năm 2023 | Năm 2024\nSố vụ | 14 | 11\nSố người chết | 6 | 4",
     "11", "labour-accidents"),
    ("Tình hình tai nạn lao động năm 2024\nChỉ tiêu | Năm 2023 | Năm 2024\nSố vụ | 14 | 11\nSố người chết | 6 | 4", "4",
     "labour-accident-deaths"),
])
def test_a_table_row_named_with_its_title(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # preschool children by age group, services with product taxes, school construction
    ("Năm học này toàn tỉnh có 11.240 trẻ nhà trẻ và 61.300 trẻ em mẫu giáo.", "11.240", "nursery-children"),
    ("Năm học này toàn tỉnh có 11.240 trẻ nhà trẻ và 61.300 trẻ em mẫu giáo.", "61.300", "kindergarten-children"),
    ("Cơ cấu kinh tế: nông nghiệp 18,2%; công nghiệp và xây dựng 40,1%; khu vực dịch vụ và thuế sản phẩm 41,7%.",
     "41,7", "grdp-services-and-taxes"),
    ("GRDP khu vực dịch vụ và thuế sản phẩm (trừ trợ cấp) tăng 6,9%.", "6,9", "grdp-services-and-taxes"),
    ("Vốn đầu tư xây dựng trường học năm 2024 là 1.240 tỷ đồng.", "1.240", "school-construction-investment"),
    ("Tổng vốn xây dựng trường học đạt 860 tỷ đồng.", "860", "school-construction-investment"),
])
def test_preschool_children_services_with_taxes_and_school_building(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # the clause after a figure, its generic label ("giải ngân") a kind of what that figure measures, is that kind
    ("Kinh phí bảo trì quốc lộ ủy thác được giao 64 tỷ đồng, giải ngân 63 tỷ đồng.", "63", "road-maintenance-funds"),
    ("Kinh phí bảo trì đường tỉnh năm nay được bố trí 138 tỷ đồng, đã giải ngân 121 tỷ đồng.", "121",
     "road-maintenance-funds"),
])
def test_a_generic_clause_after_a_figure_is_its_kind(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a list of places led into ("...theo địa phương:") from a paragraph breaks down that paragraph's headline levels
    ("Năm nay toàn tỉnh xảy ra 96 vụ tai nạn giao thông, làm chết 61 người.\n\nKết quả theo địa phương:\n- Huyện Quỳnh "
     "Lưu: 18 vụ, 11 người chết;\n- Huyện Diễn Châu: 15 vụ, 9 người chết.", "15", "traffic-accidents"),
    ("Năm nay toàn tỉnh xảy ra 96 vụ tai nạn giao thông, làm chết 61 người.\n\nKết quả theo địa phương:\n- Huyện Quỳnh "
     "Lưu: 18 vụ, 11 người chết;\n- Huyện Diễn Châu: 15 vụ, 9 người chết.", "11", "traffic-accident-deaths"),
    ("Thu ngân sách nhà nước trên địa bàn tỉnh năm nay ước 7.450 tỷ đồng.\n\nMột số địa phương thu lớn:\n- Thành "
     "phố Vinh: 2.950 tỷ đồng;\n- Huyện Nghi Lộc: 640 tỷ đồng.", "2.950", "state-budget-revenue"),
])
def test_a_list_of_places_led_into_breaks_down_the_paragraph(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a sentence naming no quantity under a heading naming one measures the heading's quantity
    ("3. Sản lượng thủy sản\n\nCả năm ước đạt 68.400 tấn, tăng 3,2% so với năm trước.", "68.400", "fishery-output"),
    ("b) Tổng mức bán lẻ hàng hóa và dịch vụ\n\nChín tháng ước đạt 42.150 tỷ đồng, tăng 10,8% so với cùng kỳ.",
     "42.150", "retail-sales"),
])
def test_a_sentence_naming_nothing_measures_its_heading(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token"), [
    # a figure opening its sentence names nothing before it, not a time or a plan: it need not be the heading's
    ("2. Thu ngân sách nhà nước\n\n27 tỷ đồng được chuyển về các xã vùng lũ để khắc phục.", "27"),
    ("b) Sản lượng thủy sản\n\n1.200 tấn cá giống đã được thả vào các hồ chứa thủy lợi.", "1.200"),
])
def test_a_figure_opening_its_sentence_is_not_the_headings(body: str, token: str) -> None:
    assert indicator_at(body, token) not in ("state-budget-revenue", "fishery-output")


def test_products_of_three_stars_and_more_are_all_ocop_products() -> None:
    # (a guard: the ratings start at 3 stars, so "from 3 stars up" is no 3-star product)
    body = "Phấn đấu năm nay có thêm 45 sản phẩm OCOP từ 3 sao trở lên được công nhận."
    assert indicator_at(body, "45") == "ocop-products"


def test_the_families_sit_under_their_wholes() -> None:
    ancestors = load_reference().indicator_ancestors
    assert "bts-sites" in ancestors["bts-5g-stations"]
    assert "traffic-accidents" in ancestors["speeding-accidents"]
    assert "passenger-transport" in ancestors["bus-passengers"]
    assert "public-investment-disbursement" in ancestors["public-investment-local-balanced"]
    assert "labour-export" in ancestors["labour-export-japan"]
    assert "online-public-services" in ancestors["full-online-public-services"]
    assert "gratitude-houses" in ancestors["gratitude-houses-built"]


def test_the_names_annotators_would_propose_find_the_new_concepts() -> None:
    names = load_reference().indicator_english_names
    for proposed, concept in [("number of 5G base stations", "bts-5g-stations"),
                              ("Road traffic accident deaths", "road-traffic-accident-deaths"),
                              ("public investment disbursed from the central budget",
                               "public-investment-central-budget"),
                              ("4-star OCOP products", "ocop-4-star-products"),
                              ("workers sent abroad to Japan", "labour-export-japan"),
                              ("compulsory social insurance participants", "compulsory-social-insurance")]:
        assert names.get(english_name_key(proposed)) == concept
