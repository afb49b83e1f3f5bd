"""Score the resolved speaker names against hand-labelled PolNeAR mentions.

PolNeAR marks *where* each source is named ("he", "Trump"), not *who* it is. The label file
(``tests/data/polnear_train_resolved_names.jsonl``, described in ``tests/data/README.md``) gives,
for pronoun and bare-surname sources of PolNeAR train, the full name of the person or
organisation meant, labelled by hand by reading each article. Scoring, per label:

* The project's attributions are computed for the article; the one whose mention span overlaps
  the labelled source span is taken (the largest overlap if several, the first on a tie). None
  overlapping: the label is *not found*.
* A found label is *right* when the attribution's resolved ``speaker`` names the same entity
  (:func:`same_entity`).

Accuracy is reported over all labels (a label not found counts as wrong) and over found labels,
on all labels and by source kind (``pronoun`` / ``surname``). A third figure scores resolution
alone on every label: the labelled span itself is resolved as a speaker phrase in its article
(:func:`analysis.attribute.resolve_mentions`), whether or not the project finds a cue for it
("he pleaded guilty" is an action, not a statement, and is not attributed).

>>> same_entity("Donald Trump", "Mr. Trump"), same_entity("Donald Trump", "Melania Trump")
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from analysis.config import ROOT
from analysis.errors import InputError
from analysis.evaluate import Predict, default_predict, load_polnear, polnear_paths, rate, read_jsonl
from analysis.models import Article, Attribution

Resolve = Callable[[str, str, list[tuple[int, int]]], list[str]]
"""``resolve(doc_id, text, spans)``: the name each span of the article resolves to."""

RESOLVED_NAMES_LABELS = ROOT / "tests" / "data" / "polnear_train_resolved_names.jsonl"
SOURCE_KINDS: tuple[str, ...] = ("pronoun", "surname")
LABEL_FIELDS: tuple[str, ...] = (
    "doc_id", "attr_id", "source_start", "source_end", "source_kind", "name",
)

# A name loses everything up to its last title word ("Vice President", "Treasury Secretary").
TITLES: frozenset[str] = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "rev", "reverend", "sir", "dame",
    "lord", "lady", "sen", "senator", "rep", "representative", "congressman", "congresswoman",
    "gov", "governor", "lt", "president", "pres", "vice", "secretary", "sec", "gen", "general",
    "col", "maj", "capt", "adm", "judge", "justice", "chief", "mayor", "speaker", "minister",
    "prime", "ambassador", "attorney", "chairman", "chairwoman", "leader", "former",
})
# Dropped from the end of a name ("Joseph R. Biden Jr.").
SUFFIXES: frozenset[str] = frozenset({"jr", "sr", "ii", "iii", "iv"})


# ---------------------------------------------------------------------------------------------
# Records


@dataclass(frozen=True, slots=True)
class NameLabel:
    """One hand-labelled source mention: ``[source_start, source_end)`` names ``name``."""

    doc_id: str
    attr_id: str
    source_start: int
    source_end: int
    source_kind: str
    """``pronoun`` (he, she, they, him, her, his) or ``surname`` (one capitalised family name)."""
    name: str


@dataclass(frozen=True, slots=True)
class NameResult:
    """One label and what the pipeline made of its mention (``predicted`` is None: not found)."""

    label: NameLabel
    predicted: str | None = None
    mention: str | None = None
    mention_span: tuple[int, int] | None = None
    right: bool = False
    given: str | None = None
    """The labelled span resolved as a speaker phrase (None: not asked)."""
    given_right: bool = False

    @property
    def found(self) -> bool:
        return self.predicted is not None


@dataclass(frozen=True, slots=True)
class NameCounts:
    """Counts of one group of labels; rates are 0.0 when their denominator is 0."""

    kind: str
    labelled: int
    found: int
    right: int
    given_right: int = 0

    @property
    def accuracy(self) -> float:
        """Right over all labels: a mention the pipeline did not attribute counts as wrong."""
        return rate(self.right, self.labelled)

    @property
    def found_accuracy(self) -> float:
        """Right over found labels."""
        return rate(self.right, self.found)

    @property
    def given_accuracy(self) -> float:
        """Right over all labels when the labelled span itself is resolved: resolution alone."""
        return rate(self.given_right, self.labelled)


@dataclass(frozen=True, slots=True)
class NameScores:
    """Every label's result, in label-file order."""

    results: tuple[NameResult, ...]

    def counts(self, kind: str | None = None) -> NameCounts:
        """Counts over all labels (``kind`` None) or over one source kind."""
        rows = [r for r in self.results if kind is None or r.label.source_kind == kind]
        return NameCounts(
            kind=kind or "all",
            labelled=len(rows),
            found=sum(r.found for r in rows),
            right=sum(r.right for r in rows),
            given_right=sum(r.given_right for r in rows),
        )

    @property
    def labelled(self) -> int:
        return len(self.results)

    @property
    def found(self) -> int:
        return self.counts().found

    @property
    def right(self) -> int:
        return self.counts().right

    @property
    def accuracy(self) -> float:
        return self.counts().accuracy

    @property
    def found_accuracy(self) -> float:
        return self.counts().found_accuracy

    @property
    def given_accuracy(self) -> float:
        return self.counts().given_accuracy

    @property
    def by_kind(self) -> tuple[NameCounts, ...]:
        return tuple(self.counts(kind) for kind in SOURCE_KINDS)

    @property
    def wrong(self) -> tuple[NameResult, ...]:
        """Found labels whose resolved name is another entity."""
        return tuple(r for r in self.results if r.found and not r.right)

    @property
    def not_found(self) -> tuple[NameResult, ...]:
        return tuple(r for r in self.results if not r.found)

    @property
    def given_wrong(self) -> tuple[NameResult, ...]:
        """Labels whose span, resolved itself, names another entity."""
        return tuple(r for r in self.results if r.given is not None and not r.given_right)


