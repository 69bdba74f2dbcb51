"""Detail pages that show a document's attributes as label/value pairs (congbao, vanban.chinhphu.vn)."""
from __future__ import annotations

from parsel import Selector

from crawler.extract import labelled_fields, parse_date
from crawler.items import DocumentItem

# The labels the Government's sites print before each attribute, with the spellings seen for
# the same attribute on either site.
DETAIL_LABELS = {
    "number": ("Số ký hiệu", "Số hiệu", "Số/Ký hiệu"),
    "issued": ("Ngày ban hành",),
    "effective": ("Ngày có hiệu lực", "Ngày hiệu lực"),
    "doc_type": ("Loại văn bản",),
    "issuer": ("Cơ quan ban hành",),
    "title": ("Trích yếu", "Trích yếu nội dung"),
}


def labelled_item(page: Selector, *, source: str, source_id: str, url: str, fallback_title: str = "") -> DocumentItem:
    """The item of a labelled detail page. A label that is not on the page leaves its field empty:
    the pipeline then reports the page instead of storing an empty record."""
    fields = labelled_fields(page, DETAIL_LABELS)
    return DocumentItem(
        source=source,
        source_id=source_id,
        url=url,
        number=fields["number"],
        doc_type=fields["doc_type"],
        issuer=fields["issuer"],
        title=fields["title"] or fallback_title,
        issued=parse_date(fields["issued"]),
        effective=parse_date(fields["effective"]),
    )
