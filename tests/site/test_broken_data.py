"""Broken data never gets published: `make check` and the build both fail and name file, line and field.

A copy of the project gets four problems at once: an http URL, a misspelled field, a `javascript:` link in data
text and a FAQ link to a page that does not exist. Both commands must report all four, each at its file and line.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import BUILD_ENV, ROOT, build

pytestmark = pytest.mark.build
ENV = {k: v for k, v in BUILD_ENV.items() if k != "EXPLAINER_DATA"}


@pytest.fixture(scope="module")
def broken_copy(tmp_path_factory) -> Path:
    copy = tmp_path_factory.mktemp("broken")
    for name in ("data", "docs", "macros", "overrides"):
        shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "build" / "docs").mkdir(parents=True)   # as in a fresh clone (build/docs/.gitignore is committed)
    shutil.copy(ROOT / "mkdocs.yml", copy / "mkdocs.yml")
    core = copy / "data" / "sources" / "core.yaml"
    text = core.read_text(encoding="utf-8")
    text = text.replace("url: https://tass.com/politics/1940345", "url: http://tass.com/politics/1940345", 1)
    text = text.replace("published: 2025-04-08", "publishd: 2025-04-08", 1)
    core.write_text(text, encoding="utf-8")
    faq = copy / "data" / "faq.yaml"
    text = faq.read_text(encoding="utf-8")
    assert "see_also: [compare.md" in text
    text = text.replace("see_also: [compare.md", "see_also: [compar.md", 1)
    line_end = text.index("\n", text.index("  question:"))
    text = text[:line_end] + " See [this](javascript:alert(document.cookie))" + text[line_end:]
    faq.write_text(text, encoding="utf-8")
    return copy


def expected_lines(copy: Path) -> list[str]:
    core = (copy / "data" / "sources" / "core.yaml").read_text(encoding="utf-8").splitlines()
    faq = (copy / "data" / "faq.yaml").read_text(encoding="utf-8").splitlines()
    url = next(i for i, line in enumerate(core, 1) if "http://tass.com" in line)
    typo = next(i for i, line in enumerate(core, 1) if "publishd:" in line)
    link = next(i for i, line in enumerate(faq, 1) if "javascript:" in line)
    see = next(i for i, line in enumerate(faq, 1) if "compar.md" in line)
    return [f"data/sources/core.yaml:{url}: [2].url: must be an absolute https:// URL",
            f"data/sources/core.yaml:{typo}: [2].publishd: unknown field 'publishd': did you mean 'published'?",
            f"data/faq.yaml:{link}: [0].question: link target 'javascript:alert(document.cookie' is not allowed",
            f"data/faq.yaml:{see}: [0].see_also[0]: no page 'compar.md' on the site; did you mean 'compare.md'?"]


def test_check_reports_every_error_once(broken_copy):
    result = subprocess.run([sys.executable, "-m", "macros", "check"], cwd=broken_copy, env=ENV,
                            capture_output=True, text=True)
    assert result.returncode == 1
    for expected in expected_lines(broken_copy):
        assert expected in result.stderr, result.stderr
    assert "required field is missing" not in result.stderr   # the typo is one error, not two
    assert result.stderr.strip().endswith("4 error(s). Fix them and run `make check` again.")


def test_build_fails_with_the_same_messages(broken_copy, tmp_path):
    result = build("mkdocs.yml", tmp_path / "out", cwd=broken_copy, env=ENV)
    assert result.returncode != 0
    assert "data validation failed, nothing was rendered" in result.stderr
    for expected in expected_lines(broken_copy):
        assert expected in result.stderr, result.stderr
    assert not (tmp_path / "out" / "index.html").exists()
