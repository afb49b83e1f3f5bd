"""One chunk of a corpus through the pipeline: the function a worker process or a Dask worker runs.

:func:`analyse_chunk` takes a :class:`Chunk` (a run of consecutive input records: articles and
the records that could not be loaded) and returns a :class:`ChunkResult`: the chunk's rows of
every per-row corpus table, the streaming sums its voices add to the per-speaker table, and its
counts. It never raises for one bad article: an article whose analysis raises becomes an
``errors`` row and the rest of the chunk goes on. Everything here is deterministic, so a chunk
gives the same rows on any worker, in any process, at any time.

The tables' columns and types are fixed here (:data:`CORPUS_COLUMNS`), and every part of every
table is built with exactly them, so parts join into one table without surprises.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from analysis import tables
from analysis.load import LoadFailure
from analysis.metadata import OutletAliases, ParsedDate, host_of, parse_date
from analysis.models import Article, ArticleAnalysis, Tone
from analysis.pipeline import Resources, analyse_article
from analysis.tone import count_words

DATE_DTYPE = "datetime64[ns, UTC]"
UNKNOWN_OUTLET = "(unknown)"
"""The ``speakers`` table's outlet for articles without one."""
ALL_OUTLETS = "(all)"
"""The ``speakers`` table's outlet for rows over the whole corpus."""

_META_COLUMNS: dict[str, str] = {"outlet": "str", "date": DATE_DTYPE}

ARTICLE_COLUMNS: dict[str, str] = {
    "article_id": "str",
    "outlet": "str",
    "outlet_raw": "str",
    "date": DATE_DTYPE,
    "date_raw": "str",
    "title": "str",
    "url": "str",
    "source": "str",
    "words": "int64",
    "sentences": "int64",
    "attributions": "int64",
    "frame_hits": "int64",
}
SENTENCE_COLUMNS: dict[str, str] = {
    "article_id": "str",
    "sentence": "int64",
    "paragraph": "int64",
    "start": "int64",
    "end": "int64",
    "boilerplate": "bool",
    "is_title": "bool",
    "text": "str",
}
# The article speaker table's columns, per outlet and with the number of articles.
SPEAKER_COLUMNS: dict[str, str] = {
    "outlet": "str",
    "speaker": "str",
    "speaker_type": "str",
    "articles": "int64",
    **{name: dtype for name, dtype in tables.SPEAKER_COLUMNS.items() if name not in ("speaker", "speaker_type")},
}
ERROR_COLUMNS: dict[str, str] = {
    "source": "str",
    "line": "Int64",
    "article_id": "str",
    "stage": "str",
    "reason": "str",
}
SPEAKER_SUM_COLUMNS: dict[str, str] = {
    "outlet": "str",
    "speaker": "str",
    "speaker_type": "str",
    "articles": "int64",
    "statements": "int64",
    "words": "int64",
    "sum": "float64",
    "squared_deviations": "float64",
    "positive": "int64",
    "neutral": "int64",
    "negative": "int64",
}
"""Per chunk: what each (outlet, speaker, speaker type) adds to the ``speakers`` table: counts,
the sum of ``compound`` and its sum of squared deviations from the chunk's mean (which combine
across chunks exactly as a plain sum of squares would, without its loss of precision)."""

CORPUS_COLUMNS: dict[str, dict[str, str]] = {
    "articles": ARTICLE_COLUMNS,
    "sentences": SENTENCE_COLUMNS,
    "attributions": {**tables.ATTRIBUTION_COLUMNS, **_META_COLUMNS},
    "voices": {**tables.VOICE_COLUMNS, **_META_COLUMNS},
    "frame_hits": {**tables.KWIC_COLUMNS, **_META_COLUMNS},
    "speakers": SPEAKER_COLUMNS,
    "errors": ERROR_COLUMNS,
}
"""Every corpus table by name, with its columns and their pandas dtypes, in order."""

ROW_TABLES: tuple[str, ...] = ("articles", "sentences", "attributions", "voices", "frame_hits", "errors")
"""The tables written part by part, one part per chunk (``speakers`` is built from sums)."""

