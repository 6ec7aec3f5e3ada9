"""Accessible SVG bar charts built at build time (no charting script): a title, a description, and the numbers.

The caller puts a table with the same numbers right below each chart.
"""

from __future__ import annotations

from ..model.sectors import Figure
from .common import attr


def _fmt(value: float) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".") if value % 1 else f"{value:,.0f}"


def bar_chart(figure: Figure, chart_id: str) -> str:
    """A horizontal bar chart of the figure's points, one bar per period, labeled with its value."""
    points = figure.points
    bar_h, gap, label_w, value_w, width = 26, 10, 170, 90, 640
    plot_w = width - label_w - value_w
    height = len(points) * (bar_h + gap) + gap
    top = max(max(p.value for p in points), 0) or 1
    desc = "; ".join(f"{p.period}: {_fmt(p.value)} {figure.unit}" for p in points)
    out = [
        f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="100%" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{chart_id}-title">{attr(figure.title)} ({attr(figure.unit)})</title>',
        f'<desc id="{chart_id}-desc">{attr(desc)}</desc>',
    ]
    for i, point in enumerate(points):
        y = gap + i * (bar_h + gap)
        w = max(plot_w * max(point.value, 0) / top, 1)
        out.append(f'<text x="{label_w - 8}" y="{y + bar_h * 0.68:.1f}" text-anchor="end" class="chart__label">'
                   f"{attr(point.period)}</text>")
        out.append(f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_h}" class="chart__bar chart__bar--{point.status}"/>')
        out.append(f'<text x="{label_w + w + 6:.1f}" y="{y + bar_h * 0.68:.1f}" class="chart__value">'
                   f"{_fmt(point.value)}</text>")
    out.append("</svg>")
    return "".join(out)


def value_text(value: float) -> str:
    return _fmt(value)
