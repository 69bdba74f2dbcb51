""".pdf: the text layer in reading order (pdfplumber), ruled tables as cell lines, and OCR for scans.

Reading order: words are grouped into lines by their height on the page; a line broken by a wide
gap has segments. The header of a Vietnamese administrative document is two columns side by side
(issuing body and number on the left, the national motto and place/date on the right): a run of
such lines at the top of a page, sharing one gutter, is read column by column, left then right.
"""
from __future__ import annotations

import io
import re
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from impact.readers.base import ReadLimits, ReadText
from impact.readers.errors import DamagedFile, EncryptedFile, NeedsOcr, ReadTimedOut
from nlp import legacy

_MIN_PAGE_CHARS = 8  # fewer printable characters than this: the page is an image (a scan)
_HEADER_ZONE = 0.35  # column blocks are looked for in the top part of a page only


@dataclass
class _Segment:
    x0: float
    x1: float
    text: str


@dataclass
class _Line:
    top: float
    bottom: float
    segments: list[_Segment]

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.segments)


def read_pdf_bytes(path: Path, raw: bytes, limits: ReadLimits) -> ReadText:
    """The text of a PDF; scanned pages are recognised with tesseract when available."""
    import pdfplumber

    started = time.monotonic()
    try:
        pdf = pdfplumber.open(io.BytesIO(raw))
        pages = pdf.pages
    except Exception as error:  # pdfminer raises many unrelated types for one broken file
        raise _classify(path, error) from error
    notes: list[str] = []
    with pdf:
        texts: list[str] = []
        scanned: list[int] = []
        if len(pages) > limits.max_pages:
            notes.append(f"chỉ đọc {limits.max_pages} trang đầu trong {len(pages)} trang")
        try:
            for index, page in enumerate(pages[: limits.max_pages]):
                text = _page_text(page)
                if len("".join(text.split())) < _MIN_PAGE_CHARS:
                    scanned.append(index)
                texts.append(text)
        except Exception as error:
            raise _classify(path, error) from error
        converter = None
        if scanned:
            recognised = _ocr(path, [pages[i] for i in scanned], limits, started, all_scanned=len(scanned) == len(texts))
            if recognised is not None:
                for index, text in zip(scanned, recognised):
                    texts[index] = text
                converter = "tesseract"
            else:
                numbers = ", ".join(str(i + 1) for i in scanned)
                notes.append(f"trang {numbers} là ảnh quét, chưa nhận dạng OCR nên chưa được đọc")
    text = "\n".join(texts)
    text, found = legacy.to_unicode(text)
    encoding = "ocr" if converter and len(scanned) == len(texts) else "pdf"
    return ReadText(text, found or encoding, format="pdf", legacy=found, converter=converter, notes=tuple(notes))


def _classify(path: Path, error: Exception) -> Exception:
    name = type(error).__name__ + " " + " ".join(type(e).__name__ for e in error.args if isinstance(e, Exception))
    if "Password" in name or "Encrypt" in name or "password" in str(error).lower():
        return EncryptedFile(path)
    return DamagedFile(path, "tệp PDF bị hỏng hoặc không đọc được (có thể bị cắt cụt khi sao chép); hãy xuất lại "
                             "tệp PDF từ bản gốc")


def _ocr(path: Path, pages, limits: ReadLimits, started: float, *, all_scanned: bool) -> list[str] | None:
    from impact.readers import ocr

    if not limits.ocr or not ocr.ocr_available():
        if all_scanned:
            raise NeedsOcr(path, "OCR đang tắt; bật lại bằng REGIMPACT_OCR=1" if not limits.ocr else ocr.missing_remedy())
        return None  # the pages with text are kept; the scanned ones are left out
    deadline = started + limits.timeout_seconds
    try:
        images = (page.to_image(resolution=ocr.RESOLUTION).original for page in pages)
        return ocr.recognise_images(images, deadline)
    except ocr.OcrTimeout:
        raise ReadTimedOut(path, limits.timeout_seconds) from None


