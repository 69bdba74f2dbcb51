"""Vietnamese text typed in the legacy 8-bit font encodings TCVN3 (ABC) and VNI, to Unicode NFC.

Before Unicode, Vietnamese was typed with fonts that draw Vietnamese letters in the places of
Latin-1 characters: with a TCVN3 font (.VnTime, .VnArial, ...) the bytes of "Cộng hoà" are
"Céng hoµ"; with a VNI font (VNI-Times, ...) they are "Coäng hoøa". A file, a Word run or a web
page that lost its font shows that text. This module recognises both and converts it.

Public API (pure text in, text out; no I/O, no third-party imports):

- `to_unicode(text) -> (converted, encoding)`: detect the legacy encoding of `text` and convert it.
  `encoding` is "tcvn3", "vni" or None (nothing was converted). Lines that already hold Unicode
  Vietnamese letters are left as they are, so a text mixing both comes out whole. The result is NFC.
- `detect_encoding(text) -> "tcvn3" | "vni" | None`: the detection alone.
- `convert(text, encoding, *, uppercase=False) -> str`: convert text known to be in `encoding`
  (e.g. a Word run whose font is .VnTime); `uppercase=True` for the capitals-only fonts
  (.VnTimeH): they draw the lower-case code points as capitals. Result is NFC.
- `evidence_counts(text) -> (tcvn3, vni)`: the counts of marks the detection weighs.
- `font_encoding(font_name) -> (encoding, uppercase) | None`: what a font name says about its
  encoding (".VnTime" → ("tcvn3", False), ".VnTimeH" → ("tcvn3", True), "VNI-Times" → ("vni", False)).

Characters are taken as the code points U+0000-U+00FF that the bytes become when read as
Latin-1 or Windows-1252 (both agree on U+00A0-U+00FF, where the legacy letters live).
"""
from __future__ import annotations

import re
import unicodedata

__all__ = ["to_unicode", "detect_encoding", "convert", "font_encoding", "evidence_counts", "TCVN3", "VNI"]

TCVN3 = "tcvn3"
VNI = "vni"

# TCVN 5712:1993 VN3 ("ABC"): one code point per letter. Capitals with a tone mark do not exist
# in it; the .VnXxxH fonts draw the lower-case positions as capitals instead.
_TCVN3_TABLE = {
    "\u00a1": "Ă", "\u00a2": "Â", "\u00a3": "Ê", "\u00a4": "Ô", "\u00a5": "Ơ", "\u00a6": "Ư", "\u00a7": "Đ",
    "\u00a8": "ă", "\u00a9": "â", "\u00aa": "ê", "\u00ab": "ô", "\u00ac": "ơ", "\u00ad": "ư", "\u00ae": "đ",
    "\u00b5": "à", "\u00b6": "ả", "\u00b7": "ã", "\u00b8": "á", "\u00b9": "ạ",
    "\u00bb": "ằ", "\u00bc": "ẳ", "\u00bd": "ẵ", "\u00be": "ắ", "\u00c6": "ặ",
    "\u00c7": "ầ", "\u00c8": "ẩ", "\u00c9": "ẫ", "\u00ca": "ấ", "\u00cb": "ậ",
    "\u00cc": "è", "\u00ce": "ẻ", "\u00cf": "ẽ", "\u00d0": "é", "\u00d1": "ẹ",
    "\u00d2": "ề", "\u00d3": "ể", "\u00d4": "ễ", "\u00d5": "ế", "\u00d6": "ệ",
    "\u00d7": "ì", "\u00d8": "ỉ", "\u00dc": "ĩ", "\u00dd": "í", "\u00de": "ị",
    "\u00df": "ò", "\u00e1": "ỏ", "\u00e2": "õ", "\u00e3": "ó", "\u00e4": "ọ",
    "\u00e5": "ồ", "\u00e6": "ổ", "\u00e7": "ỗ", "\u00e8": "ố", "\u00e9": "ộ",
    "\u00ea": "ờ", "\u00eb": "ở", "\u00ec": "ỡ", "\u00ed": "ớ", "\u00ee": "ợ",
    "\u00ef": "ù", "\u00f1": "ủ", "\u00f2": "ũ", "\u00f3": "ú", "\u00f4": "ụ",
    "\u00f5": "ừ", "\u00f6": "ử", "\u00f7": "ữ", "\u00f8": "ứ", "\u00f9": "ự",
    "\u00fa": "ỳ", "\u00fb": "ỷ", "\u00fc": "ỹ", "\u00fd": "ý", "\u00fe": "ỵ",
}
_TCVN3_TRANSLATION = str.maketrans(_TCVN3_TABLE)


