"""Procedure files in, text with its structure out: one reader per format, behind `read_procedure_file`.

Formats: .docx (its XML, read part by part), .doc (through catdoc, antiword or LibreOffice; a
"Word" file that is really a web page is read as HTML), .pdf (pdfplumber; tesseract OCR for
scans), .txt/.md (UTF-8, UTF-16, Windows-1258, TCVN3, VNI). The format is taken from the content (a .doc that is really a .docx is read as one)
and the suffix only decides what the file claims to be.

Readers render a table as lines: each row's cells in order, each cell's paragraphs on lines of
their own, rows separated by a blank line. The legal-basis finder of nlp/ relies on that layout
("Căn cứ pháp lý" in a row's first cell becomes a heading line followed by the cell beside it).
Every text comes out in Unicode NFC; legacy TCVN3/VNI text is converted (`ReadText.legacy`).

Reading runs in a worker process with a time and memory limit (`impact.readers.isolation`);
`read_procedure_file` itself reads in the calling process.
"""
from __future__ import annotations

import dataclasses
import unicodedata
from pathlib import Path

from impact.readers.base import DEFAULT_LIMITS, ReadLimits, ReadText
from impact.readers.errors import (
    ArchiveTooLarge,
    ConverterMissing,
    DamagedFile,
    EmptyFile,
    EncryptedFile,
    FileTooLarge,
    NeedsOcr,
    ReadFailed,
    ReadTimedOut,
    UnknownEncoding,
    UnreadableFile,
    UnsupportedFormat,
)

__all__ = [
    "SUPPORTED_SUFFIXES", "ReadText", "ReadLimits", "DEFAULT_LIMITS", "read_procedure_file", "read_procedure_bytes",
    "UnreadableFile", "UnsupportedFormat", "EmptyFile", "FileTooLarge", "DamagedFile", "ArchiveTooLarge",
    "EncryptedFile", "NeedsOcr", "ConverterMissing", "UnknownEncoding", "ReadTimedOut", "ReadFailed",
]

SUPPORTED_SUFFIXES = (".docx", ".doc", ".pdf", ".txt", ".md")
TEXT_SUFFIXES = (".txt", ".md")

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_OOXML = "EncryptedPackage".encode("utf-16-le")


def read_procedure_file(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> ReadText:
    """Read one procedure file; raises an UnreadableFile subclass with the reason when it cannot."""
    path = Path(path)
    _check_suffix(path)
    try:
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            raise FileTooLarge(path, size, limits.max_file_bytes)
        with path.open("rb") as handle:
            raw = handle.read(limits.max_file_bytes + 1)
    except OSError as error:
        raise UnreadableFile(path, f"không đọc được tệp ({error.strerror}); hãy kiểm tra quyền truy cập") from error
    return read_procedure_bytes(raw, path, limits)


def read_procedure_bytes(raw: bytes, name: Path | str, limits: ReadLimits = DEFAULT_LIMITS) -> ReadText:
    """Read a procedure from its bytes (an upload); `name` only gives the suffix and the name in messages."""
    path = Path(Path(str(name)).name)  # a bare name: nothing of an uploaded path is ever used as a path
    _check_suffix(path)
    if len(raw) > limits.max_file_bytes:
        raise FileTooLarge(path, len(raw), limits.max_file_bytes)
    if not raw.strip():
        raise EmptyFile(path)
    kind = _sniff(path, raw)
    if kind == "docx":
        from impact.readers.docx import read_docx_bytes

        result = read_docx_bytes(path, raw, limits)
    elif kind == "doc":
        from impact.readers.doc import read_doc_bytes

        result = read_doc_bytes(path, raw, limits)
    elif kind == "pdf":
        from impact.readers.pdf import read_pdf_bytes

        result = read_pdf_bytes(path, raw, limits)
    elif kind == "html":
        from impact.readers.html import read_html_bytes

        result = read_html_bytes(path, raw)
    else:
        from impact.readers.text import read_text_bytes

        result = read_text_bytes(path, raw)
    if not result.text.strip():
        raise EmptyFile(path, "tệp không có nội dung chữ")
    text = unicodedata.normalize("NFC", result.text)
    return result if text == result.text else dataclasses.replace(result, text=text)


def _check_suffix(path: Path) -> None:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnsupportedFormat(path, suffix or "(không có đuôi)")


def _sniff(path: Path, raw: bytes) -> str:
    """The format the bytes are, given what the suffix claims; raises when they are none we read."""
    suffix = path.suffix.lower()
    if raw.startswith(b"PK\x03\x04") or (suffix == ".docx" and raw.startswith(b"PK")):
        return "docx" if suffix != ".pdf" else _mismatch(path, "tệp nén (zip/docx)")
    if raw.startswith(_OLE_MAGIC):
        if _ENCRYPTED_OOXML in raw:
            raise EncryptedFile(path)
        return "doc" if suffix in (".doc", ".docx") else _mismatch(path, "tệp Word 97-2003")
    if b"%PDF-" in raw[:1024]:
        return "pdf"
    if suffix in (".doc", ".docx"):
        from impact.readers.html import looks_like_html

        if looks_like_html(raw):
            return "html"
    if raw.lstrip().startswith(b"{\\rtf"):
        raise UnsupportedFormat(path, "RTF (đổi tên thành " + suffix + ")")
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix == ".pdf":
        raise DamagedFile(path, "không phải tệp PDF hợp lệ (thiếu phần đầu %PDF, có thể bị hỏng hoặc đặt sai đuôi); "
                                "hãy xuất lại tệp PDF")
    raise DamagedFile(path, f"không phải tệp Word {suffix} hợp lệ (có thể bị hỏng hoặc đặt sai đuôi); "
                            "hãy mở bằng Word và lưu lại thành .docx")


def _mismatch(path: Path, actual: str) -> str:
    raise DamagedFile(path, f"tên tệp có đuôi {path.suffix} nhưng nội dung là {actual}; hãy đặt lại đúng đuôi tệp")
