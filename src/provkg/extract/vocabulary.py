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
    plan_words: tuple[str, ...]  # words naming a plan, a target, a budget estimate
    stock: re.Pattern[str]
    since_start: frozenset[str]  # indicators whose level at a date has accumulated since a work started
    drawn_to_date: frozenset[str]  # indicators of capital drawn so far against a year's plan ("giải ngân")
    running_total: re.Pattern[str]  # words of a level run up from the start of the year ("lũy kế")
    at_period_end: frozenset[str]  # indicators whose level a report of part of a year states at its last day
    change_synonyms: dict[str, str]  # a rise or fall in other words -> "tăng" / "giảm" ("sụt" -> "giảm")
    change_synonyms_pattern: str  # those words as a regex alternation, not their compounds stating no change
    cause: re.Pattern[str]
    favourable: re.Pattern[str]
    target: re.Pattern[str]  # words that set a target ("phấn đấu", "mục tiêu"), not inside a programme's name
    outcome: re.Pattern[str]  # words of a result to reach ("việc làm", "hoàn thành")
    admin_before: re.Pattern[str]  # an administrative word ending a text: "... huyện "
    # (reason, pattern, words one of which every match contains; empty: none known)
    non_figures: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...]
    grdp_context: re.Pattern[str]  # words of a sentence about GRDP
    grdp_sectors: dict[str, str]  # a sector's bare name (folded) -> its GRDP indicator
    work_progress: str  # the indicator of a work's physical progress ("đường X đạt 70%")
    # what a percentage is of, named right after it ("82% khối lượng") -> the progress indicator it measures
    work_done_part: re.Pattern[str]
    work_done_parts: dict[str, str]
    seasons_pattern: str  # the names of crop seasons ("đông xuân", "hè thu"), a regex alternation, longest first
    whole_year: re.Pattern[str]  # words ending a season's frame: the whole year ("cả năm", "tính chung")
    projects_capital: dict[str, str]  # a count of projects' indicator -> that of the capital of those projects
    told_by_paragraph: frozenset[str]  # general indicators whose narrower one the paragraph before a figure names
    crop_verb: re.Pattern[str]  # a verb of having, sowing or harvesting ending the words before a crop's count
    crop_quantity_names: tuple[str, ...]  # how a quantity of a crop is named ("diện tích {}"), the crop for {}

    @property
    def plan(self) -> str:
        """The plan words as a regular-expression group, longest first."""
        return "(?:" + "|".join(re.escape(w) for w in sorted(self.plan_words, key=len, reverse=True)) + ")"

    @property
    def scale(self) -> str:
        """The scale words as a regular-expression group, longest first."""
        return "(?:" + "|".join(re.escape(w) for w in sorted(self.scale_words, key=len, reverse=True)) + ")"


def words_pattern(words: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``words`` as a whole word, case-insensitive, longest first."""
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def words_except(words: list[str], names: list[str]) -> re.Pattern[str]:
    """Any of ``words`` as a whole word, except where one of ``names`` starts ("mục tiêu" but not "mục tiêu quốc
    gia")."""
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    excluded = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    guard = rf"(?!(?:{excluded})(?!\w))" if names else ""
    return re.compile(rf"(?<!\w){guard}(?:{body})(?!\w)", re.IGNORECASE)


def _flags(text: str) -> int:
    return (re.IGNORECASE if "i" in text else 0) | (re.MULTILINE if "m" in text else 0)


def _synonyms_pattern(synonyms: dict[str, str], not_changes: list[str]) -> str:
    """An alternation of ``synonyms`` (longest first, spaces as any blanks), each refusing the compounds of
    ``not_changes`` it starts ("sụt(?!\\s+lún)")."""
    alternatives = []
    for word in sorted(synonyms, key=len, reverse=True):
        refused = [c[len(word):].strip() for c in not_changes if c.startswith(word + " ")]
        guard = "".join(rf"(?!\s+{re.escape(rest)})" for rest in refused)
        alternatives.append(r"\s+".join(re.escape(part) for part in word.split()) + guard)
    return "|".join(alternatives)


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
            plan_words=tuple(cues["plan"]),
            stock=words_pattern(cues["stock"]),
            since_start=frozenset(data["running_totals"]["since_start"]),
            drawn_to_date=frozenset(data["running_totals"]["drawn_to_date"]),
            running_total=words_pattern(data["running_totals"]["words"]),
            at_period_end=frozenset(data["levels"]["at_period_end"]),
            change_synonyms=dict(data["change_words"]["synonyms"]),
            change_synonyms_pattern=_synonyms_pattern(data["change_words"]["synonyms"],
                                                      data["change_words"]["not_changes"]),
            cause=words_pattern(cues["cause"]),
            favourable=words_pattern(cues["favourable"]),
            target=words_except(cues["target"], cues["not_target"]),
            outcome=words_pattern(cues["outcome"]),
            admin_before=re.compile("(?:" + "|".join(re.escape(w) for w in admin) + r")\s*$", re.IGNORECASE),
            non_figures=tuple(non_figures),
            grdp_context=words_pattern(data["grdp_sectors"]["context"]),
            grdp_sectors={fold(name): local for name, local in data["grdp_sectors"]["names"].items()},
            work_progress=data["works"]["progress"],
            work_done_part=re.compile(
                r"\s*%\s*(" + "|".join(re.escape(w) for w in data["works"]["done_parts"]) + r")(?!\w)", re.IGNORECASE,
            ),
            work_done_parts={fold(name): local for name, local in data["works"]["done_parts"].items()},
            whole_year=words_pattern(data["seasons"]["whole_year"]),
            projects_capital=dict(data["projects_capital"]),
            told_by_paragraph=frozenset(data["told_by_paragraph"]["concepts"]),
            crop_verb=re.compile(r"(?<!\w)(?:" + "|".join(
                re.escape(verb) for verb in sorted(data["crop_quantities"]["verbs"], key=len, reverse=True)
            ) + r")(?:\s+(?:được|thêm))?\s*$", re.IGNORECASE),
            crop_quantity_names=tuple(data["crop_quantities"]["names"]),
            seasons_pattern="|".join(re.escape(name)
                                     for name in sorted(data["seasons"]["names"], key=len, reverse=True)),
        )
    except (OSError, KeyError, tomllib.TOMLDecodeError, re.error) as exc:
        raise InputError(f"{path}: not a usable extraction vocabulary ({exc})") from exc
