"""Files → procedures in the store: read, find code, metadata, legal basis and citations, resolve them.

One bad file never stops a batch: each file is read in a worker process with a time and memory
limit, a file that cannot be read is reported by name with the reason, the rest is imported, and
everything that is imported is written in one transaction.

Versions: a file whose bytes are those the current version was read from is skipped without
being read; a file whose text is the current version's is "unchanged"; other text becomes a new
current version (the old ones are kept), with its citations resolved against today's registry.
"""
from __future__ import annotations

import dataclasses
import hashlib
import re
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath
from typing import Callable, Iterable, Iterator

from impact.models import Citation, LegalDocument, Procedure, ProcedureCitation, Section
from impact.readers import (
    SUPPORTED_SUFFIXES,
    FileTooLarge,
    ReadLimits,
    ReadText,
    UnreadableFile,
    UnsupportedFormat,
)
from impact.readers.isolation import read_files
from impact.store import Store
from nlp.citations import extract_citations
from nlp.normalize import normalize_text
from nlp.procedure import ProcedureMeta, find_procedure_meta
from nlp.resolve import KnownDocument, Resolution, Resolver
from nlp.sections import find_legal_basis

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
OUTCOMES = ("imported", "unchanged", "skipped", "failed")
# Files that sit in agencies' shared folders but are never procedures: Office lock and temp files.
_IGNORED_PREFIXES = (".", "~$", "~WRL")


@dataclass(frozen=True, slots=True)
class FileOutcome:
    """What happened to one file.

    `outcome`: imported (new procedure or new version), unchanged (same content as the current
    version), skipped (not a procedure file: another format in a scanned folder), failed (`reason`
    says why, in Vietnamese). `legacy` names the legacy encoding converted (tcvn3, vni);
    `version` is the procedure's current version number after the import.
    """

    file: str
    outcome: str
    procedure: str | None = None
    agency: str | None = None
    reason: str | None = None
    version: int | None = None
    legacy: str | None = None
    converter: str | None = None
    notes: tuple[str, ...] = ()


@dataclass
class IngestReport:
    """The outcome of every file of a batch, sorted by file."""

    outcomes: list[FileOutcome] = field(default_factory=list)

    def count(self, outcome: str) -> int:
        return sum(1 for o in self.outcomes if o.outcome == outcome)

    @property
    def failed(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.outcome == "failed"]

    @property
    def converted(self) -> list[FileOutcome]:
        """Files whose text was converted from a legacy encoding (TCVN3, VNI)."""
        return [o for o in self.outcomes if o.legacy]


def make_resolver(documents: Iterable[LegalDocument]) -> Resolver:
    """A resolver over the given registry."""
    return Resolver(
        KnownDocument(number=d.number, doc_type=d.doc_type or "", issuer=d.issuer or "", title=d.title, issued=d.issued)
        for d in documents
    )


def _ignored(relative: Path) -> bool:
    return any(part.startswith(_IGNORED_PREFIXES) for part in relative.parts)


def collect_files(paths: Iterable[Path]) -> tuple[list[Path], list[FileOutcome]]:
    """The procedure files under the given files and folders (recursively), and the outcomes of
    the others: files of other formats in a folder are skipped, a named file of another format
    or a missing path fails."""
    found: list[Path] = []
    others: list[FileOutcome] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for candidate in sorted(path.rglob("*")):
                if not candidate.is_file() or _ignored(candidate.relative_to(path)):
                    continue
                if candidate.suffix.lower() in SUPPORTED_SUFFIXES:
                    found.append(candidate)
                else:
                    others.append(FileOutcome(str(candidate), "skipped",
                                              reason=f"định dạng {candidate.suffix or '(không có đuôi)'} không phải "
                                                     "tệp quy trình được hỗ trợ"))
        elif path.is_file():
            found.append(path)
        else:
            others.append(FileOutcome(str(path), "failed", reason="không tìm thấy tệp hoặc thư mục; hãy kiểm tra đường dẫn"))
    return found, others


