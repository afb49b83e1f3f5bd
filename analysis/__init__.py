"""Media-framing analysis of news: who speaks in a story, in what tone, and with which framing words."""

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
