"""The weekly report as JSON: every list of the report, tasks in DESIGN.md's Impact shape."""
from __future__ import annotations

import json

from impact.reports.weekly import DocumentImpact, WeeklyReport


def _document(document) -> dict:
    fields = ("number", "doc_type", "issuer", "title", "issued", "effective", "status", "url", "source")
    return {name: getattr(document, name) for name in fields}


def _impact(item: DocumentImpact) -> dict:
    return {**_document(item.document), "procedures": list(item.procedures)}


def render(report: WeeklyReport) -> bytes:
    payload = {
        "week": report.week,
        "start": report.start.isoformat(),
        "end": report.end.isoformat(),
        "agency": report.agency,
        "summary": {
            "new_documents": len(report.new_documents),
            "relevant_documents": len(report.relevant_documents),
            "affected_procedures": report.affected_procedures,
            "new_tasks": report.severity_counts(report.new_tasks),
            "open_tasks": len(report.open_tasks),
            "overdue_tasks": len(report.overdue_tasks),
        },
        "tasks_by_agency": report.by_agency,
        "new_documents": [_document(d) for d in report.new_documents],
        "relevant_documents": [_impact(i) for i in report.relevant_documents],
        "new_tasks": [t.to_json() for t in report.new_tasks],
        "overdue_tasks": [t.to_json() for t in report.overdue_tasks],
        "upcoming": [_impact(i) for i in report.upcoming],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2).encode("utf-8")
