"""Attribution on text at the edges: very long quotes, invisible characters, no attribution at all."""

from __future__ import annotations

import pytest

from analysis.attribute import attribute
from analysis.models import Article
from analysis.segment import segment


def _attr(text: str):
    return attribute(segment(Article(id="t", text=text)))


def test_attribution_very_long_quote_is_one_statement_with_its_speaker() -> None:
    body = " ".join(f"The town needs water and power number {i}." for i in range(800))
    text = f'"{body[:-1]}," Jane Roe said on Monday.'
    (a,) = _attr(text)
    assert a.speaker == "Jane Roe" and a.kind == "direct"
    assert a.content_start <= 1 and a.content_end >= len(body)


@pytest.mark.parametrize("junk", ["\u200b", "\u200d", "\ufeff", "\x07"])
def test_attribution_survives_invisible_characters_inside_a_quote(junk: str) -> None:
    text = f'"We will rebuild{junk} the town{junk}," said Jane Roe.'
    (a,) = _attr(text)
    assert a.speaker == "Jane Roe" and text[a.content_start:a.content_end] == a.content
    assert junk in a.content


def test_attribution_article_with_no_attribution_yields_none() -> None:
    text = "Flood waters rose overnight.\n\nRoads into the valley were closed and schools shut on Monday."
    assert _attr(text) == []


@pytest.mark.parametrize("text", ['"Why now?" asked Jane Roe.', '"Get out!" shouted Jane Roe.',
                                  '"Why now?" Jane Roe, the mayor of the town, asked.',
                                  'It rained. "Get out!" Jane Roe, who was there, shouted at them.'])
def test_attribution_question_or_exclamation_ending_a_quote_keeps_its_speaker(text: str) -> None:
    (a,) = _attr(text)
    assert a.speaker == "Jane Roe" and a.content.rstrip('"').endswith(("?", "!"))
