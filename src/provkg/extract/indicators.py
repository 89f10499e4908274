"""The indicator a figure measures, from the ontology's Vietnamese labels around it and the units each allows."""

from __future__ import annotations

import re

from provkg.core.model import Figure
from provkg.core.text import fold, last_match
from provkg.extract.context import ReportContext
from provkg.extract.subject import clean_subject, heading_of
from provkg.extract.vocabulary import vocabulary
from provkg.reference.labels import content_words

_UNIT_CHECKED = ("value", "plan_value", "change_abs")  # the measures whose unit must be one the indicator allows


_OWN_CLAUSE = re.compile(r"[\d.,]*[^,;.\n]{0,80}")  # matched at the offset: no copy of the rest of the text
# Words that open the parts of a breakdown: what follows them is the part's own subject.
PART_OPENER = re.compile(r"(?<!\w)(?:trong đó|bao gồm|gồm)(?!\w)\s*(?:có\s+)?:?", re.IGNORECASE)


def _last_opener(text: str) -> re.Match[str] | None:
    lowered = text.lower()  # the pattern runs only where its words are
    return last_match(PART_OPENER, text) if "gồm" in lowered or "trong đó" in lowered else None


def indicator_of(
    r: ReportContext, subject: str, own_left: str, sentence_left: str, measure: str, unit: str, previous: Figure | None,
    inherit: bool, start: int, noun: str,
) -> str | None:
    """The indicator of a figure, from the ontology's Vietnamese labels found around it.

    A label of an indicator whose pk:allowedUnit excludes the figure's unit is never taken (that would be a
    wrong indicator, not a guess); one whose units include it beats one the unit says nothing about. Then the
    label closest to the number wins: the figure's own words after the previous figure, its subject (the part's
    own words after "trong đó"/"gồm"; the subject joined with its bullet's label or with the counted noun), the
    counted noun, the whole subject, the bullet's label, the rest of the clause; in one place the longest label.
    A generic label (two words: "học sinh", "hộ nghèo") gives way to a specific one whose other words are
    around. With no label at all, an indicator the unit fits whose label's words are spread over the clause.
    """
    lex = r.lex
    checked = measure in _UNIT_CHECKED
    # The words between the previous figure and this one name this figure's own subject only after a clause
    # break ("thức ăn chăn nuôi tăng 4,1%, điện sản xuất giảm 2,5%"); right after it they still qualify it.
    own = clean_subject(re.sub(r"^\s*,", "", own_left.rsplit(";", 1)[-1]))

    def fit(local: str) -> int:
        return lex.unit_fit(local, unit) if checked else 0

    own_hits = lex.indicators.find_all(own) if inherit and re.match(r"\s*[,;]", own_left) else []
    # A counted noun that says more than its unit names the part itself: "trong đó: 12 văn bản QPPL".
    noun_hits = lex.indicators.find_all(noun) if inherit and len(noun.split()) > len(unit.split()) else []
    if inherit and previous is not None and previous.indicator and fit(previous.indicator) >= 0 \
            and not any(fit(local) >= 0 for _s, _e, local in own_hits + noun_hits):
        return previous.indicator
    heading = heading_of(r, start)
    part = subject
    opener = _last_opener(subject)
    if opener and subject[opener.end():].strip(" ,:"):
        part = subject[opener.end():]
    clause = sentence_left[-120:].split(";")[-1]
    after_m = _OWN_CLAUSE.match(r.w, start)  # the number and its own clause only
    after = after_m.group() if after_m else ""
    # Phrases by closeness to the number; a phrase joined from two pieces only counts labels that cross the
    # join: "Sản lượng" + "ngô" (its bullet's label), "rà soát" + "văn bản QPPL" (the words before the number
    # and the counted noun after it).
    tiers: list[list[tuple[str, int]]] = [
        [(own, -1)] if own_hits else [],
        [(part, -1)] + _joined(part, heading) + _joined(own, noun),
        [(noun, -1)] if noun else [],
        [(subject, -1)] if part != subject else [],
        [(heading, -1)] if heading else [],
        [(clause, -1)],
    ]
    # A figure with words of its own after a clause break measures what they name: a label of the clause that
    # lies before them is its neighbour's ("thu nội địa 11.950 tỷ đồng, thu từ hoạt động xuất nhập khẩu 930 tỷ
    # đồng": the second figure is no domestic revenue).
    own_words = not inherit and len(content_words(own)) >= 2 and bool(re.match(r"\s*[,;(]", own_left))
    own_start = max(0, len(clause) - len(own_left)) if own_words else 0
    # Where the subject begins in the clause, when the subject is the clause's tail.
    cut = clause.lower().rfind(subject.lower()) if subject else -1
    best: tuple[int, int, int] | None = None
    found: str | None = None
    found_words: frozenset[str] = frozenset()
    for tier, phrases in enumerate(tiers):
        for phrase, join in phrases:
            for hit_start, hit_end, local in lex.indicators.find_all(phrase):
                score = fit(local)
                if score < 0 or (join >= 0 and not hit_start < join < hit_end):
                    continue
                if tier == len(tiers) - 1 and hit_end <= own_start:
                    continue  # the neighbour's label
                key = (score, -tier, hit_end - hit_start)
                if tier == len(tiers) - 1 and hit_start < cut < hit_end:
                    # A longer label that runs past the subject's cut into the clause: "thức ăn gia súc, gia
                    # cầm" beats the "gia cầm" the subject was cut to at the comma.
                    key = (score, -1, hit_end - hit_start)
                if best is None or key > best:
                    best, found, found_words = key, local, content_words(phrase[hit_start:hit_end])
    # Words around for labels spread over them: the clause (after "trong đó" only the part's own words, so
    # "trong đó: đuối nước 2 vụ, chết 2 người" are not the head's deaths), the previous figure's subject, the
    # unit and the bullet's label.
    opened = _last_opener(clause)
    scope = clause[opened.end():] if opened else clause
    head = previous.subject if previous is not None and ";" not in own_left else ""
    context = " ".join((own, subject, noun, unit, scope, head, heading))
    if found is not None:
        if len(found_words) <= 2:
            # A generic label ("học sinh", "hộ nghèo") gives way to a specific one that contains its words and
            # whose other words are around: "Cấp trung học cơ sở có 95 trường với 30.200 học sinh".
            specific = lex.indicators.scattered(
                context,
                lambda local, words: local != found and fit(local) >= 0 and found_words < words,
            )
            return specific or found
        return found
    # No label around: one of an indicator the unit fits whose words are spread over them ("850 doanh nghiệp,
    # tổng số vốn đăng ký 9.000 tỷ đồng" → vốn đăng ký doanh nghiệp); else the first label after the number.
    neighbours = {local for _s, _e, local in lex.indicators.find_all(clause[:own_start])} if own_start else set()
    spread = lex.indicators.scattered(
        context, lambda local, _words: fit(local) > 0 and local not in neighbours  # not a neighbour's label
    )
    if spread:
        return spread
    hits = [local for _s, _e, local in lex.indicators.find_all(after) if fit(local) >= 0]
    return hits[0] if hits else None


def _joined(first: str, second: str) -> list[tuple[str, int]]:
    """Two pieces of a subject as one phrase, in both orders ("trường" + "trung học cơ sở", "dự án đầu tư" +
    "cấp mới"), with where they are joined."""
    if not first or not second:
        return []
    return [(f"{first} {second}", len(first)), (f"{second} {first}", len(second))]


def grdp_sector(subject: str, context: str) -> str | None:
    """The GRDP sector a bare sector name stands for in a sentence about GRDP ("dịch vụ chiếm 38,2%" after "Cơ cấu
    kinh tế"), from vocabularies/extraction.toml; None elsewhere."""
    words = vocabulary()
    name = fold(" ".join(re.sub(r"^(?:[-+•–]\s*)?(?:khu vực|ngành)\s+", "", subject.strip(" :;,.-"),
                                flags=re.IGNORECASE).split()))
    local = words.grdp_sectors.get(name)
    return local if local and words.grdp_context.search(context) else None
