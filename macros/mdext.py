"""A Python-Markdown extension for the site's HTML details (mkdocs.yml `markdown_extensions: macros.mdext`).

1. Tooltips by keyboard, once per term: the abbr extension writes <abbr title="…"> at every occurrence; its
   title shows on hover and on focus (docs/assets/tooltips.js), but an <abbr> cannot take focus without a
   tabindex. The first occurrence of each term on a page gets tabindex="0"; later ones are plain text (a tooltip
   on every mention of a name is noise).
2. A lean search index: each page's footnotes (its list of sources) get data-search-exclude, which Material's
   search honours; the same references repeated on every page would more than double the index. Sources stay
   searchable on the Sources pages.
3. One citation group per claim: the footnote extension writes one <sup> per reference, so three sources read
   "123" and need three targets. Adjacent references become one <sup class="cites"> with the numbers separated by
   commas; each link keeps its id, so the footnotes' back-links still land on it.
4. Quiet helper links: footnote back-links ("↩") and heading permalinks carry their explanation as aria-label
   instead of title: a title shows a tooltip on hover, and a page with 70 back-links would offer 70 of them.
"""

from __future__ import annotations

import re

from markdown import Extension
from markdown.postprocessors import Postprocessor

_ABBR = re.compile(r"<abbr(?![^>]*\btabindex=)(\s[^>]*)?>")


_ABBR_ELEMENT = re.compile(r"<abbr(\s[^>]*)?>(.*?)</abbr>", re.S)


def focusable_abbreviations(html: str) -> str:
    seen: set[str] = set()

    def first_only(match: re.Match) -> str:
        term = match.group(2)
        if term in seen:
            return term
        seen.add(term)
        return match.group(0)
    html = _ABBR_ELEMENT.sub(first_only, html)
    return _ABBR.sub(lambda m: f'<abbr tabindex="0"{m.group(1) or ""}>', html)


def footnotes_out_of_search(html: str) -> str:
    return html.replace('<div class="footnote">', '<div class="footnote" data-search-exclude>')


_REF = r'<sup id="(fnref\d*:[^"]+)"><a class="footnote-ref" href="([^"]+)">([^<]+)</a></sup>'
_REF_RUN = re.compile(rf"(?:{_REF})+")
_ONE_REF = re.compile(_REF)


_QUIET = re.compile(r'(<a class="(?:footnote-backref|headerlink)" href="[^"]*") title="([^"]*)"')


def quiet_helper_links(html: str) -> str:
    return _QUIET.sub(r'\1 aria-label="\2"', html)


def grouped_citations(html: str) -> str:
    def group(run: re.Match) -> str:
        links = [f'<a id="{ref}" class="footnote-ref" href="{href}">{label}</a>'
                 for ref, href, label in _ONE_REF.findall(run.group(0))]
        return '<sup class="cites">' + ", ".join(links) + "</sup>"
    return _REF_RUN.sub(group, html)


class _SiteHtml(Postprocessor):
    def run(self, text: str) -> str:
        return quiet_helper_links(grouped_citations(footnotes_out_of_search(focusable_abbreviations(text))))


class SiteHtmlExtension(Extension):
    def extendMarkdown(self, md):
        md.postprocessors.register(_SiteHtml(md), "site_html", 5)


def makeExtension(**kwargs):
    return SiteHtmlExtension(**kwargs)
