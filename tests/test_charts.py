from __future__ import annotations

import io
import warnings

import numpy as np
import pandas as pd
import pytest
from matplotlib.figure import Figure
from matplotlib.image import AxesImage

from analysis.charts import (
    NARRATOR_COLOUR,
    PALETTE,
    display_label,
    save_figure,
    share_of_voice,
    speaker_colours,
    speaker_frame_heatmap,
    tone_by_speaker,
    tone_through_article,
)
from analysis.errors import ParameterError
from analysis.models import NARRATOR

NAN = np.nan
WEIRD_NAMES = [
    "$x^2$ and $y$",
    "$",
    "<script>alert(1)</script>",
    "_hidden",
    "A" * 200,
    "\x00line\nbreak\ttab\x1b",
    "",
    "名前 الاسم",
    "back\\slash $5",
]


def speakers_df(names=("Rami Abdel Rahman", "Bashar Assad", NARRATOR)) -> pd.DataFrame:
    rows = []
    for i, name in enumerate(names):
        narrator = name == NARRATOR
        single = i % 2 == 1 and not narrator
        mean = -0.6 + 0.4 * i
        rows.append(dict(
            speaker=name, speaker_type="narrator" if narrator else "monitor",
            statements=1 if single else 3 + i, words=30 + i, mean_compound=mean,
            ci_low=NAN if single else mean - 0.2, ci_high=NAN if single else mean + 0.2,
            share_positive=0.2, share_neutral=0.3, share_negative=0.5,
        ))
    return pd.DataFrame(rows)


def types_df() -> pd.DataFrame:
    return pd.DataFrame({
        "speaker_type": ["narrator", "monitor", "government"],
        "speakers": [1, 2, 1], "statements": [18, 3, 2], "words": [402, 48, 41],
        "share_words": [0.8189, 0.0978, 0.0835], "share_quoted_words": [NAN, 0.5393, 0.4607],
        "mean_compound": [-0.21, -0.6, 0.55],
    })


def frames_df(names=("Narrator", "Bashar Assad")) -> pd.DataFrame:
    rows = []
    for i, name in enumerate(names):
        for j, frame in enumerate(["terror", "military_victory", "heritage"]):
            hits = (i + j) % 3
            rows.append(dict(speaker=name, speaker_type="x", frame=frame, hits=hits, words=100,
                             per_1000=hits * 10.0))
    return pd.DataFrame(rows)


def voices_df(names=("Narrator", "Bashar Assad", "Narrator", "Rami Abdel Rahman", "Narrator")):
    n = len(names)
    return pd.DataFrame({
        "article_id": ["a"] * n, "unit": range(n), "sentence": range(n), "speaker": list(names),
        "speaker_type": ["narrator" if s == NARRATOR else "monitor" for s in names],
        "statement": [None] * n, "start": [100 * (n - i) for i in range(n)][::-1],
        "end": [100 * (n - i) + 50 for i in range(n)][::-1], "text": ["t"] * n,
        "words": [10] * n, "compound": np.linspace(-0.8, 0.8, n), "pos": [0.1] * n,
        "neu": [0.8] * n, "neg": [0.1] * n, "tone": ["neutral"] * n,
    })


def svg_of(fig: Figure) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="svg")
    return buf.getvalue().decode("utf-8")


def texts_of(ax) -> list[str]:
    return [t.get_text() for t in ax.texts]


# ---------------------------------------------------------------------------------------------
# Colours.


def test_speaker_colours_narrator_grey_and_independent_of_order():
    a = speaker_colours(["Rami", NARRATOR, "Assad", "Rami"])
    b = speaker_colours([NARRATOR, "Assad", "Rami"])
    assert a == b
    assert a[NARRATOR] == NARRATOR_COLOUR
    assert a["Assad"] != a["Rami"]
    assert set(a.values()) - {NARRATOR_COLOUR} <= set(PALETTE)


def test_speaker_colours_are_distinct_up_to_the_palette_size():
    names = [f"speaker {i}" for i in range(len(PALETTE))]
    assert len(set(speaker_colours(names).values())) == len(PALETTE)
    assert NARRATOR not in speaker_colours(names)


# ---------------------------------------------------------------------------------------------
# Charts.


def test_tone_by_speaker_one_dot_per_speaker_with_intervals_and_counts():
    fig = tone_by_speaker(speakers_df())
    ax = fig.axes[0]
    assert fig.get_suptitle() == "Mean tone by speaker (VADER compound)"
    labels = [t.get_text() for t in ax.get_yticklabels()]
    # Sorted by mean, most positive at the top.
    assert labels == ["Rami Abdel Rahman (monitor)", "Bashar Assad (monitor)", "Narrator"]
    dots = [line for line in ax.lines if line.get_marker() not in (None, "None", "")]
    assert len(dots) == 3
    # Two intervals drawn: the speaker with one statement has none.
    assert len(ax.collections) == 2
    assert texts_of(ax) == ["3 statements", "1 statement", "5 sentences"]
    assert "compound" in ax.get_xlabel().lower()
    assert ax.get_xlim() == (-1.05, 1.05)
    # The neutral band and the zero line.
    assert any(abs(p.get_x() + 0.05) < 1e-9 for p in ax.patches if hasattr(p, "get_x"))


def test_tone_by_speaker_uses_given_colours():
    fig = tone_by_speaker(speakers_df(), colours={"Bashar Assad": "#123456"})
    dots = [line for line in fig.axes[0].lines if line.get_marker() == "o"]
    assert "#123456" in {line.get_color() for line in dots}
    assert NARRATOR_COLOUR in {line.get_color() for line in dots}


