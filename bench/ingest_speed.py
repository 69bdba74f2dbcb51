"""Files per second for reading and importing procedure files: .docx and .pdf (text layer).

Generates N procedures per format (the makers of the reader tests: header table, numbering,
legal basis in a table, a TCVN3 run; the PDF with a two-column header and a ruled table), then
times (1) reading alone, in worker processes as the import does, and (2) the whole import
(read, metadata, citations, resolution, one transaction) into a fresh SQLite store.

    .venv/bin/python bench/ingest_speed.py [--count 500] [--workers N]
"""
from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from impact.ingest import import_procedures  # noqa: E402
from impact.readers import ReadText  # noqa: E402
from impact.readers.isolation import default_workers, read_files  # noqa: E402
from impact.store import Store  # noqa: E402
from tests.impact.builders import document  # noqa: E402
from tests.impact.readers.makers import procedure_docx, procedure_pdf  # noqa: E402


def _legal_basis(index: int) -> list[str]:
    return [f"Nghị định số {index % 200 + 1}/20{10 + index % 15}/NĐ-CP ngày 01/02/2020 của Chính phủ;",
            f"Thông tư số {index % 40 + 1}/2021/TT-BTP ngày 05/3/2021 của Bộ Tư pháp;",
            "Luật Lý lịch tư pháp số 28/2009/QH12 ngày 17/6/2009."]


def _make(job: tuple[Path, str, int]) -> Path:
    path, kind, index = job
    if kind == "docx":
        return procedure_docx(path, code=f"QT-{index:04d}", legal_basis_rows=_legal_basis(index))
    return procedure_pdf(path, code=f"QT-{index:04d}", legal_basis=_legal_basis(index))


def generate(folder: Path, kind: str, count: int, workers: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    jobs = [(folder / f"qt-{index:04d}.{kind}", kind, index) for index in range(count)]
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        return pool.map(_make, jobs, chunksize=8)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--workers", type=int, default=default_workers())
    args = parser.parse_args()
    print(f"{args.count} procedures per format, {args.workers} worker(s), load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory(prefix="regimpact-bench-") as root:
        for kind in ("docx", "pdf"):
            started = time.perf_counter()
            paths = generate(Path(root) / kind / "Sở Tư pháp", kind, args.count, args.workers)
            made = time.perf_counter() - started
            started = time.perf_counter()
            results = [r for _, r in read_files(paths, workers=args.workers)]
            read = time.perf_counter() - started
            failed = sum(not isinstance(r, ReadText) for r in results)
            store = Store(Path(root) / f"{kind}.db")
            store.upsert_documents([document(f"{n}/2018/NĐ-CP") for n in range(1, 201)])
            started = time.perf_counter()
            report = import_procedures(store, [paths[0].parent], workers=args.workers)
            whole = time.perf_counter() - started
            started = time.perf_counter()
            again = import_procedures(store, [paths[0].parent], workers=args.workers)
            rescan = time.perf_counter() - started
            size = sum(p.stat().st_size for p in paths) / len(paths) / 1024
            print(f".{kind:<5} {size:5.1f} KB/file  generated in {made:5.1f} s | read {len(paths) / read:6.1f} files/s"
                  f" | import {len(paths) / whole:6.1f} files/s ({report.count('imported')} imported, "
                  f"{failed} unreadable) | unchanged re-scan {len(paths) / rescan:7.1f} files/s "
                  f"({again.count('unchanged')} unchanged)")


if __name__ == "__main__":
    main()