@dataclass(frozen=True, slots=True)
class TextAnalysis:
    """What a procedure's text says, before its citations are resolved against the registry:
    computed in the reading worker, under the file's time limit."""

    text: str
    legal_basis: Section | None
    citations: tuple[tuple[Citation, bool, str], ...]  # (citation, in legal basis, its line)
    meta: ProcedureMeta


def analyse_text(text: str) -> TextAnalysis:
    """Normalise the text, find its legal basis, its citations (each with the line it was written
    on, as evidence) and its metadata."""
    text = normalize_text(text)
    legal_basis = find_legal_basis(text)
    citations = []
    for citation in extract_citations(text):
        line_start = text.rfind("\n", 0, citation.start) + 1
        line_end = text.find("\n", citation.end)
        citations.append((citation, bool(legal_basis and legal_basis.start <= citation.start < legal_basis.end),
                          text[line_start: line_end if line_end >= 0 else len(text)].strip()))
    return TextAnalysis(text, legal_basis, tuple(citations), find_procedure_meta(text))


def build_procedure(analysis: TextAnalysis, *, agency: str, file_name: str, resolver: Resolver,
                    meta: dict | None = None) -> Procedure:
    """The procedure an analysed text describes, its citations resolved; id and title fall back
    to the file name."""
    stem = Path(file_name).stem
    citations = []
    for citation, in_legal_basis, line in analysis.citations:
        resolution = resolver.resolve(citation)
        citations.append(ProcedureCitation(citation=citation, resolved=resolution.number,
                                           confidence=resolution.confidence, method=resolution.method,
                                           in_legal_basis=in_legal_basis, line=line))
    found = analysis.meta
    return Procedure(
        id=found.code or stem,
        agency=agency,
        title=found.title or stem,
        file=file_name,
        version=0,
        text=analysis.text,
        citations=tuple(citations),
        legal_basis=analysis.legal_basis,
        content_hash=hashlib.sha256(analysis.text.encode("utf-8")).hexdigest(),
        issued=version_issued(found),
        meta={**found.to_json(), **(meta or {})},
    )


def parse_procedure(text: str, *, agency: str, file_name: str, resolver: Resolver, meta: dict | None = None) -> Procedure:
    """A procedure from its text: code (else the file name), title, metadata, legal basis and
    resolved citations, each with the line it was written on as evidence."""
    return build_procedure(analyse_text(text), agency=agency, file_name=file_name, resolver=resolver, meta=meta)


def _analysed(result: ReadText) -> TextAnalysis:
    return analyse_text(result.text)


def version_issued(meta: ProcedureMeta) -> str | None:
    """The date this version was issued: its Ngày ban hành, or the date of its latest revision in
    the revision-history table when that is later."""
    dates = [meta.issued] + [row.get("date") for row in meta.history]
    dates = [d for d in dates if isinstance(d, str) and _ISO_DATE.fullmatch(d)]
    return max(dates) if dates else None


def _file_digest(path: Path, limits: ReadLimits) -> tuple[str, int]:
    size = path.stat().st_size
    if size > limits.max_file_bytes:
        raise FileTooLarge(path, size, limits.max_file_bytes)
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest(), size


@dataclass(frozen=True, slots=True)
class _Entry:
    """A file to import: where its bytes are, the name shown and stored, and its agency."""

    path: Path
    shown: str
    name: str
    agency: str


# read_files, or a stand-in with its signature (tests spy on it).
Reader = Callable[..., Iterator[tuple[Path, "tuple[ReadText, TextAnalysis] | UnreadableFile"]]]


def import_procedures(store: Store, paths: Iterable[Path], *, agency: str | None = None,
                      limits: ReadLimits | None = None, workers: int | None = None,
                      reader: Reader = read_files) -> IngestReport:
    """Import procedure files and folders; a file's agency is its parent folder's name unless given.

    Each file is read in a worker process under `limits` (default: ReadLimits.from_environment());
    `workers` files at once (default: one per core).
    """
    files, others = collect_files(Path(p) for p in paths)
    entries = [_Entry(path, str(path), path.name, agency or path.resolve().parent.name) for path in files]
    return _import(store, entries, others, limits or ReadLimits.from_environment(), workers, reader)


