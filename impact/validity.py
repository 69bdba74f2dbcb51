"""Point in time: which documents of a procedure's legal basis were in force on a given day."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable

from impact.analysis import cited_documents
from impact.graph import build_graph, changes_to
from impact.models import LegalDocument, Procedure

STATES = ("in_force", "not_yet_in_force", "expired", "unknown")


@dataclass(frozen=True, slots=True)
class DocumentState:
    """A cited document on one day. `ended_by` names the document that ended it (or the source's
    expiry date when no document is known); `amended_by` the changes already in force that day."""

    number: str
    title: str
    state: str
    effective: str | None
    ended: str | None = None
    ended_by: str | None = None
    amended_by: tuple[str, ...] = ()

    def to_json(self) -> dict:
        return {"number": self.number, "title": self.title, "state": self.state, "effective": self.effective,
                "ended": self.ended, "ended_by": self.ended_by, "amended_by": list(self.amended_by)}


@dataclass(frozen=True, slots=True)
class BasisValidity:
    """A procedure's legal basis on one day; `valid` is None when some document's state is unknown."""

    agency: str
    procedure: str
    day: dt.date
    documents: tuple[DocumentState, ...]

    @property
    def valid(self) -> bool | None:
        states = {d.state for d in self.documents}
        if states & {"expired", "not_yet_in_force"}:
            return False
        return None if "unknown" in states else True

    def to_json(self) -> dict:
        return {"agency": self.agency, "procedure": self.procedure, "day": self.day.isoformat(), "valid": self.valid,
                "documents": [d.to_json() for d in self.documents]}


class Timeline:
    """The registry's documents and relations, asked about one day at a time."""

    def __init__(self, documents: Iterable[LegalDocument]):
        documents = list(documents)
        self.by_number = {d.number: d for d in documents}
        self.graph = build_graph(documents)

    def state_on(self, number: str, day: dt.date) -> DocumentState:
        document = self.by_number.get(number)
        if document is None:
            return DocumentState(number=number, title="", state="unknown", effective=None)
        start = _day(document.effective) or _day(document.issued)
        if start and day < start:
            return DocumentState(number, document.title, "not_yet_in_force", document.effective)
        endings = []
        amended_by = []
        for trigger, edge in changes_to(self.graph, number, ("replaces", "expires", "repeals", "amends")):
            when = _day(edge["effective"])
            if when is None or when > day:
                continue
            whole = edge["type"] in ("replaces", "expires") or (edge["type"] == "repeals" and not edge["articles"])
            (endings if whole else amended_by).append((when, trigger))
        if document.expires and _day(document.expires) <= day:
            endings.append((_day(document.expires), None))
        if endings:
            when, trigger = min(endings, key=lambda e: e[0])
            return DocumentState(number, document.title, "expired", document.effective, when.isoformat(), trigger,
                                 tuple(t for _, t in sorted(amended_by)))
        state = "in_force" if start else "unknown"
        return DocumentState(number, document.title, state, document.effective,
                             amended_by=tuple(t for _, t in sorted(amended_by)))

    def basis_on(self, procedure: Procedure, day: dt.date) -> BasisValidity:
        """The state on `day` of every document the procedure's legal basis cites."""
        states = tuple(self.state_on(number, day) for number in sorted(cited_documents(procedure)))
        return BasisValidity(agency=procedure.agency, procedure=procedure.id, day=day, documents=states)


def _day(iso: str | None) -> dt.date | None:
    return dt.date.fromisoformat(iso) if iso else None
