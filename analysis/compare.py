"""Comparison tables for a corpus: outlets side by side, and over time.

Every function reads the corpus tables that :func:`analysis.corpus.load_tables` returns
(``articles``, ``voices``, ``frame_hits``, ``speakers``, ``errors``...) and returns one small table
with fixed columns, in a fixed order, even when empty; nothing is drawn or written here. Start with
:func:`select` to keep the dates and outlets a comparison is about:

>>> chosen = select(tables, start="2016-09", end="2016-10", outlets=["breitbart", "nyt"])  # doctest: +SKIP
>>> frame_rates(chosen["frame_hits"], chosen["voices"])  # doctest: +SKIP

Units, as in the single-article tables: a *statement* is one attributed statement of one speaker
(the narrator's units are its sentences); *words* are the words VADER scored, so boilerplate lines
count nowhere; tone means weigh each statement once. Outlets are ordered by name everywhere, so
every table and chart lists them alike; a record without an outlet is grouped under
:data:`UNKNOWN_OUTLET`.
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from analysis.coref import one_spelling, settled_spellings
from analysis.corpus_parts import UNKNOWN_OUTLET as CORPUS_UNKNOWN_OUTLET
from analysis.errors import ParameterError
from analysis.models import NARRATOR, NARRATOR_TYPE
from analysis.tables import typed_frame
from analysis.tone import mean_interval

Tables = Mapping[str, pd.DataFrame]

UNKNOWN_OUTLET = CORPUS_UNKNOWN_OUTLET
"""The outlet name given to articles whose record named none (the one the corpus tables use)."""

PERIODS: tuple[str, ...] = ("week", "month", "quarter", "year")
LABELS_FRAME = "labels"
"""The lexicon frame whose words name armed actors (militants, rebels, terrorists...)."""
DEFAULT_TOP = 5
DEFAULT_KWIC_PER_FRAME = 8

# pandas period codes; a week runs Monday to Sunday.
_FREQ = {"week": "W-SUN", "month": "M", "quarter": "Q", "year": "Y"}

OUTLET_COLUMNS: dict[str, str] = {
    "outlet": "str", "articles": "int64", "words": "int64", "words_per_article": "float64",
    "first_date": "str", "last_date": "str", "undated": "int64",
}
NAME_COLUMNS: dict[str, str] = {"outlet": "str", "outlet_raw": "str", "articles": "int64"}
PERIOD_COLUMNS: dict[str, str] = {
    "outlet": "str", "period": "str", "period_start": "str", "articles": "int64", "words": "int64",
}
VOICE_SHARE_COLUMNS: dict[str, str] = {
    "outlet": "str", "speaker_type": "str", "speakers": "int64", "statements": "int64",
    "words": "int64", "share_statements": "float64", "share_quoted_words": "float64",
    "share_all_words": "float64",
}
SPEAKER_COLUMNS: dict[str, str] = {
    "outlet": "str", "speaker": "str", "speaker_type": "str", "articles": "int64",
    "statements": "int64", "words": "int64", "mean_compound": "float64", "ci_low": "float64",
    "ci_high": "float64", "share_positive": "float64", "share_neutral": "float64",
    "share_negative": "float64",
}
TOP_SPEAKER_COLUMNS: dict[str, str] = {
    "outlet": "str", "rank": "int64", "speaker": "str", "speaker_type": "str", "articles": "int64",
    "statements": "int64", "share_statements": "float64", "words": "int64",
    "mean_compound": "float64",
}
TONE_COLUMNS: dict[str, str] = {
    "outlet": "str", "speaker_type": "str", "statements": "int64", "words": "int64",
    "mean_compound": "float64", "ci_low": "float64", "ci_high": "float64",
    "share_positive": "float64", "share_neutral": "float64", "share_negative": "float64",
}
FRAME_RATE_COLUMNS: dict[str, str] = {
    "outlet": "str", "frame": "str", "hits": "int64", "narrator_hits": "int64", "words": "int64",
    "per_1000": "float64",
}
FRAME_PERIOD_COLUMNS: dict[str, str] = {
    "outlet": "str", "frame": "str", "period": "str", "period_start": "str", "hits": "int64",
    "words": "int64", "per_1000": "float64",
}
LABEL_COLUMNS: dict[str, str] = {
    "outlet": "str", "label": "str", "hits": "int64", "share": "float64", "narrator_hits": "int64",
}
KWIC_COLUMNS: dict[str, str] = {
    "frame": "str", "outlet": "str", "date": "str", "article_id": "str", "speaker": "str",
    "pre": "str", "match": "str", "post": "str",
}
COVERAGE_COLUMNS: dict[str, str] = {"item": "str", "count": "int64", "share": "float64"}


# ---------------------------------------------------------------------------------------------
# Small helpers.




def _share(part: float, whole: float) -> float:
    return float(part) / float(whole) if whole else math.nan


def _outlet_key(name: object) -> tuple[str, str]:
    return (str(name).casefold(), str(name))


def sort_outlets(values: Iterable[object]) -> list[str]:
    """Distinct outlet names in the order every table and chart lists them (by name, ignoring case)."""
    return sorted({str(v) for v in values}, key=_outlet_key)


def fill_outlets(outlets: pd.Series) -> pd.Series:
    """Outlet names with missing or blank ones replaced by :data:`UNKNOWN_OUTLET`."""
    text = outlets.astype("object").where(outlets.notna(), "")
    text = text.map(lambda v: " ".join(str(v).split()))
    return text.where(text != "", UNKNOWN_OUTLET).astype("str")


def _utc(dates: pd.Series) -> pd.Series:
    """Dates as UTC timestamps (text and naive timestamps are read as UTC; unreadable ones NaT)."""
    if isinstance(dates.dtype, pd.DatetimeTZDtype):
        return dates.dt.tz_convert("UTC")
    return pd.to_datetime(dates, utc=True, errors="coerce", format="mixed")


def _day(value: object) -> str:
    return "" if value is None or pd.isna(value) else pd.Timestamp(value).strftime("%Y-%m-%d")


# ---------------------------------------------------------------------------------------------
# Selection.


def date_bound(value: object, *, end: bool, name: str = "date") -> pd.Timestamp | None:
    """A date-range bound as a UTC timestamp; ``None`` for no bound.

    Text is read at its own precision, and an end bound covers all of it: ``end="2016-09"``
    includes the whole of September, ``start="2016"`` starts on 1 January.

    >>> str(date_bound("2016-09", end=True).date()), str(date_bound("2016", end=False).date())
    ('2016-09-30', '2016-01-01')
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, pd.Timestamp):
        stamp = value
        return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")
    text = str(value).strip()
    try:
        period = pd.Period(text)
    except (ValueError, TypeError):
        period = None
    if period is not None and re.fullmatch(r"\d{4}(-\d{1,2}(-\d{1,2})?)?", text):
        stamp = period.end_time if end else period.start_time
    else:
        try:
            stamp = pd.Timestamp(text)
        except (ValueError, TypeError):
            raise ParameterError(
                f"{name} {text!r} is not a date: write it as YYYY-MM-DD, YYYY-MM or YYYY"
            ) from None
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")


