"""Fakes for provider clients. Nothing here talks to a network."""
from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import pytest


def _completion(content: str, parsed: Any = None) -> SimpleNamespace:
    message = SimpleNamespace(content=content, parsed=parsed, refusal=None)
    return SimpleNamespace(
        choices=[SimpleNamespace(message=message)],
        usage=SimpleNamespace(prompt_tokens=11, completion_tokens=7, total_tokens=18),
    )


@dataclass
class FakeCompletions:
    replies: list[str] = field(default_factory=list)
    parsed: Any = None
    calls: list[dict] = field(default_factory=list)

    async def create(self, **kwargs):
        self.calls.append(kwargs)
        return _completion(self.replies.pop(0) if self.replies else "{}")

    async def parse(self, **kwargs):
        self.calls.append(kwargs)
        return _completion("", parsed=self.parsed)


class FakeOpenAI:
    def __init__(self, replies: list[str] | None = None) -> None:
        self.completions = FakeCompletions(replies=list(replies or []))
        self.chat = SimpleNamespace(completions=self.completions)
        self.embeddings = SimpleNamespace(create=self._embed)
        self.embed_calls: list[dict] = []

    async def _embed(self, **kwargs):
        self.embed_calls.append(kwargs)
        return SimpleNamespace(data=[SimpleNamespace(embedding=[0.0] * 4) for _ in kwargs["input"]])


class FakeVoyage:
    def __init__(self, fail: bool = False) -> None:
        self.fail = fail
        self.calls: list[tuple] = []

    async def embed(self, texts, model=None, input_type=None, **kwargs):
        self.calls.append((tuple(texts), model, input_type))
        if self.fail:
            raise RuntimeError("429 rate limited")
        return SimpleNamespace(embeddings=[[0.1, 0.2, 0.3, 0.4] for _ in texts])

    def count_tokens(self, texts, model=None):
        return sum(len(t.split()) for t in texts)


class FakeCohere:
    async def rerank(self, model, query, documents, top_n=None, **kwargs):
        order = sorted(range(len(documents)), key=lambda i: -len(documents[i]))[: top_n or len(documents)]
        return SimpleNamespace(
            results=[SimpleNamespace(index=i, relevance_score=1.0 / (rank + 1)) for rank, i in enumerate(order)]
        )


class FakeChunks:
    def __init__(self, rows: list[dict]) -> None:
        self.rows = rows

    async def nearest(self, vector, limit=40):
        return self.rows[:limit]


@pytest.fixture
def fake_openai() -> FakeOpenAI:
    return FakeOpenAI()


@pytest.fixture
def fake_voyage() -> FakeVoyage:
    return FakeVoyage()


@pytest.fixture
def fake_clients(fake_openai, fake_voyage):
    return SimpleNamespace(openai=fake_openai, voyage=fake_voyage, anthropic=None, cohere=FakeCohere(), fireworks=None)
