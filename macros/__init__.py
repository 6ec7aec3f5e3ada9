"""MkDocs macros for the site: thin wrappers that fetch the validated data set and call render functions.

Loaded by mkdocs-macros-plugin (`module_name: macros` in mkdocs.yml). All logic lives in `macros.render` and
`macros.dataset`, which import nothing from MkDocs.
"""

from __future__ import annotations

from pathlib import Path

from .dataset import DataError, cached_dataset
from .render.site import Site


def define_env(env):
    """Register the macros. Runs once per build, when MkDocs loads its configuration."""
    from mkdocs.exceptions import PluginError

    cached_dataset.cache_clear()  # `mkdocs serve` rebuilds in one process: reload the data on each build
    try:
        data = cached_dataset()
    except DataError as error:
        raise PluginError(f"data validation failed, nothing was built.\n{error}") from None
    site = Site(data, repo_url=env.conf.get("repo_url"), site_url=env.conf.get("site_url") or "")
    env.variables["site_data"] = site

    def here():
        return site.page(env.page.file.src_uri)

    def edit_in_data(content_type: str, key=None) -> None:
        """Point the page's "edit" button at the data file the page is generated from."""
        url = site.edit_url(content_type, key)
        if url:
            env.page.edit_url = url

    def meta_from_data(kind: str, key=None) -> None:
        """Take the page's title, description and last-verified date from the data (front matter wins)."""
        for name, value in site.page_meta(kind, key).items():
            env.page.meta.setdefault(name, str(value))

    @env.macro
    def cite(*source_ids: str) -> str:
        """Footnote citations in hand-written text: {{ cite('tass-2025-04-08-rudenko-duma') }}."""
        return here().cite(source_ids)

    @env.macro
    def treaty_page() -> str:
        edit_in_data("treaty")
        meta_from_data("treaty")
        return site.treaty_page(here())

    @env.macro
    def article_page(number: int) -> str:
        edit_in_data("articles", number)
        meta_from_data("articles", number)
        return site.article_page(here(), number)

    @env.macro
    def articles_index() -> str:
        meta_from_data("articles-index")
        return site.articles_index(here())

    @env.macro
    def sector_page(sector_id: str) -> str:
        edit_in_data("sectors", sector_id)
        meta_from_data("sectors", sector_id)
        return site.sector_page(here(), sector_id)

    @env.macro
    def sectors_index() -> str:
        meta_from_data("sectors-index")
        return site.sectors_index(here())

    @env.macro
    def context_page(context_id: str) -> str:
        edit_in_data("context", context_id)
        meta_from_data("context", context_id)
        return site.context_page(here(), context_id)

    @env.macro
    def context_index() -> str:
        meta_from_data("context-index")
        return site.context_index(here())

    @env.macro
    def timeline() -> str:
        return site.timeline(here())

    @env.macro
    def glossary() -> str:
        edit_in_data("glossary")
        return site.glossary(here())

    @env.macro
    def glossary_group(group: str) -> str:
        edit_in_data("glossary")
        return site.glossary_group(here(), group)

    @env.macro
    def faq() -> str:
        edit_in_data("faq")
        meta_from_data("faq")
        return site.faq(here())

    @env.macro
    def claims_ledger() -> str:
        edit_in_data("claims")
        return site.claims_ledger(here())

    @env.macro
    def comparison() -> str:
        edit_in_data("comparison")
        meta_from_data("comparison")
        return site.comparison(here())

    @env.macro
    def open_data() -> str:
        return site.open_data(here())

    @env.macro
    def bibliography() -> str:
        return site.bibliography(here())


def on_post_build(env):
    """Publish the open data (JSON, CSV, JSON Schemas) under /data/ in the built site."""
    import os

    from .export import write_export

    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "0"))
    write_export(env.variables["site_data"].data, Path(env.conf["site_dir"]), epoch)


def on_post_page_macros(env):
    """End every page with the footnotes for the sources it cited."""
    references = env.variables["site_data"].page(env.page.file.src_uri).references()
    if references:
        env.markdown += "\n\n" + references + "\n"
