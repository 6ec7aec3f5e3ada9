"""Building blocks shared by the render modules: escaping, links, citations, dates, badges and tables.

Nothing here imports MkDocs: render functions take plain data and return Markdown, so they can be unit-tested
and reused outside a build.
"""

from __future__ import annotations

import html
import posixpath
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Sequence

from ..i18n import current as current_lang
from ..i18n import digits, long_date, solar_hijri, tr
from ..i18n import number as numeral
from ..model.articles import BASIS_HELP
from ..model.outlets import Outlet
from ..model.sectors import LEDGER_HELP
from ..model.sources import Source

__all__ = ["long_date", "solar_hijri", "digits", "numeral", "tr"]   # the one date formatter lives in macros/i18n.py

# -- where things live, and what they are called: one place for every page path and label --------------------

def article_path(number: int) -> str:
    """The page file of an article (0 is the preamble)."""
    return "treaty/preamble.md" if number == 0 else f"treaty/articles/{number}.md"


def article_label(number: int) -> str:
    return tr("Preamble") if number == 0 else tr("Article {n}", n=number)


def sector_path(sector_id: str) -> str:
    return f"sectors/{sector_id}.md"


def context_path(context_id: str) -> str:
    return f"context/{context_id}.md"


def glossary_group_path(group: str) -> str:
    return f"glossary/{group}.md"


# -- badges: every status shown on the site, with its label and its explanation --------------------------------

BADGES: dict[str, dict[str, tuple[str, str]]] = {
    # Is it true? (claims, key facts, timeline events, chart points)
    "claim": {
        "confirmed": ("confirmed", "Confirmed by an official record or two independent sources"),
        "reported": ("reported", "Reported, not independently confirmed"),
        "disputed": ("disputed", "Sources disagree"),
        "denied": ("denied", "Claimed by some and denied by the party concerned"),
    },
    # Was it said? (governments' positions)
    "said": {
        "on-record": ("said: on record", "This statement is on the record: an official transcript or statement, "
                      "or two independent reports"),
        "reported": ("said: reported", "This statement is known from a single report"),
        "disputed": ("said: disputed", "Reports differ on what was said, or when"),
        "denied": ("said: denied", "The speaker denies having said it"),
    },
    # What is an article summary based on?
    "basis": {name: (name if name == "pending" else f"{name} source", help_text)
              for name, help_text in BASIS_HELP.items()},
    # How far has a commitment got?
    "ledger": {name: (name.replace("-", " "), help_text) for name, help_text in LEDGER_HELP.items()},
    # A name or fact not yet seen in a source
    "unverified": {"unverified": ("unverified", "Not yet seen in a dated source we could read")},
}
"""Family -> value -> (label, explanation). The CSS class is badge--<value> (said: badge--said-<value>)."""

STATUS_HELP = {value: help_text for value, (_, help_text) in BADGES["claim"].items()}


def esc(text: object) -> str:
    """Escape data text for Markdown output: HTML is neutralised, Markdown emphasis stays."""
    return html.escape(str(text), quote=False)


def value_text(text: str) -> str:
    """A data value shown in prose: a bare ISO date goes through the one date formatter, anything else is escaped."""
    import re

    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
        return time_tag(date.fromisoformat(text.strip()))
    return esc(text)


def cell(text: object) -> str:
    """Escape text for a Markdown table cell (pipes and newlines would break the row)."""
    return esc(text).replace("|", "&#124;").replace("\n", " ")


def attr(text: object) -> str:
    return html.escape(str(text), quote=True)


def time_tag(value: date, text: str | None = None) -> str:
    return f'<time datetime="{value.isoformat()}">{text or long_date(value)}</time>'


def badge(value: str, family: str = "claim", title: str | None = None) -> str:
    """A status badge: its label, its explanation as a tooltip, and a class for its colour."""
    label, help_text = BADGES[family][value]
    css = f"badge badge--said badge--said-{value}" if family == "said" else f"badge badge--{value}"
    return f'<span class="{css}" title="{attr(tr(title or help_text))}">{esc(tr(label))}</span>'


