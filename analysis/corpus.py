"""Analyse a whole corpus into tidy tables, in bounded memory, resumably, on local cores or Dask.

:func:`run_corpus` streams the input (JSONL, CSV, Parquet, a folder of ``.txt``, or one article)
in chunks of consecutive records, analyses each chunk on a worker (every article: segment →
attribute → voices → tone → frames), and writes each finished chunk's rows as part files, which
are appended, in input order, to the tables (Parquet and formula-guarded CSV) while later chunks
are analysed; when every chunk is done it writes ``manifest.json``. :func:`load_tables` reads
them back into pandas in one call.

- Memory does not grow with the corpus: at most a few chunks per worker are in flight, parts are
  written as chunks finish, and tables are assembled one part at a time. Only the per-speaker
  sums grow, with the number of distinct (outlet, speaker) pairs.
- One bad record (unreadable, empty, a parse that raises) becomes an ``errors`` row; the run goes
  on, and :attr:`CorpusResult.failed` counts it.
- A run that stops (Ctrl-C, ``kill -9``) resumes when started again with the same input and
  ``out_dir``: finished chunks are not redone, and the tables equal those of an uninterrupted run.
  A run with another input, lexicon, actor list, alias table or chunk size refuses the folder
  (``force=True`` discards the earlier run).
- Tables are in input order whichever way the chunks ran (in this process, a process pool, Dask).
"""

from __future__ import annotations

import hashlib
import platform
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, fields
from datetime import datetime, timezone
from importlib import metadata as importlib_metadata
from itertools import islice
from pathlib import Path
from typing import Any

from analysis.config import DEFAULT_ACTORS, DEFAULT_LEXICON, DEFAULT_OUTLETS
from analysis.corpus_parts import CORPUS_COLUMNS, Chunk, ChunkCounts, WorkerState, chunk_key
from analysis.corpus_store import Fingerprint, RunStore, load_tables, run_manifest
from analysis.errors import CorpusError, ParameterError
from analysis.executors import ChunkRunner, make_runner, start_fork_server
from analysis.load import LoadFailure, count_records, is_corpus, iter_corpus, load_article
from analysis.metadata import load_outlets
from analysis.models import Article
from analysis.pipeline import load_resources

DEFAULT_CHUNK_SIZE = 100
IN_FLIGHT_PER_SLOT = 3
"""Chunks submitted per worker ahead of the results: enough to keep workers busy (with the
chunks set aside while local workers start, one more for this process to analyse meanwhile),
few enough that memory stays bounded."""
# The layout of DIR/.parts: a run of another layout is not resumed (it asks for --force).
FORMAT_VERSION = 2
MAX_DATE_EXAMPLES = 10
"""Distinct unreadable dates the manifest quotes, with their reasons."""
TABLE_NAMES: tuple[str, ...] = tuple(CORPUS_COLUMNS)


@dataclass(frozen=True, slots=True)
class CorpusResult:
    """What a corpus run wrote and counted."""

    out_dir: Path
    tables: dict[str, Path]
    """Each table's Parquet file by name; the CSV is beside it with the suffix ``.csv``."""
    manifest: Path
    records: int
    articles: int
    failed: int
    """Records that could not be loaded or analysed (each is a row of the ``errors`` table)."""
    words: int
    seconds: float
    chunks: int
    resumed_chunks: int
    """Chunks found done by an earlier, interrupted run and not analysed again."""

    @property
    def ok(self) -> bool:
        return self.failed == 0


