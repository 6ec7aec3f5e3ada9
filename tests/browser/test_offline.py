"""The unpacked offline bundle from file://: search works, one page of every page type opens, nothing is requested
elsewhere. (Pages of one type share a template and a renderer; the build tests check every page's links.)"""

from __future__ import annotations

import pytest

# One page per page type of the registry, plus the hand-written ones.
PAGE_TYPES = ["index.html", "treaty/index.html", "treaty/coverage.html", "treaty/preamble.html",
              "treaty/articles/index.html", "treaty/articles/3.html", "treaty/articles/45.html", "treaty/faq.html",
              "sectors/index.html", "sectors/energy.html", "context/index.html", "context/snapback-2025.html",
              "compare.html", "timeline.html", "glossary/index.html", "glossary/people.html", "sources/index.html",
              "claims.html", "about.html", "data/index.html", "changelog.html", "404.html"]

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


def test_a_page_of_every_type_opens_offline_without_external_requests(page, offline_site, external_requests):
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    for name in PAGE_TYPES:
        path = offline_site / name
        assert path.is_file(), name
        response = page.goto(path.as_uri())
        assert response is None or response.ok, path
        assert page.locator("h1").count() >= 1, path
    assert not errors, errors[:5]
    assert not external_requests, sorted(set(external_requests))[:10]
