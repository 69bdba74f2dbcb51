"""The app as a coordinator's browser sees it: `streamlit run` on the demo data, Debian's Chromium
through Playwright. Opens every page, changes a task's status, downloads the task list as XLSX and
checks it, and saves a screenshot of each page to docs/screenshots/ (shown in the README)."""
import io
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

from tests.app import browser, sample

SCREENSHOTS = browser.ROOT / "docs" / "screenshots"
VIEWPORT = {"width": 1400, "height": 1700}

pytestmark = pytest.mark.skipif(not Path(browser.CHROMIUM).exists(),
                                reason="needs Debian's chromium (make test installs it: system-packages.txt)")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    from impact.api import load_demo
    from impact.store import Store

    path = tmp_path_factory.mktemp("browser") / "demo.db"
    store = Store(path)
    load_demo(store)
    store.close()
    return path


@pytest.fixture(scope="module")
def app(demo_db):
    from playwright.sync_api import sync_playwright

    with browser.serve(demo_db) as base, sync_playwright() as playwright:
        chromium = browser.launch(playwright)
        context = chromium.new_context(viewport=VIEWPORT, accept_downloads=True, locale="vi-VN")
        page = context.new_page()
        page.add_init_script("window.__regimpact_xss = undefined;")
        yield base, page
        context.close()
        chromium.close()


def open_page(page, base: str, name: str) -> None:
    page.goto(f"{base}/{browser.PAGES[name]}")
    browser.wait_rendered(page, browser.TITLES[name])


def choose(page, combobox, option: str) -> None:
    """Pick `option` in a select box. Streamlit may rerun the script right after the click that
    opened the list (a file just uploaded, a widget just changed) and close it again: open it
    until the option shows."""
    wanted = page.get_by_role("option", name=option)
    for _ in range(5):
        combobox.click()
        try:
            wanted.wait_for(timeout=6_000)
        except PlaywrightTimeout:
            page.keyboard.press("Escape")
            continue
        wanted.click()
        return
    raise AssertionError(f"the option {option!r} never showed")


def test_every_page_renders_and_is_photographed(app):
    base, page = app
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for name in browser.PAGES:
        open_page(page, base, name)
        assert not page.get_by_test_id("stException").count(), name
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))
    open_page(page, base, "graph")
    graph = page.get_by_test_id("stImage").locator("img").first
    assert graph.evaluate("image => image.complete && image.naturalWidth > 0")


def test_crawled_markup_does_not_run(app, demo_db):
    """A crawled document whose title and evidence carry markup is shown as text."""
    from impact.store import Store

    Store(demo_db).upsert_documents([d for d in sample.DOCUMENTS if d.number == "99/2026/NĐ-CP"])
    base, page = app
    open_page(page, base, "documents")
    page.get_by_label("Số ký hiệu hoặc trích yếu").fill("99/2026")
    page.get_by_role("button", name="Tìm kiếm").click()
    page.get_by_text("window.__regimpact_xss = 1", exact=False).first.wait_for()
    assert page.evaluate("window.__regimpact_xss") is None
    assert page.locator("script:has-text('__regimpact_xss')").count() == 0


