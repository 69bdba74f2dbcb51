"""Pháp điển origin notes: the passage is an article of the note's document, so the title the note
gives that document states its relations ('(Điều 1 Thông tư số X Hướng dẫn thi hành Nghị định số Y
..., có hiệu lực ...)': X guides Y). Texts are notes of the shared corpus (Bộ pháp điển topics).
"""

import pytest

from nlp.relations import extract_relations


def relations(text):
    return [(r.type, r.target, r.articles) for r in extract_relations(text)]


NOTES = [
    (
        "Điều 26.2.TT.3.1. Phạm vi điều chỉnh\n\n"
        "(Điều 1 Thông tư số 195/2015/TT-BTC Hướng dẫn thi hành Nghị định số 108/2015/NĐ-CP ngày 28 tháng 10 năm "
        "2015 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật thuế tỉêu thụ đặc bỉệt và "
        "Luật sửa đổi, bổ sung một số điều của Luật thuế tiêu thụ đặc biệt ngày 24/11/2015 của Bộ Tài chính, có hiệu "
        "lực thi hành kể từ ngày 01/01/2016 )\n\n",
        [("guides", "108/2015/NĐ-CP", ())],
    ),
    (
        "(Điều 1 Thông tư số 50/2011/TT-BNNPTNT Hướng dẫn thực hiện Quyết định số 69/2010/QĐ-TTg ngày 03 tháng 11 "
        "năm 2010 của Thủ tướng Chính phủ về thẩm quyền, trình tự, thủ tục công nhận doanh nghiệp nông nghiệp ứng "
        "dụng công nghệ cao ngày 15/07/2011 của Bộ Nông nghiệp và Phát triển nông thôn, có hiệu lực thi hành kể từ "
        "ngày 29/08/2011 )\n",
        [("guides", "69/2010/QĐ-TTg", ())],
    ),
    (
        # The title wrapped over lines, the amended document's title within it.
        "(Điều 3 Thông tư số 20/2021/TT-BCT Sửa đổi, bổ sung một số điều của Thông tư số 27/2020/TT-BCT \n"
        "ngày 30 tháng 9 năm 2020 của Bộ trưởng Bộ Công Thương quy định về \n"
        "nội dung, trình tự, thủ tục hoạt động kiểm tra, xử lý vi phạm hành chính và thực hiện các biện pháp nghiệp "
        "vụ của lực lượng Quản lý thị trường ngày 10/12/2021 của Bộ Công Thương., có hiệu lực thi hành kể từ ngày "
        "01/01/2022 )Chánh Văn phòng Bộ, Chánh Thanh tra Bộ chịu trách nhiệm thực hiện Thông tư này.",
        [("amends", "27/2020/TT-BCT", ())],
    ),
    (
        # The guided decision's title quoted.
        "(Điều 1 Thông tư số 69/2012/TT-BCA Quy định chi tiết thi hành một số điều của “Quyết định số "
        "73/2011/QĐ-TTg ngày 28/12/2011 của Thủ tướng Chính phủ quy định một số chế độ phụ cấp\nđặc thù đối với "
        "công chức, viên chức, người lao động trong các cơ sở y tế\ncông lập và chế độ phụ cấp chống dịch” trong "
        "Công an nhân dân ngày 12/11/2012 của Bộ Công an, có hiệu lực thi hành kể từ ngày 28/12/2012)",
        [("guides", "73/2011/QĐ-TTg", ())],
    ),
    (
        # Only the first object: a decree named in the guided decree's title is no target.
        "(Điều 1 Thông tư số 78/2014/TT-BTC Hướng dẫn thi hành Nghị định số 218/2013/NĐ-CP ngày 26/12/2013 của "
        "Chính phủ quy định và hướng dẫn thi hành Luật Thuế thu nhập doanh nghiệp ngày 18/06/2014 của Bộ Tài chính, "
        "có hiệu lực thi hành kể từ ngày 02/08/2014 )",
        [("guides", "218/2013/NĐ-CP", ())],
    ),
]

NO_STATEMENT = [
    # No title; the change the note reports was made by another document.
    "(Điều 5 Nghị định số 20/2011/NĐ-CP, có hiệu lực thi hành kể từ ngày 15/05/2011, có nội dung được sửa đổi, có "
    "nội dung được bổ sung bởi Điều 1 Nghị định số 146/2020/NĐ-CP có hiệu lực thi hành kể từ ngày 04/01/2021)\n\n"
    "Kéo dài thời hạn thực hiện hạng đất tính thuế sử dụng đất nông nghiệp đến hết ngày 31 tháng 12 năm 2025.",
    # A title that states nothing.
    "(Điều 1 Thông tư số 05/2022/TT-BCT Thông tư về Quy tắc xuất xứ hàng hóa trong Hiệp định Đối tác kinh tế toàn "
    "diện khu vực ngày 18/02/2022 của Bộ công thương, có hiệu lực thi hành kể từ ngày 04/04/2022)",
]


@pytest.mark.parametrize(("text", "expected"), NOTES)
def test_note_title_states_relations(text, expected):
    assert relations(text) == expected


@pytest.mark.parametrize("text", NO_STATEMENT)
def test_note_without_statement(text):
    assert relations(text) == []
