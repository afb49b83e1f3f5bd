"""A corpus run's output folder: finished chunks kept as parts, and the tables assembled from them.

Layout of ``out_dir``::

    articles.parquet  articles.csv   (and sentences, attributions, voices, frame_hits,
    speakers, errors)                 the tables, in place once every chunk is done
    manifest.json                     what the run read, counted and took
    .parts/run.json                   the settings the parts were made with (see Fingerprint)
    .parts/<chunk key>.chunk          a finished chunk (see below)

A chunk file holds the chunk's counts and, for each table, its rows as Arrow IPC and as
formula-guarded CSV rows without a header, then its speaker sums (:func:`write_parts`,
:func:`read_chunk`). It is written to a temporary name and moved into place in one step, after an
fsync, so a chunk counts as done exactly when its file exists, and a run stopped at any moment
(Ctrl-C, ``kill -9``, a power cut) leaves nothing half-written that a rerun would read as done.
One file per chunk costs one fsync and one rename, where a file per table cost one per table.
Local worker processes write their chunks' files themselves (:func:`write_parts`), so the costly
formatting runs in parallel and only counts travel back; the run's own process writes the files
of chunks analysed in it or on Dask. The tables are assembled while the run goes on
(:class:`TableAssembler`): each finished chunk, in input order, is appended to a pyarrow
``ParquetWriter`` and its CSV rows copied byte for byte, so memory holds one chunk's part at a
time, never the corpus.
"""

from __future__ import annotations

import io
import json
import math
import shutil
import struct
from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import asdict, dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from analysis.coref import settled_spellings
from analysis.corpus_parts import (
    ALL_OUTLETS,
    CORPUS_COLUMNS,
    ROW_TABLES,
    SPEAKER_COLUMNS,
    SPEAKER_SUM_COLUMNS,
    ChunkCounts,
    ChunkResult,
    empty_table,
    typed,
)
from analysis.errors import CorpusError, InputError
from analysis.export import append_csv, atomic_path, write_table
from analysis.tables import columns_frame
from analysis.tone import t_quantile

PARTS_DIR = ".parts"
RUN_FILE = "run.json"
MANIFEST = "manifest.json"
SPEAKER_SUMS = "speaker_sums"
CONFIDENCE = 0.95
_EARLY_T_COUNTS = 64
"""Statement counts up to which the speakers table's t quantiles are found as sums come in."""
CHUNK_SUFFIX = ".chunk"
_CHUNK_MAGIC = b"analysis corpus chunk 1\n"
_HEADER_LENGTH = struct.Struct("<Q")
_SECTION_ALIGNMENT = 64
"""Sections start at multiples of this within a chunk file, so Arrow reads them in place."""


@dataclass(frozen=True, slots=True)
class WrittenChunk:
    """A chunk whose file is written (by :func:`write_parts`): it is done."""

    index: int
    key: str
    counts: ChunkCounts


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What makes two runs' parts interchangeable: same input, same configuration, same format."""

    input: str
    lexicon_sha256: str
    actors_sha256: str
    outlets_sha256: str
    day_first: bool
    chunk_size: int
    format: int
    outlet_from_folder: bool = False

    def differences(self, other: dict[str, object], *, ignore: tuple[str, ...] = ()) -> list[str]:
        """Human-readable ``name: old → new`` for each setting that differs from ``other`` (a
        setting ``other`` does not record, from before it was one, has its default there)."""
        mine = asdict(self)
        return [_difference(name, other.get(name, _DEFAULTS.get(name)), mine[name]) for name in mine
                if name not in ignore and other.get(name, _DEFAULTS.get(name)) != mine[name]]


# Settings a manifest written before they were settings does not record: what such a run did.
_DEFAULTS: dict[str, object] = {"outlet_from_folder": False}


def _difference(name: str, before: object, now: object) -> str:
    if name.endswith("_sha256"):
        return f"another {name.removesuffix('_sha256')} file (its contents differ)"
    return f"{name} {before!r} → {now!r}"


