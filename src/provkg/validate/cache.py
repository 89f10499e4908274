"""Findings of earlier whole-store validations, reused for the reports whose inputs did not change (issue 17).

A report's findings depend on everything its validation reads: its own graph, the reference data, the bounds, the
other reports' figures the cross-report rules compare it with (all in its working store), the shapes and the
validator's code. Two keys say whether they changed, the cheap one first:

* the *digest key*: the digests the store computed when it wrote each graph (core/digests.py) of the report's
  graph, the reference data, the default graph and every graph whose (area, period) pairs or running totals'
  (indicator, area) pairs meet the report's (a superset of what the cross-report rules read), with a hash of the
  shapes and the validator's code. Computing it reads no report: after one ingest, only the reports around the
  new one miss.
* the *working-store key*, for a report whose digest key changed: a hash of its working store's quads (what its
  validation really read: its graph and its neighbours' figures, with the digest of the part every report's
  working store holds alike, the reference data and the bounds, computed once per run). A neighbour that changed
  in a way the report's rules never see leaves it unchanged, and the findings are still reused; otherwise the
  report is validated again, on the working store just built. A run validating reports in groups (a cold run)
  computes the same key from the same quads without building each report's own store.

A stale entry can never be reused: any change to what the findings depend on changes both keys. Graphs without a
stored digest (written by a SPARQL Update, or by a provkg that kept none) get one computed from the graph itself.

The cache is one JSON file (in the store folder for `provkg validate --store`), rewritten whole and atomically
after each run with the entries that run used, so it holds no entry of a report that is gone.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Mapping
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from provkg.core.digests import DEFAULT_GRAPH, GraphDigest, digest_graph
from provkg.core.namespaces import REFERENCE_GRAPH
from provkg.core.paths import data_dir

CACHE_FILE = "validation-cache.json"
_FORMAT = 3  # bump when Finding's fields or the keys' recipes change: older files are then ignored
REFERENCE_ENTRY = ""  # the entry of the reference data's own check, beside the reports' entries


@lru_cache(maxsize=4)
def validator_hash(folder: Path | None = None) -> str:
    """A hash of every shape file (and the bounds) and of the validator's code: findings computed by other shapes or
    another version of the engine are never reused."""
    folder = folder or data_dir("shapes")
    digest = hashlib.sha256()
    for path in [*sorted(folder.glob("*.ttl")), *sorted(Path(__file__).parent.glob("*.py"))]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def shared_digest(quads: Iterable[ox.Quad]) -> str:
    """A digest of the part of a working store every report's holds alike (the reference data, the default graph,
    the bounds): computed once per run by a grouped validation, not once per report."""
    digest = hashlib.sha256()
    for line in sorted(str(quad) for quad in quads):
        digest.update(line.encode())
        digest.update(b"\n")
    return digest.hexdigest()


def working_store_key(own: Iterable[ox.Quad], shared: str, validator: str) -> str:
    """The key of one report's validation: its working store's quads outside the shared part (its graph and its
    neighbours' figures, in a canonical order), the shared part's ``shared_digest`` and the validator
    (``validator_hash``). Both the per-report and the grouped run compute it, from the same quads."""
    digest = hashlib.sha256(f"{_FORMAT}\0{validator}\0{shared}\0".encode())
    for line in sorted({str(quad) for quad in own}):
        digest.update(line.encode())
        digest.update(b"\n")
    return digest.hexdigest()


def complete_digests(source: ox.Store, stored: Mapping[str, GraphDigest] | None) -> dict[str, GraphDigest]:
    """The digest of every graph of ``source`` (named graphs by name, the default graph as DEFAULT_GRAPH): the
    stored ones, and for a graph without one, its digest computed from its triples."""
    stored = stored or {}
    out: dict[str, GraphDigest] = {}
    for node in [*source.named_graphs(), ox.DefaultGraph()]:
        name = node.value if isinstance(node, ox.NamedNode) else DEFAULT_GRAPH if node == ox.DefaultGraph() \
            else str(node)
        known = stored.get(name)
        out[name] = known if known is not None else digest_graph(
            quad.triple for quad in source.quads_for_pattern(None, None, None, node))
    return out


def digest_keys(reports: Iterable[str], digests: Mapping[str, GraphDigest], validator: str) -> dict[str, str]:
    """The digest key (see the module doc) of each report, and of the reference check (REFERENCE_ENTRY)."""
    by_pair: dict[tuple[str, str], set[str]] = {}
    by_running: dict[tuple[str, str], set[str]] = {}
    for name, digest in digests.items():
        for pair in digest.pairs:
            by_pair.setdefault(pair, set()).add(name)
        for pair in digest.running:
            by_running.setdefault(pair, set()).add(name)
    reference = digests.get(REFERENCE_GRAPH)
    common = (f"{_FORMAT}\0{validator}\0{reference.sha256 if reference else '-'}\0"
              f"{digests[DEFAULT_GRAPH].sha256}\0")
    keys = {REFERENCE_ENTRY: hashlib.sha256(common.encode()).hexdigest()}
    for report in reports:
        mine = digests[report]
        around = set().union(*(by_pair[pair] for pair in mine.pairs),
                             *(by_running[pair] for pair in mine.running)) - {report}
        digest = hashlib.sha256(f"{common}{report}\0{mine.sha256}\0".encode())
        for name in sorted(around):
            digest.update(f"{name}\0{digests[name].sha256}\n".encode())
        keys[report] = digest.hexdigest()
    return keys


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
    """Findings by report, each entry with its two keys (see the module doc), read from and written to ``path``."""

    def __init__(self, path: Path, entries: dict[str, dict[str, object]] | None = None) -> None:
        self.path = path
        self.entries = entries or {}
        self.keys: dict[str, str] = {}  # this run's digest key of each report (``plan``)
        self.used: dict[str, dict[str, object]] = {}
        self.reused = 0  # reports whose findings the last run took from the cache
        self.validated = 0  # reports it validated
        self.read = 0  # reports whose working store it built (the validated ones, and those reused by its key)

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
        entries = document.get("entries")
        return cls(path, {name: entry for name, entry in entries.items() if isinstance(entry, dict)}
                   if isinstance(entries, dict) else {})

    def plan(self, source: ox.Store, reports: list[str], digests: Mapping[str, GraphDigest] | None,
             validator: str | None = None) -> None:
        """Compute this run's digest keys from the store's digests (those missing computed from the graphs)."""
        self.keys = digest_keys(reports, complete_digests(source, digests), validator or validator_hash())

    def reusable(self, name: str) -> list[dict[str, object]] | None:
        """The stored findings (as fields) of report ``name`` (or REFERENCE_ENTRY) when its digest key is
        unchanged; None otherwise."""
        entry, key = self.entries.get(name), self.keys.get(name)
        if entry is not None and key is not None and entry.get("digests") == key:
            return entry.get("findings")  # type: ignore[return-value]
        return None

    def work_key(self, name: str) -> str | None:
        """The working-store key of the report's stored findings, if any."""
        entry = self.entries.get(name)
        key = entry.get("work") if entry is not None else None
        return key if isinstance(key, str) else None

    def findings(self, name: str) -> list[dict[str, object]]:
        """The stored findings (as fields) of ``name``."""
        return self.entries[name]["findings"]  # type: ignore[return-value]

    def record(self, name: str, work_key: str | None, findings: list[dict[str, object]], reused: bool) -> None:
        """One report's findings (as fields), kept for the next run under this run's digest key and its
        working-store key (None: the working store was not built, so the stored one still holds)."""
        self.used[name] = {"digests": self.keys.get(name), "work": work_key or self.work_key(name),
                           "findings": findings}
        if name == REFERENCE_ENTRY:
            return
        self.read += work_key is not None
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
