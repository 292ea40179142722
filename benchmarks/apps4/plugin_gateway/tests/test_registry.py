import pytest

from gateway.errors import UnknownProviderError
from gateway.providers import registry
from gateway.providers.base import BaseProvider


class _FakeCompletions:
    def __init__(self):
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)

        class _Msg:
            content = "hi"

        class _Choice:
            message = _Msg()
            finish_reason = "stop"

        class _Resp:
            choices = [_Choice()]
            usage = None

        return _Resp()


class _FakeClient:
    def __init__(self):
        self.chat = type("Chat", (), {})()
        self.chat.completions = _FakeCompletions()


def test_register_and_lookup(monkeypatch):
    monkeypatch.setattr(registry, "_CLASSES", {})
    monkeypatch.setattr(registry, "_INSTANCES", {})

    @registry.register("fake")
    class FakeProvider(BaseProvider):
        _fake = _FakeClient()

        @property
        def client(self):
            return self._fake

        @property
        def default_model(self):
            return "fake-1"

    provider = registry.get_provider("fake")
    assert provider is registry.get_provider("fake")
    assert provider.name == "fake"


def test_unknown_provider():
    with pytest.raises(UnknownProviderError):
        registry.get_provider("does-not-exist")
