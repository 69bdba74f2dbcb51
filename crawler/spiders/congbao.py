"""congbao.chinhphu.vn, the official gazette (Công báo): its feed of newly issued documents.

The feed (`/cac-van-ban-moi-ban-hanh.rss`) lists the newest documents; its <title> is empty, the
abstract is in <description> and the number only in the link's slug, which ends with the
document's id (`/van-ban/{slug}-{id}.htm`). The detail page gives the attributes by label.
The gazette gives no relations and no validity status: relations come from the text (nlp).
"""
from __future__ import annotations

import re

import scrapy

from crawler.extract import clean_text, html_to_text
from crawler.spiders.base import LayoutError, SourceSpider
from crawler.spiders.labelled import labelled_item
from crawler.walk import ListingEntry

FEED_PATH = "/cac-van-ban-moi-ban-hanh.rss"
_DOCUMENT_LINK = re.compile(r"/van-ban/[^/?#]*?-(\d+)\.htm$")


def feed_entries(feed: scrapy.Selector) -> list[tuple[ListingEntry, str, str]]:
    """(entry, official link, abstract) for every <item> of the feed."""
    items = feed.xpath("//channel/item")
    if not items:
        raise LayoutError("nguồn RSS không có mục <item> nào")
    rows = []
    for item in items:
        link = clean_text(item.xpath("link/text()").get())
        match = _DOCUMENT_LINK.search(link)
        if not match:
            raise LayoutError(f"đường dẫn văn bản không đúng dạng /van-ban/…-<id>.htm: {link!r}")
        abstract = html_to_text(item.xpath("description/text()").get()).replace("\n", " ")
        rows.append((ListingEntry(source_id=match.group(1)), link, abstract))
    return rows


class CongbaoSpider(SourceSpider):
    name = "congbao"
    official_base = "https://congbao.chinhphu.vn"

    async def start(self):
        if self.resume:
            return
        yield scrapy.Request(self.fetch_url(FEED_PATH), callback=self.parse_feed, errback=self.request_failed)

    def parse_feed(self, response):
        try:
            rows = feed_entries(scrapy.Selector(response, type="xml"))
        except LayoutError as error:
            self.layout_failed(response, error)
            return
        abstracts = {entry.source_id: (link, abstract) for entry, link, abstract in rows}
        # The feed is one page: the newest documents, nothing to walk after it.
        for entry in self.plan([entry for entry, _, _ in rows], more=False).fetch:
            link, abstract = abstracts[entry.source_id]
            yield scrapy.Request(
                self.fetch_url(link), priority=1, callback=self.parse_document, errback=self.request_failed,
                cb_kwargs={"source_id": entry.source_id, "url": self.official_url(link), "abstract": abstract},
            )

    def parse_document(self, response, source_id: str, url: str, abstract: str):
        yield labelled_item(response.selector, source=self.name, source_id=source_id, url=url,
                            fallback_title=abstract)
