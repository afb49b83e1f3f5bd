"""VADER's sentiment scores, computed faster and identically.

VADER (C.J. Hutto and E.E. Gilbert, "VADER: A Parsimonious Rule-based Model for Sentiment Analysis
of Social Media Text", ICWSM 2014; MIT licence) scores a sentence from a lexicon of rated words and
a handful of rules: boosters and dampeners ("very", "kind of"), negations ("not", "n't", "no"),
"but", "least", ALL-CAPS emphasis, "!" and "?", and a few idioms. This module re-implements the
rules of vaderSentiment 3.3.2 (``SentimentIntensityAnalyzer.polarity_scores``) so that a corpus of
tens of thousands of sentences is scored several times faster, with scores equal to the last bit.

No data of VADER is copied here: the lexicon (``vader_lexicon.txt``) and the emoji descriptions
(``emoji_utf8_lexicon.txt``) are read from the installed vaderSentiment package, parsed as it parses
them, and its rule tables (``BOOSTER_DICT``, ``NEGATE``, ``SPECIAL_CASES`` and the constants) are
imported from it. What differs is only the work per sentence: the tables are built once (a lexicon
without the entries a lower-cased lookup can never reach, frozensets, idioms keyed by word tuples, a
table of punctuation amplifiers), every word is lower-cased once, text is searched for emojis only
when it is not ASCII and then by one set test instead of a dictionary test per character, and the
rules run only at the words of the lexicon (all other words score 0 in VADER whatever surrounds
them).

Scores must equal VADER's, so its quirks are kept, each marked "VADER quirk" where it is
reproduced; ``tests/test_vader_fast.py`` compares the two on hand-written cases, generated text and
the evaluation corpora.

>>> polarity_scores("VADER is VERY SMART, handsome, and FUNNY!!!")
{'neg': 0.0, 'neu': 0.233, 'pos': 0.767, 'compound': 0.9342}
"""

from __future__ import annotations

import functools
import math
import string
from collections.abc import Mapping
from pathlib import Path
from typing import Final, NamedTuple

from vaderSentiment import vaderSentiment as _vader  # type: ignore[import-untyped]

VADER_VERSION: Final = "3.3.2"
"""The vaderSentiment release whose rules this module reproduces (tests check the installed one)."""

VADER_DIR: Final = Path(_vader.__file__).resolve().parent
LEXICON_FILE: Final = VADER_DIR / "vader_lexicon.txt"
EMOJI_FILE: Final = VADER_DIR / "emoji_utf8_lexicon.txt"

_N_SCALAR: Final[float] = _vader.N_SCALAR
_C_INCR: Final[float] = _vader.C_INCR
_BOOSTERS: Final[dict[str, float]] = {k: v for k, v in _vader.BOOSTER_DICT.items() if " " not in k}
_NEGATIONS: Final = frozenset(_vader.NEGATE)
_PUNCTUATION: Final = string.punctuation
_SO_THIS: Final = ("so", "this")
_OR_NOR: Final = ("or", "nor")
_AT_VERY: Final = ("at", "very")


class Polarity(NamedTuple):
    """VADER's four scores of one text, rounded as VADER rounds them (3 places, compound 4)."""

    neg: float
    neu: float
    pos: float
    compound: float


_EMPTY: Final = Polarity(0.0, 0.0, 0.0, 0.0)
_ALL_NEUTRAL: Final = Polarity(0.0, 1.0, 0.0, 0.0)


def _ngrams(table: Mapping[str, float], size: int) -> dict[tuple[str, ...], float]:
    """The entries of ``table`` that are phrases of ``size`` words, keyed by their word tuple.

    VADER joins lower-cased tokens with one space and looks the phrase up; tokens hold no
    whitespace, so a tuple of the same tokens matches exactly the same entries.
    """
    return {
        tuple(key.split(" ")): value for key, value in table.items() if key.count(" ") == size - 1
    }


_SPECIAL_PAIRS: Final = _ngrams(_vader.SPECIAL_CASES, 2)
_SPECIAL_TRIPLES: Final = _ngrams(_vader.SPECIAL_CASES, 3)
_SPECIAL_FIRSTS: Final = frozenset(key[0] for key in (*_SPECIAL_PAIRS, *_SPECIAL_TRIPLES))
_BOOSTER_PAIRS: Final = _ngrams(_vader.BOOSTER_DICT, 2)
_BOOSTER_TRIPLES: Final = _ngrams(_vader.BOOSTER_DICT, 3)
_BOOSTER_FIRSTS: Final = frozenset(key[0] for key in (*_BOOSTER_PAIRS, *_BOOSTER_TRIPLES))


