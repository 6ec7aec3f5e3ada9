"""The comparison matrix (/compare/): this treaty against related agreements, every cell sourced."""

from __future__ import annotations

from ..model.comparison import Comparison
from .common import Page, badge, esc, table, value_text


def comparison_page(page: Page, comparison: Comparison) -> str:
    treaties = comparison.treaties
    out = ["Each cell gives a short value and, where it is not confirmed, its status; the details below the matrix "
           "explain each cell with its sources (follow a question's link). “Not in the text” is an answer, not a gap.",
           "## The agreements",
           "\n".join(f"- **{esc(t.short)}**: {esc(t.name)}{page.cite(t.sources)}" for t in treaties),
           "## Matrix"]
    rows = []
    for row in comparison.rows:
        cells = [f"[{esc(row.label)}](#{row.id})"]
        for t in treaties:
            c = row.cells[t.id]
            cells.append(f"{value_text(c.value).replace('|', '&#124;').replace(chr(10), ' ')}"
                         f"{' ' + badge(c.status) if c.status != 'confirmed' else ''}")
        rows.append(cells)
    out.append(table(["Question"] + [esc(t.short) for t in treaties], rows))
    out.append("## Details")
    for row in comparison.rows:
        out.append(f"### {esc(row.label)} {{ #{row.id} }}")
        out.append("\n".join(
            f"- **{esc(t.short)}: {value_text(row.cells[t.id].value)}.** {esc(row.cells[t.id].detail)} "
            f"{badge(row.cells[t.id].status)}{page.cite(row.cells[t.id].sources)}" for t in treaties))
    return "\n\n".join(out)
