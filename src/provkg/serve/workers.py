"""The query workers: processes that run queries, each walled in by a memory limit, a time limit and (unless
the operator allowed SERVICE hosts) a seccomp filter that forbids opening network sockets.

Why processes: pyoxigraph cannot cancel a running query, so a query past its bounds is stopped by ending its
worker, which a thread could not do; a fresh worker takes its place.

Bounds:
- memory: RLIMIT_AS of the worker, set once the store is open (and, with ``in_memory``, copied into RAM), at the
  address space it then uses plus ``memory_limit``; an allocation past it ends the worker (Rust aborts), and the
  query is answered 503;
- time: the request's whole stay counts, waiting for a free worker included; past ``timeout`` the worker is killed;
- queue: at most ``max_waiting`` requests wait for a worker, the next one is answered 503 with Retry-After;
- a query whose client hung up is stopped (its worker killed) instead of running on;
- a query running longer than ``slow_after`` seconds is moved aside: its worker's CPU priority is lowered and a
  spare worker is started, so short queries keep a full pool (at most ``size`` spares at a time); the slow worker
  is retired when its query ends.
"""

from __future__ import annotations

import errno
import logging
import multiprocessing
import os
import queue
import resource
import signal
import socket
import threading
import time
from collections.abc import Callable, Mapping
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from provkg.core.errors import InputError
from provkg.serve.guard import HttpError

TEXT = "text/plain; charset=utf-8"
Answer = tuple[int, str, bytes, int]  # status, content type, body, number of rows or triples

DEFAULT_MEMORY_LIMIT = 1 << 30  # bytes a worker may use above its footprint once the store is open
_READY = "ready"
_REFRESH_SECONDS = 5.0
_POLL_SECONDS = 0.05
_SLOW_NICE = 10


class NetworkWallError(InputError):
    """The seccomp filter that keeps query workers off the network could not be installed."""


def apply_network_wall() -> None:
    """Forbid this process (and its threads) to create any socket but a Unix one: a seccomp-BPF filter (libseccomp,
    through pyseccomp) answers EACCES to socket() with another address family, and to io_uring_setup (whose
    socket operation would go around it). Irreversible for the process. NetworkWallError if it cannot be set."""
    try:
        import pyseccomp as seccomp

        wall = seccomp.SyscallFilter(defaction=seccomp.ALLOW)
        wall.add_rule(seccomp.ERRNO(errno.EACCES), "socket", seccomp.Arg(0, seccomp.NE, socket.AF_UNIX))
        wall.add_rule(seccomp.ERRNO(errno.EACCES), "io_uring_setup")
        wall.load()
    except (ImportError, OSError, RuntimeError, ValueError, AttributeError) as exc:
        raise NetworkWallError(
            f"cannot keep the query workers off the network with seccomp ({type(exc).__name__}: {exc}); "
            "install libseccomp2, or allow the hosts SERVICE may call (--allow-service), or run without this wall "
            "(--no-network-wall)"
        ) from exc


def _address_space() -> int:
    with open("/proc/self/statm", encoding="ascii") as handle:
        return int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


def _worker_main(conn: Connection, store_dir: str, max_results: int, in_memory: bool, memory_limit: int | None,
                 network_wall: bool) -> None:
    from provkg.serve.server import execute
    from provkg.store.store import KnowledgeStore

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle; it ends the workers
    logging.getLogger("rdflib").setLevel(logging.ERROR)  # the guard's parser warns on every odd IRI a visitor sends
    try:
        store = KnowledgeStore.open(Path(store_dir), read_only=True, in_memory=in_memory)
        store.current_store()  # open (or copy into memory) before saying ready
        if network_wall:
            apply_network_wall()
        if memory_limit is not None:
            limit = _address_space() + memory_limit
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except InputError as exc:
        conn.send(str(exc))
        return
    conn.send(_READY)
    while True:
        try:
            if in_memory and not conn.poll(_REFRESH_SECONDS):
                store.current_store()  # while idle, take a copy of a newly published generation
                continue
            job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            answer = execute(store, job, max_results)
        except MemoryError:
            os.abort()  # over the memory bound: end like a Rust allocation failure does; the pool answers 503
        conn.send(answer)


class _Worker:
    def __init__(self, process: Any, conn: Connection) -> None:
        self.process = process
        self.conn = conn


def _overloaded(message: str) -> HttpError:
    return HttpError(503, message, {"Retry-After": "1"})


