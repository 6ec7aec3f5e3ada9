"""What the treaty covers (/treaty/coverage/): provisions that sources report, theme by theme, each attributed."""

from __future__ import annotations

from collections import defaultdict
from typing import Mapping

from ..model.articles import Article
from ..model.coverage import CoverageItem
from .common import Page, article_label, article_path, esc, sector_path, tr

NUMBER_NOT_CONFIRMED = "article number not confirmed"


def _article_ref(page: Page, item: CoverageItem) -> str:
    if not item.articles:
        return f"*({tr(NUMBER_NOT_CONFIRMED)})*"
    links = tr(", ").join(f"[{article_label(n)}]({page.href(article_path(n))})" for n in item.articles)
    return f"({links})"


def item_line(page: Page, item: CoverageItem) -> str:
    return f"- {esc(item.statement)}{page.cite(item.sources)} {_article_ref(page, item)}"


def coverage_page(page: Page, items: Mapping[str, CoverageItem], sectors: Mapping[str, object],
                  articles: Mapping[int, Article]) -> str:
    """Items grouped by theme (sector), in the order of the sector list."""
    by_sector: dict[str, list[CoverageItem]] = defaultdict(list)
    for item in items.values():
        by_sector[item.sector].append(item)
    numbered = sum(1 for i in items.values() if i.articles)
    out = [tr("Sources report **{n} provisions** of the treaty below; **{numbered}** of them with an article "
              "number that a source gives, the others marked *{unconfirmed}*. Each line says who reports it. "
              "This is what the treaty is reported to cover, not a reading of the full text.",
              n=len(items), numbered=numbered, unconfirmed=tr(NUMBER_NOT_CONFIRMED))]
    for sector_id, sector in sectors.items():
        group = by_sector.get(sector_id)
        if not group:
            continue
        out.append(f"## {esc(sector.title)} {{ #{sector_id} }}")
        out.append("[" + tr("{sector}: the sector page", sector=esc(sector.title))
                   + f"]({page.href(sector_path(sector_id))})")
        out.append("\n".join(item_line(page, item) for item in group))
    return "\n\n".join(out)
