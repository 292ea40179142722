"""Shared fakes. Nothing in the test suite talks to a real provider."""
from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


class _FakeCompletions:
    def __init__(self, text: str) -> None:
        self.text = text
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            model=kwargs.get("model", "fake-model"),
            choices=[SimpleNamespace(message=SimpleNamespace(content=self.text, parsed=None, refusal=None))],
            usage=SimpleNamespace(prompt_tokens=11, completion_tokens=7, total_tokens=18),
        )


class FakeOpenAI:
    """Quacks like openai.OpenAI / groq.Groq for chat.completions.create."""

    def __init__(self, text: str = "fake insight") -> None:
        self.chat = SimpleNamespace(completions=_FakeCompletions(text))


class _FakeMessages:
    def __init__(self, text: str) -> None:
        self.text = text
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            model=kwargs["model"],
            content=[SimpleNamespace(type="text", text=self.text)],
            usage=SimpleNamespace(input_tokens=20, output_tokens=5),
        )


class FakeAnthropic:
    def __init__(self, text: str = "fake claude insight") -> None:
        self.messages = _FakeMessages(text)


class FakeBedrock:
    def __init__(self, text: str = "fake bedrock insight") -> None:
        self.text = text
        self.requests: list[dict] = []

    def converse(self, **kwargs):
        self.requests.append(kwargs)
        return {
            "output": {"message": {"role": "assistant", "content": [{"text": self.text}]}},
            "usage": {"inputTokens": 30, "outputTokens": 9, "totalTokens": 39},
        }


@pytest.fixture
def fake_openai():
    return FakeOpenAI()


@pytest.fixture
def fake_anthropic():
    return FakeAnthropic()


@pytest.fixture
def fake_bedrock():
    return FakeBedrock()
