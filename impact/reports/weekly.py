"""The weekly impact report's content for an ISO week; the sibling modules only lay it out."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from impact.models import LegalDocument, Task

OPEN_STATUSES = ("open", "in_progress")
UPCOMING_HORIZON_DAYS = 90
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})$")


class InvalidWeek(ValueError):
    """A week that is not written YYYY-Www or does not exist."""


def parse_week(week: str) -> tuple[dt.date, dt.date]:
    """Monday and Sunday of an ISO week written like "2026-W48"."""
    match = _WEEK.match(week.strip())
    if not match:
        raise InvalidWeek(f"'{week}' không phải tuần ISO dạng YYYY-Www (ví dụ 2026-W48)")
    try:
        monday = dt.date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
    except ValueError:
        raise InvalidWeek(f"tuần {week} không tồn tại") from None
    return monday, monday + dt.timedelta(days=6)


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


@dataclass(frozen=True)
class DocumentImpact:
    """A document and the procedures its changes touch (for the report's document lists)."""

    document: LegalDocument
    procedures: tuple[str, ...]


@dataclass(frozen=True)
class WeeklyReport:
    """What a coordinator reads on Monday: the week's new documents and what they mean for procedures."""

    week: str
    start: dt.date
    end: dt.date
    agency: str | None
    new_documents: tuple[LegalDocument, ...]
    relevant_documents: tuple[DocumentImpact, ...]
    new_tasks: tuple[Task, ...]
    open_tasks: tuple[Task, ...]
    overdue_tasks: tuple[Task, ...]
    upcoming: tuple[DocumentImpact, ...]
    by_agency: dict = field(default_factory=dict)

    @property
    def affected_procedures(self) -> int:
        return len({(t.agency, t.procedure) for t in self.new_tasks})

    def severity_counts(self, tasks) -> dict[str, int]:
        counts = Counter(t.severity for t in tasks)
        return {s: counts.get(s, 0) for s in ("high", "medium", "low")}


def _day(iso: str | None) -> dt.date | None:
    return dt.date.fromisoformat(iso[:10]) if iso else None


def weekly_report(week: str, documents: list[LegalDocument], tasks: list[Task], *,
                  agency: str | None = None) -> WeeklyReport:
    """The report of `week` from the stored documents and (active) tasks, for one agency or all.

    New documents are those regimpact collected during the week. Relevant are the new documents
    that trigger tasks; new tasks are those triggered by the week's documents or created during
    it. Overdue tasks are still open at the week's end past their due date; upcoming are
    documents, already issued, that take effect within 90 days after the week and touch procedures.
    """
    start, end = parse_week(week)
    if agency:
        tasks = [t for t in tasks if t.agency == agency]
    by_number = {d.number: d for d in documents}
    new_documents = tuple(d for d in documents if d.collected and start <= _day(d.collected) <= end)
    new_numbers = {d.number for d in new_documents}

    procedures_by_trigger: dict[str, set[str]] = defaultdict(set)
    for task in tasks:
        procedures_by_trigger[task.trigger].add(f"{task.agency} · {task.procedure}")

    def impact_of(number: str) -> DocumentImpact:
        return DocumentImpact(by_number[number], tuple(sorted(procedures_by_trigger[number])))

    def in_week(day: dt.date | None) -> bool:
        return day is not None and start <= day <= end

    relevant = tuple(impact_of(n) for n in sorted(new_numbers & procedures_by_trigger.keys()))
    new_tasks = tuple(t for t in tasks if t.trigger in new_numbers or in_week(_day(t.created_at)))
    open_tasks = tuple(t for t in tasks if t.status in OPEN_STATUSES)
    overdue = tuple(t for t in open_tasks if t.due and _day(t.due) < end)
    horizon = end + dt.timedelta(days=UPCOMING_HORIZON_DAYS)
    coming = [by_number[n] for n in procedures_by_trigger if n in by_number and by_number[n].effective
              and end < _day(by_number[n].effective) <= horizon]
    upcoming = tuple(impact_of(d.number) for d in sorted(coming, key=lambda d: (d.effective, d.number)))
    by_agency: dict[str, dict[str, int]] = {}
    for task in open_tasks:
        by_agency.setdefault(task.agency, {"high": 0, "medium": 0, "low": 0})[task.severity] += 1
    return WeeklyReport(
        week=week, start=start, end=end, agency=agency, new_documents=new_documents, relevant_documents=relevant,
        new_tasks=new_tasks, open_tasks=open_tasks, overdue_tasks=overdue, upcoming=upcoming,
        by_agency=dict(sorted(by_agency.items())),
    )
