"""The seed read as an auditor would: the inconsistencies recorded in its reviewed sheet's notes ("REPORT
INCONSISTENCY", pointing at offsets) and how many of them validation catches at their sentence."""

from __future__ import annotations

import csv
from pathlib import Path

from provkg.evaluate.score import sentence_around
from provkg.pipeline.sources import validate_source

from conftest import ROOT

SHEET = ROOT / "data" / "factsheets" / "dien-bien-2020-H1-206.csv"


def recorded() -> list[tuple[int, int]]:
    with open(SHEET, newline="", encoding="utf-8") as handle:
        return [(int(row["start"]), int(row["end"])) for row in csv.DictReader(handle)
                if "REPORT INCONSISTENCY" in row["note"]]


def test_the_seed_holds_at_least_eleven_recorded_inconsistencies_and_nine_are_caught(seed_text: str) -> None:
    places = recorded()
    assert len(places) >= 11
    result = validate_source(Path(SHEET)).result
    located = [(loc["start"], loc["end"]) for f in result.results if f.rule != "UnitKnown" for loc in f.locations]
    caught = []
    for start, end in places:
        s, e = sentence_around(seed_text, start, end)
        if any(ls < e and s < le for ls, le in located):
            caught.append(start)
    assert len(caught) >= 9, (len(caught), sorted(set(p for p, _ in places) - set(caught)))
