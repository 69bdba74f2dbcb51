"""Forms of real text the extractor met on documents it had not seen, one table per class.

Every text is taken from the shared corpus (2026 documents, several OCR'd; Bộ pháp điển topics) or
written the way those documents write; each row is (text, expected), expected as in the helpers.
"""
import pytest

from nlp.citations import extract_citations


def numbers(text):
    return [(c.surface, c.number, c.doc_type) for c in extract_citations(text)]


def issuers(text):
    return [(c.number, c.issued, c.issuer) for c in extract_citations(text)]


def pinpoints(text):
    return [(c.number or c.title_hint, list(c.articles)) for c in extract_citations(text)]


# A number or a type word broken at a line end, as PDF readers and OCR leave them.
LINE_BREAKS = [
    ("theo Quy chế ban hành kèm theo Thông tư số 23/2021/TT-\nBGDĐT ngày 30 tháng 8 năm 2021",
     [("Thông tư số 23/2021/TT-\nBGDĐT", "23/2021/TT-BGDĐT", "Thông tư")]),
    ("tại Điều 1 Nghị định só 99/2026/NĐ-\nCP: gồm",
     [("Nghị định só 99/2026/NĐ-\nCP", "99/2026/NĐ-CP", "Nghị định")]),
    ("a) Nghị định số 123/2020/NĐ- CP ngày 19 tháng 10 năm 2020",
     [("Nghị định số 123/2020/NĐ- CP", "123/2020/NĐ-CP", "Nghị định")]),
    ("tại khoản 2 Điều 15 Nghị\nquyết số 05/2025/NQ-CP, về",
     [("Nghị\nquyết số 05/2025/NQ-CP", "05/2025/NQ-CP", "Nghị quyết")]),
    ("quy định tại Thông\ntư số 74/2024/TT-\nBTC ngày 31 tháng 10 năm 2024",
     [("Thông\ntư số 74/2024/TT-\nBTC", "74/2024/TT-BTC", "Thông tư")]),
    # A blank line ends the number: what follows is another paragraph.
    ("Nghị định 12/2020/NĐ-\n\nCP", [("Nghị định 12/2020/NĐ", "12/2020/NĐ", "Nghị định")]),
    # The document's own number under its type is no citation.
    ("# NGHỊ ĐỊNH\n\n**Số 283/2026/NĐ-CP**\n\n*Quy định xử phạt*", []),
    ("NGHỊ ĐỊNH\nSố: 202/2026/NĐ-CP", []),
]

# Markdown emphasis inside or around a citation reads as spaces; the span runs as written.
MARKUP = [
    ("- Luật Phòng bệnh số **114/2025/QH15**;",
     [("Luật Phòng bệnh số **114/2025/QH15", "114/2025/QH15", "Luật")]),
    ("- Quyết định số **73/2011/QĐ-TTg** ngày 28/12/2011 của Thủ tướng Chính phủ quy định",
     [("Quyết định số **73/2011/QĐ-TTg", "73/2011/QĐ-TTg", "Quyết định")]),
    ("1. **Luật Ngân sách nhà nước** số 89/2025/QH15",
     [("Luật Ngân sách nhà nước** số 89/2025/QH15", "89/2025/QH15", "Luật")]),
    ("theo *Thông tư 01/2020/TT-BTP*, và __Luật Đất đai năm 2024__",
     [("Thông tư 01/2020/TT-BTP", "01/2020/TT-BTP", "Thông tư"), ("Luật Đất đai năm 2024", None, "Luật")]),
    # Underscores inside a word (a link) are no emphasis.
    ("Nghị định số [134/2016/NĐ-CP](https://vbpl.vn/van_ban/134) của Chính phủ",
     [("Nghị định số [134/2016/NĐ-CP", "134/2016/NĐ-CP", "Nghị định")]),
]

