"""Retries that back off: each failure in a row on a domain doubles the wait before its next request."""
from __future__ import annotations

from scrapy.downloadermiddlewares.retry import RetryMiddleware


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's RetryMiddleware (5xx, 408, 429, timeouts), plus exponential backoff per domain.

    A retry is not sent again at once: the download slot of its domain gets a delay of
    RETRY_BACKOFF_BASE × 2^(failures in a row − 1), at most RETRY_BACKOFF_MAX, so that every
    request to a struggling server waits, not only the retried one. The first good response
    ends the penalty (AutoThrottle, when enabled, then brings the delay down step by step).
    """

    def __init__(self, settings):
        super().__init__(settings)
        self.base = settings.getfloat("RETRY_BACKOFF_BASE")
        self.ceiling = settings.getfloat("RETRY_BACKOFF_MAX")
        self.autothrottle = settings.getbool("AUTOTHROTTLE_ENABLED")
        self.failures: dict[str, int] = {}
        self.normal_delay: dict[str, tuple[float, bool]] = {}

    def process_response(self, request, response, spider=None):
        result = super().process_response(request, response)
        if result is response:
            self._recovered(request)
        return result

    def _retry(self, request, reason):
        retry = super()._retry(request, reason)
        if retry is not None:
            self._penalise(request)
        return retry

    def _slot(self, request):
        downloader = self.crawler.engine.downloader
        key = downloader.get_slot_key(request)
        return key, downloader.slots.get(key)

    def _penalise(self, request) -> None:
        key, slot = self._slot(request)
        if slot is None:
            return
        count = self.failures.get(key, 0) + 1
        self.failures[key] = count
        self.normal_delay.setdefault(key, (slot.delay, slot.randomize_delay))
        slot.delay = max(slot.delay, min(self.ceiling, self.base * 2 ** (count - 1)))
        slot.randomize_delay = False  # a backoff is a minimum wait; Scrapy's jitter could halve it
        self.crawler.stats.set_value(f"retry/backoff/{key}", slot.delay)

    def _recovered(self, request) -> None:
        key, slot = self._slot(request)
        if self.failures.pop(key, None) is None:
            return
        normal, randomized = self.normal_delay.pop(key)
        if slot is None:
            return
        slot.randomize_delay = randomized
        if not self.autothrottle:
            slot.delay = normal
