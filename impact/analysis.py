"""Which procedures each change touches: walks the dependency graph and applies impact/rules.py."""
from __future__ import annotations

import datetime as dt
from typing import Iterable

import networkx as nx

from impact import rules
from impact.graph import build_graph, chain_documents, changes_to, successors_in_force
from impact.models import Impact, LegalDocument, Procedure

CHANGE_VERBS = {
    "amends": "sửa đổi, bổ sung",
    "replaces": "thay thế",
    "repeals": "bãi bỏ",
    "expires": "tuyên bố hết hiệu lực",
    "guides": "quy định chi tiết, hướng dẫn",
}


def cited_documents(procedure: Procedure) -> dict[str, tuple[tuple[str, ...], str]]:
    """Resolved number → (cited articles, cited line) for the documents a procedure relies on.

    The legal-basis section decides when it cites anything; otherwise every resolved citation of
    the text counts. Articles are the union of the pinpoints; one citation without a pinpoint means
    the procedure relies on the whole document (empty tuple).
    """
    resolved = [c for c in procedure.citations if c.resolved]
    in_basis = [c for c in resolved if c.in_legal_basis]
    chosen = in_basis or resolved
    articles: dict[str, list[str] | None] = {}
    lines: dict[str, str] = {}
    for item in chosen:
        number = item.resolved
        lines.setdefault(number, item.line)
        if not item.citation.articles:
            articles[number] = None
        elif articles.get(number, []) is not None:
            articles[number] = list(dict.fromkeys([*articles.get(number, []), *item.citation.articles]))
    return {number: (tuple(arts or ()), lines[number]) for number, arts in articles.items()}


def analyze(documents: Iterable[LegalDocument], procedures: Iterable[Procedure], *,
            since: dt.date | None = None) -> list[Impact]:
    """Every impact of the known changes on the given procedures (only changes issued or taking
    effect on or after `since`, when given)."""
    documents = list(documents)
    procedures = list(procedures)
    graph = build_graph(documents, procedures)
    by_number = {d.number: d for d in documents}
    impacts: list[Impact] = []
    for procedure in procedures:
        cited = cited_documents(procedure)
        for number, (articles, _line) in cited.items():
            context = _Context(graph, by_number, procedure, number, articles, set(cited), since)
            impacts.extend(context.direct_changes())
            impacts.extend(context.reported_status())
            impacts.extend(context.parents_lost())
    return impacts


class _Context:
    """One cited document of one procedure, and the graph around it."""

    def __init__(self, graph: nx.MultiDiGraph, by_number: dict[str, LegalDocument], procedure: Procedure,
                 number: str, articles: tuple[str, ...], cited: set[str], since: dt.date | None):
        self.graph, self.by_number, self.procedure = graph, by_number, procedure
        self.number, self.articles, self.cited, self.since = number, articles, cited, since

    def _reflected(self, trigger: str) -> bool:
        return trigger in self.cited or bool(chain_documents(self.graph, trigger) & self.cited)

    def _in_window(self, trigger: str) -> bool:
        if self.since is None:
            return True
        document = self.by_number.get(trigger)
        dates = [d for d in (document.issued, document.effective) if d] if document else []
        return any(dt.date.fromisoformat(d) >= self.since for d in dates)

    def _impact(self, *, trigger: str, change: str, severity: str, effective: str | None, evidence: str,
                successor: str | None = None) -> Impact:
        return Impact(
            agency=self.procedure.agency,
            procedure=self.procedure.id,
            procedure_title=self.procedure.title,
            cited=self.number,
            cited_articles=self.articles,
            trigger=trigger,
            change=change,
            severity=severity,
            due=rules.due_date(effective),
            evidence=evidence,
            effective=effective,
            successor=successor,
        )

    def _evidence(self, trigger: str, change: str, target: str, stated: str) -> str:
        if stated:
            return stated
        document = self.by_number.get(trigger)
        if document and target in (document.title or ""):
            return document.title
        kind = document.doc_type if document and document.doc_type else "Văn bản"
        return f"{kind} {trigger} {CHANGE_VERBS[change]} {target} (theo lược đồ văn bản của nguồn)."

    def _successor(self) -> str | None:
        newest = successors_in_force(self.graph, self.number)
        return ", ".join(newest) or None

    def direct_changes(self) -> list[Impact]:
        found = []
        for trigger, edge in changes_to(self.graph, self.number):
            if self._reflected(trigger) or not self._in_window(trigger):
                continue
            change = edge["type"]
            found.append(self._impact(
                trigger=trigger,
                change=change,
                severity=rules.severity(change, changed_articles=edge["articles"], cited_articles=self.articles),
                effective=edge["effective"],
                evidence=self._evidence(trigger, change, self.number, edge["evidence"]),
                successor=self._successor() if change in ("replaces", "expires") else None,
            ))
        return found

    def reported_status(self) -> list[Impact]:
        """A source reports the document expired (or partly) and no known document explains it."""
        document = self.by_number.get(self.number)
        if document is None or document.status not in ("expired", "partly_expired"):
            return []
        explaining = ("replaces", "expires", "repeals") if document.status == "expired" else (
            "replaces", "expires", "repeals", "amends")
        if changes_to(self.graph, self.number, explaining) or not self._in_window(self.number):
            return []
        if document.status == "expired":
            label, change, severity = "hết hiệu lực toàn bộ", "expires", "high"
        else:
            label, change = "hết hiệu lực một phần", "repeals"
            severity = rules.severity(change, changed_articles=(), cited_articles=self.articles)
            severity = "medium" if severity == "high" and not self.articles else severity
        since = f" từ ngày {_vn_date(document.expires)}" if document.expires else ""
        evidence = (f"Nguồn {document.source or 'sổ đăng ký'} ghi nhận {document.doc_type or 'văn bản'} {self.number} "
                    f"{label}{since}; chưa xác định được văn bản thay thế.")
        return [self._impact(trigger=self.number, change=change, severity=severity,
                             effective=document.expires, evidence=evidence)]

    def parents_lost(self) -> list[Impact]:
        """The cited document details or guides a parent that lost effect."""
        found = []
        node = f"doc:{self.number}"
        for _, parent_node, edge in self.graph.out_edges(node, data=True):
            if edge.get("type") != "guides":
                continue
            parent = self.graph.nodes[parent_node]["number"]
            for trigger, ending in changes_to(self.graph, parent, ("replaces", "expires")):
                if self._reflected(trigger) or not self._in_window(trigger):
                    continue
                lost = ending["effective"]
                lost_date = dt.date.fromisoformat(lost) if lost else None
                verb = CHANGE_VERBS[ending["type"]]
                evidence = (f"{self.number} quy định chi tiết, hướng dẫn {parent}; {parent} bị {trigger} {verb}"
                            f"{' từ ngày ' + _vn_date(lost) if lost else ''}. "
                            f"{ending['evidence'] or ''}").strip()
                found.append(self._impact(
                    trigger=trigger,
                    change="parent_expired",
                    severity=rules.severity("parent_expired", parent_lost_effect=lost_date),
                    effective=lost,
                    evidence=evidence,
                ))
        return found


def _vn_date(iso: str | None) -> str:
    return dt.date.fromisoformat(iso).strftime("%d/%m/%Y") if iso else ""
