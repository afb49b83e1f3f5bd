"""The comparison of outlets in prose, written from the comparison tables' numbers.

:func:`summarise` reads the tables of :mod:`analysis.compare` as the report displays them
(``outlets``, ``coverage``, ``share_of_voice``, ``top_speakers``, ``tone_by_type``,
``frame_rates``, ``label_words``) and returns :class:`~analysis.narrative.ProseParagraph` records,
as :func:`analysis.narrative.summarise` does for one article: each sentence carries every number it
states as a :class:`~analysis.narrative.Cited` value naming the table, row and column, formatted by
:func:`format_table`'s formatter, so a reader finds each number in a displayed table to the same
rounding. Render with :func:`analysis.narrative.to_html` (all text escaped).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import pandas as pd

from analysis import narrative
from analysis.narrative import (
    NEUTRAL_BAND,
    VADER_NYT_CORRELATION,
    Cited,
    ProseParagraph,
    ProseSentence,
    format_compound,
    format_count,
    format_rate,
    format_share,
)

DEFAULT_MIN_STATEMENTS = 5
"""Fewest statements an outlet's speaker type needs before its mean tone is compared."""

DEFAULT_MIN_WORDS = 300
"""Fewest scored words an outlet needs before its framing rates are compared: below it, one hit
moves a rate per 1,000 words by several points."""

_MAX_FRAMES = 6
_MAX_TYPES = 3
_NARRATOR = "narrator"

# Which row of each displayed table a citation names.
KEYS: dict[str, tuple[str, ...]] = {
    "outlets": ("outlet",),
    "outlet_names": ("outlet", "outlet_raw"),
    "outlet_periods": ("outlet", "period"),
    "coverage": ("item",),
    "share_of_voice": ("outlet", "speaker_type"),
    "top_speakers": ("outlet", "rank"),
    "tone_by_type": ("outlet", "speaker_type"),
    "frame_rates": ("outlet", "frame"),
    "frame_rates_over_time": ("outlet", "frame", "period"),
    "label_words": ("outlet", "label"),
}

# ---------------------------------------------------------------------------------------------
# How each column is displayed (and stated in the prose).

_COUNT_COLUMNS = frozenset({
    "articles", "words", "statements", "hits", "narrator_hits", "speakers", "undated", "count",
    "words_per_article", "rank",
})
_COMPOUND_COLUMNS = frozenset({"compound", "mean_compound", "ci_low", "ci_high"})


def _text(value: Any) -> str:
    if value is None:
        return ""
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return str(value)


def column_formatter(column: str) -> Callable[[Any], str]:
    """The format of a comparison-table column: shares as whole percents, rates to one decimal,
    compound scores signed to two decimals, counts with thousands separators, the rest as text
    (dates and period names included)."""
    if column in _COMPOUND_COLUMNS:
        return format_compound
    if column == "share" or column.startswith("share_"):
        return format_share
    if column == "per_1000":
        return format_rate
    if column in _COUNT_COLUMNS:
        return format_count
    return _text


def format_value(column: str, value: Any) -> str:
    """One value as its column displays it."""
    return column_formatter(column)(value)


def format_table(df: pd.DataFrame) -> pd.DataFrame:
    """The table as displayed: same rows, columns and index, every cell a formatted string."""
    return narrative.format_table(df, formatter=column_formatter)


# ---------------------------------------------------------------------------------------------
# Citing.


def _cite(table: str, row: pd.Series, column: str) -> Cited:
    return Cited(
        value=format_value(column, row[column]),
        table=table,
        column=column,
        row=tuple((k, str(row[k])) for k in KEYS[table]),
    )


def _constant(value: str, name: str) -> Cited:
    return Cited(value=value, table=None, column=name)


def _sentence(text: str, cited: Sequence[Cited] = ()) -> ProseSentence:
    return ProseSentence(text=text, cited=tuple(cited))


def _shown(column: str, value: Any) -> float:
    """The number a reader sees in the displayed table, so ties are ties as displayed."""
    text = format_value(column, value).rstrip("%").replace(",", "")
    try:
        return float(text)
    except ValueError:
        return float("nan")


def _extreme(df: pd.DataFrame, column: str, *, largest: bool) -> pd.DataFrame:
    shown = df[column].map(lambda v: _shown(column, v))
    shown = shown[shown.notna()]
    if shown.empty:
        return df.iloc[:0]
    best = shown.max() if largest else shown.min()
    return df.loc[shown[shown == best].index]


