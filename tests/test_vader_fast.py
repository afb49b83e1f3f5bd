"""The fast VADER scorer gives vaderSentiment's scores, bit for bit.

Every test compares :mod:`analysis.vader_fast` with ``SentimentIntensityAnalyzer.polarity_scores``
(the reference, :func:`analysis.tone.analyzer`): on sentences written to hit each rule and quirk,
on generated text, and on the evaluation corpora beside the checkout.
"""

from __future__ import annotations

import itertools
import time
from importlib.metadata import version

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from vaderSentiment.vaderSentiment import BOOSTER_DICT, NEGATE, SPECIAL_CASES

from analysis.config import BBC_CORPUS, VADER_NYT
from analysis.load import LoadFailure, iter_corpus
from analysis.segment import segment
from analysis.tone import analyzer
from analysis.vader_fast import (
    VADER_VERSION,
    Polarity,
    VaderScorer,
    polarity_scores,
    read_emojis,
    read_lexicon,
    scorer,
)


def bits(scores: dict[str, float]) -> list[tuple[str, str]]:
    """The scores with each float spelled exactly (``-0.0`` and ``0.0`` differ), keys in order."""
    return [(key, float.hex(value)) for key, value in scores.items()]


def assert_same_as_vader(text: str) -> None:
    expected = analyzer().polarity_scores(text)
    assert bits(polarity_scores(text)) == bits(expected), f"{text!r}: VADER gives {expected}"


def test_the_installed_vader_is_the_release_reproduced() -> None:
    assert version("vaderSentiment") == VADER_VERSION


def test_lexicon_and_emojis_are_read_as_vader_reads_them() -> None:
    assert read_lexicon() == analyzer().lexicon
    assert read_emojis() == analyzer().emojis


def test_scores_is_the_dictionary_as_a_tuple() -> None:
    text = "A truly great day :)"
    assert scorer().scores(text) == Polarity(**polarity_scores(text))
    assert scorer() is scorer()


