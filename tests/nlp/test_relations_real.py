"""Relations in forms of real text the reader met on documents it had not seen, one table per class.

Rows are (title, body, expected relations as (type, target, articles)), the order the text states
them in; texts are taken from the shared corpus or written the way those documents write.
"""
import pytest

from nlp.relations import extract_relations


def relations(title, text):
    return [(r.type, r.target, r.articles) for r in extract_relations(text, title=title)]


# Effect clauses whose verb comes last, and lists of expired documents.
EXPIRES = [
    pytest.param(
        None,
        "2. Kể từ ngày Thông tư này có hiệu lực thi hành, Thông tư số\n32/2025/TT-BTC ngày 31 tháng 5 năm 2025 của Bộ "
        "trưởng Bộ Tài chính\nhướng dẫn thực hiện một số điều của Luật Quản lý thuế ngày 13 tháng 6 năm\n2019, Nghị định "
        "số 123/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính\nphủ quy định về hóa đơn, chứng từ, Nghị định số "
        "70/2025/NĐ-CP ngày 20\ntháng 3 năm 2025 sửa đổi, bỏ sung một số điều của Nghị định số\n123/2020/NĐ-CP hết hiệu "
        "lực thi hành.",
        [("expires", "32/2025/TT-BTC", ()), ("expires", "123/2020/NĐ-CP", ()), ("expires", "70/2025/NĐ-CP", ())],
        id="verb-last-after-the-date",
    ),
    pytest.param(
        None,
        "Nghị định này có hiệu lực từ ngày 01/7/2026. Các Nghị định số 12/2020/NĐ-CP, số 13/2021/NĐ-CP và số "
        "14/2022/NĐ-CP hết hiệu lực kể từ ngày Nghị định này có hiệu lực.",
        [("expires", "12/2020/NĐ-CP", ()), ("expires", "13/2021/NĐ-CP", ()), ("expires", "14/2022/NĐ-CP", ())],
        id="verb-last-after-a-sentence-ending-on-a-year",
    ),
    pytest.param(
        None,
        "3. Các văn bản sau đây hết hiệu lực thi hành kể từ ngày Nghị định này có hiệu lực thi hành, bao gồm:\n\n"
        "Nghị định số 12/2020/NĐ-CP ngày 01 tháng 2 năm 2020 của Chính phủ;\n\nNghị định số 13/2021/NĐ-CP;\n\n"
        "**Thông tư số 14/2022/TT-BTC**.\n\n4. Bộ trưởng chịu trách nhiệm thi hành Nghị định số 15/2020/NĐ-CP.",
        [("expires", "12/2020/NĐ-CP", ()), ("expires", "13/2021/NĐ-CP", ()), ("expires", "14/2022/TT-BTC", ())],
        id="expiry-list-unmarked-items",
    ),
    pytest.param(
        None,
        "Điều 5. Hiệu lực\nCác văn bản sau hết hiệu lực kể từ ngày 01/7/2026:\n- 12/2020/NĐ-CP;\n- 13/2021/NĐ-CP;\n"
        "- **14/2022/TT-BTC**.\n",
        [("expires", "12/2020/NĐ-CP", ()), ("expires", "13/2021/NĐ-CP", ()), ("expires", "14/2022/TT-BTC", ())],
        id="expiry-list-bare-numbers",
    ),
    pytest.param(
        None,
        "2. Các văn bản hết hiệu lực kể từ ngày Nghị định này có hiệu lực:\n\n   - Quyết định số **73/2011/QĐ-TTg** "
        "ngày 28/12/2011 của Thủ tướng Chính phủ quy định về một số chế độ phụ cấp;\n   - Quyết định số "
        "**75/2009/QĐ-TTg** ngày 11/5/2009 của Thủ tướng Chính phủ về việc quy định chế độ phụ cấp.\n\n3. **Bãi bỏ "
        "khoản 2 Điều 26 Nghị định số 60/2021/NĐ-CP** ngày 21/6/2021 của Chính phủ quy định cơ chế tự chủ tài chính "
        "được sửa đổi, bổ sung bởi Nghị định số **111/2025/NĐ-CP** ngày 22/5/2025 của Chính phủ.",
        [("expires", "73/2011/QĐ-TTg", ()), ("expires", "75/2009/QĐ-TTg", ()),
         ("repeals", "60/2021/NĐ-CP", ("khoản 2 Điều 26",))],
        id="expiry-list-bold-numbers",
    ),
    pytest.param(
        None,
        "2. Kế từ ngày Nghị định này có hiệu lực thi hành, các Nghị định sau đây\nhết hiệu lực thi hành:\n\nb) Điều 1 "
        "Nghị định số 41/2022/NĐ-CP ngày 20 tháng 6 năm 2022 của\nChính phủ sửa đổi, bổ sung một số điều của Nghị định "
        "sô 123/2020/NĐ-CP\nngày 19 tháng 10 năm 2020 của Chính phủ quy định về hóa đơn, chứng từ và\nNghị định sô "
        "15/2022/NĐ-CP ngày 28 tháng 01 năm 2022 của Chính phủ quy\nđịnh chính sách miễn, giảm thuế;",
        [("expires", "41/2022/NĐ-CP", ("Điều 1",))],
        id="a-title-naming-two-decrees-with-dates-stays-a-title",
    ),
    pytest.param(
        None,
        "Nghị định này có hiệu lực thi hành từ ngày 01 tháng 9 năm 2026 đến ngày,\nNghị quyết số 05/2025/NQ-CP hết "
        "hiệu lực thi hành.",
        [],
        id="until-another-expires-is-no-expiry",
    ),
]


