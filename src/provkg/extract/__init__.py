"""Extraction: figures and their meaning found in a report's normalised text."""

from provkg.extract.extractor import Extraction, Lexicon, extract, load_lexicon

__all__ = ["Extraction", "Lexicon", "extract", "load_lexicon"]
