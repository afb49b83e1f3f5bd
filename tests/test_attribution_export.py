from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest

from analysis import config
from analysis.attribution_export import export_attributions
from analysis.errors import InputError

COLUMNS = ["article_id", "speaker", "speaker_type", "mention_start", "mention_end", "cue_start", "cue_end",
           "content_start", "content_end", "kind", "content"]


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet"])
def test_export_writes_one_record_per_content_span_with_offsets(tmp_path, suffix):
    out = tmp_path / f"attributions{suffix}"
    result = export_attributions(config.SAMPLE_ARTICLE, out=out)
    table = {".jsonl": lambda p: pd.read_json(p, lines=True), ".csv": pd.read_csv, ".parquet": pd.read_parquet}[suffix](out)
    assert set(COLUMNS) <= set(table.columns)
    assert result.records == len(table) >= 10
    text = config.SAMPLE_ARTICLE.read_text(encoding="utf-8")
    for row in table.itertuples():
        assert text[int(row.content_start):int(row.content_end)] == row.content


def test_export_of_a_corpus_skips_a_broken_record_and_reports_it(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps({"id": "a", "text": '"We won," the mayor said.'}) + "\n{not json\n"
        + json.dumps({"id": "b", "text": "Police said two men were arrested."}) + "\n",
        encoding="utf-8",
    )
    result = export_attributions(corpus, out=tmp_path / "out.csv")
    assert result.articles == 2 and len(result.failures) == 1
    assert "corpus.jsonl:2" in result.failures[0]
    assert set(pd.read_csv(tmp_path / "out.csv")["article_id"]) == {"a", "b"}


def test_export_rejects_unknown_output_format(tmp_path):
    with pytest.raises(InputError, match="out.xlsx"):
        export_attributions(config.SAMPLE_ARTICLE, out=tmp_path / "out.xlsx")


def test_attributions_command_exit_status_says_some_failed(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "x"}\n' + json.dumps({"id": "y", "text": "Police said so."}) + "\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "analysis", "attributions", str(corpus), "--out", str(tmp_path / "o.jsonl")],
                          capture_output=True, text=True, cwd=config.ROOT)
    assert proc.returncode == 1, proc.stderr
    assert "c.jsonl:1" in proc.stderr and "text" in proc.stderr
