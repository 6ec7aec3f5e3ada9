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


def _plain_text(value: str) -> str:
    if _HTML_TAG.search(value):
        raise ValueError("raw HTML is not allowed in data text; write plain text or Markdown")
    if _TEMPLATE.search(value):
        raise ValueError("template syntax ({{ }}, {% %}, {# #}) is not allowed in data text")
    return value


Text = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1),
    AfterValidator(_plain_text),
]
"""Non-empty prose: no HTML, no template markers."""

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
"""An entry of the claims ledger (data/claims.yaml) that discusses a contested fact."""
ArticleNumber = Annotated[int, Field(ge=0, le=47), AfterValidator(Ref("articles"))]
"""0 is the preamble; 1–47 are the articles."""

Sources = Annotated[list[SourceId], Field(min_length=1)]
"""At least one source id: every fact carries its sources."""

ClaimStatus = Literal["confirmed", "reported", "disputed", "denied"]
"""confirmed: two or more independent sources or an official record; reported: a single or unconfirmed report;
disputed: sources disagree; denied: claimed by some, denied by the party concerned."""

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


class Record(BaseModel):
    """Base for every data record: unknown fields (typos) are errors, strings are stripped."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)
