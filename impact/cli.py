"""The `regimpact` command. Each command parses its arguments, calls impact/ or nlp/, prints.

Heavy imports happen inside the commands, so that `regimpact extract` starts fast.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

EXIT_OK, EXIT_ERROR = 0, 1
LEGACY_SAMPLE = 65536  # characters of a text file looked at to recognise TCVN3/VNI


def _store(args):
    from impact.store import Store

    return Store(args.db)


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' không phải ngày dạng YYYY-MM-DD") from None


def _output(path: str | None, payload: bytes) -> None:
    if path and path != "-":
        Path(path).write_bytes(payload)
        print(f"Đã ghi {path}", file=sys.stderr)
    else:
        sys.stdout.buffer.write(payload)
        sys.stdout.flush()


def _print_counts(label: str, counts) -> None:
    print(f"{label}: {counts.new} mới, {counts.changed} thay đổi, {counts.unchanged} không đổi", file=sys.stderr)


def _print_ingest(report) -> None:
    for outcome in report.outcomes:
        if outcome.outcome == "failed":
            print(f"LỖI  {outcome.file}: {outcome.reason}", file=sys.stderr)
    print(
        f"Quy trình: {report.count('imported')} đã nhập, {report.count('unchanged')} không đổi, "
        f"{report.count('failed')} lỗi",
        file=sys.stderr,
    )


def cmd_demo(args) -> int:
    from impact.api import load_demo

    store = _store(args)
    if args.if_empty and store.document_count():
        print("Cơ sở dữ liệu đã có dữ liệu; bỏ qua nạp dữ liệu mẫu.", file=sys.stderr)
        return EXIT_OK
    summary = load_demo(store)
    _print_counts("Văn bản", summary.documents)
    _print_ingest(summary.procedures)
    _print_counts("Nhiệm vụ", summary.analysis.tasks)
    return EXIT_OK


def cmd_import_docs(args) -> int:
    from impact.api import import_document_lines
    from impact.documents import DocumentFileError

    store = _store(args)
    try:
        if args.file == "-":
            counts = import_document_lines(store, sys.stdin, "<stdin>")
        else:
            with open(args.file, encoding="utf-8") as lines:
                counts = import_document_lines(store, lines, args.file)
    except (OSError, UnicodeDecodeError) as error:
        print(f"Không đọc được {args.file}: {error}", file=sys.stderr)
        return EXIT_ERROR
    except DocumentFileError as error:
        print(error, file=sys.stderr)
        return EXIT_ERROR
    _print_counts("Văn bản", counts)
    return EXIT_OK


def cmd_docs_export(args) -> int:
    import io

    from impact.documents import write_document_lines

    buffer = io.StringIO()
    write_document_lines(_store(args).documents(), buffer)
    _output(args.output, buffer.getvalue().encode("utf-8"))
    return EXIT_OK


_OUTCOME_LABELS = {"imported": "ĐÃ NHẬP", "unchanged": "KHÔNG ĐỔI", "skipped": "BỎ QUA", "failed": "LỖI"}
_LEGACY_NAMES = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI"}


def _print_import_report(report, *, quiet_unchanged: bool = False) -> None:
    """One line per file (imported with its version, unchanged, skipped or failed with why), then totals."""
    for outcome in report.outcomes:
        if quiet_unchanged and outcome.outcome == "unchanged":
            continue
        line = f"{_OUTCOME_LABELS.get(outcome.outcome, outcome.outcome):<10} {outcome.file}"
        if outcome.procedure:
            line += f" → {outcome.procedure}"
            if outcome.version:
                line += f" (phiên bản {outcome.version})"
        notes = []
        if outcome.legacy:
            notes.append("đã chuyển mã " + " + ".join(_LEGACY_NAMES.get(e, e) for e in outcome.legacy.split("+"))
                         + " sang Unicode")
        if outcome.converter == "tesseract":
            notes.append("đã nhận dạng OCR")
        notes.extend(outcome.notes)
        if notes:
            line += " [" + "; ".join(notes) + "]"
        if outcome.reason:
            line += f": {outcome.reason}"
        print(line, file=sys.stderr)
    print(
        f"Quy trình: {report.count('imported')} đã nhập, {report.count('unchanged')} không đổi, "
        f"{report.count('skipped')} bỏ qua, {report.count('failed')} lỗi"
        + (f"; {len(report.converted)} tệp đã chuyển mã TCVN3/VNI" if report.converted else ""),
        file=sys.stderr,
    )


def cmd_import_procedures(args) -> int:
    from impact.ingest import import_procedures, watch
    from impact.readers import ReadLimits

    limits = ReadLimits.from_environment(
        timeout_seconds=args.timeout,
        max_file_bytes=int(args.max_size * 1_048_576) if args.max_size else None,
        ocr=False if args.no_ocr else None,
    )
    store = _store(args)
    if args.watch:
        folders = [Path(p) for p in args.paths]
        missing = [str(p) for p in folders if not p.is_dir()]
        if missing:
            print(f"Không có thư mục: {', '.join(missing)}", file=sys.stderr)
            return EXIT_ERROR
        print(f"Theo dõi {', '.join(map(str, folders))} mỗi {args.interval:g} giây (Ctrl-C để dừng)", file=sys.stderr)

        def show(report) -> None:
            if report.outcomes:
                _print_import_report(report)

        try:
            watch(store, folders, interval=args.interval, agency=args.agency, limits=limits, workers=args.workers,
                  on_report=show)
        except KeyboardInterrupt:
            print("Đã dừng theo dõi.", file=sys.stderr)
        return EXIT_OK
    report = import_procedures(store, [Path(p) for p in args.paths], agency=args.agency, limits=limits,
                               workers=args.workers)
    _print_import_report(report, quiet_unchanged=args.quiet)
    return EXIT_ERROR if report.failed else EXIT_OK


def cmd_procedures_export(args) -> int:
    lines = [json.dumps(p.to_json(), ensure_ascii=False) + "\n" for p in _store(args).procedures()]
    _output(args.output, "".join(lines).encode("utf-8"))
    return EXIT_OK


def _read_input(name: str) -> tuple[str | None, str | None]:
    """(text, error) of one input, text normalised; '-' is standard input.

    A UTF-8 text file is decoded here (the fast path, universal newlines); anything else (Word,
    PDF, UTF-16, Windows-1258, TCVN3/VNI text) goes through the procedure readers, which detect it.
    Legacy-encoded text saved as UTF-8 is recognised from the file's first 64 KB.
    """
    from nlp.legacy import detect_encoding, to_unicode
    from nlp.normalize import normalize_text

    if name == "-":
        return normalize_text(sys.stdin.read()), None
    path = Path(name)
    text = None
    if path.suffix.lower() in (".txt", ".md", ""):
        try:
            raw = path.read_bytes()
        except OSError as error:
            return None, str(error)
        if not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = None
    if text is None:
        from impact.readers import UnreadableFile, read_procedure_file

        try:
            return read_procedure_file(path).text, None
        except (OSError, UnreadableFile) as error:
            return None, str(error)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if detect_encoding(text[:LEGACY_SAMPLE]):  # TCVN3/VNI saved as UTF-8: convert before normalising
        text = to_unicode(text)[0]
    return normalize_text(text.removeprefix("\ufeff")), None


def _citation_lines(text: str, name: str | None) -> str:
    from nlp.citations import extract_citations

    return "".join(c.to_json_line(name) for c in extract_citations(text, normalized=True))


def _relation_lines(text: str, name: str | None) -> str:
    from nlp.relations import extract_relations

    lines = []
    for relation in extract_relations(text):
        record = relation.to_json()
        if name is not None:
            record["file"] = name
        lines.append(json.dumps(record, ensure_ascii=False) + "\n")
    return "".join(lines)


def _lines_of_input(job: tuple) -> tuple[str, str | None]:
    """Read one input and turn it into output lines: (lines, error). Runs in the pool's workers."""
    produce, name, label = job
    text, error = _read_input(name)
    if error:
        return "", error
    return produce(text, label), None


