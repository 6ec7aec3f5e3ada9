"""Render functions on small inputs: Markdown out, hostile text escaped, citations numbered once per source."""

from __future__ import annotations

from datetime import date

from macros.dataset import load_dataset
from macros.model.articles import Article
from macros.render import articles, common, sources, treaty
from macros.render.common import Page


def page_for(good_data, path="treaty/index.md"):
    data = load_dataset(good_data)
    return data, Page(path, data.sources)


def test_escape_neutralises_html_and_table_pipes():
    assert common.esc("<script>alert(1)</script> & co") == "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"
    assert common.cell("a | b\nc") == "a &#124; b c"


def test_dates_in_american_english_and_solar_hijri():
    assert common.long_date(date(2025, 1, 17)) == "January 17, 2025"
    assert common.solar_hijri(date(2025, 1, 17)) == "28 Dey 1403"   # the signing date as printed in the text
    assert common.solar_hijri(date(2025, 3, 21)) == "1 Farvardin 1404"  # Nowruz
    assert common.solar_hijri(date(2025, 5, 21)) == "31 Ordibehesht 1404"
    assert common.time_tag(date(2025, 10, 2)) == '<time datetime="2025-10-02">October 2, 2025</time>'


def test_citations_are_footnotes_defined_once(good_data):
    _, page = page_for(good_data)
    assert page.cite(["official-one", "analysis-one"]) == "[^official-one][^analysis-one]"
    page.cite(["official-one"])
    notes = page.references().split("\n\n")
    assert len(notes) == 2 and notes[0].startswith("[^official-one]: Ministry of Foreign Affairs (Official, RU)")
    assert "(../sources/index.md#official-one)" in notes[0]


def test_relative_links_from_nested_pages(good_data):
    _, page = page_for(good_data, "treaty/articles/3.md")
    assert page.href("sources/index.md", "x") == "../../sources/index.md#x"
    assert page.href("treaty/articles/4.md") == "4.md"


def test_infobox_shows_hijri_date_and_conflicting_claim(good_data):
    data, page = page_for(good_data)
    body = treaty.treaty_page(page, data.treaty)
    assert "28 Dey 1403" in body
    assert "An ambassador" in body and "badge--disputed" in body
    assert "400 for, 0 against" in body
    assert '<span lang="fa" dir="rtl">معاهده</span>' in body


def test_hostile_text_is_escaped_in_article_pages(good_data):
    data, page = page_for(good_data, "treaty/articles/3.md")
    hostile = Article.model_construct(number=3, title="A & B", basis="primary", summary="x < y > z & <b>",
                                      obligations=["<img src=x onerror=alert(1)>"], sectors=["defence"],
                                      related=[], misreading=None, translation_variants=[], disputes=[],
                                      sources=["official-one"], last_verified=date(2026, 11, 28))
    body = articles.article_page(page, {3: hostile}, 3)
    assert "<img" not in body and "<b>" not in body
    assert "&lt;img src=x onerror=alert(1)&gt;" in body
    assert "# Article 3: A &amp; B" in body


def test_pending_article_says_so_and_links_the_text(good_data):
    data, page = page_for(good_data, "treaty/articles/4.md")
    body = articles.article_page(page, data.articles, 4, texts=[("Kremlin text", "https://example.org/t")],
                                 repo_url="https://github.com/o/r", site_url="https://o.github.io/r/")
    assert "Not yet summarized" in body and "[Kremlin text](https://example.org/t)" in body
    assert "template=correct-a-fact.yml" in body and "page=https%3A%2F%2Fo.github.io%2Fr%2Ftreaty%2Farticles%2F4%2F" in body
    assert "← Previous: [Article 3: No help to an aggressor](3.md)" in body


def test_articles_index_filters_without_javascript(good_data):
    data, page = page_for(good_data, "treaty/articles/index.md")
    body = articles.articles_index(page, data.articles)
    assert "<script" not in body
    assert '.filter:has(#sf-defence:checked) tbody tr:not(.s-defence) { display: none; }' in body
    assert '<tr class="s-defence" markdown="1">' in body and "*Not yet summarized*" in body


def test_bibliography_groups_by_kind_with_anchors(good_data):
    data, page = page_for(good_data, "sources/index.md")
    body = sources.bibliography(page, data.sources, {"official-one": {("Key facts", "treaty/index.md")}})
    assert body.index("## Official (1)") < body.index("## Analysis and documents (1)")
    assert '<div class="source" id="official-one" markdown>' in body
    assert "Cited on: [Key facts](../treaty/index.md)" in body
