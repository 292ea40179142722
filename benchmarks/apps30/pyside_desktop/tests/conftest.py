from __future__ import annotations

from types import SimpleNamespace
from unittest.mock import MagicMock

import pytest

from quillpad.settings import ProviderConfig


class FakeSettings:
    def __init__(self, **values):
        self.values = {"app/offline": False, "llm/provider": "openai", **values}

    def value(self, key, default=None, type_=None):
        return self.values.get(key, default)

    def set_value(self, key, value):
        self.values[key] = value

    @property
    def offline_mode(self):
        return bool(self.values.get("app/offline"))

    @property
    def active_provider(self):
        return self.values["llm/provider"]

    @property
    def use_tracked_service(self):
        return bool(self.values.get("llm/tracked"))

    def model_for(self, provider):
        return f"{provider}-test-model"

    def api_key(self, provider):
        return "sk-test"

    def provider_config(self, provider=None):
        return ProviderConfig(name=provider or self.active_provider, model="test-model")


class FakeLLM:
    def __init__(self, reply="fake reply"):
        self.reply = reply
        self.calls = []

    def complete(self, messages):
        self.calls.append(messages)
        return self.reply

    def stream(self, messages):
        self.calls.append(messages)
        yield from self.reply.split(" ")


def openai_like(reply: str = "ok"):
    client = MagicMock()
    client.chat.completions.create.return_value = SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content=reply))],
        usage=SimpleNamespace(prompt_tokens=3, completion_tokens=2),
    )
    return client


@pytest.fixture
def settings():
    return FakeSettings()


@pytest.fixture
def fake_llm():
    return FakeLLM()