def _punctuation_amplifier(exclamations: int, questions: int) -> float:
    """VADER's emphasis from "!" (0.292 each, at most 4) and "?" (0.18 each for 2 or 3, else 0.96).

    Computed as VADER's ``_amplify_ep(text) + _amplify_qm(text)`` computes it, so the sums are the
    same floats.
    """
    ep_amplifier = min(exclamations, 4) * 0.292
    qm_amplifier = 0.0
    if questions > 1:
        qm_amplifier = questions * 0.18 if questions <= 3 else 0.96
    return ep_amplifier + qm_amplifier


# Counts above 4 amplify as 4 does, so 5 × 5 sums cover every text.
_AMPLIFIERS: Final = tuple(tuple(_punctuation_amplifier(e, q) for q in range(5)) for e in range(5))


def read_lexicon(path: Path = LEXICON_FILE) -> dict[str, float]:
    """Word → valence, parsed as ``SentimentIntensityAnalyzer.make_lex_dict`` parses the file.

    The result equals VADER's own ``lexicon`` attribute, entries it can never reach included.
    """
    # No newline translation, as with VADER's codecs.open: a stray "\r" stays inside its line.
    with path.open(encoding="utf-8", newline="") as handle:
        content = handle.read()
    lexicon: dict[str, float] = {}
    for line in content.rstrip("\n").split("\n"):
        if not line:
            continue
        word, measure = line.strip().split("\t")[0:2]
        lexicon[word] = float(measure)
    return lexicon


def read_emojis(path: Path = EMOJI_FILE) -> dict[str, str]:
    """Emoji → description, parsed as ``SentimentIntensityAnalyzer.make_emoji_dict`` parses it.

    The result equals VADER's own ``emojis`` attribute.
    """
    with path.open(encoding="utf-8", newline="") as handle:
        content = handle.read()
    emojis: dict[str, str] = {}
    for line in content.rstrip("\n").split("\n"):
        emoji, description = line.strip().split("\t")[0:2]
        emojis[emoji] = description
    return emojis


