"""Command line: ``python -m analysis {attributions,report} ...``.

Each command only parses its arguments and calls one library function.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from analysis import config
from analysis.errors import AnalysisError


def _cmd_attributions(args: argparse.Namespace) -> int:
    from analysis.attribution_export import export_attributions

    result = export_attributions(args.input, out=args.out, actors=args.actors)
    for failure in result.failures:
        print(f"skipped: {failure}", file=sys.stderr)
    print(f"{result.records} attribution records from {result.articles} article(s) written to {result.path}")
    return 1 if result.failures else 0


def _cmd_report(args: argparse.Namespace) -> int:
    from analysis.report import run_report

    result = run_report(
        args.input,
        out_dir=args.out,
        lexicon=args.lexicon,
        actors=args.actors,
        title=args.title or "",
        publish_figures=args.figures,
    )
    print(f"report written in {result.seconds:.1f} s: {result.html}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Media-framing analysis of news: who speaks, in what tone, with which framing words.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("attributions", help="write one record per attributed statement")
    p.add_argument("input", type=Path, help="an article (.txt/.md/.html) or a corpus (.jsonl/.csv/.parquet/folder)")
    p.add_argument("--out", type=Path, required=True, help="output file: .jsonl, .csv or .parquet")
    p.add_argument("--actors", type=Path, default=None, help="actor list YAML (default: the shipped list)")
    p.set_defaults(func=_cmd_attributions)

    p = sub.add_parser("report", help="run the framing report notebook and render it to HTML")
    p.add_argument("input", type=Path, help="the article (.txt/.md/.html)")
    p.add_argument("--out", type=Path, default=config.REPORTS_DIR, help="folder for reports (default: reports/)")
    p.add_argument("--lexicon", type=Path, default=None, help="framing lexicon YAML (default: the shipped one)")
    p.add_argument("--actors", type=Path, default=None, help="actor list YAML (default: the shipped list)")
    p.add_argument("--title", default=None, help="report title (default: the article's title)")
    p.add_argument("--figures", type=Path, default=None, help="also copy the charts to FIGURES/<name>/")
    p.set_defaults(func=_cmd_report)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except AnalysisError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
