"""The synthetic national corpus of `provkg bench`.

From the structure of a reviewed fact sheet (the template: its indicators, subjects, units, sections,
breakdowns, plans and programmes) N reports of 63 provinces x periods 2016-H1, 2016-9M, 2016, 2017-H1, ... are
generated, each as a report text in the genre (Vietnamese sentences composed here, figures in Vietnamese
notation), its fact sheet with offsets into that text, and its row of reports.csv. Figures are coherent: parts
add up to their total, shares to 100, every change matches the level of the same period a year earlier in the
same province, plan achievements match level / plan. A known list of inconsistencies is planted, all decided by
the seed number, so two runs with the same seed write identical files.
"""

from __future__ import annotations

import csv
import math
import random
import re
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from pyoxigraph import NamedNode

from provkg.core.errors import InputError
from provkg.core.model import Figure, Report
from provkg.core.paths import data_dir
from provkg.core.text import normalise, text_sha256
from provkg.pipeline.factsheet import REPORT_COLUMNS, read_factsheet, write_factsheet
from provkg.pipeline.rdfmap import observation_iri
from provkg.reference.loader import load_reference

SEED_SHEET = "dien-bien-2020-H1-206.csv"
FIRST_YEAR = 2016
LAST_PERIOD = "2025-9M"
KINDS = ("H1", "9M", "Y")  # the three reports of a year, in the order they are issued
PLANT_KINDS = ("wrong_total", "shares_over_100", "wrong_change", "plan_ratio", "duplicate_value")
# The validation rule (shape) that must report each kind of planted inconsistency.
PLANT_RULES = {
    "wrong_total": "PartsWithinTotal",
    "shares_over_100": "SharesWithinWhole",
    "wrong_change": "ChangeMatchesLevelsAcrossReports",
    "plan_ratio": "PlanAchievementMatches",
    "duplicate_value": "SameFigureSameValue",
}
_RATE_UNITS = ("%", "‰")
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


# ---------------------------------------------------------------------------------------------- the template


@dataclass(frozen=True)
class Series:
    """One quantity every synthetic report states: an indicator with the template's subject, unit and section."""

    indicator: str
    subject: str
    unit: str
    decimals: int
    base: Decimal  # the template's value (a half-year level)
    section: str
    programme: str | None = None
    parts: tuple[Series, ...] = ()
    plan: bool = False  # stated as "X/Y ... kế hoạch, bằng Z%"

    @property
    def is_rate(self) -> bool:
        return self.unit in _RATE_UNITS

    @property
    def precise(self) -> bool:
        """Written with decimals or large: a planted error of a few percent exceeds its rounding."""
        return self.decimals > 0 or self.base >= 1000


@dataclass(frozen=True)
class Template:
    series: tuple[Series, ...]

    @property
    def breakdowns(self) -> list[Series]:
        return [s for s in self.series if s.parts]


def default_template() -> list[Path]:
    return [data_dir("data") / "factsheets" / SEED_SHEET]


