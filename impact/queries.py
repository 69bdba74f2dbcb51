"""Read-side queries for the app's pages: targeted SQL through the store's session.

The store's bulk reads (`documents()`, `procedures()`, `tasks()`) load every record with its text and
history; at province scale (tens of thousands of documents, thousands of procedures) a page cannot
afford that on every render. Each query here asks the database for the rows one view shows and no
more, and where a view needs impact/'s logic (graph neighbourhoods, point-in-time validity) it feeds
that logic the few records it needs, so that the app and the CLI still agree.
"""
from __future__ import annotations

import datetime as dt
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable

import networkx as nx
from sqlalchemy import and_, func, or_, select, tuple_
from sqlalchemy.orm import Session

from impact.graph import build_graph, neighbourhood
from impact.models import Citation, LegalDocument, Procedure, ProcedureCitation, Relation, Task
from impact.reports.weekly import OPEN_STATUSES, iso_week, parse_week
from impact.store import (
    CitationRow,
    CrawlRunRow,
    DocumentRow,
    ProcedureRow,
    ProcedureVersionRow,
    RelationRow,
    Store,
    TaskEventRow,
    TaskRow,
)
from impact.validity import BasisValidity, Timeline

SEVERITY_ORDER = ("high", "medium", "low")


def _fold(text: str | None) -> str:
    """Case- and accent-insensitive form for search ("Đất đai" and "dat dai" meet)."""
    decomposed = unicodedata.normalize("NFD", (text or "").replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _folded(session: Session, column):
    """`column` folded by _fold inside the database. SQLite lowers ASCII only, so the function is
    registered on the connection; other databases get lower() (case-insensitive, accents kept)."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return func.lower(column)
    connection.connection.driver_connection.create_function("regimpact_fold", 1, _fold, deterministic=True)
    return func.regimpact_fold(column)


def _rows(session: Session, query):
    """Plain rows of a column query, without the ORM's result processing (several times faster on
    the tens of thousands of rows a province-wide view reads)."""
    return session.connection().execute(query)


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


# -- legal documents ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """One row of a document list (no text, no relations)."""

    number: str
    doc_type: str | None
    issuer: str | None
    title: str
    issued: str | None
    effective: str | None
    status: str
    url: str | None


_SUMMARY_COLUMNS = (DocumentRow.number, DocumentRow.doc_type, DocumentRow.issuer, DocumentRow.title,
                    DocumentRow.issued, DocumentRow.effective, DocumentRow.status, DocumentRow.url)


def _summary(row) -> DocumentSummary:
    number, doc_type, issuer, title, issued, effective, status, url = row
    return DocumentSummary(number, doc_type, issuer, title or "", _iso(issued), _iso(effective), status, url)


def document_facets(store: Store) -> dict[str, list[str]]:
    """The document types and issuers present, for the search filters."""
    with store.session() as session:
        types = session.scalars(select(DocumentRow.doc_type).where(DocumentRow.doc_type.is_not(None))
                                .distinct().order_by(DocumentRow.doc_type))
        issuers = session.scalars(select(DocumentRow.issuer).where(DocumentRow.issuer.is_not(None))
                                  .distinct().order_by(DocumentRow.issuer))
        return {"doc_types": list(types), "issuers": list(issuers)}


def search_documents(store: Store, *, text: str | None = None, doc_type: str | None = None,
                     issuer: str | None = None, status: str | None = None, issued_from: dt.date | None = None,
                     issued_to: dt.date | None = None, limit: int = 200) -> tuple[list[DocumentSummary], int]:
    """Documents whose number or title contains `text` (case and accents ignored), filtered by
    type, issuer, status and issue date; newest first, at most `limit`, with the total count."""
    with store.session() as session:
        conditions = []
        if text and text.strip():
            from nlp.numbers import canonical_number

            needle = f"%{_fold(text.strip())}%"
            matches = [_folded(session, DocumentRow.number).like(needle),
                       _folded(session, DocumentRow.title).like(needle)]
            canonical = canonical_number(text.strip())
            if canonical:
                matches.append(DocumentRow.number == canonical)
            conditions.append(or_(*matches))
        if doc_type:
            conditions.append(DocumentRow.doc_type == doc_type)
        if issuer:
            conditions.append(DocumentRow.issuer == issuer)
        if status:
            conditions.append(DocumentRow.status == status)
        if issued_from:
            conditions.append(DocumentRow.issued >= issued_from)
        if issued_to:
            conditions.append(DocumentRow.issued <= issued_to)
        where = and_(*conditions) if conditions else and_(True)
        total = session.scalar(select(func.count(DocumentRow.id)).where(where)) or 0
        rows = _rows(session,
            select(*_SUMMARY_COLUMNS).where(where)
            .order_by(DocumentRow.issued.desc().nulls_last(), DocumentRow.number).limit(limit)
        ).all()
        return [_summary(r) for r in rows], total


@dataclass(frozen=True, slots=True)
class RelationLink:
    """A relation seen from one document: the other document's number and, when known, its title."""

    type: str
    other: str
    other_title: str | None
    articles: tuple[str, ...]
    evidence: str
    effective: str | None