def parse_outlets(value: str | Sequence[str] | None) -> list[str]:
    """Outlet names from a comma-separated string or a list; blanks dropped, order kept.

    >>> parse_outlets(" Breitbart, nyt ,, ")
    ['Breitbart', 'nyt']
    """
    if value is None:
        return []
    items = value.split(",") if isinstance(value, str) else [str(v) for v in value]
    return [" ".join(item.split()) for item in items if item.strip()]


def _selection_masks(
    articles: pd.DataFrame, *, start: object, end: object, outlets: str | Sequence[str] | None
) -> tuple[pd.Series, pd.Series, pd.Series]:
    """Per article: (kept by the dates, kept by the outlets, has a date)."""
    low = date_bound(start, end=False, name="start date")
    high = date_bound(end, end=True, name="end date")
    if low is not None and high is not None and low > high:
        raise ParameterError(f"start date {start!r} is after end date {end!r}: swap them")
    dates = _utc(articles["date"])
    dated = dates.notna()
    in_range = pd.Series(True, index=articles.index)
    if low is not None:
        in_range &= dated & (dates >= low)
    if high is not None:
        in_range &= dated & (dates <= high)
    wanted = parse_outlets(outlets)
    names = fill_outlets(articles["outlet"])
    if not wanted:
        return in_range, pd.Series(True, index=articles.index), dated
    known = {name.casefold(): name for name in names}
    unknown = [w for w in wanted if w.casefold() not in known]
    if unknown:
        raise ParameterError(
            f"outlet(s) {', '.join(map(repr, unknown))} not in the corpus; it has: "
            f"{', '.join(sort_outlets(names)) or 'no articles'}"
        )
    chosen = {w.casefold() for w in wanted}
    return in_range, names.map(lambda n: n.casefold() in chosen).astype(bool), dated


