from dataclasses import replace

import pytest

from impact.analysis import analyze
from impact.store import Store, database_url
from tests.impact.builders import document, procedure, relation


@pytest.fixture
def store(tmp_path):
    return Store(tmp_path / "test.db")


def test_database_url_from_path_url_and_environment(tmp_path, monkeypatch):
    assert database_url(tmp_path / "a.db") == f"sqlite:///{tmp_path / 'a.db'}"
    assert database_url("postgresql://u@h/db") == "postgresql://u@h/db"
    monkeypatch.setenv("REGIMPACT_DB", str(tmp_path / "env.db"))
    assert database_url(None) == f"sqlite:///{tmp_path / 'env.db'}"


def test_schema_is_created_in_a_real_file(tmp_path):
    path = tmp_path / "sub" / "fresh.db"
    Store(path).upsert_documents([document("61/2018/NĐ-CP")])
    assert path.stat().st_size > 0
    assert [d.number for d in Store(path).documents()] == ["61/2018/NĐ-CP"]


def test_upsert_counts_new_changed_unchanged(store):
    docs = [document("61/2018/NĐ-CP"), document("107/2021/NĐ-CP", relations=[relation("amends", "61/2018/NĐ-CP")])]
    assert store.upsert_documents(docs).as_dict() == {"new": 2, "changed": 0, "unchanged": 0}
    assert store.upsert_documents(docs).as_dict() == {"new": 0, "changed": 0, "unchanged": 2}
    changed = [replace(docs[0], status="expired"), docs[1]]
    assert store.upsert_documents(changed).as_dict() == {"new": 0, "changed": 1, "unchanged": 1}
    stored = {d.number: d for d in store.documents()}
    assert stored["61/2018/NĐ-CP"].status == "expired"
    assert [(r.type, r.target) for r in stored["107/2021/NĐ-CP"].relations] == [("amends", "61/2018/NĐ-CP")]


def test_same_number_from_two_issuers_are_two_documents(store):
    a = replace(document("40/2026/QĐ-UBND"), issuer="Ủy ban nhân dân tỉnh Lâm Đồng")
    b = replace(document("40/2026/QĐ-UBND"), issuer="Ủy ban nhân dân tỉnh Nghệ An")
    assert store.upsert_documents([a, b]).new == 2
    assert store.upsert_documents([replace(a, issuer="ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG")]).new == 0


def test_a_failed_import_leaves_the_database_as_it_was(store):
    store.upsert_documents([document("61/2018/NĐ-CP")])

    def records():
        yield document("107/2021/NĐ-CP")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        store.upsert_documents(records())
    assert [d.number for d in store.documents()] == ["61/2018/NĐ-CP"]


def test_record_without_relations_keeps_stored_relations(store):
    store.upsert_documents([document("107/2021/NĐ-CP", relations=[relation("amends", "61/2018/NĐ-CP")])])
    store.upsert_documents([replace(document("107/2021/NĐ-CP", status="expired"), relations=None)])
    (stored,) = store.documents()
    assert stored.status == "expired" and [r.target for r in stored.relations] == ["61/2018/NĐ-CP"]


def _impacts():
    docs = [document("61/2018/NĐ-CP"), document("118/2025/NĐ-CP", effective="2025-07-01",
                                                  relations=[relation("replaces", "61/2018/NĐ-CP")])]
    return analyze(docs, [procedure("QT-01", [("61/2018/NĐ-CP", [])]), procedure("QT-02", [("61/2018/NĐ-CP", [])])])


def test_task_sync_never_duplicates_and_keeps_status_assignee_note(store):
    impacts = _impacts()
    assert store.sync_tasks(impacts).new == 2
    key = store.tasks()[0].key
    store.update_task(key, actor="Lan", status="in_progress", assignee="Nguyễn Thị Lan", note="Đang soạn")
    for _ in range(3):
        assert store.sync_tasks(impacts).as_dict() == {"new": 0, "changed": 0, "unchanged": 2}
    tasks = {t.key: t for t in store.tasks(with_history=True)}
    assert len(tasks) == 2
    assert (tasks[key].status, tasks[key].assignee, tasks[key].note) == ("in_progress", "Nguyễn Thị Lan", "Đang soạn")
    assert [(e["field"], e["new"], e["actor"]) for e in tasks[key].history] == [
        ("created", "open", "analyze"), ("status", "in_progress", "Lan"), ("assignee", "Nguyễn Thị Lan", "Lan"),
        ("note", "Đang soạn", "Lan")]


def test_task_no_longer_produced_becomes_inactive_then_returns_with_its_status(store):
    impacts = _impacts()
    store.sync_tasks(impacts)
    key = impacts[0].key
    store.update_task(key, actor="Lan", status="done")
    store.sync_tasks(impacts[1:])
    assert key not in {t.key for t in store.tasks()}
    assert key in {t.key for t in store.tasks(include_inactive=True)}
    store.sync_tasks(impacts)
    back = {t.key: t for t in store.tasks()}[key]
    assert back.status == "done" and back.active


