"""Units of a relation: a point of a section of what was issued with a document ('thay thế điểm 6
mục II ... (Kèm theo Quyết định số X)'), and parts of a document that loses effect as a whole.
Texts from the shared corpus (Bộ pháp điển topics) or written the way it writes them.
"""

from nlp.relations import extract_relations


def relations(text):
    return [(r.type, r.target, r.articles) for r in extract_relations(text)]


def test_point_of_a_section_replaced():
    text = ("Quyết định này có hiệu lực thi hành sau 15 ngày. kể từ ngày đăng Công báo và thay thế điểm 6 mục II Chi tiết "
            "kết quả phân hạng đất tính thuế sử dụng đất nông nghiệp của các tỉnh, thành phố trực thuộc Trung ương (Kèm "
            "theo Quyết định số 326/TTg ngày 18 tháng 5 năm 1996 của Thủ tướng Chính phủ).")
    assert relations(text) == [("replaces", "326/TTg", ("điểm 6 Mục II",))]


def test_sections_inside_an_annex_name_the_annex():
    text = ("3. Bãi bỏ điểm 4.1 tiểu mục 04, mục II, Phần A thuộc Phụ lục số 01 ban hành kèm theo Luật Phí và lệ phí số "
            "97/2015/QH13.")
    assert relations(text) == [("repeals", "97/2015/QH13", ("Phụ lục 01",))]


def test_parts_of_a_document_expiring_whole():
    text = ("Điều 20. Hiệu lực thi hành\n\n1. Nghị định số 13/2022/NĐ-CP ngày 21 tháng 01 năm 2022 của Chính phủ hết "
            "hiệu lực kể từ ngày 01 tháng 7 năm 2026.\n\n2. Khoản 3 và khoản 4 Điều 1 Nghị định số 13/2022/NĐ-CP hết "
            "hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành.")
    assert relations(text) == [("expires", "13/2022/NĐ-CP", ())]
