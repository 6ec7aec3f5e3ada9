"""The built site (one shared strict build): pages exist, nothing unrendered, nothing external, links resolve."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.htmlcheck import fetched_urls, ids, is_external, pages, resolve, soup

pytestmark = pytest.mark.build

STABLE_PAGES = ["index.html", "treaty/index.html", "treaty/preamble/index.html", "treaty/articles/index.html",
                "treaty/faq/index.html", "sources/index.html", "about/index.html", "404.html"]


@pytest.mark.parametrize("page", STABLE_PAGES)
def test_stable_pages_exist(site, page):
    assert (site / page).is_file()


def test_every_article_has_a_page(site):
    for number in range(1, 48):
        page = site / "treaty" / "articles" / str(number) / "index.html"
        assert page.is_file(), page
        assert soup(page).h1.get_text().startswith(f"Article {number}")


def test_no_macro_errors_or_unrendered_template_syntax(site):
    for page in pages(site, editions=True):
        text = soup(page).get_text()
        assert "Macro Rendering Error" not in text, page
        assert not re.search(r"\{\{|\{%|%\}|\}\}", text), f"unrendered template syntax in {page}"


def test_no_page_loads_anything_from_another_host(site):
    offenders = {str(page.relative_to(site)): [u for u in fetched_urls(page) if is_external(u)]
                 for page in pages(site, editions=True)}
    assert not {k: v for k, v in offenders.items() if v}
    for css in site.rglob("*.css"):
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", css.read_text(encoding="utf-8")), css
    assert "fonts.googleapis" not in (site / "index.html").read_text(encoding="utf-8")


def test_every_internal_link_and_anchor_resolves(site):
    broken = []
    for page in pages(site, editions=True):
        for anchor in soup(page).find_all("a", href=True):
            href = anchor["href"]
            if is_external(href) or href.startswith(("mailto:", "javascript:")):
                continue
            target, fragment = resolve(site, page, href)
            if not target.is_file():
                broken.append(f"{page.relative_to(site)} -> {href} (no file)")
            elif fragment and page.parent.name != "print_page" and fragment not in ids(target):
                # (The print page is a derived export whose plugin rewrites only some in-page anchors.)
                broken.append(f"{page.relative_to(site)} -> {href} (no anchor)")
    assert not broken, "\n".join(broken[:50])


def test_every_citation_resolves_to_a_listed_source(site, data):
    known = set(data.sources)
    bibliography = set().union(*(ids(p) for p in (site / "sources").glob("*/index.html")))
    cited = set()
    for page in pages(site):
        for note in soup(page).select("div.footnote li[id^='fn:']"):
            source_id = note["id"].removeprefix("fn:")
            cited.add(source_id)
            assert source_id in known, f"{page}: cites unknown source {source_id}"
            assert source_id in bibliography, f"{source_id} is not listed on /sources/"
    assert cited, "no citations found at all"


def test_key_facts_show_ratification_and_entry_into_force(site, data):
    page = soup(site / "treaty" / "index.html")
    text = page.get_text(" ")
    treaty = data.treaty
    for record in treaty.ratification:
        for step in record.steps:
            assert page.find("time", attrs={"datetime": step.date.isoformat()}), step
    assert page.find(id="entry-into-force")
    for claim in treaty.entry_into_force.conflicting_claims:
        assert claim.by.split(",")[0] in text
    assert "28 Dey 1403" in text


def test_home_page_has_sourced_summary(site):
    page = soup(site / "index.html")
    assert len(page.select("div.footnote li")) >= 2
    assert page.find("a", href=re.compile(r"^treaty/"))


def test_generated_pages_edit_their_data_file(site):
    edit = soup(site / "treaty" / "articles" / "3" / "index.html").find("a", rel="edit")
    assert edit["href"].endswith("/edit/main/data/articles/article-03.yaml")
    edit = soup(site / "treaty" / "index.html").find("a", rel="edit")
    assert edit["href"].endswith("/edit/main/data/treaty.yaml")
    edit = soup(site / "timeline" / "index.html").find("a", rel="edit")
    assert edit["href"].endswith("/tree/main/data/timeline")
    edit = soup(site / "about" / "index.html").find("a", rel="edit")
    assert edit["href"].endswith("/edit/main/docs/about.md")


def test_search_dialog_has_an_accessible_name(site):
    dialog = soup(site / "index.html").find(attrs={"role": "dialog", "data-md-component": "search"})
    assert dialog.get("aria-label")


def test_persian_and_russian_text_is_marked_up(site):
    page = soup(site / "treaty" / "index.html")
    assert page.find("span", attrs={"lang": "ru"})
    assert page.find("span", attrs={"lang": "fa", "dir": "rtl"})


DATE_STYLE = {"en": r"[A-Z][a-z]+ \d{1,2}, \d{4}", "ru": r"\d{1,2} [а-я]+ \d{4} г\.",
              "fa": r"[۰-۹]{1,2} \S+ [۰-۹]{4} \([۰-۹]{1,2} \S+ [۰-۹]{4}\)"}
"""The one date style of each edition: American English; Russian; Solar Hijri first in Persian, Gregorian beside."""


def test_every_page_has_a_description_and_a_last_verified_date_from_data(site):
    for page in pages(site, editions=True):
        if page.name == "404.html" or page.parent.name == "print_page":
            continue  # 404 has no content of its own; the print page gathers the others (their dates are on them)
        html = soup(page)
        description = html.find("meta", attrs={"name": "description"})
        assert description and len(description["content"]) > 30, page
        assert html.find("meta", attrs={"property": "og:title"}), page
        verified = html.select_one(".cite-page__verified time")
        assert verified is not None, f"{page} has no last-verified date"
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", verified["datetime"])
        lang = page.relative_to(site).parts[0] if page.relative_to(site).parts[0] in ("fa", "ru") else "en"
        assert re.fullmatch(DATE_STYLE[lang], verified.get_text()), (page, verified.get_text())
        assert len(html.select(".cite-page__verified")) == 1, page
        content = html.select_one("article")
        cite = content.select_one(".cite-page")
        text = content.get_text(" ").replace(cite.get_text(" ") if cite else "", "")
        if page.parent.name != "about":   # About explains the date line
            assert "Last verified" not in text, f"{page}: a second last-verified line"


def test_cite_this_page_offers_plain_text_and_bibtex(site):
    html = soup(site / "treaty" / "articles" / "3" / "index.html")
    text = html.select_one(".cite-page__text").get_text()
    bibtex = html.select_one(".cite-page__bibtex").get_text()
    assert "Article 3" in text and "/treaty/articles/3/" in text
    assert bibtex.startswith("@misc{ritreaty-treaty-articles-3,") and "Last verified" in bibtex
    assert bibtex.count("{") == bibtex.count("}")


def test_repository_link_does_not_call_the_github_api(site):
    source = soup(site / "index.html").find("a", class_="md-source")
    assert source is not None and not source.get("data-md-component")


SKIPPED = {"code", "pre", "script", "style", "svg"}
SKIPPED_CLASSES = {"md-search", "cite-page", "md-footer"}


def _visible_prose(html) -> str:
    """The page's text outside code, scripts, the search box, the footer and the cite-this-page block (read from the
    cached soup without changing it)."""
    def shown(string) -> bool:
        for parent in string.parents:
            if parent.name in SKIPPED or SKIPPED_CLASSES & set(parent.get("class") or []):
                return False
        return True
    return " ".join(s for s in html.find_all(string=True) if shown(s))


def test_no_iso_dates_in_the_prose_of_any_page(site):
    iso = re.compile(r"(?<![\w/-])\d{4}-\d{2}-\d{2}(?![\w/-])")
    offenders = {}
    for page in pages(site, editions=True):
        if page.parent.name == "print_page":
            continue
        found = iso.findall(_visible_prose(soup(page)))
        if found:
            offenders[str(page.relative_to(site))] = found[:3]
    assert not offenders, offenders


def test_key_facts_show_the_claims_ledger_status(site, data):
    page = soup(site / "treaty" / "index.html")
    status = data.claims[data.treaty.entry_into_force.claim].status
    section = page.find(id="entry-into-force").find_next("p")
    assert section.find(class_=f"badge--{status}"), section


def test_cited_on_lists_every_page_that_shows_a_footnote_for_the_source(site):
    listed: dict[str, set[Path]] = {}
    for list_page in (site / "sources").glob("*/index.html"):
        for entry in soup(list_page).select("div.source[id]"):
            cited = next((p for p in entry.find_all("p") if "Cited on" in p.get_text()), None)
            hrefs = [a["href"] for a in cited.find_all("a", href=True)] if cited else []
            start = [i for i, a in enumerate(cited.find_all("a", href=True))
                     if a.find_previous(string=re.compile("Cited on"))] if cited else []
            links = [hrefs[i] for i in start]
            listed[entry["id"]] = {resolve(site, list_page, h)[0] for h in links}
    missing = []
    for page in pages(site):
        if page.parent.name == "print_page":
            continue
        for note in soup(page).select("div.footnote li[id^='fn:']"):
            source_id = note["id"].removeprefix("fn:")
            if page not in listed.get(source_id, set()):
                missing.append(f"{source_id} on {page.relative_to(site)}")
    assert not missing, f"{len(missing)} source/page pairs missing from Cited on: {missing[:10]}"


def test_search_waits_for_the_reader_without_patching_the_theme(site):
    import hashlib

    import material

    vendor = Path(material.__file__).parent / "templates" / "assets" / "javascripts"
    for bundle in (site / "assets" / "javascripts").glob("bundle.*.min.js"):
        original = vendor / bundle.name
        assert hashlib.sha256(bundle.read_bytes()).digest() == hashlib.sha256(original.read_bytes()).digest()
    html = (site / "index.html").read_text(encoding="utf-8")
    script = html.index("search\\/search_index\\.json")
    assert script < html.index("assets/javascripts/bundle."), "the deferral must run before the theme's bundle"


def test_search_index_is_bounded_and_holds_no_footnotes(site, data):
    import json

    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    size = (site / "search" / "search_index.json").stat().st_size
    assert size < 2_000_000, size
    text = " ".join(doc["text"] for doc in index["docs"] if not doc["location"].startswith(("sources/", "print_page/")))
    leaked = [s.id for s in data.sources.values() if s.url in text]
    assert not leaked, leaked[:5]