@pytest.mark.parametrize("title, text, expected", EXPIRES)
def test_expires(title, text, expected):
    assert relations(title, text) == expected


# Legal-basis lists not written as 'Căn cứ ...' lines: under a heading, in a table row.
BASED_ON = [
    pytest.param(
        None,
        "### Căn cứ pháp lý\n\n- Luật Tổ chức Chính phủ số **63/2025/QH15**;\n- Luật Ban hành văn bản quy phạm pháp "
        "luật số **64/2025/QH15** được sửa đổi, bổ sung bởi Luật số **87/2025/QH15**;\n- Theo đề nghị của Bộ trưởng Bộ Y "
        "tế.\n\n### Cấu trúc văn bản\n\nNghị định số 12/2020/NĐ-CP gồm 5 chương.",
        [("based_on", "63/2025/QH15", ()), ("based_on", "64/2025/QH15", ()), ("based_on", "87/2025/QH15", ())],
        id="heading-and-bullets",
    ),
    pytest.param(
        None,
        "## Căn cứ pháp luật\n\n1. **Luật Ngân sách nhà nước** số 89/2025/QH15\n2. **Luật Đầu tư công** số "
        "58/2024/QH15 được sửa đổi, bổ sung bởi Luật số 90/2025/QH15\n\n## Nội dung chính\n\n1. Nghị định số "
        "12/2020/NĐ-CP được áp dụng.",
        [("based_on", "89/2025/QH15", ()), ("based_on", "58/2024/QH15", ()), ("based_on", "90/2025/QH15", ())],
        id="heading-and-numbered-list",
    ),
    pytest.param(
        None,
        "| Thuộc tính | Nội dung |\n|---|---|\n| **Căn cứ pháp lý** | Hiến pháp 2013; Luật Thực hiện dân chủ ở cơ sở "
        "10/2022/QH15 |\n| **Căn cứ pháp lý** | Luật Tổ chức Chính phủ số 63/2025/QH15 (sửa đổi, bổ sung bởi Luật số "
        "13/2025/QH13); Nghị quyết số 29/2026/QH16 ngày 24/4/2026 của Quốc hội |",
        [("based_on", "Hiến pháp 2013", ()), ("based_on", "10/2022/QH15", ()), ("based_on", "63/2025/QH15", ()),
         ("based_on", "13/2025/QH13", ()), ("based_on", "29/2026/QH16", ())],
        id="table-rows",
    ),
    pytest.param(
        None,
        "### Căn cứ ban hành\n\n- Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n- Căn cứ Nghị định số 01/2013/NĐ-CP "
        "ngày 03/01/2013 của Chính phủ quy định chi tiết thi hành một số điều của Luật Lưu trữ;",
        [("based_on", "63/2025/QH15", ()), ("based_on", "01/2013/NĐ-CP", ())],
        id="items-repeat-can-cu-and-a-law-in-a-title-is-no-basis",
    ),
    pytest.param(
        None,
        "Căn cứ vào kết quả kiểm tra, cơ quan thuế thông báo theo Nghị định số 12/2020/NĐ-CP.",
        [],
        id="can-cu-in-a-sentence-is-no-heading",
    ),
]

