"""Every page through AppTest on the sample province: what it shows, its filters and edits."""
import datetime as dt
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from impact import queries
from impact.labels import STATUS_LABELS
from tests.app import sample

APP = str(Path(__file__).resolve().parents[2] / "app.py")
PAGES = ["report", "graph", "procedures", "documents", "tasks", "crawl"]


def open_page(name: str, *, agency: str | None = None) -> AppTest:
    app = AppTest.from_file(APP, default_timeout=60)
    if agency:
        app.session_state["agency_scope"] = agency
    app.run()
    app.switch_page(f"ui/pages/{name}.py").run()
    assert not app.exception, [e.value for e in app.exception]
    return app


def metric(app: AppTest, label: str):
    return next(m.value for m in app.metric if m.label == label)


def texts(app: AppTest) -> str:
    """Everything the page wrote as markdown, captions, info boxes, text and HTML."""
    parts = [e.value for kind in ("markdown", "caption", "info", "warning", "success", "text", "error")
             for e in getattr(app, kind)]
    return "\n".join([*parts, *(h.proto.body for h in app.get("html"))])


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_for_all_agencies_and_for_one(sample_db, page):
    for agency in (None, "Sở Tư pháp"):
        app = open_page(page, agency=agency)
        assert app.title[0].value
        assert app.sidebar.selectbox[0].value == (agency or "Tất cả cơ quan")


@pytest.mark.parametrize("page,hint", [("report", "regimpact demo"), ("graph", "Quy trình"),
                                       ("procedures", "Tải lên quy trình mới"), ("documents", "Thu thập"),
                                       ("tasks", "regimpact demo"), ("crawl", "Bắt đầu")])
def test_an_empty_database_says_what_to_do_next(empty_db, page, hint):
    app = open_page(page)
    assert hint in "\n".join(i.value for i in app.info)


def test_report_opens_on_the_latest_week_with_relevant_documents_and_follows_the_scope(sample_db):
    app = open_page("report")
    week = app.main.selectbox[0]
    assert week.value == "2026-W47"
    assert (metric(app, "Văn bản mới thu thập"), metric(app, "Văn bản tác động"),
            metric(app, "Quy trình bị ảnh hưởng"), metric(app, "Nhiệm vụ mới")) == ("1", "1", "2", "2")
    assert [b.label for b in app.get("download_button")] == ["Tải báo cáo DOCX", "Tải báo cáo XLSX",
                                                               "Tải báo cáo HTML"]
    assert {e.label for e in app.expander} == {"Sở Nội vụ – 1 nhiệm vụ", "Sở Tư pháp – 1 nhiệm vụ"}

    week.set_value("2025-W24").run()
    assert metric(app, "Văn bản mới thu thập") == "1" and metric(app, "Quy trình bị ảnh hưởng") == "2"

    scoped = open_page("report", agency="Sở Nội vụ")
    assert metric(scoped, "Quy trình bị ảnh hưởng") == "1"
    assert {e.label for e in scoped.expander} == {"Sở Nội vụ – 1 nhiệm vụ"}


def test_report_figures_agree_with_the_weekly_report(sample_db):
    from impact.reports import weekly_report

    for week in ("2026-W47", "2025-W24", "2021-W49", "2020-W01"):
        for agency in (None, "Sở Tư pháp"):
            report = weekly_report(week, sample_db.documents(), sample_db.tasks(), agency=agency)
            figures = queries.week_figures(sample_db, week, agency=agency)
            assert figures.new_documents == len(report.new_documents)
            assert figures.relevant_documents == len(report.relevant_documents)
            assert figures.affected_procedures == report.affected_procedures
            assert figures.new_tasks == report.severity_counts(report.new_tasks)
            assert figures.open_tasks == len(report.open_tasks)
            assert figures.overdue_tasks == len(report.overdue_tasks)
            assert figures.open_by_agency == report.by_agency
            assert [t.key for t in queries.week_new_tasks(sample_db, week, agency=agency)] == \
                   [t.key for t in report.new_tasks]