def test_an_analysis_of_some_procedures_leaves_the_others_tasks(store):
    impacts = _impacts()
    store.sync_tasks(impacts)
    store.sync_tasks([], scope={("Sở Tư pháp", "QT-02")})
    assert [t.procedure for t in store.tasks()] == ["QT-01"]


def test_update_task_rejects_unknown_status_and_key(store):
    store.sync_tasks(_impacts())
    key = store.tasks()[0].key
    with pytest.raises(ValueError):
        store.update_task(key, actor="x", status="finished")
    with pytest.raises(KeyError):
        store.update_task("nope", actor="x", status="done")


def test_procedure_versions(store):
    first = replace(procedure("QT-01", [("61/2018/NĐ-CP", [])]), content_hash="a", text="v1")
    assert store.save_procedures([first]).new == 1
    assert store.save_procedures([first]).unchanged == 1
    second = replace(procedure("QT-01", [("118/2025/NĐ-CP", [])]), content_hash="b", text="v2")
    assert store.save_procedures([second]).changed == 1
    (current,) = store.procedures()
    assert current.version == 2 and current.text == "v2"
    assert [c.resolved for c in current.citations] == ["118/2025/NĐ-CP"]
    assert store.procedure_hashes() == {("Sở Tư pháp", "QT-01"): "b"}


def test_higher_priority_source_wins_and_every_url_is_kept(store):
    from_gazette = replace(document("118/2025/NĐ-CP", status="unknown"), title="Về thủ tục hành chính (công báo)",
                           source="congbao", source_id="cb-1", url="https://congbao.chinhphu.vn/van-ban/cb-1.htm")
    from_vbpl = replace(document("118/2025/NĐ-CP", status="in_force"), title="Về thực hiện thủ tục hành chính",
                        source="vbpl", source_id="187649", url="https://vbpl.vn/van-ban/chi-tiet/187649")
    store.upsert_documents([from_gazette])
    assert store.upsert_documents([from_vbpl]).changed == 1
    assert store.upsert_documents([from_gazette]).unchanged == 1
    (stored,) = store.documents()
    assert (stored.title, stored.status, stored.source) == ("Về thực hiện thủ tục hành chính", "in_force", "vbpl")
    assert set(stored.sources) == {from_gazette.url, from_vbpl.url}
    assert store.source_ids("vbpl") == {"187649"} and store.source_ids("congbao") == {"cb-1"}


def test_crawl_runs_are_recorded(store):
    run = store.start_crawl_run("vbpl")
    store.finish_crawl_run(run, counts={"pages": 3, "new": 2}, errors=["x"], exit_status="ok")
    (recorded,) = store.crawl_runs()
    assert recorded["counts"] == {"pages": 3, "new": 2} and recorded["exit_status"] == "ok" and recorded["ended_at"]


def test_source_records_remember_when_they_were_last_collected(store):
    import datetime as dt

    record = replace(document("01/2026/NQ-HĐND"), source="vbpl", source_id="188001", url="https://vbpl.vn/a")
    store.upsert_documents([record], collected_at=dt.datetime(2026, 4, 10, 8, 0))
    assert store.source_seen("vbpl") == {"188001": dt.datetime(2026, 4, 10, 8, 0)}
    store.upsert_documents([replace(record, url="https://vbpl.vn/b")], collected_at=dt.datetime(2026, 5, 1, 9, 30))
    assert store.source_seen("vbpl") == {"188001": dt.datetime(2026, 5, 1, 9, 30)}
    assert store.source_seen("congbao") == {}


def test_a_running_crawl_keeps_its_counts_so_far(store):
    run = store.start_crawl_run("congbao")
    store.update_crawl_run(run, counts={"pages": 7, "new": 1}, errors=[{"kind": "http"}])
    (recorded,) = store.crawl_runs()
    assert (recorded["counts"], recorded["errors"]) == ({"pages": 7, "new": 1}, [{"kind": "http"}])
    assert recorded["exit_status"] == "running" and recorded["ended_at"] is None


def test_a_database_from_an_earlier_version_gets_the_new_columns(tmp_path):
    import sqlite3

    path = tmp_path / "old.db"
    Store(path).upsert_documents([document("61/2018/NĐ-CP")])
    with sqlite3.connect(path) as connection:  # an earlier schema: no procedure issue date column
        connection.execute("ALTER TABLE procedure_versions DROP COLUMN issued")
    store = Store(path)
    store.save_procedures([replace(procedure("QT-01", [("61/2018/NĐ-CP", [])]), content_hash="h", issued="2020-01-02")])
    assert store.procedures()[0].issued == "2020-01-02"
    assert [d.number for d in store.documents()] == ["61/2018/NĐ-CP"]
