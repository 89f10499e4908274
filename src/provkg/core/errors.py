"""Errors that mean "the input cannot be used": the CLI turns them into exit code 2."""

from __future__ import annotations


class InputError(Exception):
    """Unusable input: a file, row, column or query position and what was expected.

    ``location`` is a human-readable place such as ``data/factsheets/x.csv:12`` or ``query line 3, column 7``.
    """

    def __init__(self, message: str, location: str | None = None) -> None:
        self.location = location
        super().__init__(f"{location}: {message}" if location else message)
