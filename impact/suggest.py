"""Suggested updates: for each task, the legal-basis line as it should now read (old → new)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable

from impact.models import LegalDocument, Procedure, Task

ACTIONS = ("replace", "amend", "remove", "add", "review")


@dataclass(frozen=True, slots=True)
class Suggestion:
    """`action`: replace the line, amend it (append the amending document), remove it, add a new
    line after it, or review it (no mechanical rewrite is right)."""

    task_key: str
    agency: str
    procedure: str
    procedure_title: str
    action: str
    old_line: str
    new_line: str

    def to_json(self) -> dict:
        return {"task": self.task_key, "agency": self.agency, "procedure": self.procedure,
                "procedure_title": self.procedure_title, "action": self.action,
                "old": self.old_line, "new": self.new_line}


LAW_TYPES = ("Hiến pháp", "Bộ luật", "Luật", "Pháp lệnh")


def basis_entry(document: LegalDocument | None, number: str) -> str:
    """A legal-basis line as agencies write it: "Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025
    của Chính phủ về ...", "Luật Đất đai số 31/2024/QH15 ngày 18 tháng 1 năm 2024"; only what is
    known of the document is written."""
    if document is None:
        return number
    title = (document.title or "").strip()
    issued = ""
    if document.issued:
        day = dt.date.fromisoformat(document.issued)
        issued = f" ngày {day.day:02d} tháng {day.month} năm {day.year}"
    if document.doc_type in LAW_TYPES:
        name = title if title.startswith(document.doc_type) else f"{document.doc_type} {title}".strip()
        return f"{name} số {number}{issued}"
    issuer = f" của {document.issuer}" if document.issuer else ""
    subject = f" {title[0].lower()}{title[1:]}" if title else ""
    return f"{document.doc_type or 'Văn bản'} số {number}{issued}{issuer}{subject}"


def suggest(task: Task, procedure: Procedure | None, documents: dict[str, LegalDocument]) -> Suggestion:
    """The suggested rewrite of the line of `procedure` that cites the task's document."""
    old_line = _cited_line(procedure, task.cited) if procedure else ""
    cited_entry = basis_entry(documents.get(task.cited), task.cited)
    trigger_entry = basis_entry(documents.get(task.trigger), task.trigger)
    if task.change in ("replaces", "expires") and task.trigger != task.cited:
        newest = (task.successor or task.trigger).split(", ")
        action, new_line = "replace", "; ".join(basis_entry(documents.get(n), n) for n in newest) + ";"
    elif task.change == "amends":
        action, new_line = "amend", f"{cited_entry}, được sửa đổi, bổ sung bởi {trigger_entry};"
    elif task.change == "repeals" and task.trigger != task.cited:
        action, new_line = "amend", f"{cited_entry} (một số quy định đã bị bãi bỏ bởi {trigger_entry});"
    elif task.change == "guides":
        action, new_line = "add", f"{trigger_entry};"
    elif task.change in ("expires", "repeals"):
        action, new_line = "review", f"Rà soát: {task.cited} đã hết hiệu lực theo nguồn, chưa rõ văn bản thay thế."
    else:  # parent_expired
        action, new_line = "review", f"Rà soát {cited_entry}: văn bản được hướng dẫn đã bị {trigger_entry} thay thế."
    return Suggestion(task.key, task.agency, task.procedure, task.procedure_title, action, old_line, new_line)


def suggestions(tasks: Iterable[Task], procedures: Iterable[Procedure],
                documents: Iterable[LegalDocument]) -> list[Suggestion]:
    by_procedure = {(p.agency, p.id): p for p in procedures}
    by_number = {d.number: d for d in documents}
    return [suggest(t, by_procedure.get((t.agency, t.procedure)), by_number) for t in tasks]


def _cited_line(procedure: Procedure, number: str) -> str:
    lines = [c.line for c in procedure.citations if c.resolved == number]
    in_basis = [c.line for c in procedure.citations if c.resolved == number and c.in_legal_basis]
    return (in_basis or lines or [""])[0]
