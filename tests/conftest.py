from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from analysis import config

HOSTILE_ARTICLE = """Rebels <script>alert("title")</script> say town fell

<script>alert("body")</script> Government forces retook the town on Sunday, state media said.

"We will rebuild <img src=x onerror=alert(1)> everything," said Mayor John Smith.

=HYPERLINK("http://evil.example","click") was written on a wall, activists said.
"""


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not config.SHARED_DIR.is_dir():
        pytest.skip(f"{config.SHARED_DIR} is absent: evaluation data lives beside a developer's checkout")
    return config.SHARED_DIR


@pytest.fixture(scope="session")
def seed_report(tmp_path_factory):
    """The sample article's report, run once for every test that reads it."""
    from analysis.report import run_report

    out = tmp_path_factory.mktemp("reports")
    return run_report(config.SAMPLE_ARTICLE, out_dir=out)


@pytest.fixture(scope="session")
def hostile_report(tmp_path_factory):
    """A report on an article whose text, title and names carry markup and spreadsheet formulas."""
    from analysis.report import run_report

    work = tmp_path_factory.mktemp("hostile")
    article = work / "hostile.txt"
    article.write_text(HOSTILE_ARTICLE, encoding="utf-8")
    return run_report(article, out_dir=work / "reports")


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")
