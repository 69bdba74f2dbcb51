"""Signals the spiders send to the crawl monitor (crawler.monitor), besides Scrapy's own."""

#: A page could not be turned into what it should give (url, kind, message). Kinds: http,
#: network, robots, auth, layout.
page_failed = object()
#: The walk of a listing began (horizon: the earliest issue date covered; resumed: bool).
walk_started = object()
#: --max-pages stopped the walk before the listing ran out (pages: how many were walked).
walk_truncated = object()
#: A batch of documents was written to the store (counts: impact.store.ImportCounts).
documents_stored = object()
