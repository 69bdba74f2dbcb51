"""Round 7: forms a fifth blind set (heldout5) found on unseen text, one table per class.

Texts are taken from the shared corpus (Bộ pháp điển topics); rows are (text, expected) pairs.
"""

import pytest

from nlp.citations import extract_citations
from nlp.relations import extract_relations


def relations(text, title=None):
    return [(r.type, r.target, r.articles) for r in extract_relations(text, title=title)]


def spans(text):
    return [(c.surface, c.number) for c in extract_citations(text)]


# Class 1: law names holding an acronym in brackets, and amending laws named by a group of laws
# with a capital 'Điều' and 'Luật'.
NAMES = [
    (
        "Nghị định này quy định chi tiết thi hành khoản 5, khoản 7 và khoản 11 Điều 1 Luật sửa đổi, bổ sung một số "
        "điều của Luật Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người (HIV/AIDS) số "
        "71/2020/QH14 ngày 16 tháng 11 năm 2020 về:",
        ("Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch "
         "mắc phải ở người (HIV/AIDS) số 71/2020/QH14", "71/2020/QH14"),
    ),
    (
        "Luật phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người (HIV/AIDS) ngày "
        "29/6/2006;",
        ("Luật phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người (HIV/AIDS)", None),
    ),
    (
        "Nghị định số 12/2015/NĐ-CP ngày 12 tháng 02 năm 2015 của Chính phủ quy định chi tiết thi hành Luật sửa đổi, "
        "bổ sung một số Điều của các Luật về thuế và sửa đổi, bổ sung một số Điều của các Nghị định về thuế",
        ("Luật sửa đổi, bổ sung một số Điều của các Luật về thuế", None),
    ),
]


@pytest.mark.parametrize("text, expected", NAMES)
def test_names(text, expected):
    assert expected in spans(text)


def test_ocr_article_keyword():
    text = "theo quy định tại Khoản 1 Đièu 1 Nghị định số 12/2015/NĐ-CP ngày 12 tháng 02 năm 2015"
    assert extract_citations(text)[0].articles == ("khoản 1 Điều 1",)


# Class 2: the same law named by a title and by the body with its tone marks placed otherwise.
def test_guides_one_law_two_spellings():
    text = (
        "(Điều 1 Nghị định số 132/2008/NĐ-CP Quy định chi tiết thi hành một số điều của Luật chất lượng sản phẩm, "
        "hàng hóa ngày 31/12/2008 của Chính phủ, có hiệu lực thi hành kể từ ngày 01/02/2009)\n\n"
        "Nghị định này quy định chi tiết thi hành một số điều của Luật Chất lượng sản phẩm, hàng hoá về quản lý chất "
        "lượng sản phẩm, hàng hoá."
    )
    title = "Quy định chi tiết thi hành một số điều của Luật chất lượng sản phẩm, hàng hóa"
    assert relations(text, title) == [("guides", "Luật chất lượng sản phẩm, hàng hóa", ())]


# Class 3: pinpoints closing a procedure's item after the document's title.
CLOSING = [
    (
        "3. Thông tư số 31/2018/TT-BLĐTBXH ngày 26/12/2018 của Bộ Lao động - Thương binh và Xã hội quy định chi tiết "
        "hoạt động huấn luyện an toàn, vệ sinh lao động, gồm Điều 3 đến Điều 7 và Phụ lục I;\n4. Thông tư",
        ("Điều 3", "Điều 4", "Điều 5", "Điều 6", "Điều 7", "Phụ lục I"),
    ),
    (
        "* Thông tư số 40/2022/TT-BTC ngày 29/6/2022 của Bộ Tài chính quy định về giám định tư pháp trong lĩnh vực "
        "tài chính, gồm Điều 5, Điều 6 và Điều 10;\n",
        ("Điều 5", "Điều 6", "Điều 10"),
    ),
    (
        "4.1. Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15, từ Điều 11 đến Điều 16;\n",
        ("Điều 11", "Điều 12", "Điều 13", "Điều 14", "Điều 15", "Điều 16"),
    ),
]


@pytest.mark.parametrize("text, articles", CLOSING)
def test_closing_units(text, articles):
    assert extract_citations(text)[0].articles == articles