def load_template(paths: list[Path]) -> Template:
    """The series of the synthetic reports, from one or more fact sheets (read each on its own).

    Taken: levels (measure value) of the report's province with an indicator, outside the header and footnotes;
    a level with two or more parts of the same unit becomes a breakdown; an indicator with a plan achievement in
    the template is stated against its plan; rates (%, ‰) are stated with their change in percentage points.
    """
    figures: list[Figure] = []
    for path in paths:
        if not path.is_file():
            raise InputError("no template fact sheet here: give one with --template", str(path))
        figures.extend(read_factsheet(path))
    planned = {f.indicator for f in figures if f.measure == "plan_pct" and f.indicator}
    children: dict[int, list[Figure]] = {}
    for f in figures:
        if f.parent is not None:
            children.setdefault(f.parent, []).append(f)

    def usable(f: Figure) -> bool:
        return (f.measure == "value" and bool(f.indicator) and f.area is None and f.value > 0
                and f.section.startswith("P1/") and bool(f.unit_text) and "/" not in f.unit_text)

    def series(f: Figure, parts: tuple[Series, ...] = (), plan: bool = False) -> Series:
        decimals = 2 if f.unit_text in _RATE_UNITS else min(f.decimals, 2)
        return Series(str(f.indicator), f.subject, f.unit_text, decimals, f.value, f.section, f.programme,
                      parts, plan)

    used: set[str] = set()
    result: list[Series] = []
    for f in sorted(figures, key=lambda f: f.start):
        if not usable(f) or f.parent is not None or f.indicator in used:
            continue
        parts = []
        for child in children.get(f.start, []):
            if usable(child) and child.unit_text == f.unit_text and child.indicator not in used | {f.indicator}:
                parts.append(series(child))
                used.add(str(child.indicator))
        if len({p.indicator for p in parts}) != len(parts) or len(parts) == 1:
            used.difference_update(p.indicator for p in parts)
            parts = []
        # A total is the sum of its parts: all are written with the same number of decimals.
        decimals = max([min(f.decimals, 2), *(p.decimals for p in parts)])
        parts = [replace(p, decimals=decimals) for p in parts]
        used.add(str(f.indicator))
        is_plan = f.indicator in planned and not parts and f.unit_text not in _RATE_UNITS
        result.append(replace(series(f, tuple(parts), is_plan), decimals=decimals))
    # A part stated before its total was skipped as a level of its own: drop such doubles.
    part_ids = {p.indicator for s in result for p in s.parts}
    result = [s for s in result if s.indicator not in part_ids]
    if not any(s.parts for s in result) or not any(s.plan for s in result):
        raise InputError("the template needs at least one breakdown (a total with parts) and one plan achievement")
    return Template(tuple(result))


# ---------------------------------------------------------------------------------------------- periods, places


@dataclass(frozen=True)
class Province:
    local: str
    name: str


def load_provinces(ontology_dir: Path | None = None) -> list[Province]:
    """The 63 provinces of ontology/areas.ttl (Vietnamese labels), Điện Biên first, then by local name."""
    found = [Province(local, label) for local, label in load_reference(ontology_dir).provinces.items()]
    return sorted(found, key=lambda p: (p.local != "dien-bien", p.local))


def period_code(year: int, kind: str) -> str:
    return str(year) if kind == "Y" else f"{year}-{kind}"


def corpus_plan(n: int, provinces: list[Province]) -> list[tuple[Province, int, str]]:
    """Which reports a corpus of ``n`` holds: ceil(n/10) provinces (at most 63), all their periods in time order.

    Fewer provinces than 63 for small corpora, so a province has the same period a year earlier in the corpus
    (cross-report checks of changes need it).
    """
    count = min(len(provinces), max(1, math.ceil(n / 10)))
    last_year, last_kind = int(LAST_PERIOD[:4]), LAST_PERIOD[5:]
    periods = [(y, k) for y in range(FIRST_YEAR, last_year + 1) for k in KINDS
               if (y, KINDS.index(k)) <= (last_year, KINDS.index(last_kind))]
    plan = [(p, y, k) for y, k in periods for p in provinces[:count]]
    if n > len(plan):
        raise InputError(f"at most {len(plan)} reports: 63 provinces x {len(periods)} periods up to {LAST_PERIOD}")
    return plan[:n]


# ---------------------------------------------------------------------------------------------- numbers


def vn_number(value: Decimal) -> str:
    """Vietnamese notation: `.` thousands mark, `,` decimal mark (5335.40 -> 5.335,40)."""
    sign = "-" if value < 0 else ""
    whole, _, frac = f"{abs(value):f}".partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return sign + ".".join(groups) + ("," + frac if frac else "")


def _q(value: float | Decimal, decimals: int) -> Decimal:
    return Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def _half_unit(value: Decimal) -> Decimal:
    """Half a unit of the last written digit: 0.5 for 188, 0.05 for 188.5."""
    return Decimal(5).scaleb(min(0, value.as_tuple().exponent) - 1)  # type: ignore[operator]


