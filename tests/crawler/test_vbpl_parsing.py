"""vbpl gateway answers → items, on the recorded responses (and the constructed ones where marked)."""
import copy
import datetime as dt
import json

import pytest

from crawler.extract import html_to_text
from crawler.spiders.base import LayoutError
from crawler.spiders.vbpl import (
    document_item,
    envelope_data,
    gateway_datetime,
    listing_entries,
    plain_title,
    relations_from_references,
    tree_text,
)
from tests.crawler.server import CONSTRUCTED, REAL


def recorded(name):
    return json.loads((REAL / name).read_text("utf-8"))


def constructed(name):
    return json.loads((CONSTRUCTED / "vbpl-api" / name).read_text("utf-8"))


def test_recorded_listing_page():
    entries, total = listing_entries(envelope_data(recorded("doc-all_pageNumber-1_pageSize-2.json")))
    assert total == 166921
    assert [(e.source_id, e.issued, e.updated) for e in entries] == [
        ("af28f900-429e-11f1-ac02-3babf827b65c", dt.date(2026, 4, 24), dt.datetime(2026, 4, 28, 10, 29, 38, 593859)),
        ("c94b9430-424b-11f1-b2c9-df1b860af5cf", dt.date(2026, 2, 10), dt.datetime(2026, 4, 28, 9, 44, 7, 825967)),
    ]


def test_migrated_document_with_html_body_and_legal_bases():
    item = document_item(envelope_data(recorded("doc-19761.json")))
    assert (item.source, item.source_id, item.url) == ("vbpl", "19761", "https://vbpl.vn/van-ban/chi-tiet/--19761")
    assert (item.number, item.doc_type, item.issuer) == ("107/2003/QĐ-BTC", "Quyết định", "Bộ Tài chính")
    assert item.title == ("của Bộ trưởng Bộ Tài chính về giá thiết bị dạy và học lớp 2, lớp 7 của Công ty TNHH "
                          "Sản xuất và Thương mại ABC")
    assert (item.issued, item.effective, item.expires) == ("2003-07-23", "2003-09-06", None)
    assert (item.status, item.source_status) == ("in_force", "CHL")
    # 107/2003 (23 July 2003) rests on the two older documents its references name.
    assert [(r.type, r.target) for r in item.relations] == [
        ("based_on", "77/2003/NĐ-CP"), ("based_on", "23/2003/QĐ-BGDĐT")]
    assert item.text.startswith("BỘ TÀI CHÍNH\n") and "Điều 4. Quyết định này có hiệu lực thi hành" in item.text
    assert item.unmapped_references == []


def test_document_without_body_or_organization():
    item = document_item(envelope_data(recorded("doc-188001.json")),
                         tree=envelope_data(recorded("provision-tree-empty.json")))
    assert (item.number, item.issuer, item.issued) == ("01/2026/NQ-HĐND", "HĐND Tỉnh Đồng Nai", "2026-04-10")
    assert item.text is None
    assert [r.target for r in item.relations] == ["64/2025/QH15", "72/2025/QH15", "87/2025/QH15", "121/2025/QH15",
                                                  "103/2025/UBTVQH15"]
    assert {r.type for r in item.relations} == {"based_on"}


def test_document_with_no_references_leaves_relations_to_the_text():
    item = document_item(envelope_data(recorded("doc-187649.json")))
    assert item.relations is None
    assert (item.number, item.issuer) == ("01/2026/NQ-HĐND", "HĐND Thành phố Huế")
    assert "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;" in item.text.splitlines()


def test_provision_tree_text_is_the_articles_of_the_html_body():
    for number in ("19761", "187649"):
        body = html_to_text(envelope_data(recorded(f"doc-{number}.json"))["documentContent"]["content"])
        text = tree_text(envelope_data(recorded(f"provision-tree-{number}.json")))
        assert text.startswith("Điều 1. ")
        assert all(line in body for line in text.splitlines())
    # An article's content already holds its clauses: each clause comes once.
    text = tree_text(envelope_data(recorded("provision-tree-187649.json")))
    assert text.count("1. Giao Thường trực Hội đồng nhân dân thành phố") == 1


