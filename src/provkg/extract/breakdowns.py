"""Breakdowns: the parts of a total (in brackets, after "trong đó"/"gồm", after a colon, in a footnote) and
the X of an X/Y pair."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from decimal import Decimal

from provkg.core.errors import InputError
from provkg.core.model import Figure
from provkg.core.periods import parse_period
from provkg.extract.context import ReportContext
from provkg.extract.lexicon import Lexicon
from provkg.extract.notation import Candidate
from provkg.extract.vocabulary import vocabulary

_BREAKDOWN = re.compile(r"(?<!\w)(?:trong đó|bao gồm|gồm|cụ thể)(?!\w)\s*:?", re.IGNORECASE)
_BRACKET_CLOSED = re.compile(r"\s*\)")
_NAMED_BREAKDOWN = re.compile(r"\s*(?:trong đó|gồm|bao gồm)", re.IGNORECASE)
_LINE_BREAK_NEXT = re.compile(r"\s*:?\s*\n")
_NEXT_LINE = re.compile(r"\n[ \t]*([^\n]*)")


def total_before_bracket(w: str, figures: list[Figure], sent_start: int, left: str, start: int) -> Figure | None:
    """After a bracketed breakdown ("450 người (gồm A 250 người, B 200 người), tăng 12%"), the figure the
    bracket details, not the bracket's last part, is the one a change goes on about."""
    if not _BRACKET_CLOSED.match(left):
        return None
    opened = w.rfind("(", sent_start, start)
    if opened < 0:
        return None
    for f in reversed(figures):  # in text order: the sentence's figures are the last ones
        if f.start < sent_start:
            return None
        if f.start < opened:
            return f
    return None


def link_pairs(cands: list[Candidate], by_start: dict[int, Figure]) -> None:
    """X/Y: X is a part of Y when Y counts the whole."""
    for cand in cands:
        if cand.pair_role == "x" and cand.pair_partner is not None:
            y = by_start.get(cand.pair_partner)
            x = by_start.get(cand.start)
            if x and y and y.measure == "value" and x.value <= y.value:
                x.parent = y.start


def _unit_fits(part: str, total: str, lex: Lexicon | None = None) -> bool:
    """A part's unit fits its total's: the same, one of the total's listed kinds ("trường" of
    "trường/trung tâm"), or another spelling of the same unit concept, a count of the part's own kind ("12.000
    phương tiện (gồm 11.500 mô tô và 500 ô tô)", "900 đối tượng, gồm: người cao tuổi 600 người, trẻ mồ côi 300 trẻ":
    both count vehicles, both people)."""
    if part == total:
        return True
    if lex is not None and part and total \
            and lex.unit_iris.get(part.lower(), frozenset()) & lex.unit_iris.get(total.lower(), frozenset()):
        return True
    kinds = [k.strip() for k in re.split(r"[/,]", total) if k.strip()]
    return bool(part) and len(kinds) > 1 and any(part == k or part.startswith(k) or k.startswith(part) for k in kinds)


def _ended_before(f: Figure, total: Figure) -> bool:
    """Whether ``f``'s period ended before ``total``'s began: a level of an earlier period quoted beside the total
    ("585,7 tỷ đồng, tăng 30% so với năm trước (450,6 tỷ đồng)") is its comparison base, never a part of it."""
    try:
        return parse_period(f.period).end < parse_period(total.period).begin
    except (InputError, ValueError):
        return False


def _part_of(f: Figure, total: Figure, any_size: bool = False, lex: Lexicon | None = None) -> bool:
    """Whether ``f`` can be a part of ``total``; ``any_size``: even a larger one (a part the words name as one,
    larger than its total: the inconsistency validation is to find). A plan's parts are plans ("kế hoạch vốn 900
    tỷ đồng, gồm: vốn trung ương giao 600 tỷ đồng; vốn tỉnh 300 tỷ đồng") or levels."""
    return (
        f is not total and f.parent is None and not _ended_before(f, total)
        and (f.measure == total.measure or (total.measure, f.measure) == ("plan_value", "value"))
        and f.measure in ("value", "change_abs", "plan_value") and (any_size or abs(f.value) <= abs(total.value))
        and _unit_fits(f.unit_text, total.unit_text, lex)
    )


