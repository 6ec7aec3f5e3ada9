"""MkDocs hook (mkdocs.yml `hooks:`): two small changes to each page's HTML.

1. Tooltips by keyboard (everywhere but the glossary, which spells every abbreviation out): Python-Markdown's abbr extension writes <abbr title="…">; Material shows the title as a
   tooltip on hover and on focus, but an <abbr> cannot take focus without a tabindex. Every abbreviation gets
   tabindex="0", so keyboard users get the same definitions as mouse users.
2. A lean search index: each page's footnotes (its list of sources) are marked data-search-exclude. Material
   loads the whole index on a page's first load, and the same references repeated on every page would more
   than double it; sources stay searchable on the bibliography page.
3. Search index on demand: Material fetches the whole search index as soon as a page loads over http(s), but
   only when the reader opens search when the page comes from file://. The built script bundle is patched so
   that http(s) behaves like file://: the index (the site's heaviest file) loads when the reader first opens
   search, which keeps a first page load within the performance budget. The build fails loudly if the pinned
   Material version's bundle no longer contains the expected code.
"""

from __future__ import annotations

import re
from pathlib import Path

_ABBR = re.compile(r"<abbr(?![^>]*\btabindex=)(\s[^>]*)?>")


def focusable_abbreviations(html: str) -> str:
    return _ABBR.sub(lambda m: f'<abbr tabindex="0"{m.group(1) or ""}>', html)


def footnotes_out_of_search(html: str) -> str:
    return html.replace('<div class="footnote">', '<div class="footnote" data-search-exclude>')


def on_page_content(html: str, page, **kwargs) -> str:
    if page.file.src_uri.startswith("glossary/"):
        # The glossary defines every abbreviation in full: no tooltips there (they would only repeat it).
        return footnotes_out_of_search(re.sub(r"</?abbr[^>]*>", "", html))
    return footnotes_out_of_search(focusable_abbreviations(html))


# Material 9.8.1's bundle subscribes to the search index in two places as soon as a page loads over http(s):
# the search component (unless the page is a file:// page) and the search-term highlighter (even when the URL
# carries no ?h= term to highlight). Each pair below makes that subscription wait for a reason to need the index.
LAZY_SEARCH_PATCHES = [
    # search: request the index when the search toggle opens, as on file://
    ('L($(location.protocol!=="file:"),Je("search"))', 'L($(!1),Je("search"))'),
    # highlighter: request the index only when the URL has a search term (?h=...)
    ('z([t,r.pipe(Q(we()),g(o=>!!o.searchParams.get("h")))])',
     'r.pipe(Q(we()),g(o=>!!o.searchParams.get("h")),b(n=>t.pipe(m(o=>[o,n]))))'),
]


def lazy_search_index(site_dir: Path) -> Path:
    bundles = sorted((site_dir / "assets" / "javascripts").glob("bundle.*.min.js"))
    if len(bundles) != 1:
        raise RuntimeError(f"expected one Material bundle in {site_dir}, found {bundles}")
    text = bundles[0].read_text(encoding="utf-8")
    for eager, lazy in LAZY_SEARCH_PATCHES:
        if text.count(eager) != 1:
            raise RuntimeError("Material's bundle changed: update LAZY_SEARCH_PATCHES in macros/hooks.py")
        text = text.replace(eager, lazy)
    bundles[0].write_text(text, encoding="utf-8")
    return bundles[0]


def on_post_build(config, **kwargs) -> None:
    lazy_search_index(Path(config["site_dir"]))