def _significant(value: Decimal) -> int:
    digits = str(abs(value)).replace(".", "").lstrip("0").rstrip("0")
    return len(digits)


# ---------------------------------------------------------------------------------------------- the report text


class _Writer:
    """Appends text and records each figure's offsets as it is written, so the sheet matches the text exactly."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.section = "H"
        self.figures: list[Figure] = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def figure(self, value: Decimal, unit: str, *, written_unit: bool = True, **fields: object) -> Figure:
        """Write ``value`` (a fall as its absolute value: the verb says giảm) and its unit; return the figure."""
        start = self.length
        self.add(vn_number(abs(value) if fields.get("measure", "value").startswith("change") else value))
        if written_unit and unit:
            self.add(unit if unit in _RATE_UNITS else " " + unit)
        fig = Figure(value=value, unit_text=unit, start=start, end=self.length, section=self.section,
                     **fields)  # type: ignore[arg-type]
        self.figures.append(fig)
        return fig

    def text(self) -> str:
        return "".join(self.parts)


_PERIOD_PHRASE = {"H1": "6 tháng đầu năm {y}", "9M": "9 tháng năm {y}", "Y": "năm {y}"}
_NEXT_PHRASE = {"H1": "6 tháng cuối năm {y}", "9M": "quý IV năm {y}", "Y": "năm {n}"}
_LEVEL_VERBS = ("ước đạt", "ước thực hiện được", "dự ước đạt", "ước tính đạt")
_COMPARE = ("so với cùng kỳ năm trước", "so với cùng kỳ", "so cùng kỳ năm trước")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


@dataclass
class Plant:
    """One planted inconsistency: its kind, the rule that must report it and the figures it involves."""

    kind: str
    report_id: str
    rule: str
    iris: list[str]
    note: str

    def to_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "report": self.report_id, "rule": self.rule, "figures": self.iris,
                "note": self.note}


@dataclass
class SyntheticReport:
    report: Report
    text: str
    figures: list[Figure]


@dataclass
class Corpus:
    reports: list[SyntheticReport]
    plants: list[Plant] = field(default_factory=list)

    @property
    def figure_count(self) -> int:
        return sum(len(r.figures) for r in self.reports)


class _Levels:
    """The levels a province states, period by period: each change is computed against the stated level of the
    same period a year earlier (or, before the corpus starts, a level of the same random walk)."""

    def __init__(self, seed: int, province: str, factor: float) -> None:
        self.seed = seed
        self.province = province
        self.factor = factor
        self.stated: dict[tuple[str, str, int], Decimal] = {}

    def growth(self, indicator: str, year: int) -> float:
        rng = random.Random(f"{self.seed}:{self.province}:{indicator}:{year}")
        return rng.uniform(-0.05, 0.12)

    def model(self, s: Series, kind: str, year: int) -> Decimal:
        kind_factor = {"H1": 1.0, "9M": 1.5, "Y": 2.05}[kind]
        if s.is_rate:
            rng = random.Random(f"{self.seed}:{self.province}:{s.indicator}")
            level = min(97.0, float(s.base) * rng.uniform(0.7, 1.2))
            for y in range(FIRST_YEAR, year + 1):
                level = min(99.0, max(3.0, level + self.growth(s.indicator, y) * 20 - 0.6))
            return _q(level, s.decimals)
        level = float(s.base) * self.factor * kind_factor * 0.8
        for y in range(FIRST_YEAR, year + 1):
            level *= 1 + self.growth(s.indicator, y)
        return max(_q(level, s.decimals), Decimal(1).scaleb(-s.decimals))

    def previous(self, s: Series, kind: str, year: int) -> Decimal:
        return self.stated.get((s.indicator, kind, year - 1)) or self.model(s, kind, year - 1)


class _ReportBuilder:
    """Composes one report: header, sections, one block of sentences per series, a closing assessment."""

    def __init__(self, seed: int, template: Template, province: Province, year: int, kind: str, levels: _Levels,
                 number: int, plant: str | None) -> None:
        self.t = template
        self.province = province
        self.year = year
        self.kind = kind
        self.period = period_code(year, kind)
        self.previous_period = period_code(year - 1, kind)
        self.levels = levels
        self.plant_kind = plant
        self.rng = random.Random(f"{seed}:text:{province.local}:{self.period}")
        self.report_id = f"{province.local}-{self.period}-{number}"
        self.number = number
        self.w = _Writer()
        self.used: dict[tuple[str, str], list[Decimal]] = {}
        self.plant: Plant | None = None
        self.headline: Figure | None = None
        # Which series carries the planted inconsistency: decided before writing, from the seed.
        self.target: str | None = None
        # Targets are figures written precisely enough that the planted error exceeds the rounding tolerance.
        if plant == "duplicate_value":
            self.target = self.t.breakdowns[0].indicator
        elif plant in ("wrong_total", "shares_over_100"):
            self.target = self.rng.choice([s for s in self.t.breakdowns if s.precise]).indicator
        elif plant == "plan_ratio":
            self.target = self.rng.choice([s for s in self.t.series if s.plan and s.precise]).indicator
        elif plant == "wrong_change":
            self.target = self.rng.choice([s for s in self.t.series if not s.parts and not s.plan
                                           and not s.is_rate and s.decimals > 0]).indicator

    # -- values ------------------------------------------------------------------------------------------------

    def _free(self, measure: str, unit: str, value: Decimal) -> bool:
        """A figure of 3+ significant digits must not equal another quantity's within rounding (188 and 188,5
        stand for overlapping intervals): the shapes would warn of a copy-paste."""
        if _significant(value) < 3:
            return True
        half = _half_unit(value)
        return all(abs(other - value) >= half + _half_unit(other) for other in self.used.get((measure, unit), ()))

    def _take(self, measure: str, unit: str, value: Decimal) -> None:
        self.used.setdefault((measure, unit), []).append(value)

    def _level_and_change(self, s: Series, level: Decimal | None = None) -> tuple[Decimal, Decimal, str]:
        """This period's level and its change against the same period a year earlier, both unique in the report."""
        level = level if level is not None else self.levels.model(s, self.kind, self.year)
        before = self.levels.previous(s, self.kind, self.year)
        # A step that moves a change of 2 decimals too, not only the level.
        step = max(Decimal(1).scaleb(-s.decimals), _q(abs(before) / 10000, s.decimals))
        for _ in range(200):
            measure, change = self._change(s, level, before)
            if self._free("value", s.unit, level) and self._free(measure, self._change_unit(s), change):
                break
            level += step
        self._take("value", s.unit, level)
        self._take(measure, self._change_unit(s), change)
        self.levels.stated[(s.indicator, self.kind, self.year)] = level
        return level, change, measure

    @staticmethod
    def _change(s: Series, level: Decimal, before: Decimal) -> tuple[str, Decimal]:
        if s.is_rate:
            return "change_pp", level - before
        if s.decimals == 0:
            return "change_abs", level - before
        return "change_pct", _q(100 * (level - before) / before, 2)

    @staticmethod
    def _change_unit(s: Series) -> str:
        return "%" if s.is_rate or s.decimals > 0 else s.unit

    # -- writing -----------------------------------------------------------------------------------------------

    def _section(self, path: str) -> None:
        """Write the headings of every level of ``path`` that differs from the current section."""
        old = self.w.section.split("/") if self.w.section != "H" else []
        new = path.split("/")
        common = 0
        while common < min(len(old), len(new)) and old[common] == new[common]:
            common += 1
        for depth in range(common, len(new)):
            marker = new[depth]
            if depth == 0:  # the template's series all lie in Part One
                phrase = _PERIOD_PHRASE[self.kind].format(y=self.year).upper()
                self.w.add(f"\nPHẦN THỨ NHẤT\nTÌNH HÌNH THỰC HIỆN NHIỆM VỤ {phrase}\n")
            elif marker in _ROMAN:
                self.w.add(f"{marker}. NHÓM LĨNH VỰC THỨ {_ROMAN.index(marker) + 1}\n")
            elif marker.isalpha() and marker.isupper() and len(marker) == 1:
                titles = {"A": "KẾT QUẢ ĐẠT ĐƯỢC TRÊN CÁC LĨNH VỰC", "B": "TỒN TẠI, HẠN CHẾ"}
                self.w.add(f"{marker}. {titles.get(marker, 'ĐÁNH GIÁ CHUNG')}\n")
            elif marker.isdigit():
                self.w.add(f"{marker}. Lĩnh vực số {marker}\n")
            elif re.fullmatch(r"\d+\.\d+", marker):
                self.w.add(f"{marker}. Nội dung {marker}\n")
            else:
                self.w.add(f"{marker}) Nhóm chỉ tiêu {marker}\n")
        self.w.section = path

    def _write_change(self, s: Series, change: Decimal, measure: str) -> Figure | None:
        """The change against a year earlier, its verb saying the direction; none when there is no change."""
        if change == 0:
            self.w.add("tương đương cùng kỳ năm trước")
            return None
        self.w.add("tăng " if change > 0 else "giảm ")
        fig = self.w.figure(change, self._change_unit(s), measure=measure, indicator=s.indicator, subject=s.subject,
                            period=self.period, comparison_period=self.previous_period, estimate=True,
                            programme=s.programme)
        self.w.add(" " + self.rng.choice(_COMPARE))
        return fig

    def _level(self, s: Series, value: Decimal, verb: str) -> Figure:
        self.w.add(f"{verb} ")
        return self.w.figure(value, s.unit, measure="value", indicator=s.indicator, subject=s.subject,
                             period=self.period, estimate=True, programme=s.programme)

    def _simple(self, s: Series) -> None:
        level, change, measure = self._level_and_change(s)
        planted = self.target == s.indicator and self.plant_kind == "wrong_change"
        shift = _q(self.rng.uniform(1.5, 5.0), 2) * (1 if change >= 0 else -1) if planted else Decimal(0)
        change += shift
        self._take(measure, self._change_unit(s), change)
        self.w.add(_cap(s.subject) + " ")
        fig = self._level(s, level, self.rng.choice(_LEVEL_VERBS))
        self.w.add(", ")
        change_fig = self._write_change(s, change, measure)
        self.w.add(".\n")
        if planted and change_fig is not None:
            self._planted("wrong_change", [change_fig, fig], f"change stated {change}, shifted by {shift}")

    def _plan(self, s: Series) -> None:
        level, change, measure = self._level_and_change(s)
        rng = random.Random(f"{self.levels.seed}:plan:{self.province.local}:{s.indicator}:{self.year}")
        annual = self.levels.model(s, "Y", self.year)
        plan = max(_q(float(annual) * rng.uniform(0.95, 1.35), s.decimals), Decimal(1))
        achieved = _q(100 * level / plan, 2)
        while not (self._free("plan_value", s.unit, plan) and self._free("plan_pct", "%", achieved)):
            plan += Decimal(1).scaleb(-s.decimals)
            achieved = _q(100 * level / plan, 2)
        planted = self.target == s.indicator and self.plant_kind == "plan_ratio"
        stated = achieved + (_q(self.rng.uniform(3, 8), 2) if planted else 0)
        self._take("plan_value", s.unit, plan)
        self._take("plan_pct", "%", stated)
        self.w.add(f"{_cap(s.subject)} {self.rng.choice(_LEVEL_VERBS)} ")
        x = self.w.figure(level, s.unit, written_unit=False, measure="value", indicator=s.indicator,
                          subject=s.subject, period=self.period, estimate=True, programme=s.programme)
        self.w.add("/")
        y = self.w.figure(plan, s.unit, measure="plan_value", indicator=s.indicator, subject=s.subject,
                          period=str(self.year), estimate=False, programme=s.programme)
        self.w.add(f" kế hoạch năm {self.year}, bằng ")
        z = self.w.figure(stated, "%", measure="plan_pct", indicator=s.indicator, subject=s.subject,
                          period=self.period, comparison_period=str(self.year), estimate=True,
                          programme=s.programme)
        self.w.add(" kế hoạch; ")
        self._write_change(s, change, measure)
        self.w.add(".\n")
        if planted:
            self._planted("plan_ratio", [z, x, y], f"{stated}% stated, {level}/{plan} gives {achieved}%")

    def _breakdown(self, s: Series) -> None:
        part_values = [(part, *self._level_and_change(part)) for part in s.parts]
        step = Decimal(1).scaleb(-s.decimals)
        before = self.levels.previous(s, self.kind, self.year)
        # The total is the exact sum of its parts; keep it (and its change) unique by moving the last part.
        for _ in range(200):
            total_level = sum((v for _, v, _, _ in part_values), Decimal(0))
            total_measure, total_change = self._change(s, total_level, before)
            if self._free("value", s.unit, total_level) and self._free(total_measure, self._change_unit(s),
                                                                        total_change):
                break
            last = part_values[-1][0]
            part_values[-1] = (last, *self._level_and_change(last, part_values[-1][1] + step))
        self._take("value", s.unit, total_level)
        self._take(total_measure, self._change_unit(s), total_change)
        self.levels.stated[(s.indicator, self.kind, self.year)] = total_level
        shares = self._shares([v for _, v, _, _ in part_values], total_level)
        planted = self.target == s.indicator and self.plant_kind
        stated_total = total_level
        if planted == "wrong_total":
            cut = max(_q(float(total_level) * self.rng.uniform(0.03, 0.08), s.decimals), Decimal(2))
            stated_total = total_level - cut
        if planted == "shares_over_100":
            bump = _q(self.rng.uniform(2, 6), 2)
            shares[0] += bump
        self.w.add(f"{_cap(s.subject)} {self.rng.choice(_LEVEL_VERBS)} ")
        total = self.w.figure(stated_total, s.unit, measure="value", indicator=s.indicator, subject=s.subject,
                              period=self.period, estimate=True, programme=s.programme)
        self.w.add(", ")
        change_fig = self._write_change(s, total_change, total_measure)
        self.w.add("; trong đó: ")
        share_figs = []
        for i, ((part, value, change, measure), share) in enumerate(zip(part_values, shares, strict=True)):
            self.w.add(f"{part.subject} đạt ")
            self.w.figure(value, part.unit, measure="value", indicator=part.indicator, subject=part.subject,
                          period=self.period, estimate=True, parent=total.start, programme=part.programme)
            self.w.add(", chiếm ")
            share_figs.append(self.w.figure(share, "%", measure="share_pct", indicator=part.indicator,
                                            subject=part.subject, period=self.period, estimate=True,
                                            parent=total.start, programme=part.programme))
            self.w.add(", ")
            self._write_change(part, change, measure)
            self.w.add("; " if i < len(part_values) - 1 else ".\n")
        if self.headline is None and change_fig is not None:
            self.headline = change_fig
        if planted == "wrong_total":
            followers = [change_fig] if change_fig is not None else []
            self._planted("wrong_total", [total, *followers], f"total lowered from {total_level} to {stated_total}")
        elif planted == "shares_over_100":
            self._planted("shares_over_100", [total, share_figs[0]], f"first share raised by {bump}")

    def _shares(self, values: list[Decimal], total: Decimal) -> list[Decimal]:
        """Shares of the parts in %, 2 decimals, adding up to exactly 100 and unique in the report."""
        shares = [_q(100 * v / total, 2) for v in values[:-1]]
        for _ in range(100):
            shares_all = [*shares, Decimal(100) - sum(shares, Decimal(0))]
            clashes = [i for i, x in enumerate(shares_all) if not self._free("share_pct", "%", x)
                       or shares_all.count(x) > 1]
            if not clashes:
                break
            # Move the clashing share; when it is the last one (the rest to 100), move the first instead.
            shares[clashes[0] if clashes[0] < len(shares) else 0] += Decimal("0.01")
        for share in shares_all:
            self._take("share_pct", "%", share)
        return shares_all

    def _planted(self, kind: str, figures: list[Figure], note: str) -> None:
        for fig in figures[:1]:
            fig.note = f"PLANTED {kind}: {note}"
        iris = [observation_iri(self.report_id, f.start) for f in figures]
        self.plant = Plant(kind, self.report_id, PLANT_RULES[kind], iris, note)

    def _closing(self) -> None:
        """An assessment section that states the headline change again (differently when planted)."""
        self._section("P1/C")
        headline = self.headline
        if headline is None:
            return
        value = headline.value
        if self.plant_kind == "duplicate_value":
            value += _q(self.rng.uniform(0.5, 2.0), 2) * (1 if value >= 0 else -1)
        self.w.add("Nhìn chung, tình hình kinh tế - xã hội của tỉnh tiếp tục ổn định; " + headline.subject + " ")
        self.w.add("tăng " if value > 0 else "giảm ")
        fig = self.w.figure(value, headline.unit_text, measure=headline.measure, indicator=headline.indicator,
                            subject=headline.subject, period=self.period, comparison_period=self.previous_period,
                            estimate=True)
        self.w.add(" so với cùng kỳ, là cơ sở quan trọng để hoàn thành các mục tiêu của cả năm.\n")
        if self.plant_kind == "duplicate_value":
            self._planted("duplicate_value", [fig, headline], f"restated as {value}, first stated as {headline.value}")

    def _header(self, issued: date) -> None:
        name = self.province.name
        self.w.add(f"ỦY BAN NHÂN DÂN\nTỈNH {name.upper()}\nSố: {self.number}/BC-UBND\n")
        self.w.add(f"{name}, ngày {issued.day} tháng {issued.month} năm {issued.year}\n\nBÁO CÁO\n")
        next_phrase = _NEXT_PHRASE[self.kind].format(y=self.year, n=self.year + 1)
        self.w.add(f"Tình hình kinh tế - xã hội {_PERIOD_PHRASE[self.kind].format(y=self.year)}; "
                   f"nhiệm vụ, giải pháp trọng tâm {next_phrase}\n")

    def build(self) -> SyntheticReport:
        month, first_day = {"H1": (6, 12), "9M": (9, 14), "Y": (12, 4)}[self.kind]
        issued = date(self.year, month, first_day + self.rng.randrange(14))
        self._header(issued)
        for s in self.t.series:
            self._section(s.section)
            if s.parts:
                self._breakdown(s)
            elif s.plan:
                self._plan(s)
            else:
                self._simple(s)
        self._closing()
        text = self.w.text()
        if normalise(text) != text:
            raise AssertionError("the generated text is not in normal form: offsets would shift")
        report = Report(
            report_id=self.report_id, province=self.province.local, issuer=f"UBND tỉnh {self.province.name}",
            number=f"{self.number}/BC-UBND", date=issued, period=self.period,
            title_en=f"{self.province.name}: socio-economic situation, {self.period} (synthetic)",
            source=f"{self.report_id}.txt", text_sha256=text_sha256(text), text_length=len(text),
        )
        return SyntheticReport(report, text, self.w.figures)


