"""Fakes for LLM clients and Nornir objects. No network in unit tests."""
from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any


class _FakeCompletions:
    def __init__(self, reply: str):
        self.reply = reply
        self.calls: list[dict[str, Any]] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        msg = SimpleNamespace(content=self.reply)
        return SimpleNamespace(
            choices=[SimpleNamespace(message=msg)],
            usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5),
        )


class _FakeResponses:
    def __init__(self, reply: str):
        self.reply = reply
        self.calls: list[dict[str, Any]] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(output_text=self.reply)


class FakeOpenAI:
    def __init__(self, reply: str = "ok"):
        self.chat = SimpleNamespace(completions=_FakeCompletions(reply))
        self.responses = _FakeResponses(reply)


class _FakeMessages:
    def __init__(self, reply: str):
        self.reply = reply
        self.calls: list[dict[str, Any]] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self.reply)],
            usage=SimpleNamespace(input_tokens=12, output_tokens=7),
        )


class FakeAnthropic:
    def __init__(self, reply: str = "ok"):
        self.messages = _FakeMessages(reply)


class FakeBedrock:
    def __init__(self, reply: str = "ok"):
        self.reply = reply
        self.calls: list[dict[str, Any]] = []

    def converse(self, **kwargs):
        self.calls.append(kwargs)
        return {"output": {"message": {"content": [{"text": self.reply}]}}, "usage": {"inputTokens": 1}}

    def converse_stream(self, **kwargs):
        self.calls.append(kwargs)
        return {"stream": [{"contentBlockDelta": {"delta": {"text": self.reply}}}]}


class FakeWatsonx:
    def __init__(self, reply: str = "ok"):
        self.reply = reply

    def chat(self, messages, params=None):
        return {"choices": [{"message": {"content": self.reply}}]}

    def generate_text(self, prompt, params=None):
        return self.reply


@dataclass
class FakeBundle:
    provider: str = "openai"
    openai: Any = field(default_factory=FakeOpenAI)
    anthropic: Any = field(default_factory=FakeAnthropic)
    bedrock: Any = field(default_factory=FakeBedrock)
    mistral: Any = None
    watsonx: Any = field(default_factory=FakeWatsonx)
    settings: Any = field(
        default_factory=lambda: SimpleNamespace(
            openai_model="gpt-test",
            anthropic_model="claude-test",
            bedrock_model="bedrock-test",
            mistral_model="mistral-test",
            max_tokens=64,
            temperature=0.0,
        )
    )


class FakeHost:
    def __init__(self, name: str, platform: str = "ios", **data):
        self.name = name
        self.platform = platform
        self.data = dict(data)

    def __str__(self) -> str:
        return self.name


class FakeTask:
    """Enough of nornir.core.task.Task for unit-testing task functions."""

    def __init__(self, host: FakeHost, subresults: dict | None = None):
        self.host = host
        self.subresults = subresults or {}
        self.ran: list[str] = []

    def run(self, task, **kwargs):
        name = kwargs.get("name") or task.__name__
        self.ran.append(name)
        return SimpleNamespace(result=self.subresults.get(task.__name__), diff=self.subresults.get("diff"))