@dataclass(frozen=True, slots=True)
class CitingProcedure:
    agency: str
    code: str
    title: str
    articles: tuple[str, ...]
    line: str
    in_legal_basis: bool


@dataclass(frozen=True)
class DocumentDetail:
    """A document with its relations both ways and the procedures (current versions) that cite it."""

    document: LegalDocument
    stated: tuple[RelationLink, ...]
    received: tuple[RelationLink, ...]
    citing: tuple[CitingProcedure, ...]
    sources: tuple[str, ...] = ()


def document_detail(store: Store, number: str) -> DocumentDetail | None:
    """Everything the document page shows; None when no document has that number."""
    with store.session() as session:
        row = session.scalars(select(DocumentRow).where(DocumentRow.number == number)
                              .order_by(DocumentRow.id).limit(1)).first()
        if row is None:
            return None
        document = LegalDocument(
            number=row.number, doc_type=row.doc_type, issuer=row.issuer, title=row.title or "", issued=_iso(row.issued),
            effective=_iso(row.effective), expires=_iso(row.expires), status=row.status, url=row.url,
            source=row.source, relations=tuple(Relation(type=r.type, target=r.target, articles=tuple(r.articles or ()),
                                                        evidence=r.evidence or "", effective=_iso(r.effective))
                                               for r in row.relations),
            sources=tuple(row.sources or ()), collected=row.collected_at.isoformat() if row.collected_at else None)
        titles = _titles(session, [r.target for r in row.relations])
        stated = tuple(RelationLink(r.type, r.target, titles.get(r.target), tuple(r.articles or ()), r.evidence or "",
                                    _iso(r.effective)) for r in row.relations)
        incoming = session.execute(
            select(RelationRow, DocumentRow.number, DocumentRow.title, DocumentRow.effective, DocumentRow.issued)
            .join(DocumentRow, DocumentRow.id == RelationRow.document_id)
            .where(RelationRow.target == number)
            .order_by(DocumentRow.issued, DocumentRow.number)
        ).all()
        received = tuple(RelationLink(r.type, source, title, tuple(r.articles or ()), r.evidence or "",
                                      _iso(r.effective or effective or issued))
                         for r, source, title, effective, issued in incoming)
        citing_rows = _rows(session,
            select(ProcedureRow.agency, ProcedureRow.code, ProcedureVersionRow.title, CitationRow.articles,
                   CitationRow.line, CitationRow.in_legal_basis)
            .join(ProcedureVersionRow, ProcedureVersionRow.id == CitationRow.version_id)
            .join(ProcedureRow, ProcedureRow.current_version_id == ProcedureVersionRow.id)
            .where(CitationRow.resolved == number)
            .order_by(ProcedureRow.agency, ProcedureRow.code, CitationRow.start)
        ).all()
        merged: dict[tuple[str, str], CitingProcedure] = {}
        for agency, code, title, articles, line, in_basis in citing_rows:
            known = merged.get((agency, code))
            if known is None:
                merged[(agency, code)] = CitingProcedure(agency, code, title or "", tuple(articles or ()), line or "",
                                                         bool(in_basis))
            else:
                merged[(agency, code)] = CitingProcedure(
                    agency, code, known.title, tuple(dict.fromkeys([*known.articles, *(articles or ())])),
                    known.line, known.in_legal_basis or bool(in_basis))
        return DocumentDetail(document, stated, received, tuple(merged.values()), tuple(row.sources or ()))


def _titles(session: Session, numbers: Iterable[str]) -> dict[str, str]:
    numbers = sorted(set(numbers))
    if not numbers:
        return {}
    rows = _rows(session, select(DocumentRow.number, DocumentRow.title).where(DocumentRow.number.in_(numbers)))
    return {number: title for number, title in rows}


# -- procedures --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ProcedureSummary:
    """One row of the procedure list. `basis_valid` follows BasisValidity.valid (None: unknown)."""

    agency: str
    code: str
    title: str
    version: int
    file: str
    imported_at: str | None
    citations: int
    unresolved: int
    open_tasks: dict[str, int]
    basis_valid: bool | None
    expired_basis: tuple[str, ...]


def _current_versions(agency: str | None):
    """(agency, code, version id, title, file, version, imported_at) of every current procedure version,
    of one agency when given, in agency and code order."""
    query = (select(ProcedureRow.agency, ProcedureRow.code, ProcedureVersionRow.id, ProcedureVersionRow.title,
                    ProcedureVersionRow.file, ProcedureVersionRow.version, ProcedureVersionRow.imported_at)
             .join(ProcedureVersionRow, ProcedureVersionRow.id == ProcedureRow.current_version_id)
             .order_by(ProcedureRow.agency, ProcedureRow.code))
    return query.where(ProcedureRow.agency == agency) if agency else query


