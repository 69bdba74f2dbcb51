"""Procedure metadata as agencies write it: in a header table (one cell a line), in Markdown, in
running text, with the revision-history table."""
import pytest

from nlp.procedure import (
    ProcedureMeta,
    find_procedure_code,
    find_procedure_meta,
    find_procedure_title,
)

HEADER_CELLS = """SỞ TƯ PHÁP TỈNH LÂM ĐỒNG
QUY TRÌNH CẤP PHIẾU LÝ LỊCH TƯ PHÁP
Mã hiệu
QT-TP-01
Lần ban hành
03
Ngày ban hành
10/7/2021
Ngày hiệu lực
ngày 15 tháng 7 năm 2021
Đơn vị chủ trì
Phòng Hành chính tư pháp

1. MỤC ĐÍCH
Quy định trình tự cấp Phiếu lý lịch tư pháp; phòng quản lý hồ sơ lưu bản chính.

THEO DÕI SỬA ĐỔI

Ngày sửa đổi
Lần sửa đổi
Nội dung sửa đổi
Trang/Mục

10/01/2016
01
Ban hành lần đầu
Toàn bộ

20/5/2019
02
Cập nhật Nghị định 111/2010/NĐ-CP
Mục 3

10/07/2021
03
Cập nhật căn cứ pháp lý
Mục 3


5. HỒ SƠ
"""

MARKDOWN = """| UBND TỈNH LÂM ĐỒNG<br>**SỞ TƯ PHÁP** | **QUY TRÌNH THẨM ĐỊNH DỰ THẢO VĂN BẢN QUY PHẠM PHÁP LUẬT** | Mã hiệu: QT-TP-04<br>Lần ban hành: 02<br>Ngày ban hành: 20/3/2021 |
|:---:|:---:|---|

**THEO DÕI SỬA ĐỔI TÀI LIỆU**

| Lần ban hành | Ngày ban hành | Tóm tắt nội dung sửa đổi |
|---|---|---|
| 01 | 14/11/2016 | Ban hành lần đầu |
| 02 | 20/3/2021 | Cập nhật theo quy định sửa đổi |

## 1. Mục đích
"""

RUNNING = """QUY TRÌNH
QUẢN LÝ VĂN BẢN ĐI, VĂN BẢN ĐẾN
MỤC ĐÍCH
Ký hiệu: QT.04/VP    Lần ban hành/sửa đổi: 02/01
Hiệu lực từ ngày 01/02/2019
Bộ phận quản lý quy trình: Văn phòng Sở   Ngày ban hành: 05/01/2019
"""


def test_header_table_laid_out_one_cell_a_line():
    meta = find_procedure_meta(HEADER_CELLS)
    assert meta == ProcedureMeta(
        code="QT-TP-01", title="QUY TRÌNH CẤP PHIẾU LÝ LỊCH TƯ PHÁP", edition="03", revision=None,
        issued="2021-07-10", effective="2021-07-15", owner="Phòng Hành chính tư pháp",
        history=(
            {"cells": ["10/01/2016", "01", "Ban hành lần đầu", "Toàn bộ"], "date": "2016-01-10", "edition": "01",
             "content": "Ban hành lần đầu", "location": "Toàn bộ"},
            {"cells": ["20/5/2019", "02", "Cập nhật Nghị định 111/2010/NĐ-CP", "Mục 3"], "date": "2019-05-20",
             "edition": "02", "content": "Cập nhật Nghị định 111/2010/NĐ-CP", "location": "Mục 3"},
            {"cells": ["10/07/2021", "03", "Cập nhật căn cứ pháp lý", "Mục 3"], "date": "2021-07-10", "edition": "03",
             "content": "Cập nhật căn cứ pháp lý", "location": "Mục 3"},
        ))


def test_markdown_header_and_history():
    meta = find_procedure_meta(MARKDOWN)
    assert (meta.code, meta.title, meta.edition, meta.issued) == (
        "QT-TP-04", "QUY TRÌNH THẨM ĐỊNH DỰ THẢO VĂN BẢN QUY PHẠM PHÁP LUẬT", "02", "2021-03-20")
    assert [(row["edition"], row["date"], row["content"]) for row in meta.history] == [
        ("01", "2016-11-14", "Ban hành lần đầu"), ("02", "2021-03-20", "Cập nhật theo quy định sửa đổi")]


def test_running_text_labels_on_one_line():
    meta = find_procedure_meta(RUNNING)
    assert meta.to_json() == {
        "code": "QT.04/VP", "title": "QUY TRÌNH QUẢN LÝ VĂN BẢN ĐI, VĂN BẢN ĐẾN", "edition": "02", "revision": "01",
        "issued": "2019-01-05", "effective": "2019-02-01", "owner": "Văn phòng Sở", "history": []}


def test_nothing_stated_gives_empty_meta():
    assert find_procedure_meta("Căn cứ Nghị định số 61/2018/NĐ-CP.\nPhòng quản lý hồ sơ lưu trữ.") == ProcedureMeta()


@pytest.mark.parametrize("text, code", [
    ("Mã hiệu: QT-TP-07", "QT-TP-07"),
    ("Ký hiệu QT.01/VP", "QT.01/VP"),
    ("Mã số quy trình: QT-07", "QT-07"),
    ("| Mã hiệu | QT-02 |", "QT-02"),
    ("Mã hiệu:\nQT-05", "QT-05"),
    ("Mã hiệu: (chưa cấp)", None),
    # A .doc converter may put the page header after the body: the code is still found.
    ("\n".join(["Nội dung"] * 80 + ["Mã hiệu: QT-08"]), "QT-08"),
])
def test_code(text, code):
    assert find_procedure_code(text) == code


@pytest.mark.parametrize("text, title", [
    ("QUY TRÌNH\nCẤP PHIẾU LÝ LỊCH TƯ PHÁP\nMã hiệu: QT-01", "QUY TRÌNH CẤP PHIẾU LÝ LỊCH TƯ PHÁP"),
    ("QUY TRÌNH\nMỤC ĐÍCH\nQuy định", "QUY TRÌNH"),
    ("QUY TRÌNH\n1. MỤC ĐÍCH\n...\nHEADER\nQUY TRÌNH CẤP PHIẾU LÝ LỊCH", "QUY TRÌNH CẤP PHIẾU LÝ LỊCH"),
    ("# QUY TRÌNH TIẾP CÔNG DÂN", "QUY TRÌNH TIẾP CÔNG DÂN"),
    ("Quy trình này áp dụng cho ...", None),
])
def test_title(text, title):
    assert find_procedure_title(text) == title
