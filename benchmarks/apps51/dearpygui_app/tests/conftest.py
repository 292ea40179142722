from __future__ import annotations

from types import SimpleNamespace

import pytest


class FakeCompletions:
    def __init__(self, reply: str = "fake reply"):
        self.reply = reply
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        msg = SimpleNamespace(content=self.reply)
        return SimpleNamespace(
            choices=[SimpleNamespace(message=msg)],
            usage=SimpleNamespace(prompt_tokens=3, completion_tokens=2),
        )


class FakeOpenAI:
    def __init__(self, reply: str = "fake reply"):
        self.chat = SimpleNamespace(completions=FakeCompletions(reply))


class FakeCohere:
    def __init__(self, dim: int = 4):
        self.dim = dim
        self.embed_calls = 0

    def embed(self, texts, model, input_type, embedding_types):
        self.embed_calls += 1
        vecs = [[float(len(t) % 7 + i) for i in range(self.dim)] for t in texts]
        return SimpleNamespace(embeddings=SimpleNamespace(float_=vecs))

    def rerank(self, model, query, documents, top_n):
        return SimpleNamespace(
            results=[SimpleNamespace(index=i, relevance_score=1.0 / (i + 1)) for i in range(top_n)]
        )


@pytest.fixture
def fake_openai():
    return FakeOpenAI()


@pytest.fixture
def fake_cohere():
    return FakeCohere()


@pytest.fixture
def tmp_store(tmp_path):
    from research_assistant.notes_store import NotesStore

    store = NotesStore(tmp_path / "notes.sqlite3")
    yield store
    store.close()
