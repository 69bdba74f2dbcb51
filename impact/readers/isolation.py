"""Reading files in worker processes, each under a wall-clock and a memory limit.

A pathological file (a PDF whose layout never ends, a converter that hangs) must not stop a batch.
A signal alarm cannot interrupt C code (pdfminer's parser, zlib, lxml) nor run outside the main
thread (Streamlit); a worker process can always be killed. Each file gets its own short-lived
worker, in a process group of its own so that the programs it starts (catdoc, tesseract,
LibreOffice) die with it; up to `workers` files are read at once.

Workers are forked (see `_context`) and read files one after the other; a worker is replaced when
it is killed.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections import deque
from multiprocessing.connection import wait
from pathlib import Path
from typing import Callable, Iterable, Iterator

from impact.readers import read_procedure_file
from impact.readers.base import DEFAULT_LIMITS, ReadLimits, ReadText
from impact.readers.errors import ReadFailed, ReadTimedOut, UnreadableFile


def default_workers() -> int:
    """One worker per core."""
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def _limit_memory(extra_bytes: int) -> None:
    # The limit is on address space: the worker starts with its parent's mappings, so it gets
    # those plus `extra_bytes`.
    import resource

    try:
        with open("/proc/self/status", encoding="ascii") as status:
            current = next((int(line.split()[1]) * 1024 for line in status if line.startswith("VmSize:")), 0)
    except OSError:
        current = 0
    limit = current + extra_bytes
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _read_one(path: Path, limits: ReadLimits, then):
    try:
        result = read_procedure_file(path, limits)
        return "ok", (result, then(result)) if then else result
    except UnreadableFile as error:
        return "error", error
    except MemoryError:
        return "memory", ReadFailed(path, f"cần hơn {limits.max_memory_bytes / 1_073_741_824:g} GB bộ nhớ")
    except Exception as error:  # noqa: BLE001 - reported per file, with its type, at the edge
        return "error", ReadFailed(path, f"{type(error).__name__}: {error}"[:300])


def _serve(connection, limits: ReadLimits, then) -> None:
    """Worker body: read the files the parent sends, one at a time, until it sends None."""
    try:
        os.setpgid(0, 0)
    except OSError:
        pass
    if limits.max_memory_bytes:
        _limit_memory(limits.max_memory_bytes)
    try:
        while True:
            try:
                job = connection.recv()
            except EOFError:
                break
            if job is None:
                break
            path = job
            kind, value = _read_one(path, limits, then)
            connection.send((kind, value))
            if kind == "memory":
                break  # the heap may be fragmented past use: the parent starts a fresh worker
    finally:
        connection.close()


# Imported once in the parent, so that each forked worker starts with the readers loaded
# (importing pdfplumber alone costs more than reading a small file).
_READER_MODULES = ["impact.readers.docx", "impact.readers.pdf", "impact.readers.doc", "impact.readers.text",
                   "impact.readers.html",
                   "impact.readers.ocr", "pdfplumber"]


def _preload() -> None:
    import importlib

    for name in _READER_MODULES:
        importlib.import_module(name)


def _context():
    # fork: the worker starts at once with the readers loaded, and needs no importable __main__
    # (forkserver and spawn re-run the host's main module, which a Streamlit or test host may not
    # allow). In a threaded host (Streamlit) a forked child holds only the forking thread; CPython
    # re-initialises its own locks (imports, logging) after fork, and the readers start no threads.
    if "fork" in multiprocessing.get_all_start_methods():
        _preload()
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _kill(process) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError, OSError):
        process.kill()
    process.join(5)


class _Worker:
    """A worker process and the file it is reading."""

    def __init__(self, context, limits: ReadLimits, then):
        self.connection, child = context.Pipe(duplex=True)
        self.process = context.Process(target=_serve, args=(child, limits, then), daemon=True)
        self.process.start()
        child.close()
        self.job: tuple[int, Path] | None = None
        self.deadline = 0.0
        self.served = 0

    def give(self, index: int, path: Path, timeout: float) -> None:
        self.job = (index, path)
        self.deadline = time.monotonic() + timeout
        self.connection.send(path)

    def stop(self, *, kill: bool) -> None:
        if kill:
            _kill(self.process)
        else:
            try:
                self.connection.send(None)
            except OSError:
                pass
            self.process.join(5)
            if self.process.is_alive():
                _kill(self.process)
        self.connection.close()


# A worker is replaced after this many files, so that what a reader leaks does not pile up.
_FILES_PER_WORKER = 200


def read_files(paths: Iterable[Path], limits: ReadLimits = DEFAULT_LIMITS, *, workers: int | None = None,
               then: Callable[[ReadText], object] | None = None) -> Iterator[tuple[Path, object]]:
    """(path, ReadText or the UnreadableFile that says why not) for each path, in the given order.

    Files are read by up to `workers` (default: one per core) worker processes. A worker still on
    one file after `limits.timeout_seconds` is killed with whatever it started, the file is
    reported as timed out and a fresh worker takes the next file. `then`, a module-level
    function, is applied to each ReadText in the worker, under the same time limit; the result
    is then (ReadText, then(ReadText)).
    """
    pending = deque(enumerate(Path(p) for p in paths))
    if not pending:
        return
    workers = min(workers or default_workers(), len(pending))
    context = _context()
    idle: list[_Worker] = [_Worker(context, limits, then) for _ in range(workers)]
    busy: dict = {}  # connection → worker
    done: dict[int, tuple[Path, ReadText | UnreadableFile]] = {}
    next_index = 0
    try:
        while pending or busy:
            while pending and idle:
                worker = idle.pop()
                index, path = pending.popleft()
                worker.give(index, path, limits.timeout_seconds)
                busy[worker.connection] = worker
            nearest = min(w.deadline for w in busy.values())
            for connection in wait(list(busy), timeout=max(0.0, nearest - time.monotonic())):
                worker = busy.pop(connection)
                index, path = worker.job
                try:
                    kind, value = connection.recv()
                except (EOFError, OSError):
                    worker.process.join(5)
                    kind, value = "dead", ReadFailed(path, "tiến trình đọc tệp dừng bất thường (mã "
                                                           f"{worker.process.exitcode}), có thể do hết bộ nhớ")
                except Exception as error:  # noqa: BLE001 - an unpicklable result
                    kind, value = "error", ReadFailed(path, type(error).__name__)
                done[index] = (path, value)
                worker.served += 1
                if kind in ("memory", "dead") or worker.served >= _FILES_PER_WORKER:
                    worker.stop(kill=kind == "dead")
                    if pending:
                        idle.append(_Worker(context, limits, then))
                else:
                    idle.append(worker)
            now = time.monotonic()
            for connection, worker in list(busy.items()):
                if now >= worker.deadline:
                    index, path = worker.job
                    del busy[connection]
                    worker.stop(kill=True)
                    done[index] = (path, ReadTimedOut(path, limits.timeout_seconds))
                    if pending:
                        idle.append(_Worker(context, limits, then))
            while next_index in done:
                yield done.pop(next_index)
                next_index += 1
    finally:
        for worker in idle:
            worker.stop(kill=False)
        for worker in busy.values():
            worker.stop(kill=True)
