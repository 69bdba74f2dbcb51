"""Word .docx procedures: structure (header, tables, text boxes, numbering) and legacy fonts."""
import zipfile

import pytest

from impact.readers import (
    ArchiveTooLarge,
    DamagedFile,
    EncryptedFile,
    ReadLimits,
    read_procedure_bytes,
    read_procedure_file,
)
from tests.impact.readers.makers import minimal_docx, paragraph, procedure_docx, run

EXPECTED_PROCEDURE = """

SỞ TƯ PHÁP TỈNH LÂM ĐỒNG
QUY TRÌNH CẤP PHIẾU LÝ LỊCH TƯ PHÁP
Mã hiệu: QT-07
Lần ban hành: 02
Ngày ban hành: 15/03/2024


QUY TRÌNH
CẤP PHIẾU LÝ LỊCH TƯ PHÁP
Ban hành kèm theo Quyết định số 12/QĐ-STP
1. MỤC ĐÍCH
Quy định trình tự cấp Phiếu lý lịch tư pháp.
2. PHẠM VI ÁP DỤNG
a) Áp dụng với công dân Việt Nam
b) Áp dụng với người nước ngoài
- Bộ phận một cửa
3. TÀI LIỆU VIỆN DẪN

Căn cứ pháp lý
Luật Lý lịch tư pháp số 28/2009/QH12 ngày 17/6/2009;
Nghị định số 111/2010/NĐ-CP ngày 23/11/2010 của Chính phủ;
- Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ

Ghi chú
Áp dụng từ ngày ký

THEO DÕI SỬA ĐỔI

Ngày sửa đổi
Lần sửa đổi
Nội dung sửa đổi
Trang

10/01/2023
01
Ban hành lần đầu
Toàn bộ

15/03/2024
02
Cập nhật căn cứ pháp lý
3
"""


def test_procedure_docx_reads_header_numbering_text_box_tables_and_tcvn3_run(tmp_path):
    result = read_procedure_file(procedure_docx(tmp_path / "qt07.docx"))
    assert result.text == EXPECTED_PROCEDURE
    assert (result.format, result.encoding, result.legacy) == ("docx", "docx", "tcvn3")


def test_unicode_docx_reports_no_conversion(tmp_path):
    result = read_procedure_file(procedure_docx(tmp_path / "plain.docx", tcvn3_line=None))
    assert result.legacy is None and "Nghị định số 107/2021" not in result.text


def test_vni_letter_and_mark_split_across_runs_are_joined(tmp_path):
    body = paragraph(run("Nghò ñònh soá 61/2018/NÑ-CP cuû", "VNI-Times"), run("a Chính phuû", "VNI-Times"),
                     run(" và văn bản Unicode"))
    result = read_procedure_file(minimal_docx(tmp_path / "vni.docx", body))
    assert result.text == "Nghị định số 61/2018/NĐ-CP của Chính phủ và văn bản Unicode"
    assert result.legacy == "vni"


def test_capitals_font_and_style_fonts(tmp_path):
    styles = ('<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman"/></w:rPr></w:rPrDefault>'
              '</w:docDefaults>'
              '<w:style w:type="paragraph" w:styleId="Old"><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/>'
              '</w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="OldChild"><w:basedOn w:val="Old"/></w:style>')
    body = (paragraph(run("quy tr×nh cÊp phiÕu", ".VnTimeH"))
            + paragraph(run("C¨n cø LuËt Lý lÞch t­ ph¸p"), style="OldChild")
            + paragraph(run("Căn cứ Luật Lý lịch tư pháp")))
    result = read_procedure_file(minimal_docx(tmp_path / "styles.docx", body, styles=styles))
    assert result.text == "QUY TRÌNH CẤP PHIẾU\nCăn cứ Luật Lý lịch tư pháp\nCăn cứ Luật Lý lịch tư pháp"


def test_numbering_levels_restart_and_formats(tmp_path):
    numbering = ('<w:abstractNum w:abstractNumId="1">'
                 '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>'
                 '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>'
                 '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>'
                 '</w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>'
                 '<w:num w:numId="6"><w:abstractNumId w:val="1"/>'
                 '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>')
    styles = ('<w:style w:type="paragraph" w:styleId="Heading"><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr>'
              '</w:style>')
    body = "".join([
        paragraph(run("MỤC ĐÍCH"), style="Heading"),
        paragraph(run("Chung"), num=(5, 1)),
        paragraph(run("hồ sơ"), num=(5, 2)),
        paragraph(run("lệ phí"), num=(5, 2)),
        paragraph(run("Riêng"), num=(5, 1)),
        paragraph(run("CĂN CỨ"), num=(5, 0)),
        paragraph(run("thời hạn"), num=(5, 2)),
        paragraph(run("PHỤ LỤC"), num=(6, 0)),
        paragraph(run("không số"), num=(0, 0)),
    ])
    result = read_procedure_file(minimal_docx(tmp_path / "numbers.docx", body, styles=styles, numbering=numbering))
    assert result.text.splitlines() == ["I. MỤC ĐÍCH", "I.1. Chung", "a) hồ sơ", "b) lệ phí", "I.2. Riêng", "II. CĂN CỨ",
                                        "a) thời hạn", "IV. PHỤ LỤC", "không số"]


def test_tracked_deletions_are_left_out_and_insertions_kept_and_footer_read(tmp_path):
    body = paragraph(run("Căn cứ Nghị định số "),
                     '<w:del w:id="1"><w:r><w:delText>61/2018/NĐ-CP</w:delText></w:r></w:del>',
                     '<w:ins w:id="2"><w:r><w:t>118/2025/NĐ-CP</w:t></w:r></w:ins>',
                     '<w:hyperlink r:id="x"><w:r><w:t>;</w:t></w:r></w:hyperlink>')
    footer = paragraph(run("Mã số: QT-11"))
    result = read_procedure_file(minimal_docx(tmp_path / "tracked.docx", body, footer=footer))
    assert result.text == "Căn cứ Nghị định số 118/2025/NĐ-CP;\nMã số: QT-11\n"


