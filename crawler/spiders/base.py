"""What the three spiders share: their arguments, the walk over a listing, and failure reports."""
from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

import scrapy
from scrapy.exceptions import CloseSpider
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import DNSLookupError, TCPTimedOutError, TimeoutError

from crawler import signals
from crawler.walk import Walk, default_horizon
from impact.store import Store


class LayoutError(ValueError):
    """A page is not shaped the way the spider knows it; the message says what is missing."""


class SourceSpider(scrapy.Spider):
    """A spider over one official source.

    Arguments (crawler.run passes them): `since` (ISO date; default: the last successful run of
    this source minus CRAWL_OVERLAP_DAYS), `max_pages` (listing pages), `base_url` (fetch from a
    mirror instead of the official site; stored URLs stay official), `resume` (continue a paused
    job: the queue in JOBDIR holds the rest, so nothing is started again; the paused job's
    horizon is kept).
    """

    official_base: str = ""

    def __init__(self, *args, since=None, max_pages=None, base_url=None, resume=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.since = dt.date.fromisoformat(since) if since else None
        self.max_pages = int(max_pages) if max_pages else None
        self.base_url = (base_url or self.official_base).rstrip("/")
        self.resume = resume in (True, "1", "true", "True")

    # -- the walk ------------------------------------------------------------------------------

    @property
    def walk(self) -> Walk:
        """Built on first use, once spider.state is loaded (from JOBDIR when the job is resumed)."""
        if getattr(self, "_walk", None) is None:
            if not hasattr(self, "state"):
                self.state = {}
            store = Store(self.settings.get("REGIMPACT_DB"))
            try:
                seen = store.source_seen(self.name)
                horizon = self.state.get("horizon") or self.since or default_horizon(
                    dt.date.today(), self._last_success(store), self.settings.getint("CRAWL_OVERLAP_DAYS"))
            finally:
                store.close()
            self.state["horizon"] = horizon
            self._walk = Walk(horizon=horizon, seen=seen, queued=self.state.setdefault("queued", set()),
                              max_pages=self.max_pages, pages=self.state.get("pages", 0))
            self.crawler.signals.send_catch_log(signals.walk_started, spider=self, horizon=horizon,
                                                resumed=self.resume)
        return self._walk

    def closed(self, reason):
        if getattr(self, "_walk", None) is not None:
            self.state["pages"] = self._walk.pages

    def _last_success(self, store: Store) -> dt.date | None:
        for run in store.crawl_runs(limit=1000):
            if run["source"] == self.name and run["exit_status"] == "ok":
                return run["started_at"].date()
        return None

    def plan(self, entries, *, more: bool = True):
        """The walk's step for one listing page, with a report when --max-pages cut it short."""
        step = self.walk.step(entries, more=more)
        if step.truncated:
            self.crawler.signals.send_catch_log(signals.walk_truncated, spider=self, pages=self.walk.pages)
        return step

    # -- URLs ----------------------------------------------------------------------------------

    def fetch_url(self, path: str) -> str:
        """Where to fetch an official URL or path from: the same path under --base-url."""
        parts = urlsplit(path)
        tail = parts.path + (f"?{parts.query}" if parts.query else "")
        return self.base_url + tail

    def official_url(self, path: str) -> str:
        parts = urlsplit(path)
        return self.official_base + parts.path + (f"?{parts.query}" if parts.query else "")

    # -- failures ------------------------------------------------------------------------------

    def layout_failed(self, response, error: LayoutError) -> None:
        self.crawler.signals.send_catch_log(
            signals.page_failed, spider=self, url=response.url, kind="layout", message=str(error))

    def request_failed(self, failure):
        """Errback of every request: an HTTP error after the retries, a timeout, robots.txt."""
        request = failure.request
        if failure.check(HttpError):
            status = failure.value.response.status
            if status == 401:
                self.crawler.signals.send_catch_log(
                    signals.page_failed, spider=self, url=request.url, kind="auth",
                    message="máy chủ đòi xác thực (HTTP 401)")
                raise CloseSpider("unauthorized")
            kind, message = "http", f"HTTP {status}"
        elif failure.check(scrapy.exceptions.IgnoreRequest) and "robots.txt" in str(failure.value):
            kind, message = "robots", "robots.txt không cho phép tải trang này"
        elif failure.check(DNSLookupError, TimeoutError, TCPTimedOutError):
            kind, message = "network", failure.getErrorMessage() or failure.type.__name__
        else:
            kind, message = "network", f"{failure.type.__name__}: {failure.getErrorMessage()}"
        self.crawler.signals.send_catch_log(
            signals.page_failed, spider=self, url=request.url, kind=kind, message=message)
