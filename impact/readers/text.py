""".txt / .md: UTF-8, UTF-16 (with or without byte-order mark), Windows-1258, and 8-bit TCVN3 / VNI."""
from __future__ import annotations

import re
from pathlib import Path

from impact.readers.base import ReadText
from impact.readers.errors import UnknownEncoding, UnreadableFile
from nlp import legacy

# Windows-1258 writes tones as combining marks after the vowel: bytes CC (grave), EC (acute),
# D2 (hook), DE (tilde), F2 (dot below) right after a vowel are its fingerprint.
_CP1258_TONES = re.compile(rb"[aeiouyAEIOUY\xe2\xea\xf4\xf5\xfd\xe3\xc2\xca\xd4\xd5\xdd\xc3][\xcc\xec\xd2\xde\xf2]")
# TCVN3's symbols glued to letters: bytes Windows-1258 never puts inside a word.
_TCVN3_SYMBOLS = re.compile(rb"(?<=[A-Za-z\xc0-\xff])[\xa1-\xbe]|[\xa1-\xbe](?=[A-Za-z\xc0-\xff])")


def read_text_bytes(path: Path, raw: bytes) -> ReadText:
    """Decode a plain-text procedure; legacy TCVN3/VNI text is converted to Unicode."""
    text, encoding = _decode(path, raw)
    converted, found = legacy.to_unicode(text)
    return ReadText(converted, found or encoding, format="text", legacy=found)


def _utf16_without_bom(raw: bytes) -> str | None:
    # Mostly-ASCII text in UTF-16 has a zero in every other byte.
    sample = raw[:4096]
    if len(sample) < 4 or len(raw) % 2:
        return None
    even_zeros = sample[0::2].count(0) / len(sample[0::2])
    odd_zeros = sample[1::2].count(0) / len(sample[1::2])
    if odd_zeros > 0.3 and even_zeros < 0.05:
        return "utf-16-le"
    if even_zeros > 0.3 and odd_zeros < 0.05:
        return "utf-16-be"
    return None


def _decode(path: Path, raw: bytes) -> tuple[str, str]:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as error:
            raise UnknownEncoding(path) from error
    utf16 = _utf16_without_bom(raw)
    if utf16:
        try:
            return raw.decode(utf16), "utf-16"
        except UnicodeDecodeError:
            pass
    if b"\x00" in raw:
        raise UnreadableFile(path, "không phải tệp văn bản (có dữ liệu nhị phân); hãy kiểm tra đúng tệp, "
                                   "hoặc lưu lại dưới dạng .txt UTF-8")
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    # An 8-bit file: Windows-1258, or TCVN3/VNI (which to_unicode recognises on the Latin-1 view).
    latin1 = raw.decode("latin-1")
    legacy_marks = max(len(_TCVN3_SYMBOLS.findall(raw)), legacy.evidence_counts(latin1)[1])
    if len(_CP1258_TONES.findall(raw)) <= legacy_marks and legacy.detect_encoding(latin1):
        return latin1, "8-bit"
    try:
        return raw.decode("cp1258"), "windows-1258"
    except UnicodeDecodeError as error:
        if legacy.detect_encoding(latin1):
            return latin1, "8-bit"
        raise UnknownEncoding(path) from error
