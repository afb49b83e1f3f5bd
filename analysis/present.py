"""What the report notebooks call, one function a cell: prepare the run, then show each part.

Every function returns an IPython display object (or plain records), so a notebook cell is a single
call and holds no logic. All article-derived text reaches the page escaped.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from analysis import annotate, charts, config, narrative
from analysis.export import write_table, write_tables
from analysis.load import load_article
from analysis.models import Article, ArticleAnalysis
from analysis.pipeline import analyse_article, load_resources
from analysis.tables import tables_for

META_FILE = "run.json"
"""The run's title and counts, read by :func:`analysis.report.run_report` to title the HTML page."""

# Chart name → (figure builder, the table it draws).
CHARTS: dict[str, tuple[Callable[[pd.DataFrame], Any], str]] = {
    "tone_by_speaker": (charts.tone_by_speaker, "speakers"),
    "speaker_frame_heatmap": (charts.speaker_frame_heatmap, "frame_counts"),
    "share_of_voice": (charts.share_of_voice, "speaker_types"),
    "tone_through_article": (charts.tone_through_article, "voices"),
}

COLOURED_CHARTS = frozenset({"tone_by_speaker", "tone_through_article"})

# The columns shown on the page; offsets and ids stay in the CSV files.
DISPLAY_COLUMNS: dict[str, tuple[str, ...]] = {
    "attributions": ("statement", "speaker", "speaker_type", "role", "mention", "cue", "kind", "content"),
    "kwic": ("speaker", "frame", "pre", "match", "post"),
}


@dataclass(frozen=True)
class ReportRun:
    """One article analysed for a report, with where its outputs go."""

    params: Mapping[str, Any]
    article: Article
    analysis: ArticleAnalysis
    tables: Mapping[str, pd.DataFrame]
    title: str
    figures_dir: Path
    data_dir: Path


def prepare_report(params: Mapping[str, Any]) -> ReportRun:
    """Load, analyse and tabulate the article named by the validated parameters; write the tables as CSV."""
    out = Path(params["output_dir"])
    figures_dir, data_dir = out / "figures", out / "data"
    figures_dir.mkdir(parents=True, exist_ok=True)
    data_dir.mkdir(parents=True, exist_ok=True)
    resources = load_resources(
        lexicon=_optional_path(params.get("lexicon")), actors=_optional_path(params.get("actors"))
    )
    article = load_article(config.project_path(params["input_path"]))
    analysis = analyse_article(article, resources=resources)
    tables = tables_for([analysis])
    write_tables(tables, data_dir)
    title = params.get("title") or article.title or article.id
    meta = {"title": title, "article_id": article.id, "source": article.source,
            "attributions": len(analysis.attributions), "frame_hits": len(analysis.frame_hits)}
    (out / META_FILE).write_text(json.dumps(meta, indent=1), encoding="utf-8")
    return ReportRun(params, article, analysis, tables, title, figures_dir, data_dir)


def _optional_path(value: Any) -> Path | None:
    return config.project_path(value) if value else None


def _html(markup: str) -> Any:
    from IPython.display import HTML

    return HTML(markup)


def show_header(run: ReportRun) -> Any:
    """The report's title and the article's particulars."""
    a = run.article
    facts = [
        ("Article", a.title or a.id),
        ("Outlet", a.outlet),
        ("Date", a.date),
        ("Source file", Path(a.source).name if a.source else None),
        ("Words", f"{len(a.text.split()):,}"),
    ]
    rows = "".join(
        f"<tr><th>{html.escape(k)}</th><td>{html.escape(str(v))}</td></tr>" for k, v in facts if v
    )
    return _html(f"<h1>{html.escape(run.title)}</h1><table class='facts'>{rows}</table>")


def show_summary(run: ReportRun) -> Any:
    """The report in prose, written from the tables."""
    return _html(narrative.to_html(narrative.summarise(run.tables)))


def show_chart(run: ReportRun, name: str) -> Any:
    """Draw one chart, save it as PNG and SVG with its data as CSV beside it, and show it."""
    from IPython.display import Image

    build, table = CHARTS[name]
    if name in COLOURED_CHARTS:
        fig = build(run.tables[table], colours=_colours(run))
    else:
        fig = build(run.tables[table])
    paths = charts.save_figure(fig, run.figures_dir, name)
    write_table(run.tables[table], run.figures_dir / f"{name}.csv")
    png = next(p for p in paths if p.suffix == ".png")
    return Image(filename=str(png))


def show_table(run: ReportRun, name: str, *, max_rows: int | None = None) -> Any:
    """One table, escaped, with the columns a reader needs; every column is in ``data/<name>.csv``."""
    table = run.tables[name]
    columns = [c for c in DISPLAY_COLUMNS.get(name, tuple(table.columns)) if c in table.columns]
    markup = annotate.table_html(table[columns], max_rows=max_rows)
    return _html(f'<div class="fa-table-wrap fa-table-{html.escape(name)}">{markup}</div>')


def show_article(run: ReportRun) -> Any:
    """The article annotated: statements coloured by speaker, framing hits marked, with a legend."""
    return _html(annotate.annotate_article(run.analysis, colours=_colours(run)))


def _colours(run: ReportRun) -> dict[str, str]:
    """One colour per speaker, shared by every chart and the annotated article."""
    return charts.speaker_colours(list(run.tables["speakers"]["speaker"]))