def test_tasks_filter_by_severity_and_due(sample_db):
    app = open_page("tasks")
    assert metric(app, "Nhiệm vụ theo bộ lọc") == "6"
    app.multiselect(key="task_severity").select("medium").run()
    assert metric(app, "Nhiệm vụ theo bộ lọc") == "2"
    app.multiselect(key="task_severity").unselect("medium").run()
    app.selectbox(key="task_due").set_value("overdue").run()
    assert metric(app, "Nhiệm vụ theo bộ lọc") == "4"
    app.text_input(key="task_text").input("99/2026").run()
    assert "Không có nhiệm vụ nào khớp bộ lọc" in app.info[0].value
    assert [b.label for b in app.get("download_button")] == []


def test_editing_a_task_writes_its_history_and_every_page_sees_it(sample_db):
    app = open_page("tasks")
    app.sidebar.text_input(key="actor").input("Nguyễn Văn A").run()
    key = app.selectbox(key="task_selected").value
    app.selectbox(key=f"form_status_{key}").set_value("in_progress")
    app.text_input(key=f"form_assignee_{key}").input("Trần Thị B")
    app.text_area(key=f"form_note_{key}").input("Đã gửi phòng pháp chế")
    app.button[-1].click().run()
    assert not app.exception
    task = next(t for t in sample_db.tasks(with_history=True) if t.key == key)
    assert (task.status, task.assignee, task.note) == ("in_progress", "Trần Thị B", "Đã gửi phòng pháp chế")
    changes = [(e["actor"], e["field"], e["new"]) for e in task.history[1:]]
    assert changes == [("Nguyễn Văn A", "status", "in_progress"), ("Nguyễn Văn A", "assignee", "Trần Thị B"),
                       ("Nguyễn Văn A", "note", "Đã gửi phòng pháp chế")]
    history = app.dataframe[-1].value
    assert list(history["Người thực hiện"]) == ["test", "Nguyễn Văn A", "Nguyễn Văn A", "Nguyễn Văn A"]
    assert STATUS_LABELS["in_progress"] in list(history["Giá trị mới"])

    app.multiselect(key="task_status").unselect("open").run()
    assert metric(app, "Nhiệm vụ theo bộ lọc") == "1"


def test_bulk_action_changes_every_task_of_the_filter(sample_db):
    app = open_page("tasks", agency="Sở Tư pháp")
    assert metric(app, "Nhiệm vụ theo bộ lọc") == "3"
    app.checkbox(key="bulk_all").check().run()
    app.selectbox(key="bulk_status").set_value("dismissed")
    app.text_input(key="bulk_note").input("Đã rà soát, không cần sửa").run()
    next(b for b in app.button if b.label.startswith("Áp dụng cho")).click().run()
    assert not app.exception
    tasks = sample_db.tasks(agency="Sở Tư pháp", with_history=True)
    assert {(t.status, t.note) for t in tasks} == {("dismissed", "Đã rà soát, không cần sửa")}
    assert all(t.history[-1]["message"] == "Thao tác hàng loạt" for t in tasks)
    assert {t.status for t in sample_db.tasks(agency="Sở Nội vụ")} == {"open"}
    assert "Không có nhiệm vụ nào khớp bộ lọc" in app.info[0].value
    assert app.success[0].value == "Đã cập nhật 3 nhiệm vụ."
    assert metric(open_page("report", agency="Sở Tư pháp"), "Nhiệm vụ đang mở") == "0"


def test_procedure_page_highlights_citations_and_shows_basis_and_tasks(sample_db):
    app = open_page("procedures")
    table = app.dataframe[0].value
    row = table[table["Mã"] == "QT-01"].iloc[0]
    assert row["Căn cứ pháp lý"] == "Có văn bản hết hiệu lực" and row["Trích dẫn chưa xác định"] == 1
    assert table[table["Mã"] == "QT-02"].iloc[0]["Căn cứ pháp lý"] == "Còn hiệu lực"
    app.selectbox(key="procedure_selected").set_value("Sở Tư pháp\x1fQT-01").run()
    basis, body = (h.proto.body for h in app.get("html")[-2:])
    assert basis.count('class="cite-affected"') == 2 and basis.count('class="cite-unresolved"') == 1
    assert "NỘI DUNG QUY TRÌNH" not in basis and "NỘI DUNG QUY TRÌNH" in body
    assert body.count('class="cite-affected"') == 2 and body.count('class="cite-unresolved"') == 1
    assert "&lt;b&gt;không phải thẻ HTML&lt;/b&gt;" in body and "<b>" not in body
    basis = app.dataframe[1].value
    expired = basis[basis["Số ký hiệu"] == "61/2018/NĐ-CP"].iloc[0]
    assert expired.iloc[2] == "Hết hiệu lực" and expired["Văn bản làm hết hiệu lực"] == "118/2025/NĐ-CP"
    assert "01/2099/TT\\-XYZ" in app.warning[0].value
    assert len(app.dataframe[2].value) == 3

    app.text_input(key="procedure_filter").input("văn bản đi").run()
    assert list(app.dataframe[0].value["Mã"]) == ["QT-02"]


