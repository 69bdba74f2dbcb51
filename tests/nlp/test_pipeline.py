import pytest

from nlp.citations import extract_citations
from nlp.resolve import KnownDocument, Resolver


@pytest.fixture(scope="module")
def pipeline():
    from nlp.pipeline import make_pipeline

    return make_pipeline(Resolver([KnownDocument("45/2013/QH13", "Luật", "Quốc hội", "Luật Đất đai", "2013-11-29")]))


TEXTS = [
    "Căn cứ khoản 2 Điều 9 Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ và Luật Đất đai năm 2013.",
    "Thông tư 01/2018/TT-VPCP; các Nghị định số 61/2018/NĐ-CP, 107/2021/NĐ-CP.",
    "Không có trích dẫn nào.",
]


def test_spans_match_the_fast_path(pipeline):
    for doc, text in zip(pipeline.pipe(TEXTS), TEXTS):
        spans = doc.spans["citations"]
        expected = extract_citations(text)
        assert [s.text for s in spans] == [c.surface for c in expected]
        assert [s._.number for s in spans] == [c.number for c in expected]
        assert [s._.articles for s in spans] == [c.articles for c in expected]


def test_resolution_on_spans(pipeline):
    doc = pipeline(TEXTS[0])
    by_text = {s.text: s for s in doc.spans["citations"]}
    assert by_text["Luật Đất đai năm 2013"]._.resolved == "45/2013/QH13"
    assert by_text["Nghị định số 61/2018/NĐ-CP"]._.resolved is None


def test_component_on_a_doc_that_was_not_normalised():
    import spacy

    import nlp.pipeline  # noqa: F401  (registers the factory)

    blank = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    blank.add_pipe("regimpact_citations")
    doc = blank("Nghị định số 61/2018/N\u00d0-CP")
    (span,) = doc.spans["citations"]
    assert span._.number == "61/2018/NĐ-CP"
    assert span.text == "Nghị định số 61/2018/N\u00d0-CP"