def _light_procedures(session: Session, agency: str | None, identities: Iterable[tuple[str, str]] | None = None
                      ) -> list[tuple[Procedure, dt.datetime | None]]:
    """Current versions (of one agency, or of the given (agency, code) pairs) with their citations
    but without their text, each with its import time."""
    query = _current_versions(agency)
    heads = []
    if identities is None:
        heads = _rows(session, query).all()
    else:
        for chunk in _chunks(sorted(set(identities)), 400):
            heads += _rows(session, query.where(tuple_(ProcedureRow.agency, ProcedureRow.code).in_(chunk))).all()
    citations: dict[int, list[ProcedureCitation]] = defaultdict(list)
    version_ids = [h[2] for h in heads]
    for chunk in _chunks(version_ids, 900):
        for row in _rows(session, select(*_CITATION_COLUMNS).where(CitationRow.version_id.in_(chunk))
                                   .order_by(CitationRow.version_id, CitationRow.start)):
            citations[row.version_id].append(_procedure_citation(row))
    return [(Procedure(id=c, agency=a, title=t or "", file=f or "", version=v, text="",
                       citations=tuple(citations[vid])), imported)
            for a, c, vid, t, f, v, imported in heads]


_CITATION_COLUMNS = (CitationRow.version_id, CitationRow.start, CitationRow.end, CitationRow.surface, CitationRow.doc_type,
                     CitationRow.number, CitationRow.title_hint, CitationRow.articles, CitationRow.issued,
                     CitationRow.issuer, CitationRow.year, CitationRow.resolved, CitationRow.confidence,
                     CitationRow.method, CitationRow.in_legal_basis, CitationRow.line)


def _procedure_citation(row) -> ProcedureCitation:
    """From a CitationRow or a row of _CITATION_COLUMNS."""
    return ProcedureCitation(
        citation=Citation(start=row.start, end=row.end, surface=row.surface, doc_type=row.doc_type, number=row.number,
                          title_hint=row.title_hint, articles=tuple(row.articles or ()), issued=row.issued,
                          issuer=row.issuer, year=row.year),
        resolved=row.resolved, confidence=row.confidence, method=row.method, in_legal_basis=row.in_legal_basis,
        line=row.line or "",
    )


def _chunks(items: list, size: int):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _timeline_for(session: Session, numbers: set[str]) -> Timeline:
    """A Timeline that answers `state_on(n)` for every n in `numbers` exactly as one built on the
    whole registry: it holds those documents and every document stating a relation about them."""
    numbers_list = sorted(numbers)
    ids: set[int] = set()
    for chunk in _chunks(numbers_list, 900):
        ids.update(session.scalars(select(DocumentRow.id).where(DocumentRow.number.in_(chunk))))
        ids.update(session.scalars(select(RelationRow.document_id).where(RelationRow.target.in_(chunk))))
    return Timeline(_documents_by_id(session, sorted(ids)))


def _documents_by_id(session: Session, ids: list[int]) -> list[LegalDocument]:
    """Documents with their relations, without their text."""
    relations: dict[int, list[Relation]] = defaultdict(list)
    documents = []
    for chunk in _chunks(ids, 900):
        for r in _rows(session, select(RelationRow.document_id, RelationRow.type, RelationRow.target, RelationRow.articles,
                                        RelationRow.evidence, RelationRow.effective)
                                 .where(RelationRow.document_id.in_(chunk)).order_by(RelationRow.id)):
            relations[r.document_id].append(Relation(type=r.type, target=r.target, articles=tuple(r.articles or ()),
                                                     evidence=r.evidence or "", effective=_iso(r.effective)))
        for row in _rows(session, select(DocumentRow.id, *_SUMMARY_COLUMNS, DocumentRow.expires)
                                   .where(DocumentRow.id.in_(chunk))):
            summary = _summary(row[1:9])
            documents.append(LegalDocument(
                number=summary.number, doc_type=summary.doc_type, issuer=summary.issuer, title=summary.title,
                issued=summary.issued, effective=summary.effective, expires=_iso(row[9]), status=summary.status,
                url=summary.url, relations=tuple(relations[row[0]])))
    return documents


def _open_task_counts(session: Session, agency: str | None) -> dict[tuple[str, str], dict[str, int]]:
    query = (select(TaskRow.agency, TaskRow.procedure, TaskRow.severity, func.count(TaskRow.id))
             .where(TaskRow.active.is_(True), TaskRow.status.in_(OPEN_STATUSES))
             .group_by(TaskRow.agency, TaskRow.procedure, TaskRow.severity))
    if agency:
        query = query.where(TaskRow.agency == agency)
    counts: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: dict.fromkeys(SEVERITY_ORDER, 0))
    for a, p, severity, n in _rows(session, query):
        counts[(a, p)][severity] = n
    return counts


