import pytest

from nlp.citations import extract_citations
from nlp.resolve import KnownDocument, Resolver

REGISTRY = [
    KnownDocument("45/2013/QH13", "Luật", "Quốc hội", "Luật Đất đai", "2013-11-29"),
    KnownDocument("31/2024/QH15", "Luật", "Quốc hội", "Luật Đất đai", "2024-01-18"),
    KnownDocument("91/2015/QH13", "Bộ luật", "Quốc hội", "Bộ luật Dân sự", "2015-11-24"),
    KnownDocument("77/2015/QH13", "Luật", "Quốc hội", "Luật Tổ chức chính quyền địa phương", "2015-06-19"),
    KnownDocument("72/2025/QH15", "Luật", "Quốc hội", "Luật Tổ chức chính quyền địa phương", "2025-06-16"),
    KnownDocument("80/2025/QH15", "Luật", "Quốc hội", "Luật Cán bộ, công chức", "2025-06-24"),
    KnownDocument("61/2018/NĐ-CP", "Nghị định", "Chính phủ", "Về thực hiện cơ chế một cửa, một cửa liên thông", "2018-04-23"),
    KnownDocument("101/QĐ-BKHCN", "Quyết định", "Bộ Khoa học và Công nghệ", "Về việc công bố Mô hình khung", "2019-01-21"),
]

CASES = [
    ("Nghị định số 61/2018/NĐ-CP", "61/2018/NĐ-CP", "exact"),
    ("Nghị định số 61/2018/ND-CP", "61/2018/NĐ-CP", "exact"),
    ("Luật Đất đai năm 2013", "45/2013/QH13", "name"),
    ("Luật Đất đai 2024", "31/2024/QH15", "name"),
    ("Luật đất đai năm 2013", "45/2013/QH13", "name"),
    ("Luật Dat dai nam 2013", "45/2013/QH13", "name"),
    ("Luật Đất đai", None, "unresolved"),              # two laws share the name: never guessed
    ("Luật Đất đai năm 2003", None, "unresolved"),     # no law of that name and year is known
    ("Bộ luật Dân sự 2015", "91/2015/QH13", "name"),
    ("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015", "77/2015/QH13", "name"),
    ("Luật Cán bộ, công chức", "80/2025/QH15", "name"),  # one law of that name is known
    ("Luật Thủy sản năm 2017", None, "unresolved"),
    ("Nghị định số 99/2099/NĐ-CP", None, "unresolved"),
]


@pytest.fixture(scope="module")
def resolver():
    return Resolver(REGISTRY)


@pytest.mark.parametrize("text, number, method", CASES)
def test_resolve(resolver, text, number, method):
    (citation,) = extract_citations(text)
    resolution = resolver.resolve(citation)
    assert (resolution.number, resolution.method) == (number, method)
    assert 0.0 <= resolution.confidence <= 1.0
    if number:
        assert resolution.confidence >= resolver.threshold


def test_canonical_match_of_registry_variants():
    resolver = Resolver([KnownDocument("61/2018/ND-CP", "Nghị định", "Chính phủ", "x", None)])
    (citation,) = extract_citations("Nghị định số 61/2018/NĐ-CP")
    resolution = resolver.resolve(citation)
    assert (resolution.number, resolution.method) == ("61/2018/ND-CP", "canonical")


def test_review_list_holds_the_unresolved(resolver):
    citations = extract_citations("Luật Đất đai; Luật Đất đai năm 2013")
    resolutions, review = resolver.resolve_all(citations)
    assert [r.number for r in resolutions] == [None, "45/2013/QH13"]
    assert review == [citations[0]]
