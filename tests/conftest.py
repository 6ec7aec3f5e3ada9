"""Shared fixtures: the real data set (loaded once), a copy of the small valid data set, the rendered pages, one
strict build of the real site and the offline bundle (each built once per test session)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
MKDOCS = [sys.executable, "-m", "mkdocs"]
BUILD_ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true",
             "SOURCE_DATE_EPOCH": os.environ.get("SOURCE_DATE_EPOCH", "1764288000")}


@pytest.fixture(scope="session")
def data():
    """The repository's data set, validated once for the whole session."""
    from macros.dataset import load_dataset

    return load_dataset()


@pytest.fixture(scope="session")
def rendered(data):
    """(site, pages): every page of the site rendered to Markdown in memory, and the Site that rendered them."""
    from macros.build import render_pages, repo_settings
    from macros.site import Site

    repo_url, site_url = repo_settings()
    site = Site(data, repo_url=repo_url, site_url=site_url)
    return site, render_pages(site, repo_url=repo_url)


@pytest.fixture
def good_data(tmp_path: Path) -> Path:
    """A writable copy of tests/fixtures/good/data; tests break one thing in it."""
    target = tmp_path / "data"
    shutil.copytree(FIXTURES / "good" / "data", target)
    return target


def build(config: str, site_dir: Path, *, env: dict | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """A strict build; `env` replaces the whole environment when given."""
    return subprocess.run([*MKDOCS, "build", "--strict", "--clean", "-f", config, "-d", str(site_dir)],
                          cwd=cwd, env=env if env is not None else BUILD_ENV, capture_output=True, text=True)


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """One strict build of the real site, shared by every build test."""
    out = tmp_path_factory.mktemp("site")
    result = build("mkdocs.yml", out)
    assert result.returncode == 0, f"strict build failed:\n{result.stderr[-4000:]}"
    return out


@pytest.fixture(scope="session")
def offline_site(tmp_path_factory) -> Path:
    """The offline bundle, built and unpacked the way a reader would unpack it."""
    import zipfile

    dist = tmp_path_factory.mktemp("dist")
    result = subprocess.run([sys.executable, "-m", "macros", "offline", "--name", "test", "--dist", str(dist)],
                            cwd=ROOT, env=BUILD_ENV, capture_output=True, text=True)
    assert result.returncode == 0, f"offline build failed:\n{result.stdout[-2000:]}\n{result.stderr[-4000:]}"
    unpacked = tmp_path_factory.mktemp("offline")
    for name, folder in [("test-offline.zip", "test/"), ("test-offline-fa.zip", "test-fa/"),
                         ("test-offline-ru.zip", "test-ru/")]:
        with zipfile.ZipFile(dist / name) as bundle:
            names = bundle.namelist()
            assert all(n.startswith(folder) for n in names), f"{name} must unpack into one folder"
            bundle.extractall(unpacked)
    return unpacked / "test"


@pytest.fixture(scope="session")
def offline_bundles(offline_site) -> Path:
    """The folder holding every unpacked offline bundle: test/ (English), test-fa/, test-ru/."""
    return offline_site.parent
