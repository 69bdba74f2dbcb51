"""The dependency graph: documents and procedures as nodes, what links them as edges (networkx).

Node ids: "doc:<number>" for a legal document, "proc:<agency>/<code>" for a procedure.
Document edges point from the newer document to the older one it acts on (type amends, replaces,
repeals, expires, guides, based_on); procedure edges point from the procedure to what it cites
(type cites). A relation target missing from the registry still gets a node (known=False).
"""
from __future__ import annotations

from typing import Iterable

import networkx as nx

from impact.models import LegalDocument, Procedure

CHANGE_RELATIONS = ("amends", "replaces", "repeals", "expires", "guides")
ENDING_RELATIONS = ("replaces", "expires")


def document_node(number: str) -> str:
    return f"doc:{number}"


def procedure_node(agency: str, code: str) -> str:
    return f"proc:{agency}/{code}"


def build_graph(documents: Iterable[LegalDocument], procedures: Iterable[Procedure] = ()) -> nx.MultiDiGraph:
    """The whole graph of the given documents and procedures."""
    graph = nx.MultiDiGraph()
    documents = list(documents)
    for document in documents:
        graph.add_node(
            document_node(document.number),
            kind="document",
            known=True,
            number=document.number,
            doc_type=document.doc_type,
            issuer=document.issuer,
            title=document.title,
            issued=document.issued,
            effective=document.effective,
            expires=document.expires,
            status=document.status,
        )
    for document in documents:
        source = document_node(document.number)
        for relation in document.relations or ():
            target = document_node(relation.target)
            if target not in graph:
                graph.add_node(target, kind="document", known=False, number=relation.target, status="unknown")
            if graph.has_edge(source, target, key=relation.type):
                # One edge per change type: a document that states it in several places (one
                # relation per amending article) changes the union of what they name; one that
                # names no article changes the whole document.
                edge = graph.edges[source, target, relation.type]
                if edge["articles"] and relation.articles:
                    edge["articles"] = list(dict.fromkeys([*edge["articles"], *relation.articles]))
                else:
                    edge["articles"] = []
                if relation.evidence and relation.evidence not in edge["evidence"]:
                    edge["evidence"] = f"{edge['evidence']} {relation.evidence}".strip()
                continue
            graph.add_edge(
                source,
                target,
                key=relation.type,
                type=relation.type,
                articles=list(relation.articles),
                evidence=relation.evidence,
                effective=relation.effective or document.effective or document.issued,
            )
    for procedure in procedures:
        node = procedure_node(procedure.agency, procedure.id)
        graph.add_node(node, kind="procedure", agency=procedure.agency, code=procedure.id, title=procedure.title,
                       version=procedure.version)
        for item in procedure.citations:
            if not item.resolved or item.citation.in_title:
                continue  # a law named in another cited document's title is not cited
            target = document_node(item.resolved)
            if target not in graph:
                graph.add_node(target, kind="document", known=False, number=item.resolved, status="unknown")
            graph.add_edge(node, target, type="cites", articles=list(item.citation.articles), line=item.line,
                           in_legal_basis=item.in_legal_basis)
    return graph


def changes_to(graph: nx.MultiDiGraph, number: str, types: Iterable[str] = CHANGE_RELATIONS):
    """(newer document number, edge data) for each change another document makes to `number`."""
    node = document_node(number)
    if node not in graph:
        return []
    wanted = set(types)
    return [
        (graph.nodes[source]["number"], data)
        for source, _, data in graph.in_edges(node, data=True)
        if data.get("type") in wanted
    ]


def successors_in_force(graph: nx.MultiDiGraph, number: str) -> list[str]:
    """The documents that replaced `number`, followed down the chain to the newest ones.

    A document replaced twice (A → B → C) gives [C]; a document replaced by two (split) gives both.
    Cycles in bad data end the walk.
    """
    newest: list[str] = []
    seen = {number}
    frontier = [number]
    while frontier:
        current = frontier.pop()
        replacers = [n for n, data in changes_to(graph, current, ENDING_RELATIONS)]
        replacers = [n for n in replacers if n not in seen]
        if not replacers and current != number:
            newest.append(current)
        for replacer in replacers:
            seen.add(replacer)
            frontier.append(replacer)
    return sorted(set(newest))


def chain_documents(graph: nx.MultiDiGraph, number: str) -> set[str]:
    """Every document that amends, replaces, repeals or declares expired `number`, and the ones
    acting on those in turn: citing any of them shows the procedure already follows the change."""
    found: set[str] = set()
    frontier = [number]
    while frontier:
        current = frontier.pop()
        for newer, _ in changes_to(graph, current, ("amends", "replaces", "repeals", "expires")):
            if newer not in found and newer != number:
                found.add(newer)
                frontier.append(newer)
    return found


def neighbourhood(graph: nx.MultiDiGraph, seeds: Iterable[str], *, depth: int = 1,
                  relations: Iterable[str] | None = None) -> nx.MultiDiGraph:
    """The part of the graph within `depth` steps of the seed nodes, edges followed either way,
    only through edges whose type is in `relations` when given."""
    wanted = set(relations) if relations is not None else None
    reached = {s for s in seeds if s in graph}
    frontier = set(reached)
    for _ in range(depth):
        following = set()
        for node in frontier:
            for source, target, data in (*graph.out_edges(node, data=True), *graph.in_edges(node, data=True)):
                if wanted is None or data.get("type") in wanted:
                    following.update((source, target))
        frontier = following - reached
        reached |= following
    sub = graph.subgraph(reached).copy()
    if wanted is not None:
        sub.remove_edges_from([(u, v, k) for u, v, k, data in sub.edges(keys=True, data=True)
                               if data.get("type") not in wanted])
    return sub


def agency_nodes(graph: nx.MultiDiGraph, agency: str) -> list[str]:
    return [n for n, data in graph.nodes(data=True) if data.get("kind") == "procedure" and data.get("agency") == agency]


GRAPH_FORMATS = ("graphml", "gexf", "json")


def export_graph(graph: nx.MultiDiGraph, fmt: str) -> bytes:
    """The graph as GraphML, GEXF or node-link JSON. GraphML and GEXF hold scalar attributes only,
    so lists become "; "-joined text and missing values are left out."""
    import io
    import json

    if fmt == "json":
        return json.dumps(nx.node_link_data(graph, edges="edges"), ensure_ascii=False, indent=1).encode("utf-8")
    if fmt not in GRAPH_FORMATS:
        raise ValueError(f"unknown graph format: {fmt}")
    flat = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        flat.add_node(node, **_scalars(data))
    for source, target, key, data in graph.edges(keys=True, data=True):
        flat.add_edge(source, target, key=key, **_scalars(data))
    buffer = io.BytesIO()
    (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(flat, buffer)
    return buffer.getvalue()


def _scalars(data: dict) -> dict:
    flat = {}
    for name, value in data.items():
        if value is None:
            continue
        flat[name] = "; ".join(map(str, value)) if isinstance(value, (list, tuple, set)) else value
    return flat
