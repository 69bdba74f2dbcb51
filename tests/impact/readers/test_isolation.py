"""Reading in worker processes: a file that never finishes is stopped, with what it started; one
that eats memory is stopped; the others are read in order."""
import os
import shutil
import time
from pathlib import Path

import pytest

from impact.readers import (
    ReadFailed,
    ReadLimits,
    ReadText,
    ReadTimedOut,
    UnreadableFile,
    isolation,
)
from impact.readers.isolation import read_files

FIXTURE = Path(__file__).parent / "files" / "procedure.doc"


def _write(tmp_path, name, text="QUY TRÌNH\nMã hiệu: QT-01\n"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_results_come_back_in_order_with_errors_in_place(tmp_path):
    paths = [_write(tmp_path, f"qt{i}.txt", f"QUY TRÌNH {i}\n") for i in range(5)]
    paths.insert(2, tmp_path / "missing.txt")
    results = list(read_files(paths, workers=2))
    assert [p for p, _ in results] == paths
    assert [r.text if isinstance(r, ReadText) else type(r).__name__ for _, r in results] == [
        "QUY TRÌNH 0\n", "QUY TRÌNH 1\n", "UnreadableFile", "QUY TRÌNH 2\n", "QUY TRÌNH 3\n", "QUY TRÌNH 4\n"]
    assert str(results[2][1]) == "Tệp missing.txt: không đọc được tệp (No such file or directory); hãy kiểm tra quyền truy cập"


def test_a_reader_stuck_in_a_loop_is_killed_and_the_batch_goes_on(tmp_path, monkeypatch):
    real = isolation.read_procedure_file

    def stuck_on_bad(path, limits):
        if path.name == "bad.txt":
            while True:  # a parser that never returns
                pass
        return real(path, limits)

    monkeypatch.setattr(isolation, "read_procedure_file", stuck_on_bad)  # workers are forked: they see it
    paths = [_write(tmp_path, "a.txt"), _write(tmp_path, "bad.txt"), _write(tmp_path, "b.txt")]
    started = time.monotonic()
    results = dict(read_files(paths, ReadLimits(timeout_seconds=1.5), workers=2))
    assert time.monotonic() - started < 10
    assert isinstance(results[paths[0]], ReadText) and isinstance(results[paths[2]], ReadText)
    assert isinstance(results[paths[1]], ReadTimedOut)
    assert str(results[paths[1]]) == ("Tệp bad.txt: đọc quá 1.5 giây nên đã dừng; tệp có thể quá phức tạp hoặc bị hỏng — "
                                      "hãy mở và lưu lại, hoặc tăng giới hạn (--timeout)")


@pytest.mark.skipif(not shutil.which("catdoc"), reason="catdoc is not installed (system-packages.txt)")
def test_a_doc_that_hangs_the_converter_is_stopped_with_the_converter(tmp_path):
    # A real pathological file: catdoc 0.95 loops forever on a .doc whose streams are zeroed.
    raw = FIXTURE.read_bytes()
    path = tmp_path / "treo.doc"
    path.write_bytes(raw[:512] + b"\x00" * (len(raw) - 512))
    (result,) = [r for _, r in read_files([path], ReadLimits(timeout_seconds=2))]
    assert isinstance(result, ReadTimedOut) and "treo.doc" in str(result)
    deadline = time.monotonic() + 5
    while _catdoc_processes_on(path) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _catdoc_processes_on(path)


def _catdoc_processes_on(path: Path) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                command = Path(f"/proc/{entry}/cmdline").read_bytes().split(b"\0")
                state = Path(f"/proc/{entry}/stat").read_text().split(")")[-1].split()[0]
            except OSError:
                continue
            if command and command[0].endswith(b"catdoc") and state != "Z" and b"regimpact-doc-" in b" ".join(command):
                found.append(int(entry))
    return found


def test_a_reader_that_eats_memory_is_stopped(tmp_path, monkeypatch):
    def greedy(path, limits):
        hog = bytearray(3 * 1_073_741_824)  # 3 GB over a 256 MB allowance
        return ReadText(str(len(hog)), "utf-8")

    monkeypatch.setattr(isolation, "read_procedure_file", greedy)
    (result,) = [r for _, r in read_files([_write(tmp_path, "x.txt")], ReadLimits(max_memory_bytes=256 * 1_048_576))]
    assert isinstance(result, ReadFailed)
    assert str(result).startswith("Tệp x.txt: lỗi không mong đợi khi đọc tệp (cần hơn 0.25 GB bộ nhớ)")


def test_unreadable_file_survives_the_process_boundary(tmp_path):
    (result,) = [r for _, r in read_files([_write(tmp_path, "form.xls")])]
    assert isinstance(result, UnreadableFile) and type(result).__name__ == "UnsupportedFormat"
    assert result.path.name == "form.xls" and "định dạng .xls" in result.reason