# Class 4: joint issuers after 'liên tịch' / 'liên Bộ', with 'Bộ' written once or for each.
JOINT = [
    (
        "Thông tư liên tịch số 09/2003/TTLT-BYT-BNV-BTC ngày 29 tháng 9 năm 2003 của liên tịch Bộ Y tế, Bộ Nội vụ, "
        "Bộ Tài chính hướng dẫn thực hiện",
        "Bộ Y tế và Bộ Nội vụ và Bộ Tài chính",
    ),
    (
        "Thông tư liên tịch số 28/2010/TTLT-BTC-BKHCN ngày 03/3/2010 của liên bộ Tài chính và Khoa học và Công nghệ "
        "hướng dẫn quản lý",
        "Bộ Tài chính và Bộ Khoa học và Công nghệ",
    ),
    (
        "Thông tư số 58/2015/TTLT-BYT-BTNMT ngày 31 tháng 12 năm 2015 của Liên Bộ Y tế, Tài nguyên và Môi trường quy "
        "định về quản lý chất thải y tế",
        "Bộ Y tế và Bộ Tài nguyên và Môi trường",
    ),
]


@pytest.mark.parametrize("text, issuer", JOINT)
def test_joint_issuers(text, issuer):
    assert extract_citations(text)[0].issuer == issuer


# Class 5: a unit of a ministry in brackets glued to the number's code.
UNIT_NUMBERS = [
    ("1. Thông tư này có hiệu lực kể từ ngày 28 tháng 12 năm 2012. Bãi bỏ Công văn số 2560/BCA(X13) ngày 26/12/2003 "
     "của Bộ Công an hướng dẫn thực hiện chế độ thường trực", "2560/BCA(X13)"),
    ("Quy chế ban hành kèm theo Quyết định số 729/1998/QĐ-BCA(V19) ngày 09 tháng 11 năm 1998 của Bộ trưởng Bộ Công an",
     "729/1998/QĐ-BCA(V19)"),
]


@pytest.mark.parametrize("text, number", UNIT_NUMBERS)
def test_unit_in_brackets(text, number):
    assert extract_citations(text)[0].number == number


def test_repeal_of_a_letter_with_unit():
    text = UNIT_NUMBERS[0][0]
    assert ("repeals", "2560/BCA(X13)", ()) in relations(text)


# Class 6: expiry with its verb last: a subject announcing its list ('Các văn bản:'), old numbers
# without a year among the items; articles named by an item before the one naming the document.
def test_subject_listing_its_items():
    text = (
        "2. Các văn bản: Thông tư liên bộ số 08/TT-LB ngày 19 tháng 5 năm 1976 của Bộ Y tế - Bộ Thương binh và Xã "
        "hội, Tổng Công đoàn Việt Nam quy định một số bệnh nghề nghiệp; Quyết định số 167/BYT-QĐ ngày 04 tháng 02 "
        "năm 1997 của Bộ Y tế ban hành bổ sung 5 bệnh nghề nghiệp; Thông tư số 36/2014/TT-BYT ngày 14 tháng 11 năm "
        "2014 của Bộ Y tế bổ sung bệnh Bụi phổi Than nghề nghiệp; Mục V và Mục VII Thông tư liên tịch số "
        "08/1998/TTLT-BYT-BLĐTBXH ngày 20 tháng 4 năm 1998 của liên Bộ Y tế, Bộ Lao động - Thương binh và Xã hội "
        "hướng dẫn thực hiện các quy định về bệnh nghề nghiệp, hết hiệu lực kể từ ngày Thông tư này có hiệu lực."
    )
    assert relations(text) == [
        ("expires", "08/TT-LB", ()),
        ("expires", "167/BYT-QĐ", ()),
        ("expires", "36/2014/TT-BYT", ()),
        ("expires", "08/1998/TTLT-BYT-BLĐTBXH", ("Mục V", "Mục VII")),
    ]


