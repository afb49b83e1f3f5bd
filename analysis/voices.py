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
from dataclasses import dataclass
from typing import Any, NamedTuple

from analysis.models import NARRATOR, NARRATOR_TYPE, Attribution, Segmented, Sentence, Voice
from analysis.native import by_fields


Span = tuple[int, int]


class _Draft(NamedTuple):
    """A voice before it is numbered, with where it sorts: by ``start``, then ``order``."""

    start: int
    order: int
    article_id: str
    speaker: str
    speaker_type: str
    spans: tuple[Span, ...]
    text: str
    sentence: int
    statement: int | None


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
    content = _merge([span for draft in attributed for span in draft.spans])
    # Narrator sentences sort after attributed content starting at the same offset; the order
    # index keeps joint speakers in the order the attribution stage gave them.
    narrated = _narrator_voices(doc, content, first_order=len(attributions))
    ordered = sorted(attributed + narrated, key=lambda draft: (draft.start, draft.order))
    return [
        Voice(d.article_id, unit, d.speaker, d.speaker_type, d.spans, d.text, d.sentence, d.statement)
        for unit, d in enumerate(ordered)
    ]


def _attributed_voices(doc: Segmented, attributions: Sequence[Attribution]) -> list[_Draft]:
    """A draft, in input order, for each record with content left outside boilerplate."""
    text = doc.text
    blocked = _boilerplate_spans(doc)
    starts = [s.start for s in doc.sentences]
    found: list[_Draft] = []
    for order, record in enumerate(attributions):
        spans = _clean_spans(record.content_spans, len(text), blocked)
        if not spans:
            continue
        found.append(_Draft(
            start=spans[0][0],
            order=order,
            article_id=record.article_id,
            speaker=record.speaker,
            speaker_type=record.speaker_type,
            spans=spans,
            text=" ".join(text[s:e].strip() for s, e in spans),
            sentence=_sentence_at(doc.sentences, starts, spans[0][0]),
            statement=record.statement,
        ))
    return found


def _narrator_voices(doc: Segmented, content: Sequence[Span], *, first_order: int) -> list[_Draft]:
    """A draft for each non-blank, non-boilerplate sentence no content overlaps, ordered after
    ``first_order`` by sentence index."""
    text = doc.text
    drafts: list[_Draft] = []
    for sentence in doc.sentences:
        if sentence.boilerplate or _paragraph_is_boilerplate(doc, sentence):
            continue
        sentence_text = text[sentence.start : sentence.end]
        if not sentence_text.strip():
            continue
        if _overlaps_any(content, sentence.start, sentence.end):
            continue
        drafts.append(_Draft(
            start=sentence.start,
            order=first_order + sentence.index,
            article_id=doc.article.id,
            speaker=NARRATOR,
            speaker_type=NARRATOR_TYPE,
            spans=((sentence.start, sentence.end),),
            text=sentence_text,
            sentence=sentence.index,
            statement=None,
        ))
    return drafts


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
        quoted = [(v, _length(v.spans)) for v in voices if v.statement is not None]
        bounds = sorted({x for v, _ in quoted for span in v.spans for x in span})
        return cls(bounds=tuple(bounds), owners=tuple(_owners(quoted, bounds)))

    def voices_at(self, offset: int) -> tuple[Voice, ...]:
        """Attributed voices (one per speaker of a joint statement) holding ``offset``; else ``()``."""
        i = bisect.bisect_right(self.bounds, offset) - 1
        if i < 0 or i >= len(self.owners):
            return ()
        return self.owners[i]

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return by_fields(self)  # compiled, it pickles through its constructor


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


def _owners(quoted: Sequence[tuple[Voice, int]], bounds: Sequence[int]) -> list[tuple[Voice, ...]]:
    """:func:`_innermost` of each stretch between consecutive ``bounds`` (every span's ends are
    among them), found in one sweep: the voices whose spans cover a stretch are those with a span
    begun at or before its start and not yet ended."""
    opening: dict[int, list[int]] = {}
    closing: dict[int, list[int]] = {}
    for number, (voice, _) in enumerate(quoted):
        for start, end in voice.spans:
            opening.setdefault(start, []).append(number)
            closing.setdefault(end, []).append(number)
    open_spans: dict[int, int] = {}
    """Per voice (by its place in ``quoted``), how many of its spans cover the stretch."""
    owners: list[tuple[Voice, ...]] = []
    for left in bounds[:-1]:
        for number in opening.get(left, ()):
            open_spans[number] = open_spans.get(number, 0) + 1
        for number in closing.get(left, ()):
            open_spans[number] -= 1
            if not open_spans[number]:
                del open_spans[number]
        owners.append(_shortest(quoted, sorted(open_spans)))
    return owners


def _shortest(quoted: Sequence[tuple[Voice, int]], covering: Sequence[int]) -> tuple[Voice, ...]:
    """The voices, among ``covering`` (places in ``quoted``, in order), of the statement with the
    shortest content (the first such statement on a tie)."""
    if not covering:
        return ()
    shortest = min(quoted[number][1] for number in covering)
    statement = next(quoted[number][0].statement for number in covering
                     if quoted[number][1] == shortest)
    return tuple(quoted[number][0] for number in covering
                 if quoted[number][0].statement == statement)


def _innermost(quoted: Sequence[tuple[Voice, int]], left: int, right: int) -> tuple[Voice, ...]:
    """Voices of the statement with the shortest content covering ``[left, right)``
    (``quoted`` pairs each attributed voice with its content's length)."""
    covering = [(v, width) for v, width in quoted
                if any(s <= left and right <= e for s, e in v.spans)]
    if not covering:
        return ()
    shortest = min(width for _, width in covering)
    statement = next(v.statement for v, width in covering if width == shortest)
    return tuple(v for v, _ in covering if v.statement == statement)


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


def _sentence_at(sentences: Sequence[Sentence], starts: Sequence[int], offset: int) -> int:
    """Index of the sentence holding ``offset``, else of the next sentence, else of the last
    (``starts``: each sentence's start offset)."""
    if not sentences:
        return 0
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and offset < sentences[i].end:
        return sentences[i].index
    following = i + 1
    if following < len(sentences):
        return sentences[following].index
    return sentences[-1].index
