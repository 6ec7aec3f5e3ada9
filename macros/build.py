"""The render step: data + hand-written pages -> plain Markdown pages that any static site generator can build.

`python -m macros render` writes `build/docs/`: every page with its macros expanded, its footnotes (the sources it
cited) and tooltips appended, and its title, description, last-verified date and edit link in front matter; the
open data (JSON, CSV, schemas) under `data/`; and the navigation (`build/nav.json`). MkDocs builds from that
folder (mkdocs.yml `docs_dir`); so can Zensical (`make zensical`).

Pages are rendered in one pass, so "Cited on" comes from what each page actually cited: the bibliography is
rendered last, from the citations recorded while every other page was rendered.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import jinja2
import yaml

from . import editions, export, i18n
from .dataset import ROOT, Dataset, load_dataset
from .editions import PageState
from .i18n import EDITIONS, tr
from .registry import BY_NAME, CONTENT_TYPES, PageSpec
from .render import glossary as glossary_render
from .render import sources as sources_render
from .render.common import badge_table, long_date
from .site import Site
from .translations import EDITION_LANGS, Catalog

DOCS_DIR = ROOT / "docs"
BUILD_DIR = ROOT / "build"
OUT_DIR = BUILD_DIR / "docs"
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
_HEADING = re.compile(r"^# (.+)$", re.M)


class RenderError(Exception):
    """A hand-written page calls an unknown macro, has a template error, or data breaks a page."""


@dataclass
class PageJob:
    path: str                                  # page file relative to the docs folder
    meta: dict[str, Any] = field(default_factory=dict)
    template: str | None = None                # hand-written page body (Jinja), or None for a generated page
    spec: PageSpec | None = None               # generated page: the spec and the record key
    key: Any = None
    ctype: str | None = None
    body: str = ""


def _split_front_matter(text: str) -> tuple[dict, str]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    return yaml.safe_load(match.group(1)) or {}, text[match.end():]


def _specs():
    for ctype in CONTENT_TYPES:
        for spec in ctype.pages:
            yield ctype, spec


def _edit_url(site: Site, ctype_name: str, key: Any, base: str | None) -> str | None:
    if not base:
        return None
    ctype = BY_NAME[ctype_name]
    origin = site.data.origin.get((ctype_name, key)) if key is not None else None
    if origin:
        return f"{base}/edit/main/{origin[0]}"
    if ctype.path.endswith(".yaml"):
        return f"{base}/edit/main/data/{ctype.path}"
    return f"{base}/tree/main/data/{ctype.path}"   # a folder of files: GitHub lists them


def collect(site: Site, docs_dir: Path = DOCS_DIR) -> dict[str, PageJob]:
    """Every page of the site: the hand-written ones in docs/ and one per record of each per-record page spec."""
    jobs: dict[str, PageJob] = {}
    for file in sorted(docs_dir.rglob("*.md")):
        rel = file.relative_to(docs_dir).as_posix()
        if rel.startswith("assets/") or rel.split("/", 1)[0] in EDITION_LANGS:
            continue   # vendored files' READMEs are not pages; docs/fa/, docs/ru/ hold translations
        meta, body = _split_front_matter(file.read_text(encoding="utf-8"))
        jobs[rel] = PageJob(rel, meta=meta, template=body)
    for ctype, spec in _specs():
        if spec.per_record:
            keys = spec.keys(site) if spec.keys else site.data.records[ctype.name]
            for key in keys:
                path = spec.page_path(key)
                if path in jobs:
                    raise RenderError(f"docs/{path}: generated from {ctype.name} data; delete the hand-written file")
                jobs[path] = PageJob(path, spec=spec, key=key, ctype=ctype.name)
        elif spec.page_path() not in jobs:
            raise RenderError(f"docs/{spec.page_path()}: missing; it is the page that calls {{{{ {spec.macro}() }}}}")
    return jobs


def _title(job: PageJob, site: Site) -> str:
    if job.meta.get("title"):
        return str(job.meta["title"])
    if job.spec is not None and job.spec.title:
        return job.spec.title(site, job.key)
    match = _HEADING.search(job.template or "")
    return match.group(1).strip() if match else job.path


def _apply_spec_meta(job: PageJob, site: Site, ctype: str, spec: PageSpec, key: Any, repo_url: str | None) -> None:
    """Description, last-verified date and edit link from the data; a hand-written front matter value wins."""
    if spec.description:
        job.meta.setdefault("description", spec.description(site, key))
    if spec.meta:
        job.meta.update(spec.meta(site, key))
    verified = spec.verified(site, key) if spec.verified else None
    if verified:
        job.meta["last_verified"] = verified
    if spec.edit:
        url = _edit_url(site, ctype, key if spec.per_record else None, repo_url)
        if url:
            job.meta["edit_url"] = url


def offline_bundle_link(site: Site) -> str:
    """The offline bundle's address: published next to the site by the Pages workflow."""
    lang = i18n.current()
    name = "russia-iran-treaty-offline" + ("" if lang == "en" else f"-{lang}") + ".zip"
    root = site.site_url.removesuffix(EDITIONS[lang].prefix).rstrip("/")
    return tr("[Download the offline bundle]({url}) (a zip of the whole site, all three editions, with working "
              "search; unzip it and open index.html in the folder it creates)", url=f"{root}/{name}")


