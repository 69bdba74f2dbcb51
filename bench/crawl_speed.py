"""The crawler's own cost, next to its politeness delays, against a loopback mirror.

    .venv/bin/python bench/crawl_speed.py [--documents 2000] [--page-size 50]

Serves a generated vbpl mirror of N documents on 127.0.0.1 (tests/crawler/server.py: the recorded
detail of 107/2003/QĐ-BTC, 9 KB of HTML and two references, under N ids, numbers, issuers and dates)
and runs the real `regimpact crawl vbpl` against it with no politeness delay (DOWNLOAD_DELAY 0,
AutoThrottle off, still one request at a time), into a fresh database.
Then it runs the same command again: an incremental crawl that finds nothing new. It prints:
  - pages per second: responses served by the mirror / time from the first to the last request;
  - the crawler's CPU time per page (the crawl subprocesses' user + system time / pages, the
    start-up of about a second included): what Scrapy, the parsing, the pipelines and the store
    cost, without the mirror's own work;
  - requests per new document: every request the mirror saw (robots.txt included) / documents stored;
  - how long the same crawl takes at the default politeness (one request at a time per site,
    DOWNLOAD_DELAY seconds apart): the framework's cost is a small share of it.
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler import settings as crawl_settings  # noqa: E402
from impact.store import Store  # noqa: E402
from tests.crawler.server import MirrorServer, generated_vbpl_site  # noqa: E402

REGIMPACT = Path(sys.executable).parent / "regimpact"


def crawl(server: MirrorServer, workdir: Path, page_size: int) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the crawl subprocess and its children)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(
        [str(REGIMPACT), "crawl", "vbpl", "--db", str(workdir / "bench.db"), "--jobs-dir", str(workdir / "jobs"),
         "--base-url", server.url, "--since", "2000-01-01", "--delay", "0", "-s", "AUTOTHROTTLE_ENABLED=False",
         "-s", f"VBPL_PAGE_SIZE={page_size}"],
        capture_output=True, text=True, cwd=workdir,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"crawl failed ({result.returncode}):\n{result.stderr}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def report(label: str, site, since: int, wall: float, cpu: float, new: int) -> None:
    requests = site.log[since:]
    pages = [r for r in requests if r.path != "/robots.txt"]
    span = requests[-1].at - requests[0].at
    print(f"{label}")
    print(f"  process wall time   {wall:7.2f} s (start-up and shutdown included)")
    print(f"  crawl time          {span:7.2f} s for {len(pages)} pages: {len(pages) / span:7.1f} pages/s")
    print(f"  crawler CPU         {cpu:7.2f} s (start-up included): {1000 * cpu / len(pages):5.1f} ms a page")
    if new:
        print(f"  requests            {len(requests)} for {new} new documents: {len(requests) / new:.3f} a document")
    polite = len(pages) * crawl_settings.DOWNLOAD_DELAY
    print(f"  at the default politeness (one request every {crawl_settings.DOWNLOAD_DELAY:g} s) the same pages take "
          f"at least {polite / 60:.1f} min; the crawler's CPU is {100 * cpu / polite:.2f}% of that")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--page-size", type=int, default=crawl_settings.VBPL_PAGE_SIZE)
    args = parser.parse_args()

    site = generated_vbpl_site(args.documents)
    with tempfile.TemporaryDirectory() as tmp, MirrorServer(site) as server:
        workdir = Path(tmp)
        wall, cpu = crawl(server, workdir, args.page_size)
        store = Store(workdir / "bench.db")
        new = store.document_count()
        assert new == args.documents, f"{new} documents stored, {args.documents} expected"
        report(f"First crawl of {args.documents} documents (pages of {args.page_size})", site, 0, wall, cpu, new)
        since = len(site.log)
        wall, cpu = crawl(server, workdir, args.page_size)
        report("Second crawl (nothing new: listing pages only)", site, since, wall, cpu, 0)
        store.close()


if __name__ == "__main__":
    main()
