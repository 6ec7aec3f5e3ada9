"""The offline bundle: opens from file:// with the search index inlined and nothing fetched from elsewhere."""

from __future__ import annotations

import re

import pytest

from tests.htmlcheck import fetched_urls, is_external, soup

pytestmark = pytest.mark.build


def test_bundle_inlines_the_search_index(offline_site):
    index = offline_site / "search" / "search_index.js"
    assert index.is_file()
    text = index.read_text(encoding="utf-8")
    assert text.startswith("var __index = {") and '"docs"' in text
    assert "Article" in text


def test_bundle_uses_file_urls(offline_site):
    assert (offline_site / "index.html").is_file()
    assert (offline_site / "treaty" / "articles" / "3.html").is_file()
    home = soup(offline_site / "index.html")
    assert home.find("a", href="treaty/index.html")


def test_bundle_loads_nothing_from_another_host(offline_site):
    # One page of each page type (they share templates); the online build's test checks every page.
    from tests.browser.test_offline import PAGE_TYPES

    for name in PAGE_TYPES:
        page = offline_site / name
        external = [u for u in fetched_urls(page) if is_external(u)]
        assert not external, f"{page}: {external}"


def test_iframe_worker_shim_is_vendored_not_fetched(offline_site):
    scripts = [s.get("src", "") for s in soup(offline_site / "index.html").find_all("script")]
    assert "assets/vendor/iframe-worker/shim.js" in scripts
    assert not any("unpkg" in s or "jsdelivr" in s for s in scripts)
    assert (offline_site / "assets" / "vendor" / "iframe-worker" / "shim.js").stat().st_size > 500


def test_no_cdn_hosts_in_pages_or_styles(offline_site):
    # Material's script bundle keeps CDN fallbacks (a ResizeObserver polyfill for very old browsers, mermaid for
    # diagrams); they load only if needed. Pages must never need them: no mermaid blocks, no CDN references.
    for path in offline_site.rglob("*"):
        if path.suffix in (".html", ".css") and path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            assert not re.search(r"(unpkg\.com|cdn\.jsdelivr|fonts\.googleapis|fonts\.gstatic)", text), path
            assert 'class="mermaid"' not in text, path