def procedure_list(store: Store, *, agency: str | None = None, day: dt.date | None = None) -> list[ProcedureSummary]:
    """Every current procedure (of one agency) with its citation counts, open tasks by severity and
    whether its legal basis is in force on `day` (today by default), as `regimpact validity` says:
    the documents weighed are those of impact.analysis.cited_documents (the legal-basis section's
    resolved citations, else every resolved citation)."""
    day = day or dt.date.today()
    with store.session() as session:
        heads = _rows(session, _current_versions(agency)).all()
        counts: dict[int, list[int]] = defaultdict(lambda: [0, 0])
        in_basis: dict[int, set[str]] = defaultdict(set)
        anywhere: dict[int, set[str]] = defaultdict(set)
        for chunk in _chunks([h.id for h in heads], 900):
            for version_id, resolved, basis in _rows(session,
                    select(CitationRow.version_id, CitationRow.resolved, CitationRow.in_legal_basis)
                    .where(CitationRow.version_id.in_(chunk))):
                counts[version_id][0] += 1
                if not resolved:
                    counts[version_id][1] += 1
                    continue
                anywhere[version_id].add(resolved)
                if basis:
                    in_basis[version_id].add(resolved)
        cited = {h.id: sorted(in_basis[h.id] or anywhere[h.id]) for h in heads}
        timeline = _timeline_for(session, {n for numbers in cited.values() for n in numbers})
        tasks = _open_task_counts(session, agency)
    states = {n: timeline.state_on(n, day) for n in {n for numbers in cited.values() for n in numbers}}
    summaries = []
    for a, code, version_id, title, file, version, imported in heads:
        basis = BasisValidity(agency=a, procedure=code, day=day, documents=tuple(states[n] for n in cited[version_id]))
        summaries.append(ProcedureSummary(
            agency=a, code=code, title=title or "", version=version, file=file or "",
            imported_at=imported.isoformat() if imported else None,
            citations=counts[version_id][0], unresolved=counts[version_id][1],
            open_tasks=dict(tasks.get((a, code), dict.fromkeys(SEVERITY_ORDER, 0))),
            basis_valid=basis.valid, expired_basis=tuple(d.number for d in basis.documents if d.state == "expired"),
        ))
    return summaries


@dataclass(frozen=True, slots=True)
class CitationSpan:
    """A citation in the procedure's text; `kind`: resolved, unresolved or affected (an open task
    concerns the cited document)."""

    start: int
    end: int
    surface: str
    kind: str
    resolved: str | None
    articles: tuple[str, ...]
    in_legal_basis: bool


@dataclass(frozen=True)
class ProcedureView:
    procedure: Procedure
    spans: tuple[CitationSpan, ...]
    basis: BasisValidity
    titles: dict[str, str]
    tasks: tuple[Task, ...]
    imported_at: str | None = None
    basis_section: tuple[int, int] | None = None


def procedure_view(store: Store, agency: str, code: str, *, day: dt.date | None = None) -> ProcedureView | None:
    """The procedure page: text with classified citation spans, legal basis on `day`, its tasks."""
    from impact.analysis import cited_documents

    day = day or dt.date.today()
    with store.session() as session:
        head = session.execute(
            select(ProcedureRow, ProcedureVersionRow)
            .join(ProcedureVersionRow, ProcedureVersionRow.id == ProcedureRow.current_version_id)
            .where(ProcedureRow.agency == agency, ProcedureRow.code == code)
        ).first()
        if head is None:
            return None
        row, version = head
        citations = tuple(_procedure_citation(c) for c in _rows(session,
            select(*_CITATION_COLUMNS).where(CitationRow.version_id == version.id).order_by(CitationRow.start)))
        procedure = Procedure(id=code, agency=agency, title=version.title or "", file=version.file or "",
                              version=version.version, text=version.text or "", citations=citations,
                              content_hash=version.content_hash)
        tasks = tuple(_tasks(session, [TaskRow.agency == agency, TaskRow.procedure == code]))
        numbers = set(cited_documents(procedure))
        basis = _timeline_for(session, numbers).basis_on(procedure, day)
        titles = _titles(session, {c.resolved for c in citations if c.resolved})
        imported_at = version.imported_at.isoformat() if version.imported_at else None
        section = ((version.legal_basis_start, version.legal_basis_end)
                   if version.legal_basis_start is not None and version.legal_basis_end else None)
    affected = {t.cited for t in tasks if t.status in OPEN_STATUSES}
    spans = tuple(
        CitationSpan(c.citation.start, c.citation.end, c.citation.surface,
                     "unresolved" if not c.resolved else "affected" if c.resolved in affected else "resolved",
                     c.resolved, c.citation.articles, c.in_legal_basis)
        for c in citations
    )
    return ProcedureView(procedure, spans, basis, titles, tasks, imported_at, section)


