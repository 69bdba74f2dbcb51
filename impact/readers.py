"""Procedure files in, plain text out: one reader per format, behind `read_procedure_file`.

Readers render a table as lines: each row's cells in order, each cell's paragraphs on lines of
their own, rows separated by a blank line. The legal-basis finder of nlp/ relies on that layout
("Căn cứ pháp lý" in a row's first cell becomes a heading line followed by the cell beside it).
"""
from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from nlp.normalize import normalize_text

SUPPORTED_SUFFIXES = (".docx", ".txt", ".md")


class UnreadableFile(Exception):
    """A file that cannot be read as a procedure; `reason` is written for the coordinator (Vietnamese)."""

    def __init__(self, path: Path, reason: str):
        super().__init__(f"{path.name}: {reason}")
        self.path = path
        self.reason = reason


@dataclass(frozen=True, slots=True)
class ReadText:
    """A file's text (NFC) and how it was decoded."""

    text: str
    encoding: str


def read_procedure_file(path: Path) -> ReadText:
    """Read one procedure file; raises UnreadableFile with the reason when it cannot."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnreadableFile(path, f"định dạng {suffix or '(không có đuôi)'} chưa được hỗ trợ")
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise UnreadableFile(path, f"không đọc được tệp ({error.strerror})") from error
    if not raw.strip():
        raise UnreadableFile(path, "tệp rỗng")
    result = _read_docx(path, raw) if suffix == ".docx" else _decode_text(path, raw)
    if not result.text.strip():
        raise UnreadableFile(path, "tệp không có nội dung chữ")
    return result


def _decode_text(path: Path, raw: bytes) -> ReadText:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return ReadText(normalize_text(raw.decode("utf-16")), "utf-16")
    try:
        return ReadText(normalize_text(raw.decode("utf-8-sig")), "utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return ReadText(normalize_text(raw.decode("cp1258")), "windows-1258")
    except UnicodeDecodeError as error:
        raise UnreadableFile(path, "không nhận ra bảng mã của tệp văn bản (không phải UTF-8, UTF-16 hay Windows-1258)") from error


def _read_docx(path: Path, raw: bytes) -> ReadText:
    import io

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(raw))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as error:
        raise UnreadableFile(path, "tệp .docx bị hỏng hoặc không phải tệp Word (.docx) hợp lệ") from error
    lines: list[str] = []
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            lines.extend(_table_lines(block))
        else:
            lines.append(block.text)
    return ReadText(normalize_text("\n".join(lines)), "docx")


def _table_lines(table) -> list[str]:
    lines = [""]
    for row in table.rows:
        seen_cells = set()
        for cell in row.cells:
            if id(cell._tc) in seen_cells:  # a merged cell appears once per grid column it spans
                continue
            seen_cells.add(id(cell._tc))
            for paragraph in cell.paragraphs:
                if paragraph.text.strip():
                    lines.append(paragraph.text)
            for nested in cell.tables:
                lines.extend(_table_lines(nested))
        lines.append("")
    return lines
