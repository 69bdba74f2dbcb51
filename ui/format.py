"""Escaping of text that came from outside (sources, uploaded files) before it is displayed."""
from __future__ import annotations

import html


def escape(text: str | None) -> str:
    """Text from sources and files, made inert for st.markdown (HTML and Markdown syntax)."""
    escaped = html.escape(text or "")
    for char in "\\`*_{}[]()#+-.!|>~":
        escaped = escaped.replace(char, "\\" + char)
    return escaped
