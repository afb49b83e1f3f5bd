"""Score attributions against gold spans: the PolNeAR protocol of the project.

A prediction is one statement: its content span(s), the span of the words naming the speaker
(the *mention*) and the cue span. Scoring, per article:

* Records that share ``(article_id, statement)`` (one statement credited jointly to several
  speakers) count once: the first record is kept.
* Gold and predictions are paired one to one, greedily by largest character overlap, where
  overlap and lengths are summed over all spans of the content role.
* A pair counts at threshold ``t`` where ``overlap / max(len(gold), len(pred)) >= t``;
  the project reports ``t = 0.3`` (lenient) and ``t = 0.8`` (strict).
* Precision = matched predictions / predictions; recall = matched gold / gold, on all gold and on
  the quotation-mark slice (gold ``content_type`` ``direct`` or ``mixed``).
* Speaker accuracy = of matched pairs whose gold has a source span, the share where the predicted
  mention span overlaps it.

:func:`score` works on plain records (:class:`GoldAttribution`, :class:`PredictedAttribution`), so
hand-made spans can be scored; :func:`evaluate_polnear` runs a predict function over a PolNeAR
split and scores it; :func:`format_scores` renders the table, breakdowns and samples of misses.
"""

from __future__ import annotations

import json
import random
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from analysis.config import POLNEAR_DIR
from analysis.errors import InputError
from analysis.models import Article, Attribution

Span = tuple[int, int]
Spans = tuple[Span, ...]

DEFAULT_THRESHOLDS: tuple[float, ...] = (0.3, 0.8)
QUOTE_CONTENT_TYPES: frozenset[str] = frozenset({"direct", "mixed"})
NO_CUE = "(none)"

Predict = Callable[[str, str], list[Attribution]]


# ---------------------------------------------------------------------------------------------
# Records


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    """One gold attribution; spans are ``[start, end)`` character offsets into the article."""

    doc_id: str
    attr_id: str
    content: Spans
    source: Spans = ()
    cue: Spans = ()
    content_type: str | None = None
    """``direct`` / ``mixed`` / ``indirect``: whether the content holds quotation marks."""
    source_type: str | None = None
    """PolNeAR's heuristic tag of the source: ``proper`` / ``nominal`` / ``pronoun`` / ``none``."""
    content_text: str = ""
    source_text: str = ""
    cue_text: str = ""

    @property
    def is_quote(self) -> bool:
        return self.content_type in QUOTE_CONTENT_TYPES


@dataclass(frozen=True, slots=True)
class PredictedAttribution:
    """One predicted statement in the scorer's terms (see :func:`predicted_from_attributions`)."""

    doc_id: str
    content: Spans
    mention: Span | None = None
    cue: Span | None = None
    statement: int | None = None
    """Records sharing ``(doc_id, statement)`` are one statement; ``None`` means never merged."""
    speaker: str = ""
    kind: str | None = None
    content_text: str = ""
    cue_text: str = ""
    mention_text: str = ""


@dataclass(frozen=True, slots=True)
class Pair:
    """A gold and a prediction paired by the greedy one-to-one step, whatever their ratio."""

    gold: int
    pred: int
    overlap: int
    ratio: float
    speaker_overlaps: bool


@dataclass(frozen=True, slots=True)
class ThresholdScores:
    """Counts at one overlap threshold; rates are 0.0 when their denominator is 0."""

    threshold: float
    gold: int
    predicted: int
    gold_quote: int
    matched_gold: int
    matched_pred: int
    matched_quote: int
    speaker_pairs: int
    speaker_correct: int

    @property
    def precision(self) -> float:
        return rate(self.matched_pred, self.predicted)

    @property
    def recall(self) -> float:
        return rate(self.matched_gold, self.gold)

    @property
    def quote_recall(self) -> float:
        return rate(self.matched_quote, self.gold_quote)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return rate(self.speaker_correct, self.speaker_pairs)


@dataclass(frozen=True, slots=True)
class BreakdownRow:
    """One group of a breakdown: ``n`` items, of which ``matched[i]`` count at ``thresholds[i]``."""

    key: str
    n: int
    matched: tuple[int, ...]

    def rate(self, index: int = 0) -> float:
        return rate(self.matched[index], self.n)


