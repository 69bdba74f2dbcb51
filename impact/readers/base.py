"""What every reader returns and the limits every read runs under."""
from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ReadText:
    """A file's text (Unicode NFC) and how it was obtained.

    `encoding` says how the characters were decoded ("utf-8", "utf-16", "windows-1258", "docx",
    "pdf", "doc", "ocr", "tcvn3", "vni"); `format` is the detected file format (docx, doc, pdf, text);
    `legacy` is the legacy Vietnamese encoding that was converted ("tcvn3", "vni"), else None;
    `converter` names the external program that produced the text (antiword, tesseract, ...);
    `notes` says, for the coordinator (Vietnamese), what of the file was left out (scanned pages
    without OCR, pages past the limit).
    """

    text: str
    encoding: str
    format: str = "text"
    legacy: str | None = None
    converter: str | None = None
    notes: tuple[str, ...] = ()

    def describe(self) -> dict:
        """The reading facts kept with each procedure version."""
        return {"format": self.format, "encoding": self.encoding, "legacy_encoding": self.legacy,
                "converter": self.converter, "notes": list(self.notes)}


_DEFAULT_TIMEOUT = 120.0


def _env_number(name: str, default: float) -> float:
    try:
        return float(os.environ.get(name, default))
    except ValueError:
        return default


@dataclass(frozen=True, slots=True)
class ReadLimits:
    """Safety limits of one read. The defaults fit an agency's real procedure files with a wide margin.

    - `max_file_bytes`: a larger file is refused before it is read.
    - `max_unpacked_bytes` / `max_entries`: a .docx (zip) archive declaring more is refused
      (zip bombs); the bytes really inflated are counted too.
    - `timeout_seconds`: wall-clock time for one file; the worker reading it is killed past it.
    - `max_memory_bytes`: address-space limit of that worker (0: none).
    - `ocr`: recognise scanned PDFs with tesseract when it is installed with Vietnamese data.
    - `max_pages`: pages read from one PDF (and OCRed, which is the slow part).
    """

    max_file_bytes: int = 50 * 1_048_576
    max_unpacked_bytes: int = 200 * 1_048_576
    max_entries: int = 5000
    timeout_seconds: float = _DEFAULT_TIMEOUT
    max_memory_bytes: int = 4 * 1_073_741_824
    ocr: bool = True
    max_pages: int = 300

    @classmethod
    def from_environment(cls, **overrides) -> "ReadLimits":
        """Defaults, overridden by REGIMPACT_OCR=0 (no OCR) and REGIMPACT_READ_TIMEOUT (seconds),
        then by the keyword arguments that are not None."""
        values = {
            "ocr": os.environ.get("REGIMPACT_OCR", "1").strip().lower() not in ("0", "no", "off", "false"),
            "timeout_seconds": _env_number("REGIMPACT_READ_TIMEOUT", _DEFAULT_TIMEOUT),
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)


DEFAULT_LIMITS = ReadLimits()
