"""The knowledge store: pyoxigraph (RocksDB) on disk, one named graph per report.

Why generations: RocksDB lets only one process open a database for writing, and a read-only opening is undefined
while another process writes the same files. So a store folder holds immutable *generations*:

    DIR/CURRENT      name of the published generation, swapped atomically with os.replace
    DIR/gen-<ns>/    pyoxigraph databases; a published generation is never written again
    DIR/gen-<ns>.digests.json   the digest of each graph of that generation (core/digests.py), written with it
    DIR/.lock        flock held by the single writer

A write clones the current generation (RocksDB checkpoint: hard links, milliseconds), changes the clone and then
publishes it by replacing CURRENT. A write that fails or is killed leaves only an unpublished folder behind, so the
store stays exactly as it was; readers in any process keep answering from the generation they opened and move to
the new one at their next query.

Every failure of the storage itself (a full disk, a read-only file system, a damaged database or pointer file, a
lock held by another writer) is a StoreError: one line naming the store and what is wrong, which the CLI prints
with exit code 2. CURRENT is validated before it is followed (one ``gen-<digits>`` name of an existing folder).
"""

from __future__ import annotations

import errno
import fcntl
import gc
import itertools
import os
import re
import shutil
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from pyoxigraph import (
    DefaultGraph,
    NamedNode,
    Quad,
    QueryBoolean,
    QuerySolutions,
    QueryTriples,
    Store,
    Triple,
)

from provkg.core.digests import DEFAULT_GRAPH, GraphDigest, digest_graph, read_digests, write_digests
from provkg.core.errors import InputError
from provkg.core.namespaces import PREFIXES
from provkg.store.nesting import check_nesting
from provkg.store.summaries import (
    ROLLUP_GRAPH,
    RollupTally,
    is_report_graph,
    refresh_rollups,
    report_groups,
    report_of_summary,
    summary_graph_iri,
    summary_triples,
)
from provkg.store.touched import graphs_written_by

_CURRENT = "CURRENT"
_LOCK = ".lock"
_GEN_PREFIX = "gen-"
_GENERATION_NAME = re.compile(r"gen-[0-9]{1,25}")
_DIGESTS = ".digests.json"  # suffix of a generation's digests file
_MAX_POINTER_BYTES = 64
_BULK_QUADS = 250_000  # quads per call of the bulk loader (rebuild), unless $PROVKG_BULK_QUADS says otherwise

QueryResult = QuerySolutions | QueryBoolean | QueryTriples


def _bulk_quads() -> int:
    """Quads per call of the bulk loader: $PROVKG_BULK_QUADS when a positive whole number, else the default with
    a warning (as other PROVKG_* sizes fall back): read when a rebuild starts, so a bad value stops no other
    command, and 0 would load nothing a call and never end."""
    configured = os.environ.get("PROVKG_BULK_QUADS", "").strip()
    if configured.isdigit() and int(configured) > 0:
        return int(configured)
    if configured:
        print(f"warning: PROVKG_BULK_QUADS={configured!r} is not a positive whole number: {_BULK_QUADS} used",
              file=sys.stderr)
    return _BULK_QUADS


class StoreMissingError(InputError):
    """A read command was pointed at a folder that holds no store."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"no store at {path}: run `provkg build` first")


class StoreError(InputError):
    """The store's storage failed or is unusable: one line naming the store and the problem."""

    def __init__(self, path: Path | None, problem: str) -> None:
        self.problem = problem
        super().__init__(f"store {path if path is not None else '(in memory)'}: {problem}")