# ---------------------------------------------------------------------------------------------
# Name matching


def name_tokens(name: str) -> tuple[str, ...]:
    """``name`` lower-cased, without titles, a leading "the", a final "Jr."/"III" or a possessive.

    >>> name_tokens("Vice President Joseph R. Biden Jr.")
    ('joseph', 'r', 'biden')
    >>> name_tokens("the F.B.I.")
    ('fbi',)
    """
    words = [w.strip(".,;:()\"“”'‘’") for w in name.replace("’", "'").split()]
    words = [re.sub(r"'s$", "", w).replace(".", "").lower() for w in words]
    words = [w for w in words if w]
    if len(words) > 1 and words[0] == "the":
        words.pop(0)
    # A title phrase before the name goes whole: "Treasury Secretary", "Secretary of State".
    titled = [i for i, w in enumerate(words[:-1]) if w in TITLES]
    if titled:
        words = words[titled[-1] + 1:]
        if len(words) > 2 and words[0] == "of":
            words = words[2:]
    while len(words) > 1 and words[-1] in SUFFIXES:
        words.pop()
    return tuple(words)


def _first_names_agree(a: str, b: str) -> bool:
    # An initial agrees with a first name it could stand for ("J." and "James").
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return a == b


def same_entity(label: str, predicted: str) -> bool:
    """Whether ``predicted`` names the entity of the hand label ``label``.

    Case-insensitive, after :func:`name_tokens`: the names are equal, or the label's family
    name (last word) is the prediction's last word and either side has no first name or the
    first names agree.

    >>> same_entity("James Comey", "Mr. Comey"), same_entity("FBI", "the FBI")
    (True, True)
    >>> same_entity("Hillary Clinton", "Bill Clinton")
    False
    """
    a, b = name_tokens(label), name_tokens(predicted)
    if not a or not b:
        return False
    if a == b:
        return True
    if a[-1] != b[-1]:
        return False
    if len(a) == 1 or len(b) == 1:
        return True
    return _first_names_agree(a[0], b[0])


# ---------------------------------------------------------------------------------------------
# Labels


def load_name_labels(path: str | Path = RESOLVED_NAMES_LABELS) -> tuple[NameLabel, ...]:
    """The labels of ``path`` (JSON Lines). Raises :class:`InputError` naming a bad line."""
    path = Path(path)
    return tuple(
        _label_from_record(record, path=path, line=number)
        for number, record in read_jsonl(path, missing="label file not found")
    )


def _label_from_record(record: object, *, path: Path, line: int) -> NameLabel:
    if not isinstance(record, dict):
        raise InputError("expected a JSON object on each line", path=str(path), line=line)
    missing = [f for f in LABEL_FIELDS if f not in record]
    if missing:
        raise InputError(f"missing field(s) {', '.join(missing)}; every label needs "
                         f"{', '.join(LABEL_FIELDS)}", path=str(path), line=line)
    start, end = record["source_start"], record["source_end"]
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
        raise InputError(f"source_start/source_end must be integers with 0 <= start < end, "
                         f"got {start!r}, {end!r}", path=str(path), line=line)
    if record["source_kind"] not in SOURCE_KINDS:
        raise InputError(f"source_kind must be one of {', '.join(SOURCE_KINDS)}, "
                         f"got {record['source_kind']!r}", path=str(path), line=line)
    if not isinstance(record["name"], str) or not record["name"].strip():
        raise InputError("name must be a non-empty string", path=str(path), line=line)
    return NameLabel(
        doc_id=str(record["doc_id"]),
        attr_id=str(record["attr_id"]),
        source_start=start,
        source_end=end,
        source_kind=record["source_kind"],
        name=record["name"],
    )


# ---------------------------------------------------------------------------------------------
# Scoring


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def result_for(label: NameLabel, attributions: Iterable[Attribution]) -> NameResult:
    """The label scored against one article's attributions (see the module docstring)."""
    span = (label.source_start, label.source_end)
    best: Attribution | None = None
    best_overlap = 0
    for a in attributions:
        if a.mention_start is None or a.mention_end is None:
            continue
        overlap = _overlap(span, (a.mention_start, a.mention_end))
        if overlap > best_overlap:
            best, best_overlap = a, overlap
    if best is None:
        return NameResult(label=label)
    return NameResult(
        label=label,
        predicted=best.speaker,
        mention=best.mention,
        mention_span=(best.mention_start, best.mention_end),  # type: ignore[arg-type]
        right=same_entity(label.name, best.speaker),
    )


