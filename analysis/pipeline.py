"""One article through every stage: segment → attribute → voices → tone → frames.

Each stage is a plain function of the records the previous one made; this module only chains them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from analysis.actors import ActorList, load_actors
from analysis.attribute import attribute
from analysis.framing import Lexicon, find_frames, load_lexicon
from analysis.models import Article, ArticleAnalysis
from analysis.segment import segment
from analysis.tone import score_voices
from analysis.voices import assign_voices


@dataclass(frozen=True, slots=True)
class Resources:
    """The researcher-edited configuration a run uses: framing lexicon and actor list."""

    lexicon: Lexicon
    actors: ActorList


def load_resources(*, lexicon: str | Path | None = None, actors: str | Path | None = None) -> Resources:
    """Load and validate the lexicon and actor list (the shipped defaults when ``None``)."""
    return Resources(lexicon=load_lexicon(lexicon), actors=load_actors(actors))


def analyse_article(article: Article, *, resources: Resources) -> ArticleAnalysis:
    """Run every stage on one article and return what each found."""
    doc = segment(article)
    attributions = attribute(doc, actors=resources.actors)
    voices = assign_voices(doc, attributions)
    scored = score_voices(voices)
    hits = find_frames(doc, voices, resources.lexicon)
    return ArticleAnalysis(
        segmented=doc,
        attributions=tuple(attributions),
        voices=tuple(scored),
        frame_hits=tuple(hits),
    )


def analyse_articles(articles: Iterable[Article], *, resources: Resources) -> Iterator[ArticleAnalysis]:
    """Analyse articles one at a time (a generator: memory does not grow with the corpus)."""
    for article in articles:
        yield analyse_article(article, resources=resources)
