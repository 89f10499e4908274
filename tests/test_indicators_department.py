"""Families of phrasings department reports (agriculture, planning and investment, education) use for quantities the
scheme has concepts for, and which their wording used to miss: animal vaccines named by the disease, the market
entry and exit of enterprises counted as "đơn vị", cooperatives founded, the forest and fish-farming areas, schools
of a level meeting the national standard. Each family in two sentences written for these tests."""

from __future__ import annotations

import pytest

from test_reference_concepts import indicator_at


@pytest.mark.parametrize(("body", "token", "expected"), [
    # vaccines for livestock and poultry named by the disease they protect against
    ("Trong quý đã tiêm phòng 1,8 triệu liều vắc xin cúm gia cầm cho đàn gà, vịt.", "1,8", "livestock-vaccination"),
    ("Các địa phương tiêm 36.200 liều vắc-xin lở mồm long móng cho trâu, bò.", "36.200", "livestock-vaccination"),
    ("Tiêm phòng 52.000 liều vắc xin dịch tả lợn cổ điển và 8.400 liều vắc xin viêm da nổi cục.", "8.400",
     "livestock-vaccination"),
    ("Đã cấp 21.000 liều vắc xin tụ huyết trùng trâu bò cho các huyện.", "21.000", "livestock-vaccination"),
])
def test_an_animal_vaccine_named_by_its_disease_is_a_livestock_vaccination(body: str, token: str,
                                                                            expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # the market entry and exit of enterprises, counted as units ("đơn vị") or named by the verb alone
    ("Có 214 đơn vị quay trở lại hoạt động trong năm, tăng 4%.", "214", "enterprises-resumed"),
    ("Số doanh nghiệp quay lại hoạt động đạt 96 doanh nghiệp.", "96", "enterprises-resumed"),
    ("Trong năm, 356 đơn vị tạm ngừng kinh doanh có thời hạn, tăng 12%.", "356", "enterprises-suspended"),
    ("Số đơn vị đăng ký tạm ngừng kinh doanh là 402 đơn vị.", "402", "enterprises-suspended"),
    ("Có 118 đơn vị hoàn tất thủ tục giải thể, tăng 7,5%.", "118", "enterprises-dissolved"),
    ("Số doanh nghiệp rút lui khỏi thị trường là 640 doanh nghiệp.", "640", "enterprises-exiting"),
    ("Tổng số rút lui khỏi thị trường là 512 đơn vị, tăng 9%.", "512", "enterprises-exiting"),
])
def test_the_entry_and_exit_of_enterprises_counted_as_units(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # cooperatives founded, the verb before the count
    ("Trong 6 tháng thành lập mới 7 hợp tác xã dịch vụ nông nghiệp.", "7", "new-cooperatives"),
    ("Cả năm đã thành lập 12 hợp tác xã, nâng tổng số lên 260 hợp tác xã.", "12", "new-cooperatives"),
    ("Cả năm đã thành lập 12 hợp tác xã, nâng tổng số lên 260 hợp tác xã.", "260", "cooperatives"),
])
def test_cooperatives_founded_named_by_the_verb(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # the forest and fish-farming areas as department reports write them
    ("Lâm nghiệp: tổng diện tích rừng toàn tỉnh hiện đạt 81.250 ha, tỷ lệ che phủ 42%.", "81.250", "forest-area"),
    ("Tổng diện tích rừng của tỉnh là 54.300 ha.", "54.300", "forest-area"),
    ("Diện tích nuôi thủy sản ước đạt 9.640 ha, tăng 1,2%.", "9.640", "aquaculture-area"),
    ("Diện tích nuôi thuỷ sản toàn tỉnh đạt 3.215 ha.", "3.215", "aquaculture-area"),
])
def test_the_forest_and_fish_farming_areas(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # "dự án mới" alone names no quantity: projects licensed or attracted are new investment projects, projects
    # started or funded by the public budget are not, and new projects going into operation are completed ones
    ("Cả năm thu hút 27 dự án mới, tổng vốn đăng ký 4.850 tỷ đồng.", "27", "new-investment-projects"),
    ("Thu hút mới 16 dự án với tổng vốn đầu tư 2.300 tỷ đồng.", "16", "new-investment-projects"),
    ("Trong quý có 14 dự án mới được cấp phép đầu tư.", "14", "new-investment-projects"),
    ("Có 6 dự án mới được chấp thuận chủ trương đầu tư trong tháng.", "6", "new-investment-projects"),
    ("Trong năm đã khởi công 23 dự án mới và hoàn thành 31 công trình.", "23", None),
    ("Kế hoạch vốn năm sau bố trí cho 38 dự án mới và 95 dự án chuyển tiếp.", "38", None),
    ("Có 11 dự án mới đi vào hoạt động, nâng số dự án hoạt động lên 140.", "11", "completed-investment-projects"),
])
def test_new_projects_are_investment_projects_only_when_licensed_or_attracted(body: str, token: str,
                                                                               expected: str | None) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # schools of a level meeting the standard, "quốc gia" left unsaid
    ("Tỷ lệ trường tiểu học đạt chuẩn ước đạt 88%.", "88%", "national-standard-schools"),
    ("Có 52/60 trường THCS đạt chuẩn, chiếm 86,7%.", "52", "national-standard-schools"),
    ("Có 52/60 trường THCS đạt chuẩn, chiếm 86,7%.", "86,7%", "national-standard-schools"),
    ("Thị xã có tỷ lệ trường đạt chuẩn cao nhất với 19/22 trường.", "19", "national-standard-schools"),
    ("Tỷ lệ trường THPT công lập đạt chuẩn đạt 71,5% (25/35 trường).", "71,5%", "national-standard-schools"),
])
def test_schools_of_a_level_meeting_the_standard(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # the money value of damage belongs to what caused it: a storm, flood or other disaster, or a fire; told by
    # neither, it is damage of any cause
    ("Mưa lũ cuối tháng 9 gây thiệt hại ước khoảng 820 tỷ đồng.", "820", "disaster-damage"),
    ("Bão số 4 gây thiệt hại ước tính hơn 310 tỷ đồng.", "310", "disaster-damage"),
    ("Sạt lở bờ sông làm thiệt hại khoảng 14 tỷ đồng.", "14", "disaster-damage"),
    ("Trong kỳ xảy ra 15 vụ cháy, giá trị thiệt hại ước tính 1,2 tỷ đồng.", "1,2", "fire-damage"),
    ("Xảy ra 9 vụ cháy, thiệt hại ước 860 triệu đồng.", "860", "fire-damage"),
    ("Dịch tả lợn châu Phi gây thiệt hại khoảng 45 tỷ đồng.", "45", "damage-value"),
])
def test_the_value_of_damage_belongs_to_its_cause(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # ... the cause told earlier in the paragraph, before a semicolon or in the sentence before
    ("Lũ quét đầu tháng 8 làm 320 ha hoa màu bị ngập; tổng thiệt hại ước 27 tỷ đồng.", "27", "disaster-damage"),
    ("Cơn bão đã làm tốc mái 140 ngôi nhà. Thiệt hại về sản xuất ước khoảng 96 tỷ đồng.", "96", "disaster-damage"),
    ("Trong quý xảy ra 6 vụ cháy nhà dân. Tổng thiệt hại ước 1,9 tỷ đồng.", "1,9", "fire-damage"),
])
def test_the_cause_of_a_damage_told_earlier_in_its_paragraph(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # industrial parks, clusters and economic zones counted in their own noun (the unit "khu"/"cụm")
    ("Toàn tỉnh có 12 khu công nghiệp đã thành lập với tổng diện tích 3.200 ha.", "12", "industrial-parks"),
    ("Trên địa bàn có 9 khu công nghiệp được thành lập, trong đó 7 khu đã hoạt động.", "9", "industrial-parks"),
    ("Toàn tỉnh quy hoạch 31 cụm công nghiệp với tổng diện tích 1.450 ha.", "31", "industrial-clusters"),
    ("Số cụm công nghiệp đã thành lập là 18 cụm.", "18", "industrial-clusters"),
    # adjustments of investment projects counted in "lượt"
    ("Cấp mới 3 dự án FDI; 8 lượt dự án điều chỉnh tăng vốn thêm 84 triệu USD.", "8", "projects-capital-increased"),
    ("Cả năm cấp mới 120 dự án và điều chỉnh tăng vốn 95 lượt.", "95", "projects-capital-increased"),
])
def test_parks_and_project_adjustments_counted_in_their_own_units(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # crop area a disaster hit, the crops named in the counted noun
    ("Nắng hạn làm 2.300 ha cây trồng bị ảnh hưởng.", "2.300", "disaster-crop-area"),
    ("Mưa lớn kéo dài làm 5.100 ha cây trồng bị thiệt hại.", "5.100", "disaster-crop-area"),
    ("Lốc xoáy làm 640 ha hoa màu bị thiệt hại.", "640", "disaster-crop-area"),
    # the farm-gate price of a crop, named by the crop
    ("Giá cà phê nhân có thời điểm đạt 61.000 đồng/kg.", "61.000", "farm-gate-price"),
    ("Giá mủ cao su tại vườn tăng khoảng 15% so với cùng kỳ.", "15%", "farm-gate-price"),
    ("Giá hồ tiêu dao động 95.000-98.000 đồng/kg.", "95.000", "farm-gate-price"),
])
def test_crop_damage_and_farm_gate_prices(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # capital contributions counted in "lượt" after project adjustments counted alike
    ("Có 30 lượt dự án điều chỉnh tăng vốn với 0,5 tỷ USD và 44 lượt góp vốn, mua cổ phần với 0,2 tỷ USD.", "44",
     "capital-contribution-times"),
    ("Nhà đầu tư nước ngoài thực hiện 17 lượt góp vốn, mua cổ phần.", "17", "capital-contribution-times"),
    # the water-supply and waste branch of the production index as reports shorten it, and products of the lists
    ("Ngành khai khoáng tăng 2,1%; cung cấp nước, quản lý và xử lý rác thải tăng 4,8%.", "4,8%", "iip-water-waste"),
    ("Chỉ số sản xuất ngành cung cấp nước và xử lý rác thải, nước thải tăng 3,9%.", "3,9%", "iip-water-waste"),
    ("Các sản phẩm tăng khá: quần áo các loại 58,2 triệu cái, tăng 11,4%.", "58,2", "garment-output"),
    ("Một số sản phẩm chủ yếu: hạt điều nhân 7.340 tấn, tăng 9,6%.", "7.340", "processed-farm-output"),
    ("Sản phẩm tăng: nhân hạt điều 2.150 tấn, cà phê bột 910 tấn.", "2.150", "processed-farm-output"),
])
def test_counts_in_times_and_items_of_industry_lists(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a count stated in the quantity's own noun, which the unit reader takes for the unit
    ("Đã xây dựng 6 khu tái định cư phục vụ giải phóng mặt bằng.", "6", "resettlement-sites"),
    ("Hoàn thành 4 khu tái định cư trong năm.", "4", "resettlement-sites"),
    ("Trong tuần ghi nhận 120 trường hợp mắc Covid-19.", "120", "covid-cases"),
    ("Toàn tỉnh ghi nhận 86 trường hợp mắc sốt xuất huyết, giảm 30%.", "86", "dengue-cases"),
    ("Tỉnh có 9 đơn vị hành chính cấp huyện và 141 đơn vị hành chính cấp xã.", "9", "districts"),
    ("Các cơ quan đã tiếp 1.240 lượt người được tiếp trong năm.", "1.240", "citizens-received"),
    ("Trong năm tạo thêm 3.200 việc làm mới cho người lao động.", "3.200", "jobs-created"),
    ("Giải quyết việc làm mới cho 18.600 lao động; tạo 9.000 việc làm tại chỗ.", "18.600", "jobs-created"),
    ("Giao 14.500 chỉ tiêu tuyển sinh lớp 10 công lập.", "14.500", "grade10-quota"),
    ("Có 85 trường thực hiện đủ chương trình giáo dục thể chất.", "85", "schools-physical-education"),
])
def test_a_count_in_the_quantitys_own_noun(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # the gross output of agriculture by branch: agricultural services beside crops and livestock, and the
    # branches after it in the list
    ("Cơ cấu giá trị sản xuất: trồng trọt chiếm 51,3%; chăn nuôi 30,2%; dịch vụ nông nghiệp 3,8%; lâm nghiệp 1,1%; "
     "thủy sản 13,6%.", "3,8%", "agricultural-services-production-value"),
    ("Cơ cấu giá trị sản xuất: trồng trọt chiếm 51,3%; chăn nuôi 30,2%; dịch vụ nông nghiệp 3,8%; lâm nghiệp 1,1%; "
     "thủy sản 13,6%.", "1,1%", "forestry-production-value"),
    ("Giá trị sản xuất dịch vụ nông nghiệp ước đạt 1.240 tỷ đồng, tăng 4,2%.", "1.240",
     "agricultural-services-production-value"),
])
def test_agricultural_services_among_the_branches_of_gross_output(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # the year's sown area as a whole, and the winter crop named by its season as the other seasons are
    ("Tổng diện tích gieo trồng cả năm ước 96.400 ha, giảm 1,2%.", "96.400", "annual-crop-sown-area"),
    ("Diện tích gieo trồng cả năm đạt 210.000 ha.", "210.000", "annual-crop-sown-area"),
    ("Tổng diện tích gieo trồng cây lương thực có hạt 72.000 ha.", "72.000", "cereal-area"),
    ("Vụ đông 2023 - 2024 các xã gieo trồng 17.300 ha, bằng 91% kế hoạch.", "17.300", "winter-crop-area"),
    ("Vụ đông năm nay gieo trồng được 18.500 ha.", "18.500", "winter-crop-area"),
    ("Vụ Đông Xuân 2023 - 2024 gieo trồng 41.000 ha.", "41.000", "winter-spring-sown-area"),
])
def test_the_years_sown_area_and_the_winter_crop_by_its_season(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a rank naming nothing of its own ranks what its sentence said before it, even after a semicolon
    ("Tổng sản phẩm trên địa bàn năm nay tăng khoảng 8,6%, cao nhất nhiều năm; dẫn đầu vùng, đứng thứ 9/63 tỉnh, "
     "thành phố (cả nước tăng 5,4%).", "9/63", "grdp"),
    ("Tổng sản phẩm trên địa bàn năm nay tăng khoảng 8,6%, cao nhất nhiều năm; dẫn đầu vùng, đứng thứ 9/63 tỉnh, "
     "thành phố (cả nước tăng 5,4%).", "5,4%", "grdp"),
    ("Kim ngạch xuất khẩu đạt 2.140 triệu USD, tăng 14%; đứng thứ 18/63 tỉnh, thành phố.", "18/63", "export-value"),
    # the average score of the graduation exam in other words
    ("Năm nay điểm trung bình các bài thi của học sinh toàn tỉnh là 6,58, xếp thứ 14/63 tỉnh, thành phố.", "6,58",
     "exam-average-score"),
    ("Năm nay điểm trung bình các bài thi của học sinh toàn tỉnh là 6,58, xếp thứ 14/63 tỉnh, thành phố.", "14/63",
     "exam-average-score"),
])
def test_a_rank_ranks_what_its_sentence_said_before_it(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a clause after a semicolon naming only what a change is compared with goes on with the figure before it
    ("Chỉ số giá tiêu dùng tháng 8 nhích lên 0,27% so với tháng trước; so với tháng 12/2022 tăng 2,05%; so với "
     "cùng kỳ năm trước tăng 4,13%.", "2,05%", "cpi"),
    ("Chỉ số giá tiêu dùng tháng 8 nhích lên 0,27% so với tháng trước; so với tháng 12/2022 tăng 2,05%; so với "
     "cùng kỳ năm trước tăng 4,13%.", "4,13%", "cpi"),
    ("Chỉ số sản xuất công nghiệp tháng 6 tăng 2,1% so với tháng trước; so với cùng kỳ tăng 8,4%.", "8,4%",
     "industrial-production-index"),
    ("Chỉ số sản xuất công nghiệp quý II tăng 3,2% so với quý trước; so với cùng quý năm trước tăng 9,1%.", "9,1%",
     "industrial-production-index"),
])
def test_a_clause_naming_only_its_comparison_goes_on(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # changes naming the level they are of after the number ("giảm 5% số vụ"), after a list of levels
    ("Trong năm xảy ra 212 vụ tai nạn giao thông, làm chết 98 người, bị thương 140 người; so với cùng kỳ giảm 6,2% "
     "số vụ, giảm 3,1% số người chết và tăng 2,4% số người bị thương.", "6,2%", "traffic-accidents"),
    ("Trong năm xảy ra 212 vụ tai nạn giao thông, làm chết 98 người, bị thương 140 người; so với cùng kỳ giảm 6,2% "
     "số vụ, giảm 3,1% số người chết và tăng 2,4% số người bị thương.", "3,1%", "traffic-accident-deaths"),
    ("Trong năm xảy ra 212 vụ tai nạn giao thông, làm chết 98 người, bị thương 140 người; so với cùng kỳ giảm 6,2% "
     "số vụ, giảm 3,1% số người chết và tăng 2,4% số người bị thương.", "2,4%", "traffic-accident-injured"),
])
def test_a_change_naming_its_level_after_the_number(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # an area or an output whose counted noun is the crop itself, after a verb of having, sowing or harvesting
    ("Tới cuối tháng 5, bà con các xã vùng cao đã gieo 2.815,4 ha ngô, tăng 3,9%.", "2.815,4", "maize-area"),
    ("Vụ này các huyện phía bắc có 17.650 ha vải thiều, sản lượng dự kiến 93.000 tấn.", "17.650", "lychee-area"),
    ("Toàn tỉnh hiện có 12.300 ha cà phê, chủ yếu ở các huyện phía tây.", "12.300", "coffee-area"),
    ("Gieo trồng 3.420 ha lạc, tăng 5%.", "3.420", "peanut-area"),
    ("Vụ này nông dân thu hoạch 46.000 tấn vải thiều, tăng 12%.", "46.000", "lychee-output"),
    ("Nông dân đã gieo 3.900 ha ngô, giảm 4% và 5.200 ha rau, tăng 3%.", "5.200", "vegetable-area"),
    # ... not after other verbs, nor when the noun goes on to say what befell the crop
    ("Nắng hạn làm 320 ha ngô bị héo.", "320", None),
    ("Trồng mới 640 ha cao su trong năm.", "640", None),
])
def test_an_area_or_output_counted_in_the_crops_own_noun(body: str, token: str, expected: str | None) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # what a disaster did, told verb first ("làm hư hỏng N ngôi nhà"), is what the scheme names noun first ("nhà bị
    # hư hỏng")
    ("Lốc xoáy làm sập, tốc mái 87 căn nhà ở hai huyện.", "87", "disaster-houses"),
    ("Mưa lũ làm hư hỏng 1.320 ngôi nhà và nhiều công trình.", "1.320", "disaster-houses"),
    ("Triều cường làm ngập 640 ngôi nhà ven sông.", "640", "disaster-houses"),
    ("Mưa lớn kéo dài làm ngập úng 2.150 ha lúa mới cấy.", "2.150", "disaster-crop-area"),
])
def test_what_a_disaster_did_told_verb_first(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected



@pytest.mark.parametrize(("body", "token", "expected"), [
    # the plan's main targets by outcome: exceeded, reached, missed (the counted noun goes on past "đạt" when "chưa",
    # "không" or "kế hoạch" make it part of the name)
    ("Ước cả năm có 18/21 chỉ tiêu đạt và vượt kế hoạch (8 chỉ tiêu vượt, 10 chỉ tiêu đạt); 3 chỉ tiêu không đạt.",
     "10", "main-targets-reached"),
    ("Ước cả năm có 18/21 chỉ tiêu đạt và vượt kế hoạch (8 chỉ tiêu vượt, 10 chỉ tiêu đạt); 3 chỉ tiêu không đạt.",
     "3", "main-targets-missed"),
    ("Ước cả năm, có 6/15 chỉ tiêu chủ yếu vượt kế hoạch, 4/15 chỉ tiêu đạt kế hoạch và 5/15 chỉ tiêu chưa đạt.",
     "4", "main-targets-reached"),
    ("Ước cả năm, có 6/15 chỉ tiêu chủ yếu vượt kế hoạch, 4/15 chỉ tiêu đạt kế hoạch và 5/15 chỉ tiêu chưa đạt.",
     "5", "main-targets-missed"),
])
def test_main_targets_by_outcome(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # parts in brackets keep the kind of the total their own words name; the words right after the part before are
    # that part's, not the next one's
    ("Toàn tỉnh có 64 chợ (2 chợ hạng I, 11 chợ hạng II và 51 chợ hạng III).", "11", "markets-class-2"),
    ("Toàn tỉnh có 64 chợ (2 chợ hạng I, 11 chợ hạng II và 51 chợ hạng III).", "51", "markets-class-3"),
    ("Toàn tỉnh có 64 chợ (2 chợ hạng I, 11 chợ hạng II và 51 chợ hạng III).", "64", "markets"),
])
def test_parts_in_brackets_keep_their_kind(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a rate led by its name and a colon, then given by level: the level's words name a count concept ("mầm non"
    # the preschools), the percentage is the lead's rate for that level
    ("Tỷ lệ giáo viên đạt trình độ trên chuẩn: mầm non 81,2%, tiểu học 93,5%, trung học cơ sở 88,1%.", "81,2%",
     "teachers-above-standard"),
    ("Tỷ lệ giáo viên đạt trình độ trên chuẩn: mầm non 81,2%, tiểu học 93,5%, trung học cơ sở 88,1%.", "93,5%",
     "teachers-above-standard"),
    ("Tỷ lệ giáo viên đạt trình độ trên chuẩn: mầm non 81,2%, tiểu học 93,5%, trung học cơ sở 88,1%.", "88,1%",
     "teachers-above-standard"),
    ("Tỷ lệ học sinh bỏ học: tiểu học 0,02%, trung học cơ sở 0,45%.", "0,45%", "dropout-rate"),
    # ... counts by level stay the level's
    ("Số trường học: mầm non 245 trường, tiểu học 236 trường.", "236", "primary-schools"),
])
def test_a_rate_given_by_level_after_its_name(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # public schools of a level: the level's schools and the public schools at once
    ("2. Giáo dục tiểu học: 198 trường (191 trường công lập, 7 trường tư thục), 4.120 lớp.", "191",
     "public-primary-schools"),
    ("Toàn tỉnh có 180 trường tiểu học, trong đó 176 trường công lập.", "176", "public-primary-schools"),
    ("Toàn tỉnh có 63 trường THCS công lập.", "63", "public-lower-secondary-schools"),
])
def test_public_schools_of_a_level(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # cases of a disease the paragraph named before them; of none or of two, infectious-disease cases
    ("Dịch COVID-19 được kiểm soát; từ đầu năm toàn tỉnh ghi nhận khoảng 58.300 ca mắc.", "58.300", "covid-cases"),
    ("Bệnh tay chân miệng có xu hướng tăng. Trong tháng ghi nhận 86 ca mắc, tăng 20%.", "86", "hfmd-cases"),
    ("Bệnh sởi và sốt xuất huyết đều tăng. Trong tháng ghi nhận 52 ca mắc.", "52", "infectious-disease-cases"),
])
def test_cases_of_the_disease_the_paragraph_named(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # a plan after a semicolon naming only who set it goes on with the plan before it
    ("Dự toán thu ngân sách nhà nước năm 2024 Trung ương giao 9.800 tỷ đồng; HĐND tỉnh giao 10.200 tỷ đồng.",
     "10.200", "state-budget-revenue"),
    ("Kế hoạch vốn đầu tư công năm 2024 Thủ tướng Chính phủ giao 6.100 tỷ đồng; Hội đồng nhân dân tỉnh giao 6.900 "
     "tỷ đồng.", "6.900", "public-investment-disbursement"),
])
def test_a_plan_naming_only_who_set_it_goes_on(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # products of the statistics office's list that mining and farm-processing provinces state
    ("Một số sản phẩm chủ yếu: alumin 655.000 tấn, tăng 2,4%; điện sản xuất 2.100 triệu kWh.", "655.000",
     "alumina-output"),
    ("Sản lượng alumin 9 tháng ước đạt 480 nghìn tấn.", "480", "alumina-output"),
    ("Các nhà máy sản xuất được 512.300 tấn tinh bột sắn, tăng 3%.", "512.300", "cassava-starch-output"),
    ("Sản lượng tinh bột mì đạt 230 nghìn tấn.", "230", "cassava-starch-output"),
    ("Hàng xuất khẩu gồm: hạt điều 147 triệu USD; alumin 318 triệu USD.", "318", "export-product-value"),
])
def test_alumina_and_cassava_starch(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected


@pytest.mark.parametrize(("body", "token", "expected"), [
    # the value harvested per hectare, stated in millions of dong with "per hectare" in its name
    ("Năm 2022, bình quân giá trị sản phẩm thu hoạch trên 1 ha đất canh tác và mặt nước nuôi trồng thủy sản "
     "ước đạt 214 triệu đồng.", "214", "output-value-per-hectare"),
    ("Giá trị sản phẩm thu hoạch bình quân trên 1 ha đất nông nghiệp đạt 97 triệu đồng, cao hơn năm trước "
     "7 triệu đồng.", "97", "output-value-per-hectare"),
])
def test_the_value_harvested_per_hectare_in_millions(body: str, token: str, expected: str) -> None:
    assert indicator_at(body, token) == expected
