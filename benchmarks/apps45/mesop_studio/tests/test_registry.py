from unittest import mock

import pytest

from studio.backends import registry
from studio.backends.registry import Completion, ModelBackend, get_backend, register


def test_defaults_registered():
    keys = {b.key for b in registry.all_backends()}
    assert "openai:gpt-4o-mini" in keys
    assert "deepseek:deepseek-chat" in keys
    assert all(b.provider == "mistral" for b in registry.all_backends("mistral"))


def test_unknown_backend():
    with pytest.raises(KeyError):
        get_backend("nope:model")


def test_run_passes_model():
    fake = mock.Mock(return_value=Completion(text="hi", model="m"))
    register(ModelBackend("test:m", "test", "m", "Test", fake))
    assert get_backend("test:m").run([{"role": "user", "content": "x"}]).text == "hi"
    fake.assert_called_once()


def test_openai_adapter_with_patched_client(monkeypatch):
    client = mock.MagicMock()
    client.chat.completions.create.return_value.choices[0].message.content = "patched"
    client.chat.completions.create.return_value.usage = None
    monkeypatch.setattr(registry.factories, "get_openai_client", lambda: client)
    out = registry._openai_complete("gpt-4o-mini", [{"role": "user", "content": "hi"}])
    assert out.text == "patched"
    client.chat.completions.create.assert_called_once()
