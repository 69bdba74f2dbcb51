"""Vietnamese labels of the codes regimpact stores (change types, severities, statuses, dates)."""
from __future__ import annotations

import datetime as dt

CHANGE_LABELS = {
    "amends": "Sửa đổi, bổ sung",
    "replaces": "Thay thế",
    "repeals": "Bãi bỏ",
    "expires": "Hết hiệu lực",
    "guides": "Hướng dẫn, quy định chi tiết",
    "parent_expired": "Văn bản gốc hết hiệu lực",
}
SEVERITY_LABELS = {"high": "Cao", "medium": "Trung bình", "low": "Thấp"}
STATUS_LABELS = {"open": "Chưa xử lý", "in_progress": "Đang xử lý", "done": "Đã xong", "dismissed": "Bỏ qua"}
DOCUMENT_STATUS_LABELS = {
    "in_force": "Còn hiệu lực",
    "not_yet_in_force": "Chưa có hiệu lực",
    "partly_expired": "Hết hiệu lực một phần",
    "expired": "Hết hiệu lực toàn bộ",
    "unknown": "Chưa rõ",
}


def vn_date(value: str | dt.date | None) -> str:
    """dd/mm/yyyy, or "—" when unknown."""
    if not value:
        return "—"
    day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
    return day.strftime("%d/%m/%Y")


def vn_long_date(day: dt.date) -> str:
    """"ngày 28 tháng 11 năm 2026", as administrative documents write it."""
    return f"ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"
