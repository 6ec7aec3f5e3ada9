"""Sources: every page, report or document a fact on the site rests on (`data/sources/*.yaml`)."""

from __future__ import annotations

from typing import Annotated, Literal, Optional

from pydantic import Field, StringConstraints, model_validator

from .base import HttpsUrl, Record, Slug, StrictDate, Text

SourceKind = Literal["official", "state-media", "independent-media", "analysis"]

KIND_LABELS: dict[str, str] = {
    "official": "Official",
    "state-media": "State media",
    "independent-media": "Independent media",
    "analysis": "Analysis and documents",
}


class Source(Record):
    id: Slug = Field(description="Unique id, conventionally outlet-date-slug, e.g. tass-2025-04-08-rudenko-duma.")
    title: Text = Field(description="The headline or document title as published.")
    outlet: Text = Field(description="Publisher: outlet, ministry, think tank or site.")
    url: HttpsUrl = Field(description="The page you read (https only).")
    published: StrictDate = Field(description="Publication date shown on the page, YYYY-MM-DD.")
    kind: SourceKind = Field(description="official | state-media | independent-media | analysis")
    country: Optional[Annotated[str, StringConstraints(pattern=r"^([a-z]{2}|eu|un|iaea|gcc)$")]] = Field(
        default=None, description="For official and state-media sources: the state behind it, as an ISO 3166 "
        "two-letter code in lowercase (ru, ir, us, ...), or eu, un, iaea, gcc.")
    language: Slug = Field(description="ISO 639-1 code of the page's language, e.g. en, ru, fa.")
    archived_url: Optional[HttpsUrl] = Field(default=None, description="A web-archive copy, if any.")
    note: Optional[Text] = Field(default=None, description="One line for readers, e.g. 'mirror of the Kremlin text'.")

    @model_validator(mode="after")
    def _state_needs_country(self):
        if self.kind in ("official", "state-media") and self.country is None:
            raise ValueError(f"country is required for kind {self.kind!r} (whose state is behind it?)")
        return self
