"""The normalised report text: the one coordinate system for every offset in provkg.

Offsets in fact sheets, extraction output, RDF and validation findings all count characters of the
text returned by :func:`normalise`: Unicode NFC with ``\\n`` newlines, nothing else changed.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import deque
from functools import lru_cache
from re import _constants, _parser


def normalise(text: str) -> str:
    """Return ``text`` in NFC with CRLF/CR newlines turned into LF and a leading BOM removed."""
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def text_sha256(normalised: str) -> str:
    """SHA-256 (hex) of the normalised text encoded as UTF-8: the identity of a report's text."""
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


_CLAUSE_ENDS = ".;:\n"
QUOTE_LIMIT = 240


def quote_around(text: str, start: int, end: int) -> str:
    """The clause of ``text`` that contains ``text[start:end]``, trimmed to about QUOTE_LIMIT characters.

    A clause ends at a full stop, semicolon, colon or line break; a full stop between digits (a thousands mark)
    does not end it.
    """

    def is_boundary(i: int) -> bool:
        if text[i] not in _CLAUSE_ENDS:
            return False
        between_digits = 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()
        return not between_digits

    left = start
    while left > 0 and start - left < QUOTE_LIMIT // 2 and not is_boundary(left - 1):
        left -= 1
    right = end
    while right < len(text) and right - end < QUOTE_LIMIT // 2 and not is_boundary(right):
        right += 1
    return " ".join(text[left:right].split())


# Vietnamese writes the tone of a final "oa", "oe", "uy" either on the first vowel (hóa, thủy) or on the second
# (hoá, thuỷ); reports mix both, so labels and phrases are compared with the mark on the first vowel.
_TONES = {"a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ", "o": "òóỏõọ", "u": "ùúủũụ"}
# (the "qu" of "quý", "quả" is no vowel pair: checked in the replacement, as a look-behind here would slow every
# scan of the pattern down)
_SECOND_VOWEL_TONE = re.compile(r"(?:o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])(?!\w)")


def _tone_on_first_vowel(match: re.Match[str]) -> str:
    if match.start() and match.string[match.start() - 1] == "q":
        return match.group(0)
    first, toned = match.group(0)
    plain = next(vowel for vowel, marks in _TONES.items() if toned in marks)
    return _TONES[first][_TONES[plain].index(toned)] + plain


@lru_cache(maxsize=65536)  # one phrase is looked up in several label indexes (projects, programmes, causes, ...)
def fold(text: str) -> str:
    """Lower case and one tone placement, character for character: ``len(fold(t)) == len(t)`` for NFC text."""
    lower = text.lower()
    if len(lower) != len(text):  # a character whose lower case is longer: keep offsets exact
        lower = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return _SECOND_VOWEL_TONE.sub(_tone_on_first_vowel, lower)


def normalise_label(text: str) -> str:
    """The form labels and subject phrases are compared in: NFC, single spaces, folded (see :func:`fold`)."""
    return fold(re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip())


def is_word_char(ch: str) -> bool:
    """Whether a character is a word character as ``\\w`` of a regular expression reads it (a letter, a digit of
    any script, or ``_``): for whole-word tests done without a pattern."""
    return ch.isalnum() or ch == "_"


def may_hold(text: str, words: tuple[str, ...] | None) -> bool:
    """False only when ``text`` holds none of ``words`` (lower case) in any case, nor a letter that Python's
    case-insensitive patterns read as "i" or "s" although its lower case is none (ı, İ, ſ): then a pattern whose
    every match holds one of the words need not run. ``None`` (no such words known): True."""
    if words is None:
        return True
    lowered = text.lower()
    for word in words:  # (a loop, not any() over a generator: this runs for most figures, several times)
        if word in lowered:
            return True
    return "ı" in text or "İ" in text or "ſ" in text


def may_end_with(text: str, words: tuple[str, ...] | None) -> bool:
    """As :func:`may_hold`, for a pattern that ends in ``$``: one of ``words`` at the end, or before a final line
    break."""
    if words is None:
        return True
    lowered = text.lower()
    return lowered.endswith(words) or lowered.removesuffix("\n").endswith(words) \
        or "ı" in text or "İ" in text or "ſ" in text