_SOURCE_LINE = re.compile(r"^(?P<path>.+):(?P<line>\d+)$")


@dataclass(frozen=True, slots=True)
class WorkerState:
    """What every chunk needs, loaded once per worker: lexicon and actors, outlet aliases, and
    whether slashed dates are read day first."""

    resources: Resources
    outlets: OutletAliases
    day_first: bool = True


@dataclass(frozen=True, slots=True)
class Chunk:
    """Consecutive input records; ``key`` names the chunk by its place and content (see
    :func:`chunk_key`), so a rerun over the same input finds the same chunks."""

    index: int
    key: str
    items: tuple[Article | LoadFailure, ...]


@dataclass(frozen=True, slots=True)
class ChunkCounts:
    """What one chunk held; summed over chunks for the run's manifest."""

    records: int = 0
    articles: int = 0
    failed_load: int = 0
    failed_analyse: int = 0
    words: int = 0
    sentences: int = 0
    attributions: int = 0
    voices: int = 0
    frame_hits: int = 0
    missing_date: int = 0
    missing_outlet: int = 0
    missing_title: int = 0
    unreadable_date: int = 0
    date_problems: tuple[str, ...] = ()
    """Up to a few examples of dates that could not be read, each with its reason."""


@dataclass(frozen=True)
class ChunkResult:
    """One chunk's rows of each table in :data:`ROW_TABLES`, its speaker sums and its counts."""

    index: int
    key: str
    tables: dict[str, pd.DataFrame]
    speaker_sums: pd.DataFrame
    counts: ChunkCounts = field(default_factory=ChunkCounts)


def chunk_key(index: int, items: Sequence[Article | LoadFailure]) -> str:
    """``<index>-<hash>``: the chunk's place in the input and a hash of its records' ids and texts.

    An edited article or a moved record changes the hash, so a stale part is never taken for
    the current one.
    """
    digest = hashlib.sha256()
    for item in items:
        if isinstance(item, LoadFailure):
            digest.update(f"failure\0{item.source}\0{item.line}\0{item.reason}\0".encode())
        else:
            digest.update(f"article\0{item.id}\0{item.source}\0".encode("utf-8", "surrogatepass"))
            digest.update(hashlib.sha256(item.text.encode("utf-8", "surrogatepass")).digest())
            for value in (item.title, item.outlet, item.date, item.url):
                digest.update(f"{value}\0".encode("utf-8", "surrogatepass"))
    return f"{index:06d}-{digest.hexdigest()[:16]}"


# The state a process pool's initializer installs, so each worker loads the resources once.
_STATE: WorkerState | None = None


def install_state(state: WorkerState) -> None:
    """Keep ``state`` for every later :func:`analyse_chunk` call in this process."""
    global _STATE
    _STATE = state


def analyse_chunk(chunk: Chunk, state: WorkerState | None = None) -> ChunkResult:
    """Every record of ``chunk`` through the pipeline, as table parts (see the module docstring).

    ``state`` defaults to the one :func:`install_state` kept in this process.
    """
    state = state if state is not None else _STATE
    if state is None:
        raise RuntimeError("analyse_chunk needs a WorkerState: pass one or call install_state first")
    done: list[tuple[Article, ArticleAnalysis, str | None, ParsedDate]] = []
    errors: list[dict[str, object]] = []
    failed_analyse = 0
    for item in chunk.items:
        if isinstance(item, LoadFailure):
            errors.append(_error_row(item.source, item.line, None, "load", item.reason))
            continue
        try:
            analysis = analyse_article(item, resources=state.resources)
        except Exception as exc:  # one article's failure must not stop the corpus
            failed_analyse += 1
            path, line = _split_source(item.source)
            reason = f"analysis failed ({type(exc).__name__}: {exc})"
            errors.append(_error_row(path, line, item.id, "analyse", reason))
            continue
        outlet = state.outlets.normalise(item.outlet)
        if outlet is None and item.url and host_of(item.url):
            outlet = state.outlets.normalise(item.url)
        done.append((item, analysis, outlet, parse_date(item.date, day_first=state.day_first)))
    parts = _table_parts(done)
    parts["errors"] = tables.columns_frame({name: [row[name] for row in errors] for name in ERROR_COLUMNS},
                                     ERROR_COLUMNS)
    counts = _counts(chunk, done, parts, failed_analyse=failed_analyse)
    return ChunkResult(chunk.index, chunk.key, parts, _speaker_sums(done), counts)


