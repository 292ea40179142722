"""Hand-rolled fakes for the vendor SDK clients (no network in CI)."""
from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any


class _FakeCompletions:
    def __init__(self, parent: "FakeOpenAI") -> None:
        self._parent = parent

    def create(self, **kwargs: Any):
        self._parent.calls.append(kwargs)
        content = self._parent.replies.pop(0) if self._parent.replies else json.dumps(
            {"label": "bug", "confidence": 0.9, "reason": "fake"}
        )
        return SimpleNamespace(
            model=kwargs.get("model", "fake-model"),
            choices=[SimpleNamespace(message=SimpleNamespace(content=content))],
            usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5),
        )


class _FakeEmbeddings:
    def __init__(self, parent: "FakeOpenAI") -> None:
        self._parent = parent

    def create(self, model: str, input: list[str], **_: Any):
        self._parent.calls.append({"model": model, "input": input})
        return SimpleNamespace(
            data=[SimpleNamespace(index=i, embedding=[float(len(t)), 0.0]) for i, t in enumerate(input)]
        )


class FakeOpenAI:
    def __init__(self, replies: list[str] | None = None) -> None:
        self.replies = list(replies or [])
        self.calls: list[dict] = []
        self.chat = SimpleNamespace(completions=_FakeCompletions(self))
        self.embeddings = _FakeEmbeddings(self)


class FakeAnthropic:
    def __init__(self, text: str = '{"label": "billing", "confidence": 0.8}', tool_input: dict | None = None) -> None:
        self.text = text
        self.tool_input = tool_input
        self.calls: list[dict] = []
        self.messages = SimpleNamespace(create=self._create)

    def _create(self, **kwargs: Any):
        self.calls.append(kwargs)
        if self.tool_input is not None:
            block = SimpleNamespace(type="tool_use", input=self.tool_input)
        else:
            block = SimpleNamespace(type="text", text=self.text)
        return SimpleNamespace(id="msg_fake", content=[block], usage=SimpleNamespace(input_tokens=3, output_tokens=2))


class FakeBedrockRuntime:
    def __init__(self, tool_input: dict) -> None:
        self.tool_input = tool_input
        self.requests: list[dict] = []

    def converse(self, **kwargs: Any) -> dict:
        self.requests.append(kwargs)
        return {
            "output": {"message": {"content": [{"toolUse": {"input": self.tool_input}}]}},
            "usage": {"inputTokens": 1, "outputTokens": 1, "totalTokens": 2},
        }


class FakeVoyage:
    def embed(self, texts, model=None, input_type=None, truncation=True):
        return SimpleNamespace(embeddings=[[1.0] * 4 for _ in texts], total_tokens=len(texts))

    def count_tokens(self, texts, model=None):
        return sum(len(t.split()) for t in texts)
