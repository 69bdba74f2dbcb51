"""Crawls in a subprocess (the real `regimpact crawl` console script) against a loopback mirror."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from impact.store import Store
from tests.crawler.server import MirrorServer, fixture_site

REGIMPACT = Path(sys.executable).parent / "regimpact"


class Crawl:
    """Runs `regimpact crawl` with a temporary database and job folder, no politeness delay, a
    short retry backoff and frequent writes to the store, so that a test takes seconds."""

    def __init__(self, tmp_path: Path):
        self.cwd = tmp_path
        self.db = tmp_path / "regimpact.db"
        self.jobs = tmp_path / "jobs"

    def argv(self, source: str, server: MirrorServer, *options: str) -> list[str]:
        return [str(REGIMPACT), "crawl", source, "--db", str(self.db), "--jobs-dir", str(self.jobs),
                "--base-url", server.url, "--delay", "0", "-s", "RETRY_BACKOFF_BASE=0.3",
                "-s", "CRAWL_STORE_INTERVAL=0.2", *options]

    def __call__(self, source: str, server: MirrorServer, *options: str,
                 timeout: float = 60) -> subprocess.CompletedProcess:
        return subprocess.run(self.argv(source, server, *options), capture_output=True, text=True, timeout=timeout,
                              cwd=self.cwd)

    def start(self, source: str, server: MirrorServer, *options: str) -> subprocess.Popen:
        return subprocess.Popen(self.argv(source, server, *options), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, cwd=self.cwd)

    def store(self) -> Store:
        return Store(self.db)

    def documents(self) -> dict[tuple[str, str], object]:
        """Stored documents by (number, issuer)."""
        store = self.store()
        try:
            return {(d.number, d.issuer): d for d in store.documents()}
        finally:
            store.close()


@pytest.fixture
def crawl(tmp_path):
    return Crawl(tmp_path)


@pytest.fixture
def mirror():
    with MirrorServer(fixture_site()) as server:
        yield server
