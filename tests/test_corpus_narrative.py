from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

from analysis import compare
from analysis.corpus_narrative import (
    DEFAULT_MIN_STATEMENTS,
    DEFAULT_MIN_WORDS,
    format_table,
    format_value,
    summarise,
)
from analysis.corpus_present import table_html
from analysis.narrative import ProseParagraph, to_html
from tests.test_compare import comparison_tables, corpus_tables

NAN = np.nan
_NUMBER = re.compile(r"[+-]?\d[\d,]*(?:\.\d+)?%?")


def _names(tables: dict[str, pd.DataFrame]) -> set[str]:
    names: set[str] = set()
    for df in tables.values():
        for column in ("outlet", "speaker", "speaker_type", "frame", "label"):
            if column in df:
                names |= {str(v) for v in df[column]} | {str(v).replace("_", " ") for v in df[column]}
    return names


def assert_numbers_come_from_tables(
    paragraphs: list[ProseParagraph], tables: dict[str, pd.DataFrame], *, constants: dict[str, str]
) -> int:
    """Every number in the prose is inside a value its sentence cites, and every cited value is the
    displayed cell it names (or an allowed constant of the method); returns the citations checked."""
    names = sorted(_names(tables), key=len, reverse=True)
    checked = 0
    for paragraph in paragraphs:
        for sentence in paragraph.sentences:
            rest = sentence.text
            for c in sorted(sentence.cited, key=lambda c: len(c.value), reverse=True):
                assert c.value in sentence.text, f"{c} is cited but not stated"
                rest = rest.replace(c.value, " ")
                checked += 1
                if c.table is None:
                    assert constants.get(c.column) == c.value, c
                    continue
                shown = format_table(tables[c.table])
                mask = pd.Series(True, index=shown.index)
                for key, value in c.row:
                    mask &= tables[c.table][key].astype(str) == value
                cells = shown.loc[mask, c.column].tolist()
                assert cells == [c.value], f"{c}: the table shows {cells}"
            for name in names:  # names can hold digits ("Brigade 17")
                rest = rest.replace(name, " ")
            stray = _NUMBER.findall(rest)
            assert not stray, f"{stray} not cited in: {sentence.text}"
    return checked


def constants(*, min_statements: int = DEFAULT_MIN_STATEMENTS, min_words: int = DEFAULT_MIN_WORDS) -> dict[str, str]:
    return {"neutral_band": "0.05", "vader_nyt_correlation": "0.5", "per_words": "1,000", "confidence": "95%",
            "min_statements": str(min_statements), "min_words": format_value("words", min_words)}


@pytest.fixture
def tables() -> dict[str, pd.DataFrame]:
    return comparison_tables()


def _by_topic(paragraphs: list[ProseParagraph]) -> dict[str, str]:
    return {p.topic: p.text for p in paragraphs}


# ---------------------------------------------------------------------------------------------
# Every number the prose states is one the displayed tables show.


def test_every_number_in_the_summary_is_a_displayed_table_value(tables):
    paragraphs = summarise(tables, title="Three outlets, 2016", min_statements=2, min_words=100)
    checked = assert_numbers_come_from_tables(paragraphs, tables,
                                              constants=constants(min_statements=2, min_words=100))
    assert checked >= 30


def test_the_numbers_stated_are_the_ones_the_html_tables_display(tables):
    text = " ".join(p.text for p in summarise(tables, min_statements=2, min_words=100))
    for name, number in (("share_of_voice", "62%"), ("frame_rates", "8.0"), ("label_words", "50%"),
                         ("tone_by_type", "-0.30"), ("outlets", "2016-09-05")):
        assert number in text, number
        assert f"<td>{number}</td>" in table_html(tables[name]), (name, number)


def test_summary_covers_coverage_voices_tone_frames_labels_and_limits(tables):
    paragraphs = summarise(tables, min_statements=2, min_words=100)
    assert [p.topic for p in paragraphs] == ["overview", "voices", "tone", "frames", "labels", "limits"]
    text = _by_topic(paragraphs)
    assert ("The comparison covers 6 articles, from (unknown) (1), Bugle (1), Daily Planet (2) and "
            "Gotham Gazette (2).") in text["overview"]
    assert "dated from 2016-09-05 (Daily Planet) to 2016-10-11 ((unknown))" in text["overview"]
    assert "some lack a readable date, 1 (17%); an outlet, 1 (17%); a title, 1 (17%)" in text["overview"]
    assert "Records that could not be read or analysed: 1" in text["overview"]
    assert ("largest share of the words at (unknown) (100%) and the smallest at Gotham Gazette (62%)"
            in text["voices"])
    assert "government sources at Daily Planet (57%)" in text["voices"]
    assert "at Daily Planet, Mayor Smith, government (2 statements, 67% of its quoted statements)" in text["voices"]
    assert ("The outlets' own narration: mean compound lowest at Gotham Gazette, -0.30 (CI -1.00 to "
            "+1.00, 2 sentences), and highest at Daily Planet, -0.30 (CI -0.80 to +0.20, 3 sentences)"
            ) not in text["tone"]  # a tie as displayed is no contrast
    assert "“labels”: highest at Daily Planet (8.0, 4 hits)" in text["frames"]
    assert "“labels”: highest at Daily Planet (8.0, 4 hits); lowest at Bugle (0.0, 0 hits)." in text["frames"]
    assert "at Daily Planet, “militant” (50%, 2 hits)" in text["labels"]
    assert "words used, not stances" in text["labels"]
    for phrase in ("rules", "VADER", "irony", "about 0.5", "not of stances", "topic mix"):
        assert phrase in text["limits"], phrase


