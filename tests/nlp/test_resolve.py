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


AMENDING_REGISTRY = [
    KnownDocument("22/2008/QH12", "Luật", "Quốc hội", "Luật Cán bộ, công chức", "2008-11-13"),
    KnownDocument("58/2010/QH12", "Luật", "Quốc hội", "Luật Viên chức", "2010-11-15"),
    KnownDocument("52/2019/QH14", "Luật", "Quốc hội",
                  "Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức", "2019-11-25"),
    KnownDocument("80/2015/QH13", "Luật", "Quốc hội", "Luật Ban hành văn bản quy phạm pháp luật", "2015-06-22"),
    KnownDocument("63/2020/QH14", "Luật", "Quốc hội",
                  "Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật", "2020-06-18"),
    KnownDocument("87/2025/QH15", "Luật", "Quốc hội",
                  "Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật", "2025-06-25"),
    KnownDocument("50/2014/QH13", "Luật", "Quốc hội", "Luật Xây dựng", "2014-06-18"),
    KnownDocument("62/2020/QH14", "Luật", "Quốc hội", "Luật sửa đổi, bổ sung một số điều của Luật Xây dựng", "2020-06-17"),
    KnownDocument("36/2013/QH13", "Luật", "Quốc hội", "Luật sửa đổi, bổ sung một số điều của Luật Cư trú", "2013-06-20"),
    KnownDocument("35/2018/QH14", "Luật", "Quốc hội",
                  "Sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch", "2018-11-20"),
    KnownDocument("45/2013/QH13", "Luật", "Quốc hội", "Luật Đất đai", "2013-11-29"),
    KnownDocument("31/2024/QH15", "Luật", "Quốc hội", "Luật Đất đai", "2024-01-18"),
    KnownDocument("43/2014/NĐ-CP", "Nghị định", "Chính phủ", "Quy định chi tiết thi hành một số điều của Luật Đất đai",
                  "2014-05-15"),
]

AMENDING_CASES = [
    ("Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức năm 2019", "52/2019/QH14"),
    ("Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức", "52/2019/QH14"),
    ("Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật năm 2020", "63/2020/QH14"),
    ("Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật", None),  # 2020 or 2025
    ("Luật sửa đổi, bổ sung một số điều của Luật Xây dựng năm 2020", "62/2020/QH14"),
    ("Luật Sửa đổi, bổ sung một số điều của Luật Xây dựng ngày 17 tháng 6 năm 2020", "62/2020/QH14"),
    # Common words misspelt: still the amending law, compared on the amended law's name.
    ("Luật sửa đổi, bổ sung một số điu của Luật Xây dưng năm 2020", "62/2020/QH14"),
    # Never the amended law, never another law's amending law of the same year.
    ("Luật sửa đổi, bổ sung một số điều của Luật Xây dựng năm 2014", None),
    ("Luật sửa đổi, bổ sung một số điều của Luật Xây dựng năm 2013", None),
    ("Luật sửa đổi, bổ sung một số điều của Luật Đất đai năm 2013", None),
    ("Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch năm 2018", "35/2018/QH14"),
    ("Luật sửa đổi, bổ sung một số điều của các luật có liên quan đến quy hoạch năm 2018", "35/2018/QH14"),
    # Plain names: the year decides; without it two laws of one name stay unresolved.
    ("Luật Xây dựng năm 2014", "50/2014/QH13"),
    ("Luật Xây dựng năm 2020", None),
    ("Luật Đất đai năm 2013", "45/2013/QH13"),
    ("Luật Đất đai", None),
    ("Luật Đất đại năm 2024", "31/2024/QH15"),
    ("Luật Cán bộ, công chức", "22/2008/QH12"),
    ("Luật Viên chức ngày 15 tháng 11 năm 2010", "58/2010/QH12"),
]


@pytest.mark.parametrize("text, number", AMENDING_CASES)
def test_amending_laws_and_years(text, number):
    resolver = Resolver(AMENDING_REGISTRY)
    (citation,) = extract_citations(text)
    assert resolver.resolve(citation).number == number


def test_fuzzy_look_up_without_year_scores_only_names_sharing_a_word():
    # A large registry of other laws must not change the answer (blocking), only the work done.
    extra = [KnownDocument(f"{i}/2001/QH10", "Luật", "Quốc hội", f"Luật Thử nghiệm số {i} về quản lý", "2001-01-01")
             for i in range(3000)]
    resolver = Resolver(AMENDING_REGISTRY + extra)
    for text, number in AMENDING_CASES:
        (citation,) = extract_citations(text)
        assert resolver.resolve(citation).number == number, text
