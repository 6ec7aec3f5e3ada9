"""Release kit in the built site: open data, citation file, print page, changelog, 404, reproducible builds."""

from __future__ import annotations

import hashlib
import json
import re
import time

import pytest

from tests.conftest import ROOT, build
from tests.htmlcheck import fetched_urls, soup

pytestmark = pytest.mark.build


def test_open_data_is_published_with_schemas(site):
    manifest = json.loads((site / "data" / "index.json").read_text(encoding="utf-8"))
    for name, entry in manifest["types"].items():
        assert (site / "data" / entry["json"]).is_file(), name
        assert (site / "data" / entry["schema"]).is_file(), name
    for name in ("articles.csv", "timeline.csv", "glossary.csv", "ledger.csv", "sources.csv"):
        assert (site / "data" / name).stat().st_size > 100
    page = soup(site / "data" / "index.html")
    links = {a["href"] for a in page.select("article a[href]")}
    assert {"articles.json", "articles.csv", "schema/article.json", "index.json"} <= links
    fields = soup(site / "data" / "fields" / "index.html")
    assert fields.find(id="articles") and "basis" in fields.get_text()


def test_print_page_gathers_the_site_with_sources(site):
    page = soup(site / "print_page" / "index.html")
    text = page.get_text(" ")
    assert "Key facts" in text and "Glossary" in text and "Timeline" in text
    assert len(page.select("div.footnote li")) > 100


def test_print_assets_load_on_the_print_page_only(site):
    """The print-site plugin's stylesheets and script are on the print page, and on no other page's critical path."""
    def print_assets(path):
        return [u for u in fetched_urls(path) if "print-site" in u]
    assert print_assets(site / "print_page" / "index.html")
    for page in ["index.html", "treaty/index.html", "fa/treaty/articles/3/index.html", "timeline/2025/index.html"]:
        assert not print_assets(site / page), page


def test_changelog_and_404(site):
    assert soup(site / "changelog" / "index.html").find("h2")
    missing = soup(site / "404.html")
    assert "Page not found" in missing.get_text() and missing.find("a", href=lambda h: h and "treaty/" in h)


def test_citation_file_is_valid_cff():
    text = (ROOT / "CITATION.cff").read_text(encoding="utf-8")
    assert text.startswith("cff-version: 1.2.0") and "title:" in text and "license: CC-BY-4.0" in text


def test_two_builds_of_one_commit_are_byte_identical(site, tmp_path):
    again = tmp_path / "again"
    result = build("mkdocs.yml", again)
    assert result.returncode == 0, result.stderr[-2000:]

    def digest(root):
        return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in sorted(root.rglob("*")) if p.is_file()}

    first, second = digest(site), digest(again)
    assert first.keys() == second.keys()
    differing = [k for k in first if first[k] != second[k]]
    assert not differing, differing[:10]
    # Sitemap dates come from SOURCE_DATE_EPOCH (the last commit in `make`), not from the clock.
    from tests.conftest import BUILD_ENV

    expected = time.strftime("%Y-%m-%d", time.gmtime(int(BUILD_ENV["SOURCE_DATE_EPOCH"])))
    dates = set(re.findall(r"<lastmod>([^<]+)</lastmod>", (site / "sitemap.xml").read_text(encoding="utf-8")))
    assert dates == {expected}
