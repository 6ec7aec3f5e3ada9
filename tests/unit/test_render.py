"""Render functions, module by module: Markdown out of validated data, hostile text escaped, citations once.

Small inputs come from the fixture data set (tests/fixtures/good/data); modules whose content types the fixture
lacks render the real data set, and the assertions check what a reader would see.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from macros.dataset import load_dataset
from macros.model.articles import Article
from macros.render import (
    articles,
    charts,
    claims,
    common,
    comparison,
    context,
    coverage,
    faq,
    glossary,
    opendata,
    sectors,
    sources,
    timeline,
    treaty,
)
from macros.render.common import Page


def page_for(good_data, path="treaty/index.md"):
    data = load_dataset(good_data)
    return data, Page(path, data.sources, data.outlets)


def real_page(data, path):
    return Page(path, data.sources, data.outlets)


# -- common --------------------------------------------------------------------------------------------------

def test_escape_neutralises_html_and_table_pipes():
    assert common.esc("<script>alert(1)</script> & co") == "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"
    assert common.cell("a | b\nc") == "a &#124; b c"


def test_dates_in_american_english_and_solar_hijri():
    assert common.long_date(date(2025, 1, 17)) == "January 17, 2025"
    assert common.solar_hijri(date(2025, 1, 17)) == "28 Dey 1403"   # the signing date as printed in the text
    assert common.solar_hijri(date(2025, 3, 21)) == "1 Farvardin 1404"  # Nowruz
    assert common.solar_hijri(date(2025, 5, 21)) == "31 Ordibehesht 1404"
    assert common.time_tag(date(2025, 10, 2)) == '<time datetime="2025-10-02">October 2, 2025</time>'


def test_admonition_keeps_every_paragraph_inside_its_box():
    box = common.admonition("info", "A note", "First paragraph.\n\nSecond paragraph\nwith a second line.")
    assert box == '!!! info "A note"\n\n    First paragraph.\n\n    Second paragraph\n    with a second line.'


def test_citations_are_footnotes_defined_once_with_the_outlet_kind(good_data):
    _, page = page_for(good_data)
    assert page.cite(["official-one", "analysis-one"]) == "[^official-one][^analysis-one]"
    page.cite(["official-one"])
    notes = page.references().split("\n\n")
    assert len(notes) == 2
    assert notes[0].startswith("[^official-one]: Ministry of Foreign Affairs (Official, Russia): "
                               "“A ministry statement”, January 17, 2025.")
    assert "(../sources/index.md#official-one)" in notes[0]


def test_a_description_is_never_dressed_as_a_headline(good_data):
    data, page = page_for(good_data)
    described = data.sources["analysis-one"].model_copy(update={"title": None, "description": "Report on X"})
    line = common.source_line(described, data.outlets["a-think-tank"], page)
    assert "“" not in line and "Report on X (headline not recorded)" in line


def test_relative_links_from_nested_pages(good_data):
    _, page = page_for(good_data, "treaty/articles/3.md")
    assert page.href("sources/index.md", "x") == "../../sources/index.md#x"
    assert page.href("treaty/articles/4.md") == "4.md"


# -- treaty (key facts) --------------------------------------------------------------------------------------

def test_infobox_shows_hijri_date_and_conflicting_claim(good_data):
    data, page = page_for(good_data)
    body = treaty.treaty_page(page, data.treaty, {})
    assert "28 Dey 1403" in body
    assert "An ambassador" in body and "badge--disputed" in body
    assert "400 for, 0 against" in body
    assert '<span lang="fa" dir="rtl">معاهده</span>' in body


def test_a_key_fact_with_a_ledger_entry_shows_the_ledger_status(data):
    page = real_page(data, "treaty/index.md")
    eif = data.treaty.entry_into_force
    assert eif.claim, "entry into force is discussed in the claims ledger"
    body = treaty.entry_into_force(page, data.treaty, data.claims)
    first_badge = re.search(r'badge badge--([a-z]+)', body).group(1)
    assert first_badge == data.claims[eif.claim].status


# -- articles ------------------------------------------------------------------------------------------------

def test_hostile_text_is_escaped_in_article_pages(good_data):
    data, page = page_for(good_data, "treaty/articles/3.md")
    hostile = Article.model_construct(number=3, title="A & B", basis="primary", summary="x < y > z & <b>",
                                      obligations=["<img src=x onerror=alert(1)>"], sectors=["defence"],
                                      related=[], misreading="Line one.\n\n<script>x</script>",
                                      translation_variants=[], disputes=[],
                                      sources=["official-one"], last_verified=date(2026, 11, 28))
    body = articles.article_page(page, {3: hostile}, 3)
    assert "<img" not in body and "<b>" not in body and "<script>" not in body
    assert "&lt;img src=x onerror=alert(1)&gt;" in body
    assert "# Article 3: A &amp; B" in body
    assert "\n    &lt;script&gt;x&lt;/script&gt;" in body   # the second paragraph stays in its box


def test_pending_article_is_calm_links_the_text_and_lists_what_sources_report(data):
    page = real_page(data, "treaty/articles/45.md")
    assert data.articles[45].basis == "pending"
    body = articles.article_page(page, data.articles, 45, texts=[("Kremlin text", "https://example.org/t")],
                                 repo_url="https://github.com/o/r", site_url="https://o.github.io/r/",
                                 coverage=data.coverage, sectors=data.sectors)
    assert "!!! warning" not in body and "[Kremlin text](https://example.org/t)" in body
    assert "template=correct-a-fact.yml" in body and "page=https%3A%2F%2Fo.github.io%2Fr%2Ftreaty%2Farticles%2F45%2F" in body
    unnumbered = [i for i in data.coverage.values() if not i.articles]
    if unnumbered:
        assert "## Provisions reported without an article number" in body
        assert body.count(coverage.NUMBER_NOT_CONFIRMED) == len(unnumbered)


def test_articles_index_filters_without_javascript_and_states_coverage(good_data):
    data, page = page_for(good_data, "treaty/articles/index.md")
    body = articles.articles_index(page, data.articles)
    assert "<script" not in body and ":has(" not in body
    assert "#only-defence:target ~ .filter__table tbody tr:not(.s-defence) { display: none; }" in body
    assert body.index('<div id="only-defence" class="filter__target"></div>') < body.index("<table")
    assert '<a class="filter__link filter__link--defence" href="#only-defence">' in body
    assert '<tr class="s-defence" markdown="1">' in body and "*Not yet summarized*" in body
    assert articles.coverage_text(data.articles) == "1 of 2 summarized"


# -- coverage ------------------------------------------------------------------------------------------------

def test_coverage_page_groups_by_theme_and_marks_unconfirmed_numbers(data):
    page = real_page(data, "treaty/coverage.md")
    body = coverage.coverage_page(page, data.coverage, data.sectors, data.articles)
    for item in data.coverage.values():
        line = next(ln for ln in body.splitlines() if ln.startswith("- " + common.esc(item.statement) + "[^"))
        links = line.rsplit("[^", 1)[-1]
        if item.articles:
            assert all((f"[Article {n}](articles/{n}.md)" if n else "[Preamble](preamble.md)") in links
                       for n in item.articles), item.id
        else:
            assert coverage.NUMBER_NOT_CONFIRMED in line, item.id
    used = {i.sector for i in data.coverage.values()}
    assert body.count("\n## ") == len(used)


# -- sources -------------------------------------------------------------------------------------------------

def test_sources_are_listed_by_outlet_kind_and_each_kind_is_stated_once(good_data):
    data, page = page_for(good_data, "sources/official.md")
    parts = sources.parts(data.sources, data.outlets)
    assert list(parts) == ["official", "analysis"]
    body = sources.sources_page(page, "official", parts, data.outlets,
                                {"official-one": {("Key facts", "treaty/index.md")}})
    assert body.startswith("# Sources: Official")
    assert '<div class="source lang-en" id="official-one" markdown>' in body
    assert '<h2 id="outlet-mfa-ru">Ministry of Foreign Affairs</h2>\n\nOfficial, Russia.' in body
    assert "Cited on: [Key facts](../treaty/index.md)" in body
    index = sources.bibliography(Page("sources/index.md", data.sources, data.outlets), data.sources, data.outlets,
                                 parts)
    assert "| [Official](official.md) |" in index and "[A think tank](analysis.md#outlet-a-think-tank) (1)" in index


def test_long_source_lists_are_split_into_parts(data):
    parts = sources.parts(data.sources, data.outlets, per_page=10)
    assert all(len(items) <= 10 for items in parts.values())
    assert sum(len(items) for items in parts.values()) == len(data.sources)
    assert any("-part-" in k for k in parts)


# -- claims, comparison, context, faq, glossary, sectors, timeline, charts, open data -----------------------

def test_claims_ledger_lists_every_value_with_who_and_when(data):
    page = real_page(data, "claims.md")
    body = claims.claims_ledger(page, data.claims)
    for claim in data.claims.values():
        assert f"{{ #{claim.id} }}" in body and f"badge--{claim.status}" in body
        for value in claim.values:
            assert common.cell(value.by) in body


def test_comparison_has_a_row_per_question_and_a_cell_per_treaty(data):
    page = real_page(data, "compare.md")
    body = comparison.comparison_page(page, data.comparison)
    for row in data.comparison.rows:
        assert common.cell(row.label) in body or common.esc(row.label) in body


def test_context_page_shows_every_position_with_its_government(data):
    topic = next(iter(data.context.values()))
    page = real_page(data, f"context/{topic.id}.md")
    body = context.context_page(page, topic, data.articles, data.sectors, data.timeline.values(), {})
    assert body.startswith(f"# {common.esc(topic.title)}")
    assert body.count('<tr markdown="1"><td data-label="Government" markdown="span">**') == len(topic.positions)
    assert body.count("badge--said-") >= len(topic.positions)


def test_faq_links_see_also_pages_by_their_titles(data, rendered):
    site, _ = rendered
    page = real_page(data, "treaty/faq.md")
    body = faq.faq_page(page, data.faq, data.articles, site.titles)
    assert "[Comparison with other treaties](../compare.md)" in body
    assert not re.search(r"\[[a-z0-9/_-]+\.md(#[a-z0-9-]+)?\]", body), "a raw page path used as link text"


def test_glossary_index_links_every_term_to_its_full_entry_with_names_in_their_language(data):
    parts = glossary.group_parts(data.glossary)
    homes = glossary.term_homes(parts)
    body = glossary.glossary_index(real_page(data, "glossary/index.md"), data.glossary, 1, homes)
    for term in data.glossary.values():
        assert f"]({homes[term.id].removeprefix('glossary/')}#{term.id})" in body, term.id
    for key, members in parts.items():
        assert len(members) <= glossary.GROUP_PER_PAGE
        text = glossary.glossary_group(real_page(data, glossary.group_path(key)), key, parts, data.glossary,
                                       data.sectors)
        assert text.count('lang="fa" dir="rtl"') >= len(members) and text.count('lang="ru"') >= len(members)


def test_people_and_places_get_tooltips_as_well_as_abbreviations(data):
    text = glossary.abbreviations(data.glossary)
    people = [t for t in data.glossary.values() if t.category == "person"]
    assert people and all(f"*[{t.term}]: " in text for t in people if "(" not in t.term)
    assert all(f"*[{t.abbr}]: " in text for t in data.glossary.values() if t.abbr)


def test_sector_page_has_a_ledger_and_a_chart_with_a_table_of_the_same_numbers(data):
    sector = data.sectors["trade-economy"]
    page = real_page(data, "sectors/trade-economy.md")
    body = sectors.sector_page(page, sector, data.articles, data.timeline.values(), data.context, {})
    for figure in sector.figures:
        assert f'<title id="{figure.id}-title">' in body or figure.id in body
        for point in figure.points:
            assert charts.value_text(point.value) in body


def test_timeline_pages_hold_every_event_once_in_order_by_year(data):
    parts = timeline.parts(data.timeline.values())
    ids = []
    for key, events in parts.items():
        assert len(events) <= timeline.PER_PAGE
        assert {e.start.year for e in events} == {int(key.split("-")[0])}
        body = timeline.part_page(real_page(data, timeline.part_path(key)), key, parts, {})
        assert "<script" not in body and ":has(" not in body
        ids += re.findall(r'<li class="event cat-[a-z-]+" id="([^"]+)"', body)
    assert ids == list(data.timeline)   # the data set is sorted by date


def test_a_timeline_page_filters_by_category_with_links_and_has_month_headings(data):
    parts = timeline.parts(data.timeline.values())
    key = max(parts, key=lambda k: len(parts[k]))
    body = timeline.part_page(real_page(data, timeline.part_path(key)), key, parts, {})
    cats = {e.category for e in parts[key]}
    for c in cats:
        assert f'<div id="only-{c}" class="filter__target"></div>' in body and f'href="#only-{c}"' in body
    assert body.index('class="filter__target"') < body.index('<ol class="timeline')
    assert re.search(r"^## [A-Z][a-z]+ \d{4} \{ #m-[a-z]+-\d{4} \}$", body, re.M)
    assert "Jump to: [" in body


def test_the_timeline_index_lists_every_year_with_its_count(data):
    body = timeline.timeline_index(real_page(data, "timeline.md"), data.timeline.values(), {})
    years = sorted({e.start.year for e in data.timeline.values()})
    for year in years:
        count = sum(1 for e in data.timeline.values() if e.start.year == year)
        assert f"**[{year}](timeline/{year}.md)**: {count} event" in body


def test_bar_chart_is_html_with_values_in_text_and_a_legend(data):
    figure = data.sectors["trade-economy"].figures[0]
    html = charts.bar_chart(figure, "c1")
    assert html.startswith('<figure class="bars" id="c1" data-search-exclude>') and "<svg" not in html
    assert html.count('<li class="bars__row') == len(figure.points)
    for point in figure.points:
        assert f'<span class="bars__value">{charts.value_text(point.value)}' in html
        if point.status != "confirmed":
            assert f'<span class="bars__status">{point.status}</span>' in html   # colour is never the only cue
    assert "Bar colour:" in html
    assert ("Not a time series" in html) == (not figure.comparable)


def test_tables_stack_on_phones_and_drop_empty_columns():
    html = common.table(["A", "Empty", "B"], [["1", "", "x"], ["2", "—", "y"]])
    assert '<table class="stack" markdown="1">' in html and "Empty" not in html
    assert '<td data-label="A" markdown="span">1</td><td data-label="B" markdown="span">x</td>' in html


def test_open_data_page_lists_every_type_with_its_count(data):
    from macros.export import CSV_OF, schema_documents

    schemas = schema_documents()
    counts = {name: data.count(name) for name in schemas}
    body = opendata.data_page(schemas, counts, CSV_OF)
    for name in schemas:
        assert f"{name}.json" in body


@pytest.mark.parametrize("text", ["[x](javascript:alert(1))", "<a href=x>y</a>"])
def test_unsafe_text_never_reaches_a_page_as_markup(good_data, text):
    from pydantic import TypeAdapter, ValidationError

    from macros.model.base import Text

    with pytest.raises(ValidationError):
        TypeAdapter(Text).validate_python(text)
