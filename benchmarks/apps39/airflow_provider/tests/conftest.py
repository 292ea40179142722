from __future__ import annotations

from types import SimpleNamespace
from unittest import mock

import pytest
from airflow.models import Connection


class FakeCompletions:
    def __init__(self, content: str = "ok") -> None:
        self.content = content
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        usage = SimpleNamespace(prompt_tokens=3, completion_tokens=2, model_dump=lambda: {"prompt_tokens": 3})
        message = SimpleNamespace(content=self.content)
        return SimpleNamespace(choices=[SimpleNamespace(message=message)], usage=usage)


class FakeOpenAIClient:
    def __init__(self, content: str = "ok") -> None:
        self.chat = SimpleNamespace(completions=FakeCompletions(content))


class FakeMessages:
    def __init__(self) -> None:
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        block = SimpleNamespace(type="text", text="hello from fake claude")
        return SimpleNamespace(content=[block], stop_reason="end_turn", usage=SimpleNamespace(input_tokens=5, output_tokens=4))


class FakeAnthropicClient:
    def __init__(self) -> None:
        self.messages = FakeMessages()


@pytest.fixture
def openai_conn(monkeypatch):
    conn = Connection(conn_id="acme_openai_default", conn_type="acme_openai", password="sk-test", extra='{"organization": "org-1"}')
    monkeypatch.setenv(f"AIRFLOW_CONN_{conn.conn_id.upper()}", conn.get_uri())
    return conn


@pytest.fixture
def fake_openai():
    client = FakeOpenAIClient()
    with mock.patch("acme_airflow_llm.hooks.openai.OpenAIHook.get_conn", return_value=client):
        yield client


@pytest.fixture
def fake_anthropic():
    client = FakeAnthropicClient()
    with mock.patch("acme_airflow_llm.hooks.anthropic.AnthropicHook.get_conn", return_value=client):
        yield client
