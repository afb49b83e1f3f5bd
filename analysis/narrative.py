"""The report in prose, written from the tables' numbers.

:func:`summarise` reads the tables of :mod:`analysis.tables` (``speakers``, ``speaker_types``,
``frame_counts``) and returns paragraphs of sentences. Each sentence carries the numbers it states
as :class:`Cited` values naming the table, row and column they come from, formatted by the same
functions (:func:`format_compound`, :func:`format_share`, ...) that :func:`format_table` applies
to the displayed tables. So every number in the prose is one a reader finds in a table, to the same
rounding. :func:`to_html` and :func:`to_markdown` render the paragraphs with all text escaped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from analysis.models import NARRATOR

NEUTRAL_BAND = 0.05
"""VADER's conventional neutral band: a compound score within ±0.05 reads as neutral."""

VADER_NYT_CORRELATION = 0.5
"""Correlation of VADER with human ratings on New York Times editorial snippets (Hutto & Gilbert
2014 report r = 0.492), stated rounded."""

DEFAULT_MIN_WORDS = 20
"""Fewest words a source must say before its mean tone is compared with others'."""

MISSING = "–"
"""How a missing number (a confidence interval of one statement, a narrator's quoted share) shows."""

_MAX_FRAMES = 6
_RANK_PER_FRAME = 2

# ---------------------------------------------------------------------------------------------
# Number formats shared by the prose and the displayed tables.


def _missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def format_compound(value: Any) -> str:
    """A VADER compound (or its CI bound) to 2 decimals with a sign; zero unsigned.

    >>> format_compound(0.4321), format_compound(-0.305), format_compound(-0.001)
    ('+0.43', '-0.30', '0.00')
    """
    if _missing(value):
        return MISSING
    rounded = round(float(value), 2)
    if rounded == 0:
        return "0.00"
    return f"{rounded:+.2f}"


def format_share(value: Any) -> str:
    """A share given as a fraction (0..1), as a whole percent.

    >>> format_share(0.426), format_share(1.0)
    ('43%', '100%')
    """
    if _missing(value):
        return MISSING
    # Adding 0.0 turns a rounded -0 into 0, so nothing shows as "-0%".
    return f"{round(float(value) * 100) + 0.0:.0f}%"


def format_count(value: Any) -> str:
    """A count with thousands separators: ``1234 -> '1,234'``."""
    if _missing(value):
        return MISSING
    return f"{int(round(float(value))):,}"


def format_rate(value: Any) -> str:
    """A rate per 1,000 words, to 1 decimal."""
    if _missing(value):
        return MISSING
    return f"{round(float(value), 1) + 0.0:.1f}"


def format_proportion(value: Any) -> str:
    """VADER's pos/neu/neg proportions, to 2 decimals."""
    if _missing(value):
        return MISSING
    return f"{float(value):.2f}"


def _format_offset(value: Any) -> str:
    # Offsets and ordinal numbers are identifiers, not quantities: no separators.
    if _missing(value):
        return ""
    return str(int(value))


def _format_text(value: Any) -> str:
    if _missing(value):
        return ""
    return str(value)


_COUNT_COLUMNS = frozenset({"statements", "words", "hits", "speakers"})
_COMPOUND_COLUMNS = frozenset({"compound", "mean_compound", "ci_low", "ci_high"})
_PROPORTION_COLUMNS = frozenset({"pos", "neu", "neg"})
_OFFSET_COLUMNS = frozenset({"unit", "sentence", "statement", "start", "end"})


def column_formatter(column: str) -> Callable[[Any], str]:
    """The format a column's values are displayed (and stated in the prose) with."""
    if column in _COMPOUND_COLUMNS:
        return format_compound
    if column.startswith("share_"):
        return format_share
    if column == "per_1000":
        return format_rate
    if column in _COUNT_COLUMNS:
        return format_count
    if column in _PROPORTION_COLUMNS:
        return format_proportion
    if column in _OFFSET_COLUMNS or column.endswith(("_start", "_end")):
        return _format_offset
    return _format_text


