"""The tasks page with Streamlit's AppTest, on the demo data in a temporary database."""
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from impact.api import load_demo
from impact.store import Store

APP = str(Path(__file__).resolve().parents[2] / "app.py")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("app") / "demo.db"
    load_demo(Store(path))
    return path


def test_tasks_page_lists_open_tasks_with_evidence_and_follows_the_scope(demo_db, monkeypatch):
    monkeypatch.setenv("REGIMPACT_DB", str(demo_db))
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.switch_page("ui/pages/tasks.py").run()
    assert not at.exception
    assert at.title[0].value == "Nhiệm vụ cập nhật quy trình"
    open_tasks = [t for t in Store(demo_db).tasks() if t.status in ("open", "in_progress")]
    assert at.metric[0].value == str(len(open_tasks))
    assert any("118/2025/NĐ-CP" in option for option in at.selectbox(key="task_selected").options)
    assert at.text and all(t.value.strip() for t in at.text)

    at.sidebar.selectbox[0].select("Sở Tư pháp").run()
    justice = [t for t in open_tasks if t.agency == "Sở Tư pháp"]
    assert at.metric[0].value == str(len(justice))


def test_empty_database_says_what_to_do(tmp_path, monkeypatch):
    monkeypatch.setenv("REGIMPACT_DB", str(tmp_path / "empty.db"))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert "regimpact demo" in at.info[0].value
