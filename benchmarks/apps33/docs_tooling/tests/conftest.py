from __future__ import annotations

from types import SimpleNamespace

import pytest

from doctools import clients
from doctools.cache import DiskCache


class _FakeResponses:
    def __init__(self, text: str) -> None:
        self.text = text
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(output_text=self.text)


class _FakeCompletions:
    def __init__(self, text: str) -> None:
        self.text = text
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        message = SimpleNamespace(content=self.text)
        usage = SimpleNamespace(prompt_tokens=10, completion_tokens=5)
        return SimpleNamespace(choices=[SimpleNamespace(message=message)], usage=usage)


class FakeOpenAI:
    """Just enough of the OpenAI client surface for the summarizer and plugin."""

    def __init__(self, text: str = "A short summary.") -> None:
        self.responses = _FakeResponses(text)
        self.chat = SimpleNamespace(completions=_FakeCompletions(text))


class FakeCohere:
    def __init__(self, dim: int = 4) -> None:
        self.dim = dim
        self.embed_calls = 0

    def embed(self, texts, model, input_type, embedding_types):
        self.embed_calls += 1
        vecs = [[float(len(t) % 7), 1.0, 0.0, float(i)] for i, t in enumerate(texts)]
        return SimpleNamespace(embeddings=SimpleNamespace(float_=vecs))

    def rerank(self, model, query, documents, top_n):
        results = [SimpleNamespace(index=i, relevance_score=1.0 / (i + 1)) for i in range(top_n)]
        return SimpleNamespace(results=results)


@pytest.fixture
def fake_openai():
    return FakeOpenAI()


@pytest.fixture
def fake_cohere():
    return FakeCohere()


@pytest.fixture
def tmp_cache(tmp_path):
    return DiskCache(tmp_path, "test")


@pytest.fixture(autouse=True)
def _no_real_clients(monkeypatch):
    clients.reset_clients()
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("ANTHROPIC_API_KEY", "test")
    yield
    clients.reset_clients()
