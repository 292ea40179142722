from unittest import mock

import pytest

from menubar.llm.provider_switch import ProviderError, ProviderSwitch


def make_switch(settings, **backends):
    return ProviderSwitch(settings, backends=backends)


def test_uses_active_provider(settings):
    openai_backend = mock.Mock(return_value="  answer ")
    switch = make_switch(settings, openai=openai_backend)
    assert switch.complete("sys", "user") == "answer"
    openai_backend.assert_called_once_with("sys", "user", "gpt-4o-mini", 600)


def test_falls_back(settings):
    failing = mock.Mock(side_effect=RuntimeError("down"))
    backup = mock.Mock(return_value="from claude")
    switch = make_switch(settings, openai=failing, anthropic=backup)
    assert switch.complete("s", "u") == "from claude"


def test_no_fallback_raises(settings):
    switch = make_switch(settings, openai=mock.Mock(side_effect=RuntimeError("x")))
    with pytest.raises(ProviderError):
        switch.complete("s", "u", fallback=False)


def test_select_unknown(settings):
    switch = make_switch(settings, openai=mock.Mock())
    with pytest.raises(ProviderError):
        switch.select("gemini")


def test_mocked_client_create(settings):
    client = mock.MagicMock()
    client.chat.completions.create.return_value.choices = [mock.Mock(message=mock.Mock(content="hi"))]
    with mock.patch("menubar.llm.provider_switch.get_openai_client", return_value=client):
        from menubar.llm.provider_switch import _openai_chat

        assert _openai_chat("s", "u", "gpt-4o-mini", 10) == "hi"
    client.chat.completions.create.assert_called_once()
