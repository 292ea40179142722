from __future__ import annotations

import pytest

from termpal.backends import Message, create_backend
from termpal.backends.anthropic_backend import AnthropicBackend
from termpal.backends.openai_backend import OpenAIBackend
from tests.conftest import FakeAnthropic


async def test_openai_backend_complete(monkeypatch, fake_openai):
    monkeypatch.setattr("termpal.clients.get_async_openai", lambda: fake_openai)
    backend = OpenAIBackend("gpt-4o-mini")
    reply = await backend.complete([Message("user", "hi")], system="be brief")
    assert reply.text == "hello"
    assert reply.input_tokens == 3
    kwargs = fake_openai.chat.completions.create.await_args.kwargs
    assert kwargs["messages"][0] == {"role": "system", "content": "be brief"}


async def test_anthropic_backend_splits_system(monkeypatch):
    fake = FakeAnthropic()
    monkeypatch.setattr("termpal.backends.anthropic_backend.get_anthropic", lambda: fake)
    backend = AnthropicBackend("claude-3-5-haiku-latest")
    reply = await backend.complete([Message("system", "sys"), Message("user", "q")])
    assert reply.text == "hi from claude"
    assert fake.messages.calls[0]["system"] == "sys"
    assert fake.messages.calls[0]["messages"] == [{"role": "user", "content": "q"}]


async def test_fake_messages_records_calls():
    fake = FakeAnthropic()
    msg = await fake.messages.create(model="claude-x", max_tokens=5, messages=[])
    assert msg.usage.output_tokens == 4
    assert len(fake.messages.calls) == 1


def test_create_backend_groq_compat(settings):
    settings.groq_api_key = "gsk-test"
    settings.groq_openai_compat = True
    backend = create_backend("groq", settings)
    assert type(backend).__name__ == "GroqCompatBackend"


@pytest.mark.parametrize("name", ["mistral", "ollama"])
def test_create_backend_local_clients(settings, name):
    settings.mistral_api_key = "m-test"
    backend = create_backend(name, settings)
    assert backend.name == name