def format_value(column: str, value: Any) -> str:
    """One value formatted as its column is displayed."""
    return column_formatter(column)(value)


def format_table(
    df: pd.DataFrame, *, formatter: Callable[[str], Callable[[Any], str]] | None = None
) -> pd.DataFrame:
    """The table as displayed: same rows, columns and index, every cell a formatted string.

    ``formatter`` maps a column name to its cell formatter (default: :func:`column_formatter`).
    """
    formatter = formatter or column_formatter
    out = pd.DataFrame(index=df.index)
    for column in df.columns:
        fmt = formatter(str(column))
        out[column] = pd.Series([fmt(v) for v in df[column]], index=df.index, dtype=object)
    return out


# ---------------------------------------------------------------------------------------------
# Records.


@dataclass(frozen=True, slots=True)
class Cited:
    """One number a sentence states, exactly as stated, and where it comes from.

    ``table`` is ``None`` for a constant of the method (the neutral band, a threshold, a published
    figure); otherwise ``row`` holds the key columns and values that pick the table row.
    """

    value: str
    table: str | None
    column: str
    row: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class ProseSentence:
    text: str
    cited: tuple[Cited, ...] = ()


@dataclass(frozen=True, slots=True)
class ProseParagraph:
    """A paragraph of the summary on one ``topic`` (``overview``, ``voices``, ``tone``,
    ``narrator``, ``frames``, ``limits``)."""

    topic: str
    heading: str
    sentences: tuple[ProseSentence, ...]

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)


# ---------------------------------------------------------------------------------------------
# Reading the tables.


def _table(tables: Mapping[str, pd.DataFrame], name: str) -> pd.DataFrame:
    df = tables.get(name)
    return df if isinstance(df, pd.DataFrame) else pd.DataFrame()


def _is_narrator(row: pd.Series) -> bool:
    return row.get("speaker") == NARRATOR or row.get("speaker_type") == "narrator"


def _cite(table: str, row: pd.Series, column: str, keys: Sequence[str]) -> Cited:
    return Cited(
        value=format_value(column, row[column]),
        table=table,
        column=column,
        row=tuple((k, str(row[k])) for k in keys),
    )


def _constant(value: str, name: str) -> Cited:
    return Cited(value=value, table=None, column=name)


def _plural(count: str, noun: str) -> str:
    return f"{count} {noun}" if count == "1" else f"{count} {noun}s"


