"""Export: formats by suffix, the CSV formula guard, and atomic writes."""

from __future__ import annotations

import csv
import io
import itertools
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis import export
from analysis.errors import ParameterError
from analysis.export import guard_cell, write_table, write_tables


@pytest.fixture
def table() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "speaker": ["=cmd|' /C calc'!A0", "+1", "@SUM(A1:A2)", "-2+3", "Rami Abdel Rahman"],
            "compound": [-0.42, 0.5, 0.0, -1.0, 0.25],
            "statement": pd.array([1, None, 3, 4, 5], dtype="Int64"),
            "text": ["\tx", "\rx", "ok", None, "Ünïcode – “quotes”"],
        }
    )


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
        ("+1", "'+1"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("-2+3", "'-2+3"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("plain", "plain"),
        ("", ""),
        (-0.42, -0.42),
        (3, 3),
        (None, None),
    ],
)
def test_guard_cell_prefixes_only_formula_like_text(cell: object, written: object) -> None:
    assert guard_cell(cell) == written


def test_csv_guards_text_cells_and_keeps_numbers(tmp_path: Path, table: pd.DataFrame) -> None:
    path = write_table(table, tmp_path / "t.csv")
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["speaker"] for r in rows] == [
        "'=cmd|' /C calc'!A0", "'+1", "'@SUM(A1:A2)", "'-2+3", "Rami Abdel Rahman",
    ]
    assert [r["compound"] for r in rows] == ["-0.42", "0.5", "0.0", "-1.0", "0.25"]
    assert [r["statement"] for r in rows] == ["1", "", "3", "4", "5"]
    assert rows[0]["text"] == "'\tx" and rows[1]["text"] == "'\rx"
    assert rows[4]["text"] == "Ünïcode – “quotes”"


def test_csv_guard_leaves_the_dataframe_unchanged(tmp_path: Path, table: pd.DataFrame) -> None:
    before = table.copy()
    write_table(table, tmp_path / "t.csv")
    pd.testing.assert_frame_equal(table, before)


def test_jsonl_keeps_values_exactly(tmp_path: Path, table: pd.DataFrame) -> None:
    path = write_table(table, tmp_path / "t.jsonl")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert records[0]["speaker"] == "=cmd|' /C calc'!A0"
    assert records[1]["statement"] is None and records[3]["text"] is None
    assert records[4]["text"] == "Ünïcode – “quotes”"


def test_parquet_round_trips(tmp_path: Path, table: pd.DataFrame) -> None:
    path = write_table(table, tmp_path / "t.parquet")
    back = pd.read_parquet(path)
    assert back["speaker"].tolist() == table["speaker"].tolist()
    assert back["statement"].dtype == "Int64"


def test_unknown_suffix_is_refused(tmp_path: Path, table: pd.DataFrame) -> None:
    with pytest.raises(ParameterError, match=r"\.xlsx"):
        write_table(table, tmp_path / "t.xlsx")


def test_missing_folder_is_refused(tmp_path: Path, table: pd.DataFrame) -> None:
    with pytest.raises(ParameterError, match="does not exist"):
        write_table(table, tmp_path / "no" / "t.csv")


def test_failed_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, table: pd.DataFrame, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "t.csv"
    path.write_text("old,contents\n", encoding="utf-8")

    def half_write(df: pd.DataFrame, target: Path) -> None:
        target.write_text("speaker,compound\n=half", encoding="utf-8")
        raise OSError("disk full")

    monkeypatch.setitem(export._WRITERS, ".csv", half_write)
    with pytest.raises(OSError, match="disk full"):
        write_table(table, path)
    assert path.read_text(encoding="utf-8") == "old,contents\n"
    assert [p.name for p in tmp_path.iterdir()] == ["t.csv"]


def test_write_replaces_an_existing_file(tmp_path: Path, table: pd.DataFrame) -> None:
    path = tmp_path / "t.csv"
    path.write_text("old\n", encoding="utf-8")
    write_table(table, path)
    assert path.read_bytes().startswith(b"speaker,compound,statement,text\r\n")


def test_write_tables_writes_one_csv_per_table(tmp_path: Path, table: pd.DataFrame) -> None:
    out = tmp_path / "tables" / "run1"
    paths = write_tables({"voices": table, "kwic": table.head(0)}, out)
    assert paths == {"voices": out / "voices.csv", "kwic": out / "kwic.csv"}
    assert paths["kwic"].read_bytes() == b"speaker,compound,statement,text\r\n"


@pytest.mark.parametrize("name", ["../escape", "a/b", "", ".hidden"])
def test_write_tables_refuses_names_that_are_not_file_names(
    tmp_path: Path, table: pd.DataFrame, name: str
) -> None:
    with pytest.raises(ParameterError, match="file name"):
        write_tables({name: table}, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_append_csv_writes_rows_as_pandas_to_csv_does() -> None:
    """The CSV writer gives the bytes of the guarded ``DataFrame.to_csv``."""
    rows = 13_000  # more than one of pandas' blocks of rows, with dates of two resolutions
    base = pd.DataFrame({
        "text": pd.Series(["=a", None, "", 'x"y', "a,b", "l\nm", "\tq", "-1", "+", "@", "\rz",
                           "ok", "a\x00b", "c\u2028d", " e "] * 1000, dtype="str")[:rows],
        "score": pd.Series([np.nan, 0.0, -0.0, 1e-5, 1e16, 0.1 + 0.2, np.inf, -1.5, 1 / 3,
                            5e-324, -0.4215, 123456789.125, 2.0] * 1000),
        "number": pd.Series([None, 1, -2, 2**62, 40_000, 0, 7, 8, 9, 10, 11, 12, 13] * 1000,
                            dtype="Int64"),
        "offset": np.arange(rows, dtype="int64") * 3,
        "flag": np.arange(rows) % 3 == 0,
        "date": pd.Series([None, "2016-03-27", "2016-03-27T10:00:01.5Z", "1970-01-01"] * 3250,
                          dtype="datetime64[ns, UTC]"),
    })
    base.loc[9000:, "date"] = pd.Timestamp("2016-01-01", tz="UTC")
    base["share"] = pd.Series([None, 0.5, -0.0, 1 / 3] * 3250, dtype="Float64")
    base["naive"] = base["date"].dt.tz_localize(None)
    frames = (base, base.iloc[:20], base.iloc[:0], base[["text"]], base[["offset", "flag"]])
    for df, header in itertools.product(frames, (False, True)):
        written = io.StringIO(newline="")
        export.append_csv(df, written, header=header)
        expected = io.StringIO(newline="")
        export.guard_formulas(df).to_csv(expected, index=False, header=header, lineterminator="\r\n")
        assert written.getvalue() == expected.getvalue()
