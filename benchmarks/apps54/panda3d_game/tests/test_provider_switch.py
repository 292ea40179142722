from unittest import mock

import pytest

from ai import provider_switch
from ai.config import AIConfig

CFG = AIConfig("anthropic", "m", "q", "i", "llama3.2", "http://x", "echo", False)


@pytest.fixture(autouse=True)
def _cfg(monkeypatch):
    monkeypatch.setattr(provider_switch, "load_ai_config", lambda: CFG)


def test_falls_back_to_ollama(monkeypatch):
    boom = mock.Mock(side_effect=RuntimeError("down"))
    local = mock.Mock(return_value="hi")
    monkeypatch.setitem(provider_switch.PROVIDERS, "anthropic", boom)
    monkeypatch.setitem(provider_switch.PROVIDERS, "ollama", local)
    switch = provider_switch.ProviderSwitch()
    assert switch.complete("sys", [{"role": "user", "content": "yo"}]) == "hi"
    assert switch.failures == {"anthropic": 1}


def test_anthropic_path_uses_client(monkeypatch):
    fake = mock.MagicMock()
    fake.messages.create.return_value.content = [mock.Mock(type="text", text="Aye.")]
    monkeypatch.setattr(provider_switch, "get_anthropic_client", lambda: fake)
    assert provider_switch._anthropic_complete("s", [], "", 10) == "Aye."
    fake.messages.create.assert_called_once()


def test_unknown_provider():
    with pytest.raises(ValueError):
        provider_switch.ProviderSwitch().set_provider("nope")
