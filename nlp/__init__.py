"""Vietnamese legal text in, structured citations, relations and sections out.

Public API (stable): normalize_text, canonical_number, extract_citations, extract_relations,
find_legal_basis, KnownDocument, Resolution, Resolver, make_pipeline, and the result dataclasses.
"""
from .citations import extract_citations
from .models import Citation, Relation, Section
from .normalize import normalize_text
from .numbers import canonical_number
from .relations import extract_relations
from .resolve import KnownDocument, Resolution, Resolver
from .sections import find_legal_basis


def make_pipeline(resolver: Resolver | None = None):
    """A spaCy pipeline with the citation component; imported lazily since spaCy is slow to load."""
    from .pipeline import make_pipeline as _make_pipeline

    return _make_pipeline(resolver)


__all__ = [
    "Citation",
    "KnownDocument",
    "Relation",
    "Resolution",
    "Resolver",
    "Section",
    "canonical_number",
    "extract_citations",
    "extract_relations",
    "find_legal_basis",
    "make_pipeline",
    "normalize_text",
]
