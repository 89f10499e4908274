"""Projects and programmes named in a figure's sentence or bullet, and the causes that qualify it."""

from __future__ import annotations

from provkg.core.model import Figure
from provkg.extract.causes import cause_of
from provkg.extract.context import ReportContext


def link_mentions(r: ReportContext, figures: list[Figure]) -> None:
    """Projects, programmes and causes mentioned in a figure's sentence (or bullet paragraph)."""
    w = r.w
    for f in figures:
        sent = r.sentence_of(f.start)
        line = r.line_of(f.start)
        scope = line if w[line[0]:line[0] + 3].lstrip().startswith("-") else sent
        text = w[scope[0]:scope[1]]
        f.project = r.lex.projects.last(w[scope[0]:f.start]) or r.lex.projects.longest(text)
        f.programme = r.lex.programmes.last(w[scope[0]:f.start]) or r.lex.programmes.longest(text)
        cause, effect = cause_of(r, f, sent)
        f.cause, f.effect = cause, effect