def storage_problem(exc: BaseException) -> str:
    """What a storage error means, in words, with the system's own message (one line) in brackets."""
    text = " ".join(str(exc).split())[:240]
    code = exc.errno if isinstance(exc, OSError) else None
    if code == errno.ENOSPC or "No space left" in text:
        meaning = "the disk is full"
    elif code == errno.EROFS or "Read-only file system" in text:
        meaning = "it is on a read-only file system"
    elif code in (errno.EACCES, errno.EPERM) or "Permission denied" in text:
        meaning = "permission denied"
    elif "Corruption" in text or "corrupt" in text.lower():
        meaning = "it is damaged"
    elif "lock" in text.lower():
        meaning = "it is locked by another process"
    elif code == errno.ENOENT or "No such file" in text:
        meaning = "it is damaged: a file of it is missing"
    else:
        meaning = "it cannot be used"
    return f"{meaning} ({text})" if text else meaning


def default_store_dir() -> Path:
    """``./store``, or the folder named by $PROVKG_STORE."""
    return Path(os.environ.get("PROVKG_STORE", "store"))


def sparql_error(exc: SyntaxError, what: str = "SPARQL") -> InputError:
    """A parser error as InputError; pyoxigraph's message carries the line:column position."""
    return InputError(f"{what} syntax error: {exc}", "query")


