"""Fake SDK clients shaped like the real ones (only what the app touches)."""
from __future__ import annotations

from types import SimpleNamespace


class _FakeChatCompletions:
    def __init__(self, reply: str):
        self.reply = reply
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        usage = SimpleNamespace(prompt_tokens=11, completion_tokens=7)
        msg = SimpleNamespace(content=self.reply)
        return SimpleNamespace(choices=[SimpleNamespace(message=msg)], usage=usage)


class FakeOpenAI:
    def __init__(self, reply: str = "ok"):
        self.chat = SimpleNamespace(completions=_FakeChatCompletions(reply))


class _FakeMessages:
    def __init__(self, reply: str):
        self.reply = reply
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self.reply)],
            usage=SimpleNamespace(input_tokens=20, output_tokens=5),
        )


class FakeAnthropic:
    def __init__(self, reply: str = "summary"):
        self.messages = _FakeMessages(reply)


class _FakeModels:
    def __init__(self, reply: str):
        self.reply = reply

    def generate_content(self, model, contents, config=None):
        return SimpleNamespace(
            text=self.reply,
            usage_metadata=SimpleNamespace(prompt_token_count=3, candidates_token_count=4),
        )


class FakeGenai:
    def __init__(self, reply: str = "- a\n  - b"):
        self.models = _FakeModels(reply)
