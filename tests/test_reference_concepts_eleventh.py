"""Quantities of the genre the eleventh session added (docs/curation.md, "Eleventh session"): a traffic-safety
committee's road safety figures, commercial electricity by customer, main industrial products, poultry by kind, online
retail, energy efficiency, disaster episodes, targets not yet assessable, the industrial park boards' figures,
inspections, labour safety, fallen trees and the price of petrol. Each family is linked in two sentences written for
these tests; the English names annotators propose find the concepts, and parts sit under their wholes."""

from __future__ import annotations

import pytest

from provkg.reference.loader import english_name_key, load_reference
from test_reference_concepts import indicator_at


@pytest.mark.parametrize(("body", "token", "expected"), [
    # black spots and spots of potential accidents, identified and treated (counted in their own unit)
    ("Qua rà soát, các cơ quan xác định 6 điểm đen và 14 điểm tiềm ẩn tai nạn giao thông.", "6", "traffic-black-spots"),
    ("Qua rà soát, các cơ quan xác định 6 điểm đen và 14 điểm tiềm ẩn tai nạn giao thông.",
     "14", "potential-accident-spots"),
    ("Toàn tỉnh còn 9 điểm đen tai nạn giao thông chưa được xử lý.", "9", "traffic-black-spots"),
    ("Trên các tuyến còn 23 điểm tiềm ẩn nguy cơ tai nạn giao thông.", "23", "potential-accident-spots"),
    ("Trong năm đã xử lý xong 4 điểm đen và 7 điểm tiềm ẩn.", "4", "traffic-black-spots-treated"),
    ("Trong năm đã xử lý xong 4 điểm đen và 7 điểm tiềm ẩn.", "7", "potential-accident-spots-treated"),
    ("Đã xử lý 12 điểm tiềm ẩn tai nạn giao thông trên đường tỉnh.", "12", "potential-accident-spots-treated"),
    ("Số điểm tiềm ẩn được xử lý trong năm là 15 điểm.", "15", "potential-accident-spots-treated"),
    ("Trong năm đã xử lý dứt điểm 21 điểm đen, điểm tiềm ẩn nguy cơ tai nạn giao thông.",
     "21", "traffic-black-spots-treated"),
    ("Các lực lượng đã xử lý xong 6 điểm đen trên quốc lộ.", "6", "traffic-black-spots-treated"),
    # road safety: collisions below an accident, helmets, violations by behaviour, funds, crossings, cameras,
    # vehicles registered and on the register
    ("Trong kỳ còn xảy ra 215 vụ va chạm giao thông, giảm 12 vụ so với cùng kỳ.", "215", "minor-traffic-collisions"),
    ("Số vụ va chạm giao thông đường bộ là 96 vụ, làm 104 người bị thương nhẹ.", "96", "minor-traffic-collisions"),
    ("Va chạm giao thông làm 57 người bị thương nhẹ do va chạm giao thông trong quý.", "57", "minor-collision-injured"),
    ("Có 41 người bị thương nhẹ do va chạm giao thông, giảm 6 người.", "41", "minor-collision-injured"),
    ("Tỷ lệ đội mũ bảo hiểm trên các tuyến quốc lộ đạt 98,2%.", "98,2%", "helmet-wearing-rate"),
    ("Tỷ lệ người đi xe mô tô, xe gắn máy đội mũ bảo hiểm ở nông thôn ước 88%.", "88%", "helmet-wearing-rate"),
    ("Lực lượng chức năng xử lý 3.410 trường hợp không đội mũ bảo hiểm.", "3.410", "helmet-violations"),
    ("Phát hiện 2.050 vi phạm không đội mũ bảo hiểm khi đi xe máy.", "2.050", "helmet-violations"),
    ("Trong tháng xử lý 1.920 trường hợp chạy quá tốc độ trên các tuyến cao tốc.", "1.920", "speeding-violations"),
    ("Số vi phạm về tốc độ được phát hiện là 845 trường hợp.", "845", "speeding-violations"),
    ("Kinh phí xử lý điểm đen trong năm là 12,4 tỷ đồng.", "12,4", "traffic-black-spot-funds"),
    ("Tỉnh bố trí kinh phí xử lý điểm đen, điểm tiềm ẩn tai nạn giao thông 8,6 tỷ đồng.",
     "8,6", "traffic-black-spot-funds"),
    ("Kinh phí bảo đảm trật tự an toàn giao thông được phân bổ 31,2 tỷ đồng.", "31,2", "traffic-safety-funds"),
    ("Kinh phí đảm bảo trật tự, an toàn giao thông từ nguồn thu phạt năm nay là 19,7 tỷ đồng.",
     "19,7", "traffic-safety-funds"),
    ("Trên tuyến đường sắt qua tỉnh còn 64 lối đi tự mở.", "64", "informal-railway-crossings"),
    ("Số lối đi tự mở qua đường sắt hiện là 58 lối đi.", "58", "informal-railway-crossings"),
    ("Năm nay xóa bỏ lối đi tự mở được 9 lối đi.", "9", "informal-railway-crossings-closed"),
    ("Đã có 7 lối đi tự mở được xóa bỏ trong năm.", "7", "informal-railway-crossings-closed"),
    ("Thành phố lắp đặt thêm 36 camera giám sát giao thông tại các nút giao.", "36", "traffic-surveillance-cameras"),
    ("Toàn tỉnh có 420 camera giám sát trên các trục đường chính.", "420", "traffic-surveillance-cameras"),
    ("Có 5.310 trường hợp vi phạm phát hiện qua hệ thống camera được gửi thông báo.",
     "5.310", "camera-detected-violations"),
    ("Số vi phạm phát hiện qua camera là 2.740 trường hợp.", "2.740", "camera-detected-violations"),
    ("Công an tỉnh cấp đăng ký cho 21.400 mô tô đăng ký mới trong năm.", "21.400", "motorcycles-registered"),
    ("Số mô tô đăng ký mới là 18.250 xe, tăng 4%.", "18.250", "motorcycles-registered"),
    ("Số ô tô đăng ký mới đạt 2.930 xe, tăng 11%.", "2.930", "cars-registered"),
    ("Trong năm có 3.410 xe ô tô đăng ký mới.", "3.410", "cars-registered"),
    ("Toàn tỉnh quản lý 540.200 phương tiện cơ giới đường bộ.", "540.200", "registered-motor-vehicles"),
    ("Tổng số phương tiện đang quản lý là 712.000 xe.", "712.000", "registered-motor-vehicles"),
    ("Số ô tô đang quản lý là 39.800 xe, tăng 9%.", "39.800", "registered-cars"),
    ("Hiện có 51.200 ô tô đang lưu hành trên địa bàn.", "51.200", "registered-cars"),
    ("Số mô tô đang quản lý là 602.300 xe.", "602.300", "registered-motorcycles"),
    ("Có 480.000 mô tô, xe gắn máy đang quản lý trên địa bàn.", "480.000", "registered-motorcycles"),
    # commercial electricity by customer and the peak load
    ("Điện thương phẩm cho thương nghiệp - dịch vụ đạt 412,6 triệu kWh, tăng 8%.",
     "412,6", "commercial-electricity-trade-services"),
    ("Điện cho thương nghiệp, dịch vụ ước 96,3 triệu kWh.", "96,3", "commercial-electricity-trade-services"),
    ("Điện thương phẩm cho nông, lâm nghiệp, thủy sản đạt 58,1 triệu kWh.",
     "58,1", "commercial-electricity-agriculture"),
    ("Điện cho nông, lâm nghiệp, thủy sản ước 22,4 triệu kWh, tăng 3%.", "22,4", "commercial-electricity-agriculture"),
    ("Điện thương phẩm cho các hoạt động khác đạt 140,2 triệu kWh.", "140,2", "commercial-electricity-other"),
    ("Điện cho các hoạt động khác ước 61,9 triệu kWh, giảm 2%.", "61,9", "commercial-electricity-other"),
    ("Công suất cực đại của lưới điện tỉnh đạt 1.210 MW vào tháng 6.", "1.210", "grid-peak-load"),
    ("Phụ tải cực đại năm nay lên tới 865 MW, tăng 7%.", "865", "grid-peak-load"),
    # main industrial products
    ("Ống nhựa các loại đạt 35,2 nghìn tấn, tăng 4%.", "35,2", "plastic-pipe-output"),
    ("Sản lượng ống nhựa ước 12.300 tấn.", "12.300", "plastic-pipe-output"),
    ("Màn hình, mô-đun hiển thị đạt 48,7 triệu chiếc, tăng 12%.", "48,7", "display-module-output"),
    ("Sản lượng mô-đun hiển thị đạt 22,5 triệu sản phẩm.", "22,5", "display-module-output"),
    ("Máy in các loại đạt 4.150 nghìn chiếc, tăng 9%.", "4.150", "printer-output"),
    ("Sản lượng máy in ước 3,8 triệu chiếc.", "3,8", "printer-output"),
    ("Tàu biển đóng mới đạt 18 chiếc trong năm.", "18", "ships-built"),
    ("Các nhà máy hoàn thành 12 chiếc tàu biển đóng mới.", "12", "ships-built"),
    ("Kính nổi đạt 385 nghìn tấn, tăng 6%.", "385", "float-glass-output"),
    ("Sản lượng kính xây dựng ước 41,2 triệu m2.", "41,2", "float-glass-output"),
    ("Hạt nhựa polypropylene đạt 365 nghìn tấn, giảm 3%.", "365", "plastic-resin-output"),
    ("Sản lượng hạt nhựa ước 210 nghìn tấn.", "210", "plastic-resin-output"),
    # poultry by kind, online retail
    ("Đàn gia cầm có 4.300 nghìn con, trong đó đàn vịt 2.100 nghìn con.", "2.100", "duck-flock"),
    ("Đàn vịt, ngan ước 940 nghìn con, tăng 2%.", "940", "duck-flock"),
    ("Đàn gà ước 3.150 nghìn con, tăng 4,5%.", "3.150", "chicken-flock"),
    ("Đàn gia cầm có 4.300 nghìn con, trong đó đàn gà 1.900 nghìn con.", "1.900", "chicken-flock"),
    ("Doanh thu bán lẻ trực tuyến ước 3.120 tỷ đồng, tăng 21%.", "3.120", "online-retail-sales"),
    ("Doanh thu bán lẻ qua thương mại điện tử đạt 1.480 tỷ đồng.", "1.480", "online-retail-sales"),
    # energy efficiency and rooftop solar; temporary-house funds; disaster episodes; targets not yet assessable;
    # fuel price adjustments; the average stay of guests; lodged rice
    ("Công suất điện mặt trời mái nhà lắp đặt mới trong năm đạt 42,5 MWp.", "42,5", "rooftop-solar-capacity"),
    ("Có 31 doanh nghiệp lắp đặt điện mặt trời mái nhà với tổng công suất 27,8 MWp.", "27,8", "rooftop-solar-capacity"),
    ("Trên địa bàn có 186 cơ sở sử dụng năng lượng trọng điểm.", "186", "key-energy-users"),
    ("Sở kiểm tra 35 cơ sở sử dụng năng lượng trọng điểm trong năm.", "35", "key-energy-users-inspected"),
    ("Số cơ sở sử dụng năng lượng trọng điểm được kiểm tra là 17 cơ sở.", "17", "key-energy-users-inspected"),
    ("Danh sách năm nay gồm 142 cơ sở sử dụng năng lượng trọng điểm.", "142", "key-energy-users"),
    ("Tỷ lệ tiết kiệm năng lượng năm nay đạt 2,4% tổng mức tiêu thụ.", "2,4%", "energy-saving-rate"),
    ("Tổng năng lượng tiết kiệm được ước đạt 1,9% tổng năng lượng tiêu thụ.", "1,9%", "energy-saving-rate"),
    ("Kinh phí xóa nhà tạm, nhà dột nát trong năm khoảng 215 tỷ đồng.", "215", "temporary-house-funds"),
    ("Tổng kinh phí hỗ trợ xóa nhà tạm, nhà dột nát đạt 96,4 tỷ đồng.", "96,4", "temporary-house-funds"),
    ("Từ đầu năm, trên địa bàn xảy ra 11 đợt thiên tai gồm dông lốc, mưa đá và sạt lở.",
     "11", "natural-disaster-events"),
    ("Trong năm có 6 trận thiên tai gây thiệt hại về người và tài sản.", "6", "natural-disaster-events"),
    ("Trong 25 chỉ tiêu chủ yếu, có 3 chỉ tiêu chưa có cơ sở đánh giá.", "3", "main-targets-unassessed"),
    ("Còn 2 chỉ tiêu chưa đánh giá do chưa có số liệu chính thức.", "2", "main-targets-unassessed"),
    ("Trong năm giá xăng dầu được điều chỉnh 28 lần.", "28", "fuel-price-adjustments"),
    ("Số lần điều chỉnh giá xăng dầu từ đầu năm là 19 lần.", "19", "fuel-price-adjustments"),
    ("Thời gian lưu trú bình quân của khách đạt 1,85 ngày/lượt.", "1,85", "average-guest-stay"),
    ("Khách lưu trú với thời gian lưu trú trung bình 2,1 ngày/lượt khách.", "2,1", "average-guest-stay"),
    ("Mưa lớn làm 860 ha lúa bị đổ ngã trước khi thu hoạch.", "860", "lodged-rice-area"),
    ("Diện tích lúa bị đổ ngã do gió lốc là 320 ha.", "320", "lodged-rice-area"),
    # industrial park boards: the parks' enterprises and workers
    ("Doanh thu của các doanh nghiệp trong các khu công nghiệp ước đạt 41.200 tỷ đồng, tăng 9%.",
     "41.200", "ip-enterprise-revenue"),
    ("Năm nay doanh thu của các doanh nghiệp KCN đạt 2.150 triệu USD.", "2.150", "ip-enterprise-revenue"),
    ("Kim ngạch xuất khẩu của các doanh nghiệp trong các khu công nghiệp đạt 1.840 triệu USD, tăng 12%.",
     "1.840", "ip-exports"),
    ("Giá trị xuất khẩu của doanh nghiệp KCN ước 960 triệu USD.", "960", "ip-exports"),
    ("Kim ngạch nhập khẩu của các doanh nghiệp trong các khu công nghiệp đạt 1.310 triệu USD.", "1.310", "ip-imports"),
    ("Giá trị nhập khẩu của doanh nghiệp KCN ước 720 triệu USD, giảm 3%.", "720", "ip-imports"),
    ("Nộp ngân sách của các doanh nghiệp trong các khu công nghiệp đạt 1.460 tỷ đồng.",
     "1.460", "ip-budget-contributions"),
    ("Các doanh nghiệp khu công nghiệp nộp ngân sách 880 tỷ đồng, tăng 6%.", "880", "ip-budget-contributions"),
    ("Hiện có 214 dự án đang hoạt động trong khu công nghiệp, chiếm 70% số dự án.", "214", "ip-operating-projects"),
    ("Thu nhập bình quân của người lao động trong các khu công nghiệp khoảng 8,2 triệu đồng/người/tháng.",
     "8,2", "ip-worker-income"),
    ("Thu nhập bình quân của công nhân khu công nghiệp đạt 7,6 triệu đồng/tháng.", "7,6", "ip-worker-income"),
    ("Số dự án đang hoạt động trong các KCN là 156 dự án.", "156", "ip-operating-projects"),
    # inspections of any department: establishments inspected, cases sanctioned, enterprises fined
    ("Đoàn liên ngành kiểm tra 86 cơ sở kinh doanh dịch vụ karaoke, lưu trú trong năm.",
     "86", "establishments-inspected"),
    ("Số cơ sở được thanh tra, kiểm tra là 140 cơ sở, phát hiện 12 cơ sở vi phạm.", "140", "establishments-inspected"),
    ("Thanh tra Sở xử phạt vi phạm hành chính 19 trường hợp với số tiền 240 triệu đồng.",
     "19", "administrative-violation-cases"),
    ("Có 27 trường hợp bị xử phạt vi phạm hành chính, nộp ngân sách 310 triệu đồng.",
     "27", "administrative-violation-cases"),
    ("Qua thanh tra, xử phạt 8 doanh nghiệp vi phạm pháp luật lao động với số tiền 95 triệu đồng.",
     "8", "enterprises-fined"),
    ("Có 5 doanh nghiệp bị xử phạt vi phạm hành chính về bảo hiểm xã hội.", "5", "enterprises-fined"),
    ("Kiểm tra 1.250 cơ sở thực phẩm, phát hiện 140 cơ sở vi phạm.", "1.250", "food-safety-inspections"),
    ("Thanh tra Sở đã xử phạt 19 trường hợp vi phạm hành chính, số tiền 240 triệu đồng.",
     "19", "administrative-violation-cases"),
    # labour safety, trees a disaster broke, the retail price of petrol
    ("Trong năm xảy ra 14 vụ tai nạn lao động làm 16 người bị nạn, trong đó 6 người chết.",
     "16", "labour-accident-victims"),
    ("Số người bị nạn do tai nạn lao động là 21 người, tăng 3 người.", "21", "labour-accident-victims"),
    ("Trên địa bàn còn 9 doanh nghiệp nợ lương người lao động với số tiền 4,2 tỷ đồng.",
     "9", "enterprises-owing-wages"),
    ("Có 4 doanh nghiệp chậm trả lương kéo dài trong quý.", "4", "enterprises-owing-wages"),
    ("Cơn dông làm 2.300 cây ăn quả bị gãy đổ và nhiều nhà tốc mái.", "2.300", "disaster-trees-fallen"),
    ("Bão làm khoảng 640 cây xanh bị gãy đổ trên các tuyến phố.", "640", "disaster-trees-fallen"),
    ("Giá xăng RON 95 có thời điểm lên 31.500 đồng/lít.", "31.500", "petrol-price"),
    ("Giá bán lẻ xăng E5 RON 92 bình quân năm là 22.100 đồng/lít.", "22.100", "petrol-price"),
    # a second committee's figures: helmets donated, transport badges revoked, deaths under 18, alcohol checks
    ("Chương trình đã trao 12.400 mũ bảo hiểm đạt chuẩn cho học sinh lớp Một.", "12.400", "helmets-donated"),
    ("Số mũ bảo hiểm được trao tặng trong năm học là 8.300 chiếc.", "8.300", "helmets-donated"),
    ("Sở Giao thông vận tải thu hồi 31 phù hiệu xe kinh doanh vận tải vi phạm.", "31", "transport-badges-revoked"),
    ("Số phù hiệu bị thu hồi trong năm là 19 phù hiệu.", "19", "transport-badges-revoked"),
    ("Số người chết dưới 18 tuổi là 7 người, chiếm 5% tổng số người chết.", "7", "traffic-deaths-under-18"),
    ("Trong năm có 4 người dưới 18 tuổi tử vong do tai nạn giao thông.", "4", "traffic-deaths-under-18"),
    ("Cảnh sát giao thông kiểm tra nồng độ cồn 84.000 lượt người điều khiển phương tiện.",
     "84.000", "drink-drive-checks"),
    ("Số lượt kiểm tra nồng độ cồn trong năm là 52.300 lượt.", "52.300", "drink-drive-checks"),
])
def test_a_quantity_the_eleventh_survey_added_is_linked(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    ("Thanh tra Sở xử phạt vi phạm hành chính 19 trường hợp với số tiền 240 triệu đồng.",
     "240", "administrative-fines"),
    ("Số cơ sở được kiểm tra an toàn thực phẩm là 980 cơ sở.", "980", "food-safety-inspections"),
    ("Lực lượng chức năng xử lý 12.400 trường hợp vi phạm giao thông, phạt tiền 18 tỷ đồng.",
     "12.400", "traffic-violations"),
    ("Có 640 trường hợp bị xử phạt vi phạm trật tự an toàn giao thông.", "640", "traffic-violations"),
    ("Tai nạn lao động xảy ra 11 vụ, làm 13 người bị nạn, trong đó 4 người chết.", "4", "labour-accident-deaths"),
    ("Trong 8 tháng xảy ra 90 vụ tai nạn giao thông, làm chết 60 người, bị thương 47 người.", "47",
     "traffic-accident-injured"),
])
def test_the_new_labels_leave_the_concepts_they_could_take_alone(body: str, token: str, expected: str) -> None:
    # guards, true before the new concepts came: the inspection and accident-victim labels must not take these
    assert indicator_at(body, token) == expected


