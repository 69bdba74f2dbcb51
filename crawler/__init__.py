"""Scrapy project that collects newly issued legal documents from official sources into the store.

Run it with `regimpact crawl SOURCE` (which starts `python -m crawler.run` in a subprocess).
"""
