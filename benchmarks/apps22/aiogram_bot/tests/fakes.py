"""Hand-written fakes of the SDK clients (cheaper to reason about than MagicMock chains)."""
from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any


def _completion(text: str, prompt_tokens: int = 10, completion_tokens: int = 5) -> SimpleNamespace:
    return SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content=text), delta=SimpleNamespace(content=text))],
        usage=SimpleNamespace(prompt_tokens=prompt_tokens, completion_tokens=completion_tokens),
    )


class _FakeStream:
    def __init__(self, pieces: list[str]) -> None:
        self._pieces = list(pieces)

    def __aiter__(self) -> "_FakeStream":
        return self

    async def __anext__(self) -> SimpleNamespace:
        if not self._pieces:
            raise StopAsyncIteration
        piece = self._pieces.pop(0)
        return SimpleNamespace(choices=[SimpleNamespace(delta=SimpleNamespace(content=piece))])


@dataclass
class _Completions:
    replies: list[str]
    calls: list[dict[str, Any]] = field(default_factory=list)

    async def create(self, **kwargs: Any) -> Any:
        self.calls.append(kwargs)
        text = self.replies.pop(0) if self.replies else "ok"
        if kwargs.get("stream"):
            return _FakeStream([text[: len(text) // 2], text[len(text) // 2:]])
        return _completion(text)


class FakeAsyncOpenAI:
    def __init__(self, replies: list[str] | None = None, flagged: bool = False) -> None:
        self.chat = SimpleNamespace(completions=_Completions(list(replies or [])))
        self._flagged = flagged
        self.moderations = SimpleNamespace(create=self._moderate)
        self.responses = SimpleNamespace(create=self._respond)
        self.moderation_calls = 0

    async def _moderate(self, **kwargs: Any) -> SimpleNamespace:
        self.moderation_calls += 1
        categories = SimpleNamespace(model_dump=lambda: {"harassment": self._flagged})
        return SimpleNamespace(results=[SimpleNamespace(flagged=self._flagged, categories=categories)])

    async def _respond(self, **kwargs: Any) -> SimpleNamespace:
        return SimpleNamespace(output_text="- summary")


class FakeMessage:
    """Just enough of aiogram's Message for handler/middleware tests."""

    def __init__(self, text: str | None = None, user_id: int = 42) -> None:
        self.text = text
        self.caption = None
        self.from_user = SimpleNamespace(id=user_id, username="student")
        self.chat = SimpleNamespace(id=user_id)
        self.answers: list[str] = []

    async def answer(self, text: str, **kwargs: Any) -> None:
        self.answers.append(text)
