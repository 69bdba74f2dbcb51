"""Tables of (title, body, expected relations as (type, target, articles))."""
import pytest

from nlp.relations import extract_relations

CASES = [
    pytest.param(
        "Sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ",
        "",
        [("amends", "61/2018/NĐ-CP", ())],
        id="title-amends",
    ),
    pytest.param(
        "Quy định chi tiết một số điều của Luật Đất đai",
        "",
        [("guides", "Luật Đất đai", ())],
        id="title-guides-by-name",
    ),
    pytest.param(
        None,
        "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n"
        "Căn cứ Nghị định số 73/2026/NĐ-CP ngày 10 tháng 3 năm 2026 của Chính phủ quy định chi tiết một số điều của Luật Ngân sách nhà nước;",
        [("based_on", "63/2025/QH15", ()), ("based_on", "73/2026/NĐ-CP", ())],
        id="based-on-skips-descriptions",
    ),
    pytest.param(
        None,
        "Căn cứ Luật Xử lý vi phạm hành chính số 15/2012/QH13 được sửa đổi, bổ sung bởi Luật số 67/2020/QH14 và Luật số 88/2025/QH15;",
        [("based_on", "15/2012/QH13", ()), ("based_on", "67/2020/QH14", ()), ("based_on", "88/2025/QH15", ())],
        id="based-on-with-amendments",
    ),
    pytest.param(
        "Sửa đổi, bổ sung một số điều của Nghị định số 10/2022/NĐ-CP",
        "Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 10/2022/NĐ-CP\n"
        "1. Sửa đổi, bổ sung khoản 3 Điều 3 như sau:\n“3. Nội dung mới theo Nghị định số 99/2020/NĐ-CP.”\n"
        "2. Bãi bỏ Điều 5.\n",
        [("amends", "10/2022/NĐ-CP", ()), ("amends", "10/2022/NĐ-CP", ("khoản 3 Điều 3",)),
         ("repeals", "10/2022/NĐ-CP", ("Điều 5",))],
        id="article-level-amendments",
    ),
    pytest.param(
        None,
        "1. Nghị định này có hiệu lực thi hành từ ngày 01 tháng 3 năm 2027 và thay thế Nghị định số 51/2025/NĐ-CP "
        "ngày 01 tháng 3 năm 2025 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 10/2022/NĐ-CP.",
        [("replaces", "51/2025/NĐ-CP", ())],
        id="replaces-not-the-described-one",
    ),
    pytest.param(
        None,
        "2. Nghị định số 110/2004/NĐ-CP ngày 08 tháng 4 năm 2004 của Chính phủ về công tác văn thư và Nghị định số "
        "09/2010/NĐ-CP ngày 08 tháng 02 năm 2010 của Chính phủ sửa đổi, bổ sung một số điều trong Nghị định số "
        "110/2004/NĐ-CP hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành.",
        [("expires", "110/2004/NĐ-CP", ()), ("expires", "09/2010/NĐ-CP", ())],
        id="expires-without-describing-amendment",
    ),
    pytest.param(
        None,
        "3. Trường hợp văn bản dẫn chiếu được sửa đổi, bổ sung hoặc thay thế thì thực hiện theo văn bản mới.",
        [],
        id="generic-referral-clause",
    ),
    pytest.param(
        None,
        "2. Bãi bỏ các Thông tư sau:\na) Thông tư số 44/2011/TT-BGDĐT ngày 10 tháng 10 năm 2011;\n"
        "b) Thông tư số 11/2013/TT-BGDĐT ngày 29 tháng 3 năm 2013 sửa đổi Thông tư số 44/2011/TT-BGDĐT.\n",
        [("repeals", "44/2011/TT-BGDĐT", ()), ("repeals", "11/2013/TT-BGDĐT", ())],
        id="list-after-colon",
    ),
    pytest.param(
        None,
        "Bãi bỏ cụm từ \"(được sửa đổi tại Điều 1 Nghị định số 51/2025/NĐ-CP)\" tại khoản 8 Điều 1 Nghị định số 175/2025/NĐ-CP.",
        [("repeals", "175/2025/NĐ-CP", ("khoản 8 Điều 1",))],
        id="repeal-a-phrase",
    ),
    pytest.param(
        None,
        "Nghị định này quy định chi tiết khoản 3 Điều 5 và Điều 7 của Luật Đầu tư số 61/2020/QH14.",
        [("guides", "61/2020/QH14", ("khoản 3 Điều 5", "Điều 7"))],
        id="guides-articles",
    ),
    pytest.param(
        None,
        "Các văn bản được thay thế bởi Nghị định số 118/2025/NĐ-CP vẫn được áp dụng.",
        [],
        id="passive-is-not-own",
    ),
]


@pytest.mark.parametrize("title, body, expected", CASES)
def test_relations(title, body, expected):
    got = [(r.type, r.target, r.articles) for r in extract_relations(body, title=title)]
    assert got == expected


def test_evidence_and_effective_date():
    body = "Nghị định số 61/2018/NĐ-CP hết hiệu lực kể từ ngày 01 tháng 7 năm 2025."
    (relation,) = extract_relations(body)
    assert relation.evidence == body
    assert relation.effective == "2025-07-01"
