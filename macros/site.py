"""The site as a whole: the data set, one citation record (`Page`) per page, and a renderer per page kind.

`Site` is what the render step (macros/build.py) and the registry's page specs call. It holds no MkDocs state and
reads no files: it turns validated data into Markdown, one page at a time, and remembers what each page cited.
"""

from __future__ import annotations

from collections import defaultdict
from contextlib import contextmanager

from .dataset import Dataset
from .i18n import tr
from .registry import first_sentence
from .render import articles as articles_render
from .render import claims as claims_render
from .render import comparison as comparison_render
from .render import context as context_render
from .render import coverage as coverage_render
from .render import faq as faq_render
from .render import glossary as glossary_render
from .render import sectors as sectors_render
from .render import sources as sources_render
from .render import timeline as timeline_render
from .render import treaty as treaty_render
from .render.common import Page, article_label


class Site:
    def __init__(self, data: Dataset, repo_url: str | None = None, site_url: str = ""):
        self.data = data
        self.repo_url = repo_url.rstrip("/") if repo_url else None
        self.site_url = site_url
        self._pages: dict[str, Page] = {}
        self.titles: dict[str, str] = {}     # page file -> title, filled by the render step before bodies render
        self.schemas: dict[str, tuple[str, dict]] = {}   # content type -> (schema file, JSON Schema), for /data/
        self.csv_of: dict[str, str] = {}
        self.english: Dataset = data          # an edition's site: the English data, for pages not translated

    @contextmanager
    def in_english(self):
        """Render a page that has no translation: English data, English words (the page says so)."""
        from . import i18n

        saved = self.data
        self.data = self.english
        try:
            with i18n.edition("en"):
                yield
        finally:
            self.data = saved

    # -- per-page state ------------------------------------------------------------------------------------
    def page(self, path: str) -> Page:
        if path not in self._pages:
            self._pages[path] = Page(path, self.data.sources, self.data.outlets, origin=self.data.origin,
                                    repo_url=self.repo_url, homes=self.source_homes)
        return self._pages[path]

    @property
    def source_homes(self) -> dict[str, str]:
        if "_homes" not in self.__dict__:
            self._homes = sources_render.homes(self.source_parts)
        return self._homes

    def cited_by(self) -> dict[str, set[tuple[str, str]]]:
        """Source id -> (page title, page file) of every page rendered so far that shows a footnote for it."""
        index: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for path, page in self._pages.items():
            for source_id in page.cited:
                index[source_id].add((self.titles.get(path, path), path))
        return index

    # -- page metadata used by the registry ----------------------------------------------------------------
    def article_title(self, number: int) -> str:
        return articles_render.plain_heading(self.data.articles[number])

    def article_description(self, number: int) -> str:
        article = self.data.articles[number]
        label = tr("The preamble") if number == 0 else article_label(number)
        if article.basis == "pending":
            return tr("{label} of the Russia–Iran Treaty on Comprehensive Strategic Partnership: not yet summarized.",
                      label=label)
        return tr("{label} of the Russia–Iran treaty: {title}.", label=label, title=article.title) + " " \
            + first_sentence(article.summary)

    def latest_verified(self):
        """The most recent last-verified date of any record (dates pages that list everything)."""
        dates = [r.last_verified for records in self.data.records.values()
                 for r in (records.values() if isinstance(records, dict) else [records])
                 if getattr(r, "last_verified", None)]
        return max(dates) if dates else None

    @property
    def latest_event_text(self) -> str:
        """How current the site is: the date of its latest dated event."""
        from .render.timeline import event_date

        events = list(self.data.timeline.values())
        if not events:
            return "no events yet"
        return event_date(max(events, key=lambda e: (e.start, e.date)))

    @property
    def coverage_text(self) -> str:
        return articles_render.coverage_text(self.data.articles)

    def glossary_group_title(self, key: str) -> str:
        group, _, n = key.partition("-part-")
        return tr(glossary_render.GROUPS[group][0]) + (" " + tr("(part {n})", n=int(n)) if n else "")

    def links(self) -> dict[str, str]:
        """Page file -> title of every page, for cross-links written as page titles."""
        return self.titles

    def full_texts(self) -> list[tuple[str, str]]:
        """(label, url) of the places to read the full treaty text."""
        return [(link.label, self.data.sources[link.source[0]].url) for link in self.data.treaty.texts]

    # -- page bodies ---------------------------------------------------------------------------------------
    def treaty_page(self, page: Page) -> str:
        return treaty_render.treaty_page(page, self.data.treaty, self.data.claims)

    def article_page(self, page: Page, number: int) -> str:
        return articles_render.article_page(page, self.data.articles, number, sectors=self.data.sectors,
                                            texts=self.full_texts(), repo_url=self.repo_url,
                                            site_url=self.site_url, coverage=self.data.coverage)

    def articles_index(self, page: Page) -> str:
        return articles_render.articles_index(page, self.data.articles, self.data.sectors)

    def coverage_page(self, page: Page) -> str:
        return coverage_render.coverage_page(page, self.data.coverage, self.data.sectors, self.data.articles)

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
        return timeline_render.timeline_index(page, self.data.timeline.values(), self.links())

    @property
    def timeline_parts(self):
        if "_parts" not in self.__dict__:
            self._parts = timeline_render.parts(self.data.timeline.values())
        return self._parts

    def timeline_part(self, page: Page, key: str) -> str:
        return timeline_render.part_page(page, key, self.timeline_parts, self.links())

    @property
    def glossary_parts(self):
        if "_glossary_parts" not in self.__dict__:
            self._glossary_parts = glossary_render.group_parts(self.data.glossary)
        return self._glossary_parts

    @property
    def glossary_index_pages(self) -> dict[int, str]:
        """Page number -> page file of the A–Z index (page 1 is the hand-written glossary/index.md)."""
        count = len(glossary_render.index_parts(self.data.glossary))
        return {n: glossary_render.index_path(n) for n in range(2, count + 1)}

    def glossary(self, page: Page, n: int = 1) -> str:
        homes = glossary_render.term_homes(self.glossary_parts)
        return glossary_render.glossary_index(page, self.data.glossary, n, homes)

    def glossary_group(self, page: Page, key: str) -> str:
        return glossary_render.glossary_group(page, key, self.glossary_parts, self.data.glossary, self.data.sectors)

    def faq(self, page: Page) -> str:
        return faq_render.faq_page(page, self.data.faq, self.data.articles, self.links())

    def claims_ledger(self, page: Page) -> str:
        return claims_render.claims_ledger(page, self.data.claims)

    def comparison(self, page: Page) -> str:
        return comparison_render.comparison_page(page, self.data.comparison)

    def open_data(self, page: Page) -> str:
        from .render import opendata

        counts = {name: self.data.count(name) for name in self.schemas}
        return opendata.data_page(self.schemas, counts, self.csv_of)

    @property
    def source_parts(self):
        if "_source_parts" not in self.__dict__:
            self._source_parts = sources_render.parts(self.data.sources, self.data.outlets)
        return self._source_parts

    def bibliography(self, page: Page) -> str:
        return sources_render.bibliography(page, self.data.sources, self.data.outlets, self.source_parts)

    def sources_part(self, page: Page, key: str) -> str:
        """Rendered last: 'Cited on' lists every page rendered before it."""
        return sources_render.sources_page(page, key, self.source_parts, self.data.outlets, self.cited_by)
