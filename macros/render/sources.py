"""The bibliography page (/sources/): every source, grouped by kind, with an anchor per source."""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Mapping

from ..model.sources import KIND_LABELS, Source
from .common import Page, attr, esc, long_date

KIND_INTRO = {
    "official": "Governments, parliaments, ministries and international organizations speaking for themselves.",
    "state-media": "Outlets owned or controlled by a state; the state is named beside each one. "
                   "Russian and Iranian state media speak for their governments' view.",
    "independent-media": "News outlets not controlled by a state.",
    "analysis": "Think tanks, scholars, specialist sites, and non-official copies of documents.",
}


def bibliography(page: Page, sources: Mapping[str, Source],
                 cited_by: Mapping[str, Iterable[tuple[str, str]]] | None = None) -> str:
    """All sources grouped by kind; `cited_by` maps a source id to (page title, page path) pairs."""
    groups: dict[str, list[Source]] = defaultdict(list)
    for source in sources.values():
        groups[source.kind].append(source)
    out = [f"The site rests on **{len(sources)} sources**. Each has an anchor, so a citation on any page "
           "links straight to its entry here."]
    for kind, label in KIND_LABELS.items():
        items = sorted(groups.get(kind, []), key=lambda s: (s.outlet.lower(), s.published, s.id))
        if not items:
            continue
        out.append(f"## {label} ({len(items)}) {{ #{kind} }}")
        out.append(KIND_INTRO[kind])
        for source in items:
            out.append(_entry(page, source, (cited_by or {}).get(source.id, ())))
    return "\n\n".join(out)


def _entry(page: Page, source: Source, cited_by: Iterable[tuple[str, str]]) -> str:
    state = f", {source.country.upper()}" if source.country else ""
    lines = [
        f'<div class="source" id="{attr(source.id)}" markdown>',
        f"**{esc(source.outlet)}**{state} — [{esc(source.title)}]({source.url})  ",
        f"Published {long_date(source.published)} · language: `{source.language}` · id: `{source.id}`",
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
