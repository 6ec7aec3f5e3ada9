"""The real data set meets the content standards (counts, completeness, consistency, one kind per outlet)."""

from __future__ import annotations

from collections import Counter


def test_preamble_and_all_47_articles_have_entries(data):
    assert sorted(data.articles) == list(range(0, 48))


SUMMARIZED = {0, 1, 2, 3, 4, 5, 7, 12, 14, 19, 23, 30, 33}
"""Entries with a sourced summary as of December 1, 2026; a later change may add to them, never silently drop one."""


def test_no_summarized_article_goes_back_to_pending(data):
    summarized = {a.number for a in data.articles.values() if a.basis != "pending"}
    assert SUMMARIZED <= summarized, sorted(SUMMARIZED - summarized)


def test_summarized_articles_are_sourced_and_substantial(data):
    for article in data.articles.values():
        if article.basis == "pending":
            assert not article.summary and not article.obligations, f"pending {article.number} makes claims"
            continue
        assert article.sources, article.number
        assert 80 <= len(article.summary) <= 1400, article.number
        assert article.summary.count(".") >= 2, f"article {article.number}: summary should be 2–5 sentences"
        assert article.sectors and article.title


def test_primary_basis_means_the_treaty_text_is_cited(data):
    texts = {s for link in data.treaty.texts for s in link.source}
    for article in data.articles.values():
        if article.basis == "primary":
            assert texts & set(article.sources), f"article {article.number} is primary but cites no treaty text"


def test_article_3_records_the_disputed_translation(data):
    variants = data.articles[3].translation_variants
    wordings = " ".join(v.wording for tv in variants for v in tv.variants)
    for verb in ("shall not", "must not"):
        assert verb in wordings
    assert "mutual" in data.articles[3].misreading.lower()


def test_faq_answers_the_reader_questions(data):
    assert len(data.faq) >= 10
    for needed in ("alliance", "june-2025", "in-force", "authoritative-text", "compare", "sanctions-payments",
                   "nuclear", "arms", "implemented"):
        assert needed in data.faq


def test_coverage_items_are_attributed_and_numbers_are_sourced(data):
    assert len(data.coverage) >= 20
    assert {i.sector for i in data.coverage.values()} >= {"defence", "trade-economy", "energy", "sanctions-finance"}


def test_at_least_ten_sectors_and_seven_context_topics(data):
    assert len(data.sectors) >= 10
    assert set(data.context) >= {"ukraine-war", "israel-iran-war-2025", "snapback-2025", "nuclear-programme-iaea",
                                 "gulf-states", "south-caucasus-caspian", "brics-sco-eaeu"}


def test_trade_figure_keeps_its_period(data):
    """$3.77bn is January–October 2024, never 'full-year 2024'."""
    points = [p for f in data.sectors["trade-economy"].figures for p in f.points if p.value == 3.77]
    assert points and all("Oct" in p.period for p in points)


def test_context_pages_show_several_governments(data):
    for topic in data.context.values():
        assert len({p.actor for p in topic.positions}) >= 3, topic.id


def test_timeline_has_sourced_events_in_order(data):
    events = list(data.timeline.values())
    assert len(events) >= 100
    assert [e.start for e in events] == sorted(e.start for e in events)
    assert "2001-03-12-foundations-treaty-signed" in data.timeline


def test_glossary_terms_have_both_names_and_unique_abbreviations(data):
    terms = list(data.glossary.values())
    assert len(terms) >= 80
    assert all(t.ru and t.fa and t.sources for t in terms)
    abbrs = [t.abbr for t in terms if t.abbr]
    assert len(abbrs) == len(set(abbrs)) and len(abbrs) >= 15
    assert {"organization", "institution", "place", "person", "system"} <= set(Counter(t.category for t in terms))


def test_claims_ledger_covers_the_contested_facts(data):
    assert {"entry-into-force-date", "majlis-vote-tally", "trade-2024", "iran-weapons-transfers",
            "eight-nuclear-power-plants"} <= set(data.claims)


def test_outlets_are_distinct_and_state_outlets_name_their_state(data):
    names = Counter(o.name.lower().removeprefix("the ") for o in data.outlets.values())
    assert not [n for n, c in names.items() if c > 1]
    for outlet in data.outlets.values():
        if outlet.kind in ("official", "state-media", "state-aligned"):
            assert outlet.country, outlet.id
        if outlet.kind in ("state-aligned", "republisher"):
            assert outlet.affiliation, outlet.id
    kinds = Counter(o.kind for o in data.outlets.values())
    assert kinds["state-aligned"] and kinds["republisher"] and kinds["official"] >= 5, kinds


def test_known_state_outlets_are_not_filed_as_independent(data):
    by_name = {o.name.lower(): o for o in data.outlets.values()}
    for name in ("tass", "irna", "ria novosti", "press tv", "mehr news agency"):
        matches = [o for n, o in by_name.items() if n.startswith(name)]
        assert all(o.kind in ("state-media", "official", "state-aligned") for o in matches), name


def test_every_outlet_and_every_source_is_used(data, rendered):
    site, _ = rendered
    cited = site.cited_by()
    uncited = sorted(set(data.sources) - set(cited))
    assert not uncited, f"{len(uncited)} sources are cited nowhere: {uncited[:20]}"
    used = {s.outlet for s in data.sources.values()}
    assert set(data.outlets) == used, sorted(set(data.outlets) - used)[:20]


def test_every_state_outlet_names_its_country_in_words(data):
    """A citation says 'State media, Egypt', never 'State media, EG'."""
    from macros.render.common import outlet_label

    codes = [o.id for o in data.outlets.values() if o.country and o.country.upper() in outlet_label(o)]
    assert not codes, codes
