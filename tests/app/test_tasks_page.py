"""The tasks page with Streamlit's AppTest, on the demo data in a temporary database."""
import pytest
from streamlit.testing.v1 import AppTest

from pathlib import Path

from impact.api import load_demo
from impact.store import Store


APP = str(Path(__file__).resolve().parents[2] / "app.py")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("app") / "demo.db"
    load_demo(Store(path))
    return path


def test_tasks_page_lists_open_tasks_per_agency_with_evidence(demo_db, monkeypatch):
    monkeypatch.setenv("REGIMPACT_DB", str(demo_db))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert at.title[0].value == "Nhiệm vụ cập nhật quy trình"
    open_tasks = [t for t in Store(demo_db).tasks() if t.status in ("open", "in_progress")]
    assert at.metric[0].value == str(len(open_tasks))
    subheaders = [s.value for s in at.subheader]
    assert any(s.startswith("Văn phòng UBND tỉnh (") for s in subheaders)
    assert any("118/2025/NĐ-CP" in e.label for e in at.expander)
    assert any("thay thế" in t.value.lower() or "hết hiệu lực" in t.value for t in at.text)

    at.sidebar.selectbox[0].select("Sở Tư pháp").run()
    assert [s.value.split(" (")[0] for s in at.subheader] == ["Sở Tư pháp"]


def test_empty_database_says_what_to_do(tmp_path, monkeypatch):
    monkeypatch.setenv("REGIMPACT_DB", str(tmp_path / "empty.db"))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert "regimpact demo" in at.info[0].value
