import pytest


def _tesseract_with_vietnamese() -> bool:
    from impact.readers.ocr import ocr_available

    return ocr_available()


requires_tesseract_vie = pytest.mark.skipif(
    not _tesseract_with_vietnamese(),
    reason="tesseract-ocr with tesseract-ocr-vie is not installed (system-packages.txt)")


@pytest.fixture
def no_ocr_programs(monkeypatch, tmp_path):
    """A PATH with no tesseract, catdoc, antiword or LibreOffice."""
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    from impact.readers import ocr

    ocr.tesseract_languages.cache_clear()
    yield
    ocr.tesseract_languages.cache_clear()
