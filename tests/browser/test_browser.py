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
    "coverage": "treaty/coverage/", "timeline year": "timeline/2025/", "sources of a kind": "sources/state-media/",
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


def test_search_for_article_3_puts_article_3_first(page, base_url):
    page.goto(base_url)
    hrefs = search(page, "Article 3")
    assert hrefs[0].rstrip("/").endswith("treaty/articles/3") or "treaty/articles/3/" in hrefs[0], hrefs[:5]


@pytest.mark.parametrize("query", ["بوشهر", "خزر"])
def test_search_finds_persian_words(page, base_url, query):
    page.goto(base_url)
    assert search(page, query)


def test_search_snippets_carry_no_chart_data(page, base_url):
    page.goto(base_url)
    search(page, "turnover")
    text = page.locator(".md-search-result").inner_text()
    assert "Bar colour" not in text and "Not a time series" not in text


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
    assert abbr.get_attribute("aria-describedby") == page.locator(".md-tooltip2--active").get_attribute("id")
    page.keyboard.press("Escape")   # dismissable without moving focus (WCAG 1.4.13)
    page.wait_for_function(f"e => !({shown})(e)", arg=expected, timeout=5000)
    assert abbr.get_attribute("title", timeout=1000)   # the title is back once the tooltip is gone


def test_no_tooltip_exists_until_a_reader_points_at_one(page, base_url):
    page.goto(base_url + "treaty/")
    page.wait_for_load_state("networkidle")
    assert page.locator(".md-tooltip2").count() == 0
    abbrs = page.locator("article abbr").count()
    assert abbrs and page.locator("article abbr[title]").count() == abbrs   # titles stay until a reader points


def test_a_citation_marker_opens_its_source_entry_and_the_pointer_can_follow_it(page, base_url):
    page.goto(base_url + "treaty/")
    page.wait_for_load_state("networkidle")
    marker = page.locator("article sup.cites a.footnote-ref").nth(3)
    marker.scroll_into_view_if_needed()
    entry = page.locator(f"[id='{marker.evaluate('a => a.hash.slice(1)')}']").inner_text()[:30]
    marker.hover()
    dialog = page.locator(".md-tooltip2--active[role=dialog]")
    dialog.wait_for(timeout=5000)
    assert entry in dialog.inner_text()
    assert marker.get_attribute("aria-controls") == dialog.get_attribute("id")
    assert marker.get_attribute("aria-haspopup") == "dialog"
    link = dialog.locator("a", has_text="details")
    box = link.bounding_box()
    page.mouse.move(box["x"] + 2, box["y"] + 2)   # across the gap between marker and dialog, in under 250 ms
    page.wait_for_timeout(600)
    assert dialog.count() == 1, "the dialog stays while the pointer is on it"
    page.mouse.move(0, 0)
    page.locator(".md-tooltip2").wait_for(state="detached", timeout=5000)
    assert marker.get_attribute("aria-controls") is None


VISIBLE = "sel => [...document.querySelectorAll(sel)].filter(e => e.offsetParent !== null)"


def count_visible(page, selector: str) -> int:
    return page.evaluate(f"() => ({VISIBLE})({selector!r}).length")


def wait_until(check, seconds: float = 10) -> None:
    """Poll a condition (a click on a #fragment link is handled by the theme a moment later)."""
    import time

    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.1)


def test_timeline_category_filter_is_a_link_that_can_be_shared(page, base_url, external_requests):
    page.goto(base_url + "timeline/2025/")
    items = page.locator("ol.timeline > li")
    total = items.count()
    diplomacy = page.locator("ol.timeline > li.cat-diplomacy").count()
    assert 0 < diplomacy < total
    page.locator("a.filter__link--diplomacy").click()
    wait_until(lambda: count_visible(page, "ol.timeline > li") == diplomacy)
    assert page.url.endswith("#only-diplomacy")
    shown = page.evaluate(f"() => ({VISIBLE})('ol.timeline > li').map(li => li.className)")
    assert len(shown) == diplomacy and all("cat-diplomacy" in c for c in shown)
    selected = page.locator("a.filter__link--diplomacy")
    assert selected.evaluate("a => getComputedStyle(a).backgroundColor") != \
        page.locator("a.filter__link--all").evaluate("a => getComputedStyle(a).backgroundColor")
    page.locator("a.filter__link--all").click()
    wait_until(lambda: count_visible(page, "ol.timeline > li") == total)
    # The same view from a shared link, opened fresh
    shared = page.context.new_page()
    shared.goto(base_url + "timeline/2025/#only-diplomacy")
    assert shared.evaluate(f"() => ({VISIBLE})('ol.timeline > li').length") == diplomacy
    assert not external_requests


