"""The claims ledger (/claims/): each contested fact with every source's value side by side."""

from __future__ import annotations

from typing import Mapping

from ..model.claims import ContestedClaim
from .common import Page, badge, cell, esc, table, time_tag, value_text


def claims_ledger(page: Page, claims: Mapping[str, ContestedClaim]) -> str:
    out = ["Facts about the treaty on which sources disagree. For each, every value we found is shown with who "
           "gave it and when, followed by the reading this site uses and why.",
           "\n".join(f"- [{esc(c.question)}](#{c.id})" for c in claims.values())]
    for claim in claims.values():
        out.append(f"## {esc(claim.question)} {{ #{claim.id} }}")
        out.append(f"Status: {badge(claim.status)}")
        rows = [[value_text(v.value).replace("|", "&#124;").replace("\n", " "), cell(v.by), time_tag(v.date), page.cite(v.sources)] for v in claim.values]
        out.append(table(["Value", "Who says so", "Said on", "Sources"], rows))
        out.append(f"**Our reading.** {esc(claim.reading)}\n\n**Why.** {esc(claim.reason)}")
    return "\n\n".join(out)
