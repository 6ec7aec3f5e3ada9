"""The real data set meets the content standards the issues set (counts, completeness, consistency)."""

from __future__ import annotations

from collections import Counter

import pytest

from macros.dataset import load_dataset
from macros.render.site import Site


@pytest.fixture(scope="module")
def data():
    return load_dataset()


def test_preamble_and_all_47_articles_have_entries(data):
    assert sorted(data.articles) == list(range(0, 48))


def test_summarized_articles_are_sourced_and_substantial(data):
    for article in data.articles.values():
        if article.basis == "pending":
            assert not article.summary and not article.obligations, f"pending {article.number} makes claims"
            continue
        assert article.sources, article.number
        assert 80 <= len(article.summary) <= 1400, article.number
        assert article.summary.count(".") >= 2, f"article {article.number}: summary should be 2–5 sentences"
        assert article.sectors and article.title


def test_article_3_records_the_disputed_translation(data):
    variants = data.articles[3].translation_variants
    wordings = " ".join(v.wording for tv in variants for v in tv.variants)
    for verb in ("shall not", "should not", "must not"):
        assert verb in wordings
    assert "mutual" in data.articles[3].misreading.lower()


def test_faq_answers_the_ten_reader_questions(data):
    assert len(data.faq) >= 10
    ids = set(data.faq)
    for needed in ("alliance", "june-2025", "in-force", "authoritative-text", "compare", "sanctions-payments",
                   "nuclear", "arms", "implemented"):
        assert needed in ids


def test_at_least_ten_sectors_and_seven_context_topics(data):
    assert len(data.sectors) >= 10
    assert set(data.context) >= {"ukraine-war", "israel-iran-war-2025", "snapback-2025", "nuclear-programme-iaea",
                                 "gulf-states", "south-caucasus-caspian", "brics-sco-eaeu"}


def test_every_sector_has_a_ledger_and_economic_sectors_have_figures(data):
    for sector in data.sectors.values():
        assert sector.ledger, sector.id
    for sector_id in ("trade-economy", "sanctions-finance", "nuclear-energy"):
        assert data.sectors[sector_id].figures, sector_id


def test_trade_figure_keeps_its_period(data):
    """$3.77bn is January–October 2024, never 'full-year 2024'."""
    points = [p for f in data.sectors["trade-economy"].figures for p in f.points if p.value == 3.77]
    assert points and all("Oct" in p.period for p in points)


def test_context_pages_show_several_governments(data):
    for topic in data.context.values():
        assert len({p.actor for p in topic.positions}) >= 3, topic.id
        assert all(p.sources for p in topic.positions)


def test_comparison_covers_four_agreements_and_required_rows(data):
    comparison = data.comparison
    assert {t.id for t in comparison.treaties} == {"ru-ir-2025", "ru-ir-2001", "ru-kp-2024", "cn-ir-2021"}
    assert {"mutual-defence", "non-assistance", "intelligence", "military-technical", "sanctions", "nuclear",
            "payments", "text-status", "term", "signed", "entry-into-force"} <= {r.id for r in comparison.rows}


def test_timeline_has_sixty_sourced_events_in_order(data):
    events = list(data.timeline.values())
    assert len(events) >= 60
    assert [e.start for e in events] == sorted(e.start for e in events)
    assert all(e.sources for e in events)
    ids = [e.id for e in events]
    assert "2001-03-12-foundations-treaty-signed" in ids


def test_glossary_has_eighty_terms_with_both_names(data):
    terms = list(data.glossary.values())
    assert len(terms) >= 80
    assert all(t.ru and t.fa and t.sources for t in terms)
    assert len({t.term.lower() for t in terms}) == len(terms)
    abbrs = [t.abbr for t in terms if t.abbr]
    assert len(abbrs) == len(set(abbrs)) and len(abbrs) >= 15
    categories = Counter(t.category for t in terms)
    assert {"organization", "institution", "place", "person", "system"} <= set(categories)


def test_claims_ledger_covers_the_contested_facts(data):
    assert {"entry-into-force-date", "majlis-vote-tally", "trade-2024", "iran-weapons-transfers",
            "eight-nuclear-power-plants"} <= set(data.claims)


def test_every_source_is_cited_somewhere(data):
    cited = Site(data).cited_by()
    uncited = sorted(set(data.sources) - set(cited))
    assert not uncited, f"{len(uncited)} sources are cited nowhere: {uncited[:20]}"
    assert len(data.sources) >= 60


def test_state_media_are_labeled_with_their_state(data):
    for source in data.sources.values():
        if source.outlet.split(" ")[0] in ("TASS", "IRNA", "RIA", "Tasnim", "Mehr", "IRIB") and "mirror" not in (source.note or ""):
            assert source.kind in ("state-media", "official"), source.id
