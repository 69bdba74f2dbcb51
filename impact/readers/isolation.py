"""Reading files in worker processes, each under a wall-clock and a memory limit.

A pathological file (a PDF whose layout never ends, a converter that hangs) must not stop a batch.
A signal alarm cannot interrupt C code (pdfminer's parser, zlib, lxml) nor run outside the main
thread (Streamlit); a worker process can always be killed. Each file gets its own short-lived
worker, in a process group of its own so that the programs it starts (catdoc, tesseract,
LibreOffice) die with it; up to `workers` files are read at once.

Workers are forked when the caller has one thread (the CLI: cheapest), and come from a fork
server otherwise (forking a multi-threaded process can deadlock the child).
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from multiprocessing.connection import wait
from pathlib import Path
from typing import Iterable, Iterator

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


def _work(connection, path: Path, limits: ReadLimits) -> None:
    """Worker body: read one file, send back ("ok", ReadText) or ("error", UnreadableFile)."""
    try:
        os.setpgid(0, 0)
    except OSError:
        pass
    try:
        if limits.max_memory_bytes:
            _limit_memory(limits.max_memory_bytes)
        try:
            outcome = ("ok", read_procedure_file(path, limits))
        except UnreadableFile as error:
            outcome = ("error", error)
        except MemoryError:
            outcome = ("error", ReadFailed(path, f"cần hơn {limits.max_memory_bytes / 1_073_741_824:g} GB bộ nhớ"))
        except Exception as error:  # noqa: BLE001 - reported per file, with its type, at the edge
            outcome = ("error", ReadFailed(path, f"{type(error).__name__}: {error}"[:300]))
        connection.send(outcome)
    finally:
        connection.close()


def _context():
    method = "fork" if threading.active_count() == 1 else "forkserver"
    if method not in multiprocessing.get_all_start_methods():
        method = "spawn"
    return multiprocessing.get_context(method)


def _kill(process) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError, OSError):
        process.kill()
    process.join(5)


def read_files(paths: Iterable[Path], limits: ReadLimits = DEFAULT_LIMITS, *,
               workers: int | None = None) -> Iterator[tuple[Path, ReadText | UnreadableFile]]:
    """(path, ReadText or the UnreadableFile that says why not) for each path, in the given order.

    Each file is read in its own worker process, killed (with whatever it started) when it runs
    past `limits.timeout_seconds`; at most `workers` (default: one per core) run at once.
    """
    workers = workers or default_workers()
    context = _context()
    pending = deque(enumerate(Path(p) for p in paths))
    running: dict = {}  # connection → (index, path, process, deadline)
    done: dict[int, tuple[Path, ReadText | UnreadableFile]] = {}
    next_index = 0
    try:
        while pending or running:
            while pending and len(running) < workers:
                index, path = pending.popleft()
                receiver, sender = context.Pipe(duplex=False)
                process = context.Process(target=_work, args=(sender, path, limits), daemon=True)
                process.start()
                sender.close()
                running[receiver] = (index, path, process, time.monotonic() + limits.timeout_seconds)
            nearest = min(deadline for *_, deadline in running.values())
            for receiver in wait(list(running), timeout=max(0.0, nearest - time.monotonic())):
                index, path, process, _ = running.pop(receiver)
                try:
                    kind, value = receiver.recv()
                except (EOFError, OSError):
                    process.join(5)
                    value = ReadFailed(path, f"tiến trình đọc tệp dừng bất thường (mã {process.exitcode}), "
                                             "có thể do hết bộ nhớ")
                except Exception as error:  # noqa: BLE001 - an unpicklable result
                    value = ReadFailed(path, type(error).__name__)
                receiver.close()
                process.join(5)
                done[index] = (path, value)
            now = time.monotonic()
            for receiver, (index, path, process, deadline) in list(running.items()):
                if now >= deadline:
                    _kill(process)
                    receiver.close()
                    del running[receiver]
                    done[index] = (path, ReadTimedOut(path, limits.timeout_seconds))
            while next_index in done:
                yield done.pop(next_index)
                next_index += 1
    finally:
        for receiver, (_, _, process, _) in running.items():
            _kill(process)
            receiver.close()
