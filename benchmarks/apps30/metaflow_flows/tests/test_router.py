from unittest import mock

import pytest

from llmkit.router import ProviderRouter


def test_openai_route_uses_system_prompt(fake_openai):
    router = ProviderRouter(default_provider="openai")
    out = router.complete("hi", system="be brief")
    assert out.text == "hello from fake"
    sent = fake_openai.chat.completions.calls[0]
    assert sent["messages"][0] == {"role": "system", "content": "be brief"}
    assert out.input_tokens == 11


def test_anthropic_route(fake_anthropic):
    router = ProviderRouter()
    out = router.complete("grade this", provider="anthropic", model="claude-test")
    assert out.provider == "anthropic"
    assert fake_anthropic.messages.calls[0]["model"] == "claude-test"


def test_bedrock_route_parses_converse_output(monkeypatch):
    runtime = mock.MagicMock()
    runtime.converse.return_value = {
        "output": {"message": {"content": [{"text": "bonjour"}]}},
        "usage": {"inputTokens": 3, "outputTokens": 1},
    }
    monkeypatch.setattr("llmkit.router.bedrock_runtime", lambda: runtime)
    out = ProviderRouter().complete("hello", provider="bedrock", model="m")
    assert out.text == "bonjour"
    runtime.converse.assert_called_once()


def test_unknown_provider():
    with pytest.raises(KeyError):
        ProviderRouter().complete("x", provider="nope", model="m")


def test_fireworks_client_is_openai_compatible(monkeypatch):
    fake = mock.MagicMock()
    fake.chat.completions.create.return_value = mock.MagicMock(
        choices=[mock.MagicMock(message=mock.MagicMock(content="fw"))],
        usage=mock.MagicMock(prompt_tokens=1, completion_tokens=1),
    )
    monkeypatch.setattr("llmkit.router.get_fireworks_client", lambda: fake)
    out = ProviderRouter().complete("q", provider="fireworks", model="accounts/x/models/y")
    assert out.text == "fw"
    fake.chat.completions.create.assert_called_once()
