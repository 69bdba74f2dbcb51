"""Laws named inside a cited document's title (trích yếu) are citations flagged `in_title`: the
text names them as part of that title and does not rely on them; names cited on their own,
amending laws included, are one citation each, not flagged."""
import pytest

from nlp.citations import extract_citations


def cited(text):
    """The citations not flagged in_title."""
    return [(c.surface, c.number, c.title_hint, c.year) for c in extract_citations(text) if not c.in_title]


def in_titles(text):
    return [c.surface for c in extract_citations(text) if c.in_title]


# (text, the citations expected: surface, number, title_hint, year)
TITLE_MENTIONS = [
    ("- Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ quy định chi tiết một số điều và biện pháp thi "
     "hành Luật Xây dựng về quản lý hoạt động xây dựng;",
     [("Nghị định số 175/2024/NĐ-CP", "175/2024/NĐ-CP", None, 2024)]),
    ("- Nghị định số 01/2013/NĐ-CP ngày 03/01/2013 của Chính phủ quy định chi tiết thi hành một số điều của Luật Lưu trữ;",
     [("Nghị định số 01/2013/NĐ-CP", "01/2013/NĐ-CP", None, 2013)]),
    ("- Luật số 62/2020/QH14 ngày 17/6/2020 sửa đổi, bổ sung một số điều của Luật Xây dựng;",
     [("Luật số 62/2020/QH14", "62/2020/QH14", None, 2020)]),
    # A title naming several laws, an amending law among them, and a numbered document (kept).
    ("Nghị định số 100/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính phủ quy định chi tiết và hướng dẫn thi hành "
     "một số điều của Luật sửa đổi, bổ sung một số điều của Luật Thuế giá trị gia tăng, Luật Thuế tiêu thụ đặc "
     "biệt và Luật Quản lý thuế;",
     [("Nghị định số 100/2016/NĐ-CP", "100/2016/NĐ-CP", None, 2016)]),
    ("- Thông tư số 15/2015/TT-BTP ngày 16/11/2015 của Bộ Tư pháp quy định chi tiết thi hành một số điều của Luật "
     "Hộ tịch và Nghị định số 123/2015/NĐ-CP;",
     [("Thông tư số 15/2015/TT-BTP", "15/2015/TT-BTP", None, 2015),
      ("Nghị định số 123/2015/NĐ-CP", "123/2015/NĐ-CP", None, 2015)]),
    # pháp điển: the title follows the number, capitalised, with the date after it.
    ("(Điều 1 Nghị định số 111/2010/NĐ-CP Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Lý lịch tư "
     "pháp ngày 23/11/2010 của Chính phủ, có hiệu lực thi hành kể từ ngày 10/01/2011)",
     [("Nghị định số 111/2010/NĐ-CP", "111/2010/NĐ-CP", None, 2010)]),
    ("của Luật 41/2019/QH14 Luật thi hành án hình sự ban hành ngày 14/06/2019;",
     [("Luật 41/2019/QH14", "41/2019/QH14", None, 2019)]),
    # OCR wraps a title across lines.
    ("a) Nghị định số 126/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính\nphủ quy định chi tiết một số điều của Luật Quản\nlý thuế;",
     [("Nghị định số 126/2020/NĐ-CP", "126/2020/NĐ-CP", None, 2020)]),
    ("- **Nghị quyết 254/2025/QH15** (Quốc hội, 11/12/2025) - Cơ chế, chính sách tháo gỡ khó khăn, vướng mắc trong "
     "tổ chức thi hành Luật Đất đai.",
     [("Nghị quyết 254/2025/QH15", "254/2025/QH15", None, 2025)]),
]

