"""Shared field types for every content model.

Reference fields (a source id, an article number, a sector id …) are checked against the ids that exist in the
whole data set. The loader collects those ids first and passes them as pydantic validation context, so a dangling
reference is reported like any other field error: with its file, line and field path.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
)

# Text typed by contributors is Markdown; raw HTML and template syntax are refused outright.
_HTML_TAG = re.compile(r"</?[A-Za-z][^>]*>|<!--")
_TEMPLATE = re.compile(r"\{\{|\}\}|\{%|%\}|\{#")


# Markdown link targets: [text](target), [text]: target, and <scheme:...> autolinks.
_LINK_TARGET = re.compile(r"\]\(\s*<?([^)\s>]*)|^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", re.M)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_ISO_IN_PROSE = re.compile(r"(?<![\w/-])\d{4}-\d{2}-\d{2}(?![\w/-])")
_DAY_MONTH_YEAR = re.compile(rf"\b\d{{1,2}} ({_MONTHS}),? \d{{4}}\b")


def _safe_links(value: str) -> None:
    for match in _LINK_TARGET.finditer(value):
        target = match.group(1) or match.group(2) or ""
        if target.startswith("https://") or target.startswith("#"):
            continue
        if _SCHEME.match(target) or target.startswith("//") or "&#" in target or "%" in target[:12]:
            raise ValueError(f"link target {target!r} is not allowed: data text may link only to https:// "
                             "addresses, relative page paths and #anchors")


def _plain_text(value: str) -> str:
    if _HTML_TAG.search(value):
        raise ValueError("raw HTML is not allowed in data text; write plain text or Markdown")
    if _TEMPLATE.search(value):
        raise ValueError("template syntax ({{ }}, {% %}, {# #}) is not allowed in data text")
    _safe_links(value)
    return value


def _prose_dates(value: str) -> str:
    """Prose has one date style, American English: 'January 17, 2025' (a field that is only a date may be ISO)."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value
    iso = _ISO_IN_PROSE.search(value)
    if iso:
        try:
            as_prose = date.fromisoformat(iso.group(0))
            hint = f"{as_prose.strftime('%B')} {as_prose.day}, {as_prose.year}"
        except ValueError:
            hint = "January 17, 2025"
        raise ValueError(f"ISO date {iso.group(0)!r} in prose: write it as {hint!r}")
    dmy = _DAY_MONTH_YEAR.search(value)
    if dmy:
        day, month = dmy.group(0).split(" ")[:2]
        raise ValueError(f"date {dmy.group(0)!r}: prose uses American English dates, e.g. "
                         f"'{month.rstrip(',')} {day}, {dmy.group(0).split()[-1]}'")
    return value


Verbatim = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1),
    AfterValidator(_plain_text),
]
"""Non-empty text kept as its author wrote it (a headline as published, a name): no HTML, no template markers,
no unsafe links."""

Text = Annotated[Verbatim, AfterValidator(_prose_dates)]
"""Non-empty prose: no HTML, no template markers, no unsafe links, and dates in one style."""

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=80)]
"""Lowercase id: letters, digits and single hyphens (e.g. `tass-2025-04-08-rudenko-duma`)."""


def _https(value: str) -> str:
    if not re.fullmatch(r"https://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(:\d+)?(/\S*)?", value):
        raise ValueError("must be an absolute https:// URL with a host name and no spaces")
    return value


HttpsUrl = Annotated[str, AfterValidator(_https)]

def _iso_date_text(value):
    if isinstance(value, date):
        return value
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(value)):
        raise ValueError("must be an ISO date YYYY-MM-DD")
    return str(value)


StrictDate = Annotated[date, BeforeValidator(_iso_date_text)]
"""An ISO date `YYYY-MM-DD`; impossible dates (2025-02-30) are errors."""