def import_uploads(store: Store, uploads: Iterable[tuple[str, bytes]], *, agency: str,
                   limits: ReadLimits | None = None, workers: int | None = None,
                   reader: Reader = read_files) -> IngestReport:
    """Import uploaded files, given as (name as uploaded, bytes), for one agency.

    Of an uploaded name only its last part is kept, to show and store ("C:\\Users\\..\\qt.docx" →
    "qt.docx"); the bytes are written under fixed names in a private temporary folder, so no part
    of an uploaded name is ever used as a path.
    """
    limits = limits or ReadLimits.from_environment()
    others: list[FileOutcome] = []
    entries: list[_Entry] = []
    with tempfile.TemporaryDirectory(prefix="regimpact-upload-") as folder:
        for index, (uploaded, raw) in enumerate(uploads):
            name = PureWindowsPath(str(uploaded)).name.strip() or f"tep-{index + 1}"
            suffix = Path(name).suffix.lower()
            if suffix not in SUPPORTED_SUFFIXES:
                others.append(FileOutcome(name, "failed", agency=agency, reason=UnsupportedFormat(name, suffix or
                                                                                                   "(không có đuôi)").reason))
                continue
            if len(raw) > limits.max_file_bytes:
                others.append(FileOutcome(name, "failed", agency=agency,
                                          reason=FileTooLarge(name, len(raw), limits.max_file_bytes).reason))
                continue
            path = Path(folder) / f"upload-{index:04d}{suffix}"
            path.write_bytes(raw)
            entries.append(_Entry(path, name, name, agency))
        return _import(store, entries, others, limits, workers, reader)


def _import(store: Store, entries: list[_Entry], others: list[FileOutcome], limits: ReadLimits,
            workers: int | None, reader: Reader) -> IngestReport:
    report = IngestReport(outcomes=list(others))
    known = store.procedure_hashes()
    sources: dict[tuple[str, str], str] = {}
    for (owner, code), digest in store.procedure_sources().items():
        sources[(owner, digest)] = code
    to_read: dict[Path, tuple[_Entry, str, int]] = {}
    for entry in entries:
        try:
            digest, size = _file_digest(entry.path, limits)
        except UnreadableFile as error:
            report.outcomes.append(FileOutcome(entry.shown, "failed", agency=entry.agency, reason=error.reason))
            continue
        except OSError as error:
            report.outcomes.append(FileOutcome(entry.shown, "failed", agency=entry.agency,
                                               reason=f"không đọc được tệp ({error.strerror}); hãy kiểm tra quyền truy cập"))
            continue
        code = sources.get((entry.agency, digest))
        if code is not None:
            report.outcomes.append(FileOutcome(entry.shown, "unchanged", code, entry.agency))
            continue
        to_read[entry.path] = (entry, digest, size)
    resolver = make_resolver(store.documents(full=False)) if to_read else None
    parsed: list[Procedure] = []
    pending: list[tuple[int, Procedure]] = []
    claimed: dict[tuple[str, str], str] = {}
    for path, outcome in reader(list(to_read), limits, workers=workers, then=_analysed):
        entry, digest, size = to_read[path]
        if isinstance(outcome, UnreadableFile):
            # The reader names the file it was given; the coordinator knows it by its own name.
            report.outcomes.append(FileOutcome(entry.shown, "failed", agency=entry.agency, reason=outcome.reason))
            continue
        result, analysis = outcome
        source = {"name": entry.name, "sha256": digest, "size": size,
                  "modified": int(path.stat().st_mtime) if path.exists() else None, **result.describe()}
        procedure = build_procedure(analysis, agency=entry.agency, file_name=entry.name, resolver=resolver,
                                    meta={"source": source})
        identity = (entry.agency, procedure.id)
        if identity in claimed:
            report.outcomes.append(FileOutcome(entry.shown, "failed", procedure.id, entry.agency,
                                               f"trùng mã quy trình {procedure.id} với tệp {claimed[identity]}; "
                                               "hãy giữ một tệp cho mỗi quy trình", legacy=result.legacy))
            continue
        claimed[identity] = entry.name
        # New bytes with the text of the current version (the file was only re-saved): unchanged.
        outcome = "unchanged" if known.get(identity) == procedure.content_hash else "imported"
        if outcome == "imported":
            parsed.append(procedure)
        pending.append((len(report.outcomes), procedure))
        report.outcomes.append(FileOutcome(entry.shown, outcome, procedure.id, entry.agency, legacy=result.legacy,
                                           converter=result.converter, notes=result.notes))
    counts = store.save_procedures(parsed)
    for index, procedure in pending:
        version = counts.versions.get((procedure.agency, procedure.id))
        if version is not None:
            report.outcomes[index] = dataclasses.replace(report.outcomes[index], version=version)
    report.outcomes.sort(key=lambda o: o.file)
    return report