MARKUP_DETAILS = [
    ("- Quyết định số **73/2011/QĐ-TTg** ngày 28/12/2011 của Thủ tướng Chính phủ quy định",
     [("73/2011/QĐ-TTg", "2011-12-28", "Thủ tướng Chính phủ")]),
    ("**Nghị định số 12/2020/NĐ-CP** ngày 01/02/2020 của Chính phủ",
     [("12/2020/NĐ-CP", "2020-02-01", "Chính phủ")]),
]

MARKUP_PINPOINTS = [
    ("- **Khoản 2 Điều 64** Luật An toàn thực phẩm số 55/2010/QH12.", [("55/2010/QH12", ["khoản 2 Điều 64"])]),
    ("không bị xử phạt theo **Điều 14, Điều 15** và **Điều 19** của Nghị định số 125/2020/NĐ-CP.",
     [("125/2020/NĐ-CP", ["Điều 14", "Điều 15", "Điều 19"])]),
    ("- **Khoản 4 Điều 11** Luật Giáo dục đại học số 125/2025/QH15: về việc đặt tên",
     [("125/2025/QH15", ["khoản 4 Điều 11"])]),
]

# Issuers broken by a line, heads of a body, joint issuers, any case, OCR'd marks.
ISSUERS = [
    ("a) Thông tư số 44/2011/TT-BGDĐT ngày 10 tháng 10 năm 2011 của Bộ\ntrưởng Bộ Giáo dục và Đào tạo quy định",
     [("44/2011/TT-BGDĐT", "2011-10-10", "Bộ Giáo dục và Đào tạo")]),
    ("thay thế Thông tư sô 182/2019/TT-BQP ngày 04 tháng 12 năm 2019 của Bộ trưởng\nBộ Quôc phòng quy định",
     [("182/2019/TT-BQP", "2019-12-04", "Bộ Quốc phòng")]),
    ("Nghị định số 112/2020/NĐ-CP ngày 18 tháng 9 năm 2020 của Chính phú, về xử lý",
     [("112/2020/NĐ-CP", "2020-09-18", "Chính phủ")]),
    ("Nghị định số 12/2020/NĐ-CP của chính phủ", [("12/2020/NĐ-CP", None, "Chính phủ")]),
    ("Nghị định số 13/2020/NĐ-CP của Chỉnh phủ", [("13/2020/NĐ-CP", None, "Chính phủ")]),
    ("Quyết định số 05/2001/QĐ-TCĐC ngày 10/4/2001 của Tổng cục trưởng Tổng cục Địa chính hướng dẫn",
     [("05/2001/QĐ-TCĐC", "2001-04-10", "Tổng cục Địa chính")]),
    ("Thông tư số 01/2019/TT-CHHVN của Cục trưởng Cục Hàng hải Việt Nam quy định",
     [("01/2019/TT-CHHVN", None, "Cục Hàng hải Việt Nam")]),
    ("Quyết định số 896/QĐ-TC ngày 08 tháng 12 năm 2006 của Sở Tài chính Hà Tây nhân (x) thời gian",
     [("896/QĐ-TC", "2006-12-08", "Sở Tài chính Hà Tây")]),
    ("Thông tư liên tịch số 01/2010/TTLT-BTC-BYT của Bộ Tài chính và Bộ Y tế hướng dẫn",
     [("01/2010/TTLT-BTC-BYT", None, "Bộ Tài chính và Bộ Y tế")]),
    ("Thông tư liên tịch số 02/2012/TTLT-VKSNDTC-TANDTC của Viện kiểm sát nhân dân tối cao và Toà án nhân dân "
     "tối cao", [("02/2012/TTLT-VKSNDTC-TANDTC", None, "Viện kiểm sát nhân dân tối cao và Tòa án nhân dân tối cao")]),
    ("Thông tư số 02/2015/TT-TTCP của Tổng Thanh tra Chính phủ", [("02/2015/TT-TTCP", None, "Thanh tra Chính phủ")]),
    ("Thông tư số 12/2015/TT-NHNN của Thống đốc Ngân hàng Nhà nước Việt Nam quy định",
     [("12/2015/TT-NHNN", None, "Ngân hàng Nhà nước Việt Nam")]),
    ("Quyết định số 01/2024/QĐ-UBND của Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh;",
     [("01/2024/QĐ-UBND", None, "Ủy ban nhân dân tỉnh Bắc Ninh")]),
]


