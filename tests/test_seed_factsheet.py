"""The reviewed seed fact sheet against the seed text: every row points at its own figure.

Row by row: the sheet loads with the ontology's ids, the text at `start` is the number as written, and that
number (with a compound "X tỷ Y triệu" tail when there is one) equals the row's value up to its sign.
"""

from __future__ import annotations

from collections import Counter

import pytest

from provkg.core.numbers import NUMBER_RE, compound_amount, parse_number
from provkg.core.text import text_sha256
from provkg.pipeline.factsheet import read_factsheet, read_reports, read_statements
from provkg.reference.loader import load_reference

from conftest import ROOT

SHEET = ROOT / "data" / "factsheets" / "dien-bien-2020-H1-206.csv"


@pytest.fixture(scope="module")
def figures() -> list:
    return read_factsheet(SHEET, load_reference().known, text_length=78279)


def test_report_row_matches_the_seed_text(seed_text: str) -> None:
    (report,) = [r for r in read_reports(ROOT / "data" / "reports.csv") if r.report_id == "dien-bien-2020-H1-206"]
    assert (report.text_sha256, report.text_length) == (text_sha256(seed_text), len(seed_text))


def test_every_row_points_at_its_figure(seed_text: str, figures: list) -> None:
    wrong = []
    for figure in figures:
        token = NUMBER_RE.match(seed_text, figure.start)
        if token is None or token.start() != figure.start:
            wrong.append((figure.id, figure.start, "no number token starts here"))
            continue
        stated = parse_number(token.group()).value
        compound = compound_amount(seed_text, token.end(), stated)
        candidates = {stated} | ({compound.value} if compound else set())
        if abs(figure.value) not in candidates:
            wrong.append((figure.id, figure.start, f"text says {token.group()!r}, sheet says {figure.value}"))
        if not figure.end > token.start() or figure.end > len(seed_text):
            wrong.append((figure.id, figure.start, f"end {figure.end} outside the figure"))
        if figure.unit_text and figure.end > token.end():
            written = " ".join(seed_text[token.end() : figure.end].split())
            if not written.endswith(figure.unit_text.split()[-1]) and compound is None:
                wrong.append((figure.id, figure.start, f"unit {figure.unit_text!r} but span ends with {written!r}"))
    assert not wrong, wrong


def test_several_hundred_figures_from_every_part(figures: list) -> None:
    sections = Counter(f.section.split("/")[0] for f in figures)
    assert len(figures) == 508
    assert sections["P1"] > 300 and sections["FN"] > 100 and sections["P2"] > 0
    assert sum(1 for f in figures if f.indicator) / len(figures) > 0.98


def test_statements_load() -> None:
    statements = read_statements(SHEET.with_suffix("").with_suffix(".statements.csv"), load_reference().known)
    kinds = Counter(s.kind for s in statements)
    assert kinds["limitation"] == 10 and kinds["task"] == 42 and kinds["causal"] > 30
