from __future__ import annotations

import types
from unittest import mock

import pytest

pytest_plugins = ["pytest_jupyter.jupyter_server"]


class _FakeCompletions:
    def __init__(self, text="fake answer"):
        self.text = text
        self.calls = []

    async def create(self, **kwargs):
        self.calls.append(kwargs)
        msg = types.SimpleNamespace(content=self.text)
        usage = types.SimpleNamespace(prompt_tokens=3, completion_tokens=5)
        return types.SimpleNamespace(
            choices=[types.SimpleNamespace(message=msg, finish_reason="stop")],
            model=kwargs.get("model"),
            usage=usage,
        )


class FakeOpenAI:
    def __init__(self, text="fake answer"):
        self.chat = types.SimpleNamespace(completions=_FakeCompletions(text))
        self.models = mock.AsyncMock()


class _FakeMessages:
    def __init__(self, text):
        self.text = text

    async def create(self, **kwargs):
        block = types.SimpleNamespace(type="text", text=self.text)
        return types.SimpleNamespace(
            content=[block],
            model=kwargs["model"],
            usage=types.SimpleNamespace(input_tokens=4, output_tokens=6),
            stop_reason="end_turn",
        )


class FakeAnthropic:
    def __init__(self, text="fake claude"):
        self.messages = _FakeMessages(text)


@pytest.fixture
def fake_clients():
    return {"openai": FakeOpenAI(), "anthropic": FakeAnthropic(), "openrouter": FakeOpenAI("router")}


@pytest.fixture
def jp_server_config(fake_clients):
    return {"ServerApp": {"jpserver_extensions": {"jupyter_ai_helpers": True}}}


@pytest.fixture(autouse=True)
def _patch_clients(monkeypatch, fake_clients):
    monkeypatch.setattr(
        "jupyter_ai_helpers.app.build_clients", lambda **kw: dict(fake_clients)
    )
    monkeypatch.setattr(
        "jupyter_ai_helpers.app.make_anthropic_client", lambda *a, **kw: fake_clients["anthropic"]
    )
    monkeypatch.setattr(
        "jupyter_ai_helpers.app.make_openai_client", lambda *a, **kw: fake_clients["openai"]
    )
