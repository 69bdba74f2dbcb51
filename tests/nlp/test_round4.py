"""Round 4: forms a second blind set found on unseen text, one table per class.

Texts are taken from the shared corpus (2026 documents and Bộ pháp điển topics, several OCR'd) or
written the way those documents write; rows are (text, expected) or (title, text, expected).
"""

import pytest

from nlp.citations import extract_citations
from nlp.relations import extract_relations


def cites(text):
    return [(c.surface, c.number, c.title_hint, c.issued, c.issuer) for c in extract_citations(text)]


def relations(title, text):
    return [(r.type, r.target, r.articles) for r in extract_relations(text, title=title)]


# Numbers in square brackets or written as a Markdown link's text: the name, number, date and
# issuer are read through the brackets.
BRACKETS = [
    (
        "*Căn cứ Luật Giáo dục nghề nghiệp số [124/2025/QH15];*",
        [("Luật Giáo dục nghề nghiệp số [124/2025/QH15", "124/2025/QH15", "Luật Giáo dục nghề nghiệp", None, None)],
    ),
    (
        "*Căn cứ Nghị định số [37/2025/NĐ-CP] ngày 26 tháng 02 năm 2025 của Chính phủ quy định chức năng",
        [("Nghị định số [37/2025/NĐ-CP", "37/2025/NĐ-CP", None, "2025-02-26", "Chính phủ")],
    ),
    (
        "theo Quyết định số[30/2007/QĐ-TTg](https://thuvienphapluat.vn/phap-luat/tim-van-ban.aspx?keyword=30/2007/"
        "Q%C4%90-TTg&area=2&type=0&match=False&vc=True&lan=1)ngày 05 tháng 3 năm 2007 của Thủ tướng Chính phủ",
        [("Quyết định số[30/2007/QĐ-TTg", "30/2007/QĐ-TTg", None, "2007-03-05", "Thủ tướng Chính phủ")],
    ),
    (
        "Căn cứ Luật Đầu tư [61/2020/QH14](https://thuvienphapluat.vn/van-ban/dau-tu/luat-dau-tu-2020) ngày 17 tháng 6 "
        "năm 2020;",
        [("Luật Đầu tư [61/2020/QH14", "61/2020/QH14", "Luật Đầu tư", "2020-06-17", None)],
    ),
]


@pytest.mark.parametrize("text, expected", BRACKETS)
def test_numbers_in_brackets(text, expected):
    assert cites(text) == expected


def test_bracketed_numbers_are_relation_targets():
    text = (
        "*Căn cứ Luật Giáo dục số [43/2019/QH14] được sửa đổi, bổ sung bởi Luật sửa đổi, bổ sung một số điều của "
        "Luật Giáo dục số [123/2025/QH15];*\n\n*Căn cứ Luật Nhà giáo số [73/2025/QH15];*"
    )
    assert relations(None, text) == [
        ("based_on", "43/2019/QH14", ()),
        ("based_on", "123/2025/QH15", ()),
        ("based_on", "73/2025/QH15", ()),
    ]


# A legal basis written as a list without 'Căn cứ', closed by 'Theo đề nghị ...' or by the
# promulgation line: every document listed, with the ones that amended it.
BASIS_LISTS = [
    pytest.param(
        None,
        "- Luật Tổ chức Chính phủ số 63/2025/QH15;\n- Bộ luật Lao động số 45/2019/QH14;\n- Nghị quyết số "
        "142/2024/QH15 của Quốc hội về Nghị quyết kỳ họp thứ 7, Quốc hội khóa XV;\n- Theo đề nghị của Bộ trưởng Bộ Nội vụ.",
        [("based_on", "63/2025/QH15", ()), ("based_on", "45/2019/QH14", ()), ("based_on", "142/2024/QH15", ())],
        id="dash-list",
    ),
    pytest.param(
        None,
        "- Luật Tổ chức Chính phủ số 63/2025/QH15;\n- Luật Doanh nghiệp số 39/2020/QH14 được sửa đổi, bổ sung bởi Luật số "
        "03/2022/QH15 và Luật số 76/2025/QH15;\n- Theo đề nghị của Bộ trưởng Bộ Tài chính.",
        [
            ("based_on", "63/2025/QH15", ()),
            ("based_on", "39/2020/QH14", ()),
            ("based_on", "03/2022/QH15", ()),
            ("based_on", "76/2025/QH15", ()),
        ],
        id="with-amenders",
    ),
    pytest.param(
        None,
        "Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nLuật Thống kê ngày 23 tháng 11 năm 2015;\n\nChính phủ ban "
        "hành Nghị định quy định nội dung chỉ tiêu thống kê.",
        [("based_on", "Luật Tổ chức Chính phủ", ()), ("based_on", "Luật Thống kê", ())],
        id="closed-by-promulgation",
    ),
    # The same lines with no closer are no legal basis: a list of something else.
    pytest.param(
        None,
        "- Luật Tổ chức Chính phủ số 63/2025/QH15;\n- Bộ luật Lao động số 45/2019/QH14;\n\n### Điều 1. Phạm vi",
        [],
        id="no-closer",
    ),
]


