"""The weekly report as CSV: the week's new tasks, in the task export's columns."""
from __future__ import annotations

from impact.exports import tasks_csv
from impact.reports.weekly import WeeklyReport


def render(report: WeeklyReport) -> bytes:
    return tasks_csv(report.new_tasks)
