from __future__ import annotations

import pytest

from apis.llm import registry
from tests.fakes import FakeCerebras, FakeCohere, FakeMistral, FakeOpenAI


@pytest.fixture
def fake_openai():
    return FakeOpenAI()


@pytest.fixture
def fake_cohere():
    return FakeCohere()


@pytest.fixture(autouse=True)
def fake_registry(monkeypatch):
    fakes = {"openai": FakeOpenAI(), "cohere": FakeCohere(), "mistral": FakeMistral(), "cerebras": FakeCerebras()}
    for name, fake in fakes.items():
        monkeypatch.setattr(registry.PROVIDERS[name], "_client", fake)
    yield fakes


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    for key in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "COHERE_API_KEY", "MISTRAL_API_KEY", "CEREBRAS_API_KEY"):
        monkeypatch.setenv(key, "test")