def test_procedure_list_validity_agrees_with_the_timeline_of_the_whole_registry(sample_db):
    from impact.validity import Timeline

    timeline = Timeline(sample_db.documents())
    for day in (dt.date(2019, 1, 1), dt.date(2025, 6, 30), dt.date(2025, 7, 1), dt.date(2027, 1, 1)):
        expected = {(p.agency, p.id): timeline.basis_on(p, day).valid for p in sample_db.procedures()}
        assert {(s.agency, s.code): s.basis_valid for s in queries.procedure_list(sample_db, day=day)} == expected


def test_opening_a_basis_document_goes_to_the_document_page(sample_db):
    app = open_page("procedures")
    app.selectbox(key="procedure_selected").set_value("Sở Tư pháp\x1fQT-01").run()
    app.selectbox(key="procedure_open_document").set_value("61/2018/NĐ-CP").run()
    app.button(key="procedure_go_document").click().run()
    assert app.title[0].value == "Văn bản pháp luật"
    assert app.header[0].value == "Nghị định 61/2018/NĐ-CP"


def test_document_search_and_page(sample_db):
    app = open_page("documents")
    assert len(app.dataframe[0].value) == 7
    app.text_input(key="document_text").input("dat dai")
    app.button[0].click().run()
    assert list(app.dataframe[0].value["Số ký hiệu"]) == ["31/2024/QH15"]
    app.text_input(key="document_text").input("")
    app.selectbox(key="document_status").set_value("expired")
    app.button[0].click().run()
    assert list(app.dataframe[0].value["Số ký hiệu"]) == ["61/2018/NĐ-CP"]
    assert app.header[0].value == "Nghị định 61/2018/NĐ-CP"
    received = app.dataframe[2].value
    assert list(received["Văn bản"]) == ["107/2021/NĐ-CP", "118/2025/NĐ-CP"]
    assert list(received["Quan hệ"]) == ["Sửa đổi, bổ sung", "Thay thế"]
    assert set(app.dataframe[3].value["Mã"]) == {"QT-07", "QT-01"}
    assert app.get("link_button")[0].proto.url == "https://vbpl.vn/61-2018"


def test_document_search_by_issue_date_and_type(sample_db):
    found, total = queries.search_documents(sample_db, doc_type="Nghị định", issued_from=dt.date(2021, 1, 1))
    assert [d.number for d in found] == ["99/2026/NĐ-CP", "118/2025/NĐ-CP", "107/2021/NĐ-CP"] and total == 3
    found, _ = queries.search_documents(sample_db, text="61/2018/ND-CP", issued_to=dt.date(2019, 1, 1))
    assert [d.number for d in found] == ["61/2018/NĐ-CP"]


def test_crawled_markup_is_shown_as_text(sample_db):
    app = open_page("documents")
    app.selectbox(key="document_selected").set_value("99/2026/NĐ-CP").run()
    shown = texts(app)
    assert "&lt;script&gt;" in shown and "<script" not in shown and "<img" not in shown
    stated = app.dataframe[2].value
    assert 'alert("evidence")' in stated["Căn cứ (trích văn bản)"][0]


def test_opening_a_citing_procedure_goes_to_the_procedure_page(sample_db):
    app = open_page("documents")
    app.selectbox(key="document_selected").set_value("45/2020/NĐ-CP").run()
    app.selectbox(key="document_open_procedure").set_value("Sở Nội vụ\x1fQT-VT-01").run()
    app.button(key="document_go_procedure").click().run()
    assert app.title[0].value == "Quy trình"
    assert app.subheader[0].value.startswith("QT-VT-01")


