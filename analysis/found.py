"""Records shared by the attribution stage: a statement as found, before its speaker is resolved,
and the article context it is found in (quotation interiors masked, so a cue is never read inside a
quotation)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Final

from analysis.quotes import Quote

Span = tuple[int, int]

MASK: Final = "\x00"

TRAIL: Final = " \t\r\n\u00a0,;:.—–-"

OPENING_MARKS: Final = "“\"„«`"


def opens_quotation(text: str, pos: int = 0) -> bool:
    """Whether a mark that may open a quotation stands at ``pos`` of ``text``: one of
    :data:`OPENING_MARKS`, or two apostrophes, as some newspapers write quotation marks."""
    mark = text[pos:pos + 1]
    return (mark != "" and mark in OPENING_MARKS) or text.startswith("''", pos)


@dataclass(slots=True, init=False)
class Found:
    """One attribution as found, before its speaker is resolved.

    (The records of this module write their ``__init__`` out: a compiled module then builds them
    natively, where the one ``dataclass`` generates would run as Python.)
    """

    sentence: int
    paragraph: int
    mention: Span | None
    cue: Span | None
    content: list[Span]
    kind: str
    appositive: Span | None
    parent: Found | None
    antecedent: Span | None
    """The noun phrase a relative pronoun mention ("who") stands for: it names the speaker."""
    line: bool
    """A speaker line ("TAPPER: ..."): its statement runs to the paragraph's end."""
    speakers: list[tuple[str, str, str | None, Span | None]]

    def __init__(self, sentence: int, paragraph: int, mention: Span | None, cue: Span | None,
                 content: list[Span], kind: str, appositive: Span | None = None,
                 parent: Found | None = None, antecedent: Span | None = None, line: bool = False,
                 speakers: list[tuple[str, str, str | None, Span | None]] | None = None) -> None:
        self.sentence = sentence
        self.paragraph = paragraph
        self.mention = mention
        self.cue = cue
        self.content = content
        self.kind = kind
        self.appositive = appositive
        self.parent = parent
        self.antecedent = antecedent
        self.line = line
        self.speakers = [] if speakers is None else speakers


@dataclass(slots=True, init=False)
class Context:
    text: str
    masked: str
    quotes: list[Quote]
    starts: list[int]
    paragraph_starts: dict[int, int]
    """Start offset of each paragraph -> its end offset."""
    cue_candidates: list[int] | None
    """Where in ``masked`` a cue may begin (:func:`analysis.attribute.cue_candidates`), found
    once for the whole article; ``None``: each sentence is scanned on its own."""

    def __init__(self, text: str, masked: str, quotes: list[Quote], starts: list[int],
                 paragraph_starts: dict[int, int] | None = None,
                 cue_candidates: list[int] | None = None) -> None:
        self.text = text
        self.masked = masked
        self.quotes = quotes
        self.starts = starts
        self.paragraph_starts = {} if paragraph_starts is None else paragraph_starts
        self.cue_candidates = cue_candidates

    def quote_at(self, pos: int) -> Quote | None:
        """The quotation whose marks enclose ``pos``."""
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and self.quotes[i].start <= pos < self.quotes[i].end:
            return self.quotes[i]
        return None

    def quotes_between(self, start: int, end: int) -> list[Quote]:
        i = bisect.bisect_left(self.starts, start)
        out: list[Quote] = []
        while i < len(self.quotes) and self.quotes[i].start < end:
            out.append(self.quotes[i])
            i += 1
        return out


def mask_quotes(text: str, quotes: list[Quote]) -> str:
    """``text`` with quotation interiors replaced by a non-word placeholder (same length)."""
    if not quotes:
        return text
    parts: list[str] = []
    pos = 0
    for q in quotes:
        parts.append(text[pos:q.inner_start])
        parts.append(MASK * (q.inner_end - q.inner_start))
        pos = q.inner_end
    parts.append(text[pos:])
    return "".join(parts)


def trim_span(text: str, start: int, end: int, *, keep_final: bool = False) -> Span:
    """Shrink ``[start, end)`` past surrounding whitespace and trailing clause punctuation."""
    while start < end and text[start].isspace():
        start += 1
    if keep_final:
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end
    while end > start and text[end - 1] in TRAIL:
        end -= 1
    return start, end
