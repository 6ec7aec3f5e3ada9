"""Reader questions (`data/faq.yaml`): short answers in own words that cite articles and sources."""

from __future__ import annotations

from pydantic import Field

from .base import ArticleNumber, PagePath, Record, Slug, Sources, StrictDate, Text


class Question(Record):
    id: Slug
    question: Text
    answer: list[Text] = Field(min_length=1, description="One to three short paragraphs, own words.")
    articles: list[ArticleNumber] = Field(default_factory=list, description="Articles the answer relies on.")
    see_also: list[PagePath] = Field(default_factory=list, description="Site pages, as page files (e.g. compare.md, "
                                     "sectors/energy.md#ledger).")
    sources: Sources
    last_verified: StrictDate
