"""`regimpact crawl` end to end: a subprocess crawls a loopback mirror, the store is checked after."""
from __future__ import annotations

import json

from tests.crawler.server import API, CONSTRUCTED

VBPL_PAGES = ("-s", "VBPL_PAGE_SIZE=2")
SINCE = ("--since", "2000-01-01")


def test_vbpl_documents_are_stored_field_by_field_and_a_second_crawl_adds_nothing(crawl, mirror):
    result = crawl("vbpl", mirror, *SINCE, *VBPL_PAGES, "--contact", "iso@so-tu-phap.example")
    assert result.returncode == 0, result.stderr
    assert "Văn bản: 7 mới, 0 thay đổi, 0 không đổi" in result.stderr

    docs = crawl.documents()
    assert len(docs) == 7
    btc = docs[("107/2003/QĐ-BTC", "Bộ Tài chính")]
    assert (btc.doc_type, btc.issued, btc.effective, btc.expires, btc.status) == (
        "Quyết định", "2003-07-23", "2003-09-06", None, "in_force")
    assert btc.title.startswith("của Bộ trưởng Bộ Tài chính về giá thiết bị dạy và học lớp 2, lớp 7")
    assert (btc.source, btc.url, btc.sources) == ("vbpl", "https://vbpl.vn/van-ban/chi-tiet/--19761",
                                                  ("https://vbpl.vn/van-ban/chi-tiet/--19761",))
    assert [(r.type, r.target, r.articles) for r in btc.relations] == [
        ("based_on", "77/2003/NĐ-CP", ()), ("based_on", "23/2003/QĐ-BGDĐT", ())]
    assert "Điều 1. Quy định giá dụng cụ, thiết bị dạy và học lớp 2" in btc.text

    # One number, two provinces: two documents.
    dong_nai = docs[("01/2026/NQ-HĐND", "HĐND Tỉnh Đồng Nai")]
    hue = docs[("01/2026/NQ-HĐND", "HĐND Thành phố Huế")]
    assert (dong_nai.issued, hue.issued) == ("2026-04-10", "2026-03-31")
    assert dong_nai.text is None and "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;" in hue.text
    assert [r.target for r in dong_nai.relations] == ["64/2025/QH15", "72/2025/QH15", "87/2025/QH15",
                                                      "121/2025/QH15", "103/2025/UBTVQH15"]
    # vbpl recorded no references for Huế's: nlp reads its legal bases from the text.
    assert {("based_on", "72/2025/QH15"), ("based_on", "64/2025/QH15")} <= {(r.type, r.target) for r in hue.relations}

    # Relations of the constructed details (reference types 1, 10, 12): stated by the newer document.
    repeal = docs[("1628/QĐ-UBND", "UBND Tỉnh Đồng Nai")]
    assert [(r.type, r.target) for r in repeal.relations] == [("repeals", "33/2022/QĐ-UBND")]
    amendment = docs[("107/2021/NĐ-CP", "Chính phủ")]
    assert [(r.type, r.target) for r in amendment.relations] == [("amends", "61/2018/NĐ-CP")]
    assert (amendment.status, amendment.expires) == ("expired", "2025-07-01")
    replacement = docs[("118/2025/NĐ-CP", "Chính phủ")]
    assert [(r.type, r.target) for r in replacement.relations] == [("replaces", "61/2018/NĐ-CP"),
                                                                   ("replaces", "107/2021/NĐ-CP")]
    assert replacement.status == "partly_expired"
    assert docs[("66.14/2026/NQ-CP", "Chính phủ")].expires == "2027-02-28"

    site = mirror.site
    listing = site.requests(f"{API}/doc/all", "POST")
    assert [json.loads(r.body) for r in listing] == [{"pageNumber": n, "pageSize": 2} for n in (1, 2, 3, 4)]
    details = [r.path for r in site.requests(f"{API}/doc/") if "/provision/" not in r.path and r.method == "GET"]
    assert len(details) == len(set(details)) == 7
    # The tree is read only where the body gave no text: 188001 and the constructed details.
    assert len(site.requests(f"{API}/doc/provision/tree/")) == 5
    agent = listing[0].headers["User-Agent"]
    assert "regimpact" in agent and "iso@so-tu-phap.example" in agent
    assert listing[0].headers["Origin"] == "https://vbpl.vn"

    store = crawl.store()
    (run,) = store.crawl_runs()
    assert run["exit_status"] == "ok" and run["counts"]["new"] == 7 and run["counts"]["pages"] == 16

    before = len(site.log)
    again = crawl("vbpl", mirror, *SINCE, *VBPL_PAGES)
    assert again.returncode == 0, again.stderr
    assert len(crawl.documents()) == 7
    assert store.document_count() == 7
    second = site.log[before:]
    assert {r.method for r in second if r.path.startswith(f"{API}/doc/") and r.path != f"{API}/doc/all"} == set()
    assert store.crawl_runs()[0]["counts"]["new"] == 0


