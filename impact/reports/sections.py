"""The parts every layout of the weekly report shares: title, summary figures, table rows."""
from __future__ import annotations

from impact.labels import CHANGE_LABELS, SEVERITY_LABELS, STATUS_LABELS, vn_date
from impact.reports.weekly import WeeklyReport

TASK_COLUMNS = ("Cơ quan", "Quy trình", "Văn bản viện dẫn", "Văn bản mới", "Thay đổi", "Mức độ", "Hạn", "Trạng thái")
DOCUMENT_COLUMNS = ("Số ký hiệu", "Loại", "Cơ quan ban hành", "Trích yếu", "Ngày ban hành", "Ngày hiệu lực")
IMPACT_COLUMNS = ("Số ký hiệu", "Trích yếu", "Ngày hiệu lực", "Quy trình bị ảnh hưởng")


def title(report: WeeklyReport) -> str:
    return f"Báo cáo tác động của văn bản pháp luật mới – tuần {report.week}"


def period(report: WeeklyReport) -> str:
    scope = report.agency or "tất cả cơ quan"
    return f"Từ {vn_date(report.start)} đến {vn_date(report.end)} · Phạm vi: {scope}"


def summary(report: WeeklyReport) -> list[tuple[str, str]]:
    severities = report.severity_counts(report.new_tasks)
    return [
        ("Văn bản mới thu thập", str(len(report.new_documents))),
        ("Văn bản tác động đến quy trình", str(len(report.relevant_documents))),
        ("Quy trình bị ảnh hưởng", str(report.affected_procedures)),
        ("Nhiệm vụ mới", " · ".join(f"{SEVERITY_LABELS[s]}: {n}" for s, n in severities.items())),
        ("Nhiệm vụ đang mở", str(len(report.open_tasks))),
        ("Nhiệm vụ quá hạn", str(len(report.overdue_tasks))),
    ]


def task_row(task) -> tuple[str, ...]:
    cited = task.cited + (f" ({'; '.join(task.cited_articles)})" if task.cited_articles else "")
    return (task.agency, f"{task.procedure} – {task.procedure_title}", cited, task.trigger,
            CHANGE_LABELS[task.change], SEVERITY_LABELS[task.severity], vn_date(task.due), STATUS_LABELS[task.status])


def document_row(document) -> tuple[str, ...]:
    return (document.number, document.doc_type or "", document.issuer or "", document.title,
            vn_date(document.issued), vn_date(document.effective))


def impact_row(item) -> tuple[str, ...]:
    return (item.document.number, item.document.title, vn_date(item.document.effective), "; ".join(item.procedures))


def agency_rows(report: WeeklyReport) -> list[tuple[str, ...]]:
    return [(agency, str(c["high"]), str(c["medium"]), str(c["low"]), str(sum(c.values())))
            for agency, c in report.by_agency.items()]


AGENCY_COLUMNS = ("Cơ quan", "Cao", "Trung bình", "Thấp", "Tổng")
