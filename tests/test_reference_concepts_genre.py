"""Quantities of the genre the fifth reference session added (docs/curation.md, "Fifth session"): trade and energy,
the oil economy, investment, mechanised and certified farming, social protection, Covid-19 and the 2022 rent
support. Each family is linked in two sentences written for these tests; the scheme's shape and English names."""

from __future__ import annotations

import pytest

from provkg.reference.loader import english_name_key, load_reference
from test_reference_concepts import indicator_at


@pytest.mark.parametrize(("body", "token", "expected"), [
    # commercial electricity by customer, and losses
    ("Điện thương phẩm cho công nghiệp - xây dựng đạt 2.310 triệu kWh, tăng 6,2%.", "2.310",
     "commercial-electricity-industry"),
    ("Điện thương phẩm cho quản lý và tiêu dùng dân cư ước 905 triệu kWh, tăng 4%.", "905",
     "commercial-electricity-households"),
    ("Tỷ lệ tổn thất điện năng còn 4,1%, giảm 0,3 điểm phần trăm.", "4,1%", "electricity-loss-rate"),
    ("Tổn thất điện năng toàn tỉnh ở mức 3,6% trong năm.", "3,6%", "electricity-loss-rate"),
    # retail networks and trade promotion
    ("Toàn tỉnh có 214 cửa hàng bán lẻ xăng dầu đang hoạt động.", "214", "fuel-retail-stations"),
    ("Số cửa hàng xăng dầu trên địa bàn là 187 cửa hàng.", "187", "fuel-retail-stations"),
    ("Trên địa bàn có 3 trung tâm thương mại và 12 siêu thị.", "3", "shopping-centres"),
    ("Tổ chức và tham gia 12 hội chợ, triển lãm với 540 gian hàng.", "12", "trade-fairs"),
    ("Năm nay có 9 hội chợ thương mại được tổ chức tại tỉnh.", "9", "trade-fairs"),
    ("Tỷ lệ doanh nghiệp có website ước đạt 38,5%.", "38,5%", "enterprises-with-website-rate"),
    ("Có 42 doanh nghiệp tham gia chương trình bình ổn thị trường dịp Tết.", "42",
     "market-stabilisation-enterprises"),
    ("Tổng giá trị hàng hóa dự trữ bình ổn đạt 2.150 tỷ đồng.", "2.150", "market-stabilisation-goods-value"),
    # the oil economy
    ("GRDP không kể dầu thô và khí đốt tăng 7,4% so với cùng kỳ.", "7,4%", "grdp-excl-oil-gas"),
    ("Tăng trưởng GRDP trừ dầu khí đạt 8,1%.", "8,1%", "grdp-excl-oil-gas"),
    ("Kim ngạch xuất khẩu trừ dầu thô ước đạt 5.120 triệu USD, tăng 8%.", "5.120", "export-value-excl-crude-oil"),
    ("Giá trị sản xuất công nghiệp trừ dầu khí ước đạt 310.400 tỷ đồng.", "310.400",
     "industrial-production-value-excl-oil-gas"),
    ("Giá trị khai thác dầu thô và khí đốt đạt 61.200 tỷ đồng, giảm 9%.", "61.200", "oil-gas-extraction-value"),
    # the foreign-invested sector's industry, and investment flows
    ("Giá trị sản xuất công nghiệp khu vực có vốn đầu tư nước ngoài đạt 41.200 tỷ đồng, tăng 9,1%.", "41.200",
     "fdi-industrial-production-value"),
    ("Vốn điều chỉnh tăng của các dự án đang hoạt động đạt 412 triệu USD.", "412", "fdi-added-capital"),
    ("Giá trị góp vốn, mua cổ phần của nhà đầu tư nước ngoài đạt 0,35 tỷ USD.", "0,35",
     "capital-contribution-value"),
    ("Có 27 quốc gia và vùng lãnh thổ có dự án đầu tư trên địa bàn.", "27", "fdi-source-countries"),
    ("Toàn tỉnh có 12.400 doanh nghiệp tham gia thị trường, tăng 5%.", "12.400", "enterprises-entering-market"),
    ("Số doanh nghiệp gia nhập thị trường đạt 1.350 doanh nghiệp.", "1.350", "enterprises-entering-market"),
    # GRDP by use and credit by lender
    ("Tiêu dùng cuối cùng tăng 6,9% so với cùng kỳ; tích lũy tài sản tăng 8,2%.", "6,9%", "final-consumption"),
    ("Tiêu dùng cuối cùng tăng 6,9% so với cùng kỳ; tích lũy tài sản tăng 8,2%.", "8,2%", "gross-capital-formation"),
    ("Dư nợ của các ngân hàng thương mại đạt 21.010 tỷ đồng, tăng 10,6%.", "21.010", "commercial-bank-loans"),
    # livestock taken together
    ("Đàn trâu, bò toàn tỉnh ước 61.300 con, giảm 2,1%.", "61.300", "buffalo-cattle-herd"),
    ("Tổng đàn trâu, bò đến cuối kỳ có 48.900 con.", "48.900", "buffalo-cattle-herd"),
    ("Sản lượng thịt trâu, bò hơi xuất chuồng đạt 8.450 tấn, tăng 3,2%.", "8.450", "buffalo-cattle-meat-output"),
    ("Thịt trâu, bò hơi xuất chuồng 6 tháng ước 3.920 tấn.", "3.920", "buffalo-cattle-meat-output"),
    # rural income and new-rural works
    ("Thu nhập bình quân đầu người khu vực nông thôn đạt 52,4 triệu đồng/người/năm.", "52,4",
     "rural-income-per-capita"),
    ("Thu nhập bình quân của người dân nông thôn ước 48,1 triệu đồng/người/năm.", "48,1", "rural-income-per-capita"),
    ("Kiên cố hóa kênh mương được 36,5 km, đạt 104% kế hoạch.", "36,5", "canals-solidified"),
    ("Toàn tỉnh kiên cố hoá kênh mương 22 km trong năm.", "22", "canals-solidified"),
    ("Khối lượng đào đắp thủy lợi nội đồng đạt 1,2 triệu m3.", "1,2", "on-farm-irrigation-earthwork"),
    ("Tỷ lệ nhựa hóa, bê tông hóa đường giao thông đạt 92%.", "92%", "road-paving-rate"),
    # mechanised rice, certified growing areas
    ("Tỷ lệ cấy bằng máy đạt 28% diện tích gieo cấy.", "28%", "rice-machine-transplant-rate"),
    ("Cấy lúa bằng máy đạt 31% diện tích.", "31%", "rice-machine-transplant-rate"),
    ("Toàn tỉnh được cấp 64 mã số vùng trồng phục vụ xuất khẩu.", "64", "growing-area-codes"),
    ("Diện tích sản xuất theo VietGAP đạt 3.420 ha.", "3.420", "vietgap-area"),
    ("Có 2.870 ha diện tích được chứng nhận VietGAP.", "2.870", "vietgap-area"),
    # input prices and other crops
    ("Giá phân bón tăng 18% so với cùng kỳ làm chi phí sản xuất tăng.", "18%", "fertiliser-price"),
    ("Giá thức ăn chăn nuôi tăng 12,5% so với đầu năm.", "12,5%", "animal-feed-price"),
    ("Diện tích chè trồng mới và trồng lại đạt 310 ha.", "310", "tea-new-planting"),
    # new enterprises' workers and capital
    ("Số lao động đăng ký của doanh nghiệp thành lập mới là 8.420 người.", "8.420", "new-enterprise-workers"),
    ("Doanh nghiệp thành lập mới đăng ký sử dụng 5.100 lao động; tổng số lao động đăng ký 5.100 người.", "5.100",
     "new-enterprise-workers"),
    ("Vốn đăng ký bình quân một doanh nghiệp đạt 9,6 tỷ đồng.", "9,6", "new-enterprise-average-capital"),
    # social protection and security
    ("Cấp 184.500 thẻ bảo hiểm y tế miễn phí cho người nghèo và đồng bào dân tộc thiểu số.", "184.500",
     "free-health-insurance-cards"),
    ("Thẻ BHYT cấp miễn phí cho các đối tượng chính sách đạt 96.200 thẻ.", "96.200", "free-health-insurance-cards"),
    ("Quỹ Vì người nghèo các cấp vận động được 21,4 tỷ đồng.", "21,4", "poor-fund-collected"),
    ("Vận động quỹ vì người nghèo được 12 tỷ đồng.", "12", "poor-fund-collected"),
    ("Tổ chức cai nghiện ma túy cho 412 người.", "412", "drug-rehabilitation"),
    ("Có 230 người nghiện được cai nghiện tại cơ sở và cộng đồng.", "230", "drug-rehabilitation"),
    ("Phát hiện 27 vụ khai thác khoáng sản trái phép, xử phạt 1,2 tỷ đồng.", "27", "illegal-mining-cases"),
    ("Xử lý 15 vụ khai thác cát trái phép trên sông.", "15", "illegal-mining-cases"),
    ("Xảy ra 34 vụ bạo lực gia đình, giảm 6 vụ so với năm trước.", "34", "domestic-violence-cases"),
    ("Số vụ bạo lực gia đình được ghi nhận là 18 vụ.", "18", "domestic-violence-cases"),
    # agriculture and planning department reports
    ("Diện tích chuyển đổi cơ cấu cây trồng đạt 1.250 ha, vượt kế hoạch.", "1.250", "crop-conversion-area"),
    ("Chuyển đổi cây trồng trên đất lúa kém hiệu quả được 830 ha.", "830", "crop-conversion-area"),
    ("Tổng diện tích cây trồng nhiễm sâu bệnh là 4.120 ha, giảm 8%.", "4.120", "crop-area-pest-infested"),
    ("Diện tích nhiễm sâu bệnh trên các loại cây trồng khoảng 2.300 ha.", "2.300", "crop-area-pest-infested"),
    ("Diện tích sắn nhiễm bệnh khảm lá còn 610 ha.", "610", "cassava-mosaic-area"),
    ("Bệnh khảm lá sắn gây hại 1.480 ha.", "1.480", "cassava-mosaic-area"),
    ("Toàn tỉnh có 52.300 ha rừng, trong đó rừng tự nhiên 31.200 ha.", "31.200", "natural-forest-area"),
    ("Diện tích rừng tự nhiên hiện có 18.400 ha.", "18.400", "natural-forest-area"),
    ("Lượng nước trữ trong hồ đạt 1,12 tỷ m3, bằng 74% dung tích thiết kế.", "1,12", "reservoir-water-storage"),
    ("Dung tích hồ chứa hiện đạt 86 triệu m3.", "86", "reservoir-water-storage"),
    ("Có 2.140 hộ được đấu nối nước sạch mới trong năm.", "2.140", "households-connected-clean-water"),
    ("Đấu nối nước sạch cho 960 hộ dân nông thôn.", "960", "households-connected-clean-water"),
    ("Toàn tỉnh còn 7 xã chưa đạt chuẩn nông thôn mới.", "7", "communes-not-new-rural"),
    ("Số xã chưa đạt chuẩn nông thôn mới giảm còn 12 xã.", "12", "communes-not-new-rural"),
    ("Có 48 hợp tác xã tham gia liên kết chuỗi giá trị với doanh nghiệp.", "48", "cooperatives-value-chain"),
    ("Trong năm có 15 hợp tác xã giải thể.", "15", "cooperatives-dissolved"),
    ("Giải thể 9 hợp tác xã không còn hoạt động.", "9", "cooperatives-dissolved"),
    ("Có 19 dự án ký biên bản ghi nhớ với tổng vốn 52.000 tỷ đồng.", "19", "mou-projects"),
    # Covid-19 tests and the 2022 rent support
    ("Thực hiện 1,3 triệu mẫu xét nghiệm Covid-19.", "1,3", "covid-test-samples"),
    ("Đã chi hỗ trợ tiền thuê nhà cho người lao động 86 tỷ đồng.", "86", "rent-support-paid"),
])
def test_a_quantity_the_fifth_survey_added_is_linked(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


def test_parts_sit_under_their_wholes_and_add_up_where_they_do() -> None:
    reference = load_reference()
    ancestors = reference.indicator_ancestors
    assert "commercial-electricity" in ancestors["commercial-electricity-industry"]
    assert "markets" in ancestors["markets-class-2"]
    assert "industrial-production-value" in ancestors["fdi-industrial-production-value"]
    assert "grdp" in ancestors["grdp-excl-oil-gas"]
    assert "live-weight-meat-output" in ancestors["buffalo-cattle-meat-output"]


def test_the_english_names_annotators_propose_find_the_new_concepts() -> None:
    names = load_reference().indicator_english_names
    for proposed, concept in [("GRDP excluding crude oil and gas", "grdp-excl-oil-gas"),
                              ("electricity loss rate", "electricity-loss-rate"),
                              ("export planting-area codes", "growing-area-codes"),
                              ("share of rice area harvested by machine", "rice-machine-harvest-rate"),
                              ("additional registered capital of existing investment projects", "fdi-added-capital"),
                              ("rent support paid to workers", "rent-support-paid")]:
        assert names.get(english_name_key(proposed)) == concept
