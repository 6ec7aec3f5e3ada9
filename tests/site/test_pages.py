"""Content pages as a reader gets them: articles, FAQ, sectors, context, comparison, timeline, glossary, claims."""

from __future__ import annotations

import re

import pytest

from tests.htmlcheck import pages, soup

pytestmark = pytest.mark.build


def test_pending_articles_say_so(site, data):
    for number, article in data.articles.items():
        path = site / ("treaty/preamble" if number == 0 else f"treaty/articles/{number}") / "index.html"
        text = soup(path).get_text(" ")
        badge = soup(path).select_one(".badge--" + article.basis)
        assert badge is not None, path
        if article.basis == "pending":
            assert "not yet summarized" in text and "propose a correction" in text.lower()
            assert not soup(path).select(".admonition.warning"), f"{path}: pending pages stay calm"


def test_articles_index_lists_every_article_and_filters_by_sector(site, data):
    page = soup(site / "treaty/articles/index.html")
    rows = page.select("table.filter__table tbody tr")
    assert len(rows) == 48
    radios = page.select("input[name=sector-filter]")
    assert len(radios) >= 3 and radios[0].has_attr("checked")
    assert page.find("legend")
    assert not page.select("article script")


def test_faq_cites_only_existing_articles(site, data):
    page = soup(site / "treaty/faq/index.html")
    assert len(page.select("article h2")) >= 10
    linked = set()
    for link in page.select("article a[href]"):
        match = re.match(r"^\.\./articles/(\d+)/$", link["href"])
        if match:
            linked.add(int(match.group(1)))
    assert linked and linked <= set(range(1, 48))
    assert len(page.select("div.footnote li")) >= 10


def test_sector_and_context_pages_are_generated_from_data(site, data):
    for sector in data.sectors.values():
        page = soup(site / "sectors" / sector.id / "index.html")
        assert page.h1.get_text().strip().rstrip("¶") == sector.title
        assert len(page.select("table")[0].select("tbody tr")) == len(sector.ledger) or not sector.ledger
    for topic in data.context.values():
        page = soup(site / "context" / topic.id / "index.html")
        assert page.h1.get_text().strip().rstrip("¶") == topic.title
        text = " ".join(page.get_text().split())
        assert all(" ".join(p.who.split(",")[0][:30].split()) in text for p in topic.positions)


def test_charts_have_titles_and_tables_with_the_same_numbers(site, data):
    from macros.render.charts import value_text

    charts = 0
    for sector in data.sectors.values():
        page = soup(site / "sectors" / sector.id / "index.html")
        for figure in sector.figures:
            svg = page.find("svg", attrs={"aria-labelledby": re.compile(f"chart-{figure.id}-title")})
            assert svg is not None and svg.title and svg.desc, figure.id
            assert svg.get("role") == "img"
            table = svg.find_next("table")
            values = [row.select("td")[1].get_text().strip() for row in table.select("tbody tr")]
            assert values == [value_text(p.value) for p in figure.points], figure.id
            assert [t.get_text() for t in svg.select("text.chart__value")] == values
            charts += 1
    assert charts >= 3


def test_comparison_matrix_has_every_cell(site, data):
    page = soup(site / "compare/index.html")
    matrix = page.select("table")[0]
    assert len(matrix.select("tbody tr")) == len(data.comparison.rows)
    for row in matrix.select("tbody tr"):
        cells = row.select("td")
        assert len(cells) == 1 + len(data.comparison.treaties)
        assert all(c.get_text(strip=True) for c in cells), row


def test_timeline_is_an_ordered_list_of_time_elements(site, data):
    page = soup(site / "timeline/index.html")
    items = page.select("ol.timeline > li")
    assert len(items) == len(data.timeline) >= 60
    stamps = [li.find("time")["datetime"] for li in items]
    assert stamps == sorted(stamps, key=lambda d: (d + "-01-01")[:10])
    boxes = page.select("fieldset input[type=checkbox]")
    assert boxes and all(b.has_attr("checked") for b in boxes)
    signing = page.find("li", id="2025-01-17-treaty-signed") or page.find(
        "time", attrs={"datetime": "2025-01-17"}).find_parent("li")
    assert "28 Dey 1403" in signing.get_text()


def test_sector_pages_show_their_slice_of_the_timeline(site, data):
    for sector in data.sectors.values():
        expected = [e.id for e in data.timeline.values() if sector.id in e.sectors]
        page = soup(site / "sectors" / sector.id / "index.html")
        shown = [li["id"] for li in page.select("ol.timeline > li")]
        assert sorted(shown) == sorted(expected), sector.id


def test_glossary_terms_have_anchors_and_language_markup(site, data):
    from macros.render.glossary import GROUPS, group_of

    page = soup(site / "glossary/index.html")
    for term in data.glossary.values():
        entry = page.find(id=term.id)
        assert entry is not None and term.short[:30] in entry.get_text(), term.id
        full = entry.find("a", href=f"../{group_of(term)}/#{term.id}") or entry.find("a", href=f"{group_of(term)}/#{term.id}")
        assert full is not None, term.id
        group_page = soup(site / "glossary" / group_of(term) / "index.html")
        assert group_page.find(id=term.id).name == "h2"
    assert len(page.select('span[lang="ru"]')) == len(data.glossary)
    assert len(page.select('span[lang="fa"][dir="rtl"]')) == len(data.glossary)
    assert page.select("nav.az a")
    total = sum(len(soup(site / "glossary" / g / "index.html").select("div.footnote li")) > 0 for g in GROUPS)
    assert total == len(GROUPS), "every group page ends with its sources"


def test_tooltips_appear_where_terms_are_used(site, data):
    abbrs = {t.abbr: t for t in data.glossary.values() if t.abbr}
    found = {}
    for path in pages(site):
        for element in soup(path).select("article abbr[title]"):
            found.setdefault(element.get_text(), set()).add(element["title"])
    assert len(set(found) & set(abbrs)) >= 5, sorted(found)
    for text, titles in found.items():
        if text in abbrs:  # the tooltip is the glossary's one-line definition
            assert titles == {abbrs[text].short if abbrs[text].term == text
                              else f"{abbrs[text].term}: {abbrs[text].short}"}, text


def test_claims_ledger_and_key_facts_link_each_other(site, data):
    page = soup(site / "claims/index.html")
    for claim in data.claims.values():
        assert page.find(id=claim.id)
    facts = soup(site / "treaty/index.html")
    assert facts.find("a", href=re.compile(r"claims/#entry-into-force-date$"))
    assert facts.find("a", href=re.compile(r"claims/#majlis-vote-tally$"))


def test_bibliography_lists_every_source_with_the_pages_citing_it(site, data):
    page = soup(site / "sources/index.html")
    entries = page.select("div.source")
    assert len(entries) == len(data.sources)
    assert all("Cited on" in e.get_text() for e in entries)
