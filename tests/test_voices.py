"""Voices: which stretches of an article are whose, and who is credited at an offset."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.models import NARRATOR, Article, Attribution, Paragraph, Segmented, Sentence
from analysis.voices import VoiceIndex, assign_voices, voice_at

TEXT = (
    "Rebels take the town, activists say\n"  # 0: title, attributed
    "\n"
    "Fighting went on all night. "  # 1: narrator
    '"We won," a commander said. '  # 2: quote + cue
    "State media and a monitor said the town fell.\n"  # 3: joint statement
    "\n"
    "Click for more from Sky News."  # 4: boilerplate
)


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def make_doc(text: str, *, title: bool = True) -> Segmented:
    """Paragraphs at blank lines; sentences at . ! ? (a quote's closing mark stays with it)."""
    paragraphs, sentences = [], []
    for p_index, para in enumerate(re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text)):
        boiler = para.group().startswith("Click for more")
        paragraphs.append(Paragraph(p_index, para.start(), para.end(), boiler))
        for match in re.finditer(r"\S.*?(?:[.!?][\"”]?(?=\s|$)|$)", para.group(), re.S):
            start = para.start() + match.start()
            sentences.append(
                Sentence(
                    index=len(sentences),
                    start=start,
                    end=start + len(match.group()),
                    paragraph=p_index,
                    text=match.group(),
                    boilerplate=boiler,
                    is_title=title and p_index == 0,
                )
            )
    return Segmented(Article("a1", text), tuple(paragraphs), tuple(sentences))


def attribution(
    text: str,
    statement: int,
    speaker: str,
    *contents: str,
    speaker_type: str = "unknown",
) -> Attribution:
    spans = tuple(_span(text, c) for c in contents)
    return Attribution(
        article_id="a1",
        statement=statement,
        speaker=speaker,
        speaker_type=speaker_type,
        role=None,
        mention=None,
        mention_start=None,
        mention_end=None,
        cue=None,
        cue_start=None,
        cue_end=None,
        content_spans=spans,
        content=" ".join(text[s:e] for s, e in spans),
        kind="indirect",
    )


@pytest.fixture
def doc() -> Segmented:
    return make_doc(TEXT)


@pytest.fixture
def records() -> list[Attribution]:
    return [
        attribution(TEXT, 0, "activists", "Rebels take the town", speaker_type="activists"),
        attribution(TEXT, 1, "commander", "We won,", speaker_type="militant"),
        attribution(TEXT, 2, "state media", "the town fell", speaker_type="state_media"),
        attribution(TEXT, 2, "monitor", "the town fell", speaker_type="monitor"),
    ]


def test_voices_without_attributions_are_one_narrator_voice_per_sentence(doc: Segmented) -> None:
    voices = assign_voices(doc, [])
    assert [v.speaker for v in voices] == [NARRATOR] * 4  # boilerplate sentence left out
    assert [v.sentence for v in voices] == [0, 1, 2, 3]
    assert voices[0].text == "Rebels take the town, activists say"
    assert all(v.speaker_type == "narrator" and v.statement is None for v in voices)


def test_voices_are_numbered_in_text_order(doc: Segmented, records: list[Attribution]) -> None:
    voices = assign_voices(doc, list(reversed(records)))
    assert [v.unit for v in voices] == list(range(len(voices)))
    starts = [v.spans[0][0] for v in voices]
    assert starts == sorted(starts)


def test_attributed_sentence_gives_narrator_nothing(doc: Segmented, records: list[Attribution]) -> None:
    voices = assign_voices(doc, records)
    summary = [(v.speaker, v.text, v.sentence) for v in voices]
    assert summary == [
        ("activists", "Rebels take the town", 0),
        (NARRATOR, "Fighting went on all night.", 1),
        ("commander", "We won,", 2),
        ("state media", "the town fell", 3),
        ("monitor", "the town fell", 3),
    ]


def test_joint_statement_credits_each_speaker_with_the_same_spans(
    doc: Segmented, records: list[Attribution]
) -> None:
    joint = [v for v in assign_voices(doc, records) if v.statement == 2]
    assert [v.speaker for v in joint] == ["state media", "monitor"]
    assert joint[0].spans == joint[1].spans == (_span(TEXT, "the town fell"),)


def test_discontinuous_content_is_one_voice_with_spans_joined() -> None:
    text = '"We held the line," he said, "and we will hold it."'
    doc = make_doc(text, title=False)
    record = attribution(text, 0, "he", "We held the line,", "and we will hold it.")
    (voice,) = assign_voices(doc, [record])
    assert voice.text == "We held the line, and we will hold it."
    assert voice.spans == (_span(text, "We held the line,"), _span(text, "and we will hold it."))


