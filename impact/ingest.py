"""Files → procedures in the store: read, find code, title, legal basis and citations, resolve them.

One bad file never stops a batch: it is reported by name with the reason, the rest is imported,
and everything that is imported is written in one transaction.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from impact.models import LegalDocument, Procedure, ProcedureCitation
from impact.readers import SUPPORTED_SUFFIXES, UnreadableFile, read_procedure_file
from impact.store import Store
from nlp.citations import extract_citations
from nlp.procedure import find_procedure_code, find_procedure_title
from nlp.resolve import KnownDocument, Resolver
from nlp.sections import find_legal_basis


@dataclass(frozen=True, slots=True)
class FileOutcome:
    """What happened to one file: imported (new or new version), unchanged, or failed (with why)."""

    file: str
    outcome: str
    procedure: str | None = None
    agency: str | None = None
    reason: str | None = None


@dataclass
class IngestReport:
    outcomes: list[FileOutcome] = field(default_factory=list)

    def count(self, outcome: str) -> int:
        return sum(1 for o in self.outcomes if o.outcome == outcome)

    @property
    def failed(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.outcome == "failed"]


def make_resolver(documents: Iterable[LegalDocument]) -> Resolver:
    """A resolver over the given registry."""
    return Resolver(
        KnownDocument(number=d.number, doc_type=d.doc_type or "", issuer=d.issuer or "", title=d.title, issued=d.issued)
        for d in documents
    )


def collect_files(paths: Iterable[Path]) -> tuple[list[Path], list[FileOutcome]]:
    """The procedure files under the given files and folders (recursively), and the ones skipped."""
    found: list[Path] = []
    skipped: list[FileOutcome] = []
    for path in paths:
        if path.is_dir():
            for candidate in sorted(path.rglob("*")):
                if candidate.is_file() and not any(part.startswith((".", "~$")) for part in candidate.relative_to(path).parts):
                    if candidate.suffix.lower() in SUPPORTED_SUFFIXES:
                        found.append(candidate)
                    else:
                        skipped.append(FileOutcome(str(candidate), "failed",
                                                   reason=f"định dạng {candidate.suffix or '(không có đuôi)'} chưa được hỗ trợ"))
        elif path.is_file():
            found.append(path)
        else:
            skipped.append(FileOutcome(str(path), "failed", reason="không tìm thấy tệp hoặc thư mục"))
    return found, skipped


def parse_procedure(text: str, *, agency: str, file_name: str, resolver: Resolver) -> Procedure:
    """A procedure from its text: code (else the file name), title, legal basis, resolved citations."""
    stem = Path(file_name).stem
    legal_basis = find_legal_basis(text)
    citations = []
    for citation in extract_citations(text):
        resolution = resolver.resolve(citation)
        line_start = text.rfind("\n", 0, citation.start) + 1
        line_end = text.find("\n", citation.end)
        citations.append(ProcedureCitation(
            citation=citation,
            resolved=resolution.number,
            confidence=resolution.confidence,
            method=resolution.method,
            in_legal_basis=bool(legal_basis and legal_basis.start <= citation.start < legal_basis.end),
            line=text[line_start: line_end if line_end >= 0 else len(text)].strip(),
        ))
    return Procedure(
        id=find_procedure_code(text) or stem,
        agency=agency,
        title=find_procedure_title(text) or stem,
        file=file_name,
        version=0,
        text=text,
        citations=tuple(citations),
        legal_basis=legal_basis,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )


def import_procedures(store: Store, paths: Iterable[Path], *, agency: str | None = None) -> IngestReport:
    """Import procedure files and folders; a file's agency is its parent folder's name unless given."""
    files, skipped = collect_files(Path(p) for p in paths)
    report = IngestReport(outcomes=list(skipped))
    resolver = make_resolver(store.documents(with_text=False))
    known = store.procedure_hashes()
    parsed: list[Procedure] = []
    claimed: dict[tuple[str, str], str] = {}
    for path in files:
        owner = agency or path.resolve().parent.name
        try:
            text = read_procedure_file(path).text
        except UnreadableFile as error:
            report.outcomes.append(FileOutcome(str(path), "failed", agency=owner, reason=error.reason))
            continue
        procedure = parse_procedure(text, agency=owner, file_name=path.name, resolver=resolver)
        identity = (owner, procedure.id)
        if identity in claimed:
            report.outcomes.append(FileOutcome(str(path), "failed", procedure.id, owner,
                                               f"trùng mã quy trình {procedure.id} với tệp {claimed[identity]}"))
            continue
        claimed[identity] = path.name
        if known.get(identity) == procedure.content_hash:
            report.outcomes.append(FileOutcome(str(path), "unchanged", procedure.id, owner))
            continue
        parsed.append(procedure)
        report.outcomes.append(FileOutcome(str(path), "imported", procedure.id, owner))
    store.save_procedures(parsed)
    return report


def refresh_resolutions(store: Store, *, unresolved_only: bool = False) -> int:
    """Resolve stored citations again against the current registry (new documents may resolve what
    was unresolved, or make a name ambiguous); returns how many resolutions changed."""
    resolver = make_resolver(store.documents(with_text=False))
    return store.reresolve_citations(resolver.resolve, unresolved_only=unresolved_only)
