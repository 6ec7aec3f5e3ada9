"""The timeline (/timeline/) and its slices on sector and context pages: an ordered list of <time>d events.

Category filters are checkboxes and CSS (:has), so they work offline and without JavaScript; with no CSS support
the full list shows.
"""

from __future__ import annotations

from typing import Iterable, Mapping

from ..model.base import ACTOR_NAMES
from ..model.timeline import CATEGORY_LABELS, Event
from .common import Page, article_label, article_path, badge, context_path, esc, long_date, sector_path, solar_hijri


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


def event_list(page: Page, events: Iterable[Event], links: Mapping[str, str] | None = None,
               filters: bool = False, list_id: str = "timeline") -> str:
    """Events in date order as an ordered list; with `filters`, category checkboxes above it."""
    events = sorted(events, key=lambda e: (e.start, e.date, e.id))
    if not events:
        return "*No dated events recorded yet.*"
    items = "\n\n".join(_event(page, e, links or {}) for e in events)
    body = f'<ol class="timeline" id="{list_id}" markdown="1">\n\n{items}\n\n</ol>'
    if not filters:
        return body
    used = [c for c in CATEGORY_LABELS if any(e.category == c for e in events)]
    boxes = "\n".join(
        f'<input type="checkbox" id="tf-{c}" class="filter__input" checked>'
        f'<label for="tf-{c}" class="filter__label">{CATEGORY_LABELS[c]} '
        f'({sum(1 for e in events if e.category == c)})</label>' for c in used)
    style = "\n".join(f".filter:has(#tf-{c}:not(:checked)) li.cat-{c} {{ display: none; }}" for c in used)
    return (f"<style>\n{style}\n</style>\n\n"
            f'<div class="filter" markdown="1">\n<fieldset class="filter__options">\n'
            f"<legend>Show categories</legend>\n{boxes}\n</fieldset>\n\n{body}\n\n</div>")
