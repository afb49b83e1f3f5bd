from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from analysis import compare
from analysis.errors import ParameterError
from analysis.tone import mean_interval

NAN = np.nan

# ---------------------------------------------------------------------------------------------
# Hand-built corpus tables (the columns analysis.corpus.load_tables returns), shared by the
# chart and prose tests.

ARTICLES = [
    # id, outlet, outlet as written, date, title, words
    ("p1", "Daily Planet", "Daily Planet", "2016-09-05", "Town falls", 200),
    ("p2", "Daily Planet", "daily planet", "2016-09-20T23:30:00Z", "Rebels retreat", 300),
    ("g1", "Gotham Gazette", "Gotham Gazette", "2016-09-06", "Terrorists driven out", 250),
    ("g2", "Gotham Gazette", "GOTHAM GAZETTE", None, None, 150),
    ("b1", "Bugle", "The Bugle", "2016-10-10", "<script>alert(1)</script>", 100),
    ("x1", None, None, "2016-10-11", "No outlet", 50),
]
VOICES = [
    # article, speaker, type, words, compound
    ("p1", "Narrator", "narrator", 120, -0.3), ("p1", "Narrator", "narrator", 40, -0.5),
    ("p1", "Mayor Smith", "government", 40, 0.4),
    ("p2", "Narrator", "narrator", 200, -0.1), ("p2", "Rebel spokesman", "militant", 60, -0.6),
    ("p2", "Mayor Smith", "government", 40, 0.2),
    ("g1", "Narrator", "narrator", 150, -0.6), ("g1", "SOHR", "monitor", 100, -0.7),
    ("g2", "Narrator", "narrator", 100, 0.0), ("g2", "Mayor Smith", "government", 50, 0.5),
    ("b1", "Narrator", "narrator", 80, 0.3), ("b1", "<i>Anon</i>", "citizen", 20, 0.0),
    ("x1", "Narrator", "narrator", 40, 0.0),
]
HITS = [
    # article, speaker, type, frame, match
    ("p1", "Narrator", "narrator", "labels", "militants"), ("p1", "Narrator", "narrator", "labels", "Militant"),
    ("p2", "Narrator", "narrator", "labels", "rebels"), ("p2", "Mayor Smith", "government", "labels", "terrorists"),
    ("p2", "Narrator", "narrator", "terror", "massacre"),
    ("g1", "Narrator", "narrator", "labels", "terrorists"), ("g1", "SOHR", "monitor", "labels", "militants"),
    ("g1", "Narrator", "narrator", "terror", "terrorism"), ("g2", "Narrator", "narrator", "labels", "terrorists"),
    ("b1", "Narrator", "narrator", "victory", "=HYPERLINK(victory)"),
]


def _tone(compound: float) -> str:
    return "positive" if compound >= 0.05 else "negative" if compound <= -0.05 else "neutral"


def articles_df() -> pd.DataFrame:
    rows = [dict(article_id=a, outlet=o, outlet_raw=raw, date=d, date_raw=d, title=t, url=None,
                 source=f"corpus.jsonl:{i + 1}", words=w, sentences=5, attributions=2, frame_hits=2)
            for i, (a, o, raw, d, t, w) in enumerate(ARTICLES)]
    df = pd.DataFrame(rows)
    df["date"] = pd.to_datetime(df["date"], utc=True, format="ISO8601")
    return df


def _meta(df: pd.DataFrame) -> pd.DataFrame:
    articles = articles_df().set_index("article_id")
    df["outlet"] = df["article_id"].map(articles["outlet"])
    df["date"] = df["article_id"].map(articles["date"])
    return df


def voices_df() -> pd.DataFrame:
    rows = [dict(article_id=a, unit=i, sentence=i, speaker=s, speaker_type=t,
                 statement=None if t == "narrator" else i, start=10 * i, end=10 * i + 9, text="…",
                 words=w, compound=c, pos=0.1, neu=0.8, neg=0.1, tone=_tone(c))
            for i, (a, s, t, w, c) in enumerate(VOICES)]
    return _meta(pd.DataFrame(rows))


