"""Pinpoints of pháp điển notes and procedure lists: a type word written twice before the amending
document, a titled section ('Mục 2 <TITLE> của Luật ...') in a cross-reference, and bracketed units
after a bracketed amendment note. Texts from the shared corpus or written the way it writes them.
"""

import pytest

from nlp.citations import extract_citations


def pinpoints(text):
    return [(c.surface, c.articles) for c in extract_citations(text)]


CASES = [
    (
        "(Điều 1 Thông tư số 27/2014/TT-BCT, có hiệu lực thi hành kể từ ngày 20/10/2014, có nội dung bị bãi bỏ bởi "
        "Điều 2 Thông tư số Thông tư số 24/2024/TT-BCT có hiệu lực thi hành kể từ ngày 25/12/2024)",
        [("Thông tư số 27/2014/TT-BCT", ("Điều 1",)), ("Thông tư số 24/2024/TT-BCT", ("Điều 2",))],
    ),
    (
        "(Chương này có nội dung liên quan đến Mục 4 CHỨNG NHẬN XUẤT XỨ HÀNG HÓA của Luật 05/2017/QH14 quản lý "
        "ngoại thương ban hành ngày 12/06/2017)",
        [("Luật 05/2017/QH14", ("Mục 4",))],
    ),
    (
        "(Điều này có nội dung liên quan đến Mục 2 BỒI THƯỜNG THIỆT HẠI VỀ CHẤT LƯỢNG SẢN PHẨM, HÀNG HÓA của Luật "
        "05/2007/QH12 Chất lượng sản phẩm, hàng hoá ban hành ngày 21/11/2007)",
        [("Luật 05/2007/QH12", ("Mục 2",))],
    ),
    (
        "CĂN CỨ THỰC HIỆN\n1) Bộ luật Lao động năm 2019 (được sửa đổi, bổ sung năm 2025) (Điều 35, Điều 36);\n",
        [("Bộ luật Lao động năm 2019", ("Điều 35", "Điều 36"))],
    ),
    (
        # Not units: a bracket that is no pinpoint after the amendment note.
        "1) Luật Thi đua, khen thưởng năm 2003 (sửa đổi, bổ sung năm 2013) (bản hợp nhất);\n",
        [("Luật Thi đua, khen thưởng năm 2003", ())],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_pinpoints(text, expected):
    assert pinpoints(text) == expected
