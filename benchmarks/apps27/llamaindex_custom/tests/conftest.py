"""Fakes for the vendor SDKs: nothing in the test suite talks to the network."""
from __future__ import annotations

from types import SimpleNamespace
from typing import Any, List

import pytest


class _FakeAnthropicMessages:
    def __init__(self, reply: str = "fake claude answer") -> None:
        self.reply = reply
        self.calls: List[dict] = []

    def create(self, **kwargs: Any) -> SimpleNamespace:
        self.calls.append(kwargs)
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self.reply)],
            usage=SimpleNamespace(input_tokens=11, output_tokens=7),
        )


class FakeAnthropic:
    def __init__(self, reply: str = "fake claude answer") -> None:
        self.messages = _FakeAnthropicMessages(reply)


class _FakeCompletions:
    def __init__(self, reply: str) -> None:
        self.reply = reply
        self.calls: List[dict] = []

    def create(self, **kwargs: Any) -> SimpleNamespace:
        self.calls.append(kwargs)
        return SimpleNamespace(
            choices=[SimpleNamespace(message=SimpleNamespace(content=self.reply))],
            usage=SimpleNamespace(prompt_tokens=5, completion_tokens=3),
            model_dump=lambda: {"fake": True},
        )


class FakeOpenAI:
    """Duck-types the bits of openai.OpenAI / groq.Groq that our wrappers use."""

    def __init__(self, reply: str = "fake answer") -> None:
        self.chat = SimpleNamespace(completions=_FakeCompletions(reply))
        self.embeddings = SimpleNamespace(create=self._embed)

    @staticmethod
    def _embed(model: str, input: List[str], **_: Any) -> SimpleNamespace:
        return SimpleNamespace(data=[SimpleNamespace(index=i, embedding=[0.1, 0.2, 0.3]) for i, _ in enumerate(input)])


class FakeCohere:
    def __init__(self) -> None:
        self.rerank_calls: List[dict] = []

    def rerank(self, **kwargs: Any) -> SimpleNamespace:
        self.rerank_calls.append(kwargs)
        n = kwargs.get("top_n") or len(kwargs["documents"])
        return SimpleNamespace(
            results=[SimpleNamespace(index=i, relevance_score=1.0 - i * 0.1) for i in reversed(range(n))]
        )


class FakeVoyage:
    def embed(self, texts, model=None, input_type=None, **_: Any) -> SimpleNamespace:
        return SimpleNamespace(embeddings=[[float(len(t))] * 4 for t in texts], total_tokens=len(texts) * 3)

    def rerank(self, query, documents, model, top_k=None, truncation=True) -> SimpleNamespace:
        k = top_k or len(documents)
        return SimpleNamespace(results=[SimpleNamespace(index=i, relevance_score=0.9) for i in range(k)])


@pytest.fixture
def fake_openai() -> FakeOpenAI:
    return FakeOpenAI()


@pytest.fixture
def fake_anthropic() -> FakeAnthropic:
    return FakeAnthropic()


@pytest.fixture
def fake_cohere(monkeypatch) -> FakeCohere:
    fake = FakeCohere()
    monkeypatch.setattr("app.postprocessors.cohere_rerank.get_cohere_client", lambda: fake)
    return fake


@pytest.fixture
def fake_voyage(monkeypatch) -> FakeVoyage:
    fake = FakeVoyage()
    monkeypatch.setattr("app.embeddings.voyage_embed.get_voyage_client", lambda: fake)
    monkeypatch.setattr("app.embeddings.voyage_embed.get_async_voyage_client", lambda: fake)
    return fake
