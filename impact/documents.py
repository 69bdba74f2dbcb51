"""LegalDocument records in and out as JSON lines; relations derived by nlp/ when a record has none."""
from __future__ import annotations

import json
from typing import IO, Iterable

from impact.models import InvalidRecord, LegalDocument
from nlp.relations import extract_relations


class DocumentFileError(ValueError):
    """A JSON-lines file with bad records; lists every bad line so that all can be fixed at once."""

    def __init__(self, source: str, problems: list[str]):
        super().__init__(f"{source}: {len(problems)} bản ghi lỗi, không nhập bản ghi nào:\n" + "\n".join(problems))
        self.problems = problems


def with_derived_relations(document: LegalDocument) -> LegalDocument:
    """The document with the relations its own text (or title) states, when the record gave none."""
    if document.relations is not None:
        return document
    relations = extract_relations(document.text or "", title=document.title)
    return document.with_relations(r for r in relations if r.target != document.number)


def parse_document_lines(lines: Iterable[str], source: str = "<stdin>") -> list[LegalDocument]:
    """Every record of a JSON-lines file, validated; raises DocumentFileError listing every bad line."""
    documents: list[LegalDocument] = []
    problems: list[str] = []
    for line_number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise InvalidRecord("a line must hold one JSON object")
            documents.append(with_derived_relations(LegalDocument.from_json(record)))
        except json.JSONDecodeError as error:
            problems.append(f"dòng {line_number}: JSON không hợp lệ ({error.msg})")
        except InvalidRecord as error:
            problems.append(f"dòng {line_number}: {error}")
    if problems:
        raise DocumentFileError(source, problems)
    return documents


def write_document_lines(documents: Iterable[LegalDocument], out: IO[str]) -> int:
    count = 0
    for document in documents:
        out.write(json.dumps(document.to_json(), ensure_ascii=False) + "\n")
        count += 1
    return count
