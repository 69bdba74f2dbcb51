"""Suggested legal-basis updates as a Word list for the procedures' owners: one table per
procedure, old line beside the line as it should now read."""
from __future__ import annotations

import io
from itertools import groupby

from docx import Document
from docx.shared import Pt

from impact.suggest import Suggestion

ACTION_LABELS = {"replace": "Thay dòng", "amend": "Bổ sung vào dòng", "remove": "Bỏ dòng", "add": "Thêm dòng",
                 "review": "Rà soát"}


def render(suggestions: list[Suggestion]) -> bytes:
    document = Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(12)
    document.add_heading("Đề xuất cập nhật căn cứ pháp lý của quy trình", level=1)
    if not suggestions:
        document.add_paragraph("Không có đề xuất nào.")
    ordered = sorted(suggestions, key=lambda s: (s.agency, s.procedure))
    for (agency, code), items in groupby(ordered, key=lambda s: (s.agency, s.procedure)):
        items = list(items)
        document.add_heading(f"{agency} · {code} – {items[0].procedure_title}", level=2)
        table = document.add_table(rows=1, cols=3)
        table.style = "Table Grid"
        for cell, heading in zip(table.rows[0].cells, ("Việc cần làm", "Dòng hiện tại", "Dòng đề xuất")):
            cell.text = heading
            cell.paragraphs[0].runs[0].bold = True
        for item in items:
            row = table.add_row().cells
            row[0].text, row[1].text, row[2].text = ACTION_LABELS[item.action], item.old_line or "—", item.new_line
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
