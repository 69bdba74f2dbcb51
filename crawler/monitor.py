"""Watching a crawl: pages, documents and failures of each spider, the run record in the store,
the progress line, the summary, and whether the run succeeded.

A page fails when an HTTP error survives the retries, the network or robots.txt keeps it out,
its layout is not the one the spider knows, or it parses into a record without its number, issue
date or type. When more than CRAWL_MAX_FAILED_SHARE of the pages fail, the run fails.
"""
from __future__ import annotations

import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from scrapy import signals as scrapy_signals
from scrapy.utils.defer import deferred_from_coro

from crawler import signals
from crawler.pipelines import IncompleteRecord
from impact.store import Store

JOB_MARKER = "regimpact-job.json"
# How a run ended → the crawl_runs exit_status.
STATUS_WORDS = {
    "ok": "xong",
    "partial": "xong một phần (dừng ở --max-pages)",
    "interrupted": "đã dừng; chạy lại cùng lệnh để tiếp tục",
    "failed": "THẤT BẠI",
}
KIND_WORDS = {"http": "HTTP", "network": "mạng", "robots": "robots.txt", "auth": "xác thực",
              "layout": "bố cục", "parse": "đọc trang"}
MAX_ERRORS_KEPT = 200
CHECKPOINT_SECONDS = 10  # how often a running crawl's counts are written to its run record


def read_job_marker(jobdir: Path) -> dict:
    try:
        return json.loads((jobdir / JOB_MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


@dataclass
class SourceReport:
    """What one spider did; the monitor fills it, the progress line and the summary read it."""

    source: str
    pages: int = 0
    failed_pages: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    skipped: int = 0
    horizon: str | None = None
    resumed: bool = False
    truncated: bool = False
    reason: str | None = None
    exit_status: str = "running"
    started: float = field(default_factory=time.monotonic)
    ended: float | None = None
    errors: list[dict] = field(default_factory=list)
    warnings: Counter = field(default_factory=Counter)

    @property
    def failed_share(self) -> float:
        return self.failed_pages / self.pages if self.pages else 0.0

    def counts(self) -> dict:
        return {
            "pages": self.pages, "failed_pages": self.failed_pages, "new": self.new, "changed": self.changed,
            "unchanged": self.unchanged, "skipped": self.skipped, "horizon": self.horizon,
            "truncated": self.truncated, "resumed": self.resumed,
        }

    def run_errors(self) -> list[dict]:
        warnings = [{"kind": "warning", "url": None, "message": f"{text} ×{count}"}
                    for text, count in sorted(self.warnings.items())]
        return self.errors[:MAX_ERRORS_KEPT] + warnings

    def line(self) -> str:
        return (f"{self.source}: {self.pages} trang · {self.new} mới · {self.changed} thay đổi · "
                f"{self.unchanged} không đổi · {self.failed_pages} lỗi")


class Progress:
    """The live progress line on stderr: rewritten in place on a terminal, plain lines otherwise."""

    def __init__(self, stream=None, *, tty_interval: float = 0.5, plain_interval: float = 10.0):
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.interval = tty_interval if self.tty else plain_interval
        self.reports: list[SourceReport] = []
        self.last = float("-inf")

    def add(self, report: SourceReport) -> None:
        self.reports.append(report)

    def tick(self, *, force: bool = False) -> None:
        moment = time.monotonic()
        if not force and moment - self.last < self.interval:
            return
        self.last = moment
        text = " | ".join(report.line() for report in self.reports)
        if self.tty:
            self.stream.write(f"\r{text}\x1b[K")
        else:
            self.stream.write(text + "\n")
        self.stream.flush()

    def message(self, text: str) -> None:
        """A line of its own (a notice or a summary), not overwritten by the progress line."""
        if self.tty:
            self.stream.write("\r\x1b[K")
        self.stream.write(text + "\n")
        self.stream.flush()


class CrawlMonitor:
    """Follows one crawler through its signals; crawler.run creates one per source."""

    def __init__(self, crawler, report: SourceReport, progress: Progress, jobdir: Path):
        self.crawler = crawler
        self.report = report
        self.progress = progress
        self.jobdir = jobdir
        self.settings = crawler.settings
        self.in_a_row = 0
        self.run_id: int | None = None
        self.last_checkpoint = time.monotonic()
        connect = crawler.signals.connect
        connect(self.spider_opened, signal=scrapy_signals.spider_opened)
        connect(self.spider_closed, signal=scrapy_signals.spider_closed)
        connect(self.response_received, signal=scrapy_signals.response_received)
        connect(self.item_scraped, signal=scrapy_signals.item_scraped)
        connect(self.item_dropped, signal=scrapy_signals.item_dropped)
        connect(self.spider_error, signal=scrapy_signals.spider_error)
        connect(self.page_failed, signal=signals.page_failed)
        connect(self.walk_started, signal=signals.walk_started)
        connect(self.walk_truncated, signal=signals.walk_truncated)
        connect(self.documents_stored, signal=signals.documents_stored)

    # -- run record ----------------------------------------------------------------------------

    def _store(self) -> Store:
        return Store(self.settings.get("REGIMPACT_DB"))

    def spider_opened(self, spider) -> None:
        self.report.started = time.monotonic()
        store = self._store()
        try:
            self.run_id = store.start_crawl_run(self.report.source)
        finally:
            store.close()
        self.jobdir.mkdir(parents=True, exist_ok=True)
        (self.jobdir / JOB_MARKER).write_text(json.dumps({"status": "running", "run_id": self.run_id}),
                                               encoding="utf-8")

    def spider_closed(self, spider, reason) -> None:
        report = self.report
        report.reason = reason
        report.ended = time.monotonic()
        report.exit_status = self._exit_status(reason)
        store = self._store()
        try:
            store.finish_crawl_run(self.run_id, counts=report.counts(), errors=report.run_errors(),
                                   exit_status=report.exit_status)
        finally:
            store.close()
        paused = reason == "shutdown"
        (self.jobdir / JOB_MARKER).write_text(
            json.dumps({"status": "paused" if paused else "done", "run_id": self.run_id}), encoding="utf-8")
        self.progress.tick(force=True)
        self.progress.message(summary(report))

    def _exit_status(self, reason: str) -> str:
        if reason == "shutdown":
            return "interrupted"
        if reason != "finished" or self.report.failed_share > self.settings.getfloat("CRAWL_MAX_FAILED_SHARE"):
            return "failed"
        return "partial" if self.report.truncated else "ok"

    def _checkpoint(self) -> None:
        self.progress.tick()
        moment = time.monotonic()
        if self.run_id is None or moment - self.last_checkpoint < CHECKPOINT_SECONDS:
            return
        self.last_checkpoint = moment
        store = self._store()
        try:
            store.update_crawl_run(self.run_id, counts=self.report.counts(), errors=self.report.run_errors())
        finally:
            store.close()

    # -- pages and documents -------------------------------------------------------------------

    def response_received(self, response, request, spider) -> None:
        if request.url.endswith("/robots.txt"):
            return
        self.report.pages += 1
        self._checkpoint()

    def item_scraped(self, item, response, spider) -> None:
        self.in_a_row = 0
        for reference in item.unmapped_references:
            self.report.warnings[_reference_warning(reference)] += 1
        if item.source_status and item.status == "unknown":
            self.report.warnings[f"mã hiệu lực chưa biết {item.source_status!r} (ghi 'unknown')"] += 1
        self._checkpoint()

    def documents_stored(self, spider, counts) -> None:
        self.report.new += counts.new
        self.report.changed += counts.changed
        self.report.unchanged += counts.unchanged
        self.progress.tick()

    def item_dropped(self, item, response, exception, spider) -> None:
        if isinstance(exception, IncompleteRecord):
            self._failed(item.url, "layout", str(exception), counted=True)
        else:
            self.report.skipped += 1

    def spider_error(self, failure, response, spider) -> None:
        message = f"{failure.type.__name__}: {failure.getErrorMessage()}"
        self._failed(response.url, "parse", message, counted=True)

    def page_failed(self, spider, url, kind, message) -> None:
        # Pages that never arrived are not counted by response_received: count them here.
        self._failed(url, kind, message, counted=kind in ("http", "auth", "layout"))

    def _failed(self, url: str, kind: str, message: str, *, counted: bool) -> None:
        report = self.report
        if not counted:
            report.pages += 1
        report.failed_pages += 1
        report.errors.append({"kind": kind, "url": url, "message": message})
        self.in_a_row += 1
        if self.in_a_row == self.settings.getint("CRAWL_ABORT_AFTER_FAILURES"):
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="too_many_errors"))
        self._checkpoint()

    def walk_started(self, spider, horizon, resumed) -> None:
        self.report.horizon = horizon.isoformat()
        self.report.resumed = resumed
        self.progress.message(f"{self.report.source}: văn bản ban hành từ {self.report.horizon}, "
                              f"lấy từ {spider.base_url}")

    def walk_truncated(self, spider, pages) -> None:
        self.report.truncated = True


