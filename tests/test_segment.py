"""Paragraphs and sentences: offsets, quotations, abbreviations, title and boilerplate."""

from __future__ import annotations

import pytest

from analysis.models import Article
from analysis.segment import segment


def _sentences(text: str, **kwargs: str) -> list[str]:
    return [s.text for s in segment(Article(id="t", text=text, **kwargs)).sentences]


def test_segment_offsets_are_exact_into_article_text() -> None:
    text = "  First para here.  \n\nSecond para. Two sentences!\nThird line"
    doc = segment(Article(id="t", text=text))
    for p in doc.paragraphs:
        assert text[p.start:p.end] == text[p.start:p.end].strip()
    for s in doc.sentences:
        assert text[s.start:s.end] == s.text
    assert [text[p.start:p.end] for p in doc.paragraphs] == [
        "First para here.", "Second para. Two sentences!", "Third line"]


@pytest.mark.parametrize("text", [
    "Mr. Smith arrived. He left.",
    "Sen. Bernie Sanders spoke. He left.",
    "Gov. Jerry Brown spoke. He left.",
    "Dr. Jones spoke on Jan. 5 about it. He left.",
    "U.S. officials spoke. He left.",
    "J. Smith spoke. He left.",
])
def test_segment_abbreviations_do_not_end_sentences(text: str) -> None:
    assert len(_sentences(text)) == 2


@pytest.mark.parametrize("text, sentences", [
    ("The U.S. Senate voted. He left.", ["The U.S. Senate voted.", "He left."]),
    ("Data from the U.S. State Department, she said, were clear.",
     ["Data from the U.S. State Department, she said, were clear."]),
    ("They met at the U.N. Later, they left.", ["They met at the U.N.", "Later, they left."]),
    ("The firm moved to the U.S. It grew fast.", ["The firm moved to the U.S.", "It grew fast."]),
])
def test_segment_initials_before_a_name_go_on(text: str, sentences: list[str]) -> None:
    assert _sentences(text) == sentences


def test_segment_sentence_ends_after_abbreviation_before_capital() -> None:
    assert _sentences("He lives in the U.S. The rest is history.") == [
        "He lives in the U.S.", "The rest is history."]


@pytest.mark.parametrize("text, sentences", [
    ('Asked if he would run, he said no. "We will win," he added.',
     ["Asked if he would run, he said no.", '"We will win," he added.']),
    ('It won backing from Warner Bros. "The benefits are clear," he said.',
     ["It won backing from Warner Bros.", '"The benefits are clear," he said.']),
    ("He told The Sun. “That is all,” he said.", ["He told The Sun.", "“That is all,” he said."]),
    ('Mr. "Big" Jones spoke.', ['Mr. "Big" Jones spoke.']),
    ("See No. (4) below.", ["See No. (4) below."]),
])
def test_segment_a_quotation_opening_with_a_capital_after_an_abbreviation_starts_a_sentence(
        text: str, sentences: list[str]) -> None:
    assert _sentences(text) == sentences


@pytest.mark.parametrize("text", [
    '"It\'s 10 in the morning Palmyra time. Our morning is victorious," a TV announcer said.',
    '“One. Two. Three,” she said.',
    'He said: "First. Second." ',
])
def test_segment_quotation_spanning_sentences_stays_one_sentence(text: str) -> None:
    assert len(_sentences(text)) == 1


def test_segment_sentence_after_closed_quotation_splits() -> None:
    assert _sentences('"Yes," he said. "No." She left.') == ['"Yes," he said.', '"No."', "She left."]


def test_segment_title_line_is_one_title_sentence() -> None:
    text = "Rebels retake town. Officials say\n\nBody text here. More."
    doc = segment(Article(id="t", text=text, title="Rebels retake town. Officials say"))
    assert doc.sentences[0].is_title and doc.sentences[0].text == "Rebels retake town. Officials say"
    assert not any(s.is_title for s in doc.sentences[1:])


def test_segment_without_title_marks_no_title() -> None:
    assert not any(s.is_title for s in segment(Article(id="t", text="A. B.\n\nC.")).sentences)


