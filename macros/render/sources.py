"""The sources: an index (/sources/) of outlets by kind, and the sources themselves on pages of one outlet kind
(/sources/<kind>/, split into parts past PER_PAGE entries), each with an anchor that citations link to."""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Mapping

from ..model.outlets import KIND_HELP, KIND_LABELS, Outlet
from ..model.sources import Source
from .common import Page, attr, esc, long_date, pager, source_heading

PER_PAGE = 45
"""Sources per page: a kind of outlet is one page, or several when it has more (the DOM budget of a phone)."""

LANGUAGE_NAMES = {"en": "English", "ru": "Russian", "fa": "Persian", "ar": "Arabic", "tr": "Turkish",
                  "fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "zh": "Chinese", "uk": "Ukrainian",
                  "az": "Azerbaijani", "hy": "Armenian", "pt": "Portuguese", "el": "Greek", "hr": "Croatian",
                  "sr": "Serbian", "ur": "Urdu", "ja": "Japanese", "ko": "Korean", "hi": "Hindi", "pl": "Polish",
                  "sw": "Swahili", "ro": "Romanian", "kk": "Kazakh", "he": "Hebrew", "id": "Indonesian"}


def part_path(key: str) -> str:
    return f"sources/{key}.md"


def part_title(key: str) -> str:
    kind, _, n = key.partition("-part-")
    return f"Sources: {KIND_LABELS[kind]}" + (f" (part {n})" if n else "")


def parts(sources: Mapping[str, Source], outlets: Mapping[str, Outlet],
          per_page: int = PER_PAGE) -> dict[str, list[Source]]:
    """Page key -> sources, by outlet kind, then outlet name, then date; 'independent-media-part-2' for part 2."""
    by_kind: dict[str, list[Source]] = defaultdict(list)
    for source in sources.values():
        by_kind[outlets[source.outlet].kind].append(source)
    out: dict[str, list[Source]] = {}
    for kind in KIND_LABELS:
        items = sorted(by_kind.get(kind, []), key=lambda s: (outlets[s.outlet].name.lower(), s.published, s.id))
        for n, start in enumerate(range(0, len(items), per_page), 1):
            out[kind if n == 1 else f"{kind}-part-{n}"] = items[start:start + per_page]
    return out


def homes(all_parts: Mapping[str, list[Source]]) -> dict[str, str]:
    """Source id -> the page file that lists it (where a citation's "details" link goes)."""
    return {source.id: part_path(key) for key, items in all_parts.items() for source in items}


def bibliography(page: Page, sources: Mapping[str, Source], outlets: Mapping[str, Outlet],
                 all_parts: Mapping[str, list[Source]]) -> str:
    """The index: how many sources of each kind, and every outlet with its kind and a link to its sources."""
    where = homes(all_parts)
    counts = defaultdict(int)
    by_outlet: dict[str, list[Source]] = defaultdict(list)
    for source in sources.values():
        counts[outlets[source.outlet].kind] += 1
        by_outlet[source.outlet].append(source)
    out = [f"The site rests on **{len(sources)} sources** from **{len(outlets)} outlets**. Each outlet's kind is "
           "stated once, so an outlet reads the same on every page; each source has its own entry, which the "
           "citations on every page link to."]
    rows = []
    for kind, label in KIND_LABELS.items():
        if not counts[kind]:
            continue
        keys = [k for k in all_parts if k.partition("-part-")[0] == kind]
        extra = "".join(f" · [part {k.partition('-part-')[2]}]({page.href(part_path(k))})" for k in keys[1:])
        rows.append(f"| [{label}]({page.href(part_path(keys[0]))}){extra} | {KIND_HELP[kind]} | {counts[kind]} |")
    out.append("| Kind of outlet | What it is | Sources |\n|---|---|---|\n" + "\n".join(rows))
    out.append("## Outlets { #outlets }")
    for kind, label in KIND_LABELS.items():
        names = sorted((o for o in outlets.values() if o.kind == kind and by_outlet.get(o.id)),
                       key=lambda o: o.name.lower())
        if not names:
            continue
        links = ", ".join(f"[{esc(o.name)}]({page.href(where[by_outlet[o.id][0].id], 'outlet-' + o.id)}) "
                          f"({len(by_outlet[o.id])})" for o in names)
        out.append(f"**{label}:** {links}")
    return "\n\n".join(out)