# -- tasks -------------------------------------------------------------------------------------


_TASK_COLUMNS = (TaskRow.key, TaskRow.agency, TaskRow.procedure, TaskRow.procedure_title, TaskRow.cited,
                 TaskRow.cited_articles, TaskRow.trigger, TaskRow.change, TaskRow.severity, TaskRow.due, TaskRow.status,
                 TaskRow.evidence, TaskRow.assignee, TaskRow.note, TaskRow.effective, TaskRow.successor, TaskRow.active,
                 TaskRow.created_at, TaskRow.updated_at)


def _task(row) -> Task:
    return Task(
        key=row.key, agency=row.agency, procedure=row.procedure, procedure_title=row.procedure_title,
        cited=row.cited, cited_articles=tuple(row.cited_articles or ()), trigger=row.trigger, change=row.change,
        severity=row.severity, due=_iso(row.due), status=row.status, evidence=row.evidence,
        assignee=row.assignee, note=row.note, effective=_iso(row.effective), successor=row.successor,
        active=row.active, created_at=row.created_at.isoformat() if row.created_at else None,
        updated_at=row.updated_at.isoformat() if row.updated_at else None,
    )


_TASK_ORDER = (TaskRow.agency, TaskRow.procedure, TaskRow.due, TaskRow.key)


def _tasks(session: Session, conditions: list, *, limit: int | None = None) -> list[Task]:
    query = select(*_TASK_COLUMNS).where(TaskRow.active.is_(True), *conditions).order_by(*_TASK_ORDER)
    if limit is not None:
        query = query.limit(limit)
    return [_task(row) for row in _rows(session, query)]


@dataclass(frozen=True, slots=True)
class TaskFilter:
    """What the task list is narrowed to: severities and statuses as sets (empty: any), a due-date
    range, still open and past due on `overdue_on`, and `text` in the procedure code or title, the
    cited or the new document."""

    agency: str | None = None
    severities: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    due_from: dt.date | None = None
    due_to: dt.date | None = None
    overdue_on: dt.date | None = None
    text: str = ""

    def conditions(self, session: Session) -> list:
        conditions = []
        if self.agency:
            conditions.append(TaskRow.agency == self.agency)
        if self.severities:
            conditions.append(TaskRow.severity.in_(self.severities))
        if self.statuses:
            conditions.append(TaskRow.status.in_(self.statuses))
        if self.due_from:
            conditions.append(TaskRow.due >= self.due_from)
        if self.due_to:
            conditions.append(TaskRow.due <= self.due_to)
        if self.overdue_on:
            conditions += [TaskRow.status.in_(OPEN_STATUSES), TaskRow.due < self.overdue_on]
        if self.text.strip():
            needle = f"%{_fold(self.text.strip())}%"
            conditions.append(or_(*(_folded(session, column).like(needle) for column in (
                TaskRow.procedure, TaskRow.procedure_title, TaskRow.cited, TaskRow.trigger))))
        return conditions


def task_list(store: Store, where: TaskFilter = TaskFilter(), *, limit: int | None = None) -> list[Task]:
    """Active tasks matching the filter (without their history), by agency, procedure and due
    date; the first `limit` when given."""
    with store.session() as session:
        return _tasks(session, where.conditions(session), limit=limit)


def task_counts(store: Store, where: TaskFilter = TaskFilter()) -> dict[str, int]:
    """How many active tasks match the filter, by severity."""
    with store.session() as session:
        rows = _rows(session, select(TaskRow.severity, func.count(TaskRow.id))
                               .where(TaskRow.active.is_(True), *where.conditions(session))
                               .group_by(TaskRow.severity))
        counts = dict(rows.all())
    return {s: counts.get(s, 0) for s in SEVERITY_ORDER}


def task_keys(store: Store, where: TaskFilter = TaskFilter()) -> list[str]:
    """The keys of every active task matching the filter (for bulk actions)."""
    with store.session() as session:
        return list(session.scalars(select(TaskRow.key).where(TaskRow.active.is_(True), *where.conditions(session))
                                    .order_by(*_TASK_ORDER)))


def task_history(store: Store, key: str) -> list[dict]:
    """A task's changes, oldest first, starting with its creation (as Store.tasks(with_history=True)
    gives them)."""
    with store.session() as session:
        task = _rows(session, select(TaskRow.id, TaskRow.created_at, TaskRow.created_by)
                     .where(TaskRow.key == key)).first()
        if task is None:
            return []
        created = {"at": task.created_at.isoformat(), "actor": task.created_by or "analyze", "field": "created",
                   "old": None, "new": "open", "message": None}
        events = _rows(session, select(TaskEventRow.at, TaskEventRow.actor, TaskEventRow.field, TaskEventRow.old,
                                       TaskEventRow.new, TaskEventRow.message)
                       .where(TaskEventRow.task_id == task.id).order_by(TaskEventRow.id))
        return [created, *({"at": e.at.isoformat(), "actor": e.actor, "field": e.field, "old": e.old, "new": e.new,
                            "message": e.message} for e in events)]


