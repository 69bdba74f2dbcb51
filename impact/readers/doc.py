""".doc (Word 97-2003) through a converter installed from Debian: catdoc, antiword or LibreOffice.

catdoc is tried first: it is small and keeps the page header (where the procedure code often
sits) and the table cells (tab-separated). antiword is the fallback for files catdoc rejects.
LibreOffice, when installed, converts to .docx, which is then read like any .docx (numbering,
headers and fonts included) — the most faithful, and the slowest (seconds per file).
The file is copied to a private temporary folder under a fixed name: the uploaded or stored name
is never passed to a program or used as a path.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from impact.readers.base import ReadLimits, ReadText
from impact.readers.errors import (
    ConverterMissing,
    DamagedFile,
    EncryptedFile,
    ReadTimedOut,
)
from nlp import legacy

CONVERTERS = ("catdoc", "antiword", "soffice")
_ITEM_START = re.compile(r"^\s*(?:[-+•*–]|\d+[.)]|[a-zđ][)]|[IVX]+\.)\s")


def available_converters() -> list[str]:
    """The .doc converters installed here, in the order they are tried."""
    return [name for name in CONVERTERS if shutil.which(name)]


def read_doc_bytes(path: Path, raw: bytes, limits: ReadLimits, converters: list[str] | None = None) -> ReadText:
    """The text of a Word 97-2003 file, by the first installed converter that reads it."""
    converters = available_converters() if converters is None else converters
    if not converters:
        raise ConverterMissing(path)
    deadline = time.monotonic() + limits.timeout_seconds
    failure: Exception | None = None
    with tempfile.TemporaryDirectory(prefix="regimpact-doc-") as folder:
        source = Path(folder) / "input.doc"
        source.write_bytes(raw)
        for name in converters:
            try:
                if name == "soffice":
                    return _via_libreoffice(path, source, limits, deadline)
                text = _run(name, source, deadline, path, limits)
            except (DamagedFile, EncryptedFile) as error:
                failure = error
                continue
            converted, found = legacy.to_unicode(text)
            return ReadText(converted, found or "doc", format="doc", legacy=found, converter=name)
    raise failure or DamagedFile(path, "không đọc được tệp .doc")


def _run(name: str, source: Path, deadline: float, path: Path, limits: ReadLimits) -> str:
    command = {
        "catdoc": ["catdoc", "-d", "utf-8", "-w", str(source)],
        "antiword": ["antiword", "-m", "UTF-8.txt", "-w", "0", str(source)],
    }[name]
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise ReadTimedOut(path, limits.timeout_seconds)
    try:
        result = subprocess.run(command, capture_output=True, timeout=remaining, check=False,
                                env={**os.environ, "LC_ALL": "C.UTF-8"})
    except subprocess.TimeoutExpired as error:
        raise ReadTimedOut(path, limits.timeout_seconds) from error
    output = result.stdout.decode("utf-8", errors="replace")
    message = result.stderr.decode("utf-8", errors="replace").lower()
    if "encrypt" in message or "password" in message:
        raise EncryptedFile(path)
    if result.returncode != 0 or not output.strip():
        raise DamagedFile(path, f"tệp .doc bị hỏng hoặc không phải tệp Word 97-2003 ({name} không đọc được); "
                                "hãy mở bằng Word và lưu lại thành .docx")
    return _catdoc_layout(output) if name == "catdoc" else _antiword_layout(output)


def _catdoc_layout(output: str) -> str:
    """catdoc writes a table row's cells on one line, separated by tabs: one cell per line, and a
    blank line before each row, as the other readers lay tables out."""
    lines: list[str] = []
    for line in output.replace("\r", "").replace("\x0c", "\n").split("\n"):
        if "\t" in line:
            cells = [cell.strip() for cell in line.split("\t")]
            lines.append("")
            lines.extend(cell for cell in cells if cell)
        else:
            lines.append(line)
    return "\n".join(lines)


def _antiword_layout(output: str) -> str:
    """antiword draws tables as |cell|cell| lines, a long cell wrapped over several lines whose
    first cell is empty: rebuild rows, then one cell per line."""
    lines: list[str] = []
    row: list[list[str]] = []

    def flush_row():
        if row:
            lines.append("")
            for cell in row:
                lines.extend(_unwrap(cell))
            row.clear()

    for line in output.replace("\x0c", "\n").split("\n"):
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
            cells = [c.strip() for c in stripped[1:-1].split("|")]
            if row and not cells[0] and len(cells) == len(row):
                for index, cell in enumerate(cells):
                    if cell:
                        row[index].append(cell)
            else:
                flush_row()
                row.extend([cell] if cell else [] for cell in cells)
        else:
            flush_row()
            lines.append(line)
    flush_row()
    return "\n".join(lines)


def _unwrap(parts: list[str]) -> list[str]:
    out: list[str] = []
    for part in parts:
        if out and not out[-1].endswith((".", ";", ":")) and not _ITEM_START.match(part) and part[:1].islower():
            out[-1] += " " + part
        else:
            out.append(part)
    return out


def _via_libreoffice(path: Path, source: Path, limits: ReadLimits, deadline: float) -> ReadText:
    from impact.readers.docx import read_docx_bytes

    folder = source.parent
    remaining = deadline - time.monotonic()
    command = ["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{folder}/profile",
               "--convert-to", "docx", "--outdir", str(folder), str(source)]
    try:
        subprocess.run(command, capture_output=True, timeout=max(remaining, 1), check=False)
    except subprocess.TimeoutExpired as error:
        raise ReadTimedOut(path, limits.timeout_seconds) from error
    converted = folder / "input.docx"
    if not converted.exists():
        raise DamagedFile(path, "tệp .doc bị hỏng hoặc không phải tệp Word 97-2003 (LibreOffice không đọc được); "
                                "hãy mở bằng Word và lưu lại thành .docx")
    result = read_docx_bytes(path, converted.read_bytes(), limits)
    return ReadText(result.text, result.encoding if result.legacy else "doc", format="doc", legacy=result.legacy,
                    converter="soffice")
