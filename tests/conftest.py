"""Shared fixtures: a copy of the small valid data set, and one strict build of the real site per test run."""

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


@pytest.fixture
def good_data(tmp_path: Path) -> Path:
    """A writable copy of tests/fixtures/good/data; tests break one thing in it."""
    target = tmp_path / "data"
    shutil.copytree(FIXTURES / "good" / "data", target)
    return target


def build(config: str, site_dir: Path, *, env: dict | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([*MKDOCS, "build", "--strict", "--clean", "-f", config, "-d", str(site_dir)],
                          cwd=cwd, env={**BUILD_ENV, **(env or {})}, capture_output=True, text=True)


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
    with zipfile.ZipFile(dist / "test-offline.zip") as bundle:
        bundle.extractall(unpacked)
    return unpacked
