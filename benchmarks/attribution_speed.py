"""Attribution alone against a bare VADER pass over the same sentences, side by side in one run.

    python benchmarks/attribution_speed.py [--limit N] [--repeat 5]

Reads the BBC News corpus beside the checkout (``../shared/corpora/bbc-news``), segments each
article, then times (a) attribution: segmentation plus :func:`analysis.attribute.attribute`, and
(b) vaderSentiment's ``polarity_scores`` on every sentence of the same articles. Both are timed in
CPU seconds of this process (``time.process_time``), in ``--repeat`` pairs of rounds, one of each
side by side, so a burst of load on the shared machine falls on both sides of a pair; the ratio
reported is the median of the pairs' ratios, and the rates are the best rounds. Every round is a
first pass: the answers the pipeline keeps per phrase, name or sentence (its ``lru_cache`` tables
and the actor matchers' answers) are emptied before each one, so no round is sped up by the articles an
earlier round already read. Prints both rates in words per second and the ratios; exits 1 when
attribution is slower than VADER (median ratio < 1.0), or with ``--min-ratio`` another floor.
"""

from __future__ import annotations

import argparse
import functools
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis import native  # noqa: E402
from analysis.actors import load_actors  # noqa: E402
from analysis.attribute import attribute  # noqa: E402
from analysis.config import BBC_CORPUS  # noqa: E402
from analysis.load import LoadFailure, iter_corpus  # noqa: E402
from analysis.segment import segment  # noqa: E402


def clear_text_caches() -> int:
    """Empty every table of answers kept per input text in the ``analysis`` package.

    These are the ``lru_cache`` tables larger than a handful of entries (loaders of shipped
    lexicons keep theirs) and the answers the per-actor-list matchers keep per text (the patterns
    compiled from the list stay, as VADER's lexicon does: loading is no part of either pass).
    Returns how many were emptied.
    """
    cleared = 0
    for name, module in list(sys.modules.items()):
        if not (name == "analysis" or name.startswith("analysis.")) or module is None:
            continue
        for value in vars(module).values():
            if isinstance(value, functools._lru_cache_wrapper):
                size = value.cache_info().maxsize
                if size is None or size >= 1024:
                    value.cache_clear()
                    cleared += 1
    from analysis import actors

    actors.forget_answers()
    return cleared + 1


def _timed(fn, *, cold: bool = False) -> float:
    """CPU seconds of one call of ``fn``; ``cold`` empties the text caches first."""
    if cold:
        clear_text_caches()
    started = time.process_time()
    fn()
    return time.process_time() - started


def _pairs(attribution, vader, repeat: int) -> list[tuple[float, float]]:
    """``repeat`` pairs of (attribution, VADER) CPU seconds, each pair's rounds run one after the other."""
    return [(_timed(attribution, cold=True), _timed(vader)) for _ in range(repeat)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=BBC_CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--repeat", type=int, default=5, help="pairs of rounds; the median ratio is kept")
    parser.add_argument("--min-ratio", type=float, default=1.0, help="floor of attribution/VADER speed")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}; nothing to measure", file=sys.stderr)
        return 2

    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    articles = [a for a in iter_corpus(args.corpus) if not isinstance(a, LoadFailure)][: args.limit]
    sentences = [s.text for a in articles for s in segment(a).sentences]
    words = sum(len(a.text.split()) for a in articles)
    actors = load_actors()
    analyzer = SentimentIntensityAnalyzer()
    if articles:
        attribute(segment(articles[0]), actors=actors)  # compiles the actor list's patterns, once as a run does

    def run_attribution() -> None:
        for article in articles:
            attribute(segment(article), actors=actors)

    def run_vader() -> None:
        for sentence in sentences:
            analyzer.polarity_scores(sentence)

    pairs = _pairs(run_attribution, run_vader, args.repeat)
    t_attr = min(a for a, _ in pairs)
    t_vader = min(v for _, v in pairs)
    ratios = sorted(v / a for a, v in pairs)
    ratio = statistics.median(ratios)
    print(f"corpus: {len(articles):,} articles, {len(sentences):,} sentences, {words:,} words")
    print(f"attribution modules: {native.state()} (`python -m analysis native status`)")
    print(f"attribution (segment + attribute): {words / t_attr:>10,.0f} words/s  ({t_attr:.2f} CPU s, best round)")
    print(f"bare VADER over the same sentences: {words / t_vader:>9,.0f} words/s  ({t_vader:.2f} CPU s, best round)")
    print(f"ratio attribution / VADER speed: {ratio:.2f}, median of {len(ratios)} pair(s) "
          f"({', '.join(f'{r:.2f}' for r in ratios)}; floor {args.min_ratio:.2f})")
    if ratio < args.min_ratio:
        print(f"FAILED: attribution is {ratio:.2f}x the speed of VADER, below {args.min_ratio:.2f}x")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
