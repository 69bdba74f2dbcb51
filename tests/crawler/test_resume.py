"""Stopping a crawl and starting it again; incremental runs (generated mirrors of many documents)."""
from __future__ import annotations

import datetime as dt
import os
import signal
import time
from pathlib import Path

import pytest

from tests.crawler.server import API, MirrorServer, generated_vbpl_site

SINCE = ("--since", "2000-01-01")
PAGES = ("-s", "VBPL_PAGE_SIZE=10")
DETAILS = f"{API}/doc/5"  # the generated documents' ids are 500000…


def wait_until(predicate, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.05)


def detail_paths(site, since: int = 0) -> list[str]:
    return [r.path for r in site.log[since:] if r.path.startswith(DETAILS)]


HELD_AFTER = 8


@pytest.fixture
def held_mirror():
    """Forty documents; the server holds every detail request after the eighth until the test
    releases them, so that the crawl is stopped at a known point."""
    site = generated_vbpl_site(40)
    site.hold = (DETAILS, HELD_AFTER)
    with MirrorServer(site) as server:
        yield server
        site.released.set()


def test_a_crawl_stopped_by_a_signal_resumes_where_it_stopped(crawl, held_mirror):
    site = held_mirror.site
    store = crawl.store()
    first = crawl.start("vbpl", held_mirror, *SINCE, *PAGES)
    wait_until(lambda: store.document_count() == HELD_AFTER)

    busy = crawl("vbpl", held_mirror, *SINCE, *PAGES)
    assert busy.returncode == 1 and "Đang có một lượt thu thập vbpl khác chạy" in busy.stderr

    first.send_signal(signal.SIGTERM)
    time.sleep(0.5)
    site.released.set()  # a graceful stop lets the request in flight finish
    _out, err = first.communicate(timeout=30)
    assert first.returncode == 130, err
    assert "đã dừng; chạy lại cùng lệnh để tiếp tục" in err
    # Stored: the eight served, and what the engine had already handed to the downloader
    # (CONCURRENT_REQUESTS ahead), which a graceful stop lets finish.
    stopped_at = store.document_count()
    assert HELD_AFTER < stopped_at <= HELD_AFTER + 4

    second = crawl("vbpl", held_mirror, *SINCE, *PAGES)
    assert second.returncode == 0, second.stderr
    assert "tiếp tục lượt thu thập đã dừng" in second.stderr
    assert store.document_count() == 40
    assert f"Văn bản: {40 - stopped_at} mới" in second.stderr
    # Nothing was asked for twice: the queue was kept, the walk did not start again.
    details = detail_paths(site)
    assert len(details) == len(set(details)) == 40
    first_pages = [r for r in site.requests(f"{API}/doc/all") if b'"pageNumber": 1,' in r.body]
    assert len(first_pages) == 1
    interrupted, resumed = sorted(store.crawl_runs(), key=lambda run: run["id"])
    assert (interrupted["exit_status"], resumed["exit_status"]) == ("interrupted", "ok")
    assert resumed["counts"]["resumed"] is True


def _crawler_child(parent_pid: int) -> int:
    children = Path(f"/proc/{parent_pid}/task/{parent_pid}/children").read_text().split()
    assert len(children) == 1
    return int(children[0])


def test_a_crawl_killed_hard_is_completed_by_the_next_run(crawl, held_mirror):
    site = held_mirror.site
    store = crawl.store()
    first = crawl.start("vbpl", held_mirror, *SINCE, *PAGES)
    wait_until(lambda: store.document_count() == HELD_AFTER and len(detail_paths(site)) == HELD_AFTER + 1)
    os.kill(_crawler_child(first.pid), signal.SIGKILL)
    first.communicate(timeout=30)
    assert first.returncode == 128 + signal.SIGKILL
    site.released.set()
    stored = store.document_count()
    fetched = len(detail_paths(site))
    assert (stored, fetched) == (HELD_AFTER, HELD_AFTER + 1)

    before = len(site.log)
    second = crawl("vbpl", held_mirror, *SINCE, *PAGES)
    assert second.returncode == 0, second.stderr
    assert "lượt trước bị ngắt đột ngột" in second.stderr
    assert store.document_count() == 40
    # The new walk skipped what was stored; only the document in flight at the kill came twice.
    again = detail_paths(site, before)
    assert len(again) == 40 - stored
    assert len(set(detail_paths(site))) == 40
    killed, completed = sorted(store.crawl_runs(), key=lambda run: run["id"])
    assert (killed["exit_status"], completed["exit_status"]) == ("killed", "ok")


def test_without_since_a_crawl_covers_the_overlap_window_and_the_next_stops_at_the_same_page(crawl):
    today = dt.date.today()
    site = generated_vbpl_site(60, today=today, per_day=1)  # one document a day over 60 days
    with MirrorServer(site) as server:
        first = crawl("vbpl", server, *PAGES)
        assert first.returncode == 0, first.stderr
        horizon = today - dt.timedelta(days=45)
        assert f"văn bản ban hành từ {horizon.isoformat()}" in first.stderr
        stored = crawl.documents()
        assert len(stored) == 46 and min(d.issued for d in stored.values()) == horizon.isoformat()
        # Pages 1-5 hold documents within the window; page 6 is all older and ends the walk.
        assert len(site.requests(f"{API}/doc/all")) == 6

        before = len(site.log)
        second = crawl("vbpl", server, *PAGES)
        assert second.returncode == 0, second.stderr
        assert "Văn bản: 0 mới, 0 thay đổi, 0 không đổi" in second.stderr
        assert [r.path for r in site.log[before:] if r.path != "/robots.txt"] == [f"{API}/doc/all"] * 6