# -- weekly report figures ---------------------------------------------------------------------


@dataclass(frozen=True)
class WeekFigures:
    """The weekly report's figures (same definitions as impact.reports.weekly) and what its charts
    show, counted in the database."""

    week: str
    start: dt.date
    end: dt.date
    new_documents: int
    relevant_documents: int
    affected_procedures: int
    new_tasks: dict[str, int]
    open_tasks: int
    overdue_tasks: int
    open_by_agency: dict[str, dict[str, int]] = field(default_factory=dict)
    new_by_agency: dict[str, int] = field(default_factory=dict)
    new_by_change: dict[str, int] = field(default_factory=dict)


def _week_bounds(week: str) -> tuple[dt.date, dt.date, dt.datetime, dt.datetime]:
    start, end = parse_week(week)
    return start, end, dt.datetime.combine(start, dt.time()), dt.datetime.combine(end + dt.timedelta(days=1), dt.time())


def _new_task_condition(session: Session, begin: dt.datetime, until: dt.datetime):
    triggers = select(DocumentRow.number).where(DocumentRow.collected_at >= begin, DocumentRow.collected_at < until)
    return or_(TaskRow.trigger.in_(triggers), and_(TaskRow.created_at >= begin, TaskRow.created_at < until))


def week_figures(store: Store, week: str, *, agency: str | None = None) -> WeekFigures:
    """Figures of an ISO week ("2026-W48") for one agency or all."""
    start, end, begin, until = _week_bounds(week)
    with store.session() as session:
        scope = [TaskRow.active.is_(True)] + ([TaskRow.agency == agency] if agency else [])
        new_documents = session.scalar(select(func.count(DocumentRow.id)).where(
            DocumentRow.collected_at >= begin, DocumentRow.collected_at < until)) or 0
        new_numbers = select(DocumentRow.number).where(DocumentRow.collected_at >= begin,
                                                       DocumentRow.collected_at < until)
        relevant = session.scalar(select(func.count(func.distinct(TaskRow.trigger))).where(
            *scope, TaskRow.trigger.in_(new_numbers))) or 0
        new_rows = _rows(session, select(TaskRow.agency, TaskRow.procedure, TaskRow.severity, TaskRow.change).where(
            *scope, _new_task_condition(session, begin, until))).all()
        open_rows = _rows(session, select(TaskRow.agency, TaskRow.severity, func.count(TaskRow.id)).where(
            *scope, TaskRow.status.in_(OPEN_STATUSES)).group_by(TaskRow.agency, TaskRow.severity)).all()
        overdue = session.scalar(select(func.count(TaskRow.id)).where(
            *scope, TaskRow.status.in_(OPEN_STATUSES), TaskRow.due < end)) or 0
    severities = Counter(severity for _, _, severity, _ in new_rows)
    open_by_agency: dict[str, dict[str, int]] = {}
    for task_agency, severity, n in open_rows:
        open_by_agency.setdefault(task_agency, dict.fromkeys(SEVERITY_ORDER, 0))[severity] = n
    return WeekFigures(
        week=week, start=start, end=end, new_documents=new_documents, relevant_documents=relevant,
        affected_procedures=len({(a, p) for a, p, _, _ in new_rows}),
        new_tasks={s: severities.get(s, 0) for s in SEVERITY_ORDER},
        open_tasks=sum(n for _, _, n in open_rows), overdue_tasks=overdue,
        open_by_agency=dict(sorted(open_by_agency.items())),
        new_by_agency=dict(sorted(Counter(a for a, _, _, _ in new_rows).items())),
        new_by_change=dict(Counter(change for _, _, _, change in new_rows).most_common()),
    )


def week_new_tasks(store: Store, week: str, *, agency: str | None = None) -> list[Task]:
    """The week's new tasks (as the weekly report counts them), by agency then procedure."""
    _, _, begin, until = _week_bounds(week)
    with store.session() as session:
        conditions = [_new_task_condition(session, begin, until)] + ([TaskRow.agency == agency] if agency else [])
        return _tasks(session, conditions)


def activity_weeks(store: Store, *, agency: str | None = None) -> list[str]:
    """ISO weeks in which documents were collected or tasks created, newest first. With an agency,
    collection weeks count only when the documents collected triggered one of its tasks."""
    with store.session() as session:
        if agency:
            collected = select(func.date(DocumentRow.collected_at)).join(
                TaskRow, TaskRow.trigger == DocumentRow.number).where(TaskRow.agency == agency).distinct()
        else:
            collected = select(func.date(DocumentRow.collected_at)).distinct()
        created = select(func.date(TaskRow.created_at)).distinct()
        if agency:
            created = created.where(TaskRow.agency == agency)
        days = {*session.scalars(collected), *session.scalars(created)}
    weeks = {iso_week(day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day)[:10])) for day in days if day}
    return sorted(weeks, reverse=True)


