"""Causes the report gives for a figure (COVID-19, drought, African swine fever, ...), and whether they helped."""

from __future__ import annotations

import re

from provkg.core.model import Figure
from provkg.extract.context import ReportContext
from provkg.extract.vocabulary import vocabulary

_CAUSE_TRIGGER = vocabulary().cause
_POSITIVE = vocabulary().favourable


def cause_of(r: ReportContext, f: Figure, sent: tuple[int, int]) -> tuple[str | None, str | None]:
    w = r.w
    # The clause (between semicolons) first, then the sentence; a cause needs a trigger word before it.
    clause_start = max(w.rfind(";", sent[0], f.start) + 1, sent[0])
    clause_end = w.find(";", f.start, sent[1])
    clause_end = sent[1] if clause_end < 0 else clause_end
    for lo, hi in ((clause_start, clause_end), sent):
        text = w[lo:hi]
        hits = r.lex.causes.find_all(text)
        for start, _end, local in sorted(hits, key=lambda h: abs(lo + h[0] - f.start)):
            before = text[max(0, start - 40):start]
            if _CAUSE_TRIGGER.search(before):
                effect = "positive" if _POSITIVE.search(before) else "negative"
                return local, effect
    # A sentence opening with "Do ảnh hưởng của ..." qualifies the next sentence of its paragraph too.
    prev = r.sentence_of(sent[0] - 2) if sent[0] > 2 else None
    if prev and prev != sent and r.line_of(prev[0]) == r.line_of(sent[0]):
        text = w[prev[0]:prev[1]]
        if re.match(r"\s*(?:[-–]\s*)?(?:[^:]{0,40}:\s*)?Do\s", text):
            hits = r.lex.causes.find_all(text)
            if hits:
                return hits[0][2], "negative"
    return None, None