def _join(items: Sequence[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _plural(count: str, noun: str) -> str:
    return f"{count} {noun}" if count == "1" else f"{count} {noun}s"


def _type(speaker_type: Any) -> str:
    # "unknown" is the actor list's word for a source it could not type.
    return "untyped" if speaker_type == "unknown" else str(speaker_type).replace("_", " ")


def _table(tables: Mapping[str, pd.DataFrame], name: str) -> pd.DataFrame:
    df = tables.get(name)
    return df if isinstance(df, pd.DataFrame) else pd.DataFrame()


def _coverage_row(coverage: pd.DataFrame, prefix: str) -> pd.Series | None:
    if coverage.empty:
        return None
    rows = coverage[coverage["item"].astype(str).str.startswith(prefix)]
    return rows.iloc[0] if len(rows) else None


# ---------------------------------------------------------------------------------------------
# Paragraphs.


def _overview(outlets: pd.DataFrame, coverage: pd.DataFrame, title: str | None) -> ProseParagraph:
    heading = f"What is compared: {title}" if title else "What is compared"
    sentences: list[ProseSentence] = []
    compared = _coverage_row(coverage, "articles compared")
    if outlets.empty:
        sentences.append(_sentence("No article falls within the dates and outlets chosen, so there is "
                                   "nothing to compare; the coverage table says what was left out."))
    else:
        parts, cited = [], []
        for _, row in outlets.iterrows():
            n = _cite("outlets", row, "articles")
            cited.append(n)
            parts.append(f"{row['outlet']} ({n.value})")
        lead = "The comparison covers articles from"
        if compared is not None:
            total = _cite("coverage", compared, "count")
            cited.insert(0, total)
            lead = f"The comparison covers {_plural(total.value, 'article')}, from"
        sentences.append(_sentence(f"{lead} {_join(parts)}.", cited))
        dated = outlets[outlets["first_date"].astype(str) != ""]
        if len(dated):
            first = dated.loc[dated["first_date"].astype(str).idxmin()]
            last = dated.loc[dated["last_date"].astype(str).idxmax()]
            a, b = _cite("outlets", first, "first_date"), _cite("outlets", last, "last_date")
            sentences.append(_sentence(f"They are dated from {a.value} ({first['outlet']}) to "
                                       f"{b.value} ({last['outlet']}).", [a, b]))
    sentences.extend(_coverage_sentences(coverage))
    return ProseParagraph("overview", heading, tuple(sentences))


def _coverage_sentences(coverage: pd.DataFrame) -> list[ProseSentence]:
    sentences: list[ProseSentence] = []
    lacking, cited = [], []
    for prefix, what in (("articles without a readable date", "a readable date"),
                         ("articles without an outlet", "an outlet"),
                         ("articles without a title", "a title")):
        row = _coverage_row(coverage, prefix)
        if row is not None and int(row["count"]) > 0:
            n, share = _cite("coverage", row, "count"), _cite("coverage", row, "share")
            cited += [n, share]
            lacking.append(f"{what}, {n.value} ({share.value})")
    if lacking:
        sentences.append(_sentence(f"Of the articles analysed, some lack {'; '.join(lacking)}; "
                                   "undated articles are left out of everything over time.", cited))
    failed = _coverage_row(coverage, "records that could not")
    if failed is not None and int(failed["count"]) > 0:
        n = _cite("coverage", failed, "count")
        sentences.append(_sentence(f"Records that could not be read or analysed: {n.value}, listed in "
                                   "the errors file and counted nowhere else.", [n]))
    parts, cited = [], []
    for prefix, why in (("left out: outside", "outside the dates chosen or undated"),
                        ("left out: outlet", "from outlets not chosen")):
        row = _coverage_row(coverage, prefix)
        if row is not None:
            n = _cite("coverage", row, "count")
            cited.append(n)
            parts.append(f"{_plural(n.value, 'article')} {why}")
    if parts:
        sentences.append(_sentence(f"Left out by the selection: {'; '.join(parts)}.", cited))
    return sentences


def _voices(voice_shares: pd.DataFrame, top: pd.DataFrame) -> ProseParagraph | None:
    if voice_shares.empty:
        return None
    sentences: list[ProseSentence] = []
    narrator = voice_shares[voice_shares["speaker_type"] == _NARRATOR]
    if len(narrator) > 1:
        high = _extreme(narrator, "share_all_words", largest=True)
        low = _extreme(narrator, "share_all_words", largest=False)
        if len(high) and len(low) and high.index[0] != low.index[0] and not set(high.index) & set(low.index):
            h = [(_cite("share_of_voice", r, "share_all_words"), r["outlet"]) for _, r in high.iterrows()]
            lo = [(_cite("share_of_voice", r, "share_all_words"), r["outlet"]) for _, r in low.iterrows()]
            sentences.append(_sentence(
                "The outlet's own voice (the narrator) carries the largest share of the words at "
                f"{_join([f'{o} ({c.value})' for c, o in h])} and the smallest at "
                f"{_join([f'{o} ({c.value})' for c, o in lo])}; the rest is quoted or reported speech.",
                [c for c, _ in h + lo]))
        else:
            row = narrator.iloc[0]
            c = _cite("share_of_voice", row, "share_all_words")
            sentences.append(_sentence(f"The narrator carries about the same share of words at every "
                                       f"outlet ({c.value} at {row['outlet']}).", [c]))
    elif len(narrator) == 1:
        row = narrator.iloc[0]
        c = _cite("share_of_voice", row, "share_all_words")
        sentences.append(_sentence(f"At {row['outlet']}, the narrator carries {c.value} of the words.", [c]))
    quoted = voice_shares[(voice_shares["speaker_type"] != _NARRATOR) & voice_shares["share_quoted_words"].notna()]
    leads: dict[str, list[tuple[str, Cited]]] = {}
    cited: list[Cited] = []
    for outlet in pd.unique(quoted["outlet"]):
        best = _extreme(quoted[quoted["outlet"] == outlet], "share_quoted_words", largest=True)
        for _, row in best.iterrows():
            c = _cite("share_of_voice", row, "share_quoted_words")
            leads.setdefault(_type(row["speaker_type"]), []).append((f"{outlet} ({c.value})", c))
    if leads:
        parts = []
        for kind, items in leads.items():
            parts.append(f"{kind} sources at {_join([text for text, _ in items])}")
            cited += [c for _, c in items]
        sentences.append(_sentence(
            f"The type of source given most of the quoted words: {'; '.join(parts)}.", cited))
    if not top.empty:
        first = top[top["rank"] == 1]
        parts, cited = [], []
        for _, row in first.iterrows():
            n = _cite("top_speakers", row, "statements")
            s = _cite("top_speakers", row, "share_statements")
            cited += [n, s]
            kind = "" if str(row["speaker_type"]) in ("", "unknown") else f", {_type(row['speaker_type'])}"
            parts.append(f"at {row['outlet']}, {row['speaker']}{kind} ({_plural(n.value, 'statement')}, "
                         f"{s.value} of its quoted statements)")
        sentences.append(_sentence(f"The most quoted source {'; '.join(parts)}.", cited))
    return ProseParagraph("voices", "Who speaks", tuple(sentences)) if sentences else None


def _tone_phrase(row: pd.Series) -> tuple[str, list[Cited]]:
    mean = _cite("tone_by_type", row, "mean_compound")
    n = _cite("tone_by_type", row, "statements")
    unit = "sentence" if row["speaker_type"] == _NARRATOR else "statement"
    if pd.isna(row["ci_low"]) or pd.isna(row["ci_high"]):
        return f"{mean.value} ({_plural(n.value, unit)}, no interval)", [mean, n]
    lo, hi = _cite("tone_by_type", row, "ci_low"), _cite("tone_by_type", row, "ci_high")
    return f"{mean.value} (CI {lo.value} to {hi.value}, {_plural(n.value, unit)})", [mean, lo, hi, n]


def _overlap(a: pd.Series, b: pd.Series) -> bool | None:
    """Whether two rows' intervals overlap; ``None`` when either has none."""
    if any(pd.isna(r[c]) for r in (a, b) for c in ("ci_low", "ci_high")):
        return None
    return not (a["ci_high"] < b["ci_low"] or b["ci_high"] < a["ci_low"])


def _contrast(rows: pd.DataFrame, who: str) -> ProseSentence | None:
    """The outlets where one kind of voice has its lowest and highest mean tone, and whether the
    difference stands out from the intervals."""
    low = _extreme(rows, "mean_compound", largest=False)
    high = _extreme(rows, "mean_compound", largest=True)
    if low.empty or set(low.index) & set(high.index):
        return None
    lo_row, hi_row = low.iloc[0], high.iloc[0]
    lo_text, lo_cited = _tone_phrase(lo_row)
    hi_text, hi_cited = _tone_phrase(hi_row)
    overlap = _overlap(lo_row, hi_row)
    level = _constant("95%", "confidence")
    verdict = {
        True: f"the {level.value} intervals overlap, so the difference may be chance",
        False: f"the {level.value} intervals do not overlap",
        None: "one of them has no interval, so the difference cannot be weighed",
    }[overlap]
    return _sentence(
        f"{who}: mean compound lowest at {lo_row['outlet']}, {lo_text}, and highest at "
        f"{hi_row['outlet']}, {hi_text}; {verdict}.",
        lo_cited + hi_cited + ([level] if overlap is not None else []),
    )


def _tone(tone: pd.DataFrame, *, min_statements: int) -> ProseParagraph | None:
    if tone.empty:
        return None
    threshold = _constant(str(min_statements), "min_statements")
    eligible = tone[(tone["statements"] >= min_statements) & tone["mean_compound"].notna()]
    sentences: list[ProseSentence] = []
    narrator = eligible[eligible["speaker_type"] == _NARRATOR]
    if len(narrator) >= 2:
        s = _contrast(narrator, "The outlets' own narration")
        if s is not None:
            sentences.append(s)
        else:
            row = narrator.iloc[0]
            m = _cite("tone_by_type", row, "mean_compound")
            sentences.append(_sentence(f"The narration has the same mean compound, {m.value}, at every "
                                       "outlet.", [m]))
    quoted = eligible[eligible["speaker_type"] != _NARRATOR]
    spreads = []
    for kind, rows in quoted.groupby("speaker_type", sort=False):
        if rows["outlet"].nunique() >= 2:
            shown = rows["mean_compound"].map(lambda v: _shown("mean_compound", v))
            spreads.append((shown.max() - shown.min(), str(kind), rows))
    spreads.sort(key=lambda item: (-item[0], item[1]))
    for _, kind, rows in spreads[:_MAX_TYPES]:
        s = _contrast(rows, f"Quoted {_type(kind)} sources")
        if s is not None:
            sentences.append(s)
    if not sentences:
        sentences.append(_sentence(
            f"No speaker type has at least {threshold.value} statements at two outlets or more, too "
            "few to compare tone across outlets; the table shows each mean all the same.", [threshold]))
    else:
        sentences.append(_sentence(
            f"Only speaker types with at least {threshold.value} statements at an outlet are compared "
            "here; the rest are in the table.", [threshold]))
    return ProseParagraph("tone", "Tone", tuple(sentences))


def _frames(rates: pd.DataFrame, *, min_words: int) -> ProseParagraph:
    if rates.empty or not rates["hits"].sum():
        return ProseParagraph("frames", "Framing words",
                              (_sentence("No word from the framing lexicon was found in these articles."),))
    threshold = _constant(format_count(min_words), "min_words")
    ranked = rates[(rates["words"] >= min_words) & rates["per_1000"].notna()]
    small = sorted(set(rates.loc[rates["words"] < min_words, "outlet"].astype(str)))
    sentences: list[ProseSentence] = []
    if ranked.empty or ranked["outlet"].nunique() < 2:
        sentences.append(_sentence(
            f"Fewer than two outlets have at least {threshold.value} scored words, too few to compare "
            "framing rates; the table shows them all the same.", [threshold]))
        return ProseParagraph("frames", "Framing words", tuple(sentences))
    totals = ranked.groupby("frame", sort=False)["hits"].sum()
    frames = sorted(totals[totals > 0].index, key=lambda f: (-totals[f], str(f)))
    sentences.append(_sentence(
        "Framing words per 1,000 scored words of each outlet's articles, quotes included (with the number "
        "of hits), highest and lowest:", [_constant("1,000", "per_words")]))
    for frame in frames[:_MAX_FRAMES]:
        rows = ranked[ranked["frame"] == frame]
        high = _extreme(rows, "per_1000", largest=True)
        low = _extreme(rows, "per_1000", largest=False)
        parts, cited = [], []
        for label, chosen in (("highest at", high), ("lowest at", low)):
            if label == "lowest at" and set(chosen.index) & set(high.index):
                continue
            items = []
            for _, row in chosen.iterrows():
                r, h = _cite("frame_rates", row, "per_1000"), _cite("frame_rates", row, "hits")
                cited += [r, h]
                items.append(f"{row['outlet']} ({r.value}, {_plural(h.value, 'hit')})")
            parts.append(f"{label} {_join(items)}")
        if len(parts) == 1:
            parts[0] = parts[0].replace("highest at", "the same at", 1)
        sentences.append(_sentence(f"“{frame}”: {'; '.join(parts)}.", cited))
    if len(frames) > _MAX_FRAMES:
        sentences.append(_sentence("The other frames are in the frame table."))
    if small:
        sentences.append(_sentence(
            f"Left to the table for having fewer than {threshold.value} scored words, where one hit "
            f"makes a large rate: {_join(small)}.", [threshold]))
    return ProseParagraph("frames", "Framing words", tuple(sentences))


def _labels(labels: pd.DataFrame, frame: str) -> ProseParagraph | None:
    if labels.empty:
        return None
    parts, cited = [], []
    for outlet in pd.unique(labels["outlet"]):
        best = _extreme(labels[labels["outlet"] == outlet], "share", largest=True)
        items = []
        for _, row in best.iterrows():
            s, h = _cite("label_words", row, "share"), _cite("label_words", row, "hits")
            cited += [s, h]
            items.append(f"“{row['label']}” ({s.value}, {_plural(h.value, 'hit')})")
        parts.append(f"at {outlet}, {_join(items)}")
    sentences = [
        _sentence(f"The most used word of the “{frame}” frame, with its share of the outlet's words "
                  f"in that frame: {'; '.join(parts)}.", cited),
        _sentence("These are words used, not stances taken: a label in a quote is the source's word, "
                  "and the words may name different actors in different stories; the context sample "
                  "shows how each is used."),
    ]
    return ProseParagraph("labels", "Words for armed actors", tuple(sentences))


def _limits() -> ProseParagraph:
    band = _constant(f"{NEUTRAL_BAND:.2f}", "neutral_band")
    r = _constant(f"{VADER_NYT_CORRELATION:.1f}", "vader_nyt_correlation")
    sentences = (
        _sentence("Who speaks comes from rules over quotation marks, speech verbs and names: unusual "
                  "constructions are missed and a pronoun can be credited to the wrong person, and "
                  "outlets that write differently may be read with different accuracy."),
        _sentence("A source's type comes from the role an article gives it (“Syrian president”, "
                  "“a Vodafone spokesman”), from the actor list, from the story (a person named in full "
                  "in a report about little but a game counts as sport, a name given a firm's office or "
                  "shares as an organisation), or, for a full name no article types, "
                  "from the type the corpus's other articles give the same name; a source no rule "
                  "types counts as untyped, and two people of one name count as one."),
        _sentence("Tone is VADER's compound score, a general-purpose lexicon built for social media: it "
                  "scores words, not stances (“killed” is negative whoever is killed), misses irony and "
                  f"reported claims, and correlates with human ratings of news text at only about {r.value}; "
                  f"differences inside the ±{band.value} neutral band mean nothing.", [r, band]),
        _sentence("Framing counts are counts of lexicon words, not of stances: a word in a quote, a "
                  "denial or a headline counts the same."),
        _sentence("Outlets' samples can differ in topic mix, length and period: an outlet that covered "
                  "more battle reports will use more military words whatever its slant, so compare "
                  "like with like (narrow the dates, or the corpus) before reading a difference as "
                  "framing."),
    )
    return ProseParagraph("limits", "What these comparisons can and cannot say", sentences)


def summarise(
    tables: Mapping[str, pd.DataFrame],
    *,
    title: str | None = None,
    label_frame: str = "labels",
    min_statements: int = DEFAULT_MIN_STATEMENTS,
    min_words: int = DEFAULT_MIN_WORDS,
) -> list[ProseParagraph]:
    """The differences between outlets in prose: what the comparison covers (and lacks), who
    speaks, tone, framing words, the words used for armed actors, and the method's limits.

    Reads the displayed tables by name (absent or empty ones are fine). Tone is compared only for
    speaker types with at least ``min_statements`` statements at an outlet, framing rates only for
    outlets with at least ``min_words`` scored words; the prose says what it left to the tables.
    Every number stated is cited in its sentence and equals the displayed cell it names.
    """
    if min_statements < 1:
        raise ValueError(f"min_statements must be at least 1, got {min_statements}")
    if min_words < 0:
        raise ValueError(f"min_words must be zero or more, got {min_words}")
    paragraphs = [
        _overview(_table(tables, "outlets"), _table(tables, "coverage"), title),
        _voices(_table(tables, "share_of_voice"), _table(tables, "top_speakers")),
        _tone(_table(tables, "tone_by_type"), min_statements=min_statements),
        _frames(_table(tables, "frame_rates"), min_words=min_words),
        _labels(_table(tables, "label_words"), label_frame),
        _limits(),
    ]
    return [p for p in paragraphs if p is not None and p.sentences]

