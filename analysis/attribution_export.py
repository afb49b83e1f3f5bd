"""Attribution records for an article or a corpus, written as one table (JSONL, CSV or Parquet)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.actors import load_actors
from analysis.attribute import attribute
from analysis.errors import InputError
from analysis.export import write_table
from analysis.load import LoadFailure, iter_input
from analysis.segment import segment
from analysis.models import ArticleAnalysis
from analysis.tables import attributions_table

SUFFIXES = (".jsonl", ".csv", ".parquet")


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    articles: int
    records: int
    failures: tuple[str, ...]


def export_attributions(
    input_path: str | Path, *, out: str | Path, actors: str | Path | None = None
) -> ExportResult:
    """Find the attributions of every article in ``input_path`` and write them to ``out``.

    An article that cannot be read or analysed is reported in ``failures`` and the rest go on.
    """
    out = Path(out)
    if out.suffix.lower() not in SUFFIXES:
        raise InputError(f"output must end in {', '.join(SUFFIXES)}", path=str(out))
    actor_list = load_actors(actors)
    frames = []
    failures: list[str] = []
    articles = 0
    for item in iter_input(input_path):
        if isinstance(item, LoadFailure):
            failures.append(str(item))
            continue
        articles += 1
        try:
            doc = segment(item)
            records = tuple(attribute(doc, actors=actor_list))
            frames.append(attributions_table([ArticleAnalysis(doc, records, (), ())]))
        except Exception as exc:  # one broken article must not sink the run
            failures.append(f"{item.source or item.id}: {type(exc).__name__}: {exc}")
    table = pd.concat(frames, ignore_index=True) if frames else attributions_table([])
    write_table(table, out)
    return ExportResult(path=out, articles=articles, records=len(table), failures=tuple(failures))