# the first part of a "trong đó" breakdown, right after the opener, its number with at most a bound word or a verb
# before it: "trong đó trên 1.200 ca là ...", "trong đó có hơn 200 hộ", "trong đó: 1.500 lao động"
_RIGHT_AFTER_OPENER = re.compile(
    r"\s*(?:(?:có|là|khoảng|gần|trên|hơn|dưới|chỉ|riêng|ước|đạt|với)\s+)*$", re.IGNORECASE)


def _kind_of_both(r: ReportContext, total: str, part: str | None) -> str | None:
    """The one concept under both the total's concept and the one a part's own words name, if there is one."""
    if not part or part == total or part in r.lex.ancestors.get(total, ()):
        return None  # (a part naming the total or a whole above it names no kind of it)
    both = [local for local in r.lex.narrower.get(total, ()) if part in r.lex.ancestors.get(local, ())]
    return both[0] if len(both) == 1 else None


def _in_brackets(w: str, lo: int, start: int) -> bool:
    """Whether an offset lies inside brackets opened after ``lo``."""
    before = w[lo:start]
    return before.count("(") > before.count(")")


def link_parents(r: ReportContext, figures: list[Figure], pair_y: set[int]) -> None:
    """Breakdowns: parts inside brackets, after "trong đó"/"gồm", or listed after a colon, with their total's unit.

    Inner breakdowns are read first, so a part goes to the nearest total that can hold it.
    """
    w = r.w
    order = sorted(figures, key=lambda f: f.start)
    starts = [f.start for f in order]

    def between(lo: int, hi: int) -> list[Figure]:
        """The figures starting in [lo, hi), found by bisection (a report has thousands)."""
        return order[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]

    # Brackets: "(Mầm non 107 trường, Tiểu học 116 trường)", "(giảm 01 trường NM, 03 trường TH)".
    for open_m in re.finditer(r"\(", w):
        close = w.find(")", open_m.end())
        if close < 0 or close - open_m.end() > 400:
            continue
        sent = r.sentence_of(open_m.start())
        before = [f for f in between(sent[0], open_m.start()) if f.end <= open_m.start() and f.start not in pair_y
                  and f.measure in ("value", "change_abs")]
        inside = between(open_m.end(), close)
        if not before or not inside:
            continue
        lead = re.match(r"\s*(?:trong đó|gồm|bao gồm)?\s*:?\s*(?:[^\d(),;]{0,25})?$",
                        w[open_m.end():inside[0].start], re.IGNORECASE)
        for total in reversed(before):
            parts = [f for f in inside if _part_of(f, total, lex=r.lex)]
            if parts and (len(parts) >= 2 or lead):
                named = _NAMED_BREAKDOWN.match(w, open_m.end())
                for f in parts:
                    f.parent = total.start
                    f.breakdown = _kind(named.group() if named else "")
                    if not named and total.indicator \
                            and total.indicator not in r.lex.ancestors.get(f.indicator or "", ()):
                        # "(Mầm non 107 trường, Tiểu học 116 trường)": categories of the total's indicator (a
                        # part its own words name as a kind of it keeps that: "(9 chỉ tiêu vượt, 8 chỉ tiêu đạt)";
                        # a part naming another whole is the kind of both: "245 trường mầm non (229 trường công
                        # lập, ...)" the public preschools)
                        f.indicator = _kind_of_both(r, total.indicator, f.indicator) or total.indicator
                break
    # "trong đó", "gồm": the parts follow, up to the end of the sentence, bracket or bullet list.
    for m in reversed(list(_BREAKDOWN.finditer(w))):
        sent = r.sentence_of(m.start())
        lo = sent[0]
        if not w[lo:m.start()].strip(" -–\n\ufffd"):
            lo = r.sentence_of(max(0, sent[0] - 2))[0]  # "... 51 vụ. Trong đó: ..."
        totals = [f for f in between(lo, m.start()) if f.start not in pair_y]
        # a figure in brackets before "gồm" is an aside ("700 tỷ đồng, bằng 17% kế hoạch năm (kế hoạch 4.120 tỷ
        # đồng), tăng 6,3%, gồm: ..."): the parts are the figure's outside the brackets first
        totals = [f for f in totals if _in_brackets(w, lo, f.start)] + \
            [f for f in totals if not _in_brackets(w, lo, f.start)]
        scope_end = _breakdown_scope(w, m, sent)
        for number, f in enumerate(between(m.end(), scope_end)):
            # the part named right after "trong đó" is one whatever its size ("1.980 ca, trong đó trên 1.200 ca là
            # học sinh"), to the nearest total before it in its unit
            named_first = number == 0 and bool(_RIGHT_AFTER_OPENER.match(w[m.end():f.start]))
            for total in reversed(totals):
                # (not a figure of an aside closed before the opener: "tăng 4 cơ sở (gồm ..., 01 trường THPT).
                # Cụ thể: 181 trường mầm non ..." does not detail the one school)
                aside = _in_brackets(w, lo, total.start) and not _in_brackets(w, lo, m.start())
                if _part_of(f, total, any_size=named_first and not aside
                            and total.measure == f.measure == "value", lex=r.lex):
                    f.parent, f.breakdown = total.start, _kind(m.group())
                    break
    # A colon list: "726,31 ha: huyện A 603,18 ha, huyện B 10 ha".
    for total in order:
        if total.measure != "value":
            continue
        after = w[total.end:total.end + 30]
        colon = after.find(":")
        if colon < 0 or ";" in after[:colon] or "." in after[:colon]:
            continue
        sent = r.sentence_of(total.start)
        parts = [f for f in between(total.end + 1, sent[1]) if _part_of(f, total, lex=r.lex)]
        if len(parts) >= 2:
            for f in parts:
                f.parent = total.start
                if total.indicator and _only_place(r, f.subject):
                    f.indicator = total.indicator  # "55 ha tại các huyện: A: 25 ha; B: 20 ha": by place
    _footnote_parents(r, between)
    _complete_by_categories(r, figures)


