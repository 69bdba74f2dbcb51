import datetime as dt
import io
import json

import networkx as nx

from impact.graph import build_graph, export_graph, neighbourhood
from impact.models import Task
from impact.suggest import basis_entry, suggest
from impact.validity import Timeline
from tests.impact.builders import document, procedure, relation

OLD = document("61/2018/NĐ-CP", issued="2018-04-23", effective="2018-06-21", title="Về thực hiện cơ chế một cửa")
AMENDING = document("107/2021/NĐ-CP", issued="2021-12-06", effective="2021-12-06",
                    relations=[relation("amends", "61/2018/NĐ-CP", ["Điều 5"])])
NEW = document("118/2025/NĐ-CP", issued="2025-06-09", effective="2025-07-01",
               title="Về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông",
               relations=[relation("replaces", "61/2018/NĐ-CP"), relation("replaces", "107/2021/NĐ-CP")])
TIMELINE = Timeline([OLD, AMENDING, NEW])


def test_document_state_on_a_day():
    assert TIMELINE.state_on("61/2018/NĐ-CP", dt.date(2018, 5, 1)).state == "not_yet_in_force"
    in_2022 = TIMELINE.state_on("61/2018/NĐ-CP", dt.date(2022, 1, 1))
    assert in_2022.state == "in_force" and in_2022.amended_by == ("107/2021/NĐ-CP",)
    in_2025 = TIMELINE.state_on("61/2018/NĐ-CP", dt.date(2025, 7, 1))
    assert (in_2025.state, in_2025.ended, in_2025.ended_by) == ("expired", "2025-07-01", "118/2025/NĐ-CP")
    assert TIMELINE.state_on("99/2099/NĐ-CP", dt.date(2025, 1, 1)).state == "unknown"


def test_procedure_basis_validity_over_time():
    proc = procedure("QT-01", [("61/2018/NĐ-CP", []), ("107/2021/NĐ-CP", [])])
    assert TIMELINE.basis_on(proc, dt.date(2024, 1, 1)).valid is True
    late = TIMELINE.basis_on(proc, dt.date(2025, 8, 1))
    assert late.valid is False and {d.state for d in late.documents} == {"expired"}
    assert TIMELINE.basis_on(proc, dt.date(2020, 1, 1)).valid is False  # 107/2021 not yet in force


def _task(change, cited, trigger, successor=None):
    return Task(key="k", agency="Sở Tư pháp", procedure="QT-01", procedure_title="Tiếp nhận hồ sơ", cited=cited,
                cited_articles=(), trigger=trigger, change=change, severity="high", due=None, status="open",
                evidence="", successor=successor)


def test_suggested_lines():
    docs = {d.number: d for d in (OLD, AMENDING, NEW)}
    proc = procedure("QT-01", [("61/2018/NĐ-CP", [])])
    replaced = suggest(_task("replaces", "61/2018/NĐ-CP", "118/2025/NĐ-CP", "118/2025/NĐ-CP"), proc, docs)
    assert replaced.action == "replace" and replaced.old_line == "Nghị định số 61/2018/NĐ-CP"
    assert replaced.new_line == ("Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện "
                                 "thủ tục hành chính theo cơ chế một cửa, một cửa liên thông;")
    amended = suggest(_task("amends", "61/2018/NĐ-CP", "107/2021/NĐ-CP"), proc, docs)
    assert amended.action == "amend" and amended.new_line.startswith(
        "Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, "
        "được sửa đổi, bổ sung bởi Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021")
    law = document("31/2024/QH15", issued="2024-01-18", title="Luật Đất đai", doc_type="Luật")
    assert basis_entry(law, law.number) == "Luật Đất đai số 31/2024/QH15 ngày 18 tháng 1 năm 2024"


def test_graph_export_round_trips_and_neighbourhoods():
    graph = build_graph([OLD, AMENDING, NEW], [procedure("QT-01", [("61/2018/NĐ-CP", ["Điều 5"])])])
    around = neighbourhood(graph, ["proc:Sở Tư pháp/QT-01"], depth=1)
    assert set(around) == {"proc:Sở Tư pháp/QT-01", "doc:61/2018/NĐ-CP"}
    replaced_only = neighbourhood(graph, ["doc:61/2018/NĐ-CP"], depth=1, relations={"replaces"})
    assert set(replaced_only) == {"doc:61/2018/NĐ-CP", "doc:118/2025/NĐ-CP"}
    back = nx.read_graphml(io.BytesIO(export_graph(graph, "graphml")))
    assert back.number_of_nodes() == graph.number_of_nodes() and back.number_of_edges() == graph.number_of_edges()
    assert back.nodes["doc:118/2025/NĐ-CP"]["issued"] == "2025-06-09"
    gexf = nx.read_gexf(io.BytesIO(export_graph(graph, "gexf")))
    assert gexf.number_of_edges() == graph.number_of_edges()
    data = json.loads(export_graph(graph, "json"))
    assert {e["type"] for e in data["edges"]} == {"amends", "replaces", "cites"}


def test_relations_of_one_type_to_one_document_merge_into_one_edge():
    from tests.impact.builders import document, relation

    amending = document("281/2026/NĐ-CP", relations=[
        relation("amends", "123/2024/NĐ-CP", ["Điều 3a"], "Bổ sung Điều 3a ..."),
        relation("amends", "123/2024/NĐ-CP", ["khoản 2 Điều 4"], "Bổ sung điểm b khoản 2 Điều 4 ..."),
        relation("repeals", "123/2024/NĐ-CP", ["điểm c khoản 3 Điều 4"], "Bãi bỏ ..."),
    ])
    graph = build_graph([document("123/2024/NĐ-CP"), amending], [])
    edges = graph.get_edge_data("doc:281/2026/NĐ-CP", "doc:123/2024/NĐ-CP")
    assert edges["amends"]["articles"] == ["Điều 3a", "khoản 2 Điều 4"]
    assert edges["amends"]["evidence"] == "Bổ sung Điều 3a ... Bổ sung điểm b khoản 2 Điều 4 ..."
    assert edges["repeals"]["articles"] == ["điểm c khoản 3 Điều 4"]
