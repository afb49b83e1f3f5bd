"""Score the tone of each voice with VADER and summarise it per speaker.

VADER (Hutto & Gilbert 2014) is a lexicon-and-rules scorer tuned on short social-media and news
texts. ``compound`` runs from -1 to 1; a unit is *positive* at ``compound >= 0.05``, *negative* at
``<= -0.05`` and *neutral* between (VADER's own thresholds, see :attr:`analysis.models.Tone.label`).
The lexicon ships with the vaderSentiment package, so nothing is downloaded. Texts are scored by
:mod:`analysis.vader_fast`, which gives VADER's scores to the last bit at a fraction of its cost;
:func:`analyzer` keeps VADER's own analyser at hand as the reference.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer  # type: ignore[import-untyped]

from analysis.models import ScoredVoice, Tone, Voice
from analysis.native import by_fields
from analysis.vader_fast import scorer

POSITIVE_THRESHOLD: Final = 0.05
NEGATIVE_THRESHOLD: Final = -0.05

# A word: letters/digits, with inner apostrophes or hyphens kept ("it's", "year-old" are one word).
_WORD: Final = re.compile(r"\w+(?:['’\-]\w+)*")

# The same words in ASCII text, by character class: a word character (what ``\w`` matches in
# ASCII) becomes "a", a joiner ("'" or "-") becomes "-", anything else a space.
_ASCII_CLASSES: Final = bytes(
    ord("a") if chr(c).isalnum() or c == ord("_") else ord("-") if chr(c) in "'-" else ord(" ")
    for c in range(128)
) + b" " * 128  # a translation table has 256 entries; only ASCII text is translated
_ASCII: Final = frozenset(map(chr, range(128)))


@functools.lru_cache(maxsize=4096)
def _separates(char: str) -> bool:
    """Whether ``char`` is neither a word character (what ``\\w`` matches: ``str.isalnum`` or
    "_") nor a joiner of ``_WORD``, so that it counts as a space."""
    return not (char.isalnum() or char == "_" or char in "'’-")


@functools.lru_cache(maxsize=1)
def analyzer() -> SentimentIntensityAnalyzer:
    """VADER's own analyser, built once (the reference :func:`score_text` is tested against)."""
    return SentimentIntensityAnalyzer()


def count_words(text: str) -> int:
    """Number of word tokens (matches of ``_WORD``).

    >>> count_words("It's 10 in the morning, Palmyra time.")
    7
    """
    # A word starts at a run of word characters unless a joiner right after a word character
    # precedes it ("year-old" is one word, "--old" or " -old" start one): counting those starts
    # over the classes costs a few byte scans instead of a regular-expression match per word.
    if text.isascii():
        classes = text.encode("ascii").translate(_ASCII_CLASSES)
    elif all(map(_separates, set(text).difference(_ASCII))):
        # Non-ASCII punctuation only ("£", "“", "–"): each becomes "?", which separates as it does.
        classes = text.encode("ascii", "replace").translate(_ASCII_CLASSES)
    else:
        return len(_WORD.findall(text))
    return (
        classes.count(b" a")
        + classes.count(b" -a")
        + classes.count(b"--a")
        + classes.startswith(b"a")
        + classes.startswith(b"-a")
    )


def score_text(text: str) -> Tone:
    """VADER's scores of ``text``; empty text scores 0 everywhere.

    The scores equal ``analyzer().polarity_scores(text)``; :mod:`analysis.vader_fast` computes them.

    >>> score_text("A significant achievement").label
    'positive'
    """
    neg, neu, pos, compound = scorer().scores(text)
    return Tone(compound=compound, pos=pos, neu=neu, neg=neg, words=count_words(text))


TONE_CACHE_SIZE: Final = 8192
"""Texts whose tones :func:`score_voices` keeps: a statement credited to two speakers jointly, or
a sentence an outlet repeats ("Bill Thompson is a regular commentator ..."), is scored once."""


@functools.lru_cache(maxsize=TONE_CACHE_SIZE)
def _cached_tone(text: str) -> Tone:
    """:func:`score_text` of ``text``, kept for the texts most recently scored (a bounded cache:
    memory does not grow with the corpus). VADER's scores depend on the text alone."""
    return score_text(text)


def score_voices(voices: Iterable[Voice]) -> list[ScoredVoice]:
    """Each voice with the tone of its text, in the order given.

    A text is scored once however many voices share it, within the article and across the
    articles scored recently (see :data:`TONE_CACHE_SIZE`).
    """
    return [ScoredVoice(voice=voice, tone=_cached_tone(voice.text)) for voice in voices]


