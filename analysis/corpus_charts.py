"""Charts comparing outlets: articles over time, share of voice, tone by speaker type, framing
rates (overall and over time) and the words used to label armed actors.

Each function takes one table of :mod:`analysis.compare` and returns a
:class:`matplotlib.figure.Figure` built without pyplot, in the style of :mod:`analysis.charts`
(same fonts, palette, neutral band and empty-figure message; saved with
:func:`analysis.charts.save_figure`). Outlets keep one colour in every chart
(:func:`outlet_colours`). Outlet, frame and speaker-type names come from the data and are drawn
through :func:`analysis.charts.display_label`, so none is read as mathtext.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import matplotlib as mpl
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from analysis import charts
from analysis.charts import (
    BAND_COLOUR,
    NARRATOR_COLOUR,
    PALETTE,
    _empty_figure,
    _interval,
    _neutral_band,
    _require,
    _style,
    _titles,
    display_label,
)
from analysis.compare import UNKNOWN_OUTLET
from analysis.models import NARRATOR_TYPE
from analysis.narrative import NEUTRAL_BAND, format_rate, format_share

MAX_TYPES = 8
MAX_FRAMES = 6
MAX_LABELS = 12
_MAX_TICKS = 14
_MARKERS = ("o", "s", "D", "^", "v", "P", "X")


# ---------------------------------------------------------------------------------------------
# Colours, order and labels.


def outlet_colours(outlets: Sequence[str]) -> dict[str, str]:
    """A colour per outlet, assigned in name order (so every chart agrees); records without an
    outlet are grey."""
    colours = charts.speaker_colours([o for o in outlets if o != UNKNOWN_OUTLET])
    if UNKNOWN_OUTLET in set(outlets):
        colours[UNKNOWN_OUTLET] = NARRATOR_COLOUR
    return colours


def _outlets(values: Any) -> list[str]:
    return sorted({str(v) for v in values}, key=lambda o: (o.casefold(), o))


def _marker(outlet: str, outlets: Sequence[str]) -> str:
    """Markers change each time the palette wraps, so outlets sharing a colour stay apart."""
    index = list(outlets).index(outlet) if outlet in outlets else 0
    return _MARKERS[(index // len(PALETTE)) % len(_MARKERS)]


def _colour(outlet: str, colours: Mapping[str, str]) -> str:
    return colours.get(outlet, PALETTE[0])


def _type_label(speaker_type: Any) -> str:
    return display_label(str(speaker_type).replace("_", " "), max_len=20)


def _outlet_label(outlet: Any) -> str:
    return display_label(outlet, max_len=24)


def _period_ticks(ax: Any, labels: Sequence[str], *, axis: str = "x") -> None:
    """Every period labelled while that stays legible, else every k-th (and the last)."""
    n = len(labels)
    step = max(1, int(np.ceil(n / _MAX_TICKS)))
    ticks = list(range(0, n, step))
    if ticks and ticks[-1] != n - 1 and n - 1 - ticks[-1] >= step / 2:
        ticks.append(n - 1)
    ax.set_xticks(ticks, labels=[display_label(labels[i], max_len=16) for i in ticks],
                  rotation=35 if n > 4 else 0, ha="right" if n > 4 else "center",
                  rotation_mode="anchor")


def _outlet_legend(fig: Figure, outlets: Sequence[str], colours: Mapping[str, str], *,
                   lines: bool) -> None:
    handles = [Line2D([], [], color=_colour(o, colours), marker=_marker(o, outlets), ms=6,
                      lw=1.6 if lines else 0, mec="#333333", mew=0.5) for o in outlets]
    fig.legend(handles, [_outlet_label(o) for o in outlets], title="Outlet", loc="outside right upper",
               fontsize=8.5, title_fontsize=9, alignment="left")


# ---------------------------------------------------------------------------------------------
# Volume.


def articles_over_time(periods_df: pd.DataFrame, *, colours: Mapping[str, str] | None = None) -> Figure:
    """Articles per outlet in each period (the table of :func:`analysis.compare.outlet_periods`),
    one line per outlet over every period from the first dated article to the last."""
    title = "Articles per outlet over time"
    _require(periods_df, ["outlet", "period", "period_start", "articles"], "articles_over_time")
    if periods_df.empty or not periods_df["articles"].sum():
        return _empty_figure(title, "no dated articles")
    periods = periods_df.sort_values("period_start", kind="stable")["period"].drop_duplicates().tolist()
    outlets = _outlets(periods_df["outlet"])
    colours = dict(colours) if colours is not None else outlet_colours(outlets)
    x = np.arange(len(periods))
    with _style():
        fig = Figure(figsize=(min(12.0, max(7.2, 4.5 + 0.3 * len(periods))), 3.9), layout="constrained")
        ax = fig.add_subplot()
        for outlet in outlets:
            rows = periods_df[periods_df["outlet"] == outlet].set_index("period").reindex(periods)
            ax.plot(x, rows["articles"].fillna(0).to_numpy(dtype=float), color=_colour(outlet, colours),
                    marker=_marker(outlet, outlets), ms=5, lw=1.6, mec="#333333", mew=0.4)
        _period_ticks(ax, periods)
        ax.set_xlim(-0.4, len(periods) - 0.6)
        ax.set_ylim(bottom=0)
        ax.yaxis.set_major_locator(mpl.ticker.MaxNLocator(integer=True))
        ax.set_ylabel("Articles")
        ax.grid(axis="y", color="#DDDDDD", lw=0.5)
        ax.set_axisbelow(True)
        _titles(fig, ax, title, "Undated articles are left out (see the coverage table)")
        _outlet_legend(fig, outlets, colours, lines=True)
    return fig


# ---------------------------------------------------------------------------------------------
# Share of voice.


TYPE_PALETTE: tuple[str, ...] = (
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
)
"""Okabe & Ito's colour-blind-safe set, for speaker types: a different set from the outlets',
so a colour never means an outlet in one chart and a type of source in the next."""
_LIGHT_TYPES = frozenset({"#E69F00", "#56B4E9", "#F0E442"})


UNTYPED = "unknown"
UNTYPED_COLOUR = "#CFCFCF"  # sources the actor list could not type: present, but not a colour to read


def _type_colours(types: Sequence[str]) -> dict[str, str]:
    ordered = sorted(set(types) - {NARRATOR_TYPE, UNTYPED})
    colours = {t: TYPE_PALETTE[i % len(TYPE_PALETTE)] for i, t in enumerate(ordered)}
    if UNTYPED in set(types):
        colours[UNTYPED] = UNTYPED_COLOUR
    return colours


def share_of_voice_by_outlet(voice_df: pd.DataFrame) -> Figure:
    """Per outlet, two bars: the narrator's share of all words (left), and how the quoted words
    split between speaker types (right, stacked to 100%), from
    :func:`analysis.compare.share_of_voice`. Segments of 8% or more carry their percentage."""
    title = "Who speaks, by outlet"
    _require(voice_df, ["outlet", "speaker_type", "share_quoted_words", "share_all_words"],
             "share_of_voice_by_outlet")
    if voice_df.empty:
        return _empty_figure(title, "no words scored")
    outlets = _outlets(voice_df["outlet"])[::-1]  # first outlet at the top
    quoted = voice_df[voice_df["speaker_type"] != NARRATOR_TYPE]
    totals = quoted.groupby("speaker_type")["words"].sum().sort_values(ascending=False, kind="stable")
    types = [t for t in totals.index if t != UNTYPED] + [t for t in totals.index if t == UNTYPED]
    colours = _type_colours(types)
    y = np.arange(len(outlets))
    with _style():
        fig = Figure(figsize=(9.2, 2.0 + 0.42 * len(outlets)), layout="constrained")
        left, right = fig.subplots(1, 2, sharey=True, width_ratios=[1, 3.2])
        narrator = voice_df[voice_df["speaker_type"] == NARRATOR_TYPE].set_index("outlet")["share_all_words"]
        shares = narrator.reindex(outlets).fillna(0).to_numpy(dtype=float)
        bars = left.barh(y, shares * 100, color=NARRATOR_COLOUR, height=0.62)
        left.bar_label(bars, labels=[format_share(s) for s in shares], padding=2, fontsize=8.5)
        left.set_xlim(0, 118)
        left.set_xticks([0, 50, 100], labels=["0%", "50%", "100%"])
        left.set_title("Narrator: share of all words", loc="left", fontsize=9, fontweight="normal")
        left.set_yticks(y, labels=[_outlet_label(o) for o in outlets])
        left.tick_params(axis="y", length=0)
        cumulative = np.zeros(len(outlets))
        for kind in types:
            rows = quoted[quoted["speaker_type"] == kind].set_index("outlet")["share_quoted_words"]
            values = rows.reindex(outlets).fillna(0).to_numpy(dtype=float) * 100
            segs = right.barh(y, values, left=cumulative, color=colours[kind], height=0.62,
                              edgecolor="white", lw=0.6)
            right.bar_label(segs, labels=[format_share(v / 100) if v >= 8 else "" for v in values],
                            label_type="center", fontsize=8,
                            color="#222222" if colours[kind] in _LIGHT_TYPES | {UNTYPED_COLOUR} else "white")
            cumulative += values
        for yi, total in zip(y, cumulative):
            if total == 0:
                right.text(1, yi, "no quoted sources", va="center", fontsize=8.5, color="#666666")
        right.set_xlim(0, 100)
        right.xaxis.set_major_formatter(mpl.ticker.PercentFormatter(decimals=0))
        right.set_title("Quoted sources: share of quoted words by speaker type", loc="left",
                        fontsize=9, fontweight="normal")
        right.tick_params(axis="y", length=0)
        fig.suptitle(title, x=0.01, ha="left", fontsize=11.5, fontweight="bold")
        if types:
            handles = [Patch(facecolor=colours[t], edgecolor="none") for t in types]
            names = ["untyped" if t == UNTYPED else _type_label(t) for t in types]
            fig.legend(handles, names, loc="outside lower center",
                       ncols=min(5, len(types)), fontsize=8.5)
    return fig


# ---------------------------------------------------------------------------------------------
# Tone.


def tone_by_type_outlet(tone_df: pd.DataFrame, *, colours: Mapping[str, str] | None = None,
                        max_types: int = MAX_TYPES) -> Figure:
    """Mean VADER compound by speaker type (rows) and outlet (dots, side by side within a row),
    each with its 95% interval, from :func:`analysis.compare.tone_by_type`. The narrator's row
    is at the top; then the ``max_types`` types with most statements. Zero line and the ±0.05
    neutral band as in the single-article chart."""
    title = "Tone by speaker type and outlet (VADER compound)"
    _require(tone_df, ["outlet", "speaker_type", "statements", "mean_compound", "ci_low", "ci_high"],
             "tone_by_type_outlet")
    df = tone_df[tone_df["mean_compound"].notna()]
    if df.empty:
        return _empty_figure(title, "no scored statements")
    totals = df.groupby("speaker_type")["statements"].sum()
    types = sorted(totals.index, key=lambda t: (t != NARRATOR_TYPE, -totals[t], str(t)))
    dropped = len(types) - max_types
    types = types[:max_types]
    outlets = _outlets(df["outlet"])
    colours = dict(colours) if colours is not None else outlet_colours(outlets)
    step = 0.72 / max(1, len(outlets))
    with _style():
        fig = Figure(figsize=(8.4, 1.9 + 0.5 * len(types) + 0.06 * len(types) * len(outlets)),
                     layout="constrained")
        ax = fig.add_subplot()
        _neutral_band(ax, axis="x")
        for row_index, kind in enumerate(types):
            base = len(types) - 1 - row_index
            if row_index % 2 == 0:
                ax.axhspan(base - 0.45, base + 0.45, color="#F6F6F6", zorder=0, lw=0)
            for i, outlet in enumerate(outlets):
                cell = df[(df["speaker_type"] == kind) & (df["outlet"] == outlet)]
                if cell.empty:
                    continue
                r = cell.iloc[0]
                yy = base + 0.36 - step / 2 - i * step
                colour = _colour(outlet, colours)
                if pd.notna(r["ci_low"]) and pd.notna(r["ci_high"]):
                    _interval(ax, yy, float(r["ci_low"]), float(r["ci_high"]), colour)
                ax.plot([float(r["mean_compound"])], [yy], marker=_marker(outlet, outlets), ms=6,
                        color=colour, mec="#333333", mew=0.5, ls="none", zorder=3)
        ax.set_yticks(range(len(types)), labels=[_type_label(t) for t in reversed(types)])
        ax.set_ylim(-0.55, len(types) - 0.45)
        ax.tick_params(axis="y", length=0)
        ax.set_xlim(-1.05, 1.05)
        ax.set_xticks([-1, -0.5, -NEUTRAL_BAND, 0, NEUTRAL_BAND, 0.5, 1],
                      labels=["−1", "−0.5", "", "0", "", "+0.5", "+1"])
        ax.set_xlabel("Mean compound, −1 (negative) to +1 (positive); line: 95% interval")
        note = "One dot per outlet · no line: a single statement"
        if dropped > 0:
            note += f" · {dropped} rarer speaker type{'s' if dropped > 1 else ''} in the table only"
        _titles(fig, ax, title, note)
        _outlet_legend(fig, outlets, colours, lines=False)
        fig.legend([Patch(facecolor=BAND_COLOUR, edgecolor="none")], ["neutral band (±0.05)"],
                   loc="outside lower center", fontsize=8.5)
        ax.grid(axis="x", color="#DDDDDD", lw=0.5)
        ax.set_axisbelow(True)
    return fig


# ---------------------------------------------------------------------------------------------
# Framing.


def _heatmap(ax: Any, values: np.ndarray, texts: list[list[str]], *, vmax: float, cmap: str) -> Any:
    image = ax.imshow(np.ma.masked_invalid(values), cmap=cmap, vmin=0, vmax=vmax or 1.0, aspect="auto")
    for i in range(values.shape[0]):
        for j in range(values.shape[1]):
            if texts[i][j]:
                dark = np.isfinite(values[i, j]) and values[i, j] > 0.6 * (vmax or 1.0)
                ax.text(j, i, texts[i][j], ha="center", va="center", fontsize=8.5,
                        color="white" if dark else "#222222")
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    return image


def frame_heatmap(rates_df: pd.DataFrame) -> Figure:
    """Outlets (rows) × frames (columns), shaded and labelled with framing hits per 1,000 of the
    outlet's scored words (:func:`analysis.compare.frame_rates`)."""
    title = "Framing words by outlet"
    _require(rates_df, ["outlet", "frame", "hits", "per_1000"], "frame_heatmap")
    if rates_df.empty or not rates_df["hits"].sum():
        return _empty_figure(title, "no framing hits")
    outlets = _outlets(rates_df["outlet"])
    frames = sorted({str(f) for f in rates_df["frame"]}, key=lambda f: (f.casefold(), f))
    grid = rates_df.assign(frame=rates_df["frame"].astype(str)).pivot_table(
        index="outlet", columns="frame", values="per_1000", aggfunc="sum", dropna=False)
    values = grid.reindex(index=outlets, columns=frames).to_numpy(dtype=float)
    texts = [[format_rate(v) if np.isfinite(v) else "" for v in row] for row in values]
    vmax = float(np.nanmax(values)) if np.isfinite(values).any() else 1.0
    with _style():
        labels = [_outlet_label(o) for o in outlets]
        width = 0.075 * max(len(label) for label in labels) + 1.8 + 0.85 * len(frames)
        fig = Figure(figsize=(max(6.4, width), 2.1 + 0.42 * len(outlets)), layout="constrained")
        ax = fig.add_subplot()
        image = _heatmap(ax, values, texts, vmax=vmax, cmap="Blues")
        ax.set_xticks(range(len(frames)), labels=[display_label(f, max_len=20) for f in frames],
                      rotation=35, ha="right", rotation_mode="anchor")
        ax.set_yticks(range(len(outlets)), labels=labels)
        bar = fig.colorbar(image, ax=ax, shrink=0.9, pad=0.02)
        bar.set_label("hits per 1,000 words")
        bar.outline.set_visible(False)
        _titles(fig, ax, title, "Shade and numbers: hits per 1,000 of the outlet's scored words, quotes included")
    return fig