def frame_hits_df() -> pd.DataFrame:
    rows = [dict(article_id=a, speaker=s, speaker_type=t, frame=f, pattern=m.lower(), start=5 * i,
                 end=5 * i + 4, pre="before the", match=m, post="after the")
            for i, (a, s, t, f, m) in enumerate(HITS)]
    return _meta(pd.DataFrame(rows))


def corpus_tables() -> dict[str, pd.DataFrame]:
    """A small corpus of three named outlets and one article without an outlet."""
    return {
        "articles": articles_df(),
        "voices": voices_df(),
        "frame_hits": frame_hits_df(),
        "speakers": compare.speaker_summary(voices_df()),
        "errors": pd.DataFrame([dict(source="corpus.jsonl", line=7, article_id=None, stage="load",
                                     reason="not valid JSON")]),
    }


def comparison_tables(tables: dict[str, pd.DataFrame] | None = None) -> dict[str, pd.DataFrame]:
    """Every displayed comparison table of the hand-built corpus."""
    whole = tables or corpus_tables()
    chosen = compare.select(whole)
    return {
        "coverage": compare.coverage(whole["articles"], whole["errors"]),
        "outlets": compare.outlet_totals(chosen["articles"]),
        "share_of_voice": compare.share_of_voice(chosen["voices"]),
        "top_speakers": compare.top_speakers(chosen["speakers"]),
        "tone_by_type": compare.tone_by_type(chosen["voices"]),
        "frame_rates": compare.frame_rates(chosen["frame_hits"], chosen["voices"]),
        "label_words": compare.label_words(chosen["frame_hits"]),
    }


@pytest.fixture
def tables() -> dict[str, pd.DataFrame]:
    return corpus_tables()


def _row(df: pd.DataFrame, **keys: object) -> pd.Series:
    mask = pd.Series(True, index=df.index)
    for k, v in keys.items():
        mask &= df[k] == v
    rows = df[mask]
    assert len(rows) == 1, rows
    return rows.iloc[0]


# ---------------------------------------------------------------------------------------------
# Selection.


@pytest.mark.parametrize("value, end, after, before", [
    ("2016-09", False, "2016-09-01", "2016-09-01"),
    ("2016-09", True, "2016-09-30 23:59:59.999", "2016-10-01"),
    ("2016", False, "2016-01-01", "2016-01-01"),
    ("2016", True, "2016-12-31 23:59:59.999", "2017-01-01"),
    ("2016-09-05", True, "2016-09-05 23:59:59.999", "2016-09-06"),
    ("2016-09-05T12:00:00+02:00", False, "2016-09-05 10:00", "2016-09-05 10:00"),
])
def test_date_bound_reads_a_date_at_its_own_precision(value, end, after, before):
    bound = compare.date_bound(value, end=end)
    assert pd.Timestamp(after, tz="UTC") <= bound
    assert bound < pd.Timestamp(before, tz="UTC") or bound == pd.Timestamp(before, tz="UTC") == pd.Timestamp(after, tz="UTC")


@pytest.mark.parametrize("value", [None, "", "  "])
def test_an_empty_date_bound_is_no_bound(value):
    assert compare.date_bound(value, end=True) is None


def test_select_keeps_whole_end_month_and_drops_undated_when_bounded(tables):
    chosen = compare.select(tables, start="2016-09", end="2016-09")
    assert sorted(chosen["articles"]["article_id"]) == ["g1", "p1", "p2"]  # p2 at 23:30 on the 20th
    assert set(chosen["voices"]["article_id"]) == {"g1", "p1", "p2"}
    assert set(chosen["frame_hits"]["article_id"]) == {"g1", "p1", "p2"}
    assert len(chosen["errors"]) == 1


