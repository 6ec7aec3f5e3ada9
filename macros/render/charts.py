"""Bar charts built at build time as HTML and CSS (no charting script, no SVG): the text stays at reading size on
a phone, every bar has its value and, where it is not confirmed, its status in words, and a legend explains
the colours. The caller puts a table with the same numbers and their sources right below each chart."""

from __future__ import annotations

from ..model.sectors import Figure
from .common import BADGES, attr, esc


def _fmt(value: float) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".") if value % 1 else f"{value:,.0f}"


def value_text(value: float) -> str:
    return _fmt(value)


def bar_chart(figure: Figure, chart_id: str) -> str:
    """One row per point: its period, a bar as long as its share of the largest value, the value, the status."""
    top = max(max(abs(p.value) for p in figure.points), 0) or 1
    rows = []
    for point in figure.points:
        width = max(100 * abs(point.value) / top, 0.5)
        status = "" if point.status == "confirmed" else f' <span class="bars__status">{esc(point.status)}</span>'
        rows.append(f'<li class="bars__row bars__row--{attr(point.status)}"><span class="bars__label">'
                    f'{esc(point.period)}</span><span class="bars__track" aria-hidden="true"><span class="bars__bar" '
                    f'style="width: {width:.1f}%"></span></span><span class="bars__value">{_fmt(point.value)}'
                    f"{status}</span></li>")
    warning = ("" if figure.comparable else
               '<p class="bars__warning"><strong>Not a time series:</strong> these bars cover periods of different '
               "length or kind, so their heights are not directly comparable.</p>")
    statuses = sorted({p.status for p in figure.points}, key=list(BADGES["claim"]).index)
    legend = " ".join(f'<span class="bars__key bars__key--{s}"></span> {BADGES["claim"][s][0]}' for s in statuses)
    return (f'<figure class="bars" id="{attr(chart_id)}" data-search-exclude>'
            f'<figcaption>{esc(figure.unit)}</figcaption>{warning}'
            f'<ul class="bars__list">{"".join(rows)}</ul>'
            f'<p class="bars__legend">Bar colour: {legend}</p></figure>')
