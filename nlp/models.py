"""The values nlp/ returns: frozen dataclasses, no behaviour beyond serialisation.

Field names follow the JSON contracts of DESIGN.md; `to_json()` gives exactly the contract's fields.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from json.encoder import encode_basestring as _json_string  # the C encoder json.dumps(ensure_ascii=False) uses

RELATION_TYPES = ("amends", "replaces", "repeals", "expires", "guides", "based_on")


@dataclass(frozen=True, slots=True)
class Citation:
    """One mention of a legal document in a text.

    `start`/`end` index the NFC-normalised text the extractor was given. `number` is the canonical
    số ký hiệu, or None when the document is cited by name only (then `title_hint` holds the name).
    `issued` (ISO date) and `issuer` are filled when the text states them next to the citation;
    `year` is the year of a name-only citation ("Luật Đất đai năm 2013") or of the issue date.
    `in_title` is true when the citation stands in the title (trích yếu) of the numbered citation
    before it ('Nghị định số 01/2013/NĐ-CP ... quy định chi tiết thi hành một số điều của Luật Lưu
    trữ'): the text names that document, but does not cite it as a source of its own. It is not
    part of the JSON contract.
    """

    start: int
    end: int
    surface: str
    doc_type: str | None
    number: str | None
    title_hint: str | None = None
    articles: tuple[str, ...] = ()
    issued: str | None = None
    issuer: str | None = None
    year: int | None = None
    in_title: bool = False

    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    def to_json(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "surface": self.surface,
            "doc_type": self.doc_type,
            "number": self.number,
            "title_hint": self.title_hint,
            "articles": list(self.articles),
        }

    def to_json_line(self, file: str | None = None) -> str:
        """`json.dumps(self.to_json(), ensure_ascii=False)` (with `"file"` last when given) and a
        newline, written directly: `regimpact extract` prints one per citation."""
        q = _json_string
        line = (
            f'{{"start": {self.start}, "end": {self.end}, "surface": {q(self.surface)}, '
            f'"doc_type": {"null" if self.doc_type is None else q(self.doc_type)}, '
            f'"number": {"null" if self.number is None else q(self.number)}, '
            f'"title_hint": {"null" if self.title_hint is None else q(self.title_hint)}, '
            f'"articles": [{", ".join(map(q, self.articles))}]'
        )
        if file is not None:
            line += f', "file": {q(file)}'
        return line + "}\n"


@dataclass(frozen=True, slots=True)
class Relation:
    """A relation that a legal document states about an older one.

    `type` is one of RELATION_TYPES. `target` is the canonical number of the older document, or its
    name when it is cited by name only. `articles` empty means the whole document. `evidence` is the
    sentence (or clause) of the text that states the relation. `effective` is the ISO date the text
    gives for the relation to take effect, when it gives one ("hết hiệu lực kể từ ngày ...").
    """

    type: str
    target: str
    articles: tuple[str, ...] = ()
    evidence: str = ""
    citation: Citation | None = field(default=None, compare=False)
    effective: str | None = None

    def to_json(self) -> dict:
        return {
            "type": self.type,
            "target": self.target,
            "articles": list(self.articles),
            "evidence": self.evidence,
        }


@dataclass(frozen=True, slots=True)
class Section:
    """A part of a text: its heading line and the body that follows, as offsets into the text."""

    heading: str
    start: int
    end: int
    text: str
