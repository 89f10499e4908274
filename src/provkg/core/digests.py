"""A digest of each graph of the store, computed when the graph is written (issue 17).

Why: a whole-store validation after one ingest must tell, without reading every report, which reports' inputs
changed. Each graph's digest is computed by the store's write paths (``KnowledgeStore``) from the triples it
writes and kept beside the generation; the validation cache (validate/cache.py) then keys each report's findings
by the digests of the graphs its validation reads.

A digest holds:

* ``sha256``: of the graph's N-Triples lines as written, unique and sorted, so the same triples give the same
  digest whatever their order (a rebuild of unchanged reports keeps their digests). The store writes numbers in
  their canonical form ("138.0" as "138"), so a digest computed from a graph read back can differ from the one
  computed when it was written: that costs a reader a needless re-check, never a wrong reuse;
* ``pairs``: the (area, period) pairs its figures are about: pk:refArea with pk:refPeriod or
  pk:comparisonPeriod of one subject;
* ``running``: the (indicator, area) pairs of its running totals (subjects with pk:cumulative true).

``pairs`` and ``running`` say which graphs another report's cross-report rules can read: they read figures of
the same area and period, or running totals of the same indicator and area, so two graphs whose pairs and
running totals do not meet never read each other (tests/test_validation_cache.py checks this against the
validator's working store).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import NamedNode, RdfFormat, Triple, serialize

from provkg.core.namespaces import PK

DEFAULT_GRAPH = ""  # the key of the default graph among the digests of named graphs
_AREA, _REF_PERIOD = NamedNode(PK + "refArea"), NamedNode(PK + "refPeriod")
_COMPARISON_PERIOD, _CUMULATIVE = NamedNode(PK + "comparisonPeriod"), NamedNode(PK + "cumulative")
_INDICATOR = NamedNode(PK + "indicator")
_TRUE = ("true", "1")  # xsd:boolean's lexical forms of true
_PERIODS = (_REF_PERIOD, _COMPARISON_PERIOD)


@dataclass(frozen=True)
class GraphDigest:
    sha256: str
    pairs: frozenset[tuple[str, str]]  # (area IRI, period IRI)
    running: frozenset[tuple[str, str]]  # (indicator IRI, area IRI)

    def to_json(self) -> dict[str, object]:
        return {"sha256": self.sha256, "pairs": sorted(list(pair) for pair in self.pairs),
                "running": sorted(list(pair) for pair in self.running)}

    @classmethod
    def from_json(cls, fields: dict[str, object]) -> GraphDigest:
        """The digest of ``to_json``; a KeyError, TypeError or ValueError for anything else."""
        pairs = frozenset((str(area), str(period)) for area, period in fields["pairs"])  # type: ignore[attr-defined]
        running = frozenset((str(indicator), str(area))
                            for indicator, area in fields["running"])  # type: ignore[attr-defined]
        sha = fields["sha256"]
        if not isinstance(sha, str) or len(sha) != 64:
            raise ValueError(f"not a sha256: {sha!r}")
        return cls(sha, pairs, running)


def digest_graph(triples: Iterable[Triple]) -> GraphDigest:
    """The digest of a graph's triples (duplicates count once)."""
    listed = list(triples)
    lines = sorted(set((serialize(listed, format=RdfFormat.N_TRIPLES) or b"").splitlines()))
    areas: dict[object, set[str]] = {}
    periods: dict[object, set[str]] = {}
    indicators: dict[object, set[str]] = {}
    cumulative: set[object] = set()
    for triple in listed:
        predicate = triple.predicate
        if predicate == _AREA:
            areas.setdefault(triple.subject, set()).add(triple.object.value)
        elif predicate in _PERIODS:
            periods.setdefault(triple.subject, set()).add(triple.object.value)
        elif predicate == _INDICATOR:
            indicators.setdefault(triple.subject, set()).add(triple.object.value)
        elif predicate == _CUMULATIVE and triple.object.value in _TRUE:
            cumulative.add(triple.subject)
    pairs = frozenset((area, period) for subject, where in areas.items()
                      for area in where for period in periods.get(subject, ()))
    running = frozenset((indicator, area) for subject in cumulative
                        for indicator in indicators.get(subject, ()) for area in areas.get(subject, ()))
    return GraphDigest(hashlib.sha256(b"\n".join(lines)).hexdigest(), pairs, running)


_FORMAT = 1


def read_digests(path: Path) -> dict[str, GraphDigest]:
    """The digests written by ``write_digests``; none when the file is missing, unreadable or of another format
    (the validation then computes what it needs from the graphs themselves)."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        if document.get("format") != _FORMAT:
            return {}
        return {str(name): GraphDigest.from_json(fields) for name, fields in document["graphs"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def write_digests(path: Path, digests: Mapping[str, GraphDigest]) -> None:
    """Write ``digests`` to ``path`` (a file of an unpublished generation: nobody reads it before it is whole)."""
    document = {"format": _FORMAT, "graphs": {name: d.to_json() for name, d in sorted(digests.items())}}
    path.write_text(json.dumps(document, separators=(",", ":")), encoding="utf-8")