def generate_corpus(n: int, seed: int = 1, *, template: Template | None = None,
                    provinces: list[Province] | None = None, plant_every: int = 10) -> Corpus:
    """N coherent synthetic reports with one planted inconsistency in every ``plant_every``-th (0: none)."""
    if n < 1:
        raise InputError("the corpus needs at least one report")
    template = template or load_template(default_template())
    provinces = provinces or load_provinces()
    plan = corpus_plan(n, provinces)
    in_corpus = {(p.local, y, k) for p, y, k in plan}
    offset = random.Random(f"{seed}:plants").randrange(plant_every) if plant_every else 0
    plants: dict[int, str] = {}
    order = list(PLANT_KINDS)  # kinds take turns; a kind that does not fit a report waits for the next one
    for i, (p, y, k) in enumerate(plan):
        if plant_every and i % plant_every == offset:
            kind = next(kind for kind in order if kind != "wrong_change" or (p.local, y - 1, k) in in_corpus)
            order.remove(kind)
            order.append(kind)
            plants[i] = kind
    # Each province is written in time order so that its changes use the levels it stated a year earlier.
    by_province: dict[str, list[int]] = {}
    for i, (p, _, _) in enumerate(plan):
        by_province.setdefault(p.local, []).append(i)
    built: dict[int, SyntheticReport] = {}
    corpus_plants: dict[int, Plant] = {}
    for local, indexes in by_province.items():
        factor = math.exp(random.Random(f"{seed}:size:{local}").gauss(0, 0.5))
        levels = _Levels(seed, local, factor)
        for i in indexes:
            p, y, k = plan[i]
            number = 100 + random.Random(f"{seed}:number:{local}:{y}:{k}").randrange(800)
            builder = _ReportBuilder(seed, template, p, y, k, levels, number, plants.get(i))
            built[i] = builder.build()
            if builder.plant is not None:
                corpus_plants[i] = builder.plant
    return Corpus([built[i] for i in range(len(plan))], [corpus_plants[i] for i in sorted(corpus_plants)])