# OCR'd type words one letter off, read as the type the number's code states; glued words.
OCR_TYPES = [
    ("được sửa đổi, bổ sung bởi Tuật số 71/2014/QH13;", [("Tuật số 71/2014/QH13", "71/2014/QH13", "Luật")]),
    ("tại Điều 3 Nehi\nđịnh số 99/2026/NĐ- CP) thì", [("Nehi\nđịnh số 99/2026/NĐ- CP", "99/2026/NĐ-CP", "Nghị định")]),
    ("(Kèm theo Thông tr số 70/2026/TT-BTC ngày 23 tháng 6 năm 2026",
     [("Thông tr số 70/2026/TT-BTC", "70/2026/TT-BTC", "Thông tư")]),
    ("ban hành kèm theo Thông tưsố 200/2014/TT-BTC ngày 22/12/2014",
     [("Thông tưsố 200/2014/TT-BTC", "200/2014/TT-BTC", "Thông tư")]),
    ("năm 2018 vàNghị định số 119/2017/NĐ-CP ngày 01 tháng 11 năm 2017của Chính phủ",
     [("Nghị định số 119/2017/NĐ-CP", "119/2017/NĐ-CP", "Nghị định")]),
    ("theo quy định của Nghị\nđịnh số 112/2020/NĐ-CP ngày 18 tháng 9 năm 2020",
     [("Nghị\nđịnh số 112/2020/NĐ-CP", "112/2020/NĐ-CP", "Nghị định")]),
    # OCR's blank lines inside a citation.
    ("xác định theo Thông tư số\n\n141/2025/TT-BTC ngày 31 tháng 12",
     [("Thông tư số\n\n141/2025/TT-BTC", "141/2025/TT-BTC", "Thông tư")]),
    # One letter off but in lower case, or another type than the number's code: no type word.
    ("quạt số 12/2020/QH14", [("12/2020/QH14", "12/2020/QH14", None)]),
    ("Nehi quyết số 99/2026/NĐ-CP", [("99/2026/NĐ-CP", "99/2026/NĐ-CP", "Nghị định")]),
]


# Documents cited by name only: capitals, 'Hiến pháp 2013', glued words, semicolons, lower case.
NAMES = [
    ("**LUẬT ĐẦU TƯ CÔNG NĂM 2024**\n\n_Số: 58/2024/QH15_",
     [("LUẬT ĐẦU TƯ CÔNG NĂM 2024", None, "Luật")]),
    ("QUY ĐỊNH CHI TIẾT VÀ HƯỚNG DẪN THI HÀNH MỘT SỐ ĐIỀU CỦA LUẬT\nPHÒNG BỆNH\n\nCăn cứ",
     [("LUẬT\nPHÒNG BỆNH", None, "Luật")]),
    ("Căn cứ LUẬT TỔ CHỨC CHÍNH PHỦ số 76/2015/QH13;", [("LUẬT TỔ CHỨC CHÍNH PHỦ số 76/2015/QH13", "76/2015/QH13", "Luật")]),
    ("| **Căn cứ pháp lý** | Hiến pháp 2013; Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15 |",
     [("Hiến pháp 2013", None, "Hiến pháp"),
      ("Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15", "10/2022/QH15", "Luật")]),
    ("Căn cứ Hiến pháp năm 2013;", [("Hiến pháp năm 2013", None, "Hiến pháp")]),
    ("hướng dẫn thi hành một số điều của Luật Quản lý thuếvà Nghị định\nsố 126/2020/NĐ-CP",
     [("Luật Quản lý thuế", None, "Luật"), ("Nghị định\nsố 126/2020/NĐ-CP", "126/2020/NĐ-CP", "Nghị định")]),
    ("- Luật Phòng; chống tham nhũng năm 2018;", [("Luật Phòng; chống tham nhũng năm 2018", None, "Luật")]),
    ("- luật quản lý thuế số 108/2025/qh15;", [("luật quản lý thuế số 108/2025/qh15", "108/2025/QH15", "Luật")]),
    ("theo luật đất đai năm 2013", [("luật đất đai năm 2013", None, "Luật")]),
    # Not names: the common noun, discipline, headings in capitals, a firm's name.
    ("theo quy định của pháp luật về đất đai và luật đất đai", []),
    ("Chương VIII KỶ LUẬT LAO ĐỘNG, TRÁCH NHIỆM VẬT CHẤT; XỬ LÝ KỶ LUẬT LUẬT SƯ", []),
    ("Mục 1 Kỷ luật lao động", []),
    ("Bản quyền thuộc về HỆ THỐNG LUẬT NGUYỄN - DỊCH VỤ LUẬT; LUẬT NÀY; Hiến pháp và pháp luật", []),
]