# Partial repeals and replacements, in lists.
PARTS = [
    pytest.param(
        None,
        "2. Bãi bỏ quy định về miễn thuế xuất khẩu, thuế nhập khẩu tại các Quyết định: số 31/2015/QĐ-TTg ngày 04 tháng "
        "8 năm 2015, số 52/2015/QĐ-TTg ngày 20 tháng 10 năm 2015, số 53/2013/QĐ-TTg ngày 13 tháng 9 năm 2013 và Điều 7 "
        "*Quyết định số 119/2009/QĐ-TTg ngày 01 tháng 10 năm 2009 của Thủ tướng Chính phủ*.",
        [("amends", "31/2015/QĐ-TTg", ()), ("amends", "52/2015/QĐ-TTg", ()), ("amends", "53/2013/QĐ-TTg", ()),
         ("repeals", "119/2009/QĐ-TTg", ("Điều 7",))],
        id="part-of-every-document-of-a-list",
    ),
    pytest.param(
        None,
        "Điều 5. Hiệu lực\n2. Bãi bỏ nội dung tại các Thông tư sau:\na) Điều 4 Thông tư liên tịch số "
        "01/2010/TTLT-BTC-BYT ngày 01/02/2010 của Bộ Tài chính và Bộ Y tế hướng dẫn quản lý;\nb) Điều 7 Thông tư số "
        "02/2011/TT-BTC ngày 01/3/2011 của Bộ Tài chính;\nc) Thông tư số 03/2012/TT-BTC.\n3. Bãi bỏ một số văn bản "
        "sau:\na) Thông tư số 04/2012/TT-BTC.\n",
        [("repeals", "01/2010/TTLT-BTC-BYT", ("Điều 4",)), ("repeals", "02/2011/TT-BTC", ("Điều 7",)),
         ("amends", "03/2012/TT-BTC", ()), ("repeals", "04/2012/TT-BTC", ())],
        id="parts-listed-below-the-statement",
    ),
    pytest.param(
        None,
        "4. Thông tư nảy bãi bỏ nội dung tại các Thông tư sau:\na) Điều 4 Thông tư liên tịch số 12/2010/TTLT-BKHĐT-BTC "
        "ngày 28 ngày\n5 năm 2010 của Bộ Kế hoạch và Đâu tư và Bộ Tài chính quy định chi tiết và\nhướng dẫn thực hiện "
        "Quy chế chuyên gia nước ngoài thực hiện các chương trình,\ndự án ODA.kèm theo Quyết định số 119/2009/QĐ-TTg "
        "ngày 01 tháng 10 năm\n2009 của Thủ tướng Chính phủ;\nb) Điều 7 Thông tư số 43/2023/TT-BTC ngày 27 tháng 6 năm "
        "2023 của Bộ\ntrưởng Bộ Tài chính sửa đối, bổ sung một số điều của các Thông tư có quy định liên quan;",
        [("repeals", "12/2010/TTLT-BKHĐT-BTC", ("Điều 4",)), ("repeals", "43/2023/TT-BTC", ("Điều 7",))],
        id="ocr-self-reference-and-parts-listed",
    ),
    pytest.param(
        None,
        "5. Thông tư này thay thế mẫu só 01/TKN-CNKD kèm theo Thông tư số\n50/2026/TT-BTC, mẫu số 02/CNKD-TNCN-QTT, mẫu "
        "số 01/BK-XSBHĐC, mẫu số 01/TCKT kèm theo Thông\ntư số 18/2026/TT-BTC bằng mẫu số 01/TKN-CNKD, mẫu số 01/TCKT "
        "Phụ lục I ban hành kèm theo Thông tư này.",
        [("amends", "50/2026/TT-BTC", ()), ("amends", "18/2026/TT-BTC", ())],
        id="a-second-document-named-through-its-forms",
    ),
    pytest.param(
        None,
        "4. Thông tư này bãi bỏ nội dung tại các Thông tư sau:\ne) Các điểm b, c và điểm d khoản 1; khoản 2 Điều 7 "
        "Thông tư số\n328/2016/TT-BTC ngày 26 tháng 12 năm 2016 của Bộ trưởng Bộ Tài chính hướng dẫn thu, được sửa đổi, "
        "bổ sung bởi khoản 7 Điều I Thông tư số 72/2021/TT-BTC;",
        [("repeals", "328/2016/TT-BTC", ("điểm b khoản 1 Điều 7", "điểm c khoản 1 Điều 7", "điểm d khoản 1 Điều 7",
                                         "khoản 2 Điều 7"))],
        id="a-repealed-part-does-not-repeal-what-amended-it",
    ),
    pytest.param(
        None,
        "1. Nghị định này có hiệu lực từ ngày 01/7/2026 và thay thế một số quy định tại Chương IV Nghị định số "
        "12/2020/NĐ-CP ngày 01/02/2020 của Chính phủ.",
        # 'một số quy định tại' a chapter: wording of it replaced, an amendment of that chapter.
        [("amends", "12/2020/NĐ-CP", ("Chương IV",))],
        id="replaced-chapter",
    ),
    pytest.param(
        None,
        "2. Nghị định này thay thế Nghị định số 12/2020/NĐ-CP ngày 01/02/2020 của Chính phủ quy định chi tiết một số "
        "điều của Luật Đất đai về bồi thường; Nghị định số 13/2021/NĐ-CP ngày 01/02/2021 của Chính phủ về giá đất; "
        "Nghị định số 14/2019/NĐ-CP ngày 1/1/2019 sửa đổi Nghị định số 44/2014/NĐ-CP; Nghị định số 15/2018/NĐ-CP.",
        [("replaces", "12/2020/NĐ-CP", ()), ("replaces", "13/2021/NĐ-CP", ()), ("replaces", "14/2019/NĐ-CP", ()),
         ("replaces", "15/2018/NĐ-CP", ())],
        id="every-item-of-a-semicolon-list",
    ),
    pytest.param(
        None,
        "3. Nghị định này thay thế Nghị định số 43/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ quy định chi tiết "
        "thi hành một số điều của Luật Đất đai và Nghị định số 01/2017/NĐ-CP ngày 06 tháng 01 năm 2017 của Chính phủ "
        "sửa đổi, bổ sung các nghị định quy định chi tiết thi hành Luật Đất đai.",
        [("replaces", "43/2014/NĐ-CP", ()), ("replaces", "01/2017/NĐ-CP", ())],
        id="second-decree-after-a-long-title",
    ),
    pytest.param(
        None,
        "3. Thông tư này bãi bỏ:\nc) Thông tư số 92/2015/TT-BTC ngày 15 tháng 6 năm 2015 của Bộ trưởng\nBộ Tài chính "
        "hướng dẫn thực hiện thuế giá trị gia tăng và thuế thu nhập cá nhân\nđối với cá nhân cư trú có hoạt động kinh "
        "doanh; hướng dẫn thực hiện một số nội\ndung sửa đổi, bổ sung về thuế thu nhập cá nhân quy định tại Luật sửa "
        "đổi, bổ sung\nmột số điều của các luật về thuế số 71/2014/QH13 và Nghị định số 12/2015/NĐ-\nCP ngày 12/02/2015 "
        "của Chính phủ;\nh) Thông tư số 80/2021/TT-BTC ngày 29 tháng 9 năm 2021 của Bộ trưởng\nBộ Tài chính hướng dẫn "
        "thi hành một số điều của Luật Quản lý thuế và Nghị định\nsố 126/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính "
        "phủ quy định chi tiết\nmột số điều của Luật Quản lý thuế;",
        [("repeals", "92/2015/TT-BTC", ()), ("repeals", "80/2021/TT-BTC", ())],
        id="documents-named-in-a-repealed-documents-title-are-no-targets",
    ),
]


