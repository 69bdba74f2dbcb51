"""Metadata of an agency procedure (quy trình) from its text: code, title, edition, dates, owning
unit and revision history.

ISO 9001 procedures of Vietnamese agencies carry a control block, usually in the page header or
in a table under the title: "Mã hiệu: QT-07 / Lần ban hành: 02 / Ngày ban hành: 15/03/2024", and
near the end a revision-history table ("Theo dõi sửa đổi"). The readers lay tables out one cell
per line with a blank line between rows, so a label and its value are on one line ("Mã hiệu:
QT-07") or on two consecutive lines (the label cell and the value cell).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from nlp.dates import DATE_PATTERN, iso_date
from nlp.normalize import normalize_text

__all__ = ["ProcedureMeta", "find_procedure_meta", "find_procedure_code", "find_procedure_title"]

# "Mã hiệu: QT-TP-07", "Ký hiệu QT.01/VP", "Mã số quy trình: QT-07"; in a table the label and the
# code may sit on consecutive lines. A code holds at least one letter and one digit.
_CODE_LABEL = r"(?:mã\s*hiệu|ký\s*hiệu|mã\s*số)(?:\s*(?:quy\s*trình|tài\s*liệu))?"
_CODE_VALUE = r"(?=[^\s:]*\d)(?=[^\s:]*[A-Za-zĐđ])[A-Za-zĐđ0-9][A-Za-zĐđ0-9.\-/_]*[A-Za-zĐđ0-9]"
_CODE = re.compile(rf"{_CODE_LABEL}\s*[:：]?\s*\n?\s*[|*]*\s*({_CODE_VALUE})", re.IGNORECASE)
# At a line start, or at the start of a Markdown table cell ("| ... | **QUY TRÌNH ...** |").
_TITLE = re.compile(r"(?:^|\|)[#*_ \t|]*(QUY[ \t]+TRÌNH\b[^|\n]*)", re.MULTILINE)
_HEAD_LINES = 60
_MARKUP = re.compile(r"<br\s*/?>|\*\*|__")
# The standard sections of an ISO procedure: a capitalised line that is one of them is not part
# of the title above it (a .doc converter drops the list number that would tell them apart).
_SECTION_HEADING = re.compile(r"^(?:[IVX\d]+[.)]\s*)?(?:MỤC\s+ĐÍCH|PHẠM\s+VI|TÀI\s+LIỆU\s+VIỆN\s+DẪN|CĂN\s+CỨ"
                              r"|ĐỊNH\s+NGHĨA|THUẬT\s+NGỮ|NỘI\s+DUNG|TRÁCH\s+NHIỆM|HỒ\s+SƠ|BIỂU\s+MẪU|LƯU\s+ĐỒ"
                              r"|CÁC\s+TỪ\s+VIẾT\s+TẮT|SỬA\s+ĐỔI|THEO\s+DÕI)\b")

# Label, optional colon, the value on the same line or on the next one (the next table cell).
_SEP = r"[ \t]*[:：]?[ \t]*(?:\n[ \t]*[|*]*[ \t]*)?"
_EDITION = re.compile(r"lần[ \t]*ban[ \t]*hành(?:[ \t]*/[ \t]*(?:lần[ \t]*)?sửa[ \t]*đổi)?" + _SEP
                      + r"(\d{1,3}|[IVX]{1,5})(?:[ \t]*[/.][ \t]*(\d{1,3}))?(?!\d)", re.IGNORECASE)
_REVISION = re.compile(r"(?<!/)(?<!/ )lần[ \t]*sửa[ \t]*(?:đổi|chữa)" + _SEP + r"(\d{1,3})(?!\d)", re.IGNORECASE)
_DATE_VALUE = r"(?:ngày[ \t]*)?" + DATE_PATTERN
_ISSUED = re.compile(r"ngày[ \t]*ban[ \t]*hành" + _SEP + _DATE_VALUE, re.IGNORECASE)
_EFFECTIVE = re.compile(r"(?:ngày[ \t]*(?:có[ \t]*)?hiệu[ \t]*lực|hiệu[ \t]*lực[ \t]*(?:từ|kể[ \t]*từ)?|ngày[ \t]*áp[ \t]*dụng)"
                        + _SEP + _DATE_VALUE, re.IGNORECASE)
# A label that starts its line (or table cell) and ends with a colon or the cell: "Đơn vị chủ trì:
# Phòng Hành chính"; never the same words inside a sentence ("... phòng quản lý hoạt động ...").
_OWNER = re.compile(r"^[#*_ \t|-]*(?:đơn[ \t]*vị|bộ[ \t]*phận|cơ[ \t]*quan)[ \t]*(?:soạn[ \t]*thảo|chủ[ \t]*trì"
                    r"|quản[ \t]*lý|phụ[ \t]*trách)(?:[ \t]*(?:quy[ \t]*trình|tài[ \t]*liệu))?[*_ \t]*"
                    r"(?:[:：][*_ \t]*([^\n|]+)|[|]?[ \t]*\n[ \t|*_]*([^\n|]+)|[|][ \t*_]*([^\n|]+))",
                    re.IGNORECASE | re.MULTILINE)
_NEXT_LABEL = re.compile(r"\s+(?:mã\s*hiệu|ký\s*hiệu|mã\s*số|lần\s*ban\s*hành|lần\s*sửa\s*đổi|ngày\s*ban\s*hành"
                         r"|ngày\s*(?:có\s*)?hiệu\s*lực)\b.*$", re.IGNORECASE)
_HISTORY_HEADING = re.compile(r"^[#*\s|]*(?:bảng[ \t]+)?(?:theo[ \t]+dõi|lịch[ \t]+sử|tình[ \t]+trạng)[ \t]+"
                              r"(?:sửa[ \t]+đổi|thay[ \t]+đổi|ban[ \t]+hành|soát[ \t]+xét)\b.*$",
                              re.IGNORECASE | re.MULTILINE)
_COLUMN_KEYS = (
    ("date", re.compile(r"ngày|thời\s*gian", re.IGNORECASE)),
    ("edition", re.compile(r"lần|phiên\s*bản", re.IGNORECASE)),
    ("content", re.compile(r"nội\s*dung|tóm\s*tắt|mô\s*tả", re.IGNORECASE)),
    ("location", re.compile(r"trang|mục|vị\s*trí|phần", re.IGNORECASE)),
    ("by", re.compile(r"người|ký|phê\s*duyệt", re.IGNORECASE)),
)
_DATE_ONLY = re.compile(r"^\s*" + DATE_PATTERN + r"\s*$")


@dataclass(frozen=True, slots=True)
class ProcedureMeta:
    """What a procedure says about itself. Dates are ISO; absent facts are None (history empty).

    `history` holds the rows of the revision-history table, each a dict with the columns it
    recognises ("date", "edition", "content", "location", "by") and always "cells", the row as read.
    """

    code: str | None = None
    title: str | None = None
    edition: str | None = None
    revision: str | None = None
    issued: str | None = None
    effective: str | None = None
    owner: str | None = None
    history: tuple[dict, ...] = field(default=())

    def to_json(self) -> dict:
        return {"code": self.code, "title": self.title, "edition": self.edition, "revision": self.revision,
                "issued": self.issued, "effective": self.effective, "owner": self.owner,
                "history": [dict(row) for row in self.history]}


def _head(text: str) -> str:
    return "\n".join(text.splitlines()[:_HEAD_LINES])


def find_procedure_code(text: str) -> str | None:
    """The procedure's code (Mã hiệu / Ký hiệu / Mã số): in its header first, else anywhere (a
    .doc converter may put the page header last), or None."""
    text = normalize_text(text)
    match = _CODE.search(_head(text)) or _CODE.search(text)
    return match.group(1) if match else None


def find_procedure_title(text: str) -> str | None:
    """The procedure's title: the "QUY TRÌNH ..." line and the capitalised lines continuing it."""
    text = normalize_text(text)
    titles = []
    for match in _TITLE.finditer(text):
        parts = [_MARKUP.sub(" ", match.group(1)).strip(" *_|#")]
        for line in text[match.end():].splitlines()[1:4]:
            line = line.strip(" *|#")
            if not line or not line.isupper() or _CODE.search(line) or _SECTION_HEADING.match(line):
                break
            parts.append(line)
        title = " ".join(parts)
        if len(title.split()) > 2:
            return title
        titles.append(title)
        if len(titles) == 5:
            break
    # A bare "QUY TRÌNH" whose name was lost (in a text box, in a header a converter put last).
    return titles[0] if titles else None


