"""Hand-rolled fakes for the vendor SDK clients.

They mimic just enough of the response shapes for our code paths. Prefer these to
MagicMock: typos in attribute names fail loudly.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any


def _openai_response(text: str, model: str = "fake-model") -> SimpleNamespace:
    return SimpleNamespace(
        model=model,
        choices=[SimpleNamespace(message=SimpleNamespace(content=text), delta=SimpleNamespace(content=text))],
        usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5),
    )


class _FakeCompletions:
    def __init__(self, parent: "FakeOpenAI"):
        self.parent = parent

    def create(self, *, model: str, messages: list[dict], **kwargs: Any) -> Any:
        self.parent.calls.append({"model": model, "messages": messages, **kwargs})
        user = messages[-1]["content"]
        text = self.parent.responder(user)
        if kwargs.get("stream"):
            return iter([_openai_response(piece) for piece in text.split(" ")])
        return _openai_response(text, model)


class _FakeEmbeddings:
    def __init__(self, parent: "FakeOpenAI"):
        self.parent = parent

    def create(self, *, model: str, input: list[str], **kwargs: Any) -> Any:
        self.parent.calls.append({"model": model, "input": input})
        return SimpleNamespace(
            data=[SimpleNamespace(index=i, embedding=[float(len(t)), 0.0]) for i, t in enumerate(input)]
        )


class _FakeResponses:
    def __init__(self, parent: "FakeOpenAI"):
        self.parent = parent

    def create(self, *, model: str, input: str, **kwargs: Any) -> Any:
        self.parent.calls.append({"model": model, "input": input})
        return SimpleNamespace(output_text="en")


class FakeOpenAI:
    def __init__(self, responder=None):
        self.calls: list[dict] = []
        self.responder = responder or (lambda text: f"[translated] {text}")
        self.chat = SimpleNamespace(completions=_FakeCompletions(self))
        self.embeddings = _FakeEmbeddings(self)
        self.responses = _FakeResponses(self)
        self.models = SimpleNamespace(list=lambda: [SimpleNamespace(id="gpt-4o-mini")])


class _FakeMessages:
    def __init__(self, parent: "FakeAnthropic"):
        self.parent = parent

    def create(self, *, model: str, max_tokens: int, messages: list[dict], **kwargs: Any) -> Any:
        self.parent.calls.append({"model": model, "messages": messages, **kwargs})
        text = f"summary of {len(messages[-1]['content'])} chars"
        return SimpleNamespace(
            model=model,
            content=[SimpleNamespace(type="text", text=text)],
            usage=SimpleNamespace(input_tokens=20, output_tokens=7),
        )


class FakeAnthropic:
    def __init__(self) -> None:
        self.calls: list[dict] = []
        self.messages = _FakeMessages(self)


@dataclass
class FakeCohere:
    tags: list[str] = field(default_factory=lambda: ["shoes"])
    calls: list[str] = field(default_factory=list)

    def chat(self, *, model: str, messages: list[dict], **kwargs: Any) -> Any:
        self.calls.append("chat")
        import json

        payload = json.dumps({"tags": self.tags, "confidence": 0.9})
        return SimpleNamespace(message=SimpleNamespace(content=[SimpleNamespace(type="text", text=payload)]))

    def rerank(self, *, model: str, query: str, documents: list[str], top_n: int) -> Any:
        self.calls.append("rerank")
        return SimpleNamespace(
            results=[SimpleNamespace(index=i, relevance_score=1.0 - i / 10) for i in range(min(top_n, len(documents)))]
        )

    def embed(self, *, texts: list[str], **kwargs: Any) -> Any:
        self.calls.append("embed")
        return SimpleNamespace(embeddings=SimpleNamespace(float_=[[1.0, 2.0] for _ in texts]))
