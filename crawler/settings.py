"""Scrapy settings of regimpact's crawler: polite by default, in one place.

`crawler.run` loads this module and lays the command line over it (`--delay`, `--contact`,
`--cache`, `-s NAME=VALUE`). Tests and the speed benchmark set the delays to 0; nothing else
changes between them and a real crawl.
"""
from __future__ import annotations

BOT_NAME = "regimpact"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# -- who we are ----------------------------------------------------------------------------
# The User-Agent names the project and how to reach whoever runs the crawl. crawler.run builds
# it from CRAWL_CONTACT (command line --contact, or $REGIMPACT_CONTACT).
CRAWL_CONTACT = ""
USER_AGENT_TEMPLATE = "regimpact/0.1 (legal-document change monitor{contact})"

# -- politeness ----------------------------------------------------------------------------
ROBOTSTXT_OBEY = True
# Each spider works one site, one request at a time. The engine hands the downloader up to
# CONCURRENT_REQUESTS requests ahead, so that the next one is ready while a page is processed;
# a graceful stop waits for them all (at most 4 × the delay).
CONCURRENT_REQUESTS = 4
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 2.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30

# -- failures ------------------------------------------------------------------------------
# Retries wait longer each time (crawler.middlewares.BackoffRetryMiddleware): the slot of the
# domain is slowed down, so a server that answers 503 gets fewer requests, not the same ones again.
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
RETRY_BACKOFF_BASE = 2.0
RETRY_BACKOFF_MAX = 120.0
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
}
# A page that fails (HTTP error after the retries, layout change, robots.txt) counts against the
# run; more than this share of failed pages makes `regimpact crawl` exit nonzero.
CRAWL_MAX_FAILED_SHARE = 0.1
# So many failed pages in a row stop the spider: the site changed, hammering it helps nobody.
CRAWL_ABORT_AFTER_FAILURES = 20

# -- what to walk --------------------------------------------------------------------------
# Documents are posted days or weeks after their issue date: every run looks back this far
# before the previous successful run (crawler.walk).
CRAWL_OVERLAP_DAYS = 45
VBPL_PAGE_SIZE = 50

# -- state ---------------------------------------------------------------------------------
# Documents are deduplicated by their source id against the store and the job's queue, not by
# request fingerprint: fingerprints that reach the disk before their response is stored would
# lose those documents when a crawl is killed hard.
DUPEFILTER_CLASS = "scrapy.dupefilters.BaseDupeFilter"
# JOBDIR is set per source by crawler.run (one job directory per source under the jobs folder).
# First in, first out within a priority (a page's documents come before the next page): documents
# are fetched in listing order.
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleFifoDiskQueue"
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"

# The HTTP cache is for development (`--cache`): a run against cached pages sees stale listings.
HTTPCACHE_ENABLED = False
HTTPCACHE_EXPIRATION_SECS = 0
HTTPCACHE_IGNORE_HTTP_CODES = [401, 403, 408, 429, 500, 502, 503, 504, 522, 524]

# Documents are written in batches (crawler.pipelines.StorePipeline): a hard kill loses at most one.
CRAWL_STORE_BATCH = 25
CRAWL_STORE_INTERVAL = 5.0

ITEM_PIPELINES = {
    "crawler.pipelines.ValidatePipeline": 100,
    "crawler.pipelines.NormalizePipeline": 200,
    "crawler.pipelines.ScopePipeline": 300,
    "crawler.pipelines.RelationsPipeline": 400,
    "crawler.pipelines.StorePipeline": 500,
}

# Scrapy's own log goes to the job folder's crawl.log (crawler.run); the terminal gets the
# progress line and the summary.
LOG_LEVEL = "INFO"
# No consoles that execute code on request: a crawl is steered by its command line only.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
