"""The one label index: Vietnamese labels of concepts found in text, compared in one normalised form.

Labels and text are compared lower-cased with one tone placement (reports write both "thủy" and "thuỷ", "hóa" and
"hoá"); folding keeps every character's offset, so a match in the folded text is a match in the original.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

import ahocorasick

from provkg.core.text import fold, is_word_char, normalise_label

__all__ = ["LabelIndex", "content_words", "fold", "longest_hit", "normalise_label"]

# Function words of labels: "số người chết do tai nạn giao thông" is found in "tai nạn giao thông ... chết 5 người".
_LABEL_FUNCTION_WORDS = frozenset({"số", "tổng", "của", "do", "các", "được", "đã", "và", "về", "cho", "có"})


# How many phrases an index keeps the labels found in (the phrases of some hundreds of reports).
_PHRASES_KEPT = 50_000


@lru_cache(maxsize=65536)  # the same phrases are weighed for several figures of a sentence
def content_words(text: str) -> frozenset[str]:
    """The words of a phrase that carry its meaning, folded."""
    return frozenset(re.findall(r"\w+", fold(text))) - _LABEL_FUNCTION_WORDS


def longest_hit(found: list[tuple[int, int, str]]) -> str | None:
    """The local name of the longest of the hits (start, end, local name), the later of two as long."""
    return max(found, key=lambda hit: (hit[1] - hit[0], hit[0]))[2] if found else None


class LabelIndex:
    """Labels of one kind of concept (label -> local name), found in text as whole words, from left to right, the
    longest label where several start (as the alternation of every label, longest first, would find them)."""

    def __init__(self, labels: dict[str, str]) -> None:
        self.by_label = {normalise_label(label): local for label, local in labels.items() if len(label) >= 2}
        # Folded text against folded labels, all labels in one pass (Aho-Corasick): a regular expression of
        # some thousand alternatives costs a trial per label at every word of every phrase.
        self._automaton: ahocorasick.Automaton | None = None
        if self.by_label:
            self._automaton = ahocorasick.Automaton()
            for label, local in self.by_label.items():
                self._automaton.add_word(label, (len(label), local))
            self._automaton.make_automaton()
        self._cache: dict[str, list[tuple[int, int, str]]] = {}
        self._words_by_local: dict[str, list[frozenset[str]]] | None = None
        # Each label as a set of its content words, for labels whose words a report spreads over a clause.
        self.word_sets = [(local, words) for label, local in self.by_label.items()
                          if len(words := content_words(label)) >= 3]
        # Each word set filed under its rarest word: a text can only hold the sets whose rarest word it holds.
        counts: dict[str, int] = {}
        for _local, words in self.word_sets:
            for word in words:
                counts[word] = counts.get(word, 0) + 1
        self._by_rare_word: dict[str, list[tuple[int, str, frozenset[str]]]] = {}
        for index, (local, words) in enumerate(self.word_sets):
            rare = min(words, key=lambda w: (counts[w], w))
            self._by_rare_word.setdefault(rare, []).append((index, local, words))

    def label_words(self, local: str) -> list[frozenset[str]]:
        """The content words of each label of one concept (grouped for every concept on first use)."""
        if self._words_by_local is None:
            grouped: dict[str, list[frozenset[str]]] = {}
            for label, name in self.by_label.items():
                grouped.setdefault(name, []).append(content_words(label))
            self._words_by_local = grouped
        return self._words_by_local.get(local, [])

    def find_all(self, text: str) -> list[tuple[int, int, str]]:
        """Every label in ``text``: (start, end, local name), offsets into ``text``."""
        if self._automaton is None or not text:
            return []
        cached = self._cache.get(text)
        if cached is None:
            cached = self._scan(fold(text))
            # (emptied when full rather than no longer filled: a process extracting hundreds of reports, as ingest's
            # workers do, filled it within its first few hundred and then scanned every phrase again)
            if len(self._cache) >= _PHRASES_KEPT:
                self._cache.clear()
            self._cache[text] = cached
        return cached

    def _scan(self, folded: str) -> list[tuple[int, int, str]]:
        """The labels in folded text: at each position where a whole-word label starts, the longest; the next
        search from the end of the one taken."""
        assert self._automaton is not None
        longest_at: dict[int, tuple[int, str]] = {}  # start -> (end, local name)
        size = len(folded)
        for last, (length, local) in self._automaton.iter(folded):
            start, end = last + 1 - length, last + 1
            if (start and is_word_char(folded[start - 1])) or (end < size and is_word_char(folded[end])):
                continue
            if start not in longest_at or longest_at[start][0] < end:
                longest_at[start] = (end, local)
        found = []
        reached = 0
        for start in sorted(longest_at):
            if start >= reached:
                end, local = longest_at[start]
                found.append((start, end, local))
                reached = end
        return found

    def scattered(self, text: str, accept: Callable[[str, frozenset[str]], bool]) -> str | None:
        """The accepted concept whose label's content words all occur in the text, in any order and apart; the
        label with the most words wins ("tai nạn giao thông ... chết" → "người chết do tai nạn giao thông")."""
        present = content_words(text)
        best: tuple[int, int, str] | None = None  # (words, -order of the label, local): the first longest wins
        for word in present:
            for index, local, words in self._by_rare_word.get(word, ()):
                key = (len(words), -index, local)
                if words <= present and (best is None or key > best) and accept(local, words):
                    best = key
        return best[2] if best else None

    def scattered_all(self, text: str) -> list[tuple[str, frozenset[str]]]:
        """Every concept with a label whose content words all occur in the text, in any order and apart, with
        those words (each label once), for callers that rank them by more than their length."""
        present = content_words(text)
        seen: set[tuple[str, frozenset[str]]] = set()
        for word in present:
            for _index, local, words in self._by_rare_word.get(word, ()):
                if words <= present:
                    seen.add((local, words))
        return sorted(seen, key=lambda hit: (hit[0], sorted(hit[1])))

    def longest(self, text: str) -> str | None:
        return longest_hit(self.find_all(text))

    def last(self, text: str) -> str | None:
        found = self.find_all(text)
        return found[-1][2] if found else None
