"""vbpl.vn, the national database of legal documents (Ministry of Justice), through its JSON gateway.

Since April 2026 vbpl.vn is a Next.js site over `…/api/qtdc/public`:
- `POST /doc/all` {"pageNumber", "pageSize"} lists every document, newest first (filters are ignored);
- `GET /doc/{id}` gives the attributes, the HTML body (`documentContent.content`), the signers and
  `references[]`, the relations vbpl's editors recorded;
- `GET /doc/provision/tree/{id}` gives the Điều/Khoản tree, read here only when the HTML body is
  missing or empty.
A document's identity is its id: provincial numbers repeat ("40/2026/QĐ-UBND" exists 31 times).
"""
from __future__ import annotations

import datetime as dt
import json
import re

import scrapy

from crawler.extract import clean_text, html_to_text, parse_date
from crawler.items import DocumentItem
from crawler.spiders.base import LayoutError, SourceSpider
from crawler.walk import ListingEntry
from impact.models import Relation

API_PATH = "/api/qtdc/public"
PAGE_URL = "https://vbpl.vn/van-ban/chi-tiet/--{id}"

# effStatus.code → DESIGN.md status. Other codes (TNHL suspended, KCPH no longer appropriate, …)
# have no status of their own: "unknown", with the code kept in the item.
STATUS_BY_CODE = {"CHL": "in_force", "HHL": "expired", "HHL1P": "partly_expired", "CCHL": "not_yet_in_force"}

# references[].referenceType → relation type, as stated by the document the reference belongs
# to about its targetDocument (the recorded details list the legal bases of a document under its
# own id, type 3). Codes not listed here are kept raw and reported, never guessed.
RELATION_BY_REFERENCE_TYPE = {1: "repeals", 3: "based_on", 9: "based_on", 10: "amends", 12: "replaces"}

HEADERS = {
    "Accept": "application/json",
    "Content-Type": "application/json",
    "Origin": "https://vbpl.vn",
    "Referer": "https://vbpl.vn/",
}


def envelope_data(payload: dict):
    """The `data` of a gateway answer {"success", "statusCode", "data", …}; LayoutError otherwise."""
    if not isinstance(payload, dict) or "data" not in payload:
        raise LayoutError("câu trả lời không có trường 'data'")
    if payload.get("success") is not True or payload.get("statusCode") not in (200, None):
        raise LayoutError(f"cổng dữ liệu báo lỗi: {payload.get('statusCode')} {payload.get('message')}")
    return payload["data"]


def gateway_datetime(value) -> dt.datetime | None:
    """'2026-04-28T10:29:38.593859' → a naive datetime. The gateway gives no time zone: it is
    read as UTC, the later reading, so that an update is never taken for older than it is."""
    if not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return moment.astimezone(dt.timezone.utc).replace(tzinfo=None) if moment.tzinfo else moment


def listing_entries(data: dict) -> tuple[list[ListingEntry], int]:
    """The rows of one /doc/all page and the number of documents the listing holds."""
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise LayoutError("trang danh sách không có 'data.items'")
    entries = []
    for row in data["items"]:
        if not row.get("id"):
            raise LayoutError("một dòng của danh sách không có 'id'")
        issued = parse_date(row.get("issueDate"))
        entries.append(ListingEntry(
            source_id=str(row["id"]),
            issued=dt.date.fromisoformat(issued) if issued else None,
            updated=gateway_datetime(row.get("updatedDate")),
        ))
    return entries, int(data.get("total") or 0)


def plain_title(title: str, doc_type: str | None, number: str | None) -> str:
    """'Nghị quyết số 01/2026/NQ-HĐND Ban hành Quy chế …' → 'Ban hành Quy chế …' (the trích yếu)."""
    title = clean_text(title)
    if doc_type and number:
        prefix = re.compile(rf"^{re.escape(doc_type)}\s+(?:số\s+)?{re.escape(number)}[\s:,.\-–]*", re.IGNORECASE)
        stripped = prefix.sub("", title)
        if stripped:
            return stripped
    return title


def issuer_of(data: dict) -> str | None:
    if data.get("agencyName"):
        return clean_text(data["agencyName"])
    for issue in sorted(data.get("documentIssues") or [], key=lambda i: i.get("orderIndex") or 0):
        if issue.get("agencyName"):
            return clean_text(issue["agencyName"])
    organization = data.get("organization") or {}
    return clean_text(organization.get("name")) or None


def relations_from_references(number: str | None, issued: str | None,
                              references: list) -> tuple[list[Relation], list[dict]]:
    """The relations a document's references state, and the references that cannot be read as one.

    A reference is kept raw (not turned into a relation) when its code is unknown, when
    `isRootDocument` is true (its meaning was never observed), or when its target was issued
    after the document itself: a document cannot rest on, amend, replace or repeal a younger one,
    so such a reference is the other direction of the relation.
    """
    relations: list[Relation] = []
    unmapped: list[dict] = []
    seen: set[tuple[str, str]] = set()
    for reference in references:
        target = reference.get("targetDocument") or {}
        code = reference.get("referenceType")
        target_number = clean_text(target.get("docNum")) or clean_text(target.get("title"))
        raw = {"referenceType": code, "target": target_number or None, "target_id": target.get("id")}
        kind = RELATION_BY_REFERENCE_TYPE.get(code)
        if kind is None:
            unmapped.append({**raw, "reason": "unknown_code"})
            continue
        if reference.get("isRootDocument"):
            unmapped.append({**raw, "reason": "root_document"})
            continue
        target_issued = parse_date(target.get("issueDate"))
        if issued and target_issued and target_issued > issued:
            unmapped.append({**raw, "reason": "target_is_newer"})
            continue
        if not target_number or target_number == number or (kind, target_number) in seen:
            continue
        seen.add((kind, target_number))
        relations.append(Relation(type=kind, target=target_number))
    return relations, unmapped


