"""Corpus runs: tables and their columns, bad records, streaming speaker sums, resume, parallel runs."""

from __future__ import annotations

import json
import math
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pandas.testing as pdt
import pytest

from analysis import config, corpus_parts
from analysis.cli import main
from analysis.corpus import TABLE_NAMES, load_tables, run_corpus
from analysis.coref import one_spelling
from analysis.corpus_store import PARTS_DIR, SpeakerSums
from analysis.errors import CorpusError, InputError
from analysis.tone import mean_interval

EXPECTED_COLUMNS: dict[str, list[str]] = {
    "articles": ["article_id", "outlet", "outlet_raw", "date", "date_raw", "title", "url", "source",
                 "words", "sentences", "attributions", "frame_hits"],
    "sentences": ["article_id", "sentence", "paragraph", "start", "end", "boilerplate", "is_title",
                  "text"],
    "attributions": ["article_id", "statement", "speaker", "speaker_type", "role", "mention",
                     "mention_start", "mention_end", "cue", "cue_start", "cue_end", "content_start",
                     "content_end", "kind", "content", "outlet", "date"],
    "voices": ["article_id", "unit", "sentence", "speaker", "speaker_type", "statement", "start",
               "end", "text", "words", "compound", "pos", "neu", "neg", "tone", "outlet", "date"],
    "frame_hits": ["article_id", "speaker", "speaker_type", "frame", "pattern", "start", "end", "pre",
                   "match", "post", "outlet", "date"],
    "speakers": ["outlet", "speaker", "speaker_type", "articles", "statements", "words",
                 "mean_compound", "ci_low", "ci_high", "share_positive", "share_neutral",
                 "share_negative"],
    "errors": ["source", "line", "article_id", "stage", "reason"],
}

OUTLETS = ("CNN", "cnn.com", "Fox News", "www.foxnews.com", None, "The Daily Bugle (web)")
DATES = ("2016-03-27", "Mar 28, 2016", "29/03/2016 10:00", "2016-03-30T08:00Z", None, "soon")
SENTENCES = (
    "Government forces retook the town of {town} on Sunday, state media said.",
    '"We will rebuild everything," said Mayor {name}.',
    "The militants fled towards the desert, according to a monitoring group.",
    "Activists said the terrorists had destroyed {n} ancient temples.",
    '"This is a significant achievement and a victory," the minister told reporters.',
    "=HYPERLINK(\"http://evil.example\") was written on a wall, residents said.",
    "Prices rose sharply and the economy suffered a terrible blow.",
)


def make_corpus(path: Path, n: int, *, bad: bool = True) -> Path:
    """A JSONL corpus of ``n`` small varied articles (plus, when ``bad``, three broken records)."""
    names = ("John Smith", "Amal Haddad", "Peter Jones", "Sara Lee")
    towns = ("Palmyra", "Homs", "Aleppo", "Raqqa")
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            picked = [SENTENCES[(i + k) % len(SENTENCES)] for k in range(2 + i % 4)]
            body = "\n\n".join(s.format(town=towns[i % 4], name=names[i % 3], n=i % 7 + 2)
                               for s in picked)
            record = {"id": f"art-{i:04d}", "title": f"Town {i} retaken", "text": f"Town {i} retaken\n\n{body}",
                      "outlet": OUTLETS[i % len(OUTLETS)], "date": DATES[i % len(DATES)]}
            handle.write(json.dumps(record) + "\n")
            if bad and i == n // 2:
                handle.write("{this is not json\n")
                handle.write(json.dumps({"id": "blank", "text": "   "}) + "\n")
                handle.write(json.dumps({"id": "number", "text": 42}) + "\n")
    return path


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("corpus") / "news.jsonl", 40)


@pytest.fixture(scope="module")
def clean_run(small_corpus: Path, tmp_path_factory):
    out = tmp_path_factory.mktemp("clean")
    result = run_corpus(small_corpus, out, workers=1, chunk_size=7, progress=False)
    return result, load_tables(out)


