"""Plain-text procedures: every encoding agencies' Windows machines have written."""
import pytest

from impact.readers import (
    EmptyFile,
    UnreadableFile,
    UnsupportedFormat,
    read_procedure_file,
)
from tests.impact.readers.makers import cp1258_bytes

PROCEDURE = ("QUY TRÌNH TIẾP NHẬN HỒ SƠ\nMã hiệu: QT-03\n"
             "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa\n")
TCVN3 = ("QUY TR×NH TIÕP NHËN Hå S¥\nM· hiÖu: QT-03\n"
         "C¨n cø NghÞ ®Þnh sè 61/2018/N§-CP ngµy 23 th¸ng 4 n¨m 2018 cña ChÝnh phñ vÒ thùc hiÖn c¬ chÕ mét cöa\n")
VNI = ("QUY TRÌNH TIEÁP NHAÄN HOÀ SÔ\nMaõ hieäu: QT-03\n"
       "Caên cöù Nghò ñònh soá 61/2018/NÑ-CP ngaøy 23 thaùng 4 naêm 2018 cuûa Chính phuû veà thöïc hieän cô cheá moät cöûa\n")


@pytest.mark.parametrize("name, raw, encoding, legacy", [
    ("utf8.txt", PROCEDURE.encode("utf-8"), "utf-8", None),
    ("utf8-bom.md", b"\xef\xbb\xbf" + PROCEDURE.encode("utf-8"), "utf-8", None),
    ("utf16.txt", PROCEDURE.encode("utf-16"), "utf-16", None),             # with BOM, as Notepad writes it
    ("utf16le-nobom.txt", PROCEDURE.encode("utf-16-le"), "utf-16", None),
    ("utf16be-nobom.txt", PROCEDURE.encode("utf-16-be"), "utf-16", None),
    ("cp1258.txt", cp1258_bytes(PROCEDURE), "windows-1258", None),
    ("tcvn3.txt", TCVN3.encode("latin-1"), "tcvn3", "tcvn3"),
    ("vni.txt", VNI.encode("latin-1"), "vni", "vni"),
    ("tcvn3-in-utf8.txt", TCVN3.encode("utf-8"), "tcvn3", "tcvn3"),       # pasted from a .VnTime document
])
def test_text_files_in_every_encoding_read_the_same(tmp_path, name, raw, encoding, legacy):
    path = tmp_path / name
    path.write_bytes(raw)
    result = read_procedure_file(path)
    assert (result.text, result.encoding, result.legacy, result.format) == (PROCEDURE, encoding, legacy, "text")


def test_decomposed_text_comes_out_nfc(tmp_path):
    import unicodedata

    path = tmp_path / "nfd.txt"
    path.write_text(unicodedata.normalize("NFD", PROCEDURE), encoding="utf-8")
    assert read_procedure_file(path).text == PROCEDURE


@pytest.mark.parametrize("name, raw, error, message", [
    ("empty.txt", b"  \n\t", EmptyFile, "Tệp empty.txt: tệp rỗng; không có gì để nhập"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01", UnreadableFile,
     "Tệp binary.txt: không phải tệp văn bản (có dữ liệu nhị phân); hãy kiểm tra đúng tệp, hoặc lưu lại dưới dạng .txt UTF-8"),
    ("form.xlsx", b"PK\x03\x04", UnsupportedFormat,
     "Tệp form.xlsx: định dạng .xlsx chưa được hỗ trợ; hãy lưu tệp dưới dạng .docx, .pdf hoặc .txt rồi nhập lại"),
    ("notes.rtf.txt", b"{\\rtf1\\ansi Quy trinh}", UnsupportedFormat,
     "Tệp notes.rtf.txt: định dạng RTF (đổi tên thành .txt) chưa được hỗ trợ; hãy lưu tệp dưới dạng .docx, .pdf hoặc .txt rồi nhập lại"),
])
def test_unreadable_text_files_say_why(tmp_path, name, raw, error, message):
    path = tmp_path / name
    path.write_bytes(raw)
    with pytest.raises(error) as raised:
        read_procedure_file(path)
    assert str(raised.value) == message