class KnowledgeStore:
    """A provkg store: on disk (generations, see the module doc) or in memory (``path`` None)."""

    def __init__(self, path: Path | None, read_only: bool, lock_file: IO[bytes] | None,
                 in_memory: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self.in_memory = in_memory
        self._lock_file = lock_file
        self._guard = threading.Lock()  # guards the reader handle only, so reads never wait for a write
        self._writing = threading.Lock()
        self._memory = Store() if path is None else None
        self._memory_digests: dict[str, GraphDigest] = {}
        self._reader: Store | None = None
        self._reader_key: tuple[int, int] | None = None
        self._reader_path: Path | None = None

    # -- opening and closing --------------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | None = None, *, read_only: bool = False, create: bool = False,
             in_memory: bool = False) -> KnowledgeStore:
        """Open the store at ``path`` (None: a new in-memory store).

        ``create`` makes the folder when missing (for `build`); otherwise a missing store is a StoreMissingError.
        A writable opening takes the folder's writer lock; a second writer gets an InputError.
        ``in_memory`` (read-only openings only): read from a copy of the published generation held in RAM, made
        at the first read and again after each new publication. Queries that join many figures run about 2.4x faster
        (RocksDB reads its blocks from the file on every lookup: its 32 MB block cache is not configurable from
        pyoxigraph), at a cost of about 0.47 KB of RAM per triple and a load of about 6 s per million triples.
        """
        if in_memory and not read_only:
            raise InputError("an in-memory copy of an on-disk store can only be opened read-only")
        if path is None:
            return cls(None, read_only, None)
        path = Path(path)
        try:
            if not (path / _CURRENT).is_file():
                if not create or read_only:
                    raise StoreMissingError(path)
                if path.exists() and any(path.iterdir()):
                    raise InputError(f"{path} is not empty and holds no provkg store: refusing to write into it")
                path.mkdir(parents=True, exist_ok=True)
            else:
                _read_pointer(path)  # a damaged pointer is reported before anything else is done
            if read_only:
                return cls(path, True, None, in_memory)
            lock_file = (path / _LOCK).open("ab")
        except OSError as exc:
            raise StoreError(path, storage_problem(exc)) from exc
        try:
            fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock_file.close()
            raise StoreError(
                path, "it is locked: being written by another process; try again when it is done"
            ) from None
        store = cls(path, False, lock_file)
        if not (path / _CURRENT).is_file():
            try:
                # an empty published generation: the folder is a valid store from now on
                store._write(lambda _: {DEFAULT_GRAPH: digest_graph(())})
            except BaseException:
                store.close()
                raise
        return store

    def close(self) -> None:
        self._reader = None
        self._memory = None
        gc.collect()  # pyoxigraph closes RocksDB when the Store object is freed
        if self._lock_file is not None:
            fcntl.flock(self._lock_file, fcntl.LOCK_UN)
            self._lock_file.close()
            self._lock_file = None

    def __enter__(self) -> KnowledgeStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading --------------------------------------------------------------------------------------------------

    def _current(self) -> Store:
        """The store to read: the in-memory one, or the published generation (reopened when CURRENT changed)."""
        return self._current_with_path()[0]

    def _current_with_path(self) -> tuple[Store, Path | None]:
        """The store to read and the folder of its generation (None in memory), taken together."""
        if self._memory is not None:
            return self._memory, None
        if self.path is None:
            raise InputError("the store is closed")
        marker = self.path / _CURRENT
        with self._guard:
            try:
                stat = marker.stat()
            except FileNotFoundError:
                raise StoreMissingError(self.path) from None
            except OSError as exc:
                raise StoreError(self.path, storage_problem(exc)) from exc
            key = (stat.st_ino, stat.st_mtime_ns)
            if self._reader is None or key != self._reader_key:
                generation = self.path / _read_pointer(self.path)
                self._reader = None  # release the previous copy before loading the next one
                with self.failures():
                    self._reader = (
                        self._load_copy(generation) if self.in_memory else Store.read_only(str(generation))
                    )
                self._reader_key = key
                self._reader_path = generation
            return self._reader, self._reader_path

    @contextmanager
    def failures(self) -> Iterator[None]:
        """Storage errors raised inside the block as StoreError. RocksDB reads lazily, so a damaged block can
        surface while query results are read: callers that read them wrap the reading in this."""
        try:
            yield
        except (OSError, RuntimeError) as exc:
            raise StoreError(self.path, storage_problem(exc)) from exc

    def current_store(self) -> Store:
        """The pyoxigraph Store of the published generation (read-only on disk), for tools that need the Store
        itself (pyshacl); it does not follow later writes: call again after one."""
        return self._current()

    @staticmethod
    def _load_copy(generation: Path) -> Store:
        copy = Store()
        on_disk = Store.read_only(str(generation))
        copy.bulk_extend(on_disk.quads_for_pattern(None, None, None, None))
        for graph in on_disk.named_graphs():
            copy.add_graph(graph)  # empty graphs too
        return copy

    def generation_path(self) -> Path | None:
        """Folder of the generation ``current_store()`` reads (None in memory): other processes may open it
        read-only and see the same data."""
        if self._memory is not None:
            return None
        self._current()
        return self._reader_path

    def generation(self) -> str | None:
        """Name of the published generation (None in memory): changes with every write."""
        if self.path is None:
            return None
        return _read_pointer(self.path)

    def snapshot(self) -> tuple[Store, Path | None, dict[str, GraphDigest]]:
        """One published generation, taken together: its pyoxigraph Store (as ``current_store()``), its folder (as
        ``generation_path()``) and the digest of each of its graphs, as its writes computed them (core/digests.py).
        The graphs of a store written before digests existed have none: readers compute those themselves."""
        if self._memory is not None:
            return self._memory, None, dict(self._memory_digests)
        store, generation = self._current_with_path()
        assert self.path is not None and generation is not None
        return store, generation, read_digests(self.path / (generation.name + _DIGESTS))

    def digests(self) -> dict[str, GraphDigest]:
        """The digests of ``snapshot()``: to be taken with the Store they describe, from the same snapshot."""
        return self.snapshot()[2]

    def query(
        self,
        sparql: str,
        *,
        use_default_graph_as_union: bool = True,
        prefixes: Mapping[str, str] | None = None,
        default_graph: list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> QueryResult:
        """Run a SPARQL 1.1 query; the provkg prefixes are predeclared unless ``prefixes`` is given.

        With ``use_default_graph_as_union`` (the default) the default graph is the union of all named graphs, so
        queries need no GRAPH clause; ``default_graph``/``named_graphs`` (the protocol's default-graph-uri and
        named-graph-uri) choose the dataset instead. A syntax error is an InputError naming line and column.
        """
        check_nesting(sparql)  # before pyoxigraph's parser, which a deep nesting crashes
        dataset: dict[str, object] = {}
        if default_graph:
            dataset["default_graph"] = [NamedNode(iri) for iri in default_graph]
        else:
            dataset["use_default_graph_as_union"] = use_default_graph_as_union
        if named_graphs:
            dataset["named_graphs"] = [NamedNode(iri) for iri in named_graphs]
        current = self._current()
        try:
            with self.failures():
                return current.query(
                    sparql, prefixes=dict(PREFIXES if prefixes is None else prefixes), **dataset  # type: ignore
                )
        except SyntaxError as exc:
            raise sparql_error(exc) from exc

    def graphs(self) -> list[str]:
        """Names of the named graphs, sorted."""
        return sorted(g.value for g in self._current().named_graphs() if isinstance(g, NamedNode))

    def quads(self, graph: str | None = None) -> Iterator[Quad]:
        """All quads, or those of one named graph."""
        graph_name = NamedNode(graph) if graph is not None else None
        return self._current().quads_for_pattern(None, None, None, graph_name)

    def __len__(self) -> int:
        return len(self._current())

    # -- writing --------------------------------------------------------------------------------------------------

    def replace_graphs(self, graphs: Mapping[str, Iterable[Triple]], *, optimize: bool = False) -> None:
        """Replace each named graph of ``graphs`` by the given triples, all in one atomic step.

        Other graphs stay as they are. If the iterables raise or the process dies, nothing changes. ``optimize``
        compacts the new generation before it is published: worth its cost after a bulk load (queries on an
        uncompacted on-disk store were measured 5-10x slower), not after adding one report.
        """

        # Replacing every graph (a full build) starts from an empty generation instead of deleting from a copy.
        current = self._current()
        derived = {g for g in self.graphs() if g.startswith(ROLLUP_GRAPH)}  # written by the store itself
        if set(self.graphs()) - derived <= set(graphs) and not any(
            True for _ in current.quads_for_pattern(None, None, None, DefaultGraph())
        ):
            self.rebuild(graphs.items(), optimize=optimize)
            return
        names = {name: NamedNode(name) for name in graphs}
        listed = {name: list(triples) for name, triples in graphs.items()}
        reports = _reports_among(set(listed))

        def apply(store: Store) -> dict[str, GraphDigest]:
            groups = report_groups(store, reports)  # the provinces the reports belonged to before
            for node in names.values():
                store.remove_graph(node)
                store.add_graph(node)
            store.bulk_extend(
                Quad(t.subject, t.predicate, t.object, names[name]) for name, triples in listed.items() for t in triples
            )
            written = {name: digest_graph(triples) for name, triples in listed.items()}
            if reports:
                rollups = refresh_rollups(store, groups | report_groups(store, reports))
                written.update({name: digest_graph(triples) for name, triples in rollups.items()})
            return written

        self._write(apply)

    def rebuild(self, graphs: Iterable[tuple[str, Iterable[Triple]]], *, optimize: bool = False) -> None:
        """Replace the whole store by ``graphs`` (name, triples), in one atomic step as ``replace_graphs``.

        The graphs are consumed while the bulk loader writes, so a build holds one report's triples at a time
        instead of all of them (measured at 300 reports: a peak of 1.24 GB instead of 2.08 GB).
        """

        def apply(store: Store) -> dict[str, GraphDigest]:
            names: list[NamedNode] = []
            written = {DEFAULT_GRAPH: digest_graph(())}  # a rebuild writes named graphs only
            # The province rollups are tallied from the report graphs on their way in and loaded with them, rather
            # than aggregated back from the uncompacted store afterwards (the same rows; summaries.RollupTally).
            tally = RollupTally()
            rollups: list[dict[str, list[Triple]] | None] = [None]
            finished = [False]

            def quads() -> Iterator[Quad]:
                for name, triples in graphs:
                    node = NamedNode(name)
                    names.append(node)
                    listed = list(triples)
                    written[name] = digest_graph(listed)
                    tally.add(name, listed)
                    for t in listed:
                        yield Quad(t.subject, t.predicate, t.object, node)
                rollups[0] = tally.rollups()
                for name, triples in (rollups[0] or {}).items():
                    node = NamedNode(name)
                    written[name] = digest_graph(triples)
                    for t in triples:
                        yield Quad(t.subject, t.predicate, t.object, node)
                finished[0] = True

            # In loads of at most _BULK_QUADS quads: the bulk loader keeps what it was given in memory until the end
            # of a load (a build's peak grew with the store: 0.49 GB at 100 reports, 1.07 GB at 200).
            stream, size = quads(), _bulk_quads()
            while not finished[0]:
                store.bulk_extend(itertools.islice(stream, size))
            for node in names:
                store.add_graph(node)  # a graph with no triples is kept too
            if rollups[0] is None:  # the tally could not tell exactly: the aggregate over the store
                written.update({name: digest_graph(triples) for name, triples in refresh_rollups(store, None).items()})
            if optimize and self.path is not None:
                store.optimize()
            return written

        self._write(apply, clone=False)

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update atomically (provkg prefixes predeclared).

        In the same write, the summary graph of every report graph the update can write is computed again from
        the report, and the digest of every graph it can write (store/touched.py); the other graphs keep theirs.
        An update whose text does not name the graphs it writes (``GRAPH ?g``, ``DROP ALL``) refreshes them all.
        """
        check_nesting(sparql, "update")
        written_by_text = graphs_written_by(sparql, PREFIXES)

        def apply(store: Store) -> dict[str, GraphDigest]:
            known = written_by_text is not None and not any(n.startswith(ROLLUP_GRAPH) for n in written_by_text)
            before = set() if written_by_text is not None else _graph_names(store)
            groups = report_groups(store, _reports_among(written_by_text)) if known else None  # type: ignore[arg-type]
            try:
                store.update(sparql, prefixes=dict(PREFIXES))
            except SyntaxError as exc:
                raise sparql_error(exc, "SPARQL Update") from exc
            names = written_by_text if written_by_text is not None else before | _graph_names(store) | {DEFAULT_GRAPH}
            written = _refresh_derived(store, names)
            if groups is not None:
                groups |= report_groups(store, _reports_among(names))
            rollups = refresh_rollups(store, groups)
            return {**written, **{name: digest_graph(triples) for name, triples in rollups.items()}}

        self._write(apply)

    def _write(self, apply: Callable[[Store], Mapping[str, GraphDigest]], clone: bool = True) -> None:
        """Apply a change to a new generation and publish it. ``apply`` returns the digests of the graphs it
        wrote, kept with those of the other graphs when it cloned the current generation."""
        if self.read_only:
            raise InputError("the store was opened read-only")
        if self.path is None:
            self._write_memory(apply, clone)
            return
        with self._writing:
            name = f"{_GEN_PREFIX}{time.time_ns()}"
            staging = self.path / name
            current = self._published()
            try:
                if current is not None and clone:
                    Store.read_only(str(self.path / current)).backup(str(staging))
                    gc.collect()
                store = Store(str(staging))
                try:
                    written = apply(store)
                    store.flush()
                finally:
                    del store
                    gc.collect()  # close the database before another handle opens (or removes) it
                digests = {**(read_digests(self.path / (current + _DIGESTS)) if current and clone else {}),
                           **written}
                write_digests(self.path / (name + _DIGESTS), digests)
                self._publish(name)
            except BaseException as exc:
                shutil.rmtree(staging, ignore_errors=True)  # the failed write leaves nothing behind
                (self.path / (name + _DIGESTS)).unlink(missing_ok=True)
                (self.path / (_CURRENT + ".tmp")).unlink(missing_ok=True)
                if isinstance(exc, OSError | RuntimeError) and not isinstance(exc, InputError):
                    raise StoreError(self.path, storage_problem(exc) + "; the store is unchanged") from exc
                raise
            self._remove_stale({name, current})

    def _write_memory(self, apply: Callable[[Store], Mapping[str, GraphDigest]], clone: bool) -> None:
        # Readers holding the old Store keep it; the swap of the reference is the atomic step.
        if self._memory is None:
            raise InputError("the store is closed")
        fresh = Store()
        if clone:
            fresh.extend(self._memory)
        written = apply(fresh)
        kept = self._memory_digests if clone else {}
        self._memory, self._memory_digests = fresh, {**kept, **written}

    def _published(self) -> str | None:
        assert self.path is not None
        return _read_pointer(self.path) if (self.path / _CURRENT).is_file() else None

    def _publish(self, name: str) -> None:
        assert self.path is not None
        temp = self.path / (_CURRENT + ".tmp")
        with temp.open("w", encoding="utf-8") as handle:
            handle.write(name + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, self.path / _CURRENT)
        directory = os.open(self.path, os.O_RDONLY)
        try:
            os.fsync(directory)  # make the rename itself durable
        finally:
            os.close(directory)

    def _remove_stale(self, keep: set[str | None]) -> None:
        """Delete unpublished leftovers and old generations, except ``keep`` (the current and the previous one).

        The previous one stays because a reader in another process may still be answering a query from it.
        """
        assert self.path is not None
        for folder in self.path.iterdir():
            if folder.is_dir() and folder.name.startswith(_GEN_PREFIX) and folder.name not in keep:
                shutil.rmtree(folder, ignore_errors=True)
            elif folder.name.endswith(_DIGESTS) and folder.name.removesuffix(_DIGESTS) not in keep:
                folder.unlink(missing_ok=True)


def _graph_names(store: Store) -> set[str]:
    return {g.value for g in store.named_graphs() if isinstance(g, NamedNode)}


def _graph_triples(store: Store, name: str) -> list[Triple]:
    graph = DefaultGraph() if name == DEFAULT_GRAPH else NamedNode(name)
    return [quad.triple for quad in store.quads_for_pattern(None, None, None, graph)]


def _reports_among(names: set[str]) -> set[str]:
    """The report graphs among ``names``, and those whose summary graph is among them."""
    reports = {name for name in names if is_report_graph(name)}
    return reports | {report for report in map(report_of_summary, names) if report is not None}


def _refresh_derived(store: Store, names: set[str]) -> dict[str, GraphDigest]:
    """After a change to the graphs ``names``: the summary graph of each report among them (or whose summary graph
    is among them: summaries are derived, never edited) written again from the report, removed with a report
    that is gone; then the digest of every graph changed, a graph that is gone digested as empty."""
    reports = _reports_among(names)
    existing = _graph_names(store)
    changed = set(names)
    for report in sorted(reports):
        summary = NamedNode(summary_graph_iri(report))
        store.remove_graph(summary)
        if report in existing:
            store.add_graph(summary)
            store.extend(Quad(t.subject, t.predicate, t.object, summary)
                         for t in summary_triples(report, _graph_triples(store, report)))
        changed.add(summary.value)
    return {name: digest_graph(_graph_triples(store, name)) for name in sorted(changed)}


def _read_pointer(path: Path) -> str:
    """The generation CURRENT names, validated: one ``gen-<digits>`` line naming a folder of the store."""
    marker = path / _CURRENT
    try:
        raw = marker.read_bytes()[: _MAX_POINTER_BYTES + 1]
    except FileNotFoundError:
        raise StoreMissingError(path) from None
    except OSError as exc:
        raise StoreError(path, storage_problem(exc)) from exc
    name = raw.decode("ascii", errors="backslashreplace").strip()
    if len(raw) > _MAX_POINTER_BYTES or not _GENERATION_NAME.fullmatch(name):
        raise StoreError(path, f"it is damaged: its pointer file {_CURRENT} does not name a generation "
                               f"(expected one line gen-<digits>, found {name[:40]!r})")
    if not (path / name).is_dir():
        raise StoreError(path, f"it is damaged: its pointer file {_CURRENT} names {name}, which is missing")
    return name