def score_names(
    labels: Sequence[NameLabel], attributions: Mapping[str, Sequence[Attribution]],
    given: Mapping[tuple[str, int, int], str] | None = None,
) -> NameScores:
    """Score ``labels`` against attributions by ``doc_id`` (a document absent: none found), and
    against ``given``, the name each labelled span resolves to by ``(doc_id, start, end)``."""
    results = []
    for label in labels:
        result = result_for(label, attributions.get(label.doc_id, ()))
        name = (given or {}).get((label.doc_id, label.source_start, label.source_end))
        if name is not None:
            result = replace(result, given=name, given_right=same_entity(label.name, name))
        results.append(result)
    return NameScores(results=tuple(results))


def resolve_labelled(doc_id: str, text: str, spans: list[tuple[int, int]]) -> list[str]:
    """The project's resolution of each span of one article as a speaker phrase."""
    # Imported here so the scorer works (and is testable) without the pipeline stages.
    from analysis.attribute import resolve_mentions
    from analysis.segment import segment

    return [name for name, _, _ in resolve_mentions(segment(Article(id=doc_id, text=text)), spans)]


def score_resolved_names(
    labels_path: str | Path = RESOLVED_NAMES_LABELS,
    *,
    split: str | Path = "train",
    predict: Predict | None = None,
    resolve: Resolve | None = resolve_labelled,
) -> NameScores:
    """Run the pipeline (or ``predict(doc_id, text)``) on each labelled article and score it.

    ``resolve(doc_id, text, spans)`` gives the name each labelled span resolves to (None: that
    figure is not computed). ``split`` names the PolNeAR split the labels' ``doc_id`` come from (see
    :func:`analysis.evaluate.polnear_paths`). Raises :class:`InputError` where a label's article
    is not in the split or its span falls outside the article.
    """
    labels = load_name_labels(labels_path)
    texts = load_polnear(*polnear_paths(split)).texts
    for label in labels:
        text = texts.get(label.doc_id)
        if text is None:
            raise InputError(f"doc_id {label.doc_id!r} is not in PolNeAR {split}; are the labels "
                             "of another split?", path=str(labels_path))
        if label.source_end > len(text):
            raise InputError(f"{label.doc_id} {label.attr_id}: span ends at {label.source_end}, "
                             f"past the article's {len(text)} characters", path=str(labels_path))
    run = predict or default_predict
    doc_ids = list(dict.fromkeys(label.doc_id for label in labels))
    predictions = {doc_id: run(doc_id, texts[doc_id]) for doc_id in doc_ids}
    given: dict[tuple[str, int, int], str] = {}
    for doc_id in doc_ids if resolve is not None else ():
        spans = [(lb.source_start, lb.source_end) for lb in labels if lb.doc_id == doc_id]
        for span, name in zip(spans, resolve(doc_id, texts[doc_id], spans), strict=True):
            given[(doc_id, *span)] = name
    return score_names(labels, predictions, given)


# ---------------------------------------------------------------------------------------------
# Presentation


def format_name_scores(scores: NameScores, *, wrong: int | None = None) -> str:
    """The table by source kind, then the wrong resolutions and the mentions not found.

    ``wrong`` caps how many of each list are printed (None: all).
    """
    lines = [f"{'':<9}{'labelled':>9}{'found':>7}{'right':>7}{'accuracy':>10}{'of found':>10}"
             f"{'labelled span':>15}"]
    for row in (*scores.by_kind, scores.counts()):
        lines.append(f"{row.kind:<9}{row.labelled:>9}{row.found:>7}{row.right:>7}"
                     f"{row.accuracy:>10.3f}{row.found_accuracy:>10.3f}{row.given_accuracy:>15.3f}")
    lines += ["", "accuracy: the attribution found for the label names its entity (not found: wrong);",
              "labelled span: the labelled mention itself, resolved as a speaker phrase."]
    for title, rows in (("Wrong", scores.wrong), ("Not found", scores.not_found),
                        ("Labelled span resolved wrong", scores.given_wrong)):
        shown = rows if wrong is None else rows[:wrong]
        cut = "" if len(shown) == len(rows) else f", first {len(shown)}"
        lines += ["", f"{title} ({len(rows)}{cut}):"]
        for r in shown:
            lb = r.label
            where = f"{lb.doc_id} {lb.attr_id} [{lb.source_start},{lb.source_end}) {lb.source_kind}"
            if title.startswith("Labelled"):
                lines.append(f"  {where}: label {lb.name!r}, resolved {r.given!r}")
            elif r.found:
                lines.append(f"  {where}: label {lb.name!r}, predicted {r.predicted!r} "
                             f"(mention {r.mention!r} at {list(r.mention_span or ())})")
            else:
                lines.append(f"  {where}: label {lb.name!r}")
    return "\n".join(lines)
