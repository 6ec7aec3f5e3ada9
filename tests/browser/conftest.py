"""Browser fixtures: Debian Chromium driven by Playwright (Python), the site served over HTTP with gzip.

Without a browser the tests skip with a loud reason; under CI (CI=true) a missing browser is a failure.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.browser.server import StaticServer

CHROMIUM_CANDIDATES = [os.environ.get("CHROMIUM", ""), "/usr/bin/chromium", "/usr/bin/chromium-browser",
                       shutil.which("chromium") or "", shutil.which("chromium-browser") or ""]
AXE = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync", "--disable-quic", "--allow-file-access-from-files"]


def _missing(what: str):
    message = f"BROWSER TESTS NOT RUN: {what}"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message + " (CI=true: a missing browser is a failure)", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def browser():
    executable = next((c for c in CHROMIUM_CANDIDATES if c and Path(c).is_file()), None)
    if executable is None:
        _missing("no Chromium found; install it with `apt-get install chromium`")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("the playwright Python package is not installed (run `make test`)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE.is_file():
        _missing("axe-core is not installed (run `make test`, which runs `npm ci` in tests/browser)")
    return AXE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def base_url(site):
    from tests.htmlcheck import SITE_URL

    with StaticServer(site, site_url=SITE_URL) as url:
        yield url


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def phone(browser):
    """A 390 px wide phone screen (iPhone 12–15 size)."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True,
                                  has_touch=True)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def external_requests(page):
    """Every request the page makes to a host other than 127.0.0.1 (or to anything from file://) is blocked and recorded."""
    seen: list[str] = []

    def route(route):
        url = route.request.url
        if url.startswith(("http://127.0.0.1", "file://", "data:", "blob:")):
            route.continue_()
        else:
            seen.append(url)
            route.abort()

    page.context.route("**/*", route)
    return seen
