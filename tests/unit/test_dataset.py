"""The data layer: valid data loads; each class of bad input gives a `file:line: field: message` error."""

from __future__ import annotations

from pathlib import Path

import pytest

from macros.dataset import DataError, load_dataset


def problems(data_dir: Path) -> list[str]:
    with pytest.raises(DataError) as caught:
        load_dataset(data_dir)
    return [str(p) for p in caught.value.problems]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture no longer contains {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_good_fixture_loads(good_data):
    data = load_dataset(good_data)
    assert list(data.sources) == ["analysis-one", "official-one"]
    assert data.treaty.signed.date.isoformat() == "2025-01-17"
    assert list(data.articles) == [3, 4]
    assert data.origin[("articles", 3)] == ("data/articles/article-03.yaml", 1)


def test_real_data_is_valid():
    data = load_dataset()
    assert data.treaty is not None and len(data.sources) > 0


@pytest.mark.parametrize("old, new, expected", [
    # YAML syntax
    ("  outlet: A think tank\n", "  outlet: [unclosed\n", "data/sources/main.yaml:13: (file): YAML syntax error"),
    # missing required field
    ("  outlet: A think tank\n", "", "data/sources/main.yaml:10: [1].outlet: required field is missing"),
    # empty required field
    ("  outlet: A think tank\n", "  outlet: ''\n", "data/sources/main.yaml:12: [1].outlet: must not be empty"),
    # unknown field (a typo)
    ("  outlet: A think tank\n", "  outlett: A think tank\n", "data/sources/main.yaml:12: [1].outlett: unknown field"),
    # wrong type
    ("  language: en\n- id: analysis-one", "  language: [en]\n- id: analysis-one",
     "data/sources/main.yaml:9: [0].language: Input should be a valid string"),
    # impossible date
    ("published: 2025-02-01", "published: 2025-02-30", "data/sources/main.yaml:14: [1].published: Input should be a valid date"),
    # not a date at all
    ("published: 2025-02-01", "published: Feb 2025", "data/sources/main.yaml:14: [1].published: must be an ISO date"),
    # malformed URL and plain http
    ("https://example.org/analysis", "example.org/analysis", "data/sources/main.yaml:13: [1].url: must be an absolute https:// URL"),
    ("https://example.org/analysis", "http://example.org/analysis", "data/sources/main.yaml:13: [1].url: must be an absolute https:// URL"),
    # duplicate id
    ("- id: analysis-one", "- id: official-one", "data/sources/main.yaml:10: [1].id: duplicate id 'official-one' (first defined at data/sources/main.yaml:2)"),
    # raw HTML and template syntax in text
    ("title: An analysis", "title: An <script>alert(1)</script> analysis", "data/sources/main.yaml:11: [1].title: raw HTML is not allowed"),
    ("title: An analysis", "title: An {{ config }} analysis", "data/sources/main.yaml:11: [1].title: template syntax"),
    # invalid choice
    ("kind: analysis", "kind: blog", "data/sources/main.yaml:15: [1].kind: Input should be 'official', 'state-media', 'independent-media' or 'analysis'"),
])
def test_each_error_class_names_file_line_and_field(good_data, old, new, expected):
    edit(good_data / "sources" / "main.yaml", old, new)
    found = problems(good_data)
    assert any(p.startswith(expected) for p in found), found


def test_dangling_reference_is_reported_where_it_is_used(good_data):
    edit(good_data / "articles" / "article-03.yaml", "sources: [official-one]", "sources: [no-such-source]")
    assert problems(good_data) == [
        "data/articles/article-03.yaml:11: sources[0]: unknown sources id 'no-such-source': "
        "add it to data/sources or fix the spelling"]


def test_related_article_must_exist(good_data):
    edit(good_data / "articles" / "article-03.yaml", "related: [4]", "related: [9]")
    assert any("related[0]: unknown articles id 9" in p for p in problems(good_data))


def test_all_errors_are_reported_at_once(good_data):
    edit(good_data / "sources" / "main.yaml", "kind: analysis", "kind: blog")
    edit(good_data / "treaty.yaml", "date: 2025-10-02", "date: 2025-13-02")
    edit(good_data / "articles" / "article-03.yaml", "basis: primary", "basis: primary\nsumary: typo")
    found = problems(good_data)
    assert len(found) == 3, found
    assert {p.split(":")[0] for p in found} == {
        "data/sources/main.yaml", "data/treaty.yaml", "data/articles/article-03.yaml"}


def test_record_rule_errors_point_at_the_record(good_data):
    edit(good_data / "sources" / "main.yaml", "  country: ru\n", "")
    assert any(p.startswith("data/sources/main.yaml:2: [0]: country is required for kind 'official'")
               for p in problems(good_data))


def test_non_pending_article_needs_a_summary(good_data):
    path = good_data / "articles" / "article-04.yaml"
    path.write_text("number: 4\nbasis: secondary\nlast_verified: 2026-11-28\n", encoding="utf-8")
    assert any(p.startswith("data/articles/article-04.yaml:1: (file): a secondary article needs title, summary,"
                            " sources, sectors") for p in problems(good_data))


def test_one_record_files_must_be_named_after_their_id(good_data):
    (good_data / "articles" / "article-04.yaml").rename(good_data / "articles" / "article-4.yaml")
    assert problems(good_data) == ["data/articles/article-4.yaml:1: number: file must be named article-04.yaml"]


def test_duplicate_yaml_keys_are_errors(good_data):
    edit(good_data / "articles" / "article-04.yaml", "basis: pending", "basis: pending\nbasis: primary")
    assert any(p.startswith("data/articles/article-04.yaml:") and "duplicate" in p.lower()
               for p in problems(good_data))


def test_missing_required_file(good_data):
    (good_data / "treaty.yaml").unlink()
    assert problems(good_data) == ["data/treaty.yaml:1: (file): required data file is missing"]


def test_ratification_steps_in_date_order(good_data):
    edit(good_data / "treaty.yaml", "date: 2025-04-08", "date: 2025-04-08\n        body: X\n        action: Y\n"
         "        sources: [official-one]\n      - date: 2025-03-01")
    assert any("ratification steps must be listed in date order" in p for p in problems(good_data))


def test_the_same_url_cannot_be_two_sources(good_data):
    edit(good_data / "sources" / "main.yaml", "https://example.org/analysis", "https://www.example.org/statement/")
    assert problems(good_data) == [
        "data/sources/main.yaml:13: [1].url: duplicate url 'https://www.example.org/statement/' "
        "(also at data/sources/main.yaml:5); reuse that entry instead"]