def _error_row(source: str, line: int | None, article_id: str | None, stage: str,
               reason: str) -> dict[str, object]:
    return {"source": source, "line": line, "article_id": article_id, "stage": stage, "reason": reason}


def _split_source(source: str | None) -> tuple[str, int | None]:
    """``("data.jsonl", 12)`` from a corpus record's ``data.jsonl:12``; a file path as it is."""
    if source is None:
        return "", None
    found = _SOURCE_LINE.match(source)
    if found is None:
        return source, None
    return found["path"], int(found["line"])


def _table_parts(done: Sequence[tuple[Article, ArticleAnalysis, str | None, ParsedDate]]
                 ) -> dict[str, pd.DataFrame]:
    analyses = [analysis for _, analysis, _, _ in done]
    outlets = [outlet for _, _, outlet, _ in done]
    dates = [parsed.value for _, _, _, parsed in done]
    per_article = {
        "attributions": [sum(len(r.content_spans) for r in a.attributions) for a in analyses],
        "voices": [len(a.voices) for a in analyses],
        "frame_hits": [len(a.frame_hits) for a in analyses],
    }
    built = {
        "attributions": tables.attributions_table(analyses),
        "voices": tables.voices_table(analyses),
        "frame_hits": tables.kwic_table(analyses),
    }
    parts = {name: _with_meta(built[name], outlets, dates, per_article[name]) for name in built}
    parts["articles"] = _articles_part(done)
    parts["sentences"] = _sentences_part(analyses)
    return parts


def _with_meta(df: pd.DataFrame, outlets: list[str | None], dates: list[pd.Timestamp | None],
               rows_per_article: list[int]) -> pd.DataFrame:
    """``df`` (a table just built, so changed in place) with each row's article's outlet and
    date added (rows are in article order)."""
    repeats = np.asarray(rows_per_article, dtype=np.int64)
    df["outlet"] = pd.Series(np.repeat(np.asarray(outlets, dtype=object), repeats), dtype="str")
    date_values = pd.Series(dates, dtype=DATE_DTYPE) if dates else pd.Series([], dtype=DATE_DTYPE)
    df["date"] = date_values.repeat(repeats).reset_index(drop=True)
    return df


def _articles_part(done: Sequence[tuple[Article, ArticleAnalysis, str | None, ParsedDate]]
                   ) -> pd.DataFrame:
    articles = [article for article, _, _, _ in done]
    analyses = [analysis for _, analysis, _, _ in done]
    dates = [parsed for _, _, _, parsed in done]
    return tables.columns_frame(
        {
            "article_id": [a.id for a in articles],
            "outlet": [outlet for _, _, outlet, _ in done],
            "outlet_raw": [a.outlet for a in articles],
            "date": [parsed.value for parsed in dates],
            "date_raw": [parsed.raw for parsed in dates],
            "title": [a.title for a in articles],
            "url": [a.url for a in articles],
            "source": [a.source for a in articles],
            "words": [count_words(a.text) for a in articles],
            "sentences": [len(a.segmented.sentences) for a in analyses],
            "attributions": [len(a.attributions) for a in analyses],
            "frame_hits": [len(a.frame_hits) for a in analyses],
        },
        ARTICLE_COLUMNS,
    )


def _sentences_part(analyses: Sequence[ArticleAnalysis]) -> pd.DataFrame:
    sentences = [s for analysis in analyses for s in analysis.segmented.sentences]
    return tables.columns_frame(
        {
            "article_id": [a.article.id for a in analyses for _ in a.segmented.sentences],
            "sentence": [s.index for s in sentences],
            "paragraph": [s.paragraph for s in sentences],
            "start": [s.start for s in sentences],
            "end": [s.end for s in sentences],
            "boilerplate": [s.boilerplate for s in sentences],
            "is_title": [s.is_title for s in sentences],
            "text": [s.text for s in sentences],
        },
        SENTENCE_COLUMNS,
    )