def _environment(site: Site, job: PageJob, repo_url: str | None) -> dict[str, Any]:
    """What a hand-written page may call: cite(), every single-page macro of the registry, a few figures."""
    page = site.page(job.path)
    env: dict[str, Any] = {"cite": lambda *ids: page.cite(ids)}
    for ctype, spec in _specs():
        if spec.per_record:
            continue

        def call(ctype=ctype.name, spec=spec):
            if spec.page_path() != job.path:
                raise RenderError(f"docs/{job.path}: {spec.macro}() belongs on docs/{spec.page_path()}")
            _apply_spec_meta(job, site, ctype, spec, None, repo_url)
            return spec.render(site, page)
        env[spec.macro] = call
    env["coverage_summary"] = lambda: site.coverage_text
    env["offline_bundle"] = lambda: offline_bundle_link(site)
    env["outlet_kinds"] = lambda: sources_render.kinds_table(site.data.outlets)
    env["badges"] = badge_table
    env["latest_event"] = lambda: site.latest_event_text
    def open_data():
        job.meta["last_verified"] = site.latest_verified()
        return site.open_data(page)
    env["open_data"] = open_data

    def data_fields():
        from .render import opendata

        job.meta["last_verified"] = site.latest_verified()
        return opendata.fields_page(site.schemas)
    env["data_fields"] = data_fields
    return env


def _render_body(site: Site, job: PageJob, repo_url: str | None) -> str:
    if job.template is None:
        spec = job.spec
        _apply_spec_meta(job, site, job.ctype, spec, job.key, repo_url)
        return spec.render(site, site.page(job.path), job.key)
    env = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=False, keep_trailing_newline=True)
    try:
        template = env.from_string(job.template)
        return template.render(**_environment(site, job, repo_url))
    except RenderError:
        raise
    except jinja2.TemplateError as exc:
        line = getattr(exc, "lineno", None)
        raise RenderError(f"docs/{job.path}:{line or 1}: template error: {exc}") from None
    except KeyError as exc:
        raise RenderError(f"docs/{job.path}: {exc.args[0]}") from None


def _document(job: PageJob, body: str, references: str, abbreviations: str) -> str:
    verified = job.meta.get("last_verified")
    if isinstance(verified, date):
        job.meta["last_verified_text"] = long_date(verified)   # the one date formatter, for the page footer
    meta = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in job.meta.items()}
    head = yaml.safe_dump(meta, allow_unicode=True, sort_keys=True, width=1000).strip()
    parts = [f"---\n{head}\n---\n", body.strip() + "\n"]
    if references:
        parts.append("\n" + references + "\n")
    if abbreviations and not job.path.startswith("glossary/"):
        parts.append("\n" + abbreviations)
    return "".join(parts)


