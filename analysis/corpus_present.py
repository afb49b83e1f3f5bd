"""What the corpus report notebook calls, one function a cell: prepare the run, then show each part.

:func:`prepare_corpus_report` analyses the corpus (:func:`analysis.corpus.run_corpus`, which picks
up where an earlier run in the same folder stopped), keeps the dates and outlets asked for
(:func:`analysis.compare.select`), builds every comparison table and writes each as CSV; the
``show_*`` functions return IPython display objects, so a notebook cell is a single call and holds
no logic. All corpus-derived text (titles, outlet and speaker names, lexicon words) reaches the
page escaped.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from analysis import charts, compare, config, corpus_charts, corpus_narrative
from analysis.errors import ParameterError
from analysis.export import write_table, write_tables
from analysis.narrative import to_html
from analysis.present import META_FILE

CORPUS_REPORT_NOTEBOOK = config.NOTEBOOKS_DIR / "corpus_report.ipynb"
"""The parameterized notebook :func:`analysis.report.run_report` runs on a corpus."""

CORPUS_DIR = "corpus"
"""Sub-folder of the report's output folder holding the corpus analysis (its tables and manifest)."""

# Chart name → (figure builder, the table it draws, whether it takes the outlet colours).
CHARTS: dict[str, tuple[Callable[..., Any], str, bool]] = {
    "articles_over_time": (corpus_charts.articles_over_time, "outlet_periods", True),
    "share_of_voice": (corpus_charts.share_of_voice_by_outlet, "share_of_voice", False),
    "tone_by_type": (corpus_charts.tone_by_type_outlet, "tone_by_type", True),
    "frame_heatmap": (corpus_charts.frame_heatmap, "frame_rates", False),
    "frame_rates_over_time": (corpus_charts.frame_rates_over_time_chart, "frame_rates_over_time", True),
    "label_words": (corpus_charts.label_words_chart, "label_words", False),
}

# The columns shown on the page; ids and offsets stay in the CSV files.
DISPLAY_COLUMNS: dict[str, tuple[str, ...]] = {
    "kwic_sample": ("frame", "outlet", "date", "speaker", "pre", "match", "post"),
    "outlet_periods": ("outlet", "period", "articles", "words"),
    "frame_rates_over_time": ("outlet", "frame", "period", "hits", "words", "per_1000"),
}

_HEADERS = {"per_1000": "per 1,000 words", "outlet_raw": "outlet as written", "ci_low": "CI low",
            "ci_high": "CI high"}

# Text columns read left-aligned and numbers right-aligned; the page's notebook stylesheet would
# right-align every cell, so these rules are made more specific than its.
_TABLE_STYLE = (
    ".jp-RenderedHTMLCommon .fa-corpus-table table td,"
    ".jp-RenderedHTMLCommon .fa-corpus-table table th{text-align:left}"
    ".fa-table-kwic_sample td:nth-child(3){white-space:nowrap}"
    ".jp-RenderedHTMLCommon .fa-table-kwic_sample td:nth-child(5){text-align:right;color:#555}"
    ".fa-table-kwic_sample td:nth-child(6){font-weight:bold;white-space:nowrap}"
    ".fa-table-kwic_sample td:nth-child(7){color:#555}"
)


@dataclass(frozen=True)
class CorpusReportRun:
    """One corpus analysed and compared for a report, with where its outputs go."""

    params: Mapping[str, Any]
    title: str
    tables: Mapping[str, pd.DataFrame]
    """The comparison tables the report displays, by name (each written to ``data/<name>.csv``)."""
    corpus: Mapping[str, pd.DataFrame]
    """The corpus tables after the date and outlet selection."""
    period: str
    colours: Mapping[str, str]
    figures_dir: Path
    data_dir: Path
    manifest: Mapping[str, Any] = field(default_factory=dict)


def _optional_path(value: Any) -> Path | None:
    return config.project_path(value) if value else None


def analyse_corpus(params: Mapping[str, Any], out: Path) -> tuple[dict[str, pd.DataFrame], dict[str, Any]]:
    """Run the corpus analysis into ``out/corpus`` (resuming what an earlier run there left) and
    return its tables and manifest; or, when the input is the output folder of a finished corpus
    run (``python -m analysis corpus INPUT --out DIR``), return that run's tables as they are.

    Raises :class:`~analysis.errors.ParameterError` when a lexicon, actor list or alias table is
    given that the finished run did not use (its tables cannot show another's findings)."""
    from analysis.corpus import load_tables, run_corpus, run_manifest, settings_differences

    source = config.project_path(params["input_path"])
    finished = run_manifest(source)
    if finished is not None:
        differ = settings_differences(finished, lexicon=_optional_path(params.get("lexicon")),
                                      actors=_optional_path(params.get("actors")),
                                      outlets=_optional_path(params.get("outlet_aliases")),
                                      outlet_from_folder=bool(params.get("outlet_from_folder")))
        if differ:
            raise ParameterError(
                f"{source} holds the tables of a corpus run made with another "
                f"{', '.join(_SETTING_NAMES[flag] for flag in differ)}; leave out {' and '.join(differ)} "
                "to report on those tables, or report on the corpus itself to analyse it again "
                "with the settings given"
            )
        return dict(load_tables(source)), dict(finished)
    folder = out / CORPUS_DIR
    run_corpus(
        source,
        folder,
        lexicon=_optional_path(params.get("lexicon")),
        actors=_optional_path(params.get("actors")),
        outlets=_optional_path(params.get("outlet_aliases")),
        progress=False,
        outlet_from_folder=bool(params.get("outlet_from_folder")),
    )
    return dict(load_tables(folder)), run_manifest(folder) or {}