@pytest.mark.parametrize("title, text, expected", BASIS_LISTS)
def test_legal_basis_lists_without_can_cu(title, text, expected):
    assert relations(title, text) == expected


# Clauses as OCR'd and converted text breaks them: a marker alone on its line, an article number
# after 'và' at a line start, a page break (blank line) inside a sentence, the next item's number
# glued to a year, an item of a list broken by a blank line.
BROKEN_CLAUSES = [
    pytest.param(
        None,
        "2. Kể từ ngày Nghị định này có hiệu lực thi hành, Nghị định\nsố 128/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của "
        "Chính phủ quy định xử\nphạt vi phạm hành chính trong lĩnh vực hải quan và\nĐiều 2. Nghị định số\n102/2021/NĐ- CP "
        "ngày 16 tháng 11 năm 2021 của Chính phủ sửa đổi, bổ\nsung một số điều của các Nghị định về xử phạt vi phạm hành "
        "chính trong\nlĩnh vực thuế, hóa đơn; hải quan; dự trữ\n\nquốc gia; Kho bạc Nhà nước; kế toán, kiểm toán độc lập "
        "hết hiệu lực thi\nhành.",
        [("expires", "128/2020/NĐ-CP", ()), ("expires", "102/2021/NĐ-CP", ("Điều 2",))],
        id="article-after-va-and-page-break",
    ),
    pytest.param(
        None,
        "2.\nĐiều 49 Nghị định này\ncó hiệu lực thi hành kể từ ngày 01 tháng 7 năm\n2027.3. Các văn bản\nsau đây hết "
        "hiệu lực thi hành kể từ ngày Nghị định này có hiệu lực thi hành, bao gồm:\n\na) Nghị định số\n104/2016/NĐ-CP\n"
        "ngày 01 tháng 7 năm 2016 của\nChính phủ quy định về hoạt động tiêm chủng;\n\nb) Quyết định số\n26/2023/QĐ-TTg\n"
        "ngày 19 tháng 10 năm 2023 của Thủ\ntướng Chính phủ về việc sửa đổi\nPhụ lục\n\nquy định thời gian ủ bệnh ban\n"
        "hành kèm theo Quyết định số\n02/2016/QĐ-TTg\n\nngày 28 tháng 01 năm 2016;\n\nc) Chỉ thị số\n23/2006/CT-TTg\n"
        "ngày 12 tháng 07 năm 2006 của Thủ\ntướng Chính phủ về việc tăng cường công tác y tế trong các trường học.",
        [("expires", "104/2016/NĐ-CP", ()), ("expires", "26/2023/QĐ-TTg", ()), ("expires", "23/2006/CT-TTg", ())],
        id="lone-marker-glued-number-broken-item",
    ),
    pytest.param(
        "Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Phòng bệnh.",
        "QUY ĐỊNH CHI TIẾT VÀ HƯỚNG DẪN THI HÀNH MỘT SỐ ĐIỀU CỦA LUẬT\nPHÒNG BỆNH\n\nCăn cứ\nLuật Phòng bệnh số "
        "114/2025/QH15\n;",
        [("guides", "Luật Phòng bệnh", ()), ("based_on", "114/2025/QH15", ())],
        id="title-repeated-in-capitals",
    ),
]


@pytest.mark.parametrize("title, text, expected", BROKEN_CLAUSES)
def test_broken_clauses(title, text, expected):
    assert relations(title, text) == expected