def test_select_without_bounds_keeps_undated_articles_and_names_the_missing_outlet(tables):
    chosen = compare.select(tables)
    assert len(chosen["articles"]) == len(ARTICLES)
    assert compare.UNKNOWN_OUTLET in set(chosen["articles"]["outlet"])
    assert compare.UNKNOWN_OUTLET in set(chosen["voices"]["outlet"])


def test_select_matches_outlets_ignoring_case_and_spaces(tables):
    chosen = compare.select(tables, outlets=" daily PLANET ,bugle")
    assert set(chosen["articles"]["outlet"]) == {"Daily Planet", "Bugle"}
    assert set(chosen["speakers"]["outlet"]) == {"Daily Planet", "Bugle"}


def test_select_names_an_unknown_outlet_and_lists_the_known_ones(tables):
    with pytest.raises(ParameterError, match=r"'Daily Bugle' not in the corpus; it has: .*Bugle, Daily Planet"):
        compare.select(tables, outlets="Daily Bugle")


@pytest.mark.parametrize("start, end, message", [
    ("2016-10", "2016-09", "after end date"),
    ("last week", "", "start date 'last week' is not a date"),
    ("", "soon", "end date 'soon' is not a date"),
])
def test_select_refuses_bad_dates_naming_the_parameter(tables, start, end, message):
    with pytest.raises(ParameterError, match=message):
        compare.select(tables, start=start, end=end)


def test_select_rebuilds_speakers_from_the_chosen_voices(tables):
    chosen = compare.select(tables, end="2016-09-10")
    mayor = _row(chosen["speakers"], outlet="Daily Planet", speaker="Mayor Smith")
    assert (mayor["statements"], mayor["words"], mayor["mean_compound"]) == (1, 40, 0.4)


# ---------------------------------------------------------------------------------------------
# Volume.


@pytest.mark.parametrize("days, period", [(0, "week"), (90, "week"), (120, "month"), (1000, "month"),
                                          (1500, "quarter"), (4000, "year")])
def test_period_is_chosen_from_the_span(days, period):
    dates = pd.Series(pd.to_datetime(["2010-01-01"], utc=True).tolist()
                      + [pd.Timestamp("2010-01-01", tz="UTC") + pd.Timedelta(days=days), pd.NaT])
    assert compare.choose_period(dates) == period


def test_outlet_totals_count_articles_words_dates_and_undated(tables):
    totals = compare.outlet_totals(tables["articles"])
    assert list(totals["outlet"]) == [compare.UNKNOWN_OUTLET, "Bugle", "Daily Planet", "Gotham Gazette"]
    gazette = _row(totals, outlet="Gotham Gazette")
    assert (gazette["articles"], gazette["words"], gazette["undated"]) == (2, 400, 1)
    assert (gazette["first_date"], gazette["last_date"]) == ("2016-09-06", "2016-09-06")


def test_outlet_names_show_which_spellings_were_merged(tables):
    names = compare.outlet_names(tables["articles"])
    planet = names[names["outlet"] == "Daily Planet"]
    assert sorted(planet["outlet_raw"]) == ["Daily Planet", "daily planet"]


def test_outlet_periods_fill_every_period_between_first_and_last_date(tables):
    periods = compare.outlet_periods(tables["articles"], period="month")
    assert list(periods.columns) == list(compare.PERIOD_COLUMNS)
    planet = periods[periods["outlet"] == "Daily Planet"]
    assert list(planet["period"]) == ["2016-09", "2016-10"]
    assert list(planet["articles"]) == [2, 0]
    assert periods["articles"].sum() == len(ARTICLES) - 1  # the undated one is left out


@pytest.mark.parametrize("period, label", [("week", "wk 2016-09-05"), ("month", "2016-09"),
                                           ("quarter", "2016 Q3"), ("year", "2016")])
def test_period_labels(tables, period, label):
    periods = compare.outlet_periods(tables["articles"], period=period)
    assert periods["period"].iloc[0] == label