@dataclass(frozen=True, slots=True)
class Scores:
    """Everything :func:`score` measured; ``pairs`` holds every pair formed, matched or not."""

    thresholds: tuple[float, ...]
    by_threshold: tuple[ThresholdScores, ...]
    gold: tuple[GoldAttribution, ...]
    predicted: tuple[PredictedAttribution, ...]
    pairs: tuple[Pair, ...]
    duplicates_dropped: int = 0
    """Predicted records dropped as further speakers of a jointly credited statement."""
    gold_skipped: int = 0
    """Gold records without any content span (unscorable; set by :func:`load_polnear`)."""
    words: int | None = None
    predict_seconds: float | None = None
    texts: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)

    def at(self, threshold: float) -> ThresholdScores:
        """The scores at ``threshold`` (one of ``thresholds``)."""
        for scores in self.by_threshold:
            if abs(scores.threshold - threshold) < 1e-9:
                return scores
        raise KeyError(f"threshold {threshold} was not scored; scored: {self.thresholds}")

    @property
    def words_per_second(self) -> float | None:
        if self.words is None or not self.predict_seconds:
            return None
        return self.words / self.predict_seconds


def counts_at(ratio: float, threshold: float) -> bool:
    """Whether a pair with ``ratio`` counts at ``threshold`` (tolerant of float rounding, so
    80 characters of 100 count at 0.8 however the division rounds)."""
    return ratio >= threshold - 1e-9


def rate(numerator: int, denominator: int) -> float:
    """``numerator / denominator``, or 0.0 when there is nothing to divide by."""
    return numerator / denominator if denominator else 0.0


# ---------------------------------------------------------------------------------------------
# Span arithmetic


