"""Round 6: forms a fourth blind set (heldout4) found on unseen text, one table per class.

Texts are taken from the shared corpus (Bộ pháp điển topics, 2026 documents); rows are (text,
expected) pairs.
"""

import pytest

from nlp.citations import extract_citations
from nlp.relations import extract_relations


def relations(text, title=None):
    return [(r.type, r.target, r.articles) for r in extract_relations(text, title=title)]


# Class 1: issuers with a dash that lost a space, and joint issuers of a TTLT joined by dashes.
ISSUERS = [
    (
        "d) Quyết định số 18/2007/QĐ-BLĐTBXH ngày 18 tháng 7 năm 2007 của Bộ trưởng Bộ Lao động- Thương binh và Xã "
        "hội ban hành chương trình bồi dưỡng kiến thức cần thiết cho người lao động trước khi đi làm việc ở nước ngoài;",
        "Bộ Lao động - Thương binh và Xã hội",
    ),
    (
        "Thông tư liên tịch số 17/2007/TTLT-BLĐTBXH-NHNNVN ngày 04 tháng 9 năm 2007 của Bộ Lao động - Thương binh và "
        "Xã hội - Ngân hàng Nhà nước Việt Nam quy định việc quản lý và sử dụng tiền ký quỹ",
        "Bộ Lao động - Thương binh và Xã hội và Ngân hàng Nhà nước Việt Nam",
    ),
    (
        "Thông tư liên tịch số 26/2011/TTLT-BGDĐT-BKHCN-BYT ngày 16 tháng 6 năm 2011 của Bộ Giáo dục và Đào tạo - Bộ "
        "Khoa học và Công nghệ - Bộ Y tế hướng dẫn tiêu chuẩn bàn ghế học sinh",
        "Bộ Giáo dục và Đào tạo và Bộ Khoa học và Công nghệ và Bộ Y tế",
    ),
]


@pytest.mark.parametrize("text, issuer", ISSUERS)
def test_issuers(text, issuer):
    assert extract_citations(text)[0].issuer == issuer


# Class 2: 'trong trường hợp' inside the title of the expiring document is no condition.
EXPIRY_TITLES = [
    (
        "2. Thông tư số 13/2021/TT-BYT ngày 16 tháng 9 năm 2021 của Bộ trưởng Bộ Y tế quy định cấp số lưu hành, nhập "
        "khẩu trang thiết bị y tế phục vụ hoạt động phòng, chống dịch COVID-19 trong trường hợp cấp bách hết hiệu lực "
        "thi hành kể từ ngày Thông tư này có hiệu lực thi hành.",
        [("expires", "13/2021/TT-BYT", ())],
    ),
    (
        "3. Trong trường hợp Nghị định số 98/2021/NĐ-CP hết hiệu lực thì các quy định tại Chương II Thông tư này "
        "không còn áp dụng.",
        [],
    ),
    # Other case words of a title ('khi'), and times that bound the statement whatever their place.
    (
        "Quyết định số 20/2015/QĐ-UBND ngày 10 tháng 5 năm 2015 quy định mức hỗ trợ khi Nhà nước thu hồi đất hết hiệu "
        "lực kể từ ngày Quyết định này có hiệu lực thi hành.",
        [("expires", "20/2015/QĐ-UBND", ())],
    ),
    ("Nghị định số 12/2015/NĐ-CP tiếp tục có hiệu lực cho đến khi Nghị định số 15/2020/NĐ-CP hết hiệu lực.", []),
    ("Thông tư số 05/2019/TT-BTC được áp dụng đến ngày Thông tư số 07/2020/TT-BTC hết hiệu lực.", []),
    ("Nghị định số 15/2020/NĐ-CP, nếu được thay thế, thì hết hiệu lực.", []),
    # A case word after a document the clause does not open with: no title of a subject.
    (
        "c) Cá nhân kinh doanh, chủ hộ kinh doanh, cá nhân là chủ sở hữu hưởng\nlợi của doanh nghiệp theo quy định "
        "của Luật Doanh nghiệp, cá nhân là người\nđại diện theo pháp luật của doanh nghiệp, hợp tác xã, liên hiệp hợp "
        "tác xã thuộc\ntrường hợp cơ quan quản lý thuế đủ căn cứ để xác định và đã ban hành thông\nbáo người nộp thuế "
        "không hoạt động tại địa chỉ đã đăng ký theo quy định, sau\n120 ngày kể từ ngày cơ quan thuế ban hành thông báo "
        "mà không thực hiện thủ\ntục khôi phục mã số thuế hoặc chấm dứt hiệu lực mã số thuế theo quy định;",
        [],
    ),
]


