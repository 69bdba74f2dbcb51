"""`python -m crawler.run SOURCE [options]`: one crawl (of one source, or of all three at once).

`regimpact crawl` starts this module in a subprocess: Scrapy's reactor cannot be restarted inside
one process. Each source has a job folder (JOBDIR) under the jobs folder: a crawl stopped by
Ctrl-C or SIGTERM leaves its queue there, and the same command resumes it. A crawl killed
harder (SIGKILL, a second Ctrl-C) cannot trust that queue: the next run starts a new walk, which
skips every document the store already holds.

Exit status: 0 when every source succeeded, 1 when one failed (too many failed pages, the site
refused access, another crawl of the source is running), 130 when one was interrupted.
"""
from __future__ import annotations

import argparse
import fcntl
import os
import shutil
import sys
from pathlib import Path

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from crawler.monitor import CrawlMonitor, Progress, SourceReport, read_job_marker
from crawler.spiders import SPIDERS
from impact.cli import add_crawl_arguments
from impact.store import Store, database_url

EXIT_OK, EXIT_FAILED, EXIT_INTERRUPTED = 0, 1, 130


def default_jobs_dir(db_url: str) -> Path:
    """Next to the database file (data/crawl-jobs for data/regimpact.db), else in the user's cache."""
    if db_url.startswith("sqlite:///"):
        return Path(db_url.removeprefix("sqlite:///")).parent / "crawl-jobs"
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "regimpact" / "crawl-jobs"


def crawl_settings(args, db_url: str, jobs_dir: Path) -> Settings:
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    values = {"REGIMPACT_DB": db_url}
    if args.delay is not None:
        values.update(DOWNLOAD_DELAY=args.delay, AUTOTHROTTLE_START_DELAY=args.delay)
    contact = args.contact or os.environ.get("REGIMPACT_CONTACT") or settings.get("CRAWL_CONTACT")
    values["USER_AGENT"] = settings.get("USER_AGENT_TEMPLATE").format(contact=f"; +{contact}" if contact else "")
    if args.cache:
        values.update(HTTPCACHE_ENABLED=True, HTTPCACHE_DIR=str((jobs_dir / "httpcache").resolve()))
    if args.province:
        values["CRAWL_PROVINCE"] = args.province
    if args.max_failed_share is not None:
        values["CRAWL_MAX_FAILED_SHARE"] = args.max_failed_share
    if not args.verbose:
        values.update(LOG_FILE=str(jobs_dir / "crawl.log"), LOG_FILE_APPEND=False)
    settings.setdict(values, priority="cmdline")
    for pair in args.set:
        name, equals, value = pair.partition("=")
        if not equals:
            raise SystemExit(f"-s {pair}: cần dạng TÊN=GIÁ_TRỊ")
        settings.set(name.strip(), value, priority="cmdline")
    return settings


def lock(jobs_dir: Path, source: str):
    """An exclusive lock on the source's jobs, held until the process ends; None if taken."""
    handle = open(jobs_dir / f"{source}.lock", "w")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        return None
    return handle


def prepare_job(store: Store, jobdir: Path, source: str, progress: Progress) -> bool:
    """Whether the source's job is resumed; a finished or hard-killed job is cleared for a new one."""
    marker = read_job_marker(jobdir)
    if marker.get("status") == "paused":
        progress.message(f"{source}: tiếp tục lượt thu thập đã dừng (hàng đợi trong {jobdir})")
        return True
    if marker.get("status") == "running":
        progress.message(f"{source}: lượt trước bị ngắt đột ngột; đi lại danh sách, bỏ qua văn bản đã lưu")
        run = next((r for r in store.crawl_runs(limit=1000) if r["id"] == marker.get("run_id")), None)
        if run is not None and run["exit_status"] == "running":
            store.finish_crawl_run(run["id"], counts=run["counts"], errors=run["errors"], exit_status="killed")
    if jobdir.exists():
        shutil.rmtree(jobdir)
    return False


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="regimpact crawl", description="Run regimpact's crawler")
    parser.add_argument("--db", help="database file or SQLAlchemy URL (default: $REGIMPACT_DB or data/regimpact.db)")
    return add_crawl_arguments(parser)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)

    db_url = database_url(args.db)
    jobs_dir = Path(args.jobs_dir) if args.jobs_dir else default_jobs_dir(db_url)
    jobs_dir.mkdir(parents=True, exist_ok=True)
    sources = list(SPIDERS) if args.source == "all" else [args.source]
    progress = Progress()

    held = []
    for source in sources:
        handle = lock(jobs_dir, source)
        if handle is None:
            progress.message(f"Đang có một lượt thu thập {source} khác chạy (khóa {jobs_dir / (source + '.lock')}).")
            return EXIT_FAILED
        held.append(handle)

    settings = crawl_settings(args, db_url, jobs_dir)
    store = Store(db_url)
    process = CrawlerProcess(settings)
    reports, monitors = [], []  # signals hold their receivers weakly: keep the monitors alive
    for source in sources:
        jobdir = jobs_dir / source
        resume = prepare_job(store, jobdir, source, progress)
        crawler = process.create_crawler(SPIDERS[source])
        crawler.settings.set("JOBDIR", str(jobdir), priority="cmdline")
        report = SourceReport(source)
        progress.add(report)
        monitors.append(CrawlMonitor(crawler, report, progress, jobdir))
        reports.append(report)
        process.crawl(crawler, since=args.since and args.since.isoformat(), max_pages=args.max_pages,
                      base_url=args.base_url, resume=resume)
    store.close()
    process.start()

    if not args.verbose:
        progress.message(f"Nhật ký chi tiết: {jobs_dir / 'crawl.log'}")
    statuses = {report.exit_status for report in reports}
    if "failed" in statuses:
        return EXIT_FAILED
    if statuses - {"ok", "partial"}:
        return EXIT_INTERRUPTED
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
