"""Scoring one corpus report: extracted figures paired with gold figures, validation findings with the plants.

A gold figure and an extracted one pair when their offset ranges overlap (in the master text) and their values
agree in size; the pair counts for recall and precision when the measure agrees too, as the corpus issue defines.
Field accuracies (indicator, period, measure, status, area) are over the pairs that agree in size, so a wrong
measure shows up both as a miss and in the measure accuracy.
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from provkg.core.errors import InputError
from provkg.core.model import Figure
from provkg.evaluate.corpus import CorpusReport
from provkg.reference.loader import english_name_key, load_reference
from provkg.reference.projects import project_index

COUNTS = (
    "gold", "extracted", "spotted", "matched", "indicator_right", "period_right", "measure_right", "status_right",
    "area_right", "basis_right", "cumulative_right", "sign_errors", "extracted_unlinked", "gold_without_concept",
    "gold_projects", "projects_right", "projects_extra",
    "plants", "plants_caught", "false_violations", "other_findings", "reference_gaps", "gold_plants_caught",
    "gold_false_violations", "gold_other_findings", "gold_reference_gaps",
)
# Rules whose findings point at the reference data (a unit the ontology lacks), not at the report: counted apart
# from the findings about the report, since no reader of the report would call them inconsistencies.
REFERENCE_RULES = frozenset({"UnitKnown"})


@dataclass
class ReportScore:
    """Counts for one report; ratios are derived from counts so that totals are micro-averages."""

    id: str
    role: str
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTS, 0))
    refused: list[str] = field(default_factory=list)
    mismatches: list[dict[str, Any]] = field(default_factory=list)

    def add(self, other: ReportScore) -> None:
        for key in COUNTS:
            self.counts[key] += other.counts[key]
        self.refused += [f"{other.id}: {reason}" for reason in other.refused]

    def ratios(self) -> dict[str, float | None]:
        c = self.counts

        def ratio(a: int, b: int) -> float | None:
            return round(a / b, 3) if b else None

        return {
            "recall": ratio(c["matched"], c["gold"]),
            "precision": ratio(c["matched"], c["extracted"]),
            "spotted_recall": ratio(c["spotted"], c["gold"]),
            "indicator": ratio(c["indicator_right"], c["spotted"]),
            "period": ratio(c["period_right"], c["spotted"]),
            "measure": ratio(c["measure_right"], c["spotted"]),
            "status": ratio(c["status_right"], c["spotted"]),
            "area": ratio(c["area_right"], c["spotted"]),
            "basis": ratio(c["basis_right"], c["spotted"]),
            "cumulative": ratio(c["cumulative_right"], c["spotted"]),
            "unlinked": ratio(c["extracted_unlinked"], c["extracted"]),
            "without_concept": ratio(c["gold_without_concept"], c["gold"]),
            "project": ratio(c["projects_right"], c["gold_projects"]),
            "project_extra": ratio(c["projects_extra"], c["spotted"]),
        }

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "role": self.role, **self.counts, **self.ratios(), "refused": self.refused}


def offset_map(read: str, master: str) -> Callable[[int], int]:
    """Offsets in the text provkg read (from a .docx or .pdf) mapped to the master text the gold counts in."""
    if read == master:
        return lambda offset: offset
    blocks = difflib.SequenceMatcher(None, read, master, autojunk=False).get_matching_blocks()
    starts = [b.a for b in blocks]

    def mapped(offset: int) -> int:
        i = max(0, bisect.bisect_right(starts, offset) - 1)
        block = blocks[i]
        return block.b + min(offset - block.a, max(block.size - 1, 0)) if offset >= block.a else block.b

    return mapped


def _number(text: str) -> float | None:
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def _same_size(gold: float, found: float) -> bool:
    return abs(abs(gold) - abs(found)) <= 1e-9 * max(1.0, abs(gold))


def _area_key(area: str | None, province: str) -> str:
    """Areas in one notation (gold writes province:district, the graph province/district); the report's own
    province is no area, a district named like its province still is."""
    area = (area or "").strip().lower().replace(":", "/")
    return "" if area in ("", province) else area


# Words of a work's name that say what kind of work it is or that it is an investment: two names of one work may
# differ in them ("cao-toc-x-y" and "duong-bo-cao-toc-x-y"), never in the words that name the work.
_KIND_WORDS = frozenset("du an cong trinh dau tu xay dung duong bo cao toc tuyen cau ho chua nuoc ke khu".split())
# What is done to the work ("nâng cấp, mở rộng", "cải tạo", "sửa chữa") is no part of its name either (the extractor
# leaves it out): whole phrases only, their words alone may name a work ("sữa" milk, "mỏ" a mine, "cấp nước").
_JOB_PHRASES = re.compile(r"(?:^|-)(?:nang-cap|mo-rong|cai-tao|sua-chua)(?=-|$)")


def naming_words(gold: str) -> list[str]:
    """The words of a gold slug that name its work: those of its kind and of the job done to it aside (all of
    them when nothing else is left)."""
    words = _JOB_PHRASES.sub("", gold).strip("-").split("-")
    return [word for word in words if word and word not in _KIND_WORDS] or gold.split("-")


def same_work(gold: str, found: str | None, found_names: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether a project the extractor linked (a local name under pkp:, provisional ones as province/slug) is the
    one a gold row names (the annotators' slug): the same local name, or at least two thirds of the words that
    name the gold's work (its kind words aside) in the found one's slug, every number among them ("cầu X 2" is
    not "cầu X 3"). An entry of the reference data is compared by the words of its names (``found_names``, the
    slugs of its labels in every language): annotators slug a programme's name as they read it."""
    if not found:
        return False
    if gold == found:
        return True
    found_words = set(found.rpartition("/")[2].split("-")) if "/" in found else set(found_names)
    naming = naming_words(gold)

    def written_out(word: str) -> bool:
        return word in found_words or (word in _GOLD_ABBREVIATIONS and all(
            part in found_words for part in _GOLD_ABBREVIATIONS[word].split("-")))

    def present(word: str) -> bool:
        # an abbreviation counts written either way; a road code glued to its number ("dt482", "ql21b") also
        # as the code (or the road's kind) and the number apart
        glued = re.fullmatch(r"([a-z]+)(\d\w*)", word)
        return written_out(word) or bool(glued and written_out(glued.group(1)) and glued.group(2) in found_words)

    shared = sum(present(word) for word in naming)
    numbers_agree = all(word in found_words for word in naming if word.isdigit())
    return bool(found_words) and numbers_agree and 3 * shared >= 2 * len(naming)


