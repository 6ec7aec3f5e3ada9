"""The site's Markdown extension (tooltips by keyboard, footnotes out of search) on real Markdown."""

from __future__ import annotations

import markdown

from macros import mdext


def test_abbreviations_become_focusable_once():
    html = '<p><abbr title="Shanghai Cooperation Organisation">SCO</abbr> and <abbr tabindex="0" title="x">X</abbr></p>'
    out = mdext.focusable_abbreviations(html)
    assert out.count('tabindex="0"') == 2
    assert '<abbr tabindex="0" title="Shanghai Cooperation Organisation">SCO</abbr>' in out


def test_through_python_markdown_with_abbr_and_footnotes():
    text = "The SCO met.[^a]\n\n[^a]: A source.\n\n*[SCO]: Shanghai Cooperation Organisation\n"
    html = markdown.markdown(text, extensions=["abbr", "footnotes", "macros.mdext"])
    assert '<abbr tabindex="0" title="Shanghai Cooperation Organisation">SCO</abbr>' in html
    assert '<div class="footnote" data-search-exclude>' in html
    plain = markdown.markdown(text, extensions=["abbr", "footnotes"])
    assert "tabindex" not in plain and "data-search-exclude" not in plain
