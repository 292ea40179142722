from __future__ import annotations

from types import SimpleNamespace
from unittest.mock import MagicMock

import pytest

from serving_common import registry
from serving_common.backends import Completion


class FakeCompletions:
    def __init__(self, text="ok"):
        self.text = text
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            model=kwargs.get("model", "fake"),
            choices=[SimpleNamespace(message=SimpleNamespace(content=self.text), finish_reason="stop")],
            usage=SimpleNamespace(prompt_tokens=3, completion_tokens=1),
        )


class FakeOpenAI:
    def __init__(self, text="ok"):
        self.chat = SimpleNamespace(completions=FakeCompletions(text))
        self.embeddings = MagicMock()


class FakeBackend:
    name = "fake"

    def __init__(self):
        self.seen = []

    def complete(self, messages, *, model=None, **params):
        self.seen.append(messages)
        return Completion(text="fake answer", model=model or "fake-1", input_tokens=2, output_tokens=2)


@pytest.fixture
def fake_openai(monkeypatch):
    fake = FakeOpenAI()
    monkeypatch.setattr("kserve_predictors.chat_predictor.get_openai_client", lambda: fake)
    return fake


@pytest.fixture
def fake_backend():
    backend = FakeBackend()
    registry.register("openai", backend)
    registry.register("anthropic", backend)
    yield backend
    registry.clear()
