"""Reports: `weekly.py` decides the content, one module per output format lays it out."""
from __future__ import annotations

from impact.reports.weekly import InvalidWeek, WeeklyReport, iso_week, parse_week, weekly_report

REPORT_FORMATS = ("md", "html", "docx", "xlsx", "csv", "json")


def render_report(report: WeeklyReport, fmt: str) -> bytes:
    """The report in one of REPORT_FORMATS, as the bytes of the file."""
    if fmt == "md":
        from impact.reports.as_markdown import render
    elif fmt == "html":
        from impact.reports.as_html import render
    elif fmt == "docx":
        from impact.reports.as_docx import render
    elif fmt == "xlsx":
        from impact.reports.as_xlsx import render
    elif fmt == "csv":
        from impact.reports.as_csv import render
    elif fmt == "json":
        from impact.reports.as_json import render
    else:
        raise ValueError(f"unknown report format: {fmt}")
    return render(report)


__all__ = ["REPORT_FORMATS", "InvalidWeek", "WeeklyReport", "iso_week", "parse_week", "render_report", "weekly_report"]