@dataclass(frozen=True, slots=True)
class MeanInterval:
    """A mean with its two-sided confidence interval; bounds are NaN when ``n < 2``."""

    n: int
    mean: float
    low: float
    high: float

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return by_fields(self)  # compiled, it pickles through its constructor


@dataclass(frozen=True, slots=True)
class SpeakerTone:
    """One speaker's tone over all of their voices (statements, or sentences for the narrator)."""

    speaker: str
    speaker_type: str
    statements: int
    words: int
    mean_compound: float
    ci_low: float
    ci_high: float
    share_positive: float
    share_neutral: float
    share_negative: float

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return by_fields(self)  # compiled, it pickles through its constructor


def mean_interval(
    values: Sequence[float],
    *,
    confidence: float = 0.95,
    bounds: tuple[float, float] | None = (-1.0, 1.0),
) -> MeanInterval:
    """Mean of ``values`` with a Student-t confidence interval.

    The interval is ``mean ± t(confidence, n-1) · s / √n`` with ``s`` the sample standard
    deviation, cut to ``bounds``: VADER's compound lies in [-1, 1], so its mean cannot lie
    outside (with two statements, t = 12.7 would otherwise give bounds such as -4.2).
    One value says nothing about spread, so for ``n = 1`` the bounds are NaN; for
    ``n = 0`` the mean is NaN too.

    >>> m = mean_interval([0.1, 0.3, 0.5])  # t(0.975, 2) = 4.303, s = 0.2
    >>> round(m.mean, 3), round(m.low, 3), round(m.high, 3)
    (0.3, -0.197, 0.797)
    """
    if not 0 < confidence < 1:
        raise ValueError(f"confidence must be between 0 and 1 (exclusive), got {confidence!r}")
    n = len(values)
    if n == 0:
        return MeanInterval(0, math.nan, math.nan, math.nan)
    mean = math.fsum(values) / n
    if n == 1:
        return MeanInterval(1, mean, math.nan, math.nan)
    variance = math.fsum((v - mean) ** 2 for v in values) / (n - 1)
    half = t_quantile(0.5 + confidence / 2, n - 1) * math.sqrt(variance / n)
    low, high = mean - half, mean + half
    if bounds is not None:
        low, high = max(low, bounds[0]), min(high, bounds[1])
    return MeanInterval(n, mean, low, high)


def summarise_speakers(
    scored: Iterable[ScoredVoice], *, confidence: float = 0.95
) -> list[SpeakerTone]:
    """Tone per (speaker, speaker type), most statements first, then most words.

    Every voice counts once in the mean (a long quote weighs as much as a short one), so the mean
    says how a speaker's statements lean, not how their words do. Shares are of statements.
    """
    groups: dict[tuple[str, str], list[ScoredVoice]] = {}
    for item in scored:
        groups.setdefault((item.voice.speaker, item.voice.speaker_type), []).append(item)
    rows = [_summarise(speaker, kind, items, confidence) for (speaker, kind), items in groups.items()]
    rows.sort(key=lambda r: (-r.statements, -r.words, r.speaker))
    return rows


def _summarise(
    speaker: str, kind: str, items: Sequence[ScoredVoice], confidence: float
) -> SpeakerTone:
    tones = [item.tone for item in items]
    interval = mean_interval([t.compound for t in tones], confidence=confidence)
    labels = [t.label for t in tones]
    n = len(tones)
    return SpeakerTone(
        speaker=speaker,
        speaker_type=kind,
        statements=n,
        words=sum(t.words for t in tones),
        mean_compound=interval.mean,
        ci_low=interval.low,
        ci_high=interval.high,
        share_positive=labels.count("positive") / n,
        share_neutral=labels.count("neutral") / n,
        share_negative=labels.count("negative") / n,
    )


def t_quantile(p: float, df: int | float) -> float:
    """The ``p`` quantile of Student's t distribution with ``df`` degrees of freedom.

    Found by bisection on the distribution function (an incomplete beta integral), accurate to
    about 1e-10, so no statistics library is needed. The bisection looks the distribution
    function up only near the quantile: a few Newton steps find a narrow band around it first,
    and a midpoint outside the band is on the side the band says (the result is the plain
    bisection's, to the last bit, at a third of the cost).

    >>> round(t_quantile(0.975, 1), 3), round(t_quantile(0.975, 10), 3)
    (12.706, 2.228)
    """
    if not 0 < p < 1:
        raise ValueError(f"p must be between 0 and 1 (exclusive), got {p!r}")
    if df <= 0:
        raise ValueError(f"degrees of freedom must be positive, got {df!r}")
    if p == 0.5:
        return 0.0
    if p < 0.5:
        return -t_quantile(1 - p, df)
    low, high = 0.0, 1.0
    while t_cdf(high, df) < p:
        low, high = high, high * 2
    below, above = _quantile_band(p, df, low, high)
    for _ in range(200):
        middle = (low + high) / 2
        if middle < below or (middle <= above and t_cdf(middle, df) < p):
            low = middle
        else:
            high = middle
        if high - low <= 1e-12 * max(1.0, high):
            break
    return (low + high) / 2


