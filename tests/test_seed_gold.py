"""The project's acceptance test: the seed article against its hand-labelled attributions.

The gold lives beside the checkout (``../shared``); a clone without it skips with a message.
A required attribution is found when one predicted record's content overlaps at least half of
the longer of the gold span and the predicted content span, its resolved speaker matches every
``speaker_match`` group (case-insensitive substring; a jointly credited statement needs a
record for each group) and its type matches (``a+b`` needs one record of each type).
By default one speaker's consecutive quotations form one statement with several content spans,
so each span of a prediction is compared on its own; with ``join_follow_on=False`` every
statement has a single span and the whole content is compared.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis.attribute import attribute
from analysis.config import SAMPLE_ARTICLE, SEED_GOLD
from analysis.models import Article, Attribution, Segmented
from analysis.segment import segment

pytestmark = pytest.mark.skipif(
    not SEED_GOLD.is_file(), reason=f"seed gold not found at {SEED_GOLD} (../shared is absent)"
)


def _article() -> Article:
    text = Path(SAMPLE_ARTICLE).read_text(encoding="utf-8")
    first, _, rest = text.partition("\n")
    title = first if rest.startswith("\n") else None
    return Article(id="seed", text=text, title=title)


@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def doc() -> Segmented:
    return segment(_article())


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _content_matches(pred: Attribution, span: tuple[int, int], *, per_span: bool) -> bool:
    if not per_span:
        total = sum(e - s for s, e in pred.content_spans)
        hit = sum(_overlap(p, span) for p in pred.content_spans)
        return hit >= 0.5 * max(total, span[1] - span[0])
    return any(_overlap(p, span) >= 0.5 * max(p[1] - p[0], span[1] - span[0]) for p in pred.content_spans)


def _found(entry: dict, preds: list[Attribution], *, per_span: bool) -> bool:
    span = tuple(entry["content_span"])
    candidates = [p for p in preds if _content_matches(p, span, per_span=per_span)]
    by_statement: dict[int, list[Attribution]] = {}
    for p in candidates:
        by_statement.setdefault(p.statement, []).append(p)
    types = entry["speaker_type"].split("+")
    for records in by_statement.values():
        groups_ok = all(
            any(alt.lower() in r.speaker.lower() for r in records for alt in group)
            for group in entry["speaker_match"]
        )
        types_ok = all(any(r.speaker_type == t for r in records) for t in types)
        if groups_ok and types_ok:
            return True
    return False


def _required(gold: dict) -> list[dict]:
    return [a for a in gold["attributions"] if a["required"]]


def test_seed_article_matches_gold_file(gold: dict) -> None:
    shared = SEED_GOLD.parent.parent / "seeds" / gold["article"]
    if shared.is_file():
        assert shared.read_bytes() == Path(SAMPLE_ARTICLE).read_bytes()


@pytest.mark.parametrize("join", [True, False])
def test_seed_every_required_attribution_found(gold: dict, doc: Segmented, join: bool) -> None:
    preds = attribute(doc, join_follow_on=join)
    missing = [a["id"] for a in _required(gold) if not _found(a, preds, per_span=join)]
    assert not missing, f"required attributions not found: {missing}"


def test_seed_optional_belief_if_reported_is_credited_to_extremists(gold: dict, doc: Segmented) -> None:
    preds = attribute(doc)
    for entry in gold["attributions"]:
        if entry["required"]:
            continue
        span = tuple(entry["content_span"])
        hits = [p for p in preds if _content_matches(p, span, per_span=True)]
        for p in hits:
            assert any(alt in p.speaker.lower() for alt in entry["speaker_match"][0])
            assert p.speaker_type == entry["speaker_type"]


def test_seed_traps_are_not_attribution_content(gold: dict, doc: Segmented) -> None:
    preds = attribute(doc)
    for trap in gold["not_attributions"]:
        span = tuple(trap["span"])
        for p in preds:
            for piece in p.content_spans:
                assert _overlap(piece, span) < 0.5 * (span[1] - span[0]), (trap["text"], p.content)


def test_seed_boilerplate_flagged_and_outside_attributions(gold: dict, doc: Segmented) -> None:
    preds = attribute(doc)
    for item in gold["boilerplate"]:
        start, end = item["span"]
        sentences = [s for s in doc.sentences if s.start < end and start < s.end]
        assert sentences and all(s.boilerplate for s in sentences), item["text"]
        for p in preds:
            assert all(_overlap(piece, (start, end)) == 0 for piece in p.content_spans)
