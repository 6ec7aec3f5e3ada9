"""Outlets (`data/outlets.yaml`): every publisher a source comes from, with its kind stated once.

A source names its outlet by id, so an outlet's kind, country and affiliation cannot differ from one source to
the next. Kinds are what a reader needs to weigh a source, not a verdict on its accuracy.
"""

from __future__ import annotations

from typing import Annotated, Literal, Optional

from pydantic import Field, StringConstraints, model_validator

from .base import HttpsUrl, Record, Slug, SourceId, Text, Verbatim

OutletKind = Literal["official", "state-media", "state-aligned", "independent-media", "analysis", "republisher",
                     "blog"]

KIND_LABELS: dict[str, str] = {
    "official": "Official",
    "state-media": "State media",
    "state-aligned": "State-aligned or party-affiliated media",
    "independent-media": "Independent media",
    "analysis": "Analysis",
    "republisher": "Republisher",
    "blog": "Blog",
}

KIND_HELP: dict[str, str] = {
    "official": "A government, parliament, ministry or international organization speaking for itself.",
    "state-media": "Owned or controlled by a state (the state is named).",
    "state-aligned": "Privately or institutionally owned, but aligned with a government, a party, an armed "
                     "movement or a state body (the affiliation is named).",
    "independent-media": "A news organization not owned or controlled by a state or a party.",
    "analysis": "A think tank, a university, a scholar or a specialist research publication.",
    "republisher": "A site that republishes others' reports or documents (what it republishes is named).",
    "blog": "A personal or group blog, a newsletter or a forum post.",
}

Country = Annotated[str, StringConstraints(pattern=r"^([a-z]{2}|eu|un|iaea|gcc)$")]

_NEEDS_COUNTRY = ("official", "state-media", "state-aligned")
_NEEDS_AFFILIATION = ("state-aligned", "republisher")


class Outlet(Record):
    id: Slug = Field(description="Unique id, e.g. tass, irna, reuters.")
    name: Verbatim = Field(description="The outlet's name as it writes it, e.g. TASS, Islamic Republic News Agency.")
    kind: OutletKind = Field(description=" | ".join(KIND_LABELS))
    country: Optional[Country] = Field(
        default=None, description="Where it is based; for official, state and state-aligned outlets the state "
        "behind it. ISO 3166 two-letter code in lowercase (ru, ir, us ...), or eu, un, iaea, gcc.")
    affiliation: Optional[Text] = Field(
        default=None, description="Ownership or affiliation in one line, for readers (required for state-aligned "
        "and republisher outlets), e.g. 'Owned by the Islamic Revolutionary Guard Corps'.")
    sources: list[SourceId] = Field(default_factory=list,
                                    description="Sources for the affiliation, where one was read.")
    url: Optional[HttpsUrl] = Field(default=None, description="Home page.")

    @model_validator(mode="after")
    def _kind_needs(self):
        if self.kind in _NEEDS_COUNTRY and self.country is None:
            raise ValueError(f"country is required for kind {self.kind!r} (whose state is behind it?)")
        if self.kind in _NEEDS_AFFILIATION and self.affiliation is None:
            raise ValueError(f"affiliation is required for kind {self.kind!r} (aligned with whom, or "
                             "republishing what?)")
        return self

    @property
    def label(self) -> str:
        """The kind as a reader sees it beside a citation, e.g. 'State media, Russia'."""
        from .base import ACTOR_NAMES

        kind = KIND_LABELS[self.kind]
        if self.country and self.kind in _NEEDS_COUNTRY:
            kind += f", {ACTOR_NAMES.get(self.country, self.country.upper())}"
        return kind
