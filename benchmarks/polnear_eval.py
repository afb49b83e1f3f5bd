"""Score the project's attributions on a PolNeAR split and check them against floors.

    python benchmarks/polnear_eval.py --split dev --misses 10 --min-precision 0.6

Prints the headline table (precision, recall, quote-slice recall, F1, speaker accuracy at overlap
0.3 and 0.8), breakdowns by cue, content type, source type and kind, samples of misses and false
hits, and the words per second of the pipeline. Exits 1 naming each floor that failed (floors
apply at the lenient threshold, 0.3, unless ``--floor-threshold`` says otherwise).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis.config import POLNEAR_DIR  # noqa: E402
from analysis.evaluate import Scores, evaluate_polnear, format_scores  # noqa: E402


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split", choices=("dev", "train"), default="dev", help="PolNeAR split (default: dev)"
    )
    parser.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    parser.add_argument(
        "--misses", type=int, default=10, help="how many misses and false hits to print"
    )
    parser.add_argument("--top", type=int, default=25, help="rows of the by-cue breakdowns")
    parser.add_argument("--min-precision", type=float, default=None)
    parser.add_argument("--min-quote-recall", type=float, default=None)
    parser.add_argument("--min-speaker", type=float, default=None)
    parser.add_argument(
        "--floor-threshold", type=float, default=0.3, help="overlap threshold the floors apply at"
    )
    return parser.parse_args(argv)


def failed_floors(scores: Scores, args: argparse.Namespace) -> list[str]:
    """One line per floor the scores fall below."""
    at = scores.at(args.floor_threshold)
    checks = [
        ("precision", at.precision, args.min_precision),
        ("quote recall", at.quote_recall, args.min_quote_recall),
        ("speaker accuracy", at.speaker_accuracy, args.min_speaker),
    ]
    return [
        f"{name} {value:.3f} is below the floor {floor:.3f} (t={args.floor_threshold:g})"
        for name, value, floor in checks
        if floor is not None and value < floor
    ]


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not (POLNEAR_DIR / f"{args.split}.docs.jsonl").is_file():
        print(f"PolNeAR is not at {POLNEAR_DIR}; nothing to score.", file=sys.stderr)
        return 2
    thresholds = tuple(sorted({0.3, 0.8, args.floor_threshold}))
    try:
        scores = evaluate_polnear(POLNEAR_DIR / args.split, limit=args.limit, thresholds=thresholds)
    except ModuleNotFoundError as exc:
        print(f"cannot run the pipeline ({exc}); the segment and attribute stages are needed.",
              file=sys.stderr)
        return 2
    print(f"PolNeAR {args.split}" + (f", first {args.limit} articles" if args.limit else ""))
    print(format_scores(scores, samples=args.misses, top=args.top))
    failures = failed_floors(scores, args)
    for failure in failures:
        print(f"FLOOR FAILED: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