def _reference_warning(reference: dict) -> str:
    reasons = {
        "unknown_code": "mã quan hệ vbpl chưa biết",
        "root_document": "quan hệ vbpl có isRootDocument (chưa rõ chiều)",
        "target_is_newer": "quan hệ vbpl trỏ tới văn bản ban hành sau (ngược chiều)",
    }
    return f"{reasons[reference['reason']]}: referenceType {reference['referenceType']} (giữ nguyên, không tạo quan hệ)"


def summary(report: SourceReport) -> str:
    """The summary of one source's run, in Vietnamese."""
    seconds = (report.ended or time.monotonic()) - report.started
    share = f"{report.failed_share:.1%}".replace(".", ",")
    lines = [
        f"Thu thập {report.source}: {STATUS_WORDS.get(report.exit_status, report.exit_status)} "
        f"sau {seconds:.0f} giây ({'tiếp tục lượt trước, ' if report.resumed else ''}lý do dừng: {report.reason})",
        f"  Trang: {report.pages} ({report.failed_pages} lỗi, {share})",
        f"  Văn bản: {report.new} mới, {report.changed} thay đổi, {report.unchanged} không đổi, "
        f"{report.skipped} ngoài phạm vi",
    ]
    if report.horizon:
        lines.append(f"  Phạm vi: văn bản ban hành từ {report.horizon}")
    if report.errors:
        lines.append("  Lỗi:")
        lines.extend(f"    [{KIND_WORDS.get(e['kind'], e['kind'])}] {e['url']}: {e['message']}"
                     for e in report.errors[:20])
        if len(report.errors) > 20:
            lines.append(f"    … và {len(report.errors) - 20} lỗi khác")
    for text, count in sorted(report.warnings.items()):
        lines.append(f"  Lưu ý: {text} ×{count}")
    return "\n".join(lines)
