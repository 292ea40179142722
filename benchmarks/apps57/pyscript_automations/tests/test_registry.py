from unittest import mock

import pytest

from ai import registry


def test_openai_chat_uses_default_model(fake_openai):
    with mock.patch.object(registry, "get_openai", return_value=fake_openai):
        text = registry._openai_chat("hello")
    assert text == "ok"
    call = fake_openai.chat.completions.calls[0]
    assert call["model"] == "gpt-4o-mini"
    assert call["messages"][-1] == {"role": "user", "content": "hello"}


def test_complete_falls_back(monkeypatch):
    failing = mock.Mock(side_effect=RuntimeError("groq down"))
    working = mock.Mock(return_value="from openai")
    monkeypatch.setitem(registry.PROVIDERS, "groq", failing)
    monkeypatch.setitem(registry.PROVIDERS, "openai", working)
    assert registry.complete("groq", "hi") == "from openai"
    failing.assert_called_once()


def test_anthropic_chat_joins_text_blocks():
    client = mock.MagicMock()
    block = mock.Mock(type="text", text="Doors closed.")
    client.messages.create.return_value = mock.Mock(content=[block])
    with mock.patch.object(registry, "get_anthropic", return_value=client):
        assert registry._anthropic_chat("status?") == "Doors closed."
    kwargs = client.messages.create.call_args.kwargs
    assert kwargs["max_tokens"] == 300


def test_all_providers_fail(monkeypatch):
    for name in list(registry.PROVIDERS):
        monkeypatch.setitem(registry.PROVIDERS, name, mock.Mock(side_effect=ValueError(name)))
    with pytest.raises(RuntimeError):
        registry.complete("openai", "hi")