def render_pages(site: Site, docs_dir: Path = DOCS_DIR, repo_url: str | None = None,
                 catalog: Catalog | None = None) -> dict[str, str]:
    """Page file -> finished Markdown for every page of the site (of one edition, given its `catalog`)."""
    jobs = collect(site, docs_dir)
    states: dict[str, PageState] = {}
    for job in jobs.values():
        if catalog is not None:
            states[job.path] = _page_state(job, site, catalog)
            _use_translation(job, catalog)
        with _context(site, states.get(job.path)):
            site.titles[job.path] = _title(job, site)
        job.meta["title"] = site.titles[job.path]
    # Source pages list where each source is cited, so they are rendered after every other page.
    last = [p for p, j in jobs.items() if j.spec is not None and j.spec.last]
    order = [p for p in jobs if p not in last] + last
    abbreviations = glossary_render.abbreviations(site.data.glossary)
    out: dict[str, str] = {}
    for path in order:
        job = jobs[path]
        state = states.get(path)
        with _context(site, state):
            body = _render_body(site, job, repo_url)
            references = site.page(path).references()
        if state is not None:
            body = editions.frame(body, state, job.meta, path)
        out[path] = _document(job, body, references, abbreviations)
    return out


def _context(site: Site, state: PageState | None):
    """Pages without a translation render in English (data and words); the rest in the edition's language."""
    return site.in_english() if state is not None and state.kind == "fallback" else contextlib.nullcontext()


def _use_translation(job: PageJob, catalog: Catalog) -> None:
    """A hand-written page with a translation renders from docs/<lang>/<path>; its front matter wins."""
    translated = catalog.pages.get(job.path) if job.template is not None else None
    if translated is not None:
        job.template = translated.body
        job.meta = {**job.meta, **translated.meta}


def _page_state(job: PageJob, site: Site, catalog: Catalog) -> PageState:
    return editions.page_state(job.path, job.template is not None, job.ctype, job.key, site, catalog)


def navigation(site: Site, titles: dict[str, str]) -> list:
    """The site's navigation: sections in a fixed order, records in the order of their index pages."""
    def pages_of(name: str) -> list[str]:
        ctype = BY_NAME[name]
        spec = next(s for s in ctype.pages if s.per_record and s.in_nav)
        keys = spec.keys(site) if spec.keys else site.data.records[name]
        return [spec.page_path(k) for k in keys if "-part-" not in str(k)]   # later parts: from their first part

    return [
        {tr("Home"): "index.md"},
        {tr("The treaty"): ["treaty/index.md", {tr("What it covers"): "treaty/coverage.md"},
                        {tr("Preamble"): "treaty/preamble.md"},
                        # Summarized articles are in the menu (and so in the print page); pending ones are reached
                        # from the article index.
                        # (flat: a nested section would give two menu landmarks the same empty name)
                        {tr("Articles"): "treaty/articles/index.md"},
                        *(f"treaty/articles/{n}.md" for n, a in site.data.articles.items()
                          if n and a.basis != "pending"),
                        {tr("Questions"): "treaty/faq.md"}]},
        {tr("Sectors"): ["sectors/index.md", *pages_of("sectors")]},
        {tr("Context"): ["context/index.md", *pages_of("context"), {tr("Comparison"): "compare.md"}]},
        {tr("Timeline"): "timeline.md"},
        {tr("Glossary"): ["glossary/index.md", *pages_of("glossary")]},
        {tr("Sources"): ["sources/index.md", {tr("Contested claims"): "claims.md"}]},
        {tr("About"): ["about.md", {tr("Open data"): "data/index.md"}, {tr("Data fields"): "data/fields.md"},
                   {tr("Changelog"): "changelog.md"}]},
    ]


def _nav_pages(nav) -> list[str]:
    """Every page file named in a navigation structure."""
    out: list[str] = []
    for item in nav:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict):
            for value in item.values():
                out.extend(_nav_pages(value) if isinstance(value, list) else [value])
    return out


