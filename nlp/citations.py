"""Find citations of legal documents in Vietnamese text.

Cheap scans find where an anchor may start (the digits before a slash or hyphen, the words of the
types cited by name: legal text is a sixth digits, so trying every digit would cost most of the
time); the anchor pattern decides there (a number, a type cited by name). Everything else is read
around each anchor with small anchored patterns: the type word before a number, the law name, the
issue date and issuer after it, the article pinpoints before or after it, and whether the
citation stands in the title of the numbered citation before it. All patterns are built from the
tables (`nlp/tables/*.json`), so this is also the fast path for bulk text.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from .dates import match_date
from .models import Citation
from .normalize import fold_same_length, normalize_text
from .numbers import (
    NUMBER_AFTER_FIRST_DIGIT,
    NUMBER_PATTERN,
    NUMBER_START_GUARD,
    canonical_number,
    type_of_number,
    year_of_number,
)
from .pinpoints import PINPOINT_PATTERN, parse_pinpoints
from .tables import tables


@dataclass(frozen=True, slots=True)
class CitationMatch:
    """A citation with the extent of what the text says about it.

    `context_start` is where its pinpoint starts when written before it ('khoản 2 Điều 9 Nghị định
    ...'), `context_end` where its issue date, issuer or trailing pinpoint ends; relation
    extraction uses these to tell a list of cited documents from a description of one of them.
    `title_of` is the index (in the list `find_citations` returns) of the numbered citation whose
    title this one stands in ('Nghị định số 175/2024/NĐ-CP ... quy định chi tiết ... thi hành Luật
    Xây dựng'); `in_title` is true for a document named only by name in such a title (the
    citation carries it too): the text names it as part of the other citation's title, it does not
    rely on it. A numbered document in a title is a source of its own and is not flagged.
    """

    citation: Citation
    context_start: int
    context_end: int
    title_of: int | None = None
    in_title: bool = False


# 'số' before a number, and what OCR makes of it ('sô', 's6', 's').
_NUMBER_WORD = r"[Ss][ốôồổỗộo6]?|SỐ"
# Capital and lower-case letters of Vietnamese (and other Latin) text, for a character class.
_CAPITALS = "A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x1F00)) if ch.isupper())
_LOWERS = "a-z" + "".join(ch for ch in map(chr, range(0xC0, 0x1F00)) if ch.islower())
#: A semicolon that separates items: not one a lower-case word goes on after (a title's parts:
#: '... có hoạt động kinh doanh; hướng dẫn thực hiện ...'), unless that word is a list marker
#: ('b)'), starts a pinpoint ('; gạch đầu dòng thứ hai điểm a ...', '; khoản 3 Điều 5 ...') or a
#: legal basis ('; căn cứ ...').
ITEM_SEMICOLON = (
    rf";(?![ \t]*(?:\n[ \t]*)?(?!(?:điểm|khoản|điều|gạch|mục|chương|phụ[ \t]+lục|căn[ \t]+cứ)(?!\w))"
    rf"[{_LOWERS}](?![)\.]))"
)
# One run of spaces that may wrap one line: OCR'd text breaks lines anywhere, even inside a name.
_SPACE = r"(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)"


def _word_variants(word: str) -> list[str]:
    spaced = word.replace(" ", "[ \t]+")
    variants = {spaced, spaced[0].lower() + spaced[1:], spaced.upper().replace("[ \t]+".upper(), "[ \t]+")}
    return sorted(variants, key=len, reverse=True)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    t = tables()
    number_words: list[str] = []
    for dt in t.doc_types:
        for w in dt.words:
            number_words.extend(_word_variants(w))
        number_words.extend(dt.short)
    for w in t.generic_words:
        number_words.extend(_word_variants(w))
    number_words.sort(key=len, reverse=True)
    named_words = sorted((w.replace(" ", "[ \t]+") for dt in t.doc_types if dt.named for w in dt.words), key=len, reverse=True)
    type_alt = "|".join(number_words)
    capital_alt = "|".join(
        sorted({w.replace(" ", "[ \t]+") for dt in t.doc_types for w in dt.words} | set(t.generic_words), key=len, reverse=True)
    )
    named_alt = "|".join(named_words)

    def folded(phrases) -> str:
        # Issuers are matched on the folded text (same offsets): case and OCR's marks do not matter
        # ('của chính phủ', 'Chỉnh phủ'), and names wrap across lines ('của Bộ\ntrưởng Bộ ...').
        # A hyphen between a name's parts loses a space in some sources ('Bộ Lao động- Thương binh').
        keys = {fold_same_length(" ".join(p.split())) for p in phrases}
        return "|".join(
            r"[ \t\n]+".join(map(re.escape, k.split())).replace(r"[ \t\n]+\-[ \t\n]+", r"[ \t\n]*-[ \t\n]*")
            for k in sorted(keys, key=len, reverse=True)
        )

    cap = r"(?:[A-ZĐ\u00C0-\u00DD\u0102\u0110\u0128\u0168\u01A0\u01AF\u1EA0-\u1EF8][\w]*|\d+)"
    # A head is tried first and given back when no body follows ('Chủ tịch nước' is a name).
    one_issuer = (
        rf"(?:(?P<head>{folded(t.issuer_heads)})[ \t\n]+)?"
        rf"(?:(?P<named>{folded(t.issuer_names)})(?!\w)"
        rf"|(?P<ministry>{folded(t.ministries + tuple(t.ministry_aliases))})(?!\w)"
        rf"|(?P<local>{folded(t.local_bodies)})(?!\w)(?:[ \t\n]+(?P<unit>{folded(t.local_units)})(?![\w]))?"
        rf"|(?P<body>{folded(t.issuer_bodies)})(?=[ \t\n]+\w))"
    )
    # Named types as written, in capitals ('LUẬT ĐẦU TƯ CÔNG NĂM 2024') and in lower case ('luật
    # quản lý thuế số 108/2025/qh15'); `_read_named` asks more of the last two.
    named_titles = sorted({w for dt in t.doc_types if dt.named for w in dt.words})
    # Lower case only for 'luật': 'bộ luật', 'pháp lệnh', 'hiến pháp' so written name no document.
    named_forms = sorted({v for w in named_titles for v in (w, w.upper())} | {"luật"})
    first_words = {re.escape(name.split()[0].lower()) for names in t.law_names.values() for name in names}
    first_alt = "|".join(sorted(first_words, key=len, reverse=True))
    # In lower case a type word is mostly the common noun ('pháp luật', 'theo luật'): only one
    # followed by the first word of a known name is an anchor ('luật quản lý thuế').
    # 'pháp luật' (law in general) and 'kỷ luật' (discipline) are no type words, in any case.
    named_anchor = "|".join(
        f"(?<={re.escape(w[0])})" + w[1:].replace(" ", "[ \t]+")
        + (rf"(?<!pháp {re.escape(w)})(?<!kỷ {re.escape(w)})(?=[ \t]+(?:{first_alt})(?!\w))" if w[0].islower() else "")
        + (rf"(?<!PHÁP {re.escape(w)})(?<!KỶ {re.escape(w)})" if w.isupper() else "")
        for w in named_forms
    )
    first_chars = "".join(sorted({w[0] for w in named_forms}))
    end_markers = "|".join(r"[ \t\n]+".join(map(re.escape, m.split())) for m in t.title_end_markers)
    return {
        # Where an anchor may start is found by cheap scans (`_anchor_starts`); this pattern, matched
        # there, decides: a number (its first digit; the guard looks behind it) or a named type.
        "anchor": re.compile(
            rf"[0-9{first_chars}](?:(?<=\d){NUMBER_START_GUARD}{NUMBER_AFTER_FIRST_DIGIT}"
            rf"|(?<!\w.)(?:{named_anchor}){_SPACE}(?=\S))"
        ),
        "number": re.compile(NUMBER_PATTERN),
        # Every number has a slash or a hyphen right after its digits, perhaps a letter and two spaces
        # (61/2018/NĐ-CP, 58-CP, 31/CP, '61 /2018'): the separators with a digit that close before them.
        # A date's slashes ('15/01/2022') never start a number: they are left out.
        "separator": re.compile(
            r"[/\-–](?:(?<=[\-–])|(?!\d{1,2}/)(?<!/\d/)(?<!/\d\d/))"
            r"(?:(?<=[0-9].)|(?<=[0-9][a-zA-Z \t].)|(?<=[0-9][a-zA-Z \t][ \t].)|(?<=[0-9][a-zA-Z][ \t][ \t].))"
        ),
        # The named types, each a pattern with a literal prefix (a fast scan in the regex engine).
        # One scan per word for its two forms, 'Luật' and 'LUẬT': a one-letter literal prefix.
        "named_words": tuple(
            re.compile(
                re.escape(w[0]) + "(?:" + "|".join(
                    re.escape(v[1:].split()[0]) + "".join("[ \t]+" + re.escape(x) for x in v.split()[1:])
                    for v in (w, w.upper())
                ) + ")"
            )
            for w in named_titles
        ),
        # In lower case a type word is mostly the common noun ('pháp luật', 'theo luật'): one scan
        # keeps only those followed by the first word of a known name ('luật quản lý thuế').
        # The same condition for the scan of lower-case type words: a literal prefix, then the checks.
        "lower_named_words": tuple(
            re.compile(
                re.escape(w.split()[0]) + "".join("[ \t]+" + re.escape(x) for x in w.split()[1:])
                + rf"(?<!pháp {re.escape(w)})(?<!kỷ {re.escape(w)})(?=[ \t]+(?:{first_alt})(?!\w))"
            )
            for w in named_forms if w[0].islower()
        ),
        # Type words as written at the start of a citation (capitalised): inside a name they mean a
        # second document ('Luật Đất đai và Nghị định số ...'), while 'pháp luật' does not.
        "type_word": re.compile(rf"(?<![\w])(?:{capital_alt})(?![\w])"),
        # What ends an earlier item of a cross-reference list with its own document: 'của Luật
        # 59/2014/QH13 Căn cước công dân ban hành ngày ...' (a law named in a heading does not).
        "xref_owner": re.compile(rf"(?<![\w])(?:{capital_alt})[ \t]+(?:số[ \t]+)?\d|ban[ \t]+hành[ \t]+ngày"),
        # A name closed by 'sửa đổi' at an item's end: 'Luật Đầu tư sửa đổi |' (not '... sửa đổi, bổ
        # sung năm 2009', the law as amended that year).
        "amended_name": re.compile(r"[ \t]+sửa[ \t]+đổi(?=[ \t*_]*(?:[;|)\n]|\.(?!\w)|\Z))"),
        "next_cell": re.compile(r"[ \t*_]*\|[ \t*_]*"),
        "own_title_line": re.compile(r"[ \t*_#]*(?:\n|\Z)"),
        "name_then_number": re.compile(
            rf"((?:[^\W\d_]+,?{_SPACE}){{1,40}}?)(?:[Ss]ố)[ \t]*:?[ \t]*(?:\n[ \t]*)?\[?(?=\d)"
        ),
        "name_token": re.compile(r"[ \t]*(?:\n(?![ \t]*\n)[ \t]*)?([^\W\d_]+(?:/[^\W\d_]+)*|[,;])"),
        "about": re.compile(r"về[ \t]+"),
        "name_acronym": re.compile(r"[ \t]*(\([^\W\d_]+(?:/[^\W\d_]+)*\))"),
        # A year after a name: 'năm 2013' or a bare '2015', not the start of a number or a decimal.
        "year_suffix": re.compile(r"[ \t]+(?:(?:năm|Năm|NĂM)[ \t]+)?((?:19[4-9]|20\d)\d)(?![\d/]|[.\-]\d)(?![ \t]*/)"),
        "amending_head": re.compile(
            rf"[Ss]ửa{_SPACE}đổi,?{_SPACE}bổ{_SPACE}sung(?:{_SPACE}một{_SPACE}số{_SPACE}[đĐ]iều)?(?:{_SPACE}(?:của|tại))?"
            rf"(?:{_SPACE}các)?{_SPACE}"
        ),
        # What an amending law changes before naming the law: 'Luật sửa đổi, bổ sung Điều 6 và Phụ
        # lục 4 về Danh mục ngành, nghề ... của Luật Đầu tư'.
        "amending_scope": re.compile(
            rf"[^;\n]{{1,200}}?{_SPACE}(?:của|tại){_SPACE}(?=(?:Luật|Bộ{_SPACE}luật|Pháp{_SPACE}lệnh){_SPACE})"
        ),
        # Laws an amending law changes, named as a group: '37 luật có liên quan đến quy hoạch'.
        "amended_group": re.compile(
            rf"(?:(?:\d+|các|một{_SPACE}số|những){_SPACE}(?:bộ{_SPACE})?luật|(?<=các[ \t])[lL]uật)"
            rf"(?:{_SPACE}(?P<topic>(?:có{_SPACE})?liên{_SPACE}quan{_SPACE}(?:đến|tới)|về|trong{_SPACE}lĩnh{_SPACE}vực)(?=[ \t\n]))?(?![\w])"
        ),
        # What comes between a citation and its issue date: OCR'd and converted text leaves blank
        # lines there too ('Nghị định số 13/2022/NĐ-CP\n\nngày 21 tháng 01 năm 2022'), and then
        # 'ngày' in lower case tells the sentence goes on.
        "tail_lead": re.compile(
            r"[ \t]*,?[ \t]*(?:\n[ \t]*)?(?:(?:được[ \t]+)?ban[ \t]+hành[ \t]+)?(?=[Nn]g[àâảáạãa]y[ \t\n])"
            r"|[ \t]*(?:\n[ \t]*){2,4}(?=ng[àâảáạãa]y[ \t\n])"
        ),
        # An issuer after 'của'/'do', and more after ',' or 'và'; the issuer pattern is compiled once.
        # Matched on the folded text, like the issuer.
        # A blank line may follow 'của' in OCR'd text: the sentence cannot end there.
        # Joint issuers may follow 'liên tịch' or 'liên': 'của liên tịch Bộ Y tế, Bộ Nội vụ, Bộ Tài
        # chính', 'của liên bộ Tài chính và Khoa học và Công nghệ' ('Bộ' written once).
        "issuer_lead": re.compile(
            rf"[ \t*_]*,?[ \t]*(?:\n[ \t]*)?(?:cua(?:[ \t]*\n){{0,2}}|do){_SPACE}(?P<joint>lien{_SPACE}(?:tich{_SPACE})?(?=bo[ \t]))?"
        ),
        # The same on the text as written (a cheap test before folding): 'của' with any marks, 'do'.
        "issuer_lead_written": re.compile(r"[ \t*_]*,?[ \t]*(?:\n[ \t]*)?(?:[Cc]\w[aáàảãạ]|[Dd]o)[ \t\n]"),
        "issuer": re.compile(one_issuer),
        # Joint issuers are also written with a dash: 'của Bộ Lao động - Thương binh và Xã hội - Ngân
        # hàng Nhà nước Việt Nam' (a TTLT).
        "issuer_more_lead": re.compile(rf"[ \t]*,{_SPACE}?|{_SPACE}va{_SPACE}|[ \t]+[-–][ \t]+"),
        # A place after a local body ('Ủy ban nhân dân tỉnh Hà Tây'), and a body's name ('Cục Hàng
        # hải Việt Nam'), read on the text as written: capitals tell where they end.
        "place": re.compile(rf"{_SPACE}((?:{cap})(?:[ \t]+(?:-[ \t]+)?{cap}){{0,4}})"),
        "space": re.compile(_SPACE),
        "number_word": re.compile(rf"(?:{_NUMBER_WORD})[ \t]*:?[ \t]*(?:\n[ \t]*)?\d"),
        # A number may be a Markdown link's text or stand in brackets: 'Luật Giáo dục số [43/2019/QH14]'.
        # After a name and its year: 'số 49/2014/QH13', or the number in brackets right after it
        # ('Luật Thực hiện dân chủ ở cơ sở 2022 (10/2022/QH15)'; not after emphasis closing the name:
        # '**Luật Đất đai 2024** (số 31/2024/QH15)' is the name, then its number).
        "number_word_after": re.compile(
            rf"{_SPACE}(?:{_NUMBER_WORD})[ \t]*:?[ \t]*(?:\n[ \t]*)?\[?(?=\d)|[ ]?\((?:(?:{_NUMBER_WORD})[ \t]*:?[ \t]*)?(?=\d)"
        ),
        "number_after_name": re.compile(rf"{_SPACE}(?:(?:{_NUMBER_WORD})[ \t]*:?[ \t]*(?:\n[ \t]*)?)?\[?(?=\d)"),
        "name_list_sep": re.compile(rf"[ \t]*,{_SPACE}|{_SPACE}và{_SPACE}"),
        # Where a pinpoint expression may start: a character-class prefix again, so that finding
        # the few candidates in the window before a citation costs almost nothing.
        "pin_keyword": re.compile(r"[ĐđKkMmCcPp](?:i[ểếềệễêe]m|h[oốồổỗộô][ảáàạãa]n|i[ềếểệễêe]u|ục|ẫu|hương|hụ\s+lục|ác\s)"),
        # A pinpoint expression, compiled once for before and after a citation, and what joins one
        # written before a citation to it.
        "pinpoint": re.compile(PINPOINT_PATTERN),
        "pin_joint": re.compile(
            r"\.?[ \t]*,?(?:[ \t]+|[ \t]*\n[ \t]*)(?:(?:của|tại|thuộc|theo|quy[ \t]+định[ \t]+tại"
            r"|(?:được[ \t]+)?(?:ban[ \t]+hành[ \t]+)?kèm[ \t]+theo)[ \t]+)?(?:các[ \t]+)?"
        ),
        # How every pinpoint written before a citation ends: a short value ('5', 'II', 'a') and the
        # words that may join it to the citation. A cheap test before the keyword scan.
        "pin_tail": re.compile(
            r"(?<![^\s,(])(?:\d{1,3}[a-zđ]?|\d{1,2}\.\d{1,2}|[IVXLC]+[a-z]?|[a-zđ](?:\d{0,2}|(?:\.\d{1,2}){1,3})_?)\.?[ \t]*,?(?:[ \t]+|[ \t]*\n[ \t]*)"
            r"(?:(?:của|tại|thuộc|theo|quy[ \t]+định[ \t]+tại|(?:được[ \t]+)?(?:ban[ \t]+hành[ \t]+)?kèm[ \t]+theo)[ \t]+)?"
            r"(?:các[ \t]+)?\Z"
        ),
        # A part of a document's annex named before it: 'Điều 4 của Quy định về hoạt động y tế ...
        # ban hành kèm theo Quyết định số 58/2008/QĐ-BGDĐT'. The annex's title runs up to 'kèm theo'.
        "annex_lead": re.compile(r"kèm[ \t\n]+theo[ \t\n]+(?:các[ \t\n]+)?\Z"),
        "pin_annexed": re.compile(
            r"[ \t\n]+(?:của|tại)[ \t\n]+(?:Quy[ \t\n]+định|Quy[ \t\n]+chế|Điều[ \t\n]+lệ|Quy[ \t\n]+trình|Hướng[ \t\n]+dẫn"
            r"|Chương[ \t\n]+trình|Danh[ \t\n]+mục|Tiêu[ \t\n]+chuẩn|Định[ \t\n]+mức|Bảng|Biểu)(?!\w)"
            r"(?:[^;:()\n]|\n(?![ \t]*\n)){0,400}?(?<!\w)(?:(?:được[ \t\n]+)?ban[ \t\n]+hành[ \t\n]+)?kèm[ \t\n]+theo[ \t\n]+"
            r"(?:các[ \t\n]+)?\Z"
        ),
        # A bracketed note of a document's amendments, before its bracketed units; not a note naming
        # the amending document: '(được sửa đổi, bổ sung bởi Nghị định số X) (Điều 12)'.
        "amended_note": re.compile(
            r" \([ \t]*(?:(?:đã[ \t]+)?được[ \t]+)?(?:sửa[ \t]+đổi|bổ[ \t]+sung)(?![^()\n]*\d/)[^()\n]{0,120}\)(?=[ \t]*\()"
        ),
        "doubled_type": re.compile(r"(?<!\w)(?P<words>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3}[ \t]+số)[ \t]+\Z"),
        # A chapter's title follows its number without a stop: 'Chương IV GIAO DỊCH ĐIỆN TỬ ... của'.
        # An article numbered by its place in the code ('Điều 4.4.TT.1.4. Cấp lại ... của Thông tư
        # 17/2011/TT-BTP') names no unit of the document: the list's earlier articles still do.
        "pin_titled": re.compile(
            r"(?:liên quan đến|;)[ \t]*(?P<expr>Điều[ \t]+\d{1,3}[a-zđ]?(?=\.)|(?:Chương|Mục)[ \t]+(?:[IVXLC]+|\d{1,2})(?=[ .])"
            r"|(?P<coded>Điều[ \t]+\d{1,3}(?:\.[\dA-ZĐ]{1,4}){2,}(?=\.)))\.?[ \t]+[^;()\n]{1,250}?"
            r"[ \t]của[ \t]+\Z"
        ),
        # The titled articles listed before it: '... liên quan đến Điều 8. Thủ tục ...; Điều 10. ... của'.
        "pin_titled_before": re.compile(
            r"(?:liên quan đến|;)[ \t]*(?:(?P<expr>Điều[ \t]+\d{1,3}[a-zđ]?|(?P<coded>Điều[ \t]+\d{1,3}(?:\.[\dA-ZĐ]{1,4}){2,}))\."
            # A heading may be empty: 'Điều 1. ; Điều 2. Tổ chức thực hiện của Thông tư ...'.
            r"|(?P<part>(?:Chương|Mục)[ \t]+(?:[IVXLC]+|\d{1,2}))(?=[ .])\.?)[ \t]+(?P<title>[^;()\n]{0,250}?);[ \t]*\Z"
        ),
        "pin_after_lead": re.compile(
            r"(?:[ \t]*[,:(][ \t]*|[ \t]+[-–][ \t]+|[ \t]+)(?:(?:(?:được[ \t]+)?giao[ \t]+)?(?:tại|theo|gồm|bao[ \t]+gồm)[ \t]*:?[ \t]+)?"
        ),
        "closing_units": re.compile(r",[ \t]*(?:(?:bao[ \t]+)?gồm|từ)[ \t]*:?[ \t]+(?:các[ \t]+)?(?=[ĐđKkPpMmCc])"),
        "pin_after_more": re.compile(r"[ \t]*;[ \t]*(?=[ĐđKkPpMmCc])"),
        "pin_after_block": re.compile(
            rf"[ \t]*,?[ \t]*(?:(?:của|tại|thuộc)[ \t]+)?(?:các[ \t]+)?(?:(?:{type_alt}|{named_alt})(?![\w])|này|\d)"
        ),
        "list_gap": re.compile(r"[\s*(]*(?:,|;|và|hoặc)?[\s*(]*(?:và\s+)?(?:số\s*)?\Z"),
        # What may come between a numbered citation (with its date and issuer) and the first word
        # of its title: markup, a bracketed note, a dash, a comma, a wrapped line.
        "title_open": re.compile(
            r"[ \t]*(?P<nl>\n[ \t]*)?(?:[*_]+[ \t]*)?(?:\([^()\n]{0,120}\)[ \t]*)?(?:[-–:][ \t]+)?"
            r"(?P<comma>,[ \t]*(?:\n[ \t]*)?)?(?P<word>[^\W\d_]+)"
        ),
        # Where a title ends: a semicolon or table cell, a sentence end, a new paragraph or list item,
        # a line ending with a colon, or words that go on with the sentence ('thì', 'được sửa đổi').
        "title_break": re.compile(
            rf"\||{ITEM_SEMICOLON}|[.!?](?=[ \t]*(?:\n|\Z)|[ \t]+[{_CAPITALS}])"
            r"|\n[ \t]*(?:\n|[-+•*>#|–]|\d+(?:\.\d+)*[.)]|[a-zđ]\)|[IVXLC]+\.|(?:Căn[ \t]+cứ|CĂN[ \t]+CỨ|Điều|ĐIỀU|Chương|CHƯƠNG)(?!\w))"
            r"|:[ \t]*\n"
            # A line break inside a table cell: '... Luật Đấu giá tài sản<br>- Bộ luật Dân sự 2015'.
            r"|<br[ \t]*/?>"
            rf"|(?<!\w)(?i:{end_markers})(?!\w)"
        ),
        # 'bao gồm:' ending its line, and a list item that starts with a pinpoint ('1. Điều 11 ...',
        # '- **Khoản 4 Điều 11** ...', 'a) Điều 5'), blank lines between items allowed.
        "list_includes": re.compile(r"gồm(?<!\wgồm)[ \t]*:[ \t]*(?=\n)"),  # a literal start: a fast scan
        "list_item_pinpoint": re.compile(
            r"[ \t]*\n(?:[ \t]*\n)*[ \t>]*(?P<marker>[-+•–]|\d{1,2}[.)]|[a-zđ][.)])?[ \t*_]*"
            r"(?=[ĐđKkMmCcPp](?:i[ểếềệễêe]m|h[oốồổỗộô][ảáàạãa]n|i[ềếểệễêe]u|ục|hương|hụ[ \t]+lục|ác[ \t]))"
        ),
        "list_item": re.compile(r"[ \t]*\n(?:[ \t]*\n)*[ \t>]*(?:[-+•–]|\d{1,2}[.)]|[a-zđ][.)])[ \t*_]+"),
        # The rest of a number in brackets or a Markdown link: ']', '](https://...)'.
        "owner_date": re.compile(
            r"[ \t]*(?:ban[ \t]+hành[ \t]+ngày|ngày[^,;()\n]{4,60}?,[ \t]*có[ \t]+hiệu[ \t]+lực(?:[ \t]+thi[ \t]+hành)?[ \t]+kể[ \t]+từ)"
        ),
        "bracket_date": re.compile(r"[ \t]*\([ \t]*(?:ban[ \t]+hành[ \t]+)?(?=[Nn]g[àâ]y)"),
        "bracket_close": re.compile(r"[ \t]*\)"),
        "split_digits": re.compile(rf"(?:{_NUMBER_WORD})[ \t]+(\d{{1,2}}) \Z"),
        "list_colon": re.compile(r"[ \t*_]*(?:[ \t]về[ \t]*)?:[ \t*_]*(?=\n)"),
        # '... các điều, khoản sau đây của Luật X:', '... một số điều và biện pháp thi hành Luật X về:'.
        "units_following": re.compile(
            r"(?:(?<!\w)(?:điều|khoản|điểm|nội[ \t\n]+dung)(?!\w)[^.;:\n]{0,40}?(?<!\w)sau[ \t\n]+đây[ \t\n]+"
            r"|(?<!\w)một[ \t\n]+số[ \t\n]+điều(?:[ \t\n]+và[ \t\n]+biện[ \t\n]+pháp[ \t\n]+thi[ \t\n]+hành)?[ \t\n]+)"
            r"(?:(?:của|tại|thuộc)[ \t\n]+)?(?:các[ \t\n]+)?\Z"
        ),
        "link_target": re.compile(r"\](?:\((?:https?://|www\.)[^()\s]*(?:\([^()\s]*\)[^()\s]*)*\))?"),
        # An article heading in a pháp điển cross-reference list, up to where a name stands.
        "xref_item": re.compile(
            r"(?:liên quan đến|;)[ \t]*(?:Điều[ \t]+\d{1,3}[a-zđ]?(?:\.[\dA-ZĐ]{1,4})*|Mục[ \t]+\w+|Chương[ \t]+\w+)\.?[ \t]+[^;()\n]*\Z"
        ),
        "amended_by_lead": re.compile(
            r"[^;\n]*?[ \t]*[,(]?[ \t]*(?:đã[ \t]+)?được[ \t]+sửa[ \t]+đổi(?:,?[ \t]+bổ[ \t]+sung)?(?:[ \t]+một[ \t]+số[ \t]+điều)?"
            r"[ \t]+(?:bởi|tại|theo)[ \t]+"
        ),
        "clause_end": re.compile(r"[ \t]*(?:[;.|]|\n|\Z)"),
        "own_number": re.compile(r"\n[ \t*#>|_]*(?:Số|SỐ)[ \t]*:?[ \t]*\Z"),
        # Before a bare number that is no citation: a form code ('Mẫu số 04a/ĐK', 'theo mẫu số\n04/TB-TĐT'),
        # the document's own number ('Số: 202/2026/NĐ-CP', '| Số hiệu | ...'), a standard written with a space
        # ('QCVN 02: 2011/BLĐTBXH', 'TCVN 5945: 2005').
        "not_citation_before": re.compile(
            r"(?:(?:[Mm]ẫu|MẪU|[Bb]iểu(?:[ \t]+mẫu)?|[Ff]orm|[Mm]ã(?:[ \t]+hiệu)?|[Kk]ý[ \t]+hiệu)(?:[ \t]+(?:số|SỐ))?[ \t]*:?[ \t]*(?:\n[ \t*_]*)?"
            r"|(?:^|\n)[ \t*#>|_]*(?:[Ss]ố|SỐ)[ \t]*:?"
            # A header collapsed into one line: '... Độc lập - Tự do - Hạnh phúc Số: 50/2005/QH11'.
            r"|(?:[Hh]ạnh[ \t]+phúc|HẠNH[ \t]+PHÚC)[ \t*_\-]*(?:Số|SỐ)[ \t]*:?"
            # The document's own number in a metadata table or front matter: '| **Số hiệu** | X |'.
            r"|(?:(?:[Ss]ố|SỐ)[ \t]+(?:(?:ký|KÝ)[ \t]+)?(?:hiệu|HIỆU)|sohieu|so[-_]hieu|so[-_]ky[-_]hieu)[ \t*_]*[:|][ \t*_]*"
            r"|(?:QCVN|TCVN|ISO|IEC)[ \t]*[\w.\-/]*[ \t]*:"
            # The end of a code after its number: 'Quy trình kiểm định số QTKĐ: 21- 2016/BLĐTBXH'.
            r"|\d[ \t]*[-–])[ \t]*\Z"
        ),
    }


def _type_name(word: str) -> str | None:
    return tables().type_by_word.get(" ".join(word.split()).lower())


def _collapse(text: str) -> str:
    return " ".join(text.split())


@cache
def _name_tries() -> dict[str, dict]:
    """Per type, a trie over the lower-cased tokens of the known names (commas are tokens)."""
    t = tables()
    token = re.compile(r"\(?[^\W\d_]+(?:/[^\W\d_]+)*\)|[^\W\d_]+(?:/[^\W\d_]+)*|,")
    tries: dict[str, dict] = {}
    for type_name, names in t.law_names.items():
        root: dict = {}
        for name in names:
            node = root
            for tok in token.findall(name.lower()):
                node = node.setdefault(tok, {})
            node["$"] = True
        tries[type_name] = root
    return tries


def _known_name_end(text: str, pos: int, type_name: str) -> int | None:
    node = _name_tries().get(type_name)
    if not node:
        return None
    tok_rx = _patterns()["name_token"]
    best = None
    while True:
        # An acronym in brackets is part of a known name: '... ở người (HIV/AIDS)'.
        m = tok_rx.match(text, pos) or _patterns()["name_acronym"].match(text, pos)
        if not m:
            break
        token = m.group(1).lower()
        # OCR reads a comma as a semicolon: 'Luật Phòng; chống tham nhũng'.
        following = node.get("," if token == ";" else token)
        if following is None:
            # A word glued to the next one: 'Luật Quản lý thuếvà Luật Hải quan'.
            for stop in _GLUED_STOPS if token.endswith(_GLUED_STOPS) else ():
                if token.endswith(stop) and "$" in node.get(token[: -len(stop)], {}):
                    best = m.end() - len(stop)
                    break
            break
        node = following
        pos = m.end()
        if "$" in node:
            best = pos
    return best


# Words that OCR and typing glue to the end of a name ('thuếvà').
_GLUED_STOPS = ("và", "của", "số", "năm", "ngày", "được", "theo", "tại", "về")


def _is_stop(text: str, m: re.Match[str]) -> bool:
    """Whether the word `m` (a `name_token` match) ends a name: a stop word, or the first word of a
    stop phrase that the next words complete ('quy định', not 'quy hoạch')."""
    t = tables()
    word = m.group(1).lower()
    if word in t.name_stop_words:
        return True
    pos = m.end()
    for phrase in t.name_stop_phrases:
        if phrase[0] != word:
            continue
        q = pos
        for part in phrase[1:]:
            n = _patterns()["name_token"].match(text, q)
            if not n or n.group(1).lower() != part:
                break
            q = n.end()
        else:
            return True
    return False


def _guessed_name_end(text: str, pos: int, lower_first: bool = False, body: bool = False, upper: bool = False) -> int | None:
    """End of a name not in the tables: words up to a comma, a stop word or a type word. The name
    of a `body` also ends at a lower-case word after two capitalised ones ('Sở Tài chính Hà Tây
    nhân ...'). An `upper` name (after 'LUẬT') runs over words in capitals only."""
    t = tables()
    tok_rx = _patterns()["name_token"]
    type_rx = _patterns()["type_word"]
    end = None
    count = capitals = 0
    while count < t.max_name_words:
        m = tok_rx.match(text, pos)
        if not m or m.group(1) in ",;":
            break
        word = m.group(1)
        if upper and (not word.isupper() or "\n" in text[pos:m.start(1)] or _type_name(word)):
            break
        if count and (_is_stop(text, m) or type_rx.match(text, m.start(1))):
            break
        if count == 0 and not word[0].isupper() and (not lower_first or _is_stop(text, m)):
            return None
        if body and capitals >= 2 and not word[0].isupper():
            break  # after a proper name ('... Hà Tây'), a lower-case word goes on with the sentence
        capitals = capitals + 1 if word[0].isupper() else 0
        pos = end = m.end()
        count += 1
    return end


def _topic_end(text: str, pos: int) -> int:
    """End of the topic of a group of laws ('... liên quan đến quy hoạch', '... về quân sự, quốc
    phòng'): words and commas up to a stop word, a type word or a year."""
    t = tables()
    tok_rx = _patterns()["name_token"]
    type_rx = _patterns()["type_word"]
    end = pos
    for _ in range(t.max_name_words):
        m = tok_rx.match(text, pos)
        if not m:
            break
        word = m.group(1)
        if word == ";":
            break
        if word != "," and (_is_stop(text, m) or type_rx.match(text, m.start(1))):
            break
        pos = m.end()
        if word != ",":
            end = pos
    return end


def _name_end(text: str, pos: int, type_name: str) -> int | None:
    """End of the name of a law-like document that starts at `pos` (after the type word)."""
    p = _patterns()
    amending = p["amending_head"].match(text, pos)
    if amending:
        # 'Luật sửa đổi, bổ sung một số điều của Luật A và Luật B': one name holding other names.
        end = None
        q = amending.end()
        group = p["amended_group"].match(text, q)
        if group:
            return _topic_end(text, group.end()) if group.group("topic") else group.end()
        if not p["type_word"].match(text, q):
            scope = p["amending_scope"].match(text, q)
            if scope:
                q = scope.end()
        while True:
            tw = p["type_word"].match(text, q)
            if not tw:
                break
            inner_type = _type_name(tw.group())
            q_name = q + len(tw.group())
            gap = p["space"].match(text, q_name)
            if not gap or inner_type is None:
                break
            inner_end = _known_name_end(text, gap.end(), inner_type) or _guessed_name_end(text, gap.end())
            if inner_end is None:
                break
            end = inner_end
            sep = p["name_list_sep"].match(text, end)
            if not sep:
                break
            q = sep.end()
        return end
    known = _known_name_end(text, pos, type_name)
    if known is not None:
        return _extend_name(text, known)
    about = p["about"].match(text, pos) if type_name == "Pháp lệnh" else None
    if about:
        # Old ordinances are named after 'về', in lower case: 'Pháp lệnh về thuế nông nghiệp',
        # 'Pháp lệnh về phí và lệ phí số 38/2001/PL-UBTVQH10' (a known name). Not laws: 'các văn bản
        # dưới Luật về thuế ...' is the common noun.
        return _known_name_end(text, about.end(), type_name)
    return _guessed_name_end(text, pos)


def _extend_name(text: str, end: int) -> int:
    """A known name may be the start of a longer one the tables lack ('Luật Giáo dục' of 'Luật Giáo
    dục quốc phòng và an ninh', 'Luật Doanh nghiệp' of 'Luật Doanh nghiệp nhà nước'): lower-case
    words that are no stop words go on with it."""
    t = tables()
    p = _patterns()
    amended = p["amended_name"].match(text, end)
    if amended:
        return amended.end()  # 'Luật Đầu tư sửa đổi;': the amending law, named by the law it amends
    tok_rx = p["name_token"]
    pos = longer = end
    for _ in range(t.max_name_words):
        m = tok_rx.match(text, pos)
        if not m:
            break
        word = m.group(1)
        if word == "," or not word[0].islower() or _is_stop(text, m) or "\n" in text[pos:m.start(1)]:
            break
        pos = longer = m.end()
    if longer == end:
        return end
    # Only when a year, a date or a number closes the longer name: words after a name are more
    # often the sentence going on ('Luật Thuế tiêu thụ đặc biệt bao gồm ...').
    if p["year_suffix"].match(text, longer) or _date_follows(text, longer) or p["number_after_name"].match(text, longer):
        return longer
    return end


def _read_tail(text: str, pos: int) -> tuple[str | None, str | None, int]:
    """Issue date and issuer written right after a citation, in either order: (issued, issuer, end)."""
    p = _patterns()
    issued = issuer = None
    link = p["link_target"].match(text, pos)
    if link:
        pos = link.end()  # the rest of a markdown link: '](https://...)'
    for _ in range(2):
        if issued is None:
            lead = p["tail_lead"].match(text, pos)
            bracket = None if lead else p["bracket_date"].match(text, pos)
            if lead or bracket:
                found = match_date(text, (lead or bracket).end())
                if found:
                    issued, pos = found
                    if bracket:
                        # '(ngày 03/02/2020)': the bracket closes after the date.
                        close = p["bracket_close"].match(text, pos)
                        inside = None if close else _read_issuers(text, pos)
                        if inside:
                            close = p["bracket_close"].match(text, inside[1])
                        if not close:
                            issued, pos = None, bracket.start()
                            break
                        if inside:
                            issuer = inside[0]
                        pos = close.end()
                    continue
        if issuer is None:
            found = _read_issuers(text, pos)
            if found:
                issuer, pos = found
                continue
        break
    return issued, issuer, pos


def _read_issuers(text: str, pos: int) -> tuple[str, int] | None:
    """The issuer after 'của' or 'do' at `pos`, and more joined by commas or 'và' ('của Bộ Tài chính
    và Bộ Y tế'): (the issuers joined by ' và ', end), or None."""
    p = _patterns()
    if not p["issuer_lead_written"].match(text, pos):
        return None
    # Matched on the folded text (same offsets): a window is enough, issuers are short.
    window = fold_same_length(text[pos:pos + 120])
    lead = p["issuer_lead"].match(window)
    found = _one_issuer(text, window, pos, lead.end()) if lead else None
    if found is None:
        return None
    joint = lead is not None and lead.group("joint") is not None  # 'của liên Bộ ...'
    names = [found[0]]
    end = found[1]
    while True:
        lead = p["issuer_more_lead"].match(window, end - pos)
        more = _one_issuer(text, window, pos, lead.end()) if lead else None
        if more is None and lead and joint:
            more = _ministry_named_after(window, pos, lead.end())
        if more is None:
            break
        names.append(more[0])
        end = more[1]
    return " và ".join(dict.fromkeys(names)), end


@cache
def _issuer_keys() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Folded written form -> recorded issuer, for named issuers, ministries and local bodies."""
    t = tables()

    def key(phrase: str) -> str:
        return _issuer_key(fold_same_length(phrase))

    named = {key(k): v for k, v in t.issuer_names.items()}
    ministries = {key(name): name for name in t.ministries}
    ministries.update({key(alias): name for alias, name in t.ministry_aliases.items()})
    local = {key(k): v for k, v in t.local_bodies.items()}
    return named, ministries, local


def _issuer_key(written: str) -> str:
    """A written issuer with its spaces made one, and one on each side of a dash."""
    return " ".join(written.replace("-", " - ").split())


def _ministry_named_after(window: str, offset: int, at: int) -> tuple[str, int] | None:
    """A ministry of a joint issuer named after 'liên bộ' without its own 'Bộ' ('liên Bộ Y tế, Tài
    nguyên và Môi trường'): (recorded name, end in text)."""
    m = _patterns()["issuer"].match("bo " + window[at:])
    if not m or not m.group("ministry"):
        return None
    return _issuer_keys()[1][_issuer_key(m.group("ministry"))], offset + at + m.end() - 3


def _one_issuer(text: str, window: str, offset: int, at: int) -> tuple[str, int] | None:
    """One issuer at `at` in the folded `window` of `text` (which starts at `offset`): (recorded name, end in text)."""
    p = _patterns()
    m = p["issuer"].match(window, at)
    if not m:
        return None
    named, ministries, local = _issuer_keys()
    end = offset + m.end()
    if m.group("named"):
        return named[_issuer_key(m.group("named"))], end
    if m.group("ministry"):
        return ministries[_issuer_key(m.group("ministry"))], end
    if m.group("local"):
        body = local[_issuer_key(m.group("local"))]
        if m.group("unit"):
            place = p["place"].match(text, end)
            if place:
                unit = _collapse(text[offset + m.start("unit"):end])
                return f"{body} {unit} {_collapse(place.group(1))}", place.end()
            end = offset + m.end("local")
        return body, end
    # A body not in the tables ('Cục Hàng hải Việt Nam'): its words up to a stop word, as written.
    body_start = offset + m.start("body")
    name_end = _guessed_name_end(text, end, body=True)
    if name_end is None:
        return None
    return _collapse(text[body_start:name_end]), name_end


def _pinpoints_before(text: str, start: int, bound: int) -> tuple[tuple[str, ...], int]:
    p = _patterns()
    # The type word written twice: 'bởi Điều 2 Thông tư số Thông tư số 24/2024/TT-BCT'.
    if text.endswith("số ", bound, start):
        doubled = p["doubled_type"].search(text, max(bound, start - 40), start)
        if doubled and text.startswith(doubled.group("words") + " ", start):
            start = doubled.start()
    window_start = max(bound, start - 300)
    pinpoint, joint = p["pinpoint"], p["pin_joint"]
    # Nothing like the last value of a pinpoint right before the citation: no keyword to try.
    scan_start = window_start if p["pin_tail"].search(text, max(window_start, start - 60), start) else start
    # An expression never spans a blank line: keywords of earlier paragraphs need no try.
    blank = text.rfind("\n\n", scan_start, start)
    if blank != -1:
        scan_start = blank + 2
    # The leftmost keyword from which a pinpoint expression runs up to the citation is its start.
    for k in p["pin_keyword"].finditer(text, scan_start, start):
        if k.start() > 0 and text[k.start() - 1].isalnum():
            continue
        m = pinpoint.match(text, k.start(), start)
        if m and joint.fullmatch(text, m.end(), start):
            return parse_pinpoints(m.group()), k.start()
    if p["annex_lead"].search(text, max(bound, start - 40), start):
        for k in p["pin_keyword"].finditer(text, max(bound, start - 500), start):
            if k.start() > 0 and text[k.start() - 1].isalnum():
                continue
            m = pinpoint.match(text, k.start(), start)
            if m and p["pin_annexed"].fullmatch(text, m.end(), start):
                return parse_pinpoints(m.group()), k.start()
    # Bộ pháp điển cross-references name the article with its title: '(... liên quan đến
    # Điều 198. Giám sát ... của Luật 45/2013/QH13 ...; Điều 6. ... của Luật ...)'.
    if _in_cross_reference(text, start):
        m = p["pin_titled"].search(text, window_start, start)
        if m:
            units = () if m.group("coded") else parse_pinpoints(m.group("expr"))
            first = m.start("expr")
            # Earlier titled articles of the same list, up to one that ends with its own document.
            while text[m.start():m.start() + 1] == ";":
                m = p["pin_titled_before"].search(text, max(bound, m.start() - 300), m.start() + 1)
                if not m or p["xref_owner"].search(m.group("title")):
                    break
                if not m.group("coded"):
                    unit = m.group("expr") or m.group("part")
                    units = parse_pinpoints(unit) + units
                    first = m.start("expr") if m.group("expr") else m.start("part")
            if units:
                return units, first
    return (), start


# How far back a pháp điển cross-reference list may open ('(Điều này có nội dung liên quan đến ...').
_CROSS_REFERENCE_REACH = 1500


def _in_cross_reference(text: str, start: int) -> bool:
    """Whether `start` may lie in a pháp điển cross-reference list: a literal test before the regexes."""
    return text.find("liên quan đến", max(0, start - _CROSS_REFERENCE_REACH), start) != -1


def _in_cross_reference_heading(text: str, start: int, end: int, bound: int, found: list[CitationMatch]) -> bool:
    """Whether a name stands in the heading of an article a pháp điển cross-reference lists ('liên
    quan đến Điều 1. Sửa đổi, bổ sung một số điều của Luật sở hữu trí tuệ: của Luật 36/2009/QH12
    ...'): the words of that heading, not a citation. The document the list ends with is numbered
    ('của Luật 36/2009/QH12 ... ban hành ngày ...'); a name after it is in its title, and a name
    the heading points into ('theo quy định của Điều 22 Luật Quốc tịch Việt Nam') is cited."""
    if not _in_cross_reference(text, start):
        return False
    p = _patterns()
    item = p["xref_item"].search(text, max(bound, start - 300), start)
    if item is None or (found and found[-1].citation.start >= item.start()):
        return False
    return not (p["owner_date"].match(text, end, end + 200) or p["pin_tail"].search(text, max(bound, start - 60), start))


def _pinpoints_after(text: str, pos: int) -> tuple[tuple[str, ...], int]:
    p = _patterns()
    start = pos
    # A bracketed note of the document's amendments before its bracketed units: 'Luật Thi đua, khen
    # thưởng năm 2003 (sửa đổi, bổ sung năm 2013) (khoản 2 Điều 6);'.
    if text.startswith(" (", pos) and (note := p["amended_note"].match(text, pos)):
        pos = note.end()
    lead = p["pin_after_lead"].match(text, pos)
    # Only a keyword can start a pinpoint ('Điều', 'khoản', ...): a cheap test first.
    m = p["pinpoint"].match(text, lead.end()) if lead and p["pin_keyword"].match(text, lead.end()) else None
    if not m:
        return (), start
    # A pinpoint followed by another document (or by 'này') belongs to that one.
    if p["pin_after_block"].match(text, m.end()):
        return (), start
    units = parse_pinpoints(m.group())
    end = m.end()
    # The units a law gives this document to detail, listed with semicolons: 'Luật Kiến trúc giao
    # tại khoản 5 Điều 13; khoản 5 Điều 14 và khoản 1 Điều 15; khoản 8 Điều 17; ...'.
    while (more := p["pin_after_more"].match(text, end)) and (n := p["pinpoint"].match(text, more.end())):
        if p["pin_after_block"].match(text, n.end()):
            break
        units += parse_pinpoints(n.group())
        end = n.end()
    if not any(level in unit for unit in units for level in _TOP_LEVELS):
        # Points or clauses alone after a document name no part of it: 'khoản 1, khoản 2 Điều 9 Luật
        # Tiếp công dân, các điểm a, b, c ... khoản 1 Điều này' are this document's own points.
        return (), start
    if text[pos:m.start()].strip().startswith("(") and text[end:end + 1] == ")":
        end += 1
    return units, end


_TOP_LEVELS = ("Điều ", "Mục ", "Chương ", "Phụ lục ")


@cache
def _type_words() -> tuple[dict[str, str | None], dict[str, str | None], dict[str, tuple[int, ...]]]:
    """Type words and abbreviations (lower case) -> type name (None for generic words like 'Văn bản'),
    the same with diacritics folded, and for each folded last word the word counts of the type
    words ending with it, longest first."""
    t = tables()
    exact: dict[str, str | None] = dict(t.type_by_word)
    for w in t.generic_words:
        exact[w.lower()] = None
    folded = {fold_same_length(w): name for w, name in exact.items()}
    lengths: dict[str, set[int]] = {}
    for w in folded:
        lengths.setdefault(w.split()[-1], set()).add(len(w.split()))
    return exact, folded, {last: tuple(sorted(ks, reverse=True)) for last, ks in lengths.items()}


_LAW_WORDS = frozenset({"Luật", "Bộ luật", "Pháp lệnh"})
_OPENERS = "([{\"'“‘*_)>|-–•+"
_NUMBER_WORDS = {"so", "s6", "s", "so:", "s:"}  # 'số' and what OCR makes of it, diacritics folded


# Words repeat: 'số', 'định', 'tư' before every number.
_fold_word = lru_cache(maxsize=4096)(fold_same_length)


def _type_word_before(text: str, start: int, bound: int, number: str | None = None) -> tuple[int, str | None] | None:
    """The type word written right before a number ('Nghị định số ', 'Thông tư liên tịch số: ',
    'Luật '): (its start, type name). Diacritics may be missing or wrong, as OCR and typing leave
    them ('Nghị dịnh sô', 'Thong tu so'); a word may be glued to the one before ('vàNghị định')
    or to 'số' ('Thông tưsố'). With `number`, a type word one letter off ('Tuật', 'Nehi định',
    'Thông tr') is read as the type the number's code states (QH: a law or resolution of the
    National Assembly): OCR's reading, unambiguous beside that number. Plain string work: this
    runs for every number."""
    exact, folded, lengths = _type_words()
    window_start = max(bound, start - 45)
    if text.find("\n", window_start, start) != -1 and _patterns()["own_number"].search(text, window_start, start):
        return None  # 'NGHỊ ĐỊNH\nSố: 283/2026/NĐ-CP': the document's own number, under its type
    # A number may be a markdown link's text: 'Nghị định số [134/2016/NĐ-CP](https://...)'.
    words = text[window_start:start].rstrip(" \t\n:[").split()
    if words and _fold_word(words[-1]) in _NUMBER_WORDS:
        words.pop()
    elif words and len(words[-1]) > 2 and _fold_word(words[-1][-2:]) == "so" and not words[-1][-3].isdigit():
        words[-1] = words[-1][:-2]  # 'Thông tưsố': 'số' glued to the type word
    if not words:
        return None
    counts = lengths.get(_fold_word(words[-1].lstrip(_OPENERS)))
    if counts:
        for k in counts:
            if k > len(words):
                continue
            candidate = _candidate(words, k)
            key = " ".join(candidate).lower()
            type_name = exact.get(key, False)
            if type_name is False:
                type_name = folded.get(fold_same_length(key), False)
            if type_name is not False:
                return _words_start(text, window_start, start, candidate), type_name
    if number is None:
        return None
    for type_name, forms in _ocr_forms(number):
        for form in forms:
            k = form.count(" ") + 1
            if k > len(words) or not words[-k].lstrip(_OPENERS)[:1].isupper():
                continue
            candidate = _candidate(words, k)
            # A capital first, as type words are written in citations: 'quạt số' is no 'Luật số'.
            if candidate[0][:1].isupper() and _one_edit(fold_same_length(" ".join(candidate)), form):
                return _words_start(text, window_start, start, candidate), type_name
    return None


def _candidate(words: list[str], k: int) -> list[str]:
    """The last `k` words as a type word: the first may carry an opening bracket, markup or a glued
    lower-case word ('(Nghị', ')Nghị' (OCR'd 'c)'), 'vàNghị'); OCR leaves stray dots inside type
    words ('Nghị. định')."""
    first = words[-k].lstrip(_OPENERS)
    if not first[1:].islower() and first[1:] != first[1:].lower():
        # A capital inside the word: where a glued word ends ('vàNghị').
        for i in range(1, len(first)):
            if first[i].isupper() and first[i - 1].islower():
                first = first[i:]
                break
    if k == 1:
        return [first]
    return [first.rstrip(".")] + [w.rstrip(".") for w in words[len(words) - k + 1:-1]] + [words[-1]]


def _words_start(text: str, window_start: int, end: int, candidate: list[str]) -> int:
    """Where the candidate words start: searched back from the end of the window."""
    pos = end
    for word in reversed(candidate):
        pos = text.rfind(word, window_start, pos)
    return pos


@lru_cache(maxsize=1024)
def _ocr_forms(number: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The types a number's code states, with their type words folded, for reading OCR'd type
    words beside it; a National Assembly code (QH13, UBTVQH14) states a law, code, ordinance or
    resolution."""
    t = tables()
    named = type_of_number(number)
    if named is None:
        code = number.rsplit("/", 1)[-1]
        if not code.startswith(("QH", "UBTVQH")):
            return ()
        names = ("Luật", "Bộ luật", "Pháp lệnh", "Nghị quyết")
    else:
        names = (named,)
    return tuple(
        (dt.name, tuple(fold_same_length(w) for w in dt.words if len(w) >= 4))
        for name in names for dt in t.doc_types if dt.name == name
    )


def _one_edit(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by exactly one substitution, insertion or deletion."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:]
    return a[i:] == b[i + 1:]


def _skip_bare_number(text: str, start: int) -> bool:
    left = text[max(0, start - 40):start]
    return bool(_patterns()["not_citation_before"].search(left))


def _title_opens(text: str, pos: int) -> bool:
    """Whether the words at `pos`, right after a numbered citation and its date and issuer, are
    that document's title ('quy định chi tiết ...', 'về ...', pháp điển's 'Quy định ...')."""
    m = _patterns()["title_open"].match(text, pos)
    if not m:
        return False
    word = m.group("word")
    if word[0].isupper():
        # After a comma or a line break a capital starts the next item of a list.
        return not (m.group("comma") or m.group("nl")) and word.lower() != "căn"
    # A word glued to the next document's type: 'năm 2018 vàNghị định số 119/2017/NĐ-CP'.
    glued = _GLUED_CAPITAL.search(word)
    return (word[:glued.start()] if glued else word) not in tables().title_not_openers


_GLUED_CAPITAL = re.compile(f"(?<=[{_LOWERS}])[{_CAPITALS}]")


def _title_broken(text: str, start: int, end: int) -> bool:
    """Whether a title running from `start` has ended before `end`."""
    if _patterns()["title_break"].search(text, start, end):
        return True
    depth = 0
    for i in range(start, end):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                return True  # a bracket opened before the title closes: the title was inside it
            depth -= 1
    return False


def _title_owner(text: str, found: list[CitationMatch], start: int, year: int | None) -> int | None:
    """The index in `found` of the numbered citation in whose title a citation starting at `start`
    stands, or None. The previous citation is that document, or stands in its title too; nothing
    but title words may come between; a title names only documents no newer than its own."""
    last_index = len(found) - 1
    last = found[last_index]
    cell = _patterns()["next_cell"].match(text, last.context_end)
    if (last.citation.number is not None and cell and cell.end() <= start
            and text.startswith("|", text.rfind("\n", 0, start) + 1) and "|" not in text[cell.end():start]
            and "\n" not in text[cell.end():start]):
        # '| 1 | Luật số 68/2006/QH11 | Luật Tiêu chuẩn và quy chuẩn kỹ thuật |', '| Nghị định 132/2008/NĐ-CP |
        # Quy định chi tiết ... của Luật Chất lượng sản phẩm, hàng hóa |': the next cell of the row holds
        # the document's title.
        return last_index
    if last.title_of is not None:
        owner = last.title_of
    elif last.citation.number is not None and _title_opens(text, last.context_end):
        owner = last_index
    else:
        return None
    owner_year = found[owner].citation.year
    if year is not None and owner_year is not None and year > owner_year:
        return None
    if last.context_end > start or _title_broken(text, last.context_end, start):
        return None
    return owner


def _date_follows(text: str, pos: int) -> bool:
    lead = _patterns()["tail_lead"].match(text, pos)
    return bool(lead and match_date(text, lead.end()))


def _read_named(text: str, start: int, name_start: int, doc_type: str | None) -> tuple[int, str | None, str, int | None] | None:
    """A document cited by its name ('Luật Đất đai năm 2013'), with its number when one follows
    ('Luật Dữ liệu 60/2024/QH15', 'Luật Chuyển đổi số 148/2025/QH15'): (end, number, name, year).

    A type word in capitals takes a name in capitals ('LUẬT ĐẦU TƯ CÔNG NĂM 2024'); one in lower
    case ('luật') is the common noun unless a known name follows with a number or a year ('luật
    quản lý thuế số 108/2025/qh15'). 'Hiến pháp' takes a year right after it ('Hiến pháp 2013')."""
    p = _patterns()
    if p["number_word"].match(text, name_start):
        return None  # 'Luật Số 48/2024/QH15': a number, not a name
    written = text[start:name_start].rstrip()
    word_end = start + len(written)
    if written[0].islower():
        return _read_lower_named(text, start, name_start, doc_type)
    upper = written.isupper()
    if upper:
        first = p["name_token"].match(text, name_start)
        if first is None or not first.group(1).isupper():
            return None  # 'LUẬT này'
        # A name the tables know, or one closed by a number or a year: capitals run on in
        # headings and signatures ('HỆ THỐNG LUẬT NGUYỄN', 'LUẬT NÀY').
        name_end = _known_name_end(text, name_start, doc_type)
        if name_end is None:
            guessed = _guessed_name_end(text, name_start, upper=True)
            if guessed is not None and (p["year_suffix"].match(text, guessed) or p["number_after_name"].match(text, guessed)):
                name_end = guessed
    else:
        name_end = _name_end(text, name_start, doc_type)
    if name_end is not None:
        gap = p["number_after_name"].match(text, name_end)
        nm = p["number"].match(text, gap.end()) if gap else None
        number = canonical_number(nm.group()) if nm else None
        if number:
            return nm.end(), number, _collapse(text[start:name_end]), None
    if upper:
        if name_end is None:
            return None
        end = name_end
        year = None
        ym = p["year_suffix"].match(text, end)
        if ym:
            year, end = int(ym.group(1)), ym.end()
        elif p["own_title_line"].match(text, end) and not text[text.rfind("\n", 0, start) + 1:start].strip(" \t*#_"):
            return None  # '**LUẬT SỞ HỮU TRÍ TUỆ**' alone on its line: the document's own title
        return end, None, _collapse(text[start:end]), year
    # A name the tables do not know, with commas or stop words, running up to 'số <number>' (the
    # pattern tries up to 40 words: first a cheap look for 'số' ahead).
    ahead = name_start + 41 * 16
    if text.find("số", name_start, ahead) == -1 and text.find("Số", name_start, ahead) == -1:
        ntn = None
    else:
        ntn = p["name_then_number"].match(text, name_start)
    nm = p["number"].match(text, ntn.end()) if ntn else None
    if nm is not None:
        name = ntn.group(1)
        is_amending = p["amending_head"].match(text, name_start) is not None
        # A type word inside the name means two documents ('Luật Đất đai và Nghị định số ...'),
        # except as the name's first word (Luật Luật sư) or inside an amending law's name.
        # An amending law's name holds only other laws' names ('... của Luật A và Luật B').
        first_word_end = len(name.split(None, 1)[0])
        other_types = [_collapse(t.group()) for t in p["type_word"].finditer(name, first_word_end)]
        if is_amending:
            other_types = [t for t in other_types if t not in _LAW_WORDS]
        # Old laws and ordinances are often named in lower case after their type word ('Luật hoạt
        # động giám sát của Quốc hội số 05/2003/QH11', 'Pháp lệnh tổ chức Viện kiểm sát quân sự số
        # 05/2002/PL-UBTVQH11'): with the number right after, the words are its name.
        # 'về' opens the name of many ordinances ('Pháp lệnh về phí và lệ phí số 38/2001/PL-UBTVQH10').
        first_token = p["name_token"].match(text, name_start)
        lower_name = doc_type in _LAW_WORDS and (first_token.group(1) == "về" or not _is_stop(text, first_token))
        if (name[0].isupper() or is_amending or lower_name) and not other_types:
            number = canonical_number(nm.group())
            if number:
                return nm.end(), number, _collapse(text[start:name_start + len(name)].rstrip(" ,\t\n")), None
    if name_end is None and doc_type != "Hiến pháp":
        # A name written in lower case ('Luật bảo vệ sức khỏe nhân dân') is a citation when its
        # year or date follows; otherwise 'Luật' is the common noun.
        name_end = _guessed_name_end(text, name_start, lower_first=True)
        if name_end is None or not (p["year_suffix"].match(text, name_end) or _date_follows(text, name_end)):
            return None
    end = name_end if name_end is not None else word_end
    year = None
    ym = p["year_suffix"].match(text, end)
    if ym:
        year = int(ym.group(1))
        end = ym.end()
        # 'Luật Đầu tư công 2014 số 49/2014/QH13': the name with its year, then its number.
        gap = p["number_word_after"].match(text, end)
        nm = p["number"].match(text, gap.end()) if gap else None
        number = canonical_number(nm.group()) if nm else None
        if number:
            return nm.end(), number, _collapse(text[start:end]), year
    elif name_end is None:
        return None  # bare 'Hiến pháp' is the notion, not a citation
    end = len(text[:end].rstrip(" \t\n,"))
    return end, None, _collapse(text[start:end]), year


def _read_lower_named(text: str, start: int, name_start: int, doc_type: str | None) -> tuple[int, str | None, str, int | None] | None:
    """'luật quản lý thuế số 108/2025/qh15', 'luật đất đai năm 2013': a known name after a type word
    in lower case, closed by a number or a year; anything else is the common noun ('pháp luật về
    ...', 'theo luật')."""
    p = _patterns()
    name_end = _known_name_end(text, name_start, doc_type) if doc_type else None
    if name_end is None:
        return None
    gap = p["number_after_name"].match(text, name_end)
    nm = p["number"].match(text, gap.end()) if gap else None
    number = canonical_number(nm.group()) if nm else None
    if number:
        return nm.end(), number, _collapse(text[start:name_end]), None
    ym = p["year_suffix"].match(text, name_end)
    if ym:
        return ym.end(), None, _collapse(text[start:ym.end()]), int(ym.group(1))
    return None


def _anchor_starts(text: str) -> list[int]:
    """Where an anchor may start, in order: the first digit of the digits (and dots, a letter, two
    spaces) before each slash or hyphen, and each named type word. Legal text is one sixth digits;
    scanning for the rare separators and literal words instead of trying every digit is what
    makes the fast path fast."""
    p = _patterns()
    starts: list[int] = []
    for m in p["separator"].finditer(text):
        k = m.start()
        if k and text[k - 1] in " \t":
            k -= 1
            if k and text[k - 1] in " \t":
                k -= 1
        if k and ("a" <= text[k - 1] <= "z" or "A" <= text[k - 1] <= "Z"):
            k -= 1
        end = k
        while k and (text[k - 1].isdecimal() or text[k - 1] == "."):
            k -= 1
        while k < end and text[k] == ".":
            k += 1
        if k < end:
            starts.append(k)
    for word in p["lower_named_words"]:
        starts.extend(m.start() for m in word.finditer(text))
    for word in p["named_words"]:
        starts.extend(m.start() for m in word.finditer(text))
    starts.sort()
    return starts


def without_emphasis(text: str) -> str:
    """`text` with Markdown emphasis ('**', '*', '_' at a word's edge) turned into as many spaces.

    Word and Markdown files carry emphasis inside and around citations ('Luật Phòng bệnh số
    **114/2025/QH15**', '**Khoản 4 Điều 11** Luật ...'); read as spaces, it is where a space may
    be, and the offsets stay those of `text`. Underscores inside a word (a link, a file name) stay.
    """
    if "*" in text:
        text = text.replace("*", " ")
    # Underscores are few: str.find walks to each in C (a regex over non-ASCII text would not).
    i = text.find("_")
    if i == -1:
        return text
    pieces: list[str] = []
    done = 0
    n = len(text)
    while i != -1:
        j = i + 1
        while j < n and text[j] == "_":
            j += 1
        # Underscores between two word characters belong to a word ('c_d' of a link): kept.
        if not (i and j < n and text[i - 1].isalnum() and text[j].isalnum()):
            pieces.append(text[done:i])
            pieces.append(" " * (j - i))
            done = j
        i = text.find("_", j)
    pieces.append(text[done:])
    return "".join(pieces)


def find_citations(text: str) -> list[CitationMatch]:
    """Citations of `text` (already normalised with `normalize_text`), in text order, with context.
    Markdown emphasis reads as spaces (`without_emphasis`); surfaces are `text` as given."""
    written = text
    text = without_emphasis(text)
    p = _patterns()
    anchor = p["anchor"]
    found: list[CitationMatch] = []
    pos = 0
    bound = 0  # no pinpoint or list may reach back past the previous citation's context
    for candidate in _anchor_starts(text):
        if candidate < pos:
            continue
        m = anchor.match(text, candidate)
        if m is None:
            continue
        start = m.start()
        doc_type: str | None = None
        title_hint: str | None = None
        number: str | None = None
        end = m.end()
        year: int | None = None
        if text[start].isdigit():
            number = canonical_number(m.group())
            if number is None:
                pos = m.end()
                continue
            if start > 2 and text[start - 1] == " " and text[start - 2].isdigit():
                # OCR put a space inside the digits: 'Nghị định số 3 1/2021/NĐ-CP' is 31/2021/NĐ-CP,
                # read when 'số' comes right before them on the line.
                split = p["split_digits"].search(text, max(0, start - 12), start)
                joined = canonical_number(split.group(1) + m.group()) if split else None
                if joined and len(split.group(1)) + len(m.group().split("/", 1)[0]) <= 4:
                    start, number = split.start(1), joined
            year = year_of_number(number) or year_of_number(m.group())  # '206-CP/1979'
            typed = _type_word_before(text, start, bound, number)
            if typed is not None:
                start, doc_type = typed[0], typed[1] or type_of_number(number)
            else:
                if _skip_bare_number(text, start):
                    pos = m.end()
                    continue
                doc_type = type_of_number(number)
                if found and doc_type is None:
                    prev = found[-1]
                    if prev.citation.doc_type and p["list_gap"].match(text[prev.context_end:start]):
                        doc_type = prev.citation.doc_type  # 'các Luật số 32/2013/QH13, 46/2014/QH13'
        else:
            doc_type = _type_name(text[start:m.end()])
            named = _read_named(text, start, m.end(), doc_type)
            if named is None:
                pos = m.end()
                continue
            end, number, title_hint, year = named
            if number is None and _in_cross_reference_heading(text, start, end, bound, found):
                pos = m.end()
                continue
        issued, issuer, tail_end = _read_tail(text, end)
        sole = tables().sole_issuers.get(doc_type or "")
        if sole and issuer and issuer != sole:
            issued, issuer, tail_end = None, None, end  # that date and issuer are another document's
        articles, context_start = _pinpoints_before(text, start, bound)
        after, context_end = _pinpoints_after(text, tail_end)
        if after:
            articles = articles + tuple(a for a in after if a not in articles)
        else:
            context_end = tail_end
        if year is None:
            year = year_of_number(number) if number else None
        if year is None and issued:
            year = int(issued[:4])
        title_of = _title_owner(text, found, context_start, year) if found else None
        in_title = title_of is not None and number is None
        if in_title and issued and p["owner_date"].match(text, end, tail_end + 40):
            # Pháp điển's notes date the document whose title this is, after that title: '(Điều 1
            # Nghị quyết số 104/2015/QH13 Thi hành Luật tố tụng hành chính ngày 25/11/2015 của Quốc
            # hội, có hiệu lực ...)', '... Luật Quốc tịch Việt Nam ban hành ngày 22/09/2009'.
            # Not this law's date; not written right after the other citation either.
            issued = issuer = None
            tail_end = end
        if after and title_of is not None and p["clause_end"].match(text, context_end) and (
                in_title and text[context_end - 1] == ")" or p["closing_units"].match(text, tail_end)):
            # '... thi hành Luật Tố cáo (Điều 4, Điều 15);': a bracket closing the line points
            # into the document the line cites, not into the law its title names; so do the units
            # after 'gồm' closing it ('Thông tư số X ... hướng dẫn thi hành Nghị định số Y, gồm các
            # Điều 6, 7 và 20;').
            found[title_of] = _with_units(found[title_of], after)
            articles = tuple(a for a in articles if a not in after)
        if (after and found and text[context_end - 1] == ")" and found[-1].citation.number
                and p["clause_end"].match(text, context_end)
                and p["amended_by_lead"].fullmatch(text, found[-1].context_end, start)):
            # '- Nghị định số 104/2016/NĐ-CP ... , được sửa đổi, bổ sung bởi Nghị định số 13/2024/NĐ-CP
            # (Điều 3);': the bracket closing the item names the units of the item's document.
            found[-1] = _with_units(found[-1], after)
            articles = tuple(a for a in articles if a not in after)
        citation = Citation(
            start=start,
            end=end,
            surface=written[start:end],
            doc_type=doc_type,
            number=number,
            title_hint=title_hint,
            articles=articles,
            issued=issued,
            issuer=issuer,
            year=year,
            in_title=in_title,
        )
        found.append(CitationMatch(citation, context_start, context_end, title_of, in_title))
        pos = bound = context_end
    if found:
        _listed_pinpoints(text, found)
        _closing_pinpoints(text, found)
    return found


def _with_units(cm: CitationMatch, units: tuple[str, ...]) -> CitationMatch:
    """`cm` with `units` added to its articles (those it does not hold yet, in order)."""
    articles = cm.citation.articles + tuple(a for a in units if a not in cm.citation.articles)
    return replace(cm, citation=replace(cm.citation, articles=articles))


def _closing_pinpoints(text: str, found: list[CitationMatch]) -> None:
    """A bracket of pinpoints closing the line (or the item, at a semicolon) of a numbered citation
    points into it, past its title: '2. Nghị định số 259/2025/NĐ-CP của Chính phủ về kiểm soát
    thương mại chiến lược (khoản 2 Điều 4, Điều 9).', '... Nghị định số 77/2008/NĐ-CP về tư vấn
    pháp luật (khoản 5 Điều 14); Nghị định số ...'; so do units after 'gồm' or 'từ' closing it
    ('... về giám định tư pháp trong lĩnh vực tài chính, gồm Điều 5, Điều 6 và Điều 10;')."""
    p = _patterns()
    for i, cm in enumerate(found):
        if cm.citation.number is None:
            continue
        line_end = text.find("\n", cm.context_end)
        line_end = len(text) if line_end == -1 else line_end
        item_end = text.find(";", cm.context_end, line_end)
        line_end = line_end if item_end == -1 else item_end
        if i + 1 < len(found) and found[i + 1].context_start < line_end:
            continue  # another citation on the line: the bracket may be its own
        segment = text[cm.context_end:line_end].rstrip(" \t*_.;,")
        if segment.endswith(")"):
            opening = segment.rfind("(")
            if opening == -1:
                continue
            inner = segment[opening + 1:-1].strip()
        else:
            # Or the item's last words after a comma: '..., gồm Điều 5, Điều 6 và Điều 10;', '...
            # số 10/2022/QH15, từ Điều 11 đến Điều 16;'.
            lead = None
            for lead in p["closing_units"].finditer(segment):
                pass
            if lead is None:
                continue
            inner = segment[lead.end():]
        if not p["pin_keyword"].match(inner) or not p["pinpoint"].fullmatch(inner):
            continue
        units = parse_pinpoints(inner)
        if i and found[i - 1].citation.number and p["amended_by_lead"].fullmatch(text, found[i - 1].context_end,
                                                                                  cm.citation.start):
            # '(3) Nghị định số 68/2026/NĐ-CP (được sửa đổi, bổ sung bởi Nghị định số 141/2026/NĐ-CP) (Điều
            # 12, Điều 13);': the units of the item's document, as after an amending document.
            i -= 1
        found[i] = _with_units(found[i], units)


def _listed_pinpoints(text: str, found: list[CitationMatch]) -> None:
    """Pinpoints listed below a citation after 'bao gồm:' ('... quy định tại Nghị quyết số
    29/2026/QH16 ..., bao gồm:\n1. Điều 11 quy định ...\n2. Điều 12 ...'), added to that citation
    (to the one named in the sentence, not to one in a bracket: '(sau đây gọi là ...)', '(được
    sửa đổi, bổ sung bởi ...)'). Items that name their own document keep their pinpoints."""
    p = _patterns()
    ends = [cm.context_end for cm in found]
    for opener in p["list_includes"].finditer(text):
        at = opener.start()
        owner = None
        for i in range(bisect_right(ends, at) - 1, -1, -1):
            cm = found[i]
            if cm.context_end > at:
                continue
            if at - cm.context_end > 1500 or text.count("\n", cm.context_end, at) > 2:
                break  # the sentence that opens the list names it: a line or two before
            between = text[cm.context_end:at]
            if "\n\n" in between:
                break
            if between.count(")") > between.count("(") or cm.in_title:
                continue  # inside a bracket closed before 'bao gồm', or in another's title
            owner = i
            break
        if owner is None:
            continue
        listed = _items_below(text, opener.end())
        if listed:
            cm = found[owner]
            # 'sau đây gọi là Nghị quyết số X' names the same document: the pinpoints go to the first.
            key = cm.citation.number or cm.citation.title_hint
            for j in range(owner):
                other = found[j]
                if (other.citation.number or other.citation.title_hint) == key and text.count("\n", other.context_end, at) <= 2:
                    owner, cm = j, other
                    break
            found[owner] = _with_units(cm, tuple(listed))


    # 'quy định chi tiết các điều, khoản sau đây của Luật Tiếp công dân:\na) Khoản 2 Điều 3a ...;':
    # the units listed below go to the document the line ends with, also where an item names them
    # last ('1. Hồ sơ chuẩn bị nguồn lao động theo quy định tại khoản 5 Điều 18.').
    for i, cm in enumerate(found):
        colon = p["list_colon"].match(text, cm.context_end)
        if not colon or not p["units_following"].search(text, max(0, cm.context_start - 80), cm.context_start):
            continue
        listed = _items_below(text, colon.end(), anywhere=True)
        if listed:
            found[i] = _with_units(cm, tuple(listed))


def _items_below(text: str, pos: int, anywhere: bool = False) -> list[str]:
    """The article-level pinpoints that start the list items below `pos` ('1. Điều 11 ...', 'a)
    Khoản 2 Điều 3a về ...'), blank lines between them allowed; items that name their own
    document keep their pinpoints. With `anywhere`, every pinpoint of a marked item counts
    ('1. Hồ sơ ... theo quy định tại khoản 5 Điều 18.')."""
    p = _patterns()
    listed: list[str] = []
    while anywhere:
        item = p["list_item"].match(text, pos)
        if not item:
            return listed
        line_end = text.find("\n", item.end())
        line_end = len(text) if line_end == -1 else line_end
        for expr in p["pinpoint"].finditer(text, item.end(), line_end):
            if not p["pin_after_block"].match(text, expr.end()):
                listed.extend(a for a in parse_pinpoints(expr.group()) if "Điều " in a)
        pos = line_end
    while True:
        item = p["list_item_pinpoint"].match(text, pos)
        if not item:
            break
        expr = p["pinpoint"].match(text, item.end())
        if not expr or (not item.group("marker") and text[expr.end():expr.end() + 1] in ".:"):
            break  # the next article's heading ('Điều 2. Đối tượng áp dụng'), not an item
        line_end = text.find("\n", expr.end())
        line_end = len(text) if line_end == -1 else line_end
        if not p["pin_after_block"].match(text, expr.end()):
            # Articles and their parts; a list of chapters is more often an outline of the text.
            listed.extend(a for a in parse_pinpoints(expr.group()) if "Điều " in a)
        pos = line_end
    return listed


def extract_citations(text: str, *, normalized: bool = False) -> list[Citation]:
    """Every citation of a legal document in `text`, in text order.

    The text is normalised first (`normalize_text`); offsets index the normalised text. Each
    citation carries its canonical number (or, cited by name only, `title_hint`), its type, the
    article pinpoints written before or after it, and the issue date, issuer and year when the
    text states them beside it. A law named by name inside the title of a numbered citation
    ('Nghị định số 01/2013/NĐ-CP ... quy định chi tiết thi hành một số điều của Luật Lưu trữ') is a
    citation with `in_title` set: callers that want the documents a text relies on skip it. With
    `normalized`, `text` is already `normalize_text` output (a caller
    that normalised it to read it, like `regimpact extract`, saves a second pass).
    """
    if not normalized:
        text = normalize_text(text)
    return [m.citation for m in find_citations(text)]
