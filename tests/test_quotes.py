"""Quotation spans: curly and straight marks, unbalanced marks, paragraph ends."""

from __future__ import annotations

import pytest

from analysis.quotes import quotes_in


def _inner(text: str) -> list[str]:
    return [text[q.inner_start:q.inner_end] for q in quotes_in(text, 0, len(text))]


@pytest.mark.parametrize("text, expected", [
    ('He said "yes." Then "no."', ["yes.", "no."]),
    ("“Curly,” she said.", ["Curly,"]),
    ('"Mixed marks,” he said.', ["Mixed marks,"]),
    ("``Latex style,'' he said.", ["Latex style,"]),
    ('"He called it \'absurd\' today," she said.', ["He called it 'absurd' today,"]),
])
def test_quotes_found_whatever_the_marks(text: str, expected: list[str]) -> None:
    assert _inner(text) == expected


def test_quotes_unclosed_quotation_runs_to_paragraph_end() -> None:
    text = '"This goes on and on'
    (q,) = quotes_in(text, 0, len(text))
    assert not q.closed and text[q.inner_start:q.inner_end] == "This goes on and on"


def test_quotes_new_opener_closes_an_unclosed_quotation() -> None:
    assert _inner("“First part. “Second part.”") == ["First part.", "Second part."]


@pytest.mark.parametrize("text, expected", [
    ('"Read the question: “Do you agree?” Forty-three, yes." He left.',
     ["Read the question: “Do you agree?” Forty-three, yes."]),
    ('“He told me "no way" and left,” she said.', ['He told me "no way" and left,']),
    # The outer style comes back before the inner one closes: two quotations, not one nested.
    ('"We won,” he said. “Next one."', ["We won,", "Next one."]),
    # No closer of the outer style after the inner quotation: not nested.
    ('"Read the question: “Do you agree?” Forty-three', ["Read the question:", "Do you agree?"]),
])
def test_quotes_of_the_other_style_nest_inside_a_closed_quotation(text: str, expected: list[str]) -> None:
    assert _inner(text) == expected


def test_quotes_inch_mark_is_not_a_quotation() -> None:
    assert _inner('A 12" pipe burst.') == []


@pytest.mark.parametrize("text, expected", [
    ("” … they are not like him,” she said.", [" … they are not like him,"]),
    ("“We won.“ he said. “Again.”", ["We won.", "Again."]),
    ("He said “yes,” and “no.”", ["yes,", "no."]),
])
def test_quotes_mistyped_curly_mark_read_by_context(text: str, expected: list[str]) -> None:
    assert _inner(text) == expected


def test_quotes_in_gives_a_fresh_list_each_time() -> None:
    text = 'He said "yes."'
    first = quotes_in(text, 0, len(text))
    first.clear()
    assert len(quotes_in(text, 0, len(text))) == 1


@pytest.mark.parametrize("text", ['He said "yes, no, maybe so, don\'t know."', '"" and "one"', 'x "a b c'])
def test_words_up_to_counts_words_no_further_than_the_limit(text) -> None:
    for q in quotes_in(text, 0, len(text)):
        for limit in range(1, 9):
            assert q.words_up_to(text, limit) == min(q.words(text), limit)


@pytest.mark.parametrize("invisible", ["\u202a", "\u200b", "\ufeff", "\u200e\u2069"])
def test_marks_are_read_past_invisible_format_characters(invisible: str) -> None:
    # A closing-style mark opening a paragraph behind a bidi mark or zero-width space still opens.
    text = f"He wrote.\n\n{invisible}\u201dThis is evil,\u201d said Jane Roe."
    found = [text[q.inner_start:q.inner_end] for q in quotes_in(text, 0, len(text))]
    assert found == ["This is evil,"]
