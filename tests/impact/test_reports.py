import csv
import datetime as dt
import io
import json
import zipfile
from dataclasses import replace

import pytest
from docx import Document
from openpyxl import load_workbook

from impact.analysis import analyze
from impact.reports import InvalidWeek, parse_week, render_report, weekly_report
from impact.store import Store
from tests.impact.builders import document, procedure, relation

WEEK = "2025-W24"  # 2025-06-09 .. 2025-06-15: 118/2025/NĐ-CP was issued on 09/06/2025


@pytest.fixture
def report_inputs(tmp_path):
    store = Store(tmp_path / "r.db")
    old = replace(document("61/2018/NĐ-CP", issued="2018-04-23", effective="2018-06-21"), collected="2018-04-25")
    new = replace(document("118/2025/NĐ-CP", issued="2025-06-09", effective="2025-07-01",
                           title="Về thực hiện thủ tục hành chính theo cơ chế một cửa <script>alert(1)</script>",
                           relations=[relation("replaces", "61/2018/NĐ-CP", [], "Nghị định này thay thế <b>61</b>")]),
                  collected="2025-06-10")
    late = replace(document("14/2020/NĐ-CP", issued="2020-01-01", effective="2020-01-01", status="expired",
                            expires="2024-01-01"), collected="2020-01-02")
    store.upsert_documents([old, new, late])
    procedures = [procedure("QT-01", [("61/2018/NĐ-CP", [])], agency="Sở Tư pháp"),
                  procedure("QT-02", [("14/2020/NĐ-CP", [])], agency="Sở Nội vụ")]
    store.sync_tasks(analyze(store.documents(), procedures))
    return store


def test_parse_week():
    assert parse_week("2026-W48") == (dt.date(2026, 11, 23), dt.date(2026, 11, 29))
    assert parse_week("2026-W01") == (dt.date(2025, 12, 29), dt.date(2026, 1, 4))
    for bad in ("2026-48", "2026-W54", "W48"):
        with pytest.raises(InvalidWeek):
            parse_week(bad)


def test_weekly_report_content(report_inputs):
    report = weekly_report(WEEK, report_inputs.documents(), report_inputs.tasks())
    assert [d.number for d in report.new_documents] == ["118/2025/NĐ-CP"]
    assert [(i.document.number, i.procedures) for i in report.relevant_documents] == [
        ("118/2025/NĐ-CP", ("Sở Tư pháp · QT-01",))]
    assert [t.trigger for t in report.new_tasks] == ["118/2025/NĐ-CP"]
    assert [d.document.number for d in report.upcoming] == ["118/2025/NĐ-CP"]  # effective 01/07/2025
    # QT-02's task (expired 01/01/2024, due 01/04/2024) is open and overdue at the week's end
    assert [t.procedure for t in report.overdue_tasks] == ["QT-02"]
    assert report.by_agency == {"Sở Nội vụ": {"high": 1, "medium": 0, "low": 0},
                                "Sở Tư pháp": {"high": 1, "medium": 0, "low": 0}}
    scoped = weekly_report(WEEK, report_inputs.documents(), report_inputs.tasks(), agency="Sở Nội vụ")
    assert scoped.new_tasks == () and [t.procedure for t in scoped.open_tasks] == ["QT-02"]


def test_every_format_renders_the_content(report_inputs):
    report = weekly_report(WEEK, report_inputs.documents(), report_inputs.tasks())
    md = render_report(report, "md").decode()
    assert "118/2025/NĐ-CP" in md and "Sở Tư pháp" in md and "QT-01" in md

    html = render_report(report, "html").decode()
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    assert "Nghị định này thay thế &lt;b&gt;61&lt;/b&gt;" in html

    payload = json.loads(render_report(report, "json"))
    assert payload["summary"]["new_documents"] == 1 and payload["new_tasks"][0]["change"] == "replaces"

    rows = list(csv.DictReader(io.StringIO(render_report(report, "csv").decode("utf-8-sig"))))
    assert [(r["procedure"], r["trigger"], r["severity"]) for r in rows] == [("QT-01", "118/2025/NĐ-CP", "high")]

    workbook = load_workbook(io.BytesIO(render_report(report, "xlsx")))
    assert workbook.sheetnames == ["Tổng hợp", "Nhiệm vụ", "Văn bản"]
    tasks = workbook["Nhiệm vụ"]
    assert tasks.auto_filter.ref and tasks["C2"].value == "QT-01" and tasks["I2"].value == "Cao"
    assert workbook["Văn bản"]["A2"].value == "118/2025/NĐ-CP"

    docx_bytes = render_report(report, "docx")
    assert zipfile.is_zipfile(io.BytesIO(docx_bytes))
    word = Document(io.BytesIO(docx_bytes))
    text = "\n".join(p.text for p in word.paragraphs)
    cells = "\n".join(c.text for t in word.tables for r in t.rows for c in r.cells)
    assert "BÁO CÁO" in text and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in cells and "Nơi nhận:" in cells
    assert "118/2025/NĐ-CP" in cells and "Độc lập - Tự do - Hạnh phúc" in cells
