"""Regional context topics (`data/context/<id>.yaml`): a neutral account and governments' positions."""

from __future__ import annotations

from pydantic import Field

from .base import Actor, ArticleNumber, Record, SaidStatus, SectorId, Slug, Sources, StrictDate, Text


class Position(Record):
    actor: Actor
    who: Text = Field(description="The body or person who said or did it.")
    date: StrictDate
    position: Text = Field(description="Own-words paraphrase, attributed.")
    said: SaidStatus = Field(description="Whether the statement was made, not whether it is true: on-record | "
                             "reported | disputed | denied.")
    sources: Sources


class Context(Record):
    id: Slug
    title: Text
    summary: list[Text] = Field(min_length=1, description="Short paragraphs, own words, neutral.")
    articles: list[ArticleNumber] = Field(default_factory=list)
    sectors: list[SectorId] = Field(default_factory=list)
    positions: list[Position] = Field(min_length=1)
    last_verified: StrictDate
