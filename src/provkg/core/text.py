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

from provkg.core.patterns import guarded


def normalise(text: str) -> str:
    """Return ``text`` in NFC with CRLF/CR newlines turned into LF and a leading BOM removed."""
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def text_sha256(normalised: str) -> str:
    """SHA-256 (hex) of the normalised text encoded as UTF-8: the identity of a report's text."""
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


QUOTE_LIMIT = 240


_CLAUSE_END = re.compile(r"[.;:\n]")


def quote_around(text: str, start: int, end: int) -> str:
    """The clause of ``text`` that contains ``text[start:end]``, trimmed to about QUOTE_LIMIT characters.

    A clause ends at a full stop, semicolon, colon or line break; a full stop between digits (a thousands mark)
    does not end it.
    """

    def is_boundary(i: int) -> bool:
        between_digits = 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()
        return not between_digits

    # The candidates found by one regex scan of each side's window, not character by character (every figure of
    # a build is quoted): the nearest real clause end before the figure, and after it.
    lowest = max(0, start - QUOTE_LIMIT // 2)
    left = next((m.end() for m in reversed(list(_CLAUSE_END.finditer(text, lowest, start))) if is_boundary(m.start())),
                lowest)
    highest = min(len(text), end + QUOTE_LIMIT // 2)
    right = next((m.start() for m in _CLAUSE_END.finditer(text, end, highest) if is_boundary(m.start())),
                 max(end, highest))
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


def last_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text`` (None when there is none; the pattern does not run where the text
    lacks every word its matches hold)."""
    if not guarded(pattern, text):
        return None
    last = deque(pattern.finditer(text), maxlen=1)  # run through in C: this is called for most figures
    return last[0] if last else None