def assert_same_tables(left: dict[str, pd.DataFrame], right: dict[str, pd.DataFrame]) -> None:
    assert set(left) == set(right) == set(TABLE_NAMES)
    for name in TABLE_NAMES:
        pdt.assert_frame_equal(left[name], right[name], obj=name)


def test_run_corpus_writes_every_table_as_parquet_and_csv_with_fixed_columns(clean_run) -> None:
    result, tables = clean_run
    assert list(tables) == list(EXPECTED_COLUMNS)
    for name, columns in EXPECTED_COLUMNS.items():
        assert list(tables[name].columns) == columns, name
        csv_path = result.out_dir / f"{name}.csv"
        assert list(pd.read_csv(csv_path, nrows=0).columns) == columns
        assert result.tables[name] == result.out_dir / f"{name}.parquet"
    assert str(tables["articles"]["date"].dtype) == "datetime64[ns, UTC]"
    assert str(tables["errors"]["line"].dtype) == "Int64"
    assert not (result.out_dir / PARTS_DIR).exists()


def test_articles_are_in_input_order_with_outlet_and_date_normalised(clean_run) -> None:
    _, tables = clean_run
    articles = tables["articles"]
    assert list(articles["article_id"]) == [f"art-{i:04d}" for i in range(40)]
    first = articles.set_index("article_id")
    assert first.loc["art-0001", "outlet"] == "CNN" and first.loc["art-0001", "outlet_raw"] == "cnn.com"
    assert first.loc["art-0003", "outlet"] == "Fox News"
    assert first.loc["art-0005", "outlet"] == "The Daily Bugle (web)"  # unknown: kept, tidied
    assert pd.isna(first.loc["art-0004", "outlet"])
    assert first.loc["art-0002", "date"] == pd.Timestamp("2016-03-29 10:00", tz="UTC")
    assert first.loc["art-0003", "date"] == pd.Timestamp("2016-03-30 08:00", tz="UTC")
    assert pd.isna(first.loc["art-0005", "date"]) and first.loc["art-0005", "date_raw"] == "soon"
    assert (articles["words"] > 0).all() and (articles["sentences"] > 0).all()


def test_row_tables_carry_their_articles_outlet_and_date(clean_run) -> None:
    _, tables = clean_run
    meta = tables["articles"].set_index("article_id")[["outlet", "date"]]
    for name in ("attributions", "voices", "frame_hits"):
        table = tables[name]
        assert len(table) > 0, name
        joined = meta.loc[table["article_id"]].reset_index(drop=True)
        pdt.assert_series_equal(table["outlet"], joined["outlet"], check_names=False)
        pdt.assert_series_equal(table["date"], joined["date"], check_names=False)


def test_bad_records_become_error_rows_and_the_run_goes_on(clean_run) -> None:
    result, tables = clean_run
    errors = tables["errors"]
    assert list(errors["stage"]) == ["load", "load", "load"]
    assert errors["reason"].str.contains("not valid JSON").iloc[0]
    assert errors["reason"].str.contains("empty").iloc[1]
    assert errors["reason"].str.contains("not a string").iloc[2]
    assert list(errors["line"]) == [22, 23, 24]
    assert (result.records, result.articles, result.failed) == (43, 40, 3)
    assert not result.ok


def test_an_article_whose_analysis_raises_is_an_error_row(small_corpus, tmp_path, monkeypatch) -> None:
    real = corpus_parts.analyse_article

    def flaky(article, *, resources):
        if article.id == "art-0007":
            raise RuntimeError("parser blew up")
        return real(article, resources=resources)

    monkeypatch.setattr(corpus_parts, "analyse_article", flaky)
    result = run_corpus(small_corpus, tmp_path, workers=1, chunk_size=7, progress=False)
    errors = load_tables(tmp_path)["errors"]
    row = errors[errors["stage"] == "analyse"].iloc[0]
    assert row["article_id"] == "art-0007" and row["line"] == 8
    assert "RuntimeError: parser blew up" in row["reason"]
    assert result.failed == 4 and result.articles == 39


