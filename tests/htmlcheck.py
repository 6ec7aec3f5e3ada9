"""Helpers for tests that read built HTML: page listing, resource and link extraction."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup

# Elements that make the browser fetch something, and the attribute that holds the address.
FETCHING = [("script", "src"), ("link", "href"), ("img", "src"), ("iframe", "src"), ("source", "src"),
            ("video", "src"), ("audio", "src"), ("embed", "src"), ("object", "data"), ("image", "href"),
            ("use", "href")]
NON_FETCHING_LINK_RELS = {"canonical", "alternate"}
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)")


EDITIONS = ("fa", "ru")


def pages(site: Path, editions: bool = False) -> list[Path]:
    """Every page of the English site; with `editions`, the Persian and Russian editions (site/fa/, site/ru/) too."""
    return sorted(p for p in site.rglob("*.html")
                  if editions or p.relative_to(site).parts[0] not in EDITIONS)


@lru_cache(maxsize=None)
def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def is_external(url: str) -> bool:
    parts = urlsplit(url)
    return bool(parts.scheme and parts.scheme not in ("data", "blob", "file")) or url.startswith("//")


def fetched_urls(path: Path) -> list[str]:
    """Every URL the page itself asks the browser to load (not links a reader may click)."""
    urls = []
    for tag, attr in FETCHING:
        for element in soup(path).find_all(tag):
            value = element.get(attr) or element.get(f"xlink:{attr}")
            if not value:
                continue
            if tag == "link" and NON_FETCHING_LINK_RELS & set(element.get("rel") or []):
                continue
            urls.append(value)
    for style in soup(path).find_all("style"):
        urls += CSS_URL.findall(style.get_text())
    for element in soup(path).find_all(style=True):
        urls += CSS_URL.findall(element["style"])
    return urls


ROOT = Path(__file__).resolve().parent.parent
SITE_URL = re.search(r"(?m)^site_url:\s*(\S+)", (ROOT / "mkdocs.yml").read_text(encoding="utf-8")).group(1)
BASE_PATH = urlsplit(SITE_URL).path  # e.g. /russia-iran-treaty/, used by absolute links on the 404 page


def resolve(site: Path, page: Path, href: str) -> tuple[Path, str]:
    """The file and fragment an internal link points to (directory URLs end in index.html)."""
    parts = urlsplit(href)
    if parts.path.startswith("/"):
        assert parts.path.startswith(BASE_PATH), f"absolute link outside the site: {href}"
        target = site / unquote(parts.path.removeprefix(BASE_PATH))
    else:
        target = page.parent if not parts.path else (page.parent / unquote(parts.path))
    target = target.resolve()
    if target.is_dir():
        target = target / "index.html"
    return target, unquote(parts.fragment)


@lru_cache(maxsize=None)
def ids(path: Path) -> set[str]:
    return {element["id"] for element in soup(path).find_all(id=True)} | {
        element["name"] for element in soup(path).find_all("a", attrs={"name": True})}
