"""The task list's DOCX export, the filter behind every export, and the report's SVG charts."""
import io

from docx import Document

from impact import queries
from impact.exports import TASK_EXPORTERS, tasks_docx
from ui.charts import horizontal_bars, weekly_columns
from ui.graphview import to_svg, visible_nodes


def test_task_docx_lists_the_filtered_tasks_in_vietnamese(sample_db):
    where = queries.TaskFilter(agency="Sở Tư pháp", severities=("high",))
    tasks = queries.task_list(sample_db, where)
    assert len(tasks) == 3 and sum(queries.task_counts(sample_db, where).values()) == 3
    document = Document(io.BytesIO(tasks_docx(tasks, subheading="Phạm vi: Sở Tư pháp")))
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells][:3] == ["Cơ quan", "Mã quy trình", "Văn bản được viện dẫn"]
    assert len(table.rows) == 4
    assert {row.cells[5].text for row in table.rows[1:]} == {"Cao"}
    assert any("Phạm vi: Sở Tư pháp" in p.text for p in document.paragraphs)
    assert TASK_EXPORTERS["docx"] is tasks_docx


def test_task_keys_and_paging_follow_the_same_filter(sample_db):
    where = queries.TaskFilter(statuses=("open",), text="61/2018")
    keys = queries.task_keys(sample_db, where)
    assert keys == [t.key for t in queries.task_list(sample_db, where)]
    assert len(keys) == 4
    assert [t.key for t in queries.task_list(sample_db, where, limit=2)] == keys[:2]


def test_chart_labels_are_escaped():
    svg = horizontal_bars([("<script>alert(1)</script>", {"Cao": 2})], {"Cao": "#c0392b"})
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    trend = weekly_columns(["2026-W47", "2026-W48"], {"Cao": [1, 2]}, {"Cao": "#c0392b"}, [3, 4], "Văn bản <b>")
    assert trend.startswith("<svg") and "<b>" not in trend and "&lt;b&gt;" in trend


def test_graph_drawing_escapes_labels_and_keeps_the_nearest_nodes(sample_db):
    graph = queries.graph_around(sample_db, document="45/2020/NĐ-CP", depth=2)
    seeds = ["doc:45/2020/NĐ-CP"]
    graph.nodes["proc:Sở Nội vụ/QT-VT-01"]["agency"] = "<script>x</script>"
    svg = to_svg(graph, list(graph.nodes), seeds=seeds, selected="doc:99/2026/NĐ-CP")
    assert svg.startswith("<svg") and "<script>" not in svg and "&lt;script&gt;" in svg
    assert svg.count("<rect") == graph.number_of_nodes()
    assert svg.count("marker-end") == len({(u, v, d["type"]) for u, v, d in graph.edges(data=True)})
    nearest = visible_nodes(graph, seeds, limit=3)
    assert nearest[0] == "doc:45/2020/NĐ-CP" and len(nearest) == 3


def test_inline_edits_become_task_updates():
    import pandas as pd

    from ui.format import edited_fields

    original = pd.DataFrame({"Trạng thái": ["Chưa xử lý", "Chưa xử lý"], "Người phụ trách": ["", "An"],
                             "Ghi chú": ["", ""]}, index=["a", "b"])
    edited = original.copy()
    edited.at["a", "Trạng thái"] = "Đang xử lý"
    edited.at["b", "Người phụ trách"] = " Bình "
    edited.at["b", "Ghi chú"] = None
    assert edited_fields(original, edited) == {"a": {"status": "in_progress"}, "b": {"assignee": "Bình"}}
    assert edited_fields(original, original.copy()) == {}


def test_task_history_is_the_one_the_store_gives(sample_db):
    task = sample_db.tasks()[0]
    sample_db.update_task(task.key, actor="Nguyễn Văn A", status="done", note="xong")
    stored = next(t for t in sample_db.tasks(with_history=True) if t.key == task.key)
    assert queries.task_history(sample_db, task.key) == list(stored.history)
    assert [e["field"] for e in stored.history] == ["created", "status", "note"]
