"""The open-data page (/data/): the files the build publishes and the fields of each content type."""

from __future__ import annotations

from typing import Any, Mapping

from .common import attr, esc, table


def _type(schema: dict, defs: dict) -> str:
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    if "anyOf" in schema:
        return " or ".join(_type(s, defs) for s in schema["anyOf"] if s.get("type") != "null") + " (optional)"
    if "enum" in schema:
        return "one of: " + ", ".join(f"`{v}`" for v in schema["enum"])
    if "const" in schema:
        return f"`{schema['const']}`"
    kind = schema.get("type", "any")
    if kind == "array":
        return f"list of {_type(schema.get('items', {}), defs)}"
    if kind == "object" and "additionalProperties" in schema and isinstance(schema["additionalProperties"], dict):
        return f"map of {_type(schema['additionalProperties'], defs)}"
    return {"string": "text", "integer": "integer", "number": "number", "boolean": "true/false"}.get(kind, kind) + (
        f" ({schema['format']})" if "format" in schema else "")


def _fields(schema: dict, defs: dict) -> str:
    """One line per field: name, type, whether it is required, what it means (a list: light on a phone)."""
    required = set(schema.get("required", []))
    return "\n".join(
        f"- `{name}` ({esc(_type(prop, defs))}{', required' if name in required else ''})"
        + (f": {esc(prop['description'])}" if prop.get("description") else "")
        for name, prop in schema.get("properties", {}).items())


def data_page(schemas: Mapping[str, dict], counts: Mapping[str, int], csv_of: Mapping[str, str]) -> str:
    """`schemas`: content type -> (schema file name, JSON Schema); `counts`: records per type."""
    rows = []
    csv_for = {v: k for k, v in csv_of.items()}
    for name, (schema_file, _) in schemas.items():
        links = [f'<a href="{attr(name)}.json">{esc(name)}.json</a>',
                 f'<a href="schema/{attr(schema_file)}">schema</a>']
        if name in csv_for:
            links.append(f'<a href="{attr(csv_for[name])}">{esc(csv_for[name])}</a>')
        rows.append([f"**{esc(name)}**", str(counts.get(name, 0)), " · ".join(links)])
    out = [
        "Everything on this site is generated from structured data, and the build publishes all of it here, "
        "under the same licence as the site (CC BY 4.0). The files change only when the data changes, and "
        '<a href="index.json">index.json</a> lists them with the version (the date of the commit the site was '
        "built from) and record counts. Dates are ISO `YYYY-MM-DD`; references between files use the ids "
        "(source ids, article numbers, sector and context ids).",
        table(["Content type", "Records", "Files"], rows),
        "CSV files flatten list fields into one cell, separated by `; `. The ledger CSV has one row per "
        "implementation-ledger entry across all sectors. Every field of every file is described on the "
        "[fields page](fields.md).",
    ]
    return "\n\n".join(out)


def fields_page(schemas: Mapping[str, dict]) -> str:
    """Every field of every content type, from the JSON Schemas (which come from the models)."""
    out = ["Every field of the published data, generated from the same models that validate it. "
           "A field marked *optional* may be missing from a record."]
    for name, (_, schema) in schemas.items():
        defs: dict[str, Any] = schema.get("$defs", {})
        root = schema.get("items", schema) if schema.get("type") == "array" else schema
        root = defs.get(root.get("$ref", "").rsplit("/", 1)[-1], root)
        out.append(f"### {esc(name)} {{ #{name} }}")
        out.append(_fields(root, defs))
        for def_name, sub in defs.items():
            if sub is root or "properties" not in sub:
                continue
            out.append(f"**{esc(def_name)}**\n\n" + _fields(sub, defs))
    return "\n\n".join(out)
