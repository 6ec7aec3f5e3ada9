"""Sectors (`data/sectors/<id>.yaml`): what the treaty says about a field, an implementation ledger, figures."""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import Field

from .base import ArticleNumber, ClaimId, ClaimStatus, Record, Slug, Sources, StrictDate, Text

LedgerStatus = Literal["not-started", "in-progress", "delivered", "stalled", "unclear"]

LEDGER_HELP = {
    "not-started": "No sign of work beginning",
    "in-progress": "Work under way according to the sources",
    "delivered": "Done, according to the sources",
    "stalled": "Announced but held up or reversed",
    "unclear": "Sources conflict or say too little to judge",
}


class ArticleGist(Record):
    number: ArticleNumber
    gist: Text = Field(max_length=240)


class LedgerRow(Record):
    commitment: Text
    articles: list[ArticleNumber] = Field(default_factory=list)
    status: LedgerStatus
    evidence: Text
    sources: Sources
    last_verified: StrictDate


class Point(Record):
    period: Text = Field(description="Exact period label, e.g. '2024 Jan–Oct'.")
    value: float
    status: ClaimStatus
    sources: Sources


class Figure(Record):
    id: Slug
    title: Text
    unit: Text
    note: Optional[Text] = None
    claim: Optional[ClaimId] = Field(default=None, description="Claims-ledger entry if the figures are contested.")
    comparable: bool = Field(default=True, description="false when the points cover periods of different length or "
                             "kind (a full year beside nine months): the chart then says so and draws no common "
                             "scale as a series.")
    points: list[Point] = Field(min_length=1)


class Sector(Record):
    id: Slug
    title: Text
    intro: Text
    articles: list[ArticleGist] = Field(default_factory=list)
    ledger: list[LedgerRow] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    last_verified: StrictDate
