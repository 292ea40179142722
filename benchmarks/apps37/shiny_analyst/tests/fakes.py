"""Hand-rolled fakes for the provider clients (only what the services touch)."""
from __future__ import annotations

from types import SimpleNamespace


def _usage(i=10, o=5):
    return SimpleNamespace(prompt_tokens=i, completion_tokens=o, input_tokens=i, output_tokens=o)


class _FakeCompletions:
    def __init__(self, reply: str):
        self.reply = reply
        self.calls: list[dict] = []

    async def create(self, **kwargs):
        self.calls.append(kwargs)
        msg = SimpleNamespace(content=self.reply)
        return SimpleNamespace(choices=[SimpleNamespace(message=msg)], usage=_usage())


class _FakeResponses:
    def __init__(self, reply: str):
        self.reply = reply
        self.calls: list[dict] = []

    async def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(output_text=self.reply, usage=_usage())


class FakeAsyncOpenAI:
    def __init__(self, reply: str = "fake summary"):
        self.chat = SimpleNamespace(completions=_FakeCompletions(reply))
        self.responses = _FakeResponses(reply)


class _FakeMessages:
    def __init__(self, replies: list[str]):
        self.replies = list(replies)
        self.calls: list[dict] = []

    async def create(self, **kwargs):
        self.calls.append(kwargs)
        text = self.replies.pop(0) if self.replies else ""
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=text)],
            usage=_usage(),
        )

    async def count_tokens(self, **kwargs):
        return SimpleNamespace(input_tokens=123)


class FakeAsyncAnthropic:
    def __init__(self, *replies: str):
        self.messages = _FakeMessages(list(replies))
