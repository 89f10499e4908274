"""Render the manifest's non-plain-text files from their master .txt: .docx, .pdf, CRLF and NFD variants.

    .venv/bin/python corpus/tools/render.py        (needs python-docx and fpdf2: pip install -e '.[corpus]')

The master text stays the one the gold offsets count in; provkg reads the rendered file, and `provkg eval` maps
its offsets back to the master text. Lines with TABs become table rows (a Word table in .docx).
"""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1]
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def render_docx(text: str, out: Path) -> None:
    from docx import Document

    document = Document()
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if "\t" in lines[i]:
            block = []
            while i < len(lines) and "\t" in lines[i]:
                block.append(lines[i].split("\t"))
                i += 1
            table = document.add_table(rows=len(block), cols=max(len(r) for r in block))
            for r, cells in enumerate(block):
                for c, cell in enumerate(cells):
                    table.cell(r, c).text = cell
            continue
        document.add_paragraph(lines[i])
        i += 1
    document.save(str(out))


def render_pdf(text: str, out: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=10)
    for line in text.split("\n"):
        pdf.multi_cell(0, 5, line.replace("\t", "    ") or " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out))


def main() -> None:
    with open(CORPUS / "manifest.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        fmt, master, target = row["format"], CORPUS / row["text"], CORPUS / row["file"]
        if fmt == "txt" or target == master:
            continue
        text = master.read_text(encoding="utf-8")
        if fmt == "docx":
            render_docx(text, target)
        elif fmt == "pdf":
            render_pdf(text, target)
        else:
            if "nfd" in fmt:
                text = unicodedata.normalize("NFD", text)
            if "crlf" in fmt:
                text = text.replace("\n", "\r\n")
            target.write_bytes(text.encode("utf-8"))
        print(f"{row['id']}: {fmt} -> {target.relative_to(CORPUS)}")


if __name__ == "__main__":
    main()