# Below this much input a pool costs more (forking, pickling the output) than it saves.
PARALLEL_MIN_BYTES = 2_000_000


def _workers_for(files: list[str], requested: int | None) -> int:
    import multiprocessing

    # Spawned workers would re-import everything (no gain); a worker's standard input is closed.
    if "fork" not in multiprocessing.get_all_start_methods() or "-" in files:
        return 1
    if requested is not None:
        return max(1, min(requested, len(files)))
    if len(files) < 2:
        return 1
    try:
        size = sum(Path(name).stat().st_size for name in files)
    except OSError:
        return 1  # a missing file is reported in order by the sequential path
    if size < PARALLEL_MIN_BYTES:
        return 1
    from impact.readers.isolation import default_workers  # the readers, loaded once before the fork

    return min(default_workers(), len(files))


def _emit_per_file(args, produce, warm_up) -> int:
    """Write what `produce(text, file)` returns for each input, in the order given (`file` is the
    input's name when there are several, else None); report unreadable inputs on stderr.

    Several files are spread over one worker process per core (`--workers`); the patterns are
    compiled before the workers fork, so each starts ready.
    """
    out = sys.stdout
    status = EXIT_OK
    several = len(args.files) > 1
    jobs = [(produce, name, name if several else None) for name in args.files]
    workers = _workers_for(args.files, args.workers)
    warm_up()
    if workers > 1:
        import multiprocessing

        pool = multiprocessing.get_context("fork").Pool(workers)
        results = pool.imap(_lines_of_input, jobs)
    else:
        pool = None
        results = map(_lines_of_input, jobs)
    try:
        for lines, error in results:
            if error:
                print(f"LỖI  {error}", file=sys.stderr)
                status = EXIT_ERROR
                continue
            out.write(lines)
    finally:
        if pool is not None:
            pool.terminate()
    out.flush()
    return status


