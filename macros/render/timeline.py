"""The timeline (/timeline/) and its slices on sector and context pages: an ordered list of <time>d events.

Category filters are checkboxes and CSS (:has), so they work offline and without JavaScript; with no CSS support
the full list shows.
"""

from __future__ import annotations

from typing import Iterable, Mapping

from ..model.base import ACTOR_NAMES
from ..model.timeline import CATEGORY_LABELS, Event
from .common import (
    Page,
    article_label,
    article_path,
    badge,
    context_path,
    esc,
    long_date,
    pager,
    sector_path,
    solar_hijri,
)


def event_date(event: Event) -> str:
    """The date as precise as the data: 'January 17, 2025', 'June 2025' or '2001'; Solar Hijri for Iran."""
    start = event.start
    if event.precision == "day":
        text = long_date(start)
        if "ir" in event.actors:
            text += f" · {solar_hijri(start)}"
    elif event.precision == "month":
        text = start.strftime("%B %Y")
    else:
        text = str(start.year)
    return f'<time datetime="{event.date}">{text}</time>'


def _event(page: Page, event: Event, links: Mapping[str, str]) -> str:
    actors = ", ".join(ACTOR_NAMES[a] for a in event.actors)
    related = [f"[{label}]({href})" for label, href in _related(page, event, links).values()]
    lines = [
        f'<li class="event cat-{event.category}" id="{event.id}" markdown="1">',
        f'<p class="event__meta">{event_date(event)} · <span class="event__cat">{CATEGORY_LABELS[event.category]}'
        f"</span> · {esc(actors)} {badge(event.status) if event.status != 'confirmed' else ''}</p>",
        "",
        f"**{esc(event.title)}** {esc(event.summary)}{page.cite(event.sources)}{page.entry_edit('timeline', event.id)}",
    ]
    if related:
        lines += ["", "Related: " + ", ".join(related)]
    lines += ["", "</li>"]
    return "\n".join(lines)


def _related(page: Page, event: Event, links: Mapping[str, str]) -> dict:
    out = {}
    for number in event.articles:
        out[f"a{number}"] = (article_label(number), page.href(article_path(number)))
    for sector_id in event.sectors:
        path = sector_path(sector_id)
        if path in links:
            out[path] = (links[path], page.href(path))
    for context_id in event.context:
        path = context_path(context_id)
        if path in links:
            out[path] = (links[path], page.href(path))
    return out


PER_PAGE = 30
"""Events per timeline page: a year is one page, or several when it has more (the DOM budget of a phone)."""

SLICE = 12
"""Events shown on a sector or context page; the rest are on the timeline's year pages."""


def event_list(page: Page, events: Iterable[Event], links: Mapping[str, str] | None = None,
               list_id: str = "timeline", limit: int | None = None) -> str:
    """Events in date order as an ordered list (the most recent `limit`, with a pointer to the rest)."""
    events = sorted(events, key=lambda e: (e.start, e.date, e.id))
    if not events:
        return "*No dated events recorded yet.*"
    earlier = ""
    if limit is not None and len(events) > limit:
        earlier = (f"*The {limit} most recent of {len(events)} events; the others are on the "
                   f"[timeline]({page.href('timeline.md')}).*\n\n")
        events = events[-limit:]
    items = "\n\n".join(_event(page, e, links or {}) for e in events)
    return earlier + f'<ol class="timeline" id="{list_id}" markdown="1">\n\n{items}\n\n</ol>'


def part_path(key: str) -> str:
    return f"timeline/{key}.md"


def parts(events: Iterable[Event], per_page: int = PER_PAGE) -> dict[str, list[Event]]:
    """Page key -> events: one key per year ('2025'), split into '2025', '2025-2' … past `per_page` events."""
    by_year: dict[int, list[Event]] = {}
    for event in sorted(events, key=lambda e: (e.start, e.date, e.id)):
        by_year.setdefault(event.start.year, []).append(event)
    out: dict[str, list[Event]] = {}
    for year, items in by_year.items():
        for n, start in enumerate(range(0, len(items), per_page), 1):
            out[str(year) if n == 1 else f"{year}-{n}"] = items[start:start + per_page]
    return out


def part_title(key: str) -> str:
    year, _, n = key.partition("-")
    return f"Timeline: {year}" + (f" (part {n})" if n else "")


