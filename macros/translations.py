"""Translations of the text a reader sees, for the Persian and Russian editions.

Layout (see CONTRIBUTING.md, "Translations"):

    data/translations/<lang>/<type>.yaml    one file per content type (articles, faq, coverage, glossary,
                                            sectors, treaty): record key -> checked date + translated fields
    data/translations/<lang>/interface.yaml the site's own words (headings, labels, badges): English -> translation
    docs/<lang>/<page>.md                   a translated hand-written page; its front matter records the git blob
                                            of the English page it was made from

Every translated field records the English it was made from (`en`). When the English changes, the translation is
*stale*: the page still shows it, with a notice, and `make check` lists it. A record with no translation falls
back to English, marked as English (lang="en") and announced in the reader's language; never silently mixed.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Optional, Union

from pydantic import Field, TypeAdapter, ValidationError

from .dataset import ROOT, DataError, Dataset, Problem, _explain, _field_path, _line_for, _read
from .model.base import Record, StrictDate, Verbatim, _plain_text

EDITION_LANGS = ("fa", "ru")
TRANSLATIONS_DIR = "translations"
SCRIPT = {"fa": (r"[\u0600-\u06FF]", "Persian script"), "ru": (r"[\u0400-\u04FF]", "Cyrillic")}
_ISO_IN_PROSE = re.compile(r"(?<![\w/-])\d{4}-\d{2}-\d{2}(?![\w/-])")
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")

# The hand-written pages (docs/) and data types that make up each edition's core: `make check` lists every
# missing or stale translation among them; anything else is a warning.
CORE_PAGES = ("index.md", "about.md", "treaty/index.md", "treaty/articles/index.md", "treaty/coverage.md",
              "treaty/faq.md", "glossary/index.md")
CORE_TYPES = ("articles", "faq", "coverage", "glossary", "treaty")


def _prose(value: str) -> str:
    iso = _ISO_IN_PROSE.search(value)
    if iso:
        raise ValueError(f"ISO date {iso.group(0)!r} in prose: write the date as readers of this language do")
    return value


class FieldText(Record):
    """One translated field: the English it was made from, and the translation (a list for list fields)."""

    en: Union[str, list[str]] = Field(description="The English text this translation was made from, exactly.")
    text: Union[str, list[str]] = Field(description="The translation, in your own words (plain text or light "
                                        "Markdown: no HTML, no template syntax, safe links only).")


class RecordTranslation(Record):
    checked: StrictDate = Field(description="When a translator last checked this translation against the English.")
    fields: dict[str, FieldText] = Field(min_length=1, description="Field path (e.g. summary, obligations, "
                                         "disputes.0.note) -> its translation.")


Interface = dict[str, Verbatim]


# -- which fields a reader sees, per content type (field paths; * is any list index) ------------------------------

TRANSLATABLE: dict[str, tuple[str, ...]] = {
    "articles": ("title", "summary", "obligations", "misreading", "translation_variants.*.note",
                 "disputes.*.note"),
    "faq": ("question", "answer"),
    "coverage": ("statement",),
    "glossary": ("term", "short", "definition"),
    "sectors": ("title",),
    "treaty": ("titles.short", "titles.note", "signed.place", "signed.signatories.*.name",
               "signed.signatories.*.role", "languages.note", "term.renewal", "term.termination",
               "entry_into_force_rule.text", "ratification.*.steps.*.body", "ratification.*.steps.*.action",
               "entry_into_force.summary", "entry_into_force.conflicting_claims.*.claim",
               "entry_into_force.conflicting_claims.*.by", "replaces.name", "texts.*.label"),
}


def _matches(path: str, pattern: str) -> bool:
    parts, pats = path.split("."), pattern.split(".")
    return len(parts) == len(pats) and all(p == q or (q == "*" and p.isdigit()) for p, q in zip(parts, pats, strict=False))


def _get(value: Any, path: str) -> Any:
    for part in path.split("."):
        if value is None:
            return None
        if part.isdigit():
            items = value
            value = items[int(part)] if int(part) < len(items) else None
        else:
            value = getattr(value, part, None) if not isinstance(value, dict) else value.get(part)
    return value


def _expand(record: Any, pattern: str) -> list[str]:
    """The concrete paths of a pattern that hold a value in this record (e.g. disputes.0.note, disputes.1.note)."""
    paths = [""]
    for part in pattern.split("."):
        nxt = []
        for prefix in paths:
            if part == "*":
                items = _get(record, prefix.rstrip(".")) or []
                nxt.extend(f"{prefix}{i}." for i in range(len(items)))
            else:
                nxt.append(f"{prefix}{part}.")
        paths = nxt
    out = []
    for path in (p.rstrip(".") for p in paths):
        value = _get(record, path)
        if value not in (None, "", []):
            out.append(path)
    return out


def translatable_paths(ctype: str, record: Any) -> list[str]:
    return [path for pattern in TRANSLATABLE.get(ctype, ()) for path in _expand(record, pattern)]


# -- status --------------------------------------------------------------------------------------------------

@dataclass
class RecordStatus:
    """How far one record is translated: `missing` fields show in English, `stale` ones were made from older
    English text."""

    translated: bool = False
    checked: Optional[date] = None
    missing: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)

    @property
    def state(self) -> str:
        if not self.translated:
            return "missing"
        if self.stale:
            return "stale"
        return "partial" if self.missing else "current"


@dataclass
class PageTranslation:
    """A translated hand-written page (docs/<lang>/<path>)."""

    path: str
    body: str
    meta: dict
    checked: Optional[date]
    stale: bool


@dataclass
class Catalog:
    """One edition's translations, validated."""

    lang: str
    records: dict[str, dict[Any, RecordTranslation]] = field(default_factory=dict)
    interface: dict[str, str] = field(default_factory=dict)
    pages: dict[str, PageTranslation] = field(default_factory=dict)
    status: dict[tuple[str, Any], RecordStatus] = field(default_factory=dict)

    def record_status(self, ctype: str, key: Any) -> RecordStatus:
        return self.status.get((ctype, key), RecordStatus())


