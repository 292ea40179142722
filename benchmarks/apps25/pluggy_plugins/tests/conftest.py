"""Shared fixtures: a fake engine whose provider clients record calls."""
from __future__ import annotations

from types import SimpleNamespace
from unittest.mock import MagicMock

import pluggy
import pytest

from docflow import PROJECT_NAME, hookspecs
from docflow.config import Settings
from docflow.models import Document


class FakeUsage(SimpleNamespace):
    pass


class FakeChatCompletions:
    def __init__(self, reply: str = "fake summary") -> None:
        self.reply = reply
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        message = SimpleNamespace(content=self.reply)
        return SimpleNamespace(
            model=kwargs.get("model", "fake-model"),
            choices=[SimpleNamespace(message=message)],
            usage=FakeUsage(prompt_tokens=11, completion_tokens=7),
        )


class FakeEmbeddings:
    def __init__(self, dims: int = 4) -> None:
        self.dims = dims
        self.calls: list[dict] = []

    def create(self, model: str, input: list[str], **_):
        self.calls.append({"model": model, "input": input})
        data = [SimpleNamespace(index=i, embedding=[float(i)] * self.dims) for i in range(len(input))]
        return SimpleNamespace(data=data, usage=FakeUsage(prompt_tokens=len(input), total_tokens=len(input)))


class FakeOpenAI:
    """Duck-typed stand-in for openai.OpenAI with just what the plugins use."""

    def __init__(self, reply: str = "fake summary") -> None:
        self.chat = SimpleNamespace(completions=FakeChatCompletions(reply))
        self.embeddings = FakeEmbeddings()
        self.models = SimpleNamespace(list=lambda: [SimpleNamespace(id="gpt-4o-mini")])
        self.moderations = MagicMock()
        self.responses = MagicMock()

    def close(self) -> None:
        pass


class FakeEngine(SimpleNamespace):
    def plugin(self, name):
        return self.pm.get_plugin(name)

    def plugin_names(self):
        return sorted(n for n, _ in self.pm.list_name_plugin() if n)


@pytest.fixture
def settings() -> Settings:
    return Settings(
        openai_api_key="sk-test",
        summary_plugin="openai_plugin",
        embedding_plugin="openai",
        load_entrypoints=False,
        environment="test",
    )


@pytest.fixture
def pm() -> pluggy.PluginManager:
    manager = pluggy.PluginManager(PROJECT_NAME)
    manager.add_hookspecs(hookspecs)
    return manager


@pytest.fixture
def fake_openai() -> FakeOpenAI:
    return FakeOpenAI()


@pytest.fixture
def engine(settings, pm, fake_openai) -> FakeEngine:
    anthropic = MagicMock(name="AsyncAnthropic")
    return FakeEngine(
        settings=settings,
        pm=pm,
        openai=fake_openai,
        async_openai=MagicMock(name="AsyncOpenAI"),
        anthropic=anthropic,
        hf=MagicMock(name="InferenceClient"),
        genai=MagicMock(name="genai.Client"),
        extra={},
    )


@pytest.fixture
def document() -> Document:
    return Document(
        id="doc-1",
        title="Master Services Agreement",
        text="This Agreement is entered into by the parties hereinafter. Governing law: Delaware. " * 20,
        metadata={},
    )
