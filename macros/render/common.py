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

import jdatetime

from ..model.outlets import Outlet
from ..model.sources import Source

HIJRI_MONTHS = ["Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
                "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand"]

STATUS_HELP = {
    "confirmed": "Confirmed by an official record or two independent sources",
    "reported": "Reported, not independently confirmed",
    "disputed": "Sources disagree",
    "denied": "Claimed by some and denied by the party concerned",
}


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


def long_date(value: date) -> str:
    """American English date, e.g. January 17, 2025."""
    return f"{value.strftime('%B')} {value.day}, {value.year}"


def solar_hijri(value: date) -> str:
    """The Solar Hijri (Iranian calendar) date, e.g. 28 Dey 1403, computed with jdatetime."""
    j = jdatetime.date.fromgregorian(date=value)
    return f"{j.day} {HIJRI_MONTHS[j.month - 1]} {j.year}"


def time_tag(value: date, text: str | None = None) -> str:
    return f'<time datetime="{value.isoformat()}">{text or long_date(value)}</time>'


SAID_LABELS = {"on-record": "on record", "reported": "reported", "disputed": "disputed", "denied": "denied"}
SAID_HELP = {
    "on-record": "This statement is on the record: an official transcript or statement, or two independent reports",
    "reported": "This statement is known from a single report",
    "disputed": "Reports differ on what was said, or when",
    "denied": "The speaker denies having said it",
}


def said_badge(status: str) -> str:
    """Whether a statement was made (a quote's status), styled apart from a claim's truth status."""
    return (f'<span class="badge badge--said badge--said-{attr(status)}" title="{attr(SAID_HELP[status])}">'
            f"said: {SAID_LABELS[status]}</span>")


def badge(status: str) -> str:
    """A claim-status badge (confirmed / reported / disputed / denied)."""
    return (f'<span class="badge badge--{attr(status)}" title="{attr(STATUS_HELP.get(status, status))}">'
            f"{esc(status)}</span>")


def claim_link(page: "Page", claim_id: str | None, status: str | None = None) -> str:
    """A pointer to the claims ledger, with the claim's status badge when known."""
    if not claim_id:
        return ""
    text = "Sources disagree: see the claims ledger" if status in (None, "disputed", "denied") else \
        "See the claims ledger"
    return (f" {badge(status)}" if status else "") + f" [{text}]({page.href('claims.md', claim_id)})"


def admonition(kind: str, title: str, body: str) -> str:
    """A Material admonition whose body may run to several paragraphs: every line is indented into the box."""
    inner = "\n".join(("    " + line) if line.strip() else "" for line in body.strip().split("\n"))
    return f'!!! {kind} "{attr(title)}"\n\n{inner}'


def lang_span(text: str, lang: str) -> str:
    """Mark up Russian or Persian text with its language (and direction for Persian)."""
    direction = ' dir="rtl"' if lang == "fa" else ""
    return f'<span lang="{lang}"{direction}>{esc(text)}</span>'


def table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A Markdown table; cells must already be escaped (use `cell`)."""
    out = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    out += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(out)


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


def source_heading(source: Source) -> str:
    """The headline as published, in quotation marks; an editor's description stays unquoted and says so."""
    if source.title:
        return f"“{esc(source.title)}”"
    return f"{esc(source.description)} (headline not recorded)"


def source_line(source: Source, outlet: Outlet, page: Page | None = None) -> str:
    """One-line citation: outlet (its kind), headline, date, a link to the source and to its bibliography entry."""
    line = (f"{esc(outlet.name)} ({outlet.label}): {source_heading(source)}, {long_date(source.published)}. "
            f"[Source]({source.url})")
    if page is not None:
        line += f" · [details]({page.href('sources/index.md', source.id)})"
    return line
