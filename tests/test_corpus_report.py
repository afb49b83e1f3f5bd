"""The outlet comparison: the corpus notebook run end to end by papermill and rendered to HTML."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis import config, corpus_present
from analysis.errors import ParameterError, ReportError
from analysis.report import report_name, run_report
from tests.test_compare import corpus_tables
from tests.test_report import _parse

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("report")]

CHARTS = tuple(corpus_present.CHARTS)
TABLES = ("coverage", "outlets", "outlet_names", "outlet_periods", "share_of_voice", "top_speakers",
          "tone_by_type", "frame_rates", "frame_rates_over_time", "label_words", "kwic_sample")

# Three outlets, each under several spellings the shipped alias table merges (or that differ only
# in spacing), dates in five formats, and stories written from three templates.
OUTLETS = {
    "Breitbart": ["Breitbart", "breitbart.com", "Breitbart News"],
    "Politico": ["POLITICO", "politico.com", "Politico"],
    "<b>Herald</b>": ["<b>Herald</b>", " <b>Herald</b> "],
}
DATES = ["2016-03-{d:02d}", "Mar {d}, 2016", "{d} March 2016", "{d:02d}/03/2016", "2016-03-{d:02d}T10:00:00+02:00"]
STORIES = [
    ("Rebels retreat from {town}",
     '{town} fell on Sunday. "The militants have been driven out and we will rebuild," the governor '
     "said.\n\nThe Syrian Observatory for Human Rights said 12 fighters were killed in airstrikes. "
     "Rebels said the assault was a massacre."),
    ("Terrorists flee {town}",
     'Government forces recaptured {town}, state media said. "This is a great victory against the '
     'terrorists," President Bashar Assad said.\n\nActivists said civilians were displaced by the shelling.'),
    ("Fighting in {town}",
     'Jihadists attacked {town} overnight, according to the army. "We lost many of our brothers," a '
     "rebel commander told reporters.\n\nThe offensive continues, officials said."),
]
TOWNS = ("Palmyra", "Aleppo", "Homs", "Raqqa")
HOSTILE_TITLE = '<script>alert("title")</script> Town falls'


def write_corpus(path: Path, *, n: int = 30) -> Path:
    """``n`` short articles from the templates, one record without a date, one without an outlet,
    one with markup in its title, and one record cut short."""
    names = list(OUTLETS)
    lines = []
    for i in range(n):
        outlet = names[i % 3]
        title, body = STORIES[(i // 3) % 3]
        town = TOWNS[(i * 7) % 4]
        record = {
            "id": f"a{i:02d}",
            "title": HOSTILE_TITLE if i == 4 else title.format(town=town),
            "text": title.format(town=town) + "\n\n" + body.format(town=town),
            "outlet": OUTLETS[outlet][(i // 3) % len(OUTLETS[outlet])],
            "date": DATES[i % len(DATES)].format(d=1 + i % 28),
        }
        if i == 7:
            del record["date"]
        if i == 8:
            del record["outlet"]
        lines.append(json.dumps(record))
    lines.insert(10, '{"id": "broken", "text": ')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def corpus_report(tmp_path_factory):
    work = tmp_path_factory.mktemp("corpus")
    return run_report(write_corpus(work / "wire.jsonl"), out_dir=work / "reports")


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_corpus_report_has_inline_charts_csvs_and_the_corpus_tables(corpus_report):
    html_text = corpus_report.html.read_text(encoding="utf-8")
    folder = corpus_report.folder
    for chart in CHARTS:
        for suffix in (".png", ".svg", ".csv"):
            assert (folder / "figures" / f"{chart}{suffix}").stat().st_size > 0, (chart, suffix)
    for table in TABLES:
        assert (folder / "data" / f"{table}.csv").exists(), table
    assert (folder / "corpus" / "manifest.json").exists()
    assert len(re.findall(r'<img[^>]+src="data:image/png;base64,', html_text)) >= len(CHARTS)
    assert "present.show_chart" not in html_text and "validate_parameters" not in html_text
    meta = json.loads((folder / "run.json").read_text(encoding="utf-8"))
    assert meta["title"] == "Outlets compared: wire.jsonl"
    assert "<title>Outlets compared: wire.jsonl</title>" in html_text


def test_corpus_report_requests_nothing_from_another_host(corpus_report):
    for tag, attrs in _parse(corpus_report.html.read_text(encoding="utf-8")).tags:
        for attr in ("src", "href", "data"):
            value = attrs.get(attr) or ""
            assert not re.match(r"\s*(https?:)?//", value), f"<{tag} {attr}={value!r}> loads from another host"


def test_corpus_report_shows_markup_from_the_corpus_as_text(corpus_report):
    html_text = corpus_report.html.read_text(encoding="utf-8")
    parsed = _parse(html_text)
    assert not any("alert(" in script for script in parsed.scripts), "a script from the corpus ran"
    assert "<b>Herald</b>" not in html_text
    assert "&lt;b&gt;Herald&lt;/b&gt;" in html_text
    for tag, attrs in parsed.tags:
        assert not any(name.startswith("on") for name in attrs), f"<{tag}> carries an event handler"


def test_corpus_report_merges_outlet_spellings_and_counts_what_is_missing(corpus_report):
    data = corpus_report.folder / "data"
    outlets = {row["outlet"]: int(row["articles"]) for row in _csv(data / "outlets.csv")}
    assert outlets == {"(unknown)": 1, "<b>Herald</b>": 9, "Breitbart": 10, "Politico": 10}
    spellings = {row["outlet_raw"] for row in _csv(data / "outlet_names.csv") if row["outlet"] == "Breitbart"}
    assert spellings == {"Breitbart", "breitbart.com", "Breitbart News"}
    coverage = {row["item"]: int(row["count"]) for row in _csv(data / "coverage.csv")}
    assert coverage["articles analysed"] == 30
    assert coverage["records that could not be read or analysed (see errors)"] == 1
    assert coverage["articles without a readable date"] == 1
    assert coverage["articles without an outlet"] == 1
    html_text = corpus_report.html.read_text(encoding="utf-8")
    assert "The comparison covers 30 articles" in html_text


def test_corpus_report_csvs_guard_cells_against_formulas(corpus_report):
    for path in [*(corpus_report.folder / "data").glob("*.csv"), *(corpus_report.folder / "figures").glob("*.csv")]:
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle):
                for cell in row:
                    assert not cell.startswith(("=", "@", "+")), f"{path.name}: unguarded cell {cell!r}"


def test_report_command_selects_dates_and_outlets_of_a_corpus(tmp_path):
    corpus = write_corpus(tmp_path / "wire.jsonl")
    proc = subprocess.run(
        [sys.executable, "-m", "analysis", "report", str(corpus), "--out", str(tmp_path / "r"),
         "--start", "2016-03-10", "--end", "2016-03", "--outlets", "breitbart, politico"],
        capture_output=True, text=True, cwd=config.ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    data = tmp_path / "r" / report_name(corpus) / "data"
    assert {row["outlet"] for row in _csv(data / "outlets.csv")} == {"Breitbart", "Politico"}
    assert min(row["first_date"] for row in _csv(data / "outlets.csv")) >= "2016-03-10"
    coverage = {row["item"]: int(row["count"]) for row in _csv(data / "coverage.csv")}
    assert coverage["left out: outlet not chosen"] > 0
    assert coverage["left out: outside the dates chosen or undated"] > 0


def test_corpus_report_naming_an_unknown_outlet_fails_and_keeps_the_notebook(tmp_path):
    corpus = write_corpus(tmp_path / "wire.jsonl", n=6)
    out = tmp_path / "r"
    with pytest.raises(ReportError) as err:
        run_report(corpus, out_dir=out, parameters={"outlets": "The Daily Bugle"})
    assert "'The Daily Bugle' not in the corpus" in str(err.value)
    assert (out / f"{report_name(corpus)}.failed.ipynb").exists()
    assert not (out / report_name(corpus)).exists()


def test_an_article_report_refuses_corpus_only_options(tmp_path):
    article = tmp_path / "town.txt"
    article.write_text('Town retaken\n\n"We won," the mayor said.\n', encoding="utf-8")
    with pytest.raises(ParameterError, match="unknown parameter.*start_date"):
        run_report(article, out_dir=tmp_path / "r", parameters={"start_date": "2016"})


# ---------------------------------------------------------------------------------------------
# The notebook-facing calls, on hand-built corpus tables (no corpus run).


@pytest.fixture
def prepared(tmp_path):
    tables = corpus_tables()
    params = {"input_path": "wire.jsonl", "output_dir": str(tmp_path), "title": "<i>Two</i> weeks",
              "start_date": "", "end_date": "", "outlets": "", "kwic_per_frame": 2, "label_frame": "labels"}
    return corpus_present.prepare_corpus_report(params, analyse=lambda p, out: (tables, {"counts": {}}))


def test_prepare_writes_every_displayed_table_and_the_run_title(prepared, tmp_path):
    assert {p.stem for p in (tmp_path / "data").glob("*.csv")} == set(TABLES)
    assert json.loads((tmp_path / "run.json").read_text(encoding="utf-8"))["title"] == "<i>Two</i> weeks"
    kwic = pd.read_csv(tmp_path / "data" / "kwic_sample.csv")
    assert kwic.groupby("frame").size().max() <= 2
    matches = set(kwic["match"])
    assert "'=HYPERLINK(victory)" in matches  # guarded in the CSV


def test_show_functions_escape_names_and_save_each_chart_with_its_data(prepared, tmp_path):
    header = corpus_present.show_header(prepared).data
    assert "<h1>&lt;i&gt;Two&lt;/i&gt; weeks</h1>" in header
    table = corpus_present.show_table(prepared, "top_speakers").data
    assert "&lt;i&gt;Anon&lt;/i&gt;" in table and "<i>Anon" not in table
    for name in CHARTS:
        corpus_present.show_chart(prepared, name)
        assert {(tmp_path / "figures" / f"{name}{s}").exists() for s in (".png", ".svg", ".csv")} == {True}
    summary = corpus_present.show_summary(prepared).data
    assert "What these comparisons can and cannot say" in summary


# ---------------------------------------------------------------------------------------------
# A real multi-outlet corpus: PolNeAR's dev documents, outlet and date read from each doc_id.

_DOC_ID = re.compile(r"^(?P<outlet>[a-z-]+)_(?P<date>\d{4}-\d{2}-\d{2})_")


def test_polnear_dev_compares_its_outlets(shared_dir, tmp_path):
    docs = config.POLNEAR_DIR / "dev.docs.jsonl"
    if not docs.exists():
        pytest.skip(f"{docs} is absent")
    corpus = tmp_path / "polnear_dev.jsonl"
    with docs.open(encoding="utf-8") as src, corpus.open("w", encoding="utf-8") as out:
        for line in src:
            doc = json.loads(line)
            match = _DOC_ID.match(doc["doc_id"])
            assert match, doc["doc_id"]
            out.write(json.dumps({"id": doc["doc_id"], "text": doc["text"], "outlet": match["outlet"],
                                  "date": match["date"]}) + "\n")
    result = run_report(corpus, out_dir=tmp_path / "reports")
    outlets = {row["outlet"] for row in _csv(result.folder / "data" / "outlets.csv")}
    assert len(outlets) >= 5 and {"Breitbart", "Politico"} <= outlets
    html_text = result.html.read_text(encoding="utf-8")
    assert sum(name in html_text for name in outlets) == len(outlets)
    tone = _csv(result.folder / "data" / "tone_by_type.csv")
    assert {row["outlet"] for row in tone if row["speaker_type"] == "narrator"} == outlets


# ---------------------------------------------------------------------------------------------
# Reporting on the tables of a finished corpus run, without analysing the corpus again.


def test_a_finished_corpus_runs_folder_is_reported_on_as_it_is(corpus_report, tmp_path):
    # the report above analysed its corpus into <report>/corpus: a finished corpus run
    folder = corpus_report.html.parent
    again = run_report(folder / corpus_present.CORPUS_DIR, out_dir=tmp_path / "r")
    for name in ("outlets", "share_of_voice", "top_speakers", "frame_rates", "kwic_sample"):
        assert _csv(again.html.parent / "data" / f"{name}.csv") == _csv(folder / "data" / f"{name}.csv"), name
    assert not (again.html.parent / corpus_present.CORPUS_DIR).exists()  # nothing analysed again
    run = json.loads((again.html.parent / "run.json").read_text(encoding="utf-8"))
    assert run["title"] == "Outlets compared: wire.jsonl"  # the corpus the run read
    assert "wire.jsonl (the tables of the run in corpus)" in again.html.read_text(encoding="utf-8")
