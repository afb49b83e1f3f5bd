"""Score the resolved speaker names on hand-labelled PolNeAR train mentions and check a floor.

    python benchmarks/resolved_names.py --wrong 20 --min-accuracy 0.43

Prints labelled / found / right and the accuracy over all labels and over found labels, by source
kind (pronoun, surname) and in all, then each wrong resolution (article, offsets, label,
prediction, mention text) and each labelled mention the pipeline did not attribute. Exits 1 when
the accuracy over all labels is below ``--min-accuracy``; 2 when PolNeAR or the labels are absent.
The labels and how they were made: ``tests/data/README.md``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis.config import POLNEAR_DIR  # noqa: E402
from analysis.evaluate_names import (  # noqa: E402
    RESOLVED_NAMES_LABELS,
    format_name_scores,
    score_resolved_names,
)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, default=RESOLVED_NAMES_LABELS,
                        help="label file (default: the project's PolNeAR train labels)")
    parser.add_argument("--split", choices=("train", "dev"), default="train",
                        help="PolNeAR split the labels come from (default: train)")
    parser.add_argument("--wrong", type=int, default=None,
                        help="print at most N wrong and N not-found labels (default: all)")
    parser.add_argument("--min-accuracy", type=float, default=None,
                        help="floor on the accuracy over all labels")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not (POLNEAR_DIR / f"{args.split}.docs.jsonl").is_file():
        print(f"PolNeAR is not at {POLNEAR_DIR}; nothing to score.", file=sys.stderr)
        return 2
    if not args.labels.is_file():
        print(f"no label file at {args.labels}", file=sys.stderr)
        return 2
    scores = score_resolved_names(args.labels, split=args.split)
    print(f"Resolved speaker names, PolNeAR {args.split}, labels {args.labels.name}")
    print(format_name_scores(scores, wrong=args.wrong))
    if args.min_accuracy is not None and scores.accuracy < args.min_accuracy:
        print(f"FLOOR FAILED: accuracy {scores.accuracy:.3f} is below the floor "
              f"{args.min_accuracy:.3f}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