def default_week(store: Store, *, agency: str | None = None) -> str:
    """The week the report page opens on: the latest in which a collected document triggered tasks,
    else the latest with any activity, else the current week."""
    with store.session() as session:
        query = select(func.max(DocumentRow.collected_at)).join(TaskRow, TaskRow.trigger == DocumentRow.number).where(
            TaskRow.active.is_(True))
        if agency:
            query = query.where(TaskRow.agency == agency)
        latest = session.scalar(query)
    if latest is not None:
        return iso_week(latest.date() if isinstance(latest, dt.datetime) else dt.date.fromisoformat(str(latest)[:10]))
    weeks = activity_weeks(store, agency=agency)
    return weeks[0] if weeks else iso_week(dt.date.today())


def weekly_trend(store: Store, week: str, *, weeks: int = 12, agency: str | None = None) -> list[dict]:
    """For the `weeks` ISO weeks ending with `week`: documents collected, and tasks their documents
    triggered by severity, one record a week (oldest first)."""
    start, _ = parse_week(week)
    first = start - dt.timedelta(weeks=weeks - 1)
    begin, until = dt.datetime.combine(first, dt.time()), dt.datetime.combine(start + dt.timedelta(days=7), dt.time())
    labels = [iso_week(first + dt.timedelta(weeks=i)) for i in range(weeks)]
    table = {label: {"week": label, "documents": 0, **dict.fromkeys(SEVERITY_ORDER, 0)} for label in labels}
    with store.session() as session:
        collected = func.date(DocumentRow.collected_at)
        for day, n in _rows(session, select(collected, func.count(DocumentRow.id)).where(
                DocumentRow.collected_at >= begin, DocumentRow.collected_at < until).group_by(collected)):
            table[iso_week(_as_date(day))]["documents"] += n
        query = (select(collected, TaskRow.severity, func.count(TaskRow.id))
                 .join(DocumentRow, DocumentRow.number == TaskRow.trigger)
                 .where(TaskRow.active.is_(True), DocumentRow.collected_at >= begin, DocumentRow.collected_at < until)
                 .group_by(collected, TaskRow.severity))
        if agency:
            query = query.where(TaskRow.agency == agency)
        for day, severity, n in _rows(session, query):
            table[iso_week(_as_date(day))][severity] += n
    return [table[label] for label in labels]


def _as_date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


# -- dependency graph --------------------------------------------------------------------------


def graph_around(store: Store, *, procedure: str | None = None, document: str | None = None,
                 agency: str | None = None, depth: int = 2, relations: Iterable[str] | None = None) -> nx.MultiDiGraph:
    """The same graph as impact.api.dependency_graph for a procedure, a document or an agency, found
    by walking the relation and citation tables `depth` steps instead of building the whole graph.
    KeyError names what is not found."""
    from nlp.numbers import canonical_number

    wanted = set(relations) if relations is not None else None
    follow_citations = wanted is None or "cites" in wanted
    document_types = None if wanted is None else sorted(wanted - {"cites"})
    with store.session() as session:
        procedures: set[tuple[str, str]] = set()
        numbers: set[str] = set()
        if procedure:
            query = select(ProcedureRow.agency, ProcedureRow.code).where(ProcedureRow.code == procedure)
            if agency:
                query = query.where(ProcedureRow.agency == agency)
            procedures = set(_rows(session, query).all())
        elif document:
            number = canonical_number(document) or document
            known = session.scalar(select(func.count(DocumentRow.id)).where(DocumentRow.number == number))
            cited = session.scalar(select(func.count(CitationRow.id)).where(CitationRow.resolved == number))
            mentioned = session.scalar(select(func.count(RelationRow.id)).where(RelationRow.target == number))
            if known or cited or mentioned:
                numbers = {number}
        elif agency:
            procedures = set(_rows(session, select(ProcedureRow.agency, ProcedureRow.code)
                                             .where(ProcedureRow.agency == agency)).all())
        if not procedures and not numbers:
            raise KeyError(procedure or document or agency)
        seeds_p, seeds_n = set(procedures), set(numbers)
        frontier_p, frontier_n = set(procedures), set(numbers)
        for _ in range(depth):
            found_p, found_n = set(), set()
            if follow_citations:
                found_n |= _cited_numbers(session, frontier_p)
                found_p |= _citing_procedures(session, frontier_n)
            if document_types is None or document_types:
                found_n |= _related_numbers(session, frontier_n, document_types)
            frontier_p, frontier_n = found_p - procedures, found_n - numbers
            procedures |= found_p
            numbers |= found_n
            if not frontier_p and not frontier_n:
                break
        documents = _documents_by_number(session, numbers)
        loaded = _procedures_by_identity(session, procedures)
    graph = build_graph(documents, loaded)
    seeds = [f"proc:{a}/{c}" for a, c in sorted(seeds_p)] + [f"doc:{n}" for n in sorted(seeds_n)]
    return neighbourhood(graph, seeds, depth=depth, relations=relations)


