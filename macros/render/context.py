"""Regional context pages (/context/<id>/) and their index (/context/)."""

from __future__ import annotations

from typing import Iterable, Mapping

from ..model.articles import Article
from ..model.base import ACTOR_NAMES
from ..model.context import Context
from ..model.sectors import Sector
from ..model.timeline import Event
from .articles import heading
from .common import Page, article_path, cell, context_path, esc, said_badge, sector_path, table, time_tag
from .timeline import SLICE, event_list


def context_page(page: Page, topic: Context, articles: Mapping[int, Article], sectors: Mapping[str, Sector],
                 events: Iterable[Event], links: Mapping[str, str]) -> str:
    out = [f"# {esc(topic.title)}"]
    out += [esc(paragraph) for paragraph in topic.summary]

    out.append("## Positions")
    out.append("What each government or body said or did, in our words, with the date and the source. The last "
               "column says whether the statement is on the record; it does not say whether what was said is true. "
               "Facts that sources dispute are weighed in the [claims ledger]("
               + page.href("claims.md") + ").")
    order = list(ACTOR_NAMES)
    positions = sorted(topic.positions, key=lambda p: (order.index(p.actor), p.date))
    rows = [[f"**{ACTOR_NAMES[p.actor]}**", cell(p.who), time_tag(p.date), cell(p.position) + page.cite(p.sources),
             said_badge(p.said)] for p in positions]
    out.append(table(["Government", "Who", "Date", "Position", "Said?"], rows))

    out.append("## Dated events")
    out.append(event_list(page, [e for e in events if topic.id in e.context], links, list_id=f"events-{topic.id}",
                          limit=SLICE))

    if topic.articles:
        out.append("## Treaty articles\n\n" + "\n".join(
            f"- [{heading(articles[n])}]({page.href(article_path(n))})" for n in topic.articles if n in articles))
    if topic.sectors:
        out.append("## Sectors\n\n" + "\n".join(
            f"- [{esc(sectors[s].title)}]({page.href(sector_path(s))})" for s in topic.sectors if s in sectors))
    return "\n\n".join(out)


def context_index(page: Page, topics: Mapping[str, Context]) -> str:
    return "\n".join(f"- [{esc(t.title)}]({page.href(context_path(t.id))}): "
                     f"{len(t.positions)} positions" for t in topics.values())
