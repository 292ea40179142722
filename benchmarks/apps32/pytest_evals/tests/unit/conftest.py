"""Fakes for unit-testing evalkit without network access."""
from types import SimpleNamespace
from unittest.mock import MagicMock

import pytest


def _chat_completion(text: str):
    return SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content=text))],
        usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5),
    )


class FakeOpenAI:
    def __init__(self, reply: str = "ok", embedding_dim: int = 4):
        self.reply = reply
        self.calls = []
        self.chat = SimpleNamespace(completions=SimpleNamespace(create=self._create))
        self.embeddings = SimpleNamespace(create=self._embed)
        self.responses = SimpleNamespace(create=self._respond)
        self.embedding_dim = embedding_dim

    def _create(self, **kwargs):
        self.calls.append(kwargs)
        return _chat_completion(self.reply)

    def _respond(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(output_text=self.reply)

    def _embed(self, model, input):
        self.calls.append({"model": model, "input": input})
        return SimpleNamespace(
            data=[SimpleNamespace(embedding=[float(len(t))] * self.embedding_dim) for t in input]
        )


@pytest.fixture
def fake_openai():
    return FakeOpenAI(reply='{"score": 5, "reason": "matches"}')


@pytest.fixture
def fake_anthropic():
    client = MagicMock()
    client.messages.create.return_value = SimpleNamespace(
        content=[SimpleNamespace(type="text", text="A short summary.")],
        usage=SimpleNamespace(input_tokens=20, output_tokens=4),
    )
    client.messages.count_tokens.return_value = SimpleNamespace(input_tokens=100)
    return client
