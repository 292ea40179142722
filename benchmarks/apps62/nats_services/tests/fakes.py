"""Hand-written fakes for the SDK clients and NATS."""
from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any


def _usage(p=10, c=5):
    return SimpleNamespace(prompt_tokens=p, completion_tokens=c, input_tokens=p, output_tokens=c)


class _FakeCompletions:
    def __init__(self, text: str) -> None:
        self.text = text
        self.calls: list[dict] = []

    async def create(self, **kw: Any):
        self.calls.append(kw)
        msg = SimpleNamespace(content=self.text, parsed=None)
        return SimpleNamespace(choices=[SimpleNamespace(message=msg)], usage=_usage(), model=kw.get("model"))


class FakeOpenAI:
    def __init__(self, text: str = "ok") -> None:
        self.chat = SimpleNamespace(completions=_FakeCompletions(text))
        self.embeddings = SimpleNamespace(create=self._embed)

    async def _embed(self, *, model: str, input: list[str], **kw):
        return SimpleNamespace(data=[SimpleNamespace(embedding=[float(len(t))]) for t in input])


class _FakeMessages:
    def __init__(self, text: str) -> None:
        self.text = text
        self.calls: list[dict] = []

    async def create(self, **kw: Any):
        self.calls.append(kw)
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self.text)],
            model=kw["model"],
            usage=_usage(),
            stop_reason="end_turn",
        )


class FakeAnthropic:
    def __init__(self, text: str = "summary") -> None:
        self.messages = _FakeMessages(text)


@dataclass
class FakeMsg:
    data: bytes
    subject: str = "test"
    reply: str = "_INBOX.1"
    responses: list[bytes] = field(default_factory=list)

    async def respond(self, data: bytes) -> None:
        self.responses.append(data)


class FakeNATS:
    def __init__(self) -> None:
        self.published: list[tuple[str, bytes]] = []
        self.subscriptions: list[tuple[str, str]] = []
        self.is_connected = True

    async def publish(self, subject: str, data: bytes, headers=None) -> None:
        self.published.append((subject, data))

    async def subscribe(self, subject: str, queue: str = "", cb=None):
        self.subscriptions.append((subject, queue))
        return SimpleNamespace(subject=subject, drain=self._noop)

    async def _noop(self):
        return None


def fake_clients(openai=None, anthropic=None, deepseek=None):
    from svc.llm.clients import LLMClients

    return LLMClients(
        openai=openai or FakeOpenAI(),
        anthropic=anthropic or FakeAnthropic(),
        cohere=SimpleNamespace(),
        together=SimpleNamespace(),
        deepseek=deepseek or FakeOpenAI('{"label": "bug", "confidence": 0.9}'),
    )