def test_speakers_from_streaming_sums_match_tone_mean_interval(clean_run) -> None:
    _, tables = clean_run
    voices, speakers = tables["voices"], tables["speakers"].set_index(["outlet", "speaker", "speaker_type"])
    shown = one_spelling(voices["speaker"].value_counts().to_dict())
    voices = voices.assign(outlet=voices["outlet"].fillna(corpus_parts.UNKNOWN_OUTLET),
                           speaker=voices["speaker"].map(shown))
    grouped = list(voices.groupby(["outlet", "speaker", "speaker_type"]))
    grouped += [((corpus_parts.ALL_OUTLETS, *key), g)
                for key, g in voices.groupby(["speaker", "speaker_type"])]
    assert len(grouped) == len(speakers)
    for key, group in grouped:
        row = speakers.loc[key]
        expected = mean_interval(list(group["compound"]))
        assert row["statements"] == len(group) and row["words"] == group["words"].sum()
        assert row["articles"] == group["article_id"].nunique()
        assert row["mean_compound"] == pytest.approx(expected.mean, abs=1e-12)
        for bound, value in (("ci_low", expected.low), ("ci_high", expected.high)):
            assert (math.isnan(row[bound]) and math.isnan(value)) or row[bound] == pytest.approx(value, abs=1e-9)
        assert row["share_negative"] == pytest.approx((group["tone"] == "negative").mean())
    assert tables["speakers"]["outlet"].iloc[0] == corpus_parts.ALL_OUTLETS


def test_speakers_table_adds_a_name_with_and_without_middle_initials_under_one_spelling() -> None:
    import pyarrow as pa

    def part(rows):
        names = list(corpus_parts.SPEAKER_SUM_COLUMNS)
        return pa.table({name: [row[i] for row in rows] for i, name in enumerate(names)})

    sums = SpeakerSums()
    # outlet, speaker, type, articles, statements, words, sum, squared deviations, +, 0, -
    sums.add(part([("Times", "Jane Q. Roe", "government", 1, 2, 20, 1.0, 0.02, 2, 0, 0)]))
    sums.add(part([("Post", "Jane Roe", "government", 2, 3, 30, -0.3, 0.06, 0, 2, 1),
                   ("Times", "Jane Roe", "government", 1, 1, 10, 0.2, 0.0, 1, 0, 0)]))
    table = sums.table().set_index(["outlet", "speaker"])
    assert "Jane Q. Roe" not in set(table.index.get_level_values("speaker"))
    assert table.loc[(corpus_parts.ALL_OUTLETS, "Jane Roe"), "statements"] == 6
    assert table.loc[("Times", "Jane Roe"), "statements"] == 3
    assert table.loc[("Times", "Jane Roe"), "mean_compound"] == pytest.approx(1.2 / 3)
    assert table.loc[("Post", "Jane Roe"), "statements"] == 3


def test_speakers_table_counts_a_names_untyped_statements_under_the_type_the_corpus_gives_it() -> None:
    import pyarrow as pa

    def part(rows):
        names = list(corpus_parts.SPEAKER_SUM_COLUMNS)
        return pa.table({name: [row[i] for row in rows] for i, name in enumerate(names)})

    sums = SpeakerSums()
    for outlet in ("Times", corpus_parts.ALL_OUTLETS):
        sums.add(part([(outlet, "Jane Roe", "government", 1, 3, 30, -0.3, 0.06, 0, 2, 1),
                       (outlet, "Jane Q. Roe", "unknown", 1, 2, 20, 1.0, 0.02, 2, 0, 0),
                       (outlet, "Roe", "unknown", 1, 1, 10, 0.2, 0.0, 1, 0, 0)]))
    table = sums.table()
    rows = table[table["speaker"].str.endswith("Roe")].set_index(["outlet", "speaker"])["speaker_type"]
    assert rows.to_dict() == {(corpus_parts.ALL_OUTLETS, "Jane Roe"): "government",
                              (corpus_parts.ALL_OUTLETS, "Roe"): "unknown",
                              ("Times", "Jane Roe"): "government", ("Times", "Roe"): "unknown"}
    assert table.set_index(["outlet", "speaker"]).loc[("Times", "Jane Roe"), "statements"] == 5


