"""Tables: fixed columns and dtypes, one row per the documented unit, correct aggregates."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis.framing import find_frames, parse_lexicon
from analysis.models import (
    NARRATOR,
    Article,
    ArticleAnalysis,
    Attribution,
    Paragraph,
    ScoredVoice,
    Segmented,
    Sentence,
    Tone,
    Voice,
)
from analysis.tables import (
    TABLE_NAMES,
    attributions_table,
    columns_frame,
    frame_counts_table,
    kwic_table,
    speaker_types_table,
    speakers_table,
    tables_for,
    voices_table,
)
from analysis.tone import score_voices
from analysis.voices import assign_voices

TEXT = (
    "Troops took the town. "
    '"It was a great victory," the general said, "and a triumph." '
    "Activists said militants fled."
)
COLUMNS = {
    "attributions": [
        "article_id", "statement", "speaker", "speaker_type", "role", "mention", "mention_start",
        "mention_end", "cue", "cue_start", "cue_end", "content_start", "content_end", "kind",
        "content",
    ],
    "voices": [
        "article_id", "unit", "sentence", "speaker", "speaker_type", "statement", "start", "end",
        "text", "words", "compound", "pos", "neu", "neg", "tone",
    ],
    "speakers": [
        "speaker", "speaker_type", "statements", "words", "mean_compound", "ci_low", "ci_high",
        "share_positive", "share_neutral", "share_negative",
    ],
    "speaker_types": [
        "speaker_type", "speakers", "statements", "words", "share_words", "share_quoted_words",
        "mean_compound",
    ],
    "kwic": [
        "article_id", "speaker", "speaker_type", "frame", "pattern", "start", "end", "pre",
        "match", "post",
    ],
    "frame_counts": ["speaker", "speaker_type", "frame", "hits", "words", "per_1000"],
}


def _span(part: str) -> tuple[int, int]:
    start = TEXT.index(part)
    return start, start + len(part)


def _record(statement: int, speaker: str, kind: str, *parts: str, cue: str | None) -> Attribution:
    spans = tuple(_span(p) for p in parts)
    cue_span = _span(cue) if cue else (None, None)
    return Attribution(
        "a1", statement, speaker, kind, None, None, None, None,
        cue, cue_span[0], cue_span[1], spans, " ".join(parts), "direct",
    )


@pytest.fixture(scope="module")
def analysis() -> ArticleAnalysis:
    first = TEXT.index('"It')
    second = TEXT.index("Activists")
    doc = Segmented(
        Article("a1", TEXT),
        (Paragraph(0, 0, len(TEXT)),),
        (
            Sentence(0, 0, first - 1, 0, TEXT[: first - 1]),
            Sentence(1, first, second - 1, 0, TEXT[first : second - 1]),
            Sentence(2, second, len(TEXT), 0, TEXT[second:]),
        ),
    )
    records = (
        _record(0, "general", "government", "It was a great victory,", "and a triumph.", cue="said"),
        _record(1, "activists", "activists", "militants fled", cue=None),
    )
    voices = assign_voices(doc, records)
    lexicon = parse_lexicon("victory: [victor*, triumph*]\nmilitary: [troops]\nlabels: [militant*]")
    return ArticleAnalysis(
        doc, records, tuple(score_voices(voices)), tuple(find_frames(doc, voices, lexicon))
    )


def test_tables_for_gives_every_table_with_exact_columns(analysis: ArticleAnalysis) -> None:
    tables = tables_for([analysis])
    assert tuple(tables) == TABLE_NAMES
    for name, table in tables.items():
        assert list(table.columns) == COLUMNS[name], name


def test_tables_of_no_articles_are_empty_with_the_same_columns() -> None:
    for name, table in tables_for([]).items():
        assert table.empty and list(table.columns) == COLUMNS[name], name


def test_attributions_table_has_a_row_per_content_span(analysis: ArticleAnalysis) -> None:
    table = attributions_table([analysis])
    general = table[table["speaker"] == "general"]
    assert general["content"].tolist() == ["It was a great victory,", "and a triumph."]
    assert general["statement"].tolist() == [0, 0]
    assert (general["content_start"].tolist(), general["content_end"].tolist()) == (
        [_span("It was a great victory,")[0], _span("and a triumph.")[0]],
        [_span("It was a great victory,")[1], _span("and a triumph.")[1]],
    )


def test_attributions_table_keeps_missing_offsets_as_nullable_ints(analysis: ArticleAnalysis) -> None:
    table = attributions_table([analysis])
    for column in ("mention_start", "mention_end", "cue_start", "cue_end"):
        assert table[column].dtype == "Int64"
    activists = table[table["speaker"] == "activists"].iloc[0]
    assert activists["cue_start"] is pd.NA and pd.isna(activists["cue"])


def test_voices_table_rows_follow_the_voices(analysis: ArticleAnalysis) -> None:
    table = voices_table([analysis])
    assert table["speaker"].tolist() == [NARRATOR, "general", "activists"]
    assert table["unit"].tolist() == [0, 1, 2]
    assert table["statement"].dtype == "Int64" and table["statement"].iloc[0] is pd.NA
    assert table["tone"].iloc[1] == "positive"
    assert table["start"].iloc[1] == _span("It was a great victory,")[0]
    assert table["end"].iloc[1] == _span("and a triumph.")[1]


def _voices_df(rows: list[tuple[str, str, float, int]]) -> pd.DataFrame:
    scored = [
        ScoredVoice(
            Voice("a", i, speaker, kind, ((0, 1),), "x", i, None if kind == "narrator" else i),
            Tone(compound, 0.0, 1.0, 0.0, words),
        )
        for i, (speaker, kind, compound, words) in enumerate(rows)
    ]
    doc = Segmented(Article("a", "x"), (), ())
    return voices_table([ArticleAnalysis(doc, (), tuple(scored), ())])


def test_speakers_table_aggregates_and_sorts() -> None:
    voices = _voices_df(
        [
            (NARRATOR, "narrator", 0.0, 30),
            ("assad", "government", 0.1, 10),
            ("assad", "government", 0.3, 10),
            ("assad", "government", 0.5, 20),
            ("rahman", "monitor", -0.6, 25),
            (NARRATOR, "narrator", -0.2, 10),
        ]
    )
    table = speakers_table(voices)
    assert table["speaker"].tolist() == ["assad", NARRATOR, "rahman"]
    assad = table.iloc[0]
    assert (assad["statements"], assad["words"]) == (3, 40)
    assert assad["mean_compound"] == pytest.approx(0.3)
    assert (assad["ci_low"], assad["ci_high"]) == pytest.approx((0.3 - 0.496828, 0.3 + 0.496828), abs=1e-6)
    assert assad["share_positive"] == 1.0 and assad["share_negative"] == 0.0
    rahman = table.iloc[2]
    assert math.isnan(rahman["ci_low"]) and rahman["share_negative"] == 1.0
    narrator = table.iloc[1]
    assert narrator["share_neutral"] == 0.5 and narrator["share_negative"] == 0.5


def test_speaker_types_table_shares_words() -> None:
    voices = _voices_df(
        [
            (NARRATOR, "narrator", 0.0, 50),
            ("assad", "government", 0.2, 30),
            ("moallem", "government", 0.4, 10),
            ("rahman", "monitor", -0.6, 10),
        ]
    )
    table = speaker_types_table(voices).set_index("speaker_type")
    assert table.loc["narrator", "share_words"] == pytest.approx(0.5)
    assert math.isnan(table.loc["narrator", "share_quoted_words"])
    assert table.loc["government", "speakers"] == 2
    assert table.loc["government", "share_words"] == pytest.approx(0.4)
    assert table.loc["government", "share_quoted_words"] == pytest.approx(0.8)
    assert table.loc["government", "mean_compound"] == pytest.approx(0.3)
    assert table.loc["monitor", "share_quoted_words"] == pytest.approx(0.2)


def test_kwic_table_credits_hits(analysis: ArticleAnalysis) -> None:
    table = kwic_table([analysis])
    rows = list(zip(table["match"], table["speaker"], table["frame"]))
    assert rows == [
        ("Troops", NARRATOR, "military"),
        ("victory", "general", "victory"),
        ("triumph", "general", "victory"),
        ("militants", "activists", "labels"),
    ]
    assert table["start"].dtype == "int64"


def test_frame_counts_table_rates_per_thousand_words(analysis: ArticleAnalysis) -> None:
    tables = tables_for([analysis])
    counts = tables["frame_counts"]
    general = counts[(counts["speaker"] == "general") & (counts["frame"] == "victory")].iloc[0]
    words = int(tables["voices"].query("speaker == 'general'")["words"].sum())
    assert (general["hits"], general["words"]) == (2, words)
    assert general["per_1000"] == pytest.approx(2000 / words)
    assert (counts["hits"] > 0).all()
    assert len(counts) == 3  # narrator/military, general/victory, activists/labels


def test_frame_counts_for_a_speaker_without_scored_words_is_nan() -> None:
    kwic = pd.DataFrame(
        [{"speaker": NARRATOR, "speaker_type": "narrator", "frame": "labels"}]
    )
    voices = _voices_df([("x", "monitor", 0.1, 5)])
    (row,) = frame_counts_table(kwic, voices).itertuples(index=False)
    assert row.hits == 1 and row.words == 0 and math.isnan(row.per_1000)


def test_columns_frame_holds_what_pandas_series_would() -> None:
    """Columns built directly equal those pandas builds from the same values, for each dtype."""
    values = {
        "text": ["a", None, "", "Ünïcode – “quotes”", "=x"],
        "mixed": ["a", 1, None, "b", "c"],  # not plain text: left to pandas
        "number": [1, 2, -3, 2**62, 0],
        "score": [0.5, None, -0.0, 1e-5, float("nan")],
        "flag": [True, False, True, True, False],
        "maybe": [1, None, 3, 4, 5],
        "when": [None, "2016-03-27", "2016-03-27T10:00Z", None, "1970-01-01"],
    }
    columns = {"text": "str", "mixed": "str", "number": "int64", "score": "float64",
               "flag": "bool", "maybe": "Int64", "when": "datetime64[ns, UTC]"}
    expected = pd.DataFrame({name: pd.Series(values[name], dtype=dtype)
                             for name, dtype in columns.items()})
    for rows in (slice(None), slice(0, 0)):
        built = columns_frame({name: column[rows] for name, column in values.items()}, columns)
        pd.testing.assert_frame_equal(built, expected[rows].reset_index(drop=True))
        assert [str(dtype) for dtype in built.dtypes] == list(columns.values())
