"""Fakes for the SDK clients so tests never hit the network."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from llmkit import clients


class _FakeCompletions:
    def __init__(self, reply: str):
        self.reply = reply
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        message = SimpleNamespace(content=self.reply, parsed=None)
        return SimpleNamespace(
            choices=[SimpleNamespace(message=message)],
            usage=SimpleNamespace(prompt_tokens=11, completion_tokens=7),
        )


class FakeOpenAI:
    def __init__(self, reply: str = "ok"):
        self.chat = SimpleNamespace(completions=_FakeCompletions(reply))
        self.embeddings = SimpleNamespace(
            create=lambda model, input: SimpleNamespace(
                data=[SimpleNamespace(index=i, embedding=[0.1, 0.2, 0.3]) for i, _ in enumerate(input)]
            )
        )


class _FakeMessages:
    def __init__(self, reply: str):
        self.reply = reply
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self.reply)],
            usage=SimpleNamespace(input_tokens=20, output_tokens=5),
        )


class FakeAnthropic:
    def __init__(self, reply: str = "ok"):
        self.messages = _FakeMessages(reply)


@pytest.fixture(autouse=True)
def _reset_client_cache():
    clients.reset_clients()
    yield
    clients.reset_clients()


@pytest.fixture
def fake_openai(monkeypatch):
    fake = FakeOpenAI(reply="hello from fake")
    monkeypatch.setattr("llmkit.router.get_openai_client", lambda: fake)
    return fake


@pytest.fixture
def fake_anthropic(monkeypatch):
    fake = FakeAnthropic(reply='{"correctness": 4, "faithfulness": 5, "rationale": "fine"}')
    monkeypatch.setattr("llmkit.router.get_anthropic_client", lambda: fake)
    return fake
