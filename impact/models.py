"""The domain records impact/ works with, and their JSON forms (field names fixed by DESIGN.md).

Citation, Relation and Section come from nlp/ (a leaf package); the records here add what the
store and the analysis need around them.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from nlp.models import Citation, Relation, Section

__all__ = [
    "Citation",
    "Relation",
    "Section",
    "LegalDocument",
    "ProcedureCitation",
    "Procedure",
    "Impact",
    "Task",
    "DOCUMENT_STATUSES",
    "CHANGE_TYPES",
    "TASK_STATUSES",
    "SEVERITIES",
    "InvalidRecord",
]

DOCUMENT_STATUSES = ("in_force", "not_yet_in_force", "partly_expired", "expired", "unknown")
CHANGE_TYPES = ("amends", "replaces", "repeals", "expires", "guides", "parent_expired")
TASK_STATUSES = ("open", "in_progress", "done", "dismissed")
SEVERITIES = ("high", "medium", "low")


class InvalidRecord(ValueError):
    """A record that cannot be stored as it is; the message says which field and why."""


def _iso_date(value, field_name: str) -> str | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        raise InvalidRecord(f"{field_name}: '{value}' is not an ISO date (YYYY-MM-DD)") from None


def _iso_datetime(value, field_name: str) -> str | None:
    if value in (None, ""):
        return None
    try:
        return dt.datetime.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise InvalidRecord(f"{field_name}: '{value}' is not an ISO date or date-time") from None


@dataclass(frozen=True, slots=True)
class LegalDocument:
    """A legal document as DESIGN.md defines it. `relations` are those it states about older ones.

    `source_id` is the document's id at its source (vbpl's numeric id): with `source` it identifies
    the record there, since provincial numbers repeat across provinces. `collected` is when
    regimpact first saw it (ISO date or datetime); the store sets it when the record has none.
    """

    number: str
    doc_type: str | None = None
    issuer: str | None = None
    title: str = ""
    issued: str | None = None
    effective: str | None = None
    expires: str | None = None
    status: str = "unknown"
    url: str | None = None
    source: str | None = None
    text: str | None = None
    relations: tuple[Relation, ...] | None = None
    sources: tuple[str, ...] = ()
    source_id: str | None = None
    collected: str | None = None

    @classmethod
    def from_json(cls, record: dict) -> "LegalDocument":
        """Build from a DESIGN.md LegalDocument object; unknown fields are ignored.

        The number is canonicalised; a record whose number is not a document number is invalid.
        `relations` stays None when the record has none, so that the caller can derive them.
        """
        from nlp.normalize import normalize_text
        from nlp.numbers import canonical_number

        raw_number = record.get("number")
        if not raw_number:
            raise InvalidRecord("number: missing")
        number = canonical_number(str(raw_number)) or normalize_text(str(raw_number)).strip()
        status = record.get("status") or "unknown"
        if status not in DOCUMENT_STATUSES:
            raise InvalidRecord(f"status: '{status}' is not one of {', '.join(DOCUMENT_STATUSES)}")
        relations = None
        if record.get("relations") is not None:
            relations = tuple(_relation_from_json(r, number) for r in record["relations"])
        text_fields = {
            name: normalize_text(record[name]) if isinstance(record.get(name), str) else record.get(name)
            for name in ("doc_type", "issuer", "title", "text")
        }
        sources = record.get("sources") or ()
        return cls(
            number=number,
            doc_type=text_fields["doc_type"],
            issuer=text_fields["issuer"],
            title=text_fields["title"] or "",
            issued=_iso_date(record.get("issued"), "issued"),
            effective=_iso_date(record.get("effective"), "effective"),
            expires=_iso_date(record.get("expires"), "expires"),
            status=status,
            url=record.get("url"),
            source=record.get("source"),
            text=text_fields["text"],
            relations=relations,
            sources=tuple(sources),
            source_id=str(record["source_id"]) if record.get("source_id") not in (None, "") else None,
            collected=_iso_datetime(record.get("collected"), "collected"),
        )

    def to_json(self) -> dict:
        return {
            "number": self.number,
            "doc_type": self.doc_type,
            "issuer": self.issuer,
            "title": self.title,
            "issued": self.issued,
            "effective": self.effective,
            "expires": self.expires,
            "status": self.status,
            "url": self.url,
            "source": self.source,
            "text": self.text,
            "relations": [r.to_json() for r in self.relations or ()],
            "sources": list(self.sources),
            "source_id": self.source_id,
            "collected": self.collected,
        }

    def with_relations(self, relations) -> "LegalDocument":
        return replace(self, relations=tuple(relations))


def _relation_from_json(record: dict, own_number: str) -> Relation:
    from nlp.models import RELATION_TYPES
    from nlp.numbers import canonical_number

    kind = record.get("type")
    if kind not in RELATION_TYPES:
        raise InvalidRecord(f"relations of {own_number}: type '{kind}' is not one of {', '.join(RELATION_TYPES)}")
    target = record.get("target")
    if not target:
        raise InvalidRecord(f"relations of {own_number}: a relation has no target")
    return Relation(
        type=kind,
        target=canonical_number(target) or target,
        articles=tuple(record.get("articles") or ()),
        evidence=record.get("evidence") or "",
        effective=_iso_date(record.get("effective"), "relations.effective"),
    )


@dataclass(frozen=True, slots=True)
class ProcedureCitation:
    """A citation found in a procedure, with what it resolved to.

    `in_legal_basis` tells whether it sits in the legal-basis section; `line` is the whole line
    it was written on, kept as evidence and for the suggested update.
    """

    citation: Citation
    resolved: str | None
    confidence: float
    method: str
    in_legal_basis: bool
    line: str

    def to_json(self) -> dict:
        record = self.citation.to_json()
        record["resolved"] = self.resolved
        return record


@dataclass(frozen=True, slots=True)
class Procedure:
    """One version of an agency procedure (quy trình) as read from its file.

    `issued` is the date this version was issued (Ngày ban hành, or of its latest revision), when
    the file states it: changes that took effect before it are taken as known to its authors.
    """

    id: str
    agency: str
    title: str
    file: str
    version: int
    text: str
    citations: tuple[ProcedureCitation, ...] = ()
    legal_basis: Section | None = None
    content_hash: str = ""
    issued: str | None = None
    # Per version: what the document says of itself (edition, dates, owning unit, revision
    # history) and how its file was read (format, legacy encoding converted, source hash).
    meta: dict = field(default_factory=dict, compare=False)

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "agency": self.agency,
            "title": self.title,
            "file": self.file,
            "version": self.version,
            "citations": [c.to_json() for c in self.citations],
            "meta": self.meta,
        }


@dataclass(frozen=True, slots=True)
class Impact:
    """What the analysis concludes for one procedure and one change; becomes (or updates) a Task."""

    agency: str
    procedure: str
    procedure_title: str
    cited: str
    cited_articles: tuple[str, ...]
    trigger: str
    change: str
    severity: str
    due: str | None
    evidence: str
    effective: str | None = None
    successor: str | None = None

    @property
    def key(self) -> str:
        """Stable across runs: the same procedure, cited document, trigger and change give one key."""
        import hashlib

        basis = "\x1f".join((self.agency, self.procedure, self.cited, self.trigger, self.change))
        return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Task:
    """An update task as the store keeps it; `to_json()` is DESIGN.md's Impact contract."""

    key: str
    agency: str
    procedure: str
    procedure_title: str
    cited: str
    cited_articles: tuple[str, ...]
    trigger: str
    change: str
    severity: str
    due: str | None
    status: str
    evidence: str
    assignee: str | None = None
    note: str | None = None
    effective: str | None = None
    successor: str | None = None
    active: bool = True
    created_at: str | None = None
    updated_at: str | None = None
    history: tuple[dict, ...] = field(default=(), compare=False)

    def to_json(self) -> dict:
        return {
            "key": self.key,
            "agency": self.agency,
            "procedure": self.procedure,
            "procedure_title": self.procedure_title,
            "cited": self.cited,
            "cited_articles": list(self.cited_articles),
            "trigger": self.trigger,
            "change": self.change,
            "severity": self.severity,
            "due": self.due,
            "status": self.status,
            "evidence": self.evidence,
        }