# Not citations: standards written with a space, form codes whose 'mẫu số' ends the line before.
NOT_CITATIONS = [
    ("đạt yêu cầu theo QCVN 02: 2011/BLĐTBXH và QCVN 01 : 2009/BYT; TCVN 5945: 2005/BTNMT", []),
    ("Cơ quan thuế thông báo điện tử theo Mẫu số\n01/TB-TNĐT Phụ lục IV kèm theo", []),
    ("không chấp nhận theo mẫu số\n04/TB-TĐT Phụ lục III ban hành", []),
    # The document's own number in its metadata table or front matter.
    ("| **Số hiệu** | 97/2026/TT-BTC |\n| **Số ký hiệu** | 277/2026/NĐ-CP |\nsohieu: 32/2026/NQ-CP", []),
]

# Numbers whose hyphen was lost: the canonical form has it.
CANONICAL = [
    ("Nghị định số 18/2020/NĐCP ngày 12", [("Nghị định số 18/2020/NĐCP", "18/2020/NĐ-CP", "Nghị định")]),
    ("Thông tư 01/2020/TTBTC;", [("Thông tư 01/2020/TTBTC", "01/2020/TT-BTC", "Thông tư")]),
    ("Quyết định 12/2020/QĐTTg;", [("Quyết định 12/2020/QĐTTg", "12/2020/QĐ-TTg", "Quyết định")]),
    # A known code is kept whole: TTCP is Thanh tra Chính phủ.
    ("Thông tư 01/2020/TTCP", [("Thông tư 01/2020/TTCP", "01/2020/TTCP", "Thông tư")]),
    # Old numbers: a body's code with its term, the old ministry code, joint circulars of ministries.
    ("Căn cứ Luật số 21-LCT/HDNN8 Bảo vệ sức khoẻ nhân dân ngày 30/6/1989",
     [("Luật số 21-LCT/HDNN8", "21-LCT/HĐNN8", "Luật")]),
    ("a) Quyết định số 1453/LĐTBXH-QĐ ngày 13 tháng 10 năm 1995 của Bộ trưởng",
     [("Quyết định số 1453/LĐTBXH-QĐ", "1453/LĐTBXH-QĐ", "Quyết định")]),
    ("Thông tư liên tịch số 02/TTLB ngày 1/2/1990", [("Thông tư liên tịch số 02/TTLB", "02/TTLB", "Thông tư liên tịch")]),
    ("Nghị quyết số 522B/NQ-UBTVQH13 ngày 16/8/2012",
     [("Nghị quyết số 522B/NQ-UBTVQH13", "522B/NQ-UBTVQH13", "Nghị quyết")]),
    # 'số' glued to the number, OCR's 0 for Q beside a year.
    ("theo Thông tư số86/2011/TT-BTCngày 17 tháng 6 năm 2011", [("Thông tư số86/2011/TT-BTC", "86/2011/TT-BTC", "Thông tư")]),
    ("Quyết định số1232/QĐ/TTg ngày 24/12/1999", [("Quyết định số1232/QĐ/TTg", "1232/QĐ-TTg", "Quyết định")]),
    ("Căn cứ Luật Giáo đục đại học số 125/2025/0H15;",
     [("Luật Giáo đục đại học số 125/2025/0H15", "125/2025/QH15", "Luật")]),
    ("OVŒ HN[LL ĐNO/H2 NẩIH 2ÄHL 2/0H2 ỌL 2/1 và 5A-CP", []),
    ("Nghị quyết số 43/2022/QHI1 5 của Quốc hội", [("Nghị quyết số 43/2022/QHI1 5", "43/2022/QH15", "Nghị quyết")]),
]