class VaderScorer:
    """VADER 3.3.2's ``polarity_scores``, with its tables built once.

    >>> VaderScorer().scores("The book was only kind of good.")
    Polarity(neg=0.0, neu=0.697, pos=0.303, compound=0.3832)
    """

    def __init__(
        self, lexicon: Mapping[str, float] | None = None, emojis: Mapping[str, str] | None = None
    ) -> None:
        full = read_lexicon() if lexicon is None else lexicon
        # VADER looks words up lower-cased, so entries that are not lower case (":D", "O_o") can
        # never match; leaving them out changes no lookup (and ":d" has an entry of its own).
        self._lexicon = {w: v for w, v in full.items() if w == w.lower()}
        # VADER skips a booster before it looks the word up, so boosters never score themselves.
        self._scorable = {w: v for w, v in self._lexicon.items() if w not in _BOOSTERS}
        # VADER quirk: "least" negates only when it is not itself a lexicon word.
        self._least_negates = "least" not in self._lexicon
        # VADER replaces the text character by character, so an entry of several code points
        # (a flag, a skin tone) never matches as a whole: only one-character entries matter.
        every = read_emojis() if emojis is None else emojis
        self._emojis = {e: d for e, d in every.items() if len(e) == 1}
        self._emoji_chars = frozenset(self._emojis)
        if any(emoji.isascii() for emoji in self._emojis):
            # Scores skip the emoji search for ASCII text, which is sound only without these.
            raise ValueError("an emoji table with ASCII entries is not supported")

    def polarity_scores(self, text: str) -> dict[str, float]:
        """The dictionary ``SentimentIntensityAnalyzer().polarity_scores(text)`` returns.

        >>> VaderScorer().polarity_scores("Not bad at all")
        {'neg': 0.0, 'neu': 0.513, 'pos': 0.487, 'compound': 0.431}
        """
        return self.scores(text)._asdict()

    def scores(self, text: str) -> Polarity:
        """VADER's neg, neu, pos and compound scores of ``text`` (all 0.0 when it has no words)."""
        if not text.isascii() and not self._emoji_chars.isdisjoint(text):
            text = self.describe_emojis(text)
        words = _tokens(text)
        if not words:
            return _EMPTY
        # Tokens hold no whitespace, and lower-casing adds none and looks across none (not even
        # for a Greek final sigma), so one call lower-cases the words as VADER's call per word does.
        lowers = " ".join(words).lower().split(" ")
        scorable = self._scorable
        hits = [i for i, lower in enumerate(lowers) if lower in scorable]
        if not hits:
            return _ALL_NEUTRAL
        # VADER's allcap_differential: emphasis counts only when some, but not all, words are CAPS.
        is_cap_diff = 0 < sum(map(str.isupper, words)) < len(words)
        positions, valences = self._valences(hits, words, lowers, is_cap_diff)
        if not valences:
            return _ALL_NEUTRAL
        if "but" in lowers:
            _but_check(positions, valences, lowers.index("but"))
        return _summarise(valences, len(words), text)

    def describe_emojis(self, text: str) -> str:
        """``text`` with each emoji replaced by its description, as VADER replaces it.

        VADER quirk: a space goes before a description unless the text starts there or the
        character before is a space (a tab or newline does not count), and never after it, so
        "I 💘you" reads "I heart with arrowyou".
        """
        emojis = self._emojis
        parts: list[str] = []
        for index, char in enumerate(text):
            description = emojis.get(char)
            if description is None:
                parts.append(char)
            elif index == 0 or text[index - 1] == " ":
                parts.append(description)
            else:
                parts.append(" " + description)
        return "".join(parts)

    def _valences(
        self, hits: list[int], words: list[str], lowers: list[str], is_cap_diff: bool
    ) -> tuple[list[int], list[float]]:
        """Positions and valences of the words that score non-zero, in text order.

        ``hits`` are the positions of the words the lexicon scores: every other word scores 0 in
        VADER whatever surrounds it, so neither its value nor its position is needed.
        """
        scorable = self._scorable
        last = len(lowers) - 1
        positions: list[int] = []
        valences: list[float] = []
        for i in hits:
            lower = lowers[i]
            # VADER skips "kind" before "of": the phrase is a dampener, not the lexicon's "kind".
            if lower == "kind" and i < last and lowers[i + 1] == "of":
                continue
            valence = self._valence(i, scorable[lower], words, lowers, is_cap_diff)
            if valence:
                positions.append(i)
                valences.append(valence)
        return positions, valences

    def _valence(
        self, i: int, base: float, words: list[str], lowers: list[str], is_cap_diff: bool
    ) -> float:
        """The valence VADER's ``sentiment_valence`` gives the lexicon word at ``i``.

        Where VADER adds a scalar of 0.0 for a preceding word that is no booster, nothing is added:
        a non-zero valence stays the same float, and a zero one stays zero (VADER's 0.0 for -0.0
        is a difference no score shows).
        """
        lexicon = self._lexicon
        valence = base
        if lowers[i] == "no" and i != len(lowers) - 1 and lowers[i + 1] in lexicon:
            valence = 0.0  # "no" before a lexicon word negates it instead of scoring itself
        if (
            (i > 0 and lowers[i - 1] == "no")
            or (i > 1 and lowers[i - 2] == "no")
            or (i > 2 and lowers[i - 3] == "no" and lowers[i - 1] in _OR_NOR)
        ):
            valence = base * _N_SCALAR
        if is_cap_diff and words[i].isupper():
            # VADER quirk: a valence of exactly 0 (a "no" before a lexicon word) is pushed negative.
            valence = valence + _C_INCR if valence > 0 else valence - _C_INCR
        if i > 0:
            w1 = lowers[i - 1]
            if w1 not in lexicon:
                if w1 in _BOOSTERS:
                    valence = valence + _booster_scalar(words[i - 1], w1, valence, is_cap_diff)
                if w1 in _NEGATIONS or "n't" in w1:
                    valence = valence * _N_SCALAR
            if i > 1:
                valence = self._two_back(i, valence, words, lowers, is_cap_diff)
                if i > 2 and lowers[i - 3] not in lexicon:
                    valence = self._three_back(i, valence, words, lowers, is_cap_diff)
            if self._least_negates and w1 == "least" and not (i > 1 and lowers[i - 2] in _AT_VERY):
                valence = valence * _N_SCALAR  # "least good" but not "at least good"
        return valence

    def _two_back(
        self, i: int, valence: float, words: list[str], lowers: list[str], is_cap_diff: bool
    ) -> float:
        """The booster and negation rules for the word two before ``i`` (VADER's ``start_i == 1``).
        """
        w2 = lowers[i - 2]
        if w2 in self._lexicon:
            return valence
        if w2 in _BOOSTERS:
            scalar = _booster_scalar(words[i - 2], w2, valence, is_cap_diff)
            if scalar != 0:
                valence = valence + scalar * 0.95
        w1 = lowers[i - 1]
        if w2 == "never" and w1 in _SO_THIS:
            return valence * 1.25  # "never so good" is emphatic, not negated
        if w2 == "without" and w1 == "doubt":
            return valence  # "without doubt" does not negate
        if w2 in _NEGATIONS or "n't" in w2:
            return valence * _N_SCALAR
        return valence

    def _three_back(
        self, i: int, valence: float, words: list[str], lowers: list[str], is_cap_diff: bool
    ) -> float:
        """The booster, negation and idiom rules for the word three before ``i`` (``start_i == 2``).
        """
        w3, w2, w1 = lowers[i - 3], lowers[i - 2], lowers[i - 1]
        if w3 in _BOOSTERS:
            scalar = _booster_scalar(words[i - 3], w3, valence, is_cap_diff)
            if scalar != 0:
                valence = valence + scalar * 0.9
        # VADER quirk: operator precedence makes "so" or "this" just before the word emphatic
        # on its own, whatever comes three before.
        if (w3 == "never" and w2 in _SO_THIS) or w1 in _SO_THIS:
            valence = valence * 1.25
        elif w3 == "without" and (w2 == "doubt" or w1 == "doubt"):
            pass
        elif w3 in _NEGATIONS or "n't" in w3:
            valence = valence * _N_SCALAR
        return _special_idioms(valence, i, lowers)


