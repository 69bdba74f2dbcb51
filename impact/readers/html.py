"""A web page saved with a Word name: many systems export "Word" files (.doc) that are HTML, and
Word itself saves "Web Page" documents that agencies later rename. Read as HTML: block elements
become lines, tables one cell a line with a blank line between rows, as the other readers do.
"""
from __future__ import annotations

import re
from pathlib import Path

from lxml import etree, html

from impact.readers.base import ReadText
from impact.readers.errors import DamagedFile
from impact.readers.text import read_text_bytes
from nlp import legacy

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "ul", "ol", "section", "article",
           "blockquote", "pre", "title", "dt", "dd"}
_SKIPPED = {"script", "style", "head", "noscript", "template"}


def looks_like_html(raw: bytes) -> bool:
    """Whether the bytes are an HTML page (possibly with a byte-order mark or an XML prolog)."""
    head = raw[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or (head.startswith(b"<?xml") and b"<html" in head)


def read_html_bytes(path: Path, raw: bytes) -> ReadText:
    """The text of an HTML page, laid out like the other readers' output."""
    match = _CHARSET.search(raw[:4096])
    text = None
    if match:
        try:
            text = raw.decode(match.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            text = None
    if text is None:
        text = read_text_bytes(path, raw).text
    try:
        root = html.document_fromstring(text)
    except (etree.ParserError, ValueError) as error:
        raise DamagedFile(path, "tệp là trang web (HTML) nhưng không đọc được; hãy mở bằng Word và lưu "
                                "thành .docx") from error
    lines: list[str] = []
    current: list[str] = []
    _walk(root, lines, current)
    _flush(lines, current)
    converted, found = legacy.to_unicode("\n".join(lines))
    return ReadText(converted, found or "html", format="html", legacy=found)


def _flush(lines: list[str], current: list[str]) -> None:
    line = " ".join("".join(current).split())
    if line:
        lines.append(line)
    current.clear()


def _walk(element, lines: list[str], current: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    tag = tag.lower()
    if tag in _SKIPPED:
        if element.tail:
            current.append(element.tail)
        return
    if tag == "table":
        _flush(lines, current)
        _table(element, lines)
    else:
        if tag in _BLOCKS or tag == "br":
            _flush(lines, current)
        if element.text and tag != "br":
            current.append(element.text)
        for child in element:
            _walk(child, lines, current)
        if tag in _BLOCKS:
            _flush(lines, current)
    if element.tail:
        current.append(element.tail)


def _table(table, lines: list[str]) -> None:
    lines.append("")
    for row in table.iter("tr"):
        if row.getparent() is not None and _owner_table(row) is not table:
            continue  # a row of a nested table: read with its cell
        for cell in row:
            if not isinstance(cell.tag, str) or cell.tag.lower() not in ("td", "th"):
                continue
            cell_lines: list[str] = []
            current: list[str] = []
            if cell.text:
                current.append(cell.text)
            for child in cell:
                _walk(child, cell_lines, current)
            _flush(cell_lines, current)
            lines.extend(cell_lines)
        lines.append("")


def _owner_table(row):
    parent = row.getparent()
    while parent is not None and (not isinstance(parent.tag, str) or parent.tag.lower() != "table"):
        parent = parent.getparent()
    return parent
