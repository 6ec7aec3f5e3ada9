"""The bibliography page (/sources/): every source, grouped by the kind of its outlet, with an anchor per source."""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Mapping

from ..model.outlets import KIND_HELP, KIND_LABELS, Outlet
from ..model.sources import Source
from .common import Page, attr, esc, long_date, source_heading


def bibliography(page: Page, sources: Mapping[str, Source], outlets: Mapping[str, Outlet],
                 cited_by=None) -> str:
    """All sources grouped by outlet kind, then outlet. `cited_by` maps a source id to (page title, page path), or
    is a function returning that map; it is called after this page's own citations (outlet affiliations)."""
    headers = {outlet_id: _outlet(page, outlet) for outlet_id, outlet in outlets.items()}
    if callable(cited_by):
        cited_by = cited_by()
    groups: dict[str, dict[str, list[Source]]] = defaultdict(lambda: defaultdict(list))
    for source in sources.values():
        groups[outlets[source.outlet].kind][source.outlet].append(source)
    out = [f"The site rests on **{len(sources)} sources** from **{len(outlets)} outlets**. Each outlet's kind is "
           "stated once, in its entry below, and each source has an anchor, so a citation on any page links "
           "straight to it."]
    for kind, label in KIND_LABELS.items():
        by_outlet = groups.get(kind)
        if not by_outlet:
            continue
        count = sum(len(items) for items in by_outlet.values())
        out.append(f"## {label} ({count}) {{ #{kind} }}")
        out.append(KIND_HELP[kind])
        for outlet_id in sorted(by_outlet, key=lambda o: outlets[o].name.lower()):
            out.append(headers[outlet_id])
            for source in sorted(by_outlet[outlet_id], key=lambda s: (s.published, s.id)):
                out.append(_entry(page, source, (cited_by or {}).get(source.id, ())))
    return "\n\n".join(out)


def _outlet(page: Page, outlet: Outlet) -> str:
    line = f'### {esc(outlet.name)} {{ #outlet-{outlet.id} }}\n\n{outlet.label}.'
    if outlet.affiliation:
        line += " " + esc(outlet.affiliation) + page.cite(outlet.sources)
    return line


def _entry(page: Page, source: Source, cited_by: Iterable[tuple[str, str]]) -> str:
    lines = [
        f'<div class="source" id="{attr(source.id)}" markdown>',
        f"[{source_heading(source)}]({source.url})  ",
        f"{long_date(source.published)} · language: `{source.language}`{page.entry_edit('sources', source.id)}",
    ]
    if source.archived_url:
        lines[-1] += f" · [archived copy]({source.archived_url})"
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
