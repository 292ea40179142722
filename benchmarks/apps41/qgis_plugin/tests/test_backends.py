from unittest import mock

from . import conftest  # noqa: F401
from ..core import backends
from .fakes import FakeAnthropic, FakeMistral, FakeOllama, FakeOpenAI


def test_openai_backend_passes_messages():
    client = FakeOpenAI("hello")
    backend = backends.OpenAIBackend(client=client, model="gpt-test")
    assert backend.complete("sys", "hi") == "hello"
    assert client.calls[0]["model"] == "gpt-test"


def test_anthropic_backend_joins_text_blocks():
    backend = backends.AnthropicBackend(client=FakeAnthropic("x"), model="claude-test")
    assert backend.complete("sys", "hi") == "x"


def test_mistral_and_ollama():
    assert backends.MistralBackend(client=FakeMistral("m"), model="m1").complete("s", "u") == "m"
    assert backends.OllamaBackend(client=FakeOllama("o"), model="llama").complete("s", "u") == "o"


def test_fake_client_direct():
    client = FakeOpenAI("direct")
    resp = client.chat.completions.create(model="gpt-test", messages=[])
    assert resp.choices[0].message.content == "direct"


def test_create_backend_uses_registry():
    fake = mock.MagicMock()
    with mock.patch.object(backends.clients, "client_for", return_value=fake):
        backend = backends.create_backend("mistral")
    backend.complete("s", "u")
    fake.chat.complete.assert_called_once()
