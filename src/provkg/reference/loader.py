"""The one loader of the ontology and reference data (ontology/*.ttl), and the indexes every stage derives from it.

Build, extract, ingest, validate, serve and the benchmark all read the reference data through
:func:`load_reference`, parsed once per folder and process.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, TypeVar

from pyoxigraph import BlankNode, Literal, NamedNode, RdfFormat, Triple, parse

from provkg.core.errors import InputError
from provkg.core.namespaces import AREA, CAUSE, INDICATOR, PK, RDF, RDFS, SKOS, UNIT
from provkg.core.paths import data_dir
from provkg.core.paths import ontology_dir as default_ontology_dir
from provkg.reference.labels import LabelIndex

T = TypeVar("T")

_PREF_ALT = (NamedNode(SKOS + "prefLabel"), NamedNode(SKOS + "altLabel"))
_RDFS_LABEL = NamedNode(RDFS + "label")
_TYPE = NamedNode(RDF + "type")
_ALLOWED_UNIT = NamedNode(PK + "allowedUnit")
_BROADER = NamedNode(SKOS + "broader")
_ADDITIVE_PART_OF = NamedNode(PK + "additivePartOf")
_IS_STOCK = NamedNode(PK + "isStock")
_NAMED_PART_OF = NamedNode(PK + "namedPartOf")
_PER_WORK_OF = NamedNode(PK + "perWorkOf")
_BASE_UNIT = NamedNode(PK + "baseUnit")
_PROVINCE = NamedNode(PK + "Province")
_VALID_DURING = NamedNode(PK + "validDuring")
_SINCE_2025 = NamedNode(PK + "SinceReorganisation2025")


def _plain_area_label(owners: list[str]) -> bool:
    """Whether the plain label index keeps an area label: it names one area, or first a province of before 2025
    (whose name a province of 2025 took over). Names shared by districts go to the area index, which knows the
    report's province."""
    return len(owners) == 1 or "/" not in owners[0]


@dataclass(frozen=True)
class KnownIds:
    """The IRIs the reference data defines, to check that a sheet names only things that exist."""

    iris: frozenset[str]

    def has(self, namespace: str, local_name: str) -> bool:
        return namespace + local_name in self.iris


# Words of an English name that do not tell one quantity from another.
_ENGLISH_FUNCTION_WORDS = frozenset("a an the of in for by from to on at with and or its their".split())


def english_name_key(name: str) -> str:
    """An English name of a quantity as names are compared: its words lower-cased, in any order, without
    punctuation, function words and plural endings ("Output of rice" and "rice outputs" are one name; the words
    inside brackets count)."""
    words = set()
    for word in re.findall(r"[^\W_]+", name.lower()):
        if word in _ENGLISH_FUNCTION_WORDS:
            continue
        if len(word) > 4 and word.endswith("ies"):
            word = word[:-3] + "y"
        elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
            word = word[:-1]
        words.add(word)
    return " ".join(sorted(words))


@dataclass(frozen=True)
class UnitIndex:
    """Unit concepts by the way they are written (their Vietnamese labels), from the reference data.

    One spelling may name two units ("điểm": a score, or a site); the indicator's allowed units decide.
    """

    by_label: dict[str, list[str]]
    allowed: dict[str, frozenset[str]]

    def lookup(self, unit_text: str, indicator: str | None = None) -> NamedNode | None:
        candidates = self.by_label.get(unit_text.casefold(), [])
        allowed = self.allowed.get(INDICATOR + indicator, frozenset()) if indicator else frozenset()
        fitting = [iri for iri in candidates if iri in allowed] or candidates
        return NamedNode(fitting[0]) if fitting else None


@dataclass(frozen=True)
class Labels:
    """Vietnamese labels by kind of concept, as label indexes, and the units' spellings."""

    indicators: LabelIndex
    causes: LabelIndex
    areas: LabelIndex
    unit_spellings: frozenset[str]


