"""Fakes for the SDK clients. No test talks to the network."""
from __future__ import annotations

from types import SimpleNamespace

import pytest


def _text_block(text):
    return SimpleNamespace(type="text", text=text)


class FakeMessages:
    def __init__(self, replies):
        self.replies = list(replies)
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        text = self.replies.pop(0) if self.replies else "## Overview\nok"
        return SimpleNamespace(
            content=[_text_block(text)],
            usage=SimpleNamespace(input_tokens=10, output_tokens=5),
        )


class FakeAnthropic:
    def __init__(self, replies=()):
        self.messages = FakeMessages(replies)


class FakeCompletions:
    def __init__(self, reply="ok"):
        self.reply = reply
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        msg = SimpleNamespace(content=self.reply)
        return SimpleNamespace(
            choices=[SimpleNamespace(message=msg)],
            usage=SimpleNamespace(prompt_tokens=3, completion_tokens=2),
        )


class FakeOpenAI:
    def __init__(self, reply="ok"):
        self.chat = SimpleNamespace(completions=FakeCompletions(reply))


@pytest.fixture
def fake_anthropic():
    return FakeAnthropic()


@pytest.fixture
def fake_openai():
    return FakeOpenAI()
