"""The unpacked offline bundle from file://: search works, every page opens, nothing is requested elsewhere."""

from __future__ import annotations

import pytest

from tests.htmlcheck import pages

pytestmark = [pytest.mark.browser, pytest.mark.build]


def test_offline_search_works_from_file_urls(page, offline_site, external_requests):
    page.goto((offline_site / "index.html").as_uri())
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").fill("separatist")
    results = page.locator(".md-search-result__item a")
    results.first.wait_for(timeout=20000)
    hrefs = [results.nth(i).get_attribute("href") for i in range(results.count())]
    assert any("articles/3.html" in h for h in hrefs), hrefs
    assert not external_requests, external_requests


def test_every_offline_page_opens_without_external_requests(page, offline_site, external_requests):
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    opened = 0
    for path in pages(offline_site):
        response = page.goto(path.as_uri())
        assert response is None or response.ok, path
        assert page.locator("h1").count() >= 1, path
        opened += 1
    assert opened >= 80
    assert not errors, errors[:5]
    assert not external_requests, sorted(set(external_requests))[:10]
