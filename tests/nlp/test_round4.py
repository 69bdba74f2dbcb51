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