def test_unknown_period_is_refused(tables):
    with pytest.raises(ParameterError, match="fortnight"):
        compare.outlet_periods(tables["articles"], period="fortnight")


# ---------------------------------------------------------------------------------------------
# Who speaks.


def test_share_of_voice_keeps_the_narrator_apart_from_quoted_sources(tables):
    shares = compare.share_of_voice(tables["voices"])
    narrator = _row(shares, outlet="Daily Planet", speaker_type="narrator")
    assert narrator["statements"] == 3 and narrator["words"] == 360
    assert narrator["share_all_words"] == pytest.approx(360 / 500)
    assert math.isnan(narrator["share_quoted_words"]) and math.isnan(narrator["share_statements"])
    government = _row(shares, outlet="Daily Planet", speaker_type="government")
    assert government["share_quoted_words"] == pytest.approx(80 / 140)
    assert government["share_statements"] == pytest.approx(2 / 3)
    for _, group in shares.groupby("outlet"):
        quoted = group[group["speaker_type"] != "narrator"]
        if len(quoted):
            assert quoted["share_quoted_words"].sum() == pytest.approx(1.0)
            assert quoted["share_statements"].sum() == pytest.approx(1.0)
        assert group["share_all_words"].sum() == pytest.approx(1.0)


def test_top_speakers_rank_quoted_sources_per_outlet_without_the_narrator(tables):
    top = compare.top_speakers(tables["speakers"], n=1)
    assert "Narrator" not in set(top["speaker"])
    planet = _row(top, outlet="Daily Planet")
    assert (planet["rank"], planet["speaker"], planet["statements"]) == (1, "Mayor Smith", 2)
    assert planet["share_statements"] == pytest.approx(2 / 3)
    assert len(compare.top_speakers(tables["speakers"], n=5)) == 5  # every quoted source


# ---------------------------------------------------------------------------------------------
# Tone.


def test_tone_by_type_gives_each_outlet_and_type_a_mean_with_its_interval(tables):
    tone = compare.tone_by_type(tables["voices"])
    narrator = _row(tone, outlet="Daily Planet", speaker_type="narrator")
    expected = mean_interval([-0.3, -0.5, -0.1])
    assert narrator["mean_compound"] == pytest.approx(expected.mean)
    assert (narrator["ci_low"], narrator["ci_high"]) == pytest.approx((expected.low, expected.high))
    assert narrator["share_negative"] == pytest.approx(1.0)
    single = _row(tone, outlet="Gotham Gazette", speaker_type="monitor")
    assert single["statements"] == 1 and math.isnan(single["ci_low"])
    first = tone.groupby("outlet", sort=False).head(1)
    assert set(first["speaker_type"]) == {"narrator"}


# ---------------------------------------------------------------------------------------------
# Framing.


def test_frame_rates_cover_every_outlet_and_frame_per_1000_scored_words(tables):
    rates = compare.frame_rates(tables["frame_hits"], tables["voices"])
    assert len(rates) == 4 * 3  # outlets × frames, zeros included
    labels = _row(rates, outlet="Daily Planet", frame="labels")
    assert (labels["hits"], labels["narrator_hits"], labels["words"]) == (4, 3, 500)
    assert labels["per_1000"] == pytest.approx(8.0)
    assert _row(rates, outlet="Bugle", frame="labels")["per_1000"] == 0.0


def test_frame_rates_over_time_leave_a_gap_where_an_outlet_has_no_words(tables):
    over_time = compare.frame_rates_over_time(tables["frame_hits"], tables["voices"], period="month")
    october = _row(over_time, outlet="Daily Planet", frame="labels", period="2016-10")
    assert october["words"] == 0 and math.isnan(october["per_1000"])
    september = _row(over_time, outlet="Daily Planet", frame="labels", period="2016-09")
    assert september["per_1000"] == pytest.approx(8.0)


