"""Translations: validated like data, stale when the English changes, reported by `make check`, and rendered
with the right notice (translated, stale, or English fallback)."""

from __future__ import annotations

from pathlib import Path

import pytest

from macros import editions, i18n
from macros.dataset import DataError, load_dataset
from macros.translations import load_catalog, report, scaffold, translated_dataset

ARTICLE_3 = """\
3:
  checked: 2026-12-02
  fields:
    title:
      en: No help to an aggressor
      text: Никакой помощи агрессору
    summary:
      en: If either party is attacked, the other will not give the aggressor military or other help, and both will seek to settle disputes under the UN Charter.
      text: Если на одну из сторон нападут, другая не окажет агрессору военной или иной помощи, и обе будут добиваться урегулирования споров на основе Устава ООН.
    obligations:
      en: [Do not help an aggressor.]
      text: [Не помогать агрессору.]
"""


def write(data_dir: Path, name: str, text: str, lang: str = "ru") -> Path:
    path = data_dir / "translations" / lang / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def catalog(data_dir: Path, lang: str = "ru"):
    data = load_dataset(data_dir)
    return data, load_catalog(lang, data, data_dir, docs_dir=data_dir / "no-docs")


def problems(data_dir: Path, lang: str = "ru") -> list[str]:
    data = load_dataset(data_dir)
    with pytest.raises(DataError) as caught:
        load_catalog(lang, data, data_dir, docs_dir=data_dir / "no-docs")
    return [str(p) for p in caught.value.problems]


def test_a_current_translation_replaces_the_english_text(good_data):
    write(good_data, "articles.yaml", ARTICLE_3)
    data, cat = catalog(good_data)
    assert cat.record_status("articles", 3).state == "current"
    assert cat.record_status("articles", 4).state == "missing"
    translated = translated_dataset(data, cat)
    assert translated.articles[3].title == "Никакой помощи агрессору"
    assert translated.articles[3].obligations == ["Не помогать агрессору."]
    assert data.articles[3].title == "No help to an aggressor", "the English data is untouched"


def test_a_change_to_the_english_marks_the_translation_stale(good_data):
    write(good_data, "articles.yaml", ARTICLE_3)
    article = good_data / "articles" / "article-03.yaml"
    article.write_text(article.read_text(encoding="utf-8").replace("Do not help an aggressor.",
                                                                  "Do not help an aggressor in any way."))
    data, cat = catalog(good_data)
    status = cat.record_status("articles", 3)
    assert status.state == "stale" and status.stale == ["obligations"]
    core, _ = report({"ru": cat}, data)
    assert "ru: articles 3: stale (English changed): obligations" in core
    # The stale translation is still shown, with a notice that names the stale part.
    state = editions._records_state("articles", [3], cat, lambda k: "Статья 3")
    assert state.kind == "stale" and state.stale == ["Статья 3"]
    with i18n.edition("ru", {}):
        body = editions.frame("# Статья 3\n\nТекст.", state, {}, "treaty/articles/3.md")
    assert body.startswith("# Статья 3\n\n")
    assert 'edition-notice--stale' in body and "*Статья 3*" in body


@pytest.mark.parametrize("text,expected", [
    (ARTICLE_3.replace("text: Никакой помощи агрессору", "text: No help at all"),
     "data/translations/ru/articles.yaml:6: 3.fields.title.text: the translation must be written in Cyrillic"),
    (ARTICLE_3.replace("text: [Не помогать агрессору.]", "text: Не помогать агрессору."),
     "data/translations/ru/articles.yaml:12: 3.fields.obligations.text: the English is a list"),
    (ARTICLE_3.replace("    title:\n", "    titel:\n"),
     "data/translations/ru/articles.yaml:4: 3.fields.titel: not a translatable field"),
    (ARTICLE_3.replace("3:\n", "9:\n", 1), "data/translations/ru/articles.yaml:1: 9: no articles record 9"),
    (ARTICLE_3.replace("Никакой помощи агрессору", "Никакой помощи <b>агрессору</b>"),
     "data/translations/ru/articles.yaml:6: 3.fields.title.text: raw HTML is not allowed"),
    (ARTICLE_3.replace("Никакой помощи агрессору", "Никакой помощи агрессору с 2025-01-17"),
     "data/translations/ru/articles.yaml:6: 3.fields.title.text: ISO date '2025-01-17' in prose"),
])
def test_each_translation_error_names_file_line_and_field(good_data, text, expected):
    write(good_data, "articles.yaml", text)
    found = problems(good_data)
    assert any(p.startswith(expected) for p in found), found


def test_interface_words_keep_their_placeholders(good_data):
    write(good_data, "interface.yaml", 'Article {n}: "Статья {n}"\n"{done} of {total} summarized": "готово {done}"\n')
    found = problems(good_data)
    assert found == ["data/translations/ru/interface.yaml:2: {done} of {total} summarized: "
                     "the translation must keep the same {placeholders}"]


def test_scaffold_fills_in_the_english_for_the_translator(good_data):
    data = load_dataset(good_data)
    text = scaffold("fa", "articles", data, ["3"])
    assert text.startswith("3:\n") and "en: No help to an aggressor" in text and "text: ''" in text


def test_a_hand_written_page_translation_is_stale_when_the_english_page_changes(good_data, tmp_path):
    from macros.translations import git_blob

    docs = tmp_path / "docs"
    (docs / "ru").mkdir(parents=True)
    (docs / "about.md").write_text("# About\n", encoding="utf-8")
    blob = git_blob(b"# About\n")
    (docs / "ru" / "about.md").write_text(f"---\ntranslation:\n  english_blob: {blob}\n  checked: 2026-12-02\n---\n"
                                          "# О проекте\n", encoding="utf-8")
    data = load_dataset(good_data)
    assert not load_catalog("ru", data, good_data, docs).pages["about.md"].stale
    (docs / "about.md").write_text("# About this site\n", encoding="utf-8")
    assert load_catalog("ru", data, good_data, docs).pages["about.md"].stale


def test_dates_and_digits_per_edition():
    from datetime import date

    day = date(2025, 1, 17)
    assert i18n.long_date(day) == "January 17, 2025"
    with i18n.edition("fa"):
        assert i18n.long_date(day) == "۲۸ دی ۱۴۰۳ (۱۷ ژانویه ۲۰۲۵)"
        assert i18n.tr("Article {n}", n=47) == "Article ۴۷"   # no translation given: English words, Persian digits
    with i18n.edition("ru"):
        assert i18n.long_date(day) == "17 января 2025 г."
    with i18n.edition("fa"):
        persian = i18n.digits("Article 47, 1403")
    assert persian == "Article ۴۷, ۱۴۰۳"
    assert i18n.ascii_digits(persian) == "Article 47, 1403"   # the Persian search index holds ASCII digits


def test_persian_alphabetical_order():
    words = ["گاز", "پوتین", "بوشهر", "کرملین", "آستارا", "چابهار"]
    assert sorted(words, key=i18n.sort_key) == ["آستارا", "بوشهر", "پوتین", "چابهار", "کرملین", "گاز"]


def test_every_interface_word_is_translated_in_both_editions(data):
    from macros.translations import load_all

    words = i18n.all_interface_strings()
    for lang, cat in load_all(data).items():
        missing = [w for w in words if w not in cat.interface]
        assert not missing, (lang, missing[:10])
