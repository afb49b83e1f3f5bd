from __future__ import annotations

import re
from html.parser import HTMLParser

import numpy as np
import pandas as pd
import pytest

from analysis.annotate import table_html
from analysis.narrative import (
    DEFAULT_MIN_WORDS,
    ProseParagraph,
    escape_markdown,
    format_compound,
    format_count,
    format_rate,
    format_share,
    format_table,
    summarise,
    to_html,
    to_markdown,
)

SPEAKER_COLUMNS = ["speaker", "speaker_type", "statements", "words", "mean_compound", "ci_low",
                   "ci_high", "share_positive", "share_neutral", "share_negative"]
TYPE_COLUMNS = ["speaker_type", "speakers", "statements", "words", "share_words",
                "share_quoted_words", "mean_compound"]
FRAME_COLUMNS = ["speaker", "speaker_type", "frame", "hits", "words", "per_1000"]


def speakers(*rows) -> pd.DataFrame:
    return pd.DataFrame([dict(zip(SPEAKER_COLUMNS, r)) for r in rows], columns=SPEAKER_COLUMNS)


def types(*rows) -> pd.DataFrame:
    return pd.DataFrame([dict(zip(TYPE_COLUMNS, r)) for r in rows], columns=TYPE_COLUMNS)


def frames(*rows) -> pd.DataFrame:
    return pd.DataFrame([dict(zip(FRAME_COLUMNS, r)) for r in rows], columns=FRAME_COLUMNS)


NAN = np.nan
NARRATOR_ROW = ("Narrator", "narrator", 18, 402, -0.2149, -0.3812, -0.0417, 0.1667, 0.3889, 0.4444)


@pytest.fixture
def palmyra_tables() -> dict[str, pd.DataFrame]:
    return {
        "speakers": speakers(
            NARRATOR_ROW,
            ("Rami Abdel Rahman", "monitor", 2, 31, -0.6249, -0.9012, -0.0951, 0.0, 0.0, 1.0),
            ("Bashar Assad", "government", 2, 41, 0.5503, 0.3101, 0.7905, 1.0, 0.0, 0.0),
            ("Syrian state TV", "state_media", 1, 12, 0.4588, NAN, NAN, 1.0, 0.0, 0.0),
            ("Russia's defense minister", "foreign_government", 1, 20, -0.6597, NAN, NAN, 0, 0, 1.0),
            ("Activists", "activists", 1, 24, 0.0, NAN, NAN, 0.0, 1.0, 0.0),
        ),
        "speaker_types": types(
            ("narrator", 1, 18, 402, 0.7806, NAN, -0.2149),
            ("monitor", 1, 2, 31, 0.0602, 0.2743, -0.6249),
            ("government", 1, 2, 41, 0.0796, 0.3628, 0.5503),
            ("state_media", 1, 1, 12, 0.0233, 0.1062, 0.4588),
            ("foreign_government", 1, 1, 20, 0.0388, 0.1770, -0.6597),
            ("activists", 1, 1, 24, 0.0466, 0.2124, 0.0),
        ),
        "frame_counts": frames(
            ("Narrator", "narrator", "terror", 2, 402, 4.9751),
            ("Narrator", "narrator", "heritage", 5, 402, 12.4378),
            ("Bashar Assad", "government", "terror", 1, 41, 24.3902),
            ("Rami Abdel Rahman", "monitor", "military_victory", 2, 31, 64.5161),
            ("Syrian state TV", "state_media", "military_victory", 1, 12, 83.3333),
            ("Syrian state TV", "state_media", "atrocity", 1, 12, 83.3333),
        ),
    }


# ---------------------------------------------------------------------------------------------
# Every number the prose states is one the displayed tables show.

_NUMBER = re.compile(r"[+-]?\d[\d,]*(?:\.\d+)?%?")
ALLOWED_CONSTANTS = {"neutral_band": "0.05", "vader_nyt_correlation": "0.5",
                     "vader_publication_year": "2014"}


def numbers_in(text: str, *, names: set[str]) -> list[str]:
    # Names can hold digits ("Brigade 17"); they are not numbers the prose states.
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, " ")
    return [m.group().rstrip(",") for m in _NUMBER.finditer(text)]


def assert_numbers_come_from_tables(paragraphs: list[ProseParagraph], tables, *,
                                    min_words: int = DEFAULT_MIN_WORDS, title: str = "") -> int:
    """Checks every number in the prose against the formatted table cell it cites; returns how
    many numbers were checked."""
    names = {title} if title else set()
    for df in tables.values():
        for column in ("speaker", "speaker_type", "frame"):
            if column in df:
                names |= {str(v) for v in df[column]} | {str(v).replace("_", " ") for v in df[column]}
    allowed = dict(ALLOWED_CONSTANTS, min_words=str(min_words))
    checked = 0
    for paragraph in paragraphs:
        for sentence in paragraph.sentences:
            cited_values = [c.value for c in sentence.cited]
            for number in numbers_in(sentence.text, names=names):
                assert number in cited_values, f"{number!r} is not cited in: {sentence.text}"
                checked += 1
            for c in sentence.cited:
                assert c.value in sentence.text, f"{c} is cited but not stated"
                if c.table is None:
                    assert allowed.get(c.column) == c.value, c
                    continue
                shown = format_table(tables[c.table])
                mask = pd.Series(True, index=shown.index)
                for key, value in c.row:
                    mask &= tables[c.table][key].astype(str) == value
                cells = shown.loc[mask, c.column].tolist()
                assert cells == [c.value], f"{c}: the table shows {cells}"
    return checked


