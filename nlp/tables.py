"""Load the pattern tables of `nlp/tables/*.json` once, into read-only Python values.

The tables are data, edited without touching code: document types and their codes, issuer codes
and names, law names, relation trigger phrases, procedure headings. Every extractor reads them from
here, so the fast path and the spaCy pipeline share the same tables.
"""
from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Mapping


def _load(name: str) -> dict:
    # Read beside this module when the package is on disk (importlib.resources costs ~10 ms of
    # imports, a twentieth of `regimpact extract`'s start); through it when the package is zipped.
    try:
        text = (Path(__file__).parent / "tables" / name).read_text(encoding="utf-8")
    except OSError:
        from importlib import resources

        text = resources.files(__package__).joinpath("tables", name).read_text(encoding="utf-8")
    return json.loads(unicodedata.normalize("NFC", text))


def fold_code(code: str) -> str:
    """Fold a số ký hiệu code for lookup: upper case, Đ as D, no '&' (BGD&ĐT ~ BGDDT)."""
    return code.upper().replace("Đ", "D").replace("&", "")


@dataclass(frozen=True, slots=True)
class DocType:
    """One document type: its name, the words that write it, its codes in numbers."""

    name: str
    words: tuple[str, ...]
    codes: tuple[str, ...]
    named: bool
    short: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Tables:
    doc_types: tuple[DocType, ...]
    generic_words: tuple[str, ...]
    type_by_word: Mapping[str, str]          # lower-cased type word or abbreviation -> type name
    type_by_code: Mapping[str, str]          # canonical code (NĐ) -> type name
    issuer_only_types: Mapping[str, str]     # whole symbol (L-CTN) -> type name
    letter_type: str                         # type of numbers like 2703/UBND-KT
    sole_issuers: Mapping[str, str]          # type name -> the only issuer of that type
    code_exact: Mapping[str, str]            # upper-cased code -> canonical code
    code_folded: Mapping[str, str]           # fold_code(code) -> canonical code
    legislature_codes: tuple[str, ...]
    old_form_codes: frozenset[str]
    old_form_heads: frozenset[str]
    issuer_names: Mapping[str, str]          # written name -> recorded issuer
    ministries: tuple[str, ...]
    ministry_aliases: Mapping[str, str]
    local_bodies: Mapping[str, str]
    local_units: tuple[str, ...]
    issuer_heads: tuple[str, ...]            # 'Bộ trưởng', 'Cục trưởng': the head of the body that follows
    issuer_bodies: tuple[str, ...]           # 'Cục', 'Tổng cục': a body whose name follows
    law_names: Mapping[str, tuple[str, ...]] # type name -> names
    name_stop_words: frozenset[str]          # one-word stops
    name_stop_phrases: frozenset[tuple[str, ...]]  # stops of several words ('quy định'), split
    max_name_words: int
    triggers: Mapping[str, tuple[str, ...]]
    passive_markers: tuple[str, ...]
    self_markers: tuple[str, ...]
    effective_markers: tuple[str, ...]
    phrase_objects: tuple[str, ...]
    target_fillers: tuple[str, ...]
    legal_basis_headings: tuple[str, ...]
    basis_closers: tuple[str, ...]           # 'theo đề nghị': the line after a document's legal basis
    metadata_labels: Mapping[str, str]       # 'văn bản bị bãi bỏ' -> 'repeals': a mirror's metadata row
    front_matter_summary_keys: frozenset[str]  # 'trich_yeu': a front-matter key holding the title or a summary
    front_matter_labels: Mapping[str, str]   # 'thay_the' -> 'replaces': a front-matter key naming changed documents
    summary_headings: tuple[str, ...]        # 'trích yếu': a heading or label over a mirror's summary
    front_matter_basis_keys: frozenset[str]  # 'can_cu_phap_ly': a front-matter key listing the legal basis
    bare_legal_basis_headings: frozenset[str]
    other_headings: tuple[str, ...]
    title_not_openers: frozenset[str]        # words after a citation that do not start its title
    title_end_markers: tuple[str, ...]       # phrases that end a cited document's title


def _key(label: str) -> str:
    """A label as a front-matter key writes it: 'văn bản được sửa đổi' -> 'van_ban_duoc_sua_doi'."""
    bare = "".join(ch for ch in unicodedata.normalize("NFD", label.replace("đ", "d")) if not unicodedata.combining(ch))
    return "_".join(bare.replace(",", " ").split())


