"""Write tables to disk as CSV, JSON Lines or Parquet, safely.

- Atomic: a table is written to a temporary file in the destination folder, then moved over the
  destination in one step (``os.replace``), so a failure never leaves a half-written file and an
  existing file stays as it was.
- CSV is UTF-8 with CRLF row ends (RFC 4180) and guarded against spreadsheet formula injection:
  a text cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading
  apostrophe, so a spreadsheet shows it as text instead of running it. Numbers (``-0.42``) are
  left as numbers; JSON Lines and Parquet keep values exactly (they are read by programs, not
  spreadsheets).
"""

from __future__ import annotations

import csv
import os
import re
import tempfile
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from analysis.errors import ParameterError

try:  # the conversion pandas' own CSV writer applies to each column
    from pandas.core.indexes.base import get_values_for_csv as _values_for_csv
except ImportError:  # another pandas: every table goes through DataFrame.to_csv
    _values_for_csv = None

FORMULA_PREFIXES: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
SUFFIXES: tuple[str, ...] = (".csv", ".jsonl", ".parquet")

_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_CSV_SPECIAL = re.compile('[,"\r\n]')
"""What makes the csv module quote a cell: the delimiter, the quote or a line-end character."""
_CSV_SPECIAL_BYTES = np.isin(np.arange(256), list(b',"\r\n'))
"""The bytes of :data:`_CSV_SPECIAL`'s characters, as a lookup table by byte."""
_FORMULA_BYTES = np.isin(np.arange(256), [ord(prefix) for prefix in FORMULA_PREFIXES])
"""The first bytes of :data:`FORMULA_PREFIXES`, as a lookup table by byte."""
_SMALL_NUMBERS = np.array([str(number) for number in range(1 << 15)], dtype=object)
"""The text of the whole numbers below 32768 (offsets, counts), by value."""
_CSV_BLOCK_CELLS = 100_000
"""Cells per block of rows that pandas' CSV writer formats at once."""


