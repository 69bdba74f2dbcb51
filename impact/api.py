"""The operations the CLI and the app both call; neither holds logic of its own."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from impact.analysis import ImpactModel, cited_documents
from impact.documents import parse_document_lines
from impact.graph import agency_nodes, build_graph, document_node, neighbourhood
from impact.ingest import IngestReport, import_procedures, refresh_resolutions
from impact.reports import WeeklyReport, weekly_report
from impact.store import ImportCounts, Store
from impact.suggest import Suggestion, suggestions
from impact.validity import BasisValidity, Timeline

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

    Without `since`: every procedure against every known change; tasks whose impact is no longer
    produced are closed (the procedure now follows the change) or marked inactive. With `since`
    (incremental): only the changes issued or taking effect from that day, only the procedures
    citing a document they touch, only unresolved citations re-resolved; other tasks are left as
    they are.
    """
    resolutions_changed = refresh_resolutions(store, unresolved_only=since is not None)
    documents = store.documents(with_text=False)
    model = ImpactModel(documents)
    if since is None:
        procedures = store.procedures()
    else:
        procedures = store.procedures(citing=model.touched_since(since))
    impacts = [impact for procedure in procedures for impact in model.impacts(procedure, since=since)]
    cited = {(p.agency, p.id): (p.version, cited_documents(p).keys()) for p in procedures}

    def fixed_by(task) -> str | None:
        version, numbers = cited.get((task.agency, task.procedure), (None, set()))
        followed = sorted(model.reflected_by(task.trigger) & numbers)
        if not followed:
            return None
        return (f"Quy trình {task.procedure} phiên bản {version} đã viện dẫn {', '.join(followed)}: "
                f"nhiệm vụ được tự động đóng.")

    counts = store.sync_tasks(impacts, actor=actor, deactivate_missing=since is None, fixed_by=fixed_by)
    return AnalysisSummary(impacts=len(impacts), tasks=counts, resolutions_changed=resolutions_changed)


def load_demo(store: Store, *, registry: Path = DEMO_REGISTRY, procedures: Path = DEMO_PROCEDURES) -> DemoSummary:
    """The shipped sample: the registry, every agency's procedures, and a first analysis."""
    with registry.open(encoding="utf-8") as lines:
        documents = import_document_lines(store, lines, str(registry))
    agencies = sorted(p for p in procedures.iterdir() if p.is_dir())
    report = IngestReport()
    for agency_dir in agencies:
        report.outcomes.extend(import_procedures(store, [agency_dir], agency=agency_dir.name).outcomes)
    return DemoSummary(documents=documents, procedures=report, analysis=run_analysis(store, actor="demo"))


def build_weekly_report(store: Store, week: str, *, agency: str | None = None) -> WeeklyReport:
    """The weekly report of an ISO week ("2026-W48") for one agency or all."""
    return weekly_report(week, store.documents(), store.tasks(), agency=agency)


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
