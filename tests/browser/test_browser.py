"""A real browser over http://127.0.0.1 (gzip, like a host): search, tooltips, filters, instant navigation, axe."""

from __future__ import annotations

import json

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.build]

PAGE_TYPES = {
    "home": "", "key facts": "treaty/", "article": "treaty/articles/3/", "pending article": "treaty/articles/40/",
    "articles index": "treaty/articles/", "faq": "treaty/faq/", "sector": "sectors/trade-economy/",
    "context": "context/israel-iran-war-2025/", "compare": "compare/", "timeline": "timeline/",
    "glossary": "glossary/", "glossary group": "glossary/organizations/", "sources": "sources/",
    "claims": "claims/", "about": "about/", "open data": "data/", "changelog": "changelog/",
    "coverage": "treaty/coverage/",
}


def search(page, query: str) -> list[str]:
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(query)
    results = page.locator(".md-search-result__item a")
    results.first.wait_for(timeout=15000)
    return [results.nth(i).get_attribute("href") for i in range(results.count())]


def test_search_finds_an_article_by_a_word_in_its_summary(page, base_url, external_requests):
    page.goto(base_url + "treaty/")
    hrefs = search(page, "separatist")
    assert any("treaty/articles/3/" in h for h in hrefs), hrefs
    assert not external_requests


def test_search_finds_a_glossary_term_by_its_russian_name(page, base_url):
    page.goto(base_url)
    hrefs = search(page, "Шанхайская")
    assert any("glossary/" in h for h in hrefs), hrefs


def test_tooltip_on_hover_and_on_keyboard_focus(page, base_url):
    page.goto(base_url + "treaty/faq/")
    page.wait_for_load_state("networkidle")
    abbr = page.locator("article abbr").first  # not [title]: Material moves the title into the tooltip
    abbr.scroll_into_view_if_needed()
    expected = abbr.get_attribute("title")[:40]
    shown = ("expected => [...document.querySelectorAll('.md-tooltip2--active .md-tooltip2__inner')]"
             ".some(e => e.innerText.includes(expected))")
    abbr.hover()
    page.wait_for_function(shown, arg=expected, timeout=5000)
    page.mouse.move(0, 0)
    page.wait_for_function(f"e => !({shown})(e)", arg=expected, timeout=5000)
    assert abbr.get_attribute("tabindex") == "0"
    abbr.focus()
    page.wait_for_function(shown, arg=expected, timeout=5000)


def test_timeline_category_filters_work_without_a_network(page, base_url, external_requests):
    page.goto(base_url + "timeline/")
    items = page.locator("ol.timeline > li")
    total = items.count()
    conflict = page.locator("ol.timeline > li.cat-conflict")
    assert conflict.count() > 0 and conflict.first.is_visible()
    page.locator("label[for='tf-conflict']").click()
    assert not conflict.first.is_visible()
    visible = page.evaluate("() => [...document.querySelectorAll('ol.timeline > li')]"
                            ".filter(li => li.offsetParent !== null).length")
    assert visible == total - conflict.count()
    page.locator("label[for='tf-conflict']").click()
    assert conflict.first.is_visible()
    assert not external_requests


def test_articles_index_filters_by_sector(page, base_url):
    page.goto(base_url + "treaty/articles/")
    rows = page.locator("table.filter__table tbody tr")
    assert rows.count() == 48
    page.locator("label[for='sf-defence']").click()
    visible = page.evaluate("() => [...document.querySelectorAll('table.filter__table tbody tr')]"
                            ".filter(tr => tr.offsetParent !== null).map(tr => tr.className)")
    assert visible and all("s-defence" in c for c in visible)


def test_instant_navigation_keeps_the_page_alive(page, base_url, external_requests):
    page.goto(base_url)
    page.wait_for_load_state("networkidle")
    page.evaluate("() => { window.__marker = 'still here'; }")
    page.locator("nav.md-tabs a", has_text="Timeline").first.click()
    page.wait_for_url("**/timeline/")
    page.locator("h1", has_text="Timeline").wait_for()
    assert page.evaluate("() => window.__marker") == "still here", "navigation reloaded the page"
    assert not external_requests


@pytest.mark.parametrize("name", sorted(PAGE_TYPES))
def test_no_accessibility_violations(page, base_url, axe_source, external_requests, name):
    page.goto(base_url + PAGE_TYPES[name])
    page.add_script_tag(content=axe_source)
    result = page.evaluate("""async () => {
        const r = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}});
        return r.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
    }""")
    assert result == [], json.dumps(result, indent=1)
    assert not external_requests, external_requests


def test_dark_mode_has_no_contrast_violations(page, base_url, axe_source):
    page.emulate_media(color_scheme="dark")
    for path in ("treaty/", "sectors/trade-economy/", "timeline/"):
        page.goto(base_url + path)
        assert page.evaluate("() => document.body.getAttribute('data-md-color-scheme')") == "slate"
        page.add_script_tag(content=axe_source)
        result = page.evaluate("""async () => (await axe.run(document, {runOnly: ['color-contrast']}))
            .violations.map(v => v.nodes.slice(0, 3).map(n => n.target.join(' ')))""")
        assert result == [], (path, result)


def test_search_index_loads_only_when_search_opens(page, base_url):
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(base_url + "treaty/articles/3/")
    page.wait_for_load_state("networkidle")
    assert not any("search_index" in url for url in requested), "the index was fetched on first load"
    assert search(page, "Shetab")
    assert any("search/search_index.json" in url for url in requested)


def test_search_terms_are_highlighted_after_following_a_result(page, base_url):
    page.goto(base_url + "treaty/articles/3/?h=aggressor")
    page.locator("article mark").first.wait_for(timeout=15000)
    assert "aggressor" in page.locator("article mark").first.inner_text().lower()
