"""A local mirror of the three sources for tests and the speed benchmark.

A threaded stdlib HTTP server on 127.0.0.1 (a free port) answers the routes the spiders use, from
the fixtures in tests/crawler/fixtures (or from a generated mirror of many vbpl documents). Tests
change its answers on the fly: a status or a stall once before the real answer, a delay, a changed
page, robots.txt, or hold requests until the test lets them go. Every request is logged with its time,
headers and body.
"""
from __future__ import annotations

import copy
import datetime as dt
import json
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

FIXTURES = Path(__file__).parent / "fixtures"
REAL = FIXTURES / "vbpl-api"
CONSTRUCTED = FIXTURES / "constructed"
API = "/api/qtdc/public"
ALLOW_ALL = "User-agent: *\nAllow: /\n"


def _json(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


@dataclass
class Logged:
    at: float
    method: str
    path: str
    headers: dict
    body: bytes


@dataclass
class Site:
    """What the mirror serves. `vbpl_rows` are /doc/all rows in listing order (newest first)."""

    vbpl_rows: list[dict] = field(default_factory=list)
    vbpl_details: dict[str, bytes] = field(default_factory=dict)
    vbpl_trees: dict[str, bytes] = field(default_factory=dict)
    pages: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    chinhphu_listing: list[bytes] = field(default_factory=list)
    robots: str = ALLOW_ALL
    fail_once: dict[str, int] = field(default_factory=dict)
    stall_once: dict[str, float] = field(default_factory=dict)
    delays: dict[str, float] = field(default_factory=dict)
    # (path prefix, n): requests under the prefix after the first n wait until `released` is set.
    hold: tuple[str, int] | None = None
    released: threading.Event = field(default_factory=threading.Event)
    log: list[Logged] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def requests(self, prefix: str = "", method: str | None = None) -> list[Logged]:
        with self.lock:
            return [r for r in self.log if r.path.startswith(prefix) and (method is None or r.method == method)]


_LISTING_TEMPLATE = _json(REAL / "doc-all_pageNumber-1_pageSize-2.json")
_EMPTY_TREE = (REAL / "provision-tree-empty.json").read_bytes()


def listing_page(rows: list[dict], number: int, size: int) -> bytes:
    """A /doc/all answer shaped like the recorded one (which says pageNumber N-1, current N)."""
    page = copy.deepcopy(_LISTING_TEMPLATE)
    page["data"].update(current=number, total=len(rows), pageNumber=number - 1, pageSize=size,
                        items=rows[(number - 1) * size:number * size])
    return json.dumps(page, ensure_ascii=False).encode("utf-8")


def fixture_site() -> Site:
    """The recorded vbpl responses and the constructed ones, the gazette and vanban.chinhphu.vn."""
    site = Site()
    later_rows = _json(CONSTRUCTED / "vbpl-api" / "doc-all-rows-after-page-1.json")
    site.vbpl_rows = _LISTING_TEMPLATE["data"]["items"] + later_rows
    for path in [*REAL.glob("doc-[0-9]*.json"), *(CONSTRUCTED / "vbpl-api").glob("doc-*.json")]:
        if path.name.startswith("doc-all"):
            continue
        site.vbpl_details[_json(path)["data"]["id"]] = path.read_bytes()
    for path in REAL.glob("provision-tree-[0-9]*.json"):
        site.vbpl_trees[path.stem.removeprefix("provision-tree-")] = path.read_bytes()
    rss = CONSTRUCTED / "congbao" / "cac-van-ban-moi-ban-hanh.rss"
    site.pages["/cac-van-ban-moi-ban-hanh.rss"] = ("application/rss+xml; charset=utf-8", rss.read_bytes())
    for link in re.findall(r"<link>https://congbao\.chinhphu\.vn(/van-ban/[^<]+)</link>", rss.read_text("utf-8")):
        number = re.search(r"-(\d+)\.htm$", link).group(1)
        page = CONSTRUCTED / "congbao" / f"van-ban-{number}.htm"
        site.pages[link] = ("text/html; charset=utf-8", page.read_bytes())
    chinhphu = CONSTRUCTED / "chinhphu"
    site.chinhphu_listing = [(chinhphu / f"he-thong-van-ban-page-{n}.html").read_bytes() for n in (1, 2)]
    for path in chinhphu.glob("van-ban-*.html"):
        docid = path.stem.removeprefix("van-ban-")
        site.pages[f"/?pageid=27160&docid={docid}&classid=1"] = ("text/html; charset=utf-8", path.read_bytes())
    return site


def generated_vbpl_site(count: int, *, today: dt.date | None = None, per_day: int = 40) -> Site:
    """A vbpl mirror of `count` documents built from the recorded 107/2003/QĐ-BTC: each has its
    own id, number, issuer and date (`per_day` documents a day back from `today`), the recorded
    9 KB HTML body and two legal-basis references."""
    today = today or dt.date.today()
    template = _json(REAL / "doc-19761.json")
    content = template["data"]["documentContent"]["content"]
    provinces = ["UBND Tỉnh Đồng Nai", "UBND Thành phố Huế", "UBND Tỉnh Nghệ An", "Bộ Tài chính"]
    # An update stamp is never in the future: the crawler reads the gateway's naive stamps as UTC and
    # fetches again a document updated after it was collected, so noon of a today that has not reached
    # noon yet would make every re-run fetch today's documents again.
    latest_update = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None) - dt.timedelta(hours=1)
    site = Site()
    for i in range(count):
        doc_id = str(500000 + i)
        number = f"{i + 1}/2026/QĐ-UBND" if i % 4 != 3 else f"{i + 1}/2026/QĐ-BTC"
        issued = today - dt.timedelta(days=i // per_day)
        moment = min(dt.datetime.combine(issued, dt.time(12)), latest_update) - dt.timedelta(minutes=i % per_day)
        detail = copy.deepcopy(template)
        data = detail["data"]
        data.update(id=doc_id, docNum=number, title=f"Quyết định số {number} về giá thiết bị dạy và học (mẫu {i + 1})",
                    issueDate=f"{issued.isoformat()}T00:00:00", effFrom=f"{issued.isoformat()}T00:00:00",
                    updatedDate=moment.isoformat(), agencyName=provinces[i % 4])
        data["documentIssues"][0]["agencyName"] = provinces[i % 4]
        data["documentContent"] = {"id": doc_id, "title": None,
                                   "content": content.replace("107/2003/QĐ-BTC", number)}
        site.vbpl_details[doc_id] = json.dumps(detail, ensure_ascii=False).encode("utf-8")
        site.vbpl_rows.append({
            "id": doc_id, "title": data["title"], "docAbs": None, "docNum": number, "docType": data["docType"],
            "issueDate": data["issueDate"], "effFrom": data["effFrom"], "effTo": None, "publicDate": None,
            "updatedDate": data["updatedDate"], "effStatus": data["effStatus"], "documentMajors": [],
            "isNew": True, "documentRelatedList": [], "sourceDocumentId": None, "isLw": False,
        })
    return site


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as real servers do

    def log_message(self, *_args):  # quiet
        pass

    def do_GET(self):
        self._serve("GET", b"")

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        self._serve("POST", self.rfile.read(length))

    def _serve(self, method: str, body: bytes) -> None:
        site = self.server.site
        with site.lock:
            site.log.append(Logged(time.monotonic(), method, self.path, dict(self.headers), body))
            status = site.fail_once.pop(self.path, None)
            delay = site.stall_once.pop(self.path, None) or next(
                (seconds for prefix, seconds in site.delays.items() if self.path.startswith(prefix)), 0)
            held = site.hold is not None and self.path.startswith(site.hold[0]) and \
                sum(r.path.startswith(site.hold[0]) for r in site.log) > site.hold[1]
        if held:
            site.released.wait(timeout=60)
        if delay:
            time.sleep(delay)
        if status is not None:
            return self._send(status, "text/html; charset=utf-8", b"<h1>Service Unavailable</h1>")
        answer = self._route(site, method, body)
        if answer is None:
            return self._send(404, "text/html; charset=utf-8", b"<h1>404</h1>")
        self._send(200, *answer)

    def _route(self, site: Site, method: str, body: bytes):
        url = urlsplit(self.path)
        if url.path == "/robots.txt":
            return "text/plain; charset=utf-8", site.robots.encode("utf-8")
        if method == "POST" and url.path == f"{API}/doc/all":
            request = json.loads(body or b"{}")
            page = listing_page(site.vbpl_rows, int(request["pageNumber"]), int(request["pageSize"]))
            return "application/json", page
        if method == "GET" and url.path.startswith(f"{API}/doc/provision/tree/"):
            return "application/json", site.vbpl_trees.get(url.path.rsplit("/", 1)[1], _EMPTY_TREE)
        if method == "GET" and url.path.startswith(f"{API}/doc/"):
            detail = site.vbpl_details.get(url.path.rsplit("/", 1)[1])
            return ("application/json", detail) if detail is not None else None
        if url.path == "/he-thong-van-ban" and site.chinhphu_listing:
            return self._chinhphu_listing(site, method, body)
        if method == "GET" and self.path in site.pages:
            return site.pages[self.path]
        return None

    @staticmethod
    def _chinhphu_listing(site: Site, method: str, body: bytes):
        if method == "GET":
            return "text/html; charset=utf-8", site.chinhphu_listing[0]
        form = {name: values[0] for name, values in parse_qs(body.decode("utf-8")).items()}
        number = int(form.get("__EVENTARGUMENT", "Page$1").removeprefix("Page$"))
        # ASP.NET refuses a postback without the previous page's view state.
        if form.get("__VIEWSTATE") != f"constructed-viewstate-page-{number - 1}" or number > len(site.chinhphu_listing):
            return None
        return "text/html; charset=utf-8", site.chinhphu_listing[number - 1]

    def _send(self, status: int, content_type: str, payload: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


class MirrorServer:
    """`with MirrorServer(site) as server:` serves `site` at `server.url` until the block ends."""

    def __init__(self, site: Site):
        self.site = site
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.httpd.site = site
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> "MirrorServer":
        self.thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