@pytest.mark.parametrize("word, lemma", [
    ("Militants", "militant"), ("militant", "militant"), ("TERRORISTS", "terrorist"),
    ("rebels'", "rebel"), ("regime's", "regime"), ("armed  groups", "armed group"),
    ("militias", "militia"), ("casualties", "casualty"), ("ISIS", "isis"), ("process", "process"),
    ("Jihadists", "jihadist"), ("us", "us"),
])
def test_light_lemma_merges_plurals_and_possessives(word, lemma):
    assert compare.light_lemma(word) == lemma


def test_label_words_count_lemmatised_labels_per_outlet_with_shares(tables):
    labels = compare.label_words(tables["frame_hits"])
    planet = labels[labels["outlet"] == "Daily Planet"]
    assert list(planet["label"]) == ["militant", "rebel", "terrorist"]
    assert list(planet["hits"]) == [2, 1, 1]
    assert list(planet["narrator_hits"]) == [2, 1, 0]
    assert planet["share"].sum() == pytest.approx(1.0)
    assert "Bugle" not in set(labels["outlet"])  # no label words there


def test_label_words_take_the_frame_and_its_nested_frames(tables):
    hits = tables["frame_hits"].copy()
    hits.loc[hits["match"] == "rebels", "frame"] = "actors/neutral"
    hits.loc[hits["match"] == "massacre", "frame"] = "actors"
    words = compare.label_words(hits, frame="actors")
    assert sorted(words["label"]) == ["massacre", "rebel"]
    assert compare.label_words(hits, frame="nothing").empty


def _many_hits() -> pd.DataFrame:
    rows = []
    for outlet, n in (("A", 30), ("B", 3), ("C", 10)):
        for i in range(n):
            rows.append(dict(article_id=f"{outlet}{i}", speaker="Narrator", speaker_type="narrator",
                             frame="terror", pattern="terror*", start=i, end=i + 5, pre="x",
                             match=f"terror{i}", post="y", outlet=outlet,
                             date=pd.Timestamp("2016-01-01", tz="UTC") + pd.Timedelta(days=i)))
    return pd.DataFrame(rows)


def test_kwic_sample_is_stratified_by_outlet_and_capped():
    sample = compare.kwic_sample(_many_hits(), per_frame=9)
    assert len(sample) == 9
    assert sample["outlet"].value_counts().to_dict() == {"A": 3, "B": 3, "C": 3}
    small = compare.kwic_sample(_many_hits(), per_frame=2)
    assert len(small) == 2 and small["outlet"].nunique() == 2


def test_kwic_sample_is_reproducible_whatever_the_row_order_or_other_outlets():
    hits = _many_hits()
    first = compare.kwic_sample(hits, per_frame=6, seed=7)
    shuffled = compare.kwic_sample(hits.sample(frac=1, random_state=1), per_frame=6, seed=7)
    pd.testing.assert_frame_equal(first, shuffled)
    without_b = compare.kwic_sample(hits[hits["outlet"] != "B"], per_frame=4, seed=7)
    assert list(without_b.loc[without_b["outlet"] == "A", "match"]) == list(
        first.loc[first["outlet"] == "A", "match"])
    other_seed = compare.kwic_sample(hits, per_frame=6, seed=8)
    assert list(other_seed["match"]) != list(first["match"])


# ---------------------------------------------------------------------------------------------
# Coverage, and tables that stay tables when empty.


def test_coverage_counts_missing_metadata_errors_and_what_the_selection_left_out(tables):
    cover = compare.coverage(tables["articles"], tables["errors"], start="2016-09", end="2016-09",
                             outlets="Daily Planet")
    counts = dict(zip(cover["item"], cover["count"]))
    assert counts["articles analysed"] == 6
    assert counts["records that could not be read or analysed (see errors)"] == 1
    assert counts["articles without a readable date"] == 1
    assert counts["articles without an outlet"] == 1
    assert counts["articles without a title"] == 1
    assert counts["left out: outside the dates chosen or undated"] == 3
    assert counts["left out: outlet not chosen"] == 1
    assert counts["articles compared in this report"] == 2
    assert _row(cover, item="articles compared in this report")["share"] == pytest.approx(2 / 6)