# Abbreviations in annotators' slugs, as the slugs of names write them out.
_GOLD_ABBREVIATIONS = {
    "ntp": "national-target-programme", "mtqg": "muc-tieu-quoc-gia", "ctmtqg": "chuong-trinh-muc-tieu-quoc-gia",
    "ntm": "nong-thon-moi", "dtts": "dan-toc-thieu-so", "kcn": "khu-cong-nghiep", "ccn": "cum-cong-nghiep",
    "kdt": "khu-do-thi", "ql": "quoc-lo", "dt": "duong-tinh", "hcm": "ho-chi-minh",
}


def score_figures(report: CorpusReport, figures: list[Figure], to_master: Callable[[int], int],
                  score: ReportScore, details: bool) -> None:
    gold = report.gold()
    province = report.row["province"]
    c = score.counts
    c["gold"] += len(gold)
    c["extracted"] += len(figures)
    c["extracted_unlinked"] += sum(1 for f in figures if not f.indicator)
    c["gold_projects"] += sum(1 for g in gold if g.get("project"))
    # A gold figure the annotators left without an indicator, proposing a name for the missing concept, expects
    # the concept the scheme has since grown under that name (an indicator's English names), if any.
    proposed = load_reference().indicator_english_names
    expected = [g["indicator"] or proposed.get(english_name_key(g["proposed_indicator"]), "") for g in gold]
    c["gold_without_concept"] += sum(1 for g, want in zip(gold, expected, strict=True)
                                     if not want and g["proposed_indicator"] != "none")
    spans = sorted(((to_master(f.start), max(to_master(f.end - 1) + 1, to_master(f.start) + 1), i)
                    for i, f in enumerate(figures)))
    used: set[int] = set()
    for g, want in zip(gold, expected, strict=True):
        g_start, g_end, g_value = int(g["start"]), int(g["end"]), _number(g["value"])
        candidates = [i for s, e, i in spans if s < g_end and g_start < e and i not in used
                      and g_value is not None and _same_size(g_value, float(figures[i].value))]
        if not candidates:
            if details:
                score.mismatches.append({"start": g_start, "problem": "missed", "gold": g["value"]})
            continue
        best = next((i for i in candidates if figures[i].measure == g["measure"]), candidates[0])
        used.add(best)
        f = figures[best]
        c["spotted"] += 1
        checks = {
            "measure": f.measure == g["measure"],
            "indicator": (f.indicator or "") == want,
            "period": f.period == g["period"],
            "status": f.status == g["status"],
            "area": _area_key(f.area, province) == _area_key(g["area"], province),
            "basis": (f.basis or "") == g.get("basis", ""),
            "cumulative": f.cumulative == (g.get("cumulative", "") == "true"),
        }
        if g_value and float(f.value) and (g_value > 0) != (float(f.value) > 0):
            c["sign_errors"] += 1
            checks["sign"] = False
        linked = f.project or f.programme
        if g.get("project"):
            names = project_index().name_words
            project_right = same_work(g["project"], f.project, names.get(f.project or "", set())) \
                or same_work(g["project"], f.programme, names.get(f.programme or "", set()))
            c["projects_right"] += project_right
        else:
            project_right = not linked
            c["projects_extra"] += bool(linked)
        if details and not project_right:
            score.mismatches.append({"start": g_start, "problem": "project", "gold": g.get("project", ""),
                                     "found": " ".join(filter(None, (f.project, f.programme)))})
        c["matched"] += checks["measure"] and checks.get("sign", True)  # the value agrees, sign included
        for name in ("measure", "indicator", "period", "status", "area", "basis", "cumulative"):
            c[f"{name}_right"] += checks[name]
        if details:
            for name, right in checks.items():
                if not right:
                    found = {"measure": f.measure, "indicator": f.indicator, "period": f.period,
                             "status": f.status, "area": f.area, "basis": f.basis,
                             "cumulative": str(f.cumulative).lower(), "sign": str(f.value)}[name]
                    stated = g["value"] if name == "sign" else want if name == "indicator" else g[name]
                    score.mismatches.append({"start": g_start, "problem": name, "gold": stated, "found": found})
    if details:
        for s, _e, i in spans:
            if i not in used:
                score.mismatches.append({"start": s, "problem": "extra", "found": str(figures[i].value)})


