"""The glossary: an A–Z index (/glossary/) with every term's names and one-line definition, full entries on one
page per group of categories (/glossary/<group>/), and the site-wide tooltip file (includes/abbreviations.md).

The index is split from the full entries to keep each page light enough for slow phones: 86 full entries with
their sources on one page took a mobile browser well over the site's performance budget.
"""

from __future__ import annotations

import re
from itertools import groupby
from typing import Mapping

from ..i18n import current as current_lang
from ..i18n import sort_key
from ..model.glossary import Term
from .common import Page, article_label, article_path, attr, badge, esc, glossary_group_path, lang_span, sector_path, tr

CATEGORY_LABELS = {"organization": "organization", "agreement": "agreement", "legal": "legal term",
                   "institution": "institution", "place": "place", "project": "project", "person": "person",
                   "system": "system", "concept": "concept"}

GROUPS: dict[str, tuple[str, tuple[str, ...]]] = {
    "organizations": ("Organizations", ("organization",)),
    "agreements": ("Agreements and legal terms", ("agreement", "legal")),
    "institutions": ("Institutions", ("institution",)),
    "places": ("Places and projects", ("place", "project")),
    "people": ("People", ("person",)),
    "systems": ("Systems and concepts", ("system", "concept")),
}
"""Group page id -> (title, categories it holds)."""


def group_path(group: str) -> str:
    return glossary_group_path(group)


def _letter(term: Term) -> str:
    first = term.term.lstrip("“\"'(«")[:1].upper()
    if first == "آ":
        first = "ا"   # alef with madda files under alef in a Persian index
    return first if first.isalpha() else "#"


def _names(term: Term) -> str:
    def unverified(lang: str) -> str:
        return (" " + badge("unverified", "unverified", "Standard form, not yet seen in a dated source")
                if lang in term.unverified_names else "")

    ru = tr("Russian: {name}", name=lang_span(term.ru, 'ru')) + (f" (*{esc(term.ru_translit)}*)" if term.ru_translit else "")
    fa = tr("Persian: {name}", name=lang_span(term.fa, 'fa')) + (f" (*{esc(term.fa_translit)}*)" if term.fa_translit else "")
    return ru + unverified("ru") + "  \n" + fa + unverified("fa")


INDEX_PER_PAGE = 150
"""Terms per page of the A–Z index (the DOM budget of a phone); the index is one page until it has more."""

GROUP_PER_PAGE = 15
"""Full entries per group page; a group is one page until it has more."""


def group_parts(terms: Mapping[str, Term], per_page: int = GROUP_PER_PAGE) -> dict[str, list[Term]]:
    """Group page key -> its terms A–Z: 'people', then 'people-part-2' … past `per_page` terms."""
    out: dict[str, list[Term]] = {}
    for group, (_, categories) in GROUPS.items():
        members = sorted((t for t in terms.values() if t.category in categories), key=lambda t: sort_key(t.term))
        for n, start in enumerate(range(0, len(members), per_page), 1):
            out[group if n == 1 else f"{group}-part-{n}"] = members[start:start + per_page]
    return out


def index_parts(terms: Mapping[str, Term], per_page: int = INDEX_PER_PAGE) -> list[list[Term]]:
    ordered = sorted(terms.values(), key=lambda t: sort_key(t.term))
    return [ordered[i:i + per_page] for i in range(0, len(ordered), per_page)] or [[]]


def index_path(n: int) -> str:
    return "glossary/index.md" if n == 1 else f"glossary/a-z-{n}.md"


def term_homes(parts: Mapping[str, list[Term]]) -> dict[str, str]:
    """Term id -> the group page holding its full entry."""
    return {t.id: group_path(key) for key, items in parts.items() for t in items}


def _range_label(items: list[Term]) -> str:
    return f"{_letter(items[0])}–{_letter(items[-1])}" if items else ""


def glossary_index(page: Page, terms: Mapping[str, Term], n: int = 1, homes: Mapping[str, str] | None = None) -> str:
    """One page of the A–Z index: each term with its one-line definition, linked to its full entry."""
    pages = index_parts(terms)
    items = pages[n - 1]
    homes = homes or term_homes(group_parts(terms))
    letters_of = [(k, i) for i, part in enumerate(pages, 1) for k in dict.fromkeys(_letter(t) for t in part)]
    groups = " · ".join(f"[{esc(tr(title))}]({page.href(group_path(g))})" for g, (title, _) in GROUPS.items())
    out = []
    if n > 1:
        out.append("# " + tr("Glossary A–Z: {range}", range=_range_label(items)))
    out.append(tr("{n} terms that appear on the site. Abbreviations and the names of people and places show a short "
                  "definition as a tooltip wherever they appear. Each term links to its full entry, with its Russian "
                  "and Persian names and its sources, on one of the group pages: {groups}.",
                  n=len(terms), groups=groups))
    out.append(f'<nav class="az" aria-label="{tr("Glossary letters")}" markdown="1">\n' + " ".join(
        f"[{letter}]({'' if i == n else page.href(index_path(i))}#letter-{letter.lower() if letter != '#' else 'other'})"
        for letter, i in letters_of) + "\n</nav>")
    for letter, group in groupby(items, key=_letter):
        anchor = letter.lower() if letter != "#" else "other"
        out.append(f"## {letter} {{ #letter-{anchor} }}")
        lines = []
        for term in group:
            title = _title(term)
            lines.append(f'- <span id="{attr(term.id)}"></span>[**{title}**]({page.href(homes[term.id], term.id)}): '
                         f"{esc(term.short)}")
        out.append("\n".join(lines))
    if len(pages) > 1:
        out.append(f'<nav class="article-nav" aria-label="{tr("Index pages")}" markdown>\n' + " · ".join(
            f"[{_range_label(part)}]({page.href(index_path(i))})" if i != n else f"**{_range_label(part)}**"
            for i, part in enumerate(pages, 1)) + "\n</nav>")
    return "\n\n".join(out)


