"""MkDocs hook (mkdocs.yml `hooks:`): run the render step, take the navigation from it, build the editions.

The render step (`python -m macros render`, macros/build.py) writes every page as plain Markdown into
build/docs/, MkDocs's docs_dir. Running it here, before each build, means `mkdocs build` and `mkdocs serve` never
build stale pages: a change to data/, docs/ or macros/ re-renders (in a fresh process, so code changes count too)
and live reload shows it. Data errors stop the build with every problem listed, as `make check` lists them.

Editions: after the English site is built, the same configuration builds each edition (build/docs-fa/ ->
<site>/fa/, build/docs-ru/ -> <site>/ru/) with Material's own language pack (`theme.language`, which also sets
right-to-left for Persian), its own search index, and `extra.alternate` for the language menu. So `mkdocs build`,
`mkdocs serve` and the offline bundle always carry all three.

The print-site plugin's stylesheets and script are kept to the print page (`on_post_page`).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


EDITIONS = ("fa", "ru")
LANGUAGE_NAMES = {"en": "English", "fa": "فارسی", "ru": "Русский"}


def on_config(config, **kwargs):
    from mkdocs.exceptions import PluginError

    edition = config["extra"].get("edition")
    out = Path(config["docs_dir"])
    if edition is None:
        result = subprocess.run([sys.executable, "-m", "macros", "render", "--quiet", "--out", str(out)],
                                cwd=ROOT, capture_output=True, text=True)
        if result.returncode != 0:
            raise PluginError((result.stderr or result.stdout).strip())
        nav_file = out.parent / "nav.json"
    else:
        nav_file = out.parent / f"nav-{edition}.json"
    import pathspec

    structure = json.loads(nav_file.read_text(encoding="utf-8"))
    config["nav"] = structure["nav"]
    # Pages reached from their index (articles, timeline years, source lists) are outside the menu on purpose.
    config["not_in_nav"] = pathspec.GitIgnoreSpec.from_lines("/" + path for path in structure["not_in_nav"])
    config["site_name"] = structure["site_name"]
    config["site_description"] = structure["site_description"]
    config["copyright"] = structure["copyright"]
    config["extra"]["words"] = structure["words"]   # the templates' own words (overrides/), in this edition
    config["extra"]["alternate"] = _alternates(edition or "en")
    if edition is None:
        config["extra"]["root_url"] = config["site_url"]
    return config


def _alternates(current: str) -> list[dict]:
    """The language menu: each edition's root, relative to this edition's root (templates add the page)."""
    def prefix(lang: str) -> str:
        up = "" if current == "en" else "../"
        return up + ("" if lang == "en" else f"{lang}/") if lang != current else ""
    return [{"name": LANGUAGE_NAMES[lang], "lang": lang, "link": prefix(lang) or "./", "prefix": prefix(lang),
             "root_prefix": "" if lang == "en" else f"{lang}/", "current": lang == current}
            for lang in ("en", *EDITIONS)]


def on_post_build(config, **kwargs):
    """Build every edition into a folder of the English site (the same settings, its own pages and language)."""
    if config["extra"].get("edition") == "fa":
        _searchable_digits(Path(config["site_dir"]) / "search" / "search_index.json")
    if config["extra"].get("edition") is not None:
        return
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    docs = Path(config["docs_dir"])
    for lang in EDITIONS:
        edition = load_config(config_file=config.config_file_path, docs_dir=str(docs.parent / f"{docs.name}-{lang}"),
                              site_dir=str(Path(config["site_dir"]) / lang), strict=config["strict"],
                              site_url=(config["site_url"] or "") + f"{lang}/" if config["site_url"] else None)
        edition["theme"]["language"] = lang
        edition["extra"]["edition"] = lang
        edition["use_directory_urls"] = config["use_directory_urls"]
        edition["extra"]["root_url"] = config["site_url"]
        # Headings get readable ids in their own script (#مقدمه, #ратификация), not "_1", "_2" …
        from pymdownx.slugs import slugify

        edition["mdx_configs"].setdefault("toc", {})["slugify"] = slugify(case="lower")
        build(edition)


def _searchable_digits(index: Path) -> None:
    """Persian digits become ASCII in the Persian search index (not on the pages). The theme's search tokenizer
    drops characters outside its languages' alphabets, and Persian digits are among them, so "ماده ۳" could not
    be found by its number; the query script in overrides/main.html turns typed Persian digits into ASCII too."""
    from macros.i18n import ascii_digits

    if not index.is_file():
        return
    data = json.loads(index.read_text(encoding="utf-8"))
    for doc in data.get("docs", []):
        for key in ("title", "text"):
            if isinstance(doc.get(key), str):
                doc[key] = ascii_digits(doc[key])
    index.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


# The print-site plugin lists its stylesheets and script in extra_css/extra_javascript, so every page requested them
# before it could be shown (three more requests on the critical path of each page: 85-180 ms of first paint on a
# simulated phone). Only the print page, which the plugin writes itself after the build, uses them; a page printed
# on its own keeps its print layout through the @page rule in docs/assets/site.css.
_PRINT_SITE_ASSETS = re.compile(r'\n?[ \t]*<link rel="stylesheet" href="[^"]*css/print-site(?:-[a-z]+)?\.css">'
                                r'|\n?[ \t]*<script src="[^"]*js/print-site\.js"></script>')


def on_post_page(output, page, config, **kwargs):
    return _PRINT_SITE_ASSETS.sub("", output)
