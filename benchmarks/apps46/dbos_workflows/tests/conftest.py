import pytest

from app.llm import clients
from tests.fakes import FakeAnthropic, FakeBedrockRuntime, FakeCohere, FakeOpenAI, FakeVoyage


@pytest.fixture
def fake_clients(monkeypatch):
    fakes = {
        "openai": FakeOpenAI('{"doc_type": "contract", "confidence": 0.9, "language": "en"}'),
        "anthropic": FakeAnthropic(),
        "bedrock": FakeBedrockRuntime('[{"clause": "7.2", "severity": "high"}]'),
        "voyage": FakeVoyage(),
        "cohere": FakeCohere(),
    }
    monkeypatch.setattr(clients, "get_openai_client", lambda: fakes["openai"])
    monkeypatch.setattr(clients, "get_anthropic_client", lambda: fakes["anthropic"])
    monkeypatch.setattr(clients, "get_bedrock_runtime", lambda: fakes["bedrock"])
    monkeypatch.setattr(clients, "get_voyage_client", lambda: fakes["voyage"])
    monkeypatch.setattr(clients, "get_cohere_client", lambda: fakes["cohere"])
    yield fakes
    clients.reset_clients()
