"""The app served by `streamlit run` on a free loopback port, and Debian's Chromium driven by
Playwright (its own browser download does not work offline). Shared by the browser test and
bench/app_speed.py."""
from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
# url path of each page (st.navigation takes them from the file names; the default page is "/")
PAGES = {"report": "", "graph": "graph", "procedures": "procedures", "documents": "documents", "tasks": "tasks",
         "crawl": "crawl"}
TITLES = {"report": "Báo cáo tác động hằng tuần", "graph": "Đồ thị phụ thuộc", "procedures": "Quy trình",
          "documents": "Văn bản pháp luật", "tasks": "Nhiệm vụ cập nhật quy trình", "crawl": "Thu thập văn bản"}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def serve(db: Path, *, timeout: float = 60) -> str:
    """Serve app.py on the database `db`; yields the base URL. The server is stopped on exit."""
    port = free_port()
    env = {**os.environ, "REGIMPACT_DB": str(db)}
    command = [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port),
               "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false",
               "--server.fileWatcherType", "none", "--global.developmentMode", "false"]
    log = open(Path(db).with_suffix(".server.log"), "w")
    server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"streamlit did not start: see {log.name}") from None
                time.sleep(0.3)
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def wait_rendered(page, title: str, *, timeout: float = 60_000) -> None:
    """Until the page's title is shown, the script run has finished and no element is still loading."""
    page.get_by_role("heading", name=title, level=1).wait_for(timeout=timeout)
    page.wait_for_function(
        """() => {
            const app = document.querySelector('[data-testid="stApp"]');
            if (!app || app.getAttribute('data-test-script-state') === 'running') return false;
            if (document.querySelector('[data-testid="stSkeleton"]')) return false;
            const charts = document.querySelectorAll('[data-testid="stGraphVizChart"]');
            for (const chart of charts) if (!chart.querySelector('svg')) return false;
            return true;
        }""",
        timeout=timeout,
    )