def test_every_number_in_the_summary_is_a_displayed_table_value(palmyra_tables):
    paragraphs = summarise(palmyra_tables, title="Palmyra recaptured, 2016")
    assert assert_numbers_come_from_tables(paragraphs, palmyra_tables,
                                           title="Palmyra recaptured, 2016") >= 20


def test_the_numbers_stated_are_the_ones_the_html_tables_display(palmyra_tables):
    text = " ".join(p.text for p in summarise(palmyra_tables))
    displayed = table_html(palmyra_tables["speakers"]) + table_html(palmyra_tables["speaker_types"])
    for number in ("-0.66", "+0.55", "+0.31", "+0.79", "-0.21", "44%", "78%", "36%"):
        assert number in text
        assert f"<td>{number}</td>" in displayed


def test_summary_covers_voices_extremes_narrator_frames_and_limits(palmyra_tables):
    paragraphs = {p.topic: p.text for p in summarise(palmyra_tables)}
    assert list(paragraphs) == ["overview", "voices", "tone", "narrator", "frames", "limits"]
    assert "78% of the article's words" in paragraphs["overview"]
    assert "Tied as the most quoted sources: Rami Abdel Rahman (monitor), 2 statements and 31 words;" \
        " Bashar Assad (government), 2 statements and 41 words." in paragraphs["voices"]
    assert "government sources (36% of quoted words, 8% of all words)" in paragraphs["voices"]
    assert ("The most negative voice is Russia's defense minister (foreign government), mean "
            "compound -0.66 (a single statement, so no interval)") in paragraphs["tone"]
    assert ("The most positive voice is Bashar Assad (government), mean compound +0.55 "
            "(CI +0.31 to +0.79, 2 statements)") in paragraphs["tone"]
    assert "fewer than 20 words: Syrian state TV (state media)" in paragraphs["tone"]
    assert "mean compound -0.21 (CI -0.38 to -0.04, 18 sentences)" in paragraphs["narrator"]
    assert "44% read as negative, 39% as neutral and 17% as positive" in paragraphs["narrator"]
    # Syrian state TV's 83.3 comes from 12 words: below the threshold, left to the table.
    assert "“military_victory”: Rami Abdel Rahman (monitor) at 64.5 (2 hits)." in paragraphs["frames"]
    assert "“atrocity” appears only in sources of fewer than 20 words." in paragraphs["frames"]
    assert "“heritage”: the narrator at 12.4 (5 hits)" in paragraphs["frames"]
    limits = paragraphs["limits"]
    for phrase in ("lexicon", "sarcasm", "irony", "domain terms", "“killed”", "“recaptured”",
                   "short statements are noisy", "about 0.5"):
        assert phrase in limits


def test_no_tables_at_all():
    paragraphs = summarise({})
    assert [p.topic for p in paragraphs] == ["overview", "frames", "limits"]
    assert "no statements" in paragraphs[0].text
    assert "No word from the framing lexicon" in paragraphs[1].text


def test_only_the_narrator_speaks():
    tables = {
        "speakers": speakers(NARRATOR_ROW),
        "speaker_types": types(("narrator", 1, 18, 402, 1.0, NAN, -0.2149)),
        "frame_counts": frames(),
    }
    paragraphs = summarise(tables)
    assert [p.topic for p in paragraphs] == ["overview", "narrator", "frames", "limits"]
    assert "No statement in the article is attributed to a source" in paragraphs[0].text
    assert_numbers_come_from_tables(paragraphs, tables)


def test_one_quoted_speaker():
    tables = {
        "speakers": speakers(NARRATOR_ROW, ("Bashar Assad", "government", 3, 45, 0.3, 0.1, 0.5, 1, 0, 0)),
        "speaker_types": types(("narrator", 1, 18, 402, 0.9, NAN, -0.2),
                               ("government", 1, 3, 45, 0.1, 1.0, 0.3)),
    }
    paragraphs = {p.topic: p.text for p in summarise(tables)}
    assert "The only quoted source is Bashar Assad (government), with 3 statements and 45 words" \
        in paragraphs["voices"]
    assert "Only Bashar Assad (government) says at least 20 words" in paragraphs["tone"]
    assert "fragile" in paragraphs["tone"]
    assert_numbers_come_from_tables(summarise(tables), tables)


