"""Media-framing analysis of news: who speaks in a story, in what tone, and with which framing words."""

from analysis import native as _native

_native.guard()  # compiled attribution modules only while they match their sources


from analysis.models import (
    Article,
    ArticleAnalysis,
    Attribution,
    FrameHit,
    Paragraph,
    ScoredVoice,
    Segmented,
    Sentence,
    Tone,
    Voice,
)

__all__ = [
    "Article",
    "ArticleAnalysis",
    "Attribution",
    "FrameHit",
    "Paragraph",
    "ScoredVoice",
    "Segmented",
    "Sentence",
    "Tone",
    "Voice",
]