def _vni_table() -> dict[str, str]:
    """VNI: a base letter followed by a mark character (tone, circumflex, breve), except a few
    letters that have a code point of their own (ơ ư đ ì í ỉ ĩ ị ỵ)."""
    tones = {"acute": ("ù", "Ù"), "grave": ("ø", "Ø"), "hook": ("û", "Û"), "tilde": ("õ", "Õ"), "dot": ("ï", "Ï")}
    circumflex = {None: ("â", "Â"), "acute": ("á", "Á"), "grave": ("à", "À"), "hook": ("å", "Å"),
                  "tilde": ("ã", "Ã"), "dot": ("ä", "Ä")}
    breve = {None: ("ê", "Ê"), "acute": ("é", "É"), "grave": ("è", "È"), "hook": ("ú", "Ú"),
             "tilde": ("ü", "Ü"), "dot": ("ë", "Ë")}
    combining = {"acute": "\u0301", "grave": "\u0300", "hook": "\u0309", "tilde": "\u0303", "dot": "\u0323"}
    table: dict[str, str] = {}

    def add(encoded_lower: str, encoded_upper: str, letter_lower: str) -> None:
        table[encoded_lower] = unicodedata.normalize("NFC", letter_lower)
        table[encoded_upper] = unicodedata.normalize("NFC", letter_lower).upper()

    for base in "aeiouy":
        for tone, (low, up) in tones.items():
            add(base + low, base.upper() + up, base + combining[tone])
    for base in "aeo":
        for tone, (low, up) in circumflex.items():
            add(base + low, base.upper() + up, base + "\u0302" + (combining[tone] if tone else ""))
    for tone, (low, up) in breve.items():
        add("a" + low, "A" + up, "a\u0306" + (combining[tone] if tone else ""))
    for own_low, own_up, letter in (("ô", "Ô", "ơ"), ("ö", "Ö", "ư")):
        add(own_low, own_up, letter)
        for tone, (low, up) in tones.items():
            add(own_low + low, own_up + up, letter + combining[tone])
    for own_low, own_up, letter in (("ñ", "Ñ", "đ"), ("ì", "Ì", "ì"), ("í", "Í", "í"), ("æ", "Æ", "ỉ"),
                                    ("ó", "Ó", "ĩ"), ("ò", "Ò", "ị"), ("î", "Î", "ỵ")):
        add(own_low, own_up, letter)
    return table


_VNI_TABLE = _vni_table()
# Longest first, so that "oâ" (ô) wins over "o" and "ôù" (ớ) over "ô".
_VNI_PATTERN = re.compile("|".join(re.escape(k) for k in sorted(_VNI_TABLE, key=len, reverse=True)))

# Letters only Unicode Vietnamese has (beyond Latin-1), precomposed or as combining marks.
_UNICODE_VIETNAMESE = re.compile("[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0"
                                 "\u1ea0-\u1ef9\u0300\u0301\u0303\u0309\u0323]")
# TCVN3 writes its most frequent letters (á à ã ạ ả ă â ê ô ơ ư đ) with the symbols of U+00A1-U+00BE:
# a symbol glued to a letter is its fingerprint.
# Its capital-looking code points (Ê = ấ, Õ = ế, Ë = ậ, Ö = ệ, × = ì) sit inside lower-case words.
_TCVN3_EVIDENCE = re.compile(r"(?<=[A-Za-z\u00c0-\u00ff])[\u00a1-\u00be]|[\u00a1-\u00be](?=[A-Za-z\u00c0-\u00ff])"
                             r"|(?<=[a-z])[\u00c0-\u00de]")
# VNI writes tones as a second character after the vowel ("aù", "oø", "eå") and đ as ñ.
_VNI_EVIDENCE = re.compile(
    r"[aeiouyAEIOUY\u00f4\u00f6\u00d4\u00d6][\u00f9\u00f8\u00fb\u00f5\u00ef\u00d9\u00d8\u00db\u00d5\u00cf]"
    r"|[aeAE][\u00e2\u00e1\u00e0\u00e5\u00e3\u00e4\u00c2\u00c1\u00c0\u00c5\u00c3\u00c4]"
    # After o, only the marks Unicode never writes there: "oá", "oà", "oã" are Unicode's old-style
    # tone placement ("hoá", "khoán"), while "oâ", "oå", "oä" are VNI's ô, ổ, ộ.
    r"|[oO][\u00e2\u00e5\u00e4\u00c2\u00c5\u00c4]"
    # VNI's đ opening a word; not before "y" or "n", where it reads as TCVN3's ủ ("ủy ban", "ủng hộ").
    r"|\b[\u00f1\u00d1](?=[a-mo-xzA-Z\u00c0-\u00ff])"
)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_WORD = re.compile(r"\S+")

# Fonts of each family; their capitals-only variants end with "H" (".VnTimeH", ".VnArialH").
_TCVN3_FONT = re.compile(r"^\.?vn[a-z]", re.IGNORECASE)
_VNI_FONT = re.compile(r"^vni[-_ ]", re.IGNORECASE)


