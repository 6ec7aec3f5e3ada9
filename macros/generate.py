"""Files generated from the models, committed to the repository and kept in sync by a test: the JSON Schemas
(data/schema/*.json) that editors validate against as they type."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import TypeAdapter

from .dataset import DATA_DIR
from .registry import CONTENT_TYPES

SCHEMA_DIR = DATA_DIR / "schema"


def schema_of(ctype) -> dict:
    """The JSON Schema of one content type, for editors (yaml-language-server) and the open data."""
    schema = TypeAdapter(list[ctype.model] if ctype.many else ctype.model).json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://treaty-explainer.github.io/schema/{ctype.schema_file}",
        "title": f"{ctype.name} ({'a list of records' if ctype.many else 'one record'} per file)",
        **schema,
    }


def schema_text(ctype) -> str:
    return json.dumps(schema_of(ctype), indent=2, ensure_ascii=False) + "\n"


def translation_schemas() -> dict[Path, str]:
    """Schemas of data/translations/<lang>/*.yaml: record translations, and the interface words."""
    from typing import Union

    from .translations import Interface, RecordTranslation

    def doc(name: str, title: str, adapter: TypeAdapter) -> tuple[Path, str]:
        schema = {"$schema": "https://json-schema.org/draft/2020-12/schema",
                  "$id": f"https://treaty-explainer.github.io/schema/{name}", "title": title,
                  **adapter.json_schema()}
        return SCHEMA_DIR / name, json.dumps(schema, indent=2, ensure_ascii=False) + "\n"

    return dict([
        doc("translation.json", "translations of one content type: record key -> checked date and fields "
            "(treaty.yaml: one record, no key)",
            TypeAdapter(Union[RecordTranslation, dict[str, RecordTranslation]])),
        doc("interface.json", "the site's own words: English -> translation", TypeAdapter(Interface)),
    ])


def schemas() -> dict[Path, str]:
    return {**{SCHEMA_DIR / ctype.schema_file: schema_text(ctype) for ctype in CONTENT_TYPES},
            **translation_schemas()}


def write() -> list[Path]:
    """Write every schema; returns the paths that changed."""
    changed = []
    for path, content in schemas().items():
        if not path.exists() or path.read_text(encoding="utf-8") != content:
            path.write_text(content, encoding="utf-8")
            changed.append(path)
    return changed
