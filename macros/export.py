"""Open data: every content type as JSON (and CSV for the tabular ones), written into the built site under
/data/ next to the JSON Schemas. Plain functions of the validated data set; the build calls `write_export`."""

from __future__ import annotations

import csv
import io
import json
import time
from pathlib import Path
from typing import Any, Iterable

from pydantic import BaseModel

from .dataset import Dataset
from .generate import schema_text
from .registry import CONTENT_TYPES

PRIVATE_FIELDS = {"editor_note"}
"""Fields for editors only: kept in data/, left out of the published data."""


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return _public(value.model_dump(mode="json", exclude_none=True))
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def _public(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _public(v) for k, v in value.items() if k not in PRIVATE_FIELDS}
    if isinstance(value, list):
        return [_public(v) for v in value]
    return value


def schema_documents() -> dict[str, tuple[str, dict]]:
    """Content type -> (schema file name, JSON Schema), generated from the models."""
    from .generate import schema_of

    return {ctype.name: (ctype.schema_file, schema_of(ctype)) for ctype in CONTENT_TYPES}


def _csv(header: list[str], rows: Iterable[list[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["; ".join(map(str, v)) if isinstance(v, list) else ("" if v is None else v) for v in row])
    return out.getvalue()


def tables(data: Dataset) -> dict[str, str]:
    """CSV files for the tabular content types (list fields are joined with '; ')."""
    return {
        "articles.csv": _csv(["number", "title", "basis", "sectors", "related", "sources", "last_verified", "summary"],
                             ([a.number, a.title, a.basis, a.sectors, a.related, a.sources, a.last_verified, a.summary]
                              for a in data.articles.values())),
        "timeline.csv": _csv(["id", "date", "precision", "category", "title", "summary", "actors", "articles",
                              "sectors", "context", "status", "sources"],
                             ([e.id, e.date, e.precision, e.category, e.title, e.summary, e.actors, e.articles,
                               e.sectors, e.context, e.status, e.sources] for e in data.timeline.values())),
        "glossary.csv": _csv(["id", "term", "abbr", "aliases", "category", "short", "ru", "ru_translit", "fa",
                              "fa_translit", "unverified_names", "sources"],
                             ([t.id, t.term, t.abbr, t.aliases, t.category, t.short, t.ru, t.ru_translit, t.fa,
                               t.fa_translit, t.unverified_names, t.sources] for t in data.glossary.values())),
        "ledger.csv": _csv(["sector", "commitment", "articles", "status", "evidence", "sources", "last_verified"],
                           ([s.id, r.commitment, r.articles, r.status, r.evidence, r.sources, r.last_verified]
                            for s in data.sectors.values() for r in s.ledger)),
        "sources.csv": _csv(["id", "title", "description", "outlet", "outlet_kind", "outlet_country", "url", "published", "language",
                             "archived_url", "note"],
                            ([s.id, s.title, s.description, s.outlet, data.outlets[s.outlet].kind, data.outlets[s.outlet].country,
                              s.url, s.published, s.language, s.archived_url, s.note]
                             for s in data.sources.values())),
    }


CSV_OF = {"articles.csv": "articles", "timeline.csv": "timeline", "glossary.csv": "glossary",
          "ledger.csv": "sectors", "sources.csv": "sources"}
"""Which content type each CSV file comes from (the ledger rows come from the sectors)."""


def files(data: Dataset, epoch: int) -> dict[str, str]:
    """Every open-data file, by name under /data/. `epoch` (the last commit's time) versions the export."""
    version = time.strftime("%Y-%m-%d", time.gmtime(epoch))
    out: dict[str, str] = {}
    manifest = {"name": "Russia–Iran Treaty Explainer open data", "version": version,
                "license": "CC BY 4.0", "types": {}}
    for ctype in CONTENT_TYPES:
        records = data.records.get(ctype.name)
        payload = _plain(records) if ctype.key is None else [_plain(r) for r in (records or {}).values()]
        out[f"{ctype.name}.json"] = json.dumps(payload, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        out[f"schema/{ctype.schema_file}"] = schema_text(ctype)
        manifest["types"][ctype.name] = {
            "json": f"{ctype.name}.json", "schema": f"schema/{ctype.schema_file}",
            "records": data.count(ctype.name),
        }
    for name, text in tables(data).items():
        out[name] = text
        manifest["types"][CSV_OF[name]]["csv"] = name
    out["index.json"] = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    return out


def write_export(data: Dataset, site_dir: Path, epoch: int) -> None:
    target = site_dir / "data"
    for name, text in files(data, epoch).items():
        path = target / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
