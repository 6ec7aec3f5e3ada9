"""The MkDocs hook's three HTML changes, on small inputs."""

from __future__ import annotations

import pytest

from macros import hooks


def test_abbreviations_become_focusable_once():
    html = '<p><abbr title="Shanghai Cooperation Organisation">SCO</abbr> and <abbr tabindex="0" title="x">X</abbr></p>'
    out = hooks.focusable_abbreviations(html)
    assert out.count('tabindex="0"') == 2
    assert '<abbr tabindex="0" title="Shanghai Cooperation Organisation">SCO</abbr>' in out


def test_footnotes_are_left_out_of_the_search_index():
    assert hooks.footnotes_out_of_search('<div class="footnote"><ol></ol></div>') == \
        '<div class="footnote" data-search-exclude><ol></ol></div>'


def test_search_index_patch_applies_or_fails_loudly(tmp_path):
    scripts = tmp_path / "assets" / "javascripts"
    scripts.mkdir(parents=True)
    bundle = scripts / "bundle.abc.min.js"
    bundle.write_text("a;" + ";".join(eager for eager, _ in hooks.LAZY_SEARCH_PATCHES) + ";b", encoding="utf-8")
    hooks.lazy_search_index(tmp_path)
    text = bundle.read_text(encoding="utf-8")
    assert all(lazy in text for _, lazy in hooks.LAZY_SEARCH_PATCHES)
    assert not any(eager in text for eager, _ in hooks.LAZY_SEARCH_PATCHES)
    with pytest.raises(RuntimeError, match="bundle changed"):
        hooks.lazy_search_index(tmp_path)  # already patched: the patterns are gone


def test_the_pinned_material_bundle_still_has_the_patterned_code():
    from pathlib import Path

    import material

    bundles = list((Path(material.__file__).parent / "templates" / "assets" / "javascripts").glob("bundle.*.min.js"))
    text = bundles[0].read_text(encoding="utf-8")
    for eager, _ in hooks.LAZY_SEARCH_PATCHES:
        assert text.count(eager) == 1