@pytest.mark.parametrize("text, expected", EXPIRY_TITLES)
def test_expiry_titles(text, expected):
    assert relations(text) == expected


# Class 3: numbered forms of an annex are units of their own; forms named by code change the annex.
FORM_PINPOINTS = [
    (
        "Việc điều tra, khảo sát, thu thập thông tin quy định tại điểm này thực hiện theo Mẫu số 30 và Mẫu số 31 "
        "Phụ lục II ban hành kèm theo Nghị định số 151/2025/NĐ-CP.",
        ("Mẫu số 30 Phụ lục II", "Mẫu số 31 Phụ lục II"),
    ),
    (
        "3. Mẫu số 13.01, mẫu số 13.02 quy định tại Phụ lục I và mẫu quy định tại Phụ lục V của Thông tư số "
        "19/2021/TT-BYT ngày 16 tháng 11 năm 2021 của Bộ trưởng Bộ Y tế",
        ("Mẫu số 13.01 Phụ lục I", "Mẫu số 13.02 Phụ lục I", "Phụ lục V"),
    ),
    # A form code is no numbered form: the annex alone.
    ("theo Mẫu số 01/TNDN Phụ lục I ban hành kèm theo Thông tư số 80/2021/TT-BTC", ("Phụ lục I",)),
]


@pytest.mark.parametrize("text, articles", FORM_PINPOINTS)
def test_form_pinpoints(text, articles):
    assert extract_citations(text)[0].articles == articles


FORM_RELATIONS = [
    (
        "21. Thay thế Phụ lục IV và Mẫu số 01, Mẫu số 02, Mẫu số 03, Mẫu số 04 Phụ lục V ban hành kèm theo Nghị định "
        "số 57/2025/NĐ-CP.",
        [("replaces", "57/2025/NĐ-CP", ("Phụ lục IV", "Mẫu số 01 Phụ lục V", "Mẫu số 02 Phụ lục V",
                                        "Mẫu số 03 Phụ lục V", "Mẫu số 04 Phụ lục V"))],
    ),
    (
        "4. **Thay thế** Mẫu số 04, Mẫu số 06 Phụ lục I ban hành kèm theo Thông tư số 21/2021/TT-BLĐTBXH **bằng** "
        "Mẫu số 04, Mẫu số 06 Phụ lục I ban hành kèm theo Thông tư này;",
        [("replaces", "21/2021/TT-BLĐTBXH", ("Mẫu số 04 Phụ lục I", "Mẫu số 06 Phụ lục I"))],
    ),
    (
        "Thay thế biểu số 004.N/BCB-TP và biểu số 005.N/BCB-TP tại Phụ lục II ban hành kèm theo Nghị định số "
        "139/2026/NĐ-CP bằng biểu số 004.N/BCB-TP và biểu số 005.N/BCB-TP tại Phụ lục ban hành kèm theo Nghị định này.",
        [("amends", "139/2026/NĐ-CP", ("Phụ lục II",))],
    ),
]


@pytest.mark.parametrize("text, expected", FORM_RELATIONS)
def test_form_relations(text, expected):
    assert relations(text) == expected