def test_every_table_keeps_its_columns_when_empty(tables):
    empty = {name: df.iloc[:0] for name, df in tables.items()}
    built = {
        "outlets": (compare.outlet_totals(empty["articles"]), compare.OUTLET_COLUMNS),
        "outlet_periods": (compare.outlet_periods(empty["articles"], period="month"), compare.PERIOD_COLUMNS),
        "share_of_voice": (compare.share_of_voice(empty["voices"]), compare.VOICE_SHARE_COLUMNS),
        "speakers": (compare.speaker_summary(empty["voices"]), compare.SPEAKER_COLUMNS),
        "top_speakers": (compare.top_speakers(empty["speakers"]), compare.TOP_SPEAKER_COLUMNS),
        "tone_by_type": (compare.tone_by_type(empty["voices"]), compare.TONE_COLUMNS),
        "frame_rates": (compare.frame_rates(empty["frame_hits"], empty["voices"]), compare.FRAME_RATE_COLUMNS),
        "over_time": (compare.frame_rates_over_time(empty["frame_hits"], empty["voices"], period="week"),
                      compare.FRAME_PERIOD_COLUMNS),
        "label_words": (compare.label_words(empty["frame_hits"]), compare.LABEL_COLUMNS),
        "kwic_sample": (compare.kwic_sample(empty["frame_hits"]), compare.KWIC_COLUMNS),
    }
    for name, (df, columns) in built.items():
        assert df.empty and list(df.columns) == list(columns), name
    cover = compare.coverage(empty["articles"], empty["errors"])
    assert cover.loc[cover["item"] == "articles analysed", "count"].item() == 0


def test_speaker_summary_counts_a_name_with_and_without_middle_initials_as_one():
    voices = voices_df()
    first = voices.index[voices["speaker_type"] != "narrator"][0]
    name = voices.at[first, "speaker"]
    outlet = voices.at[first, "outlet"]
    extra = voices.loc[[first]].assign(speaker=f"{name.split()[0]} Q. {name.split()[-1]}", unit=999)
    summary = compare.speaker_summary(pd.concat([voices, extra], ignore_index=True))
    rows = summary[(summary["outlet"] == outlet) & summary["speaker"].str.endswith(name.split()[-1])]
    before = compare.speaker_summary(voices)
    was = before[(before["outlet"] == outlet) & (before["speaker"] == name)]
    assert list(rows["speaker"]) == [name]
    assert int(rows["statements"].iloc[0]) == int(was["statements"].iloc[0]) + 1


def test_select_counts_a_names_untyped_statements_under_the_type_its_other_statements_give_it():
    voices = voices_df()
    quoted = voices.index[voices["speaker_type"] != "narrator"]
    base = voices.loc[[quoted[0]]].iloc[0]
    rows = [base.to_dict() | {"speaker": "Jane Roe", "speaker_type": kind, "unit": 900 + i}
            for i, kind in enumerate(["government", "government", "unknown", "unknown"])]
    rows.append(base.to_dict() | {"speaker": "Roe", "speaker_type": "unknown", "unit": 950})
    tables = corpus_tables() | {"voices": pd.concat([voices, pd.DataFrame(rows)], ignore_index=True)}
    chosen = compare.select(tables)
    kinds = chosen["voices"].groupby("speaker")["speaker_type"].agg(set)
    assert kinds["Jane Roe"] == {"government"} and kinds["Roe"] == {"unknown"}
    speakers = chosen["speakers"]
    row = speakers[(speakers["speaker"] == "Jane Roe") & (speakers["outlet"] == base["outlet"])]
    assert list(row["speaker_type"]) == ["government"] and int(row["statements"].iloc[0]) == 4
    assert tables["voices"]["speaker_type"].eq("unknown").sum() == voices["speaker_type"].eq("unknown").sum() + 3