# Statements whose verb comes last, over a list of items separated by semicolons: 'bị bãi bỏ',
# 'được thay thế bởi' this document, 'hết hiệu lực'; an item naming a part not by number
# ('các nội dung quy định ... tại Thông tư liên tịch số W') is an amendment of W.
VERB_LAST = [
    pytest.param(
        None,
        "2. Điều 4 của Quy định về hoạt động y tế trong các cơ sở giáo dục mầm non ban hành kèm theo Quyết định số "
        "58/2008/QĐ-BGDĐT ngày 17 tháng 10 năm 2008 của Bộ trưởng Bộ Giáo dục và Đào tạo; Quyết định số 1221/2000/QĐ-BYT "
        "ngày 18 tháng 4 năm 2000 quy định về vệ sinh trường học của Bộ trưởng Bộ Y tế; Thông tư liên tịch số "
        "22/2013/TTLT-BGDĐT-BYT ngày 18 tháng 6 năm 2013 quy định nội dung đánh giá công tác y tế tại các cơ sở giáo dục "
        "mầm non của Bộ trưởng Bộ Giáo dục và Đào tạo và Bộ trưởng Bộ Y tế; các nội dung quy định liên quan đến hướng dẫn "
        "hoạt động công tác y tế trường học đối với các trường mầm non và phổ thông tại Thông tư liên tịch số "
        "03/2000/TTLT-BYT-BGDĐT ngày 01 tháng 3 năm 2000 hướng dẫn thực hiện công tác y tế trường học của Bộ Y tế và Bộ "
        "Giáo dục và Đào tạo bị bãi bỏ kể từ ngày Thông tư liên tịch này có hiệu lực.",
        [
            ("repeals", "58/2008/QĐ-BGDĐT", ("Điều 4",)),
            ("repeals", "1221/2000/QĐ-BYT", ()),
            ("repeals", "22/2013/TTLT-BGDĐT-BYT", ()),
            ("amends", "03/2000/TTLT-BYT-BGDĐT", ()),
        ],
        id="repealed-list",
    ),
    pytest.param(
        None,
        "3. Nghị định số 103/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính phủ được thay thế bởi Nghị định này.",
        [("replaces", "103/2016/NĐ-CP", ())],
        id="replaced-by-this",
    ),
    pytest.param(
        None,
        "2. Các quy định liên quan về hợp đồng thực hiện công việc hỗ trợ phục vụ trong đơn vị sự nghiệp công lập quy "
        "định\ntại Nghị định sô 111/2022/NĐ-CP ngày 30 tháng 12 năm 2022 của Chính phủ\nvề hợp đồng đối với một số loại "
        "công việc hết hiệu lực ké từ ngày Nghị định này có hiệu lực.",
        [("amends", "111/2022/NĐ-CP", ())],
        id="part-expires",
    ),
    pytest.param(
        None,
        "2. Nghị định này thay thế Nghị định số 79/2007/NĐ-CP ngày 18 tháng 5 năm 2007 của Chính phủ về cấp bản sao từ "
        "sổ gốc; các quy định về chứng thực hợp đồng, giao dịch tại Nghị định số 75/2000/NĐ-CP ngày 08 tháng 12 năm 2000 "
        "của Chính phủ về công chứng, chứng thực.",
        [("replaces", "79/2007/NĐ-CP", ()), ("amends", "75/2000/NĐ-CP", ())],
        id="replaced-part-item",
    ),
    # Reports of someone else's change state nothing.
    pytest.param(
        None,
        "Điều 5 và Điều 6 Nghị định số 103/2016/NĐ-CP đã bị bãi bỏ bởi Nghị định số 155/2018/NĐ-CP.",
        [],
        id="past",
    ),
    pytest.param(
        None,
        "(Điều 3 Thông tư số 19/2021/TT-BYT, có hiệu lực thi hành kể từ ngày 01/01/2022, có nội dung bị "
        "bãi bỏ, có nội dung được sửa đổi bởi Điều 7 Thông tư số 05/2023/TT-BYT)",
        [],
        id="origin-note",
    ),
    pytest.param(
        None,
        "Nghị định này đã hết hiệu lực từ ngày 15/08/2021, được thay thế bởi Nghị định 60/2021/NĐ-CP.",
        [],
        id="replaced-by-another",
    ),
]


@pytest.mark.parametrize("title, text, expected", VERB_LAST)
def test_verb_last_statements(title, text, expected):
    assert relations(title, text) == expected


