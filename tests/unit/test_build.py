"""The render step (macros/build.py) on the real data: every page, its front matter, its citations."""

from __future__ import annotations

import re

import yaml

from macros.build import navigation
from macros.registry import BY_NAME, CONTENT_TYPES

ISO_IN_TEXT = re.compile(r"(?<![\w/#:.-])\d{4}-\d{2}-\d{2}(?![\w/-])")


def front_matter(text: str) -> dict:
    return yaml.safe_load(text.split("---\n", 2)[1])


def test_every_record_page_of_the_registry_is_rendered(data, rendered):
    _, pages = rendered
    for ctype in CONTENT_TYPES:
        for spec in ctype.pages:
            if spec.per_record:
                keys = spec.keys(rendered[0]) if spec.keys else data.records[ctype.name]
                assert {spec.page_path(k) for k in keys} <= set(pages), ctype.name
            else:
                assert spec.page_path() in pages, spec.macro
    assert len([p for p in pages if p.startswith("treaty/articles/") and p != "treaty/articles/index.md"]) == 47


def test_front_matter_comes_from_the_data(data, rendered):
    _, pages = rendered
    meta = front_matter(pages["treaty/articles/3.md"])
    assert meta["title"].startswith("Article 3: ")
    assert meta["last_verified"] == data.articles[3].last_verified.isoformat()
    assert meta["edit_url"].endswith("/edit/main/data/articles/article-03.yaml")
    timeline = front_matter(pages["timeline.md"])
    assert timeline["edit_url"].endswith("/tree/main/data/timeline")
    assert front_matter(pages["sources/index.md"]).get("edit_url") is None   # hand-written intro, many files


def test_last_verified_is_stated_once_per_page_by_the_template(rendered):
    _, pages = rendered
    for path, text in pages.items():
        if path != "about.md":   # About explains the date line
            assert "Last verified" not in text.split("---\n", 2)[2], path


def test_no_iso_dates_in_page_prose(rendered):
    _, pages = rendered
    for path, text in pages.items():
        body = text.split("---\n", 2)[2]
        body = re.sub(r'datetime="[^"]*"|\]\([^)]*\)|\(https?://[^)]*\)|id="[^"]*"|#[a-z0-9-]+|`[^`]*`', "", body)
        body = re.sub(r"\[\^[^\]]+\]", "", body)
        found = ISO_IN_TEXT.findall(body)
        assert not found, f"{path}: {found[:5]}"


def test_a_footnote_is_defined_for_every_citation_and_nothing_else(rendered):
    _, pages = rendered
    for path, text in pages.items():
        body = text.split("---\n", 2)[2]
        refs = set(re.findall(r"\[\^([^\]]+)\](?!:)", body))
        defs = set(re.findall(r"^\[\^([^\]]+)\]:", body, re.M))
        assert refs == defs, path


def test_cited_on_lists_exactly_the_pages_that_show_each_source(rendered):
    site, pages = rendered
    shown: dict[str, set[str]] = {}
    for path, text in pages.items():
        for source_id in re.findall(r"^\[\^([^\]]+)\]:", text, re.M):
            shown.setdefault(source_id, set()).add(path)
    listed = {s: {p for _, p in pairs} for s, pairs in site.cited_by().items()}
    assert shown == listed


def test_no_quoted_descriptions_in_citations(data, rendered):
    _, pages = rendered
    described = [s for s in data.sources.values() if s.description]
    everything = "\n".join(pages.values())
    for source in described:
        assert f"“{source.description}" not in everything, source.id


def test_the_home_page_and_the_article_index_state_coverage_from_the_data(data, rendered):
    _, pages = rendered
    done = sum(1 for a in data.articles.values() if a.basis != "pending")
    figure = f"{done} of {len(data.articles)} summarized"
    assert figure in pages["index.md"] and figure in pages["treaty/articles/index.md"]


def test_home_and_timeline_say_how_current_the_site_is(data, rendered):
    _, pages = rendered
    latest = max(data.timeline.values(), key=lambda e: (e.start, e.date))
    for path in ("index.md", "timeline.md"):
        assert f'datetime="{latest.date}"' in pages[path].split("{{")[0], path


def test_navigation_follows_the_registry_order(data, rendered):
    site, _ = rendered
    nav = navigation(site, site.titles)
    sectors = next(item["Sectors"] for item in nav if "Sectors" in item)
    timeline = next(item["Timeline"] for item in nav if "Timeline" in item)
    assert timeline == "timeline.md"   # the year pages are reached from it, not from the menu
    assert sectors[1:] == [f"sectors/{k}.md" for k in data.sectors]
    titles = [data.sectors[k].title.lower() for k in data.sectors]
    assert titles == sorted(titles)
    assert BY_NAME["sectors"].pages[0].page_path("energy") == "sectors/energy.md"


def test_abbreviations_are_appended_except_on_the_glossary(rendered):
    _, pages = rendered
    assert "\n*[SCO]: " in pages["index.md"]
    assert "\n*[SCO]: " not in pages["glossary/index.md"]
