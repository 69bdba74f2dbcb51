"""Small charts drawn as SVG on the server and shown as images: no chart library to load in the
browser (the report page renders within its time budget at province scale), nothing fetched from
outside, and an SVG shown through an <img> never runs script. Every label is escaped."""
from __future__ import annotations

from html import escape

FONT = "font-family:'DejaVu Sans',sans-serif"
LEGEND_HEIGHT = 22


def _legend(series: dict[str, str], x: float, y: float) -> str:
    """Coloured squares and names in one row starting at (x, y)."""
    parts = []
    for name, colour in series.items():
        parts.append(f'<rect x="{x:.0f}" y="{y - 9:.0f}" width="10" height="10" fill="{colour}"/>'
                     f'<text x="{x + 14:.0f}" y="{y:.0f}" fill="#31333f">{escape(name)}</text>')
        x += 24 + 7 * len(name)
    return "".join(parts)


def horizontal_bars(rows: list[tuple[str, dict[str, int]]], series: dict[str, str], *, label_width: int = 210,
                    width: int = 620, bar: int = 16) -> str:
    """One stacked bar a row: `rows` are (label, {series name: value}); `series` maps names to colours."""
    if not rows:
        return ""
    top = max(sum(values.values()) for _, values in rows) or 1
    span = width - label_width - 50
    height = len(rows) * (bar + 6) + 4 + LEGEND_HEIGHT
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="100%" viewBox="0 0 {width} {height}" '
             f'style="{FONT};font-size:12px" role="img">']
    for index, (label, values) in enumerate(rows):
        y = 2 + index * (bar + 6)
        shown = label if len(label) <= 34 else label[:33] + "…"
        parts.append(f'<text x="{label_width - 6}" y="{y + bar - 4}" text-anchor="end" fill="#31333f">'
                     f'<title>{escape(label)}</title>{escape(shown)}</text>')
        x = label_width
        for name, colour in series.items():
            value = values.get(name, 0)
            length = span * value / top
            if value:
                parts.append(f'<rect x="{x:.1f}" y="{y}" width="{length:.1f}" height="{bar}" fill="{colour}">'
                             f'<title>{escape(label)} – {escape(name)}: {value}</title></rect>')
            x += length
        parts.append(f'<text x="{x + 4:.1f}" y="{y + bar - 4}" fill="#555">{sum(values.values())}</text>')
    parts.append(_legend(series, label_width, height - 6))
    parts.append("</svg>")
    return "".join(parts)


def weekly_columns(weeks: list[str], stacks: dict[str, list[int]], series: dict[str, str], line: list[int],
                   line_name: str, line_colour: str = "#1f4e99", *, width: int = 900, height: int = 220) -> str:
    """Stacked columns a week (`stacks`: series name → values by week) and a line on its own scale."""
    left, bottom, right = 40, 40 + LEGEND_HEIGHT, 40
    plot_w, plot_h = width - left - right, height - bottom - 10
    step = plot_w / max(len(weeks), 1)
    top = max([sum(v[i] for v in stacks.values()) for i in range(len(weeks))] + [1])
    line_top = max(line + [1])
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="100%" viewBox="0 0 {width} {height}" '
             f'style="{FONT};font-size:11px" role="img">',
             f'<line x1="{left}" y1="{10 + plot_h}" x2="{left + plot_w}" y2="{10 + plot_h}" stroke="#999"/>',
             f'<text x="{left - 4}" y="14" text-anchor="end" fill="#555">{top}</text>',
             f'<text x="{left + plot_w + 4}" y="14" fill="{line_colour}">{line_top}</text>']
    points = []
    for index, week in enumerate(weeks):
        x = left + index * step + step * 0.2
        base = 10 + plot_h
        for name, colour in series.items():
            value = stacks[name][index]
            h = plot_h * value / top
            if value:
                parts.append(f'<rect x="{x:.1f}" y="{base - h:.1f}" width="{step * 0.6:.1f}" height="{h:.1f}" '
                             f'fill="{colour}"><title>{escape(week)} – {escape(name)}: {value}</title></rect>')
            base -= h
        parts.append(f'<text x="{x + step * 0.3:.1f}" y="{height - bottom + 24}" text-anchor="middle" fill="#555">'
                     f'{escape(week[5:])}</text>')  # "W47": the year is in the page's week picker
        points.append(f"{x + step * 0.3:.1f},{10 + plot_h - plot_h * line[index] / line_top:.1f}")
    parts.append(f'<polyline points="{" ".join(points)}" fill="none" stroke="{line_colour}" stroke-width="2"/>')
    parts.append(_legend({**series, line_name: line_colour}, left, height - 6))
    parts.append("</svg>")
    return "".join(parts)
