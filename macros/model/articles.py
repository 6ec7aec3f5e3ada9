"""Treaty articles (`data/articles/article-NN.yaml`, the preamble in `data/articles/preamble.yaml`)."""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import Field, model_validator

from .base import ArticleNumber, Record, SectorId, SourceId, Sources, StrictDate, Text

Basis = Literal["primary", "secondary", "pending"]

BASIS_HELP = {
    "primary": "Summarized from the treaty text itself",
    "secondary": "Summarized from reports that cite this article by number; not yet checked against the text",
    "pending": "Not yet summarized: no source we could read gives this article's content",
}


class Variant(Record):
    wording: Text = Field(description="The wording in one translation, e.g. 'shall not'.")
    sources: Sources


class TranslationVariant(Record):
    clause: Text = Field(description="Paragraph reference, e.g. 3(3).")
    note: Text = Field(description="Why the difference matters, in own words.")
    variants: list[Variant] = Field(min_length=2)


class Dispute(Record):
    note: Text = Field(description="What the sources disagree on, in own words.")
    sources: Sources


class Article(Record):
    number: ArticleNumber
    title: Optional[Text] = Field(default=None, max_length=80, description="Short title, own words.")
    basis: Basis
    summary: Optional[Text] = Field(default=None, min_length=80, max_length=1400,
                                    description="2–5 sentences, own words.")
    obligations: list[Text] = Field(default_factory=list)
    sectors: list[SectorId] = Field(default_factory=list, max_length=4)
    related: list[ArticleNumber] = Field(default_factory=list)
    misreading: Optional[Text] = Field(default=None, description="What this article does not say.")
    translation_variants: list[TranslationVariant] = Field(default_factory=list)
    disputes: list[Dispute] = Field(default_factory=list)
    sources: list[SourceId] = Field(default_factory=list)
    last_verified: StrictDate

    @model_validator(mode="after")
    def _complete_unless_pending(self):
        if self.basis != "pending":
            missing = [name for name in ("title", "summary") if not getattr(self, name)]
            if not self.sources:
                missing.append("sources")
            if not self.sectors:
                missing.append("sectors")
            if missing:
                raise ValueError(f"a {self.basis} article needs {', '.join(missing)} (or set basis: pending)")
        if self.number in self.related:
            raise ValueError("related must not list the article itself")
        return self

    @property
    def label(self) -> str:
        return "Preamble" if self.number == 0 else f"Article {self.number}"
