"""Framing: the lexicon's format and validation, matching, and crediting hits to voices."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from analysis.config import DEFAULT_LEXICON, SAMPLE_ARTICLE, SEED_GOLD
from analysis.errors import ConfigError, ParameterError
from analysis.framing import (
    Lexicon,
    _keep_longest,
    compile_pattern,
    find_frames,
    find_matches,
    load_lexicon,
    parse_lexicon,
)
from analysis.models import NARRATOR, Article, Attribution, Paragraph, Segmented, Sentence, Voice
from analysis.voices import assign_voices


def one_sentence_doc(text: str, *, boilerplate: tuple[tuple[int, int], ...] = ()) -> Segmented:
    """A document whose sentences are the given boilerplate spans and the stretches between."""
    cuts = sorted({0, len(text), *(x for span in boilerplate for x in span)})
    sentences = tuple(
        Sentence(i, s, e, 0, text[s:e], boilerplate=(s, e) in boilerplate)
        for i, (s, e) in enumerate(zip(cuts, cuts[1:]))
    )
    return Segmented(Article("a1", text), (Paragraph(0, 0, len(text)),), sentences)


def quoted(text: str, part: str, speaker: str, statement: int = 0, kind: str = "unknown") -> Attribution:
    start = text.index(part)
    return Attribution(
        "a1", statement, speaker, kind, None, None, None, None, None, None, None,
        ((start, start + len(part)),), part, "direct",
    )


def matched(lexicon_yaml: str, text: str) -> list[tuple[str, str]]:
    return [(m.pattern, text[m.start : m.end]) for m in find_matches(text, parse_lexicon(lexicon_yaml))]


# --- matching ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "text", "found"),
    [
        ("terror*", "terrorism and terrorists, not anti-terror", ["terrorism", "terrorists", "terror"]),
        ("victor*", "Victory! VICTORIOUS", ["Victory", "VICTORIOUS"]),
        ("defeat", "defeated, defeat", ["defeat"]),  # no wildcard: whole word only
        ("*ism", "terrorism and tourism", ["terrorism", "tourism"]),
        ("wom?n", "woman women womaan", ["woman", "women"]),
        ("reign of terror", "its Reign  Of\nTerror ended", ["Reign  Of\nTerror"]),
        ("symbolic defeat", "a symbolic\tdefeat", ["symbolic\tdefeat"]),
        ("group's", "the group’s fighters", ["group’s"]),  # straight matches curly
        ("group’s", "the group's fighters", ["group's"]),  # and back
    ],
)
def test_globs_and_phrases_match_case_insensitively_on_word_boundaries(
    pattern: str, text: str, found: list[str]
) -> None:
    assert [m for _, m in matched(f"f: [{json.dumps(pattern)}]", text)] == found


@pytest.mark.parametrize(
    ("pattern", "hit", "miss"),
    [
        ("a.b", "see a.b here", "see axb here"),
        ("(x)", "it is (x) now", "it is x now"),
        ("c++", "we use c++ daily", "we use c daily"),
        ("<script>", "a <script> tag", "a script tag"),
        ("[a-z]", "the [a-z] class", "the q class"),
        ("1$|x", "cost 1$|x", "cost 1"),
    ],
)
def test_regex_metacharacters_in_patterns_are_literal(pattern: str, hit: str, miss: str) -> None:
    lexicon = f"f: [{json.dumps(pattern)}]"
    assert [m for _, m in matched(lexicon, hit)] == [pattern]
    assert matched(lexicon, miss) == []


def test_overlapping_matches_of_one_frame_keep_the_longest() -> None:
    found = matched("terror: [terror*, reign of terror]", "the reign of terror ended; terror")
    assert found == [("reign of terror", "reign of terror"), ("terror*", "terror")]


def test_overlapping_matches_of_different_frames_are_all_kept() -> None:
    lexicon = parse_lexicon("terror: [terroris*]\nlabels: [terrorist*]")
    found = [(m.frame, m.start, m.end) for m in find_matches("the terrorists", lexicon)]
    assert found == [("labels", 4, 14), ("terror", 4, 14)]


def test_nested_frames_are_joined_with_a_slash() -> None:
    lexicon = parse_lexicon(
        "labels:\n"
        "  description: who is called what\n"
        "  delegitimising: [extremist*]\n"
        "  neutral:\n"
        "    patterns: [fighters]\n"
    )
    assert lexicon.frame_names == ("labels/delegitimising", "labels/neutral")
    assert [m.frame for m in find_matches("extremists and fighters", lexicon)] == [
        "labels/delegitimising",
        "labels/neutral",
    ]


def test_frame_description_is_kept() -> None:
    lexicon = parse_lexicon("victory:\n  description: a win\n  patterns: [victor*]\n")
    assert lexicon.frames[0].description == "a win"


# --- validation --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "fragments"),
    [
        ("victory:\n  - victor*\n  - ''\n", 3, ["victory", "''", "empty"]),
        ("victory:\n  - victor*\n  - 2016\n", 3, ["victory", "2016", "must be text"]),
        ("victory:\n  - yes\n", 2, ["victory", "yes", "must be text"]),
        ("victory:\n  - [a, b]\n", 2, ["victory", "must be text"]),
        ("victory:\n  - victor*\n  - Victor*\n", 3, ["victory", "Victor*", "duplicate", "line 2"]),
        ("victory:\n  - \"win\\u0000\"\n", 2, ["victory", "unknown character", "U+0000"]),
        ("victory:\n  - \"win\\u200b\"\n", 2, ["unknown character", "U+200B"]),
        ("victory:\n  - '*'\n", 2, ["victory", "'*'", "every word"]),
        ("victory:\n  - 'vic**'\n", 2, ["bad glob", "vic**"]),
        ("victory:\n  - '*a*b*c'\n", 2, ["bad glob"]),
        ("victory:\n  - '...'\n", 2, ["no letter or digit"]),
        ("victory:\n  - " + "a" * 201 + "\n", 2, ["longer than 200"]),
        ("victory:\n\ndefeat: [x]\n", 1, ["victory", "no patterns"]),
        ("victory: []\n", 1, ["victory", "no patterns"]),
        ("victory:\n  description: wins\n", 1, ["victory", "no patterns"]),
        ("victory: victor*\n", 1, ["victory", "as a list"]),
        ("victory: [a]\nvictory: [b]\n", 2, ["victory", "defined twice"]),
        ("victory:\n  patterns: win\n", 2, ["victory", "'patterns' must be a list"]),
        ("2016: [a]\n", 1, ["2016", "frame name"]),
        ("a/b: [x]\n", 1, ["a/b", "'/'"]),
        ("- victor*\n", 1, ["mapping"]),
        ("victory: [victor*\n", None, ["not valid YAML"]),
    ],
)
def test_lexicon_errors_name_the_file_entry_and_line(
    tmp_path: Path, text: str, line: int | None, fragments: list[str]
) -> None:
    path = tmp_path / "lexicon.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_lexicon(path)
    error = caught.value
    message = str(error)
    assert error.path == str(path) and str(path) in message
    if line is not None:
        assert error.line == line and f":{line}:" in message
    for fragment in fragments:
        assert fragment in message


def test_lexicon_error_for_yaml_syntax_has_a_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.yml"
    path.write_text("victory: [a]\ndefeat: [b\nterror: [c]\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_lexicon(path)
    assert caught.value.line is not None


def test_missing_lexicon_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_lexicon(tmp_path / "nope.yml")


def test_empty_lexicon_is_an_error() -> None:
    with pytest.raises(ConfigError, match="empty"):
        parse_lexicon("# nothing yet\n")


def test_same_pattern_in_two_frames_is_allowed() -> None:
    lexicon = parse_lexicon("a: [terror*]\nb: [terror*]")
    assert {m.frame for m in find_matches("terror", lexicon)} == {"a", "b"}


def test_default_lexicon_loads_and_holds_the_seed_phrases() -> None:
    lexicon = load_lexicon()
    assert lexicon.source == str(DEFAULT_LEXICON)
    patterns = {e.pattern for e in lexicon.entries}
    assert {"reign of terror", "victorious", "symbolic defeat"} <= patterns
    assert all(frame.description for frame in lexicon.frames)
    assert isinstance(lexicon.matcher.scan, re.Pattern)  # one combined expression


# --- crediting ---------------------------------------------------------------------------------

TEXT = (
    "ISIS ended its reign of terror. "
    '"It is a symbolic defeat," the militants\' foe said. '
    "State media and a monitor said troops were victorious. "
    "Click for more on terror."
)
LEXICON = "terror: [reign of terror, terror*]\ndefeat: [symbolic defeat]\nvictory: [victorious]\nlabels: [militant*]\nmilitary: [troops]"


@pytest.fixture
def credited() -> list[tuple[str, str]]:
    doc = one_sentence_doc(TEXT, boilerplate=((TEXT.index("Click"), len(TEXT)),))
    records = [
        quoted(TEXT, "It is a symbolic defeat,", "rahman", 0, "monitor"),
        quoted(TEXT, "troops were victorious", "state media", 1, "state_media"),
        quoted(TEXT, "troops were victorious", "monitor", 1, "monitor"),
    ]
    hits = find_frames(doc, assign_voices(doc, records), parse_lexicon(LEXICON))
    return [(h.match, h.speaker) for h in hits]


def test_hit_inside_a_quotation_is_the_speakers(credited: list[tuple[str, str]]) -> None:
    assert ("symbolic defeat", "rahman") in credited


def test_hit_outside_quotations_is_the_narrators(credited: list[tuple[str, str]]) -> None:
    assert ("reign of terror", NARRATOR) in credited


def test_hit_in_a_cue_clause_is_the_narrators(credited: list[tuple[str, str]]) -> None:
    assert ("militants", NARRATOR) in credited


def test_hit_in_joint_content_is_credited_to_each_speaker(credited: list[tuple[str, str]]) -> None:
    assert [s for m, s in credited if m == "victorious"] == ["state media", "monitor"]
    assert [s for m, s in credited if m == "troops"] == ["state media", "monitor"]


def test_hits_in_boilerplate_are_skipped(credited: list[tuple[str, str]]) -> None:
    assert [m for m, _ in credited].count("terror") == 0


def test_kwic_context_is_windowed_and_whitespace_collapsed() -> None:
    text = "far  away\n\nthe   reign of terror\n ended   there and then"
    doc = one_sentence_doc(text)
    (hit,) = find_frames(doc, [], parse_lexicon("t: [reign of terror]"), window=10)
    assert (hit.pre, hit.match, hit.post) == ("ay the", "reign of terror", "ended")
    assert hit.speaker == NARRATOR and hit.speaker_type == "narrator"
    assert (hit.start, hit.end) == (text.index("reign"), text.index("terror") + 6)


def test_find_frames_rejects_a_negative_window() -> None:
    with pytest.raises(ParameterError, match="window"):
        find_frames(one_sentence_doc("x"), [], parse_lexicon("t: [x]"), window=-1)


def test_seed_framing_phrases_are_credited_as_labelled() -> None:
    if not SEED_GOLD.is_file():
        pytest.skip(f"seed gold labels not found at {SEED_GOLD} (they live in ../shared)")
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    text = SAMPLE_ARTICLE.read_text(encoding="utf-8")
    boiler = tuple(tuple(b["span"]) for b in gold["boilerplate"])
    doc = one_sentence_doc(text, boilerplate=boiler)  # type: ignore[arg-type]
    records = []
    for number, item in enumerate(gold["attributions"]):
        for names in item["speaker_match"]:
            start, end = item["content_span"]
            records.append(quoted(text, text[start:end], names[0], number))
    hits = find_frames(doc, assign_voices(doc, records), load_lexicon())
    for phrase in gold["framing"]:
        credited = {
            h.speaker.lower()
            for found in re.finditer(re.escape(phrase["phrase"]), text, re.IGNORECASE)
            for h in hits
            if h.start < found.end() and found.start() < h.end
        }
        assert phrase["voice"] in credited, (phrase, credited)


# --- robustness and speed ----------------------------------------------------------------------

_WORDS = ["reign of terror", "Terrorists", "victor", "’s", "'", "<script>", "a.b", "\n", " ", "é"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.one_of(st.text(max_size=12), st.sampled_from(_WORDS)), max_size=20).map("".join),
    st.integers(min_value=0, max_value=80),
)
def test_find_frames_never_raises_and_matches_are_true_slices(text: str, window: int) -> None:
    lexicon = _PROPERTY_LEXICON
    doc = one_sentence_doc(text)
    narrator = Voice("a1", 0, NARRATOR, "narrator", ((0, len(text)),), text, 0, None)
    for hit in find_frames(doc, [narrator], lexicon, window=window):
        assert hit.match == text[hit.start : hit.end]
        assert hit.match
        assert len(hit.pre) <= window and len(hit.post) <= window


_PROPERTY_LEXICON = parse_lexicon(
    "t: [reign of terror, terror*, '*ist*', \"<script>\", a.b, \"’s\"]\nv: ['victor?', 'é*']"
)


def _reference_matches(text: str, lexicon: Lexicon) -> set[tuple[str, str, int, int]]:
    """Every entry tried at every position, then the longest kept per frame: slow but plain."""
    by_frame: dict[str, list[tuple[int, int, int]]] = {}
    for number, entry in enumerate(lexicon.entries):
        regex = re.compile(compile_pattern(entry.pattern), re.IGNORECASE)
        for position in range(len(text) + 1):
            found = regex.match(text, position)
            if found and found.end() > position:
                by_frame.setdefault(entry.frame, []).append((position, found.end(), number))
    return {
        (frame, lexicon.entries[n].pattern, start, end)
        for frame, candidates in by_frame.items()
        for start, end, n in _keep_longest(candidates)
    }


_TRICKY = ["terror", "TERRORISTS", "\u212aill", "kill", "ſiege", "İ", "war on terror", "’s", "'s",
           "<b>", "a.b", "\n", " ", "-", "é"]
_TRICKY_LEXICON = parse_lexicon(
    "t: [war on terror*, terror*, kill*, siege, '*ror*', \"’s\", \"<b>\", a.b, 'i']\n"
    "u: [terrorist*, 'k?ll', 'é*', 'wa? on']"
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=6), st.sampled_from(_TRICKY)), max_size=15).map("".join))
@example("\u212aill the ſiege")  # Kelvin sign and long s fold to ASCII letters
@example("war on terrorists’s <b>a.b")
@example("the wan on, éa-é")
def test_find_matches_agrees_with_trying_every_entry_everywhere(text: str) -> None:
    found = {(m.frame, m.pattern, m.start, m.end) for m in find_matches(text, _TRICKY_LEXICON)}
    assert found == _reference_matches(text, _TRICKY_LEXICON)


def test_matching_a_long_text_is_fast() -> None:
    lexicon = load_lexicon()
    paragraph = (
        "Government forces backed by airstrikes recaptured the town after a reign of terror, "
        "while officials discussed the budget, the weather and football results at length. "
    )
    text = paragraph * 2000  # about 340,000 characters
    started = time.perf_counter()
    matches = find_matches(text, lexicon)
    elapsed = time.perf_counter() - started
    assert len(matches) == 2000 * 3
    assert elapsed < 3, f"matching 340k characters took {elapsed:.2f}s"


_PREFILTERED = parse_lexicon(
    "a: [victor*, reign of terror, in disarray, x-ray, 'wom?n', air strike*, UNESCO, mass grave*]"
)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(["victory", "Victors", "reign", "of", "terror", "in", "disarray",
                                 "X-RAY", "x", "ray", "women", "air", "strikes", "unesco", "mass",
                                 "graves", "the", "a", " ", "\n", "-", "'", ",", "_", "9"]),
                max_size=12).map("".join))
def test_the_word_prefilter_never_drops_a_match(text: str) -> None:
    """Texts the prefilter rejects are exactly texts the full scan finds nothing in."""
    if not _PREFILTERED.matcher.may_match(text):
        assert not list(_PREFILTERED.matcher.scan.finditer(text))


@pytest.mark.parametrize("text, frame", [
    ("the temples of Palmyra", "heritage"), ("radicalised young men", "labels"), ("the rebels said", "labels"),
    ("an armed rebellion", "labels"), ("the monuments stood", "heritage"),
])
def test_shipped_lexicon_matches_the_words_of_its_frames(text, frame) -> None:
    assert frame in {m.frame for m in find_matches(text, load_lexicon(DEFAULT_LEXICON))}


@pytest.mark.parametrize("text", [
    "Mr Templeton said he agreed.", "a radically improved design", "a rebellious teenager", "a monumental effort",
])
def test_shipped_lexicon_stems_do_not_match_longer_unrelated_words(text) -> None:
    assert find_matches(text, load_lexicon(DEFAULT_LEXICON)) == []