def test_content_inside_boilerplate_gets_no_voice(doc: Segmented) -> None:
    record = attribution(TEXT, 0, "sky", "Click for more from Sky News", speaker_type="media")
    voices = assign_voices(doc, [record])
    assert all(v.speaker != "sky" for v in voices)
    assert all("Click" not in v.text for v in voices)


def test_voice_starting_between_sentences_takes_the_next_sentence() -> None:
    text = "One.  Two."
    doc = Segmented(
        Article("a1", text),
        (Paragraph(0, 0, len(text)),),
        (Sentence(0, 0, 4, 0, "One."), Sentence(1, 6, 10, 0, "Two.")),
    )
    record = attribution(text, 0, "x", " Two")
    (first, second) = assign_voices(doc, [record])
    assert (first.speaker, second.speaker, second.sentence) == (NARRATOR, "x", 1)


@pytest.mark.parametrize(
    ("part", "expected"),
    [
        ("won", ["commander"]),  # inside a quotation
        ("fell", ["state media", "monitor"]),  # joint statement: both
        ("commander said", []),  # cue clause: nobody's content
        ("night", []),  # narrator sentence
    ],
)
def test_voice_index_credits_offsets_inside_content(
    doc: Segmented, records: list[Attribution], part: str, expected: list[str]
) -> None:
    index = VoiceIndex.build(assign_voices(doc, records))
    offset = TEXT.index(part)
    assert [v.speaker for v in index.voices_at(offset)] == expected


def test_voice_index_prefers_the_innermost_statement() -> None:
    text = "The paper reported that the minister said the war is over."
    doc = make_doc(text, title=False)
    outer = attribution(text, 0, "paper", "the minister said the war is over")
    inner = attribution(text, 1, "minister", "the war is over")
    index = VoiceIndex.build(assign_voices(doc, [outer, inner]))
    assert [v.speaker for v in index.voices_at(text.index("war"))] == ["minister"]
    assert [v.speaker for v in index.voices_at(text.index("said"))] == ["paper"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 3),  # statement
            st.lists(st.tuples(st.integers(0, 60), st.integers(1, 20)), min_size=1, max_size=3),
        ),
        max_size=7,
    )
)
def test_voice_index_sweep_finds_the_innermost_statement_of_every_stretch(
    drafts: list[tuple[int, list[tuple[int, int]]]],
) -> None:
    """The index's owners, found in one sweep, are those of the direct definition
    (``_innermost``: every voice's spans tested for each stretch)."""
    from analysis.models import Voice
    from analysis.voices import _innermost, _length, _merge

    voices = [
        Voice("a", unit, f"s{statement}", "other", tuple(_merge([(s, s + n) for s, n in spans])),
              "text", 0, statement)
        for unit, (statement, spans) in enumerate(drafts)
    ]
    index = VoiceIndex.build(voices)
    quoted = [(v, _length(v.spans)) for v in voices]
    bounds = index.bounds
    assert list(index.owners) == [_innermost(quoted, left, right)
                                  for left, right in zip(bounds, bounds[1:])]


def test_voice_at_returns_speaker_narrator_or_none(doc: Segmented, records: list[Attribution]) -> None:
    voices = assign_voices(doc, records)
    assert voice_at(voices, TEXT.index("won")).speaker == "commander"  # type: ignore[union-attr]
    assert voice_at(voices, TEXT.index("night")).speaker == NARRATOR  # type: ignore[union-attr]
    assert voice_at(voices, TEXT.index("commander said")) is None
    assert voice_at(voices, TEXT.index("Click")) is None
    assert voice_at([], 0) is None


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, len(TEXT)), st.integers(0, 40), st.integers(0, 3)),
        max_size=6,
    )
)
def test_narrator_never_overlaps_content_and_every_sentence_is_someones(
    cuts: list[tuple[int, int, int]],
) -> None:
    doc = make_doc(TEXT)
    records = []
    for number, (start, width, speakers) in enumerate(cuts):
        part = TEXT[start : start + width]
        for speaker in range(speakers):
            records.append(
                Attribution("a1", number, f"s{speaker}", "unknown", None, None, None, None, None,
                            None, None, ((start, start + width),), part, "indirect")
            )
    voices = assign_voices(doc, records)
    assert [v.unit for v in voices] == list(range(len(voices)))
    content = [span for v in voices if v.statement is not None for span in v.spans]
    for voice in voices:
        if voice.statement is None:
            (start, end), = voice.spans
            assert all(e <= start or end <= s for s, e in content)
    for sentence in doc.sentences:
        if sentence.boilerplate or not sentence.text.strip():
            continue
        covered = [v for v in voices if any(s < sentence.end and sentence.start < e for s, e in v.spans)]
        assert covered, sentence
    boiler = [s for s in doc.sentences if s.boilerplate]
    assert all(e <= b.start or b.end <= s for v in voices for s, e in v.spans for b in boiler)
