"""The claims ledger (`data/claims.yaml`): contested facts with every source's value side by side."""

from __future__ import annotations

from pydantic import Field

from .base import ClaimStatus, Record, Slug, Sources, StrictDate, Text


class ClaimValue(Record):
    value: Text
    by: Text = Field(description="Who says so.")
    date: StrictDate = Field(description="When they said it.")
    sources: Sources


class ContestedClaim(Record):
    id: Slug
    question: Text
    status: ClaimStatus
    values: list[ClaimValue] = Field(min_length=2)
    reading: Text = Field(description="The site's reading, own words.")
    reason: Text = Field(description="Why the site reads it that way.")
    last_verified: StrictDate = Field(description="When an editor last checked this entry against its sources.")
