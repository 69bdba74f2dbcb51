"""Vietnamese legal text in, structured citations, relations and sections out.

Public API (stable): normalize_text, canonical_number, extract_citations, extract_relations,
find_legal_basis, KnownDocument, Resolution, Resolver, make_pipeline, and the result dataclasses.

The names are loaded on first use, so that `from nlp.citations import ...` (the fast path of
`regimpact extract`) does not also import rapidfuzz, the relation reader or spaCy.
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

_EXPORTS = {
    "Citation": "models",
    "Relation": "models",
    "Section": "models",
    "extract_citations": "citations",
    "normalize_text": "normalize",
    "canonical_number": "numbers",
    "extract_relations": "relations",
    "KnownDocument": "resolve",
    "Resolution": "resolve",
    "Resolver": "resolve",
    "find_legal_basis": "sections",
}

if TYPE_CHECKING:
    from .citations import extract_citations
    from .models import Citation, Relation, Section
    from .normalize import normalize_text
    from .numbers import canonical_number
    from .relations import extract_relations
    from .resolve import KnownDocument, Resolution, Resolver
    from .sections import find_legal_basis


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


def make_pipeline(resolver=None):
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