# An amending article whose heading names the document, its items naming the units: one relation
# per type and target, holding the units named (a unit after '(vào) sau' only says where).
AMENDING_ARTICLE = (
    "### Điều 99. Sữa đổi, bổ sung, bãi bỏ một số điều của Nghị định số\n19/2026/NĐ-CP ngày 14 tháng 01 năm 2026 của "
    "Chính phủ về trình tự, thủ\ntục thẩm định dự án quan trọng quốc gia\n\n2. Sửa đối, bổ sung Điều 18 như sau:\n\n"
    "“Điều 18. Hồ sơ trình thắm định\n\nHồ sơ đề nghị chấp thuận chủ trương đầu tư.”\n\n3. Bố sung khoản 4 và khoản 5 "
    "sau khoản 3 Điều 20 như sau:\n\n“4. Chậm nhất là 60 ngày trước ngày khai mạc kỳ họp Quốc hội.\n\n5. Quốc hội xem "
    "xét các nội dung quy định tại khoản 1 Điều 3 của Luật Đầu tư.”\n\n5. Sửa đổi điểm b khoản 1 Điều 31 như sau:\n\n"
    "“b) Đề xuất dự án đầu tư điều chỉnh;”.\n\n"
)
AMENDING = [
    pytest.param(
        AMENDING_ARTICLE + "8. Bãi bỏ Mục 4 và Mục 8 Chương IV.",
        [
            ("amends", "19/2026/NĐ-CP", ("Điều 18", "khoản 4 Điều 20", "khoản 5 Điều 20", "điểm b khoản 1 Điều 31")),
            ("repeals", "19/2026/NĐ-CP", ("Mục 4 Chương IV", "Mục 8 Chương IV")),
        ],
        id="units",
    ),
    pytest.param(
        AMENDING_ARTICLE + "8. Bãi bỏ “Mục 4. Chương IV về Hồ sơ, thủ tục và nội dung thẩm định” và “Mục 8. "
        "Chương TV vệ Hồ sơ, thủ tục”.",
        [
            ("amends", "19/2026/NĐ-CP", ("Điều 18", "khoản 4 Điều 20", "khoản 5 Điều 20", "điểm b khoản 1 Điều 31")),
            ("repeals", "19/2026/NĐ-CP", ("Mục 4 Chương IV", "Mục 8 Chương IV")),
        ],
        id="quoted-headings",
    ),
]


@pytest.mark.parametrize("text, expected", AMENDING)
def test_amending_articles(text, expected):
    assert relations(None, text) == expected


# Scope articles: the units listed below 'các điều, khoản sau đây của Luật ...:', a clause kept, an
# alias in brackets ('(sau đây gọi là Luật Dẫn độ)') skipped in a list, and the promulgation line
# read as the title.
GUIDES = [
    pytest.param(
        None,
        "1. Nghị định này quy định chi tiết các điều, khoản sau đây của Luật Tiếp công dân:\n\na) Khoản 2 Điều 3a về tiếp "
        "công dân trực tuyến;\n\nb) Khoản 3 Điều 4 về tiếp công dân tại đơn vị sự nghiệp công lập;\n\nc) Khoản 5 Điều 10 "
        "về nhiệm vụ, quyền hạn của các Ban tiếp công dân; việc bố trí cơ sở vật chất;\n\n2. Các biện pháp tổ chức thi "
        "hành Luật Tiếp công dân, bao gồm:",
        [("guides", "Luật Tiếp công dân", ("khoản 2 Điều 3a", "khoản 3 Điều 4", "khoản 5 Điều 10"))],
        id="units-listed-below",
    ),
    pytest.param(
        None,
        "Nghị định này quy định chi tiết khoản 5 Điều 31 Luật Báo chí về người phát ngôn.",
        [("guides", "Luật Báo chí", ("khoản 5 Điều 31",))],
        id="clause-kept",
    ),
    pytest.param(
        None,
        "Nghị định này quy định chỉ tiết Điều 11 của Luật Dẫn độ số\n100/2025/QH15 (sau đây gọi là Luật Dẫn độ); Điều "
        "10, Điều 11 của Luật\nChuyển giao người đang chấp hành án phạt tù số 101/2025/QH15 (sau đây gọi\nlà Luật "
        "Chuyển giao người đang chấp hành án phạt tù) và Điều 15 của Luật\nTương trợ tư pháp về hình sự số 103/2025/QH15 "
        "(sau đây gọi là Luật Tương\ntrợ tư pháp về hình sự).",
        [
            ("guides", "100/2025/QH15", ("Điều 11",)),
            ("guides", "101/2025/QH15", ("Điều 10", "Điều 11")),
            ("guides", "103/2025/QH15", ("Điều 15",)),
        ],
        id="aliases",
    ),
    pytest.param(
        None,
        "*Căn cứ Luật Trí tuệ nhân tạo số 134/2025/QH15;*\n\n*Theo đề nghị của Bộ trưởng Bộ Khoa học và Công nghệ;*\n\n"
        "*Chính phủ ban hành Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Trí tuệ nhân tạo.*\n\n"
        "### Chương I. QUY ĐỊNH CHUNG",
        [("guides", "Luật Trí tuệ nhân tạo", ()), ("based_on", "134/2025/QH15", ())],
        id="promulgation-line",
    ),
    pytest.param(
        None,
        "- Nghị định thay thế một số quy định tại Chương IV Nghị định 15/2019/NĐ-CP về điều kiện, thẩm quyền.",
        [("amends", "15/2019/NĐ-CP", ("Chương IV",))],
        id="bare-type-speaks",
    ),
]


