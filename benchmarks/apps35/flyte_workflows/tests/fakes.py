"""Hand-rolled fakes shaped like the provider SDK clients."""
from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any, List


class _FakeCompletions:
    def __init__(self, replies: List[str]):
        self.replies = list(replies)
        self.calls: List[dict] = []

    def create(self, **kwargs: Any):
        self.calls.append(kwargs)
        content = self.replies.pop(0) if self.replies else json.dumps({"label": "other", "confidence": 0.5})
        return SimpleNamespace(
            choices=[SimpleNamespace(message=SimpleNamespace(content=content, parsed=None))],
            usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5),
        )


class _FakeEmbeddings:
    def __init__(self, dim: int = 4):
        self.dim = dim
        self.calls: List[dict] = []

    def create(self, model: str, input: List[str]):  # noqa: A002
        self.calls.append({"model": model, "input": input})
        return SimpleNamespace(data=[SimpleNamespace(embedding=[0.1] * self.dim) for _ in input])


class FakeOpenAI:
    def __init__(self, replies: List[str] | None = None):
        self.chat = SimpleNamespace(completions=_FakeCompletions(replies or []))
        self.embeddings = _FakeEmbeddings()


class _FakeMessages:
    def __init__(self, replies: List[str]):
        self.replies = list(replies)
        self.calls: List[dict] = []

    def create(self, **kwargs: Any):
        self.calls.append(kwargs)
        text = self.replies.pop(0) if self.replies else "TIE"
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=text)],
            usage=SimpleNamespace(input_tokens=12, output_tokens=3),
        )


class FakeAnthropic:
    def __init__(self, replies: List[str] | None = None):
        self.messages = _FakeMessages(replies or [])


class FakeCohere:
    def __init__(self):
        self.calls: List[dict] = []

    def embed(self, **kwargs: Any):
        self.calls.append(kwargs)
        return SimpleNamespace(embeddings=SimpleNamespace(float_=[[0.2, 0.2] for _ in kwargs["texts"]]))

    def rerank(self, **kwargs: Any):
        self.calls.append(kwargs)
        docs = kwargs["documents"]
        return SimpleNamespace(
            results=[SimpleNamespace(index=i, relevance_score=1.0 - i / 10) for i in range(min(kwargs.get("top_n", 3), len(docs)))]
        )
