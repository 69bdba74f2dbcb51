import pytest

from tests.app import sample


@pytest.fixture
def sample_db(tmp_path, monkeypatch):
    """The sample province in a fresh database that the app (via $REGIMPACT_DB) opens."""
    path = tmp_path / "app.db"
    store = sample.build(path)
    monkeypatch.setenv("REGIMPACT_DB", str(path))
    yield store
    store.close()


@pytest.fixture
def empty_db(tmp_path, monkeypatch):
    monkeypatch.setenv("REGIMPACT_DB", str(tmp_path / "empty.db"))
