from unittest import mock

from quill.ai.backends.anthropic_backend import AnthropicBackend
from quill.ai.backends.openai_backend import OpenAIBackend
from quill.ai.registry import BackendRegistry
from quill.features.dictation import Dictation

from .fakes import FakeAnthropic, FakeApp, FakeOpenAI


def test_openai_backend_complete_counts_tokens():
    backend = OpenAIBackend(client=FakeOpenAI(replies=["hi"]))
    result = backend.complete("hello", system="be nice")
    assert result.text == "hi"
    assert (result.input_tokens, result.output_tokens) == (10, 5)


def test_anthropic_backend_uses_lazy_client():
    backend = AnthropicBackend()
    backend._client = FakeAnthropic("ok")
    assert backend.complete("x").text == "ok"


def test_registry_caches_instances():
    registry = BackendRegistry()
    registry.register("openai", lambda model=None: OpenAIBackend(model, client=FakeOpenAI()))
    assert registry.get("openai") is registry.get("openai")


def test_mistral_backend_with_mock():
    from quill.ai.backends.mistral_backend import MistralBackend

    client = mock.MagicMock()
    client.chat.complete.return_value.choices[0].message.content = "bonjour"
    backend = MistralBackend(client=client)
    assert backend.complete("hello").text == "bonjour"
    client.chat.complete.assert_called_once()


@mock.patch("quill.ai.backends.ollama_backend.get_ollama_client")
def test_ollama_backend(get_client):
    get_client.return_value.chat.return_value = {"message": {"content": "hey"}, "eval_count": 2}
    from quill.ai.backends.ollama_backend import OllamaBackend

    assert OllamaBackend().complete("hi").text == "hey"


def test_registry_unknown_backend():
    import pytest

    from quill.ai.registry import UnknownBackendError

    registry = BackendRegistry()
    with pytest.raises(UnknownBackendError):
        registry.get("gemini")


def test_registry_register_drops_cached_instances():
    registry = BackendRegistry()
    first = FakeOpenAI()
    second = FakeOpenAI()
    registry.register("openai", lambda model=None: OpenAIBackend(model, client=first))
    a = registry.get("openai")
    registry.register("openai", lambda model=None: OpenAIBackend(model, client=second))
    b = registry.get("openai")
    assert a is not b
    assert b.client is second


def test_openai_backend_stream_with_mock():
    client = mock.MagicMock()
    chunk = mock.MagicMock()
    chunk.choices[0].delta.content = "abc"
    client.chat.completions.create.return_value = [chunk, chunk]
    backend = OpenAIBackend(client=client)
    assert "".join(backend.stream("hi")) == "abcabc"
    assert client.chat.completions.create.call_args.kwargs["stream"] is True


def test_anthropic_fake_records_calls():
    fake = FakeAnthropic("done")
    fake.messages.create(model="claude-3-5-haiku-latest", max_tokens=10, messages=[])
    assert fake.messages.calls[0]["max_tokens"] == 10


def test_transcribe_passes_language(tmp_path):
    audio = tmp_path / "a.ogg"
    audio.write_bytes(b"OggS")
    app = FakeApp()
    with mock.patch("quill.features.dictation.Recorder"):
        dictation = Dictation(app)
    assert dictation.transcribe(audio, "en-GB") == "hello world"
    assert app.openai_client.calls[0]["language"] == "en"
