"""Where a corpus run's chunks are analysed: in this process, a local process pool, or a Dask cluster.

Each runner offers the same three calls: :meth:`submit` a chunk (a future comes back),
:meth:`wait` until at least one of some futures is done, and :meth:`close`. A future's result is
a :class:`~analysis.corpus_parts.ChunkResult` for this process to write, or, from local worker
processes, which write their chunks' parts themselves, a
:class:`~analysis.corpus_store.WrittenChunk`. Dask results come back to this process, which writes
them, so Dask workers need not share a filesystem with it; they need the project installed
(``pip install -e .`` or the same package) to import :func:`analysis.corpus_parts.analyse_chunk`.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
import time
import uuid
from collections.abc import Collection
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor
from concurrent.futures import wait as wait_futures
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, Protocol

from analysis.corpus_parts import Chunk, WorkerState, analyse_chunk, install_state
from analysis.corpus_store import WrittenChunk, write_parts
from analysis.errors import CorpusError, ParameterError
from analysis.models import Article

CONNECT_TIMEOUT = "20s"
WORKER_TIMEOUT = 60
POLL_SECONDS = 0.05
_WARM_UP = Article(
    id="warm-up",
    title="Town retaken",
    text='Town retaken\n\n"We have won," the commander said. State media said the army entered '
         "the town, according to a monitoring group.",
)
"""A tiny article a new worker analyses before its first chunk, so that what the stages build on
first use (compiled matchers, VADER's tables) is built while it waits for work."""
SET_ASIDE_PER_WORKER = 2
"""Chunks kept per worker for the pool while its workers start: each worker finds a second
chunk waiting when it finishes its first, instead of waiting for this process to finish the
chunk it was analysing when the workers came up."""


class ChunkRunner(Protocol):
    slots: int
    """How many chunks can be analysed at once (worker processes or Dask worker threads)."""
    where: str
    """Where chunks are analysed: ``in-process``, ``forked`` or ``fork-server`` local processes
    (``spawned`` where the platform has no fork), or ``dask``."""

    def submit(self, chunk: Chunk) -> Any: ...

    def wait(self, futures: Collection[Any]) -> tuple[set[Any], set[Any]]: ...

    def close(self, *, cancel: bool = False) -> None: ...


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def make_runner(state: WorkerState, *, workers: int | None, scheduler: str | None,
                parts: Path) -> ChunkRunner:
    """A Dask runner when ``scheduler`` is an address; else ``workers`` local processes (all
    cores when ``None``), which write their chunks' parts into the folder ``parts``;
    ``workers=1`` analyses in this process."""
    if scheduler:
        return DaskRunner(state, address=scheduler)
    if workers is None:
        workers = default_workers()
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise ParameterError(f"workers must be a whole number >= 1, got {workers!r}")
    if workers == 1:
        return InProcessRunner(state)
    return ProcessRunner(state, workers=workers, parts=parts)


class InProcessRunner:
    """Analyses each chunk when it is submitted, in this process."""

    slots = 1
    where = "in-process"

    def __init__(self, state: WorkerState) -> None:
        self._state = state

    def submit(self, chunk: Chunk) -> Future:
        future: Future = Future()
        try:
            future.set_result(analyse_chunk(chunk, self._state))
        except Exception as exc:
            future.set_exception(exc)
        return future

    def wait(self, futures: Collection[Future]) -> tuple[set[Future], set[Future]]:
        done, pending = wait_futures(futures, return_when=FIRST_COMPLETED)
        return set(done), set(pending)

    def close(self, *, cancel: bool = False) -> None:
        pass


def can_fork() -> bool:
    """Whether worker processes may be forked from this process itself: on Linux, while this
    process runs no thread but its main one (a fork copies one thread, and a lock another held
    would stay locked in the child for good). A script or a scheduled run forks its workers, which
    start at once with the pipeline imported and the run's resources loaded; a notebook's kernel,
    a progress bar or a Dask client runs threads, and its workers come from a fork server."""
    return (sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()
            and threading.active_count() == 1)


def _context(*, fork: bool = False) -> multiprocessing.context.BaseContext:
    """``fork`` when asked (see :func:`can_fork`); else forkserver where the platform has it
    (never fork a process that may hold threads), spawn elsewhere. The fork server imports the
    pipeline once, so each worker starts from it without importing pandas and the stages again."""
    if fork:
        return multiprocessing.get_context("fork")
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["analysis.corpus_store"])
        return context
    return multiprocessing.get_context("spawn")


def start_fork_server(*, workers: int | None, scheduler: str | None) -> None:
    """Start the fork server that local worker processes fork from, when the run will have some
    and cannot fork them from this process, without waiting for it: it imports the pipeline while
    this process loads the run's resources and opens its output folder, instead of after."""
    if scheduler or _local_workers(workers) < 2 or can_fork():
        return
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return
    _context()
    from multiprocessing import forkserver

    forkserver.ensure_running()


def _local_workers(workers: int | None) -> int:
    """The number of local worker processes ``workers`` asks for (all cores when ``None``);
    0 when it is not a whole number >= 1 (:func:`make_runner` then says why)."""
    if workers is None:
        return default_workers()
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        return 0
    return workers


