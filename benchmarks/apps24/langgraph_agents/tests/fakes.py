"""Hand-rolled fakes for the provider SDKs (cheaper and more readable than MagicMock trees)."""
from __future__ import annotations

from types import SimpleNamespace as NS
from typing import Any


def _chat_completion(content: str, parsed: Any = None, tool_args: str | None = None) -> NS:
    tool_calls = [NS(function=NS(name="route", arguments=tool_args))] if tool_args else None
    return NS(
        choices=[NS(message=NS(content=content, parsed=parsed, tool_calls=tool_calls))],
        usage=NS(prompt_tokens=10, completion_tokens=5),
    )


class _Completions:
    def __init__(self, owner: "FakeOpenAI"):
        self._owner = owner

    def create(self, **kwargs: Any) -> NS:
        self._owner.calls.append(("chat.create", kwargs))
        return _chat_completion(self._owner.replies.pop(0) if self._owner.replies else "ok")

    def parse(self, **kwargs: Any) -> NS:
        self._owner.calls.append(("chat.parse", kwargs))
        return _chat_completion("", parsed=self._owner.parsed)


class FakeOpenAI:
    def __init__(self, replies: list[str] | None = None, parsed: Any = None):
        self.calls: list[tuple[str, dict]] = []
        self.replies = list(replies or [])
        self.parsed = parsed
        completions = _Completions(self)
        self.chat = NS(completions=completions)
        self.beta = NS(chat=NS(completions=completions))
        self.moderations = NS(create=self._moderate)
        self.embeddings = NS(create=self._embed)

    def _moderate(self, **kwargs: Any) -> NS:
        self.calls.append(("moderations.create", kwargs))
        return NS(results=[NS(flagged="kill" in str(kwargs.get("input", "")).lower())])

    def _embed(self, **kwargs: Any) -> NS:
        self.calls.append(("embeddings.create", kwargs))
        return NS(data=[NS(embedding=[1.0, 0.0]) for _ in kwargs["input"]])


class FakeAnthropic:
    def __init__(self, text: str = "Hello from Claude", tool_input: dict | None = None):
        self.text = text
        self.tool_input = tool_input
        self.calls: list[dict] = []
        self.messages = NS(create=self._create, count_tokens=self._count)

    def _create(self, **kwargs: Any) -> NS:
        self.calls.append(kwargs)
        if self.tool_input is not None:
            block = NS(type="tool_use", name="record_decision", input=self.tool_input)
        else:
            block = NS(type="text", text=self.text)
        return NS(content=[block], usage=NS(input_tokens=20, output_tokens=8))

    def _count(self, **kwargs: Any) -> NS:
        return NS(input_tokens=100)


class FakeCohere:
    def __init__(self, docs: list[str] | None = None):
        self.docs = docs or []

    def rerank(self, **kwargs: Any) -> NS:
        return NS(results=[NS(index=i, relevance_score=0.9 - i * 0.1) for i in range(len(kwargs["documents"]))])

    def embed(self, **kwargs: Any) -> NS:
        return NS(embeddings=NS(float_=[[1.0, 0.0] for _ in kwargs["texts"]]))

    def tokenize(self, **kwargs: Any) -> NS:
        return NS(tokens=list(range(len(kwargs["text"].split()))))


class FakeCerebras:
    def __init__(self, verdict: str = "PASS\nlooks fine"):
        self.verdict = verdict
        self.chat = NS(completions=NS(create=lambda **kw: _chat_completion(self.verdict)))
