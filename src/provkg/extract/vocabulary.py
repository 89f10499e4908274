"""The extractor's Vietnamese vocabulary, read from ``vocabularies/extraction.toml`` (data, not code): units and
scale words, cue words (estimate, stock, cause), administrative words, and the patterns of numbers that are not
quantities. Patterns built from the word lists live here too, so every module reads the same words."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from provkg.core.errors import InputError
from provkg.core.paths import data_dir
from provkg.core.patterns import required_words
from provkg.core.periods import WRITTEN_DATE
from provkg.core.text import fold

_BUILTINS = {"written-date": WRITTEN_DATE}


@dataclass(frozen=True)
class Vocabulary:
    scale_words: tuple[str, ...]
    units: tuple[str, ...]
    not_counts: frozenset[str]
    points: tuple[str, ...]
    estimate: re.Pattern[str]
    stock: re.Pattern[str]
    cause: re.Pattern[str]
    favourable: re.Pattern[str]
    admin_before: re.Pattern[str]  # an administrative word ending a text: "... huyện "
    # (reason, pattern, words one of which every match contains; empty: none known)
    non_figures: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...]
    grdp_context: re.Pattern[str]  # words of a sentence about GRDP
    grdp_sectors: dict[str, str]  # a sector's bare name (folded) -> its GRDP indicator
    work_progress: str  # the indicator of a work's physical progress ("đường X đạt 70%")

    @property
    def scale(self) -> str:
        """The scale words as a regular-expression group, longest first."""
        return "(?:" + "|".join(re.escape(w) for w in sorted(self.scale_words, key=len, reverse=True)) + ")"


def words_pattern(words: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``words`` as a whole word, case-insensitive, longest first."""
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def _flags(text: str) -> int:
    return (re.IGNORECASE if "i" in text else 0) | (re.MULTILINE if "m" in text else 0)


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The vocabulary of the project's ``vocabularies/extraction.toml`` (read once per process)."""
    path = data_dir("vocabularies") / "extraction.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        non_figures = []
        for entry in data["non_figure"]:
            if "builtin" in entry:
                pattern = _BUILTINS[entry["builtin"]]
            else:
                pattern = re.compile(entry["pattern"], _flags(entry.get("flags", "")))
            # without words of its own, the words every match holds are read from the pattern itself
            requires = tuple(entry.get("requires", ())) or required_words(pattern) or ()
            non_figures.append((entry["reason"], pattern, requires))
        units, cues = data["units"], data["cues"]
        admin = sorted(cues["admin"], key=len, reverse=True)
        return Vocabulary(
            scale_words=tuple(units["scale"]),
            units=tuple(units["after_number"]),
            not_counts=frozenset(units["not_counts"]),
            points=tuple(units["points"]),
            estimate=words_pattern(cues["estimate"]),
            stock=words_pattern(cues["stock"]),
            cause=words_pattern(cues["cause"]),
            favourable=words_pattern(cues["favourable"]),
            admin_before=re.compile("(?:" + "|".join(re.escape(w) for w in admin) + r")\s*$", re.IGNORECASE),
            non_figures=tuple(non_figures),
            grdp_context=words_pattern(data["grdp_sectors"]["context"]),
            grdp_sectors={fold(name): local for name, local in data["grdp_sectors"]["names"].items()},
            work_progress=data["works"]["progress"],
        )
    except (OSError, KeyError, tomllib.TOMLDecodeError, re.error) as exc:
        raise InputError(f"{path}: not a usable extraction vocabulary ({exc})") from exc
