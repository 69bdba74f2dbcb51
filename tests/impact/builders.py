"""Small records for impact tests, built directly (no files, no extraction)."""
from impact.models import Citation, LegalDocument, Procedure, ProcedureCitation, Relation


def document(number, *, issued=None, effective=None, expires=None, status="unknown", title="", doc_type="Nghị định",
             relations=()):
    return LegalDocument(
        number=number, doc_type=doc_type, issuer="Chính phủ", title=title or f"Văn bản {number}", issued=issued,
        effective=effective, expires=expires, status=status,
        relations=tuple(Relation(type=t, target=target, articles=tuple(arts), evidence=ev) for t, target, arts, ev in relations),
    )


def relation(kind, target, articles=(), evidence=""):
    return (kind, target, articles, evidence)


def procedure(code, cites, *, agency="Sở Tư pháp", title=None):
    """`cites`: (number, articles) pairs, all in the legal-basis section."""
    citations = []
    offset = 0
    for number, articles in cites:
        surface = f"Nghị định số {number}"
        citations.append(ProcedureCitation(
            citation=Citation(start=offset, end=offset + len(surface), surface=surface, doc_type="Nghị định",
                              number=number, articles=tuple(articles)),
            resolved=number, confidence=1.0, method="exact", in_legal_basis=True, line=surface,
        ))
        offset += len(surface) + 1
    return Procedure(id=code, agency=agency, title=title or f"Quy trình {code}", file=f"{code}.md", version=1,
                     text="", citations=tuple(citations))
