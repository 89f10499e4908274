"""What a regular expression's matches must hold, read from the pattern itself, so that a pattern need not run
over text that cannot match it: extraction runs some forty patterns for every figure over the words before it,
and most of those words hold none of a pattern's words (a test of a few substrings costs 1-3 µs where many of
these patterns cost 10-50 µs). Every test here can only say "maybe" where the pattern would match."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from re import _constants, _parser


def may_hold(text: str, words: tuple[str, ...] | None) -> bool:
    """False only when ``text`` holds none of ``words`` (lower case) in any case, nor a letter that Python's
    case-insensitive patterns read as "i" or "s" although its lower case is none (ı, İ, ſ): then a pattern whose
    every match holds one of the words need not run. ``None`` (no such words known): True."""
    if words is None:
        return True
    read = _LOWERED.get(text)
    if read is None:
        read = _lower(text)
    lowered = read[0]
    for word in words:  # (a loop, not any() over a generator: this runs for most figures, several times)
        if word in lowered:
            return True
    return read[1]


# Texts tested lately -> (lower case, whether it holds ı, İ or ſ): the steps of one figure test the same few
# phrases (its words, its sentence so far, its clause) against some forty patterns; each is lowered once.
_LOWERED: dict[str, tuple[str, bool]] = {}


def _lower(text: str) -> tuple[str, bool]:
    if len(_LOWERED) > 1024:
        _LOWERED.clear()
    read = _LOWERED[text] = (text.lower(), "ı" in text or "İ" in text or "ſ" in text)
    return read


def may_end_with(text: str, words: tuple[str, ...] | None) -> bool:
    """As :func:`may_hold`, for a pattern that ends in ``$``: one of ``words`` at the end, or before a final line
    break."""
    if words is None:
        return True
    read = _LOWERED.get(text)
    if read is None:
        read = _lower(text)
    lowered = read[0]
    return lowered.endswith(words) or lowered.removesuffix("\n").endswith(words) or read[1]


def _plain_letters(word: str) -> bool:
    # Latin and Vietnamese letters, digits and punctuation that a case-insensitive pattern reads as the text's
    # lower case does (the odd ı, İ, ſ of a text aside, which may_hold looks for; checked over all of Unicode)
    return all((ord(ch) < 0x250 or 0x1E00 <= ord(ch) <= 0x1EFF) and ch not in "µıſṠṡẛ" for ch in word) \
        and len(word.lower()) == len(word)


def _words_of(items: _parser.SubPattern | list) -> frozenset[str] | None:
    """Words (lower case) one of which every match of a parsed sequence holds; the most selective choice."""
    choices = _choices_of(items)
    return choices[0] if choices else None


def _choices_of(items: _parser.SubPattern | list) -> list[frozenset[str]]:
    """Every set of words (lower case) one of which every match of a parsed sequence holds, one set per part of
    the sequence that names words, the most selective first."""
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
    # (sorted is stable: of two as selective, the first in the pattern comes first, as max() chose before)
    return sorted(choices, key=lambda c: (min(len(word) for word in c), -len(c)), reverse=True)


# Pattern -> what was read from it, by id (hashing a compiled pattern costs as much as the test it saves); the
# pattern is kept with the answer, so that its id is not reused while the entry stands.
_REQUIRED: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None]] = {}
_ENDS: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None]] = {}


def _read_once(known: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None]], pattern: re.Pattern[str],
               read: Callable[[re.Pattern[str]], tuple[str, ...] | None]) -> tuple[str, ...] | None:
    entry = known.get(id(pattern))
    if entry is not None and entry[0] is pattern:
        return entry[1]
    words = read(pattern)
    if len(known) > 4096:
        known.clear()
    known[id(pattern)] = (pattern, words)
    return words


def required_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Words (lower case) one of which every match of ``pattern`` holds, read from the pattern itself (its
    literal characters outside optional parts and look-arounds), or None when it names none: with
    :func:`may_hold`, a test before running the pattern that can never disagree with it."""
    return _read_once(_REQUIRED, pattern, _required_words)


def _required_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    found = _words_of(_parser.parse(pattern.pattern, pattern.flags))
    return tuple(sorted(found)) if found else None


# How many of a pattern's sets of words a text is tested for: the second often fails where the first passes
# ("đến ... tháng", "trong ... tháng": the first words are everywhere), a third rarely adds anything.
_SETS_TESTED = 2
_SETS: dict[int, tuple[re.Pattern[str], tuple[tuple[str, ...], ...]]] = {}


def required_word_sets(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """Sets of words (lower case) such that every match of ``pattern`` holds a word of each set, the most selective
    first (the first is :func:`required_words`); none when the pattern names no words."""
    entry = _SETS.get(id(pattern))
    if entry is not None and entry[0] is pattern:
        return entry[1]
    choices = _choices_of(_parser.parse(pattern.pattern, pattern.flags))[:_SETS_TESTED]
    sets = tuple(tuple(sorted(words)) for words in choices)
    if len(_SETS) > 4096:
        _SETS.clear()
    _SETS[id(pattern)] = (pattern, sets)
    return sets


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


def end_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """For a pattern that ends in one of some words and ``$``: those words (lower case), read from the pattern;
    else None. With :func:`may_end_with`, a test before running the pattern that can never disagree with it."""
    return _read_once(_ENDS, pattern, _end_words)


def _end_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    items = list(_parser.parse(pattern.pattern, pattern.flags))
    if len(items) < 2 or items[-1] != (_constants.AT, _constants.AT_END):
        return None
    words = _literal_strings([items[-2]])
    if not words or not all(word and _plain_letters(word) for word in words):
        return None
    return tuple(sorted(word.lower() for word in words))


def search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, not run where the text lacks every word of one of the sets the pattern's matches
    hold a word of."""
    return pattern.search(text) if guarded(pattern, text) else None


def guarded(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` may match in ``text``: False only when the text lacks every word of one of the sets
    every match holds a word of (see :func:`required_word_sets`, :func:`may_hold`)."""
    entry = _SETS.get(id(pattern))  # (required_word_sets inlined: this runs some thirty times per figure)
    sets = entry[1] if entry is not None and entry[0] is pattern else required_word_sets(pattern)
    if not sets:
        return True
    # (may_hold inlined, the text lowered once for all sets: this runs some thirty times per figure)
    read = _LOWERED.get(text)
    if read is None:
        read = _lower(text)
    if read[1]:
        return True
    lowered = read[0]
    for words in sets:
        for word in words:
            if word in lowered:
                break
        else:
            return False
    return True


def trie_alternation(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words`` (escaped), written as a tree of their common beginnings: the
    same strings as their alternation longest first, the longest that lets the rest of a pattern match preferred
    as there, but a failed character is tried once for all the words that share it rather than once per word (a
    scan for any of some seventy kinds of works runs about three times faster)."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def written(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + written(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body  # (greedy: a longer word first, as longest first would)

    return written(tree)



# A capital letter, Vietnamese ones included, as a class for patterns: "[A-ZĐÀ-Ỹ]" would hold the lower-case
# letters between À and Ỹ too (à, đ, ư, ơ ...), which open the words of a sentence, not a name.
CAPITAL = "[A-Z" + "".join(chr(c) for c in range(0xC0, 0x1F00) if chr(c).isupper()) + "]"
