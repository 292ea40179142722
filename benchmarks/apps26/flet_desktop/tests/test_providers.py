from unittest import mock

import pytest

from counseldesk.services import providers


def test_openai_provider_maps_usage(monkeypatch, fake_openai):
    monkeypatch.setattr(providers, "get_openai_client", lambda: fake_openai)
    result = providers.complete("openai", [{"role": "user", "content": "hi"}], model="gpt-4.1-mini")
    assert result.text == "fine"
    assert result.input_tokens == 11
    assert fake_openai.chat.completions.create.calls[0]["model"] == "gpt-4.1-mini"


def test_anthropic_provider_splits_system(monkeypatch, fake_anthropic):
    monkeypatch.setattr(providers, "get_anthropic_client", lambda: fake_anthropic)
    providers.complete("anthropic", [{"role": "system", "content": "be brief"}, {"role": "user", "content": "hi"}])
    sent = fake_anthropic.messages.created[0]
    assert sent["system"] == "be brief"
    assert all(m["role"] != "system" for m in sent["messages"])


def test_xai_provider_appends_every_message(monkeypatch, fake_xai):
    monkeypatch.setattr(providers, "get_xai_client", lambda: fake_xai)
    monkeypatch.setattr(providers, "_XAI_ROLES", {"user": lambda t: ("user", t), "system": lambda t: ("system", t)})
    out = providers.complete("xai", [{"role": "system", "content": "s"}, {"role": "user", "content": "u"}])
    assert out.text == "Dear Sir"
    assert fake_xai.chats[0].appended == [("system", "s"), ("user", "u")]


def test_gemini_provider_with_mock(monkeypatch):
    client = mock.MagicMock()
    client.models.generate_content.return_value = mock.Mock(
        text="hola", usage_metadata=mock.Mock(prompt_token_count=3, candidates_token_count=2)
    )
    monkeypatch.setattr(providers, "get_genai_client", lambda: client)
    out = providers.complete("google", [{"role": "user", "content": "hi"}])
    assert out.text == "hola"
    client.models.generate_content.assert_called_once()


def test_unknown_provider():
    with pytest.raises(ValueError):
        providers.get_provider("bard")
