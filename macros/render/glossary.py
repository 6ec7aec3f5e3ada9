"""The glossary: an A–Z index (/glossary/) with every term's names and one-line definition, full entries on one
page per group of categories (/glossary/<group>/), and the site-wide tooltip file (includes/abbreviations.md).

The index is split from the full entries to keep each page light enough for slow phones: 86 full entries with
their sources on one page took a mobile browser well over the site's performance budget.
"""

from __future__ import annotations

from itertools import groupby
from typing import Mapping

from ..model.glossary import Term
from .common import Page, article_label, article_path, attr, badge, esc, glossary_group_path, lang_span, sector_path

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


def group_of(term: Term) -> str:
    return next(group for group, (_, categories) in GROUPS.items() if term.category in categories)


def group_path(group: str) -> str:
    return glossary_group_path(group)


def _letter(term: Term) -> str:
    first = term.term.lstrip("“\"'(")[:1].upper()
    return first if first.isalpha() else "#"


def _names(term: Term) -> str:
    def unverified(lang: str) -> str:
        return (" " + badge("unverified", "unverified", "Standard form, not yet seen in a dated source")
                if lang in term.unverified_names else "")

    ru = f"Russian: {lang_span(term.ru, 'ru')}" + (f" (*{esc(term.ru_translit)}*)" if term.ru_translit else "")
    fa = f"Persian: {lang_span(term.fa, 'fa')}" + (f" (*{esc(term.fa_translit)}*)" if term.fa_translit else "")
    return ru + unverified("ru") + "  \n" + fa + unverified("fa")


def glossary_index(page: Page, terms: Mapping[str, Term]) -> str:
    """Every term A–Z with an anchor, its names and its one-line definition, linked to the full entry."""
    ordered = sorted(terms.values(), key=lambda t: t.term.lower())
    letters = [k for k, _ in groupby(ordered, key=_letter)]
    groups = " · ".join(f"[{esc(title)}]({page.href(group_path(g))})" for g, (title, _) in GROUPS.items())
    out = [f"{len(ordered)} terms that appear on the site, each with its Russian and Persian name. Abbreviations "
           "show their definition as a tooltip wherever they appear on the site. Each term links to its full "
           f"entry, with sources, on one of the group pages: {groups}.",
           '<nav class="az" aria-label="Glossary letters" markdown="1">\n'
           + " ".join(f"[{letter}](#letter-{letter.lower() if letter != '#' else 'other'})" for letter in letters)
           + "\n</nav>"]
    for letter, group in groupby(ordered, key=_letter):
        anchor = letter.lower() if letter != "#" else "other"
        out.append(f"## {letter} {{ #letter-{anchor} }}")
        for term in group:
            title = esc(term.term) + (f" ({esc(term.abbr)})" if term.abbr else "")
            aliases = f" Also: {', '.join(esc(a) for a in term.aliases)}." if term.aliases else ""
            out.append(f'<div class="gl-entry" id="{attr(term.id)}" markdown="1">\n\n'
                       f"**{title}**: {esc(term.short)}{aliases} "
                       f"[Full entry]({page.href(group_path(group_of(term)), term.id)})  \n{_names(term)}\n\n</div>")
    return "\n\n".join(out)


def glossary_group(page: Page, group: str, terms: Mapping[str, Term], sectors: Mapping[str, object]) -> str:
    """The full entries of one group of categories, A–Z, each with its sources."""
    title, categories = GROUPS[group]
    members = sorted((t for t in terms.values() if t.category in categories), key=lambda t: t.term.lower())
    out = [f"# Glossary: {esc(title)}",
           f"{len(members)} terms. See the [A–Z index]({page.href('glossary/index.md')}) for all terms and the "
           "other groups."]
    out += [_entry(page, term, terms, sectors) for term in members]
    return "\n\n".join(out)


def _entry(page: Page, term: Term, terms: Mapping[str, Term], sectors: Mapping[str, object]) -> str:
    title = esc(term.term) + (f" ({esc(term.abbr)})" if term.abbr else "")
    lines = [f"## {title} {{ #{term.id} }}", f"*{CATEGORY_LABELS[term.category]}*" + (
        f" · also: {', '.join(esc(a) for a in term.aliases)}" if term.aliases else "")]
    lines.append(_names(term))
    lines.append(esc(term.definition) + page.cite(term.sources))
    see = [f"[{esc(terms[r].term)}]({page.href(group_path(group_of(terms[r])), r)})" for r in term.related if r in terms]
    see += [f"[{article_label(n)}]({page.href(article_path(n))})" for n in term.articles]
    see += [f"[{esc(sectors[s].title)}]({page.href(sector_path(s))})" for s in term.sectors if s in sectors]
    if see:
        lines.append("See also: " + ", ".join(see))
    return "\n\n".join(lines)


def abbreviations(terms: Mapping[str, Term]) -> str:
    """The Markdown abbreviation file that pymdownx.snippets appends to every page (tooltips)."""
    lines = ["<!-- Generated by `make schema` from data/glossary.yaml. Do not edit: edit the glossary. -->"]
    for term in sorted((t for t in terms.values() if t.abbr), key=lambda t: t.abbr):
        text = (term.short if term.term == term.abbr else f"{term.term}: {term.short}").replace("\n", " ")
        lines.append(f"*[{term.abbr}]: {text}")
    return "\n".join(lines) + "\n"