@dataclass(frozen=True)
class Reference:
    """The ontology and reference data, and the indexes derived from them (built on first use)."""

    triples: list[Triple]
    folder: Path | None = field(default=None, compare=False)
    _derived: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def derived(self, name: str, build: Callable[[Reference], T]) -> T:
        """An index another module derives from this reference data (the areas', the projects'), built once."""
        if name not in self._derived:
            self._derived[name] = build(self)
        return self._derived[name]

    @cached_property
    def known(self) -> KnownIds:
        return KnownIds(frozenset(t.subject.value for t in self.triples if isinstance(t.subject, NamedNode)))

    @cached_property
    def units(self) -> UnitIndex:
        spellings: dict[str, list[str]] = {}
        allowed: dict[str, set[str]] = {}
        for t in self.triples:
            if t.predicate in _PREF_ALT and isinstance(t.subject, NamedNode) and t.subject.value.startswith(UNIT):
                candidates = spellings.setdefault(t.object.value.casefold(), [])
                if t.subject.value not in candidates:
                    candidates.append(t.subject.value)
            elif t.predicate == _ALLOWED_UNIT:
                allowed.setdefault(t.subject.value, set()).add(t.object.value)
        return UnitIndex(spellings, {indicator: frozenset(iris) for indicator, iris in allowed.items()})

    @cached_property
    def labels(self) -> Labels:
        maps: dict[str, dict[str, str]] = {k: {} for k in ("indicator", "cause", "area")}
        area_owners: dict[str, list[str]] = {}
        unit_spellings: set[str] = set()
        for t in self.triples:
            if t.predicate not in _PREF_ALT and t.predicate != _RDFS_LABEL:
                continue
            if not isinstance(t.subject, NamedNode) or not isinstance(t.object, Literal):
                continue
            iri, label = t.subject.value, t.object.value.strip()
            if t.object.language not in (None, "vi") or (t.object.language is None and not iri.startswith(UNIT)):
                continue
            for kind, namespace in (("indicator", INDICATOR), ("cause", CAUSE)):
                if iri.startswith(namespace):
                    maps[kind][label] = iri[len(namespace):]
            if iri.startswith(AREA):
                owners = area_owners.setdefault(label, [])
                if iri[len(AREA):] not in owners:
                    owners.append(iri[len(AREA):])
            if iri.startswith(UNIT):
                unit_spellings.add(label)
        maps["area"] = {label: owners[0] for label, owners in area_owners.items() if _plain_area_label(owners)}
        for kind in ("indicator", "cause"):
            maps[kind] = with_regional_words(maps[kind])
        return Labels(
            indicators=LabelIndex(maps["indicator"]), causes=LabelIndex(maps["cause"]),
            areas=LabelIndex(maps["area"]), unit_spellings=frozenset(unit_spellings),
        )

    @cached_property
    def unit_bases(self) -> dict[str, str]:
        """Unit IRI -> the IRI of the unit it is a multiple of (pk:baseUnit): thousand tonnes -> tonne."""
        return {t.subject.value: t.object.value for t in self.triples if t.predicate == _BASE_UNIT}

    @cached_property
    def stock_indicators(self) -> frozenset[str]:
        """Local names of the indicators whose level is counted at a date (pk:isStock true)."""
        return frozenset(
            t.subject.value[len(INDICATOR):] for t in self.triples
            if t.predicate == _IS_STOCK and t.object.value == "true" and t.subject.value.startswith(INDICATOR)
        )

    @cached_property
    def named_parts(self) -> dict[str, str]:
        """Local name of an indicator -> the indicator standing for any part of its breakdown named by its own
        words (pk:namedPartOf): export value -> export value of a main product."""
        return {
            t.object.value[len(INDICATOR):]: t.subject.value[len(INDICATOR):] for t in self.triples
            if t.predicate == _NAMED_PART_OF and t.subject.value.startswith(INDICATOR)
            and t.object.value.startswith(INDICATOR)
        }

    @cached_property
    def per_work(self) -> dict[str, str]:
        """Local name of an indicator of one named work -> the programme-wide indicator (pk:perWorkOf)."""
        return {
            t.subject.value[len(INDICATOR):]: t.object.value[len(INDICATOR):] for t in self.triples
            if t.predicate == _PER_WORK_OF and t.subject.value.startswith(INDICATOR)
            and t.object.value.startswith(INDICATOR)
        }

    @cached_property
    def indicator_ancestors(self) -> dict[str, frozenset[str]]:
        """Local name -> the local names of every broader indicator, transitively (skos:broader and its
        sub-property pk:additivePartOf): GRDP's sectors -> GRDP."""
        parents: dict[str, set[str]] = {}
        for t in self.triples:
            if t.predicate in (_BROADER, _ADDITIVE_PART_OF, _NAMED_PART_OF) and t.subject.value.startswith(INDICATOR) \
                    and t.object.value.startswith(INDICATOR):
                parents.setdefault(t.subject.value[len(INDICATOR):], set()).add(t.object.value[len(INDICATOR):])
        ancestors: dict[str, frozenset[str]] = {}
        for local in parents:
            seen: set[str] = set()
            todo = list(parents[local])
            while todo:
                parent = todo.pop()
                if parent not in seen:
                    seen.add(parent)
                    todo.extend(parents.get(parent, ()))
            ancestors[local] = frozenset(seen)
        return ancestors

    @cached_property
    def indicator_english_names(self) -> dict[str, str]:
        """English name key (:func:`english_name_key`) -> indicator local name: the prefLabel@en and the
        altLabel@en names curators recorded (among them the names annotators proposed for a concept the scheme then
        lacked), each also without its bracketed words ("Consumer price index (CPI)" is "consumer price index"
        too). A key two indicators share names neither."""
        names: dict[str, set[str]] = {}
        for t in self.triples:
            if t.predicate in _PREF_ALT and isinstance(t.object, Literal) and t.object.language == "en" \
                    and t.subject.value.startswith(INDICATOR):
                local = t.subject.value[len(INDICATOR):]
                for written in {t.object.value, re.sub(r"\([^)]*\)", " ", t.object.value)}:
                    if key := english_name_key(written):
                        names.setdefault(key, set()).add(local)
        return {key: next(iter(found)) for key, found in names.items() if len(found) == 1}

    @cached_property
    def provinces(self) -> dict[str, str]:
        """Local name → Vietnamese label of every province of 1 January 2015 – 30 June 2025 (the 63 the reports'
        headers name; a province formed on 1 July 2025 shares its name with one of them: provkg.reference.areas
        maps between the two)."""
        formed_2025 = {t.subject.value for t in self.triples
                       if t.predicate == _VALID_DURING and t.object == _SINCE_2025}
        iris = {t.subject.value for t in self.triples if t.predicate == _TYPE and t.object == _PROVINCE} - formed_2025
        labels = {}
        for t in self.triples:
            if t.subject.value in iris and t.predicate in (_RDFS_LABEL, _PREF_ALT[0]) \
                    and getattr(t.object, "language", None) == "vi":
                labels[t.subject.value.removeprefix(AREA)] = t.object.value
        return labels


