from __future__ import annotations

from types import SimpleNamespace
from unittest.mock import AsyncMock, MagicMock

import pytest

from monitor.config import Settings
from monitor.context import JobContext


class FakeMetrics:
    def __init__(self, values=None):
        self.values = values or {}
        self.recorded = []

    def query(self, promql):
        v = self.values.get(promql)
        return [{"value": [0, str(v)]}] if v is not None else []

    def record(self, metric, value, **labels):
        self.recorded.append((metric, value, labels))

    def series(self, metric):
        return [v for m, v, _ in self.recorded if m == metric]

    def zscore(self, metric, value):
        return 5.0 if value > 100 else 0.0


def _chat_response(text="ok"):
    return SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content=text))],
        usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5),
    )


@pytest.fixture
def settings(tmp_path):
    return Settings(raw={"providers": {"ollama": {"model": "llama3.1:8b"}}}, path=tmp_path / "x.yaml")


@pytest.fixture
def fake_openai():
    client = MagicMock()
    client.chat.completions.create.return_value = _chat_response("headline")
    client.embeddings.create.return_value = SimpleNamespace(data=[SimpleNamespace(embedding=[0.1, 0.2])])
    return client


@pytest.fixture
def fake_claude():
    client = MagicMock()
    client.messages.create = AsyncMock(
        return_value=SimpleNamespace(content=[SimpleNamespace(text="summary", type="text")])
    )
    client.messages.count_tokens = AsyncMock(return_value=SimpleNamespace(input_tokens=100))
    return client


@pytest.fixture
def ctx(settings, fake_openai, fake_claude):
    local = MagicMock()
    local.chat.return_value = {"message": {"content": "disk full on db-1"}}
    return JobContext(
        settings=settings,
        metrics=FakeMetrics(),
        llm=fake_openai,
        claude=fake_claude,
        grok=MagicMock(),
        embedder=MagicMock(),
        local_llm=local,
        bedrock=MagicMock(),
    )
