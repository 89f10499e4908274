"""`provkg curate`: what the reference data lacks, as reports show it, for a curator to confirm, merge or rename.

Reports are read and extracted as `provkg ingest` would (nothing is stored), and three kinds of candidates are
gathered with every place they occur (report, offset, quote):

- indicator: the subject of figures linked to no indicator, grouped by its folded words;
- unit: a unit as written that no unit concept of ontology/reference.ttl spells so;
- project: a named work or programme (provkg.reference.projects) the reference data does not hold, with the
  provisional IRI it links to until confirmed (pkp:<province>/<name>); with ``include_known`` also the known ones.

docs/curation.md tells what a curator does with each.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from provkg.core.namespaces import INDICATOR, PROJECT, SKOS, UNIT
from provkg.core.text import quote_around
from provkg.extract.extractor import load_lexicon
from provkg.pipeline.ingest import prepare
from provkg.reference.areas import province_names
from provkg.reference.labels import normalise_label
from provkg.reference.loader import load_reference
from provkg.reference.projects import project_index, slug

KINDS = ("indicator", "unit", "project")


@dataclass(frozen=True)
class Occurrence:
    report: str
    start: int
    end: int
    quote: str


@dataclass
class Candidate:
    """One thing the reference data may need: its kind, how it is written, what it would become."""

    kind: str
    label: str  # the most frequent way it is written
    proposal: str  # the IRI it gets (project) or a local name to start from (indicator, unit)
    status: str  # "new" (not in the reference data), "provisional" (a project's provisional IRI), "known"
    occurrences: list[Occurrence] = field(default_factory=list)
    spellings: dict[str, int] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return len(self.occurrences)

    def add(self, written: str, occurrence: Occurrence) -> None:
        self.spellings[written] = self.spellings.get(written, 0) + 1
        self.label = max(self.spellings, key=lambda s: (self.spellings[s], -len(s)))
        self.occurrences.append(occurrence)


def _subject_key(subject: str) -> str:
    """A subject's words that say what is measured, folded ("Tổng   SẢN LƯỢNG điều 2025" -> "tổng sản lượng điều")."""
    return " ".join(re.sub(r"[\d.,%()/:;\-–]+", " ", normalise_label(subject)).split())


# Words after a number that do not count anything ("tăng 5 so với", "đạt 3 trong").
_NOT_COUNTED = frozenset({"so", "với", "và", "trong", "đạt", "tăng", "giảm", "năm", "tháng", "ngày", "của", "là",
                          "được", "có", "trên", "tại", "theo", "đến", "từ", "thì", "nên", "do", "vì", "để", "dự",
                          "đã", "đang", "sẽ", "hoàn", "dừng", "liên", "toàn", "khởi", "bị", "cho", "các", "những"})


def _counted_noun(text: str, end: int) -> str:
    """The word or two right after a number without a unit the extractor knows ("312 thuyền máy"), or ""."""
    match = re.match(r"[ \t]+([^\W\d_]+)(?:[ \t]+([^\W\d_]+))?", text[end:end + 40])
    if not match or not match.group(1).islower() or match.group(1) in _NOT_COUNTED:
        return ""
    second = match.group(2)
    return match.group(1) if not second or not second.islower() or second in _NOT_COUNTED \
        else f"{match.group(1)} {second}"


def curate(
    reports: Iterable[Path], *, include_known: bool = False, progress: Callable[[str], None] | None = None
) -> list[Candidate]:
    """Candidates from the reports, most frequent first within each kind."""
    reference = load_reference()
    provinces = province_names(reference)
    lexicon = load_lexicon()
    projects = project_index(reference)
    # spellings a unit concept keeps out of the unit index on purpose ("lần", a multiplier) are not candidates
    hidden_units = {t.object.value.casefold() for t in reference.triples
                    if t.subject.value.startswith(UNIT) and t.predicate.value == SKOS + "hiddenLabel"}
    found: dict[tuple[str, str], Candidate] = {}

    def note(kind: str, key: str, written: str, proposal: str, status: str, occurrence: Occurrence) -> None:
        candidate = found.setdefault((kind, key), Candidate(kind, written, proposal, status))
        candidate.add(written, occurrence)

    for path in reports:
        prepared = prepare(path, reference, provinces, lexicon)
        report, text = prepared.report, prepared.text
        figures = prepared.extraction.figures
        if progress:
            progress(f"{path}: {report.report_id}: {len(figures)} figures, {len(prepared.extraction.unmapped)} "
                     "without an indicator")
        for figure in figures:
            where = Occurrence(report.report_id, figure.start, figure.end, quote_around(text, figure.start, figure.end))
            if not figure.indicator and (key := _subject_key(figure.subject)):
                note("indicator", key, figure.subject.strip(), INDICATOR + slug(key), "new", where)
            unit = figure.unit_text.strip() or _counted_noun(text, figure.end)
            if unit and reference.units.lookup(unit) is None and unit.casefold() not in hidden_units:
                note("unit", unit.casefold(), unit, UNIT + slug(unit), "new", where)
        for start, end, local, confirmed in projects.find_all(text, report.province):
            if confirmed and not include_known:
                continue
            where = Occurrence(report.report_id, start, end, quote_around(text, start, end))
            note("project", local, text[start:end], PROJECT + local, "known" if confirmed else "provisional", where)
    return sorted(found.values(), key=lambda c: (KINDS.index(c.kind), -c.count, c.label))


def to_json(candidates: list[Candidate]) -> str:
    return json.dumps([asdict(c) | {"count": c.count} for c in candidates], ensure_ascii=False, indent=1)


def to_csv(candidates: list[Candidate], places: int = 5) -> str:
    """One row per candidate: its occurrences as report@offset (the first ``places``) and one quote."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["kind", "label", "proposal", "status", "count", "spellings", "occurrences", "quote"])
    for c in candidates:
        writer.writerow([c.kind, c.label, c.proposal, c.status, c.count, " | ".join(sorted(c.spellings)),
                         " ".join(f"{o.report}@{o.start}" for o in c.occurrences[:places]),
                         c.occurrences[0].quote if c.occurrences else ""])
    return out.getvalue()


def to_text(candidates: list[Candidate]) -> str:
    lines = []
    for kind in KINDS:
        group = [c for c in candidates if c.kind == kind]
        lines.append(f"{kind} candidates: {len(group)}")
        for c in group:
            first = c.occurrences[0]
            lines.append(f"  {c.count:4d}  {c.label}  -> {c.proposal} ({c.status}); e.g. {first.report}@{first.start}")
    return "\n".join(lines) + "\n"
