"""Scoring resolved speaker names against the hand-labelled PolNeAR train mentions."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from analysis import config
from analysis.errors import InputError
from analysis.evaluate_names import (
    LABEL_FIELDS,
    RESOLVED_NAMES_LABELS,
    NameLabel,
    load_name_labels,
    name_tokens,
    same_entity,
    score_names,
)
from analysis.models import Attribution

# Accuracy over all labels measured on the labels, less 0.02 for noise: a change to segmentation,
# attribution or coreference that costs resolved names fails here.
ACCURACY_FLOOR = 0.80
# Accuracy when each labelled span is itself resolved (resolution alone), measured 0.976.
GIVEN_ACCURACY_FLOOR = 0.96

PRONOUNS = {"he", "she", "they", "him", "her", "his"}


@pytest.mark.parametrize(
    ("label", "predicted", "expected"),
    [
        ("Donald Trump", "Trump", True),
        ("Donald Trump", "Donald J. Trump", True),
        ("Donald Trump", "Melania Trump", False),
        ("FBI", "the FBI", True),
        ("James Comey", "Mr. Comey", True),
        ("Barack Obama", "President Obama", True),
        ("Joseph R. Biden Jr.", "Vice President Joseph R. Biden Jr.", True),
        ("Jacob J. Lew", "Treasury Secretary Jacob J. Lew", True),
        ("James B. Comey", "J. Comey", True),
        ("Hillary Clinton", "Bill Clinton", False),
        ("Liz Cheney", "Dick Cheney", False),
        ("Roger Stone", "Continued Stone", False),
        ("Bernie Sanders", "Sanders campaign", False),
        ("Donald Trump", "", False),
    ],
)
def test_same_entity_compares_family_and_first_names(label, predicted, expected):
    assert same_entity(label, predicted) is expected


def test_name_tokens_drop_titles_leading_the_suffix_and_possessive():
    assert name_tokens("Sen. Bernie Sanders") == ("bernie", "sanders")
    assert name_tokens("the Washington Post") == ("washington", "post")
    assert name_tokens("Joseph R. Murray II") == ("joseph", "r", "murray")
    assert name_tokens("Trump’s") == ("trump",)


def _attribution(speaker: str, mention: tuple[int, int] | None, statement: int = 0) -> Attribution:
    start, end = mention if mention else (None, None)
    return Attribution(
        article_id="d", statement=statement, speaker=speaker, speaker_type="unknown", role=None,
        mention=None, mention_start=start, mention_end=end, cue="said", cue_start=None,
        cue_end=None, content_spans=((0, 1),), content="x", kind="direct",
    )


def _label(start: int, end: int, name: str, kind: str = "pronoun") -> NameLabel:
    return NameLabel(doc_id="d", attr_id="E1", source_start=start, source_end=end,
                     source_kind=kind, name=name)


def test_score_names_takes_the_attribution_whose_mention_overlaps_most():
    labels = [_label(10, 20, "Jane Roe")]
    predicted = {"d": [_attribution("John Doe", (0, 12)), _attribution("Jane Roe", (12, 22))]}
    result = score_names(labels, predicted).results[0]
    assert (result.predicted, result.right) == ("Jane Roe", True)


def test_score_names_counts_unmatched_mentions_as_not_found_and_wrong_overall():
    labels = [_label(0, 2, "Jane Roe"), _label(50, 55, "John Doe", "surname"),
              _label(90, 93, "Ann Poe")]
    predicted = {"d": [_attribution("Jane Roe", (0, 2)), _attribution("Bob Doe", (50, 55)),
                       _attribution("Ann Poe", None)]}
    scores = score_names(labels, predicted)
    assert (scores.labelled, scores.found, scores.right) == (3, 2, 1)
    assert scores.accuracy == pytest.approx(1 / 3)
    assert scores.found_accuracy == pytest.approx(1 / 2)
    assert [r.label.name for r in scores.wrong] == ["John Doe"]
    assert [r.label.name for r in scores.not_found] == ["Ann Poe"]
    assert [(c.kind, c.labelled, c.right) for c in scores.by_kind] == [
        ("pronoun", 2, 1), ("surname", 1, 0)]


def test_score_names_scores_the_labelled_span_resolved_itself():
    labels = [_label(0, 2, "Jane Roe"), _label(50, 55, "John Doe", "surname"),
              _label(90, 93, "Ann Poe")]
    predicted = {"d": [_attribution("Jane Roe", (0, 2))]}
    given = {("d", 0, 2): "Jane Roe", ("d", 50, 55): "Mr. Doe", ("d", 90, 93): "Bob Poe"}
    scores = score_names(labels, predicted, given)
    assert (scores.found, scores.right, scores.counts().given_right) == (1, 1, 2)
    assert scores.given_accuracy == pytest.approx(2 / 3)
    assert [(r.label.name, r.given) for r in scores.given_wrong] == [("Ann Poe", "Bob Poe")]
    assert score_names(labels, predicted).given_accuracy == 0.0  # not asked: not right


def test_load_name_labels_names_the_line_of_a_bad_record(tmp_path):
    path = tmp_path / "labels.jsonl"
    good = {"doc_id": "d", "attr_id": "E1", "source_start": 0, "source_end": 2,
            "source_kind": "pronoun", "name": "Jane Roe"}
    path.write_text(json.dumps(good) + "\n" + json.dumps({**good, "source_kind": "nominal"}) + "\n",
                    encoding="utf-8")
    with pytest.raises(InputError, match=r"labels.jsonl:2: source_kind"):
        load_name_labels(path)


@pytest.fixture(scope="module")
def train_texts() -> dict[str, str]:
    docs = config.POLNEAR_DIR / "train.docs.jsonl"
    if not docs.is_file():
        pytest.skip(f"PolNeAR is not at {config.POLNEAR_DIR}: it lives beside a developer's "
                    "checkout")
    with docs.open(encoding="utf-8") as handle:
        return {r["doc_id"]: r["text"] for r in map(json.loads, handle) if r.get("doc_id")}


def test_label_file_is_well_formed(train_texts):
    lines = RESOLVED_NAMES_LABELS.read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert len(rows) >= 150
    assert all(set(row) == set(LABEL_FIELDS) for row in rows)
    assert len({(r["doc_id"], r["source_start"], r["source_end"]) for r in rows}) == len(rows)
    per_doc = Counter(r["doc_id"] for r in rows)
    assert len(per_doc) >= 60 and max(per_doc.values()) <= 4
    assert len({doc_id.split("_")[0] for doc_id in per_doc}) == 7
    for row in rows:
        text = train_texts[row["doc_id"]]
        assert 0 <= row["source_start"] < row["source_end"] <= len(text), row
        span = text[row["source_start"]:row["source_end"]]
        if row["source_kind"] == "pronoun":
            assert span.lower() in PRONOUNS, row
        else:
            assert row["source_kind"] == "surname" and re.fullmatch(r"[A-Z][a-z]+", span), row
            assert span in row["name"].split(), row
        assert row["name"].strip() and "\n" not in row["name"], row


@pytest.mark.slow
def test_resolved_name_accuracy_stays_above_floor(train_texts):
    from analysis.evaluate_names import score_resolved_names

    scores = score_resolved_names(RESOLVED_NAMES_LABELS, split="train")
    print(f"resolved names: {scores.right}/{scores.labelled} right, accuracy {scores.accuracy:.3f} "
          f"(floor {ACCURACY_FLOOR}); {scores.found} found, of found {scores.found_accuracy:.3f}; "
          f"labelled span {scores.given_accuracy:.3f} (floor {GIVEN_ACCURACY_FLOOR})")
    assert scores.accuracy >= ACCURACY_FLOOR
    assert scores.given_accuracy >= GIVEN_ACCURACY_FLOOR
