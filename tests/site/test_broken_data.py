"""Broken data never gets published: `make check` and the build both fail and name file, line and field."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import BUILD_ENV, ROOT, build

pytestmark = pytest.mark.build


@pytest.fixture
def broken_copy(tmp_path: Path) -> Path:
    """A copy of the project with one broken source entry (an http URL, an impossible date and a typo)."""
    for name in ("data", "docs", "includes", "macros", "overrides"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("mkdocs.yml",):
        shutil.copy(ROOT / name, tmp_path / name)
    core = tmp_path / "data" / "sources" / "core.yaml"
    text = core.read_text(encoding="utf-8")
    text = text.replace("url: https://tass.com/politics/1940345", "url: http://tass.com/politics/1940345")
    text = text.replace("published: 2025-04-08", "publishd: 2025-04-31")
    core.write_text(text, encoding="utf-8")
    return tmp_path


def expected_lines(copy: Path) -> list[str]:
    lines = (copy / "data" / "sources" / "core.yaml").read_text(encoding="utf-8").splitlines()
    url = next(i for i, line in enumerate(lines, 1) if "http://tass.com" in line)
    typo = next(i for i, line in enumerate(lines, 1) if "publishd:" in line)
    return [f"data/sources/core.yaml:{url}: [2].url: must be an absolute https:// URL",
            f"data/sources/core.yaml:{typo}: [2].publishd: unknown field",
            "[2].published: required field is missing"]


def test_check_reports_every_error(broken_copy):
    result = subprocess.run([sys.executable, "-m", "macros", "check"], cwd=broken_copy, env=BUILD_ENV,
                            capture_output=True, text=True)
    assert result.returncode == 1
    for expected in expected_lines(broken_copy):
        assert expected in result.stderr, result.stderr


def test_build_fails_with_the_same_messages(broken_copy, tmp_path):
    result = build("mkdocs.yml", tmp_path / "out", cwd=broken_copy)
    assert result.returncode != 0
    assert "data validation failed, nothing was built" in result.stderr
    for expected in expected_lines(broken_copy):
        assert expected in result.stderr, result.stderr
    assert not (tmp_path / "out" / "index.html").exists()