def test_empty_html_shell_falls_back_to_the_tree():
    detail = envelope_data(recorded("doc-19761.json"))
    detail["documentContent"]["content"] = "<html><head></head><body></body></html>"
    item = document_item(detail, tree=envelope_data(recorded("provision-tree-19761.json")))
    assert item.text.startswith("Điều 1. Quy định giá dụng cụ, thiết bị dạy và học lớp 2")


@pytest.mark.parametrize("name, kind, targets, status", [
    # Constructed from the recorded structure (see fixtures/README.md): codes 1, 10 and 12.
    ("doc-af28f900-429e-11f1-ac02-3babf827b65c.json", "repeals", ["33/2022/QĐ-UBND"], "in_force"),
    ("doc-constructed-107-2021-nd-cp.json", "amends", ["61/2018/NĐ-CP"], "expired"),
    ("doc-constructed-118-2025-nd-cp.json", "replaces", ["61/2018/NĐ-CP", "107/2021/NĐ-CP"], "partly_expired"),
])
def test_reference_types_map_to_relations(name, kind, targets, status):
    item = document_item(envelope_data(constructed(name)))
    assert [(r.type, r.target) for r in item.relations] == [(kind, t) for t in targets]
    assert item.status == status


def _reference(code, number, issued, *, root=False):
    return {"referenceType": code, "isRootDocument": root,
            "targetDocument": {"id": "t", "docNum": number, "issueDate": f"{issued}T00:00:00"}}


def test_references_that_cannot_be_relations_are_kept_raw():
    relations, unmapped = relations_from_references("118/2025/NĐ-CP", "2025-06-09", [
        _reference(12, "61/2018/NĐ-CP", "2018-04-23"),
        _reference(7, "01/VBHN-VPCP", "2025-08-01"),            # a code we do not know
        _reference(10, "367/2025/NĐ-CP", "2025-12-31"),         # the target is younger: other direction
        _reference(3, "63/2025/QH15", "2025-02-18", root=True),  # meaning of isRootDocument never seen
        _reference(12, "61/2018/NĐ-CP", "2018-04-23"),          # duplicate
        _reference(9, "118/2025/NĐ-CP", "2025-06-09"),          # itself
    ])
    assert [(r.type, r.target) for r in relations] == [("replaces", "61/2018/NĐ-CP")]
    assert [(u["referenceType"], u["target"], u["reason"]) for u in unmapped] == [
        (7, "01/VBHN-VPCP", "unknown_code"), (10, "367/2025/NĐ-CP", "target_is_newer"),
        (3, "63/2025/QH15", "root_document")]


@pytest.mark.parametrize("code, status", [("CHL", "in_force"), ("HHL", "expired"), ("HHL1P", "partly_expired"),
                                          ("CCHL", "not_yet_in_force"), ("TNHL", "unknown"), (None, "unknown")])
def test_status_codes(code, status):
    detail = copy.deepcopy(envelope_data(recorded("doc-19761.json")))
    detail["effStatus"] = {"code": code} if code else None
    item = document_item(detail)
    assert (item.status, item.source_status) == (status, code)


def test_title_prefix_and_dates():
    title = plain_title("Nghị quyết 66.14/2026/NQ-CP Xử lý khó khăn", "Nghị quyết", "66.14/2026/NQ-CP")
    assert title == "Xử lý khó khăn"
    assert plain_title("Quyết định số 1/QĐ-UBND", "Quyết định", "1/QĐ-UBND") == "Quyết định số 1/QĐ-UBND"
    assert gateway_datetime("2026-04-28T10:29:38+07:00") == dt.datetime(2026, 4, 28, 3, 29, 38)
    assert gateway_datetime(None) is None


@pytest.mark.parametrize("payload", [
    {"success": False, "statusCode": 500, "message": "Lỗi", "data": None},
    {"message": "no data"},
    [],
])
def test_envelope_errors_are_layout_errors(payload):
    with pytest.raises(LayoutError):
        envelope_data(payload)


def test_listing_without_items_is_a_layout_error():
    with pytest.raises(LayoutError):
        listing_entries({"current": 1, "total": 3})
