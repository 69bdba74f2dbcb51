"""Reading values out of pages: fields by their label, HTML bodies as plain text, dates as ISO.

Pure functions of a page's content; the spiders call them. A field is found by the label a
reader sees ("Số ký hiệu"), never by a CSS class or a position, so that a page whose labels
changed yields a missing field (which the crawl reports) instead of a wrong value.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata

from lxml import html as lxml_html
from parsel import Selector

_DATE = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_BLOCK_TAGS = {
    "p", "div", "br", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6",
    "section", "article", "blockquote", "pre", "dt", "dd", "td", "th",
}
# Elements a label is written in.
_LABEL_TAGS = ("td", "th", "dt", "span", "div", "label", "strong", "b", "p", "li")
_LABELS_XPATH = "//*[" + " or ".join(f"self::{tag}" for tag in _LABEL_TAGS) + "]"


def parse_date(text: str | None) -> str | None:
    """'09/06/2025', '9-6-2025', '2025-06-09T00:00:00' → '2025-06-09'; None when no valid date."""
    if not text:
        return None
    for pattern, order in ((_ISO_DATE, (0, 1, 2)), (_DATE, (2, 1, 0))):
        match = pattern.search(text)
        if match:
            parts = match.groups()
            year, month, day = (int(parts[i]) for i in order)
            try:
                return dt.date(year, month, day).isoformat()
            except ValueError:
                return None
    return None


def label_key(text: str) -> str:
    """How two spellings of one label compare: NFC, case-folded, spaces collapsed, no trailing colon."""
    text = unicodedata.normalize("NFC", text).casefold()
    return " ".join(text.replace("\xa0", " ").split()).rstrip(" :：")


def clean_text(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").replace("\xa0", " ").split())


def labelled_fields(page: Selector, labels: dict[str, tuple[str, ...]]) -> dict[str, str | None]:
    """The value written next to each label: {field: value or None}.

    `labels` maps a field name to the label spellings that announce it. The value is the text
    after the label in the same element, else the next element beside it, else the cell beside
    the label's cell; the first non-empty one wins.
    """
    wanted = {label_key(spelling): name for name, spellings in labels.items() for spelling in spellings}
    found: dict[str, str | None] = dict.fromkeys(labels)
    for element in page.xpath(_LABELS_XPATH):
        own = label_key("".join(element.xpath("./text()").getall()))
        name = wanted.get(own)
        if name is None or found[name]:
            continue
        found[name] = _value_after(element) or None
    return found


def _value_after(label: Selector) -> str:
    node = label
    for _ in range(3):
        tail = clean_text(node.root.tail)
        if tail:
            return tail
        sibling = node.xpath("following-sibling::*[1]")
        if sibling:
            return clean_text(sibling[0].xpath("string(.)").get())
        parent = node.xpath("..")
        if not parent:
            break
        node = parent[0]
    return ""


def html_to_text(markup: str | None) -> str:
    """The text a reader sees in an HTML body: one line per block, blank lines and markup dropped."""
    if not markup or not markup.strip():
        return ""
    root = lxml_html.fromstring(markup)
    for bad in root.xpath("//script|//style|//head"):
        bad.drop_tree()
    pieces: list[str] = []
    _collect(root, pieces)
    lines = (clean_text(line) for line in "".join(pieces).split("\n"))
    return "\n".join(line for line in lines if line)


def _collect(element, pieces: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    block = tag.lower() in _BLOCK_TAGS
    if block:
        pieces.append("\n")
    if element.text and tag:
        pieces.append(element.text)
    for child in element:
        _collect(child, pieces)
    if block:
        pieces.append("\n")
    if element.tail:
        pieces.append(element.tail)