def cmd_extract(args) -> int:
    from nlp.citations import extract_citations

    return _emit_per_file(args, _citation_lines, lambda: extract_citations("Nghị định số 61/2018/NĐ-CP"))


def cmd_relations(args) -> int:
    from nlp.relations import extract_relations

    return _emit_per_file(args, _relation_lines, lambda: extract_relations("Căn cứ Luật số 1/2020/QH14."))


def cmd_analyze(args) -> int:
    from impact.api import run_analysis

    summary = run_analysis(_store(args), since=args.since)
    print(f"Tác động: {summary.impacts}", file=sys.stderr)
    _print_counts("Nhiệm vụ", summary.tasks)
    return EXIT_OK


def cmd_tasks_export(args) -> int:
    from impact.exports import TASK_EXPORTERS

    tasks = _store(args).tasks(agency=args.agency)
    _output(args.output, TASK_EXPORTERS[args.format](tasks))
    return EXIT_OK


def cmd_tasks_update(args) -> int:
    try:
        task = _store(args).update_task(args.key, actor=args.actor, status=args.status, assignee=args.assignee,
                                        note=args.note)
    except KeyError:
        print(f"Không có nhiệm vụ mã {args.key}", file=sys.stderr)
        return EXIT_ERROR
    except ValueError as error:
        print(error, file=sys.stderr)
        return EXIT_ERROR
    print(json.dumps(task.to_json(), ensure_ascii=False))
    return EXIT_OK


def cmd_report(args) -> int:
    from impact.api import build_weekly_report
    from impact.reports import InvalidWeek, render_report

    try:
        report = build_weekly_report(_store(args), args.week, agency=args.agency)
    except InvalidWeek as error:
        print(error, file=sys.stderr)
        return EXIT_ERROR
    _output(args.output, render_report(report, args.format))
    return EXIT_OK


def cmd_graph_export(args) -> int:
    from impact.api import dependency_graph
    from impact.graph import export_graph

    try:
        graph = dependency_graph(_store(args), procedure=args.procedure, document=args.document, agency=args.agency,
                                 depth=args.depth)
    except KeyError as error:
        print(f"Không tìm thấy {error.args[0]}", file=sys.stderr)
        return EXIT_ERROR
    _output(args.output, export_graph(graph, args.format))
    return EXIT_OK


def cmd_validity(args) -> int:
    from impact.api import basis_validity

    results = basis_validity(_store(args), args.on, procedure=args.procedure, agency=args.agency)
    if not results:
        print("Không có quy trình nào khớp.", file=sys.stderr)
        return EXIT_ERROR
    for result in results:
        print(json.dumps(result.to_json(), ensure_ascii=False))
    return EXIT_OK


def cmd_tasks_suggest(args) -> int:
    from impact.api import suggested_updates

    items = suggested_updates(_store(args), agency=args.agency)
    if args.format == "docx":
        from impact.reports.suggestions_docx import render

        payload = render(items)
    else:
        payload = "".join(json.dumps(s.to_json(), ensure_ascii=False) + "\n" for s in items).encode("utf-8")
    _output(args.output, payload)
    return EXIT_OK


