"""Reading fields by label, HTML bodies and dates: on recorded pages and the constructed ones."""
import json

import pytest
from parsel import Selector

from crawler.extract import html_to_text, labelled_fields, parse_date
from crawler.spiders.labelled import DETAIL_LABELS, labelled_item
from tests.crawler.server import CONSTRUCTED, FIXTURES, REAL


@pytest.mark.parametrize("text, iso", [
    ("09/06/2025", "2025-06-09"),
    ("9-6-2025", "2025-06-09"),
    (" 01.07.2025 ", "2025-07-01"),
    ("2026-04-28T10:29:38.593859", "2026-04-28"),
    ("Hà Nội, ngày 23/07/2003", "2003-07-23"),
    ("31/02/2026", None),
    ("", None),
    (None, None),
    ("không rõ", None),
])
def test_parse_date(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize("page, expected", [
    # Real recorded attribute pages of the old vbpl.vn: label cell, value cell, twice a row.
    ("vbpq-thuoctinh_dvid-13_ItemID-96172.html",
     {"number": "101/2015/QH13", "issued": "27/11/2015", "effective": "01/01/2018", "doc_type": "Bộ luật"}),
    ("vbpq-thuoctinh_ItemID-32801.html",
     {"number": "Không số", "issued": "28/11/2013", "effective": "01/01/2014", "doc_type": "Hiến pháp"}),
])
def test_labels_on_recorded_vbpl_attribute_pages(page, expected):
    fields = labelled_fields(Selector((FIXTURES / "vbpl-old" / page).read_text("utf-8")), DETAIL_LABELS)
    assert {name: fields[name] for name in expected} == expected
    # "Cơ quan ban hành/ Chức danh / Người ký" is another label; a sidebar heading is no label.
    assert fields["issuer"] is None


def test_labels_with_colon_in_bold_and_value_in_the_next_cell():
    page = Selector((CONSTRUCTED / "chinhphu" / "van-ban-218863.html").read_text("utf-8"))
    item = labelled_item(page, source="chinhphu", source_id="218863", url="https://vanban.chinhphu.vn/x")
    assert (item.number, item.doc_type, item.issuer, item.issued, item.effective) == (
        "281/2026/NĐ-CP", "Nghị định", "Chính phủ", "2026-07-13", "2026-08-31")
    assert item.title.startswith("Sửa đổi, bổ sung một số điều của Nghị định số 123/2024/NĐ-CP")
    assert item.missing_fields() == []


def test_value_written_after_the_label_in_the_same_element():
    page = Selector("<ul><li><span>Số ký hiệu:</span> 12/2026/TT-BTC</li>"
                    "<li><strong>Ngày ban hành</strong>: 05/01/2026</li></ul>")
    fields = labelled_fields(page, DETAIL_LABELS)
    assert fields["number"] == "12/2026/TT-BTC"
    assert fields["issued"] == ": 05/01/2026"
    assert parse_date(fields["issued"]) == "2026-01-05"


def test_renamed_label_leaves_the_field_empty():
    html = (CONSTRUCTED / "chinhphu" / "van-ban-218863.html").read_text("utf-8")
    html = html.replace("Số ký hiệu:", "Số hiệu văn bản:")
    item = labelled_item(Selector(html), source="chinhphu", source_id="218863", url="u")
    assert item.number is None
    assert item.missing_fields() == ["số ký hiệu"]


def test_html_body_to_text_keeps_one_line_per_block():
    content = json.loads((REAL / "doc-19761.json").read_text("utf-8"))["data"]["documentContent"]["content"]
    text = html_to_text(content)
    lines = text.splitlines()
    assert lines[:4] == ["BỘ TÀI CHÍNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc",
                         "Số: 107/2003/QĐ-BTC"]
    assert "Căn cứ Nghị định số 77/CP ngày 01/7/2003 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và " \
           "cơ cấu tổ chức của Bộ Tài chính;" in lines
    assert lines[-1] == "Nguyễn Ngọc Tuấn"
    assert "<" not in text and "&amp;" not in text and "\xa0" not in text
    assert html_to_text("<html><head></head><body> </body></html>") == ""
    assert html_to_text(None) == ""
