"""Article pinpoints: 'điểm a, b khoản 2 Điều 7', 'Điều 5 đến Điều 9', 'Mục 2 Chương III'.

A pinpoint expression is parsed into one string per addressed unit, smallest level first and in
canonical case: 'điểm a khoản 2 Điều 7', 'khoản 1 Điều 3', 'Điều 5', 'Mục 2 Chương III',
'Phụ lục II', a numbered form of an annex 'Mẫu số 13.01 Phụ lục I'. Lists and ranges are expanded; a level written once is shared by the chains before
it ('điểm a khoản 1 và điểm b khoản 2 Điều 3' gives two pinpoints of Điều 3).
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

# Points (điểm) are lettered with the Vietnamese alphabet: đ follows d, and f, j, w, z are skipped.
POINT_LETTERS = "a b c d đ e g h i k l m n o p q r s t u v x y".split()

# OCR leaves a stray letter no Vietnamese word has after a number ('khoản 5Š Điều 31').
_OCR_JUNK = "ŠšŞşŽžß§"
_NUM = rf"\d{{1,3}}[a-zđ]?(?:[{_OCR_JUNK}](?=[ \t\n,]))?(?![\w/]|\.\d|\.[A-ZĐ])"
# OCR reads 1 as l or I ('khoản l', 'Điều I'): articles and clauses are never lettered or roman.
_OCR_ONE = r"[lI](?![\w/])"
# Clauses of technical annexes are numbered by decimals ('khoản 6.2').
_CLAUSE_NUM = rf"(?:\d{{1,2}}\.\d{{1,2}}(?![\w/]|\.\d)|{_NUM}|{_OCR_ONE})"
_ARTICLE_NUM = rf"(?:{_NUM}|{_OCR_ONE})"
# Points are letters; old circulars number them ('điểm 1, 2 mục II').
# OCR leaves an underscore after a letter ('điểm c_ khoản 5').
# OCR reads i as ¡ ('điểm ¡ khoản 1').
# OCR reads i as I too ('điểm I, điểm k khoản 2').
# Points of technical annexes are numbered below their letter ('điểm a.1', 'điểm b.1.1').
_LETTER = r"(?:[a-zđ¡I](?:\d{0,2}|(?:\.\d{1,2}){1,3})_?|\d{1,2})(?!\w)"
_ROMAN = r"(?:[IVXLC]+|\d{1,2})(?![\w/])"
_APPENDIX_VALUE = r"(?:[IVXLC]+[a-z]?|\d{1,2}[a-z]?)(?![\w/])"
# Spaces may wrap one line: OCR'd text breaks lines inside pinpoints ('điểm d\nkhoản 3').
_S = r"(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)"
# 'Và' in capitals is a typing slip seen in real files ('các khoản 1, 2 Và 5 Điều 13').
_LIST_SEP = rf"(?:[ \t]*,{_S}?|{_S}(?:[vV]à|hoặc|đến|tới){_S}|[ \t]*[-–][ \t]*)"


def _unit(keyword: str, value: str, ocr_stops: bool = False) -> str:
    sep = _LIST_SEP
    if ocr_stops:
        # OCR reads a comma of a list of articles as a full stop ('Điều 92, Điều 93. Điều 94, Điều
        # 95'): a stop between two units, the second followed by a comma, goes on with the list.
        sep = rf"(?:{_LIST_SEP}|\.[ \t]+(?=(?:{keyword}){_S}{value}[ \t]*,))"
    return rf"(?:{keyword}){_S}{value}(?:{sep}(?:(?:{keyword}){_S})?{value})*"


# OCR misreads tone marks ('khoán', 'điếm', 'Điêu', 'Đièu'); the vowel classes accept any tone.
_POINT_KW = "[Đđ]i[ểếềệễêe]m"
_CLAUSE_KW = "[Kk]h[oốồổỗộô][ảáàạãa]n"
_ARTICLE_KW = "[Đđ]i[ềếểệễêeèéẻẽẹ]u"
_POINTS = _unit(_POINT_KW, _LETTER)
_CLAUSES = _unit(_CLAUSE_KW, _CLAUSE_NUM)
_ARTICLES = _unit(_ARTICLE_KW, _ARTICLE_NUM, ocr_stops=True)
# Sections are inserted with a letter too ('Bổ sung Mục 2a vào sau Mục 2 Chương III').
_SECTIONS = _unit("[Mm]ục", rf"(?:\d{{1,2}}[a-z](?![\w/])|{_ROMAN})")
_CHAPTERS = _unit("[Cc]hương", _ROMAN)
_APPENDICES = _unit(rf"[Pp]hụ{_S}lục(?:{_S}số)?", _APPENDIX_VALUE)
# Numbered forms (mẫu) of an annex: 'Mẫu số 13.01, mẫu số 13.02 quy định tại Phụ lục I'. A form is a
# unit only with its annex: 'Mẫu số 01/TNDN' is a form code, 'mẫu số 01 kèm theo Thông tư' is not placed.
_FORM_KW = rf"[Mm]ẫu(?:{_S}số)?"
_FORMS = _unit(_FORM_KW, r"\d{1,2}(?:\.\d{1,2})?[a-z]?(?![\w/]|\.\d)")
_FORM_LINK = rf"(?:[ \t]*,{_S}?|{_S})(?:(?:quy{_S}định{_S})?(?:của|tại|thuộc){_S})?"
_LINK = rf"(?:[ \t]*,{_S}?|{_S})(?:(?:của|tại|thuộc){_S})?"

# Chains that reach the article or above (or an appendix), and then every chain.
_ANCHORED_CHAIN = (
    rf"(?:(?:{_POINTS}{_LINK})?(?:{_CLAUSES}{_LINK})?{_ARTICLES}(?:{_LINK}{_SECTIONS})?(?:{_LINK}{_CHAPTERS})?"
    # Sections of an annex hold clauses and points too: 'điểm b.4 khoản 2.2 Mục II Phụ lục II'.
    rf"|(?:{_POINTS}{_LINK})?(?:{_CLAUSES}{_LINK})?{_SECTIONS}(?:{_LINK}(?:{_CHAPTERS}|{_APPENDICES}))?"
    rf"|{_CHAPTERS}|{_APPENDICES}|{_FORMS}{_FORM_LINK}{_APPENDICES})"
)
_FULL_CHAIN = rf"(?:{_ANCHORED_CHAIN}|{_POINTS})"
_PARTIAL_CHAIN = rf"(?:(?:{_POINTS}{_LINK})?{_CLAUSES}|{_POINTS})"
# Between chains: a comma, 'và', or a phrase naming what is changed at the next place ('cụm từ
# “...” tại điểm a và cụm từ “...” tại điểm b Điều 9', 'điểm a và các quy định tại điểm b').
_CHAIN_SEP = (
    # A full stop before a lower-case 'khoản' or 'điểm' is OCR's comma: a sentence starts with a capital.
    rf"(?:[ \t]*[,;]{_S}?(?:(?:và|hoặc){_S})?|{_S}(?:và|hoặc){_S}|\.[ \t]+(?=(?:khoản|điểm)[ \t]+\w))"
    rf"(?:(?:các{_S})?(?:nội{_S}dung|cụm{_S}từ|từ|quy{_S}định|mẫu(?:{_S}quy{_S}định)?)(?:{_S}“[^”\n]{{0,300}}”)?{_S}(?:tại|ở){_S}"
    rf"|(?:gạch{_S}đầu{_S}dòng|dấu{_S}gạch{_S}ngang)(?:{_S}thứ{_S}[^\W\d_]+)?{_S}(?:(?:tại|của){_S})?)?"
    rf"(?:các{_S})?"
)

#: A whole pinpoint expression: chains joined by commas or 'và', ending with a full chain.
PINPOINT_PATTERN = rf"(?:(?:các{_S})?(?:{_PARTIAL_CHAIN}|{_FULL_CHAIN}){_CHAIN_SEP})*(?:các{_S})?{_FULL_CHAIN}"

_TOKEN = re.compile(
    rf"(?P<kw>{_POINT_KW}|{_CLAUSE_KW}|{_ARTICLE_KW}|[Mm]ục|[Cc]hương|[Pp]hụ{_S}lục(?:{_S}số)?|{_FORM_KW})"
    r"|(?P<range>\bđến\b|\btới\b|[-–])"
    rf"|(?<!\w)(?P<val>[a-zđ](?:\.\d{{1,2}}){{1,3}}(?![\w.])|[IVXLC]+[a-z](?!\w)|\d{{1,2}}\.\d{{1,2}}(?![\w.])|{_ROMAN}|\d{{1,3}}[a-zđ]?(?!\w)|{_LETTER})"
    # A list separator before a chapter, section or appendix makes it a sibling of what came before
    # ('Điều 10, Điều 15 và Chương IV'), where a space makes it their parent ('Điều 5 Chương II').
    r"|(?P<sep>,|;|(?<!\w)(?:[vV]à|hoặc)(?!\w))"
)

_QUOTED = re.compile(r"“[^”]*”")

# Rank of each level: a chain runs from small to large; a smaller or equal level starts a new chain.
_LEVELS = {"điểm": 0, "khoản": 1, "điều": 2, "mục": 3, "chương": 4, "mẫu": 5, "phụ lục": 6}
_LABELS = {
    "điểm": "điểm", "khoản": "khoản", "điều": "Điều", "mục": "Mục", "chương": "Chương", "mẫu": "Mẫu số", "phụ lục": "Phụ lục",
}
_MAX_RANGE = 200


def _level(keyword: str) -> str:
    kw = " ".join(keyword.lower().split())
    if kw.startswith("phụ lục"):
        return "phụ lục"
    if kw.startswith("mẫu"):
        return "mẫu"
    return {"k": "khoản", "m": "mục", "c": "chương"}.get(kw[0]) or ("điểm" if kw.endswith("m") else "điều")


def _expand(first: str, last: str, level: str) -> list[str]:
    if level == "điểm":
        if first in POINT_LETTERS and last in POINT_LETTERS:
            i, j = POINT_LETTERS.index(first), POINT_LETTERS.index(last)
            if i < j:
                return POINT_LETTERS[i + 1 : j + 1]
        return [last]
    if first.isdigit() and last.isdigit() and 0 < int(last) - int(first) <= _MAX_RANGE:
        return [str(k) for k in range(int(first) + 1, int(last) + 1)]
    return [last]


@lru_cache(maxsize=8192)
def parse_pinpoints(expression: str) -> tuple[str, ...]:
    """The units an expression matched by PINPOINT_PATTERN addresses, e.g.
    'điểm a, b khoản 2 Điều 7' -> ('điểm a khoản 2 Điều 7', 'điểm b khoản 2 Điều 7')."""
    units: list[tuple[str, list[str]]] = []
    siblings: set[int] = set()  # indexes in `units` of the levels written after a list separator
    in_annex: set[int] = set()  # indexes of annexes written right after a section: 'Mục II Phụ lục II'
    pending_range = False
    separated = False
    # Quoted wording between chains ('cụm từ “khoản 2 Điều 8” tại khoản 4 Điều 31') is not a place.
    expression = _QUOTED.sub(" ", expression)
    if any(ch in expression for ch in _OCR_JUNK):
        expression = expression.translate({ord(ch): " " for ch in _OCR_JUNK})
    for m in _TOKEN.finditer(expression):
        if m.group("sep"):
            separated = True
            continue
        if m.group("kw"):
            level = _level(m.group("kw"))
            if units and units[-1][0] == level and (
                pending_range or len(units) < 2 or _LEVELS[units[-2][0]] > _LEVELS[level]
            ):
                separated = False
                continue  # 'Điều 5, Điều 7' and 'Điều 5 đến Điều 9' stay one list; not 'khoản 3 Điều 5 và Điều 7'
            # After articles only: in old decisions 'khoản 1, mục II, Điều 1' nests clause in section.
            if (separated and level in ("mục", "chương") and units
                    and _LEVELS["điều"] <= _LEVELS[units[-1][0]] < _LEVELS[level]):
                siblings.add(len(units))
            if level == "phụ lục" and not separated and units and units[-1][0] == "mục" and units[-1][1]:
                in_annex.add(len(units))
            units.append((level, []))
            pending_range = False
            separated = False
        elif m.group("range"):
            pending_range = bool(units and units[-1][1])
        elif units:
            separated = False
            level, values = units[-1]
            value = m.group("val").rstrip("_").replace("¡", "i")
            if level == "điểm" and value == "I":
                value = "i"
            if level in ("khoản", "điều") and value in ("l", "I"):
                value = "1"
            if level in ("mục", "chương", "phụ lục") and not value[0].isdigit():
                # Roman numerals in capitals, a letter after them as written: 'Phụ lục IIa'.
                value = value.upper() if not value[-1].islower() or len(value) == 1 else value[:-1].upper() + value[-1]
            if pending_range and values:
                values.extend(_expand(values[-1], value, level))
            else:
                values.append(value)
            pending_range = False
    chains: list[dict[str, list[str]]] = []
    starts_sibling: list[bool] = []
    for index, (level, values) in enumerate(units):
        if not values:
            continue
        rank = _LEVELS[level]
        # An appendix stands alone: 'Điều 6, Điều 8, Phụ lục II' are three separate units; only
        # the forms written before it are in it ('Mẫu số 02 và Mẫu số 03 Phụ lục I'), and the
        # sections written right before it ('điểm b.4 khoản 2.2 Mục II Phụ lục II').
        if (not chains or any(_LEVELS[l] >= rank for l in chains[-1]) or "phụ lục" in chains[-1]
                or level == "phụ lục" and set(chains[-1]) != {"mẫu"} and index not in in_annex
                or level == "mẫu" or index in siblings):
            chains.append({})
            starts_sibling.append(index in siblings)
        chains[-1][level] = values
    # A level written only in a later chain is shared by the chains before it.
    for i in range(len(chains) - 2, -1, -1):
        if "phụ lục" in chains[i] or "phụ lục" in chains[i + 1] or starts_sibling[i + 1]:
            continue
        top = max(_LEVELS[l] for l in chains[i])
        for level, values in chains[i + 1].items():
            if _LEVELS[level] > top and level not in chains[i]:
                chains[i][level] = values
    out: list[str] = []
    for chain in chains:
        levels = sorted(chain, key=_LEVELS.__getitem__)
        for combo in product(*(chain[l] for l in levels)):
            text = " ".join(f"{_LABELS[l]} {v}" for l, v in zip(levels, combo))
            if text not in out:
                out.append(text)
    return tuple(out)


#: Like PINPOINT_PATTERN, but the expression may stop below the article ('khoản 2', 'điểm b khoản 2'):
#: inside an amending article the article is known from its heading.
PARTIAL_PINPOINT_PATTERN = (
    rf"(?:(?:các{_S})?(?:{_PARTIAL_CHAIN}|{_FULL_CHAIN}){_CHAIN_SEP})*(?:các{_S})?(?:{_ANCHORED_CHAIN}|{_PARTIAL_CHAIN})"
)

_TOP_LEVELS = ("Điều ", "Mục ", "Chương ", "Phụ lục ")


def within_article(pinpoints: tuple[str, ...], article: str | None) -> tuple[str, ...]:
    """Complete pinpoints written below the article level ('khoản 2') with the article they belong to.
    The context may be a clause ('khoản 2 Điều 99'): points go into it, clauses into its article."""
    if not article:
        return pinpoints
    top = article[article.find("Điều "):] if article.startswith("khoản ") and "Điều " in article else article
    return tuple(
        p if any(level in p + " " for level in _TOP_LEVELS)
        else f"{p} {article}" if p.startswith("điểm ") and "khoản " not in p else f"{p} {top}"
        for p in pinpoints
    )