RULES = {
    # plain lexicon words, sentence shapes
    "positive": "VADER is smart, handsome, and funny.",
    "negative": "The heaviest losses and a terrible massacre.",
    "neutral": "The town is in the desert.",
    "single word": "good",
    "repeated word": "good good good good",
    # negation
    "not": "VADER is not smart, handsome, nor funny.",
    "contraction": "At least it isn't a horrible book.",
    "n't inside a word": "It wouldn't've been good.",
    "negation two back": "It is not really a good plan.",
    "negation three back": "It is not the very good plan.",
    "never": "Sentiment analysis has never been good.",
    "never so": "Sentiment analysis has never so good a tool.",
    "never this": "Sentiment analysis has never been this good!",
    "so just before": "It was so good, they said, and this bad.",
    "without doubt": "Without a doubt, excellent idea.",
    "without doubt two back": "Without doubt excellent.",
    "without any doubt": "Without any doubt, an excellent idea.",
    "no before a lexicon word": "There is no good reason.",
    "no alone": "No, the answer is no",
    "no at the end": "I said no",
    "no or": "No joy or hope here.",
    "no nor": "no love nor peace",
    "not no": "It is not no good.",
    "despite": "Despite good reviews the film failed.",
    # boosters and dampeners
    "booster": "VADER is very smart, handsome, and funny.",
    "booster before negative": "The attack was extremely brutal.",
    "booster two back": "It is very much good.",
    "booster three back": "Truly, very, much, so good.",
    "dampener": "The results were slightly better.",
    "kind of": "The book was only kind of good.",
    "kind of at the end": "What a kind of",
    "kind alone": "She was kind.",
    "kind kind of": "kind kind of kind",
    "sort of three back": "It was sort of a nice day.",
    "just enough": "It was just enough fun to win.",
    "kinda": "Today only kinda sux! But I'll get by, lol",
    # least
    "least": "Roger Dodger is one of the least compelling variations on this theme.",
    "at least": "Roger Dodger is at least compelling as a variation on the theme.",
    "very least": "the very least good thing",
    "least first": "least good",
    # but
    "but": "The plot was good, but the characters are uncompelling and the dialog is not great.",
    "but with equal valences": "good good but good good",
    "but scaling into a later value": "great good but bad great good",
    "but finding a halved value again": "kind words, but yeah",
    "two buts": "Good, but bad, but fine.",
    "BUT in capitals": "Nice weather BUT a terrible day",
    "but first": "But it is good",
    "but last": "It is good but",
    # capitals
    "ALL CAPS word": "VADER is VERY SMART, handsome, and FUNNY.",
    "ALL CAPS everything": "VADER IS VERY SMART AND FUNNY",
    "ALL CAPS booster": "The food was VERY good but the service was not.",
    "ALL CAPS dampener": "The food was SLIGHTLY good.",
    "ALL CAPS negative": "Today SUX!",
    "ALL CAPS no": "NO GOOD reason at all",
    "mixed case": "ViCtOrY was GrEaT",
    # punctuation emphasis
    "one !": "Good!",
    "!!!!": "Good!!!!",
    "many !": "Awful!!!!!!!!!",
    "??": "Good??",
    "???": "Good???",
    "????": "Good????",
    "! and ?": "Really good?!?!",
    "punctuation without sentiment": "What?? Where!!!",
    # punctuation stripping
    "stripped word": "'good', (great) and \"fine\".",
    "short token kept whole": "It is ok! ok, ok.",
    "all punctuation token": "... --- !!! ??? :-) ... good",
    # emoticons and emojis
    "emoticons": "Make sure you :) or :D today!",
    "sad emoticon": "I failed :-(",
    "heart emoticon": "I <3 this city",
    "emojis": "Catch utf-8 emoji such as 💘 and 💋 and 😁",
    "emoji glued to a word": "I love you💘so much😁!",
    "emoji after a tab": "Great\t😁 day",
    "emoji at the start": "😁 good",
    "consecutive emojis": "😁😁😁",
    "flag emoji": "Go team 🇬🇧 🇫🇷!",
    "emoji with ! in its description": "🔛 now",
    # idioms
    "the bomb": "This new phone is the bomb.",
    "the shit": "With VADER, sentiment analysis is the shit!",
    "bad ass": "On the other hand, VADER is quite bad ass",
    "badass": "VADER is such a badass!",
    "cut the mustard": "The team cannot cut the mustard.",
    "kiss of death": "That loan was the kiss of death for the firm.",
    "to die for": "The cake was to die for.",
    "yeah right": "Yeah right, that was a great idea.",
    "beating heart": "a beating heart of the city",
    "bus stop": "We waited at the bus stop for hours",
    "idiom after the word": "He said bad ass words",
    # odd input
    "empty": "",
    "whitespace only": " \t\n ",
    "only punctuation": "!?!?.,;:",
    "non-ASCII": "Über café naïve résumé — “good” ’excellent’ 東京 İstanbul ΟΔΟΣ",
    "greek final sigma": "ΟΔΟΣ good ΣΟΦΟΣ.",
    "unicode spaces": "good\u00a0day\u2003bad\u3000news",
    "long text": " ".join(
        ["The talks were good, but not great!"] * 40 + ["Never so bad; kind of nice :)"] * 40
    ),
}


@pytest.mark.parametrize("text", RULES.values(), ids=RULES.keys())
def test_scores_equal_vader_on_each_rule(text: str) -> None:
    assert_same_as_vader(text)


def test_vader_demo_sentences_score_as_in_vader() -> None:
    demo = [
        "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!",
        "Most automated sentiment analysis tools are shit.",
        "Other sentiment analysis tools can be quite bad.",
        "Roger Dodger is one of the most compelling variations on this theme.",
        "Not such a badass after all.",
        "It was one of the worst movies I've seen, despite good reviews.",
        "Unbelievably bad acting!!",
        "VERY BAD movie!",
    ]
    for text in demo:
        assert_same_as_vader(text)


def test_empty_text_scores_zero_and_wordless_text_neutral() -> None:
    assert scorer().scores("") == Polarity(0.0, 0.0, 0.0, 0.0)
    assert scorer().scores("the town") == Polarity(0.0, 1.0, 0.0, 0.0)


def test_an_emoji_table_with_ascii_entries_is_refused() -> None:
    with pytest.raises(ValueError, match="ASCII"):
        VaderScorer(emojis={":": "colon"})


def test_emojis_are_described_with_vaders_spacing() -> None:
    described = scorer().describe_emojis("I 💘you\t😁")
    assert described == "I heart with arrowyou\t beaming face with smiling eyes"


# --- generated text ------------------------------------------------------------------------------