_BANDS: Final[tuple[float, ...]] = (1e-9, 1e-7)
"""Relative half-widths of the bands :func:`_quantile_band` tries around a t quantile, narrowest
first."""
_BAND_MARGIN: Final = 1e-11
"""How far the distribution function must be from ``p`` at a band's ends: far beyond its
rounding error (about 1e-14), so every point beyond an end is on that end's side of ``p``."""


def _quantile_band(p: float, df: int | float, low: float, high: float) -> tuple[float, float]:
    """``(below, above)`` around the ``p`` quantile (between ``low`` and ``high``): at any x
    below ``below`` :func:`t_cdf` is under ``p``, at any x above ``above`` it is at least ``p``.

    Newton's method from ``low`` finds the quantile nearly; a band around it holds when the
    distribution function at its ends is clearly on either side of ``p``. Where none does (far
    in a tail, where the function is too flat to tell) the band is the whole line, and every
    midpoint of the bisection is looked up.
    """
    estimate = low if low > 0 else high / 2
    try:
        for _ in range(8):
            step = (p - t_cdf(estimate, df)) / _t_density(estimate, df)
            estimate += step
            if not low <= estimate <= high:
                return -math.inf, math.inf
            if abs(step) <= 1e-10 * estimate:
                break
        for band in _BANDS:
            below, above = estimate * (1 - band), estimate * (1 + band)
            if t_cdf(below, df) < p - _BAND_MARGIN and t_cdf(above, df) >= p + _BAND_MARGIN:
                return below, above
    except (ArithmeticError, ValueError):  # a density that underflows, far in a tail
        pass
    return -math.inf, math.inf


def _t_density(x: float, df: int | float) -> float:
    """The density of Student's t with ``df`` degrees of freedom at ``x``."""
    log_scale = math.lgamma((df + 1) / 2) - math.lgamma(df / 2) - 0.5 * math.log(df * math.pi)
    return math.exp(log_scale - (df + 1) / 2 * math.log1p(x * x / df))


def t_cdf(x: float, df: int | float) -> float:
    """P(T <= x) for Student's t with ``df`` degrees of freedom."""
    tail = 0.5 * _incomplete_beta(df / 2, 0.5, df / (df + x * x))
    return 1 - tail if x >= 0 else tail


def _incomplete_beta(a: float, b: float, x: float) -> float:
    """Regularised incomplete beta I_x(a, b) (continued fraction, as in Numerical Recipes 6.4)."""
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    log_front = (
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    )
    # The continued fraction converges fast only below the mean; use the symmetry above it.
    if x < (a + 1) / (a + b + 2):
        return math.exp(log_front) * _beta_fraction(a, b, x) / a
    return 1 - math.exp(log_front) * _beta_fraction(b, a, 1 - x) / b


def _beta_fraction(a: float, b: float, x: float) -> float:
    """The continued fraction of I_x(a, b) by the modified Lentz method, each step's two terms
    written out (the arithmetic, and so every bit of the result, is that of the textbook loop)."""
    tiny = 1e-300
    apb = a + b
    c, d = 1.0, 1 - apb * x / (a + 1)
    d = 1 / (d if d > tiny or d < -tiny else tiny)
    result = d
    for m in range(1, 500):
        am2 = a + 2 * m
        numerator = m * (b - m) * x / ((am2 - 1) * am2)
        d = 1 + numerator * d
        d = 1 / (d if d > tiny or d < -tiny else tiny)
        c = 1 + numerator / c
        c = c if c > tiny or c < -tiny else tiny
        result *= d * c
        numerator = -(a + m) * (apb + m) * x / (am2 * (am2 + 1))
        d = 1 + numerator * d
        d = 1 / (d if d > tiny or d < -tiny else tiny)
        c = 1 + numerator / c
        c = c if c > tiny or c < -tiny else tiny
        step = d * c
        result *= step
        if -1e-15 < step - 1 < 1e-15:
            break
    return result