def test_csv_tables_are_formula_guarded(clean_run) -> None:
    result, tables = clean_run
    raw = (result.out_dir / "sentences.csv").read_text(encoding="utf-8")
    assert "'=HYPERLINK" in raw
    assert "\n=HYPERLINK" not in raw and ",=HYPERLINK" not in raw
    assert tables["sentences"]["text"].str.startswith("=HYPERLINK").any()  # Parquet keeps values


@pytest.mark.parametrize(("chunk_size", "workers"), [(1, 1), (40, 1), (5, 2)])
def test_tables_are_the_same_whatever_the_chunking_or_workers(small_corpus, clean_run, tmp_path,
                                                              chunk_size, workers) -> None:
    run_corpus(small_corpus, tmp_path, workers=workers, chunk_size=chunk_size, progress=False)
    assert_same_tables(load_tables(tmp_path), clean_run[1])


def test_an_interrupted_run_resumes_without_redoing_finished_chunks(small_corpus, clean_run, tmp_path,
                                                                   monkeypatch) -> None:
    real = corpus_parts.analyse_chunk
    calls: list[int] = []

    def interrupted(chunk, state=None):
        if chunk.index == 3:
            raise KeyboardInterrupt
        calls.append(chunk.index)
        return real(chunk, state)

    monkeypatch.setattr("analysis.executors.analyse_chunk", interrupted)
    with pytest.raises(KeyboardInterrupt):
        run_corpus(small_corpus, tmp_path, workers=1, chunk_size=7, progress=False)
    assert sorted(p.name for p in (tmp_path / PARTS_DIR).glob("*.chunk"))[:1]
    assert not list(tmp_path.glob(".*.tmp")) and not list(tmp_path.glob("*.parquet"))
    calls.clear()
    monkeypatch.setattr("analysis.executors.analyse_chunk", lambda chunk, state=None: (
        calls.append(chunk.index), real(chunk, state))[1])
    result = run_corpus(small_corpus, tmp_path, workers=1, chunk_size=7, progress=False)
    assert calls == [3, 4, 5, 6] and result.resumed_chunks == 3
    assert_same_tables(load_tables(tmp_path), clean_run[1])


def test_a_chunk_file_cut_short_or_never_moved_into_place_is_not_done(small_corpus, clean_run, tmp_path, monkeypatch) -> None:
    real = corpus_parts.analyse_chunk

    def stop_after_two(chunk, state=None):
        if chunk.index == 2:
            raise KeyboardInterrupt
        return real(chunk, state)

    monkeypatch.setattr("analysis.executors.analyse_chunk", stop_after_two)
    with pytest.raises(KeyboardInterrupt):
        run_corpus(small_corpus, tmp_path, workers=1, chunk_size=7, progress=False)
    parts = tmp_path / PARTS_DIR
    first, second = sorted(parts.glob("*.chunk"))
    # A chunk file cut short (as a disk might leave it) is not done, nor is one moved away,
    # leaving only the temporary file of a write that never finished.
    data = first.read_bytes()
    first.write_bytes(data[: len(data) - 1])
    second.rename(parts / f".{second.name}.abc123.tmp")
    monkeypatch.setattr("analysis.executors.analyse_chunk", real)
    result = run_corpus(small_corpus, tmp_path, workers=1, chunk_size=7, progress=False)
    assert result.resumed_chunks == 0
    assert_same_tables(load_tables(tmp_path), clean_run[1])


