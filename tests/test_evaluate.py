"""The attribution scorer: pairing, thresholds, spans, speaker overlap, dedupe, PolNeAR loading."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from analysis.config import POLNEAR_DIR
from analysis.errors import InputError
from analysis.evaluate import (
    GoldAttribution,
    PredictedAttribution,
    evaluate_polnear,
    false_hits,
    format_scores,
    load_polnear,
    merge_spans,
    misses,
    polnear_paths,
    precision_by,
    predicted_from_attributions,
    recall_by,
    score,
    span_overlap,
)
from analysis.models import Attribution


def gold(content, *, doc="d", attr="E1", source=(), content_type="indirect", cue_text="said"):
    return GoldAttribution(
        doc, attr, tuple(content), source=tuple(source), content_type=content_type,
        source_type="proper", cue_text=cue_text,
    )


def pred(content, *, doc="d", mention=None, statement=None, cue_text="said", kind="indirect"):
    return PredictedAttribution(
        doc, tuple(content), mention=mention, statement=statement, cue_text=cue_text, kind=kind
    )


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([(0, 3)], ((0, 3),)),
        ([(5, 9), (0, 3)], ((0, 3), (5, 9))),
        ([(0, 5), (3, 8)], ((0, 8),)),
        ([(0, 5), (5, 8)], ((0, 8),)),
        ([(4, 4), (0, 2)], ((0, 2),)),
    ],
)
def test_merge_spans_sorts_joins_and_drops_empty(spans, expected):
    assert merge_spans(spans) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (((0, 10),), ((5, 15),), 5),
        (((0, 10),), ((10, 15),), 0),
        (((0, 4), (6, 10)), ((2, 8),), 4),
        (((0, 4), (6, 10)), ((0, 4), (6, 10)), 8),
        ((), ((0, 4),), 0),
    ],
)
def test_span_overlap_counts_shared_characters(a, b, expected):
    assert span_overlap(a, b) == expected


@pytest.mark.parametrize(
    ("pred_span", "threshold", "matched"),
    [
        ((0, 80), 0.8, True),  # 80 / 100 is exactly the threshold: counts
        ((0, 79), 0.8, False),
        ((0, 30), 0.3, True),
        ((0, 29), 0.3, False),
    ],
)
def test_pair_counts_where_ratio_reaches_threshold(pred_span, threshold, matched):
    scores = score([gold([(0, 100)])], [pred([pred_span])], thresholds=(threshold,))
    assert scores.at(threshold).matched_gold == int(matched)


@pytest.mark.parametrize(("pred_end", "matched_at_03"), [(333, True), (334, False)])
def test_ratio_divides_by_the_longer_of_gold_and_prediction(pred_end, matched_at_03):
    # Gold 100 characters inside a 333-character prediction: 100 / 333 >= 0.3, 100 / 334 < 0.3.
    scores = score([gold([(0, 100)])], [pred([(0, pred_end)])])
    assert scores.at(0.3).matched_gold == int(matched_at_03)


def test_pairing_is_one_to_one_so_a_second_prediction_of_the_same_gold_is_a_false_hit():
    scores = score([gold([(0, 100)])], [pred([(0, 100)]), pred([(0, 90)])])
    at = scores.at(0.3)
    assert (at.matched_gold, at.matched_pred, at.predicted) == (1, 1, 2)
    assert at.precision == 0.5 and at.recall == 1.0


def test_pairing_takes_the_largest_overlap_first():
    # p0 overlaps g0 by 60 and g1 by 40; p1 overlaps only g1. Greedy: (g0, p0), then (g1, p1).
    golds = [gold([(0, 60)], attr="E1"), gold([(60, 100)], attr="E2")]
    preds = [pred([(0, 100)]), pred([(60, 100)])]
    scores = score(golds, preds)
    assert {(p.gold, p.pred) for p in scores.pairs} == {(0, 0), (1, 1)}
    assert scores.at(0.3).matched_gold == 2
    assert scores.at(0.8).matched_gold == 1  # g0/p0 ratio is 60/100


def test_pairing_never_crosses_documents():
    scores = score([gold([(0, 50)], doc="a")], [pred([(0, 50)], doc="b")])
    assert scores.pairs == ()
    assert scores.at(0.3).recall == 0.0


def test_discontinuous_spans_sum_over_all_pieces():
    # A quote interrupted by "he said": gold has two pieces, the prediction covers both and the gap.
    g = gold([(0, 40), (50, 90)])
    whole = pred([(0, 90)])  # overlap 80, lengths 80 vs 90 -> 0.89
    first_piece = pred([(0, 40)])  # overlap 40, lengths 80 vs 40 -> 0.5
    assert score([g], [whole]).at(0.8).matched_gold == 1
    split = score([g], [first_piece])
    assert split.at(0.3).matched_gold == 1 and split.at(0.8).matched_gold == 0


@pytest.mark.parametrize(
    ("mention", "source", "correct"),
    [
        ((100, 104), [(100, 110)], True),
        ((95, 101), [(100, 110)], True),
        ((90, 100), [(100, 110)], False),  # touching is not overlapping
        (None, [(100, 110)], False),
    ],
)
def test_speaker_counts_when_mention_overlaps_gold_source(mention, source, correct):
    scores = score([gold([(0, 50)], source=source)], [pred([(0, 50)], mention=mention)])
    at = scores.at(0.8)
    assert at.speaker_pairs == 1
    assert at.speaker_correct == int(correct)


def test_speaker_accuracy_ignores_pairs_whose_gold_has_no_source():
    golds = [gold([(0, 50)], attr="E1"), gold([(60, 100)], attr="E2", source=[(110, 115)])]
    preds = [pred([(0, 50)]), pred([(60, 100)], mention=(110, 113))]
    at = score(golds, preds).at(0.3)
    assert (at.speaker_pairs, at.speaker_correct, at.speaker_accuracy) == (1, 1, 1.0)


def test_speaker_accuracy_counts_only_matched_pairs():
    g = gold([(0, 100)], source=[(110, 115)])
    p = pred([(0, 50)], mention=(110, 113))  # ratio 0.5: matched at 0.3, not at 0.8
    scores = score([g], [p])
    assert scores.at(0.3).speaker_pairs == 1
    assert scores.at(0.8).speaker_pairs == 0


def test_joint_speaker_records_count_once_keeping_the_first():
    # "state media and a monitor said ...": two records of statement 0, each naming one speaker.
    g = gold([(0, 50)], source=[(60, 85)])
    first = pred([(0, 50)], statement=0, mention=(60, 71))
    second = pred([(0, 50)], statement=0, mention=(300, 310))
    other_doc = pred([(0, 50)], doc="e", statement=0)
    scores = score([g], [first, second, other_doc])
    assert scores.duplicates_dropped == 1
    assert scores.predicted == (first, other_doc)
    at = scores.at(0.8)
    assert (at.matched_gold, at.predicted, at.speaker_correct) == (1, 2, 1)


def test_quote_recall_uses_direct_and_mixed_gold_only():
    golds = [
        gold([(0, 10)], attr="E1", content_type="direct"),
        gold([(20, 30)], attr="E2", content_type="mixed"),
        gold([(40, 50)], attr="E3", content_type="indirect"),
        gold([(60, 70)], attr="E4", content_type="direct"),
    ]
    preds = [pred([(0, 10)]), pred([(40, 50)])]
    at = score(golds, preds).at(0.8)
    assert (at.gold_quote, at.matched_quote) == (3, 1)
    assert at.quote_recall == pytest.approx(1 / 3)
    assert at.recall == 0.5 and at.precision == 1.0
    assert at.f1 == pytest.approx(2 * 0.5 / 1.5)


def test_empty_inputs_give_zero_rates_not_errors():
    at = score([], []).at(0.3)
    assert (at.precision, at.recall, at.quote_recall, at.f1, at.speaker_accuracy) == (0.0,) * 5


def test_breakdowns_group_recall_by_cue_and_precision_by_kind():
    golds = [
        gold([(0, 10)], attr="E1", cue_text="Said"),
        gold([(20, 30)], attr="E2", cue_text="said"),
        gold([(40, 50)], attr="E3", cue_text="according to"),
    ]
    preds = [pred([(0, 10)], kind="direct"), pred([(100, 120)], kind="belief")]
    scores = score(golds, preds)
    by_cue = {row.key: (row.n, row.rate(0)) for row in recall_by(scores, "cue")}
    assert by_cue == {"said": (2, 0.5), "according to": (1, 0.0)}
    by_kind = {row.key: (row.n, row.rate(0)) for row in precision_by(scores, "kind")}
    assert by_kind == {"direct": (1, 1.0), "belief": (1, 0.0)}
    with pytest.raises(ValueError, match="unknown key"):
        recall_by(scores, "speaker")


def test_misses_and_false_hits_list_the_unmatched_with_their_below_threshold_partner():
    golds = [gold([(0, 100)], attr="E1"), gold([(200, 210)], attr="E2")]
    preds = [pred([(0, 50)]), pred([(400, 420)])]
    scores = score(golds, preds)
    missed = misses(scores, threshold=0.8)
    assert [(g.attr_id, p is not None, r) for g, p, r in missed] == [
        ("E1", True, 0.5),
        ("E2", False, 0.0),
    ]
    wrong = false_hits(scores, threshold=0.3)
    assert [(p.content, g) for p, g, _ in wrong] == [(((400, 420),), None)]
    report = format_scores(scores, samples=5)
    assert "sample of misses" in report and "E2" in report


def test_predicted_from_attributions_keeps_spans_mention_and_cue():
    a = Attribution(
        article_id="x", statement=3, speaker="Obama", speaker_type="government", role=None,
        mention="Mr. Obama", mention_start=40, mention_end=49, cue="said", cue_start=50, cue_end=54,
        content_spans=((0, 10), (20, 30)), content="…", kind="direct",
    )
    (p,) = predicted_from_attributions([a], doc_id="doc")
    assert (p.doc_id, p.content, p.mention, p.cue, p.statement, p.kind) == (
        "doc", ((0, 10), (20, 30)), (40, 49), (50, 54), 3, "direct",
    )


def write_split(tmp_path: Path, docs: list[dict], attributions: list[object]) -> Path:
    (tmp_path / "dev.docs.jsonl").write_text("".join(json.dumps(d) + "\n" for d in docs))
    lines = [a if isinstance(a, str) else json.dumps(a) for a in attributions]
    (tmp_path / "dev.attributions.jsonl").write_text("".join(line + "\n" for line in lines))
    return tmp_path / "dev"


def test_evaluate_polnear_runs_a_predict_function_and_skips_gold_without_content(tmp_path):
    text = 'He said "we will win." Nobody else spoke.'
    prefix = write_split(
        tmp_path,
        [{"doc_id": "a", "text": text}, {"doc_id": "b", "text": "Quiet."}],
        [
            {"doc_id": "a", "attr_id": "E1", "source": [{"start": 0, "end": 2, "text": "He"}],
             "cue": [{"start": 3, "end": 7, "text": "said"}],
             "content": [{"start": 9, "end": 21, "text": "we will win."}],
             "content_type_heuristic": "direct", "source_type_heuristic": "pronoun"},
            {"doc_id": "a", "attr_id": "E2", "source": None, "cue": None, "content": None,
             "content_type_heuristic": None, "source_type_heuristic": "none"},
        ],
    )

    def predict(doc_id: str, article_text: str) -> list[Attribution]:
        start = article_text.find("we will")
        if start < 0:
            return []
        return [Attribution(doc_id, 0, "He", "unknown", None, "He", 0, 2, "said", 3, 7,
                            ((start, start + 12),), "we will win.", "direct")]

    scores = evaluate_polnear(prefix, predict=predict)
    assert scores.gold_skipped == 1
    at = scores.at(0.8)
    assert (at.gold, at.predicted, at.matched_gold, at.speaker_correct) == (1, 1, 1, 1)
    assert scores.words == len(text.split()) + 1 and scores.words_per_second
    assert "words/s" in format_scores(scores)


def test_evaluate_polnear_limit_scores_only_gold_of_the_chosen_articles(tmp_path):
    span = [{"start": 0, "end": 4, "text": "Quiet"}]
    prefix = write_split(
        tmp_path,
        [{"doc_id": "a", "text": "Quiet."}, {"doc_id": "b", "text": "Quiet."}],
        [{"doc_id": "b", "attr_id": "E1", "source": None, "cue": None, "content": span,
          "content_type_heuristic": "indirect", "source_type_heuristic": "none"}],
    )
    assert evaluate_polnear(prefix, predict=lambda d, t: [], limit=1).at(0.3).gold == 0


def test_load_polnear_names_file_and_line_of_a_malformed_record(tmp_path):
    prefix = write_split(tmp_path, [{"doc_id": "a", "text": "x"}], ['{"doc_id": "a", "content": [}'])
    with pytest.raises(InputError, match=r"dev\.attributions\.jsonl:1: not valid JSON"):
        load_polnear(*polnear_paths(prefix))


def test_load_polnear_rejects_gold_of_an_unknown_document(tmp_path):
    prefix = write_split(tmp_path, [{"doc_id": "a", "text": "x"}], [{"doc_id": "zz", "content": None}])
    with pytest.raises(InputError, match="not in dev.docs.jsonl"):
        load_polnear(*polnear_paths(prefix))


def test_polnear_paths_accepts_a_name_a_prefix_or_a_folder(tmp_path):
    assert polnear_paths("dev")[0] == POLNEAR_DIR / "dev.docs.jsonl"
    assert polnear_paths(tmp_path / "train")[1] == tmp_path / "train.attributions.jsonl"
    assert polnear_paths(tmp_path)[0] == tmp_path / "dev.docs.jsonl"


_POLNEAR_PRESENT = (POLNEAR_DIR / "dev.docs.jsonl").is_file()


@pytest.mark.skipif(not _POLNEAR_PRESENT, reason=f"PolNeAR not found at {POLNEAR_DIR}")
def test_real_dev_split_loads_with_its_documented_counts():
    data = load_polnear(*polnear_paths("dev"))
    assert len(data.texts) == 84
    assert len(data.gold) + data.gold_skipped == 2193
    assert {g.source_type for g in data.gold} <= {"proper", "nominal", "pronoun", "none"}


def _pipeline_importable() -> bool:
    try:
        return all(importlib.util.find_spec(m) for m in ("analysis.segment", "analysis.attribute"))
    except ImportError:
        return False


@pytest.mark.skipif(not _POLNEAR_PRESENT, reason=f"PolNeAR not found at {POLNEAR_DIR}")
@pytest.mark.skipif(
    not _pipeline_importable(), reason="analysis.segment / analysis.attribute not available yet"
)
def test_real_dev_split_scores_the_pipeline_on_a_few_articles():
    scores = evaluate_polnear("dev", limit=5)
    at = scores.at(0.3)
    assert at.gold > 0
    assert 0.0 <= at.precision <= 1.0 and 0.0 <= at.speaker_accuracy <= 1.0
