"""The operations the CLI and the app both call; neither holds logic of its own."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable

from impact.analysis import ImpactModel, cited_documents
from impact.documents import parse_document_lines
from impact.graph import CHANGE_RELATIONS, agency_nodes, build_graph, document_node, neighbourhood
from impact.ingest import IngestReport, import_procedures, refresh_resolutions
from impact.reports import WeeklyReport, parse_week, weekly_report
from impact.store import ImportCounts, Store
from impact.suggest import Suggestion, suggestions
from impact.validity import BasisValidity, Timeline

ENDING_OR_AMENDING = ("amends", "replaces", "repeals", "expires")
DATA_DIR = Path(__file__).resolve().parent.parent / "data"
DEMO_REGISTRY = DATA_DIR / "registry" / "documents.jsonl"
DEMO_PROCEDURES = DATA_DIR / "procedures"


@dataclass(frozen=True)
class AnalysisSummary:
    impacts: int
    tasks: ImportCounts
    resolutions_changed: int


@dataclass(frozen=True)
class DemoSummary:
    documents: ImportCounts
    procedures: IngestReport
    analysis: AnalysisSummary


def import_document_lines(store: Store, lines: Iterable[str], source: str) -> ImportCounts:
    """Validate every record first, then store them all in one transaction (or none)."""
    return store.upsert_documents(parse_document_lines(lines, source))


def run_analysis(store: Store, *, since: dt.date | None = None, actor: str = "analyze") -> AnalysisSummary:
    """Re-resolve citations against the current registry, compute impacts, sync the task list.

    Without `since`: every procedure against every known change. With `since` (incremental):
    only the procedures citing a document that the documents issued, taking effect or ending from
    that day touch, read against only the part of the registry they depend on; unresolved
    citations are tried against the window's documents. Its cost follows the size of the change,
    not of the registry. Either way, a task of an analysed procedure whose impact is no longer
    produced is closed (the procedure now follows the change) or marked inactive.
    """
    if since is None:
        documents = store.documents(full=False)
        resolutions_changed = refresh_resolutions(store, documents=documents)
        model = ImpactModel(documents)
        procedures = store.procedures()
    else:
        window = store.documents(full=False, changed_since=since)
        resolutions_changed = refresh_resolutions(store, documents=window, unresolved_only=True)
        targets = {relation.target for document in window for relation in document.relations or ()}
        touched = targets | store.relation_sources(targets, ("guides",)) | {d.number for d in window}
        procedures = store.procedures(citing=touched)
        cited_numbers = {number for p in procedures for number in cited_documents(p)}
        model = ImpactModel(store.documents(full=False, numbers=_dependencies(store, cited_numbers)))
    impacts = [impact for procedure in procedures for impact in model.impacts(procedure)]
    cited = {(p.agency, p.id): (p.version, cited_documents(p).keys()) for p in procedures}

    def fixed_by(task) -> str | None:
        version, numbers = cited.get((task.agency, task.procedure), (None, set()))
        # the cited document itself never shows the change is followed (a status-only task's
        # trigger is the cited document)
        followed = sorted((model.reflected_by(task.trigger) - {task.cited}) & numbers)
        if not followed:
            return None
        return (f"Quy trình {task.procedure} phiên bản {version} đã viện dẫn {', '.join(followed)}: "
                f"nhiệm vụ được tự động đóng.")

    scope = None if since is None else set(cited)
    counts = store.sync_tasks(impacts, actor=actor, scope=scope, fixed_by=fixed_by)
    return AnalysisSummary(impacts=len(impacts), tasks=counts, resolutions_changed=resolutions_changed)


def _dependencies(store: Store, cited: set[str]) -> set[str]:
    """The documents the analysis of citations of `cited` reads: those, the parents they detail,
    the documents that change either, and onward the documents that act on those (chains)."""
    needed = set(cited) | store.relation_targets(cited, ("guides",))
    frontier, kinds = set(needed), CHANGE_RELATIONS
    while frontier:
        frontier = store.relation_sources(frontier, kinds) - needed
        needed |= frontier
        kinds = ENDING_OR_AMENDING
    return needed


def load_demo(store: Store, *, registry: Path = DEMO_REGISTRY, procedures: Path = DEMO_PROCEDURES) -> DemoSummary:
    """The shipped sample: the registry, every agency's procedures, and a first analysis.

    The registry's documents count as collected on their issue dates (as a weekly crawl would have
    found them), so that the weekly reports of the past show what each week brought.
    """
    with registry.open(encoding="utf-8") as lines:
        records = parse_document_lines(lines, str(registry))
    documents = store.upsert_documents(
        replace(d, collected=d.collected or d.issued) for d in records)
    agencies = sorted(p for p in procedures.iterdir() if p.is_dir())
    report = IngestReport()
    for agency_dir in agencies:
        report.outcomes.extend(import_procedures(store, [agency_dir], agency=agency_dir.name).outcomes)
    return DemoSummary(documents=documents, procedures=report, analysis=run_analysis(store, actor="demo"))


def build_weekly_report(store: Store, week: str, *, agency: str | None = None) -> WeeklyReport:
    """The weekly report of an ISO week ("2026-W48") for one agency or all."""
    start, end = parse_week(week)
    tasks = store.tasks()
    documents = store.documents(full=False, numbers={t.trigger for t in tasks}, collected=(start, end))
    return weekly_report(week, documents, tasks, agency=agency)


def dependency_graph(store: Store, *, procedure: str | None = None, document: str | None = None,
                     agency: str | None = None, depth: int = 2, relations=None):
    """The whole dependency graph, or the part within `depth` steps of a procedure (by code, within
    `agency` when given), a document (by number) or an agency's procedures. KeyError names what
    is not found."""
    from nlp.numbers import canonical_number

    graph = build_graph(store.documents(), store.procedures())
    if procedure:
        seeds = [n for n, d in graph.nodes(data=True) if d.get("kind") == "procedure" and d.get("code") == procedure
                 and (agency is None or d.get("agency") == agency)]
    elif document:
        seeds = [document_node(canonical_number(document) or document)]
        seeds = [s for s in seeds if s in graph]
    elif agency:
        seeds = agency_nodes(graph, agency)
    else:
        return graph
    if not seeds:
        raise KeyError(procedure or document or agency)
    return neighbourhood(graph, seeds, depth=depth, relations=relations)


def basis_validity(store: Store, day: dt.date, *, procedure: str | None = None,
                   agency: str | None = None) -> list[BasisValidity]:
    """Whether each procedure's legal basis was in force on `day` (one procedure when its code is given)."""
    timeline = Timeline(store.documents())
    return [timeline.basis_on(p, day) for p in store.procedures(agency)
            if procedure is None or p.id == procedure]


def suggested_updates(store: Store, *, agency: str | None = None) -> list[Suggestion]:
    """The suggested legal-basis line of every open task."""
    tasks = [t for t in store.tasks(agency=agency) if t.status in ("open", "in_progress")]
    return suggestions(tasks, store.procedures(agency), store.documents())
