"""The site as a whole: which page shows which record, per-page citation state, and the page renderers.

`Site` is what the macros call. It holds the validated data set and one `Page` (citations) per page file, and
knows where each record lives on the site and in data/ (for "edit this page" links and "cited on" lists).
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from ..dataset import Dataset
from ..model import CONTENT_TYPES
from . import articles as articles_render
from . import claims as claims_render
from . import comparison as comparison_render
from . import context as context_render
from . import faq as faq_render
from . import glossary as glossary_render
from . import sectors as sectors_render
from . import sources as sources_render
from . import timeline as timeline_render
from . import treaty as treaty_render
from .common import Page

DOCS_DIR = Path(__file__).resolve().parents[2] / "docs"
_CITE_CALL = re.compile(r"cite\(([^)]*)\)")
_QUOTED = re.compile(r"['\"]([a-z0-9-]+)['\"]")


def _first_sentence(text: str, limit: int = 200) -> str:
    """The first sentence of a text, cut at a word boundary if it is too long for a meta description."""
    match = re.match(r"(.+?[.!?])(\s|$)", text.strip())
    sentence = match.group(1) if match else text.strip()
    if len(sentence) > limit:
        sentence = sentence[:limit].rsplit(" ", 1)[0] + "…"
    return sentence


class Site:
    def __init__(self, data: Dataset, repo_url: str | None = None, site_url: str = "", docs_dir: Path = DOCS_DIR):
        self.data = data
        self.repo_url = repo_url.rstrip("/") if repo_url else None
        self.site_url = site_url
        self.edit_base = f"{self.repo_url}/edit/main/" if self.repo_url else None
        self.docs_dir = docs_dir
        self._pages: dict[str, Page] = {}

    # -- per-page state ------------------------------------------------------------------------------------
    def page(self, path: str) -> Page:
        if path not in self._pages:
            self._pages[path] = Page(path, self.data.sources, self.data.outlets)
        return self._pages[path]

    def edit_url(self, content_type: str, key=None) -> str | None:
        if not self.edit_base:
            return None
        if key is None:  # a whole-file type such as the treaty, the FAQ or the glossary
            ctype = next(c for c in CONTENT_TYPES if c.name == content_type)
            return self.edit_base + f"data/{ctype.path}" if ctype.path.endswith(".yaml") else None
        origin = self.data.origin.get((content_type, key))
        return self.edit_base + origin[0] if origin else None

    # -- page metadata -------------------------------------------------------------------------------------
    def page_meta(self, content_type: str, key=None) -> dict:
        """last_verified (from the data) and a one-sentence description for a generated page."""
        d = self.data
        if content_type == "articles":
            article = d.articles[key]
            label = "The preamble" if key == 0 else f"Article {key}"
            text = (f"{label} of the Russia–Iran treaty: {article.title}. {_first_sentence(article.summary)}"
                    if article.basis != "pending" else
                    f"{label} of the Russia–Iran Treaty on Comprehensive Strategic Partnership: not yet summarized.")
            return {"last_verified": article.last_verified, "description": text,
                    "title": articles_render.plain_heading(article)}
        if content_type == "sectors":
            return {"last_verified": d.sectors[key].last_verified, "title": d.sectors[key].title,
                    "description": _first_sentence(d.sectors[key].intro)}
        if content_type == "context":
            topic = d.context[key]
            return {"last_verified": topic.last_verified, "title": topic.title,
                    "description": _first_sentence(topic.summary[0])}
        if content_type == "treaty":
            return {"last_verified": d.treaty.last_verified,
                    "description": "Key facts about the Russia–Iran treaty: titles, signing, term, ratification "
                                   "in both countries and entry into force, each with its sources."}
        if content_type == "faq":
            return {"last_verified": max(q.last_verified for q in d.faq.values()),
                    "description": "Short, sourced answers to the questions readers ask about the Russia–Iran treaty."}
        if content_type == "comparison":
            return {"last_verified": d.comparison.last_verified,
                    "description": "The 2025 Russia–Iran treaty compared with the 2001 treaty, the 2024 Russia–DPRK "
                                   "treaty and the 2021 China–Iran agreement, cell by cell."}
        if content_type == "articles-index":
            return {"last_verified": max(a.last_verified for a in d.articles.values()),
                    "description": "All 47 articles of the Russia–Iran treaty, with the basis of each summary."}
        if content_type == "sectors-index":
            return {"last_verified": max(x.last_verified for x in d.sectors.values()),
                    "description": "What the Russia–Iran treaty means sector by sector, with implementation ledgers."}
        if content_type == "context-index":
            return {"last_verified": max(x.last_verified for x in d.context.values()),
                    "description": "The wars, sanctions and alignments around the Russia–Iran treaty."}
        raise KeyError(content_type)

    # -- where sources are cited ---------------------------------------------------------------------------
    def record_pages(self):
        """(page title, page path, source ids) for every record that is rendered on a page."""
        yield from treaty_render.citations(self.data.treaty)
        yield from articles_render.citations(self.data.articles)
        yield from sectors_render.citations(self.data.sectors)
        yield from context_render.citations(self.data.context)
        yield from timeline_render.citations(self.data.timeline.values())
        yield from glossary_render.citations(self.data.glossary)
        yield from claims_render.citations(self.data.claims)
        yield from faq_render.citations(self.data.faq)
        yield from comparison_render.citations(self.data.comparison)

    def hand_written_citations(self):
        """(page title, page path, source ids) for cite() calls in hand-written pages under docs/."""
        for path in sorted(self.docs_dir.rglob("*.md")):
            text = path.read_text(encoding="utf-8")
            ids = [i for call in _CITE_CALL.findall(text) for i in _QUOTED.findall(call)]
            if ids:
                title = next((line[2:].strip() for line in text.splitlines() if line.startswith("# ")), path.stem)
                yield title, path.relative_to(self.docs_dir).as_posix(), ids

    def cited_by(self) -> dict[str, set[tuple[str, str]]]:
        index: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for title, path, ids in [*self.record_pages(), *self.hand_written_citations()]:
            for source_id in ids:
                index[source_id].add((title, path))
        return index

    # -- page bodies ---------------------------------------------------------------------------------------
    def treaty_page(self, page: Page) -> str:
        return treaty_render.treaty_page(page, self.data.treaty)

    def links(self) -> dict[str, str]:
        """Page file -> title of every sector and context page, for cross-links."""
        out = {f"sectors/{k}.md": v.title for k, v in self.data.sectors.items()}
        out.update({f"context/{k}.md": v.title for k, v in self.data.context.items()})
        return out

    def full_texts(self) -> list[tuple[str, str]]:
        """(label, url) of the places to read the full treaty text."""
        return [(link.label, self.data.sources[link.source[0]].url) for link in self.data.treaty.texts]

    def article_page(self, page: Page, number: int) -> str:
        return articles_render.article_page(page, self.data.articles, number, sectors=self.data.sectors,
                                            texts=self.full_texts(), repo_url=self.repo_url,
                                            site_url=self.site_url)

    def articles_index(self, page: Page) -> str:
        return articles_render.articles_index(page, self.data.articles, self.data.sectors)

    def sector_page(self, page: Page, sector_id: str) -> str:
        d = self.data
        return sectors_render.sector_page(page, d.sectors[sector_id], d.articles, d.timeline.values(), d.context,
                                          self.links())

    def sectors_index(self, page: Page) -> str:
        return sectors_render.sectors_index(page, self.data.sectors, self.data.articles)

    def context_page(self, page: Page, context_id: str) -> str:
        d = self.data
        return context_render.context_page(page, d.context[context_id], d.articles, d.sectors,
                                           d.timeline.values(), self.links())

    def context_index(self, page: Page) -> str:
        return context_render.context_index(page, self.data.context)

    def timeline(self, page: Page) -> str:
        return timeline_render.event_list(page, self.data.timeline.values(), self.links(), filters=True)

    def glossary(self, page: Page) -> str:
        return glossary_render.glossary_index(page, self.data.glossary)

    def glossary_group(self, page: Page, group: str) -> str:
        return glossary_render.glossary_group(page, group, self.data.glossary, self.data.sectors)

    PAGE_TITLES = {"compare.md": "Comparison with other treaties", "claims.md": "Contested claims",
                   "timeline.md": "Timeline", "glossary/index.md": "Glossary", "treaty/index.md": "Key facts",
                   "sources/index.md": "Sources"}

    def faq(self, page: Page) -> str:
        return faq_render.faq_page(page, self.data.faq, self.data.articles, {**self.PAGE_TITLES, **self.links()})

    def claims_ledger(self, page: Page) -> str:
        return claims_render.claims_ledger(page, self.data.claims)

    def comparison(self, page: Page) -> str:
        return comparison_render.comparison_page(page, self.data.comparison)

    def open_data(self, page: Page) -> str:
        import json

        from ..export import CSV_OF
        from ..generate import SCHEMA_DIR
        from . import opendata

        schemas, counts = {}, {}
        for ctype in CONTENT_TYPES:
            schema = json.loads((SCHEMA_DIR / ctype.schema_file).read_text(encoding="utf-8"))
            schemas[ctype.name] = (ctype.schema_file, schema)
            counts[ctype.name] = self.data.count(ctype.name)
        return opendata.data_page(schemas, counts, CSV_OF)

    def bibliography(self, page: Page) -> str:
        return sources_render.bibliography(page, self.data.sources, self.data.outlets, self.cited_by())