def test_tone_is_compared_only_for_types_with_enough_statements(tables):
    text = _by_topic(summarise(tables, min_statements=3))["tone"]
    assert "No speaker type has at least 3 statements at two outlets or more" in text
    assert "lowest at" not in text


def test_tone_contrast_says_whether_the_intervals_overlap():
    tone = pd.DataFrame([
        dict(outlet="A", speaker_type="narrator", statements=40, words=900, mean_compound=-0.41,
             ci_low=-0.5, ci_high=-0.32, share_positive=0.1, share_neutral=0.2, share_negative=0.7),
        dict(outlet="B", speaker_type="narrator", statements=35, words=800, mean_compound=0.12,
             ci_low=0.02, ci_high=0.22, share_positive=0.5, share_neutral=0.3, share_negative=0.2),
        dict(outlet="A", speaker_type="government", statements=6, words=90, mean_compound=0.1,
             ci_low=-0.3, ci_high=0.5, share_positive=0.5, share_neutral=0.3, share_negative=0.2),
        dict(outlet="B", speaker_type="government", statements=5, words=80, mean_compound=0.3,
             ci_low=-0.1, ci_high=0.7, share_positive=0.5, share_neutral=0.3, share_negative=0.2),
    ])
    paragraphs = summarise({"tone_by_type": tone})
    text = _by_topic(paragraphs)["tone"]
    assert ("The outlets' own narration: mean compound lowest at A, -0.41 (CI -0.50 to -0.32, 40 "
            "sentences), and highest at B, +0.12 (CI +0.02 to +0.22, 35 sentences); the 95% intervals "
            "do not overlap.") in text
    assert "Quoted government sources: mean compound lowest at A, +0.10" in text
    assert "overlap, so the difference may be chance" in text
    assert_numbers_come_from_tables(paragraphs, {"tone_by_type": tone}, constants=constants())


def test_frames_of_outlets_with_few_words_are_left_to_the_table(tables):
    text = _by_topic(summarise(tables, min_words=300))["frames"]
    assert "Left to the table for having fewer than 300 scored words" in text
    assert "where one hit makes a large rate: (unknown) and Bugle." in text
    assert "Bugle (10.0" not in text
    few = _by_topic(summarise(tables, min_words=100_000))["frames"]
    assert "Fewer than two outlets have at least 100,000 scored words" in few


def test_a_selection_with_no_articles_says_there_is_nothing_to_compare():
    whole = corpus_tables()
    empty = compare.select(whole, start="2030")
    tables = {
        "coverage": compare.coverage(whole["articles"], whole["errors"], start="2030"),
        "outlets": compare.outlet_totals(empty["articles"]),
        "share_of_voice": compare.share_of_voice(empty["voices"]),
        "tone_by_type": compare.tone_by_type(empty["voices"]),
        "frame_rates": compare.frame_rates(empty["frame_hits"], empty["voices"]),
        "label_words": compare.label_words(empty["frame_hits"]),
    }
    paragraphs = summarise(tables)
    assert [p.topic for p in paragraphs] == ["overview", "frames", "limits"]
    assert "No article falls within the dates and outlets chosen" in paragraphs[0].text
    assert "Left out by the selection: 6 articles outside the dates chosen or undated." in paragraphs[0].text
    assert_numbers_come_from_tables(paragraphs, tables, constants=constants())


def test_no_tables_at_all_still_states_the_limits():
    paragraphs = summarise({})
    assert [p.topic for p in paragraphs] == ["overview", "frames", "limits"]


def test_outlet_and_speaker_names_reach_the_html_escaped():
    whole = corpus_tables()
    for name in ("articles", "voices", "frame_hits"):
        whole[name]["outlet"] = whole[name]["outlet"].replace("Bugle", "<img src=x onerror=alert(1)>")
    whole["speakers"] = compare.speaker_summary(whole["voices"])
    markup = to_html(summarise(comparison_tables(whole), min_statements=1, min_words=1))
    assert "<img" not in markup and "<i>Anon" not in markup
    assert "&lt;img src=x onerror=alert(1)&gt;" in markup


def test_thresholds_must_make_sense(tables):
    with pytest.raises(ValueError, match="min_statements"):
        summarise(tables, min_statements=0)
    with pytest.raises(ValueError, match="min_words"):
        summarise(tables, min_words=-1)


@pytest.mark.parametrize("column, value, shown", [
    ("share_all_words", 0.7236, "72%"), ("share", 1.0, "100%"), ("per_1000", 8.04, "8.0"),
    ("mean_compound", -0.304, "-0.30"), ("ci_low", NAN, "–"), ("words", 12345, "12,345"),
    ("words_per_article", 250.4, "250"), ("period_start", "2016-09-01", "2016-09-01"),
    ("first_date", "", ""), ("outlet", "<b>x</b>", "<b>x</b>"),
])
def test_columns_display_as_the_prose_states_them(column, value, shown):
    assert format_value(column, value) == shown
