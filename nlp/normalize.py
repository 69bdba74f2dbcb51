"""Text normalisation before any matching: NFC, one Đ, plain spaces, no invisible characters.

Citation offsets index the output of `normalize_text`, so it must be cheap (it runs on every text
of the fast path) and predictable. Legacy 8-bit encodings (TCVN3, VNI) are a different problem,
handled by `nlp.legacy` before this step.
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache

# Letters that OCR and old keyboards produce in place of Đ/đ: Ð (U+00D0, Icelandic eth), ð,
# Ɖ (U+0189, African D), ɖ. They look identical in most fonts, so documents mix them freely.
_REPLACEMENTS = {
    "\u00d0": "Đ", "\u0189": "Đ", "\u00f0": "đ", "\u0256": "đ",
    # Slash and hyphen look-alikes that word processors and PDF extraction put inside numbers
    # ('93⁄2025/QH15', 'NĐ‑CP' with a non-breaking hyphen).
    "\u2044": "/", "\u2215": "/", "\uff0f": "/", "\u2010": "-", "\u2011": "-", "\u2212": "-",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u3000": " ",
    "\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "", "\ufeff": "", "\u00ad": "",
}
_SPECIAL = re.compile("[" + "".join(_REPLACEMENTS) + "]")


def _replace(match: re.Match[str]) -> str:
    return _REPLACEMENTS[match.group()]


@cache
def _nfc_unsafe() -> re.Pattern[str]:
    """Characters near which NFC may change the text, and the runs to renormalise around them.

    A character is safe when it is a starter that NFC keeps and that never composes with the
    character before it. Everything else (combining marks, singletons such as U+2126, second
    halves of compositions, Hangul jamo, astral planes) is unsafe. `unicodedata.is_normalized`
    on a whole document costs as much as normalising it; one character-class scan finds the rare
    unsafe characters instead, and only the runs around them are normalised.
    """
    unsafe: set[int] = set(range(0x1161, 0x1200))  # Hangul jamo vowels and finals compose algorithmically
    for code in range(0x80, 0x10000):
        ch = chr(code)
        if unicodedata.combining(ch) or unicodedata.normalize("NFC", ch) != ch:
            unsafe.add(code)
        decomposition = unicodedata.decomposition(ch)
        if decomposition and not decomposition.startswith("<"):
            parts = decomposition.split()
            if len(parts) == 2:
                unsafe.add(int(parts[1], 16))
    ranges: list[str] = []
    codes = sorted(unsafe)
    first = last = codes[0]
    for code in codes[1:] + [-1]:
        if code == last + 1:
            last = code
            continue
        ranges.append(re.escape(chr(first)) + ("-" + re.escape(chr(last)) if last > first else ""))
        first = last = code
    charset = "".join(ranges) + "\U00010000-\U0010ffff"
    return re.compile(f"[{charset}]+")


def _nfc_runs(text: str, first: re.Match[str], unsafe: re.Pattern[str]) -> str:
    # Each run of unsafe characters is renormalised together with the starter before it.
    pieces: list[str] = []
    done = 0
    match: re.Match[str] | None = first
    while match is not None:
        start = max(done, match.start() - 1)
        pieces.append(text[done:start])
        pieces.append(unicodedata.normalize("NFC", text[start:match.end()]))
        done = match.end()
        match = unsafe.search(text, done)
    pieces.append(text[done:])
    return "".join(pieces)


def normalize_text(text: str) -> str:
    """NFC, Đ look-alikes to Đ/đ, slash and hyphen look-alikes to '/' and '-', non-breaking spaces
    to spaces, zero-width characters removed.

    Citation offsets index this output. ASCII text and already clean text cost one scan each.
    """
    if text.isascii():
        return text
    # Replacements first: a zero-width character between a letter and its mark blocks composition.
    if _SPECIAL.search(text):
        text = _SPECIAL.sub(_replace, text)
    unsafe = _nfc_unsafe()
    first = unsafe.search(text)
    if first is not None:
        text = _nfc_runs(text, first, unsafe)
    return text


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """`normalize_text(text)` and, for each of its characters, the offset of its source in `text`.

    The list has one more entry than the output (the end of `text`), so a span (s, e) of the
    output maps to (offsets[s], offsets[e]) in `text`. Used where a caller holds the raw text,
    e.g. a spaCy Doc whose tokens index the text as given.
    """
    normalized = normalize_text(text)
    if normalized == text:
        return text, list(range(len(text) + 1))
    out: list[str] = []
    offsets: list[int] = []
    i, n = 0, len(text)
    while i < n:
        # A combining sequence (a starter and its marks) normalises independently of its neighbours.
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        piece = normalize_text(text[i:j])
        out.append(piece)
        offsets.extend([i] * len(piece))
        i = j
    offsets.append(n)
    return "".join(out), offsets


def fold_accents(text: str) -> str:
    """Lower case without diacritics, đ as d, spaces collapsed: the key of accent-insensitive matching."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.split())


@cache
def _fold_table() -> dict[int, str]:
    table = {ord("đ"): "d"}
    for code in range(0xC0, 0x1F00):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and base.isascii():
            table[code] = base
    return table


def fold_same_length(text: str) -> str:
    """Lower case without diacritics, one character for one, so offsets stay valid: matching that
    forgives OCR's and typists' wrong or missing marks ('Nghị dịnh', 'thay thể', 'chỉ tiết')."""
    return text.lower().translate(_fold_table())
