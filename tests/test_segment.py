"""Segmentation: section paths, footnotes and their anchors, sentences."""

from __future__ import annotations

import pytest

from provkg.read.segment import _BODY_MARKER, _marker_number, _numbered_anchors, segment, sentences

REPORT = """UỶ BAN NHÂN DÂN TỈNH MẪU
Số: 12/BC-UBND

Phần thứ nhất
KẾT QUẢ
A. KINH TẾ
I. Nông nghiệp
1. Trồng trọt
a) Cây lúa: diện tích đạt 1.200 ha
, sản lượng 6.000 tấn.
(1) Ghi chú thứ nhất.
- Gạch đầu dòng không vào đường dẫn.
b) Chăn nuôi: 500 con.
1.1. Lúa nương: 300 ha.
B. HẠN CHẾ
Phần thứ hai
NHIỆM VỤ
1. Tăng cường chỉ đạo.
2.3. Mục tiêu mới.
 \ufffd Chú thích một: 40 ha.
(\ufffd) Chú thích hai: 5 con.
"""


def path_at(text: str, needle: str) -> str:
    seg = segment(text)
    return seg.section_at(text.index(needle))


def test_section_paths() -> None:
    assert path_at(REPORT, "Số: 12") == "H"
    assert path_at(REPORT, "KẾT QUẢ") == "P1"
    assert path_at(REPORT, "1.200 ha") == "P1/A/I/1/a"
    assert path_at(REPORT, "Ghi chú") == "P1/A/I/1/a/1"
    assert path_at(REPORT, "Gạch đầu dòng") == "P1/A/I/1/a/1"
    assert path_at(REPORT, "500 con") == "P1/A/I/1/b"
    assert path_at(REPORT, "300 ha") == "P1/A/I/1/1.1"
    assert path_at(REPORT, "HẠN CHẾ") == "P1/B"
    assert path_at(REPORT, "Tăng cường") == "P2/1"
    assert path_at(REPORT, "Mục tiêu mới") == "P2/2.3"


def test_footnotes_numbered_and_anchored() -> None:
    seg = segment(REPORT)
    assert [f.number for f in seg.footnotes] == [1, 2]
    assert path_at(REPORT, "40 ha") == "FN/1"
    assert path_at(REPORT, "5 con") == "FN/2"
    assert seg.body_end == REPORT.index(" \ufffd Chú thích một")
    # The line break that cuts "1.200 ha\n, sản lượng" is footnote 1's anchor; only one such break exists,
    # so footnote 2 has no anchor to pair with and none is guessed.
    assert seg.anchors == [REPORT.index("1.200 ha") + len("1.200 ha")]
    assert seg.footnotes[0].anchor is None


def test_anchor_pairs_when_counts_agree() -> None:
    text = "Phần thứ nhất\nDiện tích đạt 10 ha\n; sản lượng 20 tấn\n.\n\ufffd Một.\n\ufffd Hai.\n"
    seg = segment(text)
    assert [f.anchor for f in seg.footnotes] == [text.index("\n;"), text.index("\n.")]
    joined = seg.joined()
    assert len(joined) == len(text)
    assert "10 ha ; sản lượng" in joined


def test_no_anchors_without_footnotes() -> None:
    text = "Phần thứ nhất\n1. Nông nghiệp\na) Trồng trọt\nDiện tích 5 ha.\n"
    seg = segment(text)
    assert seg.anchors == []
    assert seg.section_at(text.index("5 ha")) == "P1/1/a"


def test_report_without_parts_starts_at_first_marker() -> None:
    text = "UBND TỈNH MẪU\nBÁO CÁO\nI. Kinh tế\n1. Nông nghiệp: 5 ha.\n"
    seg = segment(text)
    assert seg.section_at(text.index("UBND")) == "H"
    assert seg.section_at(text.index("5 ha")) == "P1/I/1"


def test_sentences_keep_number_marks_and_abbreviations() -> None:
    text = "Thu ngân sách đạt 5.335,4 tỷ đồng. Vận chuyển 72 triệu T.Km, tăng 2%. TT. Tủa Chùa ổn định.\n"
    spans = sentences(text)
    parts = [text[s:e] for s, e in spans]
    assert parts[0] == "Thu ngân sách đạt 5.335,4 tỷ đồng."
    assert parts[1] == "Vận chuyển 72 triệu T.Km, tăng 2%."
    assert parts[2].startswith("TT. Tủa Chùa")