def guard_cell(value: object) -> object:
    """``value`` with a leading apostrophe when it is text a spreadsheet would run as a formula.

    >>> guard_cell("=cmd|' /C calc'!A0"), guard_cell("-2+3"), guard_cell(-0.42), guard_cell("ok")
    ("'=cmd|' /C calc'!A0", "'-2+3", -0.42, 'ok')
    """
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def guard_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with its text cells passed through :func:`guard_cell` (a copy when any changes)."""
    guarded = df
    for name in df.columns:
        column = df[name]
        if isinstance(column.dtype, pd.StringDtype):
            risky = column.str.startswith(FORMULA_PREFIXES, na=False)
            if not risky.any():
                continue
            column = column.where(~risky, "'" + column)
        elif column.dtype == object or pd.api.types.is_string_dtype(column.dtype):
            column = column.map(guard_cell, na_action="ignore")
        else:
            continue
        if guarded is df:
            guarded = df.copy(deep=False)
        guarded[name] = column
    return guarded


def write_table(df: pd.DataFrame, path: str | Path) -> Path:
    """Write ``df`` to ``path`` in the format its suffix names (.csv, .jsonl, .parquet).

    The folder must exist. Returns the path written. Raises
    :class:`~analysis.errors.ParameterError` for any other suffix.
    """
    target = Path(path)
    writer = _WRITERS.get(target.suffix.lower())
    if writer is None:
        raise ParameterError(
            f"cannot write {target}: unknown table format {target.suffix or '(no suffix)'!r}; "
            f"use one of {', '.join(SUFFIXES)}"
        )
    if not target.parent.is_dir():
        raise ParameterError(f"cannot write {target}: folder {target.parent} does not exist")
    _atomic_write(target, lambda tmp: writer(df, tmp))
    return target


def write_tables(tables: Mapping[str, pd.DataFrame], out_dir: str | Path) -> dict[str, Path]:
    """Write each table as ``<out_dir>/<name>.csv`` (creating the folder); return the paths.

    Names must be plain file names (letters, digits, ``_ . -``), so a table name can never write
    outside ``out_dir``.
    """
    folder = Path(out_dir)
    for name in tables:
        if not _SAFE_NAME.match(name):
            raise ParameterError(
                f"table name {name!r} is not a plain file name; use letters, digits, _ . -"
            )
    folder.mkdir(parents=True, exist_ok=True)
    return {name: write_table(df, folder / f"{name}.csv") for name, df in tables.items()}


@contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """A temporary path beside ``target`` to write to; moved over ``target`` (after an fsync)
    when the block ends without an error, deleted otherwise.

    Readers of ``target`` see the old file or the whole new one, never a part of it::

        with atomic_path("out/table.parquet") as tmp:
            df.to_parquet(tmp)
    """
    target = Path(target)
    handle, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(handle)
    tmp = Path(tmp_name)
    try:
        # mkstemp makes the file private (0600); give it the mode a plain open() would.
        os.chmod(tmp, _file_mode(target))
        yield tmp
        _fsync(tmp)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def append_csv(df: pd.DataFrame, handle: IO[str], *, header: bool) -> None:
    """Append ``df`` to an open CSV file as :func:`write_table` writes CSV (formula-guarded,
    CRLF rows); ``header`` writes the column names first. Open ``handle`` with ``newline=""``.
    """
    if not _rows_writable(df):
        guard_formulas(df).to_csv(handle, index=False, header=header, lineterminator="\r\n")
        return
    if header:
        csv.writer(handle, lineterminator="\r\n").writerow(list(df.columns))
    _write_rows(df, handle)


def _rows_writable(df: pd.DataFrame) -> bool:
    """Whether :func:`_write_rows` writes ``df`` as pandas would: columns of text, numbers,
    booleans or dates, at least two, under distinct text names."""
    return (_values_for_csv is not None and df.shape[1] >= 2 and df.columns.is_unique
            and all(isinstance(name, str) for name in df.columns)
            and all(map(_writes_rows_of, df.dtypes)))


def _write_rows(df: pd.DataFrame, handle: IO[str]) -> None:
    """Write the rows of ``df`` as ``DataFrame.to_csv`` writes them (no index, no header,
    formula-guarded, CRLF), column by column instead of through pandas' chunked formatter and the
    csv module, whose costs dominate for the small frames of a corpus chunk."""
    if len(df):
        # pandas formats the rows in blocks of about _CSV_BLOCK_CELLS cells; dates are formatted
        # to the finest resolution within a block, so the blocks are the same here.
        block = max(1, _CSV_BLOCK_CELLS // df.shape[1])
        columns = [_csv_column(df[name], block) for name in df.columns]
        handle.write("\r\n".join(map(",".join, zip(*columns))))
        handle.write("\r\n")


def _writes_rows_of(dtype: Any) -> bool:
    """Whether :func:`_csv_column` formats columns of ``dtype``."""
    if isinstance(dtype, pd.StringDtype):
        return dtype.storage == "pyarrow"
    return dtype.kind in "iubfM" and not pd.api.types.is_string_dtype(dtype)


def _csv_column(column: pd.Series, block: int) -> list[str]:
    """A column's cells as pandas' CSV writer writes them: formatted as pandas formats them for
    CSV (missing values empty; ``block`` rows at a time), text cells passed through
    :func:`guard_cell`, and quoted as the csv module quotes with ``QUOTE_MINIMAL`` (cells holding a
    comma, quote or line break)."""
    dtype = column.dtype
    if isinstance(dtype, pd.StringDtype) and dtype.storage == "pyarrow":
        return _text_cells(column.array.__arrow_array__())
    if dtype.kind in "iu":
        # Whole numbers: str() of each, as the csv module writes them; NA empty.
        if isinstance(dtype, np.dtype):
            return _whole_numbers(column.to_numpy())
        return _with_empty(np.asarray(_whole_numbers(column.to_numpy(dtype=dtype.numpy_dtype,
                                                                     na_value=0)), dtype=object),
                           column)
    if dtype.kind == "b":
        values = column.to_numpy(dtype=bool, na_value=False)
        return _with_empty(np.where(values, "True", "False").astype(object), column)
    if dtype == "float64":
        # Scores repeat a few thousand rounded values: each distinct one (by its bits, so that
        # -0.0 stays apart from 0.0) is formatted once.
        bits = np.ascontiguousarray(column.to_numpy(), dtype=np.float64).view(np.int64)
        distinct, positions = np.unique(bits, return_inverse=True)
        return _with_empty(distinct.view(np.float64).astype(str)[positions], column)
    cells: list[object] = []
    for start in range(0, len(column), block):
        cells += _values_for_csv(column.array[start : start + block], na_rep="",
                                 quoting=csv.QUOTE_MINIMAL, date_format=None, float_format=None,
                                 decimal=".").tolist()
    texts = ["" if cell is None else str(cell) for cell in cells]
    return [_quoted(text) if _CSV_SPECIAL.search(text) else text for text in texts]


def _whole_numbers(values: Any) -> list[str]:
    """Whole numbers (a numpy array) as text; small ones, the most common, looked up."""
    if len(values) and 0 <= values.min() and values.max() < len(_SMALL_NUMBERS):
        return _SMALL_NUMBERS[values].tolist()
    return list(map(str, values.tolist()))


def _with_empty(texts: Any, column: pd.Series) -> list[str]:
    """``texts`` (a numpy array of str, one per cell) with the column's missing cells empty."""
    if column.hasnans:
        texts[column.isna().to_numpy()] = ""
    return texts.tolist()


