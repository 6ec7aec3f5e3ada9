"""Glossary terms (`data/glossary.yaml`): definitions with Russian and Persian names; they feed the tooltips."""

from __future__ import annotations

import re
from typing import Literal, Optional

from pydantic import Field, field_validator

from .base import ArticleNumber, GlossaryId, Record, SectorId, Slug, Sources, StrictDate, Text

Category = Literal["organization", "agreement", "legal", "institution", "place", "project", "person", "system",
                   "concept"]


SCRIPTS = {"ru": ("Cyrillic", r"[\u0400-\u04FF]"), "fa": ("Persian script", r"[\u0600-\u06FF]")}
LANGUAGE = {"ru": "Russian", "fa": "Persian"}


class Term(Record):
    id: Slug
    term: Text
    abbr: Optional[Text] = Field(default=None, max_length=16)
    aliases: list[Text] = Field(default_factory=list)
    category: Category
    short: Text = Field(max_length=160, description="One line, used as the tooltip.")
    definition: Text
    ru: Text = Field(description="Russian name in Cyrillic.")
    ru_translit: Optional[Text] = None
    fa: Text = Field(description="Persian name in Persian script.")
    fa_translit: Optional[Text] = None
    unverified_names: list[Literal["ru", "fa"]] = Field(
        default_factory=list, description="Names given in their standard form but not yet seen in a dated source.")
    related: list[GlossaryId] = Field(default_factory=list)
    articles: list[ArticleNumber] = Field(default_factory=list)
    sectors: list[SectorId] = Field(default_factory=list)
    sources: Sources
    last_verified: StrictDate = Field(description="When an editor last checked this entry against its sources.")

    @field_validator("ru", "fa")
    @classmethod
    def _native_script(cls, value: str, info) -> str:
        script, letters = SCRIPTS[info.field_name]
        if not re.search(letters, value):
            raise ValueError(f"the {LANGUAGE[info.field_name]} name must be written in {script}")
        return value

    @field_validator("abbr")
    @classmethod
    def _abbreviation(cls, value: Optional[str]) -> Optional[str]:
        if value is not None and not re.fullmatch(r"[A-Z0-9][A-Za-z0-9+&.\- ]*[A-Z0-9+]", value):
            raise ValueError("abbr must be a real abbreviation (capitals, e.g. SCO, JCPOA)")
        return value

    @property
    def anchor(self) -> str:
        return self.id
