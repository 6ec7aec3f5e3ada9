"""Generated files are committed and must match the models and data; data files declare their schema."""

from __future__ import annotations

import json

from macros import generate
from macros.dataset import DATA_DIR, load_dataset
from macros.model import CONTENT_TYPES


def test_generated_files_are_in_sync():
    data = load_dataset()
    stale = [str(path) for path, content in generate.expected_files(data).items()
             if not path.exists() or path.read_text(encoding="utf-8") != content]
    assert not stale, f"run `make schema` and commit: {stale}"


def test_no_stale_stub_pages():
    expected = set(generate.stubs(load_dataset()))
    for directory in generate.stub_dirs():
        for path in directory.glob("*.md"):
            assert path.name == "index.md" or path in expected, f"stale generated page {path}"


def test_schemas_are_valid_json_with_descriptions():
    for ctype in CONTENT_TYPES:
        schema = json.loads((generate.SCHEMA_DIR / ctype.schema_file).read_text(encoding="utf-8"))
        assert schema["$schema"].endswith("2020-12/schema")
        assert "additionalProperties" in json.dumps(schema), "unknown fields must be rejected by editors too"


def test_every_data_file_declares_its_schema():
    for ctype in CONTENT_TYPES:
        target = DATA_DIR / ctype.path
        files = [target] if ctype.path.endswith(".yaml") else sorted(target.glob("*.yaml"))
        for path in files:
            first = path.read_text(encoding="utf-8").splitlines()[0]
            schema_path = (path.parent / first.split("$schema=")[-1]).resolve()
            assert first.startswith("# yaml-language-server: $schema="), path
            assert schema_path == (generate.SCHEMA_DIR / ctype.schema_file).resolve(), path
