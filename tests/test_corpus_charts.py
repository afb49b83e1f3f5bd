from __future__ import annotations

import warnings

import pandas as pd
import pytest
from matplotlib.figure import Figure
from matplotlib.image import AxesImage

from analysis import compare, corpus_charts
from analysis.charts import NARRATOR_COLOUR, save_figure
from analysis.errors import ParameterError
from tests.test_compare import corpus_tables

@pytest.fixture
def chosen() -> dict[str, pd.DataFrame]:
    return compare.select(corpus_tables())


def _figures(chosen: dict[str, pd.DataFrame]) -> dict[str, Figure]:
    voices, hits, articles = chosen["voices"], chosen["frame_hits"], chosen["articles"]
    return {
        "articles_over_time": corpus_charts.articles_over_time(compare.outlet_periods(articles, period="week")),
        "share_of_voice": corpus_charts.share_of_voice_by_outlet(compare.share_of_voice(voices)),
        "tone_by_type": corpus_charts.tone_by_type_outlet(compare.tone_by_type(voices)),
        "frame_heatmap": corpus_charts.frame_heatmap(compare.frame_rates(hits, voices)),
        "frame_rates_over_time": corpus_charts.frame_rates_over_time_chart(
            compare.frame_rates_over_time(hits, voices, period="week")),
        "label_words": corpus_charts.label_words_chart(compare.label_words(hits)),
    }


def _texts(fig: Figure) -> list[str]:
    return [t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text"))]


def test_every_chart_draws_and_saves_png_and_svg(chosen, tmp_path):
    for name, fig in _figures(chosen).items():
        paths = save_figure(fig, tmp_path, name)
        assert [p.suffix for p in paths] == [".png", ".svg"]
        assert all(p.stat().st_size > 1000 for p in paths), name


def test_outlets_keep_one_colour_in_every_chart(chosen):
    outlets = compare.sort_outlets(chosen["articles"]["outlet"])
    colours = corpus_charts.outlet_colours(outlets)
    assert colours[compare.UNKNOWN_OUTLET] == NARRATOR_COLOUR
    assert colours == corpus_charts.outlet_colours(list(reversed(outlets)))
    fig = corpus_charts.articles_over_time(compare.outlet_periods(chosen["articles"], period="week"),
                                           colours=colours)
    legend = fig.legends[0]
    for handle, text in zip(legend.legend_handles, legend.get_texts()):
        name = next(o for o in outlets if corpus_charts.display_label(o, max_len=24) == text.get_text())
        assert handle.get_color().lower() == colours[name].lower()


def test_speaker_types_use_a_palette_apart_from_the_outlets(chosen):
    fig = corpus_charts.share_of_voice_by_outlet(compare.share_of_voice(chosen["voices"]))
    type_colours = {p.get_facecolor()[:3] for p in fig.legends[0].get_patches()}
    from matplotlib import colors
    outlet_palette = {colors.to_rgb(c) for c in corpus_charts.PALETTE}
    assert type_colours and not (type_colours & outlet_palette)


def test_heatmaps_show_the_rates_and_shares_of_the_tables(chosen):
    rates = compare.frame_rates(chosen["frame_hits"], chosen["voices"])
    fig = corpus_charts.frame_heatmap(rates)
    assert isinstance(fig.axes[0].get_images()[0], AxesImage)
    assert "8.0" in _texts(fig)  # Daily Planet's labels: 4 hits in 500 words
    labels = corpus_charts.label_words_chart(compare.label_words(chosen["frame_hits"]))
    assert {"militant", "terrorist", "rebel"} <= set(_texts(labels))
    assert "50%" in _texts(labels)


def test_tone_chart_puts_the_narrator_first_and_says_when_types_are_left_out(chosen):
    tone = compare.tone_by_type(chosen["voices"])
    fig = corpus_charts.tone_by_type_outlet(tone, max_types=2)
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert ticks[-1] == "narrator" and len(ticks) == 2  # the top row is the last tick
    assert any("rarer speaker types in the table only" in t for t in _texts(fig))


@pytest.mark.parametrize("build, table, message", [
    (corpus_charts.articles_over_time, compare.PERIOD_COLUMNS, "no dated articles"),
    (corpus_charts.share_of_voice_by_outlet, compare.VOICE_SHARE_COLUMNS, "no words scored"),
    (corpus_charts.tone_by_type_outlet, compare.TONE_COLUMNS, "no scored statements"),
    (corpus_charts.frame_heatmap, compare.FRAME_RATE_COLUMNS, "no framing hits"),
    (corpus_charts.frame_rates_over_time_chart, compare.FRAME_PERIOD_COLUMNS, "no dated framing hits"),
    (corpus_charts.label_words_chart, compare.LABEL_COLUMNS, "no label words found"),
])
def test_an_empty_table_gives_a_figure_that_says_so(build, table, message):
    fig = build(pd.DataFrame(columns=list(table)))
    assert message in _texts(fig)


def test_a_table_without_the_needed_columns_is_refused():
    with pytest.raises(ParameterError, match="lacks column"):
        corpus_charts.frame_heatmap(pd.DataFrame({"outlet": ["A"]}))


def test_outlet_names_from_the_data_are_drawn_as_plain_text(tmp_path):
    tables = corpus_tables()
    names = {"Daily Planet": "$x^2$ News", "Gotham Gazette": "_hidden", "Bugle": "tab\tand\nline"}
    for name in ("articles", "voices", "frame_hits"):
        tables[name]["outlet"] = tables[name]["outlet"].map(lambda o: names.get(o, o))
    weird = compare.select(tables)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a name read as mathtext would warn or raise
        for name, fig in _figures(weird).items():
            save_figure(fig, tmp_path, name)
            shown = _texts(fig)
            assert "\\$x^2\\$ News" in shown, name
            assert "tab and line" in shown or name == "label_words", name  # no label words there
    legend = [t.get_text() for t in _figures(weird)["articles_over_time"].legends[0].get_texts()]
    assert "_hidden" in legend  # a leading underscore does not hide an outlet from the key
