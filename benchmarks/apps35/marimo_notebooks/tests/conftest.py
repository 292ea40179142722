from __future__ import annotations

from types import SimpleNamespace

import pytest


class FakeChatCompletions:
    def __init__(self, reply: str):
        self.reply = reply
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content=self.reply))])


class FakeOpenAI:
    def __init__(self, reply: str = "A"):
        self.chat = SimpleNamespace(completions=FakeChatCompletions(reply))


class FakeMessages:
    def __init__(self, text: str):
        self.text = text
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(content=[SimpleNamespace(type="text", text=self.text)])


class FakeAnthropic:
    def __init__(self, text: str):
        self.messages = FakeMessages(text)


@pytest.fixture
def fake_openai():
    return FakeOpenAI()


@pytest.fixture
def fake_anthropic():
    return FakeAnthropic("faithfulness=4\ncorrectness=5\nreason=grounded in context")
