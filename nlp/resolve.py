"""Resolve citations to known documents: by number, or by name with rapidfuzz.

Numbers resolve exactly, then after canonicalisation. Names ('Luật Đất đai năm 2013') are matched
accent-insensitively against titles of the same type, then narrowed by the year or date and issuer
the citation states. An amending law's name ('Luật sửa đổi, bổ sung một số điều của Luật Xây dựng')
is compared with amending laws' names only, on the laws they amend, so that it never resolves to the
law it amends nor to another law's amending law. Fuzzy scoring runs only over the names that can be
chosen (of the citation's year) or that share a word with the citation (blocking). Every answer carries a confidence; when it is below the threshold, or when two
documents fit equally well ('Luật Đất đai' with no year, and two laws of that name), the citation
stays unresolved and goes to the review list. Nothing is guessed.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

from rapidfuzz import fuzz, process

from .models import Citation
from .normalize import fold_accents
from .numbers import canonical_number, year_of_number

METHODS = ("exact", "canonical", "name", "unresolved")

# Types whose documents are cited by name; a code and a law share one name space ('Bộ luật Dân sự'
# may be recorded with type Luật).
_TYPE_GROUPS = {"luật": "luật", "bộ luật": "luật", "pháp lệnh": "pháp lệnh", "hiến pháp": "hiến pháp"}
# Confidence lost when nothing but the name identifies the document (no year, date or issuer).
_NAME_ONLY_FACTOR = 0.95
# Two candidates closer than this (in rapidfuzz points) are a tie.
_TIE_MARGIN = 3.0


@dataclass(frozen=True, slots=True)
class KnownDocument:
    """A document of the registry, as the resolver needs it. `issued` is an ISO date."""

    number: str
    doc_type: str
    issuer: str
    title: str
    issued: str | None = None

    @property
    def year(self) -> int | None:
        if self.issued:
            return int(self.issued[:4])
        return year_of_number(self.number)


@dataclass(frozen=True, slots=True)
class Resolution:
    """The document a citation resolves to (`number`), how sure (`confidence`, 0..1) and how found."""

    number: str | None
    confidence: float
    method: str


_UNRESOLVED = Resolution(None, 0.0, "unresolved")


def _type_group(doc_type: str | None) -> str | None:
    if not doc_type:
        return None
    return _TYPE_GROUPS.get(doc_type.lower(), doc_type.lower())


# Folded names and issuers repeat across look-ups (every registry title of a type, every issuer).
_fold_words = lru_cache(maxsize=65536)(fold_accents)
# Issuers are recorded as written: 'UBND tỉnh Lạng Sơn' and 'Ủy ban nhân dân tỉnh Lạng Sơn' are one.
_ISSUER_ABBREVIATIONS = (("ubnd ", "uy ban nhan dan "), ("hdnd ", "hoi dong nhan dan "))


def _fold(text: str) -> str:
    folded = _fold_words(text)
    for short, full in _ISSUER_ABBREVIATIONS:
        if folded.startswith(short):
            folded = full + folded[len(short):]
    return folded


@lru_cache(maxsize=256)
def _type_prefixes(doc_type: str | None) -> tuple[str, ...]:
    """The folded type words a name may start with, longest first, each with its space."""
    words = sorted({doc_type or "", "bộ luật", "luật", "pháp lệnh", "hiến pháp"}, key=len, reverse=True)
    return tuple(f + " " for f in map(fold_accents, words) if f)


def _name_key(name: str, doc_type: str | None) -> str:
    """Folded name without its type word and without a trailing year: 'Luật Đất đai năm 2013' -> 'dat dai'."""
    key = fold_accents(name)
    for prefix in _type_prefixes(doc_type):
        if key.startswith(prefix):
            key = key[len(prefix):]
            break
    words = key.split()
    if words and words[-1].isdigit() and len(words[-1]) == 4:
        words = words[:-2] if len(words) >= 2 and words[-2] == "nam" else words[:-1]
    return " ".join(words)


@dataclass(slots=True)
class _Block:
    """The distinct names of one type group and frame, indexed for candidate look-up: by the years
    of their documents, and by their words (blocking, so that rapidfuzz scores a few names, not all)."""

    cores: list[str] = field(default_factory=list)
    docs: list[list[KnownDocument]] = field(default_factory=list)
    by_year: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    by_word: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    index: dict[str, int] = field(default_factory=dict)
    year_choices: dict[int, list[str]] = field(default_factory=dict)  # the cores of by_year, built on use

    def add(self, core: str, doc: KnownDocument) -> None:
        i = self.index.get(core)
        if i is None:
            i = self.index[core] = len(self.cores)
            self.cores.append(core)
            self.docs.append([])
            for word in set(_words(core)):
                self.by_word[word].append(i)
        self.docs[i].append(doc)
        self.year_choices.clear()
        if doc.year is not None and (not self.by_year[doc.year] or self.by_year[doc.year][-1] != i):
            self.by_year[doc.year].append(i)

    def candidates(self, core: str, year: int | None) -> tuple[list[int], list[str]]:
        """Names that may match `core` (their indices and texts): those with a document of `year`
        when the citation gives one (no other can be chosen), else those sharing a word with it.
        Words shared by many names ('quản lý', 'luật') are left out of the blocking unless nothing
        else is shared."""
        if year is not None:
            indices = self.by_year.get(year, [])
            choices = self.year_choices.get(year)
            if choices is None:
                choices = self.year_choices[year] = [self.cores[i] for i in indices]
            return indices, choices
        postings = sorted((self.by_word[w] for w in set(_words(core)) if w in self.by_word), key=len)
        if not postings:
            return [], []
        limit = max(_BLOCK_MIN, len(self.cores) // _BLOCK_SHARE)
        selective = [p for p in postings if len(p) <= limit] or postings[:1]
        indices = selective[0] if len(selective) == 1 else sorted(set().union(*selective))
        return indices, [self.cores[i] for i in indices]


_BLOCK_MIN = 64
_BLOCK_SHARE = 8
_WORD = re.compile(r"[a-z0-9]+")
# The wording every amending law shares: 'sửa đổi, bổ sung một số điều của ...'. Names are compared
# on what follows it, so that amending laws of different laws never look alike, and an amending law
# is compared with amending laws only, never with the law it amends.
_AMENDING = re.compile(r"sua doi,? (?:va )?bo sung(?: mot so dieu(?:, khoan)?)?(?: (?:cua|tai))?(?: cac)? ")


def _words(core: str) -> list[str]:
    return [w for w in _WORD.findall(core) if len(w) > 1]


_AMENDING_WORDS = "sua doi, bo sung mot so dieu"


def _frame(key: str) -> tuple[bool, str]:
    """(is an amending law's name, the distinctive rest of the name)."""
    if key.startswith("s"):
        # 'sửa đổi, bổ sung một số điều của ...', also with the common words misspelt.
        head, sep, rest = key.partition(" cua ")
        if sep and len(head) < 40 and fuzz.ratio(head, _AMENDING_WORDS) >= 85:
            return True, rest.removeprefix("cac ")
        m = _AMENDING.match(key)
        if m:
            return True, key[m.end():]  # 'sửa đổi, bổ sung Điều 6 và Phụ lục 4 ... của Luật Đầu tư'
    return False, key


class Resolver:
    """Resolves citations against a set of known documents.

    Built once (about 20,000 documents build in about a second) and then safe to call from many
    places; results of name look-ups are cached. Names are matched exactly (folded) first; else
    rapidfuzz scores the names of the same type and frame that share the citation's year, or,
    without a year, a word with it.
    """

    def __init__(self, documents: Iterable[KnownDocument], threshold: float = 0.85) -> None:
        self.threshold = threshold
        self._exact: dict[str, KnownDocument] = {}
        self._canonical: dict[str, KnownDocument] = {}
        self._names: dict[str | None, dict[str, list[KnownDocument]]] = defaultdict(lambda: defaultdict(list))
        self._blocks: dict[tuple[str | None, bool], _Block] = defaultdict(_Block)
        for doc in documents:
            self._exact[doc.number] = doc
            canonical = canonical_number(doc.number)
            if canonical:
                self._canonical.setdefault(canonical, doc)
            group = _type_group(doc.doc_type)
            key = _name_key(doc.title, doc.doc_type)
            if key:
                amending, core = _frame(key)
                for g in (group, None):
                    self._names[g][key].append(doc)
                    self._blocks[(g, amending)].add(core, doc)
        self._by_name = lru_cache(maxsize=16384)(self._resolve_name)

    def resolve(self, citation: Citation) -> Resolution:
        """The known document `citation` refers to, or an unresolved Resolution."""
        if citation.number:
            if citation.number in self._exact:
                return Resolution(citation.number, 1.0, "exact")
            canonical = canonical_number(citation.number) or canonical_number(citation.surface)
            if canonical and canonical in self._canonical:
                return Resolution(self._canonical[canonical].number, 0.99, "canonical")
        if citation.title_hint:
            return self._by_name(
                citation.title_hint, citation.doc_type, citation.year, citation.issued, citation.issuer
            )
        return _UNRESOLVED

    def resolve_all(self, citations: Iterable[Citation]) -> tuple[list[Resolution], list[Citation]]:
        """Resolutions of `citations` in order, and the review list: the citations left unresolved."""
        resolutions: list[Resolution] = []
        review: list[Citation] = []
        for citation in citations:
            resolution = self.resolve(citation)
            resolutions.append(resolution)
            if resolution.number is None:
                review.append(citation)
        return resolutions, review

    def _resolve_name(
        self, name: str, doc_type: str | None, year: int | None, issued: str | None, issuer: str | None
    ) -> Resolution:
        group = _type_group(doc_type)
        names = self._names.get(group)
        key = _name_key(name, doc_type)
        if not key or not names:
            return _UNRESOLVED
        if year is None and issued:
            year = int(issued[:4])
        if key in names:
            scored = [(doc, 100.0) for doc in names[key]]
        else:
            amending, core = _frame(key)
            block = self._blocks.get((group, amending))
            if block is None or not core:
                return _UNRESOLVED
            candidates, choices = block.candidates(core, year)
            matches = process.extract(
                core, choices, scorer=fuzz.ratio, score_cutoff=self.threshold * 100 - 10, limit=10,
            )
            scored = [(doc, score) for _, score, j in matches for doc in block.docs[candidates[j]]]
        if not scored:
            return _UNRESOLVED
        identified = False
        if year is not None:
            same_day = [(d, s) for d, s in scored if issued and d.issued == issued]
            # Registries record a law's adoption or signing date; the year still tells laws apart.
            same_year = same_day or [(d, s) for d, s in scored if d.year == year]
            if not same_year:
                return _UNRESOLVED  # every candidate is of another year: another law of that name
            scored, identified = same_year, True
        if issuer:
            folded = _fold(issuer)
            by_issuer = [(d, s) for d, s in scored if _fold(d.issuer) == folded]
            if by_issuer:
                scored = by_issuer
                identified = True
        scored.sort(key=lambda pair: pair[1], reverse=True)
        best_doc, best_score = scored[0]
        rivals = [d for d, s in scored[1:] if d.number != best_doc.number and best_score - s < _TIE_MARGIN]
        if rivals:
            return Resolution(None, round(best_score / 100 * 0.5, 3), "unresolved")
        confidence = best_score / 100 * (1.0 if identified else _NAME_ONLY_FACTOR)
        if confidence < self.threshold:
            return Resolution(None, round(confidence, 3), "unresolved")
        return Resolution(best_doc.number, round(confidence, 3), "name")