def test_all_sources_merge_into_one_record_per_document(crawl, mirror):
    result = crawl("all", mirror, *SINCE, *VBPL_PAGES)
    assert result.returncode == 0, result.stderr
    docs = crawl.documents()
    assert len(docs) == 13  # 7 vbpl, 3 congbao (one also in vbpl), 5 chinhphu (one also in congbao)

    replacement = docs[("118/2025/NĐ-CP", "Chính phủ")]
    assert replacement.source == "vbpl"
    assert replacement.title == ("Về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận "
                                 "Một cửa và Cổng Dịch vụ công quốc gia")
    assert set(replacement.sources) == {
        "https://vbpl.vn/van-ban/chi-tiet/--constructed-118-2025-nd-cp",
        "https://congbao.chinhphu.vn/van-ban/nghi-dinh-so-118-2025-nd-cp-ve-thuc-hien-thu-tuc-hanh-chinh-theo-co-che-"
        "mot-cua-mot-cua-lien-thong-tai-bo-phan-mot-cua-va-cong-dich-vu-cong-quoc-gia-45120.htm",
    }
    assert [r.type for r in replacement.relations] == ["replaces", "replaces"]

    land = docs[("281/2026/NĐ-CP", "Chính phủ")]
    assert (land.doc_type, land.issued, land.effective, land.status) == (
        "Nghị định", "2026-07-13", "2026-08-31", "unknown")
    assert land.source == "congbao"
    assert "https://vanban.chinhphu.vn/?pageid=27160&docid=218863&classid=1" in land.sources
    # Neither the gazette nor vanban.chinhphu.vn states relations: they come from the abstract.
    assert ("amends", "123/2024/NĐ-CP") in {(r.type, r.target) for r in land.relations}
    survey = docs[("228/2026/NĐ-CP", "Chính phủ")]
    assert ("amends", "18/2020/NĐ-CP") in {(r.type, r.target) for r in survey.relations}
    assert docs[("215/2026/NĐ-CP", "Chính phủ")].title == "Về an ninh hàng không"

    runs = {run["source"]: run for run in crawl.store().crawl_runs()}
    assert set(runs) == {"vbpl", "congbao", "chinhphu"}
    assert all(run["exit_status"] == "ok" and run["ended_at"] for run in runs.values())
    # vanban.chinhphu.vn's second page is an ASP.NET postback carrying the first page's view state.
    (postback,) = mirror.site.requests("/he-thong-van-ban", "POST")
    assert b"__VIEWSTATE=constructed-viewstate-page-1" in postback.body
    assert b"__EVENTARGUMENT=Page%242" in postback.body


def test_a_changed_layout_is_reported_and_fails_the_crawl(crawl, mirror):
    path = "/?pageid=27160&docid=218615&classid=1"
    content_type, page = mirror.site.pages[path]
    mirror.site.pages[path] = (content_type, page.replace("Số ký hiệu:".encode(), "Số hiệu văn bản:".encode()))
    result = crawl("chinhphu", mirror, *SINCE)
    assert result.returncode == 1
    assert "THẤT BẠI" in result.stderr
    assert ("[bố cục] https://vanban.chinhphu.vn/?pageid=27160&docid=218615&classid=1: "
            "trang không có số ký hiệu") in result.stderr
    assert len(crawl.documents()) == 4
    (run,) = crawl.store().crawl_runs()
    assert run["exit_status"] == "failed" and run["counts"]["failed_pages"] == 1
    assert run["errors"][0]["kind"] == "layout"


def test_a_feed_without_items_is_a_layout_change(crawl, mirror):
    mirror.site.pages["/cac-van-ban-moi-ban-hanh.rss"] = ("application/rss+xml", b"<rss><channel></channel></rss>")
    result = crawl("congbao", mirror, *SINCE)
    assert result.returncode == 1
    assert "nguồn RSS không có mục <item> nào" in result.stderr


def test_an_answer_503_is_retried_after_a_backoff_and_stored(crawl, mirror):
    path = f"{API}/doc/19761"
    mirror.site.fail_once[path] = 503
    result = crawl("vbpl", mirror, *SINCE, *VBPL_PAGES, "-s", "RETRY_BACKOFF_BASE=1.0")
    assert result.returncode == 0, result.stderr
    tries = mirror.site.requests(path)
    assert len(tries) == 2
    # The wait runs from when the first try was sent; the server logs arrivals, which a busy machine
    # delays by a variable fraction of a second. Without a backoff the gap is a few milliseconds.
    assert tries[1].at - tries[0].at >= 0.5
    assert ("107/2003/QĐ-BTC", "Bộ Tài chính") in crawl.documents()


