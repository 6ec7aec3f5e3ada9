"""The editions (English, Persian, Russian) and the site's own words in each: `tr()`, dates and digits.

Render functions write English and wrap the site's own words in `tr("…")`; while an edition renders, `tr` returns
that edition's wording from `data/translations/<lang>/interface.yaml`, or the English (`make check` lists every
word without a translation, from `all_interface_strings`). Dates go through `long_date`, the one date formatter of every edition.
"""

from __future__ import annotations

import ast
import contextlib
import contextvars
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import jdatetime


@dataclass(frozen=True)
class Edition:
    lang: str
    name: str          # in English
    native: str        # in its own language (the switcher shows this)
    direction: str     # ltr or rtl
    prefix: str        # where it lives below the site root ("" for English)
    locale: str        # Open Graph locale


EDITIONS: dict[str, Edition] = {
    "en": Edition("en", "English", "English", "ltr", "", "en_US"),
    "fa": Edition("fa", "Persian", "فارسی", "rtl", "fa/", "fa_IR"),
    "ru": Edition("ru", "Russian", "Русский", "ltr", "ru/", "ru_RU"),
}

_lang: contextvars.ContextVar[str] = contextvars.ContextVar("lang", default="en")
_words: contextvars.ContextVar[dict | None] = contextvars.ContextVar("words", default=None)


@contextlib.contextmanager
def edition(lang: str, interface: dict[str, str] | None = None):
    """Render in one edition's language (English: no translation at all)."""
    tokens = (_lang.set(lang), _words.set(interface or {}))
    try:
        yield
    finally:
        _lang.reset(tokens[0])
        _words.reset(tokens[1])


def current() -> str:
    return _lang.get()


def tr(english: str, /, **values) -> str:
    """The site's own words in the current edition; `{name}` placeholders are filled (numbers in its digits)."""
    lang = _lang.get()
    text = english
    if lang != "en":
        text = (_words.get() or {}).get(english, english)
    if values:
        text = text.format(**{k: (number(v) if isinstance(v, int) and not isinstance(v, bool) else v)
                              for k, v in values.items()})
    return text


# -- digits, numbers and dates ---------------------------------------------------------------------------------

_PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
_TO_PERSIAN = str.maketrans("0123456789", _PERSIAN_DIGITS)
_TO_ASCII = str.maketrans(_PERSIAN_DIGITS, "0123456789")


def digits(text: str) -> str:
    """Digits as the edition's readers write them (Persian digits in the Persian edition)."""
    return text.translate(_TO_PERSIAN) if _lang.get() == "fa" else text


def ascii_digits(text: str) -> str:
    """Persian digits back to ASCII (for the Persian search index: see macros/hooks.py)."""
    return text.translate(_TO_ASCII)


def number(value: int) -> str:
    return digits(str(value))


HIJRI_MONTHS = {
    "en": ["Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
           "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand"],
    "fa": ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"],
    "ru": ["фарвардина", "ордибехешта", "хордада", "тира", "мордада", "шахривара",
           "мехра", "абана", "азара", "дея", "бахмана", "эсфанда"],
}
GREGORIAN_MONTHS = {
    "fa": ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"],
}

def gregorian(value: date) -> str:
    """The Gregorian date in the edition's style: January 17, 2025 · 17 января 2025 г. · ۱۷ ژانویه ۲۰۲۵."""
    lang = _lang.get()
    if lang == "ru":
        return f"{value.day} {GREGORIAN_MONTHS['ru'][value.month - 1]} {value.year} г."
    if lang == "fa":
        return digits(f"{value.day} {GREGORIAN_MONTHS['fa'][value.month - 1]} {value.year}")
    return f"{value.strftime('%B')} {value.day}, {value.year}"


def solar_hijri(value: date) -> str:
    """The Solar Hijri (Iranian calendar) date: 28 Dey 1403 · ۲۸ دی ۱۴۰۳ · 28 дея 1403 г. х."""
    j = jdatetime.date.fromgregorian(date=value)
    lang = _lang.get()
    if lang == "fa":
        return digits(f"{j.day} {HIJRI_MONTHS['fa'][j.month - 1]} {j.year}")
    if lang == "ru":
        return f"{j.day} {HIJRI_MONTHS['ru'][j.month - 1]} {j.year} г. х."
    return f"{j.day} {HIJRI_MONTHS['en'][j.month - 1]} {j.year}"


def long_date(value: date) -> str:
    """The one date formatter: American English; Russian; in Persian the Solar Hijri date first, Gregorian beside."""
    if _lang.get() == "fa":
        return f"{solar_hijri(value)} ({gregorian(value)})"
    return gregorian(value)


_PERSIAN_ORDER = "اآبپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"


def sort_key(text: str) -> tuple:
    """Alphabetical order for the edition: Persian letters in the Persian alphabet's order (پ after ب, گ after ک),
    Cyrillic and Latin case-insensitively."""
    folded = text.lstrip("“\"'(«").lower().replace("ي", "ی").replace("ك", "ک")
    return tuple((0, _PERSIAN_ORDER.index(ch)) if ch in _PERSIAN_ORDER else (1, ord(ch)) for ch in folded)


# -- the interface words the code asks for (for `make check` and translators) ---------------------------------

def interface_strings(root: Path | None = None) -> list[str]:
    """Every literal passed to tr() in macros/ (the list translators work from), in first-seen order."""
    root = root or Path(__file__).resolve().parent
    seen: dict[str, None] = {}
    for file in sorted(root.rglob("*.py")):
        tree = ast.parse(file.read_text(encoding="utf-8"))
        calls = sorted((node for node in ast.walk(tree) if isinstance(node, ast.Call)
                        and isinstance(node.func, ast.Name) and node.func.id == "tr" and node.args
                        and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)),
                       key=lambda node: (node.lineno, node.col_offset))
        for node in calls:
            seen.setdefault(node.args[0].value, None)
    return list(seen)


def all_interface_strings() -> list[str]:
    """Every English string an edition may need: tr() literals in macros/ and the label tables they look up."""
    from .build import COPYRIGHT, SITE_DESCRIPTION
    from .model.base import ACTOR_NAMES
    from .model.outlets import KIND_LABELS
    from .render import coverage, glossary, treaty
    from .render.common import BADGES

    words = interface_strings()
    for family in BADGES.values():
        for label, help_text in family.values():
            words += [label, help_text]
    words += list(KIND_LABELS.values()) + list(ACTOR_NAMES.values())
    words += list(treaty.PARTY_NAMES.values()) + list(treaty.LANGUAGE_NAMES.values())
    words += list(glossary.CATEGORY_LABELS.values()) + [title for title, _ in glossary.GROUPS.values()]
    words += [e.name for e in EDITIONS.values()] + [SITE_DESCRIPTION, COPYRIGHT, coverage.NUMBER_NOT_CONFIRMED]
    words += ["Not yet checked against a source we could read", "Standard form, not yet seen in a dated source"]
    return list(dict.fromkeys(words))