def test_segment_flags_boilerplate_paragraphs_and_sentences() -> None:
    text = "Story text.\n\nThe Associated Press contributed to this report.\n\nClick for more from Sky News."
    doc = segment(Article(id="t", text=text))
    assert [p.boilerplate for p in doc.paragraphs] == [False, True, True]
    assert [s.boilerplate for s in doc.sentences] == [False, True, True]


@pytest.mark.parametrize("text", ["", "\n\n\n", "no punctuation at all " * 1000, "\x00\u200b\x1f", "?!.…"])
def test_segment_never_raises_on_odd_text(text: str) -> None:
    doc = segment(Article(id="t", text=text))
    for s in doc.sentences:
        assert 0 <= s.start < s.end <= len(text)


@pytest.mark.parametrize("text, expected", [
    ('"Why now?" Jane Roe asked. She left.', ['"Why now?" Jane Roe asked.', "She left."]),
    ("“Never!” shouted the mayor. She left.", ["“Never!” shouted the mayor.", "She left."]),
    ('"Why now?" The crowd left.', ['"Why now?"', "The crowd left."]),
    # an appositive or a relative clause between the speaker and the verb
    ('"Do we win?" Will Roe, the chairman for the exurb, said. He left.',
     ['"Do we win?" Will Roe, the chairman for the exurb, said.', "He left."]),
    ('"Why?" Anne, who was there, asked. She left.', ['"Why?" Anne, who was there, asked.', "She left."]),
    ('"Why now?" Rome, Paris and Berlin fell.', ['"Why now?"', "Rome, Paris and Berlin fell."]),
])
def test_segment_question_or_exclamation_quote_keeps_its_attribution(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_paragraphs_are_the_trimmed_non_blank_lines() -> None:
    from analysis.segment import _LINES, _paragraph_spans

    text = " \t First line. \n\n\u00a0\n  Second\x0bline\x0b \r\nThird\u2028 \u2029\n last"
    expected = []
    for m in _LINES.finditer(text):
        line = m.group()
        if line.strip():
            start = m.start() + len(line) - len(line.lstrip())
            expected.append((start, start + len(line.strip())))
    assert _paragraph_spans(text) == expected


def test_segment_a_title_after_a_hyphen_does_not_end_the_sentence() -> None:
    doc = segment(Article(id="x", text="She compared Roe and then-Sen. Jane Doe at length. It grew."))
    assert [doc.text[s.start:s.end] for s in doc.sentences] == [
        "She compared Roe and then-Sen. Jane Doe at length.", "It grew."]


@pytest.mark.parametrize("opening", ['". . . I', '"…I', '“... I'])
def test_segment_a_quotation_opening_with_an_ellipsis_starts_a_sentence(opening: str) -> None:
    sentences = _sentences(f'"It works," said Jane Roe. {opening} just want more of it."')
    assert sentences[0] == '"It works," said Jane Roe.'
    assert len(sentences) == 2


@pytest.mark.parametrize("ending", ["…", "..."])
def test_segment_a_quotation_closed_by_an_ellipsis_keeps_its_attribution(ending: str) -> None:
    assert _sentences(f'"I will look at a lot of people{ending}" Jane Roe said. She left.') == [
        f'"I will look at a lot of people{ending}" Jane Roe said.', "She left."]


@pytest.mark.parametrize("text, expected", [
    ('"It is bad," said J.M. Berger, a fellow at the university. He left.',
     ['"It is bad," said J.M. Berger, a fellow at the university.', "He left."]),
    ("It is run by G.K. Chesterton fans. They meet weekly.",
     ["It is run by G.K. Chesterton fans.", "They meet weekly."]),
    ("The company is called A.B. It was founded in 1990.",
     ["The company is called A.B.", "It was founded in 1990."]),
])
def test_segment_initials_before_a_name_do_not_end_the_sentence(text: str, expected: list[str]) -> None:
    # initials not in the abbreviation list read as listed ones ("U.S.") do: a word that opens
    # sentences after them starts a new one
    assert _sentences(text) == expected
