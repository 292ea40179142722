import pytest

from backend import settings as settings_mod
from backend.services.note_store import NoteStore
from tests.fakes import FakeAnthropic, FakeCohere, FakeMistral, FakeOpenAI


@pytest.fixture(autouse=True)
def tmp_config(tmp_path, monkeypatch):
    monkeypatch.setattr(settings_mod, "config_dir", lambda: tmp_path)
    monkeypatch.setattr(settings_mod, "_cached", None)
    yield tmp_path


@pytest.fixture
def store(tmp_path):
    return NoteStore(tmp_path / "notes.sqlite")


@pytest.fixture
def fake_openai():
    return FakeOpenAI()


@pytest.fixture
def fake_mistral():
    return FakeMistral()


@pytest.fixture
def fake_cohere():
    return FakeCohere()


@pytest.fixture
def fake_anthropic():
    return FakeAnthropic()