def _filters(used: list[str], counts: Mapping[str, int]) -> tuple[str, str]:
    """Category filter as links to #only-<category>: pure CSS (:target), shareable, works offline.

    Returns (targets, links): the target elements must come before the lists they filter."""
    targets = "\n".join(f'<div id="only-{c}" class="filter__target"></div>' for c in ["all", *used])
    links = " ".join(f'<a class="filter__link filter__link--{c}" href="#only-{c}">{CATEGORY_LABELS[c]} '
                     f'<span class="filter__count">({counts[c]})</span></a>' for c in used)
    nav = ('<nav class="filter" aria-label="Show one category">\n'
           '<p class="filter__legend">Show only:</p>\n<p class="filter__links">'
           f'<a class="filter__link filter__link--all" href="#only-all">All</a> {links}</p>\n</nav>')
    return targets, nav


def _month_heading(event: Event) -> str:
    if event.precision == "year":
        return f"{event.start.year} (month not known)"
    return event.start.strftime("%B %Y")


def part_page(page: Page, key: str, all_parts: Mapping[str, list[Event]], links: Mapping[str, str]) -> str:
    """One timeline page: a year (or part of one), its events under month headings, a category filter."""
    events = all_parts[key]
    keys = list(all_parts)
    year = key.split("-")[0]
    year_total = sum(len(v) for k, v in all_parts.items() if k.split("-")[0] == year)
    counts = {c: sum(1 for e in events if e.category == c) for c in CATEGORY_LABELS}
    used = [c for c in CATEGORY_LABELS if counts[c]]
    out = [f"# {esc(part_title(key))}"]
    first, last = events[0], events[-1]
    span = f"{len(events)} of {year_total} events of {year}" if len(events) < year_total else f"{len(events)} events"
    out.append(f"{span}, from {event_date(first)} to {event_date(last)}, in date order. "
               f"[All years]({page.href('timeline.md')}).")
    targets, nav = _filters(used, counts)
    out.append(targets)
    out.append(nav)
    months: dict[str, list[Event]] = {}
    for event in events:
        months.setdefault(_month_heading(event), []).append(event)

    def anchor_of(heading: str) -> str:
        return "m-" + heading.lower().replace(" ", "-").replace("(", "").replace(")", "")
    out.append('<nav class="months" aria-label="Months" markdown>\nJump to: ' + " · ".join(
        f"[{h.split(' ')[0] if '(' not in h else h}](#{anchor_of(h)})" for h in months) + "\n</nav>")
    for heading, items in months.items():
        anchor = anchor_of(heading)
        has = " ".join(f"has-{c}" for c in sorted({e.category for e in items}))
        out.append(f"## {heading} {{ #{anchor} }}")
        body = "\n\n".join(_event(page, e, links) for e in items)
        out.append(f'<ol class="timeline {has}" markdown="1">\n\n{body}\n\n</ol>')
    out.append(pager(page, keys, key, part_path, part_title, "Timeline pages"))
    return "\n\n".join(part for part in out if part)


def timeline_index(page: Page, events: Iterable[Event], links: Mapping[str, str], latest: int = 8) -> str:
    """The timeline's front page: every year with its event count and categories, then the latest events."""
    all_parts = parts(events)
    rows = []
    years: dict[str, list[str]] = {}
    for key in all_parts:
        years.setdefault(key.split("-")[0], []).append(key)
    for year, keys in years.items():
        year_events = [e for k in keys for e in all_parts[k]]
        cats = ", ".join(f"{CATEGORY_LABELS[c]} {n}" for c in CATEGORY_LABELS
                         if (n := sum(1 for e in year_events if e.category == c)))
        pages = " · ".join(f"[{'part ' + k.split('-')[1] if '-' in k else 'events'}]({page.href(part_path(k))})"
                           for k in keys)
        rows.append(f"- **[{year}]({page.href(part_path(keys[0]))})**: {len(year_events)} "
                    f"event{'s' if len(year_events) != 1 else ''} ({cats})" + (f" — {pages}" if len(keys) > 1 else ""))
    ordered = sorted(events, key=lambda e: (e.start, e.date, e.id))
    out = ['<nav class="years" aria-label="Years" markdown>\n\n' + "\n".join(rows) + "\n\n</nav>",
           "## Latest events { #latest }",
           event_list(page, ordered[-latest:], links, list_id="latest")]
    return "\n\n".join(out)