def test_another_input_or_lexicon_in_the_same_folder_refuses_unless_forced(small_corpus, tmp_path) -> None:
    other = make_corpus(tmp_path / "other.jsonl", 5, bad=False)
    out = tmp_path / "out"
    run_corpus(small_corpus, out, workers=1, chunk_size=7, progress=False)
    with pytest.raises(CorpusError, match="other settings.*input.*--force"):
        run_corpus(other, out, workers=1, progress=False)
    lexicon = tmp_path / "lexicon.yml"
    lexicon.write_text("victory: [victor*]\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="another lexicon file"):
        run_corpus(small_corpus, out, workers=1, lexicon=lexicon, progress=False)
    result = run_corpus(other, out, workers=1, progress=False, force=True)
    assert result.articles == 5 and len(load_tables(out)["articles"]) == 5


def test_unusable_input_raises_before_writing_anything(tmp_path) -> None:
    with pytest.raises(InputError, match="no such file"):
        run_corpus(tmp_path / "missing.jsonl", tmp_path / "out", progress=False)
    assert not (tmp_path / "out").exists()


def test_load_tables_names_the_missing_table_and_what_to_run(tmp_path) -> None:
    with pytest.raises(InputError, match="python -m analysis corpus"):
        load_tables(tmp_path)


def test_manifest_counts_records_missing_metadata_and_speed(clean_run) -> None:
    result, _ = clean_run
    manifest = json.loads(result.manifest.read_text(encoding="utf-8"))
    assert manifest["counts"]["records"] == 43 and manifest["counts"]["failed"] == 3
    assert manifest["missing"] == {"date": 6, "outlet": 6, "title": 0}
    assert manifest["unreadable_dates"]["count"] == 6
    assert manifest["words_per_second"] > 0 and manifest["elapsed_seconds"] > 0
    assert manifest["versions"]["vaderSentiment"]


def test_progress_bar_goes_to_stderr(small_corpus, tmp_path, capsys) -> None:
    run_corpus(small_corpus, tmp_path, workers=1, chunk_size=20, progress=True)
    captured = capsys.readouterr()
    assert "43/43" in captured.err and captured.out == ""


@pytest.mark.parametrize(
    ("make_input", "extra", "code"),
    [
        (lambda d: make_corpus(d / "ok.jsonl", 6, bad=False), [], 0),
        (lambda d: make_corpus(d / "bad.jsonl", 6), [], 1),
        (lambda d: d / "missing.jsonl", [], 2),
        (lambda d: make_corpus(d / "ok.jsonl", 6, bad=False), ["--lexicon", "nope.yml"], 2),
    ],
)
def test_cli_corpus_exit_codes(tmp_path, capsys, make_input, extra, code) -> None:
    path = make_input(tmp_path)
    argv = ["corpus", str(path), "--out", str(tmp_path / "out"), "--workers", "1", "--quiet", *extra]
    assert main(argv) == code
    if code == 2:
        assert "error:" in capsys.readouterr().err


def test_cli_corpus_refuses_a_folder_holding_another_run(tmp_path) -> None:
    first = make_corpus(tmp_path / "a.jsonl", 3, bad=False)
    second = make_corpus(tmp_path / "b.jsonl", 3, bad=False)
    out = str(tmp_path / "out")
    assert main(["corpus", str(first), "--out", out, "--workers", "1", "--quiet"]) == 0
    assert main(["corpus", str(second), "--out", out, "--workers", "1", "--quiet"]) == 2
    assert main(["corpus", str(second), "--out", out, "--workers", "1", "--quiet", "--force"]) == 0


# --- slow: a real kill -9, a real Dask cluster ------------------------------------------------


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "analysis", "corpus", *args]


