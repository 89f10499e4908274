"""Findings of earlier whole-store validations, reused for the reports whose inputs did not change (issue 17).

A report's findings depend on everything its validation reads: its own graph, the reference data, the bounds, the
other reports' figures the cross-report rules compare it with (all in its working store), the shapes and the
validator's code. The key is a hash of the working store's quads, sorted, with a hash of the shape files and of
the validator's code: so after an ingest, a run re-validates the new report and the earlier reports whose
neighbouring figures it changed, and reuses the rest.
A stale entry can never be reused: any change to what the findings depend on changes the key.

The cache is one JSON file (in the store folder for `provkg validate --store`), rewritten whole and atomically
after each run with the entries that run used, so it holds no entry of a report that is gone.
"""

from __future__ import annotations

import hashlib
import json
import os
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from provkg.core.paths import data_dir

CACHE_FILE = "validation-cache.json"
_FORMAT = 1  # bump when Finding's fields or the key's recipe change: older files are then ignored


@lru_cache(maxsize=4)
def validator_hash(folder: Path | None = None) -> str:
    """A hash of every shape file (and the bounds) and of the validator's code: findings computed by other shapes or
    another version of the engine are never reused."""
    folder = folder or data_dir("shapes")
    digest = hashlib.sha256()
    for path in [*sorted(folder.glob("*.ttl")), *sorted(Path(__file__).parent.glob("*.py"))]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def working_store_key(work: ox.Store, validator: str) -> str:
    """The key of one report's validation: its working store's quads (in a canonical order) and the validator
    (``validator_hash``)."""
    digest = hashlib.sha256(f"{_FORMAT}\0{validator}\0".encode())
    for line in sorted(str(quad) for quad in work):
        digest.update(line.encode())
        digest.update(b"\n")
    return digest.hexdigest()


def encode(findings: list[object]) -> list[dict[str, object]]:
    """Findings (``Finding`` objects) as JSON-able fields, numbers as text so that they come back as the same
    Decimals."""
    out = []
    for finding in findings:
        fields = dict(vars(finding))
        for name in ("value", "computed", "tolerance"):
            value = fields[name]
            fields[name] = {"decimal": str(value)} if isinstance(value, Decimal) else value
        out.append(fields)
    return out


def decode(fields: list[dict[str, object]]) -> list[dict[str, object]]:
    """Stored fields back as the keyword arguments of ``Finding``."""
    out = []
    for stored in fields:
        kwargs = dict(stored)
        for name in ("value", "computed", "tolerance"):
            value = kwargs.get(name)
            if isinstance(value, dict):
                kwargs[name] = Decimal(str(value["decimal"]))
        out.append(kwargs)
    return out


class ValidationCache:
    """Findings by key (see the module doc), read from and written to ``path``."""

    def __init__(self, path: Path, entries: dict[str, list[dict[str, object]]] | None = None) -> None:
        self.path = path
        self.entries = entries or {}
        self.used: dict[str, list[dict[str, object]]] = {}
        self.reused = 0  # reports whose findings the last run took from the cache
        self.validated = 0  # reports it validated

    @classmethod
    def load(cls, path: Path) -> ValidationCache:
        """The cache at ``path``; an empty one when the file is missing, unreadable or of another format (it is
        only a cache: the run then validates everything)."""
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls(path)
        if not isinstance(document, dict) or document.get("format") != _FORMAT:
            return cls(path)
        return cls(path, document.get("entries") or {})

    def record(self, key: str, findings: list[dict[str, object]], reused: bool) -> None:
        """One report's findings (as fields) under ``key``, kept for the next run."""
        self.used[key] = findings
        if reused:
            self.reused += 1
        else:
            self.validated += 1

    def save(self) -> bool:
        """Write the entries this run used, atomically (a reader never sees half a file). A folder the run may
        not write to (a store served read-only) only costs the reuse next time: False then."""
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            temporary.write_text(json.dumps({"format": _FORMAT, "entries": self.used}), encoding="utf-8")
            os.replace(temporary, self.path)
        except OSError:
            temporary.unlink(missing_ok=True)
            return False
        return True
