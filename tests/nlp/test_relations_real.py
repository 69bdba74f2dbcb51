"""Relations in forms of real text the reader met on documents it had not seen, one table per class.

Rows are (title, body, expected relations as (type, target, articles)), the order the text states
them in; texts are taken from the shared corpus or written the way those documents write.
"""
import pytest

from nlp.relations import extract_relations


def relations(title, text):
    return [(r.type, r.target, r.articles) for r in extract_relations(text, title=title)]


# Effect clauses whose verb comes last, and lists of expired documents.
EXPIRES = [
    pytest.param(
        None,
        "2. Kể từ ngày Thông tư này có hiệu lực thi hành, Thông tư số\n32/2025/TT-BTC ngày 31 tháng 5 năm 2025 của Bộ "
        "trưởng Bộ Tài chính\nhướng dẫn thực hiện một số điều của Luật Quản lý thuế ngày 13 tháng 6 năm\n2019, Nghị định "
        "số 123/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính\nphủ quy định về hóa đơn, chứng từ, Nghị định số "
        "70/2025/NĐ-CP ngày 20\ntháng 3 năm 2025 sửa đổi, bỏ sung một số điều của Nghị định số\n123/2020/NĐ-CP hết hiệu "
        "lực thi hành.",
        [("expires", "32/2025/TT-BTC", ()), ("expires", "123/2020/NĐ-CP", ()), ("expires", "70/2025/NĐ-CP", ())],
        id="verb-last-after-the-date",
    ),
    pytest.param(
        None,
        "Nghị định này có hiệu lực từ ngày 01/7/2026. Các Nghị định số 12/2020/NĐ-CP, số 13/2021/NĐ-CP và số "
        "14/2022/NĐ-CP hết hiệu lực kể từ ngày Nghị định này có hiệu lực.",
        [("expires", "12/2020/NĐ-CP", ()), ("expires", "13/2021/NĐ-CP", ()), ("expires", "14/2022/NĐ-CP", ())],
        id="verb-last-after-a-sentence-ending-on-a-year",
    ),
    pytest.param(
        None,
        "3. Các văn bản sau đây hết hiệu lực thi hành kể từ ngày Nghị định này có hiệu lực thi hành, bao gồm:\n\n"
        "Nghị định số 12/2020/NĐ-CP ngày 01 tháng 2 năm 2020 của Chính phủ;\n\nNghị định số 13/2021/NĐ-CP;\n\n"
        "**Thông tư số 14/2022/TT-BTC**.\n\n4. Bộ trưởng chịu trách nhiệm thi hành Nghị định số 15/2020/NĐ-CP.",
        [("expires", "12/2020/NĐ-CP", ()), ("expires", "13/2021/NĐ-CP", ()), ("expires", "14/2022/TT-BTC", ())],
        id="expiry-list-unmarked-items",
    ),
    pytest.param(
        None,
        "Điều 5. Hiệu lực\nCác văn bản sau hết hiệu lực kể từ ngày 01/7/2026:\n- 12/2020/NĐ-CP;\n- 13/2021/NĐ-CP;\n"
        "- **14/2022/TT-BTC**.\n",
        [("expires", "12/2020/NĐ-CP", ()), ("expires", "13/2021/NĐ-CP", ()), ("expires", "14/2022/TT-BTC", ())],
        id="expiry-list-bare-numbers",
    ),
    pytest.param(
        None,
        "2. Các văn bản hết hiệu lực kể từ ngày Nghị định này có hiệu lực:\n\n   - Quyết định số **73/2011/QĐ-TTg** "
        "ngày 28/12/2011 của Thủ tướng Chính phủ quy định về một số chế độ phụ cấp;\n   - Quyết định số "
        "**75/2009/QĐ-TTg** ngày 11/5/2009 của Thủ tướng Chính phủ về việc quy định chế độ phụ cấp.\n\n3. **Bãi bỏ "
        "khoản 2 Điều 26 Nghị định số 60/2021/NĐ-CP** ngày 21/6/2021 của Chính phủ quy định cơ chế tự chủ tài chính "
        "được sửa đổi, bổ sung bởi Nghị định số **111/2025/NĐ-CP** ngày 22/5/2025 của Chính phủ.",
        [("expires", "73/2011/QĐ-TTg", ()), ("expires", "75/2009/QĐ-TTg", ()),
         ("repeals", "60/2021/NĐ-CP", ("khoản 2 Điều 26",))],
        id="expiry-list-bold-numbers",
    ),
    pytest.param(
        None,
        "2. Kế từ ngày Nghị định này có hiệu lực thi hành, các Nghị định sau đây\nhết hiệu lực thi hành:\n\nb) Điều 1 "
        "Nghị định số 41/2022/NĐ-CP ngày 20 tháng 6 năm 2022 của\nChính phủ sửa đổi, bổ sung một số điều của Nghị định "
        "sô 123/2020/NĐ-CP\nngày 19 tháng 10 năm 2020 của Chính phủ quy định về hóa đơn, chứng từ và\nNghị định sô "
        "15/2022/NĐ-CP ngày 28 tháng 01 năm 2022 của Chính phủ quy\nđịnh chính sách miễn, giảm thuế;",
        [("expires", "41/2022/NĐ-CP", ("Điều 1",))],
        id="a-title-naming-two-decrees-with-dates-stays-a-title",
    ),
    pytest.param(
        None,
        "Nghị định này có hiệu lực thi hành từ ngày 01 tháng 9 năm 2026 đến ngày,\nNghị quyết số 05/2025/NQ-CP hết "
        "hiệu lực thi hành.",
        [],
        id="until-another-expires-is-no-expiry",
    ),
]


@pytest.mark.parametrize("title, text, expected", EXPIRES)
def test_expires(title, text, expected):
    assert relations(title, text) == expected
