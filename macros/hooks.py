"""MkDocs hook (mkdocs.yml `hooks:`): make glossary abbreviations reachable by keyboard.

Python-Markdown's abbr extension writes <abbr title="…">; Material shows the title as a tooltip on hover and on
focus, but an <abbr> cannot take focus unless it has a tabindex. This adds tabindex="0" to every abbreviation so
keyboard users get the same definitions as mouse users.
"""

from __future__ import annotations

import re

_ABBR = re.compile(r"<abbr(?![^>]*\btabindex=)(\s[^>]*)?>")


def focusable_abbreviations(html: str) -> str:
    return _ABBR.sub(lambda m: f'<abbr tabindex="0"{m.group(1) or ""}>', html)


def on_page_content(html: str, **kwargs) -> str:
    return focusable_abbreviations(html)
