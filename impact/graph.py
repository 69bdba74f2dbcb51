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
            if not item.resolved:
                continue
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
