"""The same rendered pages build with Zensical (the successor of Material for MkDocs): same pages, same content."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import BUILD_ENV, ROOT
from tests.htmlcheck import soup

pytestmark = pytest.mark.build
ZENSICAL = ROOT / ".venv-zensical" / "bin" / "zensical"


@pytest.fixture(scope="module")
def zensical_site(site, tmp_path_factory) -> Path:
    """Zensical's build of build/docs (rendered by the MkDocs build the `site` fixture ran)."""
    if not ZENSICAL.exists():
        if os.environ.get("CI"):
            pytest.fail("Zensical is not installed (.venv-zensical); `make test` installs it")
        pytest.skip("Zensical is not installed: run `make zensical` once")
    subprocess.run([str(ROOT / ".venv" / "bin" / "python"), "-m", "macros.zensical"], cwd=ROOT, check=True,
                   env=BUILD_ENV)
    result = subprocess.run([str(ZENSICAL), "build", "--clean", "-f", "zensical.yml"], cwd=ROOT / "build",
                            env={**BUILD_ENV, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    out = tmp_path_factory.mktemp("zensical")
    shutil.copytree(ROOT / "build" / "zensical", out, dirs_exist_ok=True)
    return out


def page_set(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*.html")
            if not p.relative_to(root).as_posix().startswith(("print_page/", "assets/", "fa/", "ru/"))}


def test_both_generators_build_the_same_pages(site, zensical_site):
    """The English site (Zensical builds the English folder; the editions are MkDocs builds of their own folders)."""
    assert page_set(site) == page_set(zensical_site)


def test_both_builds_carry_the_same_citations_and_headings(site, zensical_site):
    for page in ("treaty/articles/3/index.html", "timeline/index.html", "sources/index.html"):
        mk, zs = soup(site / page), soup(zensical_site / page)
        assert mk.select_one("article h1").get_text(strip=True) == zs.select_one("article h1").get_text(strip=True)
        notes = {li["id"] for li in mk.select("div.footnote li[id]")}
        assert notes == {li["id"] for li in zs.select("div.footnote li[id]")}, page
