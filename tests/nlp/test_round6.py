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
]


@pytest.mark.parametrize("text, expected", EXPIRY_TITLES)
def test_expiry_titles(text, expected):
    assert relations(text) == expected