def test_speaker_frame_heatmap_cells_are_rates_annotated_with_hits():
    fig = speaker_frame_heatmap(frames_df())
    ax = fig.axes[0]
    images = [im for im in ax.get_images() if isinstance(im, AxesImage)]
    assert len(images) == 1
    assert images[0].get_array().shape == (2, 3)
    assert [t.get_text() for t in ax.get_xticklabels()] == ["heritage", "military_victory", "terror"]
    # Rows by total hits: Bashar Assad 3 hits, Narrator 3 hits -> tie broken by name.
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Bashar Assad (x)", "Narrator"]
    assert sorted(texts_of(ax)) == ["1", "1", "2", "2"]
    assert fig.get_suptitle() == "Framing words by speaker"
    assert "per 1,000" in fig.axes[1].get_ylabel()


@pytest.mark.parametrize("df", [frames_df().iloc[0:0], frames_df().assign(hits=0)])
def test_speaker_frame_heatmap_without_hits_says_so(df):
    fig = speaker_frame_heatmap(df)
    assert "no framing hits" in texts_of(fig.axes[0])


def test_share_of_voice_one_bar_per_type_with_percent_labels():
    fig = share_of_voice(types_df())
    ax = fig.axes[0]
    assert len(ax.patches) == 3
    assert [t.get_text() for t in ax.get_yticklabels()] == ["government", "monitor", "narrator"]
    assert texts_of(ax) == ["8%", "10%", "82%"]
    assert ax.patches[-1].get_facecolor()[:3] == pytest.approx((0x8C / 255,) * 3)
    assert fig.get_suptitle() == "Share of words by speaker type"


def test_tone_through_article_in_text_order_coloured_by_speaker():
    df = voices_df().sample(frac=1, random_state=1)  # any row order: the chart sorts by offset
    fig = tone_through_article(df)
    ax = fig.axes[0]
    legend = ax.get_legend()
    assert [t.get_text() for t in legend.get_texts()] == ["Bashar Assad", "Rami Abdel Rahman", NARRATOR]
    stems = ax.collections[0]
    assert len(stems.get_segments()) == 5
    ys = [seg[1][1] for seg in stems.get_segments()]
    assert ys == pytest.approx(np.linspace(-0.8, 0.8, 5))
    assert ax.get_ylim() == (-1.05, 1.05)
    assert "order" in ax.get_xlabel()


@pytest.mark.parametrize("chart, df", [
    (tone_by_speaker, pd.DataFrame(columns=["speaker", "speaker_type", "statements", "mean_compound",
                                            "ci_low", "ci_high"])),
    (share_of_voice, pd.DataFrame(columns=["speaker_type", "share_words"])),
    (tone_through_article, pd.DataFrame(columns=["speaker", "compound"])),
])
def test_empty_tables_give_a_figure_saying_so(chart, df):
    fig = chart(df)
    assert isinstance(fig, Figure)
    assert any(t.startswith("no ") for t in texts_of(fig.axes[0]))


def test_missing_column_is_a_clear_error():
    with pytest.raises(ParameterError, match="mean_compound"):
        tone_by_speaker(pd.DataFrame({"speaker": ["a"]}))


# ---------------------------------------------------------------------------------------------
# Untrusted names.


@pytest.mark.parametrize("name", WEIRD_NAMES)
def test_weird_names_draw_as_plain_text(name):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # missing glyphs for some scripts are fine
        figs = [
            tone_by_speaker(speakers_df((name, "Other", NARRATOR))),
            speaker_frame_heatmap(frames_df((name, NARRATOR))),
            tone_through_article(voices_df((NARRATOR, name, "Other"))),
        ]
        svgs = [svg_of(fig) for fig in figs]
    for svg in svgs:
        assert "<script>" not in svg
    shown = display_label(name).replace("\\$", "$")
    if "$" in name:
        assert all(shown.replace("<", "&lt;").replace(">", "&gt;") in svg for svg in svgs)
    # The legend keeps a name starting with "_" that matplotlib would otherwise hide.
    legend = figs[2].axes[0].get_legend()
    assert len(legend.get_texts()) == 3


def test_display_label_truncates_and_escapes_dollars():
    assert display_label("x" * 40, max_len=10) == "xxxxxxxxx…"
    assert display_label("$a$") == r"\$a\$"
    assert display_label(" \n ") == "(unnamed)"
    assert display_label(None) == "(unnamed)"


# ---------------------------------------------------------------------------------------------
# Saving.


def test_save_figure_writes_png_and_svg_byte_stable(tmp_path):
    paths = save_figure(tone_by_speaker(speakers_df()), tmp_path / "figs", "tone")
    assert [p.name for p in paths] == ["tone.png", "tone.svg"]
    first = [p.read_bytes() for p in paths]
    assert first[0].startswith(b"\x89PNG") and b"<svg" in first[1]
    save_figure(tone_by_speaker(speakers_df()), tmp_path / "figs", "tone")
    assert [p.read_bytes() for p in paths] == first
    assert sorted(p.name for p in (tmp_path / "figs").iterdir()) == ["tone.png", "tone.svg"]
    svg = first[1].decode()
    assert "<dc:date>" not in svg
    assert "Rami Abdel Rahman (monitor)</text>" in svg, "SVG text stays text"


@pytest.mark.parametrize("name", ["../escape", "a/b", "", ".hidden", "x\x00"])
def test_save_figure_rejects_names_that_are_not_plain_stems(tmp_path, name):
    with pytest.raises(ParameterError, match="plain file stem"):
        save_figure(share_of_voice(types_df()), tmp_path, name)


def test_charts_leave_pyplot_alone():
    import matplotlib.pyplot as plt

    before = plt.get_fignums()
    tone_by_speaker(speakers_df())
    speaker_frame_heatmap(frames_df())
    assert plt.get_fignums() == before