def _first(pattern: re.Pattern, text: str) -> re.Match | None:
    return pattern.search(_head(text)) or pattern.search(text)


def _date_of(match: re.Match | None) -> str | None:
    if not match:
        return None
    day, month, year = match.groups()[-3:]
    return iso_date(day, month, year)


def _history(text: str) -> tuple[dict, ...]:
    heading = _HISTORY_HEADING.search(text)
    if not heading:
        return ()
    lines = text[heading.end():].splitlines()
    if any("|" in line for line in lines[:4] if line.strip()):
        blocks = _markdown_rows(lines)
    else:
        blocks = _cell_rows(lines)
    if len(blocks) < 2:
        return ()
    header, rows = blocks[0], blocks[1:]
    keys = [_column_key(cell) for cell in header]
    if sum(key is not None for key in keys) < 2:
        return ()
    history = []
    for cells in rows:
        entry: dict = {"cells": list(cells)}
        if len(cells) == len(keys):
            for key, cell in zip(keys, cells):
                if key and key not in entry:
                    date = _DATE_ONLY.match(cell) if key == "date" else None
                    entry[key] = (iso_date(*date.groups()) or cell) if date else cell
        history.append(entry)
    return tuple(history)


def _column_key(cell: str) -> str | None:
    for key, pattern in _COLUMN_KEYS:
        if pattern.search(cell):
            return key
    return None