def _text_cells(values: pa.ChunkedArray) -> list[str]:
    """Text cells, missing ones empty, formula-guarded, quoted where they need it.

    The cells that need either are found in the column's UTF-8 bytes (every byte that matters
    is ASCII, which UTF-8 never uses inside another character), so Python looks only at those.
    """
    array = values.combine_chunks() if values.num_chunks != 1 else values.chunk(0)
    if array.null_count:
        array = pc.fill_null(array, pa.scalar("", type=array.type))
    cells = array.to_pylist()
    offsets, data = _text_bytes(array)
    starts = offsets[:-1]
    filled = np.flatnonzero(offsets[1:] > starts)
    for index in filled[_FORMULA_BYTES[data[starts[filled] - offsets[0]]]].tolist():
        cells[index] = "'" + cells[index]
    special = np.flatnonzero(_CSV_SPECIAL_BYTES[data]) + offsets[0]
    if special.size:
        for index in np.unique(np.searchsorted(offsets, special, side="right") - 1).tolist():
            cells[index] = _quoted(cells[index])
    return cells


def _text_bytes(array: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """The offsets (one more than the cells) and the UTF-8 bytes of a text array's cells: cell
    i is ``data[offsets[i] - offsets[0] : offsets[i + 1] - offsets[0]]``."""
    _, offset_buffer, data_buffer = array.buffers()
    width = np.int64 if pa.types.is_large_string(array.type) else np.int32
    offsets = np.frombuffer(offset_buffer, dtype=width)[array.offset : array.offset + len(array) + 1]
    offsets = offsets.astype(np.int64)
    if data_buffer is None:
        return offsets, np.zeros(0, dtype=np.uint8)
    data = np.frombuffer(data_buffer, dtype=np.uint8)[offsets[0] : offsets[-1]]
    return offsets, data


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _atomic_write(target: Path, write: Callable[[Path], None]) -> None:
    with atomic_path(target) as tmp:
        write(tmp)


def _file_mode(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _fsync(path: Path) -> None:
    # The rename is only as durable as the data behind it.
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _write_csv(df: pd.DataFrame, path: Path) -> None:
    # CRLF rows (RFC 4180): the csv writer then quotes any cell holding a CR or LF, so a stray
    # carriage return inside a cell cannot split a row.
    with open(path, "w", encoding="utf-8", newline="") as handle:
        append_csv(df, handle, header=True)


def _write_jsonl(df: pd.DataFrame, path: Path) -> None:
    text = df.to_json(orient="records", lines=True, force_ascii=False, date_format="iso")
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text or "")
        if text and not text.endswith("\n"):
            handle.write("\n")


def _write_parquet(df: pd.DataFrame, path: Path) -> None:
    df.to_parquet(path, index=False, engine="pyarrow")


_WRITERS: dict[str, Callable[[pd.DataFrame, Path], None]] = {
    ".csv": _write_csv,
    ".jsonl": _write_jsonl,
    ".parquet": _write_parquet,
}
