"""Numbers that are not quantities: dates, years, document and section numbers, names, ages, Km markers, ... ."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from provkg.core.patterns import CAPITAL
from provkg.extract.context import ReportContext
from provkg.extract.notation import glued_unit, unit_follows
from provkg.extract.vocabulary import vocabulary


@dataclass(frozen=True)
class NonFigure:
    start: int
    end: int
    text: str
    reason: str


YEAR_TOKEN = re.compile(r"(?:19[5-9]\d|20[0-4]\d)")


# How far a non-figure reaches before and after its digits ("kỳ họp thứ 12", "từ 6 tháng đến dưới 36 tháng tuổi").
_REACH = 80


def _windows(w: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of text within reach of the spans (numbers, or words a pattern needs), merged and ending at
    a space or a line break: the non-figure patterns only run there, so their cost stays linear and small."""
    windows: list[tuple[int, int]] = []
    for start, end in spans:
        lo, hi = max(0, start - _REACH), min(len(w), end + _REACH)
        while hi < len(w) and not w[hi].isspace():
            hi += 1
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            while lo > 0 and not w[lo - 1].isspace():
                lo -= 1
            windows.append((lo, hi))
    return windows


def _occurrences(lowered: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    found = []
    for word in words:
        at = lowered.find(word)
        while at >= 0:
            found.append((at, at + len(word)))
            at = lowered.find(word, at + 1)
    return found


def non_figure_spans(r: ReportContext, tokens: list[re.Match[str]]) -> list[tuple[int, int, str]]:
    """Spans of the text whose numbers are not quantities, with the reason (a date, a document number, ...)."""
    spans: list[tuple[int, int, str]] = []
    w = r.w
    lowered = w.lower()
    if len(lowered) != len(w):  # a letter whose lower case is longer: offsets would shift, read everything
        lowered = ""
    number_windows = _windows(w, [(tok.start(), tok.end()) for tok in tokens])
    near_words: dict[tuple[str, ...], list[tuple[int, int]]] = {}  # several patterns need the same words
    for reason, pattern, requires in vocabulary().non_figures:
        windows = number_windows
        if requires and lowered:
            if requires not in near_words:
                near_words[requires] = _windows(w, sorted(_occurrences(lowered, requires)))
            windows = near_words[requires]
        for lo, hi in windows:
            for m in pattern.finditer(w, lo, hi):
                if any(ch.isdigit() for ch in m.group()):
                    # (a pattern may mark the part that is no figure, group "nf", in the words around it)
                    start, end = m.span("nf") if "nf" in pattern.groupindex else m.span()
                    spans.append((start, end, reason))
    # Section markers: the number of a heading at a line start ("8.1.", "2.", "(3)").
    for sec in r.seg.sections:
        if sec.path in ("H",) or sec.path.startswith("FN/"):
            continue
        m = re.match(r"[ \t]*\(?(\d{1,2}(?:\.\d{1,2})*)[.)]", r.w[sec.start:sec.start + 12])
        if m:
            spans.append((sec.start + m.start(1), sec.start + m.end(1), "section number"))
    spans.extend(_inline_items(w))
    return spans


# An item numbered inside a paragraph, after a colon, a semicolon or the line's start ("Kết quả: 1. Số vụ ...; 2. Số
# người chết ...", "gồm: 1) ...; 2) ..."), before a word.
_INLINE_ITEM = re.compile(r"(?:^|[:;])[ \t]*\(?(\d{1,2})[.)][ \t]+(?=[^\W\d])", re.MULTILINE)


def _inline_items(w: str) -> list[tuple[int, int, str]]:
    """The numbers of items counted 1, 2, 3 ... inside one line: a run of two markers at least, starting at 1, each
    the one before plus one, is a list's numbering, not figures ("Số vụ cháy: 5. Thiệt hại ..." alone is a figure,
    and so are counts after colons that happen to follow one another: "số vụ: 15. Số người chết: 16.")."""
    spans: list[tuple[int, int, str]] = []
    run: list[re.Match[str]] = []
    for m in _INLINE_ITEM.finditer(w):
        same_line = run and "\n" not in w[run[-1].end():m.start()]
        if not (same_line and int(m.group(1)) == int(run[-1].group(1)) + 1):
            run = []
            if int(m.group(1)) != 1:
                continue  # a list's numbering starts at 1
        run.append(m)
        if len(run) == 2:
            spans.append((run[0].start(1), run[0].end(1), "list number"))
        if len(run) >= 2:
            spans.append((m.start(1), m.end(1), "list number"))
    return spans


def mark_non_figures(r: ReportContext, tokens: list[re.Match[str]]) -> dict[int, tuple[int, int, str]]:
    """The span (start, end, reason) that makes each number token a non-figure, by the token's start."""
    spans = non_figure_spans(r, tokens)
    w = r.w
    covered: dict[int, tuple[int, int, str]] = {}
    token_starts = [tok.start() for tok in tokens]
    for span in spans:  # in priority order: the first span holding a token gives its reason
        i = bisect.bisect_left(token_starts, span[0])
        while i < len(tokens) and tokens[i].end() <= span[1]:
            covered.setdefault(tokens[i].start(), span)
            i += 1
    # The marker that cites a footnote written out by number (found by the segmentation): "... kế hoạch (1).".
    for note in r.seg.footnotes:
        if note.anchor is not None and r.seg.text[note.anchor] != "\n":
            i = bisect.bisect_left(token_starts, note.anchor)
            if i < len(tokens) and tokens[i].start() < note.anchor + 3:
                covered.setdefault(tokens[i].start(), (note.anchor, tokens[i].end(), "footnote marker"))
    # A number glued to letters is part of a code or name (A1, QH14, 30c): not a quantity.
    for tok in tokens:
        if tok.start() in covered:
            continue
        before = w[tok.start() - 1] if tok.start() else " "
        after = w[tok.end()] if tok.end() < len(w) else " "
        # "+" glued to a letter or digit joins a code (Km146+200); after a space or a bracket it is a sign (+7,4%)
        plus_code = before == "+" and tok.start() >= 2 and w[tok.start() - 2].isalnum()
        # (one capital letter glued after it names a generation, a class or a road: "5G", "3D", "1A"; several are a
        # unit: "100MW")
        lettered = after.isupper() and not w[tok.end() + 1:tok.end() + 2].isalnum()
        if before.isalpha() or plus_code or lettered \
                or (after.isalpha() and after.islower() and not glued_unit(w, tok.end())):
            covered[tok.start()] = (tok.start(), tok.end(), "name")
        elif YEAR_TOKEN.fullmatch(tok.group()) and not unit_follows(r, tok.end()):
            covered[tok.start()] = (tok.start(), tok.end(), "year")
        elif _numbered_name(w, tok) and not unit_follows(r, tok.end()):
            covered[tok.start()] = (tok.start(), tok.end(), "name")
    return covered


# A proper name ending in a number: "Cầu Cửa Lục 3", "Nhiệt điện Vân Phong 1", "Nhà máy điện Cà Mau 2", "Nhiệt
# điện Vũng Áng 1" (its words capitalised, an accented capital too: "Áng", "Ô Môn").
_NAME_BEFORE = re.compile(rf"(?<![.:;!?\n])\s(?:{CAPITAL}\w*\s+)*{CAPITAL}\w*\s+$")
# After the name: a clause's end or a bracket (or a lower-case word, see _numbered_name).
_NAME_AFTER = re.compile(r"(?:\s*[),;.:(]|\s*$)")


def _numbered_name(w: str, tok: re.Match[str]) -> bool:
    """A small whole number right after two capitalised words or more, inside a sentence, with no unit after it."""
    if not tok.group().isdigit() or len(tok.group()) > 2:
        return False
    before = w[max(0, tok.start() - 60):tok.start()]
    if not before.endswith(" ") or before.endswith("  "):
        return False  # a name and its number are one phrase: a table's cells are apart
    name = _NAME_BEFORE.search(before)
    # a word that goes on with the name as a subject ("Nhà máy điện Cà Mau 2 dừng máy", "nhiệt điện Vĩnh Tân 4 mở
    # rộng"): a lower-case word after one space (a count has a unit, checked apart)
    goes_on = w[tok.end():tok.end() + 1] == " " and w[tok.end() + 1:tok.end() + 2].islower()
    return bool(name) and len(name.group().split()) >= 2 and (goes_on or bool(_NAME_AFTER.match(w, tok.end())))
