"""The corpus on disk: its manifest, each report's gold sheet, planted inconsistencies and files.

`corpus/manifest.csv` has one row per report; `text` is the master plain text the gold offsets count in (normalised:
NFC, LF), `file` the file provkg reads (the same text, or a .docx, .pdf, CRLF or NFD rendering of it).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from provkg.core.errors import InputError
from provkg.core.paths import project_home
from provkg.core.text import normalise

MANIFEST_COLUMNS = [
    "id", "text", "file", "format", "province", "period", "genre", "year", "after_merger", "writer", "annotator",
    "second_annotator", "role", "history",
]
ROLES = ("dev", "heldout", "fixture")
GENRES = ("ubnd-quarterly", "ubnd-6-month", "ubnd-9-month", "ubnd-yearly", "statistics-release", "department-report",
          "news-item")


@dataclass(frozen=True)
class CorpusReport:
    """One manifest row, with its folder."""

    row: dict[str, str]
    folder: Path

    @property
    def id(self) -> str:
        return self.row["id"]

    @property
    def role(self) -> str:
        return self.row["role"]

    @property
    def file(self) -> Path:
        return self.folder / self.row["file"]

    def text(self) -> str:
        """The master text, normalised: the gold offsets count in it."""
        return normalise((self.folder / self.row["text"]).read_text(encoding="utf-8"))

    def gold(self) -> list[dict[str, str]]:
        return _rows(self.folder / "gold" / f"{self.id}.csv")

    def plants(self) -> list[dict[str, str]]:
        path = self.folder / "plants" / f"{self.id}.csv"
        return _rows(path) if path.is_file() else []


def _rows(path: Path) -> list[dict[str, str]]:
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            return list(csv.DictReader(handle))
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", str(path)) from exc


def default_corpus_dir() -> Path:
    return project_home() / "corpus"


def load_manifest(folder: Path | None = None) -> list[CorpusReport]:
    """The reports of the corpus manifest; a malformed manifest names its line."""
    folder = folder or default_corpus_dir()
    path = folder / "manifest.csv"
    rows = _rows(path)
    if rows and set(MANIFEST_COLUMNS) - set(rows[0]):
        raise InputError(f"manifest lacks columns {sorted(set(MANIFEST_COLUMNS) - set(rows[0]))}", str(path))
    reports = []
    for line, row in enumerate(rows, start=2):
        if row["role"] not in ROLES:
            raise InputError(f"line {line}: role {row['role']!r} is not one of {', '.join(ROLES)}", str(path))
        if row["genre"] not in GENRES:
            raise InputError(f"line {line}: genre {row['genre']!r} is not one of {', '.join(GENRES)}", str(path))
        reports.append(CorpusReport(row, folder))
    return reports
