"""Tables of (procedure text, expected heading, expected section text)."""
import pytest

from nlp.sections import find_legal_basis

CASES = [
    pytest.param(
        "1. Mục đích\nQuy định trình tự.\n2. Phạm vi áp dụng\nÁp dụng tại Sở.\n3. Căn cứ pháp lý\n"
        "- Luật Đất đai năm 2013;\n- Nghị định số 43/2014/NĐ-CP;\n4. Định nghĩa\nVPĐK: Văn phòng",
        "3. Căn cứ pháp lý", "- Luật Đất đai năm 2013;\n- Nghị định số 43/2014/NĐ-CP;", id="numbered",
    ),
    pytest.param(
        "## 3. Căn cứ pháp lý\n\n- Luật A năm 2013\n- Nghị định số 61/2018/NĐ-CP\n\n## 4. Nội dung\nx",
        "3. Căn cứ pháp lý", "- Luật A năm 2013\n- Nghị định số 61/2018/NĐ-CP", id="markdown-heading",
    ),
    pytest.param(
        "| Mã hiệu | QT-01 |\n| Căn cứ pháp lý | - Luật Đất đai 2013<br>- Nghị định 43/2014/NĐ-CP |\n| Định nghĩa | x |",
        "Căn cứ pháp lý", "- Luật Đất đai 2013<br>- Nghị định 43/2014/NĐ-CP", id="markdown-table-row",
    ),
    pytest.param(
        "Mã hiệu\nQT-01\n\nCăn cứ pháp lý\n- Luật Đất đai 2013\n- Nghị định 43/2014/NĐ-CP\n\nThời hạn giải quyết\n10 ngày",
        "Căn cứ pháp lý", "- Luật Đất đai 2013\n- Nghị định 43/2014/NĐ-CP", id="docx-table-rows",
    ),
    pytest.param(
        "TÀI LIỆU VIỆN DẪN: Luật Đất đai 2013; Nghị định 43/2014/NĐ-CP\nĐỊNH NGHĨA\nx",
        "TÀI LIỆU VIỆN DẪN", "Luật Đất đai 2013; Nghị định 43/2014/NĐ-CP", id="same-line-content",
    ),
    pytest.param(
        "Căn cứ Luật Tổ chức Chính phủ;\nCăn cứ: Nghị định 61/2018/NĐ-CP\nII. NỘI DUNG\nx",
        "Căn cứ", "Nghị định 61/2018/NĐ-CP", id="bare-can-cu-needs-colon",
    ),
    pytest.param(
        "III. CƠ SỞ PHÁP LÝ\n1. Luật Đất đai năm 2013\n2. Nghị định 43/2014/NĐ-CP\nIV. NỘI DUNG\nabc",
        "III. CƠ SỞ PHÁP LÝ", "1. Luật Đất đai năm 2013\n2. Nghị định 43/2014/NĐ-CP", id="roman-numbered",
    ),
    pytest.param(
        "**Căn cứ pháp lý:**\n- Luật X năm 2013\n**Trình tự thực hiện:**\nabc",
        "Căn cứ pháp lý", "- Luật X năm 2013", id="bold-heading",
    ),
    pytest.param(
        "5. VĂN BẢN PHÁP LÝ\n5.1 Luật Đất đai năm 2024\n5.2 Nghị định 101/2024/NĐ-CP\n6. BIỂU MẪU\nx",
        "5. VĂN BẢN PHÁP LÝ", "5.1 Luật Đất đai năm 2024\n5.2 Nghị định 101/2024/NĐ-CP", id="sub-numbered-items",
    ),
]


@pytest.mark.parametrize("text, heading, body", CASES)
def test_find_legal_basis(text, heading, body):
    section = find_legal_basis(text)
    assert section is not None
    assert (section.heading, section.text) == (heading, body)
    assert text[section.start:section.end] == section.text


@pytest.mark.parametrize("text", ["1. Mục đích\nabc\n2. Nội dung\nCăn cứ Luật Đất đai, Sở thực hiện.", ""])
def test_no_legal_basis(text):
    assert find_legal_basis(text) is None
