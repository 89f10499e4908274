"""Projects and programmes named in a figure's sentence or bullet, and the causes that qualify it.

A figure is about the work named last before it in its sentence (or bullet paragraph): "cầu X: đạt 60% khối
lượng; giải ngân 120 tỷ đồng" links both figures to the bridge. A figure with no name before it takes the first
name after it in its own clause ("có 14 xã đạt chuẩn nông thôn mới"), never one of a later clause, which is about
something else. Works the reference data does not know get their provisional IRI (provkg.reference.projects).
"""

from __future__ import annotations

import re

from provkg.core.model import Figure
from provkg.extract.causes import cause_of
from provkg.extract.context import ReportContext
from provkg.reference.projects import ProjectIndex, project_index

# Where a clause ends: a name after a figure beyond one of these is about what comes next.
_CLAUSE_END = re.compile(r"[;:]|\.\s")

Hit = tuple[int, int, str, bool]


def link_mentions(r: ReportContext, figures: list[Figure]) -> None:
    """Projects, programmes and causes mentioned in a figure's sentence (or bullet paragraph)."""
    w = r.w
    works = r.lex.works or project_index()
    found: dict[tuple[int, int], list[Hit]] = {}
    for f in figures:
        sent = r.sentence_of(f.start)
        line = r.line_of(f.start)
        scope = line if w[line[0]:line[0] + 3].lstrip().startswith("-") else sent
        if scope not in found:
            found[scope] = _works_in(works, w[scope[0]:scope[1]], r.province)
        at = f.start - scope[0]
        hits = found[scope]
        f.project = _named_for(at, [h for h in hits if not works.is_programme(h[2])], w[scope[0]:scope[1]])
        f.programme = _named_for(at, [h for h in hits if works.is_programme(h[2])], w[scope[0]:scope[1]])
        cause, effect = cause_of(r, f, sent)
        f.cause, f.effect = cause, effect


def _works_in(works: ProjectIndex, text: str, province: str | None) -> list[Hit]:
    """The works named in a text; without the report's province only those of the reference data (a provisional
    IRI needs the province)."""
    if province is None:
        return [hit for hit in works.find_all(text, "") if hit[3]]
    return works.find_all(text, province)


def _named_for(at: int, hits: list[Hit], text: str) -> str | None:
    """The local name of the work a figure at offset ``at`` of ``text`` is about, among ``hits``."""
    before = [hit for hit in hits if hit[0] <= at]
    if before:
        return before[-1][2]
    clause_end = _CLAUSE_END.search(text, at)
    until = clause_end.start() if clause_end else len(text)
    after = [hit for hit in hits if at <= hit[0] < until]
    return after[0][2] if after else None