def drawn(app: AppTest) -> str:
    """The SVG of the graph image, decoded from its data URL."""
    import base64

    url = app.get("image")[0].proto.imgs[0].url
    return base64.b64decode(url.split(",", 1)[1]).decode("utf-8")


def test_graph_around_a_procedure_a_document_and_an_agency(sample_db):
    app = open_page("graph")
    app.selectbox(key="graph_procedure").set_value("Sở Tư pháp\x1fQT-01").run()
    svg = drawn(app)
    assert "QT-01" in svg and "118/2025/NĐ-CP" in svg and "Thay thế" in svg
    assert app.caption[0].value.startswith("8 nút")
    app.slider(key="graph_depth").set_value(1).run()
    assert app.caption[0].value.startswith("3 nút")

    app.radio(key="graph_mode").set_value("document").run()
    app.selectbox(key="graph_document").set_value("45/2020/NĐ-CP").run()
    app.multiselect(key="graph_relations").unselect("cites").run()
    svg = drawn(app)
    assert "99/2026/NĐ-CP" in svg and "QT-01" not in svg
    app.selectbox(key="graph_selected").set_value("doc:99/2026/NĐ-CP").run()
    assert "&lt;script&gt;" in texts(app) and "<script" not in texts(app)

    app.radio(key="graph_mode").set_value("agency").run()
    app.selectbox(key="graph_agency").set_value("Sở Nội vụ").run()
    assert "QT-VT-01" in drawn(app)
    assert [b.label for b in app.get("download_button")] == ["Tải đồ thị GraphML"]


def test_graph_of_an_unknown_document_says_so(sample_db):
    app = open_page("graph")
    app.radio(key="graph_mode").set_value("document").run()
    app.text_input(key="graph_document_typed").input("1/1999/NĐ-CP").run()
    assert "Không tìm thấy 1/1999/NĐ\\-CP" in app.warning[0].value


def test_graph_queries_agree_with_the_whole_graph(sample_db):
    from impact.graph import build_graph, neighbourhood

    whole = build_graph(sample_db.documents(), sample_db.procedures())
    cases = [({"procedure": "QT-01", "agency": "Sở Tư pháp"}, ["proc:Sở Tư pháp/QT-01"]),
             ({"document": "61/2018/ND-CP"}, ["doc:61/2018/NĐ-CP"]),
             ({"agency": "Sở Nội vụ"}, ["proc:Sở Nội vụ/QT-VT-01"])]
    for arguments, seeds in cases:
        for depth in (1, 2, 3):
            for relations in (None, ("cites",), ("amends", "replaces")):
                expected = neighbourhood(whole, seeds, depth=depth, relations=relations)
                found = queries.graph_around(sample_db, depth=depth, relations=relations, **arguments)
                assert set(found.nodes) == set(expected.nodes), (arguments, depth, relations)
                assert sorted(found.edges(keys=False)) == sorted(expected.edges(keys=False))


def test_crawl_page_runs_the_cli_against_a_mirror_and_lists_the_run(sample_db, tmp_path, monkeypatch):
    from tests.crawler.server import MirrorServer, fixture_site

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # the crawl's job folder
    app = open_page("crawl")
    assert list(app.dataframe[0].value["Mã nguồn"]) == ["vbpl", "congbao", "chinhphu"]
    assert "Chưa có lần thu thập nào" in app.info[0].value
    with MirrorServer(fixture_site()) as mirror:
        app.selectbox(key="crawl_source").set_value("vbpl")
        app.date_input(key="crawl_since").set_value(dt.date(2000, 1, 1))
        app.text_input(key="crawl_mirror").input(mirror.url)
        app.number_input(key="crawl_max_pages").set_value(1)
        app.button(key="crawl_start").click().run(timeout=150)
    assert not app.exception
    assert app.status[0].label in ("Thu thập xong.", "Thu thập dừng với lỗi (mã 1).")
    runs = app.dataframe[1].value
    assert runs["Nguồn"][0] == "vbpl" and runs["Số trang"][0] >= 1
    assert runs["Văn bản mới"][0] == len(sample_db.documents()) - len(sample.DOCUMENTS)
    assert app.dataframe[0].value["Lần thu thập gần nhất"][0] != "Chưa thu thập"
