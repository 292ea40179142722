"""Fixtures and hand-rolled SDK fakes (cheaper than MagicMock chains)."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from llmtool.app import DocsApplication
from llmtool.config import Settings
from llmtool.providers.registry import ProviderRegistry


def _chat_response(text: str):
    return SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content=text), delta=SimpleNamespace(content=text))],
        usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5, total_tokens=15),
        output_text=text,
    )


class _FakeCompletions:
    def __init__(self, reply: str) -> None:
        self.reply = reply
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        if kwargs.get("stream"):
            return iter([_chat_response(part) for part in self.reply.split(" ")])
        return _chat_response(self.reply)


class FakeOpenAI:
    def __init__(self, reply: str = "ok") -> None:
        self.chat = SimpleNamespace(completions=_FakeCompletions(reply))
        self.responses = SimpleNamespace(create=lambda **kw: _chat_response(reply))
        self.moderations = SimpleNamespace(
            create=lambda **kw: SimpleNamespace(results=[SimpleNamespace(flagged=False)])
        )


class _FakeMessages:
    def __init__(self, reply: str) -> None:
        self.reply = reply
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self.reply)],
            usage=SimpleNamespace(input_tokens=12, output_tokens=7),
        )


class FakeAnthropic:
    def __init__(self, reply: str = "{}") -> None:
        self.messages = _FakeMessages(reply)


class FakeCohere:
    def __init__(self, reply: str = "- summary") -> None:
        self.reply = reply

    def chat(self, **kwargs):
        return SimpleNamespace(message=SimpleNamespace(content=[SimpleNamespace(text=self.reply)]))

    def tokenize(self, text: str, model: str):
        return SimpleNamespace(tokens=text.split())


@pytest.fixture
def fakes():
    return {"openai": FakeOpenAI("Drafted text"), "anthropic": FakeAnthropic(), "cohere": FakeCohere()}


@pytest.fixture
def app(tmp_path: Path, fakes, monkeypatch) -> DocsApplication:
    settings = Settings(docs_root=tmp_path, cache_dir=tmp_path / "cache")
    application = DocsApplication(settings=settings)
    registry = ProviderRegistry()
    for name, client in fakes.items():
        registry.register(name, lambda c=client: c)
    application.registry = registry
    # cached_property: pre-seed so nothing real gets built
    application.__dict__["openai"] = fakes["openai"]
    application.__dict__["anthropic"] = fakes["anthropic"]
    application.__dict__["cohere"] = fakes["cohere"]
    application.auto_exits(False)
    return application
