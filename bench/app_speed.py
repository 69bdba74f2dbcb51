"""Time to first complete render of each app page in Chromium, at province scale.

    .venv/bin/python bench/app_speed.py [--agencies 51] [--procedures 2500] [--documents 20000] [--db PATH]

Builds a synthetic province (the registry generator of bench/impact_scale.py; procedures of
`--agencies` agencies citing 3–8 documents each, with text), runs the full analysis, then serves
the app with `streamlit run` and opens each page in Debian's Chromium through Playwright:
  - first: the page's first visit on a running server (its reads not cached yet), after one
    warm-up load of the crawl page that pays for the process's imports and the browser's copy of
    the app's JavaScript; from navigation start to the complete render (title shown, script run
    finished, no skeleton, graph drawn);
  - again: the same page reloaded (a new session; cached reads).
Scope "all agencies", the heaviest view. Target: < 2 s per page.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.impact_scale import synthetic_documents, synthetic_procedures  # noqa: E402
from impact.api import run_analysis  # noqa: E402
from impact.store import Store  # noqa: E402
from tests.app import browser  # noqa: E402

TARGET_SECONDS = 2.0
WARM_UP_PAGE = "crawl"


def province(store: Store, *, agencies: int, procedures: int, documents: int, seed: int) -> None:
    rng = random.Random(seed)
    registry = synthetic_documents(documents, rng)
    cited = synthetic_procedures(procedures, registry, rng)
    with_text = []
    for index, procedure in enumerate(cited):
        lines = [c.citation.surface for c in procedure.citations]
        heading = f"Mã hiệu: {procedure.id}\n{procedure.title.upper()}\nCĂN CỨ PHÁP LÝ\n"
        shifted = tuple(replace(c, citation=replace(c.citation, start=c.citation.start + len(heading),
                                                    end=c.citation.end + len(heading)), line=c.citation.surface)
                        for c in procedure.citations)
        text = heading + "\n".join(lines) + "\n\nNỘI DUNG QUY TRÌNH\n" + "Bước thực hiện và hồ sơ.\n" * 40
        with_text.append(replace(procedure, agency=f"Sở {index % agencies + 1:02d}", citations=shifted, text=text,
                                 version=1))
    store.upsert_documents(registry)
    store.save_procedures(with_text)
    run_analysis(store)


def render_time(page, base: str, name: str) -> float:
    started = time.perf_counter()
    page.goto(f"{base}/{browser.PAGES[name]}")
    browser.wait_rendered(page, browser.TITLES[name], timeout=120_000)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--agencies", type=int, default=51)
    parser.add_argument("--procedures", type=int, default=2500)
    parser.add_argument("--documents", type=int, default=20000)
    parser.add_argument("--db", help="an existing province database to reuse, or where to build one")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--pages", nargs="+", choices=list(browser.PAGES), default=list(browser.PAGES))
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    path = Path(args.db) if args.db else Path(tempfile.mkdtemp(prefix="regimpact-app-bench-")) / "province.db"
    store = Store(path)
    if not store.document_count():
        started = time.perf_counter()
        province(store, agencies=args.agencies, procedures=args.procedures, documents=args.documents, seed=args.seed)
        print(f"province built in {time.perf_counter() - started:.0f} s: {store.document_count():,} documents, "
              f"{len(store.agencies())} agencies, {len(store.tasks()):,} tasks ({path})")
    store.close()

    results = {}
    with sync_playwright() as playwright, browser.serve(path) as base:
        chromium = browser.launch(playwright)
        page = chromium.new_context(viewport={"width": 1400, "height": 1000}).new_page()
        render_time(page, base, WARM_UP_PAGE)
        for name in args.pages:
            first = render_time(page, base, name)
            again = render_time(page, base, name)
            results[name] = (first, again)
            verdict = "ok" if first < TARGET_SECONDS else "SLOW"
            print(f"{name:<11} first {first:5.2f} s   again {again:5.2f} s   {verdict}", flush=True)
        chromium.close()
    print(f"slowest first render: {max(f for f, _ in results.values()):.2f} s (target < {TARGET_SECONDS:.0f} s)")


if __name__ == "__main__":
    main()