# Class 4: a section added after another takes its chapter (sections are numbered per chapter).
_AMENDING = "### Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 15/2020/NĐ-CP\n\n"
INSERTED_UNITS = [
    ("2. Bổ sung Mục 2a vào sau Mục 2 Chương III Nghị định số 15/2020/NĐ-CP như sau:", ("Mục 2a Chương III",)),
    (_AMENDING + "1. Bổ sung Mục 5 vào Chương II như sau:\n", ("Mục 5 Chương II",)),
    (_AMENDING + "1. Bổ sung Mục 5 vào cuối Chương II như sau:\n", ("Mục 5 Chương II",)),
    (_AMENDING + "1. Bổ sung khoản 4 vào cuối Điều 12 như sau:\n", ("khoản 4 Điều 12",)),
    (_AMENDING + "1. Bổ sung vào cuối khoản 5 Điều 12 như sau:\n", ("khoản 5 Điều 12",)),
    (_AMENDING + "1. Bổ sung Điều 20a vào sau Điều 20 Mục 2 Chương II như sau:\n", ("Điều 20a",)),
]


@pytest.mark.parametrize("text, articles", INSERTED_UNITS)
def test_inserted_units(text, articles):
    assert relations(text) == [("amends", "15/2020/NĐ-CP", articles)]


def test_section_inserted_into_chapter():
    text = (
        "### Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 125/2020/NĐ-CP\n\n"
        "Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 125/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính "
        "phủ quy định xử phạt vi phạm hành chính về thuế, hóa đơn như sau:\n\n"
        "**1.1.** Bổ sung Mục 3 và Điều 19a vào sau Mục 2 Chương II như sau:\n"
    )
    assert relations(text) == [("amends", "125/2020/NĐ-CP", ("Mục 3 Chương II", "Điều 19a"))]


# Class 5: a scope article listing the guided units of a law as items, each naming its unit last.
def test_units_listed_below_with_pinpoint_last():
    text = (
        "Thông tư này quy định chi tiết một số điều, khoản sau đây của Luật Người lao động Việt Nam đi làm việc ở "
        "nước ngoài theo hợp đồng:\n\n"
        "1. Hồ sơ chuẩn bị nguồn lao động theo quy định tại khoản 5 Điều 18.\n\n"
        "2. Nội dung chi tiết hợp đồng cung ứng lao động theo quy định tại khoản 3 Điều 19.\n\n"
        "3. Tài liệu chứng minh việc đưa người lao động Việt Nam đi làm việc ở nước ngoài phù hợp với pháp luật của "
        "nước tiếp nhận lao động theo quy định tại khoản 4 Điều 20; tài liệu chứng minh việc đưa người lao động Việt "
        "Nam đi đào tạo, nâng cao trình độ, kỹ năng nghề ở nước ngoài theo quy định tại khoản 2 Điều 40.\n\n"
        "Điều 2. Đối tượng áp dụng\n\n1. Doanh nghiệp hoạt động dịch vụ đưa người lao động Việt Nam đi làm việc ở "
        "nước ngoài theo quy định tại khoản 1 Điều 9.\n"
    )
    units = ("khoản 5 Điều 18", "khoản 3 Điều 19", "khoản 4 Điều 20", "khoản 2 Điều 40")
    assert extract_citations(text)[0].articles == units
    assert relations(text) == [("guides", "Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng", units)]


# Class 6: 'Bãi bỏ các quy định tại <document>' repeals all of it; a named part still amends.
REPEALED_PROVISIONS = [
    (
        "2. Bãi bỏ các quy định tại Luật thuế tiêu thụ đặc biệt số 05/1998/QH10; Luật sửa đổi, bổ sung một số điều "
        "của Luật thuế tiêu thụ đặc biệt số 08/2003/QH11; Điều 1 của Luật sửa đổi, bổ sung một số điều của Luật thuế "
        "tiêu thụ đặc biệt và Luật thuế giá trị gia tăng số 57/2005/QH11, trừ các quy định đối với mặt hàng rượu và "
        "bia tiếp tục có hiệu lực thi hành đến hết ngày 31 tháng 12 năm 2009.",
        [("repeals", "05/1998/QH10", ()), ("repeals", "08/2003/QH11", ()), ("repeals", "57/2005/QH11", ("Điều 1",))],
    ),
    (
        "2. Bãi bỏ các quy định về phí tại Nghị định số 12/2015/NĐ-CP ngày 12 tháng 02 năm 2015 của Chính phủ.",
        [("amends", "12/2015/NĐ-CP", ())],
    ),
]


