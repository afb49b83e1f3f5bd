"""Charts of the tables: tone by speaker, framing by speaker, share of voice, tone through the article.

Each chart function takes one table of :mod:`analysis.tables` and returns a
:class:`matplotlib.figure.Figure` built without pyplot, so nothing lingers in global state and
notebooks, scripts and tests can draw side by side. Speakers keep one colour everywhere
(:func:`speaker_colours`, shared with the annotated article); the palette is Paul Tol's
colour-blind-safe "muted" set, with the narrator always grey. Names come from articles and are
untrusted: they are cleaned, truncated and kept from being read as mathtext.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import matplotlib as mpl
import numpy as np
import pandas as pd
from matplotlib import colors as mcolors
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from analysis.errors import ParameterError
from analysis.models import NARRATOR
from analysis.narrative import NEUTRAL_BAND, format_share

PALETTE: tuple[str, ...] = (
    "#CC6677",  # rose
    "#332288",  # indigo
    "#DDCC77",  # sand
    "#117733",  # green
    "#88CCEE",  # cyan
    "#882255",  # wine
    "#44AA99",  # teal
    "#999933",  # olive
    "#AA4499",  # purple
)
"""Paul Tol's "muted" qualitative scheme, distinct under the common colour-vision deficiencies."""

NARRATOR_COLOUR = "#8C8C8C"
BAR_COLOUR = "#0072B2"  # Okabe-Ito blue: one hue for the quoted speaker types
BAND_COLOUR = "#EBEBEB"
MAX_LABEL = 28
DPI = 150
FORMATS: tuple[str, ...] = ("png", "svg")

_STYLE: dict[str, Any] = {
    "font.family": "DejaVu Sans",
    "font.size": 9.5,
    "axes.titlesize": 11.5,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 9.5,
    "axes.labelcolor": "#333333",
    "axes.edgecolor": "#888888",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "xtick.color": "#444444",
    "ytick.color": "#444444",
    "legend.frameon": False,
    "figure.facecolor": "white",
    "savefig.facecolor": "white",
    # Text stays text in SVG, and ids/hashes are seeded, so a rerun writes identical bytes.
    "svg.fonttype": "none",
    "svg.hashsalt": "framing-analysis",
    "path.simplify": True,
}

_MARKERS = ("o", "s", "D", "^", "v", "P", "X")


@contextmanager
def _style() -> Iterator[None]:
    with mpl.rc_context(_STYLE):
        yield


# ---------------------------------------------------------------------------------------------
# Colours and labels.


def speaker_colours(speakers: Sequence[str]) -> dict[str, str]:
    """A hex colour for every distinct speaker; the narrator is always grey.

    Colours are assigned in sorted name order, so any two charts (or the annotated article) that
    see the same set of speakers agree, whatever order their tables list them in. Pass the result
    as ``colours=`` everywhere to guarantee agreement across tables with different speaker sets.
    With more speakers than palette colours, colours repeat (charts then vary the marker too).

    >>> speaker_colours(["Rami Abdel Rahman", "Narrator", "Bashar Assad"])["Narrator"]
    '#8C8C8C'
    """
    names = sorted({str(s) for s in speakers if not _is_missing(s)} - {NARRATOR}, key=_sort_key)
    colours = {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(names)}
    if any(str(s) == NARRATOR for s in speakers):
        colours[NARRATOR] = NARRATOR_COLOUR
    return colours


def _sort_key(name: str) -> tuple[str, str]:
    return (name.casefold(), name)


def _is_missing(value: Any) -> bool:
    try:
        return value is None or bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _colour_for(name: str, colours: Mapping[str, str]) -> str:
    if name == NARRATOR:
        return NARRATOR_COLOUR
    colour = colours.get(name)
    if colour is not None and mcolors.is_color_like(colour):
        return mcolors.to_hex(colour)
    return PALETTE[0]