def tree_text(nodes: list) -> str:
    """The text of a provision tree: each node's content once (an article's content already
    holds its clauses), <br> as line breaks."""
    lines: list[str] = []

    def visit(node, parent_text: str) -> None:
        content = html_to_text(((node.get("content") or {}).get("content") or "").replace("<br>", "\n<br>"))
        own = content if content and content not in parent_text else ""
        if own:
            lines.append(own)
        for child in node.get("children") or []:
            visit(child, own or parent_text)

    for node in nodes:
        visit(node, "")
    return "\n".join(lines)


def document_item(data: dict, *, text: str | None = None, tree: list | None = None) -> DocumentItem:
    """The item of one /doc/{id} answer: `text` is its body's text when already read, `tree` the
    provision tree read when the body had none."""
    doc_type = clean_text((data.get("docType") or {}).get("name")) or None
    number = clean_text(data.get("docNum")) or None
    issued = parse_date(data.get("issueDate"))
    status_code = (data.get("effStatus") or {}).get("code")
    references = data.get("references")
    relations, unmapped = relations_from_references(number, issued, references or [])
    text = (text if text is not None else body_text(data)) or (tree_text(tree) if tree else "")
    return DocumentItem(
        source="vbpl",
        source_id=str(data.get("id")),
        url=PAGE_URL.format(id=data.get("id")),
        number=number,
        doc_type=doc_type,
        issuer=issuer_of(data),
        title=clean_text(data.get("docAbs")) or plain_title(data.get("title") or "", doc_type, number),
        issued=issued,
        effective=parse_date(data.get("effFrom")),
        expires=parse_date(data.get("effTo")),
        status=STATUS_BY_CODE.get(status_code, "unknown"),
        source_status=status_code,
        text=text or None,
        # An empty list is no statement: new documents often have no references recorded yet.
        relations=relations or None,
        unmapped_references=unmapped,
    )


def body_text(data: dict) -> str:
    return html_to_text((data.get("documentContent") or {}).get("content"))


class VbplSpider(SourceSpider):
    name = "vbpl"
    official_base = "https://vbpl-bientap-gateway.moj.gov.vn"

    def api(self, path: str) -> str:
        return f"{self.base_url}{API_PATH}{path}"

    async def start(self):
        if self.resume:
            return
        yield self.listing_request(1)

    def listing_request(self, number: int) -> scrapy.Request:
        body = {"pageNumber": number, "pageSize": self.settings.getint("VBPL_PAGE_SIZE")}
        return scrapy.Request(
            self.api("/doc/all"), method="POST", body=json.dumps(body), headers=HEADERS,
            callback=self.parse_listing, errback=self.request_failed, cb_kwargs={"number": number},
        )

    def parse_listing(self, response, number: int):
        try:
            entries, total = listing_entries(envelope_data(response.json()))
        except (LayoutError, ValueError) as error:
            self.layout_failed(response, LayoutError(f"danh sách vbpl trang {number}: {error}"))
            return
        if not entries and number == 1:
            self.layout_failed(response, LayoutError("danh sách vbpl trang 1 không có văn bản nào"))
            return
        size = self.settings.getint("VBPL_PAGE_SIZE")
        step = self.plan(entries, more=bool(entries) and (not total or number * size < total))
        for entry in step.fetch:
            yield scrapy.Request(
                self.api(f"/doc/{entry.source_id}"), headers=HEADERS, priority=1,
                callback=self.parse_document, errback=self.request_failed,
                cb_kwargs={"source_id": entry.source_id},
            )
        if step.next_page:
            yield self.listing_request(number + 1)

    def parse_document(self, response, source_id: str):
        try:
            data = envelope_data(response.json())
            if not isinstance(data, dict):
                raise LayoutError("chi tiết văn bản không phải một đối tượng")
        except (LayoutError, ValueError) as error:
            self.layout_failed(response, LayoutError(f"văn bản vbpl {source_id}: {error}"))
            return
        if not data.get("id"):
            data["id"] = source_id
        text = body_text(data)
        if text:
            yield document_item(data, text=text)
        else:
            yield scrapy.Request(
                self.api(f"/doc/provision/tree/{source_id}"), headers=HEADERS, priority=2,
                callback=self.parse_tree, errback=self.request_failed, cb_kwargs={"detail": data},
            )

    def parse_tree(self, response, detail: dict):
        try:
            nodes = envelope_data(response.json())
            if not isinstance(nodes, list):
                raise LayoutError("cây điều khoản không phải một danh sách")
        except (LayoutError, ValueError) as error:
            self.layout_failed(response, LayoutError(f"cây điều khoản vbpl {detail.get('id')}: {error}"))
            return
        yield document_item(detail, tree=nodes)