def test_changing_a_task_status_and_downloading_the_xlsx(app, demo_db):
    from openpyxl import load_workbook

    from impact import queries
    from impact.store import Store

    base, page = app
    open_page(page, base, "tasks")
    form = page.get_by_test_id("stForm")
    first = queries.task_list(Store(demo_db), queries.TaskFilter(statuses=("open", "in_progress")), limit=1)[0]
    choose(page, form.get_by_role("combobox", name="Trạng thái"), "Đang xử lý")
    form.get_by_label("Người phụ trách").fill("Lê Văn C")
    form.get_by_role("button", name="Lưu nhiệm vụ").click()
    page.get_by_test_id("stAlertContentSuccess").filter(has_text="Đã lưu nhiệm vụ").wait_for()
    browser.wait_rendered(page, browser.TITLES["tasks"])

    changed = [t for t in Store(demo_db).tasks(with_history=True) if t.status == "in_progress"]
    assert len(changed) == 1 and changed[0].assignee == "Lê Văn C"
    assert changed[0].key == first.key
    assert changed[0].history[-2]["actor"] == "Cán bộ đầu mối ISO"

    with page.expect_download() as download:
        page.get_by_role("button", name="Tải XLSX").click()
    target = Path(download.value.path())
    sheet = load_workbook(io.BytesIO(target.read_bytes())).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Mã nhiệm vụ", "Cơ quan", "Mã quy trình")
    open_tasks = [t for t in Store(demo_db).tasks() if t.status in ("open", "in_progress")]
    assert len(rows) - 1 == len(open_tasks)
    by_key = {row[0]: row for row in rows[1:]}
    assert by_key[changed[0].key][10] == "Đang xử lý" and by_key[changed[0].key][12] == "Lê Văn C"
    shutil.copy(target, target.with_suffix(".xlsx"))


def test_uploading_procedure_files_shows_a_result_per_file(app, demo_db, tmp_path):
    from impact.store import Store

    base, page = app
    good = tmp_path / "QT-TEST-01_mot-cua.md"
    good.write_text("# QUY TRÌNH TIẾP NHẬN HỒ SƠ MỘT CỬA\n\n- Mã số: QT-TEST-01\n\n## Căn cứ pháp lý\n\n"
                    "- Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa;\n\n"
                    "## Nội dung\n\nBước 1: tiếp nhận hồ sơ.\n", encoding="utf-8")
    empty = tmp_path / "trong.docx"
    empty.write_bytes(b"not a word file")
    open_page(page, base, "procedures")
    page.get_by_text("Tải lên quy trình mới").click()
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files([str(good), str(empty)])
    page.get_by_text("trong.docx").wait_for()
    choose(page, page.get_by_role("combobox", name="Cơ quan của các tệp"), "Sở Nội vụ")
    page.get_by_role("button", name="Nhập quy trình").click()
    page.get_by_test_id("stAlertContentSuccess").filter(has_text="Đã nhập 1/2 tệp").wait_for(timeout=60_000)
    results = page.get_by_test_id("stDataFrame").first
    assert results.is_visible()
    stored = {p.id: p for p in Store(demo_db).procedures("Sở Nội vụ")}
    assert "QT-TEST-01" in stored
    assert [c.resolved for c in stored["QT-TEST-01"].citations] == ["61/2018/NĐ-CP"]
    assert any(t.procedure == "QT-TEST-01" for t in Store(demo_db).tasks(agency="Sở Nội vụ"))


def test_report_docx_download_and_the_scope_followed_across_pages(app, demo_db):
    from docx import Document

    from impact import queries
    from impact.store import Store

    base, page = app
    week = queries.default_week(Store(demo_db))
    open_page(page, base, "report")
    with page.expect_download() as download:
        page.get_by_role("button", name="Tải báo cáo DOCX").click()
    assert download.value.suggested_filename == f"bao-cao-{week}.docx"
    text = "\n".join(p.text for p in Document(download.value.path()).paragraphs)
    assert "BÁO CÁO" in text and f"(Tuần {week}:" in text

    choose(page, page.get_by_test_id("stSidebar").get_by_role("combobox", name="Cơ quan"), "Sở Tư pháp")
    # The rerun starts after the click returns: wait for the new scope, not for the page as it was.
    expect(page.get_by_test_id("stCaptionContainer").first).to_contain_text("Phạm vi: Sở Tư pháp", timeout=60_000)
    browser.wait_rendered(page, browser.TITLES["report"])
    page.get_by_test_id("stSidebarNav").get_by_text("Nhiệm vụ cập nhật").click()
    browser.wait_rendered(page, browser.TITLES["tasks"])
    justice = [t for t in Store(demo_db).tasks(agency="Sở Tư pháp") if t.status in ("open", "in_progress")]
    assert page.get_by_test_id("stMetric").first.inner_text().split() == ["Nhiệm", "vụ", "theo", "bộ", "lọc",
                                                                         str(len(justice))]