def _page_text(page) -> str:
    try:
        tables = [t for t in page.find_tables() if t.bbox[3] - t.bbox[1] > 1]
    except Exception:  # noqa: BLE001 - odd ruling lines: the page is still read, as plain lines
        tables = []
    boxes = [t.bbox for t in tables]
    words = [w for w in page.extract_words(x_tolerance=1.5, y_tolerance=3, extra_attrs=["size"])
             if not _inside(w, boxes)]
    lines = _lines(words)
    items: list[tuple[float, list[str]]] = []
    items.extend((top, block) for top, block in _ordered_blocks(lines, page.height))
    for table in tables:
        items.append((table.bbox[1], _table_lines(table)))
    items.sort(key=lambda item: item[0])
    return "\n".join(line for _, block in items for line in block)


def _inside(word, boxes) -> bool:
    x = (word["x0"] + word["x1"]) / 2
    y = (word["top"] + word["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


def _lines(words) -> list[_Line]:
    lines: list[_Line] = []
    rows: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if rows and abs(word["top"] - rows[-1][0]["top"]) <= max(2.0, 0.3 * (word["bottom"] - word["top"])):
            rows[-1].append(word)
        else:
            rows.append([word])
    for row in rows:
        row.sort(key=lambda w: w["x0"])
        size = statistics.median(w.get("size") or (w["bottom"] - w["top"]) for w in row)
        gap_limit = max(12.0, 2.0 * size)
        segments: list[_Segment] = []
        for word in row:
            if segments and word["x0"] - segments[-1].x1 <= gap_limit:
                segment = segments[-1]
                segment.text += " " + word["text"]
                segment.x1 = max(segment.x1, word["x1"])
            else:
                segments.append(_Segment(word["x0"], word["x1"], word["text"]))
        lines.append(_Line(min(w["top"] for w in row), max(w["bottom"] for w in row), segments))
    return lines


def _ordered_blocks(lines: list[_Line], page_height: float):
    """(top, lines of text) in reading order: side-by-side header columns are read one after the other."""
    index = 0
    while index < len(lines):
        block_end, gutter = _column_block(lines, index, page_height)
        if block_end > index + 1:
            left, right = [], []
            for line in lines[index:block_end]:
                for segment in line.segments:
                    (left if segment.x1 <= gutter else right).append(segment.text)
            yield lines[index].top, left + right
            index = block_end
        else:
            yield lines[index].top, [lines[index].text]
            index += 1


def _column_block(lines: list[_Line], start: int, page_height: float) -> tuple[int, float]:
    """End (exclusive) of the two-column run starting at `start`, and its gutter x; start+1 if none."""
    first = lines[start]
    if len(first.segments) != 2 or first.top > page_height * _HEADER_ZONE:
        return start + 1, 0.0
    low, high = first.segments[0].x1, first.segments[1].x0
    labels = int(first.segments[0].text.rstrip().endswith(":"))
    end = start + 1
    while end < len(lines):
        line = lines[end]
        if line.top - lines[end - 1].bottom > 3 * (line.bottom - line.top) or len(line.segments) > 2:
            break
        new_low, new_high = low, high
        for segment in line.segments:
            if segment.x1 <= high and segment.x0 < low + 1:
                new_low = max(new_low, segment.x1)
            elif segment.x0 >= low:
                new_high = min(new_high, segment.x0)
            else:
                break
        else:
            if new_low < new_high:
                low, high = new_low, new_high
                labels += int(len(line.segments) == 2 and line.segments[0].text.rstrip().endswith(":"))
                end += 1
                continue
        break
    # "Mã hiệu:   QT-01" lines are labels and values, read across, not columns.
    if labels * 2 >= end - start:
        return start + 1, 0.0
    return end, (low + high) / 2


def _table_lines(table) -> list[str]:
    lines = [""]
    for row in table.extract():
        for cell in row:
            if cell:
                lines.extend(_unwrap(part for part in cell.split("\n") if part.strip()))
        lines.append("")
    return lines


_ITEM_START = re.compile(r"^\s*(?:[-+•*–]|\d+[.)]|[a-zđ][)]|[IVX]+\.)\s")


def _unwrap(lines) -> list[str]:
    """A cell's lines as written, not as wrapped by the column width: a line that does not end a
    sentence or an item continues on the next one unless that one starts a new item."""
    out: list[str] = []
    for line in lines:
        if out and not out[-1].rstrip().endswith((".", ";", ":")) and not _ITEM_START.match(line):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
    return out