def _cell_rows(lines: list[str]) -> list[list[str]]:
    """Rows of a table laid out as cell lines with blank lines between rows; stops at the first
    block after the table (a heading line not followed by cells of the same count)."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if line.strip():
            current.append(line.strip())
            continue
        if current:
            blocks.append(current)
            current = []
        elif blocks:
            break  # two blank lines: the table has ended
    if current:
        blocks.append(current)
    if not blocks:
        return []
    width = len(blocks[0])
    rows = [blocks[0]]
    for block in blocks[1:]:
        if len(block) > width or len(block) < 2:
            break
        rows.append(block)
    return rows


def _markdown_rows(lines: list[str]) -> list[list[str]]:
    rows = []
    for line in lines:
        stripped = line.strip()
        if not stripped:
            if rows:
                break
            continue
        if not stripped.startswith("|"):
            break
        cells = [cell.strip() for cell in stripped.strip("|").split("|")]
        if all(re.fullmatch(r":?-{2,}:?", cell) for cell in cells if cell):
            continue
        rows.append(cells)
    return rows


def find_procedure_meta(text: str) -> ProcedureMeta:
    """Code, title, edition (Lần ban hành / Lần sửa đổi), issue and effective dates, owning unit
    and revision history, as far as the text states them."""
    text = normalize_text(text)
    edition = _first(_EDITION, text)
    revision = _first(_REVISION, text)
    owner = _first(_OWNER, text)
    owner_value = next((g for g in owner.groups() if g), "") if owner else ""
    owner_text = _NEXT_LABEL.sub("", owner_value).strip(" .;:|*_") or None
    return ProcedureMeta(
        code=find_procedure_code(text),
        title=find_procedure_title(text),
        edition=edition.group(1) if edition else None,
        revision=revision.group(1) if revision else (edition.group(2) if edition and edition.group(2) else None),
        issued=_date_of(_first(_ISSUED, text)),
        effective=_date_of(_first(_EFFECTIVE, text)),
        owner=owner_text[:200] if owner_text else None,
        history=_history(text),
    )