@pytest.mark.slow
def test_kill_9_mid_run_then_rerun_equals_an_uninterrupted_run(tmp_path) -> None:
    data = make_corpus(tmp_path / "news.jsonl", 400)
    out, clean = tmp_path / "out", tmp_path / "clean"
    options = ["--workers", "1", "--chunk-size", "10", "--quiet"]
    process = subprocess.Popen(_cli(str(data), "--out", str(out), *options), cwd=config.ROOT)
    deadline = time.monotonic() + 60
    try:
        while len(list((out / PARTS_DIR).glob("*.chunk"))) < 5:
            assert process.poll() is None, "the run ended before it could be killed"
            assert time.monotonic() < deadline, "no chunk finished within 60 s"
            time.sleep(0.02)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=30)
    assert not (out / "manifest.json").exists()
    done_before = len(list((out / PARTS_DIR).glob("*.chunk")))
    assert subprocess.run(_cli(str(data), "--out", str(out), *options), cwd=config.ROOT,
                          timeout=120).returncode == 1  # the three broken records
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["chunks"]["resumed"] >= done_before >= 5
    run_corpus(data, clean, workers=1, chunk_size=10, progress=False)
    assert_same_tables(load_tables(out), load_tables(clean))


def _dask_cli() -> str | None:
    return shutil.which("dask", path=str(Path(sys.executable).parent)) or shutil.which("dask")


def _scheduler_address(scheduler_file: Path, *, timeout: float) -> str:
    """The address the scheduler writes to its file, once the file is complete JSON.

    The scheduler creates the file before it has written it out, so a read may see it empty.
    """
    deadline = time.monotonic() + timeout
    while True:
        try:
            return json.loads(scheduler_file.read_text())["address"]
        except (FileNotFoundError, json.JSONDecodeError, KeyError):
            assert time.monotonic() < deadline, f"the Dask scheduler did not start within {timeout} s"
            time.sleep(0.1)