def _write_if_changed(path: Path, content: str | bytes) -> bool:
    data = content.encode("utf-8") if isinstance(content, str) else content
    if path.exists() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def render(out_dir: Path = OUT_DIR, data: Dataset | None = None, repo_url: str | None = None,
           site_url: str = "", docs_dir: Path = DOCS_DIR, langs: tuple[str, ...] = EDITION_LANGS) -> list[Path]:
    """Write the rendered site into `out_dir` (English) and `<out_dir>-<lang>` (each edition); return the files
    that changed. Unchanged files are not touched, so `mkdocs serve` rebuilds once per real change."""
    from . import translations

    data = data or load_dataset()
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "0"))
    shared: dict[str, str | bytes] = {}
    for asset in sorted(p for p in docs_dir.rglob("*") if p.is_file() and p.suffix != ".md"
                        and p.relative_to(docs_dir).parts[0] not in EDITION_LANGS):
        shared[asset.relative_to(docs_dir).as_posix()] = asset.read_bytes()
    for rel, content in export.files(data, epoch).items():
        shared["data/" + rel] = content
    catalogs = translations.load_all(data, docs_dir=docs_dir) if langs else {}
    changed = []
    for lang in ("en", *langs):
        target = out_dir if lang == "en" else edition_dir(out_dir, lang)
        catalog = catalogs.get(lang)
        edition_data = data if catalog is None else translations.translated_dataset(data, catalog)
        with i18n.edition(lang, catalog.interface if catalog else None):
            site = Site(edition_data, repo_url=repo_url, site_url=site_url + EDITIONS[lang].prefix)
            site.english = data
            site.schemas = export.schema_documents()
            site.csv_of = export.CSV_OF
            files: dict[Path, str | bytes] = {target / rel: content for rel, content in shared.items()}
            for path, text in render_pages(site, docs_dir, repo_url, catalog).items():
                files[target / path] = text
            nav = navigation(site, site.titles)
            in_nav = set(_nav_pages(nav))
            outside = sorted(p for p in site.titles if p not in in_nav)
            files[nav_file(out_dir, lang)] = json.dumps({
                "nav": nav, "not_in_nav": outside, "site_name": tr("Russia–Iran Treaty Explainer"),
                "site_description": tr(SITE_DESCRIPTION), "copyright": tr(COPYRIGHT, project=PROJECT_LINK), "words": template_words()},
                indent=1, ensure_ascii=False) + "\n"
        changed += [p for p, c in files.items() if _write_if_changed(p, c)]
        for stale in sorted(p for p in target.rglob("*") if p.is_file() and p not in files and p.name != ".gitignore"):
            stale.unlink()
            changed.append(stale)
    return changed


SITE_DESCRIPTION = ("A neutral, fully sourced explainer of the Russia–Iran Treaty on Comprehensive Strategic "
                    "Partnership (Moscow, January 17, 2025): what it says article by article, what it means by sector, "
                    "its regional context, a timeline and a glossary.")
COPYRIGHT = "Content CC BY 4.0, code MIT — {project} contributors"
PROJECT_LINK = '<a href="https://github.com/treaty-explainer/russia-iran-treaty">russia-iran-treaty</a>'


def template_words() -> dict[str, str]:
    """What the templates in overrides/ print, in the current edition."""
    return {
        "last_verified": tr("Last verified:"),
        "license": tr("Content {license}.", license='<a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>'),
        "cite_page": tr("Cite this page"),
        "plain_text": tr("Plain text:"),
        "bibtex": tr("BibTeX:"),
        "site_name": tr("Russia–Iran Treaty Explainer"),
        "contributors": tr("Russia–Iran Treaty Explainer contributors"),
        "last_verified_cite": tr("Last verified {date}."),
    }


def edition_dir(out_dir: Path, lang: str) -> Path:
    """Where an edition's pages are written: build/docs-fa/ beside build/docs/."""
    return out_dir.parent / f"{out_dir.name}-{lang}"


def nav_file(out_dir: Path, lang: str) -> Path:
    return out_dir.parent / ("nav.json" if lang == "en" else f"nav-{lang}.json")


def repo_settings(config_file: Path = ROOT / "mkdocs.yml") -> tuple[str | None, str]:
    """repo_url and site_url from mkdocs.yml (read as text: its !ENV tags need no MkDocs here)."""
    text = config_file.read_text(encoding="utf-8")
    repo = re.search(r"^repo_url:\s*(\S+)", text, re.M)
    site = re.search(r"^site_url:\s*(\S+)", text, re.M)
    return (repo.group(1).rstrip("/") if repo else None), (site.group(1) if site else "")