def _plain_letters(word: str) -> bool:
    # Latin and Vietnamese letters, digits and punctuation that a case-insensitive pattern reads as the text's
    # lower case does (the odd ı, İ, ſ of a text aside, which may_hold looks for; checked over all of Unicode)
    return all((ord(ch) < 0x250 or 0x1E00 <= ord(ch) <= 0x1EFF) and ch not in "µıſṠṡẛ" for ch in word) \
        and len(word.lower()) == len(word)


def _words_of(items: _parser.SubPattern | list) -> frozenset[str] | None:
    """Words (lower case) one of which every match of a parsed sequence holds; the most selective choice."""
    choices: list[frozenset[str]] = []
    run: list[str] = []
    for op, arg in list(items) + [(None, None)]:
        if op is _constants.LITERAL:
            run.append(chr(arg))
            continue
        if run:  # consecutive literal characters: one word every match holds
            choices.append(frozenset({"".join(run).lower()}))
            run = []
        found: frozenset[str] | None = None
        if op is _constants.IN and all(kind is _constants.LITERAL for kind, _ in arg):
            found = frozenset(chr(code).lower() for _kind, code in arg)  # "[/-]": one of its characters
        elif op is _constants.SUBPATTERN:
            found = _words_of(arg[-1])
        elif op is _constants.ATOMIC_GROUP:
            found = _words_of(arg)
        elif op is _constants.BRANCH:
            branches = [_words_of(branch) for branch in arg[1]]
            found = frozenset().union(*branches) if all(b is not None for b in branches) else None
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT) and arg[0] >= 1:
            found = _words_of(arg[2])
        if found:
            choices.append(found)
    choices = [c for c in choices if all(_plain_letters(word) for word in c)]
    if not choices:
        return None
    return max(choices, key=lambda c: (min(len(word) for word in c), -len(c)))


@lru_cache(maxsize=1024)
def required_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Words (lower case) one of which every match of ``pattern`` holds, read from the pattern itself (its
    literal characters outside optional parts and look-arounds), or None when it names none: with
    :func:`may_hold`, a test before running the pattern that can never disagree with it."""
    found = _words_of(_parser.parse(pattern.pattern, pattern.flags))
    return tuple(sorted(found)) if found else None


def _literal_strings(items: _parser.SubPattern | list) -> set[str] | None:
    """Every string a parsed sequence of plain characters and alternatives matches, or None when it is more."""
    found = {""}
    for op, arg in items:
        if op is _constants.LITERAL:
            options: set[str] | None = {chr(arg)}
        elif op is _constants.SUBPATTERN:
            options = _literal_strings(arg[-1])
        elif op is _constants.BRANCH:
            branches = [_literal_strings(branch) for branch in arg[1]]
            options = set().union(*branches) if all(b is not None for b in branches) else None
        else:
            return None
        if options is None or len(found) * len(options) > 1000:
            return None
        found = {head + tail for head in found for tail in options}
    return found


@lru_cache(maxsize=256)
def end_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """For a pattern that ends in one of some words and ``$``: those words (lower case), read from the pattern;
    else None. With :func:`may_end_with`, a test before running the pattern that can never disagree with it."""
    items = list(_parser.parse(pattern.pattern, pattern.flags))
    if len(items) < 2 or items[-1] != (_constants.AT, _constants.AT_END):
        return None
    words = _literal_strings([items[-2]])
    if not words or not all(word and _plain_letters(word) for word in words):
        return None
    return tuple(sorted(word.lower() for word in words))


def search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, not run where the text lacks every word the pattern's matches hold."""
    return pattern.search(text) if may_hold(text, required_words(pattern)) else None


def last_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text`` (None when there is none; the pattern does not run where the text
    lacks every word its matches hold)."""
    if not may_hold(text, required_words(pattern)):
        return None
    last = deque(pattern.finditer(text), maxlen=1)  # run through in C: this is called for most figures
    return last[0] if last else None
