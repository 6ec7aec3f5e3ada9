"""A Python-Markdown extension for the site's HTML details (mkdocs.yml `markdown_extensions: macros.mdext`).

1. Tooltips by keyboard: the abbr extension writes <abbr title="…">; Material shows the title on hover and on
   focus, but an <abbr> cannot take focus without a tabindex, so every abbreviation gets tabindex="0".
2. A lean search index: each page's footnotes (its list of sources) get data-search-exclude, which Material's
   search honours; the same references repeated on every page would more than double the index. Sources stay
   searchable on the bibliography page.
"""

from __future__ import annotations

import re

from markdown import Extension
from markdown.postprocessors import Postprocessor

_ABBR = re.compile(r"<abbr(?![^>]*\btabindex=)(\s[^>]*)?>")


def focusable_abbreviations(html: str) -> str:
    return _ABBR.sub(lambda m: f'<abbr tabindex="0"{m.group(1) or ""}>', html)


def footnotes_out_of_search(html: str) -> str:
    return html.replace('<div class="footnote">', '<div class="footnote" data-search-exclude>')


class _SiteHtml(Postprocessor):
    def run(self, text: str) -> str:
        return footnotes_out_of_search(focusable_abbreviations(text))


class SiteHtmlExtension(Extension):
    def extendMarkdown(self, md):
        md.postprocessors.register(_SiteHtml(md), "site_html", 5)


def makeExtension(**kwargs):
    return SiteHtmlExtension(**kwargs)
