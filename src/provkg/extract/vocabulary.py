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
from provkg.core.periods import SCHOOL_YEAR, WRITTEN_DATE
from provkg.core.text import fold
from provkg.reference.labels import content_words

_BUILTINS = {"written-date": WRITTEN_DATE, "school-year": SCHOOL_YEAR}


@dataclass(frozen=True)
class Vocabulary:
    scale_words: tuple[str, ...]
    units: tuple[str, ...]
    not_counts: frozenset[str]
    # units and counted nouns that name no kind of thing (measures, scales, "người", "lượt"): no label's evidence
    no_kind: frozenset[str]
    no_kind_words: frozenset[str]  # the content words of those (read once, not for every figure)
    points: tuple[str, ...]
    added_one_by_one: tuple[str, ...]  # units of places and works a stock grows by ("có thêm 4 xã")
    # what a rate is counted per: "/", "trên" or "mỗi", a round number, who ("/1.000 dân", "/vạn dân"); group "free"
    # is set when "/" opens it (the only form that may follow a noun the unit list lacks: "25 máy/100 hộ")
    per_denominator: re.Pattern[str]
    estimate: re.Pattern[str]
    plan_words: tuple[str, ...]  # words naming a plan, a target, a budget estimate
    stock: re.Pattern[str]
    since_start: frozenset[str]  # indicators whose level at a date has accumulated since a work started
    drawn_to_date: frozenset[str]  # indicators of capital drawn so far against a year's plan ("giải ngân")
    from_january: frozenset[str]  # indicators of a year's flow whose amount up to a day has run since 1 January
    held_at_day: re.Pattern[str]  # words making such an amount one held at the day ("lũy kế", "còn hiệu lực")
    running_total: re.Pattern[str]  # words of a level run up from the start of the year ("lũy kế")
    year_to_date: frozenset[str]  # indicators of flows run up from 1 January (budget, capital drawn, sales)
    year_to_date_registrations: frozenset[str]  # ... and registrations, unless words make them a stock
    year_to_date_words: re.Pattern[str]  # words of such a flow whose indicator is not named ("giải ngân")
    since_work_start_words: re.Pattern[str]  # words of a total run up since a work started ("lũy kế giải ngân")
    at_period_end: frozenset[str]  # indicators whose level a report of part of a year states at its last day
    herds: frozenset[str]  # indicators of herds: stocks, their targets at the end of the year they are set for
    change_synonyms: dict[str, str]  # a rise or fall in other words -> "tăng" / "giảm" ("sụt" -> "giảm")
    change_synonyms_pattern: str  # those words as a regex alternation, not their compounds stating no change
    cause: re.Pattern[str]
    favourable: re.Pattern[str]
    target: re.Pattern[str]  # words that set a target ("phấn đấu", "mục tiêu"), not inside a programme's name
    outcome: re.Pattern[str]  # words of a result to reach ("việc làm", "hoàn thành")
    set_count: re.Pattern[str]  # a count naming a set, not a quantity to reach ("3 khâu đột phá"), number in "n"
    note_not_field: tuple[str, ...]  # function words never the field of a note on estimates ("đến", "về")
    admin_before: re.Pattern[str]  # an administrative word ending a text: "... huyện "
    admin_word: re.Pattern[str]  # an administrative word anywhere: "các huyện", "thị xã"
    # (reason, pattern, words one of which every match contains; empty: none known)
    non_figures: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...]
    grdp_context: re.Pattern[str]  # words of a sentence about GRDP
    grdp_sectors: dict[str, str]  # a sector's bare name (folded) -> its GRDP indicator
    work_progress: str  # the indicator of a work's physical progress ("đường X đạt 70%")
    review_heading: re.Pattern[str]  # a heading of a part reviewing the whole body ("Tồn tại, hạn chế")
    work_capital: str  # the indicator of a work's total investment ("cầu X (vốn 650 tỷ đồng)")
    # what a work's percentage is of, named right after its "%" ("82% khối lượng", "46% mặt bằng"); group 1 the
    # part, a key of ``work_done_parts`` once folded
    work_done_after: re.Pattern[str]
    work_done_parts: dict[str, str]  # that part (folded) -> the progress indicator it measures
    season_names: tuple[str, ...]  # the names of crop seasons ("đông xuân", "hè thu", "mùa"), longest first
    season_crops: tuple[str, ...]  # crops a season's name may follow ("lúa", "ngô")
    seasons_after_crop: tuple[str, ...]  # seasons named after a crop ("lúa xuân"), longest first
    whole_year: re.Pattern[str]  # words ending a season's frame: the whole year ("cả năm", "tính chung")
    projects_capital: dict[str, str]  # a count of projects' indicator -> that of the capital of those projects
    told_by_paragraph: frozenset[str]  # general indicators whose narrower one the paragraph before a figure names
    crop_verb: re.Pattern[str]  # a verb of having, sowing or harvesting ending the words before a crop's count
    crop_quantity_names: tuple[str, ...]  # how a quantity of a crop is named ("diện tích {}"), the crop for {}
    # sets of categories making up a whole (domestic, international): per set, a pattern of all their words and
    # each word (folded to lower case unless the set is matched as written) -> its category's index
    complementary: tuple[tuple[re.Pattern[str], dict[str, int], bool], ...] = ()

    def work_done_indicator(self, text: str, at: int) -> str | None:
        """The progress indicator a work's percentage measures when what it is a percentage of is named at ``at``,
        right after its "%" ("82% khối lượng": the works done; "46% mặt bằng": the site handed over); else None."""
        part = self.work_done_after.match(text, at)
        return self.work_done_parts.get(fold(" ".join(part.group(1).split()))) if part else None

    @property
    def seasons_pattern(self) -> str:
        """The names of crop seasons as a regular-expression alternation, longest first, their words any space apart
        ("Đông  Xuân" across a justified line is "đông xuân")."""
        return "|".join(r"\s+".join(map(re.escape, name.split())) for name in self.season_names)

    @property
    def season_crops_pattern(self) -> str:
        """The crops a season's name may follow ("lúa", "ngô"), a regular-expression alternation."""
        return "|".join(map(re.escape, self.season_crops))

    @property
    def crop_seasons_pattern(self) -> str:
        """The names of seasons that name one after a crop ("lúa Đông Xuân", "lúa xuân", "ngô xuân", "lúa mùa"),
        longest first, their words any space apart."""
        return "|".join(r"\s+".join(map(re.escape, name.split())) for name in self.seasons_after_crop)

    @property
    def plan(self) -> str:
        """The plan words as a regular-expression group, longest first."""
        return "(?:" + "|".join(re.escape(w) for w in sorted(self.plan_words, key=len, reverse=True)) + ")"

    @property
    def scale(self) -> str:
        """The scale words as a regular-expression group, longest first."""
        return "(?:" + "|".join(re.escape(w) for w in sorted(self.scale_words, key=len, reverse=True)) + ")"


