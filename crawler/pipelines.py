"""Item pipelines, one job each: validate, normalise, keep what is in scope, derive relations, store."""
from __future__ import annotations

import re

from scrapy.exceptions import DropItem
from scrapy.utils.asyncio import create_looping_call

from crawler import signals
from crawler.items import DocumentItem
from impact.documents import with_derived_relations
from impact.models import LegalDocument, Relation
from impact.store import Store
from nlp.normalize import fold_accents, normalize_text
from nlp.numbers import canonical_number


class IncompleteRecord(DropItem):
    """A page parsed into an item without its number, issue date or type: the page's layout changed."""


class OutOfScope(DropItem):
    """A document the run was not asked for (issued before the horizon, or another province's)."""


class _Pipeline:
    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)


class ValidatePipeline(_Pipeline):
    def process_item(self, item: DocumentItem) -> DocumentItem:
        missing = item.missing_fields()
        if missing:
            raise IncompleteRecord(f"trang không có {', '.join(missing)}: bố cục trang có thể đã đổi")
        return item


def canonical(number: str) -> str:
    return canonical_number(number) or normalize_text(number).strip()


class NormalizePipeline(_Pipeline):
    """NFC and Đ look-alikes in every text field, canonical numbers (also of relation targets)."""

    def process_item(self, item: DocumentItem) -> DocumentItem:
        for name in ("doc_type", "issuer", "title", "text"):
            value = getattr(item, name)
            if isinstance(value, str):
                setattr(item, name, normalize_text(value))
        item.number = canonical(item.number)
        if item.relations is not None:
            item.relations = [
                Relation(type=r.type, target=canonical(r.target), articles=r.articles, evidence=r.evidence,
                         effective=r.effective)
                for r in item.relations
            ]
        return item


_LOCAL_BODIES = ("hdnd", "ubnd", "hoi dong nhan dan", "uy ban nhan dan")
_LOCAL_CODES = re.compile(r"[-/](?:UBND|HĐND)$")
_UNIT = re.compile(r"^(?:tinh|thanh pho|tp\.?)\s+")


def is_local(item: DocumentItem) -> bool:
    """Issued by a province's council or people's committee (by its issuer, else its number)."""
    issuer = fold_accents(item.issuer or "")
    return issuer.startswith(_LOCAL_BODIES) or bool(_LOCAL_CODES.search(item.number or ""))


def names_province(item: DocumentItem, province: str) -> bool:
    key = _UNIT.sub("", fold_accents(province))
    return bool(re.search(rf"\b{re.escape(key)}\b", fold_accents(item.issuer or "")))


class ScopePipeline(_Pipeline):
    """Drops what the run was not asked for: a document issued before the walk's horizon that is
    not stored yet (the gazette's feed shows no issue date, so the spider cannot skip it earlier),
    and with --province, a document of another province's council or committee."""

    def process_item(self, item: DocumentItem) -> DocumentItem:
        spider = self.crawler.spider
        walk = spider.walk
        if item.source_id not in walk.seen and item.issued and item.issued < walk.horizon.isoformat():
            raise OutOfScope(f"ban hành {item.issued}, trước {walk.horizon.isoformat()}")
        province = self.crawler.settings.get("CRAWL_PROVINCE")
        if province and is_local(item) and item.issuer and not names_province(item, province):
            raise OutOfScope(f"của {item.issuer}, không thuộc {province}")
        return item


class RelationsPipeline(_Pipeline):
    """Relations from the text (and title) by nlp when the source states none."""

    def process_item(self, item: DocumentItem) -> DocumentItem:
        if item.relations is None:
            item.relations = list(with_derived_relations(item.to_document()).relations)
        return item


class StorePipeline(_Pipeline):
    """Documents go to the store in small batches, one transaction each: every CRAWL_STORE_BATCH
    documents, every CRAWL_STORE_INTERVAL seconds and when the spider closes. A crawl killed hard
    loses at most its last batch, which the next run fetches again since it is not stored. The
    store merges the records of one document from several sources (vbpl's wins, every URL is kept)."""

    def open_spider(self) -> None:
        settings = self.crawler.settings
        self.store = Store(settings.get("REGIMPACT_DB"))
        self.batch_size = settings.getint("CRAWL_STORE_BATCH")
        self.pending: list[LegalDocument] = []
        self.timer = create_looping_call(self.flush)
        self.timer.start(settings.getfloat("CRAWL_STORE_INTERVAL"), now=False)

    def close_spider(self) -> None:
        self.timer.stop()
        self.flush()
        self.store.close()

    def process_item(self, item: DocumentItem) -> DocumentItem:
        self.pending.append(item.to_document())
        if len(self.pending) >= self.batch_size:
            self.flush()
        return item

    def flush(self) -> None:
        if not self.pending:
            return
        documents, self.pending = self.pending, []
        counts = self.store.upsert_documents(documents)
        for outcome, count in counts.as_dict().items():
            self.crawler.stats.inc_value(f"documents/{outcome}", count)
        self.crawler.signals.send_catch_log(signals.documents_stored, spider=self.crawler.spider, counts=counts)
