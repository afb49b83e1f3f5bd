"""Tone: VADER scores per voice, speaker summaries, and agreement with human ratings."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.config import VADER_NYT
from analysis.models import NARRATOR, ScoredVoice, Tone, Voice
from analysis.tone import (
    _WORD,
    analyzer,
    count_words,
    mean_interval,
    score_text,
    score_voices,
    summarise_speakers,
    t_cdf,
    t_quantile,
)


def voice(speaker: str, text: str, unit: int = 0, *, kind: str = "unknown") -> Voice:
    return Voice("a1", unit, speaker, kind, ((0, len(text)),), text, 0, None)


def scored(speaker: str, compound: float, words: int = 5, *, kind: str = "unknown") -> ScoredVoice:
    return ScoredVoice(voice(speaker, "x", kind=kind), Tone(compound, 0.0, 1.0, 0.0, words))


def test_analyzer_is_built_once() -> None:
    assert analyzer() is analyzer()


@pytest.mark.parametrize(
    ("text", "words"),
    [("", 0), ("It's 10 in the morning, Palmyra time.", 7), ("2,000-year-old ruins", 3)],
)
def test_count_words_counts_word_tokens(text: str, words: int) -> None:
    assert count_words(text) == words


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("a significant achievement", "positive"),
        ("the heaviest losses and a terrible massacre", "negative"),
        ("the town is in the desert", "neutral"),
    ],
)
def test_score_text_labels_at_vader_thresholds(text: str, label: str) -> None:
    tone = score_text(text)
    assert tone.label == label
    assert -1 <= tone.compound <= 1
    assert tone.pos + tone.neu + tone.neg == pytest.approx(1, abs=0.01)


def test_score_text_of_empty_text_is_zero() -> None:
    assert score_text("") == Tone(0.0, 0.0, 0.0, 0.0, 0)


def test_score_voices_keeps_order_and_voices() -> None:
    voices = [voice("a", "Good news, great win.", 0), voice("b", "Awful losses.", 1)]
    result = score_voices(voices)
    assert [s.voice for s in result] == voices
    assert result[0].tone.compound > 0 > result[1].tone.compound


@pytest.mark.parametrize(
    ("df", "expected"),
    [(1, 12.706), (2, 4.303), (3, 3.182), (5, 2.571), (10, 2.228), (30, 2.042), (120, 1.980)],
)
def test_t_quantile_matches_the_printed_table(df: int, expected: float) -> None:
    assert t_quantile(0.975, df) == pytest.approx(expected, abs=5e-4)


def test_t_quantile_is_symmetric_and_tends_to_normal() -> None:
    assert t_quantile(0.025, 7) == pytest.approx(-t_quantile(0.975, 7))
    assert t_quantile(0.975, 1e6) == pytest.approx(1.959964, abs=1e-4)


def _plain_bisection(p: float, df: float) -> float:
    """The t quantile by bisection looking up every midpoint (what t_quantile must equal)."""
    low, high = 0.0, 1.0
    while t_cdf(high, df) < p:
        low, high = high, high * 2
    for _ in range(200):
        middle = (low + high) / 2
        if t_cdf(middle, df) < p:
            low = middle
        else:
            high = middle
        if high - low <= 1e-12 * max(1.0, high):
            break
    return (low + high) / 2


@pytest.mark.parametrize("p", [0.975, 0.995, 0.9, 0.75, 1 - 1e-9])
@pytest.mark.parametrize("df", [1, 2, 3, 7, 30, 64, 65, 299, 2.5, 0.3, 23776, 1e6])
def test_t_quantile_is_the_plain_bisection_to_the_last_bit(p: float, df: float) -> None:
    # The speakers table's intervals must not move when the quantile is found faster.
    assert t_quantile(p, df) == _plain_bisection(p, df)


def test_mean_interval_on_known_numbers() -> None:
    # mean 0.3, s = 0.2, n = 3: half-width = 4.302653 * 0.2 / sqrt(3) = 0.496828
    interval = mean_interval([0.1, 0.3, 0.5])
    assert interval.mean == pytest.approx(0.3)
    assert interval.low == pytest.approx(0.3 - 0.496828, abs=1e-6)
    assert interval.high == pytest.approx(0.3 + 0.496828, abs=1e-6)


def test_mean_interval_of_one_value_has_no_bounds() -> None:
    interval = mean_interval([0.4])
    assert interval.mean == 0.4
    assert math.isnan(interval.low) and math.isnan(interval.high)


def test_mean_interval_of_identical_values_has_zero_width() -> None:
    interval = mean_interval([0.2, 0.2, 0.2])
    assert interval.low == pytest.approx(0.2) and interval.high == pytest.approx(0.2)


def test_mean_interval_of_nothing_is_nan() -> None:
    assert math.isnan(mean_interval([]).mean)


def test_mean_interval_rejects_a_bad_confidence() -> None:
    with pytest.raises(ValueError, match="confidence"):
        mean_interval([1.0, 2.0], confidence=95)


def test_summarise_speakers_counts_shares_and_sorts() -> None:
    items = [
        scored(NARRATOR, 0.0, 10, kind="narrator"),
        scored("assad", 0.6, 4, kind="government"),
        scored("assad", -0.2, 6, kind="government"),
        scored("assad", 0.01, 2, kind="government"),
        scored(NARRATOR, -0.5, 12, kind="narrator"),
    ]
    assad, narrator = summarise_speakers(items)
    assert (assad.speaker, assad.statements, assad.words) == ("assad", 3, 12)
    assert assad.mean_compound == pytest.approx(0.41 / 3)
    assert (assad.share_positive, assad.share_neutral, assad.share_negative) == pytest.approx(
        (1 / 3, 1 / 3, 1 / 3)
    )
    assert assad.ci_low < assad.mean_compound < assad.ci_high
    assert (narrator.speaker, narrator.statements, narrator.words) == (NARRATOR, 2, 22)


def test_summarise_single_statement_has_nan_interval() -> None:
    (only,) = summarise_speakers([scored("x", 0.5)])
    assert only.mean_compound == 0.5 and math.isnan(only.ci_low) and math.isnan(only.ci_high)


def test_vader_agrees_with_human_ratings_of_nyt_editorial_snippets() -> None:
    if not VADER_NYT.is_file():
        pytest.skip(f"VADER's NYT ground truth not found at {VADER_NYT} (it lives in ../shared)")
    ratings, compounds = [], []
    for line in VADER_NYT.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split("\t")
        if len(parts) < 3:
            continue
        ratings.append(float(parts[1]))
        compounds.append(score_text("\t".join(parts[2:])).compound)
    r = float(np.corrcoef(compounds, ratings)[0, 1])
    print(f"\nVADER vs human means on {len(ratings)} NYT editorial snippets: r = {r:.3f}")
    assert len(ratings) > 5000
    assert r >= 0.45, f"VADER/human correlation fell to {r:.3f} (paper: 0.492)"


def test_mean_interval_is_cut_to_the_range_of_the_compound_score():
    from analysis.tone import mean_interval

    wide = mean_interval([-0.9, 0.8])  # t(0.975, 1) = 12.7: unbounded this would reach about ±10
    assert wide.low == -1.0 and wide.high == 1.0
    unbounded = mean_interval([-0.9, 0.8], bounds=None)
    assert unbounded.low < -5 and unbounded.high > 5


@pytest.mark.parametrize(
    "text",
    ["", "Good news, great win.", "It was only kind of good, but NOT bad!!", "I 💘 Palmyra :)"],
)
def test_score_text_gives_vaders_own_scores(text: str) -> None:
    tone = score_text(text)
    expected = analyzer().polarity_scores(text)
    assert (tone.neg, tone.neu, tone.pos, tone.compound) == (
        expected["neg"], expected["neu"], expected["pos"], expected["compound"]
    )


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab_9'’- -.,\t\né"), max_size=40) | st.text(max_size=40))
def test_count_words_counts_what_the_word_pattern_matches(text: str) -> None:
    assert count_words(text) == len(_WORD.findall(text))
