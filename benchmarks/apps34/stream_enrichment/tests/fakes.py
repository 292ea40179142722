"""Fakes for provider clients. Only the attributes our code touches."""
from __future__ import annotations

import io
import json
from types import SimpleNamespace


class _FakeCompletions:
    def __init__(self, content: str) -> None:
        self.content = content
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        msg = SimpleNamespace(content=self.content, parsed=None)
        return SimpleNamespace(
            choices=[SimpleNamespace(message=msg)],
            usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5),
        )


class FakeOpenAI:
    def __init__(self, content: str = '{"category": "billing", "priority": "p2", "sentiment": "negative"}') -> None:
        self.chat = SimpleNamespace(completions=_FakeCompletions(content))
        self.embeddings = SimpleNamespace(create=self._embed)
        self.moderations = SimpleNamespace(create=self._moderate)
        self.flag = False

    def _embed(self, model, input, **_):
        items = input if isinstance(input, list) else [input]
        return SimpleNamespace(data=[SimpleNamespace(embedding=[0.1, 0.2, 0.3]) for _ in items])

    def _moderate(self, model, input):
        return SimpleNamespace(results=[SimpleNamespace(flagged=self.flag)])


class FakeVoyage:
    def __init__(self) -> None:
        self.calls = 0

    def embed(self, texts, model=None, input_type=None, truncation=True):
        self.calls += 1
        return SimpleNamespace(embeddings=[[float(len(t))] for t in texts], total_tokens=len(texts))

    def rerank(self, query, documents, model=None, top_k=None):
        results = [SimpleNamespace(index=i, relevance_score=1.0 / (i + 1), document=d) for i, d in enumerate(documents)]
        return SimpleNamespace(results=results[:top_k])


class FakeCohere:
    def __init__(self, text: str = '{"category": "quality", "sentiment": "positive"}') -> None:
        self.text = text

    def chat(self, model, messages, **_):
        return SimpleNamespace(message=SimpleNamespace(content=[SimpleNamespace(text=self.text)]))

    def embed(self, model, texts, input_type, embedding_types):
        return SimpleNamespace(embeddings=SimpleNamespace(float_=[[0.0] * 4 for _ in texts]))

    def rerank(self, model, query, documents, top_n):
        return SimpleNamespace(results=[SimpleNamespace(index=i, relevance_score=0.5) for i in range(min(top_n, len(documents)))])


class FakeBedrock:
    def converse(self, modelId, messages, **_):
        return {"output": {"message": {"content": [{"text": "fake digest"}]}}, "usage": {"inputTokens": 1, "outputTokens": 1}}

    def invoke_model(self, modelId, body, **_):
        return {"body": io.BytesIO(json.dumps({"content": [{"text": "fake"}], "embedding": [0.5]}).encode())}
