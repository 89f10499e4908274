"""Segmentation of a normalised report: section tree, footnotes and their anchors, paragraphs, sentences.

Section paths follow docs/factsheet.md: markers from the top joined by `/` (`P1/A/I/1/a`, `P2/1/1.2`), `H` for the
header before Phần thứ nhất, `FN/<n>` for the n-th footnote. In texts exported like the seed, a footnote starts
with U+FFFD after the body and its anchor shows as a line break in the middle of a sentence; :func:`segment` finds
both and pairs them in order. In texts written out by hand, the notes follow a rule of underscores or a "Ghi chú:"
line, each opened by its number, and the body cites them by that number ("(1)", "[2]", "3/", "⁴"): the anchor is
the marker's offset.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

_PART_WORDS = {"nhất": "1", "hai": "2", "ba": "3", "tư": "4", "i": "1", "ii": "2", "iii": "3", "iv": "4"}
_PART = re.compile(r"[ \t]*(?:phần|PHẦN|Phần)\s+(?:thứ\s+|THỨ\s+)?(nhất|hai|ba|tư|NHẤT|HAI|BA|TƯ|I{1,3}|IV)\b")
# (level, pattern): a marker at the start of a line; level orders the tree (a smaller level is higher up).
_MARKERS = (
    (3, re.compile(r"[ \t]*(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\.?[ \t]+(?=\S)")),
    (2, re.compile(r"[ \t]*(\d{1,2})\.[ \t]*(?=[^\d\s])")),
    (1, re.compile(r"[ \t]*([IVX]{1,5})\.[ \t]+(?=\S)")),
    (0, re.compile(r"[ \t]*([A-H])\.[ \t]+(?=\S)")),
    (4, re.compile(r"[ \t]*([a-zđ])\)[ \t]*(?=\S)")),
    (5, re.compile(r"[ \t]*\(?(\d{1,2})\)[ \t]*(?=\S)")),
)
_FOOTNOTE_START = re.compile(r"^[ \t]*(?:\(\ufffd\)|\ufffd)", re.MULTILINE)
# Footnotes written out by number after the body: a rule of underscores or a "Ghi chú:" / "Chú thích:" line, then
# notes each opened by its number ("(1) ...", "[2] ...", "3/ ...", "4) ...", "5. ...", "¹ ..."), up to the recipients'
# list.
_NOTES_RULE = re.compile(
    r"^[ \t]*(?:_{5,}|-{10,}|(?:ghi chú|chú thích|chú giải)[ \t]*:)[ \t]*", re.MULTILINE | re.IGNORECASE
)
_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_SUPERSCRIPT_VALUE = str.maketrans(_SUPERSCRIPTS, "1234567890")
_NOTE_LINE = re.compile(
    rf"^[ \t]*(?:\((\d{{1,2}})\)|\[(\d{{1,2}})\]|(\d{{1,2}})/|(\d{{1,2}})\)|([{_SUPERSCRIPTS}]{{1,2}})"
    rf"|(\d{{1,2}})\.(?=[ \t]))[ \t]*(?=\S)",
    re.MULTILINE,
)
_NOTE_OPENING = re.compile(_NOTE_LINE.pattern.removeprefix("^"))
_HEADING_IN_NOTES = re.compile(r"^[ \t]*(?:[IVX]{1,5}|[A-H])\.[ \t]", re.MULTILINE)
_CLOSING = re.compile(r"^[ \t]*(?:Nơi nhận|NƠI NHẬN)\b", re.MULTILINE)
# A footnote's marker in the body, right after what it annotates: "(2)" or "[2]" glued to it ("đạt 69,5%(2),"), a
# number and a slash standing alone ("4.100 tỷ đồng 2/, tăng"), superscript digits ("hộ¹") or the plain digits a
# superscript became, glued to a lower-case word or a per cent sign ("tỷ đồng2,"; not after "m": "m2", "km2" are units);
# a bracketed number after a word and a space, closing a clause ("đạt 105% kế hoạch (1).").
_BODY_MARKER = re.compile(
    rf"(?<=[^\s(\[])\((\d{{1,2}})\)(?=[\s.,;:)]|$)|\[(\d{{1,2}})\]|(?<!\S)(\d{{1,2}})/(?=[ \t]*(?:[,.;:)]|$))"
    rf"|(?<!m)([{_SUPERSCRIPTS}]{{1,2}})|(?<!m)(?<=[a-zđà-ỹ%])(\d{{1,2}})(?=[ \t]*[.,;:)]|[ \t]*$)"
    rf"|(?<=[^\W\d%] )\((\d{{1,2}})\)(?=[.,;:]|$)",
    re.MULTILINE,
)
_TERMINAL = ".:;!?"


@dataclass(frozen=True)
class Section:
    path: str
    start: int
    end: int


@dataclass(frozen=True)
class Footnote:
    number: int
    start: int
    end: int
    anchor: int | None  # offset of the line break that stands for its anchor in the body, when found


@dataclass
class Segmentation:
    """Where everything is in one normalised text."""

    text: str
    body_end: int
    sections: list[Section] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    anchors: list[int] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list, repr=False)

    def section_at(self, offset: int) -> str:
        """The section path of the character at ``offset``."""
        index = bisect.bisect_right(self._starts, offset) - 1
        return self.sections[index].path if index >= 0 else "H"

    def joined(self) -> str:
        """The text with every footnote anchor (a line break) turned into a space: same length, same offsets,
        so a sentence cut by an anchor reads as one."""
        pieces, copied = [], 0  # (slices between the anchors: a list of every character costs as much as reading)
        for anchor in sorted(set(self.anchors)):
            pieces += [self.text[copied:anchor], " "]
            copied = anchor + 1
        return "".join(pieces) + self.text[copied:] if pieces else self.text


def _footnote_block(text: str) -> int:
    """Offset where the footnotes begin (the body's end): the first U+FFFD-led line after which only footnotes
    follow."""
    starts = [m.start() for m in _FOOTNOTE_START.finditer(text)]
    if not starts:
        return len(text)
    # The block is the trailing run: walk back while the gap between footnote starts holds no body headings.
    block = starts[-1]
    for previous in reversed(starts[:-1]):
        if _PART.search(text, previous, block):
            break
        block = previous
    return block


def _marker_number(match: re.Match[str]) -> int:
    return int(next(g for g in match.groups() if g).translate(_SUPERSCRIPT_VALUE))


def _numbered_notes(text: str) -> tuple[int, list[tuple[int, int]], list[int | None], int] | None:
    """(body's end, [(number, start)] of each note, where the body cites each, the notes' end) of footnotes written
    out by number after a rule or a "Ghi chú:" line at the end of the text: the last such rule whose next line opens
    note 1 and after which, up to the recipients' list, every line opening with a number opens the next note, the
    body citing every note (after a remark line; note 1 at least after a rule of underscores, which sets notes off
    by itself)."""
    for rule in reversed(list(_NOTES_RULE.finditer(text))):
        line_end = text.find("\n", rule.end())
        rest = text[rule.end():line_end if line_end >= 0 else len(text)].strip()
        is_rule = text[rule.start():rule.end()].strip().startswith(("_", "-"))
        if rest and not is_rule:
            first_at = rule.end()  # "Ghi chú: (1) ..." on one line
        elif line_end < 0:
            continue
        else:
            first_at = line_end + 1
            while first_at < len(text) and text[first_at] == "\n":
                first_at += 1
        closing = _CLOSING.search(text, first_at)
        end = closing.start() if closing else len(text)
        notes = [(_marker_number(m), m.start()) for m in _NOTE_LINE.finditer(text, first_at, end)]
        same_line = _NOTE_OPENING.match(text, first_at) if first_at == rule.end() else None
        if same_line:  # ("^" does not hold in the middle of the rule's line)
            notes.insert(0, (_marker_number(same_line), first_at))
        if not notes or notes[0][1] != first_at and text[first_at:notes[0][1]].strip() or notes[0][0] != 1:
            continue
        if any(b[0] != a[0] + 1 for a, b in zip(notes, notes[1:], strict=False)):
            continue  # a list numbered otherwise is no run of footnotes
        if _PART.search(text, first_at, end) or _HEADING_IN_NOTES.search(text, first_at, end):
            continue  # the body goes on: the numbered lines are its sections
        cited = _numbered_anchors(text, rule.start(), len(notes))
        if cited[0] is None or not is_rule and None in cited:
            continue  # numbered lines the body never cites are its own sections ("2. Nông nghiệp") after a remark
        return rule.start(), notes, cited, end
    return None


def _numbered_anchors(text: str, body_end: int, count: int) -> list[int | None]:
    """Where the body cites footnotes 1..count: the first marker of each number after the one before's."""
    # One scan of the body, the markers of each number in order (a scan per note costs notes × body). Every search
    # resumes at the end of a marker the scan found, so it finds what a scan from there would.
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for m in _BODY_MARKER.finditer(text, 0, body_end):
        number = _marker_number(m)
        starts.setdefault(number, []).append(m.start())
        ends.setdefault(number, []).append(m.end())
    found: list[int | None] = []
    at = 0
    for number in range(1, count + 1):
        positions = starts.get(number, [])
        i = bisect.bisect_left(positions, at)
        found.append(positions[i] if i < len(positions) else None)
        if i < len(positions):
            at = ends[number][i]
    return found


def find_anchors(text: str, body_end: int) -> list[int]:
    """Line breaks in the body that stand for footnote anchors: they cut a sentence, the next line going on with
    punctuation or a lower-case word."""
    anchors = []
    for match in re.finditer(r"\n", text[:body_end]):
        i = match.start()
        before = text[i - 1] if i else "\n"
        if before.isspace() or before in _TERMINAL:
            continue
        rest = text[i + 1:i + 6].lstrip(" ")
        if not rest:
            continue
        head = rest[0]
        if re.match(r"\(\d{1,2}\)|[a-zđ]\)\s|[-+•]\s", rest):
            continue  # a list item or heading marker on its own line
        if head in ";,./)(…" or head.islower():
            anchors.append(i)
    return anchors


def _marker(line: str) -> tuple[int, str] | None:
    match = _PART.match(line)
    if match:
        return -1, "P" + _PART_WORDS[match.group(1).lower()]
    for level, pattern in _MARKERS:
        match = pattern.match(line)
        if match:
            return level, match.group(1)
    return None


def segment(text: str) -> Segmentation:
    """Section tree, footnotes and anchors of a normalised report text."""
    body_end = _footnote_block(text)
    numbered = _numbered_notes(text) if body_end == len(text) else None
    if numbered:
        body_end = numbered[0]
    seg = Segmentation(text=text, body_end=body_end)
    # Without footnotes there are no anchors to find; notes written out by number are cited by their number, not by
    # a line break.
    seg.anchors = find_anchors(text, body_end) if body_end < len(text) and not numbered else []
    joined = seg.joined()
    has_parts = bool(_PART.search(joined, 0, body_end))
    # Before the first part marker is the header; a report without parts starts its body at the first marker.
    path: list[tuple[int, str]] = []
    seg.sections.append(Section("H", 0, 0))
    in_header = True
    offset = 0
    for line in joined[:body_end].split("\n"):
        found = _marker(line)
        if found and (not in_header or found[0] == -1 or (not has_parts and found[0] in (0, 1, 2, 3))):
            level, name = found
            if level == -1:
                path = [(-1, name)]
            else:
                if in_header:
                    path = [(-1, "P1")]
                while path and path[-1][0] >= level:
                    path.pop()
                if level == 3 and path and path[-1][0] == 2 and path[-1][1] != name.split(".")[0]:
                    path.pop()  # "2.3." right under "1.": it does not belong to "1."
                path.append((level, name))
            in_header = False
            seg.sections.append(Section("/".join(name for _, name in path), offset, offset))
        offset += len(line) + 1
    if numbered:
        for n, (_, start) in enumerate(numbered[1], start=1):
            seg.sections.append(Section(f"FN/{n}", start, start))
    for n, match in enumerate(_FOOTNOTE_START.finditer(text, body_end), start=1):
        seg.sections.append(Section(f"FN/{n}", match.start(), match.start()))
    # Close every section where the next begins.
    ends = [s.start for s in seg.sections[1:]] + [len(text)]
    if numbered and seg.sections[-1].path.startswith("FN/"):
        ends[-1] = numbered[3]  # the last note ends where the recipients' list begins
    seg.sections = [Section(s.path, s.start, end) for s, end in zip(seg.sections, ends, strict=True)]
    seg._starts = [s.start for s in seg.sections]
    notes = [s for s in seg.sections if s.path.startswith("FN/")]
    cited = numbered[2] if numbered else None
    for i, note in enumerate(notes):
        if cited is not None:
            anchor = cited[i]
        else:
            anchor = seg.anchors[i] if len(seg.anchors) == len(notes) else None
        seg.footnotes.append(Footnote(i + 1, note.start, note.end, anchor))
    return seg


def paragraphs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line of ``text[start:end]``: a paragraph of the genre is one line."""
    end = len(text) if end is None else end
    spans = []
    for match in re.finditer(r"[^\n]+", text[start:end]):
        if match.group().strip():
            spans.append((start + match.start(), start + match.end()))
    return spans


# A sentence ends at . ! ? (not a mark between digits) followed by a space and an upper-case letter, a bullet or
# the end of the line; not after an abbreviation that takes a full stop ("TP. Hồ Chí Minh", "TX. Điện Bàn", an
# initial), but after an acronym it does ("... 2,4 tỷ USD. Lũy kế ...", "... tăng 5,1% so với GRDP. ...").
_SENTENCE_END = re.compile(r"[.!?…]+(?=\s+(?:[A-ZĐÀ-Ỹ\-(\"“]|$)|$)", re.MULTILINE)
_ABBREVIATION_BEFORE = re.compile(r"(?<!\w)(?:TP|Tp|TX|Tx|TT|Tt|ThS|TS|PGS|GS|KS|BS|CN|[A-ZĐ])$")


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of the sentences of ``text[start:end]``, line by line."""
    spans = []
    for para_start, para_end in paragraphs(text, start, end):
        cursor = para_start
        for match in _SENTENCE_END.finditer(text, para_start, para_end):
            if match.group().startswith(".") and _ABBREVIATION_BEFORE.search(text, max(para_start, match.start() - 4),
                                                                              match.start()):
                continue
            spans.append((cursor, match.end()))
            cursor = match.end()
        if text[cursor:para_end].strip():
            spans.append((cursor, para_end))
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in spans]
