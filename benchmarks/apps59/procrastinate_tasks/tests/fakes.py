"""Hand-rolled fakes for the provider clients (enough surface for our code)."""
from __future__ import annotations

import types
from typing import Any


def _ns(**kw: Any) -> types.SimpleNamespace:
    return types.SimpleNamespace(**kw)


class FakeAnthropicMessages:
    def __init__(self, text: str = "a summary") -> None:
        self.text = text
        self.calls: list[dict[str, Any]] = []

    async def create(self, **kwargs: Any) -> Any:
        self.calls.append(kwargs)
        return _ns(
            content=[_ns(type="text", text=self.text)],
            usage=_ns(input_tokens=100, output_tokens=20),
        )


class FakeAsyncAnthropic:
    def __init__(self, text: str = "a summary") -> None:
        self.messages = FakeAnthropicMessages(text)


class FakeCompletions:
    def __init__(self, content: str) -> None:
        self.content = content
        self.calls: list[dict[str, Any]] = []

    async def create(self, **kwargs: Any) -> Any:
        self.calls.append(kwargs)
        return _ns(
            choices=[_ns(message=_ns(content=self.content))],
            usage=_ns(prompt_tokens=50, completion_tokens=5),
        )


class FakeAsyncOpenAI:
    def __init__(self, content: str = '{"label": "invoice", "confidence": 0.9}') -> None:
        self.chat = _ns(completions=FakeCompletions(content))


class FakeVoyage:
    def __init__(self, dim: int = 4) -> None:
        self.dim = dim
        self.embedded: list[list[str]] = []

    async def embed(self, texts: list[str], model: str, input_type: str | None = None, **_: Any) -> Any:
        self.embedded.append(list(texts))
        return _ns(embeddings=[[0.1] * self.dim for _ in texts], total_tokens=len(texts) * 10)


class FakeRepo:
    def __init__(self, docs: dict[str, Any]) -> None:
        self.docs = docs
        self.summaries: list[Any] = []
        self.labels: dict[str, list[str]] = {}
        self.chunks: list[Any] = []
        self.statuses: list[Any] = []

    async def get(self, doc_id: Any) -> Any:
        return self.docs.get(str(doc_id))

    async def set_status(self, doc_id: Any, status: Any) -> None:
        self.statuses.append((str(doc_id), status))

    async def save_summary(self, summary: Any) -> None:
        self.summaries.append(summary)

    async def set_labels(self, doc_id: Any, labels: list[str]) -> None:
        self.labels[str(doc_id)] = list(labels)

    async def save_chunks(self, chunks: list[Any]) -> None:
        self.chunks.extend(chunks)