# Dates after a blank line (lower-case 'ngày' goes on with the sentence), and 'ngày' for 'tháng'.
DATES = [
    ("khoản 7 Điều 1 Nghị định số 13/2022/NĐ-CP\n\nngày 21 tháng 01 năm 2022 của Chính phủ",
     [("13/2022/NĐ-CP", "2022-01-21", "Chính phủ")]),
    ("Quyết định số 15/2004/QĐ-TTg ngày 18 ngày 5 năm 2004 của Thủ tướng Chính phủ",
     [("15/2004/QĐ-TTg", "2004-05-18", "Thủ tướng Chính phủ")]),
    ("tại khoản 8 của Nghị định 175/2025/NĐ-CP.\n\nNgày 01 tháng 7 năm 2026, Bộ", [("175/2025/NĐ-CP", None, None)]),
    # OCR's digits and marks in a date.
    ("Nghị định số 99/2026/NĐ-CP ngày 3l tháng 3 năm 2026 của Chính phủ", [("99/2026/NĐ-CP", "2026-03-31", "Chính phủ")]),
    ("Nghị định sô 126/2020/NĐ-CP ngày I9\ntháng 10 năm: 2020 của Chính phủ", [("126/2020/NĐ-CP", "2020-10-19", "Chính phủ")]),
    ("các Nghị định số 17/2022/ND-CP\nngây ‡ 31 tháng 01 năm 2022 của Chính phủ sửa đổi",
     [("17/2022/NĐ-CP", "2022-01-31", "Chính phủ")]),
]


