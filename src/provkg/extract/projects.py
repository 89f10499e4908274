"""Projects and programmes named in a figure's sentence or bullet, and the causes that qualify it.

A figure is about the work named last before it in its clause ("dự án cầu X giải ngân 120 tỷ đồng, đạt 60%"), or,
when its clause names none, the work the head of its line or sentence names before a colon ("Cầu X: khối lượng
đạt 60%; giải ngân 120 tỷ đồng"); a list item is about one work throughout, and so is a sentence reporting a
programme's results. A figure with none takes a programme named right after it in its own clause ("có 14 xã đạt
chuẩn nông thôn mới"), or the programme its section's heading names ("Xây dựng nông thôn mới" above the paragraph).
A name after a word of cause ("giảm 2% do nhà máy X dừng máy") is not what the figure is
about. Works the reference data does not know get their provisional IRI (provkg.reference.projects).
"""

from __future__ import annotations

import re

from provkg.core.model import Figure
from provkg.extract.causes import cause_of
from provkg.extract.context import ReportContext
from provkg.reference.projects import ProjectIndex, project_index

# Where a clause ends: a name beyond one of these is about another figure.
_CLAUSE_END = re.compile(r";|\.\s")
# How far after a figure a name still says what the figure counts ("14 xã đạt chuẩn nông thôn mới").
_AFTER_REACH = 40
# Words before a name that make it a cause of the figure, not its subject.
_CAUSE_BEFORE = re.compile(r"\b(?:do|vì|nhờ|bởi|tại)\s+(?:(?:dự án|công trình)\s+(?:đầu tư\s+)?(?:xây dựng\s+)?)?$",
                           re.IGNORECASE)

# A heading line: a list marker, then a short title without numbers ("đ) Xây dựng nông thôn mới", "3. Giảm nghèo").
_HEADING = re.compile(r"[ \t]*(?:[IVX]+\.|\d+(?:\.\d+)*\.?|[a-zđ]\)|[-+•])?[ \t]*([^\d\n]{3,100})")
# A heading about a programme names little else ("Xây dựng nông thôn mới"); one naming other subjects too
# ("Nông nghiệp và xây dựng nông thôn mới") heads figures of those subjects.
_HEADING_OTHER_WORDS = 2

Hit = tuple[int, int, str, bool]


def link_mentions(r: ReportContext, figures: list[Figure]) -> None:
    """Projects, programmes and causes mentioned in a figure's sentence (or bullet paragraph)."""
    w = r.w
    works = r.lex.works or project_index()
    # per sentence or bullet: its text and the works it names (not as a cause), projects and programmes apart
    found: dict[tuple[int, int], tuple[str, list[Hit], list[Hit]]] = {}
    by_heading: dict[int, str | None] = {}  # section start -> the programme its heading names
    for f in figures:
        sent = r.sentence_of(f.start)
        line = r.line_of(f.start)
        bullet = _is_list_item(w, line)
        scope = line if bullet else sent
        if scope not in found:
            text = w[scope[0]:scope[1]]
            hits = [hit for hit in _works_in(works, text, r.province)
                    if not _CAUSE_BEFORE.search(text[max(0, hit[0] - 30):hit[0]])]
            found[scope] = (text, [h for h in hits if not works.is_programme(h[2])],
                            [h for h in hits if works.is_programme(h[2])])
        text, projects, programmes = found[scope]
        at = (f.start - scope[0], f.end - scope[0])
        f.project = _named_for(at, projects, text, bullet, False) if projects else None
        f.programme = _named_for(at, programmes, text, True, True) if programmes else None
        if f.programme is None:
            section = r.section_start(f.start)
            if r.w.find("\n", section, f.start) < 0:
                f.programme = None  # on the heading's own line
            else:
                if section not in by_heading:
                    by_heading[section] = _programme_of_heading(r, works, f.start)
                f.programme = by_heading[section]
        cause, effect = cause_of(r, f, sent)
        f.cause, f.effect = cause, effect


def _programme_of_heading(r: ReportContext, works: ProjectIndex, offset: int) -> str | None:
    """The programme the heading of the figure's section names ("đ) Xây dựng nông thôn mới"): the section reports
    that programme's results."""
    start = r.section_start(offset)
    end = r.w.find("\n", start, offset)
    heading = _HEADING.fullmatch(r.w[start:end] if end >= 0 else "")
    if heading is None:
        return None
    title = heading.group(1)
    for hit_start, hit_end, local, _confirmed in _works_in(works, title, r.province):
        rest = title[:hit_start] + title[hit_end:]
        if works.is_programme(local) and len(re.findall(r"\w+", rest)) <= _HEADING_OTHER_WORDS:
            return local
    return None


def _is_list_item(w: str, line: tuple[int, int]) -> bool:
    return w[line[0]:line[0] + 3].lstrip().startswith("-")


def _works_in(works: ProjectIndex, text: str, province: str | None) -> list[Hit]:
    """The works named in a text; without the report's province only those of the reference data (a provisional
    IRI needs the province)."""
    if province is None:
        return [hit for hit in works.find_all(text, "") if hit[3]]
    return works.find_all(text, province)


def _named_for(at: tuple[int, int], hits: list[Hit], text: str, whole: bool, counted: bool) -> str | None:
    """The local name of the work a figure at ``at`` (start, end in ``text``) is about, among ``hits``; with
    ``whole`` (a list item about one work, or a programme, whose sentence reports its results clause after clause)
    a name in an earlier clause of ``text`` counts when the figure's own clause names none; with ``counted`` (a
    programme: "14 xã đạt chuẩn nông thôn mới" counts its results) a name right after the figure counts too."""
    start, end = at
    clause_start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    before = [hit for hit in hits if clause_start <= hit[0] <= start]
    if before:
        return before[-1][2]
    head = len(text) if whole else text.find(":")
    earlier = [hit for hit in hits if hit[1] <= min(head + 1, start)]
    if earlier:
        return earlier[-1][2] if whole else earlier[0][2]
    if not counted:
        return None
    clause_end = _CLAUSE_END.search(text, start)
    until = min(clause_end.start() if clause_end else len(text), end + _AFTER_REACH)
    after = [hit for hit in hits if start < hit[0] < until]  # a unit may run into the name ("căn nhà tạm")
    return after[0][2] if after else None