_SENTENCE_END = re.compile(r"\n|[.;:](?=\s)")
# How an annotator records, in a gold row's note, an inconsistency already in the source text (annotation guide).
# The note begins with "not planted" and says what is inconsistent (docs/annotation-guide.md, section 4).
_RECORDED_REAL = re.compile(r"^\W*not planted\b", re.IGNORECASE)


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line, or clause ended by ';') holding text[start:end]."""
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    return (before[-1] if before else 0, after.start() if after else len(text))


def score_findings(report: CorpusReport, master: str, findings: list[Any], to_master: Callable[[int], int],
                   score: ReportScore, prefix: str = "", details: bool = False) -> None:
    """Findings against the plants: ``prefix`` "gold_" counts the validation of the gold sheet's graph. With
    ``details`` (dev only), the findings away from every plant and the plants missed are listed."""
    plants = report.plants()
    sentences = [sentence_around(master, int(p["start"]), int(p["end"])) for p in plants]
    # inconsistencies the annotator recorded as real in the source (not planted): findings there are not "other"
    recorded = [sentence_around(master, int(g["start"]), int(g["end"])) for g in report.gold()
                if _RECORDED_REAL.search(g["note"])]
    c = score.counts
    caught: set[int] = set()
    for finding in findings:
        places = [(to_master(loc["start"]), to_master(max(loc["end"] - 1, loc["start"])) + 1)
                  for loc in finding.locations]
        at_plant = [i for i, (s, e) in enumerate(sentences) if any(ls < e and s < le for ls, le in places)]
        # one finding catches one plant: two plants in one sentence need two findings
        fresh = [i for i in at_plant if i not in caught]
        if fresh:
            caught.add(fresh[0])
        if not at_plant and not any(ls < e and s < le for s, e in recorded for ls, le in places):
            kind = ("reference_gaps" if finding.rule in REFERENCE_RULES else
                    "false_violations" if finding.severity == "Violation" else "other_findings")
            c[prefix + kind] += 1
            if details:
                score.mismatches.append({"start": places[0][0] if places else -1, "problem": prefix + kind,
                                         "rule": finding.rule, "found": finding.message})
    c[prefix + "plants_caught"] += len(caught)
    if details:
        for i, plant in enumerate(plants):
            if i not in caught:
                score.mismatches.append({"start": int(plant["start"]), "problem": prefix + "plant_missed",
                                         "kind": plant["kind"], "gold": plant["expected_finding"]})


def validate_gold(report: CorpusReport, master: str) -> list[Any]:
    """Validation alone: the findings on the report's graph built from its gold sheet."""
    import pyoxigraph as ox

    from provkg.core.namespaces import REFERENCE_GRAPH
    from provkg.evaluate.gold import gold_triples
    from provkg.pipeline.rdfmap import report_iri
    from provkg.reference.loader import load_reference
    from provkg.validate.engine import validate_graph

    reference = load_reference()
    meta, triples = gold_triples(report, master, reference)
    iri = report_iri(meta.report_id)
    data = ox.Store()
    data.extend(ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(iri)) for t in triples)
    data.extend(ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(REFERENCE_GRAPH)) for t in reference.triples)
    return validate_graph(data, report_iri=iri).results


def score_report(report: CorpusReport, details: bool = False, validate: bool = True) -> ReportScore:
    """Extract and validate one corpus report as a user would (`provkg extract`, `provkg validate`), validate its
    gold sheet's graph, and score both."""
    from provkg.extract.extractor import extract
    from provkg.read.reading import read_report

    score = ReportScore(report.id, report.role)
    master = report.text()
    score.counts["plants"] += len(report.plants())
    if validate:
        try:
            score_findings(report, master, validate_gold(report, master), lambda o: o, score, "gold_", details)
        except InputError as exc:
            score.refused.append(f"validate gold: {exc}")
    try:
        read = read_report(report.file)
        to_master = offset_map(read, master)
        figures = extract(read).figures
    except InputError as exc:
        score.refused.append(f"extract: {exc}")
        score_figures(report, [], lambda o: o, score, details)
        return score
    score_figures(report, figures, to_master, score, details)
    if validate:
        from provkg.pipeline.sources import validate_source

        try:
            result = validate_source(report.file).result
        except InputError as exc:
            score.refused.append(f"validate: {exc}")
        else:
            score_findings(report, master, result.results, to_master, score, details=details)
    return score