def merge_spans(spans: Iterable[Span]) -> Spans:
    """Sorted, non-overlapping, non-empty spans covering the same characters.

    >>> merge_spans([(5, 9), (0, 3), (2, 4), (9, 9)])
    ((0, 4), (5, 9))
    """
    merged: list[list[int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((s, e) for s, e in merged)


def span_length(spans: Spans) -> int:
    """Characters covered by merged ``spans``."""
    return sum(end - start for start, end in spans)


def span_overlap(a: Spans, b: Spans) -> int:
    """Characters covered by both merged span sets.

    >>> span_overlap(((0, 10),), ((5, 8), (9, 20)))
    4
    """
    total, i, j = 0, 0, 0
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if hi > lo:
            total += hi - lo
        if a[i][1] <= b[j][1]:
            i += 1
        else:
            j += 1
    return total


# ---------------------------------------------------------------------------------------------
# Scoring


def dedupe_statements(
    predicted: Iterable[PredictedAttribution],
) -> tuple[list[PredictedAttribution], int]:
    """Keep the first record of each ``(doc_id, statement)``; return them and the number dropped."""
    kept: list[PredictedAttribution] = []
    seen: set[tuple[str, int]] = set()
    dropped = 0
    for pred in predicted:
        if pred.statement is not None:
            key = (pred.doc_id, pred.statement)
            if key in seen:
                dropped += 1
                continue
            seen.add(key)
        kept.append(pred)
    return kept, dropped


def pair_greedily(
    gold: Sequence[GoldAttribution], predicted: Sequence[PredictedAttribution]
) -> list[Pair]:
    """Pair gold and predictions one to one, largest content overlap first, per document.

    Ties on overlap go to the higher ratio, then to the earlier gold and prediction, so the pairing
    is deterministic. Only pairs that share at least one character are formed.
    """
    gold_by_doc: dict[str, list[int]] = defaultdict(list)
    for gi, g in enumerate(gold):
        gold_by_doc[g.doc_id].append(gi)
    gold_spans = [merge_spans(g.content) for g in gold]
    pairs: list[Pair] = []
    pred_by_doc: dict[str, list[int]] = defaultdict(list)
    for pi, p in enumerate(predicted):
        pred_by_doc[p.doc_id].append(pi)
    for doc_id, pred_ids in pred_by_doc.items():
        pred_spans = {pi: merge_spans(predicted[pi].content) for pi in pred_ids}
        candidates: list[tuple[int, float, int, int]] = []
        for gi in gold_by_doc.get(doc_id, ()):
            for pi in pred_ids:
                overlap = span_overlap(gold_spans[gi], pred_spans[pi])
                if overlap:
                    longest = max(span_length(gold_spans[gi]), span_length(pred_spans[pi]))
                    candidates.append((overlap, overlap / longest, gi, pi))
        candidates.sort(key=lambda c: (-c[0], -c[1], c[2], c[3]))
        used_gold: set[int] = set()
        used_pred: set[int] = set()
        for overlap, ratio, gi, pi in candidates:
            if gi in used_gold or pi in used_pred:
                continue
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append(Pair(gi, pi, overlap, ratio, _speaker_overlaps(gold[gi], predicted[pi])))
    pairs.sort(key=lambda p: (p.gold, p.pred))
    return pairs


def _speaker_overlaps(gold: GoldAttribution, pred: PredictedAttribution) -> bool:
    if pred.mention is None or not gold.source:
        return False
    return span_overlap(merge_spans(gold.source), merge_spans([pred.mention])) > 0


def score(
    gold: Iterable[GoldAttribution],
    predicted: Iterable[PredictedAttribution],
    *,
    thresholds: Sequence[float] = DEFAULT_THRESHOLDS,
) -> Scores:
    """Score ``predicted`` against ``gold`` by the project's protocol (see the module docstring).

    >>> g = [GoldAttribution("d", "E1", ((0, 10),), source=((20, 23),))]
    >>> p = [PredictedAttribution("d", ((0, 9),), mention=(20, 22))]
    >>> s = score(g, p).at(0.8)
    >>> (s.precision, s.recall, s.speaker_accuracy)
    (1.0, 1.0, 1.0)
    """
    gold_list = list(gold)
    pred_list, dropped = dedupe_statements(predicted)
    pairs = pair_greedily(gold_list, pred_list)
    by_threshold = tuple(_count_at(t, gold_list, pred_list, pairs) for t in thresholds)
    return Scores(
        thresholds=tuple(thresholds),
        by_threshold=by_threshold,
        gold=tuple(gold_list),
        predicted=tuple(pred_list),
        pairs=tuple(pairs),
        duplicates_dropped=dropped,
    )


def _count_at(
    threshold: float,
    gold: Sequence[GoldAttribution],
    predicted: Sequence[PredictedAttribution],
    pairs: Sequence[Pair],
) -> ThresholdScores:
    matched = [p for p in pairs if counts_at(p.ratio, threshold)]
    with_source = [p for p in matched if gold[p.gold].source]
    return ThresholdScores(
        threshold=threshold,
        gold=len(gold),
        predicted=len(predicted),
        gold_quote=sum(g.is_quote for g in gold),
        matched_gold=len(matched),
        matched_pred=len(matched),
        matched_quote=sum(gold[p.gold].is_quote for p in matched),
        speaker_pairs=len(with_source),
        speaker_correct=sum(p.speaker_overlaps for p in with_source),
    )


# ---------------------------------------------------------------------------------------------
# Breakdowns: where recall and precision are lost


def _matched_sets(scores: Scores) -> list[tuple[set[int], set[int]]]:
    """Per threshold: the matched gold indices and the matched prediction indices."""
    return [
        (
            {p.gold for p in scores.pairs if counts_at(p.ratio, t)},
            {p.pred for p in scores.pairs if counts_at(p.ratio, t)},
        )
        for t in scores.thresholds
    ]


def _breakdown(
    keys: Sequence[str], matched: list[set[int]], *, top: int | None
) -> tuple[BreakdownRow, ...]:
    counts = Counter(keys)
    hits: dict[str, list[int]] = {k: [0] * len(matched) for k in counts}
    for index, key in enumerate(keys):
        for ti, matched_ids in enumerate(matched):
            if index in matched_ids:
                hits[key][ti] += 1
    ordered = sorted(counts, key=lambda k: (-counts[k], k))
    if top is not None:
        ordered = ordered[:top]
    return tuple(BreakdownRow(k, counts[k], tuple(hits[k])) for k in ordered)


def _cue_key(text: str) -> str:
    return " ".join(text.lower().split()) or NO_CUE


def recall_by(scores: Scores, key: str, *, top: int | None = None) -> tuple[BreakdownRow, ...]:
    """Recall of gold grouped by ``cue`` (the cue words, lower-cased), ``content_type`` or
    ``source_type``, largest groups first."""
    getters: dict[str, Callable[[GoldAttribution], str]] = {
        "cue": lambda g: _cue_key(g.cue_text),
        "content_type": lambda g: g.content_type or "(none)",
        "source_type": lambda g: g.source_type or "(none)",
    }
    if key not in getters:
        raise ValueError(f"recall_by: unknown key {key!r}; use one of {sorted(getters)}")
    keys = [getters[key](g) for g in scores.gold]
    return _breakdown(keys, [m[0] for m in _matched_sets(scores)], top=top)


def precision_by(scores: Scores, key: str, *, top: int | None = None) -> tuple[BreakdownRow, ...]:
    """Precision of predictions grouped by ``cue`` (lower-cased cue words) or ``kind``."""
    getters: dict[str, Callable[[PredictedAttribution], str]] = {
        "cue": lambda p: _cue_key(p.cue_text),
        "kind": lambda p: p.kind or "(none)",
    }
    if key not in getters:
        raise ValueError(f"precision_by: unknown key {key!r}; use one of {sorted(getters)}")
    keys = [getters[key](p) for p in scores.predicted]
    return _breakdown(keys, [m[1] for m in _matched_sets(scores)], top=top)


def misses(
    scores: Scores, *, threshold: float
) -> list[tuple[GoldAttribution, PredictedAttribution | None, float]]:
    """Gold not matched at ``threshold``, each with the prediction it was paired with (if any)
    and that pair's ratio."""
    by_gold = {p.gold: p for p in scores.pairs}
    out = []
    for gi, g in enumerate(scores.gold):
        pair = by_gold.get(gi)
        if pair is None or not counts_at(pair.ratio, threshold):
            out.append((g, scores.predicted[pair.pred] if pair else None, pair.ratio if pair else 0.0))
    return out


def false_hits(
    scores: Scores, *, threshold: float
) -> list[tuple[PredictedAttribution, GoldAttribution | None, float]]:
    """Predictions not matched at ``threshold``, each with the gold it was paired with (if any)."""
    by_pred = {p.pred: p for p in scores.pairs}
    out = []
    for pi, pred in enumerate(scores.predicted):
        pair = by_pred.get(pi)
        if pair is None or not counts_at(pair.ratio, threshold):
            out.append((pred, scores.gold[pair.gold] if pair else None, pair.ratio if pair else 0.0))
    return out


# ---------------------------------------------------------------------------------------------
# PolNeAR


@dataclass(frozen=True, slots=True)
class PolnearSplit:
    """A PolNeAR split: article texts by ``doc_id`` (file order) and the scorable gold."""

    texts: dict[str, str]
    gold: tuple[GoldAttribution, ...]
    gold_skipped: int
    """Gold records with no content span: nothing to match, so left out of every measure."""


_POLNEAR_MISSING = (
    "PolNeAR file not found; point to a folder holding <split>.docs.jsonl and "
    "<split>.attributions.jsonl"
)


def read_jsonl(path: Path, *, missing: str = _POLNEAR_MISSING) -> Iterator[tuple[int, dict]]:
    """``(line number, object)`` for each non-blank line; :class:`InputError` names a bad line.

    ``missing`` is the message when the file does not exist.
    """
    if not path.is_file():
        raise InputError(missing, path=str(path))
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(
                    f"not valid JSON ({exc.msg}); fix or remove the line", path=str(path), line=number
                ) from exc
            if not isinstance(record, dict):
                raise InputError("expected a JSON object on each line", path=str(path), line=number)
            yield number, record


def _spans(value: object) -> Spans:
    if not value:
        return ()
    return tuple((int(s["start"]), int(s["end"])) for s in value)  # type: ignore[union-attr]


def _span_text(value: object) -> str:
    if not value:
        return ""
    return " … ".join(str(s.get("text", "")) for s in value)  # type: ignore[union-attr]


def gold_from_record(record: Mapping[str, object]) -> GoldAttribution:
    """A :class:`GoldAttribution` from one PolNeAR attribution record (content may be empty)."""
    return GoldAttribution(
        doc_id=str(record["doc_id"]),
        attr_id=str(record.get("attr_id", "")),
        content=_spans(record.get("content")),
        source=_spans(record.get("source")),
        cue=_spans(record.get("cue")),
        content_type=record.get("content_type_heuristic"),  # type: ignore[arg-type]
        source_type=record.get("source_type_heuristic"),  # type: ignore[arg-type]
        content_text=_span_text(record.get("content")),
        source_text=_span_text(record.get("source")),
        cue_text=_span_text(record.get("cue")),
    )


def load_polnear(docs_path: str | Path, attributions_path: str | Path) -> PolnearSplit:
    """Read a PolNeAR split. Raises :class:`InputError` naming the file and line of a bad record."""
    docs_path, attributions_path = Path(docs_path), Path(attributions_path)
    texts: dict[str, str] = {}
    for number, record in read_jsonl(docs_path):
        if "doc_id" not in record or not isinstance(record.get("text"), str):
            raise InputError(
                "a document record needs 'doc_id' and 'text'", path=str(docs_path), line=number
            )
        texts[str(record["doc_id"])] = record["text"]
    gold: list[GoldAttribution] = []
    skipped = 0
    for number, record in read_jsonl(attributions_path):
        try:
            item = gold_from_record(record)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise InputError(
                f"an attribution record needs 'doc_id' and spans of {{start, end}} ({exc!r})",
                path=str(attributions_path),
                line=number,
            ) from exc
        if item.doc_id not in texts:
            raise InputError(
                f"doc_id {item.doc_id!r} is not in {docs_path.name}; are the two files from one split?",
                path=str(attributions_path),
                line=number,
            )
        if not item.content:
            skipped += 1
            continue
        gold.append(item)
    return PolnearSplit(texts=texts, gold=tuple(gold), gold_skipped=skipped)


def polnear_paths(split: str | Path = "dev") -> tuple[Path, Path]:
    """The docs and attributions files of ``split``.

    ``split`` is a split name under :data:`analysis.config.POLNEAR_DIR` (``"dev"``, ``"train"``),
    a path prefix (``…/polnear/dev``), or a folder (its ``dev`` split).
    """
    path = Path(split)
    if str(split) in ("dev", "train", "test") and not path.exists():
        path = POLNEAR_DIR / str(split)
    elif path.is_dir():
        path = path / "dev"
    return path.parent / f"{path.name}.docs.jsonl", path.parent / f"{path.name}.attributions.jsonl"


def predicted_from_attributions(
    attributions: Iterable[Attribution], *, doc_id: str | None = None
) -> list[PredictedAttribution]:
    """The scorer's view of the project's :class:`Attribution` records (order kept, no dedupe)."""
    out = []
    for a in attributions:
        mention = _optional_span(a.mention_start, a.mention_end)
        cue = _optional_span(a.cue_start, a.cue_end)
        out.append(
            PredictedAttribution(
                doc_id=doc_id if doc_id is not None else a.article_id,
                content=tuple(a.content_spans),
                mention=mention,
                cue=cue,
                statement=a.statement,
                speaker=a.speaker,
                kind=a.kind,
                content_text=a.content,
                cue_text=a.cue or "",
                mention_text=a.mention or "",
            )
        )
    return out


def _optional_span(start: int | None, end: int | None) -> Span | None:
    return (start, end) if start is not None and end is not None else None


def default_predict(doc_id: str, text: str) -> list[Attribution]:
    """The project's pipeline: segment the article, then find its attributions."""
    # Imported here so the scorer works (and is testable) without the pipeline stages.
    from analysis.attribute import attribute
    from analysis.segment import segment

    return list(attribute(segment(Article(id=doc_id, text=text))))


def evaluate_polnear(
    split: str | Path = "dev",
    *,
    predict: Predict | None = None,
    limit: int | None = None,
    thresholds: Sequence[float] = DEFAULT_THRESHOLDS,
) -> Scores:
    """Run ``predict(doc_id, text)`` over a PolNeAR split (its first ``limit`` articles) and score it.

    ``split`` is as for :func:`polnear_paths`. The returned :class:`Scores` also carries the words
    read and the seconds spent inside ``predict`` (``words_per_second``) and the article texts (for
    :func:`format_scores` samples).
    """
    predict = predict or default_predict
    data = load_polnear(*polnear_paths(split))
    doc_ids = list(data.texts)[: limit if limit is not None else None]
    chosen = set(doc_ids)
    predicted: list[PredictedAttribution] = []
    seconds, words = 0.0, 0
    for doc_id in doc_ids:
        text = data.texts[doc_id]
        started = time.perf_counter()
        try:
            attributions = predict(doc_id, text)
        except Exception as exc:
            exc.add_note(f"while predicting PolNeAR article {doc_id!r}")
            raise
        seconds += time.perf_counter() - started
        words += len(text.split())
        predicted.extend(predicted_from_attributions(attributions, doc_id=doc_id))
    gold = [g for g in data.gold if g.doc_id in chosen]
    scores = score(gold, predicted, thresholds=thresholds)
    return replace(
        scores,
        gold_skipped=data.gold_skipped,
        words=words,
        predict_seconds=seconds,
        texts={d: data.texts[d] for d in doc_ids},
    )


# ---------------------------------------------------------------------------------------------
# Report


def _clip(text: str, width: int) -> str:
    text = re.sub(r"\s+", " ", text)
    return text if len(text) <= width else text[: width - 1] + "…"


def _context(texts: Mapping[str, str], doc_id: str, spans: Spans, *, width: int = 60) -> str:
    text = texts.get(doc_id)
    if text is None or not spans:
        return ""
    start, end = spans[0][0], spans[-1][1]
    before = text[max(0, start - width) : start]
    after = text[end : end + width]
    return f"…{_clip(before, width)}[[{_clip(text[start:end], 160)}]]{_clip(after, width)}…"


def _table(
    title: str, rows: Sequence[BreakdownRow], thresholds: Sequence[float], label: str
) -> list[str]:
    head = f"  {title:<28} {'n':>6} " + " ".join(f"{label}@{t:g}".rjust(10) for t in thresholds)
    lines = [head]
    for row in rows:
        rates = " ".join(f"{row.rate(i):>10.2f}" for i in range(len(thresholds)))
        lines.append(f"  {_clip(row.key, 28):<28} {row.n:>6} {rates}")
    return lines


def format_scores(scores: Scores, *, samples: int = 10, seed: int = 0, top: int = 25) -> str:
    """A readable report: the headline table, breakdowns, and ``samples`` misses and false hits
    (drawn at the lenient threshold with a fixed seed, so two runs print the same ones)."""
    lines = [
        f"gold {len(scores.gold)}  predicted {len(scores.predicted)}"
        f"  (joint-speaker duplicates dropped {scores.duplicates_dropped},"
        f" gold without content left out {scores.gold_skipped})",
        "",
        f"  {'t':>4} {'precision':>10} {'recall':>8} {'quote rec':>10} {'F1':>6} {'speaker':>8}"
        f" {'pairs':>6} {'w/ src':>7}",
    ]
    for s in scores.by_threshold:
        lines.append(
            f"  {s.threshold:>4g} {s.precision:>10.3f} {s.recall:>8.3f} {s.quote_recall:>10.3f}"
            f" {s.f1:>6.3f} {s.speaker_accuracy:>8.3f} {s.matched_gold:>6} {s.speaker_pairs:>7}"
        )
    if scores.words_per_second is not None:
        lines.append(
            f"\n  predict: {scores.words} words in {scores.predict_seconds:.2f} s"
            f" = {scores.words_per_second:,.0f} words/s"
        )
    t = scores.thresholds
    sections = [
        ("recall by gold cue", recall_by(scores, "cue", top=top), "rec"),
        ("recall by gold content type", recall_by(scores, "content_type"), "rec"),
        ("recall by gold source type", recall_by(scores, "source_type"), "rec"),
        ("precision by predicted cue", precision_by(scores, "cue", top=top), "prec"),
        ("precision by predicted kind", precision_by(scores, "kind"), "prec"),
    ]
    for title, rows, label in sections:
        lines.append("")
        lines.extend(_table(title, rows, t, label))
    if samples and scores.thresholds:
        lines.extend(_samples(scores, samples=samples, seed=seed))
    return "\n".join(lines)


def _samples(scores: Scores, *, samples: int, seed: int) -> list[str]:
    lenient = min(scores.thresholds)
    rng = random.Random(seed)
    missed = misses(scores, threshold=lenient)
    lines = ["", f"sample of misses at t={lenient:g} ({len(missed)} in all):"]
    for g, pred, ratio in rng.sample(missed, min(samples, len(missed))):
        lines.append(f"- {g.doc_id} {g.attr_id} [{g.content_type}/{g.source_type}]")
        source, cue = _clip(g.source_text, 60) or "-", _clip(g.cue_text, 40) or "-"
        lines.append(f"    source: {source} | cue: {cue}")
        context = _context(scores.texts, g.doc_id, merge_spans(g.content))
        lines.append(f"    {context or _clip(g.content_text, 200)}")
        if pred is not None:
            lines.append(
                f"    paired below threshold (ratio {ratio:.2f}) with: {_clip(pred.content_text, 120)}"
            )
    wrong = false_hits(scores, threshold=lenient)
    lines += ["", f"sample of false hits at t={lenient:g} ({len(wrong)} in all):"]
    for p, g, ratio in rng.sample(wrong, min(samples, len(wrong))):
        lines.append(
            f"- {p.doc_id} [{p.kind}] speaker: {p.speaker or '-'} | mention: {p.mention_text or '-'}"
            f" | cue: {p.cue_text or '-'}"
        )
        context = _context(scores.texts, p.doc_id, merge_spans(p.content))
        lines.append(f"    {context or _clip(p.content_text, 200)}")
        if g is not None:
            lines.append(
                f"    paired below threshold (ratio {ratio:.2f}) with gold {g.attr_id}:"
                f" {_clip(g.content_text, 120)}"
            )
    return lines
