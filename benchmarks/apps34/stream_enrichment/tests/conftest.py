import pytest

from enrichment import clients
from enrichment.settings import get_settings
from tests.fakes import FakeBedrock, FakeCohere, FakeOpenAI, FakeVoyage


@pytest.fixture(autouse=True)
def _settings(monkeypatch):
    monkeypatch.setenv("ENRICH_OPENAI_API_KEY", "sk-test")
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()
    clients.reset_clients()


@pytest.fixture
def fake_openai(monkeypatch):
    fake = FakeOpenAI()
    monkeypatch.setattr(clients, "get_openai", lambda: fake)
    monkeypatch.setattr(clients, "chat_client", lambda: fake)
    return fake


@pytest.fixture
def fake_voyage(monkeypatch):
    fake = FakeVoyage()
    monkeypatch.setattr(clients, "get_voyage", lambda: fake)
    return fake


@pytest.fixture
def fake_cohere(monkeypatch):
    fake = FakeCohere()
    monkeypatch.setattr(clients, "get_cohere", lambda: fake)
    return fake


@pytest.fixture
def fake_bedrock(monkeypatch):
    fake = FakeBedrock()
    monkeypatch.setattr(clients, "get_bedrock", lambda: fake)
    return fake
