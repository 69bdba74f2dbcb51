"""Properties that must hold on any input: no crash, offsets slice to the surface, NFD = NFC."""
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from nlp.citations import extract_citations
from nlp.normalize import normalize_text
from nlp.numbers import canonical_number
from nlp.relations import extract_relations
from nlp.sections import find_legal_basis

# Pieces of real legal Vietnamese, so that random texts reach the interesting code paths.
FRAGMENTS = [
    "Nghị định số ", "61/2018/NĐ-CP", "61 /2018/ ND - CP", "Thông tư ", "01/2020/TT-BTP", "Luật ", "Đất đai",
    " năm 2013", "Bộ luật Dân sự 2015", "Luật sửa đổi, bổ sung một số điều của Luật ", "số ", "45/2013/QH13",
    "58-CP", "16-NQ/TW", "101/QĐ-TTg", "Điều 5", "khoản 2 ", "điểm a, b ", "Chương II", " đến Điều 9",
    " ngày 23 tháng 4 năm 2018", " ngày 06/12/2021", " của Chính phủ", " của Bộ trưởng Bộ Tài chính", "; ",
    ", ", " và ", "\n", "Căn cứ ", "Bãi bỏ ", "thay thế ", " hết hiệu lực kể từ ngày ", "sửa đổi, bổ sung ",
    "Nghị định này ", "“", "”", "\"", "Mẫu số 04a/ĐK", "TCVN ISO 9001:2015", "N\u00d0-CP", "\u00a0", "\u200b",
    "3. Căn cứ pháp lý\n", "| Căn cứ pháp lý | ", "### ", "a) ", "- ",
]
legal_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), max_size=40).map("".join)
any_text = st.one_of(st.text(max_size=300), legal_text)


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_citation_offsets_slice_to_the_surface(text):
    normalized = normalize_text(text)
    for c in extract_citations(text):
        assert 0 <= c.start < c.end <= len(normalized)
        assert normalized[c.start:c.end] == c.surface
        assert c.number is None or canonical_number(c.number) == c.number


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_nfd_and_nfc_give_the_same_citations(text):
    nfc = unicodedata.normalize("NFC", text)
    nfd = unicodedata.normalize("NFD", text)
    assert extract_citations(nfd) == extract_citations(nfc)


@settings(max_examples=150, deadline=None)
@given(any_text, st.one_of(st.none(), any_text))
def test_relations_and_sections_never_crash(text, title):
    for relation in extract_relations(text, title=title):
        assert relation.type in ("amends", "replaces", "repeals", "expires", "guides", "based_on")
        assert relation.target
    section = find_legal_basis(text)
    if section is not None:
        assert normalize_text(text)[section.start:section.end] == section.text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_canonical_number_is_idempotent(raw):
    number = canonical_number(raw)
    if number is not None:
        assert canonical_number(number) == number


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_normalize_is_idempotent_and_nfc(text):
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert unicodedata.is_normalized("NFC", once)


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_anchor_candidates_cover_every_anchor(text):
    # The fast path tries the anchor pattern only where `_anchor_starts` says one may start; a plain
    # scan with the same pattern must find nothing elsewhere.
    from nlp.citations import _anchor_starts, _patterns

    normalized = normalize_text(text)
    candidates = set(_anchor_starts(normalized))
    anchor = _patterns()["anchor"]
    for i in range(len(normalized)):
        m = anchor.match(normalized, i)
        assert m is None or i in candidates, (normalized, m.group())


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_json_lines_are_json_dumps(text):
    import json

    for c in extract_citations(text):
        assert c.to_json_line() == json.dumps(c.to_json(), ensure_ascii=False) + "\n"
        assert json.loads(c.to_json_line("dir/tệp \"x\".md")) == {**c.to_json(), "file": "dir/tệp \"x\".md"}


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_normalized_input_needs_no_second_pass(text):
    normalized = normalize_text(text)
    assert extract_citations(normalized, normalized=True) == extract_citations(text)
