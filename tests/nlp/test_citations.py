"""Tables of (text, expected citations): surface, number, type, title_hint, articles, issued, issuer."""
import unicodedata

import pytest

from nlp.citations import extract_citations


def summary(text):
    return [(c.surface, c.number, c.doc_type) for c in extract_citations(text)]


NUMBERS = [
    ("Căn cứ Nghị định số 61/2018/NĐ-CP;", [("Nghị định số 61/2018/NĐ-CP", "61/2018/NĐ-CP", "Nghị định")]),
    ("theo Nghị định 61/2018/ND-CP", [("Nghị định 61/2018/ND-CP", "61/2018/NĐ-CP", "Nghị định")]),
    ("Thông tư số: 01/2018/TT-VPCP", [("Thông tư số: 01/2018/TT-VPCP", "01/2018/TT-VPCP", "Thông tư")]),
    ("Quyết định 101/QĐ-TTg ngày", [("Quyết định 101/QĐ-TTg", "101/QĐ-TTg", "Quyết định")]),
    ("Nghị quyết số 09/2026NQ-HĐND", [("Nghị quyết số 09/2026NQ-HĐND", "09/2026/NQ-HĐND", "Nghị quyết")]),
    ("Thông tư liên tịch số 191/2014/TTLT-BTC-BTP", [("Thông tư liên tịch số 191/2014/TTLT-BTC-BTP", "191/2014/TTLT-BTC-BTP", "Thông tư liên tịch")]),
    ("Luật số 67/2020/QH14", [("Luật số 67/2020/QH14", "67/2020/QH14", "Luật")]),
    ("Pháp lệnh số 02/2011/UBTVQH13", [("Pháp lệnh số 02/2011/UBTVQH13", "02/2011/UBTVQH13", "Pháp lệnh")]),
    ("Lệnh số 12/2015/L-CTN", [("Lệnh số 12/2015/L-CTN", "12/2015/L-CTN", "Lệnh")]),
    ("Nghị định 58-CP và Nghị định số 31/CP", [("Nghị định 58-CP", "58-CP", "Nghị định"), ("Nghị định số 31/CP", "31/CP", "Nghị định")]),
    ("Nghị quyết số 16-NQ/TW của Bộ Chính trị", [("Nghị quyết số 16-NQ/TW", "16-NQ/TW", "Nghị quyết")]),
    ("Nghị quyết số 66.14/2026/NQ-CP", [("Nghị quyết số 66.14/2026/NQ-CP", "66.14/2026/NQ-CP", "Nghị quyết")]),
    ("Văn bản hợp nhất số 10/2026/VBHN-BNV", [("Văn bản hợp nhất số 10/2026/VBHN-BNV", "10/2026/VBHN-BNV", "Văn bản hợp nhất")]),
    ("Chỉ thị số 05/CT-TTg", [("Chỉ thị số 05/CT-TTg", "05/CT-TTg", "Chỉ thị")]),
    ("Kế hoạch số 123/KH-UBND", [("Kế hoạch số 123/KH-UBND", "123/KH-UBND", "Kế hoạch")]),
    ("Hướng dẫn số 01/HD-BTC", [("Hướng dẫn số 01/HD-BTC", "01/HD-BTC", "Hướng dẫn")]),
    ("Công văn số 1234/BTC-TCT", [("Công văn số 1234/BTC-TCT", "1234/BTC-TCT", "Công văn")]),
    ("Nghị định số 61 /2018/ NĐ - CP", [("Nghị định số 61 /2018/ NĐ - CP", "61/2018/NĐ-CP", "Nghị định")]),
    ("nghị định số 61/2018/nđ-cp", [("nghị định số 61/2018/nđ-cp", "61/2018/NĐ-CP", "Nghị định")]),
    ("Quyết định số 25/2006/QĐ/BGD&ĐT", [("Quyết định số 25/2006/QĐ/BGD&ĐT", "25/2006/QĐ-BGDĐT", "Quyết định")]),
    ("Nghị định số 61/2018/N\u00d0-CP", [("Nghị định số 61/2018/NĐ-CP", "61/2018/NĐ-CP", "Nghị định")]),
    ("bare 107/2021/NĐ-CP here", [("107/2021/NĐ-CP", "107/2021/NĐ-CP", "Nghị định")]),
]

LISTS = [
    ("các Nghị định số 61/2018/NĐ-CP, 107/2021/NĐ-CP",
     [("Nghị định số 61/2018/NĐ-CP", "61/2018/NĐ-CP", "Nghị định"), ("107/2021/NĐ-CP", "107/2021/NĐ-CP", "Nghị định")]),
    ("Luật số 32/2013/QH13, 46/2014/QH13 và 97/2025/QH15",
     [("Luật số 32/2013/QH13", "32/2013/QH13", "Luật"), ("46/2014/QH13", "46/2014/QH13", "Luật"), ("97/2025/QH15", "97/2025/QH15", "Luật")]),
]

