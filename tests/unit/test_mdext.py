"""The site's Markdown extension (tooltips by keyboard, footnotes out of search) on real Markdown."""

from __future__ import annotations

import markdown

from macros import mdext


def test_abbreviations_become_focusable_once():
    html = '<p><abbr title="Shanghai Cooperation Organisation">SCO</abbr> and <abbr tabindex="0" title="x">X</abbr></p>'
    out = mdext.focusable_abbreviations(html)
    assert out.count('tabindex="0"') == 2
    assert '<abbr tabindex="0" title="Shanghai Cooperation Organisation">SCO</abbr>' in out


def test_only_the_first_mention_of_a_term_gets_a_tooltip():
    html = '<p><abbr title="A">SCO</abbr>, <abbr title="B">EAEU</abbr> and the <abbr title="A">SCO</abbr> again</p>'
    out = mdext.focusable_abbreviations(html)
    assert out.count("<abbr") == 2 and out.endswith("and the SCO again</p>")


def test_through_python_markdown_with_abbr_and_footnotes():
    text = "The SCO met.[^a]\n\n[^a]: A source.\n\n*[SCO]: Shanghai Cooperation Organisation\n"
    html = markdown.markdown(text, extensions=["abbr", "footnotes", "macros.mdext"])
    assert '<abbr tabindex="0" title="Shanghai Cooperation Organisation">SCO</abbr>' in html
    assert '<div class="footnote" data-search-exclude>' in html
    plain = markdown.markdown(text, extensions=["abbr", "footnotes"])
    assert "tabindex" not in plain and "data-search-exclude" not in plain


def test_adjacent_citations_become_one_group_and_keep_their_ids():
    text = "A claim.[^a][^b][^c] Another.[^a]\n\n[^a]: One.\n\n[^b]: Two.\n\n[^c]: Three.\n"
    html = markdown.markdown(text, extensions=["footnotes", "macros.mdext"])
    assert html.count('<sup class="cites">') == 2
    assert '<sup class="cites"><a id="fnref:a" class="footnote-ref" href="#fn:a">1</a>, ' \
           '<a id="fnref:b" class="footnote-ref" href="#fn:b">2</a>, ' in html
    assert 'href="#fnref:a"' in html and 'id="fnref2:a"' in html   # back-links still find their reference
    assert "<sup id=" not in html


def test_back_links_and_permalinks_explain_themselves_without_a_tooltip():
    text = "## Heading\n\nA claim.[^a]\n\n[^a]: One.\n"
    html = markdown.markdown(text, extensions=["footnotes", "toc", "macros.mdext"],
                             extension_configs={"toc": {"permalink": True, "permalink_title": "Link to this section"}})
    assert 'class="footnote-backref"' in html and 'class="headerlink"' in html
    assert 'aria-label="Jump back to footnote 1 in the text"' in html and 'aria-label="Link to this section"' in html
    assert "title=" not in html