def badge_table(family: str) -> str:
    """Every badge of a family with its meaning (for the About page)."""
    return table([tr("Badge"), tr("Meaning")], ([badge(value, family), tr(help_text)]
                                        for value, (_, help_text) in BADGES[family].items()))


def said_badge(status: str) -> str:
    """Whether a statement was made (a quote's status), styled apart from a claim's truth status."""
    return badge(status, "said")


def claim_link(page: "Page", claim_id: str | None, status: str | None = None) -> str:
    """A pointer to the claims ledger, with the claim's status badge when known."""
    if not claim_id:
        return ""
    text = tr("Sources disagree: see the claims ledger") if status in (None, "disputed", "denied") else \
        tr("See the claims ledger")
    return (f" {badge(status)}" if status else "") + f" [{text}]({page.href('claims.md', claim_id)})"


def admonition(kind: str, title: str, body: str) -> str:
    """A Material admonition whose body may run to several paragraphs: every line is indented into the box."""
    inner = "\n".join(("    " + line) if line.strip() else "" for line in body.strip().split("\n"))
    return f'!!! {kind} "{attr(title)}"\n\n{inner}'


def pager(page: "Page", keys: Sequence, current, path_of, label_of, aria: str) -> str:
    """Previous/next links between the pages of one long list ('' when there is only one page)."""
    i = list(keys).index(current)
    links = []
    if i > 0:
        links.append(f"← [{esc(label_of(keys[i - 1]))}]({page.href(path_of(keys[i - 1]))})")
    if i < len(keys) - 1:
        links.append(f"[{esc(label_of(keys[i + 1]))}]({page.href(path_of(keys[i + 1]))}) →")
    if not links:
        return ""
    return f'<nav class="article-nav" aria-label="{attr(aria)}" markdown>\n' + " · ".join(links) + "\n</nav>"


def lang_span(text: str, lang: str) -> str:
    """Mark up Russian or Persian text with its language (and direction for Persian)."""
    direction = ' dir="rtl"' if lang == "fa" else ""
    return f'<span lang="{lang}"{direction}>{esc(text)}</span>'


def table(headers: Sequence[str], rows: Iterable[Sequence[str]], caption: str | None = None,
          css: str = "", labels: bool = True, searchable: bool = True) -> str:
    """A table whose rows stack into labelled blocks on a narrow screen (each cell carries its column's name).

    Cells are Markdown (already escaped with `cell`/`esc`); columns empty on every row are dropped."""
    rows = [list(row) for row in rows]
    keep = [i for i in range(len(headers)) if any(str(row[i]).strip() not in ("", "—") for row in rows)] \
        if rows else list(range(len(headers)))
    head = "".join(f'<th scope="col">{headers[i]}</th>' for i in keep)
    body = "\n".join('<tr markdown="1">' + "".join(
        (f'<td data-label="{attr(_plain_label(headers[i]))}" markdown="span">' if labels else '<td markdown="span">')
        + f"{row[i]}</td>" for i in keep) + "</tr>"
        for row in rows)
    cap = f"<caption>{caption}</caption>" if caption else ""
    classes = " ".join(filter(None, ["stack", css]))
    search = "" if searchable else ' data-search-exclude=""'
    return (f'<table class="{classes}"{search} markdown="1">{cap}<thead><tr>{head}</tr></thead>\n'
            f'<tbody markdown="1">\n{body}\n</tbody></table>')


def _plain_label(header: str) -> str:
    import re

    return html.unescape(re.sub(r"<[^>]+>|\*\*|`", "", header))