def select(
    tables: Tables,
    *,
    start: object = None,
    end: object = None,
    outlets: str | Sequence[str] | None = None,
) -> dict[str, pd.DataFrame]:
    """The corpus tables restricted to articles dated within ``[start, end]`` and from ``outlets``.

    Bounds are inclusive and read by :func:`date_bound`; with either bound, undated articles are
    left out. ``outlets`` (names, or one comma-separated string) matches case-insensitively; a name
    the corpus lacks raises :class:`ParameterError` listing the outlets it has. Every per-article
    table keeps the rows of the chosen articles, missing outlet names become
    :data:`UNKNOWN_OUTLET`, and ``speakers`` is rebuilt from the chosen voices so it always agrees
    with them. ``errors`` is kept whole.
    """
    articles = tables["articles"]
    in_range, in_outlets, _ = _selection_masks(articles, start=start, end=end, outlets=outlets)
    kept = articles[in_range & in_outlets].copy()
    kept["outlet"] = fill_outlets(kept["outlet"])
    ids = set(kept["article_id"].astype(str))
    chosen: dict[str, pd.DataFrame] = {"articles": kept.reset_index(drop=True)}
    for name, df in tables.items():
        if name in ("articles", "errors", "speakers") or not isinstance(df, pd.DataFrame):
            continue
        part = df[df["article_id"].astype(str).isin(ids)].copy() if "article_id" in df else df.copy()
        if "outlet" in part:
            part["outlet"] = fill_outlets(part["outlet"])
        chosen[name] = part.reset_index(drop=True)
    if "voices" in chosen:
        settle_types(chosen)
        chosen["speakers"] = speaker_summary(chosen["voices"])
    if "errors" in tables:
        chosen["errors"] = tables["errors"]
    return chosen


def settle_types(tables: dict[str, pd.DataFrame]) -> None:
    """In every table of ``tables`` with ``speaker`` and ``speaker_type``, a full name's untyped
    rows take the type its other statements in ``tables["voices"]`` give it (see
    :func:`analysis.coref.settled_types`; a name's spellings with and without middle initials
    count as one): "Tony Blair" in an article that names no office for him is the government the
    corpus's other articles call him."""
    voices = tables["voices"]
    if voices.empty:
        return
    counts = voices.groupby(["speaker", "speaker_type"], sort=False).size()
    shown, settled = settled_spellings({(str(speaker), str(kind)): int(n) for (speaker, kind), n in counts.items()})
    if not settled:
        return
    by_spelling = {name: settled[shown_name] for name, shown_name in shown.items() if shown_name in settled}
    for name, df in tables.items():
        if not isinstance(df, pd.DataFrame) or not {"speaker", "speaker_type"} <= set(df.columns):
            continue
        untyped = df["speaker_type"] == "unknown"
        kinds = df.loc[untyped, "speaker"].map(by_spelling)
        if kinds.notna().any():
            df = df.copy()
            df.loc[kinds.index, "speaker_type"] = kinds.fillna(df.loc[untyped, "speaker_type"])
            tables[name] = df


# ---------------------------------------------------------------------------------------------
# Volume: articles and words per outlet, and over time.


def choose_period(dates: pd.Series) -> str:
    """The period that shows a date span in a readable number of steps.

    Up to 13 weeks: ``week``; up to 3 years: ``month``; up to 8 years: ``quarter``; beyond: ``year``.
    """
    known = _utc(dates).dropna()
    if known.empty:
        return "month"
    days = (known.max() - known.min()).days
    if days <= 91:
        return "week"
    if days <= 3 * 366:
        return "month"
    if days <= 8 * 366:
        return "quarter"
    return "year"