def test_vertically_merged_cell_text_appears_once(tmp_path):
    cell = lambda text, merge=None: ("<w:tc><w:tcPr>" + (f'<w:vMerge w:val="{merge}"/>' if merge == "restart" else
                                                           "<w:vMerge/>" if merge else "") + "</w:tcPr>"
                                     + paragraph(run(text)) + "</w:tc>")
    table = ("<w:tbl><w:tr>" + cell("Căn cứ pháp lý", "restart") + cell("Luật số 28/2009/QH12") + "</w:tr>"
             "<w:tr>" + cell("", "continue") + cell("Nghị định số 111/2010/NĐ-CP") + "</w:tr></w:tbl>")
    result = read_procedure_file(minimal_docx(tmp_path / "merged.docx", table))
    assert result.text == "\nCăn cứ pháp lý\nLuật số 28/2009/QH12\n\nNghị định số 111/2010/NĐ-CP\n"


# -- files that are not what they claim, or are hostile -----------------------------------------

def test_truncated_docx_is_damaged_with_the_remedy(tmp_path):
    whole = procedure_docx(tmp_path / "whole.docx").read_bytes()
    path = tmp_path / "truncated.docx"
    path.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(DamagedFile) as raised:
        read_procedure_file(path)
    assert str(raised.value) == ("Tệp truncated.docx: tệp .docx bị hỏng hoặc không phải tệp Word (.docx) hợp lệ "
                                 "(có thể bị cắt cụt khi sao chép); hãy mở bằng Word, lưu lại rồi nhập lại")


def test_zip_bomb_is_refused_before_inflating(tmp_path):
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("_rels/.rels", "<Relationships/>")
        with package.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b" " * (1 << 20)
            for _ in range(210):  # 210 MB of spaces, about 200 KB compressed
                member.write(chunk)
    assert path.stat().st_size < 1_000_000
    with pytest.raises(ArchiveTooLarge) as raised:
        read_procedure_file(path)
    assert str(raised.value) == ("Tệp bomb.docx: tệp .docx khai báo 210 MB khi giải nén (giới hạn 200 MB), vượt giới hạn "
                                 "an toàn nên không được giải nén; tệp có thể độc hại hoặc hỏng — hãy mở bằng Word, "
                                 "kiểm tra và lưu lại")


def test_archive_with_too_many_entries_is_refused(tmp_path):
    path = tmp_path / "entries.docx"
    with zipfile.ZipFile(path, "w") as package:
        for index in range(60):
            package.writestr(f"word/media/{index}.xml", "")
    with pytest.raises(ArchiveTooLarge, match="có 60 mục nén"):
        read_procedure_file(path, ReadLimits(max_entries=50))


def test_archive_lying_about_its_sizes_is_damaged_not_inflated(tmp_path):
    import struct

    path = minimal_docx(tmp_path / "liar.docx", paragraph(run(" " * 5_000_000)))
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as package:
        info = package.getinfo("word/document.xml")
    # Declare 1000 bytes instead of 5 MB, in the local header and in the central directory.
    raw[info.header_offset + 22: info.header_offset + 26] = struct.pack("<I", 1000)
    for offset in range(len(raw) - 4):
        if raw[offset: offset + 4] == b"PK\x01\x02" and raw[offset + 46: offset + 46 + 17] == b"word/document.xml":
            raw[offset + 24: offset + 28] = struct.pack("<I", 1000)
    path.write_bytes(bytes(raw))
    with pytest.raises(DamagedFile, match="bị hỏng"):
        read_procedure_file(path)


def test_xml_entities_are_refused(tmp_path):
    body = paragraph(run("&lol;"))
    path = minimal_docx(tmp_path / "entity.docx", body)
    with zipfile.ZipFile(path) as package:
        document = package.read("word/document.xml").decode()
    hostile = document.replace("<w:document", '<!DOCTYPE w:document [<!ENTITY lol "lol">]><w:document', 1)
    rebuilt = tmp_path / "hostile.docx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(rebuilt, "w") as target:
        for item in source.infolist():
            target.writestr(item, hostile if item.filename == "word/document.xml" else source.read(item))
    with pytest.raises(DamagedFile, match="DOCTYPE/ENTITY"):
        read_procedure_file(rebuilt)


def test_spreadsheet_renamed_docx_is_named_as_such(tmp_path):
    path = tmp_path / "bang.docx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(DamagedFile, match="thiếu word/document.xml"):
        read_procedure_file(path)


def test_password_protected_docx_says_so(tmp_path):
    # Word encrypts a .docx into an OLE container holding an "EncryptedPackage" stream.
    raw = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 512
    with pytest.raises(EncryptedFile) as raised:
        read_procedure_bytes(raw, "mat-khau.docx")
    assert str(raised.value) == ("Tệp mat-khau.docx: tệp được đặt mật khẩu; hãy gỡ mật khẩu (lưu lại không mật khẩu) "
                                 "rồi nhập lại")


def test_uploaded_name_is_never_a_path(tmp_path):
    raw = procedure_docx(tmp_path / "x.docx").read_bytes()
    result = read_procedure_bytes(raw, "../../etc/passwd.docx")
    assert "QT-07" in result.text
    with pytest.raises(DamagedFile) as raised:
        read_procedure_bytes(raw[:100], "../../secret/qt.docx")
    assert raised.value.path.name == "qt.docx" and str(raised.value.path) == "qt.docx"
