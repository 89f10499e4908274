"""Reading a report file (.txt, .docx, .pdf) into normalised text, refusing what cannot be a report.

Plain text may be UTF-8 (with or without BOM) or UTF-16 (with BOM, or without when the zero bytes show it).
Text in the legacy Vietnamese encodings TCVN3 (ABC) or VNI is converted with their code tables, and mojibake
(UTF-8 decoded twice) is repaired (provkg.read.encodings); each repair is reported as a notice.
"""

from __future__ import annotations

import unicodedata
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from provkg.core.errors import InputError
from provkg.core.text import normalise
from provkg.read.encodings import VIETNAMESE_LETTER, legacy_encoding, repair


def _looks_binary(raw: bytes) -> bool:
    sample = raw[:4096]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return b"\x00" in sample or controls > len(sample) // 20


def decode_text(raw: bytes, where: str) -> str:
    """Bytes of a plain-text report as a str; InputError for binary data or an unsupported encoding."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="strict")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    sample = raw[:4096]
    if len(sample) >= 4 and sample.count(b"\x00") >= len(sample) // 3:
        # UTF-16 without BOM: ASCII characters leave a zero in every other byte.
        zeros_odd = sample[1::2].count(0)
        return raw.decode("utf-16-le" if zeros_odd > sample[0::2].count(0) else "utf-16-be")
    if _looks_binary(raw):
        raise InputError("binary data, not a text report (expected .txt, .docx or .pdf)", where)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        as_bytes = raw.decode("latin-1")  # one character per byte: the legacy code tables apply to it
        if legacy_encoding(as_bytes):
            return as_bytes
        raise InputError("not UTF-8 or UTF-16 text and not a known Vietnamese encoding", where) from None


def _docx_text(path: Path) -> str:
    """Paragraphs and table cells of a .docx in document order, then its footnotes as U+FFFD paragraphs."""
    try:
        from docx import Document

        document = Document(str(path))
    except Exception as exc:  # python-docx raises several types for a damaged package
        raise InputError(f"cannot open as .docx: {exc}", str(path)) from exc
    body = document.element.body
    lines: list[str] = []
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append("".join(node.text or "" for node in child.iter() if node.tag.endswith("}t")))
        elif tag == "tbl":
            for row in child.iter():
                if row.tag.endswith("}tr"):
                    cells = [
                        "".join(t.text or "" for t in cell.iter() if t.tag.endswith("}t"))
                        for cell in row
                        if cell.tag.endswith("}tc")
                    ]
                    lines.append("\t".join(cells))
    lines.extend(_docx_footnotes(path))
    return "\n".join(lines)


def _docx_footnotes(path: Path) -> list[str]:
    """Footnotes of a .docx written the way the seed text shows them: each starts with U+FFFD."""
    with zipfile.ZipFile(path) as package:
        if "word/footnotes.xml" not in package.namelist():
            return []
        root = ElementTree.fromstring(package.read("word/footnotes.xml"))
    notes = []
    for note in root:
        if note.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}type"):
            continue  # separator and continuation notices, not footnotes
        text = "".join(t.text or "" for t in note.iter() if t.tag.endswith("}t")).strip()
        if text:
            notes.append("\ufffd " + text)
    return notes


def _pdf_text(path: Path) -> str:
    try:
        from pypdf import PdfReader

        reader = PdfReader(str(path))
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as exc:  # pypdf raises many types for damaged files
        raise InputError(f"cannot read as PDF: {exc}", str(path)) from exc
    text = "\n".join(pages)
    if not text.strip():
        raise InputError("the PDF has no text layer (a scanned document?): run OCR first", str(path))
    return text


def read_report(path: str | Path, notices: list[str] | None = None) -> str:
    """The normalised text (provkg.core.text.normalise) of a report file: .txt (or any plain text), .docx or .pdf,
    with mojibake repaired and TCVN3 or VNI converted; what was repaired is appended to ``notices``.

    Raises InputError for a missing, empty or binary file, a legacy text that does not convert, a scanned PDF, or a
    text without Vietnamese.
    """
    path = Path(path)
    where = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror}", where) from exc
    if not raw.strip():
        raise InputError("empty file", where)
    suffix = path.suffix.lower()
    if suffix == ".docx" or (raw.startswith(b"PK") and zipfile.is_zipfile(path)):
        text = _docx_text(path)
    elif suffix == ".pdf" or raw.startswith(b"%PDF"):
        text = _pdf_text(path)
    else:
        text = decode_text(raw, where)
    try:
        repaired = repair(text)
    except ValueError as exc:
        raise InputError(str(exc), where) from None
    if repaired.notice and notices is not None:
        notices.append(f"{where}: {repaired.notice}")
    text = normalise(repaired.text)
    if not text.strip():
        raise InputError("no text in the file", where)
    if not VIETNAMESE_LETTER.search(text):
        raise InputError("no Vietnamese text found: not a report of the genre", where)
    if _mostly_unprintable(text):
        raise InputError("the text is mostly unprintable characters: not a text report", where)
    return text


def _mostly_unprintable(text: str) -> bool:
    sample = text[:4096]
    bad = sum(1 for ch in sample if unicodedata.category(ch) in ("Cc", "Co", "Cn") and ch not in "\n\t\f")
    return bad > len(sample) // 10