@dataclass
class Page:
    """What a render function needs to know about the page it writes: its path and the sources it cites.

    `path` is the page's Markdown file relative to docs/ (e.g. "treaty/index.md"); links are made relative to it
    so that MkDocs validates them and they work both on the web and from file://.
    """

    path: str
    sources: dict[str, Source]
    outlets: dict[str, Outlet] = field(default_factory=dict)
    cited: list[str] = field(default_factory=list)
    origin: dict = field(default_factory=dict)      # (content type, key) -> (data file, line), for entry links
    repo_url: str | None = None
    homes: dict = field(default_factory=dict)       # source id -> the page file that lists it

    def entry_edit(self, content_type: str, key) -> str:
        """A small link to the lines of data/ an entry comes from ('' without a repository)."""
        where = self.origin.get((content_type, key))
        if not where or not self.repo_url:
            return ""
        file, line = where
        return f' <a class="entry-edit" href="{attr(self.repo_url)}/blob/main/{attr(file)}#L{line}" ' \
               f'aria-label="Edit this entry ({attr(file)}, line {line})">edit</a>'

    def href(self, target: str, anchor: str | None = None) -> str:
        """A relative link from this page to another page's Markdown file (and anchor)."""
        here = posixpath.dirname(self.path)
        rel = posixpath.relpath(target, here or ".")
        return rel + (f"#{anchor}" if anchor else "")

    def cite(self, ids: Iterable[str]) -> str:
        """Footnote references for source ids; the notes themselves come from `references()`."""
        marks = []
        for source_id in ids:
            if source_id not in self.sources:
                raise KeyError(f"unknown source id {source_id!r}")
            if source_id not in self.cited:
                self.cited.append(source_id)
            marks.append(f"[^{source_id}]")
        return "".join(marks)

    def references(self) -> str:
        """The footnote definitions for every source cited on this page, in order of first citation."""
        notes = []
        for source_id in self.cited:
            source = self.sources[source_id]
            notes.append(f"[^{source_id}]: {source_line(source, self.outlets[source.outlet], self)}")
        return "\n\n".join(notes)


def outlet_label(outlet: Outlet) -> str:
    """The outlet's kind as a reader sees it beside a citation, e.g. 'State media, Russia' (in the edition)."""
    from ..model.base import ACTOR_NAMES
    from ..model.outlets import _NEEDS_COUNTRY, KIND_LABELS

    kind = tr(KIND_LABELS[outlet.kind])
    if outlet.country and outlet.kind in _NEEDS_COUNTRY:
        kind += tr(", ") + tr(ACTOR_NAMES.get(outlet.country, outlet.country.upper()))
    return kind


QUOTES = {"en": ("“", "”"), "ru": ("«", "»"), "fa": ("«", "»")}
"""Quotation marks around a headline, as each edition's readers write them."""


def source_heading(source: Source) -> str:
    """The headline as published, in quotation marks (marked with its language where it differs from the page's);
    an editor's description (English) stays unquoted and says so."""
    if source.title:
        opening, closing = QUOTES.get(current_lang(), QUOTES["en"])
        if source.language != current_lang():
            return f'{opening}<span lang="{attr(source.language)}" dir="auto">{esc(source.title)}</span>{closing}'
        return f"{opening}{esc(source.title)}{closing}"
    if current_lang() != "en":
        return f'<span lang="en" dir="ltr">{esc(source.description)}</span> ' + tr("(headline not recorded)")
    return f"{esc(source.description)} " + tr("(headline not recorded)")


def source_line(source: Source, outlet: Outlet, page: Page | None = None) -> str:
    """One-line citation: outlet (its kind), headline, date, a link to the source and to its bibliography entry."""
    published = long_date(source.published)
    stop = "" if published.endswith(".") else "."   # a Russian date ends in "г."
    line = (f"{esc(outlet.name)} ({outlet_label(outlet)}): {source_heading(source)}, {published}{stop} "
            f"[{tr('Source')}]({source.url})")
    if page is not None:
        line += f" · [{tr('details')}]({page.href(page.homes.get(source.id, 'sources/index.md'), source.id)})"
    return line