def sources_page(page: Page, key: str, all_parts: Mapping[str, list[Source]], outlets: Mapping[str, Outlet],
                 cited_by=None) -> str:
    """One page of sources of one outlet kind, grouped by outlet, filterable by language without JavaScript.

    `cited_by` maps a source id to (page title, page file), or is a function that returns it; it is called after
    this page's own citations (outlet affiliations), so those are listed too."""
    items = all_parts[key]
    kind = key.partition("-part-")[0]
    outlet_ids = list(dict.fromkeys(s.outlet for s in items))
    headers = {o: _outlet(page, outlets[o]) for o in outlet_ids}
    if callable(cited_by):
        cited_by = cited_by()
    keys = [k for k in all_parts if k.partition("-part-")[0] == kind]
    out = [f"# {esc(part_title(key))}", KIND_HELP[kind] + f" [All kinds of outlet]({page.href('sources/index.md')}).",
           f"{len(items)} sources" + (f" (part {keys.index(key) + 1} of {len(keys)})" if len(keys) > 1 else "")
           + ", grouped by outlet, oldest first."]
    languages = sorted({s.language for s in items})
    if len(languages) > 1:
        out.append("\n".join(f'<div id="{t}" class="filter__target"></div>'
                              for t in ["only-all", *(f"lang-{lang}" for lang in languages)]))
        links = " ".join(f'<a class="filter__link filter__link--lang-{lang}" href="#lang-{lang}">{LANGUAGE_NAMES.get(lang, lang)} '
                         f'<span class="filter__count">({sum(1 for s in items if s.language == lang)})</span></a>'
                         for lang in languages)
        out.append('<nav class="filter" aria-label="Show sources in one language">\n'
                   '<p class="filter__legend">Show only sources in:</p>\n<p class="filter__links">'
                   f'<a class="filter__link filter__link--all" href="#only-all">All</a> {links}</p>\n</nav>')
        out.append("<style>\n" + "\n".join(
            f"#lang-{lang}:target ~ .sources .source:not(.lang-{lang}), "
            f"#lang-{lang}:target ~ .sources .outlet:not(.has-{lang}) {{ display: none; }}\n"
            f"#lang-{lang}:target ~ .filter a.filter__link--lang-{lang} {{ background: var(--md-primary-fg-color); "
            f"color: var(--md-primary-bg-color); }}" for lang in languages) + "\n</style>")
    body = []
    for outlet_id in outlet_ids:
        mine = [s for s in items if s.outlet == outlet_id]
        has = " ".join(f"has-{lang}" for lang in sorted({s.language for s in mine}))
        body.append(f'<section class="outlet {has}" markdown>\n\n{headers[outlet_id]}\n\n'
                    + "\n\n".join(_entry(page, s, (cited_by or {}).get(s.id, ())) for s in mine)
                    + "\n\n</section>")
    out.append('<div class="sources" markdown>\n\n' + "\n\n".join(body) + "\n\n</div>")
    out.append(pager(page, keys, key, part_path, lambda k: f"Part {keys.index(k) + 1}", "Parts"))
    return "\n\n".join(part for part in out if part)


def _outlet(page: Page, outlet: Outlet) -> str:
    line = f'<h2 id="outlet-{attr(outlet.id)}">{esc(outlet.name)}</h2>\n\n{outlet.label}.'
    if outlet.affiliation:
        line += " " + esc(outlet.affiliation) + page.cite(outlet.sources)
    return line


def _entry(page: Page, source: Source, cited_by: Iterable[tuple[str, str]]) -> str:
    meta = f"{long_date(source.published)} · {LANGUAGE_NAMES.get(source.language, source.language)}"
    if source.archived_url:
        meta += f" · [archived copy]({source.archived_url})"
    meta += page.entry_edit("sources", source.id)
    lines = [f'<div class="source lang-{attr(source.language)}" id="{attr(source.id)}" markdown>',
             f"[{source_heading(source)}]({source.url}) <span class=\"source__meta\">{meta}</span>"]
    if source.note:
        lines.append(f"  \n*{esc(source.note)}*")
    pages = sorted(set(cited_by))
    if pages:
        links = ", ".join(f"[{esc(title)}]({page.href(path)})" for title, path in pages)
        lines.append(f"  \nCited on: {links}")
    lines.append("</div>")
    return "\n".join(lines)


KIND_USE = {
    "official": "For what a government or body says or decided",
    "state-media": "For what that state says; not as independent confirmation",
    "state-aligned": "For what the government, party or movement it is aligned with says; not as independent "
                     "confirmation",
    "independent-media": "For reporting, ideally two independent outlets",
    "analysis": "For interpretation, attributed",
    "republisher": "Only where the original is not available to us; we name what it republishes",
    "blog": "For the author's own view or translation, attributed",
}


def kinds_table(outlets: Mapping[str, Outlet]) -> str:
    """The outlet kinds with what each covers, how the site uses it, and how many outlets of each it cites."""
    from .common import table

    counts = {kind: sum(1 for o in outlets.values() if o.kind == kind) for kind in KIND_LABELS}
    return table(["Kind", "What it covers", "How we use it", "Outlets"],
                 ([f"**{label}**", KIND_HELP[kind], KIND_USE[kind], str(counts[kind])]
                  for kind, label in KIND_LABELS.items()))