CRAWL_SOURCES = ("vbpl", "congbao", "chinhphu")


def _share(value: str) -> float:
    try:
        share = float(value)
    except ValueError:
        share = -1.0
    if not 0 <= share <= 1:
        raise argparse.ArgumentTypeError(f"'{value}': cần một tỉ lệ từ 0 đến 1") from None
    return share


def add_crawl_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The options of `regimpact crawl`; crawler.run, which the command starts, reads the same."""
    parser.add_argument("source", choices=[*CRAWL_SOURCES, "all"])
    parser.add_argument("--since", type=_date, metavar="DATE",
                        help="documents issued on or after DATE (default: since the last successful crawl, "
                             "minus an overlap window)")
    parser.add_argument("--max-pages", type=int, metavar="N", help="walk at most N listing pages per source")
    parser.add_argument("--base-url", metavar="URL", help="fetch from this mirror instead of the official site")
    parser.add_argument("--province", metavar="NAME",
                        help="keep the local documents of this province only (central ones are always kept)")
    parser.add_argument("--jobs-dir", metavar="DIR",
                        help="paused jobs and the crawl log (default: crawl-jobs beside the database file)")
    parser.add_argument("--delay", type=float, metavar="SECONDS", help="politeness delay between requests to a site")
    parser.add_argument("--contact", help="e-mail or URL named in the User-Agent (default: $REGIMPACT_CONTACT)")
    parser.add_argument("--cache", action="store_true", help="HTTP cache, for development (listings go stale)")
    parser.add_argument("--max-failed-share", type=_share, metavar="SHARE",
                        help="exit nonzero when more than this share of pages fail (default 0.1)")
    parser.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE",
                        help="any Scrapy setting, repeatable")
    parser.add_argument("-v", "--verbose", action="store_true", help="Scrapy's log on stderr instead of crawl.log")
    return parser


def _crawl_argv(args) -> list[str]:
    """The parsed crawl options back as command-line words, for the crawler subprocess."""
    words = [args.source]
    for action in add_crawl_arguments(argparse.ArgumentParser(add_help=False))._actions:
        if not action.option_strings:
            continue
        value, flag = getattr(args, action.dest), action.option_strings[-1]
        if isinstance(value, bool):
            words += [flag] if value else []
        elif isinstance(value, list):
            for item in value:
                words += [flag, item]
        elif value is not None:
            words += [flag, value.isoformat() if isinstance(value, dt.date) else str(value)]
    if args.db:
        words += ["--db", str(args.db)]
    return words


def cmd_crawl(args) -> int:
    """Run the crawl in a subprocess (Scrapy's reactor cannot restart in one process).

    The child gets its own process group, so that Ctrl-C reaches it once, through us: Scrapy
    stops gracefully on the first SIGINT/SIGTERM and leaves a resumable job, but on a second
    one it stops at once.
    """
    import signal
    import subprocess

    child = subprocess.Popen([sys.executable, "-m", "crawler.run", *_crawl_argv(args)], process_group=0)

    def forward(signum, _frame):
        child.send_signal(signum)

    previous = {sig: signal.signal(sig, forward) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        code = child.wait()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 128 - code if code < 0 else code


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS,
                        help="database file or SQLAlchemy URL (default: $REGIMPACT_DB or data/regimpact.db)")
    parser = argparse.ArgumentParser(prog="regimpact", parents=[common],
                                     description="Regulatory-change impact analyzer for ISO 9001 procedures")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name, handler, help_text, parents=(common,)):
        sub = commands.add_parser(name, parents=list(parents), help=help_text)
        sub.set_defaults(handler=handler)
        return sub

    def add_group(name, help_text):
        group = commands.add_parser(name, help=help_text).add_subparsers(dest="action", required=True, metavar="ACTION")
        return lambda action, handler, text: _add_action(group, common, action, handler, text)

    demo = add("demo", cmd_demo, "load the shipped sample data into the database")
    demo.add_argument("--if-empty", action="store_true", help="do nothing when the database holds documents")

    add_crawl_arguments(add("crawl", cmd_crawl, "run a spider; new and changed documents go to the store"))

    add("import-docs", cmd_import_docs, "import LegalDocument records (JSON lines)").add_argument("file")

    docs = add_group("docs", "legal documents")
    docs("export", cmd_docs_export, "every stored LegalDocument as JSON lines").add_argument("-o", "--output")

    importer = add("import-procedures", cmd_import_procedures,
                   "import procedure files or folders (.docx .doc .pdf .txt .md)")
    importer.add_argument("paths", nargs="+", metavar="PATH")
    importer.add_argument("--agency", help="agency of every file (default: the parent folder's name)")
    importer.add_argument("--watch", action="store_true",
                          help="keep scanning the folders every --interval seconds; only changes are read")
    importer.add_argument("--interval", type=float, default=300.0, help="seconds between scans with --watch (300)")
    importer.add_argument("--timeout", type=float, help="seconds allowed to read one file (default 120, "
                                                        "or $REGIMPACT_READ_TIMEOUT)")
    importer.add_argument("--max-size", type=float, help="largest file read, in MB (default 50)")
    importer.add_argument("--workers", type=int, help="files read at once (default: one per core)")
    importer.add_argument("--no-ocr", action="store_true", help="report scanned PDFs instead of running OCR "
                                                                "(also REGIMPACT_OCR=0)")
    importer.add_argument("-q", "--quiet", action="store_true", help="do not list unchanged files")

    procedures = add_group("procedures", "agency procedures")
    procedures("export", cmd_procedures_export, "every stored procedure as JSON lines").add_argument("-o", "--output")

    for name, command, summary in (("extract", cmd_extract, "citations as JSON lines"),
                                   ("relations", cmd_relations, "relations the text states, as JSON lines")):
        text_command = add(name, command, summary)
        text_command.add_argument("files", nargs="+", metavar="FILE")
        text_command.add_argument("--workers", type=int, help="processes reading the files (default: one per core "
                                                              "when the files pass 2 MB, else one)")

    add("analyze", cmd_analyze, "compute impacts and tasks").add_argument("--since", type=_date)

    report = add("report", cmd_report, "weekly impact report for an ISO week")
    report.add_argument("--week", required=True, help="ISO week, e.g. 2026-W48")
    report.add_argument("--format", choices=["md", "html", "docx", "xlsx", "csv", "json"], default="md")
    report.add_argument("--agency", help="one agency only (default: all)")
    report.add_argument("-o", "--output")

    validity = add("validity", cmd_validity, "whether procedures' legal basis was in force on a date")
    validity.add_argument("--on", type=_date, required=True, help="the day, YYYY-MM-DD")
    validity.add_argument("--procedure", help="procedure code (default: every procedure)")
    validity.add_argument("--agency")

    tasks = add_group("tasks", "update tasks")
    export = tasks("export", cmd_tasks_export, "the task list")
    export.add_argument("--format", choices=["csv", "xlsx", "json", "docx"], default="json")
    export.add_argument("--agency")
    export.add_argument("-o", "--output")
    update = tasks("update", cmd_tasks_update, "change a task's status, assignee or note")
    update.add_argument("key")
    update.add_argument("--status", choices=["open", "in_progress", "done", "dismissed"])
    update.add_argument("--assignee")
    update.add_argument("--note")
    update.add_argument("--actor", default="cli")
    suggest = tasks("suggest", cmd_tasks_suggest, "each task's legal-basis line as it should now read")
    suggest.add_argument("--format", choices=["jsonl", "docx"], default="jsonl")
    suggest.add_argument("--agency")
    suggest.add_argument("-o", "--output")

    graph = add_group("graph", "the dependency graph")
    graph_export = graph("export", cmd_graph_export, "the graph (or the part around a procedure, document or agency)")
    graph_export.add_argument("--format", choices=["graphml", "gexf", "json"], default="graphml")
    graph_export.add_argument("--procedure", help="procedure code: the graph around it")
    graph_export.add_argument("--document", help="document number: the graph around it")
    graph_export.add_argument("--agency", help="the graph around an agency's procedures")
    graph_export.add_argument("--depth", type=int, default=2)
    graph_export.add_argument("-o", "--output")
    return parser


def _add_action(group, common, action, handler, help_text):
    sub = group.add_parser(action, parents=[common], help=help_text)
    sub.set_defaults(handler=handler)
    return sub


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # --db may come before or after the command; the shared option's default is "absent" so that
    # the command's parser does not overwrite a value given before it.
    args.db = getattr(args, "db", None)
    try:
        return args.handler(args)
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
