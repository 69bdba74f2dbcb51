"""The gold set must stay consistent with the contracts it is measured against."""
import json
from pathlib import Path

import pytest

from nlp.normalize import normalize_text
from nlp.numbers import canonical_number

DATA = Path(__file__).resolve().parents[2] / "data" / "eval"


def _rows(name):
    with (DATA / name).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


@pytest.fixture(scope="module")
def citations():
    return _rows("citations.jsonl")


@pytest.fixture(scope="module")
def relations():
    return _rows("relations.jsonl")


def test_gold_citation_offsets_and_numbers(citations):
    total = 0
    for row in citations:
        text = normalize_text(row["text"])
        for c in row["citations"]:
            assert text[c["start"]:c["end"]] == c["surface"], row["id"]
            assert c["number"] is None or canonical_number(c["number"]) == c["number"], (row["id"], c["number"])
            assert c["number"] or c["title_hint"], row["id"]
            total += 1
    assert total >= 400


def test_gold_relations(relations):
    kinds = {"amends", "replaces", "repeals", "expires", "guides", "based_on"}
    total = 0
    for row in relations:
        for r in row["relations"]:
            assert r["type"] in kinds and r["target"], row["id"]
            total += 1
    assert total >= 80


BLIND_SETS = sorted(p for p in DATA.iterdir() if p.is_dir() and (p / "citations.jsonl").exists())


@pytest.mark.parametrize("folder", BLIND_SETS, ids=lambda p: p.name)
def test_blind_sets_slice_to_their_surfaces_and_use_known_relation_types(folder):
    """The blind sets are scored, never tuned on; this only keeps their offsets and types readable."""
    for row in (json.loads(line) for line in (folder / "citations.jsonl").open(encoding="utf-8")):
        text = normalize_text(row["text"])
        for c in row["citations"]:
            assert text[c["start"]:c["end"]] == c["surface"], (folder.name, row["id"])
    kinds = {"amends", "replaces", "repeals", "expires", "guides", "based_on"}
    for row in (json.loads(line) for line in (folder / "relations.jsonl").open(encoding="utf-8")):
        assert all(r["type"] in kinds and r["target"] for r in row["relations"]), (folder.name, row["id"])
