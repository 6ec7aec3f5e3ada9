"""Timeline events (`data/timeline/*.yaml`): dated, categorized, sourced; sector and context pages show slices."""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from pydantic import BeforeValidator, Field, field_validator
from typing_extensions import Annotated

from .base import Actor, ArticleNumber, ClaimStatus, ContextId, Record, SectorId, Slug, Sources, StrictDate, Text

Category = Literal["treaty", "ratification", "diplomacy", "military", "nuclear", "sanctions", "economy", "conflict"]

CATEGORY_LABELS = {
    "treaty": "Treaty", "ratification": "Ratification", "diplomacy": "Diplomacy", "military": "Military",
    "nuclear": "Nuclear", "sanctions": "Sanctions", "economy": "Economy", "conflict": "Conflict",
}

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class Event(Record):
    id: Slug
    date: Annotated[str, BeforeValidator(str)] = Field(
        description='"YYYY-MM-DD", or "YYYY-MM" (month precision), or "YYYY" (year precision).')
    title: Text = Field(max_length=120)
    summary: Text = Field(max_length=700)
    category: Category
    actors: list[Actor] = Field(min_length=1)
    articles: list[ArticleNumber] = Field(default_factory=list)
    sectors: list[SectorId] = Field(default_factory=list)
    context: list[ContextId] = Field(default_factory=list)
    status: ClaimStatus
    sources: Sources
    last_verified: StrictDate = Field(description="When an editor last checked this entry against its sources.")

    @field_validator("date")
    @classmethod
    def _valid_partial_date(cls, value: str) -> str:
        match = _PARTIAL_DATE.match(value)
        if not match:
            raise ValueError("must be YYYY-MM-DD, YYYY-MM or YYYY")
        year, month, day = (int(g) if g else None for g in match.groups())
        date(year, month or 1, day or 1)  # raises ValueError for impossible dates
        return value

    @property
    def precision(self) -> Literal["day", "month", "year"]:
        return {1: "year", 2: "month", 3: "day"}[len(self.date.split("-"))]

    @property
    def start(self) -> date:
        """The first day the event can refer to (for sorting and the Solar Hijri date)."""
        parts = [int(p) for p in self.date.split("-")] + [1, 1]
        return date(parts[0], parts[1], parts[2])
