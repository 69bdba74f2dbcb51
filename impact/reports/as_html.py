"""The weekly report as a standalone HTML page; every value is escaped (crawled text never runs)."""
from __future__ import annotations

from html import escape

from impact.reports import sections
from impact.reports.weekly import WeeklyReport

STYLE = """
body{font-family:"DejaVu Sans","Times New Roman",serif;margin:2em;color:#1a1a1a}
table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}
th,td{border:1px solid #999;padding:4px 6px;vertical-align:top;font-size:.92em}
th{background:#e8eef7} dt{font-weight:bold;float:left;width:18em} dd{margin:0 0 .3em 18em}
blockquote{margin:.2em 0 .8em 1em;color:#444;font-style:italic}
"""


def _table(columns, rows) -> str:
    if not rows:
        return "<p><em>Không có.</em></p>"
    head = "".join(f"<th>{escape(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def render(report: WeeklyReport) -> bytes:
    summary = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in sections.summary(report))
    evidence = "".join(
        f"<p><strong>{escape(t.agency)} · {escape(t.procedure)}</strong> ← {escape(t.trigger)}</p>"
        f"<blockquote>{escape(t.evidence)}</blockquote>"
        for t in report.new_tasks
    )
    parts = [
        "<!DOCTYPE html>", '<html lang="vi"><head><meta charset="utf-8">',
        f"<title>{escape(sections.title(report))}</title><style>{STYLE}</style></head><body>",
        f"<h1>{escape(sections.title(report))}</h1><p>{escape(sections.period(report))}</p>",
        f"<dl>{summary}</dl>",
        "<h2>1. Văn bản tác động đến quy trình</h2>",
        _table(sections.IMPACT_COLUMNS, [sections.impact_row(i) for i in report.relevant_documents]),
        "<h2>2. Nhiệm vụ cập nhật mới</h2>",
        _table(sections.TASK_COLUMNS, [sections.task_row(t) for t in report.new_tasks]),
        evidence,
        "<h2>3. Nhiệm vụ đang mở theo cơ quan</h2>",
        _table(sections.AGENCY_COLUMNS, sections.agency_rows(report)),
        "<h2>4. Nhiệm vụ quá hạn</h2>",
        _table(sections.TASK_COLUMNS, [sections.task_row(t) for t in report.overdue_tasks]),
        "<h2>5. Văn bản sắp có hiệu lực</h2>",
        _table(sections.IMPACT_COLUMNS, [sections.impact_row(i) for i in report.upcoming]),
        "<h2>6. Văn bản mới thu thập trong tuần</h2>",
        _table(sections.DOCUMENT_COLUMNS, [sections.document_row(d) for d in report.new_documents]),
        "</body></html>",
    ]
    return "\n".join(parts).encode("utf-8")