def _check_period(period: str) -> str:
    if period not in _FREQ:
        raise ParameterError(f"period {period!r} is not one of {', '.join(PERIODS)}")
    return period


def period_label(start: pd.Timestamp, period: str) -> str:
    """How a period is named in tables and charts: ``wk 2016-09-12``, ``2016-09``, ``2016 Q3``, ``2016``."""
    if period == "week":
        return f"wk {start:%Y-%m-%d}"
    if period == "month":
        return f"{start:%Y-%m}"
    if period == "quarter":
        return f"{start.year} Q{(start.month - 1) // 3 + 1}"
    return f"{start.year}"


def _periods(dates: pd.Series, period: str) -> pd.Series:
    """Each date's period (a pandas Period), NaT for undated."""
    naive = _utc(dates).dt.tz_localize(None)
    return naive.dt.to_period(_FREQ[_check_period(period)])


def _period_range(periods: pd.Series, period: str) -> list[pd.Period]:
    known = periods.dropna()
    if known.empty:
        return []
    return list(pd.period_range(known.min(), known.max(), freq=_FREQ[period]))


def outlet_totals(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles and words per outlet, with the dates they span.

    ``words`` counts every word of the articles as loaded; ``undated`` counts articles without a
    readable date (they are left out of every table over time).
    """
    if articles.empty:
        return typed_frame([], OUTLET_COLUMNS)
    df = articles.assign(outlet=fill_outlets(articles["outlet"]), _date=_utc(articles["date"]))
    rows = []
    for outlet in sort_outlets(df["outlet"]):
        group = df[df["outlet"] == outlet]
        n = len(group)
        words = int(group["words"].fillna(0).sum())
        rows.append({
            "outlet": outlet, "articles": n, "words": words, "words_per_article": words / n,
            "first_date": _day(group["_date"].min()), "last_date": _day(group["_date"].max()),
            "undated": int(group["_date"].isna().sum()),
        })
    return typed_frame(rows, OUTLET_COLUMNS)


def outlet_names(articles: pd.DataFrame) -> pd.DataFrame:
    """Each outlet with the names its records gave it (``outlet_raw``) and how many articles gave
    each, so a reader can check which spellings were merged into one outlet."""
    if articles.empty:
        return typed_frame([], NAME_COLUMNS)
    raw = articles["outlet_raw"] if "outlet_raw" in articles else articles["outlet"]
    df = pd.DataFrame({"outlet": fill_outlets(articles["outlet"]),
                       "outlet_raw": raw.astype("object").where(raw.notna(), "")})
    counts = df.groupby(["outlet", "outlet_raw"]).size().rename("articles").reset_index()
    counts["_key"] = counts["outlet"].map(lambda o: _outlet_key(o)[0])
    counts = counts.sort_values(["_key", "articles", "outlet_raw"], ascending=[True, False, True],
                                kind="stable")
    return typed_frame(counts.drop(columns="_key").to_dict("records"), NAME_COLUMNS)


def outlet_periods(articles: pd.DataFrame, *, period: str | None = None) -> pd.DataFrame:
    """Articles and words per outlet and period, every period from the first to the last date
    present (a period without articles shows 0). ``period`` defaults to :func:`choose_period`.
    Undated articles are left out; :func:`outlet_totals` counts them."""
    period = _check_period(period or choose_period(articles["date"]))
    df = articles.assign(outlet=fill_outlets(articles["outlet"]), _period=_periods(articles["date"], period))
    df = df[df["_period"].notna()]
    steps = _period_range(df["_period"], period)
    if not steps:
        return typed_frame([], PERIOD_COLUMNS)
    articles_by = df.groupby(["outlet", "_period"]).size().to_dict()
    words_by = df.groupby(["outlet", "_period"])["words"].sum().to_dict()
    rows = []
    for outlet in sort_outlets(df["outlet"]):
        for step in steps:
            start = step.start_time
            rows.append({"outlet": outlet, "period": period_label(start, period),
                         "period_start": _day(start), "articles": int(articles_by.get((outlet, step), 0)),
                         "words": int(words_by.get((outlet, step), 0))})
    return typed_frame(rows, PERIOD_COLUMNS)


# ---------------------------------------------------------------------------------------------
# Who speaks.


def _outlet_order(df: pd.DataFrame, *, narrator_first: bool, by: Sequence[str]) -> pd.DataFrame:
    """Rows grouped by outlet (by name), the narrator's row first, then by ``by`` descending."""
    ordered = df.assign(
        _key=df["outlet"].map(lambda o: _outlet_key(o)[0]),
        _narrator=(df["speaker_type"] == NARRATOR_TYPE) if narrator_first else False,
    )
    ordered = ordered.sort_values(
        ["_key", "_narrator", *by, "speaker_type"],
        ascending=[True, False, *([False] * len(by)), True],
        kind="stable",
    )
    return ordered.drop(columns=["_key", "_narrator"]).reset_index(drop=True)


def share_of_voice(voices: pd.DataFrame) -> pd.DataFrame:
    """Share of voice by speaker type in each outlet, the narrator kept apart from quoted sources.

    For quoted types, ``share_statements`` and ``share_quoted_words`` are shares of the outlet's
    quoted statements and quoted words (the narrator left out), so they compare whom outlets quote;
    ``share_all_words`` is of every scored word, the narrator's included. The narrator's row has
    its sentences as ``statements`` and only ``share_all_words``: how much of the outlet's text is
    in its own voice.
    """
    if voices.empty:
        return typed_frame([], VOICE_SHARE_COLUMNS)
    df = voices.assign(outlet=fill_outlets(voices["outlet"]))
    rows = []
    for outlet, group in df.groupby("outlet", sort=False):
        quoted = group[group["speaker_type"] != NARRATOR_TYPE]
        all_words, quoted_words = int(group["words"].sum()), int(quoted["words"].sum())
        for kind, part in group.groupby("speaker_type", sort=False):
            narrator = kind == NARRATOR_TYPE
            words = int(part["words"].sum())
            rows.append({
                "outlet": outlet, "speaker_type": kind, "speakers": int(part["speaker"].nunique()),
                "statements": len(part), "words": words,
                "share_statements": math.nan if narrator else _share(len(part), len(quoted)),
                "share_quoted_words": math.nan if narrator else _share(words, quoted_words),
                "share_all_words": _share(words, all_words),
            })
    return _outlet_order(typed_frame(rows, VOICE_SHARE_COLUMNS), narrator_first=True, by=["words"])


def speaker_summary(voices: pd.DataFrame, *, confidence: float = 0.95) -> pd.DataFrame:
    """Tone and volume per outlet and speaker (the narrator included), the columns of the corpus
    ``speakers`` table: most statements first within each outlet. A name's spellings with and
    without middle initials count as one (see :func:`analysis.coref.one_spelling`)."""
    if voices.empty:
        return typed_frame([], SPEAKER_COLUMNS)
    shown = one_spelling(voices["speaker"].value_counts().to_dict())
    df = voices.assign(outlet=fill_outlets(voices["outlet"]), speaker=voices["speaker"].map(shown))
    rows = []
    for (outlet, speaker, kind), group in df.groupby(["outlet", "speaker", "speaker_type"], sort=False):
        interval = mean_interval([float(x) for x in group["compound"]], confidence=confidence)
        rows.append({
            "outlet": outlet, "speaker": speaker, "speaker_type": kind,
            "articles": int(group["article_id"].nunique()), "statements": len(group),
            "words": int(group["words"].sum()), "mean_compound": interval.mean,
            "ci_low": interval.low, "ci_high": interval.high, **_tone_shares(group["tone"]),
        })
    table = typed_frame(rows, SPEAKER_COLUMNS)
    table["_key"] = table["outlet"].map(lambda o: _outlet_key(o)[0])
    table = table.sort_values(["_key", "statements", "words", "speaker"],
                              ascending=[True, False, False, True], kind="stable")
    return table.drop(columns="_key").reset_index(drop=True)


def _tone_shares(labels: pd.Series) -> dict[str, float]:
    n = len(labels)
    return {f"share_{label}": _share(int((labels == label).sum()), n)
            for label in ("positive", "neutral", "negative")}


def top_speakers(speakers: pd.DataFrame, *, n: int = DEFAULT_TOP) -> pd.DataFrame:
    """The ``n`` most quoted sources of each outlet (the narrator left out), ranked by statements,
    then words. ``share_statements`` is of the outlet's quoted statements."""
    if n < 1:
        raise ParameterError(f"top speakers: n must be at least 1, got {n}")
    quoted = speakers[speakers["speaker_type"] != NARRATOR_TYPE]
    quoted = quoted[quoted["speaker"] != NARRATOR]
    if quoted.empty:
        return typed_frame([], TOP_SPEAKER_COLUMNS)
    quoted = quoted.assign(outlet=fill_outlets(quoted["outlet"]))
    rows = []
    for outlet in sort_outlets(quoted["outlet"]):
        group = quoted[quoted["outlet"] == outlet]
        total = int(group["statements"].sum())
        ranked = group.sort_values(["statements", "words", "speaker"], ascending=[False, False, True],
                                   kind="stable").head(n)
        for rank, row in enumerate(ranked.itertuples(index=False), start=1):
            rows.append({
                "outlet": outlet, "rank": rank, "speaker": row.speaker, "speaker_type": row.speaker_type,
                "articles": row.articles, "statements": row.statements,
                "share_statements": _share(row.statements, total), "words": row.words,
                "mean_compound": row.mean_compound,
            })
    return typed_frame(rows, TOP_SPEAKER_COLUMNS)


# ---------------------------------------------------------------------------------------------
# Tone.


def tone_by_type(voices: pd.DataFrame, *, confidence: float = 0.95) -> pd.DataFrame:
    """Mean VADER compound by outlet and speaker type, with a Student-t interval at ``confidence``
    (:func:`analysis.tone.mean_interval`; NaN bounds for a single statement). Each statement
    weighs once; the narrator's units are its sentences. Shares are of statements labelled
    positive / neutral / negative."""
    if voices.empty:
        return typed_frame([], TONE_COLUMNS)
    df = voices.assign(outlet=fill_outlets(voices["outlet"]))
    rows = []
    for (outlet, kind), group in df.groupby(["outlet", "speaker_type"], sort=False):
        interval = mean_interval([float(x) for x in group["compound"]], confidence=confidence)
        rows.append({
            "outlet": outlet, "speaker_type": kind, "statements": len(group),
            "words": int(group["words"].sum()), "mean_compound": interval.mean,
            "ci_low": interval.low, "ci_high": interval.high, **_tone_shares(group["tone"]),
        })
    return _outlet_order(typed_frame(rows, TONE_COLUMNS), narrator_first=True, by=["statements"])


# ---------------------------------------------------------------------------------------------
# Framing.


def _words_by(voices: pd.DataFrame, keys: Sequence[str]) -> pd.Series:
    return voices.groupby(list(keys))["words"].sum()


def frame_rates(frame_hits: pd.DataFrame, voices: pd.DataFrame) -> pd.DataFrame:
    """Framing hits per 1,000 scored words of each outlet, for every outlet × every frame found
    (0 hits included, so outlets compare frame by frame). ``narrator_hits`` are the hits in the
    outlet's own sentences rather than in quotes."""
    if frame_hits.empty or voices.empty:
        return typed_frame([], FRAME_RATE_COLUMNS)
    words = _words_by(voices.assign(outlet=fill_outlets(voices["outlet"])), ["outlet"])
    hits = frame_hits.assign(outlet=fill_outlets(frame_hits["outlet"]))
    counts = hits.groupby(["outlet", "frame"]).size()
    narrated = hits[hits["speaker_type"] == NARRATOR_TYPE].groupby(["outlet", "frame"]).size()
    rows = []
    for outlet in sort_outlets([*words.index, *hits["outlet"]]):
        n_words = int(words.get(outlet, 0))
        for frame in sorted(set(hits["frame"].astype(str)), key=_outlet_key):
            n = int(counts.get((outlet, frame), 0))
            rows.append({"outlet": outlet, "frame": frame, "hits": n,
                         "narrator_hits": int(narrated.get((outlet, frame), 0)), "words": n_words,
                         "per_1000": 1000 * n / n_words if n_words else math.nan})
    return typed_frame(rows, FRAME_RATE_COLUMNS)


def frame_rates_over_time(
    frame_hits: pd.DataFrame, voices: pd.DataFrame, *, period: str | None = None
) -> pd.DataFrame:
    """Framing hits per 1,000 scored words by outlet, frame and period (every period from the first
    to the last dated voice; ``per_1000`` is NaN where an outlet has no words that period, so a line
    breaks rather than dropping to zero). ``period`` defaults to :func:`choose_period`."""
    if frame_hits.empty or voices.empty:
        return typed_frame([], FRAME_PERIOD_COLUMNS)
    period = _check_period(period or choose_period(voices["date"]))
    v = voices.assign(outlet=fill_outlets(voices["outlet"]), _period=_periods(voices["date"], period))
    v = v[v["_period"].notna()]
    h = frame_hits.assign(outlet=fill_outlets(frame_hits["outlet"]),
                          _period=_periods(frame_hits["date"], period))
    h = h[h["_period"].notna()]
    steps = _period_range(v["_period"], period)
    if not steps:
        return typed_frame([], FRAME_PERIOD_COLUMNS)
    words = _words_by(v, ["outlet", "_period"])
    counts = h.groupby(["outlet", "frame", "_period"]).size()
    rows = []
    for outlet in sort_outlets(v["outlet"]):
        for frame in sorted(set(h["frame"].astype(str)), key=_outlet_key):
            for step in steps:
                n_words = int(words.get((outlet, step), 0))
                n = int(counts.get((outlet, frame, step), 0))
                start = step.start_time
                rows.append({"outlet": outlet, "frame": frame, "period": period_label(start, period),
                             "period_start": _day(start), "hits": n, "words": n_words,
                             "per_1000": 1000 * n / n_words if n_words else math.nan})
    return typed_frame(rows, FRAME_PERIOD_COLUMNS)


_POSSESSIVE = re.compile(r"['’]s?$")


def light_lemma(text: str) -> str:
    """A label as one word form: lower-cased, whitespace collapsed, possessive dropped and the last
    word's plural made singular by rule (-ies → -y, -ches/-shes/-sses/-xes → drop -es, else drop -s
    but not -ss/-us/-is). Deliberately light: no dictionary, so it never merges different words.

    >>> [light_lemma(w) for w in ("Militants", "terrorists'", "armed  groups", "militias", "ISIS")]
    ['militant', 'terrorist', 'armed group', 'militia', 'isis']
    """
    words = " ".join(str(text).replace("\u00ad", "").lower().split()).split(" ")
    last = _POSSESSIVE.sub("", words[-1])
    if len(last) > 4 and last.endswith("ies"):
        last = last[:-3] + "y"
    elif last.endswith(("ches", "shes", "sses", "xes")):
        last = last[:-2]
    elif len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is")):
        last = last[:-1]
    return " ".join([*words[:-1], last])


def _in_frame(frames: pd.Series, frame: str) -> pd.Series:
    """Whether each frame is ``frame`` or nested under it (``labels/delegitimising``)."""
    text = frames.astype(str)
    return (text == frame) | text.str.startswith(frame + "/")


def label_words(frame_hits: pd.DataFrame, *, frame: str = LABELS_FRAME) -> pd.DataFrame:
    """The words each outlet uses from one frame (by default the actor labels: "militants",
    "rebels", "terrorists"...), lightly lemmatised (:func:`light_lemma`), with each word's share of
    the outlet's hits in that frame; most used first. ``narrator_hits`` are those in the outlet's
    own sentences. A word is a word used, not a stance: quotes count too."""
    if frame_hits.empty:
        return typed_frame([], LABEL_COLUMNS)
    hits = frame_hits[_in_frame(frame_hits["frame"], frame)]
    if hits.empty:
        return typed_frame([], LABEL_COLUMNS)
    hits = hits.assign(outlet=fill_outlets(hits["outlet"]), label=hits["match"].map(light_lemma),
                       _narrator=hits["speaker_type"] == NARRATOR_TYPE)
    rows = []
    for outlet in sort_outlets(hits["outlet"]):
        group = hits[hits["outlet"] == outlet]
        counts = group.groupby("label").agg(hits=("label", "size"), narrator_hits=("_narrator", "sum"))
        counts = counts.reset_index().sort_values(["hits", "label"], ascending=[False, True], kind="stable")
        for row in counts.itertuples(index=False):
            rows.append({"outlet": outlet, "label": row.label, "hits": int(row.hits),
                         "share": _share(row.hits, len(group)), "narrator_hits": int(row.narrator_hits)})
    return typed_frame(rows, LABEL_COLUMNS)


def _seed_for(seed: int, *parts: str) -> int:
    # A seed per stratum, stable across runs and unaffected by which other outlets are selected.
    return zlib.crc32("\x1f".join([str(seed), *parts]).encode("utf-8"))


def kwic_sample(
    frame_hits: pd.DataFrame, *, per_frame: int = DEFAULT_KWIC_PER_FRAME, seed: int = 0
) -> pd.DataFrame:
    """Up to ``per_frame`` framing hits in context for each frame, drawn at random with a fixed
    ``seed`` and stratified by outlet: outlets take turns (by name), each contributing its own
    random draw, until the frame's quota is met. The same input gives the same sample."""
    if per_frame < 0:
        raise ParameterError(f"kwic sample: per_frame must be 0 or more, got {per_frame}")
    if frame_hits.empty or per_frame == 0:
        return typed_frame([], KWIC_COLUMNS)
    hits = frame_hits.assign(outlet=fill_outlets(frame_hits["outlet"]), frame=frame_hits["frame"].astype(str))
    hits = hits.sort_values(["frame", "outlet", "article_id", "start"], kind="stable")
    picked = []
    for frame in sorted(set(hits["frame"]), key=_outlet_key):
        in_frame = hits[hits["frame"] == frame]
        draws = []
        for outlet in sort_outlets(in_frame["outlet"]):
            group = in_frame[in_frame["outlet"] == outlet]
            order = np.random.default_rng(_seed_for(seed, frame, outlet)).permutation(len(group))
            draws.append(group.iloc[order].assign(_turn=range(len(group)), _outlet=_outlet_key(outlet)[0]))
        pooled = pd.concat(draws).sort_values(["_turn", "_outlet"], kind="stable").head(per_frame)
        picked.append(pooled.sort_values(["_outlet", "date", "article_id", "start"], kind="stable"))
    sample = pd.concat(picked)
    rows = [{"frame": r.frame, "outlet": r.outlet, "date": _day(_utc(pd.Series([r.date])).iloc[0]),
             "article_id": r.article_id, "speaker": r.speaker, "pre": r.pre, "match": r.match,
             "post": r.post} for r in sample.itertuples(index=False)]
    return typed_frame(rows, KWIC_COLUMNS)


# ---------------------------------------------------------------------------------------------
# Metadata coverage.


def _blank(values: pd.Series) -> pd.Series:
    return values.isna() | (values.astype("object").map(lambda v: not str(v).strip()))


def coverage(
    articles: pd.DataFrame,
    errors: pd.DataFrame | None = None,
    *,
    start: object = None,
    end: object = None,
    outlets: str | Sequence[str] | None = None,
) -> pd.DataFrame:
    """What the comparison rests on: articles analysed, records that failed, articles lacking a
    date, outlet or title, and how many the date and outlet selection left out. ``articles`` is the
    whole corpus (before :func:`select`); ``share`` is of the articles analysed."""
    total = len(articles)
    in_range, in_outlets, dated = _selection_masks(articles, start=start, end=end, outlets=outlets)
    no_outlet = _blank(articles["outlet_raw"] if "outlet_raw" in articles else articles["outlet"])
    items: list[tuple[str, int, bool]] = [
        ("articles analysed", total, True),
        ("records that could not be read or analysed (see errors)",
         0 if errors is None else len(errors), False),
        ("articles without a readable date", int((~dated).sum()), True),
        ("articles without an outlet", int(no_outlet.sum()), True),
        ("articles without a title", int(_blank(articles["title"]).sum()), True),
    ]
    if date_bound(start, end=False) is not None or date_bound(end, end=True) is not None:
        items.append(("left out: outside the dates chosen or undated", int((~in_range).sum()), True))
    if parse_outlets(outlets):
        items.append(("left out: outlet not chosen", int((in_range & ~in_outlets).sum()), True))
    items.append(("articles compared in this report", int((in_range & in_outlets).sum()), True))
    rows = [{"item": item, "count": n, "share": _share(n, total) if share else math.nan}
            for item, n, share in items]
    return typed_frame(rows, COVERAGE_COLUMNS)