def comparison_tables(
    chosen: Mapping[str, pd.DataFrame],
    whole: Mapping[str, pd.DataFrame],
    *,
    period: str,
    start: str = "",
    end: str = "",
    outlets: str = "",
    label_frame: str = compare.LABELS_FRAME,
    kwic_per_frame: int = compare.DEFAULT_KWIC_PER_FRAME,
) -> dict[str, pd.DataFrame]:
    """Every table the report displays, from the selected corpus tables ``chosen`` (and the whole
    corpus ``whole`` for the coverage table)."""
    articles, voices, hits = chosen["articles"], chosen["voices"], chosen["frame_hits"]
    return {
        "coverage": compare.coverage(whole["articles"], whole.get("errors"), start=start, end=end,
                                     outlets=outlets),
        "outlets": compare.outlet_totals(articles),
        "outlet_names": compare.outlet_names(articles),
        "outlet_periods": compare.outlet_periods(articles, period=period),
        "share_of_voice": compare.share_of_voice(voices),
        "top_speakers": compare.top_speakers(chosen["speakers"]),
        "tone_by_type": compare.tone_by_type(voices),
        "frame_rates": compare.frame_rates(hits, voices),
        "frame_rates_over_time": compare.frame_rates_over_time(hits, voices, period=period),
        "label_words": compare.label_words(hits, frame=label_frame),
        "kwic_sample": compare.kwic_sample(hits, per_frame=kwic_per_frame),
    }


_SETTING_NAMES = {"--lexicon": "lexicon", "--actors": "actor list", "--outlet-aliases": "outlet alias table",
                  "--outlet-from-folder": "reading of outlets (not from the folders)"}


def corpus_name(input_path: str | Path, manifest: Mapping[str, Any] | None = None) -> str:
    """The file or folder name of the corpus compared: ``input_path``'s, or, where it is the
    folder of a finished run (``manifest`` read from it), the name of the corpus the run read."""
    read = (manifest or {}).get("input") if (manifest or {}).get("fingerprint") else None
    return Path(str(read or input_path)).name


def default_title(input_path: str | Path, manifest: Mapping[str, Any] | None = None) -> str:
    """The report's title when none is given: "Outlets compared:" and :func:`corpus_name`."""
    return f"Outlets compared: {corpus_name(input_path, manifest)}"


def prepare_corpus_report(
    params: Mapping[str, Any],
    *,
    analyse: Callable[[Mapping[str, Any], Path], tuple[dict[str, pd.DataFrame], dict[str, Any]]] = analyse_corpus,
) -> CorpusReportRun:
    """Analyse the corpus named by the validated parameters, select its dates and outlets, build
    the comparison tables and write them to ``<output_dir>/data/`` as CSV, with ``run.json``
    (title and counts) in ``<output_dir>``. ``analyse`` runs the corpus analysis (a test passes
    one that returns hand-made tables)."""
    out = Path(params["output_dir"])
    figures_dir, data_dir = out / "figures", out / "data"
    figures_dir.mkdir(parents=True, exist_ok=True)
    data_dir.mkdir(parents=True, exist_ok=True)
    whole, manifest = analyse(params, out)
    start, end = str(params.get("start_date") or ""), str(params.get("end_date") or "")
    outlets = str(params.get("outlets") or "")
    chosen = compare.select(whole, start=start, end=end, outlets=outlets)
    period = compare.choose_period(chosen["articles"]["date"])
    tables = comparison_tables(
        chosen, whole, period=period, start=start, end=end, outlets=outlets,
        label_frame=str(params.get("label_frame") or compare.LABELS_FRAME),
        kwic_per_frame=int(params.get("kwic_per_frame", compare.DEFAULT_KWIC_PER_FRAME)),
    )
    write_tables(tables, data_dir)
    title = str(params.get("title") or "") or default_title(params["input_path"], manifest)
    names = compare.sort_outlets(tables["outlets"]["outlet"])
    meta = {
        "title": title, "input": str(params["input_path"]), "start_date": start, "end_date": end,
        "outlets": names, "articles": len(chosen["articles"]), "period": period,
        "corpus_articles": len(whole["articles"]), "errors": len(whole.get("errors", ())),
        "manifest": manifest,
    }
    (out / META_FILE).write_text(json.dumps(meta, indent=1, default=str), encoding="utf-8")
    return CorpusReportRun(params, title, tables, chosen, period, corpus_charts.outlet_colours(names),
                           figures_dir, data_dir, manifest)


