"""Where chunks run: local worker processes write their chunks' parts themselves."""

from __future__ import annotations

from analysis.corpus_parts import ROW_TABLES, Chunk, WorkerState, analyse_chunk, chunk_key
from analysis.corpus_store import SPEAKER_SUMS, WrittenChunk, chunk_path, read_chunk, write_parts
from analysis.executors import ProcessRunner
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