def test_articles_of_an_earlier_item():
    text = (
        "2. Nội dung quy định về hoạt động kiểm định kỹ thuật an toàn lao động tại các Điều 15, 16, 17, 18, 19, 20, "
        "21, 22, 23 và 24 mục 3; hoạt động huấn luyện an toàn lao động, vệ sinh lao động quy định tại điểm d Khoản 1 "
        "Điều 25 Nghị định số 45/2013/NĐ-CP ngày 10 tháng 5 năm 2013 của Chính phủ quy định chi tiết và hướng dẫn "
        "thi hành một số Điều của Bộ luật Lao động hết hiệu lực thi hành kể từ ngày Nghị định này có hiệu lực."
    )
    assert relations(text) == [
        ("expires", "45/2013/NĐ-CP", tuple(f"Điều {n}" for n in range(15, 25)) + ("điểm d khoản 1 Điều 25",)),
    ]


# Class 7: scope articles naming the guided units after the law: semicolon lists after 'giao tại',
# and items below 'một số điều và biện pháp thi hành Luật X về:'.
def test_units_given_after_the_law():
    text = (
        "Nghị định này quy định chi tiết nội dung Luật Kiến trúc giao tại khoản 5 Điều 13; khoản 5 Điều 14 và khoản "
        "1 Điều 15; khoản 8 Điều 17; khoản 4 Điều 30 và khoản 3 Điều 31 về công trình kiến trúc có giá trị."
    )
    assert relations(text) == [
        ("guides", "Luật Kiến trúc", ("khoản 5 Điều 13", "khoản 5 Điều 14", "khoản 1 Điều 15", "khoản 8 Điều 17",
                                      "khoản 4 Điều 30", "khoản 3 Điều 31")),
    ]


def test_units_in_items_below_the_law():
    text = (
        "Nghị định này quy định chi tiết một số điều và biện pháp thi hành Luật Người lao động Việt Nam đi làm việc "
        "ở nước ngoài theo hợp đồng về:\n\n"
        "1. Điều kiện, hồ sơ cấp Giấy phép hoạt động dịch vụ theo khoản 2 Điều 10; khoản 4 Điều 12.\n\n"
        "2. Điều kiện hoạt động dịch vụ tại một số thị trường theo khoản 2 Điều 8.\n\n"
        "3. Các biện pháp thi hành Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng."
    )
    assert relations(text)[0] == (
        "guides", "Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng",
        ("khoản 2 Điều 10", "khoản 4 Điều 12", "khoản 2 Điều 8"),
    )


# Class 8: a part issued with a document ('ban hành (kèm) theo') expires: the document is amended;
# a code's colon opens no list and the code's tail ('21- 2016/BLĐTBXH') is no citation.
PARTS_ISSUED_WITH = [
    (
        "2. Tiêu chuẩn bụi amiăng, tiêu chuẩn bụi chứa silic, tiêu chuẩn bụi không chứa silic và tiêu chuẩn bụi bông "
        "trong Tiêu chuẩn Vệ sinh lao động ban hành theo Quyết định số 3733/2002/QĐ-BYT ngày 10 tháng 10 năm 2002 "
        "của Bộ trưởng Bộ Y tế hết hiệu lực kể từ ngày Thông tư này có hiệu lực.",
        "3733/2002/QĐ-BYT",
    ),
    (
        "2. Các quy trình kiểm định số QTKĐ: 21- 2016/BLĐTBXH Quy trình kiểm định kỹ thuật an toàn thang máy điện, "
        "QTKĐ: 22- 2016/BLĐTBXH Quy trình kiểm định kỹ thuật an toàn thang thủy lực ban hành kèm theo Thông tư số "
        "54/2016/TT-BLĐTBXH ngày 28 tháng 12 năm 2016 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội hết hiệu "
        "lực kể từ ngày Thông tư này có hiệu lực.",
        "54/2016/TT-BLĐTBXH",
    ),
]


@pytest.mark.parametrize("text, target", PARTS_ISSUED_WITH)
def test_part_issued_with_a_document(text, target):
    assert relations(text) == [("amends", target, ())]
    assert [c.number for c in extract_citations(text)] == [target]


