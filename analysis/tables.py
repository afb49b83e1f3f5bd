"""Tables (pandas DataFrames) built from the pipeline's records, for notebooks, charts and exports.

Every table has a fixed set of columns, in a fixed order, even when empty, so that charts, prose
and exports can rely on them. Offsets are ``[start, end)`` character offsets into the article
text; nullable whole numbers use pandas' ``Int64``.

===================  =========================================================================
table                one row per
===================  =========================================================================
``attributions``     contiguous content span of an attribution record
``voices``           voice (attributed statement per speaker, or narrator sentence)
``speakers``         speaker (the narrator included), over all articles
``speaker_types``    speaker type
``kwic``             framing hit (keyword in context)
``frame_counts``     speaker × frame with at least one hit
===================  =========================================================================
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd
import pyarrow as pa

from analysis.models import NARRATOR, NARRATOR_TYPE, ArticleAnalysis
from analysis.tone import mean_interval

ATTRIBUTION_COLUMNS: dict[str, str] = {
    "article_id": "str",
    "statement": "int64",
    "speaker": "str",
    "speaker_type": "str",
    "role": "str",
    "mention": "str",
    "mention_start": "Int64",
    "mention_end": "Int64",
    "cue": "str",
    "cue_start": "Int64",
    "cue_end": "Int64",
    "content_start": "int64",
    "content_end": "int64",
    "kind": "str",
    "content": "str",
}
VOICE_COLUMNS: dict[str, str] = {
    "article_id": "str",
    "unit": "int64",
    "sentence": "int64",
    "speaker": "str",
    "speaker_type": "str",
    "statement": "Int64",
    "start": "int64",
    "end": "int64",
    "text": "str",
    "words": "int64",
    "compound": "float64",
    "pos": "float64",
    "neu": "float64",
    "neg": "float64",
    "tone": "str",
}
SPEAKER_COLUMNS: dict[str, str] = {
    "speaker": "str",
    "speaker_type": "str",
    "statements": "int64",
    "words": "int64",
    "mean_compound": "float64",
    "ci_low": "float64",
    "ci_high": "float64",
    "share_positive": "float64",
    "share_neutral": "float64",
    "share_negative": "float64",
}
SPEAKER_TYPE_COLUMNS: dict[str, str] = {
    "speaker_type": "str",
    "speakers": "int64",
    "statements": "int64",
    "words": "int64",
    "share_words": "float64",
    "share_quoted_words": "float64",
    "mean_compound": "float64",
}
KWIC_COLUMNS: dict[str, str] = {
    "article_id": "str",
    "speaker": "str",
    "speaker_type": "str",
    "frame": "str",
    "pattern": "str",
    "start": "int64",
    "end": "int64",
    "pre": "str",
    "match": "str",
    "post": "str",
}
FRAME_COUNT_COLUMNS: dict[str, str] = {
    "speaker": "str",
    "speaker_type": "str",
    "frame": "str",
    "hits": "int64",
    "words": "int64",
    "per_1000": "float64",
}

TABLE_NAMES: tuple[str, ...] = (
    "attributions",
    "voices",
    "speakers",
    "speaker_types",
    "kwic",
    "frame_counts",
)


def attributions_table(analyses: Sequence[ArticleAnalysis]) -> pd.DataFrame:
    """One row per contiguous content span of every attribution record.

    A quotation interrupted by "he said" gives two rows with the same ``statement`` and speaker;
    a joint statement gives one row per speaker. ``content`` is that span's text.
    """
    spans = [
        (record, start, end, analysis.article.text)
        for analysis in analyses
        for record in analysis.attributions
        for start, end in record.content_spans
    ]
    records = [record for record, _, _, _ in spans]
    return columns_frame(
        {
            "article_id": [r.article_id for r in records],
            "statement": [r.statement for r in records],
            "speaker": [r.speaker for r in records],
            "speaker_type": [r.speaker_type for r in records],
            "role": [r.role for r in records],
            "mention": [r.mention for r in records],
            "mention_start": [r.mention_start for r in records],
            "mention_end": [r.mention_end for r in records],
            "cue": [r.cue for r in records],
            "cue_start": [r.cue_start for r in records],
            "cue_end": [r.cue_end for r in records],
            "content_start": [start for _, start, _, _ in spans],
            "content_end": [end for _, _, end, _ in spans],
            "kind": [r.kind for r in records],
            "content": [text[start:end] for _, start, end, text in spans],
        },
        ATTRIBUTION_COLUMNS,
    )


def voices_table(analyses: Sequence[ArticleAnalysis]) -> pd.DataFrame:
    """One row per scored voice, in article then text order.

    ``start``/``end`` run from the voice's first span to its last; ``statement`` is NA for the
    narrator; ``tone`` is VADER's label (positive ≥ 0.05 > neutral > -0.05 ≥ negative).
    """
    voices = [scored.voice for analysis in analyses for scored in analysis.voices]
    tones = [scored.tone for analysis in analyses for scored in analysis.voices]
    return columns_frame(
        {
            "article_id": [v.article_id for v in voices],
            "unit": [v.unit for v in voices],
            "sentence": [v.sentence for v in voices],
            "speaker": [v.speaker for v in voices],
            "speaker_type": [v.speaker_type for v in voices],
            "statement": [v.statement for v in voices],
            "start": [v.spans[0][0] for v in voices],
            "end": [v.spans[-1][1] for v in voices],
            "text": [v.text for v in voices],
            "words": [t.words for t in tones],
            "compound": [t.compound for t in tones],
            "pos": [t.pos for t in tones],
            "neu": [t.neu for t in tones],
            "neg": [t.neg for t in tones],
            "tone": [t.label for t in tones],
        },
        VOICE_COLUMNS,
    )


def speakers_table(voices_df: pd.DataFrame, *, confidence: float = 0.95) -> pd.DataFrame:
    """Tone per speaker over all articles: most statements first, then most words.

    ``statements`` counts voices (sentences, for the narrator); the mean of ``compound`` weighs
    each statement once, with a Student-t interval at ``confidence`` (NaN bounds for a single
    statement); shares are of statements labelled positive/neutral/negative.
    """
    rows = []
    for (speaker, kind), group in voices_df.groupby(["speaker", "speaker_type"], sort=False):
        interval = mean_interval([float(x) for x in group["compound"]], confidence=confidence)
        labels = group["tone"]
        n = len(group)
        rows.append(
            {
                "speaker": speaker,
                "speaker_type": kind,
                "statements": n,
                "words": int(group["words"].sum()),
                "mean_compound": interval.mean,
                "ci_low": interval.low,
                "ci_high": interval.high,
                "share_positive": float((labels == "positive").sum()) / n,
                "share_neutral": float((labels == "neutral").sum()) / n,
                "share_negative": float((labels == "negative").sum()) / n,
            }
        )
    table = typed_frame(rows, SPEAKER_COLUMNS)
    table = table.sort_values(
        ["statements", "words", "speaker"], ascending=[False, False, True], kind="stable"
    )
    return table.reset_index(drop=True)


def speaker_types_table(voices_df: pd.DataFrame) -> pd.DataFrame:
    """Who gets the words, by speaker type: most words first.

    ``share_words`` is of all scored words (the narrator's included); ``share_quoted_words`` is
    of the words attributed to someone other than the narrator (NaN on the narrator's row), so it
    answers "of what sources are quoted saying, how much is the government's?".
    """
    total = int(voices_df["words"].sum()) if len(voices_df) else 0
    quoted_mask = voices_df["speaker_type"] != NARRATOR_TYPE
    quoted = int(voices_df.loc[quoted_mask, "words"].sum()) if len(voices_df) else 0
    rows = []
    for kind, group in voices_df.groupby("speaker_type", sort=False):
        words = int(group["words"].sum())
        rows.append(
            {
                "speaker_type": kind,
                "speakers": int(group["speaker"].nunique()),
                "statements": len(group),
                "words": words,
                "share_words": _share(words, total),
                "share_quoted_words": math.nan if kind == NARRATOR_TYPE else _share(words, quoted),
                "mean_compound": float(group["compound"].mean()),
            }
        )
    table = typed_frame(rows, SPEAKER_TYPE_COLUMNS)
    table = table.sort_values(
        ["words", "speaker_type"], ascending=[False, True], kind="stable"
    )
    return table.reset_index(drop=True)


def kwic_table(analyses: Sequence[ArticleAnalysis]) -> pd.DataFrame:
    """The concordance: one row per framing hit, with up to a window of context either side."""
    hits = [hit for analysis in analyses for hit in analysis.frame_hits]
    return columns_frame(
        {name: [getattr(hit, name) for hit in hits] for name in KWIC_COLUMNS}, KWIC_COLUMNS
    )


def frame_counts_table(kwic_df: pd.DataFrame, voices_df: pd.DataFrame) -> pd.DataFrame:
    """Hits per speaker and frame, with the rate per 1,000 of that speaker's scored words.

    ``words`` is the speaker's total in ``voices_df``; where it is 0 (say, narrator hits only in
    "he said" clauses of an article whose every sentence quotes someone) ``per_1000`` is NaN.
    The narrator's rows come first, then by speaker type, speaker and most hits.
    """
    if len(kwic_df) == 0:
        return typed_frame([], FRAME_COUNT_COLUMNS)
    hits = (
        kwic_df.groupby(["speaker", "speaker_type", "frame"], sort=False)
        .size()
        .rename("hits")
        .reset_index()
    )
    words = voices_df.groupby(["speaker", "speaker_type"], sort=False)["words"].sum()
    rows = []
    for row in hits.itertuples(index=False):
        n_words = int(words.get((row.speaker, row.speaker_type), 0))
        rows.append(
            {
                "speaker": row.speaker,
                "speaker_type": row.speaker_type,
                "frame": row.frame,
                "hits": int(row.hits),
                "words": n_words,
                "per_1000": 1000 * row.hits / n_words if n_words else math.nan,
            }
        )
    table = typed_frame(rows, FRAME_COUNT_COLUMNS)
    table["_narrator"] = table["speaker"] == NARRATOR
    table = table.sort_values(
        ["_narrator", "speaker_type", "speaker", "hits", "frame"],
        ascending=[False, True, True, False, True],
        kind="stable",
    )
    return table.drop(columns="_narrator").reset_index(drop=True)


def tables_for(analyses: Sequence[ArticleAnalysis]) -> dict[str, pd.DataFrame]:
    """Every table, by name (see :data:`TABLE_NAMES`), for a set of analysed articles."""
    voices = voices_table(analyses)
    kwic = kwic_table(analyses)
    return {
        "attributions": attributions_table(analyses),
        "voices": voices,
        "speakers": speakers_table(voices),
        "speaker_types": speaker_types_table(voices),
        "kwic": kwic,
        "frame_counts": frame_counts_table(kwic, voices),
    }


def _share(part: int, whole: int) -> float:
    return part / whole if whole else math.nan


def columns_frame(values: Mapping[str, Sequence[object]], columns: Mapping[str, str]) -> pd.DataFrame:
    """A DataFrame of ``columns``, in order and with their dtypes, from each one's ``values``.

    The same table as :func:`typed_frame` of the same rows, built without a row of Python
    objects at a time.
    """
    return pd.DataFrame({name: _column(values[name], dtype) for name, dtype in columns.items()})


_NUMPY_DTYPES: dict[str, type] = {"int64": np.int64, "float64": np.float64, "bool": np.bool_}
_TEXT = pd.api.types.pandas_dtype("str")
_PLAIN_TYPES: dict[str, frozenset[type]] = {
    "int64": frozenset({int}),
    "float64": frozenset({float, type(None)}),
    "bool": frozenset({bool}),
    "str": frozenset({str, type(None)}),
}
"""The Python types each dtype's values are built from directly (others are left to pandas)."""


def _column(values: Sequence[object], dtype: str) -> pd.Series | np.ndarray | pd.api.extensions.ExtensionArray:
    """``values`` as a column of ``dtype``: what ``pd.Series(values, dtype=dtype)`` holds, built
    directly (numpy, or Arrow for text) from a list of plain values, without the checks pandas
    makes of any values."""
    plain = _PLAIN_TYPES.get(dtype)
    if plain is None or type(values) is not list or not set(map(type, values)) <= plain:
        return pd.Series(values, dtype=dtype)
    if dtype == "str":
        return pd.arrays.ArrowStringArray(pa.array(values, type=pa.large_string()), dtype=_TEXT)
    return np.array(values, dtype=_NUMPY_DTYPES[dtype])


def typed_frame(rows: Iterable[Mapping[str, object]], columns: Mapping[str, str]) -> pd.DataFrame:
    """A DataFrame with exactly ``columns``, in order and with their dtypes, even when empty."""
    table = pd.DataFrame(list(rows), columns=list(columns))
    for name, dtype in columns.items():
        # pandas' "str" keeps missing text missing (NaN), never the string "None".
        table[name] = table[name].astype(dtype)
    return table