def _current_citations(session: Session):
    return (select(ProcedureRow.agency, ProcedureRow.code, CitationRow.resolved)
            .join(CitationRow, CitationRow.version_id == ProcedureRow.current_version_id)
            .where(CitationRow.resolved.is_not(None)))


def _cited_numbers(session: Session, procedures: set[tuple[str, str]]) -> set[str]:
    found = set()
    by_agency: dict[str, list[str]] = defaultdict(list)
    for a, c in procedures:
        by_agency[a].append(c)
    for a, codes in by_agency.items():
        for chunk in _chunks(sorted(codes), 900):
            query = _current_citations(session).where(ProcedureRow.agency == a, ProcedureRow.code.in_(chunk))
            found.update(n for _, _, n in _rows(session, query))
    return found


def _citing_procedures(session: Session, numbers: set[str]) -> set[tuple[str, str]]:
    found = set()
    for chunk in _chunks(sorted(numbers), 900):
        query = _current_citations(session).where(CitationRow.resolved.in_(chunk))
        found.update((a, c) for a, c, _ in _rows(session, query))
    return found


def _related_numbers(session: Session, numbers: set[str], types: list[str] | None) -> set[str]:
    found = set()
    for chunk in _chunks(sorted(numbers), 900):
        outgoing = select(RelationRow.target).join(DocumentRow).where(DocumentRow.number.in_(chunk))
        incoming = select(DocumentRow.number).join(RelationRow).where(RelationRow.target.in_(chunk))
        if types is not None:
            outgoing = outgoing.where(RelationRow.type.in_(types))
            incoming = incoming.where(RelationRow.type.in_(types))
        found.update(session.scalars(outgoing))
        found.update(session.scalars(incoming))
    return found


def _documents_by_number(session: Session, numbers: set[str]) -> list[LegalDocument]:
    ids: list[int] = []
    for chunk in _chunks(sorted(numbers), 900):
        ids.extend(session.scalars(select(DocumentRow.id).where(DocumentRow.number.in_(chunk))))
    return _documents_by_id(session, sorted(ids))


def _procedures_by_identity(session: Session, identities: set[tuple[str, str]]) -> list[Procedure]:
    return [p for p, _ in _light_procedures(session, None, identities)] if identities else []


# -- crawl runs --------------------------------------------------------------------------------


def last_crawl_by_source(store: Store) -> dict[str, dict]:
    """The latest run of each source: {"source": {"started_at", "ended_at", "exit_status", "counts"}}."""
    with store.session() as session:
        latest = select(CrawlRunRow.source, func.max(CrawlRunRow.id).label("id")).group_by(CrawlRunRow.source).subquery()
        rows = session.scalars(select(CrawlRunRow).join(latest, latest.c.id == CrawlRunRow.id))
        return {r.source: {"started_at": r.started_at, "ended_at": r.ended_at, "exit_status": r.exit_status,
                           "counts": r.counts or {}} for r in rows}


# -- pickers -----------------------------------------------------------------------------------


def procedure_index(store: Store, *, agency: str | None = None) -> list[tuple[str, str, str]]:
    """(agency, code, title) of every current procedure (of one agency), for pickers."""
    with store.session() as session:
        query = (select(ProcedureRow.agency, ProcedureRow.code, ProcedureVersionRow.title)
                 .join(ProcedureVersionRow, ProcedureVersionRow.id == ProcedureRow.current_version_id)
                 .order_by(ProcedureRow.agency, ProcedureRow.code))
        if agency:
            query = query.where(ProcedureRow.agency == agency)
        return [(a, c, t or "") for a, c, t in _rows(session, query)]


def most_cited(store: Store, *, agency: str | None = None, limit: int = 300) -> list[tuple[str, int]]:
    """(document number, procedures citing it) for the documents the scope's procedures cite most."""
    with store.session() as session:
        procedures = func.count(func.distinct(ProcedureRow.id))
        query = (select(CitationRow.resolved, procedures)
                 .join(ProcedureRow, ProcedureRow.current_version_id == CitationRow.version_id)
                 .where(CitationRow.resolved.is_not(None))
                 .group_by(CitationRow.resolved).order_by(procedures.desc(), CitationRow.resolved).limit(limit))
        if agency:
            query = query.where(ProcedureRow.agency == agency)
        return [(n, c) for n, c in _rows(session, query)]
