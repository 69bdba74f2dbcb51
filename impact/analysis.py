"""Which procedures each change touches, how badly and by when (rules in impact/rules.py).

The work is split so that it scales to a national registry: what happened to each document (its
`Change`s) is worked out once per document from the document graph and cached; each procedure
then only looks up the documents it cites.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from impact import rules
from impact.graph import build_graph, chain_documents, changes_to, successors_in_force
from impact.labels import vn_date
from impact.models import Impact, LegalDocument, Procedure

CHANGE_VERBS = {
    "amends": "sửa đổi, bổ sung",
    "replaces": "thay thế",
    "repeals": "bãi bỏ",
    "expires": "tuyên bố hết hiệu lực",
    "guides": "quy định chi tiết, hướng dẫn",
}


@dataclass(frozen=True, slots=True)
class Change:
    """Something that happened to a document, independent of who cites it.

    `changed_articles` are the articles the change touches (empty: the whole document or not
    listed; `partial` says it touches part of the document without knowing which articles);
    `reflected_by` are the documents whose citation shows a procedure already follows
    the change (the trigger and every document that later acted on it).
    """

    trigger: str
    change: str
    changed_articles: tuple[str, ...]
    effective: str | None
    evidence: str
    reflected_by: frozenset[str]
    successor: str | None = None
    parent_lost_effect: dt.date | None = None
    partial: bool = False


def cited_documents(procedure: Procedure) -> dict[str, tuple[tuple[str, ...], str]]:
    """Resolved number → (cited articles, cited line) for the documents a procedure relies on.

    The legal-basis section decides when it cites anything; otherwise every resolved citation of
    the text counts. A law named in the title of another cited document (`in_title`: 'Nghị định số
    01/2013/NĐ-CP ... quy định chi tiết ... Luật Lưu trữ') is not relied on. Articles are the union
    of the pinpoints; one citation without a pinpoint means the procedure relies on the whole
    document (empty tuple).
    """
    resolved = [c for c in procedure.citations if c.resolved and not c.citation.in_title]
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


class ImpactModel:
    """The registry seen as changes: built once from the documents, asked once per procedure."""

    def __init__(self, documents: Iterable[LegalDocument]):
        documents = list(documents)
        self.graph = build_graph(documents)
        self.by_number = {d.number: d for d in documents}
        self.changes = lru_cache(maxsize=None)(self._changes)

    def impacts(self, procedure: Procedure) -> list[Impact]:
        """The impacts of every known change on one procedure."""
        cited = cited_documents(procedure)
        found = []
        for number, (articles, _line) in cited.items():
            for change in self.changes(number):
                if change.reflected_by & cited.keys():
                    continue
                if _known_when_issued(change, procedure):
                    continue
                found.append(Impact(
                    agency=procedure.agency,
                    procedure=procedure.id,
                    procedure_title=procedure.title,
                    cited=number,
                    cited_articles=articles,
                    trigger=change.trigger,
                    change=change.change,
                    severity=rules.severity(change.change, changed_articles=change.changed_articles,
                                            cited_articles=articles, parent_lost_effect=change.parent_lost_effect,
                                            partial=change.partial),
                    due=rules.due_date(change.effective),
                    evidence=change.evidence,
                    effective=change.effective,
                    successor=change.successor,
                ))
        return found

    def _changes(self, number: str) -> tuple[Change, ...]:
        return (*self._direct_changes(number), *self._reported_status(number), *self._parents_lost(number))

    def reflected_by(self, trigger: str) -> frozenset[str]:
        """The documents whose citation shows that a procedure follows the change `trigger` made."""
        return frozenset({trigger, *chain_documents(self.graph, trigger)})

    def _evidence(self, trigger: str, change: str, target: str, stated: str) -> str:
        if stated:
            return stated
        document = self.by_number.get(trigger)
        if document and target in (document.title or ""):
            return document.title
        kind = document.doc_type if document and document.doc_type else "Văn bản"
        return f"{kind} {trigger} {CHANGE_VERBS[change]} {target} (theo lược đồ văn bản của nguồn)."

    def _direct_changes(self, number: str) -> list[Change]:
        successor = None
        found = []
        for trigger, edge in changes_to(self.graph, number):
            change = edge["type"]
            if change in ("replaces", "expires") and successor is None:
                successor = ", ".join(successors_in_force(self.graph, number)) or None
            found.append(Change(
                trigger=trigger,
                change=change,
                changed_articles=tuple(edge["articles"]),
                effective=edge["effective"],
                evidence=self._evidence(trigger, change, number, edge["evidence"]),
                reflected_by=self.reflected_by(trigger),
                successor=successor if change in ("replaces", "expires") else None,
            ))
        return found

    def _reported_status(self, number: str) -> list[Change]:
        """A source reports the document expired (or partly) and no known document explains it."""
        document = self.by_number.get(number)
        if document is None or document.status not in ("expired", "partly_expired"):
            return []
        explaining = ("replaces", "expires", "repeals") if document.status == "expired" else (
            "replaces", "expires", "repeals", "amends")
        if changes_to(self.graph, number, explaining):
            return []
        label, change = ("hết hiệu lực toàn bộ", "expires") if document.status == "expired" else (
            "hết hiệu lực một phần", "repeals")
        since = f" từ ngày {vn_date(document.expires)}" if document.expires else ""
        evidence = (f"Nguồn {document.source or 'sổ đăng ký'} ghi nhận {document.doc_type or 'văn bản'} {number} "
                    f"{label}{since}; chưa xác định được văn bản thay thế.")
        return [Change(trigger=number, change=change, changed_articles=(), effective=document.expires,
                       evidence=evidence, reflected_by=frozenset(), partial=document.status == "partly_expired")]

    def _parents_lost(self, number: str) -> list[Change]:
        """The document details or guides a parent that lost effect."""
        found = []
        node = f"doc:{number}"
        if node not in self.graph:
            return found
        for _, parent_node, edge in self.graph.out_edges(node, data=True):
            if edge.get("type") != "guides":
                continue
            parent = self.graph.nodes[parent_node]["number"]
            for trigger, ending in changes_to(self.graph, parent, ("replaces", "expires")):
                lost = ending["effective"]
                verb = CHANGE_VERBS[ending["type"]]
                evidence = (f"{number} quy định chi tiết, hướng dẫn {parent}; {parent} bị {trigger} {verb}"
                            f"{' từ ngày ' + vn_date(lost) if lost else ''}. {ending['evidence'] or ''}").strip()
                found.append(Change(
                    trigger=trigger,
                    change="parent_expired",
                    changed_articles=(),
                    effective=lost,
                    evidence=evidence,
                    reflected_by=self.reflected_by(trigger),
                    parent_lost_effect=dt.date.fromisoformat(lost) if lost else None,
                    ))
        return found


def analyze(documents: Iterable[LegalDocument], procedures: Iterable[Procedure]) -> list[Impact]:
    """Every impact of the known changes on the given procedures."""
    model = ImpactModel(documents)
    return [impact for procedure in procedures for impact in model.impacts(procedure)]


# Changes that leave the cited document in force: a procedure issued after they took effect was
# written with them in force, so citing the base document is the usual practice, not an error.
# Citing a document that had already lost effect (replaced, expired, repealed) stays an error.
KNOWN_WHEN_ISSUED = ("amends", "guides")


def _known_when_issued(change: Change, procedure: Procedure) -> bool:
    if change.change not in KNOWN_WHEN_ISSUED and not (change.change == "repeals" and change.changed_articles):
        return False
    if not procedure.issued or not change.effective:
        return False
    return change.effective < procedure.issued
