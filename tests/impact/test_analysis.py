from dataclasses import replace

from impact.analysis import analyze, cited_documents
from tests.impact.builders import document, procedure, relation

OLD = document("61/2018/NĐ-CP", issued="2018-04-23", effective="2018-06-21")
AMENDING = document("107/2021/NĐ-CP", issued="2021-12-06", effective="2021-12-06",
                    relations=[relation("amends", "61/2018/NĐ-CP", ["Điều 5"], "Sửa đổi, bổ sung Điều 5 ...")])
REPLACING = document("118/2025/NĐ-CP", issued="2025-06-09", effective="2025-07-01",
                     relations=[relation("replaces", "61/2018/NĐ-CP", [], "Nghị định này thay thế Nghị định số 61/2018/NĐ-CP"),
                                relation("replaces", "107/2021/NĐ-CP")])


def kinds(impacts):
    return sorted((i.procedure, i.cited, i.trigger, i.change, i.severity) for i in impacts)


def test_replaced_document_gives_a_high_task_with_evidence_and_due_date():
    impacts = analyze([OLD, REPLACING], [procedure("QT-01", [("61/2018/NĐ-CP", [])])])
    assert kinds(impacts) == [("QT-01", "61/2018/NĐ-CP", "118/2025/NĐ-CP", "replaces", "high")]
    (impact,) = impacts
    assert impact.evidence == "Nghị định này thay thế Nghị định số 61/2018/NĐ-CP"
    assert impact.due == "2025-10-01"
    assert impact.successor == "118/2025/NĐ-CP"


def test_amendment_severity_follows_the_cited_articles():
    procedures = [
        procedure("QT-01", [("61/2018/NĐ-CP", ["khoản 2 Điều 5"])]),
        procedure("QT-02", [("61/2018/NĐ-CP", [])]),
        procedure("QT-03", [("61/2018/NĐ-CP", ["Điều 9"])]),
    ]
    impacts = [i for i in analyze([OLD, AMENDING], procedures) if i.change == "amends"]
    assert {i.procedure: i.severity for i in impacts} == {"QT-01": "high", "QT-02": "medium", "QT-03": "low"}


def test_no_task_when_the_procedure_already_cites_the_new_document():
    impacts = analyze([OLD, AMENDING, REPLACING],
                      [procedure("QT-01", [("61/2018/NĐ-CP", []), ("118/2025/NĐ-CP", [])])])
    assert impacts == []


def test_citing_the_amendment_reflects_the_amendment_but_not_the_replacement():
    impacts = analyze([OLD, AMENDING, REPLACING],
                      [procedure("QT-01", [("61/2018/NĐ-CP", []), ("107/2021/NĐ-CP", [])])])
    assert kinds(impacts) == [
        ("QT-01", "107/2021/NĐ-CP", "118/2025/NĐ-CP", "replaces", "high"),
        ("QT-01", "61/2018/NĐ-CP", "118/2025/NĐ-CP", "replaces", "high"),
    ]


def test_citing_a_later_amendment_of_the_new_document_shows_it_is_known():
    amending_new = document("367/2025/NĐ-CP", issued="2025-12-31",
                            relations=[relation("amends", "118/2025/NĐ-CP")])
    impacts = analyze([OLD, REPLACING, amending_new],
                      [procedure("QT-01", [("61/2018/NĐ-CP", []), ("367/2025/NĐ-CP", [])])])
    assert [i for i in impacts if i.cited == "61/2018/NĐ-CP"] == []


def test_chain_points_to_the_newest_document():
    a = document("110/2004/NĐ-CP", effective="2004-05-01")
    b = document("30/2020/NĐ-CP", effective="2020-03-05", relations=[relation("replaces", "110/2004/NĐ-CP")])
    c = document("99/2030/NĐ-CP", effective="2030-01-01", relations=[relation("replaces", "30/2020/NĐ-CP")])
    impacts = analyze([a, b, c], [procedure("QT-01", [("110/2004/NĐ-CP", [])])])
    assert {i.successor for i in impacts} == {"99/2030/NĐ-CP"}


def test_guides_is_low_and_informational():
    guide = document("03/2025/TT-VPCP", doc_type="Thông tư", effective="2025-09-15",
                     relations=[relation("guides", "118/2025/NĐ-CP")])
    impacts = analyze([REPLACING, guide], [procedure("QT-01", [("118/2025/NĐ-CP", [])])])
    assert kinds(impacts) == [("QT-01", "118/2025/NĐ-CP", "03/2025/TT-VPCP", "guides", "low")]


def test_parent_expired_after_law_64_2025_is_a_low_review():
    guide = document("01/2018/TT-VPCP", doc_type="Thông tư", relations=[relation("guides", "61/2018/NĐ-CP")])
    impacts = analyze([OLD, REPLACING, guide], [procedure("QT-01", [("01/2018/TT-VPCP", [])])])
    assert kinds(impacts) == [("QT-01", "01/2018/TT-VPCP", "118/2025/NĐ-CP", "parent_expired", "low")]


def test_parent_expired_before_law_64_2025_is_high():
    parent = document("110/2004/NĐ-CP")
    successor = document("30/2020/NĐ-CP", effective="2020-03-05", relations=[relation("replaces", "110/2004/NĐ-CP")])
    guide = document("14/2005/TT-BNV", doc_type="Thông tư", relations=[relation("guides", "110/2004/NĐ-CP")])
    impacts = analyze([parent, successor, guide], [procedure("QT-01", [("14/2005/TT-BNV", [])])])
    assert kinds(impacts) == [("QT-01", "14/2005/TT-BNV", "30/2020/NĐ-CP", "parent_expired", "high")]


