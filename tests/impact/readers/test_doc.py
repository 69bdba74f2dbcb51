"""Word 97-2003 .doc procedures through the converters Debian ships. procedure.doc was saved by
LibreOffice from makers.procedure_docx(code="QT-08") (see files/make_doc.py)."""
import shutil
from pathlib import Path

import pytest

from impact.readers import (
    ConverterMissing,
    DamagedFile,
    read_procedure_bytes,
    read_procedure_file,
)
from impact.readers.base import DEFAULT_LIMITS
from impact.readers.doc import read_doc_bytes

FIXTURE = Path(__file__).parent / "files" / "procedure.doc"
LEGAL_BASIS = ["Căn cứ pháp lý", "Luật Lý lịch tư pháp số 28/2009/QH12 ngày 17/6/2009;",
               "Nghị định số 111/2010/NĐ-CP ngày 23/11/2010 của Chính phủ;",
               "- Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ"]


def _needs(program):
    return pytest.mark.skipif(not shutil.which(program), reason=f"{program} is not installed (system-packages.txt)")


def _block_after(lines, first):
    start = lines.index(first)
    end = lines.index("", start)
    return lines[start:end]


@_needs("catdoc")
def test_doc_through_catdoc_keeps_header_table_cells_and_converts_tcvn3():
    result = read_doc_bytes(FIXTURE, FIXTURE.read_bytes(), DEFAULT_LIMITS, ["catdoc"])
    lines = result.text.splitlines()
    assert _block_after(lines, "Căn cứ pháp lý") == LEGAL_BASIS
    assert "Mã hiệu: QT-08" in lines  # from the page header
    assert (result.format, result.legacy, result.converter) == ("doc", "tcvn3", "catdoc")


@_needs("antiword")
def test_doc_through_antiword_rebuilds_table_rows():
    result = read_doc_bytes(FIXTURE, FIXTURE.read_bytes(), DEFAULT_LIMITS, ["antiword"])
    lines = result.text.splitlines()
    assert _block_after(lines, "Căn cứ pháp lý") == LEGAL_BASIS
    assert _block_after(lines, "10/01/2023") == ["10/01/2023", "01", "Ban hành lần đầu", "Toàn bộ"]
    assert (result.format, result.legacy, result.converter) == ("doc", "tcvn3", "antiword")


@pytest.mark.skipif(not (shutil.which("catdoc") or shutil.which("antiword")), reason="no .doc converter installed")
def test_doc_file_reads_with_the_installed_converter(tmp_path):
    path = tmp_path / "qt08.doc"
    path.write_bytes(FIXTURE.read_bytes())
    result = read_procedure_file(path)
    assert result.format == "doc" and "Nghị định số 107/2021/NĐ-CP" in result.text


@pytest.mark.skipif(not (shutil.which("catdoc") or shutil.which("antiword")), reason="no .doc converter installed")
def test_doc_saved_with_a_docx_name_is_read_as_doc():
    result = read_procedure_bytes(FIXTURE.read_bytes(), "qt08.docx")
    assert result.format == "doc"


def test_without_a_converter_the_message_says_what_to_install(no_ocr_programs):
    with pytest.raises(ConverterMissing) as raised:
        read_procedure_bytes(FIXTURE.read_bytes(), "qt08.doc")
    assert str(raised.value) == ("Tệp qt08.doc: tệp Word 97-2003 (.doc) cần công cụ chuyển đổi: cài antiword "
                                 "(apt-get install antiword) hoặc LibreOffice, hoặc mở bằng Word và lưu thành .docx")


@pytest.mark.skipif(not (shutil.which("catdoc") or shutil.which("antiword")), reason="no .doc converter installed")
def test_truncated_doc_is_damaged():
    raw = FIXTURE.read_bytes()
    with pytest.raises(DamagedFile) as raised:
        read_procedure_bytes(raw[: len(raw) // 2], "hong.doc")
    assert str(raised.value).startswith("Tệp hong.doc: tệp .doc bị hỏng hoặc không phải tệp Word 97-2003 (")
    assert str(raised.value).endswith("không đọc được); hãy mở bằng Word và lưu lại thành .docx")


def test_word_file_that_is_a_web_page_is_read_as_html():
    page = """<html xmlns:w="urn:schemas-microsoft-com:office:word"><head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1258"><title>QT</title>
<style>p {margin:0}</style></head><body>
<p class=MsoNormal><b>QUY TRÌNH CẤP BẢN SAO</b></p><p>Mã hiệu: QT-TP-02<br>Lần ban hành: 02</p>
<table border=1><tr><td><p>Căn cứ pháp lý</p></td><td><p>Nghị định số 23/2015/NĐ-CP;</p>
<p>Thông tư số 01/2020/TT-BTP.</p></td></tr><tr><td>Ghi chú</td><td>Không</td></tr></table>
<p>1. Mục đích</p></body></html>"""
    from tests.impact.readers.makers import cp1258_bytes

    result = read_procedure_bytes(cp1258_bytes(page), "qt-tp-02.doc")
    assert result.text == ("QUY TRÌNH CẤP BẢN SAO\nMã hiệu: QT-TP-02\nLần ban hành: 02\n\nCăn cứ pháp lý\n"
                           "Nghị định số 23/2015/NĐ-CP;\nThông tư số 01/2020/TT-BTP.\n\nGhi chú\nKhông\n\n1. Mục đích")
    assert (result.format, result.encoding) == ("html", "html")