class RunStore:
    """The output folder of one corpus run (see the module docstring)."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.parts = out_dir / PARTS_DIR

    @classmethod
    def open(cls, out_dir: str | Path, fingerprint: Fingerprint, *, force: bool = False) -> RunStore:
        """The store at ``out_dir``, created if need be, ready to resume a run with the same
        ``fingerprint``. Raises :class:`CorpusError` when the folder holds a run with other
        settings, unless ``force`` (which discards that run's parts and manifest).
        """
        store = cls(Path(out_dir))
        store.out_dir.mkdir(parents=True, exist_ok=True)
        earlier, finished = store._earlier_fingerprint()
        # Chunk size shapes the parts of an unfinished run only; a finished run has none left.
        changes = fingerprint.differences(earlier, ignore=("chunk_size",) if finished else ()) \
            if earlier is not None else []
        if changes and not force:
            raise CorpusError(
                f"{store.out_dir} holds a corpus run with other settings ({'; '.join(changes)}); "
                "write to another --out folder, pass the same settings to resume it, or pass "
                "--force to discard it and start again"
            )
        if force:
            shutil.rmtree(store.parts, ignore_errors=True)
            (store.out_dir / MANIFEST).unlink(missing_ok=True)
        store.parts.mkdir(exist_ok=True)
        for leftover in store.parts.glob(".*.tmp"):  # from a run stopped mid-write
            leftover.unlink(missing_ok=True)
        for name in CORPUS_COLUMNS:  # tables a stopped run had begun to assemble
            for leftover in store.out_dir.glob(f".{name}.*.tmp"):
                leftover.unlink(missing_ok=True)
        _write_json(store.parts / RUN_FILE, asdict(fingerprint))
        return store

    def _earlier_fingerprint(self) -> tuple[dict[str, object] | None, bool]:
        """The settings of a run found in the folder, and whether that run finished."""
        unfinished = _read_json(self.parts / RUN_FILE)
        if unfinished is not None:
            return unfinished, False
        manifest = _read_json(self.out_dir / MANIFEST)
        if manifest is not None and isinstance(manifest.get("fingerprint"), dict):
            return manifest["fingerprint"], True  # type: ignore[return-value]
        return None, False

    # --- chunks --------------------------------------------------------------------------------

    def done_counts(self, key: str) -> ChunkCounts | None:
        """The counts of chunk ``key`` when it is done (its whole file in place), else None."""
        header = _read_header(chunk_path(self.parts, key))
        if header is None or header.get("key") != key:
            return None
        counts = header.get("counts")
        if not isinstance(counts, dict):
            return None
        known = {f.name for f in fields(ChunkCounts)}
        values = {k: v for k, v in counts.items() if k in known}
        values["date_problems"] = tuple(values.get("date_problems", ()))
        return ChunkCounts(**values)

    def save(self, result: ChunkResult | WrittenChunk) -> None:
        """Write the chunk's file unless a worker wrote it (the chunk is then done)."""
        if isinstance(result, ChunkResult):
            write_parts(result, self.parts)

    # --- final tables --------------------------------------------------------------------------

    def assembler(self) -> TableAssembler:
        """The final tables of this run, to be fed its chunks in input order."""
        return TableAssembler(self)

    def write_manifest(self, manifest: dict[str, object]) -> Path:
        path = self.out_dir / MANIFEST
        _write_json(path, manifest)
        return path

    def discard_parts(self) -> None:
        """Delete the parts once the tables are assembled (they hold a second copy of the data)."""
        shutil.rmtree(self.parts, ignore_errors=True)


class TableAssembler:
    """The run's final tables, written while the run goes on: :meth:`add` appends a finished
    chunk's parts, in input order, to each table's Parquet and CSV file and its speaker sums to
    the running sums. Use it as a context manager: when the block ends without an error the
    ``speakers`` table is written and every table moved into place; after an error the files
    begun are deleted (a rerun assembles again from the parts, which are kept).
    """

    def __init__(self, store: RunStore) -> None:
        self._store = store
        self._stack = ExitStack()
        self._parquet: dict[str, pq.ParquetWriter] = {}
        self._csv: dict[str, BinaryIO] = {}
        self._speakers = SpeakerSums()
        self.tables = {name: store.out_dir / f"{name}.parquet" for name in CORPUS_COLUMNS}
        """Each table's Parquet file by name (in place once the block has ended)."""

    def __enter__(self) -> TableAssembler:
        with ExitStack() as opening:
            opening.enter_context(self._stack)  # a failure while opening closes what is open
            for name in ROW_TABLES:
                tmp_parquet = self._stack.enter_context(atomic_path(self.tables[name]))
                tmp_csv = self._stack.enter_context(atomic_path(self.tables[name].with_suffix(".csv")))
                self._parquet[name] = self._stack.enter_context(
                    pq.ParquetWriter(tmp_parquet, arrow_schema(name)))
                self._csv[name] = self._stack.enter_context(open(tmp_csv, "wb"))
                self._csv[name].write(_csv_header(name))
            opening.pop_all()
        return self

    def add(self, key: str) -> None:
        """Append the rows of the finished chunk ``key`` (chunks must come in input order)."""
        with read_chunk(chunk_path(self._store.parts, key)) as chunk:
            for name in ROW_TABLES:
                part = chunk.table(name)
                if part.num_rows:
                    self._parquet[name].write_table(part.cast(arrow_schema(name)))
                self._csv[name].write(chunk.csv(name))
            self._speakers.add(chunk.table(SPEAKER_SUMS))

    def __exit__(self, *error: Any) -> None:
        if error[0] is not None:
            self._stack.__exit__(*error)
            return
        with self._stack:
            speakers = self._speakers.table()
            for path in (self.tables["speakers"], self.tables["speakers"].with_suffix(".csv")):
                write_table(speakers, path)


def chunk_path(parts: Path, key: str) -> Path:
    """Where chunk ``key``'s file is (or will be) in the folder ``parts``."""
    return parts / f"{key}{CHUNK_SUFFIX}"


def write_parts(result: ChunkResult, parts: Path) -> WrittenChunk:
    """Write a chunk's file into ``parts``: its counts, its rows of each table (as Arrow, and as
    the CSV rows :func:`append_csv` writes) and its speaker sums (see the module docstring). Any
    process that sees ``parts`` may call it: a worker does, so the run's own process need not
    format its rows. Once the file is in place the chunk is done.
    """
    sections: list[tuple[str, bytes | pa.Buffer]] = []
    for name in ROW_TABLES:
        rows = typed(result.tables[name], name)
        sections.append((f"{name}.arrow", _arrow_bytes(rows, name)))
        handle = io.StringIO(newline="")
        append_csv(rows, handle, header=False)
        sections.append((f"{name}.csv", handle.getvalue().encode("utf-8")))
    sections.append((f"{SPEAKER_SUMS}.arrow", _arrow_bytes(result.speaker_sums, SPEAKER_SUMS)))
    counts = asdict(result.counts)
    counts["date_problems"] = list(result.counts.date_problems)
    _write_chunk(chunk_path(parts, result.key), {"key": result.key, "counts": counts}, sections)
    return WrittenChunk(result.index, result.key, result.counts)


def _write_chunk(path: Path, header: dict[str, object],
                 sections: Sequence[tuple[str, bytes | pa.Buffer]]) -> None:
    """A chunk file: magic line, header length, JSON header (``header`` with each section's name,
    offset and size), then the sections, each starting at a multiple of the alignment."""
    layout: list[list[object]] = []
    offset = 0
    for name, data in sections:
        offset = _aligned(offset)
        layout.append([name, offset, len(data)])
        offset += len(data)
    encoded = json.dumps({**header, "sections": layout, "size": offset},
                         ensure_ascii=False).encode("utf-8")
    start = _aligned(len(_CHUNK_MAGIC) + _HEADER_LENGTH.size + len(encoded))
    with atomic_path(path) as tmp, open(tmp, "wb") as handle:
        handle.write(_CHUNK_MAGIC + _HEADER_LENGTH.pack(len(encoded)) + encoded)
        for (_, data), (_, section_offset, _) in zip(sections, layout):
            handle.seek(start + section_offset)
            handle.write(data)
        handle.truncate(start + offset)


def _aligned(offset: int) -> int:
    return -(-offset // _SECTION_ALIGNMENT) * _SECTION_ALIGNMENT


def _read_header(path: Path) -> dict[str, Any] | None:
    """The header of the chunk file at ``path`` (with ``"start"``, where its sections begin), or
    None when there is none or it is not a whole chunk file."""
    try:
        with open(path, "rb") as handle:
            magic = handle.read(len(_CHUNK_MAGIC) + _HEADER_LENGTH.size)
            if len(magic) != len(_CHUNK_MAGIC) + _HEADER_LENGTH.size \
                    or not magic.startswith(_CHUNK_MAGIC):
                return None
            (length,) = _HEADER_LENGTH.unpack(magic[len(_CHUNK_MAGIC):])
            header = json.loads(handle.read(length).decode("utf-8"))
            size = handle.seek(0, io.SEEK_END)
    except (OSError, ValueError):
        return None
    if not isinstance(header, dict) or not isinstance(header.get("size"), int):
        return None
    header["start"] = _aligned(len(magic) + length)
    return header if size == header["start"] + header["size"] else None


class ChunkFile:
    """A chunk file read in place (a memory map): each table's rows as Arrow and as CSV bytes.
    Use it as a context manager (see :func:`read_chunk`)."""

    def __init__(self, path: Path) -> None:
        header = _read_header(path)
        if header is None:
            raise CorpusError(f"{path} is not a whole chunk file; run the same command again "
                              "to redo that chunk, or pass --force to start over")
        self.key: str = header["key"]
        self.counts: dict[str, object] = header["counts"]
        self._sections = {name: (header["start"] + offset, size)
                          for name, offset, size in header["sections"]}
        self._map = pa.memory_map(str(path))

    def _section(self, name: str) -> pa.Buffer:
        offset, size = self._sections[name]
        self._map.seek(offset)
        return self._map.read_buffer(size)

    def table(self, name: str) -> pa.Table:
        """The rows of table ``name`` (or of the speaker sums)."""
        return pa.ipc.open_file(self._section(f"{name}.arrow")).read_all()

    def csv(self, name: str) -> bytes:
        """Table ``name``'s rows as formula-guarded CSV, without a header."""
        return self._section(f"{name}.csv").to_pybytes()

    def __enter__(self) -> ChunkFile:
        return self

    def __exit__(self, *error: Any) -> None:
        self._map.close()


def read_chunk(path: Path) -> ChunkFile:
    """The chunk file at ``path`` (see :class:`ChunkFile`); raises
    :class:`~analysis.errors.CorpusError` when it is not a whole one."""
    return ChunkFile(path)


@lru_cache(maxsize=None)
def _csv_header(name: str) -> bytes:
    """The header row of table ``name``'s CSV, as :func:`append_csv` writes it."""
    handle = io.StringIO(newline="")
    append_csv(empty_table(name), handle, header=True)
    return handle.getvalue().encode("utf-8")


class SpeakerSums:
    """The ``speakers`` table, built from per-chunk speaker sums added in input order.

    Memory holds the running sums per key, never the voices.
    """

    def __init__(self) -> None:
        self._totals: dict[tuple[str, str, str], list[float]] = {}

    def add(self, part: pa.Table) -> None:
        """Add one chunk's sums (a table of :data:`SPEAKER_SUM_COLUMNS`)."""
        columns = part.to_pydict()
        counts: set[int] = set()
        for row in zip(*(columns[name] for name in SPEAKER_SUM_COLUMNS)):
            outlet, speaker, kind = row[:3]
            for key in ((outlet, speaker, kind), (ALL_OUTLETS, speaker, kind)):
                acc = self._totals.get(key)
                if acc is None:
                    acc = self._totals[key] = [0, 0, 0, 0.0, 0.0, 0, 0, 0]
                _add_sums(acc, row[3:])
                counts.add(acc[1])
        # The t quantiles of the few statement counts most speakers end with, found while the run
        # goes on instead of once it is done.
        for n in counts:
            if 1 < n <= _EARLY_T_COUNTS:
                _t(CONFIDENCE, int(n) - 1)

    def table(self, *, confidence: float = CONFIDENCE) -> pd.DataFrame:
        """Per (outlet, speaker, speaker type), and per (speaker, speaker type) over every outlet
        with outlet ``"(all)"``, a name's spellings with and without middle initials as one:
        statements, words, articles, the mean ``compound`` with a
        Student-t interval at ``confidence`` cut to [-1, 1] (as
        :func:`analysis.tone.mean_interval`; NaN bounds for one statement), and the shares of
        positive/neutral/negative statements. ``"(all)"`` rows come first, then by outlet; within
        an outlet, most statements first, then most words.
        """
        return _speakers_table([_speaker_row(key, acc, confidence)
                                for key, acc in self._merged_spellings().items()])

    def _merged_spellings(self) -> dict[tuple[str, str, str], list[float]]:
        """The sums with the spellings of one name ("Donald J. Trump", "Donald Trump") added
        under one (see :func:`analysis.coref.one_spelling`), and a name's untyped statements
        under the type the corpus gives it (see :func:`analysis.coref.settled_types`)."""
        shown, settled = settled_spellings({(speaker, kind): int(acc[1])
                                            for (outlet, speaker, kind), acc in self._totals.items()
                                            if outlet == ALL_OUTLETS})
        merged: dict[tuple[str, str, str], list[float]] = {}
        for (outlet, speaker, kind), acc in self._totals.items():
            name = shown.get(speaker, speaker)
            key = (outlet, name, settled.get(name, kind) if kind == "unknown" else kind)
            into = merged.get(key)
            if into is None:
                merged[key] = list(acc)
            else:
                _add_sums(into, acc)
        return merged


def _speakers_table(rows: list[tuple[Any, ...]]) -> pd.DataFrame:
    """The rows (tuples of :data:`SPEAKER_COLUMNS`' values) as the ``speakers`` table, sorted:
    ``"(all)"`` first, then by outlet, most statements, most words, speaker and speaker type
    (a stable sort, so rows alike in all of these keep their order)."""
    rows = sorted(rows, key=_speaker_order)
    columns = list(zip(*rows)) if rows else [()] * len(SPEAKER_COLUMNS)
    return columns_frame({name: list(values) for name, values in zip(SPEAKER_COLUMNS, columns)},
                         SPEAKER_COLUMNS)


def _speaker_order(row: tuple[Any, ...]) -> tuple[Any, ...]:
    outlet, speaker, kind, _, statements, words = row[:6]
    return (outlet != ALL_OUTLETS, outlet, -statements, -words, speaker, kind)


def _add_sums(acc: list[float], sums: Sequence[Any]) -> None:
    """Add one part's sums for a key (articles, statements, words, sum, squared deviations,
    positive, neutral, negative) to ``acc`` (Chan et al.'s pairwise update of the squared
    deviations: exact in the way a sum of squares is, without its cancellation)."""
    articles, n_b, words, total, deviations, positive, neutral, negative = sums
    n_a = acc[1]
    if n_b == 0:
        return
    n = n_a + n_b
    if n_a:
        delta = total / n_b - acc[3] / n_a
        acc[4] += deviations + delta * delta * n_a * n_b / n
    else:
        acc[4] = deviations
    acc[0] += articles
    acc[1] = n
    acc[2] += words
    acc[3] += total
    acc[5] += positive
    acc[6] += neutral
    acc[7] += negative


def _speaker_row(key: tuple[str, str, str], acc: list[float], confidence: float) -> tuple[Any, ...]:
    """The ``speakers`` table's row of one key, as values of :data:`SPEAKER_COLUMNS` in order."""
    outlet, speaker, kind = key
    articles, n, words, total, deviations, positive, neutral, negative = acc
    n = int(n)
    mean = total / n
    low = high = math.nan
    if n > 1:
        variance = max(0.0, deviations / (n - 1))
        half = _t(confidence, n - 1) * math.sqrt(variance / n)
        low, high = max(mean - half, -1.0), min(mean + half, 1.0)
    return (outlet, speaker, kind, int(articles), n, int(words), mean, low, high,
            positive / n, neutral / n, negative / n)


@lru_cache(maxsize=4096)
def _t(confidence: float, df: int) -> float:
    return t_quantile(0.5 + confidence / 2, df)


@lru_cache(maxsize=None)
def arrow_schema(name: str) -> pa.Schema:
    """The Arrow schema of table ``name`` (a corpus table, or the per-chunk speaker sums), with
    pandas metadata so that pandas reads its dtypes back (``Int64``, UTC timestamps, ``str``)."""
    frame = _typed_empty(name)
    return pa.Schema.from_pandas(frame, preserve_index=False)


def _typed_empty(name: str) -> pd.DataFrame:
    if name == SPEAKER_SUMS:
        return columns_frame({column: [] for column in SPEAKER_SUM_COLUMNS}, SPEAKER_SUM_COLUMNS)
    return empty_table(name)


def _arrow_bytes(df: pd.DataFrame, name: str) -> pa.Buffer:
    """A part as Arrow IPC file bytes: cheap to write, and read back without decoding."""
    schema = arrow_schema(name)
    # Column by column as Table.from_pandas converts them (NaN as null), without its per-call
    # planning: the parts are small and many.
    table = pa.Table.from_arrays(
        [pa.array(df[field.name], type=field.type, from_pandas=True) for field in schema],
        schema=schema,
    )
    sink = pa.BufferOutputStream()
    with pa.ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue()


def _write_json(path: Path, data: dict[str, object]) -> None:
    with atomic_path(path) as tmp:
        tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n",
                       encoding="utf-8")


def _read_json(path: Path) -> dict[str, object] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def run_manifest(folder: str | Path) -> dict[str, object] | None:
    """The manifest of the finished corpus run whose output folder is ``folder``: its tables can
    be reported on as they are. ``None`` when ``folder`` holds no corpus run (a corpus of ``.txt``
    articles, say). Raises :class:`~analysis.errors.InputError` when it holds a run that has not
    finished, naming the command that finishes it."""
    path = Path(folder)
    if not path.is_dir():
        return None
    if (path / PARTS_DIR / RUN_FILE).is_file():
        raise InputError(
            "this folder holds a corpus run that has not finished; run the same "
            f"`python -m analysis corpus INPUT --out {path}` again to finish it, then report on it",
            path=str(path),
        )
    manifest = _read_json(path / MANIFEST)
    if manifest is None or not isinstance(manifest.get("fingerprint"), dict):
        return None
    return manifest


def load_tables(out_dir: str | Path) -> dict[str, pd.DataFrame]:
    """Every corpus table a run wrote to ``out_dir``, read from Parquet, by name.

    The names and columns are those of :data:`analysis.corpus_parts.CORPUS_COLUMNS`: ``articles``,
    ``sentences``, ``attributions``, ``voices``, ``frame_hits``, ``speakers``, ``errors``.
    Raises :class:`~analysis.errors.InputError` when a table is missing.

    >>> tables = load_tables("runs/bbc")                         # doctest: +SKIP
    >>> tables["speakers"].query("outlet == '(all)'").head()    # doctest: +SKIP
    """
    folder = Path(out_dir)
    loaded: dict[str, pd.DataFrame] = {}
    for name in CORPUS_COLUMNS:
        path = folder / f"{name}.parquet"
        if not path.is_file():
            raise InputError(
                f"no {name} table here; run `python -m analysis corpus INPUT --out {folder}` first "
                "(or let an interrupted run finish: run the same command again)",
                path=str(path),
            )
        loaded[name] = typed(pd.read_parquet(path), name)
    return loaded
