"""Hand-rolled fakes for the provider clients. Only the attributes we touch."""
from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any


def _chat_response(text: str, prompt_tokens: int = 10, completion_tokens: int = 20) -> SimpleNamespace:
    return SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content=text), delta=SimpleNamespace(content=text))],
        usage=SimpleNamespace(prompt_tokens=prompt_tokens, completion_tokens=completion_tokens),
    )


@dataclass
class FakeCompletions:
    replies: list[str] = field(default_factory=lambda: ["ok"])
    calls: list[dict[str, Any]] = field(default_factory=list)

    async def create(self, **kwargs: Any) -> SimpleNamespace:
        self.calls.append(kwargs)
        text = self.replies[min(len(self.calls) - 1, len(self.replies) - 1)]
        return _chat_response(text)


class FakeOpenAICompatible:
    """Stands in for AsyncOpenAI / AsyncGroq / the DeepSeek client."""

    def __init__(self, *replies: str) -> None:
        self.chat = SimpleNamespace(completions=FakeCompletions(list(replies) or ["ok"]))

    @property
    def calls(self) -> list[dict[str, Any]]:
        return self.chat.completions.calls


class FakeMessages:
    def __init__(self, reply: str = "rewritten") -> None:
        self.reply = reply
        self.calls: list[dict[str, Any]] = []

    async def create(self, **kwargs: Any) -> SimpleNamespace:
        self.calls.append(kwargs)
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self.reply)],
            stop_reason="end_turn",
            usage=SimpleNamespace(input_tokens=12, output_tokens=34),
        )


class FakeAnthropic:
    def __init__(self, reply: str = "rewritten") -> None:
        self.messages = FakeMessages(reply)
