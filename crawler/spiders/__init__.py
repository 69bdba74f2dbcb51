"""One spider per official source, named after it."""
from crawler.spiders.chinhphu import ChinhphuSpider
from crawler.spiders.congbao import CongbaoSpider
from crawler.spiders.vbpl import VbplSpider

#: Source name (the `regimpact crawl` argument) → its spider, in the order `all` runs them.
SPIDERS = {spider.name: spider for spider in (VbplSpider, CongbaoSpider, ChinhphuSpider)}
