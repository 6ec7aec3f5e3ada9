"""The one registry of content types: where each type's data lives, how it is validated, which pages show it.

Everything else follows from this list: the loader (files, ids, references), the JSON Schemas, the pages the
render step writes (path, title, description, last-verified date, edit link), the navigation, the macros that
hand-written pages may call, "Cited on" (recorded while rendering) and the open-data export.

Adding a content type takes four edits: a model module (macros/model/), its data (data/), a render module
(macros/render/) and one `ContentType(...)` entry below. HACKING.md walks through an example.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable, Optional

from .i18n import tr
from .model import Record
from .model.articles import Article
from .model.claims import ContestedClaim
from .model.comparison import Comparison
from .model.context import Context
from .model.coverage import CoverageItem
from .model.faq import Question
from .model.glossary import Term
from .model.outlets import Outlet
from .model.sectors import Sector
from .model.sources import Source
from .model.timeline import Event
from .model.treaty import Treaty
from .render.common import article_path, context_path, glossary_group_path, sector_path
from .render.glossary import GROUPS
from .render.glossary import index_path as glossary_index_path
from .render.sources import part_path as sources_part_path
from .render.sources import part_title as sources_part_title
from .render.timeline import part_path as timeline_part_path
from .render.timeline import part_title as timeline_part_title


@dataclass(frozen=True)
class PageSpec:
    """A page that shows a content type.

    `path` is the page file (relative to the site's docs folder). For `per_record` pages it is a function of the
    record's key; otherwise the page is a single page, written from a hand-written file in docs/ that calls the
    page's `macro` (the hand-written file carries the intro prose) or, if there is none, generated whole.
    `render(site, page, key)` returns the page body as Markdown. `verified(data, key)` dates the page.
    """

    macro: str
    render: Callable[[Any, Any, Any], str]
    path: Callable[[Any], str] | str
    per_record: bool = False
    title: Optional[Callable[[Any, Any], str]] = None
    description: Optional[Callable[[Any, Any], str]] = None
    verified: Optional[Callable[[Any, Any], date]] = None
    edit: bool = True                     # the page's edit link opens the data (per-record: the record's file)
    keys: Optional[Callable[[Any], Any]] = None   # per-record pages: keys from the Site (None while validating)
    in_nav: bool = True                   # listed in the navigation (pages of long lists are reached from their index)
    last: bool = False                    # rendered after every other page (it lists where sources are cited)
    meta: Optional[Callable[[Any, Any], dict]] = None   # more front matter, e.g. Material's search boost

    def page_path(self, key: Any = None) -> str:
        return self.path(key) if callable(self.path) else self.path


@dataclass(frozen=True)
class ContentType:
    name: str                      # attribute on Dataset, target name for references, schema file name
    model: type[Record]
    path: str                      # under data/: a file (*.yaml) or a directory of *.yaml files
    many: bool                     # each file holds a list of records (True) or one record (False)
    key: Optional[str] = "id"      # the id field; None for a single record (the treaty)
    required: bool = True
    stem: Optional[Callable[[Any], str]] = None   # expected file name for one-record-per-file types
    sort: Optional[Callable[[Any], Any]] = None   # order of records in the Dataset
    schema: str = ""                               # JSON Schema file name under data/schema/ (default: name)
    unique: tuple[str, ...] = ()                   # other fields whose values must be unique (case-insensitive)
    pages: tuple[PageSpec, ...] = field(default=())

    @property
    def schema_file(self) -> str:
        return f"{self.schema or self.name}.json"


def _latest(records) -> Optional[date]:
    """The most recent last-verified date among records that have one (None if none has)."""
    dates = [r.last_verified for r in records if getattr(r, "last_verified", None)]
    return max(dates) if dates else None


# The page renderers live on `Site` (macros/site.py); the registry names them so that this module stays a plain
# table. `S.<name>` is resolved when a page is rendered.
class _SiteMethod:
    def __getattr__(self, name: str) -> Callable[[Any, Any, Any], str]:
        def call(site, page, key=None):
            method = getattr(site, name)
            return method(page, key) if key is not None else method(page)
        call.__name__ = name
        return call


S = _SiteMethod()


CONTENT_TYPES: list[ContentType] = [
    ContentType("outlets", Outlet, "outlets", many=True, sort=lambda o: o.name.lower(), unique=("name",)),
    ContentType("sources", Source, "sources", many=True, sort=lambda s: s.id, unique=("url",), pages=(
        PageSpec("bibliography", S.bibliography, "sources/index.md", edit=False,
                 verified=lambda d, k: d.latest_verified()),
        PageSpec("sources_part", S.sources_part, sources_part_path, per_record=True, in_nav=False, last=True,
                 keys=lambda d: d.source_parts if d is not None else (),
                 title=lambda d, k: sources_part_title(k),
                 description=lambda d, k: f"{sources_part_title(k)}: every source of this kind the Russia–Iran "
                 "treaty explainer cites, with the pages that cite it.",
                 verified=lambda d, k: d.latest_verified()))),
    ContentType("treaty", Treaty, "treaty.yaml", many=False, key=None, pages=(
        PageSpec("treaty_page", S.treaty_page, "treaty/index.md",
                 description=lambda d, k: tr("Key facts about the Russia–Iran treaty: titles, signing, term, "
                                             "ratification in both countries and entry into force, each with its "
                                             "sources."),
                 verified=lambda d, k: d.data.treaty.last_verified),)),
    ContentType("articles", Article, "articles", many=False, key="number", schema="article",
                stem=lambda a: "preamble" if a.number == 0 else f"article-{a.number:02d}", sort=lambda a: a.number,
                pages=(
        PageSpec("article_page", S.article_page, article_path, per_record=True,
                 title=lambda d, k: d.article_title(k), description=lambda d, k: d.article_description(k),
                 # Search: pages with a summary first; pending pages must not crowd them out.
                 meta=lambda d, k: {"search": {"boost": 0.2 if d.data.articles[k].basis == "pending" else 4}},
                 verified=lambda d, k: d.data.articles[k].last_verified),
        PageSpec("articles_index", S.articles_index, "treaty/articles/index.md",
                 description=lambda d, k: tr("All 47 articles of the Russia–Iran treaty: {coverage}.",
                                             coverage=d.coverage_text),
                 verified=lambda d, k: _latest(d.data.articles.values())))),
    ContentType("sectors", Sector, "sectors", many=False, schema="sector", stem=lambda s: s.id,
                sort=lambda s: s.title.lower(), required=False, pages=(
        PageSpec("sector_page", S.sector_page, sector_path, per_record=True,
                 title=lambda d, k: d.data.sectors[k].title, description=lambda d, k: first_sentence(d.data.sectors[k].intro),
                 verified=lambda d, k: d.data.sectors[k].last_verified),
        PageSpec("sectors_index", S.sectors_index, "sectors/index.md",
                 description=lambda d, k: "What the Russia–Iran treaty means sector by sector, with "
                 "implementation ledgers.", verified=lambda d, k: _latest(d.data.sectors.values())))),
    ContentType("context", Context, "context", many=False, stem=lambda c: c.id, sort=lambda c: c.title.lower(),
                required=False, pages=(
        PageSpec("context_page", S.context_page, context_path, per_record=True,
                 title=lambda d, k: d.data.context[k].title,
                 description=lambda d, k: first_sentence(d.data.context[k].summary[0]),
                 verified=lambda d, k: d.data.context[k].last_verified),
        PageSpec("context_index", S.context_index, "context/index.md",
                 description=lambda d, k: "The wars, sanctions and alignments around the Russia–Iran treaty.",
                 verified=lambda d, k: _latest(d.data.context.values())))),
    ContentType("coverage", CoverageItem, "coverage", many=True, sort=lambda c: (c.sector, c.id), required=False,
                pages=(
        PageSpec("coverage_page", S.coverage_page, "treaty/coverage.md",
                 description=lambda d, k: tr("What sources report the Russia–Iran treaty covers, theme by theme, "
                                             "with the article number where a source gives it."),
                 verified=lambda d, k: _latest(d.data.coverage.values())),)),
    ContentType("timeline", Event, "timeline", many=True, sort=lambda e: (e.start, e.date, e.id), required=False,
                pages=(
        PageSpec("timeline", S.timeline, "timeline.md", verified=lambda d, k: _latest(d.data.timeline.values())),
        PageSpec("timeline_part", S.timeline_part, timeline_part_path, per_record=True, in_nav=False,
                 keys=lambda d: d.timeline_parts if d is not None else (),
                 title=lambda d, k: timeline_part_title(k),
                 description=lambda d, k: f"Russia–Iran treaty timeline, {k.split('-')[0]}: dated, sourced events.",
                 verified=lambda d, k: _latest(d.timeline_parts[k])))),
    ContentType("glossary", Term, "glossary.yaml", many=True, sort=lambda t: t.term.lower(), required=False,
                unique=("term", "abbr"), pages=(
        PageSpec("glossary_group", S.glossary_group, glossary_group_path, per_record=True,
                 keys=lambda d: d.glossary_parts if d is not None else GROUPS,
                 in_nav=True,
                 title=lambda d, g: d.glossary_group_title(g),
                 description=lambda d, g: tr("Glossary of the Russia–Iran treaty explainer: {group}, with Russian "
                                             "and Persian names and sources.", group=d.glossary_group_title(g).lower()),
                 verified=lambda d, g: _latest(d.glossary_parts[g])),
        PageSpec("glossary_index_part", S.glossary, glossary_index_path, per_record=True, in_nav=False,
                 keys=lambda d: d.glossary_index_pages if d is not None else (),
                 title=lambda d, n: tr("Glossary A–Z (page {n})", n=n),
                 description=lambda d, n: tr("Glossary of the Russia–Iran treaty explainer, A–Z."),
                 verified=lambda d, n: _latest(d.data.glossary.values())),
        PageSpec("glossary", S.glossary, "glossary/index.md", verified=lambda d, k: _latest(d.data.glossary.values())))),
    ContentType("faq", Question, "faq.yaml", many=True, required=False, pages=(
        PageSpec("faq", S.faq, "treaty/faq.md",
                 description=lambda d, k: tr("Short, sourced answers to the questions readers ask about the "
                                             "Russia–Iran treaty."), verified=lambda d, k: _latest(d.data.faq.values())),)),
    ContentType("claims", ContestedClaim, "claims.yaml", many=True, required=False, pages=(
        PageSpec("claims_ledger", S.claims_ledger, "claims.md", verified=lambda d, k: _latest(d.data.claims.values())),)),
    ContentType("comparison", Comparison, "comparison.yaml", many=False, key=None, required=False, pages=(
        PageSpec("comparison", S.comparison, "compare.md",
                 description=lambda d, k: "The 2025 Russia–Iran treaty compared with the 2001 treaty, the 2024 "
                 "Russia–DPRK treaty and the 2021 China–Iran agreement, cell by cell.",
                 verified=lambda d, k: d.data.comparison.last_verified),)),
]

BY_NAME: dict[str, ContentType] = {c.name: c for c in CONTENT_TYPES}


def first_sentence(text: str, limit: int = 200) -> str:
    """The first sentence of a text, cut at a word boundary if it is too long for a meta description."""
    import re

    match = re.match(r"(.+?[.!?])(\s|$)", text.strip())
    sentence = match.group(1) if match else text.strip()
    if len(sentence) > limit:
        sentence = sentence[:limit].rsplit(" ", 1)[0] + "…"
    return sentence


def page_files(ids: dict[str, set], docs_dir) -> set[str]:
    """Every page file of the site (relative to the docs folder), from the record ids and the hand-written pages.
    The loader passes this set to validation, so a page reference in data (a FAQ's see_also) is checked too."""
    from .translations import EDITION_LANGS

    files = {rel for rel in (p.relative_to(docs_dir).as_posix() for p in docs_dir.rglob("*.md"))
             if not rel.startswith("assets/") and rel.split("/", 1)[0] not in EDITION_LANGS}
    for ctype in CONTENT_TYPES:
        for spec in ctype.pages:
            if spec.per_record:
                keys = spec.keys(None) if spec.keys else ids.get(ctype.name, ())
                files.update(spec.page_path(k) for k in keys if k is not None)
            else:
                files.add(spec.page_path())
    return files