@pytest.mark.parametrize("title, text, expected", GUIDES)
def test_scope_and_title_statements(title, text, expected):
    assert relations(title, text) == expected


def test_points_after_a_law_of_this_document_are_no_pinpoints():
    text = (
        "Trường hợp từ chối tiếp công dân theo quy định tại khoản 1, khoản 2 Điều 9 Luật Tiếp công dân, các điểm a, "
        "b, c, d, đ, e, g, i và k khoản 1 Điều này thì người tiếp công dân phải giải thích."
    )
    assert [(c.title_hint, c.articles) for c in extract_citations(text)] == [
        ("Luật Tiếp công dân", ("khoản 1 Điều 9", "khoản 2 Điều 9"))
    ]


# OCR: a space inside the digits after 'số'; 'O'/'0' for Q in a legislature code whose digits the
# year contradicts.
OCR_NUMBERS = [
    (
        "a) Nghị định số 3 1/2021/NĐ-CP ngày 26 tháng 3 năm 2021 quy định chỉ\ntiết",
        [("Nghị định số 3 1/2021/NĐ-CP", "31/2021/NĐ-CP", None, "2021-03-26", None)],
    ),
    (
        "Căn cứ Luật Ngân sách nhà nước số 89/2025/QH15 được sửa đổi, bổ sung\nbởi Luật số 145/2025/0H13,",
        [
            ("Luật Ngân sách nhà nước số 89/2025/QH15", "89/2025/QH15", "Luật Ngân sách nhà nước", None, None),
            ("Luật số 145/2025/0H13", "145/2025/QH15", None, None, None),
        ],
    ),
    ("Luật số 45/2013/0H13", [("Luật số 45/2013/0H13", "45/2013/QH13", None, None, None)]),
]


@pytest.mark.parametrize("text, expected", OCR_NUMBERS)
def test_ocr_numbers(text, expected):
    assert cites(text) == expected


def pins(text):
    return [(c.number or c.title_hint, c.articles) for c in extract_citations(text)]


# Pinpoints: titled articles listed in a pháp điển cross-reference, a chapter with its title in
# capitals, a bracket closing the line past the title, a blank line inside the type word, an
# article of a regulation issued with the document, OCR's 'lI' for a day.
PINPOINTS = [
    (
        "(Điều này có nội dung liên quan đến Điều 8. Thủ tục khám bệnh, chữa bệnh bảo hiểm y tế; Điều 10. Thanh toán theo "
        "định suất của Thông tư liên tịch 41/2014/TTLT-BYT-BTC Hướng dẫn thực hiện bảo hiểm y tế ban hành ngày 24/11/2014; "
        "Điều 2.2.LQ.12. Đối tượng tham gia bảo hiểm y tế)",
        [("41/2014/TTLT-BYT-BTC", ("Điều 8", "Điều 10"))],
    ),
    (
        "(Điều này có nội dung liên quan đến Chương IV GIAO DỊCH ĐIỆN TỬ TRONG CẤP, TỐNG ĐẠT, THÔNG BÁO VĂN BẢN TỐ TỤNG CỦA "
        "TÒA ÁN của Nghị quyết 04/2016/NQ-HĐTP Hướng dẫn thi hành một số quy định)",
        [("04/2016/NQ-HĐTP", ("Chương IV",))],
    ),
    (
        "2. Nghị định số 259/2025/NĐ-CP của Chính phủ về kiểm soát thương mại chiến lược (khoản 2 Điều 4, Điều 9).\n3. Thông "
        "tư số 30/2026/TT-BKHCN ngày 06/6/2026 của Bộ trưởng Bộ Khoa học và Công nghệ.",
        [("259/2025/NĐ-CP", ("khoản 2 Điều 4", "Điều 9")), ("30/2026/TT-BKHCN", ())],
    ),
    (
        "được sửa đổi, bổ sung bởi khoản 2 Điều 1 Nghị\n\nđịnh số 245/2025/NĐ-CP). |",
        [("245/2025/NĐ-CP", ("khoản 2 Điều 1",))],
    ),
    (
        "Điều 4 của Quy định về hoạt động y tế trong các cơ sở giáo dục mầm non ban hành kèm theo Quyết định số "
        "58/2008/QĐ-BGDĐT ngày 17 tháng 10 năm 2008",
        [("58/2008/QĐ-BGDĐT", ("Điều 4",))],
    ),
    (
        "theo Điều 8 và Điều 10 Thông tư liên tịch 41/2014/TTLT-BYT-BTC hướng dẫn",
        [("41/2014/TTLT-BYT-BTC", ("Điều 8", "Điều 10"))],
    ),
]


