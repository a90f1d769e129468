"""The answer page and the embeddable widget in a real headless Chromium, against the real `rag serve`.

Drives Debian's Chromium through Playwright (no browser download); the widget is embedded in a page served
from a second loopback origin, so its calls to the API go through CORS for real. Screenshots go to
$RAG_TEST_OUTPUT, else test-output/ at the repo root."""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Response, expect, sync_playwright

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
QUESTION = "Does vitamin K2 improve bone density?"
CITATION = "[Zhang Z (2025)]"
HOSTILE = '<img src=x onerror="window.__pwned = 1"> vitamin K2 bone density?'
TIMEOUT_MS = 20_000  # per action or assertion; an answer takes well under a second on the test index

pytestmark = pytest.mark.skipif(
    not CHROMIUM.is_file(), reason=f"Chromium not installed at {CHROMIUM} (apt-get install chromium)"
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One headless Chromium for the module."""
    expect.set_options(timeout=TIMEOUT_MS)  # expect() has its own 5 s default, separate from the context's
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS, timeout=30_000
        )
        try:
            yield chromium
        finally:
            chromium.close()


def _context(browser: Browser, **options: Any) -> BrowserContext:
    context = browser.new_context(viewport={"width": 1100, "height": 900}, **options)
    context.set_default_timeout(TIMEOUT_MS)
    context.set_default_navigation_timeout(TIMEOUT_MS)
    return context


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh page with JavaScript on; fails the test on any uncaught script error."""
    context = _context(browser)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        yield page
    finally:
        context.close()
    assert not errors, f"uncaught script errors: {errors}"


@pytest.fixture(scope="session")
def output_dir() -> Path:
    """Where screenshots go: $RAG_TEST_OUTPUT, else test-output/ at the repo root (git-ignored)."""
    default = Path(__file__).resolve().parents[2] / "test-output"
    folder = Path(os.environ.get("RAG_TEST_OUTPUT") or default)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def embedding_site(live_server: str, tmp_path: Path) -> Iterator[str]:
    """A page on a second loopback origin (another port) that embeds the widget; yields its URL."""
    (tmp_path / "index.html").write_text(
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Partner site</title></head>"
        "<body><h1>A partner site</h1><p>Some article text.</p>"
        f"<script src='{live_server}/widget.js' defer></script></body></html>",
        encoding="utf-8",
    )
    handler = functools.partial(_QuietHandler, directory=str(tmp_path))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="embedding-site", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/index.html"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def _check_answer_page(page: Page) -> None:
    expect(page.locator("#answer")).to_have_attribute("data-status", "answered")
    takeaways = page.locator("#takeaways > li.takeaway")
    expect(takeaways.first).to_be_visible()
    assert takeaways.count() >= 2
    expect(takeaways.first.locator(".citation")).to_have_text(CITATION)
    expect(takeaways.first.locator(".level")).to_have_text("Level 1")
    expect(page.locator("#verdict")).to_have_attribute("data-verdict", "yes")
    expect(page.locator("#verdict")).to_contain_text("Verdict: Yes")
    expect(takeaways.first).to_have_attribute("data-stance", "supports")
    expect(takeaways.first.locator(".stance")).to_have_text("supports")
    expect(takeaways.first.locator(".effect")).to_have_text(
        ["MD 1.86, 95% CI 1.17 to 2.56", "MD 1.49, 95% CI 0.98 to 2.00"]
    )
    expect(page.locator("#sources > li").first).to_contain_text("Zhang Z (2025)")
    expect(page.locator("#disclaimer")).to_be_visible()
    assert page.locator("#disclaimer").inner_text().strip()


def test_answer_page_form_and_screenshot(page: Page, live_server: str, output_dir: Path) -> None:
    """Typing a question and submitting shows cited, levelled takeaways, sources and the disclaimer."""
    page.goto(f"{live_server}/")
    box = page.get_by_role("textbox", name="Your question")
    box.fill(QUESTION)
    with page.expect_navigation():
        box.press("Enter")
    assert page.url.startswith(f"{live_server}/?q=")
    expect(page).to_have_title(f"{QUESTION} · Evidence answers")
    expect(page.get_by_role("textbox", name="Your question")).to_have_value(QUESTION)
    _check_answer_page(page)
    page.screenshot(path=output_dir / "answer-page.png", full_page=True)


def test_answer_page_without_javascript(browser: Browser, live_server: str) -> None:
    """The server-rendered page needs no JavaScript; hostile markup in the question stays text."""
    context = _context(browser, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{live_server}/?q={quote(QUESTION)}")
        _check_answer_page(page)
        page.goto(f"{live_server}/?q={quote(HOSTILE)}")
        expect(page.get_by_role("textbox", name="Your question")).to_have_value(HOSTILE)
        assert page.locator("img").count() == 0
    finally:
        context.close()


def test_widget_answers_across_origins(
    page: Page, embedding_site: str, live_server: str, output_dir: Path
) -> None:
    """The widget on another origin gets a cited answer through CORS and shows hostile input as text."""
    asks: list[Response] = []
    page.on("response", lambda response: asks.append(response) if response.url.endswith("/ask") else None)
    page.goto(embedding_site)
    # Playwright's CSS selectors pierce the widget's open shadow root.
    toggle = page.locator("#rag-evidence-widget button.toggle")
    expect(toggle).to_have_text("Ask the evidence")
    toggle.click()
    box = page.locator("#rag-evidence-widget .panel input[name=q]")
    expect(box).to_be_visible()
    expect(box).to_be_focused()

    box.fill(QUESTION)
    box.press("Enter")
    message = page.locator("#rag-evidence-widget .msg").filter(has_text=QUESTION)
    expect(message.locator(".quick, .err").first).to_be_visible()  # the request has finished
    assert not message.locator(".err").all_inner_texts(), "the widget reported an error"
    expect(message.locator(".takeaway").first).to_be_visible()
    expect(message.locator(".cite").first).to_have_text(CITATION)
    expect(message.locator(".lvl").first).to_contain_text("supports · evidence level 1")
    expect(message.locator(".disc")).not_to_be_empty()
    assert asks and asks[-1].status == 200
    headers = asks[-1].headers
    assert headers.get("access-control-allow-origin") in ("*", embedding_site.rsplit("/", 1)[0])
    assert page.evaluate("location.origin") != live_server
    page.locator("#rag-evidence-widget .panel").screenshot(path=output_dir / "widget-answer.png")
    page.screenshot(path=output_dir / "widget-page.png")

    box.fill(HOSTILE)
    box.press("Enter")
    hostile = page.locator("#rag-evidence-widget .msg").first
    expect(hostile.locator(".q")).to_have_text(HOSTILE)
    expect(hostile.locator(".quick, .err").first).to_be_visible()  # the request has finished
    expect(page.locator("img")).to_have_count(0)  # also searches the open shadow root
    assert page.evaluate("window.__pwned") is None
