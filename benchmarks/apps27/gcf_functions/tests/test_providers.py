from unittest import mock

import pytest

from common import providers
from tests.fakes import FakeAnthropic, FakeGenaiClient, FakeOpenAI


def test_registry_defaults_to_env(monkeypatch):
    monkeypatch.setenv("LLM_PROVIDER", "gemini")
    with mock.patch.object(providers, "get_genai_client", return_value=FakeGenaiClient()):
        p = providers.get_provider()
    assert isinstance(p, providers.GeminiProvider)


def test_unknown_provider():
    with pytest.raises(ValueError):
        providers.get_provider("palm")


def test_gemini_complete_maps_usage():
    fake = FakeGenaiClient("Hello")
    with mock.patch.object(providers, "get_genai_client", return_value=fake):
        out = providers.get_provider("gemini").complete("hi", system="sys")
    assert out.text == "Hello"
    assert (out.input_tokens, out.output_tokens) == (11, 22)
    assert fake.models.calls[0]["config"].system_instruction == "sys"


def test_claude_complete_passes_system():
    fake = FakeAnthropic("Bonjour")
    with mock.patch.object(providers, "get_anthropic_client", return_value=fake):
        out = providers.get_provider("claude").complete("hi", system="be nice")
    assert out.text == "Bonjour"
    assert fake.messages.calls[0]["system"] == "be nice"


def test_openai_json_mode_uses_response_format():
    client = mock.MagicMock()
    client.chat.completions.create.return_value = FakeOpenAI("{}").chat.completions.create(model="gpt-4o-mini")
    with mock.patch.object(providers, "get_openai_client", return_value=client):
        providers.get_provider("openai").complete("x", json_mode=True)
    client.chat.completions.create.assert_called_once()
    _, kwargs = client.chat.completions.create.call_args
    assert kwargs["response_format"] == {"type": "json_object"}


def test_provider_instances_are_cached():
    with mock.patch.object(providers, "get_genai_client", return_value=FakeGenaiClient()):
        assert providers.get_provider("gemini") is providers.get_provider("gemini")