@pytest.mark.parametrize("text, expected", PINPOINTS)
def test_pinpoints(text, expected):
    assert pins(text) == expected


def test_ocr_day():
    text = "bởi khoản 2 Điều 1 Nghị định số 245/2025/NĐ-CP\nngày lI tháng 9 năm 2025 của Chính phủ sửa đổi"
    assert [(c.issued, c.issuer) for c in extract_citations(text)] == [("2025-09-11", "Chính phủ")]


def test_abbreviated_local_issuer_is_kept_as_written():
    text = "Quyết định số 07/2024/QĐ-UBND ngày 05 tháng 3 năm 2024 của UBND tỉnh Lạng Sơn quy định"
    assert [(c.issued, c.issuer) for c in extract_citations(text)] == [("2024-03-05", "UBND tỉnh Lạng Sơn")]


def test_a_date_after_a_title_in_a_note_is_no_date_of_the_law_in_it():
    text = (
        "(Điều 1 Nghị quyết số 104/2015/QH13 Thi hành Luật tố tụng hành chính ngày 25/11/2015 của Quốc hội, có hiệu "
        "lực thi hành kể từ ngày 25/11/2015)"
    )
    assert [(c.number or c.title_hint, c.issued, c.issuer) for c in extract_citations(text)] == [
        ("104/2015/QH13", None, None),
        ("Luật tố tụng hành chính", None, None),
    ]


def test_ocr_capital_i_for_a_point_and_a_name_with_a_semicolon():
    assert pins("được miễn giấy phép xây dựng tại điểm I, điểm k khoản 2 Điều 98 Luật Xây dựng 2014") == [
        ("Luật Xây dựng 2014", ("điểm i khoản 2 Điều 98", "điểm k khoản 2 Điều 98"))
    ]
    text = "Pháp lệnh Chi phí giám định, định giá; chi phí cho người làm chứng, người phiên dịch trong tố tụng năm 2012"
    assert [c.title_hint for c in extract_citations(text)] == [text]


# Amending items in the passive, units first ('Điều 10 được sửa đổi như sau:'); the enacting word
# ('QUYẾT ĐỊNH:') closing a legal basis; a law's name inside a Markdown link.
MORE_FORMS = [
    pytest.param(
        None,
        "### Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 12/2020/TT-BTC như sau:\n\n1. Khoản 2 Điều 5 được sửa "
        "đổi, bổ sung như sau:\n\n“2. Nội dung mới.”\n\n2. Điều 10 được sửa đổi như sau:\n\n“Điều 10. Hồ sơ”\n\n3. Khoản 3 "
        "Điều 9 được bãi bỏ.\n\n4. Bổ sung Điều 7a vào sau Điều 7 như sau:",
        [
            ("amends", "12/2020/TT-BTC", ("khoản 2 Điều 5", "Điều 10", "Điều 7a")),
            ("repeals", "12/2020/TT-BTC", ("khoản 3 Điều 9",)),
        ],
        id="passive-items",
    ),
    pytest.param(
        None,
        "2. Điều 5 Nghị định số 15/2019/NĐ-CP được sửa đổi như sau:",
        [("amends", "15/2019/NĐ-CP", ("Điều 5",))],
        id="passive-item-with-its-document",
    ),
    pytest.param(
        None,
        "Điều 5 Nghị định số 15/2019/NĐ-CP đã được sửa đổi bởi Nghị định số 20/2021/NĐ-CP.",
        [],
        id="reported-change",
    ),
    pytest.param(
        None,
        "- Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n- Luật Đất đai số 31/2024/QH15;\n\nQUYẾT ĐỊNH:\n\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy định.",
        [("based_on", "72/2025/QH15", ()), ("based_on", "31/2024/QH15", ())],
        id="closed-by-the-enacting-word",
    ),
    pytest.param(
        None,
        "Căn cứ [Luật Đầu tư số 61/2020/QH14](https://thuvienphapluat.vn/van-ban/luat-dau-tu);",
        [("based_on", "61/2020/QH14", ())],
        id="name-in-a-link",
    ),
]


@pytest.mark.parametrize("title, text, expected", MORE_FORMS)
def test_more_forms(title, text, expected):
    assert relations(title, text) == expected


