"""Evaluation against the corpus: extracted figures and validation findings scored against gold sheets made from
the text alone (corpus/, docs/annotation-guide.md)."""
