"""The database: SQLAlchemy 2 on an SQLite file by default, any SQLAlchemy URL otherwise.

The store keeps records; it never parses text. Every write method runs in one transaction, so a
failed import leaves the database as it was. The schema is created on first use.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    cast,
    create_engine,
    event,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship, selectinload

from impact.models import (
    Citation,
    LegalDocument,
    Procedure,
    ProcedureCitation,
    Relation,
    Section,
    Task,
)

DEFAULT_DB = Path(__file__).resolve().parent.parent / "data" / "regimpact.db"

# When two sources describe one document, the higher one's fields win; every URL is kept.
SOURCE_PRIORITY = {"vbpl": 40, "registry": 30, "congbao": 20, "chinhphu": 10}


def database_url(db: str | os.PathLike | None = None) -> str:
    """`--db` value (a file path or an SQLAlchemy URL), else $REGIMPACT_DB, else the default file."""
    value = str(db) if db else os.environ.get("REGIMPACT_DB") or str(DEFAULT_DB)
    if "://" in value:
        return value
    path = Path(value).expanduser().resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def now() -> dt.datetime:
    """Naive UTC, to the second: what every timestamp column holds."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)


def issuer_key(issuer: str | None) -> str:
    """Issuer spelling that two sources share ("CHÍNH PHỦ", "Chính phủ " → "chính phủ")."""
    return " ".join((issuer or "").casefold().split())


class Base(DeclarativeBase):
    type_annotation_map = {dict: JSON, list: JSON}


class DocumentRow(Base):
    __tablename__ = "documents"
    __table_args__ = (UniqueConstraint("number", "issuer_key", name="uq_document_identity"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(120), index=True)
    issuer_key: Mapped[str] = mapped_column(String(300), default="")
    issuer: Mapped[str | None] = mapped_column(String(300))
    doc_type: Mapped[str | None] = mapped_column(String(80))
    title: Mapped[str] = mapped_column(Text, default="")
    issued: Mapped[dt.date | None] = mapped_column(Date)
    effective: Mapped[dt.date | None] = mapped_column(Date)
    expires: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(30), default="unknown")
    url: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(40))
    text: Mapped[str | None] = mapped_column(Text)
    sources: Mapped[list] = mapped_column(JSON, default=list)
    content_hash: Mapped[str] = mapped_column(String(64))
    collected_at: Mapped[dt.datetime] = mapped_column(DateTime)
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime)

    relations: Mapped[list["RelationRow"]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="RelationRow.id"
    )
    source_records: Mapped[list["DocumentSourceRow"]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="DocumentSourceRow.id"
    )


