"""The key-facts page (/treaty/): an infobox, the ratification record per country, and entry into force."""

from __future__ import annotations

from typing import Mapping

from ..i18n import current as current_lang
from ..model.claims import ContestedClaim
from ..model.treaty import Treaty
from .common import Page, badge, cell, claim_link, esc, lang_span, solar_hijri, table, time_tag, tr

PARTY_NAMES = {"ru": "Russian Federation", "ir": "Islamic Republic of Iran"}
LANGUAGE_NAMES = {"ru": "Russian", "fa": "Persian", "en": "English"}


def unverified() -> str:
    return badge("unverified", "unverified", "Not yet checked against a source we could read")


def status_of(item, claims: Mapping[str, ContestedClaim]) -> str:
    """One status per fact: a key fact that has a claims-ledger entry shows the ledger's status."""
    claim = getattr(item, "claim", None)
    return claims[claim].status if claim else item.status


def infobox(page: Page, treaty: Treaty, claims: Mapping[str, ContestedClaim]) -> str:
    """The key facts as a two-column table, each value followed by its citations."""
    t = treaty
    signers = "; ".join(f"{esc(s.name)}, {esc(s.role)}" for s in t.signed.signatories)
    hijri = solar_hijri(t.signed.date)
    eif = t.entry_into_force
    status = status_of(eif, claims)
    eif_value = (f"{time_tag(eif.date)} {badge(status)}" if eif.date else f"{tr('Not established')} {badge(status)}")
    if eif.conflicting_claims:
        eif_value += " — [" + tr("conflicting claims below") + "](#entry-into-force)"
    UNVERIFIED = unverified()
    rows = [
        (tr("Official title (English)"), f'<span lang="en" dir="ltr">{esc(t.titles.en)}</span>'
         + page.cite(t.titles.sources)),
        (tr("Russian title"), lang_span(t.titles.ru, "ru")),
        (tr("Persian title"), lang_span(t.titles.fa, "fa")),
        (tr("Parties"), tr("{a} and {b}", a=tr(PARTY_NAMES[t.parties[0]]), b=tr(PARTY_NAMES[t.parties[1]]))),
        (tr("Signed"), (tr("{date}, {place}", date=time_tag(t.signed.date), place=esc(t.signed.place))
                        if current_lang() == "fa"   # Persian dates already lead with the Solar Hijri date
                        else tr("{date} ({hijri} in the Solar Hijri calendar), {place}", date=time_tag(t.signed.date),
                                hijri=hijri, place=esc(t.signed.place))) + page.cite(t.signed.sources)),
        (tr("Signatories"), signers + page.cite(t.signed.sources)),
        (tr("Structure"), (tr("A preamble and {n} articles", n=t.structure.articles) if t.structure.preamble
                           else tr("{n} articles", n=t.structure.articles)) + page.cite(t.structure.sources)),
        (tr("Languages"), (tr(", ").join(tr(LANGUAGE_NAMES[code]) for code in t.languages.texts) + tr(". ")
                           if t.languages.texts else UNVERIFIED + " ")
         + esc(t.languages.note) + page.cite(t.languages.sources)),
        (tr("Term"), tr("{n} years; {renewal}", n=t.term.initial_years, renewal=esc(t.term.renewal))
         + page.cite(t.term.sources)),
        (tr("Termination"), esc(t.term.termination) + page.cite(t.term.sources) if t.term.termination
         else UNVERIFIED + " " + tr("The termination clause has not yet been checked against the text.")),
        (tr("Entry-into-force rule"), esc(t.entry_into_force_rule.text) + page.cite(t.entry_into_force_rule.sources)),
        (tr("Entry into force"), eif_value + page.cite(eif.sources)),
    ]
    if t.titles.note:
        rows.insert(1, (tr("Title variants"), esc(t.titles.note) + page.cite(t.titles.sources)))
    if t.replaces:
        rows.append((tr("Replaces"), tr("{name}, signed {date}", name=esc(t.replaces.name),
                                        date=time_tag(t.replaces.signed)) + page.cite(t.replaces.sources)))
    return table([tr("Fact"), tr("Value")], ([f"**{label}**", value.replace("|", "&#124;")] for label, value in rows),
                 css="facts", labels=False)


def ratification(page: Page, treaty: Treaty, claims: Mapping[str, ContestedClaim]) -> str:
    """One table per party: every domestic step with its date, vote and status."""
    out = []
    for record in treaty.ratification:
        out.append(f"### {tr(PARTY_NAMES[record.party])}")
        rows = []
        for step in record.steps:
            tallies = []
            for v in step.votes:
                parts = [tr("{n} for", n=v.in_favor)]
                if v.against is not None:
                    parts.append(tr("{n} against", n=v.against))
                if v.abstentions is not None:
                    parts.append(tr("{n} abstaining", n=v.abstentions))
                if v.present is not None:
                    parts.append(tr("{n} present", n=v.present))
                tallies.append(tr(", ").join(parts) + (f" {badge(v.status)}" if v.status != "confirmed" else "")
                               + page.cite(v.sources))
            vote = "<br>".join(tallies)
            if step.claim:
                vote += claim_link(page, step.claim, claims[step.claim].status)
            rows.append([time_tag(step.date), cell(step.body), cell(step.action), vote or "—",
                         badge(step.status), page.cite(step.sources)])
        out.append(table([tr("Date"), tr("Body"), tr("Step"), tr("Vote"), tr("Status"), tr("Sources")], rows))
    return "\n\n".join(out)


def entry_into_force(page: Page, treaty: Treaty, claims: Mapping[str, ContestedClaim]) -> str:
    eif = treaty.entry_into_force
    when = time_tag(eif.date) if eif.date else tr("not established")
    out = ["**" + tr("Entry into force: {when}", when=when) + f"** {badge(status_of(eif, claims))}",
           esc(eif.summary) + page.cite(eif.sources) + claim_link(page, eif.claim)]
    if eif.conflicting_claims:
        out.append(tr("Other claims about when the treaty took effect:"))
        rows = [[time_tag(c.date), cell(c.by), cell(c.claim), badge(c.status), page.cite(c.sources)]
                for c in eif.conflicting_claims]
        out.append(table([tr("Said on"), tr("Who"), tr("Claim"), tr("Status"), tr("Sources")], rows))
    return "\n\n".join(out)


def treaty_page(page: Page, treaty: Treaty, claims: Mapping[str, ContestedClaim]) -> str:
    """The whole body of /treaty/ (the H1 comes from the page file)."""
    texts = ""
    if treaty.texts:
        items = "\n".join(f"- {esc(link.label)}{page.cite(link.source)}" for link in treaty.texts)
        texts = "## " + tr("Where to read the text") + f"\n\n{items}"
    return "\n\n".join(part for part in [
        "## " + tr("At a glance"),
        infobox(page, treaty, claims),
        "## " + tr("Ratification"),
        tr("Each party approves the treaty through its own domestic procedure and then notifies the other. "
           "The steps below are listed in date order."),
        ratification(page, treaty, claims),
        "## " + tr("Entry into force") + " { #entry-into-force }",
        entry_into_force(page, treaty, claims),
        texts,
    ] if part)