@cache
def tables() -> Tables:
    """The tables, loaded and indexed on first use."""
    types_data = _load("doc_types.json")
    issuers = _load("issuers.json")
    laws = _load("law_names.json")
    stops = _load("stopwords.json")
    rel = _load("relations.json")
    sections = _load("sections.json")
    titles = _load("titles.json")

    doc_types = tuple(
        DocType(t["name"], tuple(t["words"]), tuple(t["codes"]), bool(t.get("named")), tuple(t.get("short", ())))
        for t in types_data["types"]
    )
    type_by_word: dict[str, str] = {}
    type_by_code: dict[str, str] = {}
    code_exact: dict[str, str] = {}
    for t in doc_types:
        for w in t.words + t.short:
            type_by_word[w.lower()] = t.name
        for c in t.codes:
            type_by_code[c] = t.name
            code_exact[c.upper()] = c
    for code in issuers["codes"]:
        code_exact[code.upper()] = code
    for alias, code in issuers["aliases"].items():
        code_exact[alias.upper()] = code
    code_folded = {fold_code(k): v for k, v in code_exact.items()}

    names = dict(issuers["names"])
    law_names = {k: tuple(v) for k, v in laws.items() if not k.startswith("_")}
    triggers = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in rel["triggers"].items()}
    return Tables(
        doc_types=doc_types,
        generic_words=tuple(types_data.get("generic_words", ())),
        type_by_word=MappingProxyType(type_by_word),
        type_by_code=MappingProxyType(type_by_code),
        issuer_only_types=MappingProxyType(dict(types_data.get("issuer_only_types", {}))),
        letter_type=types_data["letter_type"],
        sole_issuers=MappingProxyType(dict(types_data["sole_issuers"])),
        code_exact=MappingProxyType(code_exact),
        code_folded=MappingProxyType(code_folded),
        legislature_codes=tuple(issuers["legislature_codes"]),
        old_form_codes=frozenset(issuers["old_form_codes"]),
        old_form_heads=frozenset(issuers["old_form_heads"]),
        issuer_names=MappingProxyType(names),
        ministries=tuple(issuers["ministries"]),
        ministry_aliases=MappingProxyType(dict(issuers["ministry_aliases"])),
        local_bodies=MappingProxyType(dict(issuers["local_bodies"])),
        local_units=tuple(issuers["local_units"]),
        issuer_heads=tuple(issuers["heads"]),
        issuer_bodies=tuple(issuers["bodies"]),
        law_names=MappingProxyType(law_names),
        name_stop_words=frozenset(w for w in stops["name_stop_words"] if " " not in w),
        name_stop_phrases=frozenset(tuple(w.split()) for w in stops["name_stop_words"] if " " in w),
        max_name_words=int(stops["max_name_words"]),
        triggers=MappingProxyType(triggers),
        passive_markers=tuple(sorted(rel["passive_markers"], key=len, reverse=True)),
        self_markers=tuple(rel["self_markers"]),
        effective_markers=tuple(sorted(rel["effective_markers"], key=len, reverse=True)),
        phrase_objects=tuple(sorted(rel["phrase_objects"], key=len, reverse=True)),
        target_fillers=tuple(sorted(rel["target_fillers"], key=len, reverse=True)),
        legal_basis_headings=tuple(sorted(sections["legal_basis"], key=len, reverse=True)),
        basis_closers=tuple(sorted(rel["basis_closers"], key=len, reverse=True)),
        metadata_labels=MappingProxyType(dict(rel["metadata_labels"])),
        front_matter_summary_keys=frozenset(rel["front_matter_summary_keys"]),
        front_matter_labels=MappingProxyType(
            {_key(label): kind for label, kind in rel["metadata_labels"].items()} | dict(rel["front_matter_labels"])
        ),
        summary_headings=tuple(sorted(rel["summary_headings"], key=len, reverse=True)),
        front_matter_basis_keys=frozenset(rel["front_matter_basis_keys"]),
        bare_legal_basis_headings=frozenset(sections["bare_legal_basis"]),
        other_headings=tuple(sorted(sections["other"], key=len, reverse=True)),
        title_not_openers=frozenset(titles["not_openers"]),
        title_end_markers=tuple(sorted(titles["end_markers"], key=len, reverse=True)),
    )
