"""Hand-rolled fakes for provider clients: same attribute shape, no network."""
from __future__ import annotations

from types import SimpleNamespace
from typing import Any


class _Recorder:
    def __init__(self, reply: Any) -> None:
        self.reply = reply
        self.calls: list[dict[str, Any]] = []

    async def create(self, **kwargs: Any) -> Any:
        self.calls.append(kwargs)
        return self.reply


def fake_response(text: str = "summary", model: str = "gpt-4.1-mini") -> SimpleNamespace:
    return SimpleNamespace(
        output_text=text, model=model, usage=SimpleNamespace(input_tokens=10, output_tokens=5)
    )


def fake_chat_completion(content: str) -> SimpleNamespace:
    return SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content=content))],
        usage=SimpleNamespace(prompt_tokens=7, completion_tokens=3),
    )


class FakeOpenAI:
    def __init__(self, text: str = "summary") -> None:
        self.responses = _Recorder(fake_response(text))
        self.chat = SimpleNamespace(completions=_Recorder(fake_chat_completion("{}")))

    async def close(self) -> None:
        return None


class FakeAnthropic:
    def __init__(self, text: str = "Hallo") -> None:
        block = SimpleNamespace(type="text", text=text)
        self.messages = _Recorder(
            SimpleNamespace(content=[block], usage=SimpleNamespace(input_tokens=4, output_tokens=2))
        )

        async def count_tokens(**kwargs: Any) -> SimpleNamespace:
            return SimpleNamespace(input_tokens=100)

        self.messages.count_tokens = count_tokens

    async def close(self) -> None:
        return None


class FakeTogether:
    def __init__(self, content: str) -> None:
        self.chat = SimpleNamespace(completions=_Recorder(fake_chat_completion(content)))
