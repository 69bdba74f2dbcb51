"""The progress line, the summary, and the command line handed to the crawl subprocess."""
import io

from crawler.monitor import Progress, SourceReport, summary
from crawler.run import build_parser as crawl_parser
from crawler.spiders import SPIDERS
from impact.cli import CRAWL_SOURCES, _crawl_argv, build_parser


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_is_rewritten_in_place_on_a_terminal():
    stream = Terminal()
    progress = Progress(stream)
    report = SourceReport("vbpl", pages=12, new=3, changed=1, unchanged=5, failed_pages=1)
    progress.add(report)
    progress.tick(force=True)
    progress.message("Thu thập vbpl: xong")
    assert stream.getvalue() == ("\rvbpl: 12 trang · 3 mới · 1 thay đổi · 5 không đổi · 1 lỗi\x1b[K"
                                 "\r\x1b[KThu thập vbpl: xong\n")


def test_progress_is_plain_lines_elsewhere_and_not_too_often():
    stream = io.StringIO()
    progress = Progress(stream, plain_interval=3600)
    progress.add(SourceReport("congbao"))
    progress.add(SourceReport("chinhphu", pages=2))
    progress.tick()
    progress.tick()
    assert stream.getvalue() == ("congbao: 0 trang · 0 mới · 0 thay đổi · 0 không đổi · 0 lỗi | "
                                 "chinhphu: 2 trang · 0 mới · 0 thay đổi · 0 không đổi · 0 lỗi\n")


def test_summary_lists_failures_and_warnings():
    report = SourceReport("chinhphu", pages=40, failed_pages=1, new=10, skipped=2, horizon="2026-10-14",
                          reason="finished", exit_status="ok")
    report.errors.append({"kind": "http", "url": "https://vanban.chinhphu.vn/?docid=1", "message": "HTTP 404"})
    report.warnings["mã hiệu lực chưa biết 'TNHL'"] += 2
    text = summary(report)
    assert text.splitlines()[0].startswith("Thu thập chinhphu: xong sau ")
    assert "  Trang: 40 (1 lỗi, 2,5%)" in text
    assert "  Văn bản: 10 mới, 0 thay đổi, 0 không đổi, 2 ngoài phạm vi" in text
    assert "    [HTTP] https://vanban.chinhphu.vn/?docid=1: HTTP 404" in text
    assert "  Lưu ý: mã hiệu lực chưa biết 'TNHL' ×2" in text


def test_every_source_the_command_names_has_a_spider():
    assert tuple(SPIDERS) == CRAWL_SOURCES


def test_crawl_options_reach_the_subprocess_unchanged():
    words = ["crawl", "all", "--since", "2026-01-05", "--max-pages", "3", "--base-url", "http://127.0.0.1:1",
             "--province", "Lâm Đồng", "--delay", "0.5", "--cache", "-s", "A=1", "-s", "B=2", "--db", "x.db"]
    args = build_parser().parse_args(words)
    assert _crawl_argv(args) == ["all", "--since", "2026-01-05", "--max-pages", "3", "--base-url", "http://127.0.0.1:1",
                                 "--province", "Lâm Đồng", "--delay", "0.5", "--cache", "--set", "A=1", "--set", "B=2",
                                 "--db", "x.db"]
    again = crawl_parser().parse_args(_crawl_argv(args))  # what the subprocess reads
    assert (again.since, again.max_pages, again.province, again.set, again.cache, again.db) == (
        args.since, 3, "Lâm Đồng", ["A=1", "B=2"], True, "x.db")


def test_polite_defaults_and_what_the_command_line_changes(tmp_path, monkeypatch):
    from crawler.run import crawl_settings

    monkeypatch.setenv("REGIMPACT_CONTACT", "iso@stp.lamdong.example")
    settings = crawl_settings(crawl_parser().parse_args(["vbpl"]), "sqlite:///x.db", tmp_path)
    assert settings.getbool("ROBOTSTXT_OBEY") and settings.getbool("AUTOTHROTTLE_ENABLED")
    assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") == 1 and settings.getfloat("DOWNLOAD_DELAY") == 2.0
    assert settings.get("USER_AGENT") == "regimpact/0.1 (legal-document change monitor; +iso@stp.lamdong.example)"
    assert not settings.getbool("HTTPCACHE_ENABLED") and not settings.getbool("REMOTE_CONTROL_ENABLED")
    assert settings.get("LOG_FILE") == str(tmp_path / "crawl.log")

    args = crawl_parser().parse_args(["all", "--delay", "0", "--cache", "--contact", "x@y.example", "--province", "Huế",
                                      "--max-failed-share", "0.3", "-s", "VBPL_PAGE_SIZE=10", "-v"])
    settings = crawl_settings(args, "sqlite:///x.db", tmp_path)
    assert (settings.getfloat("DOWNLOAD_DELAY"), settings.getfloat("AUTOTHROTTLE_START_DELAY")) == (0, 0)
    assert settings.getbool("HTTPCACHE_ENABLED") and "x@y.example" in settings.get("USER_AGENT")
    assert (settings.get("CRAWL_PROVINCE"), settings.getfloat("CRAWL_MAX_FAILED_SHARE")) == ("Huế", 0.3)
    assert settings.getint("VBPL_PAGE_SIZE") == 10 and settings.get("LOG_FILE") is None