@pytest.mark.parametrize("text, expected", REPEALED_PROVISIONS)
def test_repealed_provisions(text, expected):
    assert relations(text) == expected


# Class 7: the proposal and the enacting sentence on a 'Căn cứ' line end its list of bases.
def test_basis_line_ends_at_proposal():
    text = (
        "Căn cứ Luật Chất lượng sản phẩm, hàng hóa số 05/2007/QH12; Luật sửa đổi, bổ sung một số điều của Luật Chất "
        "lượng sản phẩm, hàng hóa số 78/2025/QH15; Căn cứ Luật Thương mại số 36/2005/QH11;\n\n"
        "Căn cứ Luật Bảo vệ quyền lợi người tiêu dùng số 19/2023/QH15; Theo đề nghị của Bộ trưởng Bộ Khoa học và "
        "Công nghệ; Chính phủ ban hành Nghị định quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi "
        "hành Luật Chất lượng sản phẩm, hàng hóa.\n"
    )
    assert [r for r in relations(text) if r[0] == "based_on"] == [
        ("based_on", "05/2007/QH12", ()), ("based_on", "78/2025/QH15", ()), ("based_on", "36/2005/QH11", ()),
        ("based_on", "19/2023/QH15", ()),
    ]


# Class 8: a document written out in full after a list whose shared title it cannot be part of.
def test_list_sibling_older_than_last_head():
    title = (
        "Sửa đổi, bổ sung một số điều Nghị định số 132/2008/NĐ-CP ngày 31 tháng 12 năm 2008, Nghị định số "
        "74/2018/NĐ-CP ngày 15 tháng 5 năm 2018 của Chính phủ quy định chi tiết thi hành một số điều Luật Chất lượng "
        "sản phẩm, hàng hóa và Nghị định số 86/2012/NĐ-CP ngày 19 tháng 10 năm 2012 của Chính phủ quy định chi tiết và "
        "hướng dẫn thi hành một số điều Luật Đo lường"
    )
    assert relations("", title=title) == [
        ("amends", "132/2008/NĐ-CP", ()), ("amends", "74/2018/NĐ-CP", ()), ("amends", "86/2012/NĐ-CP", ()),
    ]
    # Not a document named in the title of the only head: 'Nghị định số 74/2018 ... quy định chi tiết
    # ... Nghị định số 132/2008 ...' (older than its head).
    single = (
        "Sửa đổi, bổ sung một số điều Thông tư số 15/2020/TT-BKHCN ngày 30 tháng 6 năm 2020 của Bộ trưởng Bộ Khoa học "
        "và Công nghệ hướng dẫn Nghị định số 132/2008/NĐ-CP ngày 31 tháng 12 năm 2008 của Chính phủ"
    )
    assert relations("", title=single) == [("amends", "15/2020/TT-BKHCN", ())]


# Class 9: a name in a guided document's title stays in it when an OCR'd name before it is not read.
def test_name_in_title_after_unread_name():
    title = (
        "Hướng dẫn thi hành Nghị định số 108/2015/NĐ-CP ngày 28 tháng 10 năm 2015 của Chính phủ quy định chi tiết và "
        "hướng dẫn thi hành một số điều của Luật thuế tỉêu thụ đặc bỉệt và Luật sửa đổi, bổ sung một số điều của Luật "
        "thuế tiêu thụ đặc biệt"
    )
    assert relations("", title=title) == [("guides", "108/2015/NĐ-CP", ())]
    # Named beside the decree, not in its title: both guided.
    text = (
        "Thông tư này hướng dẫn thi hành Nghị định số 126/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ và Luật "
        "Quản lý thuế."
    )
    assert relations(text) == [("guides", "126/2020/NĐ-CP", ()), ("guides", "Luật Quản lý thuế", ())]
