"""Where chunks run: local worker processes write their chunks' parts themselves."""

from __future__ import annotations

import json
import subprocess
import sys
import threading

import pandas as pd
import pytest

from analysis import config
from analysis.corpus import load_tables

from analysis.corpus_parts import ROW_TABLES, Chunk, WorkerState, analyse_chunk, chunk_key
from analysis.corpus_store import SPEAKER_SUMS, WrittenChunk, chunk_path, read_chunk, write_parts
from analysis.executors import ProcessRunner, can_fork
from analysis.metadata import load_outlets
from analysis.models import Article
from analysis.pipeline import load_resources

ARTICLES = (
    Article("a1", 'Town retaken\n\n"We won," the commander said. Terrorists fled, activists said.',
            title="Town retaken", outlet="CNN", date="2016-03-27"),
    Article("a2", "=SUM(A1) The economy suffered a terrible blow, the minister told reporters.",
            outlet="Fox News"),
)


def test_pool_workers_write_the_same_parts_and_send_back_only_counts(tmp_path) -> None:
    state = WorkerState(load_resources(), load_outlets())
    chunk = Chunk(0, chunk_key(0, ARTICLES), ARTICLES)
    (tmp_path / "pool").mkdir()
    (tmp_path / "here").mkdir()
    runner = ProcessRunner(state, workers=2, parts=tmp_path / "pool")
    try:
        assert runner.ready(timeout=120)
        written = runner.submit(chunk).result(timeout=120)
    finally:
        runner.close()
    expected = write_parts(analyse_chunk(chunk, state), tmp_path / "here")
    assert isinstance(written, WrittenChunk) and written == expected
    assert [p.name for p in (tmp_path / "pool").iterdir()] == [f"{chunk.key}.chunk"]
    with read_chunk(chunk_path(tmp_path / "pool", chunk.key)) as pool, \
            read_chunk(chunk_path(tmp_path / "here", chunk.key)) as here:
        assert pool.key == here.key == chunk.key and pool.counts == here.counts
        for name in ROW_TABLES:
            assert pool.csv(name) == here.csv(name), name
        for name in (*ROW_TABLES, SPEAKER_SUMS):
            assert pool.table(name).equals(here.table(name), check_metadata=True), name


def test_chunks_submitted_while_workers_start_are_all_analysed(tmp_path) -> None:
    """Two chunks per worker wait for the pool; more are analysed in this process meanwhile."""
    state = WorkerState(load_resources(), load_outlets())
    chunks = [Chunk(i, chunk_key(i, ARTICLES[i % 2 :]), ARTICLES[i % 2 :]) for i in range(6)]
    runner = ProcessRunner(state, workers=2, parts=tmp_path)
    try:
        futures = [runner.submit(chunk) for chunk in chunks]
        results = [future.result(timeout=120) for future in futures]
    finally:
        runner.close()
    assert [(r.index, r.key) for r in results] == [(c.index, c.key) for c in chunks]
    assert all(isinstance(r, WrittenChunk) for r in results[:4])  # the four set aside for the pool
    expected = [analyse_chunk(chunk, state).counts for chunk in chunks]
    assert [r.counts for r in results] == expected


def test_workers_come_from_a_fork_server_while_this_process_runs_threads(tmp_path) -> None:
    """A fork copies one thread: beside another (a notebook's, a progress bar's) it is not safe."""
    state = WorkerState(load_resources(), load_outlets())
    chunk = Chunk(0, chunk_key(0, ARTICLES), ARTICLES)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait, daemon=True)
    other.start()
    try:
        assert not can_fork()
        runner = ProcessRunner(state, workers=2, parts=tmp_path)
        try:
            written = runner.submit(chunk).result(timeout=120)
        finally:
            runner.close()
    finally:
        stop.set()
        other.join()
    assert runner.where == "fork-server"
    assert written.counts == analyse_chunk(chunk, state).counts


_FORKED_RUN = """
import json, sys
from pathlib import Path
from analysis.corpus import run_corpus
from analysis.executors import can_fork
if __name__ == "__main__":
    corpus, out = Path(sys.argv[1]), Path(sys.argv[2])
    print(json.dumps({"can_fork": can_fork()}))
    run_corpus(corpus, out / "two", workers=2, chunk_size=1, progress=False)
    run_corpus(corpus, out / "one", workers=1, chunk_size=1, progress=False)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")
def test_a_process_without_threads_forks_its_workers_and_their_tables_are_the_same(tmp_path) -> None:
    corpus = tmp_path / "news.jsonl"
    corpus.write_text("".join(json.dumps({"id": a.id, "text": a.text, "outlet": a.outlet}) + "\n"
                              for a in ARTICLES * 3), encoding="utf-8")
    script = tmp_path / "run.py"
    script.write_text(_FORKED_RUN, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script), str(corpus), str(tmp_path)], capture_output=True,
                          text=True, cwd=config.ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.splitlines()[0]) == {"can_fork": True}
    manifests = {n: json.loads((tmp_path / n / "manifest.json").read_text(encoding="utf-8")) for n in ("one", "two")}
    assert manifests["two"]["run"]["analysed"] == "forked"
    assert manifests["one"]["run"]["analysed"] == "in-process"
    one, two = load_tables(tmp_path / "one"), load_tables(tmp_path / "two")
    for name in one:
        pd.testing.assert_frame_equal(one[name], two[name], obj=name)