@pytest.mark.parametrize("text, expected", LINE_BREAKS + MARKUP + OCR_TYPES + NAMES + NOT_CITATIONS + CANONICAL)
def test_numbers_and_spans(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text, expected", MARKUP_DETAILS + ISSUERS + DATES)
def test_dates_and_issuers(text, expected):
    assert issuers(text) == expected


# Pinpoints: OCR's l and I for 1, decimal clauses, lists below 'bao gồm:', annexes 'ban hành kèm
# theo', a chapter listed with articles (a sibling, not their parent).
PINPOINTS = [
    ("theo quy định tại khoản l Điều 3 Nghị\nđịnh số 362/2025/NĐ-CP ngày 31 tháng 12 năm 2025",
     [("362/2025/NĐ-CP", ["khoản 1 Điều 3"])]),
    ("công nghiệp; Điều I Nghị định số 17/2022/NĐ-CP ngày 31 tháng 01 năm 2022", [("17/2022/NĐ-CP", ["Điều 1"])]),
    ("quy định tại khoản l, 2, 3 và khoản 4 Điều 9\ncủa Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp "
     "đồng năm 2020", [("Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng năm 2020",
                      ["khoản 1 Điều 9", "khoản 2 Điều 9", "khoản 3 Điều 9", "khoản 4 Điều 9"])]),
    ("điểm l khoản 2 Điều 5 Nghị định 5/2020/NĐ-CP", [("05/2020/NĐ-CP", ["điểm l khoản 2 Điều 5"])]),
    ("theo khoản 6.2 Điều 6 Thông tư số 01/2020/TT-BTC", [("01/2020/TT-BTC", ["khoản 6.2 Điều 6"])]),
    ("danh mục quy định tại Phụ lục II ban hành kèm theo Nghị\nđịnh số 25/2026/NĐ-CP ngày 17 tháng 01 năm 2026",
     [("25/2026/NĐ-CP", ["Phụ lục II"])]),
    ("Phụ lục II, III, IV, V và XI ban hành kèm theo Thông tư số 02/2021/TT-BTC",
     [("02/2021/TT-BTC", ["Phụ lục II", "Phụ lục III", "Phụ lục IV", "Phụ lục V", "Phụ lục XI"])]),
    ("Thông tư này thay thế Phụ lục số 01, Phụ lục số 03 kèm theo Thông tư số 32/2018/TT-BCT ngày 08 tháng 10 năm 2018",
     [("32/2018/TT-BCT", ["Phụ lục 01", "Phụ lục 03"])]),
    ("bãi bỏ Điều 10, Điều 11, Điều 12, Điều 13, Điều 14, Điều 15 và Chương IV Thông tư số 59/2025/TT-BXD ngày 29 tháng "
     "12 năm 2025", [("59/2025/TT-BXD", ["Điều 10", "Điều 11", "Điều 12", "Điều 13", "Điều 14", "Điều 15", "Chương IV"])]),
    ("khoản 2 Điều 5, Điều 7 và Mục 2 Chương III Nghị định số 4/2020/NĐ-CP",
     [("04/2020/NĐ-CP", ["khoản 2 Điều 5", "Điều 7", "Mục 2 Chương III"])]),
    # A chapter after an article with only a space is its parent; a section after a clause nests it.
    ("Điều 5 Chương II Luật số 12/2020/QH14", [("12/2020/QH14", ["Điều 5 Chương II"])]),
    ("theo quy định tại khoản 1, mục II, Điều 1 Quyết định số 347/QĐ-TTg ngày 22 tháng 02 năm 2013",
     [("347/QĐ-TTg", ["khoản 1 Mục II", "Điều 1"])]),
    # Items below 'bao gồm:' point into the document named before it (not into the one in a bracket).
    ("Nghị định này hướng dẫn thực hiện cơ chế quy định tại Nghị quyết số 29/2026/QH16 ngày 24 tháng 4 năm 2026 của "
     "Quốc hội về cơ chế (sau đây gọi là Nghị quyết số 29/2026/QH16), bao gồm:\n\n1. Điều 11 quy định xử lý dự án.\n\n"
     "2. Điều 12 quy định xử lý.\n\n4. Khoản 4 Điều 16 sửa đổi mục 14 Nghị quyết số 265/2025/QH15.\n\n"
     "**Điều 2. Đối tượng áp dụng**\n\nNghị định này áp dụng",
     [("29/2026/QH16", ["Điều 11", "Điều 12", "khoản 4 Điều 16"]), ("29/2026/QH16", []), ("265/2025/QH15", ["Mục 14"])]),
    ("Nghị định 37/2026/NĐ-CP hướng dẫn thi hành **Luật Chất lượng sản phẩm, hàng hóa** số 05/2007/QH12 (được sửa đổi, bổ "
     "sung bởi Luật số 78/2025/QH15), bao gồm:\n\na) Điều 7 về mã số;\nb) khoản 2 Điều 8 về nhãn.",
     [("37/2026/NĐ-CP", []), ("05/2007/QH12", ["Điều 7", "khoản 2 Điều 8"]), ("78/2025/QH15", [])]),
    ("Nghị định quy định chi tiết một số điều của Luật Giáo dục đại học, bao gồm:\n\n- **Khoản 4 Điều 11** Luật Giáo dục "
     "đại học số 125/2025/QH15: về việc đặt tên;\n- **Khoản 5 Điều 16** Luật Giáo dục đại học số 125/2025/QH15: về bổ nhiệm.",
     [("Luật Giáo dục đại học", []), ("125/2025/QH15", ["khoản 4 Điều 11"]), ("125/2025/QH15", ["khoản 5 Điều 16"])]),
    # An outline of chapters is no list of pinpoints.
    ("Nghị định quy định chi tiết Luật Đầu tư số 143/2025/QH15, bao gồm:\n\n- **Chương I** (Điều 1-9): Quy định chung",
     [("143/2025/QH15", [])]),
]


@pytest.mark.parametrize("text, expected", MARKUP_PINPOINTS + PINPOINTS)
def test_pinpoints(text, expected):
    assert pinpoints(text) == expected