class Ref:
    """Marks a field as a reference to the ids of another content type."""

    def __init__(self, target: str):
        self.target = target

    def __call__(self, value, info: ValidationInfo):
        known = (info.context or {}).get("ids", {}).get(self.target)
        if known is not None and value not in known:
            raise ValueError(f"unknown {self.target} id {value!r}: add it to data/{self.target} or fix the spelling")
        return value


SourceId = Annotated[Slug, AfterValidator(Ref("sources"))]
SectorId = Annotated[Slug, AfterValidator(Ref("sectors"))]
ContextId = Annotated[Slug, AfterValidator(Ref("context"))]
GlossaryId = Annotated[Slug, AfterValidator(Ref("glossary"))]
OutletId = Annotated[Slug, AfterValidator(Ref("outlets"))]
ClaimId = Annotated[Slug, AfterValidator(Ref("claims"))]


def _page_ref(value: str, info: ValidationInfo) -> str:
    known = (info.context or {}).get("ids", {}).get("pages")
    path = value.split("#", 1)[0]
    if known is not None and path not in known:
        import difflib

        close = difflib.get_close_matches(path, sorted(known), n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        raise ValueError(f"no page {path!r} on the site{hint} (write a page file such as 'compare.md' or "
                         "'sectors/energy.md', optionally with '#anchor')")
    return value


PagePath = Annotated[str, StringConstraints(pattern=r"^[a-z0-9/_.-]+\.md(#[a-z0-9-]+)?$"), AfterValidator(_page_ref)]
"""A page of the site as its page file, e.g. `sectors/energy.md` or `treaty/index.md#entry-into-force`."""
"""An entry of the claims ledger (data/claims.yaml) that discusses a contested fact."""
ArticleNumber = Annotated[int, Field(ge=0, le=47), AfterValidator(Ref("articles"))]
"""0 is the preamble; 1–47 are the articles."""

Sources = Annotated[list[SourceId], Field(min_length=1)]
"""At least one source id: every fact carries its sources."""

ClaimStatus = Literal["confirmed", "reported", "disputed", "denied"]
"""confirmed: two or more independent sources or an official record; reported: a single or unconfirmed report;
disputed: sources disagree; denied: claimed by some, denied by the party concerned."""

SaidStatus = Literal["on-record", "reported", "disputed", "denied"]
"""Whether a statement was made (not whether it is true): on-record: an official transcript or statement, or two
independent reports; reported: a single report; disputed: reports differ on what was said or when; denied: the
speaker denies saying it."""

Actor = Literal[
    "ru", "ir", "us", "il", "e3", "eu", "gb", "fr", "de", "cn", "ua", "az", "am", "sa", "ae", "qa", "gcc",
    "iaea", "un", "kz", "tm", "in", "tr", "kp", "other",
]

ACTOR_NAMES: dict[str, str] = {
    "ru": "Russia", "ir": "Iran", "us": "United States", "il": "Israel", "e3": "E3 (France, Germany, UK)",
    "eu": "European Union", "gb": "United Kingdom", "fr": "France", "de": "Germany", "cn": "China",
    "ua": "Ukraine", "az": "Azerbaijan", "am": "Armenia", "sa": "Saudi Arabia", "ae": "United Arab Emirates",
    "qa": "Qatar", "gcc": "Gulf Cooperation Council", "iaea": "IAEA", "un": "United Nations",
    "kz": "Kazakhstan", "tm": "Turkmenistan", "in": "India", "tr": "Türkiye", "kp": "North Korea",
    "other": "Other",
}
# Countries of state media and state-aligned outlets that are not actors (shown beside citations).
ACTOR_NAMES.update({"cu": "Cuba", "ve": "Venezuela", "lb": "Lebanon", "bd": "Bangladesh", "eg": "Egypt",
                    "iq": "Iraq", "kh": "Cambodia", "pk": "Pakistan", "sy": "Syria"})


class Record(BaseModel):
    """Base for every data record: unknown fields (typos) are errors, strings are stripped."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)
