"""Open data: JSON for every content type, CSV for the tabular ones, a versioned manifest."""

from __future__ import annotations

import csv
import io
import json

from macros.dataset import load_dataset
from macros.export import CSV_OF, files


def test_export_of_the_small_fixture(good_data):
    data = load_dataset(good_data)
    out = files(data, epoch=1764288000)
    manifest = json.loads(out["index.json"])
    assert manifest["version"] == "2025-11-28"
    assert manifest["types"]["sources"] == {"json": "sources.json", "schema": "schema/sources.json",
                                            "records": 2, "csv": "sources.csv"}
    assert json.loads(out["treaty.json"])["signed"]["date"] == "2025-01-17"
    assert json.loads(out["outlets.json"])[0]["kind"] in ("official", "analysis")
    articles = list(csv.DictReader(io.StringIO(out["articles.csv"])))
    assert [a["number"] for a in articles] == ["3", "4"]
    assert articles[0]["sectors"] == "defence" and articles[1]["basis"] == "pending"
    ledger = list(csv.DictReader(io.StringIO(out["ledger.csv"])))
    assert ledger[0]["sector"] == "defence" and ledger[0]["status"] == "in-progress"


def test_editor_notes_stay_out_of_the_published_data(good_data):
    path = good_data / "sources" / "main.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "  language: en\n- id: analysis-one", "  language: en\n  editor_note: only the opening was seen\n"
        "- id: analysis-one"), encoding="utf-8")
    out = files(load_dataset(good_data), epoch=0)
    assert "only the opening was seen" not in out["sources.json"] + out["sources.csv"]


def test_export_is_deterministic_and_complete(data):
    first, second = files(data, 1764288000), files(data, 1764288000)
    assert first == second
    manifest = json.loads(first["index.json"])
    for name, entry in manifest["types"].items():
        payload = json.loads(first[entry["json"]])
        assert (len(payload) if isinstance(payload, list) else 1) == entry["records"], name
        assert entry["schema"] in first
    for name, ctype in CSV_OF.items():
        rows = list(csv.reader(io.StringIO(first[name])))
        expected = (sum(len(s.ledger) for s in data.sectors.values()) if name == "ledger.csv"
                    else len(data.records[ctype]))
        assert len(rows) - 1 == expected, name