def frame_rates_over_time_chart(
    df: pd.DataFrame, *, colours: Mapping[str, str] | None = None, max_frames: int = MAX_FRAMES
) -> Figure:
    """One panel per frame (the ``max_frames`` with most hits), one line per outlet: hits per 1,000
    scored words in each period (:func:`analysis.compare.frame_rates_over_time`). A gap is a period
    in which the outlet has no words."""
    title = "Framing words over time, by outlet"
    _require(df, ["outlet", "frame", "period", "period_start", "hits", "per_1000"],
             "frame_rates_over_time_chart")
    if df.empty or not df["hits"].sum():
        return _empty_figure(title, "no dated framing hits")
    totals = df.groupby("frame")["hits"].sum()
    frames = sorted(totals[totals > 0].index, key=lambda f: (-totals[f], str(f)))[:max_frames]
    periods = df.sort_values("period_start", kind="stable")["period"].drop_duplicates().tolist()
    outlets = _outlets(df["outlet"])
    colours = dict(colours) if colours is not None else outlet_colours(outlets)
    cols = min(3, len(frames))
    nrows = int(np.ceil(len(frames) / cols))
    x = np.arange(len(periods))
    with _style():
        fig = Figure(figsize=(3.4 * cols + 1.8, 2.5 * nrows + 1.0), layout="constrained")
        axes = np.atleast_1d(fig.subplots(nrows, cols, sharex=True, squeeze=False)).ravel()
        top = float(np.nanmax(df[df["frame"].isin(frames)]["per_1000"].to_numpy(dtype=float)))
        for ax, frame in zip(axes, frames):
            for outlet in outlets:
                rows = df[(df["frame"] == frame) & (df["outlet"] == outlet)].set_index("period")
                y = rows["per_1000"].reindex(periods).to_numpy(dtype=float)
                ax.plot(x, y, color=_colour(outlet, colours), marker=_marker(outlet, outlets), ms=4,
                        lw=1.4, mec="#333333", mew=0.3)
            ax.set_title(display_label(frame, max_len=30), loc="left", fontsize=9.5, fontweight="bold")
            ax.set_ylim(0, (top or 1.0) * 1.1)
            ax.set_xlim(-0.4, len(periods) - 0.6)
            ax.grid(axis="y", color="#DDDDDD", lw=0.5)
            ax.set_axisbelow(True)
            _period_ticks(ax, periods)
        for ax in axes[len(frames):]:
            ax.set_axis_off()
        for ax in axes[::cols]:
            ax.set_ylabel("hits per 1,000 words")
        fig.suptitle(title, x=0.01, ha="left", fontsize=11.5, fontweight="bold")
        _outlet_legend(fig, outlets, colours, lines=True)
    return fig