def _only_place(r: ReportContext, subject: str) -> bool:
    """Whether a subject is nothing but a place name ("Tuần Giáo", "huyện Mường Chà")."""
    hits = r.places.find_all(subject)
    rest = "".join(subject[i] for i in range(len(subject)) if not any(s <= i < e for s, e, _ in hits))
    return bool(hits) and not re.sub(r"(?i)huyện|thị xã|thành phố|tỉnh|xã|[\W\d]", "", rest)


def _footnote_parents(r: ReportContext, between: Callable[[int, int], list[Figure]]) -> None:
    """A footnote that details the figure it is anchored to: its figures are parts of that figure when the note
    says so ("Trong đó ...", "Gồm ...") or when they add up to it."""
    w = r.w
    for note in r.seg.footnotes:
        if note.anchor is None:
            continue
        sent = r.sentence_of(note.anchor)
        totals = [f for f in between(sent[0], note.anchor) if f.measure == "value"]
        inside = [f for f in between(note.start, note.end) if f.parent is None]
        if not totals or not inside:
            continue
        # (past the note's own marker: "\ufffd", "(1)", "[2]", "3/", "4)", "⁵")
        cue = re.match(r"[\s(\ufffd)]*(?:\(\d{1,2}\)|\[\d{1,2}\]|\d{1,2}[/)]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)?\s*"
                       r"(?:trong đó|gồm|bao gồm)", w[note.start:note.end], re.IGNORECASE)
        for total in reversed(totals):
            parts = [f for f in inside if _part_of(f, total, lex=r.lex)]
            if not parts:
                continue
            adds_up = abs(sum(f.value for f in parts) - total.value) <= abs(total.value) * Decimal("0.005")
            if cue or (len(parts) >= 2 and adds_up):
                for f in parts:
                    f.parent, f.breakdown = total.start, _kind(cue.group() if cue else "")
                inside = [f for f in inside if f.parent is None]


# What separates the items of a list: a semicolon, a comma or colon before a blank (not a decimal comma), "và", a
# bracket or a line break.
_ITEM_BREAK = re.compile(r"[;()\n]|[,:](?=\s)|(?<!\w)và(?!\w)", re.IGNORECASE)


