"""spaCy pipeline: `spacy.blank("vi")` with a component that fills `doc.spans["citations"]`.

The component runs the same extractor as the fast path (`nlp.citations`) on the doc's text and
maps the citations onto tokens. Each span carries extension attributes: `number`, `doc_type`,
`title_hint`, `articles`, `issued`, `issuer`, `in_title`, `resolved` and `confidence` (when a
resolver is set), and `citation` (the Citation itself).
"""
from __future__ import annotations

import importlib

import spacy
from spacy.lang.punctuation import TOKENIZER_INFIXES, TOKENIZER_PREFIXES, TOKENIZER_SUFFIXES
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from .citations import find_citations
from .normalize import normalize_text, normalize_with_offsets
from .resolve import Resolver

COMPONENT = "regimpact_citations"
_TEXT_KEY = "regimpact_text"  # Doc.user_data: the normalised text the tokenizer was given
SPAN_KEY = "citations"
_SPAN_ATTRIBUTES = (
    "citation", "number", "doc_type", "title_hint", "articles", "issued", "issuer", "in_title", "resolved", "confidence",
)

for _name in _SPAN_ATTRIBUTES:
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)


class CitationComponent:
    """Finds citations in a Doc; with a resolver, also resolves them."""

    def __init__(self, nlp: Language, name: str, resolver: Resolver | None = None) -> None:
        self.name = name
        self.resolver = resolver

    def __call__(self, doc: Doc) -> Doc:
        # `doc.text` joins every token's text (a Python object per token): the tokenizer below keeps
        # the text it tokenised, already normalised, so offsets map one to one.
        text = doc.user_data.get(_TEXT_KEY)
        offsets = None
        if text is None:
            text, offsets = normalize_with_offsets(doc.text)
        spans = []
        for match in find_citations(text):
            c = match.citation
            start, end = (c.start, c.end) if offsets is None else (offsets[c.start], offsets[c.end])
            span = doc.char_span(start, end, label=c.doc_type or "CITATION", alignment_mode="expand")
            if span is None:
                continue
            span._.citation = c
            span._.number = c.number
            span._.doc_type = c.doc_type
            span._.title_hint = c.title_hint
            span._.articles = c.articles
            span._.issued = c.issued
            span._.issuer = c.issuer
            span._.in_title = c.in_title
            if self.resolver is not None:
                resolution = self.resolver.resolve(c)
                span._.resolved = resolution.number
                span._.confidence = resolution.confidence
            spans.append(span)
        doc.spans[SPAN_KEY] = spans
        return doc


@Language.factory(COMPONENT)
def make_citation_component(nlp: Language, name: str) -> CitationComponent:
    """spaCy factory of the citation component (`nlp.add_pipe("regimpact_citations")`)."""
    return CitationComponent(nlp, name)


def _legacy_to_unicode():
    """`nlp.legacy.to_unicode` when that module is installed (another part of the project), else None."""
    try:
        return importlib.import_module(f"{__package__}.legacy").to_unicode
    except (ImportError, AttributeError):
        return None


class UnicodeTokenizer:
    """Wraps a tokenizer: converts TCVN3/VNI text to Unicode (when nlp.legacy exists) and
    normalises it first, so a Doc's text is the text citation offsets refer to."""

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer
        self.to_unicode = _legacy_to_unicode()

    def __call__(self, text: str) -> Doc:
        if self.to_unicode is not None:
            text = self.to_unicode(text)[0]
        text = normalize_text(text)
        doc = self.tokenizer(text)
        doc.user_data[_TEXT_KEY] = text
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def to_bytes(self, **kwargs):
        return self.tokenizer.to_bytes(**kwargs)

    def from_bytes(self, data, **kwargs):
        self.tokenizer.from_bytes(data, **kwargs)
        return self

    def to_disk(self, path, **kwargs):
        self.tokenizer.to_disk(path, **kwargs)

    def from_disk(self, path, **kwargs):
        self.tokenizer.from_disk(path, **kwargs)
        return self


def _punctuation_tokenizer(nlp: Language) -> Tokenizer:
    # Without pyvi, spacy.blank("vi") splits on whitespace only ('2013.' is one token). spaCy's
    # language-independent punctuation rules give tokens that citation spans can align to.
    return Tokenizer(
        nlp.vocab,
        prefix_search=compile_prefix_regex(TOKENIZER_PREFIXES).search,
        suffix_search=compile_suffix_regex(TOKENIZER_SUFFIXES).search,
        infix_finditer=compile_infix_regex(TOKENIZER_INFIXES).finditer,
    )


def make_pipeline(resolver: Resolver | None = None) -> Language:
    """A blank Vietnamese pipeline (no pyvi) with the citation component, optionally resolving."""
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.tokenizer = UnicodeTokenizer(_punctuation_tokenizer(nlp))
    component = nlp.add_pipe(COMPONENT)
    component.resolver = resolver
    return nlp