def git_blob(data: bytes) -> str:
    """The id git gives a file's content (`git hash-object`): `git show <id>` prints that English text again."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def _key(ctype: str, raw_key: Any, known: dict) -> Any:
    if ctype == "articles":
        try:
            return int(raw_key)
        except (TypeError, ValueError):
            return raw_key
    return raw_key


def load_catalog(lang: str, data: Dataset, data_dir: Path | None = None, docs_dir: Path | None = None) -> Catalog:
    """Read and validate `data/translations/<lang>/` and `docs/<lang>/` against the English data. Raises DataError
    with every problem."""
    from .dataset import DATA_DIR

    data_dir = Path(data_dir or DATA_DIR)
    docs_dir = Path(docs_dir or ROOT / "docs")
    folder = data_dir / TRANSLATIONS_DIR / lang
    catalog = Catalog(lang)
    problems: list[Problem] = []
    letters, script = SCRIPT[lang]
    record_adapter = TypeAdapter(RecordTranslation)

    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
        rel = f"data/{TRANSLATIONS_DIR}/{lang}/{path.name}"
        parsed = _read(path, rel, problems)
        if parsed is None:
            continue
        raw, lines = parsed
        ctype = path.stem
        if ctype == "interface":
            _load_interface(raw or {}, lines, rel, lang, catalog, problems)
            continue
        if ctype not in TRANSLATABLE:
            problems.append(Problem(rel, 1, "", f"no content type {ctype!r} to translate; files are named after "
                                    f"one of: {', '.join(sorted(TRANSLATABLE))}, or interface"))
            continue
        single = ctype == "treaty"
        entries = {None: raw} if single else (raw or {})
        if not isinstance(entries, dict):
            problems.append(Problem(rel, 1, "", "expected a mapping: record key -> translation"))
            continue
        english = data.records.get(ctype)
        out: dict[Any, RecordTranslation] = {}
        for raw_key, entry in entries.items():
            base = () if single else (raw_key,)
            key = None if single else _key(ctype, raw_key, english)
            record = english if single else english.get(key)
            line = lines.get(base, 1) if base else 1
            if record is None:
                problems.append(Problem(rel, line, str(raw_key), f"no {ctype} record {raw_key} in the English data"))
                continue
            try:
                value = record_adapter.validate_python(entry)
            except ValidationError as exc:
                for loc, message in _explain(exc.errors()):
                    full = base + tuple(loc)
                    where = ".".join(filter(None, [str(raw_key) if base else "", _field_path(tuple(loc))]))
                    problems.append(Problem(rel, _line_for(full, lines), where, message))
                continue
            allowed = translatable_paths(ctype, record)
            for fpath, ftext in value.fields.items():
                where = _line_for(base + ("fields", fpath), lines)
                label = f"{raw_key}.fields.{fpath}" if not single else f"fields.{fpath}"
                if not any(_matches(fpath, p) for p in TRANSLATABLE[ctype]):
                    problems.append(Problem(rel, where, label, "not a translatable field; translate one of: "
                                            + ", ".join(TRANSLATABLE[ctype])))
                    continue
                if fpath not in allowed:
                    problems.append(Problem(rel, where, label, "the English record has no such text"))
                    continue
                current = _get(record, fpath)
                text_line = lines.get(base + ("fields", fpath, "text"), where)
                for message in _field_problems(ftext, current, letters, script):
                    problems.append(Problem(rel, text_line, label + ".text", message))
            out[key] = value
        catalog.records[ctype] = out

    _load_pages(lang, docs_dir, catalog, problems)
    if problems:
        raise DataError(problems)
    catalog.status = compute_status(catalog, data)
    return catalog


def _field_problems(ftext: FieldText, current: Any, letters: str, script: str) -> list[str]:
    out = []
    texts = ftext.text if isinstance(ftext.text, list) else [ftext.text]
    if isinstance(current, list) != isinstance(ftext.text, list):
        out.append("the English is a list: give the translation as a list too" if isinstance(current, list)
                   else "the English is one text: give one translation, not a list")
        return out
    if isinstance(ftext.en, list) != isinstance(ftext.text, list):
        out.append("en and text must both be lists, or both be one text")
    elif isinstance(ftext.en, list) and len(ftext.en) != len(texts):
        out.append(f"en has {len(ftext.en)} items but text has {len(texts)}: translate item by item")
    for text in texts:
        if not text.strip():
            out.append("must not be empty")
            break
        try:
            _plain_text(text)
        except ValueError as exc:
            out.append(str(exc))
            break
        if not re.search(letters, text):
            out.append(f"the translation must be written in {script}")
            break
        try:
            _prose(text)
        except ValueError as exc:
            out.append(str(exc))
            break
    return out


def _load_interface(raw: Any, lines: dict, rel: str, lang: str, catalog: Catalog, problems: list[Problem]) -> None:
    if not isinstance(raw, dict):
        problems.append(Problem(rel, 1, "", "expected a mapping: English -> translation"))
        return
    for english, text in raw.items():
        line = lines.get((english,), 1)
        # Kept exactly as written: joiners such as ", " need their spaces.
        try:
            if not isinstance(text, str) or not text.strip():
                raise ValueError("must be a non-empty text")
            _plain_text(text)
        except ValueError as exc:
            problems.append(Problem(rel, line, str(english), str(exc)))
            continue
        if sorted(_PLACEHOLDER.findall(str(english))) != sorted(_PLACEHOLDER.findall(text)):
            problems.append(Problem(rel, line, str(english), "the translation must keep the same {placeholders}"))
            continue
        catalog.interface[str(english)] = text


def _load_pages(lang: str, docs_dir: Path, catalog: Catalog, problems: list[Problem]) -> None:
    from .build import _split_front_matter

    folder = docs_dir / lang
    for file in sorted(folder.rglob("*.md")) if folder.is_dir() else []:
        path = file.relative_to(folder).as_posix()
        rel = f"docs/{lang}/{path}"
        english = docs_dir / path
        meta, body = _split_front_matter(file.read_text(encoding="utf-8"))
        info = meta.pop("translation", None)
        if not english.exists():
            problems.append(Problem(rel, 1, "", f"no English page docs/{path} to translate"))
            continue
        if not isinstance(info, dict) or not info.get("english_blob") or not info.get("checked"):
            problems.append(Problem(rel, 1, "translation", "front matter needs translation: {english_blob: <git "
                                    "blob of the English page it was made from>, checked: YYYY-MM-DD}"))
            continue
        checked = info["checked"]
        if not isinstance(checked, date):
            problems.append(Problem(rel, 1, "translation.checked", "must be an ISO date YYYY-MM-DD"))
            continue
        stale = str(info["english_blob"]) != git_blob(english.read_bytes())
        catalog.pages[path] = PageTranslation(path, body, meta, checked, stale)


def compute_status(catalog: Catalog, data: Dataset) -> dict[tuple[str, Any], RecordStatus]:
    status: dict[tuple[str, Any], RecordStatus] = {}
    for ctype in TRANSLATABLE:
        english = data.records.get(ctype)
        if english is None:
            continue
        items = {None: english} if ctype == "treaty" else english
        done = catalog.records.get(ctype, {})
        for key, record in items.items():
            entry = done.get(key)
            st = RecordStatus()
            if entry is not None:
                st.translated, st.checked = True, entry.checked
                for path in translatable_paths(ctype, record):
                    ftext = entry.fields.get(path)
                    if ftext is None:
                        st.missing.append(path)
                    elif ftext.en != _get(record, path):
                        st.stale.append(path)
            status[(ctype, key)] = st
    return status


# -- the translated data set ---------------------------------------------------------------------------------

def translated_dataset(data: Dataset, catalog: Catalog) -> Dataset:
    """The data set with every translated field swapped in (stale translations included: the page says so)."""
    records = dict(data.records)
    for ctype, entries in catalog.records.items():
        english = data.records[ctype]
        if ctype == "treaty":
            records[ctype] = _swap(english, entries.get(None))
            continue
        swapped = dict(english)
        for key, entry in entries.items():
            swapped[key] = _swap(english[key], entry)
        records[ctype] = swapped
    return Dataset(records=records, origin=data.origin)


def _swap(record: Any, entry: Optional[RecordTranslation]) -> Any:
    if entry is None:
        return record
    for path, ftext in entry.fields.items():
        record = _replace(record, path.split("."), ftext.text)
    return record


def _replace(obj: Any, parts: list[str], value: Any) -> Any:
    """A copy of a (frozen) record with the value at `parts` replaced. The translation was validated as
    translation text; the English record's length limits do not apply to another language."""
    if not parts:
        return value
    head, rest = parts[0], parts[1:]
    if head.isdigit():
        items = list(obj)
        items[int(head)] = _replace(items[int(head)], rest, value)
        return items
    return obj.model_copy(update={head: _replace(getattr(obj, head), rest, value)})