class ProcessRunner:
    """A pool of worker processes, each loading the run's resources once and writing the parts
    of the chunks it analyses into ``parts``.

    Workers take a moment to start (the fork server imports the pipeline once, then each worker
    readies its stages). Meanwhile :data:`SET_ASIDE_PER_WORKER` chunks per worker are set aside
    for them, handed to the pool the moment they are all up, and further chunks are analysed in
    this process: no core waits, neither for the workers nor, once they are up, for this process
    to finish a chunk.
    """

    def __init__(self, state: WorkerState, *, workers: int, parts: Path) -> None:
        self.slots = workers
        self._parts = parts
        self._here = InProcessRunner(state)
        self._lock = threading.Lock()
        self._set_aside: list[tuple[Chunk, Future]] | None = []
        """Chunks waiting for the workers to be up (None once they are handed to the pool)."""
        forked = can_fork()
        context = _context(fork=forked)
        self.where = {"fork": "forked", "forkserver": "fork-server"}.get(context.get_start_method(), "spawned")
        self._pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=context,
            initializer=_start_worker,
            initargs=(state,),
        )
        self._starting = threading.Thread(target=self._start_workers, name="start-workers",
                                          daemon=True)
        if forked:
            # Forked now, before any thread of this process starts (the pool's own among them),
            # the workers are up at once: nothing needs setting aside for them.
            self._start_workers()
            return
        # Starting a worker blocks its caller until the fork server is up, hence a thread.
        self._starting.start()

    def _start_workers(self) -> None:
        try:
            wait_futures([self._pool.submit(_ready) for _ in range(self.slots)])
        except (RuntimeError, BrokenProcessPool):
            pass  # the run stopped meanwhile, or the pool broke: the next submit reports that
        finally:
            with self._lock:
                set_aside, self._set_aside = self._set_aside or [], None
            for chunk, future in set_aside:
                self._hand_over(chunk, future)

    def _hand_over(self, chunk: Chunk, future: Future) -> None:
        """Submit a chunk set aside to the pool; its future takes the pool's outcome."""
        try:
            pooled = self._pool.submit(_analyse_and_write, chunk, self._parts)
        except Exception as exc:  # the pool broke or was shut down
            future.set_exception(exc)
            return
        pooled.add_done_callback(lambda done: _copy_outcome(done, future))

    def ready(self, timeout: float | None = None) -> bool:
        """Whether every worker is up (waiting up to ``timeout`` seconds for them)."""
        if self._starting.ident is not None:
            self._starting.join(timeout)
        return not self._starting.is_alive()

    def submit(self, chunk: Chunk) -> Future:
        with self._lock:
            starting = self._set_aside is not None
            if starting and len(self._set_aside) < self.slots * SET_ASIDE_PER_WORKER:
                future: Future = Future()
                self._set_aside.append((chunk, future))
                return future
        if starting:
            return self._here.submit(chunk)
        return self._pool.submit(_analyse_and_write, chunk, self._parts)

    def wait(self, futures: Collection[Future]) -> tuple[set[Future], set[Future]]:
        done, pending = wait_futures(futures, return_when=FIRST_COMPLETED)
        return set(done), set(pending)

    def close(self, *, cancel: bool = False) -> None:
        # On an interrupt, do not wait for the chunks being analysed: their results would be
        # thrown away, and the rerun redoes them.
        self._pool.shutdown(wait=not cancel, cancel_futures=cancel)
        if not cancel and self._starting.ident is not None:
            self._starting.join()


def _copy_outcome(source: Future, target: Future) -> None:
    """Give ``target`` the outcome of ``source`` (done): its result, exception or cancellation."""
    if source.cancelled():
        target.cancel()
    elif source.exception() is not None:
        target.set_exception(source.exception())
    else:
        target.set_result(source.result())


def _ready() -> None:
    """A pool task that returns once its worker is up."""


def _analyse_and_write(chunk: Chunk, parts: Path) -> WrittenChunk:
    """A pool worker's task: only the chunk's counts travel back, not its rows."""
    return write_parts(analyse_chunk(chunk), parts)


def _start_worker(state: WorkerState) -> None:
    """A pool worker: keep the run's state; leave Ctrl-C to the parent, which stops the run."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    install_state(state)
    analyse_chunk(Chunk(-1, "warm-up", (_WARM_UP,)))


class DaskRunner:
    """Chunks analysed on an existing Dask distributed cluster; results come back here."""

    def __init__(self, state: WorkerState, *, address: str) -> None:
        try:
            from distributed import Client
        except ImportError as exc:
            raise CorpusError(
                "running on a Dask cluster needs the 'distributed' package; "
                "install it (pip install 'dask[distributed]') or leave out --scheduler"
            ) from exc
        try:
            self._client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            raise CorpusError(
                f"cannot reach the Dask scheduler at {address} ({exc}); check the address "
                "(tcp://host:port) and that the scheduler is running"
            ) from exc
        if not self._client.nthreads():
            try:
                self._client.wait_for_workers(1, timeout=WORKER_TIMEOUT)
            except (OSError, TimeoutError) as exc:
                self._client.close()
                raise CorpusError(
                    f"the Dask scheduler at {address} has no workers (waited {WORKER_TIMEOUT} s); "
                    "start some with `dask worker ADDRESS`"
                ) from exc
        threads = sum(self._client.nthreads().values())
        self.where = "dask"
        self._token = uuid.uuid4().hex[:8]
        self.slots = max(1, threads)
        self._state = self._client.scatter(state, broadcast=True, hash=False)

    def submit(self, chunk: Chunk) -> Any:
        return self._client.submit(analyse_chunk, chunk, self._state, key=f"analyse-chunk-{chunk.key}-{self._token}",
                                   pure=False)

    def wait(self, futures: Collection[Any]) -> tuple[set[Any], set[Any]]:
        # distributed.wait() works on the process's default client only; this client is not made
        # the default (a notebook's own client must stay its default), so poll instead.
        pause = 0.001
        while True:
            done = {f for f in futures if f.done()}
            if done or not futures:
                return done, set(futures) - done
            time.sleep(pause)
            pause = min(pause * 2, POLL_SECONDS)

    def close(self, *, cancel: bool = False) -> None:
        try:
            self._client.cancel([self._state], force=True)
        finally:
            self._client.close()
