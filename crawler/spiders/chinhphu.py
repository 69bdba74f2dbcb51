"""vanban.chinhphu.vn, the Government's legal-document system (Hệ thống văn bản).

The listing `/he-thong-van-ban?classid=1&mode=1` (classid 1: legal normative documents) is an
ASP.NET GridView, newest issue date first, 50 rows a page; further pages come from a `Page$N`
postback that carries the page's __VIEWSTATE. Each row shows the number (`span.code`, after
the row's sequence number "12."), the issue date (`span.issued-date`), the abstract
(`span.substract`) and a link with the document's `docid`. The detail page
`/?pageid=27160&docid=N` gives the attributes by label; it states no relations and no status.
"""
from __future__ import annotations

import datetime as dt
import re

import scrapy

from crawler.extract import clean_text, parse_date
from crawler.spiders.base import LayoutError, SourceSpider
from crawler.spiders.labelled import labelled_item
from crawler.walk import ListingEntry

LISTING_PATH = "/he-thong-van-ban?classid=1&mode=1"
DETAIL_PATH = "/?pageid=27160&docid={id}&classid=1"
_DOCID = re.compile(r"[?&]docid=(\d+)")
_ROW_NUMBER = re.compile(r"^\d+\.\s*")
_POSTBACK = re.compile(r"__doPostBack\('([^']+)','(Page\$(\d+))'\)")


def grid_entries(page: scrapy.Selector) -> list[ListingEntry]:
    """The documents of one grid page."""
    rows = page.xpath("//tr[.//span[contains(concat(' ', normalize-space(@class), ' '), ' code ')]]")
    if not rows:
        raise LayoutError("không thấy bảng văn bản (ô span.code) trên trang danh sách")
    entries = []
    for row in rows:
        number = _ROW_NUMBER.sub("", clean_text(row.css("span.code").xpath("string(.)").get()))
        issued = parse_date(row.css("span.issued-date").xpath("string(.)").get())
        docid = next((m.group(1) for href in row.css("a::attr(href)").getall() if (m := _DOCID.search(href))), None)
        if not number or not docid:
            raise LayoutError("một dòng của bảng văn bản không có số ký hiệu hoặc docid")
        entries.append(ListingEntry(source_id=docid, issued=dt.date.fromisoformat(issued) if issued else None))
    return entries


def next_page_postback(page: scrapy.Selector, current: int) -> tuple[str, str] | None:
    """(event target, event argument) of the pager link to page current + 1, if there is one."""
    for href in page.xpath("//a/@href").getall():
        match = _POSTBACK.search(href)
        if match and int(match.group(3)) == current + 1:
            return match.group(1), match.group(2)
    return None


class ChinhphuSpider(SourceSpider):
    name = "chinhphu"
    official_base = "https://vanban.chinhphu.vn"

    async def start(self):
        if self.resume:
            return
        yield scrapy.Request(self.fetch_url(LISTING_PATH), callback=self.parse_listing,
                             errback=self.request_failed, cb_kwargs={"number": 1})

    def parse_listing(self, response, number: int):
        try:
            entries = grid_entries(response.selector)
        except LayoutError as error:
            self.layout_failed(response, LayoutError(f"danh sách trang {number}: {error}"))
            return
        postback = next_page_postback(response.selector, number)
        step = self.plan(entries, more=postback is not None)
        for entry in step.fetch:
            path = DETAIL_PATH.format(id=entry.source_id)
            yield scrapy.Request(
                self.fetch_url(path), priority=1, callback=self.parse_document, errback=self.request_failed,
                cb_kwargs={"source_id": entry.source_id, "url": self.official_url(path)},
            )
        if step.next_page:
            target, argument = postback
            yield scrapy.FormRequest.from_response(
                response, formxpath="//form[.//input[@name='__VIEWSTATE']]", dont_click=True,
                formdata={"__EVENTTARGET": target, "__EVENTARGUMENT": argument},
                callback=self.parse_listing, errback=self.request_failed, cb_kwargs={"number": number + 1},
            )

    def parse_document(self, response, source_id: str, url: str):
        yield labelled_item(response.selector, source=self.name, source_id=source_id, url=url)
