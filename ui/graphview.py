"""The dependency graph drawn as Graphviz DOT (Streamlit renders it in the browser with its bundled
Graphviz, so nothing is fetched from a CDN). Labels are quoted DOT strings, drawn as SVG text: a
title from a source cannot become markup."""
from __future__ import annotations

import networkx as nx

from impact.labels import CHANGE_LABELS, DOCUMENT_STATUS_LABELS

RELATION_LABELS = {**{k: v for k, v in CHANGE_LABELS.items() if k != "parent_expired"},
                   "based_on": "Căn cứ", "cites": "Viện dẫn"}
STATUS_COLOURS = {"in_force": "#b7e1b0", "not_yet_in_force": "#b9d6f2", "partly_expired": "#fbd38d",
                  "expired": "#f4a3a3", "unknown": "#e2e2e2"}
PROCEDURE_COLOUR = "#d8c8f0"
MAX_NODES = 60


def node_label(data: dict) -> str:
    if data.get("kind") == "procedure":
        return f"{data.get('code')}\n{_short(data.get('agency') or '', 28)}"
    kind = data.get("doc_type") or ""
    return f"{kind}\n{data.get('number')}".strip()


def node_caption(node: str, data: dict) -> str:
    """One line naming a node, for pickers."""
    if data.get("kind") == "procedure":
        return f"Quy trình {data.get('code')} – {data.get('agency')}: {_short(data.get('title') or '', 60)}"
    status = DOCUMENT_STATUS_LABELS.get(data.get("status") or "unknown", "")
    title = _short(data.get("title") or "", 60) if data.get("known") else "không có trong sổ đăng ký"
    return f"{data.get('doc_type') or 'Văn bản'} {data.get('number')} ({status}): {title}"


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def visible_nodes(graph: nx.MultiDiGraph, seeds: list[str], limit: int = MAX_NODES) -> list[str]:
    """The `limit` nodes nearest the seeds (all of them when the graph is small enough)."""
    if graph.number_of_nodes() <= limit:
        return list(graph.nodes)
    distance = nx.multi_source_dijkstra_path_length(graph.to_undirected(as_view=True), [s for s in seeds if s in graph])
    ordered = sorted(graph.nodes, key=lambda n: (distance.get(n, 99), n))
    return ordered[:limit]


def to_dot(graph: nx.MultiDiGraph, nodes: list[str], *, seeds: list[str], selected: str | None) -> str:
    keep = set(nodes)
    lines = ["digraph G {", "rankdir=LR;", 'graph [fontname="DejaVu Sans", bgcolor="transparent"];',
             'node [fontname="DejaVu Sans", fontsize=10, style="filled", shape=box];',
             'edge [fontname="DejaVu Sans", fontsize=9, color="#555555"];']
    for index, node in enumerate(nodes):
        data = graph.nodes[node]
        procedure = data.get("kind") == "procedure"
        colour = PROCEDURE_COLOUR if procedure else STATUS_COLOURS.get(data.get("status") or "unknown", "#e2e2e2")
        attributes = [f"label={_quote(node_label(data))}", f'fillcolor="{colour}"',
                      f"tooltip={_quote(node_caption(node, data))}",
                      f'shape={"box" if procedure else "note"}']
        if not procedure and not data.get("known"):
            attributes.append('style="filled,dashed"')
        if node in seeds:
            attributes.append("penwidth=2.5")
        if node == selected:
            attributes += ["penwidth=4", 'color="#1f4e99"']
        lines.append(f"n{index} [{', '.join(attributes)}];")
    ids = {node: f"n{i}" for i, node in enumerate(nodes)}
    for source, target, data in graph.edges(data=True):
        if source in keep and target in keep:
            label = RELATION_LABELS.get(data.get("type"), data.get("type") or "")
            style = ', style="dashed"' if data.get("type") == "cites" else ""
            lines.append(f"{ids[source]} -> {ids[target]} [label={_quote(label)}{style}];")
    lines.append("}")
    return "\n".join(lines)
