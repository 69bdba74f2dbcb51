"""The weekly report as a Word file laid out like a Vietnamese administrative report (Nghị định
30/2020/NĐ-CP, Phụ lục I): issuer and national motto side by side, number and place-date line,
centred title, numbered parts, "Nơi nhận" and signature block; Times New Roman 13."""
from __future__ import annotations

import io
from datetime import date

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from impact.labels import vn_long_date
from impact.reports import sections
from impact.reports.weekly import WeeklyReport

FONT = "Times New Roman"


def _paragraph(container, text="", *, bold=False, italic=False, size=13, align=None, space_after=4):
    paragraph = container.add_paragraph()
    run = paragraph.add_run(text)
    run.bold, run.italic, run.font.size = bold, italic, Pt(size)
    if align is not None:
        paragraph.alignment = align
    paragraph.paragraph_format.space_after = Pt(space_after)
    return paragraph


def _header(document, report: WeeklyReport, today: date) -> None:
    table = document.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = table.rows[0].cells
    left.width, right.width = Cm(6.5), Cm(9.5)
    left.paragraphs[0].text = ""
    _paragraph(left, (report.agency or "Cơ quan đầu mối ISO").upper(), bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(left, "Số:      /BC-ISO", size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
    right.paragraphs[0].text = ""
    _paragraph(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(right, "Độc lập - Tự do - Hạnh phúc", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(right, f"……, {vn_long_date(today)}", italic=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER)


def _grid(document, columns, rows) -> None:
    if not rows:
        _paragraph(document, "Không có.", italic=True)
        return
    table = document.add_table(rows=1, cols=len(columns))
    table.style = "Table Grid"
    for cell, heading in zip(table.rows[0].cells, columns):
        cell.text = ""
        run = cell.paragraphs[0].add_run(heading)
        run.bold, run.font.size = True, Pt(11)
    for row in rows:
        for cell, value in zip(table.add_row().cells, row):
            cell.text = ""
            cell.paragraphs[0].add_run(value).font.size = Pt(11)
    document.add_paragraph()


def render(report: WeeklyReport, today: date | None = None) -> bytes:
    today = today or date.today()
    document = Document()
    style = document.styles["Normal"]
    style.font.name, style.font.size = FONT, Pt(13)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    section = document.sections[0]
    section.top_margin, section.bottom_margin = Cm(2), Cm(2)
    section.left_margin, section.right_margin = Cm(3), Cm(2)

    _header(document, report, today)
    _paragraph(document, "BÁO CÁO", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    _paragraph(document, "Tác động của văn bản quy phạm pháp luật mới đến các quy trình ISO 9001",
               bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    _paragraph(document, f"(Tuần {report.week}: {sections.period(report)})", italic=True,
               align=WD_ALIGN_PARAGRAPH.CENTER, space_after=12)

    _paragraph(document, "I. TÌNH HÌNH CHUNG", bold=True)
    for label, value in sections.summary(report):
        _paragraph(document, f"- {label}: {value}.")
    _paragraph(document, "II. VĂN BẢN MỚI TÁC ĐỘNG ĐẾN QUY TRÌNH", bold=True)
    _grid(document, sections.IMPACT_COLUMNS, [sections.impact_row(i) for i in report.relevant_documents])
    _paragraph(document, "III. NHIỆM VỤ CẬP NHẬT QUY TRÌNH", bold=True)
    _paragraph(document, "1. Nhiệm vụ mới trong tuần", bold=True, italic=True)
    _grid(document, sections.TASK_COLUMNS, [sections.task_row(t) for t in report.new_tasks])
    for task in report.new_tasks:
        _paragraph(document, f"{task.procedure} ← {task.trigger}: “{task.evidence}”", size=11)
    _paragraph(document, "2. Nhiệm vụ đang mở theo cơ quan", bold=True, italic=True)
    _grid(document, sections.AGENCY_COLUMNS, sections.agency_rows(report))
    _paragraph(document, "3. Nhiệm vụ quá hạn", bold=True, italic=True)
    _grid(document, sections.TASK_COLUMNS, [sections.task_row(t) for t in report.overdue_tasks])
    _paragraph(document, "IV. VĂN BẢN SẮP CÓ HIỆU LỰC", bold=True)
    _grid(document, sections.IMPACT_COLUMNS, [sections.impact_row(i) for i in report.upcoming])
    _paragraph(document, "V. KIẾN NGHỊ", bold=True)
    _paragraph(document, "Đề nghị các đơn vị chủ trì quy trình cập nhật căn cứ pháp lý trong thời hạn 03 tháng kể từ "
                         "ngày văn bản mới có hiệu lực (điểm a khoản 4 Điều 4 Quyết định số 19/2014/QĐ-TTg).")

    signature = document.add_table(rows=1, cols=2)
    left, right = signature.rows[0].cells
    left.paragraphs[0].text = ""
    _paragraph(left, "Nơi nhận:", bold=True, italic=True, size=12, space_after=0)
    for line in ("- Ban chỉ đạo ISO;", "- Các đơn vị chủ trì quy trình;", "- Lưu: VT."):
        _paragraph(left, line, size=11, space_after=0)
    right.paragraphs[0].text = ""
    _paragraph(right, "NGƯỜI LẬP BÁO CÁO", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER)

    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
