"""The committed JSON Schemas match the models; every data file declares its schema for editors."""

from __future__ import annotations

import json

from macros import generate
from macros.dataset import DATA_DIR
from macros.registry import CONTENT_TYPES


def test_schemas_are_in_sync_with_the_models():
    stale = [str(path) for path, content in generate.schemas().items()
             if not path.exists() or path.read_text(encoding="utf-8") != content]
    assert not stale, f"run `make schema` and commit: {stale}"


def test_schemas_reject_unknown_fields_and_describe_every_field():
    for ctype in CONTENT_TYPES:
        schema = json.loads((generate.SCHEMA_DIR / ctype.schema_file).read_text(encoding="utf-8"))
        assert schema["$schema"].endswith("2020-12/schema")
        models = [schema, *schema.get("$defs", {}).values()]
        models = [m.get("items", m) if m.get("type") == "array" else m for m in models]
        for model in models:
            if model.get("type") != "object":
                continue
            assert model.get("additionalProperties") is False, (ctype.name, model.get("title"))
        top = schema.get("items", schema)
        top = schema["$defs"][top["$ref"].split("/")[-1]] if "$ref" in top else top
        undescribed = [name for name, field in top["properties"].items()
                       if "description" not in field and name not in ("id", "sources", "last_verified")]
        assert len(undescribed) < len(top["properties"]), f"{ctype.name}: no field is described"


def test_every_data_file_declares_its_schema():
    for ctype in CONTENT_TYPES:
        target = DATA_DIR / ctype.path
        files = [target] if ctype.path.endswith(".yaml") else sorted(target.glob("*.yaml"))
        for path in files:
            first = path.read_text(encoding="utf-8").splitlines()[0]
            assert first.startswith("# yaml-language-server: $schema="), path
            schema_path = (path.parent / first.split("$schema=")[-1]).resolve()
            assert schema_path == (generate.SCHEMA_DIR / ctype.schema_file).resolve(), path