def test_sources_with_too_few_words_are_not_compared_and_the_prose_says_so():
    tables = {"speakers": speakers(("A", "expert", 1, 5, -0.9, NAN, NAN, 0, 0, 1),
                                   ("B", "citizen", 1, 7, 0.8, NAN, NAN, 1, 0, 0))}
    text = " ".join(p.text for p in summarise(tables))
    assert "No quoted source says at least 20 words" in text
    assert "most negative" not in text
    assert_numbers_come_from_tables(summarise(tables), tables)
    lowered = " ".join(p.text for p in summarise(tables, min_words=5))
    assert "The most negative voice is A (expert), mean compound -0.90" in lowered


def test_ties_name_every_tied_speaker():
    tables = {"speakers": speakers(
        ("A", "expert", 2, 30, -0.5012, -0.8, -0.2, 0, 0, 1),
        ("B", "expert", 2, 30, -0.4999, -0.7, -0.3, 0, 0, 1),
        ("C", "citizen", 2, 30, 0.6, 0.4, 0.8, 1, 0, 0),
    )}
    text = " ".join(p.text for p in summarise(tables))
    # -0.5012 and -0.4999 both show as -0.50: as displayed, a tie.
    assert "The most negative voices, tied, are A (expert), mean compound -0.50" in text
    assert "and B (expert), mean compound -0.50" in text
    assert_numbers_come_from_tables(summarise(tables), tables)


def test_no_source_beyond_the_neutral_band_is_called_neutral_not_negative():
    tables = {"speakers": speakers(("A", "expert", 2, 30, 0.02, -0.1, 0.1, 0, 1, 0),
                                   ("B", "expert", 2, 30, 0.30, 0.1, 0.5, 1, 0, 0))}
    paragraphs = summarise(tables)
    text = " ".join(p.text for p in paragraphs)
    assert "No source is negative on average; the lowest is A (expert), mean compound +0.02" in text
    assert "within the neutral band of ±0.05" in text
    assert_numbers_come_from_tables(paragraphs, tables)


def test_html_and_markdown_escape_names():
    tables = {"speakers": speakers(("<script>alert(1)</script>", "expert", 2, 30, 0.1, 0, 0.2, 1, 0, 0),
                                   ("*$x$* [l](http://e)", "expert", 1, 30, -0.5, NAN, NAN, 0, 0, 1))}
    paragraphs = summarise(tables, title="<img src=x onerror=alert(1)>")
    markup = to_html(paragraphs)
    tags = []

    class Tags(HTMLParser):
        def handle_starttag(self, tag, attrs):
            tags.append(tag)

    Tags().feed(markup)
    assert set(tags) <= {"section", "h3", "p"}
    assert "&lt;script&gt;" in markup and "&lt;img src=x onerror=alert(1)&gt;" in markup
    md = to_markdown(paragraphs)
    assert "<script" not in md and "<img" not in md
    assert r"\*\$x\$\* \[l\](http://e)" in md
    assert md.startswith("### Summary: &lt;img")


@pytest.mark.parametrize(("value", "shown"), [(0.4261, "+0.43"), (-0.305, "-0.30"), (-0.001, "0.00"),
                                              (1.0, "+1.00"), (NAN, "–"), (None, "–")])
def test_format_compound_two_decimals_signed(value, shown):
    assert format_compound(value) == shown


@pytest.mark.parametrize(("value", "shown"), [(0.4261, "43%"), (1.0, "100%"), (0.0, "0%"),
                                              (-0.001, "0%"), (NAN, "–")])
def test_format_share_whole_percent(value, shown):
    assert format_share(value) == shown


@pytest.mark.parametrize(("value", "shown"), [(1234, "1,234"), (3.0, "3"), (NAN, "–")])
def test_format_count_thousands_separator(value, shown):
    assert format_count(value) == shown


@pytest.mark.parametrize(("value", "shown"), [(83.3333, "83.3"), (4.96, "5.0"), (-0.01, "0.0")])
def test_format_rate_one_decimal(value, shown):
    assert format_rate(value) == shown


def test_format_table_formats_by_column_and_keeps_shape(palmyra_tables):
    shown = format_table(palmyra_tables["speakers"])
    assert shown.shape == palmyra_tables["speakers"].shape
    assert shown.loc[0].tolist() == ["Narrator", "narrator", "18", "402", "-0.21", "-0.38", "-0.04",
                                     "17%", "39%", "44%"]
    assert shown.loc[3, "ci_low"] == "–"


def test_escape_markdown_flattens_lines_and_escapes_markup():
    assert escape_markdown("a\n# b <i>_c_</i>") == r"a \# b &lt;i&gt;\_c\_&lt;/i&gt;"


def test_the_untitled_overview_does_not_repeat_the_reports_summary_heading(palmyra_tables):
    # The report's section is headed "Summary"; its first paragraph says something else.
    overview = summarise(palmyra_tables)[0]
    assert overview.topic == "overview"
    assert overview.heading == "In brief"
