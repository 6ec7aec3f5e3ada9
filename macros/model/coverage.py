"""What the treaty covers, by theme (`data/coverage/*.yaml`): provisions that sources report, each attributed.

Many provisions are reported without their article number. An item states what a source says the treaty covers;
`articles` lists the article numbers only where a cited source ties the provision to that number.
"""

from __future__ import annotations

from pydantic import Field

from .base import ArticleNumber, Record, SectorId, Slug, Sources, StrictDate, Text


class CoverageItem(Record):
    id: Slug = Field(description="Unique id, e.g. payments-national-currencies.")
    sector: SectorId = Field(description="The theme: a sector id from data/sectors/.")
    statement: Text = Field(min_length=40, max_length=600, description="What the sources report the treaty "
                            "covers, in your own words and attributed (e.g. 'Reuters reported that ...').")
    articles: list[ArticleNumber] = Field(
        default_factory=list, description="Article numbers, only where a cited source gives the number for this "
        "provision; leave empty when the number is not confirmed.")
    sources: Sources
    last_verified: StrictDate
