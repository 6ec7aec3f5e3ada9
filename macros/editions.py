"""Which pages of an edition are translated, and the notices that say so.

Every page exists in every edition (same path), so the language switcher always lands on the same page. A page
is one of:

- translated (`current`): shown in the edition's language, with a line saying that the English edition is the
  reference and when the translation was last checked;
- `stale`: translated, but some of its English changed since (the page says which part is older);
- `partial`: translated, with some entries not yet translated: they are listed and shown in English;
- `fallback`: no translation: the whole body is English (marked lang="en"), introduced by a notice in the
  reader's language. Never a silently mixed page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Optional

from .i18n import EDITIONS, current, long_date, tr
from .translations import Catalog

# Python-Markdown's footnotes go where this marker is (default: the end of the page): on an English page of an
# edition, inside the block marked lang="en", so that the sources are marked English too.
FOOTNOTES_HERE = "///Footnotes Go Here///"

LISTED = 8   # entries still in English named in a page's notice; past this, the notice gives their number



@dataclass
class PageState:
    kind: str                                   # current | stale | partial | fallback
    checked: Optional[date] = None              # when the translation was last checked
    english: list[str] = field(default_factory=list)   # entries shown in English (partial)
    stale: list[str] = field(default_factory=list)     # entries translated from older English text


def _records_state(ctype: str, keys: list[Any], catalog: Catalog, label) -> PageState:
    checked, english, stale = [], [], []
    for key in keys:
        st = catalog.record_status(ctype, key)
        if st.checked:
            checked.append(st.checked)
        if st.state == "missing":
            english.append(label(key))
        elif st.stale:
            stale.append(label(key))
        elif st.missing:
            english.append(label(key))
    kind = "stale" if stale else ("partial" if english else "current")
    if english and len(english) == len(keys):
        kind = "fallback"
    return PageState(kind, min(checked) if checked else None, english, stale)


def page_state(path: str, hand_written: bool, ctype: str | None, key: Any, site, catalog: Catalog) -> PageState:
    """How far one page of the edition is translated."""
    data = site.data
    if hand_written:
        page = catalog.pages.get(path)
        if page is None and path.startswith("glossary/"):
            return _never_fallback(_inner_state(path, site, catalog) or PageState("partial"))
        if page is None:
            return PageState("fallback")
        inner = _inner_state(path, site, catalog)
        state = PageState("stale" if page.stale else "current", page.checked)
        if inner is not None:
            state.english, state.stale = inner.english, state.stale + inner.stale
            if inner.checked and (state.checked is None or inner.checked < state.checked):
                state.checked = inner.checked
            if state.stale:
                state.kind = "stale"
            elif state.english:
                state.kind = "partial"
        return state
    if ctype == "articles":
        if data.articles[key].basis == "pending":
            return PageState("current", None)   # nothing but the site's own words: "not yet summarized"
        return _records_state("articles", [key], catalog, lambda k: site.article_title(k))
    if ctype == "glossary":
        terms = _glossary_terms(path, key, site)
        return _never_fallback(_records_state("glossary", [t.id for t in terms], catalog,
                                              lambda k: site.english.glossary[k].term))
    return PageState("fallback")


def _never_fallback(state: PageState) -> PageState:
    """The glossary's pages split the terms in the edition's alphabetical order and link to each other's letters,
    so every one of them renders with the edition's data: untranslated terms appear in English and are listed."""
    if state.kind == "fallback":
        state.kind = "partial"
    return state


def _inner_state(path: str, site, catalog: Catalog) -> PageState | None:
    """The records a translated hand-written page shows (its macro's data)."""
    data, english = site.data, site.english
    if path == "treaty/index.md":
        return _records_state("treaty", [None], catalog, lambda k: tr("Key facts"))
    if path == "treaty/faq.md":
        return _records_state("faq", list(data.faq), catalog, lambda k: english.faq[k].question)
    if path == "treaty/coverage.md":
        return _records_state("coverage", list(data.coverage), catalog, lambda k: english.coverage[k].statement[:60] + "…")
    if path == "glossary/index.md":
        return _records_state("glossary", list(data.glossary), catalog, lambda k: english.glossary[k].term)
    if path == "treaty/articles/index.md":
        keys = [n for n, a in data.articles.items() if a.basis != "pending"]
        return _records_state("articles", keys, catalog, lambda k: site.article_title(k))
    return None


def _glossary_terms(path: str, key: Any, site) -> list:
    if isinstance(key, int):       # a page of the A–Z index
        from .render import glossary as glossary_render

        return glossary_render.index_parts(site.data.glossary)[key - 1]
    return site.glossary_parts[key]


def frame(body: str, state: PageState, meta: dict, path: str) -> str:
    """The page body with its edition notice: the reference line, a stale or partial notice, or the fallback."""
    lang = current()
    edition = EDITIONS[lang]
    meta["translation"] = state.kind
    if state.checked:
        meta["translation_checked"] = state.checked
    if state.kind == "fallback":
        note = tr("This page has not been translated into {language} yet, so it is shown in English. The English "
                  "edition is the reference.", language=tr(edition.name))
        return (f'<p class="edition-notice edition-notice--fallback" role="note">{note}</p>\n\n'
                f'<div lang="en" dir="ltr" markdown="1">\n\n{body.strip()}\n\n{FOOTNOTES_HERE}\n\n</div>')
    lines = [tr("Translated from the English edition, which is the reference (the language menu at the top "
                "opens it).")
             + (" " + tr("Translation last checked: {date}.", date=long_date(state.checked)) if state.checked else "")]
    if state.stale:
        lines.append(tr("The English text of these parts changed after they were translated; until the translation "
                        "is checked again, the English edition is the one to rely on:") + " "
                     + tr(", ").join(f"*{_plain(s)}*" for s in state.stale))
    if len(state.english) > LISTED:
        lines.append(tr("{n} entries on this page are not translated yet and are shown in English.",
                        n=len(state.english)))
    elif state.english:
        lines.append(tr("Not translated yet, shown in English:") + " "
                     + tr(", ").join(f'<span lang="en" dir="ltr">{_plain(s)}</span>' for s in state.english))
    css = "edition-notice" + (" edition-notice--stale" if state.stale else "")
    notice = f'<div class="{css}" role="note" markdown="1">\n\n' + "\n\n".join(lines) + "\n\n</div>"
    return _after_heading(body, notice)


def _plain(text: str) -> str:
    from .render.common import esc

    return esc(text)


def _after_heading(body: str, notice: str) -> str:
    """Put the notice right after the page's H1 (or first, if the page has none)."""
    lines = body.lstrip("\n").split("\n")
    if lines and lines[0].startswith("# "):
        return lines[0] + "\n\n" + notice + "\n\n" + "\n".join(lines[1:]).lstrip("\n")
    return notice + "\n\n" + body
