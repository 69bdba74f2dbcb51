"""Số ký hiệu (document numbers): the pattern that finds them and their canonical form.

A number is `N/YYYY/SYMBOL` (61/2018/NĐ-CP, 45/2013/QH13, 191/2014/TTLT-BTC-BTP), `N/SYMBOL`
without a year (101/QĐ-TTg, 31/CP), or an old or party form `N-SYMBOL` (58-CP, 16-NQ/TW,
18-L/CTN). The canonical form is NFC with Đ (U+0110), no spaces, codes in official casing
(NĐ-CP, QĐ-TTg, TT-BKHĐT) and one- digit numbers padded (1/2018 -> 01/2018).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .normalize import normalize_text
from .tables import tables

_UPPER = "A-ZĐƯƠÔÂÊĂ"
_LOWER = "a-zđươôâêă"
# A code token: upper-case letters and digits (TTg ends in a lower-case g), or, when the whole
# number was typed in lower case, lower-case letters. 'ngày' may follow with its space lost
# ('146/2017/NĐ-CPngày 15 tháng 12'). The legislature codes come first so that
# OCR's "QH 15" and "QHI5" stay one token.
_TOKEN = (
    rf"(?:UBTVQH|QH|OH|0H)[ \t]?(?:[Il][0-9][ \t][0-9](?![0-9])|[0-9Il]{{1,2}}|[0-9]?[Il][0-9]{{2}})(?![{_UPPER}0-9]|(?!ngày)[{_LOWER}])"
    rf"|[{_UPPER}][{_UPPER}0-9&]*(?:g|r|i)?(?!(?!ngày)[{_LOWER}])"
    rf"|[{_LOWER}][{_LOWER}0-9&]*"
)
# Between tokens: a hyphen or slash, with at most a space around it when the next token is upper
# case; a line may end after it ('TT-\nBGDĐT': text wrapped by a PDF reader or OCR).
_JOIN = (
    rf"(?:[-/]|[ \t]?[-–][ \t]?(?=[{_UPPER}])|[ \t][-/](?=[{_UPPER}])|[-/][ \t](?=[{_UPPER}])"
    rf"|[ \t]?[-–/][ \t]*\n[ \t]*(?=[{_UPPER}]))"
)
# A unit of a ministry in brackets glued to its code: 'Công văn số 2560/BCA(X13)', 'Quyết định số
# 729/1998/QĐ-BCA(V19)' (police departments).
_UNIT = rf"(?:\([{_UPPER}][{_UPPER}0-9]{{0,5}}\))?"
_SYMBOL = rf"(?:{_TOKEN}){_UNIT}(?:{_JOIN}(?:{_TOKEN}){_UNIT})*"
_SLASH = r"[ \t]{0,2}/[ \t]{0,2}"
_YEAR = r"(?:19[4-9]\d|20\d\d)"

#: A number after its first digit. Scanners start on the digit (a character-class prefix lets the
#: regex engine skip everything else in C) and check what precedes it with a look-behind.
# Old numbers repeat across years, so writers add the year: '206-CP/1979', '50/CP/1995'.
_YEAR_SUFFIX = rf"(?:/{_YEAR}(?![\d/]))?"
NUMBER_AFTER_FIRST_DIGIT = (
    rf"\d{{0,4}}(?:\.\d{{1,3}})*(?:[a-z]|[A-Z](?=[ \t]{{0,2}}/))?"  # '04a/...', '522B/NQ-UBTVQH13'
    rf"(?:{_SLASH}{_YEAR}(?:{_SLASH}|(?=[{_UPPER}]))(?:{_SYMBOL})"
    rf"|{_SLASH}(?:{_SYMBOL}){_YEAR_SUFFIX}"
    rf"|[ \t]?[-–][ \t]?(?:{_SYMBOL}){_YEAR_SUFFIX})"
)
#: Not preceded by a word character, '.', '/', ':' or '-', so that standards (TCVN ISO 9001:2015,
#: QCVN 01:2009/BYT) and dates (15/01/2022) never match.
NUMBER_START_GUARD = r"(?:(?<![\w./:\-]\d)|(?<=số\d))"  # 'số86/2011/...': 'số' glued to it
#: Finds a number in running text.
NUMBER_PATTERN = rf"\d{NUMBER_START_GUARD}{NUMBER_AFTER_FIRST_DIGIT}"

_PARTS = re.compile(
    rf"(?P<num>\d{{1,5}}(?:\.\d{{1,3}})*[a-zA-Z]?)"
    rf"(?:{_SLASH}(?P<year>{_YEAR})(?:{_SLASH}|(?=[{_UPPER}]))(?P<ysym>{_SYMBOL})"
    rf"|{_SLASH}(?P<sym>{_SYMBOL}){_YEAR_SUFFIX}"
    rf"|[ \t]?[-–][ \t]?(?P<old>{_SYMBOL}){_YEAR_SUFFIX})"
)
_SPLIT = re.compile(r"\s*([-–/])\s*")
# OCR reads Q as O or 0 ('QH15' -> 'OH15', '0H13'); no code starts with OH.
# 'QHI1 5' (a 2022 law): OCR read 15 as 'I1 5'; the term is then read from the year.
_LEGISLATURE = re.compile(r"(UBTVQH|QH|OH|0H)[ \t]?([Il][0-9][ \t][0-9]|[0-9Il]{1,2}|[0-9]?[Il][0-9]{2})", re.IGNORECASE)


# National Assembly terms (khóa): a year's documents carry the term in force that year. Years
# where one term ended and the next began belong to both.
_LEGISLATURES = ((10, 1997, 2002), (11, 2002, 2007), (12, 2007, 2011), (13, 2011, 2016), (14, 2016, 2021),
                 (15, 2021, 2026), (16, 2026, 2031))


def _legislature_for(year: int, written: str) -> str | None:
    """The term number of a year, for codes OCR garbled ('QHI1' in a 2022 number is QH15)."""
    terms = [str(n) for n, first, last in _LEGISLATURES if first <= year <= last]
    if len(terms) == 1:
        return terms[0]
    readable = [t for t in terms if t[-1] in written]
    return readable[0] if len(readable) == 1 else None


def canonical_code(token: str) -> str:
    """One code of a symbol in official casing: 'nđ' -> 'NĐ', 'ND' -> 'NĐ', 'ttg' -> 'TTg', 'QHI5' -> 'QH15'."""
    t = tables()
    m = _LEGISLATURE.fullmatch(token)
    if m:
        digits = "".join(m.group(2).split()).replace("I", "1").replace("l", "1")
        return ("QH" if m.group(1).upper() in ("OH", "0H") else m.group(1).upper()) + digits
    upper = token.upper()
    if upper in t.code_exact:
        return t.code_exact[upper]
    numbered = _NUMBERED_CODE.fullmatch(upper)
    if numbered and numbered.group(1) not in ("QH", "UBTVQH"):
        # A body's code with its term: 'HĐNN8' (the 8th Council of State) in '21-LCT/HĐNN8'.
        base = canonical_code(numbered.group(1))
        if base in t.code_exact.values():
            return base + numbered.group(2)
    plain = upper.replace("&", "")
    if plain in t.code_exact:
        return t.code_exact[plain]
    if "Đ" not in upper:
        # Typed without Đ (ND-CP, BGDDT): the only reading a known code allows.
        return t.code_folded.get(plain, upper)
    return upper


_NUMBERED_CODE = re.compile(r"(.*[^\d])(\d{1,2})")


def _code_with_unit(token: str) -> str:
    """A code with its unit in brackets kept as written: 'BCA(X13)' -> 'BCA(X13)', 'bca' -> 'BCA'."""
    code, bracket, unit = token.partition("(")
    return canonical_code(code) + bracket + unit


def _known(code: str) -> bool:
    t = tables()
    base = _LEGISLATURE.fullmatch(code)
    numbered = _NUMBERED_CODE.fullmatch(code)
    return bool(base) or code in t.code_exact.values() or bool(numbered and numbered.group(1) in t.code_exact.values())


def _unglued(code: str) -> list[str] | None:
    """A type code glued to a known issuer code ('NĐCP', 'TTBTC', 'QĐTTg'): the two codes, or None."""
    t = tables()
    for type_code in sorted(t.type_by_code, key=len, reverse=True):
        if code.upper().startswith(type_code.upper()) and len(code) > len(type_code):
            rest = canonical_code(code[len(type_code):])
            if rest in t.code_exact.values() and rest not in t.type_by_code:
                return [type_code, rest]
    return None


def _pad(num: str) -> str:
    head, dot, rest = num.partition(".")
    if len(head) == 1:
        head = "0" + head
    return head + dot + rest


@lru_cache(maxsize=65536)
def canonical_number(raw: str) -> str | None:
    """Any written variant of a số ký hiệu -> its canonical form; None if `raw` is not a document number.

    '61 /2018/ ND - CP' -> '61/2018/NĐ-CP'; '09/2026NQ-HĐND' -> '09/2026/NQ-HĐND';
    '25/2006/QĐ/BGD&ĐT' -> '25/2006/QĐ-BGDĐT'; '18/2020/NĐCP' -> '18/2020/NĐ-CP'; '16-NQ/TW' stays; 'Mẫu số 04a/ĐK' -> None
    ('04a/ĐK' has no known document code), '9001:2015' -> None.
    """
    text = normalize_text(raw).strip()
    m = _PARTS.fullmatch(text)
    if not m:
        return None
    num = m.group("num")
    t = tables()
    if m.group("ysym") is not None:
        written = _SPLIT.split(m.group("ysym"))[::2]
        codes = [_code_with_unit(c) for c in written]
        if not _known(codes[0]):
            glued = _unglued(codes[0])
            if glued:
                written[:1] = codes[:1] = glued  # '18/2020/NĐCP': the hyphen lost
        for i, raw_code in enumerate(written):
            garbled = _LEGISLATURE.fullmatch(raw_code)
            if garbled and not raw_code[len(garbled.group(1)):].isdigit():
                term = _legislature_for(int(m.group("year")), garbled.group(2))
                if term:
                    codes[i] = codes[i].rstrip("0123456789") + term
            elif garbled and garbled.group(1).upper() in ("OH", "0H"):
                # OCR read Q as O or 0: its digits are suspect too when the year contradicts them
                # ('145/2025/0H13' is QH15); a term the year allows stays as written.
                terms = [str(n) for n, first, last in _LEGISLATURES if first <= int(m.group("year")) <= last]
                digits = raw_code[len(garbled.group(1)):].strip()
                if len(terms) == 1 and digits not in terms:
                    codes[i] = "QH" + terms[0]
        if not codes[0][:1].isalpha():
            return None
        return f"{_pad(num)}/{m.group('year')}/{'-'.join(codes)}"
    if m.group("sym") is not None:
        written = _SPLIT.split(m.group("sym"))[::2]
        codes = [_code_with_unit(c) for c in written]
        # Old codes of a body written with a hyphen inside: '3676/GD-ĐT' (Bộ Giáo dục và Đào tạo, 1994).
        known = _known(codes[0].partition("(")[0]) or len(codes) > 1 and _known(codes[0] + codes[1])
        if not known or written[0][0] == "0":  # OCR's '0H' for QH only beside a year
            return None
        return f"{_pad(num)}/{'-'.join(codes)}"
    parts = _SPLIT.split(m.group("old"))
    codes = [_code_with_unit(c) for c in parts[::2]]
    if codes[0] not in t.old_form_codes and not (codes[0] in t.old_form_heads and len(codes) > 1):
        return None
    # Old and party numbers keep their own separators: 16-NQ/TW, 89-TC/TCT.
    seps = ["/" if s == "/" else "-" for s in parts[1::2]]
    symbol = codes[0] + "".join(s + c for s, c in zip(seps, codes[1:]))
    return f"{num}-{symbol}"


def type_of_number(number: str) -> str | None:
    """The document type a canonical number states by its code (61/2018/NĐ-CP -> Nghị định), if any."""
    t = tables()
    symbol = number.rsplit("/", 1)[-1] if "/" in number else number
    if "-" in number and "/" not in number.split("-", 1)[0]:
        symbol = number.split("-", 1)[1]  # old form 58-CP, 16-NQ/TW
    if symbol in t.issuer_only_types:
        return t.issuer_only_types[symbol]
    codes = re.split(r"[-/]", symbol)
    for code in codes:
        if code in t.type_by_code:
            return t.type_by_code[code]
    if len(codes) >= 2 and re.match(r"[\d.]+[a-z]?/[^/]*$", number):
        # An official letter is numbered after its issuer and unit, with no type code: 2703/UBND-KT.
        return t.letter_type
    return None


def year_of_number(number: str) -> int | None:
    """The year written in a number (61/2018/NĐ-CP -> 2018; '206-CP/1979' -> 1979), if any."""
    parts = number.split("/")
    if len(parts) >= 3 and parts[1].isdigit():
        return int(parts[1])
    if len(parts) >= 2 and parts[-1].isdigit() and len(parts[-1]) == 4:
        return int(parts[-1])
    return None
