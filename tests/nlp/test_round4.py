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
    ("*Căn cứ Luật Giáo dục nghề nghiệp số [124/2025/QH15];*",
     [("Luật Giáo dục nghề nghiệp số [124/2025/QH15", "124/2025/QH15", "Luật Giáo dục nghề nghiệp", None, None)]),
    ("*Căn cứ Nghị định số [37/2025/NĐ-CP] ngày 26 tháng 02 năm 2025 của Chính phủ quy định chức năng",
     [("Nghị định số [37/2025/NĐ-CP", "37/2025/NĐ-CP", None, "2025-02-26", "Chính phủ")]),
    ("theo Quyết định số[30/2007/QĐ-TTg](https://thuvienphapluat.vn/phap-luat/tim-van-ban.aspx?keyword=30/2007/"
     "Q%C4%90-TTg&area=2&type=0&match=False&vc=True&lan=1)ngày 05 tháng 3 năm 2007 của Thủ tướng Chính phủ",
     [("Quyết định số[30/2007/QĐ-TTg", "30/2007/QĐ-TTg", None, "2007-03-05", "Thủ tướng Chính phủ")]),
    ("Căn cứ Luật Đầu tư [61/2020/QH14](https://thuvienphapluat.vn/van-ban/dau-tu/luat-dau-tu-2020) ngày 17 tháng 6 "
     "năm 2020;",
     [("Luật Đầu tư [61/2020/QH14", "61/2020/QH14", "Luật Đầu tư", "2020-06-17", None)]),
]


@pytest.mark.parametrize("text, expected", BRACKETS)
def test_numbers_in_brackets(text, expected):
    assert cites(text) == expected


def test_bracketed_numbers_are_relation_targets():
    text = ("*Căn cứ Luật Giáo dục số [43/2019/QH14] được sửa đổi, bổ sung bởi Luật sửa đổi, bổ sung một số điều của "
            "Luật Giáo dục số [123/2025/QH15];*\n\n*Căn cứ Luật Nhà giáo số [73/2025/QH15];*")
    assert relations(None, text) == [("based_on", "43/2019/QH14", ()), ("based_on", "123/2025/QH15", ()),
                                     ("based_on", "73/2025/QH15", ())]


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
        [("based_on", "63/2025/QH15", ()), ("based_on", "39/2020/QH14", ()), ("based_on", "03/2022/QH15", ()),
         ("based_on", "76/2025/QH15", ())],
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
