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

import os
import re
import tempfile
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import pandas as pd

from analysis.errors import ParameterError

FORMULA_PREFIXES: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
SUFFIXES: tuple[str, ...] = (".csv", ".jsonl", ".parquet")

_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


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
    guard_formulas(df).to_csv(handle, index=False, header=header, lineterminator="\r\n")


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
    guard_formulas(df).to_csv(path, index=False, encoding="utf-8", lineterminator="\r\n")


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