NAMES = [
    ("Luật Đất đai năm 2013", [("Luật Đất đai năm 2013", None, "Luật", "Luật Đất đai năm 2013", 2013)]),
    ("theo Bộ luật Dân sự 2015.", [("Bộ luật Dân sự 2015", None, "Bộ luật", "Bộ luật Dân sự 2015", 2015)]),
    ("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
     [("Luật Tổ chức chính quyền địa phương", None, "Luật", "Luật Tổ chức chính quyền địa phương", 2015)]),
    ("Căn cứ Luật Cán bộ, công chức và Luật Viên chức;",
     [("Luật Cán bộ, công chức", None, "Luật", "Luật Cán bộ, công chức", None),
      ("Luật Viên chức", None, "Luật", "Luật Viên chức", None)]),
    ("Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;",
     [("Luật Tổ chức Chính phủ số 63/2025/QH15", "63/2025/QH15", "Luật", "Luật Tổ chức Chính phủ", 2025)]),
    ("Căn cứ Luật Luật sư số 65/2006/QH11;",
     [("Luật Luật sư số 65/2006/QH11", "65/2006/QH11", "Luật", "Luật Luật sư", 2006)]),
    ("và Luật sửa đổi, bổ sung một số điều của Luật Thi hành án dân sự số 26/2025/QH15;",
     [("Luật sửa đổi, bổ sung một số điều của Luật Thi hành án dân sự số 26/2025/QH15", "26/2025/QH15", "Luật",
       "Luật sửa đổi, bổ sung một số điều của Luật Thi hành án dân sự", 2025)]),
    ("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
     [("Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam", None, "Hiến pháp", "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam", None)]),
    ("Pháp lệnh Phí và lệ phí năm 2001", [("Pháp lệnh Phí và lệ phí năm 2001", None, "Pháp lệnh", "Pháp lệnh Phí và lệ phí năm 2001", 2001)]),
]

NOT_CITATIONS = [
    "Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
    "kê khai theo Mẫu số 04a/ĐK ban hành kèm theo",
    "Mẫu số 01-TT; số tiền 1.000.000 đồng; điện thoại 0243.823.456",
    "theo quy định tại Điều 5 Luật này và khoản 2 Điều 3 Nghị định này",
    "Luật sư có quyền; luật quy định; Hiến pháp và pháp luật",
    "ngày 15/01/2022, tỷ lệ 2/3 số thành viên",
    "QCVN 01:2009/BYT",
]


@pytest.mark.parametrize("text, expected", NUMBERS + LISTS)
def test_numbers(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize("text, expected", NAMES)
def test_names(text, expected):
    got = [(c.surface, c.number, c.doc_type, c.title_hint, c.year) for c in extract_citations(text)]
    assert got == expected


@pytest.mark.parametrize("text", NOT_CITATIONS)
def test_not_citations(text):
    assert extract_citations(text) == []


PINPOINTS = [
    ("theo khoản 2 Điều 9 Nghị định 61/2018/NĐ-CP", ("khoản 2 Điều 9",)),
    ("điểm a, b khoản 2 Điều 7 Thông tư số 01/2018/TT-VPCP", ("điểm a khoản 2 Điều 7", "điểm b khoản 2 Điều 7")),
    ("từ Điều 5 đến Điều 9 của Luật Đất đai năm 2013", ("Điều 5", "Điều 6", "Điều 7", "Điều 8", "Điều 9")),
    ("Mục 2 Chương III Nghị định số 61/2018/NĐ-CP", ("Mục 2 Chương III",)),
    ("điểm a khoản 1 và điểm b khoản 2 Điều 3 Nghị định số 61/2018/NĐ-CP", ("điểm a khoản 1 Điều 3", "điểm b khoản 2 Điều 3")),
    ("Nghị định số 61/2018/NĐ-CP (Điều 15, 16)", ("Điều 15", "Điều 16")),
    ("Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ, khoản 2 Điều 9;", ("khoản 2 Điều 9",)),
    ("Điều 1 Luật số 65/2006/QH11, có hiệu lực", ("Điều 1",)),
    ("Nghị định số 61/2018/NĐ-CP. Điều 5 quy định", ()),
]


@pytest.mark.parametrize("text, articles", PINPOINTS)
def test_pinpoints(text, articles):
    citations = extract_citations(text)
    assert len(citations) == 1
    assert citations[0].articles == articles


def test_pinpoint_goes_to_the_following_document():
    citations = extract_citations("Nghị định số 61/2018/NĐ-CP, Điều 5 Nghị định số 107/2021/NĐ-CP")
    assert [c.articles for c in citations] == [(), ("Điều 5",)]


DATES = [
    ("Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ", "2018-04-23", "Chính phủ"),
    ("Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ", "2018-04-23", "Chính phủ"),
    ("Nghị định số 61/2018/NĐ-CP ngày 23-04-2018", "2018-04-23", None),
    ("Nghị định số 61/2018/NĐ-CP ngày 23.4.2018", "2018-04-23", None),
    ("Quyết định số 09/2015/QĐ-TTg ngày 25 tháng 3 năm 2015 của Thủ tướng Chính phủ", "2015-03-25", "Thủ tướng Chính phủ"),
    ("Thông tư số 53/2024/TT-BQP ngày 17 tháng 9 năm 2024 của Bộ trưởng Bộ Quốc phòng", "2024-09-17", "Bộ Quốc phòng"),
    ("Quyết định số 15/2020/QĐ-UBND ngày 02/3/2020 của Ủy ban nhân dân tỉnh Đồng Nai", "2020-03-02", "Ủy ban nhân dân tỉnh Đồng Nai"),
    ("Thông tư liên tịch số 191/2014/TTLT-BTC-BTP ngày 12/12/2014 của Bộ Tài chính và Bộ Tư pháp", "2014-12-12", "Bộ Tài chính và Bộ Tư pháp"),
]


@pytest.mark.parametrize("text, issued, issuer", DATES)
def test_issue_date_and_issuer(text, issued, issuer):
    (citation,) = extract_citations(text)
    assert (citation.issued, citation.issuer) == (issued, issuer)


def test_offsets_index_normalised_text_even_for_nfd_input():
    text = unicodedata.normalize("NFD", "Căn cứ Luật Đất đai năm 2013 và Nghị định số 43/2014/NĐ-CP")
    nfc = unicodedata.normalize("NFC", text)
    citations = extract_citations(text)
    assert [nfc[c.start:c.end] for c in citations] == [c.surface for c in citations]
    assert citations == extract_citations(nfc)
