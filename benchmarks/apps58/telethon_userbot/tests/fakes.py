"""Fakes for SDK clients and Telethon events."""
from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any


class _FakeCompletions:
    def __init__(self, reply: str) -> None:
        self.reply = reply
        self.calls: list[dict[str, Any]] = []

    async def create(self, **kwargs: Any) -> Any:
        self.calls.append(kwargs)
        message = SimpleNamespace(content=self.reply)
        usage = SimpleNamespace(prompt_tokens=10, completion_tokens=5)
        return SimpleNamespace(choices=[SimpleNamespace(message=message)], usage=usage)


class FakeOpenAI:
    """Looks enough like AsyncOpenAI / AsyncGroq for the chat path."""

    def __init__(self, reply: str = "fake answer") -> None:
        self.chat = SimpleNamespace(completions=_FakeCompletions(reply))


class _FakeMessages:
    def __init__(self, replies: list[str]) -> None:
        self.replies = list(replies)
        self.calls: list[dict[str, Any]] = []

    async def create(self, **kwargs: Any) -> Any:
        self.calls.append(kwargs)
        text = self.replies.pop(0) if self.replies else "fake"
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=text)],
            usage=SimpleNamespace(input_tokens=100, output_tokens=20),
        )


class FakeAnthropic:
    def __init__(self, *replies: str) -> None:
        self.messages = _FakeMessages(list(replies) or ["summary"])


class FakeHistory:
    def __init__(self) -> None:
        self.turns: list[tuple[int, str, str]] = []

    def recent(self, chat_id: int, limit: int = 12) -> list[dict[str, str]]:
        return [{"role": r, "content": c} for cid, r, c in self.turns if cid == chat_id][-limit:]

    def create(self, chat_id: int, role: str, content: str) -> None:
        self.turns.append((chat_id, role, content))

    def clear(self, chat_id: int) -> int:
        before = len(self.turns)
        self.turns = [t for t in self.turns if t[0] != chat_id]
        return before - len(self.turns)


@dataclass
class FakeMatch:
    groups: tuple[str | None, ...]

    def group(self, i: int) -> str | None:
        if i == 0 or i > len(self.groups):
            raise IndexError(i)
        return self.groups[i - 1]


@dataclass
class FakeEvent:
    client: Any
    text: str = ""
    chat_id: int = 42
    is_reply: bool = False
    out: bool = True
    pattern_match: FakeMatch | None = None
    edits: list[str] = field(default_factory=list)
    replies: list[str] = field(default_factory=list)

    @property
    def message(self) -> "FakeEvent":
        return self

    async def edit(self, text: str) -> "FakeEvent":
        self.edits.append(text)
        return self

    async def reply(self, text: str, **_: Any) -> "FakeEvent":
        self.replies.append(text)
        return self

    async def respond(self, text: str, **_: Any) -> "FakeEvent":
        self.replies.append(text)
        return self


class FakeTelegramClient:
    """Stand-in for TelegramClient with the attributes bot.py attaches."""

    def __init__(self, **attrs: Any) -> None:
        self.handlers: list[tuple[Any, Any]] = []
        self.history = FakeHistory()
        for k, v in attrs.items():
            setattr(self, k, v)

    def on(self, builder: Any):
        def deco(fn):
            self.handlers.append((fn, builder))
            return fn

        return deco

    def add_event_handler(self, fn: Any, builder: Any = None) -> None:
        self.handlers.append((fn, builder))

    def handler(self, name: str):
        for fn, _ in self.handlers:
            if fn.__name__ == name:
                return fn
        raise KeyError(name)
