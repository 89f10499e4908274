"""The area index: a place name as a report writes it -> the province, district, town or city it names.

Names are compared folded (case, spacing, tone placement: "Hoà Bình" = "Hòa Bình"), with or without their type word
("huyện Mộc Châu", "TX. Mộc Châu", "Mộc Châu"). One name may belong to several areas ("Châu Thành" is a district of
eight provinces, "Điện Biên" a province and one of its districts): the report's province decides, then the kind the
type word says, then a province over a district for a bare name. A name still shared after that links to nothing,
rather than to a guess. Every label of ontology/areas.ttl counts, the shared ones (skos:hiddenLabel) included.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from pyoxigraph import Literal, NamedNode

from provkg.core.namespaces import AREA, PK, RDF, RDFS, SKOS
from provkg.reference.labels import LabelIndex, normalise_label
from provkg.reference.loader import Reference, load_reference

REORGANISATION_2025 = date(2025, 7, 1)

# Type words before a name, longest first; the kind of unit each one names.
_TYPE_WORDS: tuple[tuple[str, str], ...] = (
    ("thành phố", "any"), ("thị xã", "District"), ("huyện", "District"), ("quận", "District"), ("tỉnh", "Province"),
    ("tp.", "any"), ("tx.", "District"), ("tp", "any"), ("tx", "District"),
)
_LABEL_PREDICATES = frozenset({RDFS + "label", SKOS + "prefLabel", SKOS + "altLabel", SKOS + "hiddenLabel"})


@dataclass(frozen=True)
class Area:
    """One administrative area of the reference data."""

    local: str  # local name under pka:, e.g. "son-la/moc-chau"
    kind: str  # "Province" | "District"
    province: str  # the province it is in (itself for a province)
    formed_2025: bool  # a province formed on 1 July 2025
    ended_2025: bool  # ceased on 1 July 2025
    merged_into: str | None  # for a province merged on 1 July 2025

    @property
    def iri(self) -> str:
        return AREA + self.local


def _key(name: str) -> str:
    """The folded form of a name, punctuation around words and dashes made spaces ("Bà Rịa-Vũng Tàu")."""
    return " ".join(re.sub(r"[\s\-–,;:()]+", " ", normalise_label(unicodedata.normalize("NFC", name))).split())


def name_key(name: str) -> str:
    """The form area names are compared in (folded, punctuation and dashes as spaces), for text searched for them."""
    return _key(name)


def _without_marks(key: str) -> str:
    """A folded name without diacritics, for text that lost them ("Muong Nhe")."""
    plain = unicodedata.normalize("NFD", key.replace("đ", "d"))
    return "".join(ch for ch in plain if not unicodedata.combining(ch))


def _split_type_word(key: str) -> tuple[str, str]:
    """("huyện", "mộc châu") from "huyện mộc châu"; ("", name) when there is no type word."""
    for word, _kind in _TYPE_WORDS:
        if key.startswith(word + " "):
            return word, key[len(word) + 1:].strip()
    return "", key


class AreaIndex:
    """Every area of the reference data by every name it is written with."""

    def __init__(self, areas: Iterable[Area], names: Iterable[tuple[str, str]]) -> None:
        self.areas = {area.local: area for area in areas}
        self.by_name: dict[str, list[str]] = {}
        self.by_bare_name: dict[str, list[str]] = {}
        self.by_plain_name: dict[str, list[str]] = {}
        self.label_forms: set[str] = set()
        for local, name in names:
            if local not in self.areas:
                continue
            self.label_forms.add(normalise_label(name))
            key = _key(name)
            for index, k in ((self.by_name, key), (self.by_bare_name, _split_type_word(key)[1]),
                             (self.by_plain_name, _without_marks(key))):
                owners = index.setdefault(k, [])
                if local not in owners:
                    owners.append(local)

    @classmethod
    def from_reference(cls, reference: Reference) -> AreaIndex:
        triples = reference.triples
        kinds: dict[str, str] = {}
        province_of: dict[str, str] = {}
        merged: dict[str, str] = {}
        validity: dict[str, str] = {}
        names: list[tuple[str, str]] = []
        for t in triples:
            subject = t.subject.value
            if not isinstance(t.subject, NamedNode) or not subject.startswith(AREA):
                continue
            local, predicate = subject[len(AREA):], t.predicate.value
            if predicate == RDF + "type" and t.object.value in (PK + "Province", PK + "District"):
                kinds[local] = t.object.value[len(PK):]
            elif predicate == PK + "inProvince":
                province_of[local] = t.object.value[len(AREA):]
            elif predicate == PK + "mergedInto":
                merged[local] = t.object.value[len(AREA):]
            elif predicate == PK + "validDuring":
                validity[local] = t.object.value[len(PK):]
            elif predicate in _LABEL_PREDICATES and isinstance(t.object, Literal) and t.object.language == "vi":
                names.append((local, t.object.value))
        areas = [Area(local, kind, province_of.get(local, local), validity.get(local) == "SinceReorganisation2025",
                      validity.get(local) == "UntilReorganisation2025", merged.get(local))
                 for local, kind in kinds.items()]
        return cls(areas, names)

    # --- one name ---------------------------------------------------------------------------------------------

    def candidates(self, name: str) -> list[Area]:
        """Every area a name may mean: by its full form, else by the name without its type word (a district that
        changed type: "huyện Mộc Châu" is the town of Mộc Châu), else without diacritics."""
        key = _key(name)
        word, bare = _split_type_word(key)
        found = self.by_name.get(key) or (self.by_bare_name.get(bare) if bare else None) \
            or self.by_plain_name.get(_without_marks(key)) or []
        wanted = dict(_TYPE_WORDS).get(word, "any")
        areas = [self.areas[local] for local in found]
        fitting = [a for a in areas if wanted in ("any", a.kind)]
        return fitting or areas

    def resolve(self, name: str, province: str | None = None, on: date | None = None) -> str | None:
        """The local name (under pka:) of the area a report of ``province`` (a local name such as "son-la")
        means by ``name``, or None when the name is unknown or still ambiguous.

        ``on``, the report's date, chooses between a province before 1 July 2025 and the one formed then under
        the same name (default: before)."""
        areas = self.candidates(name)
        if len(areas) > 1 and province:
            home = self.areas.get(province)
            homes = {province, home.merged_into} if home else {province}
            inside = [a for a in areas if a.province in homes or a.local in homes]
            # a report of a merged province also names places of its other parts ("Phú Quốc" in An Giang's)
            successor = self.province_in_2025(province)
            together = [a for a in areas if successor and self.province_in_2025(a.local) == successor]
            areas = inside or together or areas
        if len(areas) > 1:
            provinces = [a for a in areas if a.kind == "Province"]
            areas = provinces or areas
        if len(areas) > 1:
            after = on is not None and on >= REORGANISATION_2025
            in_time = [a for a in areas if (a.formed_2025 if after else not a.formed_2025)]
            areas = in_time or areas
        return areas[0].local if len(areas) == 1 else None

    def province_in_2025(self, local: str) -> str | None:
        """The province (local name) that holds an area from 1 July 2025: a merged province's successor, an
        unchanged province itself, a district's province's successor."""
        area = self.areas.get(local)
        if area is None:
            return None
        province = self.areas[area.province] if area.province in self.areas else area
        return province.merged_into or province.local

    # --- names in text ----------------------------------------------------------------------------------------

    @cached_property
    def _finder(self) -> LabelIndex:
        return LabelIndex({label: label for label in self.label_forms if not label.isdigit()})

    def find_all(self, text: str, province: str | None = None, on: date | None = None) -> list[tuple[int, int, str]]:
        """Every area named in ``text``, resolved for a report of ``province``: (start, end, local name), offsets
        into ``text``; a name that stays ambiguous is left out."""
        found = []
        for start, end, key in self._finder.find_all(text):
            local = self.resolve(key, province, on)
            if local is not None:
                found.append((start, end, local))
        return found


def area_index(reference: Reference | None = None) -> AreaIndex:
    """The area index of the reference data (default: the project's ontology/), built once per reference."""
    return (reference or load_reference()).derived("areas", AreaIndex.from_reference)


@dataclass(frozen=True)
class ProvinceNames:
    """Every Vietnamese name of each province a report's header may name, for the header reader.

    ``labels``: local name -> main label of the 63 provinces of 2015 – 30 June 2025 (the provinces reports are filed
    under); ``names``: (name as written, local name) of every label, altLabel and hiddenLabel of each ("Huế",
    "thành phố Huế", "TP. Huế"), a 2025 province's names filed under the province whose name it took;
    ``after_2025``: a province merged on 1 July 2025 -> the province whose name its successor bears (a text dated
    after the merger that names a former province means the one that holds it now)."""

    labels: dict[str, str]
    names: tuple[tuple[str, str], ...]
    after_2025: dict[str, str]

    @classmethod
    def of_labels(cls, labels: Mapping[str, str]) -> ProvinceNames:
        """Names from main labels only (a caller without the reference data: tests, a hand-made map)."""
        return cls(dict(labels), tuple((label, local) for local, label in labels.items()), {})

    @classmethod
    def from_reference(cls, reference: Reference) -> ProvinceNames:
        index = area_index(reference)
        labels = reference.provinces
        names: list[tuple[str, str]] = []
        after: dict[str, str] = {}
        # the province of 2015–2025 each 2025 province took its name from (the manifest files reports under it)
        namesake: dict[str, str] = {}
        for local in labels:
            successor = index.province_in_2025(local)
            if successor and successor != local and _key(labels[local]) in _province_keys(index, successor):
                namesake[successor] = local
        for local in labels:
            successor = index.province_in_2025(local) or local
            after[local] = namesake.get(successor, successor if successor in labels else local)
        for name, owners in index.by_name.items():
            for owner in owners:
                area = index.areas[owner]
                if area.kind != "Province":
                    continue
                local = owner if owner in labels else namesake.get(owner)
                if local is not None:
                    names.append((name, local))
        return cls(dict(labels), tuple(names), after)


def _province_keys(index: AreaIndex, local: str) -> set[str]:
    return {name for name, owners in index.by_name.items() if local in owners}


def province_names(reference: Reference | None = None) -> ProvinceNames:
    """The header reader's province names of the reference data (default: the project's ontology/)."""
    return (reference or load_reference()).derived("province-names", ProvinceNames.from_reference)