@pytest.mark.slow
def test_dask_cluster_on_loopback_gives_the_same_tables(small_corpus, clean_run, tmp_path) -> None:
    pytest.importorskip("distributed")
    dask = _dask_cli()
    if dask is None:
        pytest.skip("the dask command (from distributed) is not installed")
    scheduler_file = tmp_path / "scheduler.json"
    env = {**os.environ, "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}
    common = ["--no-dashboard"]
    processes = [subprocess.Popen(
        [dask, "scheduler", "--host", "127.0.0.1", "--port", "0", "--scheduler-file",
         str(scheduler_file), *common], cwd=config.ROOT, env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        address = _scheduler_address(scheduler_file, timeout=30)
        assert address.startswith("tcp://127.0.0.1:")
        for _ in range(2):
            processes.append(subprocess.Popen(
                [dask, "worker", address, "--nthreads", "1", "--nworkers", "1", "--host", "127.0.0.1",
                 "--no-nanny", *common], cwd=config.ROOT, env=env,
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        from distributed import Client

        with Client(address, timeout="20s") as client:
            client.wait_for_workers(2, timeout=40)
        result = run_corpus(small_corpus, tmp_path / "out", scheduler=address, chunk_size=7,
                            progress=False)
        assert result.failed == 3
        assert_same_tables(load_tables(tmp_path / "out"), clean_run[1])
    finally:
        for process in reversed(processes):
            process.terminate()
        for process in reversed(processes):
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)


# ---------------------------------------------------------------------------------------------
# A finished run's folder as a report's input: its tables, as they are.


def test_a_finished_runs_folder_gives_its_tables_without_analysing_again(clean_run, monkeypatch) -> None:
    from analysis import corpus, corpus_present

    result, tables = clean_run
    monkeypatch.setattr(corpus, "run_corpus", lambda *a, **k: pytest.fail("the corpus was analysed again"))
    params = {"input_path": str(result.out_dir)}
    got, manifest = corpus_present.analyse_corpus(params, result.out_dir / "report")
    assert_same_tables(got, tables)
    assert manifest["fingerprint"]["input"].endswith("news.jsonl")
    # the files the run used, given again, are no difference
    same = {**params, "lexicon": str(config.DEFAULT_LEXICON), "actors": str(config.DEFAULT_ACTORS)}
    assert_same_tables(corpus_present.analyse_corpus(same, result.out_dir / "report")[0], tables)


def test_a_finished_runs_folder_refuses_a_lexicon_it_was_not_made_with(clean_run, tmp_path) -> None:
    from analysis import corpus_present
    from analysis.errors import ParameterError

    result, _ = clean_run
    other = tmp_path / "lexicon.yml"
    other.write_text(config.DEFAULT_LEXICON.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    with pytest.raises(ParameterError, match=r"another lexicon; leave out --lexicon"):
        corpus_present.analyse_corpus({"input_path": str(result.out_dir), "lexicon": str(other)}, tmp_path / "r")


def test_an_unfinished_runs_folder_says_how_to_finish_it(small_corpus, tmp_path) -> None:
    from analysis.corpus import run_manifest

    out = tmp_path / "run"
    (out / PARTS_DIR).mkdir(parents=True)
    (out / PARTS_DIR / "run.json").write_text("{}", encoding="utf-8")
    with pytest.raises(InputError, match=r"has not finished; run the same `python -m analysis corpus INPUT --out"):
        run_manifest(out)
    assert run_manifest(small_corpus.parent) is None  # a folder that holds no run


def _outlet_folders(root: Path) -> Path:
    for outlet, n in (("cnn", 2), ("fox", 1)):
        for i in range(n):
            path = root / outlet / f"{i:03d}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(f"Story {i}\n\n\"We won,\" Jane Roe said of the {outlet} poll.", encoding="utf-8")
    return root


def test_a_folder_corpus_filed_by_outlet_compares_its_folders_as_outlets(tmp_path) -> None:
    corpus = _outlet_folders(tmp_path / "news")
    result = run_corpus(corpus, tmp_path / "out", workers=1, progress=False, outlet_from_folder=True)
    tables = load_tables(result.out_dir)
    # folder names are outlet names as written, normalised through the alias table like any other
    assert tables["articles"]["outlet_raw"].tolist() == ["cnn", "cnn", "fox"]
    assert tables["articles"]["outlet"].tolist() == ["CNN", "CNN", "Fox News"]
    assert set(tables["attributions"]["outlet"]) == {"CNN", "Fox News"}
    assert json.loads(result.manifest.read_text(encoding="utf-8"))["settings"]["outlet_from_folder"] is True
    # the same folder read without outlets is another run: refused, not mixed with this one
    with pytest.raises(CorpusError, match="outlet_from_folder"):
        run_corpus(corpus, tmp_path / "out", workers=1, progress=False)


def test_a_run_recorded_before_outlets_came_from_folders_resumes_as_one_without() -> None:
    from analysis.corpus_store import Fingerprint

    now = Fingerprint("in", "a", "b", "c", True, 100, 1)
    recorded = {"input": "in", "lexicon_sha256": "a", "actors_sha256": "b", "outlets_sha256": "c",
                "day_first": True, "chunk_size": 100, "format": 1}
    assert now.differences(recorded) == []
    assert Fingerprint("in", "a", "b", "c", True, 100, 1, outlet_from_folder=True).differences(recorded)


def test_a_finished_runs_folder_refuses_outlets_from_folders_it_did_not_read(clean_run, tmp_path) -> None:
    from analysis import corpus_present
    from analysis.errors import ParameterError

    result, _ = clean_run
    with pytest.raises(ParameterError, match="leave out --outlet-from-folder"):
        corpus_present.analyse_corpus({"input_path": str(result.out_dir), "outlet_from_folder": True}, tmp_path / "r")


def test_cli_corpus_reads_outlets_from_folders(tmp_path) -> None:
    corpus = _outlet_folders(tmp_path / "news")
    assert main(["corpus", str(corpus), "--out", str(tmp_path / "out"), "--quiet", "--outlet-from-folder"]) == 0
    assert load_tables(tmp_path / "out")["articles"]["outlet_raw"].tolist() == ["cnn", "cnn", "fox"]
