from __future__ import annotations

import pytest

from analysis.boilerplate import is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "The Associated Press contributed to this report.",
        "Reuters contributed reporting from Damascus.",
        "Click for more from Sky News.",
        "Click here to read the full story",
        "Follow us on Twitter @newsdesk.",
        "Reporting by John Smith; Editing by Jane Doe",
        "Copyright 2016 The Associated Press. All rights reserved.",
        "This material may not be published, broadcast, rewritten or redistributed.",
        "Sign up for our daily newsletter.",
    ],
)
def test_credit_and_call_to_action_lines_are_boilerplate(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Activists said the town fell on Sunday.",
        "He said reading more is good for children.",
        "The Associated Press reported that 40 people were killed.",
        "Click, the company's new app, launched on Monday.",
        "",
        "x" * 400,
    ],
)
def test_story_sentences_are_not_boilerplate(line):
    assert not is_boilerplate(line)
