"""Glossary terms (`data/glossary.yaml`): definitions with Russian and Persian names; they feed the tooltips."""

from __future__ import annotations

import re
from typing import Literal, Optional

from pydantic import Field, field_validator

from .base import ArticleNumber, GlossaryId, Record, SectorId, Slug, Sources, Text

Category = Literal["organization", "agreement", "legal", "institution", "place", "project", "person", "system",
                   "concept"]


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

    @field_validator("ru")
    @classmethod
    def _cyrillic(cls, value: str) -> str:
        if not re.search(r"[\u0400-\u04FF]", value):
            raise ValueError("the Russian name must be written in Cyrillic")
        return value

    @field_validator("fa")
    @classmethod
    def _persian(cls, value: str) -> str:
        if not re.search(r"[\u0600-\u06FF]", value):
            raise ValueError("the Persian name must be written in Persian script")
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