def test_expired_status_without_known_successor_still_gives_a_task():
    lone = document("42/2022/NĐ-CP", status="expired", expires="2026-07-01")
    impacts = analyze([lone], [procedure("QT-01", [("42/2022/NĐ-CP", [])])])
    assert kinds(impacts) == [("QT-01", "42/2022/NĐ-CP", "42/2022/NĐ-CP", "expires", "high")]
    assert "hết hiệu lực" in impacts[0].evidence


def test_whole_document_citation_wins_over_pinpoints():
    proc = procedure("QT-01", [("61/2018/NĐ-CP", ["Điều 5"]), ("61/2018/NĐ-CP", [])])
    assert cited_documents(proc)["61/2018/NĐ-CP"][0] == ()
    proc = procedure("QT-02", [("61/2018/NĐ-CP", ["Điều 5"]), ("61/2018/NĐ-CP", ["Điều 6"])])
    assert cited_documents(proc)["61/2018/NĐ-CP"][0] == ("Điều 5", "Điều 6")


def test_impact_keys_are_stable_and_distinct():
    procedures = [procedure("QT-01", [("61/2018/NĐ-CP", [])]), procedure("QT-02", [("61/2018/NĐ-CP", [])])]
    first = [i.key for i in analyze([OLD, AMENDING, REPLACING], procedures)]
    second = [i.key for i in analyze([OLD, AMENDING, REPLACING], procedures)]
    assert first == second and len(set(first)) == len(first) == 4


def test_partly_expired_status_without_known_amendment_is_a_partial_repeal():
    partly = document("20/2008/NĐ-CP", status="partly_expired")
    impacts = analyze([partly], [procedure("QT-01", [("20/2008/NĐ-CP", [])]),
                                 procedure("QT-02", [("20/2008/NĐ-CP", ["Điều 8"])])])
    assert kinds(impacts) == [("QT-01", "20/2008/NĐ-CP", "20/2008/NĐ-CP", "repeals", "medium"),
                              ("QT-02", "20/2008/NĐ-CP", "20/2008/NĐ-CP", "repeals", "high")]


def test_status_explained_by_a_known_change_gives_no_second_task():
    replaced = replace(OLD, status="expired")
    impacts = analyze([replaced, REPLACING], [procedure("QT-01", [("61/2018/NĐ-CP", [])])])
    assert [i.change for i in impacts] == ["replaces"]


def test_amendments_and_guidance_in_force_before_the_procedure_was_issued_are_known():
    guide = document("01/2018/TT-VPCP", effective="2018-11-22", relations=[relation("guides", "61/2018/NĐ-CP")])
    partial = document("99/2020/NĐ-CP", effective="2020-01-01", relations=[relation("repeals", "61/2018/NĐ-CP", ["Điều 9"])])
    written_2022 = replace(procedure("QT-01", [("61/2018/NĐ-CP", [])]), issued="2022-05-01")
    impacts = analyze([OLD, AMENDING, REPLACING, guide, partial], [written_2022])
    # the 2021 amendment, the 2018 guidance and the 2020 partial repeal predate the procedure;
    # the 2025 replacement does not
    assert kinds(impacts) == [("QT-01", "61/2018/NĐ-CP", "118/2025/NĐ-CP", "replaces", "high")]


def test_citing_a_document_already_replaced_when_the_procedure_was_issued_is_still_a_task():
    written_2026 = replace(procedure("QT-01", [("61/2018/NĐ-CP", [])]), issued="2026-01-10")
    assert kinds(analyze([OLD, REPLACING], [written_2026])) == [
        ("QT-01", "61/2018/NĐ-CP", "118/2025/NĐ-CP", "replaces", "high")]


def test_a_law_named_in_a_cited_documents_title_is_not_relied_on():
    from impact.ingest import parse_procedure
    from nlp.resolve import KnownDocument, Resolver

    resolver = Resolver([KnownDocument("01/2013/NĐ-CP", "Nghị định", "Chính phủ", "Quy định chi tiết thi hành một số "
                                       "điều của Luật Lưu trữ", "2013-01-03"),
                         KnownDocument("01/2011/QH13", "Luật", "Quốc hội", "Luật Lưu trữ", "2011-11-11")])
    text = ("Căn cứ pháp lý\n- Nghị định số 01/2013/NĐ-CP ngày 03/01/2013 của Chính phủ quy định chi tiết thi hành "
            "một số điều của Luật Lưu trữ;\n")
    proc = parse_procedure(text, agency="Sở Nội vụ", file_name="QT-01.md", resolver=resolver)
    assert [(c.citation.surface, c.citation.in_title) for c in proc.citations] == [
        ("Nghị định số 01/2013/NĐ-CP", False), ("Luật Lưu trữ", True)]
    assert list(cited_documents(proc)) == ["01/2013/NĐ-CP"]
    # Cited on its own line, the same law is relied on.
    proc = parse_procedure(text + "- Luật Lưu trữ năm 2011;\n", agency="Sở Nội vụ", file_name="QT-01.md",
                           resolver=resolver)
    assert sorted(cited_documents(proc)) == ["01/2011/QH13", "01/2013/NĐ-CP"]
