from __future__ import annotations

from types import SimpleNamespace

import pytest

from ptk_repl.config import Config
from ptk_repl.providers import ProviderRegistry
from ptk_repl.state import AppState
from ptk_repl.storage import ConversationStore


class _FakeCompletions:
    def __init__(self, text="fake answer"):
        self.text = text
        self.calls = []

    async def create(self, **kwargs):
        self.calls.append(kwargs)
        if kwargs.get("stream"):
            return _FakeStream(self.text)
        return SimpleNamespace(
            model=kwargs["model"],
            choices=[SimpleNamespace(message=SimpleNamespace(content=self.text))],
            usage=SimpleNamespace(prompt_tokens=3, completion_tokens=2),
        )


class _FakeStream:
    def __init__(self, text):
        self._parts = text.split(" ")

    def __aiter__(self):
        return self._gen()

    async def _gen(self):
        for p in self._parts:
            yield SimpleNamespace(choices=[SimpleNamespace(delta=SimpleNamespace(content=p + " "))])


class FakeOpenAI:
    def __init__(self, text="fake answer"):
        self.chat = SimpleNamespace(completions=_FakeCompletions(text))


class _FakeMessages:
    def __init__(self, text):
        self.text = text
        self.calls = []

    async def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            model=kwargs["model"],
            content=[SimpleNamespace(type="text", text=self.text)],
            usage=SimpleNamespace(input_tokens=5, output_tokens=7),
        )


class FakeAnthropic:
    def __init__(self, text="claude says hi"):
        self.messages = _FakeMessages(text)


@pytest.fixture
def config(tmp_path):
    return Config(data_dir=tmp_path, history_file=tmp_path / "history", plugins=[])


@pytest.fixture
def store(tmp_path):
    s = ConversationStore(tmp_path / "c.db")
    yield s
    s.close()


@pytest.fixture
def state(config, store):
    registry = ProviderRegistry(config)
    conv = store.create("openai", "gpt-4.1-mini")
    return AppState(config=config, registry=registry, store=store, conversation=conv)