def test_an_acronym_ends_a_sentence_an_abbreviation_does_not() -> None:
    text = "Xuất khẩu đạt 2,4 tỷ USD. Lũy kế 9 tháng đạt 27 tỷ USD. Thu hút FDI tăng mạnh ở TP. Dĩ An và TX. Bến Cát."
    parts = [text[s:e] for s, e in sentences(text)]
    assert parts == ["Xuất khẩu đạt 2,4 tỷ USD.", "Lũy kế 9 tháng đạt 27 tỷ USD.",
                     "Thu hút FDI tăng mạnh ở TP. Dĩ An và TX. Bến Cát."]
    text = "Chỉ số giá tiêu dùng tăng 0,3% so với GRDP. Tỷ trọng ODA. Ông Nguyễn V. Hùng phát biểu."
    assert len(sentences(text)) == 3


# A remark line with a note numbered 1, then the body's own Arabic-numbered sections that no marker cites: the
# sections are no footnotes 2, 3.
DEPARTMENT_TASKS = """SỞ CÔNG THƯƠNG
Phần thứ hai
PHƯƠNG HƯỚNG NĂM 2025
I. MỤC TIÊU
1. Chỉ tiêu chủ yếu
Kim ngạch xuất khẩu đạt 2.100 triệu USD(1).
Ghi chú: (1) Theo kế hoạch được giao đầu năm.
2. Thương mại nội địa
Tổng mức bán lẻ hàng hóa tăng 11%.
3. Điện năng
Sản lượng điện thương phẩm tăng 8%.
"""

DISTRICT_TASKS = """ỦY BAN NHÂN DÂN HUYỆN MẪU
II. NHIỆM VỤ NĂM 2024
1. Các chỉ tiêu chủ yếu
Tổng thu ngân sách trên địa bàn 480 tỷ đồng [1].
Chú thích:
[1] Gồm cả thu tiền sử dụng đất.
2. Lĩnh vực văn hóa - xã hội
Tỷ lệ hộ nghèo giảm 1,2%.
3. Quốc phòng - an ninh
Giao quân đạt 100% chỉ tiêu.
"""


@pytest.mark.parametrize(("text", "line", "path_end"), [
    (DEPARTMENT_TASKS, "Tổng mức bán lẻ", "/2"),
    (DISTRICT_TASKS, "Giao quân", "/3"),
])
def test_numbered_sections_after_a_remark_that_the_body_never_cites_are_no_footnotes(
    text: str, line: str, path_end: str
) -> None:
    seg = segment(text)
    assert seg.footnotes == [] and seg.body_end == len(text)
    assert seg.section_at(text.index(line)).endswith(path_end)


@pytest.mark.parametrize("closing", ["Nơi nhận:\n- Như trên;\n- Lưu: VT.\n", "NƠI NHẬN:\n- UBND tỉnh;\n"])
def test_the_last_numbered_note_ends_where_the_recipients_list_begins(closing: str) -> None:
    text = "Phần thứ nhất\nSố doanh nghiệp thành lập mới 640 doanh nghiệp(1), vốn đăng ký 9.800 tỷ đồng(2).\n" \
        "Ghi chú:\n(1) Tăng 12 doanh nghiệp so với cùng kỳ.\n(2) Chưa gồm vốn tăng thêm.\n\n" + closing
    seg = segment(text)
    last = seg.footnotes[-1]
    assert last.end == text.index(closing) and text[last.start:last.end].strip() == "(2) Chưa gồm vốn tăng thêm."
    assert [s for s in seg.sections if s.path == "FN/2"][0].end == last.end


def _anchors_scanning_per_note(text: str, body_end: int, count: int) -> list[int | None]:
    """The plain computation: a scan of the body for each note, from the last one found."""
    found: list[int | None] = []
    at = 0
    for number in range(1, count + 1):
        hit = next((m for m in _BODY_MARKER.finditer(text, at, body_end) if _marker_number(m) == number), None)
        found.append(hit.start() if hit else None)
        at = hit.end() if hit else at
    return found


@pytest.mark.parametrize("body", [
    "Thu 5 tỷ đồng(1), chi 4 tỷ đồng(2); vay 1 tỷ đồng(2), trả nợ 3/ và hộ¹ rồi [3] và (4).",
    "Lúa 12 ha [2], ngô 3 ha [1], khoai 7 ha [2] và sắn 4 ha [3]; rau 2 ha(5), đậu đạt 90% (4).",
    "Không dẫn chú thích nào ở đây 2024.",
])
def test_anchors_found_in_one_scan_are_those_of_a_scan_per_note(body: str) -> None:
    text = (body + "\n") * 3
    for count in (1, 3, 6):
        assert _numbered_anchors(text, len(text), count) == _anchors_scanning_per_note(text, len(text), count)
