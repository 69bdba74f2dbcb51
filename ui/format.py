"""Display helpers: Vietnamese dates and labels, and escaping of text that came from outside."""
from __future__ import annotations

import datetime as dt
import html


def vn_date(iso: str | None) -> str:
    """dd/mm/yyyy, or a dash when unknown."""
    return dt.date.fromisoformat(iso).strftime("%d/%m/%Y") if iso else "—"


def escape(text: str | None) -> str:
    """Text from sources and files, made inert for st.markdown (HTML and Markdown syntax)."""
    escaped = html.escape(text or "")
    for char in "\\`*_{}[]()#+-.!|>~":
        escaped = escaped.replace(char, "\\" + char)
    return escaped