def _item_of(w: str, f: Figure, lo: int, hi: int) -> str:
    """The words of the list item holding a part: from the break before it (not before ``lo``, the part before's
    end) to the break after it (not after ``hi``, the next part's start)."""
    left = max((m.end() for m in _ITEM_BREAK.finditer(w, lo, f.start)), default=lo)
    right = _ITEM_BREAK.search(w, f.end, hi)
    return w[left:right.start() if right else hi]


def _complete_by_categories(r: ReportContext, figures: list[Figure]) -> None:
    """A partial breakdown whose parts name, one each, every category of a set that makes up a whole
    (vocabularies/extraction.toml, ``complementary``: domestic and international, the levels of government, public
    and non-public) is complete: "trong đó khách nội địa 4.100 lượt, khách quốc tế 300 lượt". A list naming only some
    of them stays partial."""
    w = r.w
    parts_of: dict[int, list[Figure]] = {}
    for f in figures:
        if f.parent is not None:
            parts_of.setdefault(f.parent, []).append(f)
    for parts in parts_of.values():
        if len(parts) < 2 or any(f.breakdown == "complete" for f in parts) \
                or len({f.measure for f in parts}) > 1:
            continue
        parts.sort(key=lambda f: f.start)
        items = [_item_of(w, f, parts[i - 1].end if i else max(0, f.start - 80),
                          parts[i + 1].start if i + 1 < len(parts) else f.end + 80)
                 for i, f in enumerate(parts)]
        for pattern, category, exact in vocabulary().complementary:
            named = []
            for item in items:
                found = {category[m.group() if exact else m.group().lower()] for m in pattern.finditer(item)}
                if len(found) != 1:
                    break
                named.append(found.pop())
            if len(named) == len(parts) and sorted(named) == sorted(set(category.values())):
                for f in parts:
                    f.breakdown = "complete"
                break


def _breakdown_scope(w: str, m: re.Match[str], sent: tuple[int, int]) -> int:
    """Where a breakdown ends: the closing bracket, the sentence end, or the bullet list after "trong đó:"; a clause
    singling out a part of a part ("gồm 5 vàng, 2 đồng; riêng vận động viên A giành 3 vàng") is no further part."""
    singled = _SINGLED_OUT.search(w, m.end(), sent[1])
    if singled:
        sent = (sent[0], singled.start())
    opened = w.rfind("(", sent[0], m.start())
    if opened >= 0 and w.find(")", opened, m.start()) < 0:
        close = w.find(")", m.end())
        return close if close >= 0 else sent[1]
    if w[m.end() - 1] == ":" or _LINE_BREAK_NEXT.match(w, m.end()):
        end = m.end()
        for line in _NEXT_LINE.finditer(w, m.end()):  # from the offset on, not on a copy of the rest of the text
            content = line.group(1)
            if not content.strip():
                continue
            if content.lstrip().startswith(("-", "+", "•")):
                end = line.end()
                continue
            break
        return max(end, sent[1])
    # an enumeration closed by "và" ends at the semicolon after it: "gồm A 16 giấy phép và B 27 giấy phép; cấp đổi
    # 21 giấy phép" (what follows is a clause of its own, no further part)
    semicolon = w.find(";", m.end(), sent[1])
    if semicolon >= 0 and _CLOSING_AND.search(w, m.end(), semicolon):
        return semicolon
    return sent[1]


_CLOSING_AND = re.compile(r"(?<!\w)và(?!\w)", re.IGNORECASE)


# A clause after a semicolon that singles out some of what was listed: "; riêng ...", "; trong số đó ..."
_SINGLED_OUT = re.compile(r";\s*(?:riêng|trong số đó)(?!\w)", re.IGNORECASE)


def _kind(opener: str) -> str:
    """A breakdown announced as the whole ("gồm", "bao gồm") is complete; "trong đó" and unannounced lists are
    partial (the parts need not add up)."""
    return "complete" if re.search(r"(?<!\w)(?:bao gồm|gồm)(?!\w)", opener, re.IGNORECASE) else "partial"