def test_a_list_numbered_again_below_a_numbered_clause():
    text = (
        "2. Bãi bỏ các văn bản sau:\n\n1. Thông tư số 10/2020/TT-BTC ngày 01/3/2020 của Bộ Tài chính quy định về thuế;"
        "\n\n2. Điều 4 Quyết định số 20/2019/QĐ-BTC ngày 01/3/2019 của Bộ trưởng Bộ Tài chính.\n\n3. Thông tư này có "
        "hiệu lực từ ngày 01/7/2026."
    )
    assert relations(None, text) == [("repeals", "10/2020/TT-BTC", ()), ("repeals", "20/2019/QĐ-BTC", ("Điều 4",))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Nghị định số 15/2020/NĐ-CP (ngày 03/02/2020) của Chính phủ", ("2020-02-03", "Chính phủ")),
        ("Nghị định số 15/2020/NĐ-CP (ngày 03/02/2020 của Chính phủ) quy định", ("2020-02-03", "Chính phủ")),
        ("Nghị định số 15/2020/NĐ-CP (ngày 03/02/2020 của Chính phủ quy định)", (None, None)),
    ],
)
def test_date_in_brackets(text, expected):
    assert [(c.issued, c.issuer) for c in extract_citations(text)] == [expected]


def test_an_article_restated_below_an_amendment_of_the_whole_document():
    text = (
        "### Điều 4. Điều khoản thi hành\n\n1. Thông tư này có hiệu lực thi hành kể từ ngày 30 tháng 6 năm 2026.\n\n"
        "2. Sửa đổi, bổ sung Thông tư số 09/2025/TT-BNV như sau:\n\n   **Điều 17. Thực hiện nhiệm vụ nhận và ban hành "
        "văn bản chấp thuận**\n3. **Bãi bỏ** Thông tư số 02/2024/TT-BLĐTBXH ngày 23 tháng 2 năm 2024."
    )
    assert relations(None, text) == [("amends", "09/2025/TT-BNV", ("Điều 17",)), ("repeals", "02/2024/TT-BLĐTBXH", ())]


def test_a_quoted_article_restated_below_an_amendment_of_the_whole_document():
    text = (
        "2. Sửa đổi, bổ sung Thông tư số 09/2025/TT-BNV như sau:\n\n“Điều 17. Thực hiện nhiệm vụ\n\n1. Nội dung.”\n\n"
        "3. Bãi bỏ Thông tư số 02/2024/TT-BLĐTBXH."
    )
    assert relations(None, text) == [("amends", "09/2025/TT-BNV", ("Điều 17",)), ("repeals", "02/2024/TT-BLĐTBXH", ())]


def test_guided_units_listed_with_their_document():
    text = (
        "Nghị định quy định chi tiết một số điều của Luật Giáo dục đại học, bao gồm:\n\n- **Khoản 4 Điều 11** Luật Giáo "
        "dục đại học số 125/2025/QH15: về việc đặt tên cơ sở giáo dục đại học.\n- **Khoản 5 Điều 16** Luật Giáo dục đại "
        "học số 125/2025/QH15: về bổ nhiệm, miễn nhiệm.\n- Nghị định thay thế một số quy định tại Chương IV Nghị định "
        "15/2019/NĐ-CP về điều kiện."
    )
    assert relations(None, text) == [
        ("guides", "Luật Giáo dục đại học", ()),
        ("guides", "125/2025/QH15", ("khoản 4 Điều 11", "khoản 5 Điều 16")),
        ("amends", "15/2019/NĐ-CP", ("Chương IV",)),
    ]


def test_a_legal_basis_naming_the_type_of_its_list():
    assert relations(
        None, "Căn cứ các Luật: Luật Tổ chức Chính phủ số 63/2025/QH15; Luật Đất đai số 31/2024/QH15;"
    ) == [("based_on", "63/2025/QH15", ()), ("based_on", "31/2024/QH15", ())]


def test_expired_documents_listed_after_a_colon_in_the_same_sentence():
    text = (
        "Kể từ ngày Nghị định này có hiệu lực, các văn bản sau đây hết hiệu lực thi hành: Nghị định số 12/2020/NĐ-CP "
        "ngày 01/3/2020; Nghị định số 13/2021/NĐ-CP ngày 01/3/2021."
    )
    assert relations(None, text) == [("expires", "12/2020/NĐ-CP", ()), ("expires", "13/2021/NĐ-CP", ())]


