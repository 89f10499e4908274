"""The extractor's view of the reference data: indicator, cause and area labels, units, places and projects."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from provkg.core.namespaces import INDICATOR, PK, UNIT
from provkg.read.header import Provinces
from provkg.reference.areas import AreaIndex, area_index, province_names
from provkg.reference.labels import LabelIndex
from provkg.reference.loader import load_reference
from provkg.reference.projects import ProjectIndex, project_index


@dataclass(frozen=True)
class Lexicon:
    indicators: LabelIndex
    causes: LabelIndex
    areas: LabelIndex
    units: frozenset[str]
    # Unit concepts by their lower-case labels, and the units each indicator allows (local name -> unit IRIs):
    # a figure's unit tells which of two candidate indicators it can belong to.
    unit_iris: dict[str, frozenset[str]] = field(default_factory=dict)
    allowed_units: dict[str, frozenset[str]] = field(default_factory=dict)
    provinces: Provinces = field(default_factory=dict)  # every Vietnamese name of each province (or labels)
    places: AreaIndex | None = None  # every province and district by every name, resolved by the report's province
    works: ProjectIndex | None = None  # projects and programmes, known or named in text (provisional IRIs)
    stocks: frozenset[str] = frozenset()  # indicators whose level is counted at a date (pk:isStock)
    ancestors: dict[str, frozenset[str]] = field(default_factory=dict)  # indicator -> its broader indicators
    unit_bases: dict[str, str] = field(default_factory=dict)  # unit IRI -> the unit it multiplies (pk:baseUnit)
    # indicator -> the base units of its allowed units (a multiple of an allowed unit fits), computed once
    allowed_bases: dict[str, frozenset[str]] = field(default_factory=dict)
    # indicator -> the one standing for any part of its breakdown named by its own words (pk:namedPartOf)
    named_parts: dict[str, str] = field(default_factory=dict)
    # indicator of one named work -> the programme-wide indicator (pk:perWorkOf)
    per_work: dict[str, str] = field(default_factory=dict)
    # indicators whose default unit (pk:defaultUnit) is a count or an amount, not a percentage: a percentage level
    # of one of them is a share of it ("tỷ lệ trường đạt chuẩn quốc gia 96%" of the schools meeting the standard)
    counted: frozenset[str] = frozenset()

    @cached_property
    def narrower(self) -> dict[str, list[str]]:
        """indicator -> the indicators below it, in the order of ``ancestors`` (found once, not at every part)."""
        below: dict[str, list[str]] = {}
        for local, ancestors in self.ancestors.items():
            for ancestor in ancestors:
                below.setdefault(ancestor, []).append(local)
        return below

    @cached_property
    def indicator_order(self) -> dict[str, int]:
        """indicator -> its place in ``ancestors``: where several fit alike, the first one there wins."""
        return {local: place for place, local in enumerate(self.ancestors)}

    def unit_fit(self, indicator: str, unit_text: str) -> int:
        """1 when the unit is one the indicator allows, -1 when it is a known unit the indicator does not allow,
        0 when the unit says nothing (unknown spelling, no unit, or an indicator without allowed units)."""
        iris = self.unit_iris.get(unit_text.lower())
        allowed = self.allowed_units.get(indicator)
        if not iris or not allowed:
            return 0
        if iris & allowed:
            return 1
        # a multiple of an allowed unit is allowed: thousand tonnes where tonnes are
        bases = {self.unit_bases.get(iri, iri) for iri in iris}
        return 1 if bases & self.allowed_bases.get(indicator, frozenset()) else -1


@lru_cache(maxsize=4)
def load_lexicon(ontology_dir: Path | None = None) -> Lexicon:
    """The extractor's view of the reference data's labels (default: the project's ontology/)."""
    reference = load_reference(ontology_dir)
    labels = reference.labels
    allowed = {iri[len(INDICATOR):]: iris for iri, iris in reference.units.allowed.items() if iri.startswith(INDICATOR)}
    bases = reference.unit_bases
    return Lexicon(
        indicators=labels.indicators,
        causes=labels.causes,
        areas=labels.areas,
        units=labels.unit_spellings,
        unit_iris={label: frozenset(iris) for label, iris in reference.units.by_label.items()},
        allowed_units=allowed,
        provinces=province_names(reference),
        places=area_index(reference),
        works=project_index(reference),
        stocks=reference.stock_indicators,
        ancestors=reference.indicator_ancestors,
        unit_bases=bases,
        allowed_bases={local: frozenset(bases.get(iri, iri) for iri in iris) for local, iris in allowed.items()},
        named_parts=reference.named_parts,
        per_work=reference.per_work,
        counted=frozenset(
            t.subject.value[len(INDICATOR):] for t in reference.triples
            if t.predicate.value == _DEFAULT_UNIT and t.subject.value.startswith(INDICATOR)
            and not _RATIO_UNIT.search(t.object.value[len(UNIT):])
        ),
    )


_DEFAULT_UNIT = PK + "defaultUnit"
# Default units that are no count or amount: percentages, rates per something, points, indices.
_RATIO_UNIT = re.compile(r"(?:^|-)per(?:cent|-|$)|point|index|ratio|times")  # ("person" is a count)
