"""Split an article into voices: each attributed statement, and each sentence the outlet says itself.

A :class:`~analysis.models.Voice` is the unit that tone is scored on and that framing words are
credited to. :func:`assign_voices` makes them; :class:`VoiceIndex` answers "whose words are these?"
for a character offset, which is how :mod:`analysis.framing` credits a match.

Choices, stated once:

- One voice per attributed statement *and speaker*: a statement credited jointly ("state media and a
  monitor said") gives each speaker a voice with the same spans, so each is credited with it.
- The narrator speaks every non-boilerplate sentence that no attributed content overlaps, the title
  included. A sentence that partly holds attributed content gives the narrator nothing: its remaining
  words are mostly the attribution frame ("he said that", "according to Sky News"), which would only
  add near-neutral, speaker-less text to the narrator's tone.
- For framing, words outside attributed content and outside boilerplate belong to the narrator, cue
  clauses included: choosing the verb ("claimed", "admitted") and the label ("militants") is the
  outlet's framing even when the tone of the sentence is not scored as the narrator's.
- Boilerplate (credits, links) never gets a voice and is never credited.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, replace

from analysis.models import NARRATOR, Attribution, Segmented, Sentence, Voice

NARRATOR_TYPE = "narrator"

Span = tuple[int, int]


def assign_voices(doc: Segmented, attributions: Sequence[Attribution]) -> list[Voice]:
    """Return the article's voices in text order, numbered from 0.

    Each attribution record becomes one voice whose ``spans`` are its content spans (clipped to
    the text and with boilerplate removed) and whose ``text`` is those spans' text joined by a
    space. Each non-boilerplate sentence that no attributed content overlaps becomes one narrator
    voice. ``sentence`` is the index of the sentence the voice starts in.

    >>> from analysis.models import Article, Sentence, Segmented
    >>> text = 'Rain fell. "It is over," she said.'
    >>> doc = Segmented(Article("a", text), (), (
    ...     Sentence(0, 0, 10, 0, "Rain fell."), Sentence(1, 11, 34, 0, text[11:])))
    >>> [(v.speaker, v.text) for v in assign_voices(doc, [])]
    [('Narrator', 'Rain fell.'), ('Narrator', '"It is over," she said.')]
    """
    attributed = _attributed_voices(doc, attributions)
    content = _merge([span for _, _, voice in attributed for span in voice.spans])
    # Narrator sentences sort after attributed content starting at the same offset; the order
    # index keeps joint speakers in the order the attribution stage gave them.
    narrated = [
        (voice.spans[0][0], len(attributions) + voice.sentence, voice)
        for voice in _narrator_voices(doc, content)
    ]
    ordered = sorted(attributed + narrated, key=lambda item: (item[0], item[1]))
    return [replace(voice, unit=unit) for unit, (_, _, voice) in enumerate(ordered)]


def _attributed_voices(
    doc: Segmented, attributions: Sequence[Attribution]
) -> list[tuple[int, int, Voice]]:
    """(start, input order, voice) for each record with content left outside boilerplate."""
    text = doc.text
    blocked = _boilerplate_spans(doc)
    found: list[tuple[int, int, Voice]] = []
    for order, record in enumerate(attributions):
        spans = _clean_spans(record.content_spans, len(text), blocked)
        if not spans:
            continue
        voice = Voice(
            article_id=record.article_id,
            unit=-1,
            speaker=record.speaker,
            speaker_type=record.speaker_type,
            spans=spans,
            text=" ".join(text[s:e].strip() for s, e in spans),
            sentence=_sentence_at(doc.sentences, spans[0][0]),
            statement=record.statement,
        )
        found.append((spans[0][0], order, voice))
    return found


def _narrator_voices(doc: Segmented, content: Sequence[Span]) -> list[Voice]:
    """A narrator voice for each non-blank, non-boilerplate sentence no content overlaps."""
    text = doc.text
    voices: list[Voice] = []
    for sentence in doc.sentences:
        if sentence.boilerplate or _paragraph_is_boilerplate(doc, sentence):
            continue
        if not text[sentence.start : sentence.end].strip():
            continue
        if _overlaps_any(content, sentence.start, sentence.end):
            continue
        voices.append(
            Voice(
                article_id=doc.article.id,
                unit=-1,
                speaker=NARRATOR,
                speaker_type=NARRATOR_TYPE,
                spans=((sentence.start, sentence.end),),
                text=text[sentence.start : sentence.end],
                sentence=sentence.index,
                statement=None,
            )
        )
    return voices


@dataclass(frozen=True, slots=True)
class VoiceIndex:
    """Interval lookup from a character offset to the attributed voices whose content holds it.

    Built once per article (``VoiceIndex.build(voices)``), it answers in O(log n). Where
    attributed contents nest (a report of a report), the innermost statement wins: those are the
    words as last reported. Offsets in no attributed content belong to the narrator.
    """

    bounds: tuple[int, ...]
    owners: tuple[tuple[Voice, ...], ...]
    """``owners[i]`` holds the voices of ``[bounds[i], bounds[i + 1])``; empty where none."""

    @classmethod
    def build(cls, voices: Sequence[Voice]) -> VoiceIndex:
        """Index the attributed (non-narrator) voices of one article."""
        quoted = [v for v in voices if v.statement is not None]
        bounds = sorted({x for v in quoted for span in v.spans for x in span})
        owners: list[tuple[Voice, ...]] = []
        for left, right in zip(bounds, bounds[1:]):
            owners.append(_innermost(quoted, left, right))
        return cls(bounds=tuple(bounds), owners=tuple(owners))

    def voices_at(self, offset: int) -> tuple[Voice, ...]:
        """Attributed voices (one per speaker of a joint statement) holding ``offset``; else ``()``."""
        i = bisect.bisect_right(self.bounds, offset) - 1
        if i < 0 or i >= len(self.owners):
            return ()
        return self.owners[i]


def voice_at(voices: Sequence[Voice], offset: int) -> Voice | None:
    """The voice a character offset belongs to, or ``None`` where no voice holds it.

    Attributed content wins (for a joint statement, the first speaker's voice; use
    :meth:`VoiceIndex.voices_at` for all of them); otherwise the narrator sentence holding the
    offset; otherwise ``None`` (boilerplate, or the rest of a sentence that holds a quotation).
    For many look-ups in one article, build a :class:`VoiceIndex` once instead.
    """
    held = VoiceIndex.build(voices).voices_at(offset)
    if held:
        return held[0]
    for voice in voices:
        if voice.statement is None and any(s <= offset < e for s, e in voice.spans):
            return voice
    return None


def _innermost(quoted: Sequence[Voice], left: int, right: int) -> tuple[Voice, ...]:
    """Voices of the statement with the shortest content covering ``[left, right)``."""
    covering = [v for v in quoted if any(s <= left and right <= e for s, e in v.spans)]
    if not covering:
        return ()
    width = min(_length(v.spans) for v in covering)
    statement = next(v.statement for v in covering if _length(v.spans) == width)
    return tuple(v for v in covering if v.statement == statement)


def _length(spans: Sequence[Span]) -> int:
    return sum(e - s for s, e in spans)


def _boilerplate_spans(doc: Segmented) -> list[Span]:
    spans = [(s.start, s.end) for s in doc.sentences if s.boilerplate]
    spans += [(p.start, p.end) for p in doc.paragraphs if p.boilerplate]
    return _merge(spans)


def boilerplate_spans(doc: Segmented) -> tuple[Span, ...]:
    """Merged, sorted spans of the article flagged as boilerplate (sentences or paragraphs)."""
    return tuple(_boilerplate_spans(doc))


def _paragraph_is_boilerplate(doc: Segmented, sentence: Sentence) -> bool:
    paragraphs = doc.paragraphs
    return 0 <= sentence.paragraph < len(paragraphs) and paragraphs[sentence.paragraph].boilerplate


def _clean_spans(spans: Sequence[Span], size: int, blocked: Sequence[Span]) -> tuple[Span, ...]:
    """Clip spans to the text, drop boilerplate parts and empty pieces, merge, sort."""
    kept: list[Span] = []
    for start, end in spans:
        start, end = max(0, start), min(size, end)
        for piece in _subtract(start, end, blocked):
            if piece[1] > piece[0]:
                kept.append(piece)
    return tuple(_merge(kept))


def _subtract(start: int, end: int, blocked: Sequence[Span]) -> list[Span]:
    pieces = [(start, end)]
    for b_start, b_end in blocked:
        next_pieces: list[Span] = []
        for s, e in pieces:
            if b_end <= s or e <= b_start:
                next_pieces.append((s, e))
                continue
            if s < b_start:
                next_pieces.append((s, b_start))
            if b_end < e:
                next_pieces.append((b_end, e))
        pieces = next_pieces
    return pieces


def _merge(spans: Sequence[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _overlaps_any(merged: Sequence[Span], start: int, end: int) -> bool:
    """True when ``[start, end)`` shares a character with one of the disjoint, sorted spans."""
    # Only the last span starting before ``end`` can reach into ``[start, end)``: the spans are
    # disjoint and sorted, so every earlier one ends before that one starts.
    i = bisect.bisect_left(merged, (end, -1)) - 1
    return i >= 0 and merged[i][1] > start


def _sentence_at(sentences: Sequence[Sentence], offset: int) -> int:
    """Index of the sentence holding ``offset``, else of the next sentence, else of the last."""
    if not sentences:
        return 0
    starts = [s.start for s in sentences]
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and offset < sentences[i].end:
        return sentences[i].index
    following = i + 1
    if following < len(sentences):
        return sentences[following].index
    return sentences[-1].index
