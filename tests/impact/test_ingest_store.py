"""The store's additions for ingest: metadata per version, version numbers, source hashes, history."""
from dataclasses import replace

from impact.store import Store
from tests.impact.builders import procedure


def test_meta_is_kept_per_version_with_numbers_sources_and_history(tmp_path):
    store = Store(tmp_path / "s.db")
    first = replace(procedure("QT-01", [("61/2018/NĐ-CP", [])]), content_hash="a", text="v1",
                    meta={"edition": "01", "source": {"sha256": "f1", "name": "qt.docx"}})
    counts = store.save_procedures([first])
    assert counts.versions == {("Sở Tư pháp", "QT-01"): 1}
    assert store.procedure_sources() == {("Sở Tư pháp", "QT-01"): "f1"}
    second = replace(first, content_hash="b", text="v2", meta={"edition": "02", "source": {"sha256": "f2"}})
    assert store.save_procedures([second]).versions == {("Sở Tư pháp", "QT-01"): 2}
    assert store.save_procedures([second]).versions == {("Sở Tư pháp", "QT-01"): 2}  # unchanged
    assert store.procedure_sources() == {("Sở Tư pháp", "QT-01"): "f2"}
    history = store.procedure_versions("Sở Tư pháp", "QT-01")
    assert [(p.version, p.text, p.meta["edition"]) for p in history] == [(1, "v1", "01"), (2, "v2", "02")]
    assert [c.resolved for c in history[0].citations] == ["61/2018/NĐ-CP"]
    (current,) = store.procedures()
    assert current.meta == {"edition": "02", "source": {"sha256": "f2"}}
    assert store.procedure_versions("Sở Tư pháp", "QT-99") == []


def test_meta_by_file_name_still_works_and_versions_without_a_source_are_not_skippable(tmp_path):
    store = Store(tmp_path / "s.db")
    store.save_procedures([replace(procedure("QT-02", []), content_hash="a")], meta={"QT-02.md": {"edition": "03"}})
    (stored,) = store.procedures()
    assert stored.meta == {"edition": "03"}
    assert store.procedure_sources() == {}


def test_a_title_mention_keeps_its_flag_in_the_store(tmp_path):
    store = Store(tmp_path / "s.db")
    proc = procedure("QT-03", [("61/2018/NĐ-CP", []), ("45/2013/QH13", [])])
    law = replace(proc.citations[1], citation=replace(proc.citations[1].citation, in_title=True))
    store.save_procedures([replace(proc, citations=(proc.citations[0], law), content_hash="a")])
    (stored,) = store.procedures()
    assert [c.citation.in_title for c in stored.citations] == [False, True]
