"""A small province for app tests: real document numbers, three agencies, procedures with text
whose citations are marked by hand (no extraction), and the tasks the analysis gives."""
from __future__ import annotations

from impact.analysis import analyze
from impact.models import Citation, LegalDocument, Procedure, ProcedureCitation, Relation, Section
from impact.store import Store

SCRIPT_TITLE = '<script>window.__regimpact_xss = 1</script>Sửa đổi Nghị định 45/2020/NĐ-CP <img src=x onerror="window.__regimpact_xss=2">'


def _document(number, doc_type, issuer, title, issued, effective, status="in_force", relations=(), url=None):
    return LegalDocument(number=number, doc_type=doc_type, issuer=issuer, title=title, issued=issued,
                         effective=effective, status=status, url=url, source="registry",
                         relations=tuple(Relation(type=t, target=n, articles=tuple(a), evidence=e)
                                         for t, n, a, e in relations),
                         collected=issued)


DOCUMENTS = [
    _document("61/2018/NĐ-CP", "Nghị định", "Chính phủ",
              "Về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính",
              "2018-04-23", "2018-06-21", status="expired", url="https://vbpl.vn/61-2018"),
    _document("107/2021/NĐ-CP", "Nghị định", "Chính phủ",
              "Sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP", "2021-12-06", "2021-12-06",
              relations=[("amends", "61/2018/NĐ-CP", ["Điều 5"], "Sửa đổi, bổ sung Điều 5 Nghị định 61/2018/NĐ-CP.")]),
    _document("118/2025/NĐ-CP", "Nghị định", "Chính phủ",
              "Về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa",
              "2025-06-09", "2025-07-01",
              relations=[("replaces", "61/2018/NĐ-CP", [], "Nghị định này thay thế Nghị định số 61/2018/NĐ-CP."),
                         ("replaces", "107/2021/NĐ-CP", [], "Nghị định này thay thế Nghị định số 107/2021/NĐ-CP.")]),
    _document("30/2020/NĐ-CP", "Nghị định", "Chính phủ", "Về công tác văn thư", "2020-03-05", "2020-03-05"),
    _document("45/2020/NĐ-CP", "Nghị định", "Chính phủ", "Về thực hiện thủ tục hành chính trên môi trường điện tử",
              "2020-04-08", "2020-05-22"),
    _document("99/2026/NĐ-CP", "Nghị định", "Chính phủ", SCRIPT_TITLE, "2026-11-18", "2026-12-01",
              relations=[("amends", "45/2020/NĐ-CP", ["Điều 9"],
                          'Sửa đổi Điều 9 <script>alert("evidence")</script> Nghị định 45/2020/NĐ-CP.')]),
    _document("31/2024/QH15", "Luật", "Quốc hội", "Luật Đất đai", "2024-01-18", "2024-08-01"),
]

PROCEDURES = {
    ("Sở Tư pháp", "QT-01", "Quy trình chứng thực bản sao từ bản chính"): [
        ("Nghị định số 61/2018/NĐ-CP", "61/2018/NĐ-CP", ["Điều 5"]),
        ("Nghị định số 45/2020/NĐ-CP", "45/2020/NĐ-CP", ["Điều 9"]),
        ("Thông tư số 01/2099/TT-XYZ", None, []),
    ],
    ("Sở Tư pháp", "QT-02", "Quy trình quản lý văn bản đi, đến"): [
        ("Nghị định số 30/2020/NĐ-CP", "30/2020/NĐ-CP", []),
    ],
    ("Sở Nội vụ", "QT-VT-01", "Quy trình lập hồ sơ và nộp lưu hồ sơ"): [
        ("Nghị định số 30/2020/NĐ-CP", "30/2020/NĐ-CP", []),
        ("Nghị định số 45/2020/NĐ-CP", "45/2020/NĐ-CP", []),
    ],
    ("Sở Khoa học và Công nghệ", "QT-07", "Quy trình tiếp nhận hồ sơ một cửa"): [
        ("Nghị định số 61/2018/NĐ-CP", "61/2018/NĐ-CP", []),
        ("Luật Đất đai năm 2024", "31/2024/QH15", []),
    ],
}


def procedure(agency: str, code: str, title: str, cites) -> Procedure:
    """The text a procedure file would hold: code, title, a legal-basis section, a body."""
    text = f"Mã hiệu: {code}\n{title.upper()}\n\n2. CĂN CỨ PHÁP LÝ\n"
    basis_start = len(text)
    citations = []
    for surface, resolved, articles in cites:
        line = f"- {(' '.join(articles) + ' ') if articles else ''}{surface};"
        start = len(text) + line.index(surface)
        text += line + "\n"
        number = resolved or surface.split()[-1]
        citations.append(ProcedureCitation(
            citation=Citation(start=start, end=start + len(surface), surface=surface, doc_type=surface.split(" số")[0],
                              number=number, articles=tuple(articles)),
            resolved=resolved, confidence=1.0 if resolved else 0.0, method="exact" if resolved else "unresolved",
            in_legal_basis=True, line=line))
    basis = Section(heading="2. CĂN CỨ PHÁP LÝ", start=basis_start, end=len(text), text=text[basis_start:])
    text += "\n3. NỘI DUNG QUY TRÌNH\nBước 1: Tiếp nhận hồ sơ <b>không phải thẻ HTML</b>.\n"
    return Procedure(id=code, agency=agency, title=title, file=f"{code}.docx", version=1, text=text,
                     citations=tuple(citations), legal_basis=basis, content_hash=f"hash-{agency}-{code}")


def build(path) -> Store:
    """A store at `path` holding the sample documents, procedures and tasks."""
    store = Store(path)
    store.upsert_documents(DOCUMENTS)
    procedures = [procedure(a, c, t, cites) for (a, c, t), cites in PROCEDURES.items()]
    store.save_procedures(procedures)
    store.sync_tasks(analyze(DOCUMENTS, procedures), actor="test")
    return store