def _tokens(text: str) -> list[str]:
    """VADER's ``SentiText`` words: split on whitespace, ASCII punctuation stripped from both ends.

    VADER quirk: a token that stripping would leave with two characters or fewer is kept whole,
    so ":)" and "<3" survive, and so do "ok!" and "(a)".
    """
    # ``strip`` returns the very token when there is nothing to strip, the case of most words,
    # and a token stripped of nothing needs no length test (it was kept whole either way).
    return [
        stripped if (stripped := word.strip(_PUNCTUATION)) is word or len(stripped) > 2 else word
        for word in text.split()
    ]


def _booster_scalar(word: str, lower: str, valence: float, is_cap_diff: bool) -> float:
    """VADER's ``scalar_inc_dec`` for a booster ``word`` before a word of ``valence``."""
    scalar = _BOOSTERS[lower]
    if valence < 0:
        scalar *= -1
    if is_cap_diff and word.isupper():
        scalar = scalar + _C_INCR if valence > 0 else scalar - _C_INCR
    return scalar


def _special_idioms(valence: float, i: int, lowers: list[str]) -> float:
    """VADER's ``_special_idioms_check`` at the lexicon word ``i`` (which has ``i >= 3``).

    VADER quirks: an idiom ("the bomb", "yeah right") replaces the valence rather than adjusting
    it; a phrase starting at the word itself overrides one ending there; and a dampening phrase
    ("kind of" two or three words back) adds its -0.293 whatever the valence's sign.
    """
    w3, w2, w1, w0 = lowers[i - 3], lowers[i - 2], lowers[i - 1], lowers[i]
    found = None
    # VADER tries, in order: w1 w0, w2 w1 w0, w2 w1, w3 w2 w1, w3 w2; the first hit wins.
    if w1 in _SPECIAL_FIRSTS:
        found = _SPECIAL_PAIRS.get((w1, w0))
    if found is None and w2 in _SPECIAL_FIRSTS:
        found = _SPECIAL_TRIPLES.get((w2, w1, w0))
        if found is None:
            found = _SPECIAL_PAIRS.get((w2, w1))
    if found is None and w3 in _SPECIAL_FIRSTS:
        found = _SPECIAL_TRIPLES.get((w3, w2, w1))
        if found is None:
            found = _SPECIAL_PAIRS.get((w3, w2))
    if found is not None:
        valence = found
    if w0 in _SPECIAL_FIRSTS:
        last = len(lowers) - 1
        if last > i:
            found = _SPECIAL_PAIRS.get((w0, lowers[i + 1]))
            if found is not None:
                valence = found
        if last > i + 1:
            found = _SPECIAL_TRIPLES.get((w0, lowers[i + 1], lowers[i + 2]))
            if found is not None:
                valence = found
    if w3 in _BOOSTER_FIRSTS:
        if (w3, w2, w1) in _BOOSTER_TRIPLES:
            valence = valence + _BOOSTER_TRIPLES[(w3, w2, w1)]
        if (w3, w2) in _BOOSTER_PAIRS:
            valence = valence + _BOOSTER_PAIRS[(w3, w2)]
    if w2 in _BOOSTER_FIRSTS and (w2, w1) in _BOOSTER_PAIRS:
        valence = valence + _BOOSTER_PAIRS[(w2, w1)]
    return valence


