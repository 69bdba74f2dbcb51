import unicodedata

import pytest

from nlp.normalize import fold_accents, normalize_text, normalize_with_offsets

CASES = [
    ("Nghị định", "Nghị định"),
    (unicodedata.normalize("NFD", "Nghị định số 61/2018/NĐ-CP"), "Nghị định số 61/2018/NĐ-CP"),
    ("N\u00d0-CP", "NĐ-CP"),          # Ð (U+00D0, eth) typed for Đ
    ("\u00f0ất \u0111ai", "đất đai"),  # ð for đ
    ("Nghị\u00a0định", "Nghị định"),  # non-breaking space
    ("Nghị\u200b định\ufeff", "Nghị định"),  # zero-width space, BOM
    ("a\u200b\u0301", "á"),          # a zero-width char between a letter and its mark
    ("plain ascii 61/2018/ND-CP", "plain ascii 61/2018/ND-CP"),
]


@pytest.mark.parametrize("raw, expected", CASES)
def test_normalize_text(raw, expected):
    assert normalize_text(raw) == expected


@pytest.mark.parametrize("raw", [unicodedata.normalize("NFD", "Ủy ban nhân dân tỉnh Đồng Nai"), "x\u00d0\u00a0y"])
def test_offsets_map_back_to_source(raw):
    normalized, offsets = normalize_with_offsets(raw)
    assert normalized == normalize_text(raw)
    assert len(offsets) == len(normalized) + 1
    assert offsets[-1] == len(raw)
    assert all(a <= b for a, b in zip(offsets, offsets[1:]))


@pytest.mark.parametrize("raw, expected", [("Luật Đất đai", "luat dat dai"), ("  ĐẤT   ĐAI ", "dat dai")])
def test_fold_accents(raw, expected):
    assert fold_accents(raw) == expected


NORMALIZE_CASES = [
    ("Nghị định số 61/2018/N\u00d0-CP", "Nghị định số 61/2018/NĐ-CP"),             # eth for Đ
    ("a\u200b\u0301", "á"),                                                       # zero-width between letter and mark
    ("a\u0323\u200b\u0302", "ậ"),                                                 # a mark on each side of it
    ("Lu\u00adật\u00a0Đất", "Luật Đất"),                                          # soft hyphen, no-break space
    ("e\u0301\u00a0x", "é x"),
    ("93\u2044 2025", "93/ 2025"),
    ("\u0301a", "\u0301a"),                                                      # a mark with no letter before it
    ("\u1100\u1161\u11a8", "\uac01"),                                            # Hangul jamo compose
]


@pytest.mark.parametrize("raw, expected", NORMALIZE_CASES)
def test_normalize_cases(raw, expected):
    assert normalize_text(raw) == expected
    assert normalize_text(expected) == expected


def test_stored_nfc_unsafe_table_matches_this_unicode():
    import json
    import unicodedata
    from pathlib import Path

    from nlp.normalize import unsafe_ranges

    stored = json.loads((Path(__file__).resolve().parents[2] / "nlp" / "tables" / "nfc_unsafe.json").read_text())
    if stored["unidata_version"] != unicodedata.unidata_version:
        pytest.skip("the table was made with another Unicode version; it is computed at start instead")
    assert [tuple(r) for r in stored["ranges"]] == unsafe_ranges()
