"""Bad inputs repaired or refused: mojibake, TCVN3 and VNI texts; re-ingesting a changed text; fact sheets whose
numbers are not finite, whose offsets miss their numbers, or that have no rows. Texts are our own."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from provkg.cli import main
from provkg.core.errors import InputError
from provkg.core.namespaces import PROV, REPORT
from provkg.core.text import normalise, text_sha256
from provkg.extract.extractor import extract
from provkg.pipeline.build import build, written_values
from provkg.pipeline.factsheet import FIGURE_COLUMNS, read_factsheet
from provkg.read.encodings import TCVN3, VNI, legacy_encoding, repair
from provkg.read.reading import read_report
from provkg.store.store import KnowledgeStore
from test_build import write_data
from test_ingest import OWN_REPORT

# Our own report (tests/test_ingest.py), whose header gives the id lai-chau-2021-H1-77.
REPORT_TEXT = OWN_REPORT.replace("tăng 1,2%", "giảm 1,2%")
REPORT_ID = "lai-chau-2021-H1-77"
GRAPH = REPORT + REPORT_ID

# Two phrasings of our own, without capitals that carry a tone mark (TCVN3 cannot write those in one font).
SENTENCES = (
    "thu ngân sách nhà nước trên địa bàn ước đạt 1.250 tỷ đồng, bằng 52% dự toán; vốn đầu tư phát triển tăng.",
    "diện tích gieo trồng lúa vụ đông xuân đạt 8.300 ha, năng suất bình quân ước tính 61 tạ/ha, sản lượng giảm nhẹ.",
)


def to_tcvn3(text: str) -> bytes:
    codes = {letter: code for code, letter in TCVN3.items()}
    return "".join(codes.get(ch, ch) for ch in text).encode("latin-1")


def to_vni(text: str) -> bytes:
    codes: dict[str, str] = {}
    for code, letter in sorted(VNI.items(), key=lambda item: len(item[0]), reverse=True):
        codes.setdefault(letter, code)
    return "".join(codes.get(ch, ch) for ch in normalise(text)).encode("cp1252")


# -- encodings -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence", SENTENCES)
def test_tcvn3_text_is_converted_with_a_notice(tmp_path: Path, sentence: str) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(to_tcvn3(sentence))
    notices: list[str] = []
    assert read_report(path, notices) == sentence
    assert len(notices) == 1 and "TCVN3 (ABC)" in notices[0] and str(path) in notices[0]
    # The same text saved as UTF-8 by a program that kept the font's characters.
    path.write_text(to_tcvn3(sentence).decode("latin-1"), encoding="utf-8")
    assert read_report(path) == sentence


@pytest.mark.parametrize("sentence", [*SENTENCES, "KẾT QUẢ THỰC HIỆN: Ủy ban nhân dân tỉnh Đắk Nông báo cáo."])
def test_vni_text_is_converted_with_a_notice(tmp_path: Path, sentence: str) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(to_vni(sentence))
    notices: list[str] = []
    assert read_report(path, notices) == normalise(sentence)
    assert len(notices) == 1 and "VNI" in notices[0]


def test_mojibake_is_repaired_and_offsets_count_in_the_repaired_text(tmp_path: Path) -> None:
    import ftfy.bad_codecs  # noqa: F401 - registers 'sloppy-windows-1252', Windows' lenient reading

    for garbled in (REPORT_TEXT.encode("utf-8").decode("sloppy-windows-1252"),
                    REPORT_TEXT.encode("utf-8").decode("latin-1")):
        path = tmp_path / "mojibake.txt"
        path.write_text(garbled, encoding="utf-8")
        notices: list[str] = []
        text = read_report(path, notices)
        assert text == normalise(REPORT_TEXT)
        assert len(notices) == 1 and "mojibake" in notices[0] and "ftfy" in notices[0]
        clean = extract(normalise(REPORT_TEXT))
        repaired = extract(text)
        assert [(f.start, f.end, f.value) for f in repaired.figures] == [(f.start, f.end, f.value)
                                                                          for f in clean.figures]
        assert text[repaired.figures[0].start:repaired.figures[0].end].startswith("4.120,5")


def test_extract_prints_the_repair_notice(tmp_path: Path) -> None:
    path = tmp_path / "mojibake.txt"
    path.write_text(REPORT_TEXT.encode("utf-8").decode("latin-1"), encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    assert "notice:" in result.stderr and "mojibake" in result.stderr


def test_unicode_text_is_left_alone() -> None:
    for sentence in (*SENTENCES, REPORT_TEXT):
        assert repair(sentence).notice is None and legacy_encoding(sentence) is None


def test_legacy_text_that_does_not_convert_is_refused_naming_the_encoding(tmp_path: Path) -> None:
    path = tmp_path / "odd.txt"
    path.write_bytes("x¸y z¸y w¸y q¸y".encode("latin-1"))
    with pytest.raises(InputError, match="TCVN3 \\(ABC\\)"):
        read_report(path)


# -- re-ingesting --------------------------------------------------------------------------------------------------


def ingest(*args: str) -> object:
    return CliRunner().invoke(main, ["ingest", *args])


def generation(store_dir: Path) -> str:
    return (store_dir / "CURRENT").read_text()


def revisions(store_dir: Path) -> list[str]:
    with KnowledgeStore.open(store_dir, read_only=True) as store:
        rows = store.query(f"SELECT ?sha WHERE {{ GRAPH <{GRAPH}> {{ <{GRAPH}> <{PROV}wasRevisionOf>+ ?t . "
                           "?t pk:textSha256 ?sha } }")
        return sorted(row["sha"].value for row in rows)


def test_identical_text_is_a_no_op_and_a_changed_one_needs_replace(tmp_path: Path) -> None:
    path, store_dir = tmp_path / "report.txt", tmp_path / "store"
    path.write_text(REPORT_TEXT, encoding="utf-8")
    assert ingest(str(path), "--store", str(store_dir)).exit_code == 0
    loaded = generation(store_dir)
    again = ingest(str(path), "--store", str(store_dir))
    assert again.exit_code == 0 and "unchanged" in again.stderr
    assert generation(store_dir) == loaded  # nothing written

    first_sha = text_sha256(normalise(REPORT_TEXT))
    edited = REPORT_TEXT.replace("98.450 tấn", "98.540 tấn")
    path.write_text(edited, encoding="utf-8")
    refused = ingest(str(path), "--store", str(store_dir))
    assert refused.exit_code == 2
    assert refused.stderr.count("provkg: error:") == 1 and "--replace" in refused.stderr
    assert f"text SHA-256 {first_sha[:12]}" in refused.stderr
    assert generation(store_dir) == loaded  # the store as it was

    replaced = ingest(str(path), "--store", str(store_dir), "--replace")
    assert replaced.exit_code == 0, replaced.output
    assert revisions(store_dir) == [first_sha]
    second_sha = text_sha256(normalise(edited))
    path.write_text(edited.replace("4.120,5", "4.102,5"), encoding="utf-8")
    assert ingest(str(path), "--store", str(store_dir), "--replace").exit_code == 0
    assert revisions(store_dir) == sorted([first_sha, second_sha])  # the chain of earlier texts is kept


def reviewed_store(root: Path) -> Path:
    """A store built from a reviewed fact sheet of REPORT_TEXT."""
    text = normalise(REPORT_TEXT)
    start = text.index("98.450")
    row = {"id": "r1", "value": "98450", "unit_text": "tấn", "measure": "value", "indicator": "food-output",
           "subject": "sản lượng lương thực", "period": "2021-H1", "estimate": "true", "section": "P1/I",
           "start": str(start), "end": str(start + 10)}
    data = write_data(root, [row], text=text, report_id=REPORT_ID, number="77/BC-UBND")
    build(root / "store", data, [root / "texts"])
    return root / "store"


def test_extracted_text_never_replaces_a_reviewed_graph_without_replace(tmp_path: Path) -> None:
    store_dir = reviewed_store(tmp_path)
    built = generation(store_dir)
    path = tmp_path / "report.txt"
    path.write_text(REPORT_TEXT, encoding="utf-8")
    same = ingest(str(path), "--store", str(store_dir), "--force")
    assert same.exit_code == 0 and "unchanged" in same.stderr and generation(store_dir) == built
    path.write_text(REPORT_TEXT.replace("4.120,5", "4.210,5"), encoding="utf-8")
    refused = ingest(str(path), "--store", str(store_dir), "--force")
    assert refused.exit_code == 2 and "reviewed graph" in refused.stderr and generation(store_dir) == built


# -- fact sheets ---------------------------------------------------------------------------------------------------

TEXT = normalise("Tổng thu ngân sách đạt 12.345,6 tỷ đồng, tăng 7,5% so với cùng kỳ; vượt 3,2% kế hoạch.")


def sheet(tmp_path: Path, *rows: dict[str, str]) -> Path:
    path = tmp_path / "sheet.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=FIGURE_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def row(value: str, start: int, end: int) -> dict[str, str]:
    return {"id": "r1", "value": value, "unit_text": "tỷ đồng", "measure": "value", "subject": "thu ngân sách",
            "period": "2021", "estimate": "false", "section": "P1", "start": str(start), "end": str(end)}


@pytest.mark.parametrize("value", ["1e999", "NaN", "Infinity", "1_000", "9" * 400])
def test_numbers_must_be_plain_and_finite(tmp_path: Path, value: str) -> None:
    with pytest.raises(InputError, match="column 'value'"):
        read_factsheet(sheet(tmp_path, row(value, 0, 5)))


def test_a_sheet_without_rows_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no figures"):
        read_factsheet(sheet(tmp_path))


def test_the_text_at_each_offset_reads_as_the_rows_value() -> None:
    amount = TEXT.index("12.345,6")
    assert 12345.6 in {float(v) for v in written_values(TEXT, amount)}
    assert written_values(TEXT, amount + 1) == set()  # one character inside the number
    assert written_values(TEXT, amount + 3) == set()  # after its thousands mark
    plan = TEXT.index("3,2%")
    assert {float(v) for v in written_values(TEXT, plan)} >= {3.2, 103.2}  # 'vượt 3,2% kế hoạch'


def test_build_refuses_an_offset_inside_a_number_or_at_another_value(tmp_path: Path) -> None:
    from provkg.pipeline.build import check_figures_against_text
    from provkg.pipeline.factsheet import read_factsheet as read

    amount = TEXT.index("12.345,6")
    for value, start, expected in (("2345.6", amount + 1, "inside a number"),
                                   ("12345.7", amount, "does not read as the row's value 12345.7")):
        figures = read(sheet(tmp_path, row(value, start, start + 8)))
        with pytest.raises(InputError, match=expected):
            check_figures_against_text(figures, TEXT, tmp_path / "sheet.csv")
    check_figures_against_text(read(sheet(tmp_path, row("12345.6", amount, amount + 8))), TEXT, tmp_path / "s.csv")