# A summary naming the document itself as a mirror writes it (type and number, no 'số', then the
# verb); not a document that is the subject of another verb, nor one written with 'số'.
SUMMARIES = [
    pytest.param(
        "Quyết định 22/2026/QĐ-TTg sửa đổi, bổ sung một số điều của Quyết định 08/2025/QĐ-TTg về chế độ bồi "
        "dưỡng giám định tư pháp.",
        [("amends", "08/2025/QĐ-TTg", ())],
        id="summary",
    ),
    pytest.param(
        "Nghị định 09/2010/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định 108/2006/NĐ-CP hết hiệu lực kể từ "
        "ngày 01/7/2026.",
        [("expires", "09/2010/NĐ-CP", ())],
        id="subject-of-expiry",
    ),
    pytest.param(
        "Nghị định số 09/2010/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 108/2006/NĐ-CP.",
        [],
        id="a-citation-with-its-title",
    ),
]


@pytest.mark.parametrize("text, expected", SUMMARIES)
def test_summaries(text, expected):
    assert relations(None, text) == expected


def test_ocr_junk_after_a_clause_number():
    assert pins("Nghị định này quy định chi tiết khoản 5Š Điều 31 Luật Báo chí về người phát ngôn") == [
        ("Luật Báo chí", ("khoản 5 Điều 31",))
    ]


# What the rules above must not read: origin notes and cross-references of Bộ pháp điển, lines
# below a legal basis that a delegation closes, 'Văn bản thay thế' in a table, a date clause.
NOT_STATEMENTS = [
    pytest.param(
        "(Điều 101 Luật số 93/2015/QH13, có hiệu lực thi hành kể từ ngày 01/07/2016)\n\n1. Người tiến hành tố "
        "tụng, người của cơ quan ban hành văn bản tố tụng được giao nhiệm vụ.",
        [],
        id="origin-note",
    ),
    pytest.param(
        "(Điều này có nội dung liên quan đến Điều 17. Kết quả lấy phiếu tín nhiệm của Nghị quyết 85/2014/QH13 Về "
        "lấy phiếu tín nhiệm ban hành ngày 28/11/2014; Điều 35.3.NQ.2.20. Ngưng hiệu lực thi hành)",
        [],
        id="cross-reference",
    ),
    pytest.param("| Văn bản thay thế | Nghị định 130/2005/NĐ-CP; Nghị định 117/2013/NĐ-CP |", [], id="table-row"),
    pytest.param(
        "| Ngày hiệu lực | 07/5/2026 – áp dụng đến hết ngày các quy định tại Nghị quyết 29/2026/QH16 hết hiệu lực |",
        [],
        id="until",
    ),
    pytest.param(
        "2. Các quy định tại Nghị định số 44/2017/NĐ-CP ngày 14 tháng 4 năm 2017 của Chính phủ quy định mức đóng "
        "bảo hiểm xã hội hết hiệu lực từ khi Nghị định này có hiệu lực.",
        [("expires", "44/2017/NĐ-CP", ())],
        id="all-provisions",
    ),
    pytest.param(
        "2. Quy định về thu phí xăng dầu tại Nghị định số 78/2000/NĐ-CP ngày 26 tháng 12 năm 2000 của Chính phủ "
        "về phí xăng dầu và Quyết định số 03/2009/QĐ-TTg ngày 09 tháng 01 năm 2009 hết hiệu lực.",
        [("amends", "78/2000/NĐ-CP", ()), ("amends", "03/2009/QĐ-TTg", ())],
        id="a-part-of-both",
    ),
]


@pytest.mark.parametrize("text, expected", NOT_STATEMENTS)
def test_not_statements_and_parts(text, expected):
    assert relations(None, text) == expected


def test_a_heading_repealing_some_articles_is_the_repeal_its_items_state():
    text = (
        "Điều 2. Bãi bỏ một số điều của Thông tư số 12/2020/TT-BTC\n\nBãi bỏ Điều 5, Điều 7 của Thông tư số "
        "12/2020/TT-BTC."
    )
    assert relations(None, text) == [("repeals", "12/2020/TT-BTC", ("Điều 5", "Điều 7"))]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Nghị định số 15/2020/NĐ-CP\n\nngày 03 tháng 02 năm 2020 của\n\nChính phủ quy định",
            ("2020-02-03", "Chính phủ"),
        ),
        ("Nghị định số 15/2020/NĐ-CP ngảy 03 tháng 02 năm 2020 của Chính phủ", ("2020-02-03", "Chính phủ")),
        ("Nghị định so 15/2020/ND-CP ngay 03 thang 02 nam 2020 cua Chinh phu", ("2020-02-03", "Chính phủ")),
        ("Thông tư số 12/2020/TT-BTC có hiệu lực ngay", (None, None)),
    ],
)
def test_dates_and_issuers_across_breaks_and_marks(text, expected):
    assert [(c.issued, c.issuer) for c in extract_citations(text)] == [expected]
