"""Metadata: dates in mixed formats to UTC, outlet spellings to one name through the alias table."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.errors import ConfigError
from analysis.metadata import host_of, load_outlets, parse_date, parse_outlets

UTC_0800 = pd.Timestamp("2016-03-27 08:00", tz="UTC")
MIDNIGHT = pd.Timestamp("2016-03-27", tz="UTC")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2016-03-27", MIDNIGHT),
        ("Mar 27, 2016", MIDNIGHT),
        ("March 27, 2016", MIDNIGHT),
        ("27 March 2016", MIDNIGHT),
        ("27th March 2016", MIDNIGHT),
        ("Sunday, March 27, 2016", MIDNIGHT),
        ("27/03/2016 10:00", pd.Timestamp("2016-03-27 10:00", tz="UTC")),
        ("27.03.2016", MIDNIGHT),
        ("2016-03-27T10:00:00+02:00", UTC_0800),
        ("2016-03-27T08:00Z", UTC_0800),
        ("2016-03-27T03:00:00-05:00", UTC_0800),
        ("Sun, 27 Mar 2016 10:00:00 +0200", UTC_0800),
        ("2016-03-27 04:00 EDT", UTC_0800),
        ("  2016-03-27  ", MIDNIGHT),
    ],
)
def test_parse_date_reads_mixed_formats_as_utc(raw: str, expected: pd.Timestamp) -> None:
    parsed = parse_date(raw)
    assert parsed.value == expected
    assert str(parsed.value.tz) == "UTC"
    assert parsed.reason is None


def test_parse_date_reads_slashed_dates_day_first_unless_told() -> None:
    assert parse_date("03/04/2016").value == pd.Timestamp("2016-04-03", tz="UTC")
    assert parse_date("03/04/2016", day_first=False).value == pd.Timestamp("2016-03-04", tz="UTC")
    assert parse_date("03/27/2016", day_first=False).value == MIDNIGHT


@pytest.mark.parametrize("raw", [None, "", "   ", float("nan")])
def test_parse_date_missing_is_none_with_reason_missing(raw: object) -> None:
    parsed = parse_date(raw)
    assert parsed.value is None and parsed.reason == "missing"


@pytest.mark.parametrize(
    ("raw", "reason_part"),
    [
        ("1458000000", "bare number"),
        ("2016", "bare number"),
        ("garbage", "not a date"),
        ("March 2016", "not a date"),  # no day: never filled in from today
        ("13/13/2016", "not a date"),
        ("27 March 2016 10:00 XYZT", "not a date"),  # an unknown zone is not silently UTC
        ("0200-03-27", "implausible"),
    ],
)
def test_parse_date_unreadable_is_none_with_reason(raw: str, reason_part: str) -> None:
    parsed = parse_date(raw)
    assert parsed.value is None
    assert reason_part in parsed.reason
    assert parsed.raw == raw


@pytest.mark.parametrize(
    "raw", ["CNN", "CNN (Web News)", "cnn.com", "www.cnn.com", "edition.cnn.com", " cnn ",
            "https://edition.cnn.com/2016/03/27/world/palmyra"],
)
def test_outlet_spellings_normalise_to_one_name(raw: str) -> None:
    assert load_outlets().normalise(raw) == "CNN"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  The   Daily  Bugle ", "The Daily Bugle"),
        ("www.example.org", "example.org"),
        ("https://WWW.Example.org/news/1", "example.org"),
        ("", None),
        (None, None),
    ],
)
def test_unknown_outlets_are_kept_tidy(raw: str | None, expected: str | None) -> None:
    assert load_outlets().normalise(raw) == expected


def test_host_of_only_reads_domains_and_addresses() -> None:
    assert host_of("news.sky.com") == "news.sky.com"
    assert host_of("Sky News") is None
    assert host_of("Reuters") is None


def test_user_alias_file_merges_over_the_default(tmp_path: Path) -> None:
    mine = tmp_path / "my_aliases.yml"
    mine.write_text("Daily Bugle: [dailybugle.com, The Bugle]\nCNN International: [edition.cnn.com]\n",
                    encoding="utf-8")
    aliases = load_outlets(mine)
    assert aliases.normalise("www.dailybugle.com") == "Daily Bugle"
    assert aliases.normalise("edition.cnn.com") == "CNN International"  # the user's entry wins
    assert aliases.normalise("cnn.com") == "CNN"  # the default's entries remain


@pytest.mark.parametrize(
    ("text", "line", "message_part"),
    [
        ("CNN: [cnn.com]\nFox: [foxnews.com, cnn.com]\n", 2, "already an alias of 'CNN' (line 1)"),
        ("CNN: cnn.com\n", 1, "as a list"),
        ("CNN:\n  - [a, b]\n", 2, "must be text"),
        ("CNN: [cnn.com, 42]\n", 1, "put it in quotes"),
        ("- CNN\n- Fox\n", 1, "must map names"),
        ("CNN: [cnn.com\n", None, "not valid YAML"),
    ],
)
def test_alias_table_errors_name_the_entry_and_line(text: str, line: int | None,
                                                    message_part: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_outlets(text, source="my_aliases.yml")
    message = str(caught.value)
    assert message.startswith("my_aliases.yml")
    assert message_part in message
    if line is not None:
        assert caught.value.line == line


def test_alias_table_is_loaded_safely(tmp_path: Path) -> None:
    evil = tmp_path / "evil.yml"
    evil.write_text("CNN: !!python/object/apply:os.system ['echo hacked']\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_outlets(evil)


def test_missing_alias_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_outlets(tmp_path / "nope.yml")


def test_shipped_alias_table_is_valid() -> None:
    aliases = load_outlets()
    assert aliases.normalise("nytimes.com") == "The New York Times"
    assert aliases.normalise("Fox News Channel") == "Fox News"