OWN_CITATIONS = [
    # The title ends at a semicolon, a new list item, a sentence end.
    ("- Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư; Luật Lưu trữ năm 2011.",
     [("Nghị định số 30/2020/NĐ-CP", "30/2020/NĐ-CP", None, 2020), ("Luật Lưu trữ năm 2011", None, "Luật Lưu trữ năm 2011", 2011)]),
    ("- Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;\n- Luật Lưu trữ năm 2011;",
     [("Nghị định số 30/2020/NĐ-CP", "30/2020/NĐ-CP", None, 2020), ("Luật Lưu trữ năm 2011", None, "Luật Lưu trữ năm 2011", 2011)]),
    ("Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;", [("Luật Đất đai", None, "Luật Đất đai", 2013)]),
    # Coordination joins siblings: 'và' or a comma before a capital right after the citation.
    ("Nghị định số 43/2014/NĐ-CP và Luật Đất đai năm 2013",
     [("Nghị định số 43/2014/NĐ-CP", "43/2014/NĐ-CP", None, 2014), ("Luật Đất đai năm 2013", None, "Luật Đất đai năm 2013", 2013)]),
    ("theo Nghị định số 43/2014/NĐ-CP ngày 15/5/2014 của Chính phủ, Luật Đất đai năm 2013",
     [("Nghị định số 43/2014/NĐ-CP", "43/2014/NĐ-CP", None, 2014), ("Luật Đất đai năm 2013", None, "Luật Đất đai năm 2013", 2013)]),
    # 'được sửa đổi, bổ sung bởi' ends the title: what follows amended the document.
    ("Luật Đất đai số 45/2013/QH13 được sửa đổi, bổ sung bởi Luật sửa đổi, bổ sung một số điều của 37 luật có liên "
     "quan đến quy hoạch năm 2018;",
     [("Luật Đất đai số 45/2013/QH13", "45/2013/QH13", "Luật Đất đai", 2013),
      ("Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch năm 2018", None,
       "Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch năm 2018", 2018)]),
    # A title names only documents no newer than its own.
    ("Nghị quyết số 29/2026/QH16 của Quốc hội về cơ chế xử lý vi phạm trước khi Luật Đất đai năm 2030 có hiệu lực",
     [("Nghị quyết số 29/2026/QH16", "29/2026/QH16", None, 2026), ("Luật Đất đai năm 2030", None, "Luật Đất đai năm 2030", 2030)]),
    # 'thì' goes on with the sentence.
    ("Trường hợp Nghị định số 43/2014/NĐ-CP không quy định thì áp dụng Luật Đất đai năm 2013.",
     [("Nghị định số 43/2014/NĐ-CP", "43/2014/NĐ-CP", None, 2014), ("Luật Đất đai năm 2013", None, "Luật Đất đai năm 2013", 2013)]),
    # A self-reference is no numbered citation: the guided law is a citation.
    ("Nghị định này quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch.",
     [("Luật Hộ tịch", None, "Luật Hộ tịch", None)]),
    ("_Căn cứ Luật bảo vệ sức khỏe nhân dân ngày 30 tháng 6 năm 1989;_",
     [("Luật bảo vệ sức khỏe nhân dân", None, "Luật bảo vệ sức khỏe nhân dân", 1989)]),
    ("_Căn cứ Pháp lệnh giá năm 2002;_", [("Pháp lệnh giá năm 2002", None, "Pháp lệnh giá năm 2002", 2002)]),
    ("Luật sư có quyền; Luật mới năm 2024 quy định", []),
]

