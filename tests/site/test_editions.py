"""The Persian and Russian editions in the built site: every page in every edition, the right language and
direction, links to the same page in the other editions, translated core pages, English fallback said aloud."""

from __future__ import annotations

import json
import re

import pytest

from tests.htmlcheck import pages, resolve, soup

pytestmark = pytest.mark.build

EDITIONS = {"fa": "rtl", "ru": "ltr"}
# The core pages that must be translated in both editions (paths in the built site).
CORE = ["index.html", "about/index.html", "treaty/index.html", "treaty/articles/index.html",
        "treaty/coverage/index.html", "treaty/faq/index.html", "glossary/index.html", "treaty/articles/3/index.html",
        "treaty/preamble/index.html", "glossary/people/index.html"]


def test_every_page_exists_in_every_edition(site):
    english = {p.relative_to(site).as_posix() for p in pages(site)}
    for lang in EDITIONS:
        edition = {p.relative_to(site / lang).as_posix() for p in (site / lang).rglob("*.html")}
        assert english == edition, (lang, sorted(english ^ edition)[:10])


@pytest.mark.parametrize("lang", EDITIONS)
def test_each_edition_declares_its_language_and_direction(site, lang):
    for path in ["index.html", "treaty/articles/3/index.html", "timeline/index.html"]:
        html = soup(site / lang / path)
        assert html.find("html")["lang"] == lang, path
        assert html.find("body")["dir"] == EDITIONS[lang], path
    assert soup(site / "index.html").find("body")["dir"] == "ltr"


def test_every_page_links_to_itself_in_the_other_editions(site):
    """The language menu (relative links, with hreflang) opens the same page in each edition; the sitemap of each
    edition gives search engines the same alternates (absolute). No <link rel=alternate> in the head: the theme's
    script would fetch a sitemap next to each one from the public host on every page load."""
    for rel in ["index.html", "treaty/articles/3/index.html", "glossary/people/index.html"]:
        for lang in ("", "fa/", "ru/"):
            page = site / lang / rel
            html = soup(page)
            assert not html.find_all("link", rel="alternate"), (lang, rel)
            menu = html.select("a.md-select__link")
            assert [a["hreflang"] for a in menu] == ["en", "fa", "ru"], (lang, rel)
            for link in menu:
                target, _ = resolve(site, page, link["href"])
                expected = site / ("" if link["hreflang"] == "en" else link["hreflang"]) / rel
                assert target == expected, (page, link["href"], target)
            current = [a["hreflang"] for a in menu if a.get("aria-current")]
            assert current == [lang.rstrip("/") or "en"]
    for lang in ("", "fa/", "ru/"):
        sitemap = (site / lang / "sitemap.xml").read_text(encoding="utf-8")
        entry = re.search(r"<url>\s*<loc>[^<]*/treaty/articles/3/</loc>(.*?)</url>", sitemap, re.S).group(1)
        links = dict(re.findall(r'hreflang="([a-z-]+)" href="([^"]+)"', entry))
        assert set(links) == {"en", "fa", "ru", "x-default"}, links
        assert links["fa"].endswith("/russia-iran-treaty/fa/treaty/articles/3/"), links
        assert links["en"].endswith("/russia-iran-treaty/treaty/articles/3/"), links


@pytest.mark.parametrize("lang", EDITIONS)
def test_core_pages_are_translated_and_say_the_english_is_the_reference(site, lang):
    script = re.compile(r"[\u0600-\u06FF]" if lang == "fa" else r"[\u0400-\u04FF]")
    for rel in CORE:
        html = soup(site / lang / rel)
        article = html.select_one("article")
        assert not article.select(".edition-notice--fallback"), (lang, rel, "core page shown in English")
        note = article.select_one(".edition-notice")
        assert note is not None, (lang, rel)
        assert script.search(note.get_text()), (lang, rel, note.get_text())
        assert re.search(r"[\u06F0-\u06F9]{4}" if lang == "fa" else r"\d{4}", note.get_text()), \
            "the note says when the translation was last checked"
        h1 = article.find("h1").get_text()
        assert script.search(h1), (lang, rel, h1)


@pytest.mark.parametrize("lang", EDITIONS)
def test_a_page_without_translation_is_english_and_says_so_in_the_readers_language(site, lang):
    html = soup(site / lang / "timeline" / "index.html")
    notice = html.select_one("article .edition-notice--fallback")
    assert notice is not None
    assert re.search(r"[\u0600-\u06FF]" if lang == "fa" else r"[\u0400-\u04FF]", notice.get_text())
    body = html.select_one('article div[lang="en"][dir="ltr"]')
    assert body is not None and body.find("h1").get_text().startswith("Timeline")


def test_dates_and_digits_follow_each_edition(site):
    fa = soup(site / "fa" / "treaty" / "index.html").select_one("article").get_text()
    assert "۲۸ دی ۱۴۰۳ (۱۷ ژانویه ۲۰۲۵)" in fa, "Persian: Solar Hijri first, Gregorian beside, Persian digits"
    ru = soup(site / "ru" / "treaty" / "index.html").select_one("article").get_text()
    assert "17 января 2025 г." in ru
    en = soup(site / "treaty" / "index.html").select_one("article").get_text()
    assert "January 17, 2025" in en


@pytest.mark.parametrize("lang,word", [("fa", "بوشهر"), ("ru", "Бушер")])
def test_each_edition_has_its_own_search_index_with_its_words(site, lang, word):
    index = json.loads((site / lang / "search" / "search_index.json").read_text(encoding="utf-8"))
    docs = index["docs"]
    assert all(not d["location"].startswith(("fa/", "ru/")) for d in docs)
    assert any(word in d["text"] or word in d["title"] for d in docs), f"{word!r} not in the {lang} index"
    english = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    assert not any(word in d["text"] for d in english if d["location"].startswith("treaty/faq"))


def test_right_to_left_pages_keep_english_and_russian_runs_isolated(site):
    """In the Persian edition, the Russian and English titles on the key facts page carry their own language."""
    html = soup(site / "fa" / "treaty" / "index.html")
    assert html.select_one('article span[lang="ru"]') is not None
    assert html.select_one('article span[lang="en"][dir="ltr"]') is not None