# -- what `make check` reports ------------------------------------------------------------------------------

def report(catalogs: dict[str, Catalog], data: Dataset) -> tuple[list[str], list[str]]:
    """(core problems, other warnings): every missing or stale translation, one line each."""
    from .i18n import all_interface_strings

    core, other = [], []
    words = all_interface_strings()
    for lang, catalog in catalogs.items():
        missing_words = [w for w in words if w not in catalog.interface]
        if missing_words:
            core.append(f"{lang}: interface.yaml: {len(missing_words)} of {len(words)} interface strings not "
                        f"translated (`python -m macros translations --scaffold {lang} interface` lists them)")
        unused = sorted(set(catalog.interface) - set(words))
        if unused:
            other.append(f"{lang}: interface.yaml: {len(unused)} strings no longer used: "
                         + "; ".join(repr(u) for u in unused[:5]) + ("…" if len(unused) > 5 else ""))
        for (ctype, key), st in sorted(catalog.status.items(), key=lambda kv: (kv[0][0], str(kv[0][1]))):
            if ctype == "articles" and data.articles[key].basis == "pending":
                continue   # nothing to translate yet: the page says the article is not summarized
            name = f"{ctype} {key}" if key is not None else ctype
            target = core if ctype in CORE_TYPES else other
            if st.state == "missing":
                target.append(f"{lang}: {name}: not translated")
            elif st.stale:
                target.append(f"{lang}: {name}: stale (English changed): {', '.join(st.stale)}")
            elif st.missing:
                target.append(f"{lang}: {name}: untranslated fields: {', '.join(st.missing)}")
        for path in CORE_PAGES:
            page = catalog.pages.get(path)
            if page is None:
                core.append(f"{lang}: docs/{path}: not translated (add docs/{lang}/{path})")
            elif page.stale:
                core.append(f"{lang}: docs/{path}: stale (the English page changed since docs/{lang}/{path} "
                            f"was made; `git log -p docs/{path}` shows what changed)")
    return core, other