AMENDING_LAWS = [
    ("- Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức năm 2019;",
     "Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức năm 2019", 2019),
    ("- Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật năm 2020;",
     "Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật năm 2020", 2020),
    ("- Luật Xây dựng năm 2014; Luật sửa đổi, bổ sung một số điều của Luật Xây dựng năm 2020;",
     "Luật sửa đổi, bổ sung một số điều của Luật Xây dựng năm 2020", 2020),
    ("Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Cư trú ngày 20 tháng 6 năm 2013;",
     "Luật Sửa đổi, bổ sung một số điều của Luật Cư trú", 2013),
    ("- Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch năm 2018;",
     "Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch năm 2018", 2018),
    ("Căn cứ Luật sửa đổi, bổ sung một số điều của 11 luật về quân sự, quốc phòng năm 2025;",
     "Luật sửa đổi, bổ sung một số điều của 11 luật về quân sự, quốc phòng năm 2025", 2025),
    ("- Luật sửa đổi, bổ sung Điều 6 và Phụ lục 4 về Danh mục ngành, nghề đầu tư kinh doanh có điều kiện của Luật "
     "Đầu tư năm 2016;",
     "Luật sửa đổi, bổ sung Điều 6 và Phụ lục 4 về Danh mục ngành, nghề đầu tư kinh doanh có điều kiện của Luật Đầu "
     "tư năm 2016", 2016),
    ("- Luật sửa đổi, bổ sung một số điều của Luật Đầu tư công, Luật Đầu tư theo phương thức đối tác công tư, Luật "
     "Đầu tư, Luật Nhà ở, Luật Đấu thầu, Luật Điện lực, Luật Doanh nghiệp, Luật Thuế tiêu thụ đặc biệt và Luật Thi "
     "hành án dân sự năm 2022;",
     "Luật sửa đổi, bổ sung một số điều của Luật Đầu tư công, Luật Đầu tư theo phương thức đối tác công tư, Luật Đầu "
     "tư, Luật Nhà ở, Luật Đấu thầu, Luật Điện lực, Luật Doanh nghiệp, Luật Thuế tiêu thụ đặc biệt và Luật Thi hành "
     "án dân sự năm 2022", 2022),
]


# The laws each text of TITLE_MENTIONS names in a title, flagged in_title.
FLAGGED = [
    ["Luật Xây dựng"],
    ["Luật Lưu trữ"],
    ["Luật Xây dựng"],
    ["Luật sửa đổi, bổ sung một số điều của Luật Thuế giá trị gia tăng, Luật Thuế tiêu thụ đặc biệt và Luật Quản lý thuế"],
    ["Luật Hộ tịch"],
    ["Luật Lý lịch tư pháp"],
    ["Luật thi hành án hình sự"],
    ["Luật Quản\nlý thuế"],
    ["Luật Đất đai"],
]


@pytest.mark.parametrize("text, expected", TITLE_MENTIONS + OWN_CITATIONS)
def test_title_mentions(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, flagged", [(text, f) for (text, _), f in zip(TITLE_MENTIONS, FLAGGED)])
def test_title_mentions_are_emitted_flagged(text, flagged):
    assert in_titles(text) == flagged
    assert all(c["surface"] for c in (x.to_json() for x in extract_citations(text)))
    assert all("in_title" not in c.to_json() for c in extract_citations(text))


@pytest.mark.parametrize("text", [text for text, _ in OWN_CITATIONS])
def test_own_citations_are_not_flagged(text):
    assert in_titles(text) == []


@pytest.mark.parametrize("text, name, year", AMENDING_LAWS)
def test_amending_law_is_one_citation(text, name, year):
    amending = [c for c in extract_citations(text) if c.title_hint and "sửa đổi" in c.title_hint.lower()]
    assert [(c.surface, c.number, c.title_hint, c.year) for c in amending] == [(name, None, name, year)]


def test_bracket_closing_the_line_points_into_the_lines_document():
    citation, law = extract_citations(
        "- Nghị định số 31/2019/NĐ-CP ngày 10/4/2019 của Chính phủ quy định chi tiết một số điều và biện pháp tổ "
        "chức thi hành Luật Tố cáo (Điều 4, Điều 15);"
    )
    assert (citation.number, citation.articles) == ("31/2019/NĐ-CP", ("Điều 4", "Điều 15"))
    assert (law.title_hint, law.articles, law.in_title) == ("Luật Tố cáo", (), True)


def test_spacy_pipeline_flags_title_mentions():
    from nlp.pipeline import make_pipeline

    nlp = make_pipeline()
    doc = nlp("- Luật số 62/2020/QH14 ngày 17/6/2020 sửa đổi, bổ sung một số điều của Luật Xây dựng;")
    spans = doc.spans["citations"]
    assert [(span._.number, span._.title_hint, span._.in_title) for span in spans] == [
        ("62/2020/QH14", None, False), (None, "Luật Xây dựng", True)]
