"""Procedure files made in the tests: text in legacy encodings, .docx with tables, numbering,
headers, text boxes and TCVN3 runs, PDFs with a text layer and PDFs made of an image only."""
from __future__ import annotations

import unicodedata

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def cp1258_bytes(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows writes it: a base letter (with its hat or horn) and a
    combining tone mark."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in parts if c in _TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        out += base.encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


# -- .docx -------------------------------------------------------------------------------------

_NUMBERING_XML = """
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:abstractNum w:abstractNumId="90">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="91">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="90"><w:abstractNumId w:val="90"/></w:num>
  <w:num w:numId="91"><w:abstractNumId w:val="91"/></w:num>
</w:numbering>"""

_TEXT_BOX_RUN = """
<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
     xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
     xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
     xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
     xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
     xmlns:v="urn:schemas-microsoft-com:vml">
  <mc:AlternateContent>
    <mc:Choice Requires="wps">
      <w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>
        <w:p><w:r><w:t>{text}</w:t></w:r></w:p>
      </w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>
    </mc:Choice>
    <mc:Fallback>
      <w:pict><v:shape><v:textbox><w:txbxContent>
        <w:p><w:r><w:t>{text}</w:t></w:r></w:p>
      </w:txbxContent></v:textbox></v:shape></w:pict>
    </mc:Fallback>
  </mc:AlternateContent>
</w:r>"""


def _numbered(document, text: str, num_id: int, level: int):
    from docx.oxml import parse_xml

    paragraph = document.add_paragraph(text)
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(
        '<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f'<w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return paragraph


def _legacy_run(paragraph, text: str, font: str):
    run = paragraph.add_run(text)
    run.font.name = font  # sets w:rFonts ascii and hAnsi
    return run


def procedure_docx(path, *, code: str = "QT-07", edition: str = "02", legal_basis_rows=None,
                   tcvn3_line: str | None = "NghÞ ®Þnh sè 107/2021/N§-CP ngµy 06/12/2021 cña ChÝnh phñ",
                   extra_paragraphs=(), header: bool = True, text_box: str | None = "Ban hành kèm theo Quyết định số 12/QĐ-STP"):
    """An ISO procedure as agencies write it in Word: the control block in the page header, a
    numbered body, the legal basis in a table row, a TCVN3 run beside a Unicode one, a text box
    and the revision-history table. Returns the path."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    numbering = document.part.numbering_part.element
    for child in parse_xml(_NUMBERING_XML):
        numbering.append(child)
    if header:
        head = document.sections[0].header
        table = head.add_table(rows=1, cols=3, width=document.sections[0].page_width)
        table.cell(0, 0).text = "SỞ TƯ PHÁP TỈNH LÂM ĐỒNG"
        table.cell(0, 1).text = "QUY TRÌNH CẤP PHIẾU LÝ LỊCH TƯ PHÁP"
        cell = table.cell(0, 2)
        cell.text = f"Mã hiệu: {code}"
        cell.add_paragraph(f"Lần ban hành: {edition}")
        cell.add_paragraph("Ngày ban hành: 15/03/2024")
    document.add_paragraph("QUY TRÌNH")
    document.add_paragraph("CẤP PHIẾU LÝ LỊCH TƯ PHÁP")
    if text_box:
        document.paragraphs[-1]._p.append(parse_xml(_TEXT_BOX_RUN.format(text=text_box)))
    _numbered(document, "MỤC ĐÍCH", 90, 0)
    document.add_paragraph("Quy định trình tự cấp Phiếu lý lịch tư pháp.")
    _numbered(document, "PHẠM VI ÁP DỤNG", 90, 0)
    _numbered(document, "Áp dụng với công dân Việt Nam", 90, 1)
    _numbered(document, "Áp dụng với người nước ngoài", 90, 1)
    _numbered(document, "Bộ phận một cửa", 90, 2)
    _numbered(document, "TÀI LIỆU VIỆN DẪN", 90, 0)
    rows = legal_basis_rows or [
        "Luật Lý lịch tư pháp số 28/2009/QH12 ngày 17/6/2009;",
        "Nghị định số 111/2010/NĐ-CP ngày 23/11/2010 của Chính phủ;",
    ]
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Căn cứ pháp lý"
    basis = table.cell(0, 1)
    basis.text = rows[0]
    for row in rows[1:]:
        basis.add_paragraph(row)
    if tcvn3_line:
        paragraph = basis.add_paragraph()
        paragraph.add_run("- ")
        _legacy_run(paragraph, tcvn3_line, ".VnTime")
    table.cell(1, 0).text = "Ghi chú"
    table.cell(1, 1).text = "Áp dụng từ ngày ký"
    for text in extra_paragraphs:
        document.add_paragraph(text)
    document.add_paragraph("THEO DÕI SỬA ĐỔI")
    history = document.add_table(rows=3, cols=4)
    for column, text in enumerate(["Ngày sửa đổi", "Lần sửa đổi", "Nội dung sửa đổi", "Trang"]):
        history.cell(0, column).text = text
    for column, text in enumerate(["10/01/2023", "01", "Ban hành lần đầu", "Toàn bộ"]):
        history.cell(1, column).text = text
    for column, text in enumerate(["15/03/2024", "02", "Cập nhật căn cứ pháp lý", "3"]):
        history.cell(2, column).text = text
    document.save(path)
    return path


# -- .pdf --------------------------------------------------------------------------------------

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def _pdf():
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.add_font("DejaVu", "B", DEJAVU_BOLD)
    pdf.set_auto_page_break(True, margin=15)
    return pdf


def procedure_pdf(path, *, code: str = "QT-09", body_lines=(), legal_basis=(
        "Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ;",
        "Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Văn phòng Chính phủ."), scanned_page: bool = False):
    """A procedure as an agency exports it to PDF: the two-column header of an administrative
    document, the title, the control lines, the legal basis in a ruled table, a body."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 11)
    left = ["UBND TỈNH LÂM ĐỒNG", "SỞ TƯ PHÁP", "Số: 15/QĐ-STP"]
    right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Lâm Đồng, ngày 15 tháng 3 năm 2024"]
    for l_text, r_text in zip(left, right):
        pdf.cell(75, 7, l_text, align="C")
        pdf.cell(0, 7, r_text, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "QUY TRÌNH", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 8, "CHỨNG THỰC BẢN SAO TỪ BẢN CHÍNH", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 11)
    pdf.ln(4)
    for text in (f"Mã hiệu: {code}", "Lần ban hành: 03", "Ngày hiệu lực: 01/04/2024"):
        pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    with pdf.table(col_widths=(45, 135), text_align="LEFT") as table:
        row = table.row()
        row.cell("Căn cứ pháp lý")
        row.cell("\n".join(legal_basis))
        row = table.row()
        row.cell("Đơn vị chủ trì")
        row.cell("Phòng Hành chính tư pháp")
    pdf.ln(4)
    for text in body_lines or ("1. Mục đích: quy định trình tự chứng thực bản sao.",
                               "2. Phạm vi: áp dụng tại Bộ phận một cửa."):
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    if scanned_page:  # an appendix scanned and inserted: a page that is only an image
        pdf.add_page()
        pdf.image(text_image(["PHỤ LỤC", "Biểu mẫu BM-01"]), x=0, y=20, w=210)
    pdf.output(str(path))
    return path


def text_image(lines, *, size=(1700, 1000), font_size=44):
    """A white page image with the lines drawn in DejaVu: what a scanner gives."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(DEJAVU, font_size)
    y = 80
    for line in lines:
        draw.text((100, y), line, font=font, fill=0)
        y += int(font_size * 1.8)
    return image


def scanned_pdf(path, lines=("QUY TRÌNH TIẾP NHẬN HỒ SƠ", "Mã hiệu: QT-05", "Căn cứ Nghị định 61/2018/NĐ-CP")):
    """A PDF made of one page image only, no text layer."""
    image = text_image(lines)
    pdf = _pdf()
    pdf.add_page()
    pdf.image(image, x=0, y=20, w=210)
    pdf.output(str(path))
    return path


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                  'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
_PACKAGE_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
                 '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
                 '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')


def minimal_docx(path, body: str, *, styles: str | None = None, numbering: str | None = None,
                 footer: str | None = None):
    """A .docx written part by part, for what python-docx cannot make: `body` is the inner XML of
    w:body (w: prefix bound), `styles`/`numbering` the inner XML of those parts."""
    import zipfile

    relations = []
    sect = ""
    if styles is not None:
        relations.append('<Relationship Id="rS" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                         'relationships/styles" Target="styles.xml"/>')
    if numbering is not None:
        relations.append('<Relationship Id="rN" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                         'relationships/numbering" Target="numbering.xml"/>')
    if footer is not None:
        relations.append('<Relationship Id="rF" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                         'relationships/footer" Target="footer1.xml"/>')
        sect = '<w:sectPr><w:footerReference w:type="default" r:id="rF"/></w:sectPr>'
    ns = (f'xmlns:w="{W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", _CONTENT_TYPES)
        package.writestr("_rels/.rels", _PACKAGE_RELS)
        package.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document {ns}>'
                                              f'<w:body>{body}{sect}</w:body></w:document>')
        package.writestr("word/_rels/document.xml.rels",
                         '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                         'package/2006/relationships">' + "".join(relations) + "</Relationships>")
        if styles is not None:
            package.writestr("word/styles.xml", f'<w:styles {ns}>{styles}</w:styles>')
        if numbering is not None:
            package.writestr("word/numbering.xml", f'<w:numbering {ns}>{numbering}</w:numbering>')
        if footer is not None:
            package.writestr("word/footer1.xml", f'<w:ftr {ns}>{footer}</w:ftr>')
    return path


def run(text: str, font: str | None = None) -> str:
    fonts = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>' if font else ""
    return f'<w:r>{fonts}<w:t xml:space="preserve">{text}</w:t></w:r>'


def paragraph(*runs: str, style: str | None = None, num: tuple[int, int] | None = None) -> str:
    ppr = ""
    if style or num:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "")
        ppr += (f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>' if num else "")
        ppr += "</w:pPr>"
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"
