"""PDF procedures: a text layer made with fpdf2 and DejaVu, and a scan made of one image."""
import pytest

from impact.readers import (
    DamagedFile,
    EncryptedFile,
    NeedsOcr,
    ReadLimits,
    read_procedure_bytes,
    read_procedure_file,
)
from tests.impact.readers.conftest import requires_tesseract_vie
from tests.impact.readers.makers import procedure_pdf, scanned_pdf

EXPECTED = """UBND TỈNH LÂM ĐỒNG
SỞ TƯ PHÁP
Số: 15/QĐ-STP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lâm Đồng, ngày 15 tháng 3 năm 2024
QUY TRÌNH
CHỨNG THỰC BẢN SAO TỪ BẢN CHÍNH
Mã hiệu: QT-09
Lần ban hành: 03
Ngày hiệu lực: 01/04/2024

Căn cứ pháp lý
Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ;
Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Văn phòng Chính phủ.

Đơn vị chủ trì
Phòng Hành chính tư pháp

1. Mục đích: quy định trình tự chứng thực bản sao.
2. Phạm vi: áp dụng tại Bộ phận một cửa."""


def test_text_layer_in_reading_order_with_the_table_as_cell_lines(tmp_path):
    result = read_procedure_file(procedure_pdf(tmp_path / "qt09.pdf"))
    # The two header columns are read one after the other, not interleaved line by line; the
    # legal-basis table is one cell a line, a wrapped cell line joined again.
    assert result.text == EXPECTED
    assert (result.format, result.encoding, result.legacy, result.converter) == ("pdf", "pdf", None, None)


def test_scan_without_ocr_is_reported_by_name_with_the_remedy(tmp_path, no_ocr_programs):
    path = scanned_pdf(tmp_path / "quet.pdf")
    with pytest.raises(NeedsOcr) as raised:
        read_procedure_file(path)
    assert str(raised.value) == ("Tệp quet.pdf: không có lớp chữ: cần nhận dạng OCR "
                                 "(cài tesseract-ocr và tesseract-ocr-vie)")


def test_scan_with_ocr_turned_off_says_how_to_turn_it_on(tmp_path):
    with pytest.raises(NeedsOcr) as raised:
        read_procedure_file(scanned_pdf(tmp_path / "quet.pdf"), ReadLimits(ocr=False))
    assert str(raised.value) == ("Tệp quet.pdf: không có lớp chữ: cần nhận dạng OCR "
                                 "(OCR đang tắt; bật lại bằng REGIMPACT_OCR=1)")


def test_a_scanned_page_among_text_pages_is_named_in_the_notes(tmp_path, no_ocr_programs):
    result = read_procedure_file(procedure_pdf(tmp_path / "qt09.pdf", scanned_page=True))
    assert result.text == EXPECTED + "\n"
    assert result.notes == ("trang 2 là ảnh quét, chưa nhận dạng OCR nên chưa được đọc",)


@requires_tesseract_vie
def test_a_scanned_page_among_text_pages_is_recognised(tmp_path):
    result = read_procedure_file(procedure_pdf(tmp_path / "qt09.pdf", scanned_page=True))
    assert result.text.startswith(EXPECTED + "\nPHỤ LỤC\n") and result.notes == () and result.converter == "tesseract"
    assert result.encoding == "pdf"


def test_pages_past_the_limit_are_named_in_the_notes(tmp_path):
    result = read_procedure_file(procedure_pdf(tmp_path / "qt09.pdf", scanned_page=True), ReadLimits(max_pages=1))
    assert result.text == EXPECTED and result.notes == ("chỉ đọc 1 trang đầu trong 2 trang",)


@requires_tesseract_vie
def test_scan_is_recognised_with_tesseract(tmp_path):
    result = read_procedure_file(scanned_pdf(tmp_path / "quet.pdf"))
    assert (result.format, result.encoding, result.converter) == ("pdf", "ocr", "tesseract")
    lines = [line for line in result.text.splitlines() if line.strip()]
    assert lines[1] == "Mã hiệu: QT-05"
    assert "61/2018/NĐ-CP" in lines[2]


@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.99])
def test_truncated_pdf_is_damaged(tmp_path, fraction):
    whole = procedure_pdf(tmp_path / "whole.pdf").read_bytes()
    with pytest.raises(DamagedFile) as raised:
        read_procedure_bytes(whole[: int(len(whole) * fraction)], "cut.pdf")
    assert str(raised.value) == ("Tệp cut.pdf: tệp PDF bị hỏng hoặc không đọc được (có thể bị cắt cụt khi sao chép); "
                                 "hãy xuất lại tệp PDF từ bản gốc")


def test_not_a_pdf_at_all(tmp_path):
    with pytest.raises(DamagedFile) as raised:
        read_procedure_bytes(b"<html>Trang web</html>", "tai-ve.pdf")
    assert str(raised.value) == ("Tệp tai-ve.pdf: không phải tệp PDF hợp lệ (thiếu phần đầu %PDF, có thể bị hỏng hoặc "
                                 "đặt sai đuôi); hãy xuất lại tệp PDF")


def test_encrypted_pdf_says_so(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="chu", user_password="mat-khau")
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="QUY TRINH")
    path = tmp_path / "khoa.pdf"
    pdf.output(str(path))
    with pytest.raises(EncryptedFile):
        read_procedure_file(path)


def test_text_layer_typed_with_a_tcvn3_font_is_converted(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)  # a Latin-1 font: the text layer keeps the TCVN3 code points
    for line in ("QUY TR×NH TIÕP NHËN Hå S¥", "M· hiÖu: QT-04",
                 "C¨n cø NghÞ ®Þnh sè 61/2018/N§-CP ngµy 23/4/2018 cña ChÝnh phñ"):
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "cu.pdf"
    pdf.output(str(path))
    result = read_procedure_file(path)
    assert result.text == ("QUY TRÌNH TIẾP NHẬN HỒ SƠ\nMã hiệu: QT-04\n"
                           "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ")
    assert (result.legacy, result.encoding) == ("tcvn3", "tcvn3")


def test_labels_and_values_far_apart_stay_on_one_line(tmp_path):
    from tests.impact.readers.makers import _pdf

    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("DejaVu", "", 11)
    for label, value in (("Mã hiệu:", "QT-06"), ("Lần ban hành:", "02"), ("Ngày ban hành:", "01/02/2024")):
        pdf.cell(60, 7, label)
        pdf.cell(0, 7, value, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 7, "QUY TRÌNH GIẢI QUYẾT KHIẾU NẠI", align="C", new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "nhan.pdf"
    pdf.output(str(path))
    assert read_procedure_file(path).text == ("Mã hiệu: QT-06\nLần ban hành: 02\nNgày ban hành: 01/02/2024\n"
                                              "QUY TRÌNH GIẢI QUYẾT KHIẾU NẠI")