def run_corpus(
    input_path: str | Path,
    out_dir: str | Path,
    *,
    lexicon: str | Path | None = None,
    actors: str | Path | None = None,
    outlets: str | Path | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    progress: bool = True,
    force: bool = False,
    day_first: bool = True,
    outlet_from_folder: bool = False,
) -> CorpusResult:
    """Analyse every article of ``input_path`` into the corpus tables in ``out_dir``.

    ``lexicon``, ``actors``: YAML files (the shipped defaults when ``None``); ``outlets``: an
    outlet alias table merged over the shipped one. ``workers``: local processes (all cores when
    ``None``; 1 runs in this process). ``scheduler``: the address of a Dask scheduler
    (``tcp://host:port``) to run on instead. ``chunk_size``: records per chunk. ``progress``:
    a progress bar on stderr. ``force``: discard an earlier run with other settings in
    ``out_dir`` instead of refusing. ``day_first``: read 03/04/2016 as 3 April.
    ``outlet_from_folder``: for a folder of ``.txt`` articles, each article's outlet is the folder
    under ``input_path`` it is in (``cnn/0001.txt``: ``cnn``).

    Raises :class:`~analysis.errors.InputError` for an unusable input,
    :class:`~analysis.errors.ConfigError` for an invalid lexicon, actor list or alias table,
    :class:`~analysis.errors.CorpusError` when ``out_dir`` holds another run or a worker fails.
    Records that fail one by one do not raise: see :attr:`CorpusResult.failed`.
    """
    started = time.perf_counter()
    if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1:
        raise ParameterError(f"chunk_size must be a whole number >= 1, got {chunk_size!r}")
    source = Path(input_path)
    start_fork_server(workers=workers, scheduler=scheduler)
    state = WorkerState(load_resources(lexicon=lexicon, actors=actors), load_outlets(outlets),
                        day_first=day_first)
    records = _records(source, outlet_from_folder=outlet_from_folder)
    fingerprint = _fingerprint(source, lexicon=lexicon, actors=actors, outlets=outlets,
                               day_first=day_first, chunk_size=chunk_size, outlet_from_folder=outlet_from_folder)
    store = RunStore.open(out_dir, fingerprint, force=force)
    chunks = 0
    total = ChunkCounts()
    resumed = 0
    analysed_words = 0
    runner = make_runner(state, workers=workers, scheduler=scheduler, parts=store.parts)
    try:
        # The input is counted (for the progress bar) while the workers start.
        bar = _progress_bar(count_records(source), enabled=progress)
        try:
            # Chunks are assembled into the tables as they finish, while later ones are analysed.
            with store.assembler() as assembler:
                for key, chunk_counts, was_done in _run_chunks(records, chunk_size, store, runner,
                                                               bar):
                    assembler.add(key)
                    chunks += 1
                    total = _sum_counts((total, chunk_counts))
                    resumed += was_done
                    analysed_words += 0 if was_done else chunk_counts.words
        finally:
            bar.close()
    except BaseException:
        runner.close(cancel=True)
        raise
    runner.close()
    seconds = time.perf_counter() - started
    manifest = store.write_manifest(_manifest(
        source, out_dir=store.out_dir, fingerprint=fingerprint, total=total, seconds=seconds,
        chunks=chunks, resumed=resumed, analysed_words=analysed_words, workers=workers,
        scheduler=scheduler, lexicon=lexicon, actors=actors, outlets=outlets, where=runner.where,
    ))
    store.discard_parts()
    return CorpusResult(
        out_dir=store.out_dir,
        tables=assembler.tables,
        manifest=manifest,
        records=total.records,
        articles=total.articles,
        failed=total.failed_load + total.failed_analyse,
        words=total.words,
        seconds=seconds,
        chunks=chunks,
        resumed_chunks=resumed,
    )


def _records(source: Path, *, outlet_from_folder: bool = False) -> Iterator[Article | LoadFailure]:
    """The input's records; raises at once (before any record) when the input is unusable."""
    if is_corpus(source) or outlet_from_folder:
        return iter_corpus(source, outlet_from_folder=outlet_from_folder)
    return iter([load_article(source)])


def _chunks(records: Iterable[Article | LoadFailure], size: int) -> Iterator[Chunk]:
    iterator = iter(records)
    index = 0
    while True:
        items = tuple(islice(iterator, size))
        if not items:
            return
        yield Chunk(index, chunk_key(index, items), items)
        index += 1


