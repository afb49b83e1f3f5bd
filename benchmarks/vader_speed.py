"""Speed of the fast VADER scorer against vaderSentiment over the BBC News corpus sentences.

    python benchmarks/vader_speed.py                 # 3 rounds (about 30 s on one core)
    python benchmarks/vader_speed.py --rounds 5      # more rounds, steadier minima
    python benchmarks/vader_speed.py --no-check      # skip the score comparison

Segments every article of the corpus into sentences (``analysis.segment``), then times, in CPU
seconds (``time.process_time``, the best of ``--rounds`` interleaved rounds):

(a) ``SentimentIntensityAnalyzer().polarity_scores`` over every sentence (the reference);
(b) ``analysis.vader_fast`` 's scorer over the same sentences, and the ratio time(a) / time(b)
    (floor: ≥ 2.5);
(c) the tone stage's ``analysis.tone.score_text`` (scores, word count and record), and the ratio
    time(a) / time(c) (floor: ≥ 1, the stage may cost no more than a bare VADER pass);

then compares the scores of (a) and (b) sentence by sentence (floor: none differ). Words are
counted by ``analysis.tone.count_words``. Exits 1 naming each floor missed.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis.config import BBC_CORPUS  # noqa: E402
from analysis.load import LoadFailure, iter_corpus  # noqa: E402
from analysis.segment import segment  # noqa: E402
from analysis.tone import analyzer, count_words, score_text  # noqa: E402
from analysis.vader_fast import scorer  # noqa: E402

MIN_SCORER_RATIO = 2.5
MIN_STAGE_RATIO = 1.0


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=BBC_CORPUS,
                        help="a corpus (folder, JSONL, CSV, Parquet)")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds; the best counts")
    parser.add_argument("--no-check", action="store_true", help="skip comparing the scores")
    return parser.parse_args(argv)


def corpus_sentences(corpus: Path) -> list[str]:
    """The text of every sentence of every readable article of ``corpus``, in corpus order."""
    return [
        sentence.text
        for article in iter_corpus(corpus)
        if not isinstance(article, LoadFailure)
        for sentence in segment(article).sentences
    ]


def best_cpu_seconds(passes: dict[str, Callable[[str], object]], texts: Sequence[str],
                     rounds: int) -> dict[str, float]:
    """The least CPU time each pass took over ``texts``, the passes interleaved round by round."""
    best = {name: float("inf") for name in passes}
    for _ in range(rounds):
        for name, function in passes.items():
            started = time.process_time()
            for text in texts:
                function(text)
            best[name] = min(best[name], time.process_time() - started)
    return best


def differences(texts: Sequence[str]) -> tuple[int, float]:
    """How many texts the fast scorer scores differently from VADER, and the largest difference.

    Scores count as equal only when they are the same floats bit for bit (``float.hex``).
    """
    reference = analyzer().polarity_scores
    fast = scorer().polarity_scores
    differing, largest = 0, 0.0
    for text in texts:
        expected, got = reference(text), fast(text)
        if [(k, float.hex(v)) for k, v in got.items()] != [
            (k, float.hex(v)) for k, v in expected.items()
        ]:
            differing += 1
            largest = max(largest, *(abs(got[key] - expected[key]) for key in expected))
    return differing, largest


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    texts = corpus_sentences(args.corpus)
    words = sum(map(count_words, texts))
    print(f"{len(texts):,} sentences, {words:,} words from {args.corpus}")
    seconds = best_cpu_seconds(
        {
            "vaderSentiment": analyzer().polarity_scores,
            "vader_fast": scorer().scores,
            "tone.score_text": score_text,
        },
        texts,
        args.rounds,
    )
    reference = seconds["vaderSentiment"]
    for name, taken in seconds.items():
        print(f"{name:>16}: {taken:6.2f} s CPU = {words / taken:>10,.0f} words/s "
              f"= {taken / len(texts) * 1e6:5.1f} µs/sentence; speed × {reference / taken:.2f}")
    missed = []
    scorer_ratio = reference / seconds["vader_fast"]
    stage_ratio = reference / seconds["tone.score_text"]
    if scorer_ratio < MIN_SCORER_RATIO:
        missed.append(f"vader_fast runs {scorer_ratio:.2f}× VADER's speed "
                      f"(floor {MIN_SCORER_RATIO}×)")
    if stage_ratio < MIN_STAGE_RATIO:
        missed.append(f"the tone stage runs {stage_ratio:.2f}× VADER's speed "
                      f"(floor {MIN_STAGE_RATIO}×)")
    if not args.no_check:
        differing, largest = differences(texts)
        print(f"scores compared on {len(texts):,} sentences: {differing} differ "
              f"(largest difference {largest})")
        if differing:
            missed.append(f"{differing} sentences score differently from VADER")
    print(f"best of {args.rounds} rounds; ratios are time(vaderSentiment) / time(pass)")
    for line in missed:
        print(f"FLOOR MISSED: {line}")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
