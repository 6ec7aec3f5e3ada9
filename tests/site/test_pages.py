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
    links = page.select("nav.filter a.filter__link[href^='#only-']")
    assert len(links) >= 3
    for link in links:
        assert page.find("div", id=link["href"][1:], class_="filter__target"), link["href"]
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


def test_charts_have_values_in_text_and_tables_with_the_same_numbers(site, data):
    from macros.render.charts import value_text

    charts = 0
    for sector in data.sectors.values():
        page = soup(site / "sectors" / sector.id / "index.html")
        for figure in sector.figures:
            chart = page.find("figure", id=f"chart-{figure.id}")
            assert chart is not None and chart.has_attr("data-search-exclude"), figure.id
            shown = [v.contents[0].strip() for v in chart.select(".bars__value")]
            assert shown == [value_text(p.value) for p in figure.points], figure.id
            table = chart.find_next("table")
            values = [row.select("td")[1].get_text().strip() for row in table.select("tbody tr")]
            assert values == shown and table.has_attr("data-search-exclude")
            assert chart.select_one(".bars__legend")
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


def test_timeline_year_pages_hold_every_event_in_order(site, data):
    from macros.render.timeline import parts

    index = soup(site / "timeline/index.html")
    all_parts = parts(data.timeline.values())
    stamps, ids = [], []
    for key in all_parts:
        assert index.find("a", href=f"{key.split('-')[0]}/") or key.count("-"), key
        page = soup(site / "timeline" / key / "index.html")
        assert page.h1.get_text(strip=True).startswith(f"Timeline: {key.split('-')[0]}")
        assert page.select("nav.filter a.filter__link") and page.select("div.filter__target")
        assert page.select("h2[id^=m-]"), key   # month headings: the table of contents jumps by month
        for li in page.select("ol.timeline > li"):
            ids.append(li["id"])
            stamps.append(li.find("time")["datetime"])
    assert ids == list(data.timeline) and len(ids) >= 100
    assert stamps == sorted(stamps, key=lambda d: (d + "-01-01")[:10])
    signing = soup(site / "timeline/2025/index.html").find("li", id="2025-01-17-treaty-signed")
    assert signing is not None and "28 Dey 1403" in signing.get_text()


def test_sector_pages_show_the_latest_of_their_slice_of_the_timeline(site, data):
    from macros.render.timeline import SLICE

    for sector in data.sectors.values():
        expected = [e.id for e in data.timeline.values() if sector.id in e.sectors][-SLICE:]
        page = soup(site / "sectors" / sector.id / "index.html")
        shown = [li["id"] for li in page.select("ol.timeline > li")]
        assert shown == expected, sector.id


def test_glossary_terms_have_anchors_and_language_markup(site, data):
    from macros.render.glossary import group_parts, term_homes

    page = soup(site / "glossary/index.html")
    homes = term_homes(group_parts(data.glossary))
    for term in data.glossary.values():
        anchor = page.find(id=term.id)
        assert anchor is not None, term.id
        entry = anchor.find_parent("li")
        assert term.short[:30] in entry.get_text(), term.id
        home = homes[term.id].removeprefix("glossary/").removesuffix(".md")
        assert entry.find("a", href=f"../{home}/#{term.id}") or entry.find("a", href=f"{home}/#{term.id}"), term.id
        group_page = soup(site / "glossary" / home / "index.html")
        heading = group_page.find(id=term.id)
        assert heading.name == "h2"
        names = heading.find_next_sibling(lambda tag: tag.name == "p" and tag.select_one("span[lang]"))
        assert names.select_one('span[lang="ru"]') and names.select_one('span[lang="fa"][dir="rtl"]'), term.id
    assert page.select("nav.az a")
    for home in set(homes.values()):
        group_page = soup(site / home.removesuffix(".md") / "index.html")
        assert group_page.select("div.footnote li"), f"{home} ends with its sources"


def test_tooltips_appear_where_terms_are_used(site, data):
    from macros.render.glossary import abbreviations

    abbrs = {t.abbr: t for t in data.glossary.values() if t.abbr}
    defined = dict(line[2:].split("]: ", 1) for line in abbreviations(data.glossary).splitlines())
    found = {}
    for path in pages(site):
        for element in soup(path).select("article abbr[title]"):
            found.setdefault(element.get_text(), set()).add(element["title"])
    assert len(set(found) & set(abbrs)) >= 5, sorted(found)
    people_and_places = {t.term for t in data.glossary.values() if t.category in ("person", "place")}
    assert len(set(found) & people_and_places) >= 5, "names of people and places get tooltips too"
    for text, titles in found.items():
        assert titles == {defined[text]}, text   # the tooltip is the glossary's one-line definition


def test_claims_ledger_and_key_facts_link_each_other(site, data):
    page = soup(site / "claims/index.html")
    for claim in data.claims.values():
        assert page.find(id=claim.id)
    facts = soup(site / "treaty/index.html")
    assert facts.find("a", href=re.compile(r"claims/#entry-into-force-date$"))
    assert facts.find("a", href=re.compile(r"claims/#majlis-vote-tally$"))


def source_pages(site):
    return [p for p in (site / "sources").glob("*/index.html")]


def test_every_source_is_listed_once_with_the_pages_citing_it(site, data):
    entries = [e for page in source_pages(site) for e in soup(page).select("div.source")]
    assert sorted(e["id"] for e in entries) == sorted(data.sources)
    assert all("Cited on" in e.get_text() for e in entries)
    index = soup(site / "sources/index.html")
    for outlet in data.outlets.values():   # the index links every outlet to its entry
        assert index.find("a", href=re.compile(f"#outlet-{re.escape(outlet.id)}$")), outlet.id


def test_no_page_is_heavier_than_lighthouse_allows(site):
    heavy = {str(p.relative_to(site)): n for p in pages(site, editions=True)
             if p.parent.name != "print_page" and (n := len(soup(p).find_all(True))) > 1400}
    assert not heavy, heavy


def test_citations_are_one_group_per_claim(site):
    for name in ("treaty/index.html", "sectors/trade-economy/index.html", "timeline/2025/index.html"):
        page = soup(site / name)
        assert not page.select("sup[id^=fnref]"), name
        groups = page.select("sup.cites")
        assert groups and any(len(g.select("a.footnote-ref")) > 1 for g in groups), name
        for g in groups:
            assert g.get_text().replace(", ", ",").replace(",", "").isdigit(), g


def test_the_print_page_leaves_out_articles_not_yet_summarized(site, data):
    text = soup(site / "print_page" / "index.html")
    headings = {h.get_text(" ", strip=True) for h in text.find_all("h1")}
    for number, article in data.articles.items():
        if number and article.basis == "pending":
            assert not any(h.startswith(f"Article {number}") and h.split(":")[0] == f"Article {number}"
                           for h in headings), number
    assert any(h.startswith("Article 3") for h in headings)


def test_the_offline_bundle_is_offered_for_download(site):
    for name in ("index.html", "about/index.html"):
        link = soup(site / name).find("a", href=re.compile(r"russia-iran-treaty-offline\.zip$"))
        assert link is not None, name
