"""Sector pages (/sectors/<id>/) and the sectors index (/sectors/)."""

from __future__ import annotations

from typing import Iterable, Mapping

from ..model.articles import Article
from ..model.context import Context
from ..model.sectors import LEDGER_HELP, Sector
from ..model.timeline import Event
from . import charts
from .articles import heading
from .common import Page, article_path, badge, cell, claim_link, context_path, esc, sector_path, table, time_tag
from .timeline import SLICE, event_list


def ledger_badge(status: str) -> str:
    return badge(status, "ledger")


def _article_links(page: Page, numbers: Iterable[int], articles: Mapping[int, Article]) -> str:
    return ", ".join(f"[{n}]({page.href(article_path(n))})" for n in numbers if n in articles) or "—"


def sector_page(page: Page, sector: Sector, articles: Mapping[int, Article], events: Iterable[Event],
                contexts: Mapping[str, Context], links: Mapping[str, str]) -> str:
    out = [f"# {esc(sector.title)}", esc(sector.intro)]

    out.append("## What the treaty says")
    listed = [a.number for a in sector.articles]
    tagged = [n for n, a in articles.items() if sector.id in a.sectors and n not in listed]
    if sector.articles or tagged:
        lines = [f"- [{heading(articles[g.number])}]({page.href(article_path(g.number))}): {esc(g.gist)}"
                 for g in sector.articles]
        lines += [f"- [{heading(articles[n])}]({page.href(article_path(n))})" for n in tagged]
        out.append("\n".join(lines))
    else:
        out.append("No article has yet been tied to this sector by a source we could read; see the "
                   f"[articles index]({page.href('treaty/articles/index.md')}) for progress.")

    out.append("## Implementation ledger")
    if sector.ledger:
        out.append("Each row is a concrete commitment or project, with its status as the sources show it. "
                   f"Statuses: {', '.join(ledger_badge(s) for s in LEDGER_HELP)}.")
        rows = [[cell(row.commitment), _article_links(page, row.articles, articles), ledger_badge(row.status),
                 cell(row.evidence) + page.cite(row.sources), time_tag(row.last_verified)] for row in sector.ledger]
        out.append(table(["Commitment", "Articles", "Status", "Evidence", "Verified"], rows))
    else:
        out.append("*No commitments recorded yet.*")

    for i, figure in enumerate(sector.figures):
        if i == 0:
            out.append("## Figures")
        out.append(f"### {esc(figure.title)} {{ #{figure.id} }}")
        out.append(charts.bar_chart(figure, f"chart-{figure.id}"))
        rows = [[cell(p.period), charts.value_text(p.value), badge(p.status), page.cite(p.sources)]
                for p in figure.points]
        out.append(table(["Period", f"Value ({esc(figure.unit)})", "Status", "Sources"], rows, searchable=False))
        if figure.note:
            out.append(f"*{esc(figure.note)}*")
        if figure.claim:
            out.append(claim_link(page, figure.claim).strip())

    out.append("## What has happened since")
    out.append(event_list(page, [e for e in events if sector.id in e.sectors], links, list_id=f"events-{sector.id}",
                          limit=SLICE))

    related = [c for c in contexts.values() if sector.id in c.sectors]
    if related:
        out.append("## Regional context\n\n" + "\n".join(
            f"- [{esc(c.title)}]({page.href(context_path(c.id))})" for c in related))
    return "\n\n".join(out)


def sectors_index(page: Page, sectors: Mapping[str, Sector], articles: Mapping[int, Article]) -> str:
    rows = []
    for sector in sectors.values():
        count = len({g.number for g in sector.articles} | {n for n, a in articles.items() if sector.id in a.sectors})
        rows.append([f"[{esc(sector.title)}]({page.href(sector_path(sector.id))})", str(count),
                     str(len(sector.ledger)), str(len(sector.figures))])
    return table(["Sector", "Articles", "Ledger rows", "Figures"], rows)
