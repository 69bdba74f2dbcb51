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


# Per type, the forms the language uses; each case names what it checks.
TYPED_CASES = [
    # repeals
    pytest.param(None, "1. Bãi bỏ Chương VIII gồm các điều từ Điều 67 đến Điều 70 và Điều 105 của Luật Hôn nhân và gia đình số 22/2000/QH10.",
                 [("repeals", "22/2000/QH10", ("Chương VIII", "Điều 67", "Điều 68", "Điều 69", "Điều 70", "Điều 105"))],
                 id="repeals-parts-described-before-the-document"),
    pytest.param(None,
                 "5. Bãi bỏ một số nội dung quy định tại Nghị định số 254/2025/NĐ-CP, như sau:\n"
                 "a) Khoản 3 Điều 1; điểm e, g khoản 1 Điều 53.\n"
                 "b) Cụm từ “quyết toán khoản 9 Điều 2” tại khoản 2 Điều 48.\n"
                 "6. Trường hợp các văn bản dẫn chiếu được thay thế thì thực hiện theo văn bản mới.",
                 [("repeals", "254/2025/NĐ-CP", ("khoản 3 Điều 1", "điểm e khoản 1 Điều 53", "điểm g khoản 1 Điều 53", "khoản 2 Điều 48"))],
                 id="repeals-list-of-pinpoints-below-nhu-sau"),
    pytest.param(None, "a) Bãi bỏ một số nội dung tại Nghị định số 134/2016/NĐ-CP gồm:\nCác cụm từ sau đây.\nb) Bãi bỏ Điều 5 Thông tư số 83/2016/TT-BTC.",
                 [("amends", "134/2016/NĐ-CP", ()), ("repeals", "83/2016/TT-BTC", ("Điều 5",))],
                 id="repeals-parts-without-number-is-a-change"),
    pytest.param("Sửa đổi, bổ sung một số điều của Nghị định số 367/2025/NĐ-CP",
                 "Điều 2. Bãi bỏ khoản 9 Điều 1.",
                 [("amends", "367/2025/NĐ-CP", ()), ("repeals", "367/2025/NĐ-CP", ("khoản 9 Điều 1",))],
                 id="repeals-article-level"),
    pytest.param(None, "2. Bãi bỏ Mẫu số 01/BC/PTTE được quy định tại điểm a khoản 2 Điều 9 và Mẫu số 02/BC/VPCNNNg được quy định tại "
                       "khoản 1 Điều 10 Thông tư số 21/2011/TT-BTP ngày 21 tháng 11 năm 2011 của Bộ Tư pháp.",
                 [("repeals", "21/2011/TT-BTP", ("điểm a khoản 2 Điều 9", "khoản 1 Điều 10"))],
                 id="repeals-forms-at-pinpoints"),
    pytest.param(None, "b) Bỏ cụm từ “, dịch vụ phi hàng không” tại điểm a khoản 1 Điều 40 Nghị định số 103/2024/NĐ-CP.",
                 [("repeals", "103/2024/NĐ-CP", ("điểm a khoản 1 Điều 40",))],
                 id="repeals-bo-cum-tu"),
    pytest.param(None, "Bãi bỏ hình thức xử phạt bổ sung quy định tại điểm c khoản 3 Điều 4 (tịch thu giấy tờ) của Nghị định số 123/2024/NĐ-CP.",
                 [("repeals", "123/2024/NĐ-CP", ("điểm c khoản 3 Điều 4",))],
                 id="repeals-trigger-word-inside-the-object"),
    pytest.param(None, "2. Bãi bỏ khoản 2 Điều 3 Thông tư số 01/2023/TT-BQP của Bộ trưởng Bộ Quốc phòng quy định về đăng kiểm viên; bãi bỏ "
                       "các Điều 16, 17 và Điều 18 Quy chế ban hành theo Quyết định số 196/2006/QĐ-BQP.",
                 [("repeals", "01/2023/TT-BQP", ("khoản 2 Điều 3",)), ("repeals", "196/2006/QĐ-BQP", ("Điều 16", "Điều 17", "Điều 18"))],
                 id="repeals-second-statement-after-semicolon"),
    # replaces
    pytest.param(None, "1. Thông tư có hiệu lực thi hành từ ngày 06 tháng 10 năm 2014 và thay thế Thông tư số 294/2003/TT-BQP.",
                 [("replaces", "294/2003/TT-BQP", ())], id="replaces-effect-clause-without-nay"),
    pytest.param(None, "1. Thông tư này có hiệu lực từ ngày 26 tháng 02 năm 2021 và thay thế Thông tư số 12/2011/TT-BTP ngày 27 tháng 6 năm "
                       "2011 của Bộ Tư pháp về việc ban hành và hướng dẫn việc ghi chép biểu mẫu và Thông tư số 24/2014/TT-BTP ngày 29 tháng "
                       "12 năm 2014 của Bộ Tư pháp sửa đổi, bổ sung một số điều của Thông tư số 12/2011/TT-BTP.",
                 [("replaces", "12/2011/TT-BTP", ()), ("replaces", "24/2014/TT-BTP", ())],
                 id="replaces-trigger-words-in-titles-are-not-statements"),
    pytest.param(None, "Quyết định này có hiệu lực và thay thế Quyết định số 66/2014/QĐ-TTg về việc phê duyệt Danh mục, khoản 2 Điều 1 và "
                       "Điều 4 Quyết định số 34/2019/QĐ-TTg.",
                 [("replaces", "66/2014/QĐ-TTg", ()), ("replaces", "34/2019/QĐ-TTg", ("khoản 2 Điều 1", "Điều 4"))],
                 id="replaces-parts-of-another-document"),
    pytest.param(None, "Quyết định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2024 và thay thế các Quyết định:\n"
                       "1. Quyết định số 02/2012/QĐ-TTg ngày 13 tháng 01 năm 2012.\n2. Quyết định số 35/2015/QĐ-TTg sửa đổi, bổ sung "
                       "Quyết định số 02/2012/QĐ-TTg.",
                 [("replaces", "02/2012/QĐ-TTg", ()), ("replaces", "35/2015/QĐ-TTg", ())],
                 id="replaces-numbered-list"),
    pytest.param(None, "5. Thay thế Phụ lục kèm theo Nghị định số 58/2025/NĐ-CP bằng Phụ lục I kèm theo Nghị định này.",
                 [("amends", "58/2025/NĐ-CP", ())], id="replaces-unnumbered-part-is-a-change"),
    # amends
    pytest.param("Sửa đổi, bổ sung một số điều của Nghị định số 57/2025/NĐ-CP",
                 "Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 57/2025/NĐ-CP\n"
                 "2. Sửa đổi, bổ sung khoản 1 và khoản 2 Điều 2 như sau:\n"
                 "a) Bổ sung điểm c vào sau điểm b khoản 1 Điều này như sau:\n"
                 "b) Sửa đổi, bổ sung điểm b và điểm e khoản 2 Điều này như sau:\n"
                 "3. Sửa đổi khoản 3, khoản 5 và bổ sung khoản 21, khoản 22 vào sau khoản 20 Điều 3 như sau:\n"
                 "4. Bổ sung khoản 3 vào sau khoản 2 Điều 7 như sau:\n",
                 # One relation per amending article of this document, with every unit its items name.
                 [("amends", "57/2025/NĐ-CP", ()),
                  ("amends", "57/2025/NĐ-CP", ("khoản 1 Điều 2", "khoản 2 Điều 2", "điểm c khoản 1 Điều 2",
                                               "điểm b khoản 2 Điều 2", "điểm e khoản 2 Điều 2", "khoản 3 Điều 3",
                                               "khoản 5 Điều 3", "khoản 21 Điều 3", "khoản 22 Điều 3", "khoản 3 Điều 7"))],
                 id="amends-items-dieu-nay-and-insertions"),
    pytest.param(None, "Bổ sung điểm b khoản 2 và bổ sung các điểm p, q vào sau điểm o khoản 3 Điều 4 của Nghị định số 123/2024/NĐ-CP "
                       "với nội dung như sau:",
                 [("amends", "123/2024/NĐ-CP", ("điểm b khoản 2 Điều 4", "điểm p khoản 3 Điều 4", "điểm q khoản 3 Điều 4"))],
                 id="amends-two-insertions-one-statement"),
    pytest.param(None, "Thay thế cụm từ “Ủy ban nhân dân cấp xã” tại khoản 2 Điều 52 Nghị định số 103/2024/NĐ-CP thành cụm từ “Chủ tịch”.",
                 [("amends", "103/2024/NĐ-CP", ("khoản 2 Điều 52",))], id="amends-replacing-wording"),
    # guides
    pytest.param(None, "1. Thông tư này hướng dẫn lựa chọn tổ chức đấu giá tài sản theo quy định tại Điều 56 Luật Đấu giá tài sản.",
                 [("guides", "Luật Đấu giá tài sản", ("Điều 56",))], id="guides-through-a-description"),
    pytest.param(None, "Thông tư này hướng dẫn chi tiết thi hành một số quy định của Luật Nuôi con nuôi và Nghị định số 19/2011/NĐ-CP "
                       "ngày 21 tháng 3 năm 2011 của Chính phủ quy định chi tiết thi hành một số điều của Luật Nuôi con nuôi.",
                 [("guides", "Luật Nuôi con nuôi", ()), ("guides", "19/2011/NĐ-CP", ())], id="guides-law-and-decree"),
    pytest.param(None, "Nghị định này quy định chi tiết thi hành: Điều 17, Khoản 3 Điều 23 của Luật giáo dục quốc phòng và an ninh.",
                 [("guides", "Luật giáo dục quốc phòng và an ninh", ("Điều 17", "khoản 3 Điều 23"))], id="guides-articles-of-a-named-law"),
    pytest.param(None, "Thông tư này hướng dẫn thêm một số điểm về quy trình tổng hợp kinh phí.", [], id="guides-nothing-named"),
    # expires
    pytest.param(None, "2. Các quy định tại Điều 9, 10 và 14 của Nghị định số 45/2013/NĐ-CP ngày 10 tháng 5 năm 2013 của Chính phủ quy "
                       "định chi tiết một số điều của Bộ luật lao động, Điểm a, b Khoản 6 Điều 34 Nghị định số 59/2015/NĐ-CP ngày 18 "
                       "tháng 6 năm 2015 của Chính phủ về quản lý dự án hết hiệu lực kể từ ngày Nghị định này có hiệu lực.",
                 [("expires", "45/2013/NĐ-CP", ("Điều 9", "Điều 10", "Điều 14")),
                  ("expires", "59/2015/NĐ-CP", ("điểm a khoản 6 Điều 34", "điểm b khoản 6 Điều 34"))],
                 id="expires-parts-of-two-decrees"),
    pytest.param(None, "2. Các Nghị định sau đây hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành:\n"
                       "a) Nghị định số 36/2016/NĐ-CP ngày 15 tháng 5 năm 2016;\n"
                       "\u0441) Nghị định số 03/2020/NĐ-CP ngày 01 tháng 01 năm 2020 sửa đổi Điều 68 Nghị định số 36/2016/NĐ-CP.",
                 [("expires", "36/2016/NĐ-CP", ()), ("expires", "03/2020/NĐ-CP", ())], id="expires-list-ocr-cyrillic-marker"),
]

@pytest.mark.parametrize("title, body, expected", CASES + TYPED_CASES)
def test_relations(title, body, expected):
    got = [(r.type, r.target, r.articles) for r in extract_relations(body, title=title)]
    assert got == expected


def test_evidence_and_effective_date():
    body = "Nghị định số 61/2018/NĐ-CP hết hiệu lực kể từ ngày 01 tháng 7 năm 2025."
    (relation,) = extract_relations(body)
    assert relation.evidence == body
    assert relation.effective == "2025-07-01"