def font_encoding(font_name: str | None) -> tuple[str, bool] | None:
    """The legacy encoding a font name implies, and whether it is a capitals-only font; or None."""
    if not font_name:
        return None
    name = font_name.strip()
    if name.startswith(".") and _TCVN3_FONT.match(name):
        return TCVN3, name.endswith("H")
    if _VNI_FONT.match(name):
        return VNI, False
    return None


def convert(text: str, encoding: str, *, uppercase: bool = False) -> str:
    """`text` known to be in `encoding` ("tcvn3" or "vni"), as Unicode NFC."""
    if encoding == TCVN3:
        converted = text.translate(_TCVN3_TRANSLATION)
    elif encoding == VNI:
        converted = _VNI_PATTERN.sub(lambda m: _VNI_TABLE[m.group(0)], text)
    else:
        raise ValueError(f"unknown legacy encoding {encoding!r}")
    if uppercase:
        converted = converted.upper()
    elif encoding == TCVN3 and converted != text:
        converted = "".join(_restore_capitals(line) for line in converted.splitlines(keepends=True))
    return unicodedata.normalize("NFC", converted)


_ASCII_LETTERS = re.compile(r"[A-Za-z]")


def _restore_capitals(line: str) -> str:
    # TCVN3 has no capitals with tone marks: a heading typed in capitals keeps them only through a
    # .VnXxxH font. Without it, "QUY TR×NH TIÕP NHËN Hå S¥" reads "QUY TRÌNH TIẾP NHẬN Hồ SƠ": a
    # line, or a word, whose plain letters are all capitals is a capitals heading.
    letters = _ASCII_LETTERS.findall(line)
    if len(letters) >= 4 and all(c.isupper() for c in letters):
        return line.upper()
    return _WORD.sub(_restore_word_capitals, line)


def _restore_word_capitals(match: re.Match) -> str:
    word = match.group(0)
    letters = _ASCII_LETTERS.findall(word)
    if len(letters) >= 2 and all(c.isupper() for c in letters) and not word.isupper():
        return word.upper()
    return word


def evidence_counts(text: str) -> tuple[int, int]:
    """How many marks of TCVN3 and of VNI the text carries (letters glued to the symbols TCVN3 uses,
    vowels followed by VNI's tone characters); what `detect_encoding` weighs."""
    return len(_TCVN3_EVIDENCE.findall(text)), len(_VNI_EVIDENCE.findall(text))


def _decide(tcvn3: int, vni: int, words: int, *, mixed: bool) -> str | None:
    best, score, other = (TCVN3, tcvn3, vni) if tcvn3 >= vni else (VNI, vni, tcvn3)
    # A stray "§5" or "où" is no evidence: ask for a few marks, and more than the other family.
    # Beside Unicode Vietnamese, legacy lines must look it through and through (a mark in every
    # few words), not be Unicode fragments that happen to lack Vietnamese-only letters.
    if mixed:
        return best if score >= 3 and score > 2 * other and score * 4 >= words else None
    return best if score >= 2 and score > 2 * other and score * 20 >= words else None


def detect_encoding(text: str) -> str | None:
    """"tcvn3" or "vni" when the text (the lines of it without Unicode Vietnamese) is in one of
    those encodings, else None."""
    if not _NON_ASCII.search(text):
        return None
    legacy_lines = [line for line in text.splitlines() if _NON_ASCII.search(line) and not _UNICODE_VIETNAMESE.search(line)]
    if not legacy_lines:
        return None
    sample = "\n".join(legacy_lines)
    mixed = bool(_UNICODE_VIETNAMESE.search(text))
    return _decide(*evidence_counts(sample), words=len(_WORD.findall(sample)), mixed=mixed)


def to_unicode(text: str) -> tuple[str, str | None]:
    """The text in Unicode NFC, and the legacy encoding it was converted from ("tcvn3", "vni") or None.

    Lines that hold Unicode Vietnamese letters are kept; in a text that also has such lines, only
    the lines that carry marks of the detected encoding are converted, so a Unicode line that
    happens to use a Latin-1 letter ("Ghi chú") is not touched.
    """
    encoding = detect_encoding(text)
    if encoding is None:
        return unicodedata.normalize("NFC", text), None
    evidence = _TCVN3_EVIDENCE if encoding == TCVN3 else _VNI_EVIDENCE
    mixed = bool(_UNICODE_VIETNAMESE.search(text))
    lines = text.splitlines(keepends=True)
    out = []
    for line in lines:
        if not _NON_ASCII.search(line) or _UNICODE_VIETNAMESE.search(line) or (mixed and not evidence.search(line)):
            out.append(line)
        else:
            out.append(convert(line, encoding))
    return unicodedata.normalize("NFC", "".join(out)), encoding