_LEXICON = sorted(read_lexicon())
_EMOJIS = sorted(read_emojis())
# A few lexicon words drawn often, so that valences repeat or halve one another ("kind" 2.4,
# "yeah" 1.2: VADER's "but" finds them by value) and idioms' own lexicon words meet their partners.
_COMMON = ["good", "bad", "great", "love", "hate", "war", "win", "kind", "no", "nice", "sad",
           "ok", "best", "worst", "death", "heart", "shit", "bomb", "ass", "stop", "doubt", "yeah",
           "kiss", "beating", "die", "lol", "sux", ":)", "<3"]
_RULE_WORDS = sorted(
    {*NEGATE, *BOOSTER_DICT, *" ".join(SPECIAL_CASES).split(), "no", "or", "nor", "least", "at",
     "very", "never", "so", "this", "without", "doubt", "but", "kind", "of", "sort", "just",
     "enough", "cut", "the", "mustard", "isn't", "n't", "don't", "I", "a"}
)
_PHRASES = ["kind of", "sort of", "just enough", "at least", "very least", "never so",
            "never this", "without doubt", "without a doubt", "no good or bad", "no love nor hope",
            "not no", "the bomb", "the shit", "bad ass", "kiss of death", "to die for",
            "yeah right", "bus stop", "beating heart", "cut the mustard", "but", "BUT", "so", "this",
            "least"]
_SYMBOLS = [":)", ":-(", "<3", ":D", ":d", "!", "!!", "?", "??", "...", "-", "'", "(", ")", '"',
            ",", "😁", "💘", "🔛", "🇬🇧", "©", "İ", "Σ", "ς", "’", "—", "é"]
_AFFIXES = ["", "", "", "", "", "!", "?", ".", ",", "'", '"', "(", ")", "!!", "?!", "...", ":"]
_SEPARATORS = [" "] * 8 + ["  ", "\t", "\n", "", "\u00a0", "\u2003", "\x1c"]


def _shape(word: str, case: str, prefix: str, suffix: str) -> str:
    cased = {"upper": word.upper(), "title": word.title(), "lower": word.lower()}.get(case, word)
    return prefix + cased + suffix


_words = st.one_of(
    st.sampled_from(_COMMON),
    st.sampled_from(_COMMON),
    st.sampled_from(_RULE_WORDS),
    st.sampled_from(_RULE_WORDS),
    st.sampled_from(_PHRASES),
    st.sampled_from(_LEXICON),
    st.sampled_from(_EMOJIS),
    st.sampled_from(_SYMBOLS),
    st.text(max_size=3),
)
_tokens = st.builds(
    _shape,
    _words,
    st.sampled_from(["as is"] * 6 + ["upper", "upper", "title", "lower"]),
    st.sampled_from(_AFFIXES),
    st.sampled_from(_AFFIXES),
)
_texts = st.lists(st.tuples(_tokens, st.sampled_from(_SEPARATORS)), max_size=30).map(
    lambda parts: "".join(token + separator for token, separator in parts)
)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts)
def test_scores_equal_vader_on_generated_text(text: str) -> None:
    assert_same_as_vader(text)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=200))
def test_scores_equal_vader_on_arbitrary_unicode(text: str) -> None:
    assert_same_as_vader(text)


# --- the evaluation corpora ----------------------------------------------------------------------


def _nyt_snippets() -> list[str]:
    snippets = []
    for line in VADER_NYT.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split("\t")
        if len(parts) >= 3:
            snippets.append("\t".join(parts[2:]))
    return snippets


def _bbc_sentences(articles: int) -> list[str]:
    records = itertools.islice(iter_corpus(BBC_CORPUS), articles)
    return [s.text for a in records if not isinstance(a, LoadFailure) for s in segment(a).sentences]


def test_scores_equal_vader_on_nyt_snippets_and_bbc_sentences() -> None:
    if not VADER_NYT.is_file() or not BBC_CORPUS.is_dir():
        pytest.skip(f"the evaluation corpora ({VADER_NYT}, {BBC_CORPUS}) live in ../shared")
    started = time.process_time()
    texts = _nyt_snippets() + _bbc_sentences(300)
    reference = analyzer().polarity_scores
    differing = [t for t in texts if bits(polarity_scores(t)) != bits(reference(t))]
    worst = max(
        (abs(polarity_scores(t)[k] - v) for t in differing for k, v in reference(t).items()),
        default=0.0,
    )
    print(f"\n{len(texts)} texts compared in {time.process_time() - started:.1f} s CPU: "
          f"{len(differing)} differ, largest difference {worst}")
    assert len(texts) > 10_000
    assert not differing, f"{len(differing)} texts score differently, first: {differing[:3]}"
