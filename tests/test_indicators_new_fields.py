"""Families of phrasing department reports of fields the corpus held little of use for their quantities: health
(care by level, the network, diseases and prevention), labour and social affairs (employment services, social
assistance by group, children, rehabilitation), education (staff, intake at entry grades, results, facilities),
culture, sports and tourism, natural resources and environment, finance. Each family in two sentences written for
these tests (no report's words)."""

from __future__ import annotations

import pytest

from test_reference_concepts import indicator_at


@pytest.mark.parametrize(("body", "token", "expected"), [
    # the activity of the care network broken down by level of care
    ("Các cơ sở y tế khám bệnh cho 1.204.300 lượt người, trong đó tuyến tỉnh 402.100 lượt, tuyến huyện 611.500 lượt.",
     "402.100", "medical-examinations-provincial"),
    ("Tổng số lượt khám bệnh đạt 980.000 lượt; trong đó tuyến huyện 530.000 lượt, tuyến xã 210.000 lượt.",
     "210.000", "medical-examinations-commune"),
    ("Số lượt điều trị ngoại trú đạt 84.600 lượt, tăng 3,1%.", "84.600", "outpatient-treatments"),
    ("Bệnh nhân điều trị ngoại trú là 41.250 người.", "41.250", "outpatient-treatments"),
    ("Số ca phẫu thuật toàn ngành đạt 9.430 ca, tăng 4,6% so với cùng kỳ.", "9.430", "surgical-operations"),
    ("Các bệnh viện thực hiện 12.150 ca phẫu thuật trong năm.", "12.150", "surgical-operations"),
    ("Số lượt chuyển tuyến trên là 3.905 lượt, giảm 6,2%.", "3.905", "referrals"),
    ("Tỷ lệ chuyển tuyến giảm còn 3,6%.", "3,6%", "referral-rate"),
    ("Ngày điều trị trung bình là 6,8 ngày.", "6,8", "average-length-of-stay"),
    ("Số ngày điều trị trung bình của người bệnh nội trú giảm còn 7,1 ngày.", "7,1", "average-length-of-stay"),
])
def test_the_care_given_by_level(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # the network, its staff and the insurance that pays for care
    ("Toàn tỉnh có 2.410 giường bệnh, gồm khu vực công lập 2.250 giường và khu vực ngoài công lập 160 giường.",
     "160", "private-hospital-beds"),
    ("Số giường bệnh công lập đạt 1.870 giường.", "1.870", "public-hospital-beds"),
    ("Khu vực tư nhân có 4 bệnh viện tư nhân và 312 phòng khám tư nhân.", "312", "private-clinics"),
    ("Toàn tỉnh có 615 cơ sở bán lẻ thuốc đạt tiêu chuẩn.", "615", "drug-retailers"),
    ("Ngành đã tuyển dụng mới 28 bác sĩ cho tuyến huyện.", "28", "doctors-recruited"),
    ("Số bác sĩ được tuyển dụng trong năm là 35 người.", "35", "doctors-recruited"),
    ("Số lượt khám chữa bệnh BHYT đạt 905.200 lượt.", "905.200", "health-insurance-examinations"),
    ("Chi phí khám chữa bệnh BHYT đề nghị thanh toán là 812,4 tỷ đồng.", "812,4", "health-insurance-claims"),
    ("Trong năm, Sở phê duyệt 37 kỹ thuật mới cho các bệnh viện.", "37", "new-medical-techniques"),
    ("Bệnh viện tỉnh triển khai thêm 14 kỹ thuật mới.", "14", "new-medical-techniques"),
])
def test_the_care_network_and_insurance(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # diseases named before their count, chronic care and prevention
    ("Các bệnh truyền nhiễm khác: thủy đậu 318 ca, quai bị 64 ca.", "64", "mumps-cases"),
    ("Ghi nhận 1.905 ca mắc tiêu chảy, giảm 8%.", "1.905", "diarrhoea-cases"),
    ("Trạm y tế xã đang quản lý 22.300 người tăng huyết áp.", "22.300", "hypertension-patients"),
    ("Số bệnh nhân đái tháo đường được quản lý là 6.480 người.", "6.480", "diabetes-patients"),
    ("Hiện có 712 người đang điều trị ARV tại các cơ sở.", "712", "arv-patients"),
    ("Số bệnh nhân điều trị ARV là 530 người.", "530", "arv-patients"),
    ("Số người bị chó, mèo cắn được tiêm vắc xin phòng dại là 2.950 người.", "2.950", "rabies-post-exposure"),
    ("Có 1.480 người bị động vật cắn được tiêm phòng dại.", "1.480", "rabies-post-exposure"),
    ("Đã lập hồ sơ sức khỏe điện tử cho 640.000 người dân.", "640.000", "e-health-records"),
])
def test_diseases_and_chronic_care(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # employment services, unemployment insurance and foreign workers
    ("Trung tâm dịch vụ việc làm tiếp nhận 3.120 hồ sơ đề nghị hưởng trợ cấp thất nghiệp.", "3.120",
     "unemployment-benefit-applications"),
    ("Có 2.480 người nộp hồ sơ hưởng trợ cấp thất nghiệp trong quý.", "2.480", "unemployment-benefit-applications"),
    ("Tiền trợ cấp thất nghiệp đã chi trả là 41,6 tỷ đồng.", "41,6", "unemployment-benefits-paid"),
    ("Tổ chức 18 phiên giao dịch việc làm, gồm 10 phiên định kỳ và 8 phiên lưu động.", "8", "mobile-job-fairs"),
    ("Tổ chức 18 phiên giao dịch việc làm, gồm 10 phiên định kỳ và 8 phiên lưu động.", "10", "regular-job-fairs"),
    ("Số lao động nước ngoài làm việc trên địa bàn tỉnh là 215 người.", "215", "foreign-workers"),
    ("Sở đã cấp 96 giấy phép lao động cho người nước ngoài.", "96", "foreign-work-permits"),
])
def test_employment_services(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # social assistance by group, people with merit, children, drug rehabilitation
    ("Chi trả trợ cấp xã hội hàng tháng cho 31.000 đối tượng, gồm người cao tuổi 17.500 người, người khuyết tật "
     "11.200 người.", "11.200", "disabled-social-allowance"),
    ("Kinh phí trợ cấp xã hội hằng tháng đã chi là 96,3 tỷ đồng.", "96,3", "social-allowances-paid"),
    ("Vận động Quỹ Đền ơn đáp nghĩa được 7,4 tỷ đồng.", "7,4", "gratitude-fund"),
    ("Xây mới 21 nhà tình nghĩa và sửa chữa 40 nhà cho gia đình chính sách.", "21", "gratitude-houses-built"),
    ("Toàn tỉnh có 2.310 trẻ em có hoàn cảnh đặc biệt được hỗ trợ.", "2.310", "children-special-circumstances"),
    ("Xảy ra 9 vụ xâm hại trẻ em, giảm 3 vụ.", "9", "child-abuse-cases"),
    ("Số người nghiện ma túy có hồ sơ quản lý là 1.140 người.", "1.140", "registered-drug-users"),
    ("Tiếp nhận 85 người cai nghiện tự nguyện tại cơ sở.", "85", "voluntary-rehabilitation"),
])
def test_social_assistance_and_children(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # education: staff, the training standard, intake, results and facilities
    ("Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo ở cấp tiểu học là 90,4%.", "90,4%", "teachers-meeting-standard"),
    ("Giáo viên THCS đạt chuẩn trình độ đào tạo chiếm 96,2%.", "96,2%", "teachers-meeting-standard"),
    ("Năm học qua đã tuyển dụng 410 giáo viên cho các trường công lập.", "410", "teachers-recruited"),
    ("Tuyển mới vào lớp 1 là 18.340 em, bằng 99% kế hoạch.", "18.340", "grade1-intake"),
    ("Số học sinh tuyển mới vào lớp 6 đạt 21.050 em.", "21.050", "grade6-intake"),
    ("Sĩ số bình quân cấp THCS là 41,5 học sinh/lớp.", "41,5", "average-class-size"),
    ("Đã đưa vào sử dụng 236 phòng học xây mới ở các cấp.", "236", "new-classrooms"),
    ("Toàn tỉnh có 305 bài thi đạt điểm 10.", "305", "perfect-score-papers"),
    ("Hội Khuyến học trao 1.950 suất học bổng cho học sinh nghèo.", "1.950", "scholarships"),
])
def test_education_staff_intake_and_facilities(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # culture, sports and tourism
    ("Toàn tỉnh có 1.420 hướng dẫn viên được cấp thẻ.", "1.420", "tour-guides"),
    ("Đã cấp thẻ cho 88 hướng dẫn viên du lịch trong năm.", "88", "tour-guides"),
    ("Có 63 doanh nghiệp lữ hành đang hoạt động.", "63", "travel-agencies"),
    ("Bảo tàng tỉnh đón 54.600 lượt khách tham quan bảo tàng.", "54.600", "museum-visitors"),
    ("Thư viện tỉnh có 12.300 bản sách mới bổ sung.", "12.300", "library-books-acquired"),
    ("Thành lập mới 27 câu lạc bộ thể dục thể thao ở cơ sở.", "27", "new-sports-clubs"),
])
def test_culture_sports_and_tourism(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # natural resources and environment: permits, land administration, waste
    ("Trong năm cấp 42 giấy phép môi trường cho các dự án.", "42", "environmental-permits"),
    ("Sở cấp 17 giấy phép khai thác nước dưới đất.", "17", "groundwater-permits"),
    ("Đo đạc, chỉnh lý bản đồ địa chính được 8.450 ha.", "8.450", "cadastral-survey-area"),
    ("Lượng chất thải rắn sinh hoạt phát sinh khoảng 760 tấn/ngày.", "760", "solid-waste-generated"),
    ("Tổ chức 14 cuộc đấu giá quyền sử dụng đất.", "14", "land-use-right-auctions"),
])
def test_natural_resources_and_environment(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # finance: revenue items, final settlement, public property, salary
    ("Thu nội địa loại trừ tiền sử dụng đất và xổ số kiến thiết đạt 3.920 tỷ đồng.", "3.920",
     "domestic-revenue-core"),
    ("Thu cổ tức, lợi nhuận được chia đạt 86,5 tỷ đồng.", "86,5", "dividends-remitted"),
    ("Đã thẩm tra, phê duyệt quyết toán 143 dự án hoàn thành.", "143", "projects-settled"),
    ("Giá trị đề nghị quyết toán là 1.280 tỷ đồng.", "1.280", "project-settlement-value"),
    ("Mức lương cơ sở tăng lên 2,34 triệu đồng/tháng.", "2,34", "base-salary"),
])
def test_finance(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # the rural part of the poor households, named before or after its count
    ("Toàn tỉnh còn 9.800 hộ nghèo, trong đó khu vực nông thôn có 8.950 hộ nghèo.", "8.950", "rural-poor-households"),
    ("Số hộ nghèo khu vực nông thôn là 4.120 hộ, chiếm 91%.", "4.120", "rural-poor-households"),
])
def test_rural_poor_households(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # the plan in brackets after an achievement is the plan of what the achievement measures, also when the list's
    # lead-in names only the broader quantity
    ("Tuyển sinh đầu cấp đạt kế hoạch: tuyển mới vào lớp 1 là 9.120 em, bằng 97,5% chỉ tiêu (9.354 em).", "9.354",
     "grade1-intake"),
    ("Học sinh tuyển mới đầu cấp: tuyển mới vào lớp 10 là 6.950 em, đạt 97,8% chỉ tiêu (7.106 em).", "7.106",
     "grade10-intake"),
])
def test_a_plan_in_brackets_after_its_achievement(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # the money lent or paid to the people or households just counted, named only as "số tiền", "kinh phí"
    ("Có 980 lượt khách hàng vay vốn, số tiền 41,7 tỷ đồng.", "41,7", "policy-loans-disbursed"),
    ("Trong quý có 2.140 lượt khách hàng vay vốn với tổng số tiền 96,5 tỷ đồng.", "96,5", "policy-loans-disbursed"),
    ("Chi trả trợ cấp xã hội hàng tháng cho 24.600 người với kinh phí 58,3 tỷ đồng.", "58,3", "social-allowances-paid"),
])
def test_the_money_of_the_people_just_counted(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # "hằng tháng" as well as "hàng tháng"; the people a rehabilitation centre holds
    ("Thực hiện trợ cấp xã hội hằng tháng cho 41.200 đối tượng, gồm: người cao tuổi 20.100 người, người khuyết tật "
     "18.300 người.", "41.200", "monthly-social-allowance"),
    ("Số đối tượng hưởng trợ cấp xã hội hằng tháng là 15.900 người.", "15.900", "monthly-social-allowance"),
    ("Cơ sở cai nghiện đang quản lý 198 học viên (cai nghiện bắt buộc 170 người, tự nguyện 28 người).", "198",
     "drug-rehabilitation"),
    ("Cơ sở cai nghiện ma túy tỉnh hiện có 240 học viên.", "240", "drug-rehabilitation"),
])
def test_social_assistance_monthly_and_rehabilitation_centres(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # beds per 10,000 inhabitants written with the short unit after a list of beds by sector
    ("Tổng số giường bệnh toàn tỉnh là 2.410 giường, gồm khu vực công lập 2.250 giường và khu vực ngoài công lập 160 "
     "giường; bình quân đạt 31,2 giường/vạn dân, vượt 0,4 giường so với kế hoạch.", "31,2", "hospital-beds"),
    ("Với dân số trung bình 650 nghìn người, bình quân đạt 29,7 giường/vạn dân.", "29,7", "hospital-beds"),
])
def test_beds_per_ten_thousand_inhabitants(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # the next grade of a list of shares by grade, named by the grade alone
    ("Kết quả xếp loại học sinh cuối năm như sau: - Cấp THCS: học lực Tốt 25,1%, Khá 40,3%, Đạt 33,2%, Chưa đạt "
     "1,4%.", "40,3%", "academic-results"),
    ("Đối với học sinh THPT: học lực Tốt 30,2%, Khá 52,4%, Đạt 16,9%.", "52,4%", "academic-results"),
    # a kind a label names is no grade
    ("Tỷ lệ hộ nghèo còn 3,2%, cận nghèo 4,1%.", "4,1%", "near-poverty-rate"),
])
def test_the_next_grade_of_a_list_of_shares(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # what a clause leaves out, said before the quantity, names the concept without it
    ("Không kể dầu thô, kim ngạch xuất khẩu đạt 2,1 tỷ USD.", "2,1", "export-value-excl-crude-oil"),
    ("Không tính dầu thô, xuất khẩu ước đạt 850 triệu USD, tăng 6%.", "850", "export-value-excl-crude-oil"),
    ("Không kể tiền sử dụng đất và xổ số kiến thiết, thu nội địa đạt 2.905 tỷ đồng.", "2.905", "domestic-revenue-core"),
    ("Thu nội địa đạt 5.100 tỷ đồng.", "5.100", "domestic-revenue"),
])
def test_an_exclusion_said_before_the_quantity(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # the share in brackets of a part its own words made a kind of the total is the part's share
    ("Tổng số giường bệnh là 2.410 giường, trong đó khu vực công lập 2.250 giường (chiếm 93,4%).", "93,4%",
     "public-hospital-beds"),
    ("Số lượt khám bệnh đạt 1.050.000 lượt, trong đó tuyến xã 310.000 lượt (chiếm 29,5%).", "29,5%",
     "medical-examinations-commune"),
])
def test_the_share_of_a_part_in_brackets(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # kinds named by the words they add to the whole: auctions by outcome, permits by issuer, waste by area
    ("Trong năm tổ chức 22 cuộc đấu giá quyền sử dụng đất, trong đó 14 cuộc thành công và 8 cuộc không thành.", "8",
     "unsuccessful-land-auctions"),
    ("Cấp 95 giấy phép môi trường, trong đó cấp tỉnh 37 giấy phép, cấp huyện 58 giấy phép.", "37",
     "provincial-environmental-permits"),
    ("Chất thải rắn sinh hoạt: lượng phát sinh khoảng 830 tấn/ngày, gồm khu vực đô thị 470 tấn/ngày và khu vực nông "
     "thôn 360 tấn/ngày.", "360", "rural-solid-waste-generated"),
])
def test_kinds_named_by_the_words_they_add(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a count after "nông thôn" is the countryside's, not the name of a village ("thôn 3")
    ("Dân số trung bình 850 nghìn người, trong đó khu vực nông thôn 612 nghìn người, chiếm 72%.", "612",
     "rural-population"),
    ("Chất thải rắn sinh hoạt phát sinh khoảng 830 tấn/ngày, gồm khu vực nông thôn 360 tấn/ngày và khu vực đô thị "
     "470 tấn/ngày.", "360", "rural-solid-waste-generated"),
])
def test_a_count_after_nong_thon_is_a_figure(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected
