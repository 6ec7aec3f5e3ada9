"""MkDocs hook (mkdocs.yml `hooks:`): run the render step, and take the navigation from it.

The render step (`python -m macros render`, macros/build.py) writes every page as plain Markdown into
build/docs/, MkDocs's docs_dir. Running it here, before each build, means `mkdocs build` and `mkdocs serve` never
build stale pages: a change to data/, docs/ or macros/ re-renders (in a fresh process, so code changes count too)
and live reload shows it. Data errors stop the build with every problem listed, as `make check` lists them.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def on_config(config, **kwargs):
    from mkdocs.exceptions import PluginError

    out = Path(config["docs_dir"])
    result = subprocess.run([sys.executable, "-m", "macros", "render", "--quiet", "--out", str(out)],
                            cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        raise PluginError((result.stderr or result.stdout).strip())
    import pathspec

    structure = json.loads((out.parent / "nav.json").read_text(encoding="utf-8"))
    config["nav"] = structure["nav"]
    # Pages reached from their index (articles, timeline years, source lists) are outside the menu on purpose.
    config["not_in_nav"] = pathspec.GitIgnoreSpec.from_lines("/" + path for path in structure["not_in_nav"])
    return config
