import pytest

from labelling_flows import llm
from fakes import FakeAnthropic, FakeCohere, FakeOpenAI


@pytest.fixture(autouse=True)
def _fake_keys(monkeypatch):
    for var in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "CO_API_KEY", "GEMINI_API_KEY", "TOGETHER_API_KEY"):
        monkeypatch.setenv(var, "test-key")
    llm.reset_clients()
    yield
    llm.reset_clients()


@pytest.fixture
def fake_openai(monkeypatch):
    fake = FakeOpenAI()
    monkeypatch.setattr("labelling_flows.llm.get_openai_client", lambda: fake)
    monkeypatch.setattr("labelling_flows.tasks.embeddings.get_openai_client", lambda: fake)
    return fake


@pytest.fixture
def fake_anthropic():
    return FakeAnthropic()


@pytest.fixture
def fake_cohere(monkeypatch):
    fake = FakeCohere()
    monkeypatch.setattr("labelling_flows.llm.get_cohere_client", lambda: fake)
    monkeypatch.setattr("labelling_flows.tasks.embeddings.get_cohere_client", lambda: fake)
    return fake