def _stable_blank_nodes(triples: Iterable[Triple], prefix: str) -> Iterator[Triple]:
    """Name blank nodes by file and order of appearance: the parser's random names would make every build differ."""
    names: dict[BlankNode, BlankNode] = {}

    def stable(term: Any) -> Any:
        if isinstance(term, BlankNode):
            return names.setdefault(term, BlankNode(f"{prefix.replace('-', '')}b{len(names)}"))
        return term

    for t in triples:
        yield Triple(stable(t.subject), t.predicate, stable(t.object))


def parse_turtle_file(path: Path) -> list[Triple]:
    """One Turtle file of the reference data, blank nodes named stably (a syntax error names the file and line)."""
    try:
        return list(_stable_blank_nodes(parse(path=str(path), format=RdfFormat.TURTLE), path.stem))
    except SyntaxError as exc:
        raise InputError(f"Turtle syntax error: {exc}", str(path)) from exc


def parse_turtle_folder(folder: Path) -> list[Triple]:
    """Every Turtle file of a folder, in name order."""
    if not folder.is_dir():
        raise InputError("ontology folder not found", str(folder))
    return [t for path in sorted(folder.glob("*.ttl")) for t in parse_turtle_file(path)]


@lru_cache(maxsize=4)
def _load(folder: Path) -> Reference:
    return Reference(parse_turtle_folder(folder), folder)


def load_reference(ontology_dir: Path | None = None) -> Reference:
    """The reference data of the ontology folder (default: the project's ``ontology/``), read once per folder."""
    return _load((ontology_dir or default_ontology_dir()).resolve())


@lru_cache(maxsize=1)
def regional_words() -> tuple[tuple[str, str], ...]:
    """(regional word, standard word) pairs of ``vocabularies/regional-words.toml`` ("heo" for "lợn")."""
    path = data_dir("vocabularies") / "regional-words.toml"
    try:
        with path.open("rb") as handle:
            words = tomllib.load(handle)["words"]
    except (OSError, KeyError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"{path}: not a usable list of regional words ({exc})") from exc
    return tuple((regional, standard) for regional, standard in words.items())


def with_regional_words(labels: dict[str, str]) -> dict[str, str]:
    """The labels and, for each holding a standard word, the same label with its regional word ("đàn heo" beside
    "đàn lợn"); a label the ontology writes itself is never replaced."""
    expanded = dict(labels)
    for label, local in labels.items():
        for regional, standard in regional_words():
            pattern = re.compile(rf"(?<!\w){re.escape(standard)}(?!\w)", re.IGNORECASE)
            if pattern.search(label):
                expanded.setdefault(pattern.sub(regional, label), local)
    return expanded
