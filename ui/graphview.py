"""The dependency graph laid out on the server and drawn as SVG, shown as an image: nothing to load
or compute in the browser (the page renders within its time budget at province scale), nothing
fetched from a CDN, and an SVG shown through an <img> never runs script. Layers are the distance
from the chosen node(s): what it cites and what acts on those read from left to right."""
from __future__ import annotations

from html import escape

import networkx as nx

from impact.labels import CHANGE_LABELS, DOCUMENT_STATUS_LABELS

RELATION_LABELS = {**{k: v for k, v in CHANGE_LABELS.items() if k != "parent_expired"},
                   "based_on": "Căn cứ", "cites": "Viện dẫn"}
STATUS_COLOURS = {"in_force": "#b7e1b0", "not_yet_in_force": "#b9d6f2", "partly_expired": "#fbd38d",
                  "expired": "#f4a3a3", "unknown": "#e2e2e2"}
PROCEDURE_COLOUR = "#d8c8f0"
MAX_NODES = 60
BOX_W, BOX_H, COLUMN_W, ROW_H, MARGIN = 190, 40, 300, 56, 20
FONT = "font-family:'DejaVu Sans',sans-serif"


def node_lines(data: dict) -> tuple[str, str]:
    if data.get("kind") == "procedure":
        return data.get("code") or "", _short(data.get("agency") or "", 28)
    return data.get("doc_type") or "Văn bản", data.get("number") or ""


def node_caption(node: str, data: dict) -> str:
    """One line naming a node, for pickers."""
    if data.get("kind") == "procedure":
        return f"Quy trình {data.get('code')} – {data.get('agency')}: {_short(data.get('title') or '', 60)}"
    status = DOCUMENT_STATUS_LABELS.get(data.get("status") or "unknown", "")
    title = _short(data.get("title") or "", 60) if data.get("known") else "không có trong sổ đăng ký"
    return f"{data.get('doc_type') or 'Văn bản'} {data.get('number')} ({status}): {title}"


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def layers(graph: nx.MultiDiGraph, seeds: list[str]) -> dict[str, int]:
    """Each node's distance from the nearest seed, edges taken either way."""
    present = [s for s in seeds if s in graph]
    if not present:
        return dict.fromkeys(graph.nodes, 0)
    distance = nx.multi_source_dijkstra_path_length(graph.to_undirected(as_view=True), present)
    return {n: distance.get(n, max(distance.values(), default=0) + 1) for n in graph.nodes}


def visible_nodes(graph: nx.MultiDiGraph, seeds: list[str], limit: int = MAX_NODES) -> list[str]:
    """The `limit` nodes nearest the seeds (all of them when the graph is small enough)."""
    if graph.number_of_nodes() <= limit:
        return list(graph.nodes)
    layer = layers(graph, seeds)
    return sorted(graph.nodes, key=lambda n: (layer[n], n))[:limit]


def _positions(graph: nx.MultiDiGraph, nodes: list[str], seeds: list[str]) -> dict[str, tuple[float, float]]:
    """Columns by layer; within a column, nodes ordered by the mean row of their neighbours in the
    previous column (one barycentre sweep keeps most edges from crossing)."""
    sub = graph.subgraph(nodes)
    layer = layers(sub, seeds)
    columns: dict[int, list[str]] = {}
    for node in sorted(nodes, key=lambda n: (sub.nodes[n].get("kind") != "procedure", n)):
        columns.setdefault(layer[node], []).append(node)
    row: dict[str, float] = {}
    for index in sorted(columns):
        column = columns[index]
        if index > 0:
            def barycentre(node: str) -> float:
                near = [row[m] for m in nx.all_neighbors(sub, node) if m in row]
                return sum(near) / len(near) if near else float("inf")

            column.sort(key=barycentre)
        row.update({node: float(i) for i, node in enumerate(column)})
    return {node: (MARGIN + layer[node] * COLUMN_W, MARGIN + row[node] * ROW_H) for node in nodes}


def to_svg(graph: nx.MultiDiGraph, nodes: list[str], *, seeds: list[str], selected: str | None) -> str:
    """The visible part of the graph as an SVG document; every label is escaped."""
    where = _positions(graph, nodes, seeds)
    width = max(x for x, _ in where.values()) + BOX_W + MARGIN if where else 200
    height = max(y for _, y in where.values()) + BOX_H + MARGIN if where else 60
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
             f'viewBox="0 0 {width:.0f} {height:.0f}" style="{FONT};font-size:11px">',
             '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" '
             'orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#555"/></marker></defs>']
    keep = set(nodes)
    labels = []
    drawn: set[tuple[str, str, str]] = set()
    for source, target, data in graph.edges(data=True):
        # a procedure citing one document in two places is one arrow
        if source not in keep or target not in keep or (source, target, data.get("type")) in drawn:
            continue
        drawn.add((source, target, data.get("type")))
        (sx, sy), (tx, ty) = where[source], where[target]
        if abs(sx - tx) < 1:  # same column: an arc on the right
            x1, y1, x2, y2 = sx + BOX_W, sy + BOX_H / 2, tx + BOX_W, ty + BOX_H / 2
            bend = 40 + abs(y2 - y1) / 4
            path = f"M {x1} {y1} C {x1 + bend} {y1}, {x2 + bend} {y2}, {x2} {y2}"
            mx, my = x1 + bend * 0.75, (y1 + y2) / 2
        else:
            forward = tx > sx
            x1 = sx + (BOX_W if forward else 0)
            x2 = tx + (0 if forward else BOX_W)
            y1, y2 = sy + BOX_H / 2, ty + BOX_H / 2
            middle = (x1 + x2) / 2
            path = f"M {x1} {y1} C {middle} {y1}, {middle} {y2}, {x2} {y2}"
            mx, my = middle, (y1 + y2) / 2
        dash = ' stroke-dasharray="5 3"' if data.get("type") == "cites" else ""
        parts.append(f'<path d="{path}" fill="none" stroke="#777" stroke-width="1.2"{dash} marker-end="url(#arrow)"/>')
        label = RELATION_LABELS.get(data.get("type"), data.get("type") or "")
        labels.append(f'<text x="{mx:.0f}" y="{my - 3:.0f}" text-anchor="middle" fill="#333" font-size="10" '
                      f'stroke="#fff" stroke-width="3" paint-order="stroke">{escape(label)}</text>')
    for node in nodes:
        data, (x, y) = graph.nodes[node], where[node]
        procedure = data.get("kind") == "procedure"
        fill = PROCEDURE_COLOUR if procedure else STATUS_COLOURS.get(data.get("status") or "unknown", "#e2e2e2")
        stroke, stroke_width = ("#1f4e99", 3.5) if node == selected else ("#333", 2.2 if node in seeds else 1)
        dash = ' stroke-dasharray="4 3"' if not procedure and not data.get("known") else ""
        first, second = node_lines(data)
        parts.append(f'<rect x="{x}" y="{y}" width="{BOX_W}" height="{BOX_H}" rx="{3 if procedure else 9}" '
                     f'fill="{fill}" stroke="{stroke}" stroke-width="{stroke_width}"{dash}/>'
                     f'<text x="{x + BOX_W / 2}" y="{y + 16}" text-anchor="middle" fill="#222">{escape(first)}</text>'
                     f'<text x="{x + BOX_W / 2}" y="{y + 31}" text-anchor="middle" fill="#222" font-weight="bold">'
                     f'{escape(second)}</text>')
    parts += labels
    parts.append("</svg>")
    return "".join(parts)
