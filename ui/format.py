"""Presentation helpers: escaping of outside text, tables with Vietnamese headings, highlighted
procedure text. Text from sources and uploaded files is always escaped before display."""
from __future__ import annotations

import html
from typing import Iterable

import pandas as pd

from impact.labels import CHANGE_LABELS, DOCUMENT_STATUS_LABELS, SEVERITY_LABELS, STATUS_LABELS, vn_date

SPAN_COLOURS = {"resolved": "#d4edda", "unresolved": "#fff3cd", "affected": "#f8d7da"}
SPAN_LABELS = {"resolved": "Đã xác định văn bản", "unresolved": "Chưa xác định được văn bản",
               "affected": "Văn bản có thay đổi (có nhiệm vụ đang mở)"}


def escape(text: str | None) -> str:
    """Text from sources and files, made inert for st.markdown (HTML and Markdown syntax)."""
    escaped = html.escape(text or "")
    for char in "\\`*_{}[]()#+-.!|>~$:":
        escaped = escaped.replace(char, "\\" + char)
    return escaped


def safe_url(url: str | None) -> str | None:
    """Only http(s) links are shown as links (a javascript: URL from a source must not run)."""
    return url if url and url.lower().startswith(("https://", "http://")) else None


def task_table(tasks: Iterable, *, with_agency: bool = True) -> pd.DataFrame:
    rows = [{
        "Cơ quan": t.agency,
        "Quy trình": t.procedure,
        "Tên quy trình": t.procedure_title,
        "Văn bản viện dẫn": t.cited + (f" ({'; '.join(t.cited_articles)})" if t.cited_articles else ""),
        "Văn bản mới": t.trigger,
        "Thay đổi": CHANGE_LABELS.get(t.change, t.change),
        "Mức độ": SEVERITY_LABELS.get(t.severity, t.severity),
        "Hạn": vn_date(t.due),
        "Trạng thái": STATUS_LABELS.get(t.status, t.status),
        "Người phụ trách": t.assignee or "",
    } for t in tasks]
    frame = pd.DataFrame(rows, columns=["Cơ quan", "Quy trình", "Tên quy trình", "Văn bản viện dẫn", "Văn bản mới",
                                        "Thay đổi", "Mức độ", "Hạn", "Trạng thái", "Người phụ trách"])
    return frame if with_agency else frame.drop(columns=["Cơ quan"])


def document_table(documents: Iterable) -> pd.DataFrame:
    return pd.DataFrame([{
        "Số ký hiệu": d.number,
        "Loại": d.doc_type or "",
        "Cơ quan ban hành": d.issuer or "",
        "Trích yếu": d.title,
        "Ngày ban hành": vn_date(d.issued),
        "Ngày hiệu lực": vn_date(d.effective),
        "Tình trạng": DOCUMENT_STATUS_LABELS.get(d.status, d.status),
    } for d in documents], columns=["Số ký hiệu", "Loại", "Cơ quan ban hành", "Trích yếu", "Ngày ban hành",
                                    "Ngày hiệu lực", "Tình trạng"])


def highlighted_text(text: str, spans: Iterable, *, start: int = 0, end: int | None = None) -> str:
    """The procedure's text (or its part from `start` to `end`) as HTML with each citation span
    marked by its kind; every piece of the text is escaped."""
    end = len(text) if end is None else end
    spans = [s for s in spans if start <= s.start and s.end <= end]
    parts = ['<div class="regimpact-text" style="white-space:pre-wrap;font-family:\'DejaVu Sans\',sans-serif;'
             'line-height:1.55;max-height:34em;overflow-y:auto;border:1px solid #ddd;padding:.8em;border-radius:4px">']
    position = start
    for span in sorted(spans, key=lambda s: s.start):
        if span.start < position:
            continue
        parts.append(html.escape(text[position:span.start]))
        title = SPAN_LABELS[span.kind] + (f": {span.resolved}" if span.resolved else "")
        parts.append(f'<mark class="cite-{span.kind}" title="{html.escape(title)}" '
                     f'style="background:{SPAN_COLOURS[span.kind]};padding:0 2px;border-radius:3px">'
                     f'{html.escape(text[span.start:span.end])}</mark>')
        position = span.end
    parts.append(html.escape(text[position:end]))
    parts.append("</div>")
    return "".join(parts)


def legend() -> str:
    return " ".join(f'<mark style="background:{SPAN_COLOURS[k]};padding:0 4px">{html.escape(v)}</mark>'
                    for k, v in SPAN_LABELS.items())


EDITABLE_TASK_COLUMNS = {"Trạng thái": "status", "Người phụ trách": "assignee", "Ghi chú": "note"}


def edited_fields(original: pd.DataFrame, edited: pd.DataFrame) -> dict[str, dict[str, str]]:
    """{task key: {"status" | "assignee" | "note": new value}} for the rows the task table's editor
    changed; statuses go back from their Vietnamese labels to their codes."""
    by_label = {label: code for code, label in STATUS_LABELS.items()}
    changes: dict[str, dict[str, str]] = {}
    for key in original.index:
        fields = {}
        for column, name in EDITABLE_TASK_COLUMNS.items():
            before, after = _cell(original.at[key, column]), _cell(edited.at[key, column])
            if after.strip() != before.strip():
                fields[name] = by_label[after] if name == "status" else after.strip()
        if fields:
            changes[key] = fields
    return changes


def _cell(value) -> str:
    """A text cell as the editor returns it: a cleared cell is None or NaN."""
    return value if isinstance(value, str) else ""
