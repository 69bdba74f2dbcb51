"""Task lists as JSON, CSV and XLSX (bytes, so that the CLI writes a file and the app offers a download)."""
from __future__ import annotations

import csv
import io
import json
from typing import Iterable

from impact.labels import CHANGE_LABELS, SEVERITY_LABELS, STATUS_LABELS, vn_date
from impact.models import Task

TASK_FIELDS = ("key", "agency", "procedure", "procedure_title", "cited", "cited_articles", "trigger", "change",
               "severity", "due", "status", "evidence")

# Column headings for people (XLSX); CSV keeps the contract's field names so that tools can read it.
TASK_HEADINGS = {
    "key": "Mã nhiệm vụ",
    "agency": "Cơ quan",
    "procedure": "Mã quy trình",
    "procedure_title": "Tên quy trình",
    "cited": "Văn bản được viện dẫn",
    "cited_articles": "Điều, khoản viện dẫn",
    "trigger": "Văn bản mới",
    "change": "Loại thay đổi",
    "severity": "Mức độ",
    "due": "Hạn cập nhật",
    "status": "Trạng thái",
    "evidence": "Căn cứ (trích văn bản mới)",
    "assignee": "Người phụ trách",
    "note": "Ghi chú",
}

def tasks_json(tasks: Iterable[Task]) -> bytes:
    return json.dumps([t.to_json() for t in tasks], ensure_ascii=False, indent=2).encode("utf-8")


def tasks_csv(tasks: Iterable[Task]) -> bytes:
    """UTF-8 with a byte-order mark, so that Excel shows Vietnamese correctly when it opens the file."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([*TASK_FIELDS, "assignee", "note"])
    for task in tasks:
        record = task.to_json()
        record["cited_articles"] = "; ".join(record["cited_articles"])
        writer.writerow([*(record[name] for name in TASK_FIELDS), task.assignee or "", task.note or ""])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def write_task_sheet(sheet, tasks: Iterable[Task]) -> None:
    """Vietnamese headings and labels, wrapped long columns, an autofilter and a frozen header."""
    from openpyxl.styles import Alignment, Font

    columns = [*TASK_FIELDS, "assignee", "note"]
    sheet.append([TASK_HEADINGS[name] for name in columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for task in tasks:
        record = task.to_json()
        record.update(
            cited_articles="; ".join(record["cited_articles"]),
            change=CHANGE_LABELS.get(task.change, task.change),
            severity=SEVERITY_LABELS.get(task.severity, task.severity),
            status=STATUS_LABELS.get(task.status, task.status),
            assignee=task.assignee or "",
            note=task.note or "",
        )
        sheet.append([record[name] for name in columns])
    widths = {"procedure_title": 50, "evidence": 80, "agency": 30}
    for index, name in enumerate(columns, start=1):
        letter = sheet.cell(row=1, column=index).column_letter
        sheet.column_dimensions[letter].width = widths.get(name, 18)
        if name in widths:
            for cell in sheet[letter][1:]:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.auto_filter.ref = sheet.dimensions
    sheet.freeze_panes = "A2"


def workbook_bytes(workbook) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def tasks_xlsx(tasks: Iterable[Task]) -> bytes:
    """One sheet "Nhiệm vụ"."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.title = "Nhiệm vụ"
    write_task_sheet(workbook.active, tasks)
    return workbook_bytes(workbook)


def tasks_docx(tasks: Iterable[Task], *, heading: str = "Danh sách nhiệm vụ cập nhật quy trình",
               subheading: str = "") -> bytes:
    """The tasks as a landscape Word table (Times New Roman), under a heading and an optional line."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    tasks = list(tasks)
    document = Document()
    style = document.styles["Normal"]
    style.font.name, style.font.size = "Times New Roman", Pt(11)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    section.left_margin = section.right_margin = Cm(1.5)
    document.add_heading(heading, level=1)
    if subheading:
        document.add_paragraph(subheading)
    columns = ("agency", "procedure", "cited", "trigger", "change", "severity", "due", "status", "assignee", "note")
    table = document.add_table(rows=1, cols=len(columns))
    table.style = "Table Grid"
    for cell, name in zip(table.rows[0].cells, columns):
        cell.text = ""
        cell.paragraphs[0].add_run(TASK_HEADINGS[name]).bold = True
    for task in tasks:
        values = {
            "agency": task.agency,
            "procedure": f"{task.procedure} – {task.procedure_title}",
            "cited": task.cited + (f" ({'; '.join(task.cited_articles)})" if task.cited_articles else ""),
            "trigger": task.trigger,
            "change": CHANGE_LABELS.get(task.change, task.change),
            "severity": SEVERITY_LABELS.get(task.severity, task.severity),
            "due": vn_date(task.due),
            "status": STATUS_LABELS.get(task.status, task.status),
            "assignee": task.assignee or "",
            "note": task.note or "",
        }
        for cell, name in zip(table.add_row().cells, columns):
            cell.text = values[name]
    document.add_paragraph(f"Tổng số: {len(tasks)} nhiệm vụ.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


TASK_EXPORTERS = {"json": tasks_json, "csv": tasks_csv, "xlsx": tasks_xlsx, "docx": tasks_docx}