def _marker_for(name: str, names: Sequence[str]) -> str:
    """Markers change each time the palette wraps, so repeated colours stay distinguishable."""
    ordered = sorted(set(names) - {NARRATOR}, key=_sort_key)
    if name not in ordered:
        return "o"
    return _MARKERS[(ordered.index(name) // len(PALETTE)) % len(_MARKERS)]


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def display_label(text: Any, *, max_len: int = MAX_LABEL) -> str:
    """A name made safe to draw: control characters and line breaks become spaces, whitespace is
    collapsed, long names end in an ellipsis, and ``$`` is escaped so matplotlib never reads the
    name as mathtext.

    >>> display_label("Brigadier General Ahmed al-Something of the Syrian Arab Army")
    'Brigadier General Ahmed al-…'
    >>> display_label("$5 bn $fund")
    '\\\\$5 bn \\\\$fund'
    """
    if _is_missing(text):
        return "(unnamed)"
    clean = unicodedata.normalize("NFC", _CONTROL.sub(" ", str(text)))
    clean = " ".join(clean.split()) or "(unnamed)"
    if len(clean) > max_len:
        clean = clean[: max_len - 1].rstrip() + "…"
    return clean.replace("$", r"\$")


def _type_label(speaker_type: Any) -> str:
    return display_label(str(speaker_type).replace("_", " "), max_len=20)


def _speaker_label(speaker: Any, speaker_type: Any) -> str:
    if _is_missing(speaker_type) or speaker_type in ("", "narrator") or speaker == NARRATOR:
        return display_label(speaker)
    return f"{display_label(speaker)} ({_type_label(speaker_type)})"


def _require(df: pd.DataFrame, columns: Sequence[str], chart: str) -> None:
    if not isinstance(df, pd.DataFrame):
        raise ParameterError(f"{chart}: expected a pandas DataFrame, got {type(df).__name__}")
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise ParameterError(
            f"{chart}: the table lacks column(s) {', '.join(missing)}; "
            "pass the table analysis.tables builds for this chart"
        )


def _empty_figure(title: str, message: str) -> Figure:
    with _style():
        fig = Figure(figsize=(6.4, 2.4), layout="constrained")
        ax = fig.add_subplot()
        ax.set_axis_off()
        _titles(fig, ax, title)
        ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=11, color="#666666",
                transform=ax.transAxes)
    return fig


def _titles(fig: Figure, ax: Any, title: str, subtitle: str | None = None) -> None:
    """The title says what is shown (bold, over the figure); the subtitle how to read it."""
    fig.suptitle(title, x=0.01, ha="left", fontsize=11.5, fontweight="bold")
    if subtitle:
        ax.set_title(subtitle, loc="left", fontsize=8.5, fontweight="normal", color="#555555")


def _neutral_band(ax: Any, *, axis: str) -> None:
    span = ax.axvspan if axis == "x" else ax.axhspan
    line = ax.axvline if axis == "x" else ax.axhline
    span(-NEUTRAL_BAND, NEUTRAL_BAND, color=BAND_COLOUR, zorder=0, lw=0)
    line(0, color="#555555", lw=0.8, zorder=1)


# ---------------------------------------------------------------------------------------------
# Charts.


def _interval(ax: Any, y: float, lo: float, hi: float, colour: str) -> None:
    """A confidence interval as a line, cut at the scale's ends (±1) with an arrowhead where the
    interval runs beyond, since compound scores cannot."""
    left, right = max(lo, -1.0), min(hi, 1.0)
    ax.hlines(y, left, right, color=colour, lw=2, alpha=0.8, zorder=2)
    for end, cut, marker in ((left, lo < -1.0, "<"), (right, hi > 1.0, ">")):
        if cut:
            ax.plot([end], [y], marker=marker, ms=5, color=colour, ls="none", zorder=2)


def tone_by_speaker(speakers_df: pd.DataFrame, *, colours: Mapping[str, str] | None = None) -> Figure:
    """Mean VADER compound per speaker as a dot with its confidence interval, the number of
    statements written beside it, a zero line, the ±0.05 neutral band shaded and a key below.

    One dot per row with a mean (most positive at the top); a speaker with one statement has no
    interval. An empty table gives a figure saying so.
    """
    title = "Mean tone by speaker (VADER compound)"
    _require(speakers_df, ["speaker", "speaker_type", "statements", "mean_compound", "ci_low", "ci_high"],
             "tone_by_speaker")
    df = speakers_df[speakers_df["mean_compound"].notna()]
    if not len(df):
        return _empty_figure(title, "no scored statements")
    df = df.sort_values(["mean_compound", "speaker"], kind="stable").reset_index(drop=True)
    colours = dict(colours) if colours is not None else speaker_colours(list(df["speaker"]))
    names = [str(s) for s in df["speaker"]]
    with _style():
        fig = Figure(figsize=(7.6, 1.7 + 0.38 * len(df)), layout="constrained")
        ax = fig.add_subplot()
        _neutral_band(ax, axis="x")
        for y, row in df.iterrows():
            x = float(row["mean_compound"])
            lo, hi = row["ci_low"], row["ci_high"]
            colour = _colour_for(str(row["speaker"]), colours)
            if not (_is_missing(lo) or _is_missing(hi)):
                _interval(ax, y, float(lo), float(hi), colour)
            ax.plot([x], [y], marker=_marker_for(str(row["speaker"]), names), ms=7, color=colour,
                    mec="#333333", mew=0.6, ls="none", zorder=3)
            n = int(row["statements"]) if not _is_missing(row["statements"]) else 0
            # The narrator's units are its sentences.
            unit = "sentence" if row["speaker"] == NARRATOR else "statement"
            ax.annotate(f"{n} {unit}" + ("" if n == 1 else "s"), xy=(1.0, y), xycoords=("axes fraction", "data"),
                        xytext=(6, 0), textcoords="offset points", va="center", fontsize=8.5,
                        color="#555555", annotation_clip=False)
        ax.set_yticks(range(len(df)),
                      labels=[_speaker_label(r.speaker, r.speaker_type) for r in df.itertuples()])
        ax.set_ylim(-0.7, len(df) - 0.3)
        ax.set_xlim(-1.05, 1.05)
        ax.set_xticks([-1, -0.5, -NEUTRAL_BAND, 0, NEUTRAL_BAND, 0.5, 1],
                      labels=["−1", "−0.5", "", "0", "", "+0.5", "+1"])
        ax.set_xlabel("Mean compound, −1 (negative) to +1 (positive)")
        _titles(fig, ax, title)
        key = [
            Line2D([], [], ls="none", marker="o", ms=6, color="#BBBBBB", mec="#333333", mew=0.6),
            Line2D([], [], color="#BBBBBB", lw=2, marker=">", markevery=[1], ms=5),
            Patch(facecolor=BAND_COLOUR, edgecolor="none"),
        ]
        fig.legend(key, ["mean", "confidence interval (arrow: runs past ±1)", "neutral band (±0.05)"],
                   loc="outside lower center", ncols=3, fontsize=8.5)
        ax.grid(axis="x", color="#DDDDDD", lw=0.5)
        ax.set_axisbelow(True)
    return fig


def speaker_frame_heatmap(frame_counts_df: pd.DataFrame) -> Figure:
    """Speakers (rows) × frames (columns), shaded by framing hits per 1,000 of the speaker's words,
    each cell with hits labelled with its number of hits.

    Rows are ordered by total hits, columns by frame name. A table without hits gives a figure
    saying "no framing hits".
    """
    title = "Framing words by speaker"
    _require(frame_counts_df, ["speaker", "speaker_type", "frame", "hits", "per_1000"],
             "speaker_frame_heatmap")
    df = frame_counts_df[frame_counts_df["hits"].fillna(0) > 0]
    if not len(df):
        return _empty_figure(title, "no framing hits")
    df = df.assign(speaker=df["speaker"].astype(str), frame=df["frame"].astype(str))
    grouped = df.groupby(["speaker", "frame"], sort=True).agg(
        hits=("hits", "sum"), per_1000=("per_1000", "sum"), speaker_type=("speaker_type", "first")
    )
    totals = grouped["hits"].groupby(level="speaker").sum()
    speakers = sorted(totals.index, key=lambda s: (-totals[s], _sort_key(s)))
    frames = sorted({f for _, f in grouped.index}, key=_sort_key)
    rates = grouped["per_1000"].unstack("frame").reindex(index=speakers, columns=frames)
    hits = grouped["hits"].unstack("frame").reindex(index=speakers, columns=frames)
    types = grouped["speaker_type"].groupby(level="speaker").first()
    values = rates.to_numpy(dtype=float)
    vmax = float(np.nanmax(values)) if np.isfinite(values).any() else 1.0
    with _style():
        labels = [_speaker_label(s, types.get(s)) for s in speakers]
        # Room for the row labels (about 0.075 in a character), the cells and the colour bar.
        label_width = 0.075 * max(len(label) for label in labels)
        fig = Figure(figsize=(max(6.4, label_width + 1.6 + 0.85 * len(frames)),
                              2.0 + 0.42 * len(speakers)),
                     layout="constrained")
        ax = fig.add_subplot()
        image = ax.imshow(np.ma.masked_invalid(values), cmap="Blues", vmin=0, vmax=vmax or 1.0,
                          aspect="auto")
        for i in range(len(speakers)):
            for j in range(len(frames)):
                n = hits.iat[i, j]
                if _is_missing(n) or n <= 0:
                    continue
                dark = values[i, j] > 0.6 * vmax
                ax.text(j, i, f"{int(n)}", ha="center", va="center", fontsize=9,
                        color="white" if dark else "#222222")
        ax.set_xticks(range(len(frames)), labels=[display_label(f, max_len=20) for f in frames],
                      rotation=40, ha="right", rotation_mode="anchor")
        ax.set_yticks(range(len(speakers)), labels=labels)
        ax.tick_params(length=0)
        for spine in ax.spines.values():
            spine.set_visible(False)
        bar = fig.colorbar(image, ax=ax, shrink=0.9, pad=0.02)
        bar.set_label("hits per 1,000 words")
        bar.outline.set_visible(False)
        _titles(fig, ax, title, "Shade: hits per 1,000 of the speaker's words · numbers: hits")
    return fig


def share_of_voice(speaker_types_df: pd.DataFrame) -> Figure:
    """Share of the article's words by speaker type, as horizontal bars with percent labels
    (largest at the top; the narrator's bar grey)."""
    title = "Share of words by speaker type"
    _require(speaker_types_df, ["speaker_type", "share_words"], "share_of_voice")
    df = speaker_types_df[speaker_types_df["share_words"].notna()]
    if not len(df):
        return _empty_figure(title, "no words attributed")
    df = df.sort_values(["share_words", "speaker_type"], ascending=[True, False], kind="stable")
    shares = df["share_words"].astype(float).to_numpy()
    with _style():
        fig = Figure(figsize=(6.4, 1.3 + 0.36 * len(df)), layout="constrained")
        ax = fig.add_subplot()
        bar_colours = [NARRATOR_COLOUR if t == "narrator" else BAR_COLOUR for t in df["speaker_type"]]
        bars = ax.barh(range(len(df)), shares * 100, color=bar_colours, height=0.65)
        ax.bar_label(bars, labels=[format_share(s) for s in shares], padding=3, fontsize=9,
                     color="#333333")
        ax.set_yticks(range(len(df)), labels=[_type_label(t) for t in df["speaker_type"]])
        ax.set_xlim(0, max(100.0, float(np.nanmax(shares)) * 100 * 1.12))
        ax.xaxis.set_major_formatter(mpl.ticker.PercentFormatter(decimals=0))
        ax.set_xlabel("Share of all words in the article (narrator: the outlet's own sentences)")
        ax.tick_params(axis="y", length=0)
        _titles(fig, ax, title)
    return fig


def _text_order(df: pd.DataFrame) -> pd.DataFrame:
    """Voices in reading order: article by article as first listed, then by offset (or sentence)."""
    articles = {a: i for i, a in enumerate(pd.unique(df["article_id"]))} if "article_id" in df else {}
    keys = [c for c in ("start", "sentence", "unit") if c in df.columns]
    ordered = df.assign(_article=df["article_id"].map(articles) if articles else 0)
    return ordered.sort_values(["_article", *keys], kind="stable").reset_index(drop=True)


def tone_through_article(voices_df: pd.DataFrame, *, colours: Mapping[str, str] | None = None) -> Figure:
    """Compound score of each voice unit in reading order (x: 1 = first unit), coloured by speaker,
    drawn as stems from zero, with a zero line, the neutral band and a legend of speakers.

    Several articles are laid end to end with a dotted divider between them.
    """
    title = "Tone through the article, unit by unit (VADER compound)"
    _require(voices_df, ["speaker", "compound"], "tone_through_article")
    df = voices_df[voices_df["compound"].notna()]
    if not len(df):
        return _empty_figure(title, "no scored units")
    df = _text_order(df)
    names = [str(s) for s in df["speaker"]]
    colours = dict(colours) if colours is not None else speaker_colours(names)
    x = np.arange(1, len(df) + 1)
    y = df["compound"].astype(float).to_numpy()
    unit_colours = [_colour_for(n, colours) for n in names]
    with _style():
        fig = Figure(figsize=(min(14.0, max(7.5, 3.5 + 0.16 * len(df))), 3.8), layout="constrained")
        ax = fig.add_subplot()
        _neutral_band(ax, axis="y")
        ax.plot(x, y, color="#BBBBBB", lw=0.7, zorder=1)
        ax.vlines(x, 0, y, colors=unit_colours, lw=1.4, zorder=2)
        handles, labels = [], []
        legend_order = sorted(dict.fromkeys(names), key=lambda n: (n == NARRATOR, _sort_key(n)))
        for name in legend_order:
            mask = np.array([n == name for n in names])
            marker = _marker_for(name, names)
            colour = _colour_for(name, colours)
            ax.plot(x[mask], y[mask], ls="none", marker=marker, ms=6, color=colour, mec="#333333",
                    mew=0.5, zorder=3)
            handles.append(Line2D([], [], ls="none", marker=marker, ms=6, color=colour,
                                  mec="#333333", mew=0.5))
            labels.append(display_label(name))
        if "article_id" in df and df["_article"].nunique() > 1:
            for boundary in np.flatnonzero(np.diff(df["_article"].to_numpy())):
                ax.axvline(boundary + 1.5, color="#999999", ls=":", lw=1)
        # Explicit handles and labels: a name starting with "_" would otherwise be dropped.
        ax.legend(handles, labels, title="Speaker", loc="upper left", bbox_to_anchor=(1.01, 1.0),
                  fontsize=8.5, title_fontsize=9, alignment="left")
        ax.set_xlim(0.3, len(df) + 0.7)
        ax.set_ylim(-1.05, 1.05)
        ax.set_yticks([-1, -0.5, 0, 0.5, 1], labels=["−1", "−0.5", "0", "+0.5", "+1"])
        # Every unit numbered while that stays legible, then 1 and every fifth.
        ax.set_xticks(x if len(df) <= 15 else [1, *range(5, len(df) + 1, 5)])
        ax.set_xlabel("Unit in reading order (each attributed statement or narrator sentence)")
        ax.set_ylabel("Compound")
        _titles(fig, ax, title, "Stem: one statement or narrator sentence · grey band: neutral (±0.05)")
    return fig


# ---------------------------------------------------------------------------------------------
# Saving.

_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


def save_figure(fig: Figure, out_dir: str | os.PathLike[str], name: str, *, dpi: int = DPI) -> list[Path]:
    """Write ``name.png`` (at ``dpi``) and ``name.svg`` into ``out_dir`` and return their paths.

    Each file is written to a temporary file beside it and moved into place, so a reader never sees
    a half-written chart. Output is deterministic (no timestamps, seeded SVG ids): drawing the same
    figure again writes the same bytes.
    """
    if not isinstance(name, str) or not _SAFE_NAME.match(name) or ".." in name:
        raise ParameterError(
            f"save_figure: chart name {name!r} must be a plain file stem "
            "(letters, digits, '_', '-', '.'), without a directory"
        )
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    metadata = {
        "png": {"Software": None},
        "svg": {"Date": None, "Creator": None},
    }
    paths = []
    with _style():
        for fmt in FORMATS:
            target = out / f"{name}.{fmt}"
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=f".{fmt}.tmp", dir=out)
            try:
                with os.fdopen(fd, "wb") as fh:
                    fig.savefig(fh, format=fmt, dpi=dpi, metadata=metadata[fmt])
                os.replace(tmp, target)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
            paths.append(target)
    return paths