def _html(markup: str) -> Any:
    from IPython.display import HTML

    return HTML(markup)


def show_header(run: CorpusReportRun) -> Any:
    """The report's title and what it compares: input, outlets, dates, selection."""
    outlets = run.tables["outlets"]
    first = min((d for d in outlets["first_date"] if d), default="")
    last = max((d for d in outlets["last_date"] if d), default="")
    selection = []
    if run.params.get("start_date") or run.params.get("end_date"):
        selection.append(f"dates {run.params.get('start_date') or '…'} to {run.params.get('end_date') or '…'}")
    if run.params.get("outlets"):
        selection.append(f"outlets {run.params['outlets']}")
    given = Path(str(run.params["input_path"])).name
    read = corpus_name(given, run.manifest)
    facts = [
        ("Corpus", read if read == given else f"{read} (the tables of the run in {given})"),
        ("Articles compared", f"{len(run.corpus['articles']):,}"),
        ("Outlets", ", ".join(f"{o} ({n:,})" for o, n in zip(outlets["outlet"], outlets["articles"]))),
        ("Dates", f"{first} to {last}" if first else ""),
        ("Selection", "; ".join(selection)),
        ("Over time, by", run.period if first else ""),
    ]
    rows = "".join(
        f"<tr><th>{html.escape(k)}</th><td>{html.escape(str(v))}</td></tr>" for k, v in facts if v
    )
    return _html(f"<h1>{html.escape(run.title)}</h1><table class='facts'>{rows}</table>")


def show_summary(run: CorpusReportRun) -> Any:
    """The differences between outlets in prose, written from the displayed tables."""
    frame = str(run.params.get("label_frame") or compare.LABELS_FRAME)
    return _html(to_html(corpus_narrative.summarise(run.tables, label_frame=frame)))


def show_chart(run: CorpusReportRun, name: str) -> Any:
    """Draw one chart, save it as PNG and SVG with its data as CSV beside it, and show it."""
    from IPython.display import Image

    build, table, coloured = CHARTS[name]
    fig = build(run.tables[table], colours=run.colours) if coloured else build(run.tables[table])
    paths = charts.save_figure(fig, run.figures_dir, name)
    write_table(run.tables[table], run.figures_dir / f"{name}.csv")
    png = next(p for p in paths if p.suffix == ".png")
    return Image(filename=str(png))


def table_html(df: pd.DataFrame, *, max_rows: int | None = None) -> str:
    """A comparison table as ``<table class="fa-table">``: numbers formatted as the prose states
    them (:func:`analysis.corpus_narrative.format_table`), every cell and header escaped."""
    shown = corpus_narrative.format_table(df)
    shown.columns = [_HEADERS.get(str(c), str(c).replace("_", " ")) for c in shown.columns]
    return shown.to_html(escape=True, index=False, classes="fa-table", border=0, max_rows=max_rows,
                         na_rep="", justify="left")


def _number_columns_style(name: str, df: pd.DataFrame) -> str:
    """Rules right-aligning the numeric columns of one table (found by their dtype)."""
    scope = f".jp-RenderedHTMLCommon .fa-table-{name}"
    rules = [
        f"{scope} td:nth-child({i}),{scope} th:nth-child({i}){{text-align:right}}"
        for i, column in enumerate(df.columns, start=1)
        if pd.api.types.is_numeric_dtype(df[column]) and not pd.api.types.is_bool_dtype(df[column])
    ]
    return _TABLE_STYLE + "".join(rules)


def show_table(run: CorpusReportRun, name: str, *, max_rows: int | None = None) -> Any:
    """One table, escaped, with the columns a reader needs; every column is in ``data/<name>.csv``."""
    if name not in run.tables:
        raise KeyError(f"no table {name!r}; the report has: {', '.join(run.tables)}")
    table = run.tables[name]
    if table.empty:
        return _html("<p class='fa-empty'><em>Nothing to show for this selection.</em></p>")
    columns = [c for c in DISPLAY_COLUMNS.get(name, tuple(table.columns)) if c in table.columns]
    shown = table[columns]
    # Table names are this module's own identifiers, never data, so they are safe in CSS.
    style = f"<style>{_number_columns_style(name, shown)}</style>"
    markup = table_html(shown, max_rows=max_rows)
    return _html(f'{style}<div class="fa-table-wrap fa-corpus-table fa-table-{html.escape(name)}">{markup}</div>')
