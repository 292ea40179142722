"""Fake provider clients for unit tests (no network)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import List


class FakeChatCompletions:
    def __init__(self, replies: List[str]):
        self.replies = list(replies)
        self.calls: List[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        text = self.replies.pop(0) if self.replies else "other"
        return SimpleNamespace(
            choices=[SimpleNamespace(message=SimpleNamespace(content=text))],
            usage=SimpleNamespace(prompt_tokens=10, completion_tokens=1),
        )


class FakeOpenAI:
    def __init__(self, replies: List[str]):
        self.chat = SimpleNamespace(completions=FakeChatCompletions(replies))


class FakeMessages:
    def __init__(self, reply: str):
        self.reply = reply

    def create(self, **kwargs):
        return SimpleNamespace(
            content=[SimpleNamespace(text=self.reply, type="text")],
            usage=SimpleNamespace(input_tokens=20, output_tokens=5),
        )


class FakeAnthropic:
    def __init__(self, reply: str = '{"score": 1.0, "reason": "ok"}'):
        self.messages = FakeMessages(reply)


class FakeGenaiModels:
    def __init__(self, reply: str):
        self.reply = reply

    def generate_content(self, model, contents, config=None):
        return SimpleNamespace(
            text=self.reply,
            usage_metadata=SimpleNamespace(prompt_token_count=12, candidates_token_count=4),
        )


class FakeGenai:
    def __init__(self, reply: str = '{"score": 0.5, "reason": "partial"}'):
        self.models = FakeGenaiModels(reply)
