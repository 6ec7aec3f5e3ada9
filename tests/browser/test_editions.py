"""The Persian and Russian editions in a real browser: the language menu, right-to-left layout, search in each
language (online and from file://), axe in light and dark mode, and the notices (stale, English fallback)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from tests.browser.test_browser import search
from tests.conftest import BUILD_ENV, ROOT

pytestmark = [pytest.mark.browser, pytest.mark.build]

EDITION_PAGES = ["", "treaty/", "treaty/articles/3/", "treaty/faq/", "glossary/", "treaty/coverage/", "timeline/"]


def test_language_menu_opens_the_same_page_in_the_other_edition(page, base_url, external_requests):
    page.goto(base_url + "treaty/articles/3/")
    page.locator(".md-header .md-select button").hover()
    page.locator("a.md-select__link[hreflang=fa]").click()
    page.wait_for_url("**/fa/treaty/articles/3/")
    assert page.evaluate("() => document.documentElement.lang") == "fa"
    assert "ماده" in page.locator("article h1").inner_text()
    page.locator(".md-header .md-select button").hover()
    page.locator("a.md-select__link[hreflang=ru]").click()
    page.wait_for_url("**/ru/treaty/articles/3/")
    assert page.locator("article h1").inner_text().startswith("Статья 3")
    assert not external_requests


def test_persian_pages_read_right_to_left(page, base_url):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(base_url + "fa/treaty/")
    layout = page.evaluate("""() => {
        const box = e => e.getBoundingClientRect();
        const nav = document.querySelector('.md-sidebar--primary'), content = document.querySelector('.md-content');
        const cell = document.querySelector('article table td');
        return {dir: getComputedStyle(document.body).direction,
                navRightOfContent: box(nav).left > box(content).left,
                cellAlign: getComputedStyle(cell).textAlign,
                noticeBorder: getComputedStyle(document.querySelector('.edition-notice')).borderRightWidth};
    }""")
    assert layout["dir"] == "rtl"
    assert layout["navRightOfContent"], "the navigation sits on the right in Persian"
    assert layout["cellAlign"] in ("start", "right")
    assert layout["noticeBorder"] != "0px", "logical properties put the notice's rule on the right"


def test_a_persian_tooltip_stays_on_a_phone_screen(phone, base_url):
    phone.goto(base_url + "fa/treaty/")
    phone.wait_for_load_state("networkidle")
    for term in phone.locator("article abbr[tabindex='0']").all()[:4]:
        term.scroll_into_view_if_needed()
        term.focus()
        inner = phone.locator(".md-tooltip2--active .md-tooltip2__inner")
        inner.wait_for(timeout=5000)
        box = inner.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390, box   # right to left, yet inside the screen
        assert inner.evaluate("e => getComputedStyle(e).direction") == "rtl"
        phone.keyboard.press("Escape")
        phone.locator(".md-tooltip2").wait_for(state="detached", timeout=5000)


@pytest.mark.parametrize("lang,query,expected", [("fa", "بوشهر", "fa/"), ("fa", "متجاوز", "fa/treaty/articles/3/"),
                                                 ("ru", "агрессору", "ru/treaty/articles/3/"),
                                                 ("ru", "Бушер", "ru/")])
def test_search_in_each_edition_finds_its_own_words(page, base_url, lang, query, expected):
    page.goto(base_url + f"{lang}/")
    hrefs = search(page, query)
    assert any(expected in h for h in hrefs), hrefs
    assert all(f"/{lang}/" in h for h in hrefs), "each edition searches its own pages only"


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang", ["fa", "ru"])
def test_no_accessibility_violations_in_the_editions(page, base_url, axe_source, external_requests, lang, scheme):
    page.emulate_media(color_scheme=scheme)
    for path in EDITION_PAGES:
        page.goto(base_url + f"{lang}/{path}")
        page.add_script_tag(content=axe_source)
        result = page.evaluate("""async () => {
            const r = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}});
            return r.violations.map(v => ({id: v.id, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
        }""")
        assert result == [], (lang, path, json.dumps(result, indent=1))
    assert not external_requests, external_requests


def test_a_page_without_translation_says_so_visibly(page, base_url):
    page.goto(base_url + "fa/timeline/")
    notice = page.locator(".edition-notice--fallback")
    assert notice.is_visible()
    assert "انگلیسی" in notice.inner_text()
    assert page.locator('article div[lang="en"] h1').inner_text().startswith("Timeline")


@pytest.fixture(scope="module")
def stale_site(tmp_path_factory):
    """The site built from a copy of the data in which Article 3's English summary changed after translation."""
    data = tmp_path_factory.mktemp("stale") / "data"
    shutil.copytree(ROOT / "data", data)
    article = data / "articles" / "article-03.yaml"
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("Article 3 is the treaty's central security clause.",
                                    "Article 3 is the treaty's main security clause.", 1), encoding="utf-8")
    out = tmp_path_factory.mktemp("stale-site")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(out)], cwd=ROOT,
                            env={**BUILD_ENV, "EXPLAINER_DATA": str(data)}, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-3000:]
    yield out
    # Leave build/docs* as the real data renders it, for later builds in this session.
    subprocess.run([sys.executable, "-m", "macros", "render", "--quiet"], cwd=ROOT, env=BUILD_ENV, check=True)


@pytest.mark.parametrize("lang,words", [("fa", "متن انگلیسی"), ("ru", "Английский текст")])
def test_a_stale_translation_is_shown_with_a_notice(page, stale_site, lang, words):
    page.goto((stale_site / lang / "treaty" / "articles" / "3" / "index.html").as_uri())
    notice = page.locator(".edition-notice--stale")
    assert notice.is_visible()
    assert words in notice.inner_text()
    assert "ماده ۳" in notice.inner_text() or "Статья 3" in notice.inner_text()


@pytest.mark.parametrize("lang,query", [("fa", "بوشهر"), ("ru", "Бушер")])
def test_offline_edition_bundle_opens_in_its_language_and_searches(page, offline_bundles, external_requests, lang,
                                                                   query):
    start = offline_bundles / f"test-{lang}" / "index.html"
    page.goto(start.as_uri())
    page.wait_for_url(f"**/site/{lang}/index.html")
    assert page.evaluate("() => document.documentElement.lang") == lang
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(query)
    results = page.locator(".md-search-result__item a")
    results.first.wait_for(timeout=20000)
    assert results.count() > 0
    assert not external_requests, external_requests


@pytest.mark.parametrize("query", ["ماده 3", "ماده ۳"])
def test_persian_search_for_article_3_puts_it_first_whatever_the_digits(page, base_url, query):
    page.goto(base_url + "fa/")
    hrefs = search(page, query)
    assert "fa/treaty/articles/3/" in hrefs[0], hrefs[:5]
