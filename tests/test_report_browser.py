"""The rendered report opened in headless Chromium, offline: charts show, nothing from the article runs."""

from __future__ import annotations

import pytest

from tests.conftest import chromium_path

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("report")]

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser():
    path = chromium_path()
    if path is None:
        pytest.skip("Debian's chromium is not installed (make test installs it when run as root)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is a test dependency")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield b
        b.close()


def _open(browser, html_path):
    page = browser.new_page()
    requests: list[str] = []
    dialogs: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(html_path.as_uri(), wait_until="load")
    page.wait_for_timeout(300)
    return page, requests, dialogs


def test_report_renders_charts_offline(browser, seed_report):
    page, requests, dialogs = _open(browser, seed_report.html)
    foreign = [u for u in requests if not u.startswith(("file:", "data:"))]
    assert foreign == [], f"the report requested other hosts: {foreign}"
    drawn = page.evaluate("Array.from(document.images).filter(i => i.complete && i.naturalWidth > 0).length")
    assert drawn >= 4
    text = page.inner_text("body")
    assert "Rami Abdel Rahman" in text and "reign of terror" in text
    assert dialogs == []
    page.close()


def test_article_markup_shows_as_text_in_the_browser(browser, hostile_report):
    page, _requests, dialogs = _open(browser, hostile_report.html)
    assert dialogs == [], f"a script from the article ran: {dialogs}"
    text = page.inner_text("body")
    assert '<script>alert("body")</script>' in text
    assert "onerror=alert(1)" in text
    page.close()