def test_a_month_with_nothing_in_the_category_says_so(page, base_url):
    page.goto(base_url + "timeline/2025/")
    lists = page.locator("ol.timeline")
    missing = [c for c in ("military", "sanctions", "nuclear", "conflict", "ratification")
               if page.locator(f"a.filter__link--{c}").count()
               and page.locator(f"ol.timeline:not(.has-{c})").count()]
    assert missing and lists.count() > 1
    category = missing[0]
    page = page.context.new_page()
    page.goto(base_url + f"timeline/2025/#only-{category}")
    note = page.locator(f"ol.timeline:not(.has-{category})").first.evaluate(
        "ol => getComputedStyle(ol, '::before').content")
    assert "Nothing in this category" in note


def test_articles_index_filters_by_sector(page, base_url):
    page.goto(base_url + "treaty/articles/")
    rows = page.locator("table.filter__table tbody tr")
    assert rows.count() == 48
    page.locator("nav.filter a", has_text="Defense").first.click()
    wait_until(lambda: count_visible(page, "table.filter__table tbody tr") < 48)
    visible = page.evaluate(f"() => ({VISIBLE})('table.filter__table tbody tr').map(tr => tr.className)")
    assert visible and all("s-defence" in c for c in visible)


def test_year_navigation_from_the_timeline_to_a_month(page, base_url):
    page.goto(base_url + "timeline/")
    page.locator("nav.years a", has_text="2025").first.click()
    wait_until(lambda: page.url.endswith("/timeline/2025/"))
    page.locator("h1", has_text="Timeline: 2025").wait_for()
    assert page.locator("h1").inner_text().startswith("Timeline: 2025")
    page.locator("nav.months a").first.click()
    wait_until(lambda: "#m-" in page.url)


def test_sources_filter_by_language(page, base_url):
    page.goto(base_url + "sources/independent-media/")
    links = page.locator("nav.filter a[href*='#lang-']")   # the theme makes links absolute
    assert links.count() >= 2
    href = links.first.get_attribute("href")
    total = page.locator(".source").count()
    links.first.click()
    wait_until(lambda: count_visible(page, ".source") < total)
    lang = href.rsplit("#lang-", 1)[1]
    shown = page.evaluate(f"() => ({VISIBLE})('.source').map(s => s.className)")
    assert shown and all(f"lang-{lang}" in c for c in shown)


PHONE_PAGES = ["treaty/", "treaty/articles/3/", "sectors/trade-economy/", "context/israel-iran-war-2025/",
               "claims/", "compare/", "timeline/2025/", "sources/state-media/", "treaty/articles/", "glossary/people/"]


@pytest.mark.parametrize("path", PHONE_PAGES)
def test_pages_fit_a_390px_phone_without_sideways_scrolling(phone, base_url, path):
    phone.goto(base_url + path)
    wide = phone.evaluate("""() => {
        const limit = document.documentElement.clientWidth;
        return [...document.querySelectorAll('article table, article figure, article pre, article img')]
          .filter(e => e.getBoundingClientRect().right > limit + 1 || e.scrollWidth > e.clientWidth + 1)
          .map(e => e.tagName + '.' + e.className);
    }""")
    assert wide == [], wide
    assert phone.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1")


@pytest.mark.parametrize("path", ["treaty/", "sectors/trade-economy/", "timeline/2025/", "compare/"])
def test_citation_markers_are_at_least_12px_on_a_phone(phone, base_url, path):
    phone.goto(base_url + path)
    sizes = phone.evaluate("() => [...document.querySelectorAll('sup.cites a.footnote-ref')]"
                           ".map(a => parseFloat(getComputedStyle(a).fontSize))")
    assert sizes and min(sizes) >= 12, min(sizes)
    commas = phone.evaluate("() => [...document.querySelectorAll('article sup')].filter(s => "
                            "getComputedStyle(s, '::before').content.includes(',')).length")
    assert commas == 0


def test_instant_navigation_keeps_the_page_alive(page, base_url, external_requests):
    page.goto(base_url)
    page.wait_for_load_state("networkidle")
    page.evaluate("() => { window.__marker = 'still here'; }")
    page.locator("nav.md-tabs a", has_text="Timeline").first.click()
    page.wait_for_url("**/timeline/")
    page.locator("h1", has_text="Timeline").wait_for()
    assert page.evaluate("() => window.__marker") == "still here", "navigation reloaded the page"
    abbr = page.locator("article abbr[title]").first   # tooltips work on the page instant navigation brought in
    abbr.scroll_into_view_if_needed()
    abbr.hover()
    page.locator(".md-tooltip2--active").wait_for(timeout=5000)
    assert page.locator(".md-tooltip2").count() == 1
    assert not external_requests


@pytest.mark.parametrize("name", sorted(PAGE_TYPES))
def test_no_accessibility_violations(page, base_url, axe_source, external_requests, name):
    page.goto(base_url + PAGE_TYPES[name])
    page.add_script_tag(content=axe_source)
    result = page.evaluate("""async () => {
        const r = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}});
        // WCAG 2.5.3 (label in name) is among axe's experimental rules: run it on its own
        const names = await axe.run(document, {runOnly: {type: 'rule', values: ['label-content-name-mismatch']}});
        return [...r.violations, ...names.violations].map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
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