def _run_chunks(
    records: Iterable[Article | LoadFailure],
    chunk_size: int,
    store: RunStore,
    runner: ChunkRunner,
    bar: Any,
) -> Iterator[tuple[str, ChunkCounts, bool]]:
    """Submit the chunks not yet done, keep a bounded number in flight, save each as it finishes.

    Yields ``(key, counts, was_done_before)`` per chunk in input order.
    """
    limit = max(1, runner.slots * IN_FLIGHT_PER_SLOT)
    in_flight: dict[Any, Chunk] = {}
    finished: dict[int, tuple[str, ChunkCounts, bool]] = {}
    next_index = 0

    def collect(block_until_one: bool) -> None:
        if not in_flight or (not block_until_one and len(in_flight) < limit):
            return
        done, _ = runner.wait(list(in_flight))
        for future in done:
            chunk = in_flight.pop(future)
            result = _result_of(future, chunk)
            store.save(result)
            finished[chunk.index] = (chunk.key, result.counts, False)
            bar.update(len(chunk.items))

    try:
        for chunk in _chunks(records, chunk_size):
            earlier = store.done_counts(chunk.key)
            if earlier is not None:
                finished[chunk.index] = (chunk.key, earlier, True)
                bar.update(len(chunk.items))
            else:
                while len(in_flight) >= limit:
                    collect(block_until_one=True)
                in_flight[runner.submit(chunk)] = chunk
            while next_index in finished:
                yield finished.pop(next_index)
                next_index += 1
        while in_flight:
            collect(block_until_one=True)
    except BaseException:
        _save_finished(in_flight, store)  # keep what is done, so a rerun need not redo it
        raise
    while next_index in finished:
        yield finished.pop(next_index)
        next_index += 1


def _save_finished(in_flight: dict[Any, Chunk], store: RunStore) -> None:
    for future, chunk in in_flight.items():
        if future.done() and not future.cancelled() and future.exception() is None:
            store.save(future.result())


def _result_of(future: Any, chunk: Chunk) -> Any:
    try:
        return future.result()
    except CorpusError:
        raise
    except Exception as exc:
        raise CorpusError(
            f"chunk {chunk.key} (records {chunk.index}…) failed on its worker "
            f"({type(exc).__name__}: {exc}); the finished chunks are kept: run the same command "
            "again to resume"
        ) from exc


def _progress_bar(total: int | None, *, enabled: bool) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, unit=" articles", desc="corpus", file=sys.stderr, disable=not enabled,
                dynamic_ncols=True, smoothing=0.1)


def _sha256(path: str | Path | None, default: Path | None) -> str:
    target = Path(path) if path is not None else default
    if target is None:
        return ""
    try:
        return hashlib.sha256(target.read_bytes()).hexdigest()
    except OSError:
        return ""


def _fingerprint(source: Path, *, lexicon: str | Path | None, actors: str | Path | None,
                 outlets: str | Path | None, day_first: bool, chunk_size: int,
                 outlet_from_folder: bool = False) -> Fingerprint:
    return Fingerprint(
        input=str(source.resolve()),
        **_setting_digests(lexicon=lexicon, actors=actors, outlets=outlets),
        day_first=day_first,
        chunk_size=chunk_size,
        format=FORMAT_VERSION,
        outlet_from_folder=outlet_from_folder,
    )


def _setting_digests(*, lexicon: str | Path | None, actors: str | Path | None,
                     outlets: str | Path | None) -> dict[str, str]:
    """The fingerprint's digests of the lexicon, actor list and alias table (the shipped files
    where ``None``; an alias table given is merged over the shipped one)."""
    return {
        "lexicon_sha256": _sha256(lexicon, DEFAULT_LEXICON),
        "actors_sha256": _sha256(actors, DEFAULT_ACTORS),
        "outlets_sha256": _sha256(DEFAULT_OUTLETS, None) + (
            "+" + _sha256(outlets, None) if outlets is not None else ""),
    }