def write_corpus(corpus: Corpus, folder: Path) -> tuple[Path, Path]:
    """Write data/reports.csv, data/factsheets/*.csv and texts/*.txt under ``folder``; return (data, texts)."""
    data, texts = folder / "data", folder / "texts"
    (data / "factsheets").mkdir(parents=True, exist_ok=True)
    texts.mkdir(parents=True, exist_ok=True)
    with (data / "reports.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=REPORT_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for item in corpus.reports:
            r = item.report
            writer.writerow({"report_id": r.report_id, "province": r.province, "issuer": r.issuer,
                             "number": r.number, "date": r.date.isoformat(), "period": r.period,
                             "title_en": r.title_en, "source": r.source, "text_sha256": r.text_sha256,
                             "text_length": r.text_length})
    for item in corpus.reports:
        with (data / "factsheets" / f"{item.report.report_id}.csv").open("w", encoding="utf-8", newline="") as out:
            write_factsheet(item.figures, out)
        (texts / item.report.source).write_text(item.text, encoding="utf-8")
    return data, texts


def drop_flagged_series(template: Template, seed: int = 1) -> tuple[Template, list[str]]:
    """The template without the series the shapes already object to in one coherent report (units the
    reference data does not know or allow, ratios outside bounds.ttl, ...): those are findings about the
    template or the reference data, not planted ones, and would blur the count of false positives."""
    from pyoxigraph import Quad, Store

    from provkg.core.namespaces import REFERENCE_GRAPH
    from provkg.pipeline.rdfmap import report_iri, report_triples
    from provkg.reference.loader import load_reference
    from provkg.validate.engine import validate_graph

    reference = load_reference()
    provinces = load_provinces()
    levels = _Levels(seed, provinces[0].local, 1.0)
    item = _ReportBuilder(seed, template, provinces[0], FIRST_YEAR, "H1", levels, 100, None).build()
    graph = NamedNode(report_iri(item.report.report_id))
    store = Store()
    store.extend(Quad(t.subject, t.predicate, t.object, NamedNode(REFERENCE_GRAPH)) for t in reference.triples)
    store.extend(Quad(t.subject, t.predicate, t.object, graph)
                 for t in report_triples(item.report, item.figures, units=reference.units, text=item.text))
    by_iri = {observation_iri(item.report.report_id, f.start): f.indicator for f in item.figures}
    flagged: set[str] = set()
    for finding in validate_graph(store, report_iri=graph.value).results:
        flagged.update(str(by_iri[iri]) for iri in (finding.focus, *finding.related) if iri in by_iri)
    kept = tuple(s for s in template.series if not ({s.indicator, *(p.indicator for p in s.parts)} & flagged))
    return Template(kept), sorted(flagged)
