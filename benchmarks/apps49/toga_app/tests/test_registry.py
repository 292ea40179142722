from unittest.mock import MagicMock

import pytest

from minutes_mate.services.registry import (
    AnthropicAdapter,
    MistralAdapter,
    OllamaAdapter,
    OpenAIAdapter,
    ProviderRegistry,
)
from tests.conftest import FakeOpenAI


def test_openai_adapter_uses_default_model():
    client = FakeOpenAI("hello")
    adapter = OpenAIAdapter(client, default_model="gpt-test")
    assert adapter.complete([{"role": "user", "content": "hi"}]) == "hello"
    assert client.chat.completions.calls[0]["model"] == "gpt-test"


def test_anthropic_adapter_moves_system_prompt():
    client = MagicMock()
    block = MagicMock(type="text", text="done")
    client.messages.create.return_value.content = [block]
    adapter = AnthropicAdapter(client)
    out = adapter.complete([{"role": "system", "content": "be brief"}, {"role": "user", "content": "x"}])
    assert out == "done"
    kwargs = client.messages.create.call_args.kwargs
    assert kwargs["system"] == "be brief"
    assert kwargs["messages"] == [{"role": "user", "content": "x"}]


def test_mistral_adapter():
    client = MagicMock()
    client.chat.complete.return_value.choices = [MagicMock(message=MagicMock(content="bonjour"))]
    assert MistralAdapter(client).complete([{"role": "user", "content": "hi"}]) == "bonjour"


def test_ollama_adapter_lists_models():
    client = MagicMock()
    client.list.return_value = {"models": [{"model": "llama3.1:8b"}]}
    client.chat.return_value = {"message": {"content": "local"}}
    adapter = OllamaAdapter(client)
    assert adapter.installed_models() == ["llama3.1:8b"]
    assert adapter.complete([{"role": "user", "content": "hi"}]) == "local"


def test_registry_unknown_provider():
    reg = ProviderRegistry()
    with pytest.raises(LookupError):
        reg.get("nope")


def test_registry_caches_instances():
    reg = ProviderRegistry()
    made = []
    reg.register("fake", lambda: made.append(1) or OpenAIAdapter(FakeOpenAI()))
    assert reg.get("fake") is reg.get("fake")
    assert made == [1]
