import pytest

from nlp.numbers import canonical_number, type_of_number

CANONICAL = [
    ("61/2018/NĐ-CP", "61/2018/NĐ-CP"),
    ("61/2018/ND-CP", "61/2018/NĐ-CP"),
    ("61/2018/N\u00d0-CP", "61/2018/NĐ-CP"),
    ("61 /2018/ NĐ - CP", "61/2018/NĐ-CP"),
    ("61/2018/nđ-cp", "61/2018/NĐ-CP"),
    ("09/2026NQ-HĐND", "09/2026/NQ-HĐND"),
    ("09/2026/NQ-HDND", "09/2026/NQ-HĐND"),
    ("101/QĐ-TTg", "101/QĐ-TTg"),
    ("101/QD-TTG", "101/QĐ-TTg"),
    ("1/2018/TT-VPCP", "01/2018/TT-VPCP"),
    ("25/2006/QĐ/BGD&ĐT", "25/2006/QĐ-BGDĐT"),
    ("04/2015/TT-BKHDT", "04/2015/TT-BKHĐT"),
    ("191/2014/TTLT-BTC-BTP", "191/2014/TTLT-BTC-BTP"),
    ("05/2015/TTLT-BTP-BCA-BYT", "05/2015/TTLT-BTP-BCA-BYT"),
    ("45/2013/QH13", "45/2013/QH13"),
    ("22/2023/QH 15", "22/2023/QH15"),
    ("193/2025/QHI5", "193/2025/QH15"),
    ("01/2012/UBTVQH13", "01/2012/UBTVQH13"),
    ("12/2015/L-CTN", "12/2015/L-CTN"),
    ("58-CP", "58-CP"),
    ("31/CP", "31/CP"),
    ("130/CP", "130/CP"),
    ("217-HĐBT", "217-HĐBT"),
    ("16-NQ/TW", "16-NQ/TW"),
    ("05-CT/TƯ", "05-CT/TW"),
    ("18-L/CTN", "18-L/CTN"),
    ("66.14/2026/NQ-CP", "66.14/2026/NQ-CP"),
    ("10/2026/VBHN-BNV", "10/2026/VBHN-BNV"),
    ("01/VBHN-VPQH", "01/VBHN-VPQH"),
    ("1234/BTC-TCT", "1234/BTC-TCT"),
    ("123/KH-UBND", "123/KH-UBND"),
]

NOT_NUMBERS = ["04a/ĐK", "01/MGTH", "9001:2015", "15/01/2022", "01-TT", "2/3", "Điều 5", "", "QH13"]


@pytest.mark.parametrize("raw, expected", CANONICAL)
def test_canonical_number(raw, expected):
    assert canonical_number(raw) == expected


@pytest.mark.parametrize("raw", NOT_NUMBERS)
def test_not_a_document_number(raw):
    assert canonical_number(raw) is None


@pytest.mark.parametrize(
    "number, doc_type",
    [
        ("61/2018/NĐ-CP", "Nghị định"),
        ("101/QĐ-TTg", "Quyết định"),
        ("191/2014/TTLT-BTC-BTP", "Thông tư liên tịch"),
        ("10/2026/VBHN-BNV", "Văn bản hợp nhất"),
        ("16-NQ/TW", "Nghị quyết"),
        ("45/2013/QH13", None),  # laws and National Assembly resolutions share the code
    ],
)
def test_type_of_number(number, doc_type):
    assert type_of_number(number) == doc_type
