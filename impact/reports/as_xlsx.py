"""The weekly report as a workbook: summary, the week's tasks (filterable), its documents."""
from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from impact.exports import workbook_bytes, write_task_sheet
from impact.reports import sections
from impact.reports.weekly import WeeklyReport


def _bold_header(sheet) -> None:
    for cell in sheet[1]:
        cell.font = Font(bold=True)


def render(report: WeeklyReport) -> bytes:
    workbook = Workbook()
    summary = workbook.active
    summary.title = "Tổng hợp"
    summary.append([sections.title(report)])
    summary["A1"].font = Font(bold=True, size=13)
    summary.append([sections.period(report)])
    summary.append([])
    for label, value in sections.summary(report):
        summary.append([label, value])
    summary.append([])
    summary.append(list(sections.AGENCY_COLUMNS))
    for row in sections.agency_rows(report):
        summary.append([row[0], *map(int, row[1:])])
    summary.column_dimensions["A"].width = 40
    summary.column_dimensions["B"].width = 30

    write_task_sheet(workbook.create_sheet("Nhiệm vụ"), report.new_tasks)

    documents = workbook.create_sheet("Văn bản")
    documents.append([*sections.DOCUMENT_COLUMNS, "Quy trình bị ảnh hưởng"])
    _bold_header(documents)
    touched = {i.document.number: "; ".join(i.procedures) for i in report.relevant_documents}
    for document in report.new_documents:
        documents.append([*sections.document_row(document), touched.get(document.number, "")])
    for letter, width in zip("ABCDEFG", (20, 14, 26, 70, 14, 14, 50)):
        documents.column_dimensions[letter].width = width
    for cell in documents["D"][1:]:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    documents.auto_filter.ref = documents.dimensions
    documents.freeze_panes = "A2"
    return workbook_bytes(workbook)
