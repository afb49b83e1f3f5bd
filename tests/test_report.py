"""The report notebook run end to end by papermill and rendered to HTML."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from analysis import config
from analysis.errors import ReportError
from analysis.report import report_name, run_report

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("report")]

CHARTS = ("tone_by_speaker", "speaker_frame_heatmap", "share_of_voice", "tone_through_article")
TABLES = ("attributions", "voices", "speakers", "speaker_types", "kwic", "frame_counts")


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


def _parse(html_text: str) -> _Tags:
    parser = _Tags()
    parser.feed(html_text)
    return parser


def test_seed_report_has_html_figures_and_csvs(seed_report):
    html_text = seed_report.html.read_text(encoding="utf-8")
    folder = seed_report.folder
    for chart in CHARTS:
        for suffix in (".png", ".svg", ".csv"):
            path = folder / "figures" / f"{chart}{suffix}"
            assert path.stat().st_size > 0, path
    for table in TABLES:
        assert (folder / "data" / f"{table}.csv").exists(), table
    assert seed_report.notebook.exists()
    inline_pngs = re.findall(r'<img[^>]+src="data:image/png;base64,', html_text)
    assert len(inline_pngs) >= len(CHARTS)
    assert "Rami Abdel Rahman" in html_text and "Bashar Assad" in html_text


def test_seed_report_html_has_no_code_and_requests_no_other_host(seed_report):
    html_text = seed_report.html.read_text(encoding="utf-8")
    assert "present.show_chart" not in html_text and "validate_parameters" not in html_text
    for tag, attrs in _parse(html_text).tags:
        for attr in ("src", "href", "data"):
            value = attrs.get(attr) or ""
            assert not re.match(r"\s*(https?:)?//", value), f"<{tag} {attr}={value!r}> loads from another host"


def test_seed_report_prose_states_numbers_from_the_tables(seed_report):
    speakers = list(csv.DictReader((seed_report.folder / "data" / "speakers.csv").open(encoding="utf-8")))
    names = {row["speaker"] for row in speakers}
    assert {"Narrator", "Rami Abdel Rahman", "Bashar Assad"} <= names
    html_text = seed_report.html.read_text(encoding="utf-8")
    assert "VADER" in html_text


def test_report_html_shows_article_markup_as_text_and_runs_none_of_it(hostile_report):
    html_text = hostile_report.html.read_text(encoding="utf-8")
    parsed = _parse(html_text)
    assert not any("alert(" in script for script in parsed.scripts), "a script from the article ended up live"
    for tag, attrs in parsed.tags:
        assert not any(name.startswith("on") for name in attrs), f"<{tag}> carries an event handler {attrs}"
        if tag == "img":
            assert (attrs.get("src") or "").startswith("data:image/"), attrs
    assert "&lt;script&gt;alert(" in html_text
    assert "onerror=alert(1)" in html_text.replace("&lt;", "<").replace("&gt;", ">")


def test_report_csvs_guard_cells_against_formulas(hostile_report):
    for path in (hostile_report.folder / "data").glob("*.csv"):
        for row in csv.reader(path.open(encoding="utf-8")):
            for cell in row:
                assert not cell.startswith(("=", "@", "+")), f"{path.name}: unguarded cell {cell!r}"


def test_failed_report_keeps_notebook_writes_no_html_and_keeps_earlier_report(tmp_path, capfd):
    article = tmp_path / "town.txt"
    article.write_text('Town retaken\n\n"We won," the mayor said.\n', encoding="utf-8")
    out = tmp_path / "reports"
    good = run_report(article, out_dir=out)
    # the kernel's messages are encrypted: it does not warn that they go over TCP in plain text
    assert "without encryption" not in capfd.readouterr().err
    before = good.html.read_bytes()
    bad_lexicon = tmp_path / "bad.yml"
    bad_lexicon.write_text("victory:\n  - victor*\n  - [unclosed\n", encoding="utf-8")
    with pytest.raises(ReportError) as err:
        run_report(article, out_dir=out, lexicon=bad_lexicon)
    message = str(err.value)
    assert "bad.yml" in message and "failed.ipynb" in message
    assert good.html.read_bytes() == before
    assert (out / f"{report_name(article)}.failed.ipynb").exists()
    assert not [p for p in out.iterdir() if p.name.startswith(".")], "staging left behind"


def test_report_command_names_missing_input_and_exits_nonzero(tmp_path):
    missing = tmp_path / "nope.txt"
    proc = subprocess.run(
        [sys.executable, "-m", "analysis", "report", str(missing), "--out", str(tmp_path / "r")],
        capture_output=True,
        text=True,
        cwd=config.ROOT,
    )
    assert proc.returncode == 2
    assert "nope.txt" in proc.stderr and "not found" in proc.stderr
    assert not (tmp_path / "r").exists()
