"""Reading report files: encodings, formats, and the inputs that must be refused."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from provkg.errors import InputError
from provkg.reading import read_report

SAMPLE = "Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm 2021.\r\nTổng thu ngân sách đạt 1.234,5 tỷ đồng.\r\n"


def expected() -> str:
    return unicodedata.normalize("NFC", SAMPLE.replace("\r\n", "\n"))


@pytest.mark.parametrize(
    "data",
    [
        SAMPLE.encode("utf-8"),
        b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"),
        SAMPLE.encode("utf-16"),
        SAMPLE.encode("utf-16-le"),
        unicodedata.normalize("NFD", SAMPLE).encode("utf-8"),
        SAMPLE.replace("\r\n", "\r").encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le-no-bom", "nfd", "cr"],
)
def test_plain_text_encodings(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    assert read_report(path) == expected()


def test_docx_paragraphs_tables_and_footnotes(tmp_path: Path) -> None:
    from docx import Document

    document = Document()
    document.add_paragraph("Tổng sản lượng lương thực đạt 12.500 tấn.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Diện tích lúa"
    table.cell(0, 1).text = "3.200 ha"
    path = tmp_path / "report.docx"
    document.save(str(path))
    text = read_report(path)
    assert "12.500 tấn" in text
    assert "Diện tích lúa\t3.200 ha" in text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (bytes(range(256)) * 8, "binary"),
        (b"Annual report of the province: revenue rose 5%.", "no Vietnamese"),
        ("Ph¸t triÓn kinh tÕ x· héi, ®Çu t­ c«ng, thu ng©n s¸ch ®¹t".encode("cp1252"), "TCVN3"),
        ("Phaùt trieån kinh teá xaõ hoäi, ñaàu tö coâng, thu ngaân saùch ñaït".encode("cp1252"), "VNI"),
    ],
    ids=["empty", "blank", "binary", "english", "tcvn3", "vni"],
)
def test_unusable_text_is_refused(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match=message):
        read_report(path)


def test_scanned_pdf_is_refused(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    path = tmp_path / "scan.pdf"
    with path.open("wb") as out:
        writer.write(out)
    with pytest.raises(InputError, match="no text layer"):
        read_report(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read_report(tmp_path / "nope.txt")