def _but_check(positions: list[int], valences: list[float], but: int) -> None:
    """VADER's ``_but_check``, in place: halve valences before the first "but", raise those after.

    VADER quirk: it finds each valence again with ``list.index``, i.e. by value, in a list it is
    rewriting; so of two equal valences the first is scaled twice and the second not at all, and a
    value scaled into one seen later is scaled again. The same search over the non-zero valences
    gives the same result (zeros never equal a non-zero value, and scaling a zero leaves a zero).
    """
    for sentiment in valences:  # as VADER, iterate over the list being rewritten
        si = valences.index(sentiment)
        if positions[si] < but:
            valences[si] = sentiment * 0.5
        elif positions[si] > but:
            valences[si] = sentiment * 1.5


def _summarise(valences: list[float], words: int, text: str) -> Polarity:
    """VADER's ``score_valence``: the four scores from the non-zero valences of ``words`` words."""
    # The zeros VADER also sums change neither the sum nor its rounding, so they are left out.
    sum_s = float(sum(valences))
    pos_sum = 0.0
    neg_sum = 0.0
    for valence in valences:
        if valence > 0:
            pos_sum += float(valence) + 1  # VADER counts a neutral word as 1, so adds 1 to each
        else:  # only non-zero valences are kept
            neg_sum += float(valence) - 1
    neutral = words - len(valences)
    exclamations = text.count("!")
    questions = text.count("?")
    if exclamations or questions > 1:  # else the amplifier is 0.0, which changes no sum
        amplifier = _AMPLIFIERS[min(exclamations, 4)][min(questions, 4)]
        if sum_s > 0:
            sum_s += amplifier
        elif sum_s < 0:
            sum_s -= amplifier
        if pos_sum > math.fabs(neg_sum):
            pos_sum += amplifier
        elif pos_sum < math.fabs(neg_sum):
            neg_sum -= amplifier
    total = pos_sum + math.fabs(neg_sum) + neutral
    return Polarity(
        round(math.fabs(neg_sum / total), 3),
        round(math.fabs(neutral / total), 3),
        round(math.fabs(pos_sum / total), 3),
        round(_normalize(sum_s), 4),
    )


def _normalize(score: float, alpha: float = 15) -> float:
    """VADER's ``normalize``: ``score / sqrt(score² + alpha)``, kept within [-1, 1]."""
    norm_score = score / math.sqrt((score * score) + alpha)
    if norm_score < -1.0:
        return -1.0
    if norm_score > 1.0:
        return 1.0
    return norm_score


@functools.lru_cache(maxsize=1)
def scorer() -> VaderScorer:
    """The one :class:`VaderScorer` of the process (building it reads VADER's lexicon files)."""
    return VaderScorer()


def polarity_scores(text: str) -> dict[str, float]:
    """``SentimentIntensityAnalyzer().polarity_scores(text)``, computed by the shared scorer.

    >>> polarity_scores("At least it isn't a horrible book.")
    {'neg': 0.0, 'neu': 0.678, 'pos': 0.322, 'compound': 0.431}
    """
    return scorer().scores(text)._asdict()
