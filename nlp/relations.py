"""Relations a legal document states about older documents, read from its own text.

The document speaks in its title (trích yếu: 'Sửa đổi, bổ sung một số điều của Nghị định số
61/2018/NĐ-CP'), in its 'Căn cứ ...' lines and in its effect clauses ('Nghị định này thay thế ...',
'Bãi bỏ Điều 5 ...', 'Nghị định số ... hết hiệu lực kể từ ngày ...'). A trigger phrase counts only
when the document itself speaks: at the start of a clause or after a self-reference ('Nghị định
này'). The same phrase after another document's citation is that document's title ('Nghị định số
09/2010/NĐ-CP sửa đổi, bổ sung ...'), and after 'được' or 'bị' it reports someone else's change.
A later trigger of the clause speaks too when it starts a statement of its own (after a
coordinator, a semicolon or a colon: '... và thay thế ...', '; bãi bỏ Điều 13 ...'); inside a
title or an object ('về việc ban hành và hướng dẫn ...', 'hình thức xử phạt bổ sung') it does not.
The parts a statement changes are its pinpoints: before the document, in the items listed below a
repeal ('Bãi bỏ một số nội dung tại Nghị định số X, như sau: a) Khoản 3 Điều 1; ...'), or inside
an amending item, completed with the article the item is about ('Bổ sung điểm c vào sau điểm b
khoản 1 Điều này').
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import cache

from .citations import CitationMatch, find_citations, without_emphasis
from .dates import match_date
from .models import Relation
from .normalize import fold_accents, fold_same_length, normalize_text
from .pinpoints import PARTIAL_PINPOINT_PATTERN, PINPOINT_PATTERN, parse_pinpoints, within_article
from .tables import tables


@dataclass(frozen=True, slots=True)
class _Clause:
    start: int        # first character of the clause, list marker included
    core: int         # first character after list markers, numbering and markup
    end: int
    item: str | None  # the kind of list marker it starts with: 'number' (1.), 'letter' (a)), 'dash' (-)
    heading: int | None  # number of the article when the clause is an article heading ('Điều 3. ...')


# OCR reads list letters as their Cyrillic look-alikes ('с)' for 'c)').
_CYRILLIC_LETTERS = "\u0430\u0435\u043e\u0440\u0441\u0445\u0443"


def _phrases_pattern(phrases: tuple[str, ...], folded: bool = False) -> str:
    parts = []
    for phrase in sorted(phrases, key=len, reverse=True):
        if folded:
            phrase = fold_same_length(phrase)
        words = [re.escape(w) for w in phrase.split()]
        parts.append(r"[ \t\n]+".join(words).replace(r"\,", ","))
    return "|".join(parts)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    t = tables()
    trigger_alts = []
    for kind, phrases in t.triggers.items():
        if kind == "based_on":
            continue
        trigger_alts.append(f"(?P<{kind}>{_phrases_pattern(phrases, folded=True)})")
    type_words = sorted({w for dt in t.doc_types for w in dt.words} | set(t.generic_words), key=len, reverse=True)
    types_alt = "|".join(w.replace(" ", r"[ \t]+") for w in type_words)
    fillers = _phrases_pattern(t.target_fillers + t.phrase_objects)
    self_alt = _phrases_pattern(t.self_markers)
    folded_types = "|".join(fold_same_length(w).replace(" ", r"[ \t]+") for w in type_words)
    folded_self = _phrases_pattern(t.self_markers, folded=True)
    type_last_words = sorted({w.split()[-1] for w in type_words})
    capital_triggers = sorted((w for kind in ("amends", "replaces", "repeals", "guides") for w in t.triggers[kind]),
                              key=len, reverse=True)
    # The types a document is enacted as ('ban hành Nghị định ...'), not 'văn bản' or 'hướng dẫn'.
    enacted_words = sorted({w for dt in t.doc_types for w in dt.words} - {"Hướng dẫn", "Văn bản hợp nhất"}, key=len, reverse=True)
    enacted = "|".join(w.replace(" ", r"[ \t]+") for w in enacted_words)
    folded_enacted = "|".join(fold_same_length(w).replace(" ", r"[ \t]+") for w in enacted_words)
    return {
        # Trigger phrases are matched on the folded text (same offsets), so that OCR's marks do not
        # hide them ('Quy định chỉ tiết', 'thay thể').
        "trigger": re.compile(rf"(?<!\w)(?:{'|'.join(trigger_alts)})(?!\w)"),
        "based_on": re.compile(rf"(?:{_phrases_pattern(t.triggers['based_on'], folded=True)})(?:[ \t]+vao)?(?!\w)"),
        "passive": re.compile(rf"(?<!\w)(?:{_phrases_pattern(t.passive_markers)})[ \t\n]*\Z", re.IGNORECASE),
        # The document naming itself ('Nghị định này'), matched on the folded text: OCR writes
        # 'Thông tư nảy'. 'pháp luật này' is law in general.
        "self": re.compile(rf"(?<!\w)(?<!phap )(?:{folded_types})[ \t\n]+(?:{folded_self})(?!\w)"),
        "bare_self": re.compile(rf"[\W_]*(?:{folded_enacted})[ \t\n]*"),
        "self_end": re.compile(rf"(?<!\w)(?<!phap )(?:{folded_types})[ \t\n]+(?:{folded_self})[ \t\n]*\Z"),
        "type_end": re.compile(rf"(?<!\w)(?<!phap )(?:{folded_types})[ \t\n]*\Z"),
        # A clause that opens with the document's own effect speaks for it even without 'này':
        # 'Thông tư có hiệu lực thi hành từ ngày ... và thay thế Thông tư số ...'.
        "self_lead": re.compile(
            rf"[\W_]*(?:{folded_types})(?:[ \t\n]+(?:{folded_self}))?[ \t\n]+co[ \t\n]+hieu[ \t\n]+luc(?!\w)"
        ),
        # What comes before a trigger that starts a statement of its own ('thay thế Nghị định X và
        # bãi bỏ Điều 5 ...', 'Sửa đổi khoản 2 Điều 5 và bãi bỏ khoản 3 ...'): pinpoints and a
        # coordinator, or a semicolon after anything; else the trigger is a word of a title.
        "coord_lead": re.compile(
            # Each piece atomic: a long run of pinpoints and spaces has one way to be read, so a
            # failing match does not try every way of splitting it.
            rf"(?>{PARTIAL_PINPOINT_PATTERN}|[\s*_()])*?(?:(?<!\w)(?:và|hoặc|đồng[ \t\n]+thời)(?!\w)|,)[\s,]*"
            rf"(?:(?:{types_alt})[ \t\n]+(?:{self_alt})[\s,]*)?"
        ),
        "semicolon_lead": re.compile(rf"[;:][\s*_]*(?:(?:{types_alt})[ \t\n]+(?:{self_alt})[\s,]*)?\Z", re.IGNORECASE),
        # What an object phrase may say of a document before naming it that makes it a part, not
        # the whole document: 'Thay thế Phụ lục kèm theo Nghị định ...', 'Bãi bỏ quy định về ... tại'.
        "part_word": re.compile(
            r"(?<!\w)(?:phụ[ \t\n]+lục|mẫu|biểu[ \t\n]+mẫu|cụm[ \t\n]+từ|nội[ \t\n]+dung|quy[ \t\n]+định|một[ \t\n]+số|"
            r"một[ \t\n]+phần|điều|khoản|điểm|chương|mục|quy[ \t\n]+trình|danh[ \t\n]+mục|định[ \t\n]+mức|tiêu[ \t\n]+chuẩn|"
            # A regulation or a technical code issued with the document: 'Bãi bỏ Quy chế quản lý tài
            # chính ... ban hành kèm theo Nghị định số X'.
            r"quy[ \t\n]+chế|quy[ \t\n]+phạm|"
            # What was issued with the document is a part of it: 'Thay thế Biểu thuế ... ban hành kèm
            # theo Nghị định số 119/2022/NĐ-CP bằng ...'.
            r"kèm[ \t\n]+theo)(?!\w)",
            re.IGNORECASE,
        ),
        "form_word": re.compile(r"(?<!\w)(?:biểu|mẫu)(?!\w)", re.IGNORECASE),
        "part_of_next": re.compile(
            r"[ \t\n]*(?:,|và)[^;:]*?(?<!\w)(?:mẫu|biểu[ \t\n]+mẫu|phụ[ \t\n]+lục)(?!\w)[^;:]*?"
            r"(?:kèm[ \t\n]+theo|tại)[ \t\n]*\Z",
            re.IGNORECASE,
        ),
        # The same after a title, the part named by a word: '... của Bộ Công Thương và một số quy trình
        # kiểm định ban hành kèm theo Thông tư số Y', '... nêu trên và nội dung quy định về quản lý thuế
        # về phí xăng dầu tại Thông tư số Y'.
        "named_part_of_next": re.compile(
            r"(?:,|(?<!\w)và)[ \t\n]+(?:(?:các|những|một[ \t\n]+số)[ \t\n]+)?"
            r"(?:nội[ \t\n]+dung|quy[ \t\n]+định|quy[ \t\n]+trình|biểu[ \t\n]+mẫu|mẫu|phụ[ \t\n]+lục|danh[ \t\n]+mục|định[ \t\n]+mức|quy[ \t\n]+chế)"
            r"(?!\w)[^;:,]*?,?[ \t\n]*(?:(?:ban[ \t\n]+hành[ \t\n]+)?kèm[ \t\n]+theo|tại)[ \t\n]*\Z",
            re.IGNORECASE,
        ),
        "compound_gap": re.compile(r"[ \t\n]*,[ \t\n]*|[ \t\n]+(?:và|hoặc)[ \t\n]+|[ \t\n]*,[ \t\n]*(?:và|hoặc)[ \t\n]+"),
        "documents_word": re.compile(rf"[ \t\n]+(?:{types_alt}|văn[ \t\n]+bản)(?!\w)", re.IGNORECASE),
        # Not 'các điều, khoản sau đây của Luật ...:', whose list is the document's units, nor an alias
        # ('(sau đây viết tắt là Chương trình)') or a link's 'https://', nor a code's colon ('Quy
        # trình kiểm định số QTKĐ: 06-2016/BLĐTBXH'), nor a map's scale ('tỷ lệ 1: 10.000').
        "list_opener": re.compile(
            r"(?<![A-ZĐ])(?!(?<=\d):[ \t]?\d):(?!//)|(?<!\w)(?:như[ \t\n]+sau|sau[ \t\n]+đây)(?!\w)(?![ \t\n]+(?:của|tại|thuộc|gọi|viết|được)(?!\w))"
        ),
        # Where a new unit goes ('Bổ sung khoản 4 và khoản 5 (vào) sau khoản 3 Điều 20'): a place, not an object.
        "anchor_lead": re.compile(r"(?:vào[ \t\n]+(?:sau|trước|cuối)|(?<!\w)(?:tiếp[ \t\n]+|ngay[ \t\n]+)?(?:sau|trước))[ \t\n]+(?:của[ \t\n]+)?\Z"),
        "into": re.compile(r"(?<!\w)vào[ \t\n]+\Z"),
        "end_of": re.compile(r"(?<!\w)vào[ \t\n]+cuối[ \t\n]+(?:của[ \t\n]+)?\Z"),
        "located_at": re.compile(r"(?<!\w)quy[ \t\n]+định[ \t\n]+tại[ \t\n]*\Z"),
        "this_article": re.compile(r"[ \t\n]+(?:của[ \t\n]+)?(?:Điều|điều)[ \t\n]+này(?!\w)"),
        "filler_gap": re.compile(
            rf"(?:[\s,;:()\[\]\-–.*_]|(?<!\w)(?:{fillers})(?!\w)|{PINPOINT_PATTERN})*", re.IGNORECASE
        ),
        "coord_gap": re.compile(r"(?:,|(?<!\w)(?:và|hoặc|đồng[ \t\n]+thời))[\s,:()\-–]*(?:các[ \t\n]+)?\Z", re.IGNORECASE),
        # '... được sửa đổi, bổ sung bởi Luật số X': the amendments go with the amended document.
        # Matched on folded text: OCR writes 'sửa đôi, bỗ sung'.
        "amended_by_gap": re.compile(
            # In a bracket 'được' may go: '(sửa đổi, bổ sung bởi Luật số 13/2025/QH13)'.
            r"(?:(?<!\w)(?:da[ \t\n]+)?duoc[.,]?[ \t\n]+|\([ \t\n]*(?:da[ \t\n]+)?)"
            r"(?:sua[ \t\n]+doi(?:,?[ \t\n]+bo[ \t\n]+sung)?|bo[ \t\n]+sung)(?:[ \t\n]+mot[ \t\n]+so[ \t\n]+dieu)?"
            r"[ \t\n]+(?:boi|tai|theo)[\s,:()\-–]*(?:(?:cac|va)[ \t\n]+)?\Z"
        ),
        # The heading of a legal-basis list or table row, as procedures and summaries write it
        # ('### Căn cứ pháp lý', '## Căn cứ pháp luật', '| **Căn cứ pháp lý** | ... |', 'Căn cứ:'),
        # matched on the folded text.
        "basis_heading": re.compile(
            # A decimal section number without its stop may lead: '### 2.2 Văn bản pháp quy'.
            rf"(?:\d{{1,2}}(?:\.\d{{1,2}})+[ \t]+)?(?:{_phrases_pattern(t.legal_basis_headings, folded=True)})[ \t]*(?:(?P<cell>\|)|:)?[ \t]*"
        ),
        # The line that closes a document's legal basis: 'Theo đề nghị của ...', or the promulgation
        # line ('Chính phủ ban hành Nghị định ...'), matched on the folded text.
        "basis_closer": re.compile(
            rf"[\W_]*(?:(?:{_phrases_pattern(t.basis_closers, folded=True)})(?!\w)"
            rf"|[^.;:\n]{{0,160}}?(?<!\w)ban[ \t\n]+hanh[ \t\n]+(?:{folded_enacted})[ \t\n]+(?!so(?!\w)|nay(?!\w)|kem(?!\w))[^\W\d_]"
            # The enacting word over the articles: 'QUYẾT ĐỊNH:', 'NGHỊ ĐỊNH:', 'QUYẾT NGHỊ:'.
            r"|(?:quyet[ \t]+dinh|nghi[ \t]+dinh|quyet[ \t]+nghi|thong[ \t]+tu|chi[ \t]+thi)[ \t*_]*:[\W_]*\Z)"
        ),
        # An item of a list that names a part of the next document: '...; các nội dung quy định
        # liên quan đến ... tại Thông tư liên tịch số W'; no words of the previous one's title.
        "part_item": re.compile(
            r";[\s*_]*(?:các[ \t\n]+|những[ \t\n]+|một[ \t\n]+số[ \t\n]+|toàn[ \t\n]+bộ[ \t\n]+)?(?:nội[ \t\n]+dung|quy[ \t\n]+định)"
            r"[^;]*(?<!\w)(?:tại|của)(?:[ \t\n]+các)?[\s*_]*\Z",
            re.IGNORECASE,
        ),
        "noted_change": re.compile(r"(?<!\w)có[ \t\n]+(?:nội[ \t\n]+dung|phần|một[ \t\n]+số)(?:[ \t\n]+\w+)?[ \t\n]+(?:bị|được)[ \t\n]*\Z"),
        "alias_lead": re.compile(
            r"\([ \t\n]*(?:sau[ \t\n]+đây[ \t\n]+)?(?:được[ \t\n]+)?(?:gọi|viết)(?:[ \t\n]+tắt)?[ \t\n]+là[ \t\n*_“\"]*\Z"
        ),
        "unit_lead": re.compile(rf"[\s*_]*(?:{PARTIAL_PINPOINT_PATTERN})[\s*_]*"),
        # What may follow the verb of an amending item in the passive (folded text).
        "passive_tail": re.compile(
            r"(?:[ \t\n]*,?[ \t\n]*(?:sua[ \t\n]+doi|bo[ \t\n]+sung|bai[ \t\n]+bo|thay[ \t\n]+the))*"
            r"[ \t\n*_]*(?:nhu[ \t\n]+sau)?[ \t\n*_]*[:.;]?[ \t\n*_]*"
        ),
        "quoted_article": re.compile(r"[ \t>*_]*“[ \t*_]*(?:Điều|ĐIỀU)[ \t]+(\d{1,3}[a-zđ]?)\."),
        "unnamed_documents": re.compile(
            rf"(?<!\w)(?:các|những|một[ \t\n]+số)[ \t\n]+(?:{types_alt})[ \t\n]+(?!số(?!\w))[^\W\d_]",
            re.IGNORECASE,
        ),
        "as_follows": re.compile(r"(?<!\w)như[ \t\n]+sau[ \t\n*_]*:[ \t\n*_]*\Z"),
        # A sentence saying that units of other documents are guided here: 'Đối tượng chịu thuế quy
        # định tại Điều 3 của Luật ... và Điều 2 Nghị định số X ... được hướng dẫn cụ thể như sau:'.
        "guided_here": re.compile(
            r"(?<!\w)được[ \t\n]+hướng[ \t\n]+dẫn(?:[ \t\n]+(?:cụ[ \t\n]+thể|thực[ \t\n]+hiện|chi[ \t\n]+tiết))?"
            r"[ \t\n]+như[ \t\n]+sau[ \t\n*_]*:?[ \t\n*_]*\Z",
            re.IGNORECASE,
        ),
        "restated_heading": re.compile(r"(?:[ \t]+[>*_ \t]*|[ \t>]*\*\*[ \t]*|[ \t>]*“)(?:Điều|ĐIỀU)[ \t]"),
        "all_provisions": re.compile(
            r"[\W_]*(?:(?:các|những|toàn[ \t\n]+bộ)[ \t\n]+)?(?:quy[ \t\n]+định|nội[ \t\n]+dung)[ \t\n]+(?:tại|của)[\s*_]*",
            re.IGNORECASE,
        ),
        "every_provision": re.compile(
            r"[\s*_]*(?:các|những|toàn[ \t\n]+bộ)[ \t\n]+(?:quy[ \t\n]+định|nội[ \t\n]+dung)[ \t\n]+(?:tại|của)[\s*_]*",
            re.IGNORECASE,
        ),
        "inline_list": re.compile(r"[ \t]*:[ \t]*(?=\S)"),
        "present_passive": re.compile(r"(?<!\w)(?<!đã )(?<!Đã )(?:bị|được)[ \t\n]*\Z"),
        "done_by": re.compile(r"(?:[ \t\n]+[^\W\d_]+){0,3}?[ \t\n]+(?:bởi|bằng|theo|tại)[ \t\n]+"),
        # What names a part of the document that follows: 'Các quy định ... quy định tại'.
        # 'Tiêu chuẩn bụi ... trong Tiêu chuẩn Vệ sinh lao động ban hành theo Quyết định số X' too.
        "part_of": re.compile(
            r"(?<!\w)(?:tại|của|trong|thuộc|kèm[ \t\n]+theo|ban[ \t\n]+hành[ \t\n]+theo)(?:[ \t\n]+các)?[\s*_]*\Z"
        ),
        # 'Chính phủ ban hành Nghị định quy định ...', 'Bộ trưởng Bộ Tài chính ban hành Thông tư ...':
        # the subject in capitals at a line start, the type, then the title up to the paragraph's end.
        "promulgation": re.compile(
            rf"^[ \t>*_]*[A-ZĐ][^\n.;:]{{0,160}}?(?<!\w)ban[ \t]+hành[ \t]+(?:{enacted})[ \t]+(?!(?:này|số|kèm)(?!\w))"
            # A wrapped title goes on while its line has not ended a sentence and no heading follows.
            r"(?P<title>[^\W\d_][^\n]*(?:(?<![.;:])\n(?![ \t]*\n|[ \t]*[#|>]|[ \t]*(?:Điều|ĐIỀU|Chương|CHƯƠNG)(?!\w))[^\n]*){0,4})",
            re.MULTILINE,
        ),
        # Pháp điển's origin note: '(Điều 2 Thông tư số X Sửa đổi, bổ sung ... của Thông tư số Y ...
        # ngày 28/09/2020 của Bộ ..., có hiệu lực thi hành kể từ ngày ...)'. The head up to the
        # source document, whose citation follows; its title runs to ', có hiệu lực' or to what the
        # note says of a later change (', có nội dung được sửa đổi ... bởi ...').
        "note_head": re.compile(r"\([ \t]*(?:Điều|ĐIỀU)[ \t]+\d+[a-zđ]?[ \t]+(?=[^\W\d_])"),
        "note_end": re.compile(r"[ \t\n.]*,[ \t\n]*có[ \t\n]+(?:hiệu[ \t\n]+lực|nội[ \t\n]+dung|phần|một[ \t\n]+số)(?!\w)"),
        # The summary under a heading or bold label: '## Trích yếu\n\nNghị định ..., thay thế ...',
        # '**Trích yếu:** ...'; the first line of text after it.
        "summary_heading": re.compile(
            rf"^[ \t]*(?:#{{1,6}}[ \t]*|\|[ \t]*)?[*_]*(?:{_phrases_pattern(t.summary_headings)})[*_]*[ \t]*:?[*_]*[ \t]*"
            r"(?:\|[ \t]*)?(?:\n[ \t]*)*(?P<value>[^\s#|][^\n|]*)",
            re.MULTILINE | re.IGNORECASE,
        ),
        # A front-matter key whose value is a list on the lines below: 'can-cu-phap-ly:\n  - "Luật ..."'.
        "front_matter_list": re.compile(
            r"^[ \t]*(?P<key>[A-Za-z][A-Za-z_-]*)[ \t]*:[ \t]*\n(?P<items>(?:[ \t]*-[ \t]+[^\n]*(?:\n|\Z)|[ \t]*\n)+)",
            re.MULTILINE,
        ),
        # The type word opening the head of a table's first column ('Nghị định được sửa'), read as
        # 'văn bản' to look the head up among the metadata labels.
        "column_type": re.compile(rf"(?:{types_alt})(?=[ \t])", re.IGNORECASE),
        # Pháp điển glues an amending law's article heading to its first sentence: 'Điều 20.1.LQ.77.
        # Sửa đổi, bổ sung một số điều của Luật Giáo dục đại học Sửa đổi, bổ sung, bãi bỏ một số điều
        # của Luật giáo dục đại học số 08/2012/QH13 như sau:'. A trigger written with a capital after
        # a lower-case word (not after a type word: 'Luật Sửa đổi ...' is a name) starts the sentence.
        "glued_statement": re.compile(
            r"(?<=[a-zà-ỹđ])" + "".join(f"(?<!{re.escape(w)})" for w in type_last_words) + r"[ \t]+"
            rf"(?=(?:{'|'.join(re.escape(w[0].upper() + w[1:]) for w in capital_triggers)})(?![^\W\d_]))"
        ),
        # A front-matter line: 'trich_yeu: "..."', 'thay_the: "27/2018/NĐ-CP"'.
        "front_matter": re.compile(r"^[ \t]*(?P<key>[A-Za-z][A-Za-z_]*)[ \t]*:[ \t]*(?P<value>\S[^\n]*)$", re.MULTILINE),
        # Where a summary's parts meet: a dash, a semicolon, a sentence's end, or a comma before a
        # verb (matched on the folded text): '... tổ dân phố — thay thế Nghị định X', '...; thay thế
        # Thông tư A và Thông tư B.', '... về hóa đơn điện tử. Thay thế Thông tư Y.'
        "summary_part": re.compile(r"[ \t]+[—–-][ \t]+|[ \t]*;[ \t]*|(?<=[^\d\s])\.[ \t]+(?=[A-ZĐÀ-Ỹ])"),
        "summary_verb": re.compile(rf"[ \t]*,[ \t]+(?=(?:{'|'.join(trigger_alts)})(?!\w))"),
        "time_lead": re.compile(r"[\W_]*(?:[Kk]ể[ \t\n]+)?(?:[Tt]ừ|[Dd]o)[ \t\n]+ngày[^,;:]{0,160},"),
        # A subject that announces the list of its items, the verb after the last: 'Các văn bản:
        # Thông tư liên bộ số 08/TT-LB ...; ...; Mục V và Mục VII Thông tư liên tịch số ... hết hiệu lực'.
        "subject_list": re.compile(
            r"[\W_]*(?:[Cc]ác|[Nn]hững)[ \t\n]+văn[ \t\n]+bản(?:[ \t\n]+(?:sau(?:[ \t\n]+đây)?|dưới[ \t\n]+đây))?[ \t]*:"
        ),
        # A case ('trường hợp', 'nếu', 'khi') or a time ('đến ngày', 'cho đến khi', 'trước ngày').
        "conditional": re.compile(
            r"(?<!\w)(?:(?P<case>trường[ \t\n]+hợp|nếu|(?<!đến )khi)|đến[ \t\n]+(?:hết[ \t\n]+)?ngày|cho[ \t\n]+đến"
            r"|đến[ \t\n]+khi|trước[ \t\n]+ngày|sau[ \t\n]+ngày)(?!\w)",
            re.IGNORECASE,
        ),
        "then": re.compile(r"(?<!\w)thì(?!\w)", re.IGNORECASE),
        "pinpoint": re.compile(PINPOINT_PATTERN),
        "phrase_object": re.compile(rf"[ \t\n]+(?:các[ \t\n]+)?(?:{_phrases_pattern(t.phrase_objects)})(?!\w)"),
        "inserted": re.compile(
            # 'Bổ sung khoản 4 vào Điều 12 Luật ...': the new clause of Điều 12.
            rf"[ \t\n]+(?P<new>{PARTIAL_PINPOINT_PATTERN})[ \t\n]+(?:vào(?:[ \t\n]+(?:sau|trước|cuối))?|(?:tiếp[ \t\n]+|ngay[ \t\n]+)?(?:sau|trước))[ \t\n]+\Z"
        ),
        "partial_pinpoint": re.compile(PARTIAL_PINPOINT_PATTERN),
        "insert_after": re.compile(
            r"[ \t\n]+(?:vào[ \t\n]+(?:sau|trước|cuối)|(?:tiếp[ \t\n]+|ngay[ \t\n]+)?(?:sau|trước)"
            r"(?=[ \t\n]+(?:của[ \t\n]+)?(?:[Đđ]iểm|[Kk]hoản|[Đđ]iều|[Mm]ục|[Cc]hương|[Pp]hụ[ \t\n]+lục)(?!\w)))(?!\w)"
        ),
        "effective": re.compile(rf"(?<!\w)(?:{_phrases_pattern(t.effective_markers)})[ \t\n]+(?=ngày)", re.IGNORECASE),
        "marker": re.compile(
            # Not an article of another document: 'Điều 5 Nghị định số X bị bãi bỏ'.
            # Pháp điển numbers an article by its place in the code, the source's article last:
            # 'Điều 33.4.TT.3.4. Hướng dẫn khoản 4 Điều 7 Luật Quản lý thuế ...' is Điều 4.
            r"[ \t>*#|_]*(?:(?P<article>(?:Điều|ĐIỀU)[ \t]+(?:\d+\.(?:[\dA-ZĐ]+\.)*(?=\d))?(?P<article_no>\d+)(?!\d)[a-zđ]?(?![.:]?[ \t]*[,;])"
            rf"(?![ \t]+(?:(?:của|tại)[ \t]+)?(?:{types_alt})[ \t]+(?!này))[.:]?)[ \t*_]*"
            # Items are numbered '1.', '1)', 'a)', 'II.', '(1)', '(a)' or marked with a dash.
            rf"|(?P<item>(?:\d+(?:\.\d+)*|[a-zđ{_CYRILLIC_LETTERS}]|[IVXLC]+)[.)]|\((?:\d{{1,3}}|[a-zđ])\)|[-+•–])"
            r"(?:[ \t*_]+|[ \t]*\n)[ \t*_]*|(?P<lost_item>\))[ \t]*)?"
        ),
        # A sentence ends after a word, or after a year ('... có hiệu lực từ ngày 01/7/2026. Các Nghị
        # định ...'); not after other digits ('Điều 5. Phạm vi', '1. Nghị định').
        # OCR glues the next item's number to a year: '... năm 2027.3. Các điều 66 ...'.
        # The stop first: a character the scan finds fast, the look-behinds tried only there.
        "sentence_end": re.compile(
            r"[.!?](?:(?<=[^\d\s].)[ \t]+(?=[A-ZĐÀ-Ỹ])"
            r"|(?<=[^\d](?:19|20)\d\d\.)(?:[ \t]+(?=[A-ZĐÀ-Ỹ])|(?=\d{1,2}[.)][ \t]+[A-ZĐÀ-Ỹ])))"
        ),
        "quote": re.compile(r"“[^”]{0,4000}”|\"[^\"\n]{0,2000}\"|^[ \t]*>.*$", re.MULTILINE),
    }


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _patterns()["quote"].finditer(text)]


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    # Spans are few per document; a linear scan keeps this simple.
    return any(s <= pos < e for s, e in spans)


_SUBJECT_VERBS = re.compile(
    r"(?<!\w)(?:het[ \t\n]+hieu[ \t\n]+luc|cham[ \t\n]+dut[ \t\n]+hieu[ \t\n]+luc|ngung[ \t\n]+hieu[ \t\n]+luc"
    r"|(?:bi|duoc)[ \t\n]+(?:bai[ \t\n]+bo|huy[ \t\n]+bo|thay[ \t\n]+the))(?!\w)"
)


# A summary's own replacement after its description: ', thay thế Luật ...', '(thay thế Luật ...)', or
# right after the document written in full ('Luật ... số 48/2024/QH15 ngày ... thay thế Luật ...') (folded text).
_LATE_REPLACEMENT = re.compile(r"(?:[,(]|(?<=\d) )[ \t]*(?=thay[ \t]+the(?:[ \t]+cho)?[ \t]+[^\W\d_])")


@cache
def p_summary() -> re.Pattern[str]:
    """A type word and a number with no 'số' between them: 'Quyết định 22/2026/QĐ-TTg'."""
    t = tables()
    words = sorted({w for dt in t.doc_types for w in dt.words}, key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(w.replace(' ', '[ ]+') for w in words)})[ ]+\d[^\s]*\Z")


def _item_number(text: str, clause: _Clause) -> int | None:
    m = re.match(r"[ \t>*#|_]*(\d{1,3})[.)]", text[clause.start:clause.core])
    return int(m.group(1)) if m else None


def _item_kind(marker: str | None) -> str | None:
    if not marker:
        return None
    marker = marker.strip().lstrip("(")
    if marker == ")":
        return "letter"  # OCR dropped the letter of 'c)'
    if marker[0].isdigit():
        return "number"
    if marker[0] in "IVXLC" and len(marker) > 1 and marker[-2] in "IVXLC":
        return "roman"
    if marker[0].isalpha():
        return "letter"
    return "dash"


_GLUED_ITEM = re.compile(r"(?<=[^\W\d_])(?<!Điều)(?<!ĐIỀU)[ \t]+(?=1[.)][ \t]+[A-ZĐÀ-Ỹ])")
_LONE_MARKER = re.compile(rf"[ \t>*_]*(?:\d+(?:\.\d+)*|[a-zđ{_CYRILLIC_LETTERS}])[.)][ \t*_]*")
_OPEN_END = re.compile(r"(?<!\w)(?:và|hoặc|của|tại|theo|các)\Z|,\Z")


def _line_start(paragraph: str) -> int:
    return paragraph.rfind("\n") + 1


def _clauses(text: str) -> list[_Clause]:
    """Split text into clauses: paragraphs (lines joined when OCR broke a sentence), then sentences."""
    p = _patterns()
    marker = p["marker"]
    clauses: list[_Clause] = []
    lines = []
    offset = 0
    for line in text.split("\n"):
        lines.append((offset, offset + len(line)))
        offset += len(line) + 1
    paragraphs: list[tuple[int, int]] = []
    cur: tuple[int, int] | None = None
    broken: tuple[int, int] | None = None  # a paragraph a blank line ended, while it may go on
    for ls, le in lines:
        line = text[ls:le]
        if not line.strip():
            if cur:
                broken = cur
                paragraphs.append(cur)
            cur = None
            continue
        if broken is not None and cur is None:
            # OCR'd pages break a sentence with a blank line ('... dự trữ\n\nquốc gia; ... hết hiệu
            # lực'): a line in lower case after a paragraph that ended in the middle of a sentence
            # goes on with it.
            prev = text[broken[0]:broken[1]].rstrip()
            if (line.lstrip()[:1].islower() and not prev.endswith((".", ";", ":", "!", "?", "|", "*", "”", "\""))
                    and not prev.lstrip().startswith(("#", "|", ">"))
                    and not re.match(rf"[ \t]*[a-zđ{_CYRILLIC_LETTERS}][.)](?:[ \t]|\Z)", line)):
                paragraphs.pop()
                cur = broken
        broken = None
        starts_new = bool(re.match(rf"[ \t]*(?:[>#|*]|(?:\d{{1,3}}(?:\.\d{{1,3}})*|[a-zđ{_CYRILLIC_LETTERS}]|[IVXLC]+)[.)](?:[ \t]|\Z)|\((?:\d{{1,3}}|[a-zđ])\)[ \t]|[-+•–][ \t]|(?:Điều|ĐIỀU|Chương|CHƯƠNG|Căn cứ)[ \t])", line))
        basis_line = line.lstrip().startswith("Căn cứ ")
        if cur is not None:
            prev = text[cur[0]:cur[1]].rstrip()
            ends_sentence = prev.endswith((".", ";", ":", "!", "?", "|", "**"))
            # A list marker alone on its line ('2.', 'b)') goes with the next line, whatever it
            # starts with; a line ending with a word that cannot end a sentence ('... và') goes on
            # in the next, an article's number included ('và\nĐiều 2. Nghị định số ...').
            lone_marker = _LONE_MARKER.fullmatch(prev, _line_start(prev))
            if lone_marker or (_OPEN_END.search(prev) and not (basis_line and prev.endswith(","))):
                # A legal basis line may end with a comma: 'Căn cứ Luật ... số 63/2025/QH15,\nCăn cứ
                # Luật ...' (the next 'Căn cứ' starts a clause of its own).
                starts_new = ends_sentence = False
            # New wording in quotes after 'như sau:' is a paragraph of its own.
            if starts_new or (ends_sentence and (line.lstrip()[:1].isupper() or line.lstrip()[:1] in "“\"")):
                paragraphs.append(cur)
                cur = None
        cur = (cur[0], le) if cur else (ls, le)
    if cur:
        paragraphs.append(cur)
    for ps, pe in paragraphs:
        sentence_starts = [ps] + [m.end() for m in p["sentence_end"].finditer(text, ps, pe)]
        # Mirrors glue an article's heading to its first item: 'Điều 4.3.TT.24.4. Hướng dẫn thực
        # hiện 1. Điều kiện ...'; the item starts a clause of its own.
        if text.startswith(("Điều", "ĐIỀU", "**Điều", "**ĐIỀU"), ps):
            first_end = sentence_starts[1] if len(sentence_starts) > 1 else pe
            glued = _GLUED_ITEM.search(text, ps, first_end) or p["glued_statement"].search(text, ps, first_end)
            if glued:
                sentence_starts.insert(1, glued.end())
        for i, ss in enumerate(sentence_starts):
            se = sentence_starts[i + 1] if i + 1 < len(sentence_starts) else pe
            m = marker.match(text, ss, se)
            core = m.end() if m else ss
            heading = int(m.group("article_no")) if m and m.group("article") else None
            item = _item_kind(m.group("item") or m.group("lost_item")) if m else None

            if heading is not None and core >= se - 1:
                clauses.append(_Clause(ss, se, se, None, heading))
                continue
            clauses.append(_Clause(ss, core, se, item, heading))
    return clauses


def _collapse(text: str) -> str:
    return " ".join(text.replace("*", " ").split())


def _gap_kind(text: str, start: int, end: int, quotes: list[tuple[int, int]]) -> str:
    """What lies between two citations: 'filler' (nothing that matters), 'item' (a semicolon: the
    next item of a list), 'amended_by' ('được sửa đổi, bổ sung bởi'), 'coord' ('và', a comma) or
    'dependent'."""
    gap = text[start:end]
    if quotes:
        gap = "".join(ch if not _inside(quotes, start + i) else " " for i, ch in enumerate(gap))
    p = _patterns()
    if ";" in gap or "<br" in gap:  # '<br>' parts the lines of a table cell
        # A semicolon separates the items of a list in legal Vietnamese; one inside a title does not
        # part a document from those that amended it ('... đất đai; đăng ký, cấp Giấy chứng nhận ...
        # (được sửa đổi, bổ sung tại Nghị định số Y)').
        return "amended_by" if p["amended_by_gap"].search(fold_same_length(gap)) else "item"
    if p["filler_gap"].fullmatch(gap):
        return "filler"
    if p["amended_by_gap"].search(fold_same_length(gap)):
        return "amended_by"
    if p["coord_gap"].search(gap):
        return "coord"
    return "dependent"


def _heads(
    text: str, citations: list[CitationMatch], start: int, quotes: list[tuple[int, int]], with_amendments: bool = True,
    lenient_first: bool = False,
) -> list[CitationMatch]:
    """The citations a clause names as its objects: the first one after `start` when only fillers
    come between, then the ones a list joins to it. A citation inside another's description ('...
    sửa đổi, bổ sung một số điều của Nghị định số X') is left out, and so is what 'và' or a comma
    joins to such a citation: coordination joins siblings. A semicolon starts a new item of the
    clause's own list. With `with_amendments`, the documents that amended a head ('... được sửa
    đổi, bổ sung bởi Nghị định số Y') go with it: they are based on, replaced or expire together,
    but amending or repealing a document does not amend what amended it.

    With `lenient_first` (a trigger the document itself speaks), the first citation is the object
    whatever describes the changed part before it ('Bãi bỏ Chương VIII gồm các điều từ Điều 67 đến
    Điều 78 của Luật ...', 'hướng dẫn lựa chọn tổ chức đấu giá theo quy định tại Điều 56 Luật ...'),
    unless a colon or 'như sau' opens a list or new wording first."""
    p = _patterns()
    heads: list[CitationMatch] = []
    prev_end = start
    prev_is_head: bool | None = None  # None: nothing read yet but the trigger
    in_amendments = False
    group: list[int] = []  # the years of the heads of the current item
    for cm in citations:
        if cm.context_start < prev_end:
            continue
        if p["alias_lead"].search(text, max(0, cm.context_start - 40), cm.context_start):
            continue  # '(sau đây gọi là Luật Dẫn độ)': the same document again, by a short name
        kind = _gap_kind(text, prev_end, cm.context_start, quotes)
        full_item = False
        if prev_is_head is None:
            is_head = (kind in ("filler", "item") or (
                lenient_first and kind in ("dependent", "coord") and not _opens_list(text, prev_end, cm.context_start, quotes)
            # Unnamed documents are the object, the citation is in their description: 'Sửa đổi, bổ
            # sung một số điều của các nghị định liên quan đến tổ chức thi hành Luật Đất đai', '...
            # của các thông tư hướng dẫn thi hành Luật đất đai'.
            )) and not p["unnamed_documents"].search(text, prev_end, cm.context_start)
            if not is_head:
                break
        elif kind == "item" or (kind == "amended_by" and heads and with_amendments):
            is_head = True
        elif kind == "amended_by":
            is_head = False
        elif kind in ("filler", "coord"):
            is_head = prev_is_head
            # A document's title names only older documents: one newer than the last head cannot
            # sit in that head's description ('Nghị định số 65/2022 sửa đổi ... Nghị định số
            # 153/2020 và Nghị định số 08/2023 ...' lists 08/2023 beside 65/2022).
            if not is_head and not in_amendments and heads and (cm.citation.year or 0) > (heads[-1].citation.year or 9999):
                is_head = True
            # After a comma, a document written out in full (its date, its issuer) is the next item
            # of the list, not a second name in the last one's title: 'Thông tư số A ... hướng dẫn
            # ... Luật Quản lý thuế ngày ..., Nghị định số B ngày ... của Chính phủ quy định ...'.
            full_item = bool(cm.citation.number and cm.citation.issued
                             and text[prev_end:cm.context_start].rstrip(" \t\n*_").endswith(","))
            if not is_head and not in_amendments and heads and full_item:
                is_head = True
            # A title shared by a list names only documents older than each of them: 'Nghị định số
            # 132/2008/NĐ-CP ..., Nghị định số 74/2018/NĐ-CP ... của Chính phủ quy định chi tiết ... và
            # Nghị định số 86/2012/NĐ-CP ngày ... của Chính phủ ...' lists 86/2012 too (2008 < 2012).
            if (not is_head and not in_amendments and group and cm.citation.number and cm.citation.issued
                    and (cm.citation.year or 0) > min(group)):
                is_head = full_item = True
        elif (prev_is_head and p["part_of_next"].match(text, prev_end, cm.context_start)
              or heads and p["named_part_of_next"].search(text, prev_end, cm.context_start)):
            # The next document named through a part of it: 'thay thế mẫu số 01 kèm theo Thông tư
            # số X, mẫu số 02, mẫu số 03 kèm theo Thông tư số Y bằng ...'.
            is_head = True
        else:
            is_head = False
        if (is_head and kind in ("filler", "item") and prev_is_head is not None
                and (cm.in_title or cm.title_of is not None) and not full_item
                and not (kind == "item" and p["part_item"].search(text, prev_end, cm.context_start))):
            # Named in the title of a document before it, after words the filler list lets through
            # ('Thông tư số 80/2021/TT-BTC ... hướng dẫn thi hành một số điều của Luật Quản lý
            # thuế và Nghị định số 126/2020/NĐ-CP ...') or a semicolon inside that title ('... kinh
            # doanh; hướng dẫn thực hiện ... Luật số 71/2014/QH13'): a word of that title.
            is_head = False
        if is_head and kind == "coord" and prev_is_head and cm.in_title:
            # A name in the last head's title after words not read as a citation ('... quy định chi
            # tiết ... của Luật thuế tỉêu thụ đặc bỉệt và Luật sửa đổi, bổ sung ...', OCR'd).
            is_head = False
        if kind == "item":
            group = []
        if is_head:
            heads.append(cm)
            group.append(cm.citation.year or 9999)
        # Siblings of an amending document left out are amendments too, whatever their year.
        in_amendments = (kind == "amended_by" and not is_head) or (in_amendments and kind in ("filler", "coord"))
        prev_end = cm.context_end
        prev_is_head = is_head
    return heads


def _opens_list(text: str, start: int, end: int, quotes: list[tuple[int, int]]) -> bool:
    for m in _patterns()["list_opener"].finditer(text, start, end):
        if not _inside(quotes, m.start()):
            return True
    return False


def _target(cm: CitationMatch) -> str | None:
    c = cm.citation
    return c.number or c.title_hint


def _effective(text: str, start: int, end: int) -> str | None:
    m = _patterns()["effective"].search(text, start, end)
    if m:
        found = match_date(text, m.end())
        if found:
            return found[0]
    return None


_LEVEL = re.compile(r"(điểm|khoản|Điều|Mục|Chương|Phụ lục) (\S+)")


def _complete(unit: str, later: list[tuple[str, ...]]) -> str:
    """A pinpoint written below the article ('khoản 3') completed with the levels above it from the
    first later expression that names its level and more ('khoản 3, khoản 5 và bổ sung khoản 21
    vào sau khoản 20 Điều 3': all of Điều 3). Sections are numbered within their chapter: 'Bổ sung
    Mục 3 và Điều 19a vào sau Mục 2 Chương II' adds Mục 3 Chương II (articles run through the document)."""
    levels = _LEVEL.findall(unit)
    if not levels or any(k in ("Điều", "Chương", "Phụ lục") for k, _ in levels):
        return unit
    top = levels[-1][0]
    for units in later:
        for other in units:
            other_levels = _LEVEL.findall(other)
            keys = [k for k, _ in other_levels]
            if top in keys:
                above = other_levels[keys.index(top) + 1:]
                # Up to the article when the expression names it; else what it names ('điểm c vào
                # sau điểm b khoản 2' in an item about Điều 3: điểm c khoản 2, of Điều 3).
                if above:
                    return unit + "".join(f" {k} {v}" for k, v in above)
    return unit


def _article_level(text: str, start: int, end: int, article: str | None,
                   quotes: list[tuple[int, int]] = ()) -> tuple[str, ...]:
    """Pinpoints an amending clause names without naming the document ('Bãi bỏ khoản 2.', 'Sửa đổi
    khoản 3, khoản 5 và bổ sung khoản 21 vào sau khoản 20 Điều 3 như sau:'). A pinpoint after 'vào
    sau' only says where a new one goes; 'Điều này' is the article the amending item is about
    (`article`), which also completes pinpoints left below the article."""
    p = _patterns()
    opener = p["list_opener"].search(text, start, end)
    if opener:
        end = opener.start()
    # (units, is an insertion anchor, is the unit a new one goes into: 'khoản 4 vào Điều 12')
    expressions: list[tuple[tuple[str, ...], bool, bool]] = []
    for m in p["partial_pinpoint"].finditer(text, start, end):
        if _inside(quotes, m.start()):
            continue
        units = parse_pinpoints(m.group())
        if article and p["this_article"].match(text, m.end()):
            units = within_article(units, article)
        # 'Bổ sung vào cuối khoản 5 như sau:' adds to the end of khoản 5: it is the part changed;
        # 'Bổ sung khoản 4 vào (cuối) Điều 12 như sau:' places khoản 4 in Điều 12.
        into = bool(expressions) and bool(p["into"].search(text, start, m.start()) or p["end_of"].search(text, start, m.start()))
        anchor = bool(p["anchor_lead"].search(text, start, m.start())) and not p["end_of"].search(text, start, m.start())
        expressions.append((units, anchor or into, into))
        if not expressions[0][1] and len(expressions) == 1:
            # Only a pinpoint right after the trigger is the object ('Sửa đổi, bổ sung khoản 3 Điều 3'),
            # after words that say which of its parts ('một số điểm tại khoản 2', 'một số điều, khoản
            # của Điều 5', 'cụm từ “...” bằng cụm từ “...” tại khoản 2 Điều 26').
            gap = "".join(" " if _inside(quotes, i) else ch for i, ch in enumerate(text[start:m.start()], start))
            words = [w for w in re.split(r"[\s,;:]+", gap.lower()) if w]
            # Words that describe the wording changed in the unit are no object: 'Sửa đổi, bổ sung
            # nội dung giải thích về giá đất (G) ... quy định tại khoản 7 Điều 13 như sau:'.
            if (len(words) > 3 and not all(w in _PART_WORDS for w in words)
                    and not p["located_at"].search(gap)):
                return ()
    if not expressions or expressions[0][1]:
        return ()
    found: list[str] = []
    for i, (units, is_anchor, _) in enumerate(expressions):
        if is_anchor:
            continue
        following = expressions[i + 1] if i + 1 < len(expressions) else None
        if following and following[2] and len(following[0]) == 1:
            place = following[0][0]
            # 'Bổ sung Mục 5 vào Chương II': sections are numbered within their chapter.
            found.extend(f"{u} {place}" if u.startswith("Mục ") and place.startswith("Chương ") else u
                         for u in within_article(units, place))
            continue
        later = [u for u, _, _ in expressions[i + 1:]]
        found.extend(_complete(u, later) for u in units)
    return within_article(tuple(dict.fromkeys(found)), article)


def _gap_pinpoints(text: str, start: int, end: int, quotes: list[tuple[int, int]],
                   named: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Pinpoints between a trigger and its document that the document's own pinpoint did not take:
    'Bãi bỏ nội dung “...” tại điểm b khoản 1 Điều 9 và nội dung “...” tại điểm b khoản 2 Điều 9
    Nghị định số 95/2010/NĐ-CP' repeals both points."""
    found: list[str] = []
    sections: list[str] = []
    for m in _patterns()["pinpoint"].finditer(text, start, end):
        if not _inside(quotes, m.start()):
            for p in parse_pinpoints(m.group()):
                if "Điều " in p or "Chương " in p or "Phụ lục " in p:
                    found.append(p)
                elif "Mục " in p:
                    sections.append(p)
    # A point of a section ('thay thế điểm 6 mục II Chi tiết ... (Kèm theo Quyết định số X)') is a
    # unit when nothing larger is named; inside an annex ('điểm 4.1 tiểu mục 04, mục II, Phần A
    # thuộc Phụ lục số 01', the annex `named` with the document) the annex is.
    return tuple(found or ([] if named else sections))


def _items_before(text: str, start: int, end: int, quotes: list[tuple[int, int]]) -> tuple[str, ...]:
    """Articles named by the items before the one that names the document, the verb last: 'Nội
    dung quy định ... tại các Điều 15, 16, ... và 24 mục 3; hoạt động ... quy định tại điểm d Khoản
    1 Điều 25 Nghị định số 45/2013/NĐ-CP ... hết hiệu lực'. Articles are numbered through the
    document: the section an article is in adds nothing."""
    item = text.rfind(";", start, end)
    if item == -1 or _THIS.search(text, start, item):
        return ()  # 'Điều 5 Thông tư này; ...' is this document's
    return tuple(_IN_PART.sub(r"\1", unit) for unit in _gap_pinpoints(text, start, item, quotes))


_THIS = re.compile(r"(?<!\w)này(?!\w)")
_IN_PART = re.compile(r"^((?:.* )?Điều \S+) (?:Mục|Chương) \S+$")


def _inserted(text: str, start: int, cm: CitationMatch, articles: tuple[str, ...]) -> tuple[str, ...]:
    """'Bổ sung Điều 3a vào sau Điều 3 của Nghị định ...' amends Điều 3a, not Điều 3."""
    p = _patterns()
    m = p["inserted"].match(text, start, cm.context_start)
    if not m:
        return articles
    own = parse_pinpoints(m.group("new"))
    combined = parse_pinpoints(m.group("new") + " và " + text[cm.context_start:cm.citation.start])
    new_units = tuple(combined[: len(own)])
    return tuple(a for a in articles if a not in cm.citation.articles) + new_units


def _single_article(pinpoints: tuple[str, ...]) -> str | None:
    articles = {re.search(r"Điều \S+", p).group() for p in pinpoints if "Điều " in p}
    if len(articles) == 1 and all("Điều " in p for p in pinpoints):
        return articles.pop()
    return None


_QUOTED_HEADING = re.compile(
    r"“[ \t]*(?P<unit>(?:Điều|Mục|Chương|Phụ[ \t]+lục)[ \t]+(?:\d{1,3}[a-zđ]?|[IVXLC]+))\.?"
    r"(?:[ \t]+(?P<parent>Chương[ \t]+[IVXLCT]+)(?!\w))?"
)
# The first cell of a table row that goes on with a legal-basis list: empty, a row number, the
# head of the number or document column ('STT', 'Tên văn bản', 'Số hiệu'), or the separator under it.
_ROW_HEAD = re.compile(
    r"(?:STT|TT|Số[ \t]+TT|Số[ \t]+thứ[ \t]+tự|(?:Tên[ \t]+)?văn[ \t]+bản|Số(?:,)?[ \t]+(?:hiệu|ký[ \t]+hiệu)(?:[ \t]+văn[ \t]+bản)?"
    r"|\d{1,3}\.?|:?-{2,}:?)?",
    re.IGNORECASE,
)
_SOME_PARTS = re.compile(
    r"[ \t\n*_]*một[ \t\n]+số[ \t\n]+(?:điều|khoản|điểm|mục)(?:[ \t\n]*,[ \t\n]*(?:điều|khoản|điểm|mục))*"
    r"[ \t\n]+(?:của|tại|thuộc)[ \t\n]+"
)
_MERGED = ("amends", "repeals", "replaces", "guides")
_WHOLE_PROVISIONS = frozenset(("quy định", "các quy định", "nội dung", "các nội dung"))
# Words between an amending trigger and the pinpoint it changes that name a part of it.
_PART_WORDS = frozenset(
    "một số các những điều khoản điểm mục chương nội dung quy định cụm từ bằng của tại ở trong và phần".split()
)


class _Reader:
    """Walks the clauses of one text and collects relations; keeps the document being amended."""

    def __init__(self, text: str, default_target: str | None) -> None:
        # Emphasis reads as spaces ('Bãi bỏ **Điều 5** Nghị định ...'); offsets stay the text's.
        text = without_emphasis(text)
        self.text = text
        self.folded = fold_same_length(text)
        self.citations = find_citations(text)
        self.context_starts = [cm.context_start for cm in self.citations]
        if any(a > b for a, b in zip(self.context_starts, self.context_starts[1:])):
            self.context_starts = [0] * len(self.citations)  # out of order: every citation is a candidate
        self.quotes = _quoted_spans(text)
        self.relations: list[Relation] = []
        self.amended_document = default_target
        self.article: str | None = None  # the article of the amended document an amending article is about
        self.item_article: str | None = None  # the same for the lettered items of a numbered amending item
        # A repeal whose parts are listed below it ('Bãi bỏ một số nội dung tại Nghị định số X, như
        # sau:'): the index of its relation, the trigger clause's list marker, and whether the
        # object was a part of the document ('một số nội dung') rather than the whole.
        self.collecting: tuple[int, str | None, bool] | None = None
        # The article of this document each relation was stated in (0: before the first article):
        # the unit of `merged`.
        self.scope = 0
        self.scopes: list[int] = []
        # The index of an amendment of a whole document 'như sau:', whose restated article may follow.
        self.restating: int | None = None
        # Relations an article heading states of an unnamed part, dropped when its items name parts.
        self.provisional: set[int] = set()
        # The relation a table's first column states of the documents in its rows, from its head
        # ('| Nghị định được sửa | Ngày ban hành | ... |'); None outside such a table.
        self.column_kind: str | None = None

    def add(self, kind: str, cm: CitationMatch | None, target: str, articles: tuple[str, ...], evidence: str,
            clause: _Clause) -> None:
        if articles and any(r.type == kind and r.target == target and r.evidence == evidence and set(articles) <= set(r.articles)
                            for r in self.relations[-4:]):
            return  # a second trigger of one statement ('Bổ sung điểm b và bổ sung các điểm p, q ...')
        self.relations.append(
            Relation(
                type=kind,
                target=target,
                articles=articles,
                evidence=evidence,
                citation=cm.citation if cm else None,
                effective=_effective(self.text, clause.core, clause.end) if kind in ("expires", "replaces", "repeals") else None,
            )
        )
        self.scopes.append(self.scope)

    def in_clause(self, clause: _Clause, start: int | None = None, end: int | None = None) -> list[CitationMatch]:
        lo = clause.core if start is None else start
        hi = clause.end if end is None else end
        found = []
        # Context starts are in text order: a binary search finds the first one the clause holds.
        for i in range(bisect_left(self.context_starts, lo), len(self.citations)):
            cm = self.citations[i]
            if cm.citation.start >= hi:
                break
            if not _inside(self.quotes, cm.citation.start):
                found.append(cm)
        return found

    def read(self, clauses: list[_Clause]) -> list[Relation]:
        p = _patterns()
        text = self.text
        # A trigger whose objects are listed below it ('Bãi bỏ các Thông tư sau:'): its kind, its
        # sentence, and its own list marker, since a sibling item ('3.' after '2.') ends the list.
        pending: tuple[str, str, str | None, bool] | None = None
        listed = False  # whether the pending list's items carry markers
        basis_list = False  # inside the list below a legal-basis heading
        basis_marker: str | None = None  # the list marker of that heading ('2. Căn cứ pháp lý')
        # Lines that start with a cited document and state nothing, right before the current
        # clause: a legal basis written without 'Căn cứ' when 'Theo đề nghị ...' closes them.
        run: list[tuple[_Clause, str]] = []
        nested: int | None = None  # the last number of a list numbered again below a numbered clause
        pending_start = 0  # the first relation the pending list's items state
        for clause in clauses:
            evidence = _collapse(text[clause.start:clause.end])
            if _inside(self.quotes, clause.core):
                if self.restating is None and self.amended_document is None and self.quoted_summary(clause, evidence):
                    continue
                quoted = p["quoted_article"].match(text, clause.start) if self.restating is not None else None
                if quoted:
                    self.restate(self.restating, f"Điều {quoted.group(1)}")
                self.restating = None
                continue
            basis_run, run = run, []
            if basis_run and p["basis_closer"].match(self.folded, clause.core, clause.end):
                for item, item_evidence in basis_run:
                    for cm in _heads(text, self.in_clause(item), item.core, self.quotes):
                        self.add("based_on", cm, _target(cm), (), item_evidence, item)
            basis = self.basis_heading(clause)
            if basis is not None:
                # A heading line, or a table row whose next rows may go on with an empty first cell.
                basis_list = basis >= clause.end or text[clause.start:basis].rstrip().endswith("|")
                basis_marker = clause.item
                for cm in _heads(text, self.in_clause(clause, basis), basis, self.quotes):
                    self.add("based_on", cm, _target(cm), (), evidence, clause)
                continue
            if basis_list:
                # The next heading marked as the basis heading was ('5. ĐỊNH NGHĨA' after '4. TÀI LIỆU
                # VIỆN DẪN') ends the list; items naming their document go on with it.
                if self.in_basis_list(clause) and not (clause.item is not None and clause.item == basis_marker
                                                       and not self.starts_with_citation(clause)):
                    row: list[tuple[int, CitationMatch]] = []
                    for cell, (start, end) in enumerate(self.cells(clause)):
                        # Items may repeat the word: '### Căn cứ ban hành\n- Căn cứ Luật ...;'.
                        based = p["based_on"].match(self.folded, start, end)
                        heads = _heads(text, self.in_clause(clause, start, end), based.end() if based else start, self.quotes)
                        row.extend((cell, cm) for cm in heads)
                    numbered = {cell for cell, cm in row if cm.citation.number}
                    for cell, cm in row:
                        # '| 1 | 31/2024/QH15 | Luật Đất đai |': the name in another cell is the number's title.
                        if cm.citation.number or not numbered or cell in numbered:
                            self.add("based_on", cm, _target(cm), (), evidence, clause)
                    continue
                basis_list = False
            if self.metadata_row(clause, evidence):
                continue
            restated, self.restating = self.restating, None
            if restated is not None and clause.heading is not None and p["restated_heading"].match(text, clause.start):
                # 'Sửa đổi, bổ sung Thông tư số X như sau:\n   **Điều 17. ...**': the article restated
                # (indented or in bold, not this document's own) is the unit amended.
                self.restate(restated, f"Điều {clause.heading}")
                continue
            if clause.heading is not None and clause.item is None:
                self.article = self.item_article = None
                self.scope += 1
            if clause.item == "number":
                self.item_article = None
            if self.collecting:
                if clause.heading is None and clause.item != self.collecting[1]:
                    self.collect_parts(clause, evidence)
                    continue
                self.finish_collecting()
            if pending and clause.item is None and listed and not text[clause.core:clause.core + 1].islower():
                pending = None  # an unmarked paragraph after a marked list ends it; one in lower case goes on with an item
            if pending and clause.item == pending[2] == "number" and clause.heading is None:
                # A list numbered again from 1 below a numbered clause ('2. Bãi bỏ các văn bản sau:\n
                # 1. Thông tư số A ...;\n2. Quyết định số B ...'): its items go on while they count up.
                number = _item_number(text, clause)
                if number is not None and number == (nested or 0) + 1 and self.starts_with_citation(clause):
                    nested = number
                else:
                    nested = None
            else:
                nested = None if not pending else nested
            if (pending and (clause.item != pending[2] or nested) and clause.heading is None
                    and not p["trigger"].match(self.folded, clause.core)
                    # Below a guided document's units, only items that name their document first.
                    and (pending[0] != "guides" or self.starts_with_citation(clause))):
                # The items below a trigger ending with a colon, marked or not, unless an item states
                # its own change ('a) Bãi bỏ ...; b) Thay thế ...').
                kind, lead, _, partial = pending
                listed = listed or clause.item is not None
                for cm in _heads(text, self.in_clause(clause), clause.core, self.quotes, lenient_first=True,
                                 with_amendments=kind not in ("amends", "repeals")):
                    # 'Bãi bỏ nội dung tại các Thông tư sau: ... c) Thông tư số X.': a part of X, not
                    # named by number.
                    item_kind = "amends" if partial and not cm.citation.articles and kind in ("replaces", "repeals") else kind
                    listed_before = [i for i in range(pending_start, len(self.relations))
                                     if self.relations[i].type == "guides" == item_kind
                                     and self.relations[i].target == _target(cm)]
                    if listed_before:
                        # One document guided unit by unit down a list: one relation holding them all.
                        for unit in cm.citation.articles:
                            self.restate(listed_before[0], unit)
                        continue
                    self.add(item_kind, cm, _target(cm), cm.citation.articles, f"{lead} {evidence}", clause)
                continue
            if not (pending and (clause.item != pending[2] or nested) and clause.heading is None):
                pending = None
            if pending is None:
                listed = False
            based = p["based_on"].match(self.folded, clause.core, clause.end)
            if based:
                if p["self"].search(self.folded, based.end(), clause.end) or (clause.item is not None and self.scope > 0):
                    # 'Căn cứ quy định tại Chương V Luật ..., các Điều 36, 37 Nghị định số X và Thông tư
                    # này, người sử dụng lao động tổ chức ...', or an item of an article ('1. Căn cứ quy định
                    # tại Điều 4 của Luật Thuế thu nhập cá nhân, ... các khoản thu nhập được miễn thuế bao
                    # gồm:'): how to apply the law, no basis of this document.
                    continue
                for cm in _heads(text, self.in_clause(clause, end=self.basis_end(based.end(), clause.end)), based.end(),
                                 self.quotes):
                    self.add("based_on", cm, _target(cm), (), evidence, clause)
                continue
            if self.guided_here(clause, evidence):
                continue
            stated = len(self.relations)
            summary = self.summary_subject(clause)
            if summary is not None:
                # 'Quyết định 22/2026/QĐ-TTg sửa đổi, bổ sung một số điều của Quyết định 08/2025/QĐ-TTg
                # về ...' (a summary naming the document itself): read from its verb.
                clause = _Clause(clause.start, summary, clause.end, None, None)
            pending = self.read_triggers(clause, evidence)
            pending_start = len(self.relations)
            if (len(self.relations) == stated + 1 and self.relations[-1].type == "amends" and not self.relations[-1].articles
                    and p["as_follows"].search(text, clause.core, clause.end)):
                self.restating = stated
            if (pending is None and len(self.relations) == stated and clause.heading is None
                    and self.starts_with_citation(clause) and not text[clause.core:clause.end].lstrip(" \t*_").startswith("(")):
                run = basis_run + [(clause, evidence)]
        if self.collecting:
            self.finish_collecting()
        return self.merged()

    def merged(self) -> list[Relation]:
        """One relation per amending article of this document, type and target: the amendments,
        repeals and replacements an article states item by item ('Điều 1. Sửa đổi, bổ sung một số
        điều của Nghị định số X: 1. Sửa đổi khoản 2 Điều 5 ...; 2. Bổ sung Điều 7a ...') are one
        relation holding every unit its items name, with their sentences as evidence. An amendment
        stated without units beside ones with units ('một số điều của ...') adds none; a repeal or
        replacement of the whole document beside one of its parts keeps the whole."""
        merged: list[Relation] = []
        index: dict[tuple[str, str, int], int] = {}
        stated = {(r.target, scope) for n, (r, scope) in enumerate(zip(self.relations, self.scopes))
                  if n not in self.provisional and r.articles}
        for n, (relation, scope) in enumerate(zip(self.relations, self.scopes)):
            if n in self.provisional and (relation.target, scope) in stated:
                continue  # a heading's part of a document, named by the article's items
            key = (relation.type, relation.target, scope)
            if relation.type not in _MERGED or key not in index:
                index[key] = len(merged)
                merged.append(relation)
                continue
            first = merged[index[key]]
            if relation.type in ("amends", "guides"):
                articles = first.articles + relation.articles
            elif first.articles and relation.articles:
                articles = first.articles + relation.articles
            else:
                articles = ()
            evidence = first.evidence if relation.evidence in first.evidence else f"{first.evidence} {relation.evidence}"
            merged[index[key]] = Relation(first.type, first.target, tuple(dict.fromkeys(articles)), evidence,
                                          first.citation, first.effective or relation.effective)
        return merged

    def guided_here(self, clause: _Clause, evidence: str) -> bool:
        """'<subject> quy định tại <units> <document> [và <units> <document>] được hướng dẫn (cụ thể)
        như sau:': this document guides the units named; a document named without units (an alias
        '(sau đây gọi tắt là ...)') adds nothing."""
        m = _patterns()["guided_here"].search(self.text, clause.core, clause.end)
        if not m:
            return False
        cited = [cm for cm in self.in_clause(clause, end=m.start()) if cm.citation.articles]
        for cm in cited:
            self.add("guides", cm, _target(cm), cm.citation.articles, evidence, clause)
        return bool(cited)

    def basis_heading(self, clause: _Clause) -> int | None:
        """Where the documents of a legal-basis heading start, when the clause is one: the end of
        the clause for a heading line ('### Căn cứ pháp lý'), the next cell of a table row ('|
        Căn cứ pháp lý | Hiến pháp 2013; Luật ... |'), or after its colon ('Căn cứ pháp lý: ...').
        A bare 'Căn cứ' starts a heading only before a colon or the line's end: 'Căn cứ Luật ...'
        is the sentence the document's own legal basis is written in."""
        p = _patterns()
        m = p["basis_heading"].match(self.folded, clause.core, clause.end)
        if not m:
            return None
        rest = self.text[m.end():clause.end].strip(" \t\n|*_#:")
        if not rest or "\n" not in self.text[m.end():clause.end].strip() and rest.startswith("(") and rest.endswith(")"):
            return clause.end  # a heading, maybe with a note: '### Căn cứ pháp lý (các văn bản được viện dẫn)'
        if m.group("cell"):
            return m.end()
        if self.text[m.start():m.end()].rstrip().endswith(":"):
            return m.end()
        return None

    def metadata_row(self, clause: _Clause, evidence: str) -> bool:
        """A mirror's metadata row naming the documents this one changes: '| **Văn bản bị bãi bỏ** |
        Thông tư số 55/2010/TT-BTC ngày 16/4/2010 |', '| Văn bản gốc | Nghị định số 10/2022/NĐ-CP |'."""
        row = self.text[clause.start:clause.end].strip()
        if not row.startswith("|"):
            self.column_kind = None
            return False
        label = " ".join(row[1:].split("|", 1)[0].replace("*", " ").split()).rstrip(":").lower()
        if not self.in_clause(clause):
            # The head of a table whose first column lists documents: '| Nghị định được sửa | ... |'.
            head = _patterns()["column_type"].sub("văn bản", label, count=1)
            if head in tables().metadata_labels:
                self.column_kind = tables().metadata_labels[head]
                return True
        if self.column_kind and not label.strip("-: "):
            return True  # the row under the head: '|---|---|'
        if self.column_kind:
            start, end = self.cells(clause)[0]
            for cm in _heads(self.text, self.in_clause(clause, start, end), start, self.quotes, with_amendments=False):
                before = self.text[start:cm.citation.start]
                if before.count("(") <= before.count(")"):  # not '(thi hành Luật Đất đai)' describing it
                    self.add(self.column_kind, cm, _target(cm), (), evidence, clause)
            return True
        kind = tables().metadata_labels.get(label)
        if kind is None:
            return False
        for start, end in self.cells(clause)[1:]:
            for cm in _heads(self.text, self.in_clause(clause, start, end), start, self.quotes, lenient_first=True,
                             with_amendments=kind not in ("amends", "repeals", "guides")):
                self.add(kind, cm, _target(cm), cm.citation.articles, evidence, clause)
        return True

    def cells(self, clause: _Clause) -> list[tuple[int, int]]:
        """Where a legal-basis item's documents may be read: each cell of a table row ('| 1 | Bộ luật
        Lao động 2019 |': the number cell names none), else the clause after its markers."""
        if not self.text[clause.start:clause.end].lstrip().startswith("|"):
            return [(clause.core, clause.end)]
        bars = [i for i in range(clause.start, clause.end) if self.text[i] == "|"]
        return [(a + 1, b) for a, b in zip(bars, bars[1:] + [clause.end])]

    def in_basis_list(self, clause: _Clause) -> bool:
        """Whether a clause goes on with the list below a legal-basis heading: a list item, a line
        that starts with a citation, or a table row whose first cell is empty, a number or the
        table's head ('| STT | Văn bản |', '|---|'); a heading ('#', a bold line, 'Điều 1.') ends the
        list."""
        row = self.text[clause.start:clause.end].strip()
        if row.startswith("|"):
            first = row[1:].split("|", 1)[0].strip(" \t*_")
            return bool(_ROW_HEAD.fullmatch(first)) or self.starts_with_citation(clause)
        head = self.text[clause.start:clause.core]
        if "#" in head or clause.heading is not None:
            return False
        if clause.item is not None:
            return True
        return self.starts_with_citation(clause)

    def summary_subject(self, clause: _Clause) -> int | None:
        """Where the verb starts when a paragraph opens with a document written as a summary writes
        its own ('Quyết định 22/2026/QĐ-TTg sửa đổi, bổ sung ...': type and number, no 'số', then the
        verb), no older than the documents it names; else None. Lists, 'Căn cứ' lines and titles
        always write 'số' or stand in a list.

        A summary line may also describe the document first and say what it replaces last, after a
        comma: 'Luật Tương trợ tư pháp về dân sự số 102/2025/QH15 là luật mới nhất, thay thế Luật ...
        số 08/2007/QH12.', '*Luật Đầu tư số 61/2020/QH14, được Quốc hội ... thông qua ngày ..., có
        hiệu lực từ ngày 01/01/2021, thay thế Luật Đầu tư 2014.*' (quoted or in emphasis)."""
        if (clause.item is not None or clause.heading is not None
                or self.text[clause.start:clause.core].strip(" \t>*_#") or self.text.startswith("(", clause.core)):
            return None  # a list item, or a note in brackets: '(Điều 1 Nghị định số X ..., có hiệu lực ...)'

        cited = self.in_clause(clause)
        if not cited or cited[0].context_start - clause.core > 2 or cited[0].citation.number is None:
            return None
        first = cited[0]
        verb = None
        # The paragraph opens with it, or a mirror's top heading does: '# Nghị định 142/2026/NĐ-CP hướng dẫn ...'.
        if (p_summary().match(self.text, clause.core, first.citation.end)
                and not self.text[clause.start:clause.core].strip(" \t#")):
            verb = _patterns()["trigger"].match(self.folded, first.context_end + 1)
            if verb and (self.text[first.context_end:first.context_end + 1] != " " or verb.lastgroup == "expires"):
                return None
        late = verb is None
        if late:
            # Documents named before the verb may only be words of its description (a law it details).
            verb = _LATE_REPLACEMENT.search(self.folded, first.context_end, clause.end)
            if not verb or not any(cm.context_start > verb.start() for cm in cited) or any(
                    cm.context_start < verb.start() and cm.title_of is None for cm in cited[1:]):
                return None
        year = first.citation.year or 0
        if any((cm.citation.year or 0) > year for cm in cited[1:]):
            return None
        if _SUBJECT_VERBS.search(self.folded, verb.end(), clause.end):
            return None  # '... hết hiệu lực', '... bị bãi bỏ': the document is the subject of another verb
        return verb.end() if late else verb.start()

    def quoted_summary(self, clause: _Clause, evidence: str) -> bool:
        """A mirror's summary note in a block quote, outside any amending article: '> Luật Tương trợ
        tư pháp về dân sự số 102/2025/QH15 là luật mới nhất, thay thế Luật ... số 08/2007/QH12.'"""
        if not self.text[clause.start:clause.core].lstrip().startswith(">"):
            return False
        quotes, self.quotes = self.quotes, []
        try:
            summary = self.summary_subject(clause)
            if summary is not None:
                self.read_triggers(_Clause(clause.start, summary, clause.end, None, None), evidence)
        finally:
            self.quotes = quotes
        return summary is not None

    def basis_end(self, start: int, end: int) -> int:
        """Where a 'Căn cứ' line's list ends: at a semicolon after which the proposal or the enacting
        sentence follows on the same line ('...; Theo đề nghị của Bộ trưởng ...; Chính phủ ban hành
        Nghị định quy định chi tiết ... Luật Chất lượng sản phẩm, hàng hóa.')."""
        closer = _patterns()["basis_closer"]
        semicolon = self.text.find(";", start, end)
        while semicolon != -1:
            if closer.match(self.folded, semicolon + 1, end):
                return semicolon
            semicolon = self.text.find(";", semicolon + 1, end)
        return end

    def restate(self, index: int, unit: str) -> None:
        relation = self.relations[index]
        if unit not in relation.articles:
            self.relations[index] = Relation(relation.type, relation.target, relation.articles + (unit,),
                                             relation.evidence, relation.citation, relation.effective)

    def starts_with_citation(self, clause: _Clause) -> bool:
        first = self.in_clause(clause)
        return bool(first) and first[0].context_start - clause.core < 3

    def collect_parts(self, clause: _Clause, evidence: str) -> None:
        """Pinpoints of one item of a repeal's list, outside quotations, added to the repeal."""
        index = self.collecting[0]
        relation = self.relations[index]
        found: list[str] = []
        for m in _patterns()["pinpoint"].finditer(self.text, clause.core, clause.end):
            if not _inside(self.quotes, m.start()):
                found.extend(parse_pinpoints(m.group()))
        if found:
            articles = tuple(dict.fromkeys(relation.articles + tuple(found)))
            self.relations[index] = Relation(relation.type, relation.target, articles, f"{relation.evidence} {evidence}",
                                             relation.citation, relation.effective)

    def finish_collecting(self) -> None:
        index, _, partial = self.collecting
        relation = self.relations[index]
        if partial and not relation.articles:
            # Parts of the document, none of them named by number: the document changed, not ended.
            self.relations[index] = Relation("amends", relation.target, (), relation.evidence, relation.citation)
        self.collecting = None

    def starts_statement(self, start: int, end: int) -> bool:
        """Whether a trigger at `end` starts a statement of its own, given what comes before it since
        `start` (the end of the last citation, or of the previous trigger): a coordinator after
        nothing but pinpoints, or a semicolon ('; bãi bỏ Điều 13 ...'). Anything else makes it a
        word of a cited document's title ('... về việc ban hành và hướng dẫn ...') or of the object
        ('Bãi bỏ hình thức xử phạt bổ sung ...')."""
        p = _patterns()
        return bool(p["semicolon_lead"].search(self.text, start, end) or p["coord_lead"].fullmatch(self.text, start, end))

    def scope_end(self, triggers: list[re.Match[str]], i: int, clause: _Clause, citations: list[CitationMatch]) -> int:
        """Where the statement of trigger `i` ends: at the next trigger of another kind that starts a
        statement of its own ('thay thế Nghị định X và bãi bỏ Điều 5 ...'; '... Thông tư số X; bãi
        bỏ các Điều 16, 17 ... Quyết định số Y'). One of the same kind before the first document
        goes on with it ('Sửa đổi khoản 3 ... và bổ sung khoản 21 ... Điều 3 của Nghị định X')."""
        own = triggers[i]
        for t in triggers[i + 1:]:
            before = [cm for cm in citations if own.end() <= cm.citation.start and cm.context_end <= t.start()]
            if t.lastgroup == own.lastgroup and not before:
                continue  # 'Sửa đổi khoản 3 ... và bổ sung khoản 21 ... Điều 3': one statement, one document
            if self.starts_statement(before[-1].context_end if before else own.end(), t.start()):
                return t.start()
        return clause.end

    def speaks(self, clause: _Clause, trig: re.Match[str], citations: list[CitationMatch], spoken: int | None) -> bool:
        """Whether the document itself states trigger `trig`: at the start of the clause, right after
        a self-reference ('Nghị định này thay thế ...'), in a clause about its own effect ('Thông tư
        có hiệu lực ... và thay thế ...'), or as the next statement of such a clause. `spoken`: where
        the clause's last own trigger ends, if it had one."""
        p = _patterns()
        text = self.text
        left = text[clause.core:trig.start()]
        folded_left = self.folded[clause.core:trig.start()]
        if not left.strip(" \t\n*_,") or p["self_end"].search(folded_left) or p["bare_self"].fullmatch(folded_left):
            return True  # a bare type word opening the clause is the document too: 'Nghị định thay thế ...'
        if p["type_end"].search(folded_left):
            # Within the clause, a bare type word before the verb is another document's title: '...
            # có hiệu lực kể từ ngày Nghị định sửa đổi, bổ sung một số điều của Nghị định số X ... có
            # hiệu lực'.
            return False

        own_clause = spoken is not None or bool(p["self"].search(folded_left) or p["self_lead"].match(self.folded, clause.core))
        anchors = [cm.context_end for cm in citations if cm.context_end <= trig.start()]
        if spoken is not None:
            anchors.append(spoken)
        if anchors:
            return own_clause and self.starts_statement(max(anchors), trig.start())
        return own_clause

    def conditional(self, clause: _Clause, trig: re.Match[str], citations: list[CitationMatch]) -> bool:
        """Whether a condition comes before the verb: 'Trường hợp ...', 'Khi Nghị định số X ... hết
        hiệu lực thì ...', 'Thông tư số X được áp dụng đến ngày ...'. After the subject that opens
        the clause, a case word is the cited document's title ('Thông tư số 13/2021/TT-BYT ... quy
        định ... trong trường hợp cấp bách hết hiệu lực'), unless 'thì' closes it before the verb."""
        p = _patterns()
        first = citations[0].citation.start if self.starts_with_citation(clause) else trig.start()
        for m in p["conditional"].finditer(self.text, clause.core, trig.start()):
            if not m.group("case") or m.start() < first or p["then"].search(self.text, m.end(), trig.start()):
                return True
        return False

    def read_triggers(self, clause: _Clause, evidence: str) -> tuple[str, str, str | None] | None:
        p = _patterns()
        text = self.text
        citations = self.in_clause(clause)
        triggers = [m for m in p["trigger"].finditer(self.folded, clause.core, clause.end)
                    if not _inside(self.quotes, m.start())]
        pending = None
        spoken: int | None = None
        consumed = -1
        for i, trig in enumerate(triggers):
            if i <= consumed:
                continue  # a later verb of a compound read with the first
            kind = trig.lastgroup
            left = text[clause.core:trig.start()]
            # 'X; Y; Z bị bãi bỏ kể từ ngày ...', 'X được thay thế bởi Thông tư này': the document's
            # own statement with its verb last, in the passive.
            if (kind in ("amends", "repeals", "replaces") and p["present_passive"].search(left)
                    and self.passive_item(clause, trig, kind, citations, evidence)):
                break  # 'Khoản 2 Điều 5 được sửa đổi, bổ sung như sau:' states the item's change
            verb_last = kind in ("repeals", "replaces") and self.passive_statement(kind, trig, left)
            if p["passive"].search(left) and not verb_last:
                continue
            if kind == "expires" or verb_last:
                if p["self_end"].search(self.folded, clause.core, trig.start()) or self.conditional(clause, trig, citations):
                    continue
                if text[clause.core:clause.end].lstrip(" \t*_").startswith("("):
                    continue  # a note in brackets: '(Điều này có nội dung liên quan đến ...; Điều 35.3.NQ.2.20. Ngưng hiệu lực thi hành)'

                before = [cm for cm in citations if cm.context_end <= trig.start()]
                # The subject may follow when the clause opens on the date: 'Kể từ ngày Thông tư
                # này có hiệu lực thi hành, Thông tư số A ..., Nghị định số B ... hết hiệu lực'.
                opening = p["time_lead"].match(text, clause.core, trig.start())
                listing = None if opening else p["subject_list"].match(text, clause.core, trig.start())
                start = (opening or listing).end() if opening or listing else clause.core
                heads = _heads(text, before, start, self.quotes, with_amendments=kind != "repeals",
                               lenient_first=listing is not None)
                if not heads and before and p["part_of"].search(text, start, before[0].context_start):
                    # 'Các quy định liên quan về ... quy định tại Nghị định số X ... hết hiệu lực'.
                    heads = _heads(text, before, start, self.quotes, with_amendments=kind != "repeals",
                                   lenient_first=True)
                prev_end = start
                first_partial = False
                for cm in heads:
                    # A part of a document not named by number ('các nội dung quy định liên quan
                    # đến ... tại Thông tư liên tịch số W'): the document changed, not ended. Only
                    # the words of its own item count: a new item starts after a semicolon; after a
                    # comma or 'và' the words are the previous document's title, and the part named
                    # for the first goes for it ('Quy định về thu phí tại Nghị định số A và Quyết
                    # định số B hết hiệu lực'). 'Các quy định tại Nghị định số X' alone is all of X.
                    item_start = start if cm is heads[0] else text.rfind(";", prev_end, cm.context_start) + 1 or None
                    if item_start is None:
                        partial = first_partial and not cm.citation.articles
                    else:
                        partial = (not cm.citation.articles and self.names_a_part(item_start, cm.context_start)
                                   and not p["all_provisions"].fullmatch(text, item_start, cm.context_start))
                    articles = cm.citation.articles
                    if cm is heads[0]:
                        first_partial = partial
                        articles = _items_before(text, start, cm.context_start, self.quotes) + articles
                    self.add("amends" if partial else kind, cm, _target(cm), articles, evidence, clause)
                    prev_end = cm.context_end
                if not heads:
                    colon = p["inline_list"].search(text, trig.end(), clause.end)
                    if colon and not _inside(self.quotes, colon.start()):
                        # '... các văn bản sau đây hết hiệu lực thi hành: Nghị định số A; Nghị định số B.'
                        listed = [cm for cm in citations if cm.context_start >= colon.end()]
                        for cm in _heads(text, listed, colon.end(), self.quotes, with_amendments=kind != "repeals"):
                            self.add(kind, cm, _target(cm), cm.citation.articles, evidence, clause)
                if not heads and text[trig.end():clause.end].rstrip().endswith(":"):
                    pending = (kind, evidence, clause.item, False)
                continue
            if not self.speaks(clause, trig, citations, spoken):
                continue  # a word of a cited document's title, or someone else's statement
            # A compound verb ('Sửa đổi, bổ sung, bãi bỏ một số nội dung tại Điều 14') is one
            # statement of its first kind, its object after the last verb.
            last = i
            while last + 1 < len(triggers) and p["compound_gap"].fullmatch(text, triggers[last].end(), triggers[last + 1].start()):
                last += 1
            consumed = last
            obj = triggers[last].end()
            spoken = obj
            at_start = not left.strip(" \t\n*_,")
            next_own = self.scope_end(triggers, last, clause, citations)
            phrase = p["phrase_object"].match(text, obj) if kind == "replaces" else None
            # The provision at a numbered point is replaced whole ('Thay thế quy định báo cáo ... tại
            # điểm b khoản 1 Điều 14 Thông tư số X'); not 'một phần', 'một số' nor wording.
            unit_replaced = bool(phrase) and " ".join(phrase.group().split()).lower() in _WHOLE_PROVISIONS
            if phrase:
                kind = "amends"  # 'thay thế một phần các quy định tại ...' changes wording, not the document
            after = [cm for cm in citations if cm.context_start >= obj and cm.citation.start < next_own]
            # Amending, repealing or guiding a document does nothing to what amended it.
            heads = _heads(text, after, obj, self.quotes, with_amendments=kind not in ("amends", "repeals", "guides"),
                           lenient_first=True)
            listed_inline = self.inline_list(obj, next_own, after)
            if not heads and listed_inline is not None:
                # 'Nghị định này thay thế các Nghị định sau của Chính phủ: Nghị định số A ngày ...,
                # Nghị định số B ngày ...': the documents listed after the colon.
                heads = _heads(text, [cm for cm in after if cm.context_start >= listed_inline], listed_inline,
                               self.quotes, with_amendments=kind not in ("amends", "repeals", "guides"))
            for n, cm in enumerate(heads):
                articles = cm.citation.articles
                head_kind = kind
                if n == 0:
                    # 'Bổ sung điểm b khoản 2 và các điểm p, q vào sau điểm o khoản 3 Điều 4 của
                    # Nghị định ...': the pinpoints the statement names as its objects, in full.
                    objects = ()
                    if kind in ("amends", "repeals", "replaces") and p["insert_after"].search(text, obj, cm.citation.start):
                        objects = _article_level(text, obj, cm.citation.start, None, self.quotes)
                    if objects:
                        articles = objects
                    else:
                        articles = _gap_pinpoints(text, obj, cm.context_start, self.quotes, articles) + articles
                        articles = _inserted(text, obj, cm, articles)
                    if unit_replaced and articles:
                        head_kind = "replaces"
                    if (kind in ("replaces", "repeals") and articles and all(a.startswith("Phụ lục ") for a in articles)
                            and p["form_word"].search(text, obj, cm.context_start)):
                        # 'Thay thế biểu số 004.N/BCB-TP và biểu số 005.N/BCB-TP tại Phụ lục II': forms
                        # named by code inside the annex, not the annex (nor a numbered 'Mẫu số 01 Phụ lục I').
                        head_kind = "amends"
                    # 'Bãi bỏ các quy định tại Luật ... số 05/1998/QH10' names all of it, as 'Các quy
                    # định tại Nghị định số X ... hết hiệu lực' does.
                    partial = (self.names_a_part(obj, cm.context_start)
                               and not p["every_provision"].fullmatch(text, obj, cm.context_start))
                    if partial and not articles and kind in ("replaces", "repeals"):
                        head_kind = "amends"  # 'Thay thế Phụ lục kèm theo Nghị định X': a part, not numbered
                        if clause.heading is not None:
                            # 'Điều 2. Bãi bỏ một số điều của Thông tư số X': the items say which.
                            self.provisional.add(len(self.relations))
                    if (kind == "repeals" and partial and len(heads) == 1
                            and text[cm.context_end:next_own].rstrip(" \t*_").endswith(":")):
                        self.collecting = (len(self.relations), clause.item, True)
                        head_kind = kind
                elif (not articles and kind in ("replaces", "repeals")
                      and (partial or p["part_item"].search(text, heads[n - 1].context_end, cm.context_start)
                           or p["named_part_of_next"].search(text, heads[n - 1].context_end, cm.context_start))):
                    # The part the statement names goes for every document of its list: 'Bãi bỏ quy
                    # định về miễn thuế tại các Quyết định: số A ..., số B ... và Điều 7 Quyết định số C';
                    # an item may name its own ('...; các quy định về chứng thực ... tại Nghị định số X').
                    head_kind = "amends"
                self.add(head_kind, cm, _target(cm), tuple(dict.fromkeys(articles)), evidence, clause)
                if (kind == "amends" and not cm.citation.articles
                        or clause.heading is not None and kind in ("amends", "repeals", "replaces") and n == 0):
                    # 'Điều 2. Bãi bỏ một số điều của Thông tư số X' (its items: '1. Bãi bỏ khoản 3 Điều 4.')
                    # 'Điều 74. Sửa đổi, bổ sung Điều 6 của Nghị định số X': the items below are of Điều 6.
                    self.amended_document = _target(cm)
                    if clause.heading is not None and n == 0:
                        self.article = _single_article(articles)
                if head_kind in ("amends", "repeals", "replaces") and clause.item == "number" and n == 0:
                    self.item_article = _single_article(articles)
            if heads:
                if kind == "guides" and text[obj:clause.end].rstrip(" \t*_").endswith(":"):
                    # '... một số điều của Luật Giáo dục đại học, bao gồm:\n- Khoản 4 Điều 11 Luật Giáo
                    # dục đại học số 125/2025/QH15: ...': items that name their document guide it too.
                    pending = (kind, evidence, clause.item, False)
                continue
            if text[obj:next_own].rstrip(" \t*_").endswith(":") and not after and kind != "amends":
                pending = (kind, evidence, clause.item, self.names_a_part(obj, next_own, listing=True))
                continue
            shared = (self.next_statement_document(triggers, next_own, clause, citations)
                      if kind in ("amends", "repeals", "replaces") else None)
            if shared is not None:
                # 'Bãi bỏ Chương VIII, Điều 105 và sửa đổi, bổ sung một số điều của Luật Hôn nhân và
                # gia đình': the parts belong to the document the next statement names.
                units = _article_level(text, obj, next_own, None, self.quotes)
                if units:
                    self.add(kind, shared, _target(shared), units, evidence, clause)
                    continue
            if kind in ("amends", "repeals", "replaces") and at_start and self.amended_document:
                context = self.item_article if clause.item == "letter" and self.item_article else self.article
                articles = _article_level(text, obj, next_own, context, self.quotes) or self.quoted_units(obj, next_own)
                # 'Sửa đổi, bổ sung một số khoản của Điều 13 như sau:', '... một số điểm tại khoản 2 của
                # Điều 99 như sau:': the unit only says where the items below are; they name the parts.
                some = bool(articles) and bool(_SOME_PARTS.match(text, obj))
                if articles and not some:
                    self.add(kind, None, self.amended_document, articles, evidence, clause)
                if articles:
                    here = articles[0] if some and len(articles) == 1 else _single_article(articles)
                    if clause.heading is not None:
                        self.article = here
                    elif clause.item == "number":
                        self.item_article = here
            break  # the first own trigger of a clause governs it ('Sửa đổi, bổ sung, bãi bỏ ...')
        return pending

    def next_statement_document(self, triggers: list[re.Match[str]], end: int, clause: _Clause,
                                citations: list[CitationMatch]) -> CitationMatch | None:
        """The document named first by the statement whose trigger starts at `end`, if one does."""
        following = [t for t in triggers if t.start() == end]
        if not following or end >= clause.end:
            return None
        verb_end = following[0].end()
        heads = _heads(self.text, [cm for cm in citations if cm.context_start >= verb_end], verb_end, self.quotes,
                       lenient_first=True)
        return heads[0] if heads else None

    def inline_list(self, start: int, end: int, after: list[CitationMatch]) -> int | None:
        """Where the documents of a statement start when it names them by kind, then lists them after
        a colon on the same line ('thay thế các Nghị định sau của Chính phủ: Nghị định số A, ...',
        'hết hiệu lực đối với các văn bản sau: ...'); None when no such colon comes before them."""
        p = _patterns()
        colon = p["inline_list"].search(self.text, start, end)
        if (not colon or _inside(self.quotes, colon.start()) or not after or after[0].context_start < colon.end()
                or not p["documents_word"].search(self.text, start - 1, colon.start())):
            return None
        return colon.end()

    def quoted_units(self, start: int, end: int) -> tuple[str, ...]:
        """Units named by their quoted headings right after a trigger: 'Bãi bỏ “Mục 4. Chương IV về
        Hồ sơ ...” và “Mục 8. Chương IV về ...”' (OCR may read IV as 'TV')."""
        found: list[str] = []
        pos = start
        for qs, qe in self.quotes:
            if qs < pos or qs >= end:
                continue
            if self.text[pos:qs].strip(" \t\n,*_") not in ("", "và"):
                break
            m = _QUOTED_HEADING.match(self.text, qs, qe)
            if not m:
                break
            expr = m.group("unit") + (" " + m.group("parent").replace("T", "I") if m.group("parent") else "")
            found.extend(parse_pinpoints(expr))
            pos = qe
        return tuple(found)

    def passive_item(self, clause: _Clause, trig: re.Match[str], kind: str, citations: list[CitationMatch],
                     evidence: str) -> bool:
        """An amending item in the passive, its units first: 'Khoản 2 Điều 5 được sửa đổi, bổ sung
        như sau:', 'Điều 10 được sửa đổi như sau:', 'Khoản 3 Điều 9 bị bãi bỏ.', of the document the
        amending article names; or 'Điều 5 Nghị định số X được sửa đổi như sau:', of X. Only when
        nothing but 'như sau' follows the verb: after it, 'bởi ...' reports another's change."""
        p = _patterns()
        text = self.text
        marker = p["present_passive"].search(text, clause.core, trig.start())
        if not marker or not p["passive_tail"].fullmatch(self.folded, trig.end(), clause.end):
            return False
        before = [cm for cm in citations if cm.context_end <= marker.start()]
        if before:
            cm = before[0]
            if (len(before) > 1 or cm.context_start - clause.core > 3 or not cm.citation.articles
                    or text[cm.context_end:marker.start()].strip(" \t\n*_,")):
                return False
            self.add(kind, cm, _target(cm), cm.citation.articles, evidence, clause)
            return True
        if not self.amended_document or not p["unit_lead"].fullmatch(text, clause.core, marker.start()):
            return False
        context = self.item_article if clause.item == "letter" and self.item_article else self.article
        articles = _article_level(text, clause.core, marker.start(), context, self.quotes)
        if not articles:
            return False
        self.add(kind, None, self.amended_document, articles, evidence, clause)
        if clause.heading is not None:
            self.article = _single_article(articles)
        elif clause.item == "number":
            self.item_article = _single_article(articles)
        return True

    def passive_statement(self, kind: str, trig: re.Match[str], left: str) -> bool:
        """Whether a repeal or replacement in the passive after its subjects is the document's own
        statement: 'bị bãi bỏ' or 'được bãi bỏ' not said of the past ('đã bị') nor done by another
        document ('bị bãi bỏ bởi Nghị định số Y'); a replacement 'được thay thế bởi' this document."""
        p = _patterns()
        if not p["present_passive"].search(left) or p["noted_change"].search(left) or left.lstrip(" \t*_").startswith("("):
            return False  # pháp điển's notes: '(Điều 3 Thông tư số X, ..., có nội dung bị bãi bỏ, ...)'

        by = p["done_by"].match(self.text, trig.end())
        if by:
            return bool(p["self"].match(self.folded, by.end()))
        return kind == "repeals"

    def names_a_part(self, start: int, end: int, listing: bool = False) -> bool:
        """Whether the words between a trigger and its document name a part of it ('Phụ lục kèm
        theo', 'một số nội dung tại', 'quy định về miễn thuế tại'), outside quotations. Before a
        `listing` of documents, 'một số' counts the documents ('Bãi bỏ một số văn bản sau:')."""
        p = _patterns()
        for m in p["part_word"].finditer(self.text, start, end):
            if _inside(self.quotes, m.start()):
                continue
            if listing and m.group().lower().startswith("một") and p["documents_word"].match(self.text, m.end()):
                continue
            return True
        return False


def _title_relations(title: str, default_target: str | None = None) -> list[Relation]:
    """The relations a title (trích yếu) states: 'Sửa đổi, bổ sung một số điều của Nghị định số X'."""
    title_relations = _Reader(title, default_target).read([_Clause(0, 0, len(title), None, None)])
    # A title may start with the document's type: 'Nghị định sửa đổi, bổ sung ...'.
    if not title_relations:
        stripped = re.sub(r"^\s*\S+(?:\s+\S+)?\s+(?=(?:[Ss]ửa|[Qq]uy|[Hh]ướng|[Bb]ãi|[Tt]hay))", "", title)
        if stripped != title:
            title_relations = _Reader(stripped, default_target).read([_Clause(0, 0, len(stripped), None, None)])
    return title_relations


def _summary_relations(summary: str) -> list[Relation]:
    """What a mirror's summary of a document states, read as its title part by part: 'Quy định chi
    tiết ... Luật Quản lý thuế số 108/2025/QH15 và Nghị định 254/2026/NĐ-CP .... Thay thế Thông tư
    32/2025/TT-BTC.' A part that names no document changes the one an earlier part amends ('Sửa
    đổi, bổ sung một số điều của Nghị định số X — bổ sung Mục 3 và Điều 19a; sửa đổi ...')."""
    summary = summary.strip().strip("\"'“”").strip()
    cited = find_citations(summary)
    # The document's own designation first: 'Nghị định 291/2026/NĐ-CP sửa đổi, bổ sung ...'.
    if cited and cited[0].citation.start == 0 and cited[0].citation.number:
        summary = summary[cited[0].citation.end:].lstrip(" \t—–-:")
    found: list[Relation] = []
    start = 0
    p = _patterns()
    cuts = sorted([*p["summary_part"].finditer(summary), *p["summary_verb"].finditer(fold_same_length(summary))],
                  key=lambda m: m.start())
    for cut in [*cuts, None]:
        part = summary[start:cut.start() if cut else len(summary)].strip(" .")
        # A connective opening the part: '...; đồng thời bổ sung khoản 15 Điều 4 Nghị định ...'.
        part = re.sub(r"^(?:đồng thời|Đồng thời|và|Và)[ ,]+", "", part)
        if cut:
            start = cut.end()
        if not part:
            continue
        amended = {r.target for r in found if r.type == "amends"}
        found.extend(_title_relations(part[0].upper() + part[1:], next(iter(amended)) if len(amended) == 1 else None))
    return found


def _front_matter_relations(text: str) -> list[Relation]:
    """What a mirror's front matter states: the title and summary keys read as the title
    ('trich_yeu: ... — thay thế Nghị định 27/2018/NĐ-CP'), and the keys that name changed documents
    ('thay_the: "27/2018/NĐ-CP"'; not what brackets say of them: '(đã sửa đổi bởi ...)')."""
    t = tables()
    found: list[Relation] = []
    for line in _patterns()["front_matter"].finditer(text):
        key = line.group("key").lower()
        value = line.group("value")
        if key in t.front_matter_summary_keys:
            found.extend(_summary_relations(value))
        elif key in t.front_matter_labels:
            depth = 0
            last = 0
            for cm in find_citations(value):
                depth += value.count("(", last, cm.citation.start) - value.count(")", last, cm.citation.start)
                last = cm.citation.start
                if depth <= 0 and cm.citation.number:
                    found.append(Relation(type=t.front_matter_labels[key], target=cm.citation.number,
                                          evidence=line.group().strip(), citation=cm.citation))
    return found


def _summary_section_relations(text: str) -> list[Relation]:
    """What a mirror's summary under a 'Trích yếu' heading or label states, read as its title."""
    found: list[Relation] = []
    for m in _patterns()["summary_heading"].finditer(text):
        found.extend(_summary_relations(m.group("value").replace("*", " ")))
    return found


def _front_matter_basis(text: str) -> list[Relation]:
    """The legal basis a mirror's front matter lists below a key ('can-cu-phap-ly:' then '  - "Luật
    Ngân sách nhà nước số 89/2025/QH15 (sửa đổi bổ sung bởi Luật số 145/2025/QH15)"'): each item
    read as a 'Căn cứ' line."""
    keys = tables().front_matter_basis_keys
    found: list[Relation] = []
    for block in _patterns()["front_matter_list"].finditer(text):
        if block.group("key").lower().replace("-", "_") not in keys:
            continue
        for line in block.group("items").splitlines():
            item = line.strip().removeprefix("-").strip().strip("\"'“”").strip()
            if item:
                found.extend(r for r in _title_relations(f"Căn cứ {item}") if r.type == "based_on")
    return found


def _merge_title(relations: list[Relation], more: list[Relation]) -> None:
    """Add what the title says again (a summary, the front matter) to what it said: one relation per
    type and target, holding the units either names."""
    for r in more:
        for i, old in enumerate(relations):
            if old.type == r.type and old.target == r.target:
                units = tuple(dict.fromkeys(old.articles + r.articles))
                if units != old.articles:
                    relations[i] = replace(old, articles=units)
                break
        else:
            relations.append(r)


def _note_relations(reader: _Reader) -> list[Relation]:
    """What the titles of pháp điển's origin notes state: the passage is an article of the note's
    document, so '(Điều 1 Thông tư số X Hướng dẫn Nghị định số Y ..., có hiệu lực ...)' says that X
    guides Y, as X's title would. Only the title's first object is a target (the words after it
    describe that document), and what the note says after the title ('có nội dung được sửa đổi
    ... bởi ...') is a change made by another document."""
    text = reader.text
    if "(" not in text:
        return []
    p = _patterns()
    by_start = {cm.citation.start: cm for cm in reader.citations}
    found: list[Relation] = []
    for head in p["note_head"].finditer(text):
        cm = by_start.get(head.end())
        if cm is None or cm.citation.number is None:
            continue
        start = cm.citation.end
        end = p["note_end"].search(text, start, start + 3000)
        if end is None or "\n\n" in text[start:end.start()]:
            continue
        title = " ".join(text[start:end.start()].replace("“", " ").replace("”", " ").split()).strip(" ,.;")
        if title[:1].isupper():
            found.extend(_title_relations(title))
    return found


def extract_relations(text: str, title: str | None = None) -> list[Relation]:
    """The relations a legal document states about other documents, with the sentence that says so.

    `title` is the trích yếu ('Sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP ...');
    `text` the body. Targets are canonical numbers, or names for documents cited by name only.
    One relation per (type, target, articles), in the order the text states them.
    """
    relations: list[Relation] = []
    default_target = None
    if title:
        title = normalize_text(title)
        # A summary given as the title may describe first and state last ('Hoàn thiện quy định ...
        # - quy định chi tiết ... Luật Đấu thầu ...'): read part by part when read whole it says nothing.
        relations.extend(_title_relations(title) or _summary_relations(title))
    text = normalize_text(text)
    if ":" in text:
        _merge_title(relations, _front_matter_relations(text))
        relations.extend(_front_matter_basis(text))
    _merge_title(relations, _summary_section_relations(text))
    # The promulgation line states the title too: 'Chính phủ ban hành Nghị định quy định chi tiết
    # một số điều và biện pháp thi hành Luật Trí tuệ nhân tạo.'
    promulgated = _patterns()["promulgation"].search(text) if "ban hành" in text else None
    if promulgated:
        spoken = promulgated.group("title").replace("*", " ").replace("_", " ")
        relations.extend(_title_relations(" ".join(spoken.split()).rstrip(" .;,")))
    reader = _Reader(text, None)
    relations.extend(_note_relations(reader))
    amended = [r.target for r in relations if r.type == "amends"]
    if len(set(amended)) == 1:
        default_target = amended[0]
    reader.amended_document = default_target
    relations.extend(reader.read(_clauses(text)))
    seen: set[tuple[str, str, tuple[str, ...]]] = set()
    unique: list[Relation] = []
    for r in relations:
        # A name in capitals is the same document ('LUẬT PHÒNG BỆNH' in a title repeated as a
        # heading), and so is a name whose tone marks sit elsewhere ('hàng hóa' / 'hàng hoá').
        key = (r.type, r.target if r.citation is None or r.citation.number else _law_key(r.target), r.articles)
        if key not in seen:
            seen.add(key)
            unique.append(r)
    # A document that loses effect as a whole loses every part: 'hết hiệu lực: ... d) Nghị định số
    # X ...' beside 'a) Các khoản 3, 4 ... Điều 1 Nghị định số X ... hết hiệu lực'.
    whole = {r.target for r in unique if r.type == "expires" and not r.articles}
    return [r for r in unique if not (r.type == "expires" and r.articles and r.target in whole)]


def _law_key(name: str) -> str:
    """A law's name as a key: case and the placement of tone marks folded ('hoá' and 'hóa' are one
    word; 'Đầu' and 'Đấu' are not)."""
    words = []
    for word in name.casefold().split():
        marks = "".join(sorted(ch for ch in unicodedata.normalize("NFD", word) if ch in _TONES))
        words.append(fold_accents(word) + marks)
    return " ".join(words)


_TONES = "\u0300\u0301\u0303\u0309\u0323"