def test_a_timeout_is_retried(crawl, mirror):
    path = "/?pageid=27160&docid=218584&classid=1"
    mirror.site.stall_once[path] = 2.5
    result = crawl("chinhphu", mirror, *SINCE, "-s", "DOWNLOAD_TIMEOUT=1")
    assert result.returncode == 0, result.stderr
    assert len(mirror.site.requests(path)) == 2
    assert ("32/2026/NQ-CP", "Chính phủ") in crawl.documents()


def test_robots_txt_is_obeyed(crawl, mirror):
    mirror.site.robots = "User-agent: *\nDisallow: /\n"
    result = crawl("congbao", mirror, *SINCE)
    assert result.returncode == 1
    assert "[robots.txt]" in result.stderr
    assert [r.path for r in mirror.site.log] == ["/robots.txt"]


def test_a_gateway_that_wants_authorization_stops_the_crawl(crawl, mirror):
    mirror.site.fail_once[f"{API}/doc/all"] = 401
    result = crawl("vbpl", mirror, *SINCE)
    assert result.returncode == 1
    assert "máy chủ đòi xác thực (HTTP 401)" in result.stderr
    assert crawl.store().crawl_runs()[0]["exit_status"] == "failed"


def test_province_keeps_central_documents_and_that_province_only(crawl, mirror):
    result = crawl("vbpl", mirror, *SINCE, *VBPL_PAGES, "--province", "Dong Nai")
    assert result.returncode == 0, result.stderr
    issuers = sorted({issuer for _number, issuer in crawl.documents()})
    assert issuers == ["Bộ Tài chính", "Chính phủ", "HĐND Tỉnh Đồng Nai", "UBND Tỉnh Đồng Nai"]
    assert "1 ngoài phạm vi" in result.stderr


def test_unknown_and_reversed_references_are_reported_not_stored(crawl, mirror):
    detail = json.loads((CONSTRUCTED / "vbpl-api" / "doc-constructed-107-2021-nd-cp.json").read_text("utf-8"))
    known = detail["data"]["references"][0]
    detail["data"]["references"] += [
        {**known, "referenceType": 99},
        {**known, "referenceType": 12, "targetDocument": {**known["targetDocument"], "docNum": "118/2025/NĐ-CP",
                                                           "issueDate": "2025-06-09T00:00:00"}},
    ]
    mirror.site.vbpl_details["constructed-107-2021-nd-cp"] = json.dumps(detail, ensure_ascii=False).encode()
    result = crawl("vbpl", mirror, *SINCE, *VBPL_PAGES)
    assert result.returncode == 0, result.stderr
    assert "mã quan hệ vbpl chưa biết: referenceType 99" in result.stderr
    assert "trỏ tới văn bản ban hành sau (ngược chiều): referenceType 12" in result.stderr
    amendment = crawl.documents()[("107/2021/NĐ-CP", "Chính phủ")]
    assert [(r.type, r.target) for r in amendment.relations] == [("amends", "61/2018/NĐ-CP")]
    warnings = [e for e in crawl.store().crawl_runs()[0]["errors"] if e["kind"] == "warning"]
    assert len(warnings) == 2


def test_max_pages_stops_the_walk_and_the_run_says_it_is_partial(crawl, mirror):
    result = crawl("vbpl", mirror, *SINCE, *VBPL_PAGES, "--max-pages", "2")
    assert result.returncode == 0, result.stderr
    assert "xong một phần (dừng ở --max-pages)" in result.stderr
    assert len(mirror.site.requests(f"{API}/doc/all")) == 2
    assert len(crawl.documents()) == 4
    assert crawl.store().crawl_runs()[0]["exit_status"] == "partial"


def test_the_development_cache_answers_a_second_crawl(crawl, mirror):
    assert crawl("congbao", mirror, *SINCE, "--cache").returncode == 0
    before = len(mirror.site.log)
    second = crawl("congbao", mirror, *SINCE, "--cache")
    assert second.returncode == 0, second.stderr
    assert mirror.site.log[before:] == []
    assert (crawl.jobs / "httpcache").is_dir()


def test_a_run_of_failures_stops_the_spider_early(crawl):
    from tests.crawler.server import MirrorServer, generated_vbpl_site

    site = generated_vbpl_site(40)
    # The gateway's answers changed shape: every detail now breaks the parser.
    broken = json.dumps({"success": True, "statusCode": 200, "data": {"id": "x", "references": "?"}}).encode()
    site.vbpl_details = dict.fromkeys(site.vbpl_details, broken)
    with MirrorServer(site) as server:
        result = crawl("vbpl", server, *SINCE, "-s", "CRAWL_ABORT_AFTER_FAILURES=3")
    assert result.returncode == 1
    assert "lý do dừng: too_many_errors" in result.stderr and "[đọc trang]" in result.stderr
    details = [r for r in site.log if r.path.startswith(f"{API}/doc/5")]
    assert len(details) <= 3 + 4  # the failures, and what was already handed to the downloader
    assert crawl.store().document_count() == 0
