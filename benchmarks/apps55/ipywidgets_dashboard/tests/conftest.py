import pytest

from dashboard.llm import registry
from tests.fakes import FakeBackend, FakeOpenAI


@pytest.fixture
def fake_openai(monkeypatch):
    fake = FakeOpenAI(replies=["SELECT region, sum(revenue) FROM sales GROUP BY 1"])
    monkeypatch.setattr("dashboard.llm.clients.get_openai_client", lambda: fake)
    return fake


@pytest.fixture
def fake_backend(monkeypatch):
    backend = FakeBackend()
    registry.clear()
    monkeypatch.setitem(registry._FACTORIES, "fake", lambda: backend)
    yield backend
    registry.clear()
