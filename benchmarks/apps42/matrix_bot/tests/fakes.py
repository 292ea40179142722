"""Fakes for the SDK clients and the Matrix client."""
from __future__ import annotations

from types import SimpleNamespace


def _completion(text: str, model: str = "fake-model"):
    return SimpleNamespace(
        model=model,
        choices=[SimpleNamespace(message=SimpleNamespace(content=text), delta=SimpleNamespace(content=text))],
        usage=SimpleNamespace(prompt_tokens=3, completion_tokens=5),
    )


class _FakeCompletions:
    def __init__(self, reply: str):
        self.reply = reply
        self.calls: list[dict] = []

    async def create(self, **kwargs):
        self.calls.append(kwargs)
        return _completion(self.reply, kwargs.get("model", "fake-model"))


class _FakeModerations:
    def __init__(self, flagged: bool = False, categories: dict | None = None):
        self.flagged = flagged
        self.categories = categories or {}

    async def create(self, **kwargs):
        cats = SimpleNamespace(model_dump=lambda by_alias=True: dict(self.categories))
        n = len(kwargs["input"]) if isinstance(kwargs["input"], list) else 1
        return SimpleNamespace(results=[SimpleNamespace(flagged=self.flagged, categories=cats)] * n)


class FakeOpenAI:
    def __init__(self, reply: str = "hello", flagged: bool = False, categories: dict | None = None):
        self.chat = SimpleNamespace(completions=_FakeCompletions(reply))
        self.moderations = _FakeModerations(flagged, categories)


class FakeMatrix:
    def __init__(self):
        self.sent: list[tuple[str, str, dict]] = []

    async def room_send(self, room_id, message_type, content):
        self.sent.append((room_id, message_type, content))
        return SimpleNamespace(event_id=f"$evt{len(self.sent)}")

    async def room_typing(self, room_id, typing_state=True, timeout=30000):
        return None
