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


def test_a_safe_relative_link_and_an_anchor_pass(good_data):
    edit(good_data / "sources" / "main.yaml", "title: An analysis",
         "title: An analysis, see [the key facts](../treaty/index.md) and [below](#x) and [this](https://e.org/)")
    assert load_dataset(good_data).sources["analysis-one"].title.startswith("An analysis, see")


def test_a_faq_link_to_a_page_that_does_not_exist_is_a_data_error(good_data):
    (good_data / "faq.yaml").write_text(
        "- id: q\n  question: Is it?\n  answer: [It is not.]\n  see_also: [compare.md, sectors/defense.md]\n"
        "  sources: [official-one]\n  last_verified: 2026-11-28\n", encoding="utf-8")
    assert problems(good_data) == [
        "data/faq.yaml:4: [0].see_also[1]: no page 'sectors/defense.md' on the site; did you mean "
        "'sectors/defence.md'? (write a page file such as 'compare.md' or 'sectors/energy.md', optionally with "
        "'#anchor')"]


# The fixture's second source (data/sources/main.yaml) starts at line 8: id, title 9, outlet 10, url 11,
# published 12, language 13.
@pytest.mark.parametrize("old, new, expected", [
    # YAML syntax
    ("  outlet: a-think-tank\n", "  outlet: [unclosed\n", "data/sources/main.yaml:11: (file): YAML syntax error"),
    # missing required field
    ("  outlet: a-think-tank\n", "", "data/sources/main.yaml:8: [1].outlet: required field is missing"),
    # empty field
    ("  title: An analysis\n", "  title: ''\n", "data/sources/main.yaml:9: [1].title: must not be empty"),
    # unknown field: one error, with a suggestion
    ("  outlet: a-think-tank\n", "  outlett: a-think-tank\n",
     "data/sources/main.yaml:10: [1].outlett: unknown field 'outlett': did you mean 'outlet'?"),
    ("  language: en\n- id: analysis-one", "  languages: en\n- id: analysis-one",
     "data/sources/main.yaml:7: [0].languages: unknown field 'languages': did you mean 'language'?"),
    # a field that belongs to the outlet now
    ("  language: en\n- id: analysis-one", "  language: en\n  kind: analysis\n- id: analysis-one",
     "data/sources/main.yaml:8: [0].kind: unknown field (a typo?)"),
    # a reference to an outlet that does not exist
    ("  outlet: a-think-tank\n", "  outlet: a-thinktank\n",
     "data/sources/main.yaml:10: [1].outlet: unknown outlets id 'a-thinktank'"),
    # wrong type
    ("  language: en\n- id: analysis-one", "  language: [en]\n- id: analysis-one",
     "data/sources/main.yaml:7: [0].language: Input should be a valid string"),
    # impossible date, with the bad value in the message
    ("published: 2025-02-01", "published: 2025-02-30",
     "data/sources/main.yaml:12: [1].published: Input should be a valid date or datetime, day value is outside "
     "expected range (got '2025-02-30')"),
    # not a date at all
    ("published: 2025-02-01", "published: Feb 2025", "data/sources/main.yaml:12: [1].published: must be an ISO date"),
    # malformed URL and plain http
    ("https://example.org/analysis", "example.org/analysis", "data/sources/main.yaml:11: [1].url: must be an absolute https:// URL"),
    ("https://example.org/analysis", "http://example.org/analysis", "data/sources/main.yaml:11: [1].url: must be an absolute https:// URL"),
    # duplicate id
    ("- id: analysis-one", "- id: official-one", "data/sources/main.yaml:8: [1].id: duplicate id 'official-one' (first defined at data/sources/main.yaml:2)"),
    # raw HTML, template syntax and unsafe links in text
    ("title: An analysis", "title: An <script>alert(1)</script> analysis", "data/sources/main.yaml:9: [1].title: raw HTML is not allowed"),
    ("title: An analysis", "title: An {{ config }} analysis", "data/sources/main.yaml:9: [1].title: template syntax"),
    ("title: An analysis", "title: An [analysis](javascript:alert(1))",
     "data/sources/main.yaml:9: [1].title: link target 'javascript:alert(1' is not allowed"),
    ("title: An analysis", "title: An [analysis](data:text/html;base64,PHNjcmlwdD4=)",
     "data/sources/main.yaml:9: [1].title: link target 'data:text/html;base64,PHNjcmlwdD4=' is not allowed"),
    ("title: An analysis", "title: An [analysis](//evil.example/x)",
     "data/sources/main.yaml:9: [1].title: link target '//evil.example/x' is not allowed"),
    # prose dates in one style (a headline as published is exempt, a description is not)
    ("title: An analysis", "description: An analysis of 17 January 2025",
     "data/sources/main.yaml:9: [1].description: date '17 January 2025': prose uses American English dates, "
     "e.g. 'January 17, 2025'"),
    ("title: An analysis", "description: An analysis of 2025-01-17",
     "data/sources/main.yaml:9: [1].description: ISO date '2025-01-17' in prose: write it as 'January 17, 2025'"),
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
    edit(good_data / "outlets" / "main.yaml", "kind: analysis", "kind: blogg")
    edit(good_data / "treaty.yaml", "date: 2025-10-02", "date: 2025-13-02")
    edit(good_data / "articles" / "article-03.yaml", "basis: primary", "basis: primary\nsumary: typo")
    found = problems(good_data)
    assert len(found) == 3, found
    assert {p.split(":")[0] for p in found} == {
        "data/outlets/main.yaml", "data/treaty.yaml", "data/articles/article-03.yaml"}


def test_record_rule_errors_point_at_the_record(good_data):
    edit(good_data / "outlets" / "main.yaml", "  country: ru\n", "")
    assert any(p.startswith("data/outlets/main.yaml:2: [0]: country is required for kind 'official'")
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
        "data/sources/main.yaml:11: [1].url: duplicate url 'https://www.example.org/statement/' "
        "(also at data/sources/main.yaml:5); reuse that entry instead"]
