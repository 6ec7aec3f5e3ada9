"""The built site (one shared strict build): pages exist, nothing unrendered, nothing external, links resolve."""

from __future__ import annotations

import re

import pytest

from macros.dataset import load_dataset
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
    for page in pages(site):
        text = soup(page).get_text()
        assert "Macro Rendering Error" not in text, page
        assert not re.search(r"\{\{|\{%|%\}|\}\}", text), f"unrendered template syntax in {page}"


def test_no_page_loads_anything_from_another_host(site):
    offenders = {str(page.relative_to(site)): [u for u in fetched_urls(page) if is_external(u)]
                 for page in pages(site)}
    assert not {k: v for k, v in offenders.items() if v}
    for css in site.rglob("*.css"):
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", css.read_text(encoding="utf-8")), css
    assert "fonts.googleapis" not in (site / "index.html").read_text(encoding="utf-8")


def test_every_internal_link_and_anchor_resolves(site):
    broken = []
    for page in pages(site):
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


def test_every_citation_resolves_to_a_listed_source(site):
    known = set(load_dataset().sources)
    bibliography = ids(site / "sources" / "index.html")
    cited = set()
    for page in pages(site):
        for note in soup(page).select("div.footnote li[id^='fn:']"):
            source_id = note["id"].removeprefix("fn:")
            cited.add(source_id)
            assert source_id in known, f"{page}: cites unknown source {source_id}"
            assert source_id in bibliography, f"{source_id} is not listed on /sources/"
    assert cited, "no citations found at all"


def test_key_facts_show_ratification_and_entry_into_force(site):
    page = soup(site / "treaty" / "index.html")
    text = page.get_text(" ")
    treaty = load_dataset().treaty
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


def test_search_dialog_has_an_accessible_name(site):
    dialog = soup(site / "index.html").find(attrs={"role": "dialog", "data-md-component": "search"})
    assert dialog.get("aria-label")


def test_persian_and_russian_text_is_marked_up(site):
    page = soup(site / "treaty" / "index.html")
    assert page.find("span", attrs={"lang": "ru"})
    assert page.find("span", attrs={"lang": "fa", "dir": "rtl"})


def test_every_page_has_a_description_and_a_last_verified_date_from_data(site):
    for page in pages(site):
        if page.name == "404.html" or page.parent.name == "print_page":
            continue  # 404 has no content of its own; the print page gathers the others (their dates are on them)
        html = soup(page)
        description = html.find("meta", attrs={"name": "description"})
        assert description and len(description["content"]) > 30, page
        assert html.find("meta", attrs={"property": "og:title"}), page
        verified = html.select_one(".cite-page__verified time")
        assert verified is not None, f"{page} has no last-verified date"
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", verified["datetime"])


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
