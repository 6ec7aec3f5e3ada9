"""Sources: every page, report or document a fact on the site rests on (`data/sources/*.yaml`)."""

from __future__ import annotations

from typing import Optional

from pydantic import Field, model_validator

from .base import HttpsUrl, OutletId, Record, Slug, StrictDate, Text, Verbatim


class Source(Record):
    id: Slug = Field(description="Unique id, conventionally outlet-date-slug, e.g. tass-2025-04-08-rudenko-duma.")
    title: Optional[Verbatim] = Field(
        default=None, description="The headline or document title exactly as published. Leave it out when the "
        "headline was not seen (then give a description).")
    description: Optional[Text] = Field(
        default=None, description="An editor's description of the page, used only when the headline was not seen "
        "(shown without quotation marks, never as a title).")
    outlet: OutletId = Field(description="The publisher: an id from data/outlets.yaml.")
    url: HttpsUrl = Field(description="The page you read (https only).")
    published: StrictDate = Field(description="Publication date shown on the page, YYYY-MM-DD.")
    language: Slug = Field(description="ISO 639-1 code of the page's language, e.g. en, ru, fa.")
    archived_url: Optional[HttpsUrl] = Field(default=None, description="A web-archive copy, if any.")
    note: Optional[Text] = Field(default=None, description="One line that helps a reader judge the source, e.g. "
                                 "'Republishes a Reuters report'. Shown on the site.")
    editor_note: Optional[Verbatim] = Field(default=None, description="Research notes for editors (what was read, "
                                        "how the date was found). Never shown on the site.")

    @model_validator(mode="after")
    def _title_or_description(self):
        if not self.title and not self.description:
            raise ValueError("give the headline as published (title) or, if it was not seen, a description")
        if self.title and self.description:
            raise ValueError("give either the headline as published (title) or a description, not both")
        return self