def settings_differences(manifest: dict[str, Any], *, lexicon: str | Path | None = None,
                         actors: str | Path | None = None, outlets: str | Path | None = None,
                         outlet_from_folder: bool = False) -> list[str]:
    """What of the settings given differs from those the finished run of ``manifest`` used: a
    lexicon, an actor list or an outlet alias table with other contents, or outlets read from
    folders where the run did not read them, each said as a flag of ``python -m analysis`` would
    set it. Settings not given are the run's own, and differ in nothing."""
    earlier = manifest.get("fingerprint")
    if not isinstance(earlier, dict):
        return []
    digests = _setting_digests(lexicon=lexicon, actors=actors, outlets=outlets)
    given = {"--lexicon": (lexicon, "lexicon_sha256"), "--actors": (actors, "actors_sha256"),
             "--outlet-aliases": (outlets, "outlets_sha256")}
    differ = [flag for flag, (value, key) in given.items() if value is not None and earlier.get(key) != digests[key]]
    if outlet_from_folder and not earlier.get("outlet_from_folder"):
        differ.append("--outlet-from-folder")
    return differ


def _sum_counts(counts: Iterable[ChunkCounts]) -> ChunkCounts:
    totals: dict[str, Any] = {f.name: 0 for f in fields(ChunkCounts)}
    totals["date_problems"] = ()
    for item in counts:
        for f in fields(ChunkCounts):
            if f.name == "date_problems":
                known = totals["date_problems"]
                added = tuple(p for p in item.date_problems if p not in known)
                totals["date_problems"] = (known + added)[:MAX_DATE_EXAMPLES]
            else:
                totals[f.name] += getattr(item, f.name)
    return ChunkCounts(**totals)


def _version(package: str) -> str | None:
    try:
        return importlib_metadata.version(package)
    except importlib_metadata.PackageNotFoundError:
        return None


def _manifest(source: Path, *, out_dir: Path, fingerprint: Fingerprint, total: ChunkCounts,
              seconds: float, chunks: int, resumed: int, analysed_words: int, workers: int | None,
              scheduler: str | None, lexicon: str | Path | None, actors: str | Path | None,
              outlets: str | Path | None, where: str) -> dict[str, object]:
    counts = asdict(total)
    problems = counts.pop("date_problems")
    unreadable = counts.pop("unreadable_date")
    missing = {name: counts.pop(f"missing_{name}") for name in ("date", "outlet", "title")}
    return {
        "input": str(source.resolve()),
        "out_dir": str(out_dir.resolve()),
        "finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "tables": {name: [f"{name}.parquet", f"{name}.csv"] for name in TABLE_NAMES},
        "counts": {**counts, "failed": total.failed_load + total.failed_analyse},
        "missing": missing,
        "unreadable_dates": {"count": unreadable, "examples": list(problems)},
        "chunks": {"total": chunks, "resumed": resumed, "size": fingerprint.chunk_size},
        "elapsed_seconds": round(seconds, 3),
        "words_analysed": analysed_words,
        "words_per_second": round(analysed_words / seconds, 1) if seconds > 0 else None,
        "run": {"workers": workers, "scheduler": scheduler, "analysed": where},
        "settings": {
            "lexicon": str(lexicon or DEFAULT_LEXICON),
            "actors": str(actors or DEFAULT_ACTORS),
            "outlets": [str(DEFAULT_OUTLETS)] + ([str(outlets)] if outlets else []),
            "day_first": fingerprint.day_first,
            "outlet_from_folder": fingerprint.outlet_from_folder,
        },
        "fingerprint": asdict(fingerprint),
        "versions": {
            "python": platform.python_version(),
            **{name: _version(name) for name in (
                "framing-analysis", "vaderSentiment", "pandas", "pyarrow", "distributed")},
        },
    }


__all__ = ["CorpusResult", "DEFAULT_CHUNK_SIZE", "TABLE_NAMES", "load_tables", "run_corpus", "run_manifest",
           "settings_differences"]