def label_words_chart(label_df: pd.DataFrame, *, max_labels: int = MAX_LABELS) -> Figure:
    """Outlets (rows) × the ``max_labels`` most used words of the labels frame (columns), shaded and
    labelled with each word's share of the outlet's label words
    (:func:`analysis.compare.label_words`), so "militant" vs "terrorist" vs "rebel" reads across."""
    title = "Words used to label armed actors, by outlet"
    _require(label_df, ["outlet", "label", "hits", "share"], "label_words_chart")
    if label_df.empty or not label_df["hits"].sum():
        return _empty_figure(title, "no label words found")
    totals = label_df.groupby("label")["hits"].sum()
    words = sorted(totals.index, key=lambda w: (-totals[w], str(w)))[:max_labels]
    outlets = _outlets(label_df["outlet"])
    grid = label_df.pivot_table(index="outlet", columns="label", values="share", aggfunc="sum")
    values = grid.reindex(index=outlets, columns=words).to_numpy(dtype=float)
    texts = [[format_share(v) if np.isfinite(v) and v > 0 else "" for v in row] for row in values]
    with _style():
        labels = [_outlet_label(o) for o in outlets]
        width = 0.075 * max(len(label) for label in labels) + 1.8 + 0.8 * len(words)
        fig = Figure(figsize=(max(6.4, width), 2.2 + 0.42 * len(outlets)), layout="constrained")
        ax = fig.add_subplot()
        shades = np.nan_to_num(values, nan=0.0)
        image = _heatmap(ax, shades, texts, vmax=float(shades.max()) or 1.0, cmap="Purples")
        ax.set_xticks(range(len(words)), labels=[display_label(w, max_len=20) for w in words],
                      rotation=35, ha="right", rotation_mode="anchor")
        ax.set_yticks(range(len(outlets)), labels=labels)
        bar = fig.colorbar(image, ax=ax, shrink=0.9, pad=0.02,
                           format=mpl.ticker.PercentFormatter(xmax=1, decimals=0))
        bar.set_label("share of the outlet's label words")
        bar.outline.set_visible(False)
        note = "Shade and numbers: share of the outlet's label words (a row sums to 100% over all its words)"
        if len(totals) > len(words):
            note += f"; the {len(words)} most used shown, the rest in the table"
        _titles(fig, ax, title, note + " · quotes included")
    return fig