def glossary_group(page: Page, key: str, parts: Mapping[str, list[Term]], terms: Mapping[str, Term],
                   sectors: Mapping[str, object]) -> str:
    """The full entries of one group of categories (or one part of it), A–Z, each with its sources."""
    group, _, n = key.partition("-part-")
    title, _ = GROUPS[group]
    members = parts[key]
    homes = term_homes(parts)
    total = sum(len(v) for k, v in parts.items() if k.partition("-part-")[0] == group)
    out = ["# " + tr("Glossary: {title}", title=esc(tr(title)))
           + (" " + tr("(part {n})", n=int(n)) if n else ""),
           (tr("{n} of {total} terms", n=len(members), total=total) if len(members) < total
            else tr("{n} terms", n=len(members)))
           + tr(". See the [A–Z index]({href}) for all terms and the other groups.",
                href=page.href('glossary/index.md'))]
    out += [_entry(page, term, terms, sectors, homes) for term in members]
    keys = [k for k in parts if k.partition("-part-")[0] == group]
    if len(keys) > 1:
        out.append(f'<nav class="article-nav" aria-label="{tr("Parts")}" markdown>\n' + " · ".join(
            f"[{tr('Part {n}', n=i)}]({page.href(group_path(k))})" if k != key else f"**{tr('Part {n}', n=i)}**"
            for i, k in enumerate(keys, 1)) + "\n</nav>")
    return "\n\n".join(out)


def _title(term: Term) -> str:
    """The term with its abbreviation; a translated name that already carries one in brackets keeps just that."""
    if term.abbr and (current_lang() == "en" or "(" not in term.term):
        return f"{esc(term.term)} ({esc(term.abbr)})"
    return esc(term.term)


_LOCAL_ABBR = re.compile(r"\(((?=[^)]*[A-ZА-ЯЁ])[A-ZА-ЯЁ0-9+]{2,8})\)\s*$")   # a capital: not "(2001)"


def _entry(page: Page, term: Term, terms: Mapping[str, Term], sectors: Mapping[str, object],
           homes: Mapping[str, str]) -> str:
    title = _title(term)
    aliases = term.aliases if current_lang() == "en" else []   # English aliases: shown in the English edition
    lines = [f"## {title} {{ #{term.id} }}", f"*{tr(CATEGORY_LABELS[term.category])}*" + (
        " · " + tr("also: {names}", names=', '.join(esc(a) for a in aliases)) if aliases else "")]
    lines.append(_names(term))
    lines.append(esc(term.definition) + page.cite(term.sources))
    see = [f"[{esc(terms[r].term)}]({page.href(homes[r], r)})" for r in term.related if r in terms]
    see += [f"[{article_label(n)}]({page.href(article_path(n))})" for n in term.articles]
    see += [f"[{esc(sectors[s].title)}]({page.href(sector_path(s))})" for s in term.sectors if s in sectors]
    if see:
        lines.append(tr("See also:") + " " + tr(", ").join(see))
    return "\n\n".join(lines)


def abbreviations(terms: Mapping[str, Term]) -> str:
    """The abbreviation definitions appended to every page but the glossary's: tooltips for abbreviations, and for
    the names of people and places (by their name and aliases) where a reader meets them in prose."""
    entries: dict[str, str] = {}
    for term in sorted(terms.values(), key=lambda t: sort_key(t.term)):
        local = _LOCAL_ABBR.search(term.term) if current_lang() != "en" else None
        if local:   # the edition's own abbreviation, e.g. ШОС in «Шанхайская организация сотрудничества (ШОС)»
            entries.setdefault(local.group(1), f"{term.term[:local.start()].strip()}: {term.short}")
        if term.abbr:
            entries[term.abbr] = term.short if term.term == term.abbr else f"{term.term}: {term.short}"
        if term.category in ("person", "place") and "(" not in term.term:
            for name in (term.term, *term.aliases):
                if len(name) > 3 and "(" not in name and name not in entries:
                    entries[name] = f"{term.term}: {term.short}" if name != term.term else term.short
    return "".join(f"*[{name}]: {text.replace(chr(10), ' ')}\n" for name, text in sorted(entries.items()))
