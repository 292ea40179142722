"""Hand-rolled fakes for the vendor clients (only what handlers touch)."""
from __future__ import annotations

from types import SimpleNamespace


def _completion(text: str, prompt_tokens: int = 10, completion_tokens: int = 5):
    return SimpleNamespace(
        choices=[
            SimpleNamespace(
                message=SimpleNamespace(content=text, parsed=None),
                finish_reason="stop",
                delta=SimpleNamespace(content=text),
            )
        ],
        usage=SimpleNamespace(
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            model_dump=lambda: {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens},
        ),
    )


class FakeCompletions:
    def __init__(self, reply: str = "ok"):
        self.reply = reply
        self.calls: list[dict] = []

    async def create(self, **kwargs):
        self.calls.append(kwargs)
        return _completion(self.reply)


class FakeOpenAI:
    """Good enough for openai, groq, cerebras and together clients."""

    def __init__(self, reply: str = "ok"):
        self.chat = SimpleNamespace(completions=FakeCompletions(reply))
        self.closed = False

    async def close(self):
        self.closed = True


class FakeMessages:
    def __init__(self, reply: str = "summary"):
        self.reply = reply
        self.calls: list[dict] = []

    async def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self.reply)],
            usage=SimpleNamespace(input_tokens=12, output_tokens=7),
            stop_reason="end_turn",
        )


class FakeAnthropic:
    def __init__(self, reply: str = "summary"):
        self.messages = FakeMessages(reply)

    async def close(self):
        pass
