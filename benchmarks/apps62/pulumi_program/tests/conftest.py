from __future__ import annotations

from types import SimpleNamespace
from unittest.mock import MagicMock

import pytest

from infra_ai import clients


class FakeChatCompletions:
    def __init__(self, text: str = "ok"):
        self.text = text
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            choices=[SimpleNamespace(message=SimpleNamespace(content=self.text))],
            usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5),
        )


class FakeOpenAI:
    def __init__(self, text: str = "ok"):
        self.chat = SimpleNamespace(completions=FakeChatCompletions(text))


@pytest.fixture(autouse=True)
def _reset_clients():
    clients.reset_clients()
    yield
    clients.reset_clients()


@pytest.fixture
def fake_openai(monkeypatch):
    fake = FakeOpenAI("## Features\n- thing")
    monkeypatch.setattr("providers.release_notes.get_openai", lambda: fake)
    return fake


@pytest.fixture
def fake_anthropic():
    client = MagicMock()
    client.messages.create.return_value = SimpleNamespace(
        content=[SimpleNamespace(type="text", text='{"risk": "low", "findings": []}')]
    )
    return client