def _speaker_sums(done: Sequence[tuple[Article, ArticleAnalysis, str | None, ParsedDate]]
                  ) -> pd.DataFrame:
    """n, sum and sum of squared deviations of ``compound`` (with words, label counts and
    articles) per (outlet, speaker, speaker type), in order of first appearance."""
    tones: dict[tuple[str, str, str], list[Tone]] = {}
    articles: dict[tuple[str, str, str], int] = {}
    for _, analysis, outlet, _ in done:
        keys = [(outlet or UNKNOWN_OUTLET, s.voice.speaker, s.voice.speaker_type)
                for s in analysis.voices]
        for key, scored in zip(keys, analysis.voices):
            tones.setdefault(key, []).append(scored.tone)
        for key in set(keys):
            articles[key] = articles.get(key, 0) + 1
    groups = list(tones)
    values = [[tone.compound for tone in tones[key]] for key in groups]
    means = [math.fsum(v) / len(v) for v in values]
    labels = [[tone.label for tone in tones[key]] for key in groups]
    return tables.columns_frame(
        {
            "outlet": [outlet for outlet, _, _ in groups],
            "speaker": [speaker for _, speaker, _ in groups],
            "speaker_type": [kind for _, _, kind in groups],
            "articles": [articles[key] for key in groups],
            "statements": [len(v) for v in values],
            "words": [sum(tone.words for tone in tones[key]) for key in groups],
            "sum": [math.fsum(v) for v in values],
            "squared_deviations": [math.fsum((x - mean) ** 2 for x in v)
                                   for v, mean in zip(values, means)],
            "positive": [group.count("positive") for group in labels],
            "neutral": [group.count("neutral") for group in labels],
            "negative": [group.count("negative") for group in labels],
        },
        SPEAKER_SUM_COLUMNS,
    )


_MAX_DATE_EXAMPLES = 3


def _counts(chunk: Chunk, done: Sequence[tuple[Article, ArticleAnalysis, str | None, ParsedDate]],
            parts: dict[str, pd.DataFrame], *, failed_analyse: int) -> ChunkCounts:
    articles = [article for article, _, _, _ in done]
    unreadable = [parsed for _, _, _, parsed in done
                  if parsed.value is None and parsed.reason != "missing"]
    return ChunkCounts(
        records=len(chunk.items),
        articles=len(done),
        failed_load=sum(isinstance(item, LoadFailure) for item in chunk.items),
        failed_analyse=failed_analyse,
        words=int(parts["articles"]["words"].sum()),
        sentences=len(parts["sentences"]),
        attributions=sum(len(a.attributions) for _, a, _, _ in done),
        voices=len(parts["voices"]),
        frame_hits=len(parts["frame_hits"]),
        missing_date=sum(1 for a in articles if not (a.date and a.date.strip())),
        missing_outlet=sum(1 for a in articles if not (a.outlet and a.outlet.strip())),
        missing_title=sum(1 for a in articles if not (a.title and a.title.strip())),
        unreadable_date=len(unreadable),
        date_problems=tuple(dict.fromkeys(f"{p.raw!r}: {p.reason}" for p in unreadable))[
            :_MAX_DATE_EXAMPLES],
    )




def empty_table(name: str) -> pd.DataFrame:
    """Corpus table ``name`` with no rows, its columns typed."""
    columns = CORPUS_COLUMNS[name]
    return tables.columns_frame({column: [] for column in columns}, columns)


def typed(df: pd.DataFrame, name: str) -> pd.DataFrame:
    """``df`` with exactly the columns of corpus table ``name``, in order, with their dtypes
    (``df`` itself when it has them already)."""
    columns = CORPUS_COLUMNS[name]
    if list(df.columns) == list(columns) and list(map(str, df.dtypes)) == list(columns.values()):
        return df
    out = df.loc[:, list(columns)]
    for column, dtype in columns.items():
        if str(out[column].dtype) != dtype:
            out[column] = out[column].astype(dtype)
    return out
