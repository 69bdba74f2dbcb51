"""Text normalisation before any matching: NFC, one Đ, plain spaces, no invisible characters.

Citation offsets index the output of `normalize_text`, so it must be cheap (it runs on every text
of the fast path) and predictable. Legacy 8-bit encodings (TCVN3, VNI) are a different problem,
handled by `nlp.legacy` before this step.
"""
from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from pathlib import Path

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
def unsafe_ranges() -> list[tuple[int, int]]:
    """The BMP characters near which NFC may change the text, as (first, last) code point ranges.

    A character is safe when it is a starter that NFC keeps and that never composes with the
    character before it. Everything else (combining marks, singletons such as U+2126, second
    halves of compositions, Hangul jamo) is unsafe; so are the astral planes, added by the caller.
    Computing this walks the whole BMP (tens of milliseconds); `nlp/tables/nfc_unsafe.json` keeps
    the result for the Unicode version it was made with.
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
    ranges: list[tuple[int, int]] = []
    codes = sorted(unsafe)
    first = last = codes[0]
    for code in codes[1:] + [-1]:
        if code == last + 1:
            last = code
            continue
        ranges.append((first, last))
        first = last = code
    return ranges


def _stored_unsafe_ranges() -> list[tuple[int, int]] | None:
    path = Path(__file__).parent / "tables" / "nfc_unsafe.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if data.get("unidata_version") != unicodedata.unidata_version:
        return None
    return [tuple(pair) for pair in data["ranges"]]


@cache
def _nfc_unsafe() -> re.Pattern[str]:
    """Runs of characters near which NFC may change the text (see `unsafe_ranges`).

    `unicodedata.is_normalized` on a whole document costs as much as normalising it; one
    character-class scan finds the rare unsafe characters instead, and only the runs around them
    are normalised.
    """
    ranges = _stored_unsafe_ranges() or unsafe_ranges()
    charset = "".join(
        re.escape(chr(first)) + ("-" + re.escape(chr(last)) if last > first else "") for first, last in ranges
    )
    return re.compile(f"[{charset}\U00010000-\U0010ffff]+")


@cache
def _to_fix() -> re.Pattern[str]:
    """Runs of the characters normalisation changes: the replacements and the NFC-unsafe ones, in one
    character class, so that a text is scanned once."""
    unsafe = _nfc_unsafe().pattern[1:-2]  # the class body of '[...]+'
    return re.compile("[" + "".join(map(re.escape, _REPLACEMENTS)) + unsafe + "]+")


_TRANSLATION = str.maketrans(_REPLACEMENTS)


def _pop_cluster(pieces: list[str]) -> str:
    """Remove and return the last starter written out, with the marks after it."""
    while pieces and not pieces[-1]:
        pieces.pop()
    if not pieces:
        return ""
    last = pieces[-1]
    i = len(last) - 1
    while i > 0 and unicodedata.combining(last[i]):
        i -= 1
    pieces[-1] = last[:i]
    return last[i:]


def normalize_text(text: str) -> str:
    """NFC, Đ look-alikes to Đ/đ, slash and hyphen look-alikes to '/' and '-', non-breaking spaces
    to spaces, zero-width characters removed.

    Citation offsets index this output. ASCII text costs one check, other text one scan; only the
    runs of characters to change are rewritten, an NFC-unsafe run together with the starter
    before it (replacements first: a zero-width character between a letter and its mark must not
    block their composition).
    """
    if text.isascii():
        return text
    to_fix = _to_fix()
    match = to_fix.search(text)
    if match is None:
        return text
    pieces: list[str] = []
    done = 0
    while match is not None:
        start, end = match.span()
        pieces.append(text[done:start])
        run = match.group()
        replaced = run.translate(_TRANSLATION)
        if any(ch not in _REPLACEMENTS for ch in run):
            pieces.append(unicodedata.normalize("NFC", _pop_cluster(pieces) + replaced))
        else:
            pieces.append(replaced)
        done = end
        match = to_fix.search(text, done)
    pieces.append(text[done:])
    return "".join(pieces)


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


@cache
def _accent_table() -> dict[int, str]:
    """For the characters below U+3000: each one's NFD without its combining marks, where it differs."""
    table = {ord("đ"): "d"}
    for code in range(0x80, 0x3000):
        ch = chr(code)
        stripped = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        if stripped != ch:
            table[code] = stripped
    return table


def fold_accents(text: str) -> str:
    """Lower case without diacritics, đ as d, spaces collapsed: the key of accent-insensitive matching."""
    lowered = text.lower()
    if lowered and max(lowered) >= "\u3000":
        # Hangul and the CJK compatibility characters decompose too: the general way.
        decomposed = unicodedata.normalize("NFD", lowered.replace("đ", "d"))
        lowered = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    else:
        lowered = lowered.translate(_accent_table())
    return " ".join(lowered.split())


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
