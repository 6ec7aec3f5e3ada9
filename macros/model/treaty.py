"""The treaty's key facts (`data/treaty.yaml`): titles, parties, signing, structure, term, ratification and
entry into force, each fact with its sources."""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import Field, NonNegativeInt, PositiveInt, model_validator

from .base import ClaimId, ClaimStatus, Record, Sources, StrictDate, Text

Party = Literal["ru", "ir"]


class Titles(Record):
    en: Text = Field(description="Official English title.")
    ru: Text = Field(description="Official Russian title (Cyrillic).")
    fa: Text = Field(description="Official Persian title (Persian script).")
    short: Text = Field(description="Short name used across the site.")
    note: Optional[Text] = Field(default=None, description="Variants of the title, e.g. which party is named first.")
    sources: Sources


class Signatory(Record):
    party: Party
    name: Text
    role: Text = Field(description="Office held when signing.")


class Signing(Record):
    date: StrictDate
    place: Text
    signatories: list[Signatory] = Field(min_length=2)
    hijri_in_text: Optional[Text] = Field(
        default=None, description="The Solar Hijri date as printed in the text, if sourced (e.g. 28 Dey 1403).")
    sources: Sources


class Structure(Record):
    preamble: bool
    articles: PositiveInt
    sources: Sources


class Languages(Record):
    texts: list[Literal["ru", "fa", "en"]] = Field(
        default_factory=list, description="Languages the treaty was done in; empty while not verified.")
    note: Text = Field(description="Which texts are authentic and what happens if they diverge, or what is unverified.")
    sources: Sources


class Term(Record):
    initial_years: PositiveInt
    renewal_years: PositiveInt
    renewal: Text = Field(description="How renewal works, in own words.")
    termination: Optional[Text] = Field(default=None, description="How a party can end it; null while unverified.")
    sources: Sources


class EntryIntoForceRule(Record):
    days_after_last_notification: PositiveInt
    text: Text = Field(description="The rule in own words.")
    sources: Sources


class Vote(Record):
    """A reported tally; list several when sources disagree (each with its sources and status)."""

    in_favor: NonNegativeInt
    against: Optional[NonNegativeInt] = None
    abstentions: Optional[NonNegativeInt] = None
    present: Optional[NonNegativeInt] = None
    status: ClaimStatus = "confirmed"
    sources: Sources


class RatificationStep(Record):
    date: StrictDate
    body: Text = Field(description="Who acted, e.g. State Duma, Federation Council, Majlis, Guardian Council.")
    action: Text = Field(description="What they did, in own words.")
    votes: list[Vote] = Field(default_factory=list)
    status: ClaimStatus = "confirmed"
    claim: Optional[ClaimId] = Field(default=None, description="Claims-ledger entry if this step is contested.")
    sources: Sources


class Ratification(Record):
    party: Party
    steps: list[RatificationStep] = Field(min_length=1)

    @model_validator(mode="after")
    def _in_date_order(self):
        dates = [s.date for s in self.steps]
        if dates != sorted(dates):
            raise ValueError("ratification steps must be listed in date order")
        return self


class Claim(Record):
    claim: Text = Field(description="What was claimed, in own words.")
    by: Text = Field(description="Who claimed it.")
    date: StrictDate = Field(description="When the claim was made.")
    status: ClaimStatus
    sources: Sources


class EntryIntoForce(Record):
    date: Optional[StrictDate] = Field(description="The date the site reads as entry into force, or null if unknown.")
    status: Optional[ClaimStatus] = Field(default=None, description="Only when there is no claims-ledger entry "
                                          "(`claim`); otherwise the ledger's status is shown, so the two cannot "
                                          "disagree.")
    summary: Text = Field(description="How the date is established, in own words.")
    claim: Optional[ClaimId] = Field(default=None, description="Claims-ledger entry on the date.")
    sources: Sources
    conflicting_claims: list[Claim] = Field(default_factory=list)

    @model_validator(mode="after")
    def _one_status(self):
        if self.claim and self.status:
            raise ValueError("give either status or claim: with a claims-ledger entry, the ledger's status is shown")
        if not self.claim and not self.status:
            raise ValueError("give a status, or a claims-ledger entry (claim) whose status is shown")
        return self


class Replaces(Record):
    name: Text
    signed: StrictDate
    sources: Sources


class TextLink(Record):
    label: Text
    source: Sources = Field(description="Source ids of the text (official first).")


class Treaty(Record):
    titles: Titles
    parties: list[Party] = Field(min_length=2, max_length=2)
    signed: Signing
    structure: Structure
    languages: Languages
    term: Term
    entry_into_force_rule: EntryIntoForceRule
    ratification: list[Ratification] = Field(min_length=1)
    entry_into_force: EntryIntoForce
    replaces: Optional[Replaces] = None
    texts: list[TextLink] = Field(default_factory=list, description="Where to read the full text.")
    last_verified: StrictDate