@pytest.mark.parametrize("title, text, expected", BASED_ON + PARTS)
def test_based_on_and_parts(title, text, expected):
    assert relations(title, text) == expected


# Amending articles whose heading does not repeat the document (it is the one the title names),
# units written without their article, and the granularity: one relation per amending article of
# this document, type and target, holding every unit its items name.
AMENDING_TITLE = ("Sửa đổi, bổ sung một số điều của Nghị định số 10/2022/NĐ-CP ngày 15 tháng 01 năm 2022 của Chính phủ "
                  "quy định về lệ phí trước bạ")
AMENDS = [
    pytest.param(
        AMENDING_TITLE,
        "Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 10/2022/NĐ-CP\n"
        "1. Bổ sung một số điểm tại khoản 2, khoản 3 Điều 3 như sau:\n"
        "a) Bổ sung điểm c vào sau điểm b khoản 2 như sau:\n“c) Nội dung.”\n"
        "2. Sửa đổi, bổ sung một số điều, khoản của Điều 5 như sau:\n"
        "a) Sửa đổi khoản 1 như sau:\n“1. Nội dung.”\nb) Bãi bỏ khoản 2.\n"
        "3. Thay thế cụm từ “A” bằng cụm từ “B” tại khoản 2 Điều 26.\n"
        "4. Bổ sung điểm c vào sau điểm b khoản 4 tại Điều 13 như sau:\n“c) Nội dung.”\n"
        "Điều 2. Sửa đổi Điều 7\n1. Sửa đổi khoản 1 như sau:\n“1. Nội dung.”\n3. Bãi bỏ khoản 2.\n"
        "Điều 3. Hiệu lực thi hành\nNghị định này có hiệu lực từ ngày 01/7/2026.\n",
        [("amends", "10/2022/NĐ-CP", ()),
         # 'một số điểm tại khoản 2, khoản 3 Điều 3', 'một số điều, khoản của Điều 5': where the
         # items below are, not units of their own.
         ("amends", "10/2022/NĐ-CP", ("điểm c khoản 2 Điều 3", "khoản 1 Điều 5", "khoản 2 Điều 26",
                                      "điểm c khoản 4 Điều 13")),
         ("repeals", "10/2022/NĐ-CP", ("khoản 2 Điều 5",)),
         ("amends", "10/2022/NĐ-CP", ("Điều 7", "khoản 1 Điều 7")),
         ("repeals", "10/2022/NĐ-CP", ("khoản 2 Điều 7",))],
        id="items-without-the-document",
    ),
    pytest.param(
        None,
        "Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 123/2024/NĐ-CP như sau:\n"
        "1. Sửa đổi khoản 3 Điều 2 như sau:\n“3. Nội dung.”\n2. Bãi bỏ Điều 9.\n",
        [("amends", "123/2024/NĐ-CP", ("khoản 3 Điều 2",)), ("repeals", "123/2024/NĐ-CP", ("Điều 9",))],
        id="document-named-by-the-first-article",
    ),
    pytest.param(
        None,
        "### Điều 3\n\nBổ sung Điều 3a vào sau Điều 3 của Nghị định số 123/2024/NĐ-CP với nội dung như sau:\n\n"
        "### Điều 4\n\nBổ sung điểm b khoản 2 và bổ sung các điểm p, q vào sau điểm o khoản 3 Điều 4 của Nghị định số "
        "123/2024/NĐ-CP với nội dung như sau:\n",
        [("amends", "123/2024/NĐ-CP", ("Điều 3a",)),
         ("amends", "123/2024/NĐ-CP", ("điểm b khoản 2 Điều 4", "điểm p khoản 3 Điều 4", "điểm q khoản 3 Điều 4"))],
        id="one-relation-per-amending-article",
    ),
]


@pytest.mark.parametrize("title, text, expected", AMENDS)
def test_amends(title, text, expected):
    assert relations(title, text) == expected


def test_a_compound_verb_is_one_statement_of_its_first_kind():
    text = ("### Điều 7. Sửa đổi, bổ sung, bãi bỏ một số nội dung tại Điều 14\n\n1. Sửa đổi, bổ sung đoạn mở đầu:\n\n"
            "> \"Chủ tịch Ủy ban nhân dân có thẩm quyền xử phạt.\"\n\n2. Sửa đổi, bổ sung khoản 1:\n\n> \"1. Nội dung.\"\n\n"
            "3. Bãi bỏ khoản 2.\n\n4. Sửa đổi, bổ sung khoản 3:\n\n> \"3. Nội dung.\"\n")
    assert relations("Sửa đổi, bổ sung một số điều của Nghị định số 18/2020/NĐ-CP", text) == [
        ("amends", "18/2020/NĐ-CP", ()),
        ("amends", "18/2020/NĐ-CP", ("Điều 14", "khoản 1 Điều 14", "khoản 3 Điều 14")),
        ("repeals", "18/2020/NĐ-CP", ("khoản 2 Điều 14",)),
    ]