def test_ocr_split_expiry_verb():
    text = (
        "2. Thông tư số 14/2018/TT-BNNPTNT ngày 29/10/2018 của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Ban "
        "hành Danh mục sản phẩm, hàng hóa có kh ả năng gây mất an toàn hết hi ệu lực thi hành kể từ ngày Thông tư "
        "này có hi ệu lực thi hành."
    )
    assert relations(text) == [("expires", "14/2018/TT-BNNPTNT", ())]


def test_replacing_what_was_issued_with_a_document():
    text = (
        "2. Thay thế Biểu thuế nhập khẩu ưu đãi đặc biệt của Việt Nam để thực hiện Hiệp định Thương mại Hàng hóa "
        "ASEAN - Hàn Quốc giai đoạn 2022 - 2027 ban hành kèm theo Nghị định số 119/2022/NĐ-CP ngày 30 tháng 12 năm "
        "2022 của Chính phủ bằng Biểu thuế nhập khẩu ưu đãi đặc biệt ban hành kèm theo Nghị định này."
    )
    assert relations(text) == [("amends", "119/2022/NĐ-CP", ())]


def test_basis_item_opening_on_its_articles():
    text = (
        "4. TÀI LIỆU VIỆN DẪN\na) Luật Chất lượng sản phẩm, hàng hóa số 05/2007/QH12;\n"
        "c) Điều 3, Điều 4 và Phụ lục II Thông tư số 06/2020/TT-BKHCN;\n"
        "d) Các điều từ Điều 5 đến Điều 8 Thông tư số 28/2012/TT-BKHCN.\n5. ĐỊNH NGHĨA"
    )
    assert [(t, n) for t, n, _ in relations(text)] == [
        ("based_on", "05/2007/QH12"), ("based_on", "06/2020/TT-BKHCN"), ("based_on", "28/2012/TT-BKHCN"),
    ]


def test_and_glued_to_the_next_document():
    title = (
        "Quy định chi tiết và biện pháp thi hành một số điều Nghị định số 132/2008/NĐ-CP ngày 31 tháng 12 năm 2008, "
        "Nghị định số 154/2018/NĐ-CP ngày 09 tháng 11 năm 2018 vàNghị định số 119/2017/NĐ-CP ngày 01 tháng 11 năm "
        "2017của Chính phủ"
    )
    assert [n for _, n, _ in relations("Thông tư này có hiệu lực.", title)] == [
        "132/2008/NĐ-CP", "154/2018/NĐ-CP", "119/2017/NĐ-CP",
    ]


# Class 9: a trigger after a bare type word inside the clause is another document's title.
def test_trigger_in_an_unnamed_documents_title():
    text = (
        "2. Quy định về thẩm quyền xử phạt vi phạm hành chính của Cục trưởng Cục tiền lương và Bảo hiểm xã hội tại "
        "khoản 2 Điều 61 và khoản 11 Điều 63 của Nghị định này có hiệu lực thi hành kể từ ngày Nghị định sửa đổi, "
        "bổ sung một số điều của Nghị định số 189/2025/NĐ-CP ngày 01 tháng 7 năm 2025 của Chính phủ có hiệu lực."
    )
    assert relations(text) == []


# Class 10: an old ordinance named after 'về', in lower case.
def test_ordinance_named_after_about():
    text = (
        "Bãi bỏ Pháp lệnh về thuế nông nghiệp đã được Hội đồng Nhà nước nước Cộng hoà xã hội chủ nghĩa Việt Nam khoá "
        "VIII thông qua ngày 30 tháng 1 năm 1989 và chế độ hiện hành thu tiền nuôi rừng đối với đất rừng trồng."
    )
    assert relations(text) == [("repeals", "Pháp lệnh về thuế nông nghiệp", ())]
    assert spans("theo quy định của Luật và các văn bản dưới Luật về thuế sử dụng đất nông nghiệp") == []


def test_old_joint_circular_type():
    text = "Thông tư liên bộ số 29/TT-LB ngày 25 tháng 10 năm 1991 của Bộ Y tế - Bộ Lao động -Thương binh và Xã hội"
    c = extract_citations(text)[0]
    assert (c.surface, c.doc_type, c.number) == ("Thông tư liên bộ số 29/TT-LB", "Thông tư liên tịch", "29/TT-LB")
