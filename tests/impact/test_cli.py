"""The CLI end to end on temporary databases, with the shipped demo data."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from impact.cli import main

ROOT = Path(__file__).resolve().parents[2]
PROCEDURES = ROOT / "data" / "procedures"
REGISTRY = ROOT / "data" / "registry" / "documents.jsonl"


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    assert main(["--db", str(db), "demo"]) == 0
    return db


def test_demo_analyze_export_gives_tasks_of_several_kinds_with_evidence(demo_db, capsys):
    assert run(capsys, "--db", str(demo_db), "analyze")[0] == 0
    code, out, _ = run(capsys, "--db", str(demo_db), "tasks", "export", "--format", "json")
    tasks = json.loads(out)
    assert code == 0 and tasks
    assert len({t["change"] for t in tasks}) >= 3
    assert all(t["evidence"].strip() for t in tasks)
    assert set(tasks[0]) == {"key", "agency", "procedure", "procedure_title", "cited", "cited_articles", "trigger",
                             "change", "severity", "due", "status", "evidence"}
    replaced = [t for t in tasks if t["cited"] == "61/2018/NĐ-CP" and t["change"] == "replaces"]
    assert replaced and all(t["trigger"] == "118/2025/NĐ-CP" and t["severity"] == "high" for t in replaced)
    assert all(t["due"] == "2025-10-01" for t in replaced)


def test_reimport_and_reanalysis_never_duplicates_and_keeps_status(tmp_path, capsys):
    db = str(tmp_path / "twice.db")
    for _ in range(2):
        assert run(capsys, "--db", db, "import-docs", str(REGISTRY))[0] == 0
        for agency in sorted(PROCEDURES.iterdir()):
            assert run(capsys, "--db", db, "import-procedures", str(agency))[0] == 0
        assert run(capsys, "--db", db, "analyze")[0] == 0
    first = json.loads(run(capsys, "--db", db, "tasks", "export", "--format", "json")[1])
    key = first[0]["key"]
    assert run(capsys, "--db", db, "tasks", "update", key, "--status", "in_progress", "--assignee", "Trần Văn An",
               "--note", "Đang rà soát", "--actor", "an")[0] == 0
    _, _, err = run(capsys, "--db", db, "import-procedures", *map(str, sorted(PROCEDURES.iterdir())))
    assert "0 đã nhập" in err
    assert run(capsys, "--db", db, "analyze")[0] == 0
    second = json.loads(run(capsys, "--db", db, "tasks", "export", "--format", "json")[1])
    assert len(second) == len(first) == len({t["key"] for t in second})
    assert {t["key"] for t in second} == {t["key"] for t in first}
    assert next(t for t in second if t["key"] == key)["status"] == "in_progress"


def test_bad_files_are_reported_by_name_and_the_rest_is_imported(tmp_path, capsys):
    folder = tmp_path / "Sở Thử nghiệm"
    shutil.copytree(next(p for p in sorted(PROCEDURES.iterdir()) if p.is_dir()), folder)
    good = len([p for p in folder.rglob("*") if p.suffix in (".docx", ".md", ".txt")])
    (folder / "hong.docx").write_bytes(b"PK\x03\x04 this is not a complete zip archive")
    (folder / "rong.md").write_text("")
    db = str(tmp_path / "bad.db")
    code, _, err = run(capsys, "--db", db, "import-procedures", str(folder))
    assert code == 1
    assert "hong.docx: tệp .docx bị hỏng" in err
    assert "rong.md: tệp rỗng" in err
    assert f"{good} đã nhập" in err and "2 lỗi" in err
    exported = [json.loads(line) for line in run(capsys, "--db", db, "procedures", "export")[1].splitlines()]
    assert len(exported) == good and all(p["agency"] == "Sở Thử nghiệm" for p in exported)


def test_failed_document_import_changes_nothing(tmp_path, capsys):
    db = str(tmp_path / "docs.db")
    bad = tmp_path / "bad.jsonl"
    lines = REGISTRY.read_text(encoding="utf-8").splitlines()[:5]
    bad.write_text("\n".join([*lines, '{"number": "61/2018/NĐ-CP", "status": "vanished"}', "not json"]) + "\n")
    code, _, err = run(capsys, "--db", db, "import-docs", str(bad))
    assert code == 1 and "dòng 6" in err and "dòng 7" in err
    assert run(capsys, "--db", db, "docs", "export")[1] == ""


def test_docs_export_reads_back(tmp_path, capsys, demo_db):
    exported = tmp_path / "docs.jsonl"
    assert run(capsys, "--db", str(demo_db), "docs", "export", "-o", str(exported))[0] == 0
    db = str(tmp_path / "copy.db")
    code, _, err = run(capsys, "--db", db, "import-docs", str(exported))
    assert code == 0
    count = len(exported.read_text(encoding="utf-8").splitlines())
    assert count >= 150 and f"Văn bản: {count} mới" in err


def test_extract_reads_like_text_mode_and_prints_title_mentions(tmp_path, capsys):
    # Offsets index the text as read with universal newlines; a law named in a decree's title is a
    # citation too (the contract's fields only: whether it stands in a title is not printed).
    text = tmp_path / "crlf.md"
    text.write_bytes("Căn cứ pháp lý\r\n- Nghị định số 01/2013/NĐ-CP ngày 03/01/2013 của Chính phủ quy định chi tiết thi "
                     "hành một số điều của Luật Lưu trữ;\r\n- Luật Lưu trữ năm 2011;\r\n".encode("utf-8"))
    missing = tmp_path / "missing.md"
    code, out, err = run(capsys, "extract", str(text), str(missing))
    lines = [json.loads(line) for line in out.splitlines()]
    read = text.read_text(encoding="utf-8")
    assert code == 1 and "missing.md" in err
    assert [c["surface"] for c in lines] == ["Nghị định số 01/2013/NĐ-CP", "Luật Lưu trữ", "Luật Lưu trữ năm 2011"]
    assert all("in_title" not in c for c in lines)
    assert all(read[c["start"]:c["end"]] == c["surface"] and c["file"] == str(text) for c in lines)


def test_extract_imports_no_database_graph_or_spacy(tmp_path):
    # `regimpact extract` is the bulk path: its start must not pay for the store, the graph or spaCy.
    text = tmp_path / "a.txt"
    text.write_text("Căn cứ Nghị định số 61/2018/NĐ-CP.", encoding="utf-8")
    probe = (
        "import sys, io, contextlib\n"
        "from impact.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['extract', {str(text)!r}])\n"
        "print(sorted(m for m in ('sqlalchemy', 'spacy', 'networkx', 'rapidfuzz') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip() == "[]"


def test_extract_and_relations_print_json_lines(tmp_path, capsys):
    text = tmp_path / "a.txt"
    text.write_text("Căn cứ Nghị định số 61/2018/ND-CP ngày 23/4/2018 của Chính phủ; Luật Đất đai năm 2013.\n",
                    encoding="utf-8")
    code, out, _ = run(capsys, "extract", str(text))
    citations = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and citations[0]["number"] == "61/2018/NĐ-CP"
    assert citations[0]["surface"] == text.read_text(encoding="utf-8")[citations[0]["start"]:citations[0]["end"]]
    other = tmp_path / "b.txt"
    other.write_text("Nghị định này thay thế Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ.\n",
                     encoding="utf-8")
    code, out, _ = run(capsys, "relations", str(text), str(other))
    relations = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and {"type": "replaces", "target": "61/2018/NĐ-CP"}.items() <= relations[-1].items()
    assert relations[-1]["file"] == str(other)


def test_extract_and_relations_with_several_workers_print_what_one_prints(tmp_path):
    # Files spread over worker processes: the same lines in the order of the files given, and an
    # unreadable file still reported.
    texts = sorted(PROCEDURES.rglob("*.md"))[:6]
    assert len(texts) == 6
    files = [*map(str, texts[:3]), str(tmp_path / "missing.md"), *map(str, texts[3:]), str(next(PROCEDURES.rglob("*.docx")))]
    script = Path(sys.executable).parent / "regimpact"
    for command in ("extract", "relations"):
        runs = [subprocess.run([str(script), command, "--workers", workers, *files], capture_output=True, text=True,
                               timeout=120) for workers in ("1", "3")]
        sequential, parallel = runs
        assert sequential.returncode == parallel.returncode == 1
        assert "missing.md" in parallel.stderr and sequential.stderr == parallel.stderr
        assert parallel.stdout == sequential.stdout
        printed = [json.loads(line)["file"] for line in parallel.stdout.splitlines()]
        assert printed == sorted(printed, key=files.index) and len(set(printed)) >= 5
    # Standard input is read by the command itself: workers have none.
    piped = subprocess.run([str(script), "extract", "--workers", "2", "-", files[0]], input="Căn cứ Luật số 45/2013/QH13.",
                           capture_output=True, text=True, timeout=120)
    assert piped.returncode == 0 and json.loads(piped.stdout.splitlines()[0])["number"] == "45/2013/QH13"


def test_report_graph_validity_and_suggestions(demo_db, tmp_path, capsys):
    for fmt in ("md", "html", "docx", "xlsx", "csv", "json"):
        out = tmp_path / f"report.{fmt}"
        assert run(capsys, "--db", str(demo_db), "report", "--week", "2025-W24", "--format", fmt, "-o", str(out))[0] == 0
        assert out.stat().st_size > 0
    assert run(capsys, "--db", str(demo_db), "report", "--week", "2025-24", "--format", "md")[0] == 1
    code, out, _ = run(capsys, "--db", str(demo_db), "graph", "export", "--format", "json", "--document", "61/2018/ND-CP")
    assert code == 0 and any(n["id"] == "doc:118/2025/NĐ-CP" for n in json.loads(out)["nodes"])
    code, out, _ = run(capsys, "--db", str(demo_db), "validity", "--on", "2026-01-01")
    assert code == 0 and all("valid" in json.loads(line) for line in out.splitlines())
    code, out, _ = run(capsys, "--db", str(demo_db), "tasks", "suggest")
    assert code == 0 and any(json.loads(line)["action"] == "replace" for line in out.splitlines())


def test_the_installed_console_script_runs(tmp_path):
    script = Path(sys.executable).parent / "regimpact"
    db = tmp_path / "script.db"
    result = subprocess.run([str(script), "--db", str(db), "demo"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    result = subprocess.run([str(script), "--db", str(db), "tasks", "export", "--format", "csv"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and result.stdout.startswith("\ufeffkey,agency,procedure")


TCVN3_LINE = "C¨n cø NghÞ ®Þnh sè 61/2018/N§-CP ngµy 23 th¸ng 4 n¨m 2018 cña ChÝnh phñ.\n"  # typed in .VnTime


@pytest.mark.parametrize("name, payload", [
    ("utf16.txt", "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018.\n".encode("utf-16")),
    ("tcvn3-as-utf8.txt", TCVN3_LINE.encode("utf-8")),
])
def test_extract_reads_every_encoding_a_text_file_comes_in(tmp_path, capsys, name, payload):
    path = tmp_path / name
    path.write_bytes(payload)
    code, out, _ = run(capsys, "extract", str(path))
    (citation,) = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and citation["number"] == "61/2018/NĐ-CP" and citation["surface"] == "Nghị định số 61/2018/NĐ-CP"


def test_extract_reads_procedure_files_and_reports_unreadable_ones(tmp_path, capsys):
    docx = next(PROCEDURES.rglob("*.docx"))
    broken = tmp_path / "hong.docx"
    broken.write_bytes(b"PK\x03\x04 truncated")
    code, out, err = run(capsys, "extract", str(docx), str(broken))
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 1 and records and {r["file"] for r in records} == {str(docx)}
    assert "hong.docx" in err