def _join(items: Sequence[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _type_label(speaker_type: Any) -> str:
    return str(speaker_type).replace("_", " ")


def _who(row: pd.Series) -> str:
    """A speaker as named in the prose: name and type."""
    if _is_narrator(row):
        return "the narrator"
    name = str(row["speaker"])
    kind = row.get("speaker_type")
    if _missing(kind) or kind in ("", "unknown"):
        return name
    return f"{name} ({_type_label(kind)})"


def _top_rows(df: pd.DataFrame, column: str, *, largest: bool) -> pd.DataFrame:
    """The rows holding the extreme *displayed* value of a column (ties kept, in table order)."""
    shown = df[column].map(lambda v: _shown_number(column, v))
    best = shown.max() if largest else shown.min()
    return df[shown == best]


def _shown_number(column: str, value: Any) -> float:
    """The number a reader sees in the displayed table (so ties are ties as displayed)."""
    text = format_value(column, value).rstrip("%").replace(",", "")
    try:
        return float(text)
    except ValueError:
        return float("nan")


def _sentence(text: str, cited: Sequence[Cited] = ()) -> ProseSentence:
    return ProseSentence(text=text, cited=tuple(cited))


# ---------------------------------------------------------------------------------------------
# Paragraphs.


def _overview(speakers: pd.DataFrame, types: pd.DataFrame, title: str | None) -> ProseParagraph:
    heading = f"Summary: {title}" if title else "In brief"
    sources = speakers[~speakers.apply(_is_narrator, axis=1)] if len(speakers) else speakers
    narrator_types = types[types["speaker_type"] == "narrator"] if "speaker_type" in types else types
    sentences: list[ProseSentence] = []
    if not len(speakers) and not len(types):
        sentences.append(_sentence("The tables hold no statements and no narrator sentences to summarise."))
    elif not len(sources):
        sentences.append(
            _sentence(
                "No statement in the article is attributed to a source: every sentence is in the "
                "outlet's own voice."
            )
        )
    if len(narrator_types) and "share_words" in narrator_types and len(sources):
        row = narrator_types.iloc[0]
        share = _cite("speaker_types", row, "share_words", ["speaker_type"])
        sentences.append(
            _sentence(
                f"The narrator's own sentences carry {share.value} of the article's words; the rest "
                "is attributed to the sources below.",
                [share],
            )
        )
    if not sentences and title:
        sentences.append(_sentence("What the tables below show, in words."))
    return ProseParagraph("overview", heading, tuple(sentences))


def _voices(speakers: pd.DataFrame, types: pd.DataFrame) -> ProseParagraph | None:
    sources = speakers[~speakers.apply(_is_narrator, axis=1)] if len(speakers) else speakers
    if not len(sources):
        return None
    keys = ["speaker", "speaker_type"]
    sentences: list[ProseSentence] = []
    top = _top_rows(sources, "statements", largest=True)
    cited: list[Cited] = []
    parts = []
    for _, row in top.iterrows():
        n = _cite("speakers", row, "statements", keys)
        w = _cite("speakers", row, "words", keys)
        cited += [n, w]
        parts.append(f"{_who(row)}, {_plural(n.value, 'statement')} and {_plural(w.value, 'word')}")
    if len(sources) == 1:
        text = f"The only quoted source is {parts[0].replace(', ', ', with ', 1)}."
    elif len(top) == 1:
        text = f"The most quoted source is {parts[0].replace(', ', ', with ', 1)}."
    else:
        text = f"Tied as the most quoted sources: {'; '.join(parts)}."
    sentences.append(_sentence(text, cited))

    quoted_types = types[types["speaker_type"] != "narrator"] if "speaker_type" in types else types
    quoted_types = quoted_types[quoted_types["share_quoted_words"].notna()] if len(quoted_types) else quoted_types
    if len(quoted_types) > 1:
        top_types = _top_rows(quoted_types, "share_quoted_words", largest=True)
        cited, parts = [], []
        for _, row in top_types.iterrows():
            q = _cite("speaker_types", row, "share_quoted_words", ["speaker_type"])
            a = _cite("speaker_types", row, "share_words", ["speaker_type"])
            cited += [q, a]
            parts.append(
                f"{_type_label(row['speaker_type'])} sources ({q.value} of quoted words, "
                f"{a.value} of all words)"
            )
        lead = "By type, the largest share of quoted words goes to" if len(top_types) == 1 else (
            "By type, the largest share of quoted words is tied between"
        )
        sentences.append(_sentence(f"{lead} {_join(parts)}.", cited))
    return ProseParagraph("voices", "Who is quoted", tuple(sentences))


def _tone_phrase(row: pd.Series) -> tuple[str, list[Cited]]:
    """'mean compound -0.45 (CI -0.80 to -0.10) over 3 statements', with its citations."""
    keys = ["speaker", "speaker_type"]
    mean = _cite("speakers", row, "mean_compound", keys)
    n = _cite("speakers", row, "statements", keys)
    if _missing(row.get("ci_low")) or _missing(row.get("ci_high")):
        if n.value == "1":
            return f"mean compound {mean.value} (a single statement, so no interval)", [mean]
        return f"mean compound {mean.value} (no interval, {_plural(n.value, 'statement')})", [mean, n]
    lo = _cite("speakers", row, "ci_low", keys)
    hi = _cite("speakers", row, "ci_high", keys)
    cited = [mean, n, lo, hi]
    return f"mean compound {mean.value} (CI {lo.value} to {hi.value}, {_plural(n.value, 'statement')})", cited


def _extreme_sentence(rows: pd.DataFrame, *, negative: bool) -> ProseSentence:
    side = "negative" if negative else "positive"
    phrases, cited = [], []
    for _, row in rows.iterrows():
        phrase, c = _tone_phrase(row)
        phrases.append(f"{_who(row)}, {phrase}")
        cited += c
    shown = float(cited[0].value)
    band = _constant(f"{NEUTRAL_BAND:.2f}", "neutral_band")
    within = -NEUTRAL_BAND < shown < NEUTRAL_BAND
    beyond = shown <= -NEUTRAL_BAND if negative else shown >= NEUTRAL_BAND
    if beyond:
        lead = f"The most {side} voice is" if len(rows) == 1 else f"The most {side} voices, tied, are"
        return _sentence(f"{lead} {_join(phrases)}.", cited)
    extreme = "lowest" if negative else "highest"
    tail = ", within the neutral band of ±" + band.value if within else ""
    return _sentence(
        f"No source is {side} on average; the {extreme} is {_join(phrases)}{tail}.",
        cited + ([band] if within else []),
    )


def _tone(speakers: pd.DataFrame, *, min_words: int) -> ProseParagraph | None:
    sources = speakers[~speakers.apply(_is_narrator, axis=1)] if len(speakers) else speakers
    if not len(sources):
        return None
    sources = sources[sources["mean_compound"].notna()]
    threshold = _constant(str(min_words), "min_words")
    eligible = sources[sources["words"] >= min_words]
    left_out = sources[sources["words"] < min_words]
    sentences: list[ProseSentence] = []
    if not len(eligible):
        sentences.append(
            _sentence(
                f"No quoted source says at least {threshold.value} words, too little for VADER's "
                "scores to compare sources; the table shows each source's mean all the same.",
                [threshold],
            )
        )
        return ProseParagraph("tone", "Tone of the sources", tuple(sentences))
    if len(eligible) == 1:
        row = eligible.iloc[0]
        phrase, cited = _tone_phrase(row)
        sentences.append(
            _sentence(
                f"Only {_who(row)} says at least {threshold.value} words, so there is no comparison "
                f"to make: {phrase}.",
                [threshold, *cited],
            )
        )
    else:
        lows = _top_rows(eligible, "mean_compound", largest=False)
        highs = _top_rows(eligible, "mean_compound", largest=True)
        if format_compound(lows["mean_compound"].iloc[0]) == format_compound(highs["mean_compound"].iloc[0]):
            mean = _cite("speakers", eligible.iloc[0], "mean_compound", ["speaker", "speaker_type"])
            sentences.append(
                _sentence(
                    f"Every source with at least {threshold.value} words has the same mean "
                    f"compound, {mean.value}.",
                    [threshold, mean],
                )
            )
        else:
            sentences.append(_extreme_sentence(lows, negative=True))
            sentences.append(_extreme_sentence(highs, negative=False))
    if len(left_out):
        names = _join([_who(r) for _, r in left_out.iterrows()])
        sentences.append(
            _sentence(
                f"Left out of this comparison for saying fewer than {threshold.value} words: {names}.",
                [threshold],
            )
        )
    if len(eligible) < 3:
        sentences.append(
            _sentence(
                "With so few sources saying enough, these means are fragile: one sentence can "
                "move them, and the intervals are wide."
            )
        )
    return ProseParagraph("tone", "Tone of the sources", tuple(sentences))


def _narrator(speakers: pd.DataFrame) -> ProseParagraph | None:
    rows = speakers[speakers.apply(_is_narrator, axis=1)] if len(speakers) else speakers
    if not len(rows):
        return None
    row = rows.iloc[0]
    keys = ["speaker", "speaker_type"]
    phrase, cited = _tone_phrase(row)
    # The narrator's "statements" are its sentences.
    phrase = phrase.replace("statement", "sentence")
    sentences = [_sentence(f"The outlet's own narration has {phrase}.", cited)]
    shares = [c for c in ("share_negative", "share_neutral", "share_positive") if c in row.index]
    if len(shares) == 3 and not any(_missing(row[c]) for c in shares):
        neg, neu, pos = (_cite("speakers", row, c, keys) for c in shares)
        sentences.append(
            _sentence(
                f"Of its sentences, {neg.value} read as negative, {neu.value} as neutral and "
                f"{pos.value} as positive.",
                [neg, neu, pos],
            )
        )
    return ProseParagraph("narrator", "The narrator's tone", tuple(sentences))


def _frames(frames: pd.DataFrame, *, min_words: int) -> ProseParagraph:
    """Per frame, the sources using it at the highest rates; rates from sources under
    ``min_words`` words are left to the table, since one hit in a short quote is a huge rate."""
    needed = {"speaker", "frame", "hits", "per_1000"}
    if not len(frames) or not needed <= set(frames.columns):
        return ProseParagraph(
            "frames",
            "Framing words",
            (_sentence("No word from the framing lexicon was found in the article."),),
        )
    frames = frames[frames["hits"] > 0]
    if not len(frames):
        return _frames(pd.DataFrame(), min_words=min_words)
    frames_all = frames
    keys = ["speaker", "speaker_type", "frame"] if "speaker_type" in frames else ["speaker", "frame"]
    threshold = _constant(str(min_words), "min_words")
    short = frames["words"] < min_words if "words" in frames else frames["hits"] < 0
    ranked = frames[~short]
    order = (
        ranked.groupby("frame", sort=True)["per_1000"].max().sort_values(ascending=False, kind="stable")
    )
    sentences = [
        _sentence(
            f"Framing words, by the sources of at least {threshold.value} words that use them most "
            "(rate per thousand of the source's words, with the number of hits):",
            [threshold],
        )
    ]
    frames = ranked
    for frame in order.index[:_MAX_FRAMES]:
        rows = frames[frames["frame"] == frame].sort_values(
            ["per_1000", "hits"], ascending=False, kind="stable"
        )
        parts, cited = [], []
        for _, row in rows.head(_RANK_PER_FRAME).iterrows():
            rate = _cite("frame_counts", row, "per_1000", keys)
            hits = _cite("frame_counts", row, "hits", keys)
            cited += [rate, hits]
            parts.append(f"{_who(row)} at {rate.value} ({_plural(hits.value, 'hit')})")
        more = "; others less" if len(rows) > _RANK_PER_FRAME else ""
        sentences.append(_sentence(f"“{frame}”: {'; '.join(parts)}{more}.", cited))
    if len(order) > _MAX_FRAMES:
        sentences.append(_sentence("The remaining frames are in the frame table."))
    only_short = sorted(set(frames_all["frame"].astype(str)) - set(order.index.astype(str)))
    if only_short:
        listed = _join([f"“{f}”" for f in only_short])
        sentences.append(
            _sentence(
                f"{listed} {'appears' if len(only_short) == 1 else 'appear'} only in sources of fewer "
                f"than {threshold.value} words.",
                [threshold],
            )
        )
    if short.any():
        sentences.append(
            _sentence(
                f"Sources of fewer than {threshold.value} words are left to the table: there a "
                "single hit in a short quote makes a high rate.",
                [threshold],
            )
        )
    return ProseParagraph("frames", "Framing words", tuple(sentences))


def _limits() -> ProseParagraph:
    band = _constant(f"{NEUTRAL_BAND:.2f}", "neutral_band")
    r = _constant(f"{VADER_NYT_CORRELATION:.1f}", "vader_nyt_correlation")
    year = _constant("2014", "vader_publication_year")
    sentences = (
        _sentence(
            "Tone here is VADER's compound score, from a general-purpose sentiment lexicon built "
            "for social media, not for news."
        ),
        _sentence(
            "It scores words, not stances: “killed” reads as negative and “recaptured” barely "
            "registers, whoever did what to whom, so the same event scores differently depending on "
            "which side's words are quoted."
        ),
        _sentence(
            "It misses sarcasm, irony and domain terms, and short statements are noisy: one word can "
            f"carry a one-line quote across the ±{band.value} neutral band.",
            [band],
        ),
        _sentence(
            "On New York Times editorial snippets, VADER's scores correlate with human ratings at "
            f"only about {r.value} (Hutto & Gilbert, {year.value}); read small differences as noise.",
            [r, year],
        ),
    )
    return ProseParagraph("limits", "What the tone scores can and cannot say", sentences)


def summarise(
    tables: Mapping[str, pd.DataFrame],
    *,
    title: str | None = None,
    min_words: int = DEFAULT_MIN_WORDS,
) -> list[ProseParagraph]:
    """The report in prose: who is quoted, the most negative and positive sources, the narrator's
    tone, which frames come from whom, and the limits of the tone measure.

    Reads ``tables["speakers"]``, ``tables["speaker_types"]`` and ``tables["frame_counts"]`` (absent
    or empty tables are fine). Sources saying fewer than ``min_words`` words are left out of the tone
    comparison, and the prose says so. Every number stated is cited in the sentence's ``cited`` and
    equals the formatted table cell it names.
    """
    if min_words < 0:
        raise ValueError(f"min_words must be zero or more, got {min_words}")
    speakers = _table(tables, "speakers")
    types = _table(tables, "speaker_types")
    frames = _table(tables, "frame_counts")
    paragraphs = [
        _overview(speakers, types, title),
        _voices(speakers, types),
        _tone(speakers, min_words=min_words),
        _narrator(speakers),
        _frames(frames, min_words=min_words),
        _limits(),
    ]
    return [p for p in paragraphs if p is not None and p.sentences]


# ---------------------------------------------------------------------------------------------
# Rendering.


def to_html(paragraphs: Sequence[ProseParagraph], *, heading_level: int = 3) -> str:
    """The paragraphs as an HTML fragment, every piece of text escaped."""
    if not 1 <= heading_level <= 6:
        raise ValueError(f"heading_level must be 1..6, got {heading_level}")
    h = f"h{heading_level}"
    out = ['<section class="fa-narrative">']
    for p in paragraphs:
        out.append(f'<{h} class="fa-narrative-{html.escape(p.topic, quote=True)}">')
        out.append(html.escape(p.heading, quote=True))
        out.append(f"</{h}>")
        out.append("<p>" + html.escape(p.text, quote=True) + "</p>")
    out.append("</section>")
    return "\n".join(out)


# "$" too: notebook Markdown reads $...$ as mathematics.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]#|~$])")


def escape_markdown(text: str) -> str:
    """Text that renders literally in Markdown: punctuation backslash-escaped, HTML turned into
    entities, line breaks flattened."""
    text = html.escape(" ".join(text.split()), quote=False)
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def to_markdown(paragraphs: Sequence[ProseParagraph], *, heading_level: int = 3) -> str:
    """The paragraphs as Markdown, every piece of text escaped."""
    if not 1 <= heading_level <= 6:
        raise ValueError(f"heading_level must be 1..6, got {heading_level}")
    blocks = []
    for p in paragraphs:
        blocks.append("#" * heading_level + " " + escape_markdown(p.heading))
        blocks.append(escape_markdown(p.text))
    return "\n\n".join(blocks) + "\n"