def test_the_new_parts_sit_under_their_wholes() -> None:
    ancestors = load_reference().indicator_ancestors
    assert "traffic-violations" in ancestors["helmet-violations"]
    assert "vehicles-registered" in ancestors["cars-registered"]
    assert "registered-motor-vehicles" in ancestors["registered-motorcycles"]
    assert "commercial-electricity" in ancestors["commercial-electricity-trade-services"]
    assert "industrial-products" in ancestors["printer-output"]
    assert "poultry" in ancestors["duck-flock"]
    assert "potential-accident-spots" in ancestors["potential-accident-spots-treated"]
    assert "labour-accident-victims" in ancestors["labour-accident-deaths"]


def test_the_english_names_annotators_propose_find_the_concepts() -> None:
    names = load_reference().indicator_english_names
    for proposed, concept in [("minor traffic collisions", "minor-traffic-collisions"),
                              ("Helmet-wearing rate of motorcyclists", "helmet-wearing-rate"),
                              ("road traffic accident injured", "road-traffic-accident-injured"),
                              ("inland waterway traffic accidents", "waterway-traffic-accidents"),
                              ("commercial electricity sold to other activities", "commercial-electricity-other"),
                              ("port cargo throughput of import goods", "import-port-cargo"),
                              ("duck flock", "duck-flock"),
                              ("potential traffic accident spots treated", "potential-accident-spots-treated"),
                              ("revenue of enterprises in industrial parks", "ip-enterprise-revenue"),
                              ("traffic collisions (minor accidents)", "minor-traffic-collisions"),
                              ("traffic safety budget", "traffic-safety-funds")]:
        assert names.get(english_name_key(proposed)) == concept
