"""Reading report files: encodings, formats, and the inputs that must be refused."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from provkg.core.errors import InputError
from provkg.read.reading import read_report

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
        ("x¸y z¸y w¸y q¸y".encode("cp1252"), "TCVN3 \\(ABC\\) but does not convert"),
    ],
    ids=["empty", "blank", "binary", "english", "tcvn3-not-vietnamese"],
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


def _pdf_with_text(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer holds ``lines``: single-byte codes mapped back by a ToUnicode CMap."""
    chars = sorted({ch for line in lines for ch in line})
    code = {ch: i + 1 for i, ch in enumerate(chars)}

    def shown(line: str) -> str:
        return "<" + "".join(f"{code[c]:02X}" for c in line) + ">"

    content = "BT /F1 11 Tf 50 800 Td 14 TL " + " ".join(f"{shown(line)} Tj T*" for line in lines) + " ET"
    pairs = "\n".join(f"<{code[c]:02X}> <{ord(c):04X}>" for c in chars)
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def "
        "1 begincodespacerange <00> <FF> endcodespacerange "
        f"{len(chars)} beginbfchar\n{pairs}\nendbfchar endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content.encode())} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
        f"<< /Length {len(cmap.encode())} >>\nstream\n{cmap}\nendstream",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def test_pdf_text_layer(tmp_path: Path) -> None:
    from provkg.extract.extractor import extract

    lines = ["BÁO CÁO tình hình 6 tháng đầu năm 2021", "Sản lượng lúa ước đạt 12.400 tấn, tăng 3,2%."]
    path = tmp_path / "report.pdf"
    path.write_bytes(_pdf_with_text(lines))
    text = read_report(path)
    assert text.splitlines() == lines
    result = extract(text)
    assert result.report_period == "2021-H1"
    assert [(str(f.value), f.measure) for f in result.figures] == [("12400", "value"), ("3.2", "change_pct")]
