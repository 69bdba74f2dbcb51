"""The weekly report as Markdown."""
from __future__ import annotations

from impact.reports import sections
from impact.reports.weekly import WeeklyReport


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _table(columns, rows) -> list[str]:
    if not rows:
        return ["_Không có._", ""]
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return [*lines, ""]


def render(report: WeeklyReport) -> bytes:
    lines = [f"# {sections.title(report)}", "", sections.period(report), ""]
    lines += [f"- **{label}:** {value}" for label, value in sections.summary(report)] + [""]
    lines += ["## 1. Văn bản tác động đến quy trình", ""]
    lines += _table(sections.IMPACT_COLUMNS, [sections.impact_row(i) for i in report.relevant_documents])
    lines += ["## 2. Nhiệm vụ cập nhật mới", ""]
    lines += _table(sections.TASK_COLUMNS, [sections.task_row(t) for t in report.new_tasks])
    for task in report.new_tasks:
        lines += [f"- **{task.procedure}** ← {task.trigger}: {_cell(task.evidence)}"]
    lines += ["", "## 3. Nhiệm vụ đang mở theo cơ quan", ""]
    lines += _table(sections.AGENCY_COLUMNS, sections.agency_rows(report))
    lines += ["## 4. Nhiệm vụ quá hạn", ""]
    lines += _table(sections.TASK_COLUMNS, [sections.task_row(t) for t in report.overdue_tasks])
    lines += ["## 5. Văn bản sắp có hiệu lực", ""]
    lines += _table(sections.IMPACT_COLUMNS, [sections.impact_row(i) for i in report.upcoming])
    lines += ["## 6. Văn bản mới thu thập trong tuần", ""]
    lines += _table(sections.DOCUMENT_COLUMNS, [sections.document_row(d) for d in report.new_documents])
    return "\n".join(lines).encode("utf-8")
