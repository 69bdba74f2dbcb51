"""Mirrors' front matter and summary lines: the title and summary keys are the document's title
(read part by part: after a dash, a semicolon, a sentence's end, a comma before a verb), and keys
such as 'thay_the' name the documents it changes. Texts as the shared corpus's mirrors write them.
"""

import pytest

from nlp.relations import extract_relations


def relations(text, title=None):
    return [(r.type, r.target, r.articles) for r in extract_relations(text, title=title)]


FRONT_MATTER = [
    (
        'so_hieu: 204/2026/NĐ-CP\ntrich_yeu: "Quy định xử phạt vi phạm hành chính trong lĩnh vực thú y, thay thế '
        'Nghị định 90/2017/NĐ-CP, có hiệu lực từ 01/8/2026."\nthay_the: "Nghị định 90/2017/NĐ-CP"\n',
        [("replaces", "90/2017/NĐ-CP", ())],
    ),
    (
        'trichyeu: "Ban hành Quy chế tuyển sinh và đào tạo sau đại học trình độ thạc sĩ và tiến sĩ; thay thế Thông tư '
        '23/2021/TT-BGDĐT và Thông tư 18/2021/TT-BGDĐT."\n',
        [("replaces", "23/2021/TT-BGDĐT", ()), ("replaces", "18/2021/TT-BGDĐT", ())],
    ),
    (
        'description: "Quy định chi tiết một số điều của Luật Quản lý thuế số 108/2025/QH15 và Nghị định '
        '254/2026/NĐ-CP về hóa đơn điện tử, chứng từ điện tử. Thay thế Thông tư 32/2025/TT-BTC. Có hiệu lực từ ngày '
        '01/7/2026."\n',
        [("guides", "108/2025/QH15", ()), ("guides", "254/2026/NĐ-CP", ()), ("replaces", "32/2025/TT-BTC", ())],
    ),
    (
        # A summary naming no document for later parts: they change the amended one.
        "trichyeu: Sửa đổi, bổ sung một số điều của Nghị định số 125/2020/NĐ-CP — bổ sung Mục 3 và Điều 19a (xử phạt "
        "không cung cấp thông tin trao đổi thuế quốc tế, 10-100 triệu); sửa đổi điểm d khoản 3 Điều 5 (quy định "
        "chuyển tiếp). Hiệu lực 21/7/2026.\n",
        [("amends", "125/2020/NĐ-CP", ("Mục 3", "Điều 19a", "điểm d khoản 3 Điều 5"))],
    ),
    (
        # The title leads with the document's own designation; the brackets' amenders are no targets.
        'title: "Thông tư 09/2026/TT-BNV sửa đổi Thông tư 21/2021/TT-BLĐTBXH về lao động Việt Nam ở nước ngoài"\n'
        'van_ban_duoc_sua_doi: "Thông tư 21/2021/TT-BLĐTBXH (đã sửa đổi bởi 02/2024/TT-BLĐTBXH, 08/2023/TT-BLĐTBXH, '
        '09/2025/TT-BNV)"\n',
        [("amends", "21/2021/TT-BLĐTBXH", ())],
    ),
    (
        # A summary key that names no change, and a key for the replacing document: nothing.
        'title: Đầu tư công\nvan_ban_thay_the: "Nghị định 15/2020/NĐ-CP"\n',
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRONT_MATTER)
def test_front_matter(text, expected):
    assert relations(text) == expected


def test_summary_units_join_the_title_relation():
    text = ("trichyeu: Sửa đổi, bổ sung một số điều của Nghị định số 125/2020/NĐ-CP — bổ sung Mục 3 và Điều 19a; sửa "
            "đổi điểm d khoản 3 Điều 5.\n")
    title = "sửa đổi, bổ sung một số điều Nghị định 125/2020/NĐ-CP về xử phạt vi phạm hành chính về thuế, hóa đơn"
    assert relations(text, title=title) == [("amends", "125/2020/NĐ-CP", ("Mục 3", "Điều 19a", "điểm d khoản 3 Điều 5"))]