def refresh_resolutions(store: Store, *, documents: list[LegalDocument] | None = None,
                        unresolved_only: bool = False) -> int:
    """Resolve stored citations again: new documents may resolve what was unresolved, or make a
    name ambiguous. Returns how many resolutions changed.

    With `unresolved_only`, `documents` are the new ones: an unresolved citation can only come to
    resolve through one of them, so it is tried against them first and, when one matches, against
    the whole registry (built only then), which also catches a name now shared by two documents.
    Otherwise every citation is resolved against `documents` (default: the whole registry).
    """
    if not unresolved_only:
        resolver = make_resolver(documents if documents is not None else store.documents(full=False))
        return store.reresolve_citations(resolver.resolve)
    if not documents or not store.unresolved_citation_count():
        return 0
    window = make_resolver(documents)
    registry: list[Resolver] = []

    def resolve(citation):
        if window.resolve(citation).number is None:
            return Resolution(number=None, confidence=0.0, method="unresolved")
        if not registry:
            registry.append(make_resolver(store.documents(full=False)))
        return registry[0].resolve(citation)

    return store.reresolve_citations(resolve, unresolved_only=True)


@dataclass
class WatchState:
    """What a watch loop remembers between scans: the failures already reported, by file and
    (size, modification time), so that a bad file is reported once until it changes."""

    reported: dict[str, tuple[int, int]] = field(default_factory=dict)


def scan_once(store: Store, folders: Iterable[Path], state: WatchState, *, agency: str | None = None,
              limits: ReadLimits | None = None, workers: int | None = None) -> IngestReport:
    """One scan of watched folders: import what is new or changed; report a failure once per
    version of the file. Unchanged files cost a hash of their bytes, not a read."""
    report = import_procedures(store, folders, agency=agency, limits=limits, workers=workers)
    fresh = IngestReport()
    for outcome in report.outcomes:
        if outcome.outcome in ("failed", "skipped"):
            path = Path(outcome.file)
            try:
                stamp = (path.stat().st_size, path.stat().st_mtime_ns)
            except OSError:
                stamp = (-1, -1)
            if state.reported.get(outcome.file) == stamp:
                continue
            state.reported[outcome.file] = stamp
        elif outcome.outcome == "unchanged":
            continue
        fresh.outcomes.append(outcome)
    return fresh


def watch(store: Store, folders: list[Path], *, interval: float = 300.0, agency: str | None = None,
          limits: ReadLimits | None = None, workers: int | None = None, scans: int | None = None,
          on_report: Callable[[IngestReport], None] = lambda report: None,
          sleep: Callable[[float], None] = time.sleep) -> None:
    """Scan the folders every `interval` seconds (forever, or `scans` times), handing each scan's
    news (imported files, new failures) to `on_report`."""
    state = WatchState()
    done = 0
    while scans is None or done < scans:
        on_report(scan_once(store, folders, state, agency=agency, limits=limits, workers=workers))
        done += 1
        if scans is None or done < scans:
            sleep(interval)