class DocumentSourceRow(Base):
    """Where a document was seen: one row per source and source id."""

    __tablename__ = "document_sources"
    __table_args__ = (UniqueConstraint("source", "source_id", name="uq_source_record"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    source: Mapped[str] = mapped_column(String(40))
    source_id: Mapped[str] = mapped_column(String(120))
    url: Mapped[str | None] = mapped_column(Text)
    seen_at: Mapped[dt.datetime] = mapped_column(DateTime)

    document: Mapped[DocumentRow] = relationship(back_populates="source_records")


class RelationRow(Base):
    __tablename__ = "document_relations"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(String(20))
    target: Mapped[str] = mapped_column(String(300), index=True)
    articles: Mapped[list] = mapped_column(JSON, default=list)
    evidence: Mapped[str] = mapped_column(Text, default="")
    effective: Mapped[dt.date | None] = mapped_column(Date)
    derived: Mapped[bool] = mapped_column(Boolean, default=False)

    document: Mapped[DocumentRow] = relationship(back_populates="relations")


class ProcedureRow(Base):
    __tablename__ = "procedures"
    __table_args__ = (UniqueConstraint("agency", "code", name="uq_procedure_identity"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agency: Mapped[str] = mapped_column(String(300))
    code: Mapped[str] = mapped_column(String(120))
    current_version_id: Mapped[int | None] = mapped_column(Integer)

    versions: Mapped[list["ProcedureVersionRow"]] = relationship(
        back_populates="procedure", cascade="all, delete-orphan", order_by="ProcedureVersionRow.version"
    )


class ProcedureVersionRow(Base):
    __tablename__ = "procedure_versions"
    __table_args__ = (UniqueConstraint("procedure_id", "version", name="uq_procedure_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedures.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text, default="")
    file: Mapped[str] = mapped_column(Text, default="")
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    issued: Mapped[dt.date | None] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text, default="")
    legal_basis_heading: Mapped[str | None] = mapped_column(Text)
    legal_basis_start: Mapped[int | None] = mapped_column(Integer)
    legal_basis_end: Mapped[int | None] = mapped_column(Integer)
    meta: Mapped[dict] = mapped_column(JSON, default=dict)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime)

    procedure: Mapped[ProcedureRow] = relationship(back_populates="versions")
    citations: Mapped[list["CitationRow"]] = relationship(
        back_populates="version", cascade="all, delete-orphan", order_by="CitationRow.start"
    )


class CitationRow(Base):
    __tablename__ = "procedure_citations"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("procedure_versions.id", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    surface: Mapped[str] = mapped_column(Text)
    doc_type: Mapped[str | None] = mapped_column(String(80))
    number: Mapped[str | None] = mapped_column(String(120))
    title_hint: Mapped[str | None] = mapped_column(Text)
    articles: Mapped[list] = mapped_column(JSON, default=list)
    issued: Mapped[str | None] = mapped_column(String(10))
    issuer: Mapped[str | None] = mapped_column(String(300))
    year: Mapped[int | None] = mapped_column(Integer)
    resolved: Mapped[str | None] = mapped_column(String(120), index=True)
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    method: Mapped[str] = mapped_column(String(20), default="unresolved")
    in_legal_basis: Mapped[bool] = mapped_column(Boolean, default=False)
    line: Mapped[str] = mapped_column(Text, default="")
    # A law named in the title of the citation before it: shown, never relied on (Citation.in_title).
    in_title: Mapped[bool] = mapped_column(Boolean, default=False)

    version: Mapped[ProcedureVersionRow] = relationship(back_populates="citations")


class TaskRow(Base):
    __tablename__ = "tasks"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    agency: Mapped[str] = mapped_column(String(300), index=True)
    procedure: Mapped[str] = mapped_column(String(120))
    procedure_title: Mapped[str] = mapped_column(Text, default="")
    cited: Mapped[str] = mapped_column(String(300))
    cited_articles: Mapped[list] = mapped_column(JSON, default=list)
    trigger: Mapped[str] = mapped_column(String(300))
    change: Mapped[str] = mapped_column(String(20))
    severity: Mapped[str] = mapped_column(String(10))
    due: Mapped[dt.date | None] = mapped_column(Date)
    effective: Mapped[dt.date | None] = mapped_column(Date)
    successor: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(20), default="open")
    evidence: Mapped[str] = mapped_column(Text, default="")
    assignee: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str | None] = mapped_column(String(200))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)

    events: Mapped[list["TaskEventRow"]] = relationship(
        back_populates="task", cascade="all, delete-orphan", order_by="TaskEventRow.id"
    )


class TaskEventRow(Base):
    __tablename__ = "task_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(200))
    field: Mapped[str] = mapped_column(String(40))
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)
    message: Mapped[str | None] = mapped_column(Text)

    task: Mapped[TaskRow] = relationship(back_populates="events")


class CrawlRunRow(Base):
    __tablename__ = "crawl_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(40))
    started_at: Mapped[dt.datetime] = mapped_column(DateTime)
    ended_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    counts: Mapped[dict] = mapped_column(JSON, default=dict)
    errors: Mapped[list] = mapped_column(JSON, default=list)
    exit_status: Mapped[str] = mapped_column(String(20), default="running")


@dataclass
class ImportCounts:
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    # For procedures: (agency, code) → the version number now current.
    versions: dict = field(default_factory=dict, compare=False)

    def as_dict(self) -> dict:
        return {"new": self.new, "changed": self.changed, "unchanged": self.unchanged}


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _chunks(values: list, size: int = 5000):
    """Slices of `values` short enough for an IN list (SQLite allows 32,766 variables a statement)."""
    return (values[start:start + size] for start in range(0, len(values), size))


def _date_text(column):
    """A date column read as its ISO text: what the records hold, without a parse and a format per
    value (SQLite keeps dates as that text; PostgreSQL casts a date to it)."""
    return cast(column, String).label(column.key)


def _naive_utc(iso: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(iso)
    return moment.astimezone(dt.timezone.utc).replace(tzinfo=None) if moment.tzinfo else moment


def _priority(source: str | None) -> int:
    return SOURCE_PRIORITY.get(source or "", 0)


def _merged_sources(row: DocumentRow, document: LegalDocument) -> list[str]:
    return list(dict.fromkeys([*(row.sources or []), *document.sources, *([document.url] if document.url else [])]))


def document_hash(document: LegalDocument) -> str:
    """Hash of everything a source says about a document; tells a changed record from an unchanged one."""
    record = document.to_json()
    for volatile in ("sources", "source_id", "collected"):
        record.pop(volatile, None)
    return hashlib.sha256(json.dumps(record, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


class Store:
    """Every read and write of regimpact's records goes through here."""

    def __init__(self, db: str | os.PathLike | None = None):
        self.url = database_url(db)
        self.engine: Engine = create_engine(self.url)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        Base.metadata.create_all(self.engine)
        _add_missing_columns(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back entirely on any error."""
        with Session(self.engine, expire_on_commit=False) as session:
            with session.begin():
                yield session

    # -- legal documents ---------------------------------------------------------------------

    def upsert_documents(self, documents: Iterable[LegalDocument], *, collected_at: dt.datetime | None = None) -> ImportCounts:
        """Insert new documents, update changed ones; all in one transaction.

        A document is found by its source and source id when it has them, else by number and
        issuer. When the stored record comes from a source of higher priority (SOURCE_PRIORITY),
        the incoming record only adds its URLs and fills fields the stored one lacks. Relations the
        record carries replace the stored ones; a record without relations (None) keeps them.
        """
        counts = ImportCounts()
        stamp = collected_at or now()
        with self.session() as session:
            by_identity = {(n, k): i for i, n, k in session.execute(
                select(DocumentRow.id, DocumentRow.number, DocumentRow.issuer_key))}
            by_source = {(s_, i_): d for d, s_, i_ in session.execute(
                select(DocumentSourceRow.document_id, DocumentSourceRow.source, DocumentSourceRow.source_id))}
            added: dict[tuple[str, str], DocumentRow] = {}
            seen: list[tuple[str, str, str | None]] = []  # source records seen again: refreshed below
            for document in documents:
                identity = (document.number, issuer_key(document.issuer))
                row = added.get(identity)
                if row is None:
                    known_id = by_source.get((document.source, document.source_id)) or by_identity.get(identity)
                    row = session.get(DocumentRow, known_id) if known_id else None
                if row is None:
                    first_seen = _naive_utc(document.collected) if document.collected else stamp
                    row = DocumentRow(number=document.number, issuer_key=identity[1], collected_at=first_seen,
                                      sources=[], content_hash="")
                    session.add(row)
                    added[identity] = row
                    counts.new += 1
                    self._fill_document(row, document, stamp)
                else:
                    before = (row.content_hash, list(row.sources or []))
                    if _priority(document.source) >= _priority(row.source):
                        self._fill_document(row, document, stamp)
                    else:
                        self._add_missing(row, document, stamp)
                    if (row.content_hash, list(row.sources or [])) != before:
                        counts.changed += 1
                    elif identity not in added:
                        counts.unchanged += 1
                if document.source and document.source_id:
                    key = (document.source, document.source_id)
                    if key not in by_source:
                        row.source_records.append(DocumentSourceRow(
                            source=document.source, source_id=document.source_id, url=document.url, seen_at=stamp))
                        by_source[key] = -1  # recorded in this batch
                    else:
                        seen.append(key + (document.url,))
            for source, source_id, url in seen:
                session.execute(
                    update(DocumentSourceRow)
                    .where(DocumentSourceRow.source == source, DocumentSourceRow.source_id == source_id)
                    .values(seen_at=stamp, url=func.coalesce(url, DocumentSourceRow.url))
                )
        return counts

    @classmethod
    def _fill_document(cls, row: DocumentRow, document: LegalDocument, stamp: dt.datetime) -> None:
        digest = document_hash(document)
        sources = _merged_sources(row, document)
        if row.content_hash == digest and sources == (row.sources or []):
            return
        row.number = document.number
        row.issuer_key = issuer_key(document.issuer)
        row.issuer = document.issuer
        row.doc_type = document.doc_type
        row.title = document.title
        row.issued = _date(document.issued)
        row.effective = _date(document.effective)
        row.expires = _date(document.expires)
        row.status = document.status
        row.url = document.url or row.url
        row.source = document.source or row.source
        row.text = document.text if document.text is not None else row.text
        row.sources = sources
        row.content_hash = digest
        row.changed_at = stamp
        if document.relations is not None:
            row.relations = [
                RelationRow(
                    type=r.type,
                    target=r.target,
                    articles=list(r.articles),
                    evidence=r.evidence,
                    effective=_date(r.effective),
                    derived=r.citation is not None,
                )
                for r in document.relations
            ]

    @staticmethod
    def _add_missing(row: DocumentRow, document: LegalDocument, stamp: dt.datetime) -> None:
        """A lower-priority source: keep the stored fields, take its URLs and what is missing."""
        sources = _merged_sources(row, document)
        filled = False
        for name in ("doc_type", "title", "url", "text"):
            if not getattr(row, name) and getattr(document, name):
                setattr(row, name, getattr(document, name))
                filled = True
        for name in ("issued", "effective", "expires"):
            if getattr(row, name) is None and getattr(document, name):
                setattr(row, name, _date(getattr(document, name)))
                filled = True
        if sources != (row.sources or []) or filled:
            row.sources = sources
            row.content_hash = hashlib.sha256(f"{row.content_hash}|{document_hash(document)}".encode()).hexdigest()
            row.changed_at = stamp

    def documents(self, *, full: bool = True, numbers: Iterable[str] | None = None,
                  collected: tuple[dt.date, dt.date] | None = None,
                  changed_since: dt.date | None = None) -> list[LegalDocument]:
        """Stored documents with their relations, ordered by issue date then number: all of them,
        or those with one of `numbers`, those collected between two days (inclusive), those issued,
        taking effect or losing effect on or after `changed_since` (any of the filters given).

        `full=False` leaves out the full texts and the list of source URLs (the analysis and the
        resolver need neither, and at national scale they are most of the reading time).
        """
        columns = [DocumentRow.id, DocumentRow.number, DocumentRow.doc_type, DocumentRow.issuer, DocumentRow.title,
                   _date_text(DocumentRow.issued), _date_text(DocumentRow.effective), _date_text(DocumentRow.expires),
                   DocumentRow.status, DocumentRow.url, DocumentRow.source,
                   cast(DocumentRow.collected_at, String).label("collected_at")]
        if full:
            columns += [DocumentRow.text, DocumentRow.sources]
        with self.session() as session:
            query = select(*columns)
            if numbers is None and collected is None and changed_since is None:
                rows = session.execute(query).all()
            else:  # each filter on its own (an IN list is cut in chunks below SQLite's variable limit)
                found = {}
                wanted = list(set(numbers or ()))
                for chunk in _chunks(wanted):
                    found.update((r.id, r) for r in session.execute(query.where(DocumentRow.number.in_(chunk))))
                if changed_since is not None:
                    found.update((r.id, r) for r in session.execute(query.where(or_(
                        DocumentRow.issued >= changed_since, DocumentRow.effective >= changed_since,
                        DocumentRow.expires >= changed_since))))
                if collected is not None:
                    first, last = collected
                    found.update((r.id, r) for r in session.execute(query.where(DocumentRow.collected_at.between(
                        dt.datetime.combine(first, dt.time()), dt.datetime.combine(last, dt.time.max)))))
                rows = list(found.values())
            rows.sort(key=lambda r: (r.issued or "", r.number))
            everything = len(rows) > 20_000  # past that, one scan of the side tables beats IN lists
            relation_query = select(RelationRow.document_id, RelationRow.type, RelationRow.target,
                                    RelationRow.articles, RelationRow.evidence,
                                    _date_text(RelationRow.effective)).order_by(RelationRow.id)
            source_query = select(DocumentSourceRow.document_id, DocumentSourceRow.source_id).order_by(
                DocumentSourceRow.id.desc())
            relation_rows, source_rows = [], []
            for chunk in [None] if everything else _chunks([r.id for r in rows]):
                relation_rows += session.execute(
                    relation_query if chunk is None else relation_query.where(RelationRow.document_id.in_(chunk))).all()
                source_rows += session.execute(
                    source_query if chunk is None else source_query.where(DocumentSourceRow.document_id.in_(chunk))).all()
        relations: dict[int, list[Relation]] = {}
        for document_id, kind, target, articles, evidence, effective in relation_rows:
            relations.setdefault(document_id, []).append(Relation(
                type=kind, target=target, articles=tuple(articles or ()), evidence=evidence or "", effective=effective))
        source_ids = {document_id: source_id for document_id, source_id in source_rows}
        return [
            LegalDocument(
                number=row.number, doc_type=row.doc_type, issuer=row.issuer, title=row.title,
                issued=row.issued, effective=row.effective, expires=row.expires,
                status=row.status, url=row.url, source=row.source, text=row.text if full else None,
                relations=tuple(relations.get(row.id, ())), sources=tuple(row.sources or ()) if full else (),
                source_id=source_ids.get(row.id),
                collected=row.collected_at.replace(" ", "T") if row.collected_at else None,
            )
            for row in rows
        ]

    def relation_sources(self, targets: Iterable[str], kinds: Iterable[str]) -> set[str]:
        """Numbers of the documents that state a relation of one of `kinds` about one of `targets`."""
        return self._relation_ends(RelationRow.target, DocumentRow.number, targets, kinds)

    def relation_targets(self, sources: Iterable[str], kinds: Iterable[str]) -> set[str]:
        """Targets of the relations of one of `kinds` that the documents `sources` state."""
        return self._relation_ends(DocumentRow.number, RelationRow.target, sources, kinds)

    def _relation_ends(self, known_end, wanted_end, numbers: Iterable[str], kinds: Iterable[str]) -> set[str]:
        numbers, kinds = list(set(numbers)), list(kinds)
        found: set[str] = set()
        with self.session() as session:
            for chunk in _chunks(numbers):
                found.update(session.scalars(
                    select(wanted_end).select_from(RelationRow)
                    .join(DocumentRow, DocumentRow.id == RelationRow.document_id)
                    .where(known_end.in_(chunk), RelationRow.type.in_(kinds))))
        return found

    def document_count(self) -> int:
        with self.session() as session:
            return session.scalar(select(func.count(DocumentRow.id))) or 0

    # -- procedures --------------------------------------------------------------------------

    def procedure_hashes(self) -> dict[tuple[str, str], str]:
        """(agency, code) → content hash of the current version, to skip unchanged files cheaply."""
        with self.session() as session:
            rows = session.execute(
                select(ProcedureRow.agency, ProcedureRow.code, ProcedureVersionRow.content_hash).join(
                    ProcedureVersionRow, ProcedureVersionRow.id == ProcedureRow.current_version_id
                )
            ).all()
            return {(agency, code): digest for agency, code, digest in rows}

    def procedure_sources(self) -> dict[tuple[str, str], str]:
        """(agency, code) → SHA-256 of the file the current version was read from (when recorded in
        its meta as source.sha256), so that an unchanged file is skipped without being read."""
        with self.session() as session:
            rows = session.execute(
                select(ProcedureRow.agency, ProcedureRow.code, ProcedureVersionRow.meta).join(
                    ProcedureVersionRow, ProcedureVersionRow.id == ProcedureRow.current_version_id
                )
            ).all()
            return {
                (agency, code): meta["source"]["sha256"]
                for agency, code, meta in rows
                if isinstance(meta, dict) and isinstance(meta.get("source"), dict) and meta["source"].get("sha256")
            }

    def procedure_versions(self, agency: str, code: str) -> list[Procedure]:
        """Every stored version of one procedure, oldest first, each with its citations and meta."""
        with self.session() as session:
            row = session.scalars(
                select(ProcedureRow).where(ProcedureRow.agency == agency, ProcedureRow.code == code)
                .options(selectinload(ProcedureRow.versions).selectinload(ProcedureVersionRow.citations))
            ).one_or_none()
            if row is None:
                return []
            return [
                Procedure(
                    id=row.code, agency=row.agency, title=v.title, file=v.file, version=v.version, text=v.text,
                    citations=tuple(_procedure_citation(c) for c in v.citations),
                    legal_basis=Section(heading=v.legal_basis_heading or "", start=v.legal_basis_start,
                                        end=v.legal_basis_end, text=v.text[v.legal_basis_start:v.legal_basis_end])
                    if v.legal_basis_start is not None else None,
                    content_hash=v.content_hash, issued=_iso(v.issued), meta=dict(v.meta or {}),
                )
                for v in row.versions
            ]

    def save_procedures(self, procedures: Iterable[Procedure], *, meta: dict | None = None) -> ImportCounts:
        """Store procedure versions in one transaction.

        Same content as the current version: unchanged. Different content: a new version becomes
        current and the old one is kept. Rows are written in bulk (one statement per table). A
        version's meta is the procedure's own `meta`, else `meta[procedure.file]`; `counts.versions`
        gives each procedure's current version number.
        """
        counts = ImportCounts()
        stamp = now()
        with self.session() as session:
            known = {
                (agency, code): (procedure_id, digest, latest)
                for procedure_id, agency, code, digest, latest in session.execute(
                    select(ProcedureRow.id, ProcedureRow.agency, ProcedureRow.code,
                           select(ProcedureVersionRow.content_hash)
                           .where(ProcedureVersionRow.id == ProcedureRow.current_version_id).scalar_subquery(),
                           select(func.max(ProcedureVersionRow.version))
                           .where(ProcedureVersionRow.procedure_id == ProcedureRow.id).scalar_subquery())
                )
            }
            pending: list[tuple[Procedure, int | None, int]] = []
            for procedure in procedures:
                identity = (procedure.agency, procedure.id)
                procedure_id, digest, latest = known.get(identity, (None, None, 0))
                if procedure_id is not None and digest == procedure.content_hash:
                    counts.unchanged += 1
                    counts.versions[identity] = latest
                    continue
                if procedure_id is None:
                    counts.new += 1
                else:
                    counts.changed += 1
                pending.append((procedure, procedure_id, (latest or 0) + 1))
                counts.versions[identity] = (latest or 0) + 1
                known[identity] = (procedure_id, procedure.content_hash, (latest or 0) + 1)
            new_ids = iter(session.scalars(
                insert(ProcedureRow).returning(ProcedureRow.id, sort_by_parameter_order=True),
                [{"agency": p.agency, "code": p.id} for p, procedure_id, _ in pending if procedure_id is None],
            ).all() if any(procedure_id is None for _, procedure_id, _ in pending) else [])
            resolved_ids = [procedure_id if procedure_id is not None else next(new_ids) for _, procedure_id, _ in pending]
            if not pending:
                return counts
            version_ids = session.scalars(
                insert(ProcedureVersionRow).returning(ProcedureVersionRow.id, sort_by_parameter_order=True),
                [
                    {
                        "procedure_id": procedure_id,
                        "version": number,
                        "title": p.title,
                        "file": p.file,
                        "content_hash": p.content_hash,
                        "issued": _date(p.issued),
                        "text": p.text,
                        "legal_basis_heading": p.legal_basis.heading if p.legal_basis else None,
                        "legal_basis_start": p.legal_basis.start if p.legal_basis else None,
                        "legal_basis_end": p.legal_basis.end if p.legal_basis else None,
                        "meta": p.meta or (meta or {}).get(p.file, {}),
                        "imported_at": stamp,
                    }
                    for (p, _, number), procedure_id in zip(pending, resolved_ids)
                ],
            ).all()
            citation_rows = [
                {"version_id": version_id, **_citation_values(item)}
                for (p, _, _), version_id in zip(pending, version_ids)
                for item in p.citations
            ]
            if citation_rows:
                session.execute(insert(CitationRow), citation_rows)
            session.execute(
                update(ProcedureRow),
                [{"id": procedure_id, "current_version_id": version_id}
                 for procedure_id, version_id in zip(resolved_ids, version_ids)],
            )
        return counts

    def procedures(self, agency: str | None = None, *, citing: Iterable[str] | None = None) -> list[Procedure]:
        """The current version of every procedure (of one agency, or only those whose citations
        resolve to one of the `citing` numbers, when given)."""
        query = (
            select(ProcedureRow.agency, ProcedureRow.code, ProcedureVersionRow.id, ProcedureVersionRow.version,
                   ProcedureVersionRow.title, ProcedureVersionRow.file, ProcedureVersionRow.text,
                   ProcedureVersionRow.content_hash, ProcedureVersionRow.issued,
                   ProcedureVersionRow.legal_basis_heading, ProcedureVersionRow.legal_basis_start,
                   ProcedureVersionRow.legal_basis_end, ProcedureVersionRow.meta)
            .join(ProcedureVersionRow, ProcedureVersionRow.id == ProcedureRow.current_version_id)
            .order_by(ProcedureRow.agency, ProcedureRow.code)
        )
        if agency:
            query = query.where(ProcedureRow.agency == agency)
        if citing is not None:
            numbers = list(set(citing))
            if not numbers:
                return []
            query = query.where(ProcedureVersionRow.id.in_(
                select(CitationRow.version_id).where(CitationRow.resolved.in_(numbers))))
        with self.session() as session:
            versions = session.execute(query).all()
            wanted = {v.id for v in versions}
            citation_query = select(CitationRow).order_by(CitationRow.version_id, CitationRow.start)
            if agency or citing is not None:
                citation_query = citation_query.where(CitationRow.version_id.in_(wanted))
            else:
                citation_query = citation_query.join(
                    ProcedureRow, ProcedureRow.current_version_id == CitationRow.version_id)
            citations: dict[int, list[ProcedureCitation]] = {}
            for row in session.execute(citation_query.with_only_columns(*CitationRow.__table__.columns)):
                citations.setdefault(row.version_id, []).append(_procedure_citation(row))
        return [
            Procedure(
                id=v.code, agency=v.agency, title=v.title, file=v.file, version=v.version, text=v.text,
                citations=tuple(citations.get(v.id, ())),
                legal_basis=Section(heading=v.legal_basis_heading or "", start=v.legal_basis_start,
                                    end=v.legal_basis_end, text=v.text[v.legal_basis_start:v.legal_basis_end])
                if v.legal_basis_start is not None else None,
                content_hash=v.content_hash, issued=_iso(v.issued), meta=dict(v.meta or {}),
            )
            for v in versions
        ]

    def unresolved_citation_count(self) -> int:
        """Citations of current procedure versions that resolve to no document."""
        with self.session() as session:
            return session.scalar(
                select(func.count(CitationRow.id))
                .join(ProcedureRow, ProcedureRow.current_version_id == CitationRow.version_id)
                .where(CitationRow.resolved.is_(None))) or 0

    def reresolve_citations(self, resolve, *, unresolved_only: bool = False) -> int:
        """Apply `resolve(Citation) -> Resolution` to the citations of current versions (only the
        unresolved ones when asked) in one transaction; returns how many resolutions changed.
        Identical citations are resolved once."""
        query = select(*CitationRow.__table__.columns).join(
            ProcedureRow, ProcedureRow.current_version_id == CitationRow.version_id)
        if unresolved_only:
            query = query.where(CitationRow.resolved.is_(None))
        memo: dict[tuple, object] = {}
        changes = []
        with self.session() as session:
            for row in session.execute(query):
                signature = (row.number, row.doc_type, row.title_hint, row.issued, row.issuer, row.year)
                resolution = memo.get(signature)
                if resolution is None:
                    resolution = memo[signature] = resolve(_citation(row))
                if (row.resolved, row.method, row.confidence) != (resolution.number, resolution.method,
                                                                  resolution.confidence):
                    changes.append({"id": row.id, "resolved": resolution.number, "method": resolution.method,
                                    "confidence": resolution.confidence})
            if changes:
                session.execute(update(CitationRow), changes)
        return len(changes)

    def agencies(self) -> list[str]:
        with self.session() as session:
            return list(session.scalars(select(ProcedureRow.agency).distinct().order_by(ProcedureRow.agency)))

    # -- tasks -------------------------------------------------------------------------------

    def sync_tasks(self, impacts, *, actor: str = "analyze", scope: set[tuple[str, str]] | None = None,
                   fixed_by=None) -> ImportCounts:
        """Make the task table reflect the impacts of one analysis, in one transaction.

        A new impact opens a task. An impact that already has a task updates its facts (severity,
        due date, evidence) and keeps status, assignee, note and history. A task of an analysed
        procedure (every procedure, or the (agency, code) pairs of `scope`) whose impact is no
        longer produced is marked inactive (never deleted) — or, when it is still open and
        `fixed_by(task)` gives a reason (the procedure's new version follows the change), it is
        closed as done with that reason in its history. Rows are written in bulk.
        """
        counts = ImportCounts()
        stamp = now()
        facts_columns = [getattr(TaskRow, name) for name in TASK_FACTS]
        impacts = list(impacts)
        with self.session() as session:
            query = select(TaskRow.id, TaskRow.key, TaskRow.status, TaskRow.active, *facts_columns)
            if scope is None:
                existing = {row.key: row for row in session.execute(query)}
            else:
                codes = sorted({code for _, code in scope})
                existing = {row.key: row for chunk in _chunks(codes)
                            for row in session.execute(query.where(TaskRow.procedure.in_(chunk)))
                            if (row.agency, row.procedure) in scope}
            inserts, updates, events = [], [], []
            seen: set[str] = set()
            for impact in impacts:
                key = impact.key
                if key in seen:
                    continue
                seen.add(key)
                facts = _impact_facts(impact)
                row = existing.get(key)
                if row is None:
                    inserts.append({"key": key, "status": "open", "active": True, "created_at": stamp,
                                    "updated_at": stamp, **facts})
                    counts.new += 1
                    continue
                changed = {name: value for name, value in facts.items() if getattr(row, name) != value}
                if not row.active:
                    changed["active"] = True
                if not changed:
                    counts.unchanged += 1
                    continue
                updates.append({"id": row.id, "updated_at": stamp, **changed})
                events.extend({"task_id": row.id, "at": stamp, "actor": actor, "field": name,
                               "old": _text(getattr(row, name)), "new": _text(value), "message": None}
                              for name, value in changed.items())
                counts.changed += 1
            for key, row in existing.items():
                if key in seen or not row.active:
                    continue
                reason = fixed_by(_task_facts(row)) if fixed_by and row.status in ("open", "in_progress") else None
                if reason:
                    updates.append({"id": row.id, "updated_at": stamp, "status": "done"})
                    events.append({"task_id": row.id, "at": stamp, "actor": actor, "field": "status",
                                   "old": row.status, "new": "done", "message": reason})
                else:
                    updates.append({"id": row.id, "updated_at": stamp, "active": False})
                    events.append({"task_id": row.id, "at": stamp, "actor": actor, "field": "active", "old": "True",
                                   "new": "False", "message": "Phân tích không còn tạo ra nhiệm vụ này"})
            if inserts:  # their history starts with created_at/created_by (no event row: no id round trip)
                session.execute(insert(TaskRow), [{**row, "created_by": actor} for row in inserts])
            for group in _same_keys(updates):
                session.execute(update(TaskRow), group)
            if events:
                session.execute(insert(TaskEventRow), events)
        return counts

    def tasks(self, *, agency: str | None = None, include_inactive: bool = False,
              with_history: bool = False) -> list[Task]:
        """Tasks in agency, procedure and due-date order; their history only when asked."""
        query = select(*TaskRow.__table__.columns).order_by(TaskRow.agency, TaskRow.procedure, TaskRow.due, TaskRow.key)
        if agency:
            query = query.where(TaskRow.agency == agency)
        if not include_inactive:
            query = query.where(TaskRow.active.is_(True))
        with self.session() as session:
            rows = session.execute(query).all()
            history: dict[int, list[dict]] = {}
            if with_history:
                event_query = select(*TaskEventRow.__table__.columns).order_by(TaskEventRow.id)
                if agency or not include_inactive:
                    event_query = event_query.where(TaskEventRow.task_id.in_([r.id for r in rows]))
                for event_row in session.execute(event_query):
                    history.setdefault(event_row.task_id, []).append(_event(event_row))
        return [_task(row, history.get(row.id, ())) for row in rows]

    def update_task(self, key: str, *, actor: str, status: str | None = None, assignee: str | None = None,
                    note: str | None = None, message: str | None = None) -> Task:
        """Change a task's status, assignee or note; each change is written to its history."""
        from impact.models import TASK_STATUSES

        if status is not None and status not in TASK_STATUSES:
            raise ValueError(f"status '{status}' is not one of {', '.join(TASK_STATUSES)}")
        stamp = now()
        with self.session() as session:
            row = session.scalars(select(TaskRow).where(TaskRow.key == key)).one_or_none()
            if row is None:
                raise KeyError(key)
            for name, value in (("status", status), ("assignee", assignee), ("note", note)):
                if value is not None and getattr(row, name) != value:
                    row.events.append(TaskEventRow(at=stamp, actor=actor, field=name, old=getattr(row, name),
                                                   new=value, message=message))
                    setattr(row, name, value)
                    row.updated_at = stamp
            session.flush()
            return _task(row, [_event(e) for e in row.events])

    # -- crawl runs --------------------------------------------------------------------------

    def start_crawl_run(self, source: str) -> int:
        with self.session() as session:
            row = CrawlRunRow(source=source, started_at=now(), counts={}, errors=[], exit_status="running")
            session.add(row)
            session.flush()
            return row.id

    def update_crawl_run(self, run_id: int, *, counts: dict, errors: list) -> None:
        """The counts so far of a run that is still going, so that a run killed mid-way keeps them."""
        with self.session() as session:
            row = session.get(CrawlRunRow, run_id)
            row.counts, row.errors = counts, errors

    def finish_crawl_run(self, run_id: int, *, counts: dict, errors: list, exit_status: str) -> None:
        with self.session() as session:
            row = session.get(CrawlRunRow, run_id)
            row.ended_at, row.counts, row.errors, row.exit_status = now(), counts, errors, exit_status

    def crawl_runs(self, limit: int = 50) -> list[dict]:
        """The most recent crawl runs first, as plain records for display."""
        with self.session() as session:
            rows = session.scalars(select(CrawlRunRow).order_by(CrawlRunRow.id.desc()).limit(limit))
            return [
                {"id": r.id, "source": r.source, "started_at": r.started_at, "ended_at": r.ended_at,
                 "counts": r.counts, "errors": r.errors, "exit_status": r.exit_status}
                for r in rows
            ]

    def source_ids(self, source: str) -> set[str]:
        """The ids of every record already stored from one source."""
        with self.session() as session:
            return set(session.scalars(select(DocumentSourceRow.source_id).where(DocumentSourceRow.source == source)))

    def source_seen(self, source: str) -> dict[str, dt.datetime]:
        """Every record stored from one source: its id there → when it was last collected (naive UTC)."""
        with self.session() as session:
            rows = session.execute(
                select(DocumentSourceRow.source_id, DocumentSourceRow.seen_at).where(DocumentSourceRow.source == source)
            )
            return {source_id: seen_at for source_id, seen_at in rows}


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _citation_values(item: ProcedureCitation) -> dict:
    c = item.citation
    return {
        "start": c.start, "end": c.end, "surface": c.surface, "doc_type": c.doc_type, "number": c.number,
        "title_hint": c.title_hint, "articles": list(c.articles), "issued": c.issued, "issuer": c.issuer,
        "year": c.year, "resolved": item.resolved, "confidence": item.confidence, "method": item.method,
        "in_legal_basis": item.in_legal_basis, "line": item.line, "in_title": c.in_title,
    }


def _citation(row) -> Citation:
    return Citation(
        start=row.start, end=row.end, surface=row.surface, doc_type=row.doc_type, number=row.number,
        title_hint=row.title_hint, articles=tuple(row.articles or ()), issued=row.issued, issuer=row.issuer,
        year=row.year, in_title=bool(row.in_title),
    )


def _procedure_citation(row) -> ProcedureCitation:
    return ProcedureCitation(citation=_citation(row), resolved=row.resolved, confidence=row.confidence,
                             method=row.method, in_legal_basis=row.in_legal_basis, line=row.line)


TASK_FACTS = ("agency", "procedure", "procedure_title", "cited", "cited_articles", "trigger", "change", "severity",
              "due", "effective", "successor", "evidence")


def _impact_facts(impact) -> dict:
    return {
        "agency": impact.agency, "procedure": impact.procedure, "procedure_title": impact.procedure_title,
        "cited": impact.cited, "cited_articles": list(impact.cited_articles), "trigger": impact.trigger,
        "change": impact.change, "severity": impact.severity, "due": _date(impact.due),
        "effective": _date(impact.effective), "successor": impact.successor, "evidence": impact.evidence,
    }


def _same_keys(rows: list[dict]) -> list[list[dict]]:
    """Bulk UPDATE wants one set of columns per statement: group the rows by the columns they set."""
    groups: dict[tuple, list[dict]] = {}
    for row in rows:
        groups.setdefault(tuple(sorted(row)), []).append(row)
    return list(groups.values())


def _event(row) -> dict:
    return {"at": row.at.isoformat(), "actor": row.actor, "field": row.field, "old": row.old, "new": row.new,
            "message": row.message}


def _task_facts(row) -> Task:
    """A Task from a row holding at least the key, status and facts (what `fixed_by` looks at)."""
    return Task(key=row.key, agency=row.agency, procedure=row.procedure, procedure_title=row.procedure_title,
                cited=row.cited, cited_articles=tuple(row.cited_articles or ()), trigger=row.trigger,
                change=row.change, severity=row.severity, due=_iso(row.due), status=row.status,
                evidence=row.evidence, effective=_iso(row.effective), successor=row.successor, active=row.active)


def _history(row, events) -> tuple[dict, ...]:
    created = {"at": row.created_at.isoformat(), "actor": row.created_by or "analyze", "field": "created",
               "old": None, "new": "open", "message": None}
    return (created, *events)


def _task(row, history=()) -> Task:
    return Task(
        key=row.key, agency=row.agency, procedure=row.procedure, procedure_title=row.procedure_title,
        cited=row.cited, cited_articles=tuple(row.cited_articles or ()), trigger=row.trigger, change=row.change,
        severity=row.severity, due=_iso(row.due), status=row.status, evidence=row.evidence,
        assignee=row.assignee, note=row.note, effective=_iso(row.effective), successor=row.successor,
        active=row.active,
        created_at=row.created_at.isoformat() if row.created_at else None,
        updated_at=row.updated_at.isoformat() if row.updated_at else None,
        history=_history(row, history),
    )


def _add_missing_columns(engine: Engine) -> None:
    """Bring a database made by an earlier version up to date: columns added since are created
    (nullable, so that existing rows stay valid). Nothing is ever dropped or changed."""
    from sqlalchemy import inspect, text

    inspector = inspect(engine)
    with engine.begin() as connection:
        for table in Base.metadata.sorted_tables:
            present = {c["name"] for c in inspector.get_columns(table.name)}
            for column in table.columns:
                if column.name not in present:
                    kind = column.type.compile(dialect=engine.dialect)
                    connection.execute(text(f'ALTER TABLE "{table.name}" ADD COLUMN "{column.name}" {kind}'))


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()
