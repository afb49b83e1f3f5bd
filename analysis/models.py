"""The records that flow through the pipeline.

An :class:`Article` is loaded, :func:`analysis.segment.segment` turns it into a :class:`Segmented`
document, :func:`analysis.attribute.attribute` finds :class:`Attribution` records in it,
:func:`analysis.voices.assign_voices` splits the article into :class:`Voice` units (each attributed
statement, each narrator sentence) that :mod:`analysis.tone` scores, and :mod:`analysis.framing`
finds :class:`FrameHit` records. Every offset is a ``[start, end)`` character offset into
``Article.text`` exactly as loaded. Tables (pandas) are built from these records only at the edges
(:mod:`analysis.tables`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["direct", "mixed", "indirect", "belief"]
KINDS: tuple[str, ...] = ("direct", "mixed", "indirect", "belief")

NARRATOR = "Narrator"
"""Speaker name given to the outlet's own voice."""
NARRATOR_TYPE = "narrator"
"""Speaker type of the outlet's own voice."""

SPEAKER_TYPES: tuple[str, ...] = (
    "government",
    "state_media",
    "monitor",
    "activists",
    "foreign_government",
    "party",
    "media",
    "militant",
    "expert",
    "sport",
    "culture",
    "citizen",
    "organisation",
    "unknown",
    "narrator",
)


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as loaded. ``text`` includes the title line when the file had one."""

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None
    """Where it came from: a file path, or ``path:line`` for a corpus record."""


@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int
    start: int
    end: int
    boilerplate: bool = False


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence; a quotation spanning several sentences stays in one."""

    index: int
    start: int
    end: int
    paragraph: int
    text: str
    boilerplate: bool = False
    is_title: bool = False


@dataclass(frozen=True, slots=True)
class Segmented:
    article: Article
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]

    @property
    def text(self) -> str:
        return self.article.text


@dataclass(frozen=True, slots=True)
class Attribution:
    """One statement attributed to one speaker.

    A statement credited to several speakers jointly ("state media and a monitor said") yields one
    record per speaker sharing the same ``statement`` number. ``content_spans`` may be
    discontinuous (a quote interrupted by "he said").
    """

    article_id: str
    statement: int
    speaker: str
    speaker_type: str
    role: str | None
    mention: str | None
    mention_start: int | None
    mention_end: int | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    content_spans: tuple[tuple[int, int], ...]
    content: str
    kind: Kind

    @property
    def content_start(self) -> int:
        return self.content_spans[0][0]

    @property
    def content_end(self) -> int:
        return self.content_spans[-1][1]


@dataclass(frozen=True, slots=True)
class Voice:
    """A stretch of the article in one voice: an attributed statement or a narrator sentence."""

    article_id: str
    unit: int
    speaker: str
    speaker_type: str
    spans: tuple[tuple[int, int], ...]
    text: str
    sentence: int
    """Index of the sentence the unit starts in (orders the tone-through-the-article chart)."""
    statement: int | None = None
    """The attribution's ``statement`` number; ``None`` for the narrator."""


@dataclass(frozen=True, slots=True)
class Tone:
    """VADER's scores of one :class:`Voice`."""

    compound: float
    pos: float
    neu: float
    neg: float
    words: int

    @property
    def label(self) -> str:
        if self.compound >= 0.05:
            return "positive"
        if self.compound <= -0.05:
            return "negative"
        return "neutral"


@dataclass(frozen=True, slots=True)
class ScoredVoice:
    voice: Voice
    tone: Tone


@dataclass(frozen=True, slots=True)
class FrameHit:
    """One match of a framing-lexicon pattern, credited to the voice it occurs in."""

    article_id: str
    frame: str
    pattern: str
    start: int
    end: int
    match: str
    speaker: str
    speaker_type: str
    pre: str
    post: str


@dataclass(frozen=True, slots=True)
class ArticleAnalysis:
    """Everything the pipeline found in one article."""

    segmented: Segmented
    attributions: tuple[Attribution, ...]
    voices: tuple[ScoredVoice, ...]
    frame_hits: tuple[FrameHit, ...]
    warnings: tuple[str, ...] = field(default=())

    @property
    def article(self) -> Article:
        return self.segmented.article
