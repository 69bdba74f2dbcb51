"""What a spider extracts from a source: one DocumentItem per document page."""
from __future__ import annotations

from dataclasses import dataclass, field

from impact.models import LegalDocument, Relation

# Without these a record cannot be told from another one or placed in time: a page parsed into
# an item that lacks one of them means the page's layout changed (crawler.pipelines.ValidatePipeline).
REQUIRED_FIELDS = {"number": "số ký hiệu", "issued": "ngày ban hành", "doc_type": "loại văn bản"}


@dataclass
class DocumentItem:
    """A legal document as one source describes it; `to_document()` gives the store's record.

    `relations` is None when the source states none, so that they are derived from the text.
    `unmapped_references` keeps, raw, what the source said about other documents that does not
    map to a relation type (an unknown code, a direction that cannot be right); the crawl summary
    reports them. `source_status` is the source's own status code.
    """

    source: str
    source_id: str
    url: str
    number: str | None = None
    doc_type: str | None = None
    issuer: str | None = None
    title: str = ""
    issued: str | None = None
    effective: str | None = None
    expires: str | None = None
    status: str = "unknown"
    source_status: str | None = None
    text: str | None = None
    relations: list[Relation] | None = None
    unmapped_references: list[dict] = field(default_factory=list)

    def missing_fields(self) -> list[str]:
        """The Vietnamese names of the required fields this item lacks."""
        return [label for name, label in REQUIRED_FIELDS.items() if not getattr(self, name)]

    def to_document(self) -> LegalDocument:
        return LegalDocument(
            number=self.number or "",
            doc_type=self.doc_type,
            issuer=self.issuer,
            title=self.title,
            issued=self.issued,
            effective=self.effective,
            expires=self.expires,
            status=self.status,
            url=self.url,
            source=self.source,
            text=self.text,
            relations=tuple(self.relations) if self.relations is not None else None,
            sources=(self.url,),
            source_id=self.source_id,
        )
