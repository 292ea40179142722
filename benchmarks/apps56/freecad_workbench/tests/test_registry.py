from unittest import mock

from freecad.aiassist.llm.registry import (
    AnthropicBackend,
    BackendRegistry,
    OllamaBackend,
    OpenAIBackend,
)
from fakes import FakeAnthropic, FakeOllama, FakeOpenAI


def test_openai_backend_uses_client(params):
    fake = FakeOpenAI("A bracket.")
    backend = OpenAIBackend(lambda: fake)
    assert backend.complete("sys", "user") == "A bracket."
    assert fake.chat.completions.calls[0]["messages"][0]["content"] == "sys"


def test_anthropic_backend_joins_text_blocks(params):
    fake = FakeAnthropic("Hello")
    backend = AnthropicBackend(lambda: fake)
    assert backend.complete("s", "u") == "Hello"
    assert fake.messages.calls[0]["system"] == "s"


def test_ollama_backend(params):
    fake = FakeOllama("local answer")
    assert OllamaBackend(lambda: fake).complete("s", "u") == "local answer"


def test_registry_falls_back_to_openai(params):
    reg = BackendRegistry()
    reg.register(OpenAIBackend(lambda: FakeOpenAI()))
    assert reg.get("nope").name == "openai"


def test_with_magicmock_client(params):
    client = mock.MagicMock()
    client.chat.completions.create.return_value.choices = [mock.Mock(message=mock.Mock(content="hi"))]
    backend = OpenAIBackend(lambda: client)
    assert backend.complete("s", "u") == "hi"
    client.chat.completions.create.assert_called_once()