def load_all(data: Dataset, data_dir: Path | None = None, docs_dir: Path | None = None) -> dict[str, Catalog]:
    """Every edition's catalog; all problems of all editions in one DataError."""
    catalogs, problems = {}, []
    for lang in EDITION_LANGS:
        try:
            catalogs[lang] = load_catalog(lang, data, data_dir, docs_dir)
        except DataError as error:
            problems.extend(error.problems)
    if problems:
        raise DataError(problems)
    return catalogs


# -- scaffolding for translators -----------------------------------------------------------------------------

def scaffold(lang: str, ctype: str, data: Dataset, keys: list[Any] | None = None) -> str:
    """YAML for the records not yet translated: each field's English filled in, `text` left for the translator."""
    import yaml

    if ctype == "interface":
        from .i18n import all_interface_strings

        done = load_catalog(lang, data).interface
        todo = {w: "" for w in all_interface_strings() if w not in done}
        return yaml.safe_dump(todo, allow_unicode=True, sort_keys=False, width=110)
    english = data.records[ctype]
    items = {None: english} if ctype == "treaty" else english
    out: dict[Any, Any] = {}
    for key, record in items.items():
        if keys and key not in keys and str(key) not in keys:
            continue
        if ctype == "articles" and record.basis == "pending":
            continue
        fields = {}
        for path in translatable_paths(ctype, record):
            value = _get(record, path)
            fields[path] = {"en": value, "text": [""] * len(value) if isinstance(value, list) else ""}
        entry = {"checked": date.today().isoformat(), "fields": fields}
        if ctype == "treaty":
            return yaml.safe_dump(entry, allow_unicode=True, sort_keys=False, width=110)
        out[key] = entry
    return yaml.safe_dump(out, allow_unicode=True, sort_keys=False, width=110)
