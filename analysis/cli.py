"""Command line: ``python -m analysis {attributions,report,corpus} ...``.

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
        parameters=_selection(args),
    )
    print(f"report written in {result.seconds:.1f} s: {result.html}")
    return 0


def _selection(args: argparse.Namespace) -> dict[str, str]:
    """The corpus report's date and outlet selection, only where given (an article report has none)."""
    given = {
        "start_date": args.start,
        "end_date": args.end,
        "outlets": args.outlets,
        "outlet_aliases": str(args.outlet_aliases.resolve()) if args.outlet_aliases else None,
        "outlet_from_folder": args.outlet_from_folder,
    }
    return {name: value for name, value in given.items() if value}


def _cmd_corpus(args: argparse.Namespace) -> int:
    from analysis.corpus import DEFAULT_CHUNK_SIZE, run_corpus

    result = run_corpus(
        args.input,
        args.out,
        lexicon=args.lexicon,
        actors=args.actors,
        outlets=args.outlet_aliases,
        workers=args.workers,
        scheduler=args.scheduler,
        chunk_size=args.chunk_size or DEFAULT_CHUNK_SIZE,
        progress=not args.quiet,
        force=args.force,
        day_first=not args.month_first,
        outlet_from_folder=args.outlet_from_folder,
    )
    resumed = f", {result.resumed_chunks} chunk(s) resumed" if result.resumed_chunks else ""
    print(
        f"{result.articles} article(s) analysed, {result.failed} failed, in {result.seconds:.1f} s"
        f"{resumed}; tables in {result.out_dir}"
    )
    if result.failed:
        print(f"see {result.out_dir / 'errors.csv'} for what failed and why", file=sys.stderr)
    return 0 if result.ok else 1


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
    p.add_argument("input", type=Path,
                   help="an article (.txt/.md/.html), or a corpus (.jsonl/.csv/.parquet/folder) to compare outlets, "
                        "or the --out folder of a finished `corpus` run to report on its tables as they are")
    p.add_argument("--out", type=Path, default=config.REPORTS_DIR, help="folder for reports (default: reports/)")
    p.add_argument("--lexicon", type=Path, default=None, help="framing lexicon YAML (default: the shipped one)")
    p.add_argument("--actors", type=Path, default=None, help="actor list YAML (default: the shipped list)")
    p.add_argument("--title", default=None, help="report title (default: the article's title)")
    p.add_argument("--figures", type=Path, default=None, help="also copy the charts to FIGURES/<name>/")
    p.add_argument("--start", default=None, help="corpus only: first date to include (YYYY-MM-DD, YYYY-MM or YYYY)")
    p.add_argument("--end", default=None, help="corpus only: last date to include (2016-09 includes all of September)")
    p.add_argument("--outlets", default=None, help="corpus only: outlets to compare, comma-separated")
    p.add_argument("--outlet-aliases", type=Path, default=None,
                   help="corpus only: outlet alias YAML merged over the shipped table")
    p.add_argument("--outlet-from-folder", action="store_true",
                   help="corpus only: for a folder of .txt, each article's outlet is the folder under INPUT it is in")
    p.set_defaults(func=_cmd_report)

    p = sub.add_parser("corpus", help="analyse a corpus into tables (Parquet and CSV), resumably")
    p.add_argument("input", type=Path, help="a corpus (.jsonl/.csv/.parquet/folder of .txt) or one article")
    p.add_argument("--out", type=Path, required=True, help="folder for the tables and manifest.json")
    p.add_argument("--lexicon", type=Path, default=None, help="framing lexicon YAML (default: the shipped one)")
    p.add_argument("--actors", type=Path, default=None, help="actor list YAML (default: the shipped list)")
    p.add_argument("--outlet-aliases", type=Path, default=None,
                   help="outlet alias YAML merged over the shipped table")
    p.add_argument("--workers", type=_positive_int, default=None,
                   help="local worker processes (default: all cores; 1 runs in this process)")
    p.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="run on an existing Dask cluster, e.g. tcp://10.0.0.5:8786")
    p.add_argument("--chunk-size", type=_positive_int, default=None,
                   help="records per chunk (default: 100)")
    p.add_argument("--force", action="store_true",
                   help="discard an earlier run with other settings in --out instead of refusing")
    p.add_argument("--month-first", action="store_true",
                   help="read slashed dates month first (03/27/2016); default is day first")
    p.add_argument("--outlet-from-folder", action="store_true",
                   help="for a folder of .txt, each article's outlet is the folder under INPUT it is in "
                        "(cnn/0001.txt: cnn)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=_cmd_corpus)

    p = sub.add_parser("native", help="compile the attribution modules with mypyc, or show or remove the build")
    p.add_argument("action", choices=("build", "status", "clean"))
    p.add_argument("--if-stale", action="store_true", help="build only when the sources changed since")
    p.set_defaults(func=_cmd_native)
    return parser


def _cmd_native(args: argparse.Namespace) -> int:
    from analysis import native

    return native.command(args.action, if_stale=args.if_stale)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a number >= 1, got {value}")
    return value


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
