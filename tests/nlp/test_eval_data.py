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


RELATION_TYPES = {"amends", "replaces", "repeals", "expires", "guides", "based_on"}
GOLD_SETS = [DATA] + sorted(p for p in DATA.iterdir() if p.is_dir() and (p / "citations.jsonl").exists())


@pytest.mark.parametrize("folder", GOLD_SETS, ids=lambda p: p.name)
def test_gold_offsets_slice_to_their_surfaces_and_relations_use_known_types(folder):
    """Every gold set, development and held-out: bench/nlp_eval.py scores spans by these offsets."""
    for row in (json.loads(line) for line in (folder / "citations.jsonl").open(encoding="utf-8")):
        text = normalize_text(row["text"])
        for c in row["citations"]:
            assert text[c["start"] : c["end"]] == c["surface"], (folder.name, row["id"])
            assert c["number"] or c["title_hint"], (folder.name, row["id"])
    for row in (json.loads(line) for line in (folder / "relations.jsonl").open(encoding="utf-8")):
        assert all(r["type"] in RELATION_TYPES and r["target"] for r in row["relations"]), (folder.name, row["id"])


def test_development_gold_numbers_are_canonical_and_the_set_is_full_size(citations, relations):
    for row in citations:
        for c in row["citations"]:
            assert c["number"] is None or canonical_number(c["number"]) == c["number"], (row["id"], c["number"])
    assert sum(len(row["citations"]) for row in citations) >= 400
    assert sum(len(row["relations"]) for row in relations) >= 80
