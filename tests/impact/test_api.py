"""The shared operations on the demo data: repeated and incremental analysis, auto-closing."""
import datetime as dt

import pytest

from impact.api import load_demo, run_analysis
from impact.ingest import import_procedures
from impact.store import Store


@pytest.fixture
def demo(tmp_path):
    store = Store(tmp_path / "demo.db")
    load_demo(store)
    return store


def snapshot(store):
    return [(t, t.history) for t in store.tasks(include_inactive=True, with_history=True)]


def test_ten_analyses_give_identical_tasks_and_keep_statuses_and_histories(demo):
    keys = [t.key for t in demo.tasks()]
    demo.update_task(keys[0], actor="lan", status="done", note="Đã cập nhật QT")
    demo.update_task(keys[1], actor="an", status="dismissed", note="Không áp dụng")
    demo.update_task(keys[2], actor="an", status="in_progress", assignee="Trần Văn An")
    before = snapshot(demo)
    for _ in range(10):
        summary = run_analysis(demo)
        assert summary.tasks.new == 0 and summary.tasks.changed == 0
    assert snapshot(demo) == before
    statuses = {t.key: t.status for t in demo.tasks()}
    assert [statuses[k] for k in keys[:3]] == ["done", "dismissed", "in_progress"]


def test_incremental_analysis_only_adds_what_the_window_brings(demo):
    full = {t.key for t in demo.tasks()}
    summary = run_analysis(demo, since=dt.date(2026, 6, 1))
    assert summary.tasks.new == 0 and 0 < summary.impacts < len(full)
    assert {t.key for t in demo.tasks()} == full  # nothing outside the window was deactivated


def test_new_procedure_version_citing_the_new_document_closes_the_task(demo, tmp_path):
    task = next(t for t in demo.tasks() if t.procedure == "QT-VP-04" and t.trigger == "30/2020/NĐ-CP")
    (current,) = [p for p in demo.procedures("Văn phòng UBND tỉnh") if p.id == "QT-VP-04"]
    revised = current.text.replace("Nghị định số 110/2004/NĐ-CP", "Nghị định số 30/2020/NĐ-CP", 1)
    revised = revised.replace("Nghị định số 09/2010/NĐ-CP", "Nghị định số 30/2020/NĐ-CP", 1)
    assert revised != current.text
    folder = tmp_path / "Văn phòng UBND tỉnh"
    folder.mkdir()
    (folder / "QT-VP-04.md").write_text(revised, encoding="utf-8")
    report = import_procedures(demo, [folder])
    assert [o.outcome for o in report.outcomes] == ["imported"]
    run_analysis(demo)
    closed = {t.key: t for t in demo.tasks(with_history=True)}[task.key]
    assert closed.status == "done"
    assert "phiên bản 2" in closed.history[-1]["message"] and "30/2020/NĐ-CP" in closed.history[-1]["message"]
    (now,) = [p for p in demo.procedures("Văn phòng UBND tỉnh") if p.id == "QT-VP-04"]
    assert now.version == 2


def test_incremental_analysis_of_new_documents_equals_a_full_analysis(tmp_path):
    from impact.api import DEMO_PROCEDURES, DEMO_REGISTRY, import_document_lines
    from impact.ingest import import_procedures

    since = dt.date(2026, 5, 1)
    lines = DEMO_REGISTRY.read_text(encoding="utf-8").splitlines()

    def is_new(line):
        issued = __import__("json").loads(line)["issued"]
        return issued is not None and issued >= since.isoformat()

    full = Store(tmp_path / "full.db")
    load_demo(full)
    expected = {(t.procedure, t.cited, t.trigger, t.change, t.severity, t.due) for t in full.tasks()}

    store = Store(tmp_path / "incremental.db")
    import_document_lines(store, [line for line in lines if not is_new(line)], "old")
    for agency in sorted(DEMO_PROCEDURES.iterdir()):
        import_procedures(store, [agency], agency=agency.name)
    run_analysis(store)
    before = {(t.procedure, t.cited, t.trigger, t.change, t.severity, t.due) for t in store.tasks()}
    # without the 2026 documents, a source's "expired" status is all that is known of some changes
    assert expected - before and any(t[2] == t[1] and t[3] == "expires" for t in before - expected)

    import_document_lines(store, [line for line in lines if is_new(line)], "new")
    summary = run_analysis(store, since=since)
    after = {(t.procedure, t.cited, t.trigger, t.change, t.severity, t.due) for t in store.tasks()}
    assert summary.tasks.new == len(expected - before)
    assert after == expected  # the status-only tasks were superseded by the documents that explain them
