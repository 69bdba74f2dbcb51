import shutil

import pytest

requires_tesseract_vie = pytest.mark.skipif(
    not shutil.which("tesseract"), reason="tesseract-ocr with tesseract-ocr-vie is not installed (system-packages.txt)")


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