class QueryPool:
    """Worker processes that run queries within the bounds described in the module doc."""

    def __init__(self, store_dir: Path, size: int, max_results: int, in_memory: bool = False, *,
                 memory_limit: int | None = DEFAULT_MEMORY_LIMIT, network_wall: bool = True,
                 max_waiting: int | None = None, slow_after: float = 2.0) -> None:
        self._context = multiprocessing.get_context("spawn")  # forking a threaded server is unsafe
        self._store_dir = str(store_dir)
        self._max_results = max_results
        self._in_memory = in_memory
        self._memory_limit = memory_limit
        self._network_wall = network_wall
        self.size = size
        self.max_waiting = max_waiting if max_waiting is not None else 8 * size
        self.slow_after = slow_after
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[Any] = set()
        self._lock = threading.Lock()
        self._waiting = 0
        self._spares = 0
        self._closed = False
        starting = [self._spawn() for _ in range(size)]  # they open (or load) the store in parallel
        try:
            for worker in starting:
                self._await_ready(worker)
                self._idle.put(worker)
        except InputError:
            self.close()
            raise

    # -- workers

    def _spawn(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(
            target=_worker_main,
            args=(child, self._store_dir, self._max_results, self._in_memory, self._memory_limit, self._network_wall),
            daemon=True,
        )
        process.start()
        child.close()
        with self._lock:
            self._all.add(process)
        return _Worker(process, parent)

    def _await_ready(self, worker: _Worker) -> None:
        try:
            said = worker.conn.recv()
        except (EOFError, OSError):
            said = None
        if said == _READY:
            return
        self._retire(worker)
        reason = said if isinstance(said, str) else "it stopped while opening it"
        cls = NetworkWallError if isinstance(said, str) and "seccomp" in said else InputError
        raise cls(f"a query worker could not start on the store at {self._store_dir}: {reason}")

    def _start_one(self) -> None:
        if self._closed:
            return

        def start() -> None:
            worker = self._spawn()
            try:
                self._await_ready(worker)
            except InputError:
                return  # the next failing query reports the problem
            self._idle.put(worker)

        threading.Thread(target=start, daemon=True).start()

    def _retire(self, worker: _Worker) -> None:
        worker.process.kill()
        worker.process.join(5)
        worker.conn.close()
        with self._lock:
            self._all.discard(worker.process)

    # -- running a query

    def run(self, job: Mapping[str, Any], timeout: float, *, began: float | None = None,
            cancelled: Callable[[], bool] | None = None) -> Answer:
        """Run ``job`` in a worker; the time limit counts from ``began`` (default: now). HttpError 503 with
        Retry-After when the queue is full or no worker frees up in time; None-answers never happen."""
        deadline = (began if began is not None else time.monotonic()) + timeout
        with self._lock:
            if self._waiting >= self.max_waiting:
                raise _overloaded(f"the endpoint is busy ({self._waiting} queries waiting): try again shortly")
            self._waiting += 1
        try:
            worker = self._idle.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise _overloaded(f"no query worker became free within the time limit of {timeout:g} s: "
                              "try again shortly") from None
        finally:
            with self._lock:
                self._waiting -= 1
        return self._run_on(worker, job, timeout, deadline, cancelled)

    def _run_on(self, worker: _Worker, job: Mapping[str, Any], timeout: float, deadline: float,
                cancelled: Callable[[], bool] | None) -> Answer:
        started = time.monotonic()
        slow = False
        try:
            worker.conn.send(dict(job))
            while True:
                if worker.conn.poll(min(_POLL_SECONDS, max(0.0, deadline - time.monotonic()))):
                    answer: Answer = worker.conn.recv()
                    break
                if time.monotonic() >= deadline:
                    self._end(worker, slow)
                    message = (f"the query ran longer than the time limit of {timeout:g} s and was stopped: "
                               "narrow it or add a LIMIT")
                    return 503, TEXT, message.encode(), 0
                if cancelled is not None and cancelled():
                    self._end(worker, slow)
                    return 499, TEXT, b"the client closed the connection; the query was stopped", 0
                if not slow and time.monotonic() - started > self.slow_after:
                    slow = self._move_aside(worker)
        except (EOFError, OSError):
            worker.process.join(1)
            code = worker.process.exitcode
            self._end(worker, slow)
            if code in (-signal.SIGABRT, -signal.SIGKILL, -signal.SIGSEGV):
                # A Rust allocation failing under RLIMIT_AS aborts the worker.
                limit = f" ({self._memory_limit >> 20} MB)" if self._memory_limit else ""
                message = f"the query needed more memory than a query may use{limit} and was stopped: narrow it"
                return 503, TEXT, message.encode(), 0
            return 500, TEXT, b"the query worker stopped unexpectedly; try again", 0
        if slow:
            self._end(worker, slow)  # its priority was lowered: a fresh worker is already there
        else:
            self._idle.put(worker)
        return answer

    def _move_aside(self, worker: _Worker) -> bool:
        with self._lock:
            if self._spares >= self.size or self._closed:
                return False
            self._spares += 1
        try:
            os.setpriority(os.PRIO_PROCESS, worker.process.pid, _SLOW_NICE)
        except OSError:
            pass  # the worker just ended: the spare is still useful until the next query
        self._start_one()
        return True

    def _end(self, worker: _Worker, slow: bool) -> None:
        """Retire a worker whose query ended badly or ran slow; a slow one's spare already took its place."""
        self._retire(worker)
        if slow:
            with self._lock:
                self._spares -= 1
        else:
            self._start_one()

    def worker_pids(self) -> list[int]:
        """Process ids of the live workers (for tests and the benchmark)."""
        with self._lock:
            return [process.pid for process in self._all if process.is_alive()]

    def close(self) -> None:
        self._closed = True
        with self._lock:
            processes = list(self._all)
        for process in processes:
            process.kill()
            process.join(5)
