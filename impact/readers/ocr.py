"""OCR of scanned pages with Debian's tesseract (packages tesseract-ocr and tesseract-ocr-vie).

Optional: without tesseract or its Vietnamese data a scan is reported as needing OCR. The page
images are written to a private temporary folder under fixed names; tesseract runs with a time
limit, in the reading worker's process group (killed with it).
"""
from __future__ import annotations

import functools
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

LANGUAGE = "vie"
RESOLUTION = 300


@functools.lru_cache(maxsize=1)
def tesseract_languages() -> frozenset[str]:
    """The languages the installed tesseract knows (empty when it is not installed)."""
    program = shutil.which("tesseract")
    if not program:
        return frozenset()
    try:
        listing = subprocess.run([program, "--list-langs"], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return frozenset()
    lines = (listing.stdout + listing.stderr).splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and " " not in line.strip())


def ocr_available() -> bool:
    """Whether tesseract with Vietnamese data is installed."""
    return LANGUAGE in tesseract_languages()


def missing_remedy() -> str:
    """What to install, in the coordinator's words, for what is missing."""
    if not shutil.which("tesseract"):
        return "cài tesseract-ocr và tesseract-ocr-vie"
    return "cài thêm dữ liệu tiếng Việt tesseract-ocr-vie"


class OcrTimeout(Exception):
    pass


def recognise_images(images, deadline: float) -> list[str]:
    """Text of each PIL image (one page each), in order; raises OcrTimeout past `deadline` (monotonic)."""
    program = shutil.which("tesseract")
    texts = []
    with tempfile.TemporaryDirectory(prefix="regimpact-ocr-") as folder:
        for index, image in enumerate(images):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise OcrTimeout()
            page = Path(folder) / f"page-{index:04d}.png"
            image.convert("L").save(page)
            try:
                result = subprocess.run([program, str(page), "stdout", "-l", LANGUAGE], capture_output=True,
                                        timeout=remaining, check=False)
            except subprocess.TimeoutExpired as error:
                raise OcrTimeout() from error
            texts.append(result.stdout.decode("utf-8", errors="replace"))
            page.unlink(missing_ok=True)
    return texts