def words_pattern(words: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    r"""Any of ``words`` as a whole word, case-insensitive, longest first.

    Written as the matches of ``(?<!\w)(?:w1|w2|...)(?!\w)`` but opening with the class of the words' first
    characters, the test of a word's start after it and each word's first character checked back: a pattern
    opening with a class is searched for by that class alone at each position (several times faster over a
    sentence), where one opening with a look-behind tries every word at every word's start."""
    ordered = sorted(words, key=len, reverse=True)
    if not ordered or not all(ordered):
        body = "|".join(re.escape(w) for w in ordered)
        return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)
    first = "".join(sorted({re.escape(w[0]) for w in ordered}))
    body = "|".join(f"(?<={re.escape(w[0])}){re.escape(w[1:])}" for w in ordered)
    return re.compile(rf"[{first}](?<!\w[{first}])(?:{body})(?!\w)", re.IGNORECASE)


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


def _category_set(entry: dict[str, object]) -> tuple[re.Pattern[str], dict[str, int], bool]:
    """One set of complementary categories: a pattern of all its words (longest first, so "ngoài công lập" is not
    read as "công lập") and each word's category."""
    exact = bool(entry.get("exact_case", False))
    index = {(w if exact else w.lower()): i for i, words in enumerate(entry["categories"]) for w in words}  # type: ignore[arg-type]
    body = "|".join(re.escape(w) for w in sorted(index, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", 0 if exact else re.IGNORECASE), index, exact


def _alternation(words: list[str]) -> str:
    return "|".join(r"[ \t]+".join(re.escape(p) for p in w.split()) for w in sorted(words, key=len, reverse=True))


def _per_denominator(numbers: list[str], whom: list[str], one: list[str] | None = None) -> re.Pattern[str]:
    """What a rate is counted per, after its unit; with the measures of ``one``: the same as a non-figure, with the
    rates per one of those measures ("trên 1 ha", "/1 hộ")."""
    per = rf"(?:{_alternation(numbers)})[ \t]+(?:{_alternation(whom)})(?!\w)"
    if one:
        measures = "|".join(one)  # (as written: a unit's words are matched as the list spells them)
        return re.compile(rf"(?:trên|/|mỗi)\s*(?:{per}|1\s+(?:{measures})\b)", re.IGNORECASE)
    return re.compile(rf"[ \t]*(?:(?P<free>/)|(?:trên|mỗi)(?=[ \t]))[ \t]*{per}", re.IGNORECASE)


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The vocabulary of the project's ``vocabularies/extraction.toml`` (read once per process)."""
    path = data_dir("vocabularies") / "extraction.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        non_figures = []
        for entry in data["non_figure"]:
            if entry.get("builtin") == "rate-denominator":  # (the words of the units' table, one list for both)
                units = data["units"]
                pattern = _per_denominator(units["per_round_numbers"], units["per_whom"], units["per_one"])
            elif "builtin" in entry:
                pattern = _BUILTINS[entry["builtin"]]
            else:
                pattern = re.compile(entry["pattern"], _flags(entry.get("flags", "")))
            # without words of its own, the words every match holds are read from the pattern itself
            requires = tuple(entry.get("requires", ())) or required_words(pattern) or ()
            non_figures.append((entry["reason"], pattern, requires))
        units, cues = data["units"], data["cues"]
        admin = sorted(cues["admin"], key=len, reverse=True)
        done_parts = data["works"]["done_parts"]
        no_kind = frozenset(units["not_counts"]) | frozenset(units["scale"]) | frozenset(units["no_kind"])
        return Vocabulary(
            scale_words=tuple(units["scale"]),
            units=tuple(units["after_number"]),
            not_counts=frozenset(units["not_counts"]),
            no_kind=no_kind,
            no_kind_words=content_words(" ".join(no_kind)),
            points=tuple(units["points"]),
            added_one_by_one=tuple(units["added_one_by_one"]),
            per_denominator=_per_denominator(units["per_round_numbers"], units["per_whom"]),
            estimate=words_pattern(cues["estimate"]),
            plan_words=tuple(cues["plan"]),
            stock=words_pattern(cues["stock"]),
            since_start=frozenset(data["running_totals"]["since_start"]),
            drawn_to_date=frozenset(data["running_totals"]["drawn_to_date"]),
            from_january=frozenset(data["running_totals"]["from_january"]),
            held_at_day=words_pattern(data["running_totals"]["held_at_day"]),
            running_total=words_pattern(data["running_totals"]["words"]),
            year_to_date=frozenset(data["running_totals"]["year_to_date"]),
            year_to_date_registrations=frozenset(data["running_totals"]["year_to_date_registrations"]),
            year_to_date_words=words_pattern(data["running_totals"]["year_to_date_words"]),
            since_work_start_words=words_pattern(data["running_totals"]["since_work_start_words"]),
            at_period_end=frozenset(data["levels"]["at_period_end"]),
            herds=frozenset(data["levels"]["herds"]),
            change_synonyms=dict(data["change_words"]["synonyms"]),
            change_synonyms_pattern=_synonyms_pattern(data["change_words"]["synonyms"],
                                                      data["change_words"]["not_changes"]),
            cause=words_pattern(cues["cause"]),
            favourable=words_pattern(cues["favourable"]),
            target=words_except(cues["target"], cues["not_target"]),
            outcome=words_pattern(cues["outcome"]),
            set_count=re.compile(cues["set_count"], re.IGNORECASE),
            note_not_field=tuple(cues["note_not_field"]),
            admin_before=re.compile("(?:" + "|".join(re.escape(w) for w in admin) + r")\s*$", re.IGNORECASE),
            admin_word=words_pattern(admin),
            non_figures=tuple(non_figures),
            grdp_context=words_pattern(data["grdp_sectors"]["context"]),
            grdp_sectors={fold(name): local for name, local in data["grdp_sectors"]["names"].items()},
            work_progress=data["works"]["progress"],
            review_heading=words_pattern(data["works"]["review_headings"]),
            work_capital=data["works"]["capital"],
            work_done_after=re.compile(r"\s*(" + _synonyms_pattern(done_parts, []) + r")(?!\w)", re.IGNORECASE),
            work_done_parts={fold(" ".join(part.split())): local for part, local in done_parts.items()},
            whole_year=words_pattern(data["seasons"]["whole_year"]),
            projects_capital=dict(data["projects_capital"]),
            season_names=tuple(sorted((" ".join(name.split()) for name in data["seasons"]["names"]),
                                      key=len, reverse=True)),
            season_crops=tuple(data["seasons"]["crops"]),
            seasons_after_crop=tuple(sorted((" ".join(name.split()) for name in data["seasons"]["after_crop"]),
                                            key=len, reverse=True)),
            told_by_paragraph=frozenset(data["told_by_paragraph"]["concepts"]),
            crop_verb=re.compile(r"(?<!\w)(?:" + "|".join(
                re.escape(verb) for verb in sorted(data["crop_quantities"]["verbs"], key=len, reverse=True)
            ) + r")(?:\s+(?:được|thêm))?\s*$", re.IGNORECASE),
            crop_quantity_names=tuple(data["crop_quantities"]["names"]),
            complementary=tuple(_category_set(entry) for entry in data["complementary"]),
        )
    except (OSError, KeyError, tomllib.TOMLDecodeError, re.error) as exc:
        raise InputError(f"{path}: not a usable extraction vocabulary ({exc})") from exc
