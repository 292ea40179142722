from unittest import mock

import pytest

from app.ai.registry import ProviderRegistry, registry
from tests.fakes import FakeOpenAI


def test_register_and_complete():
    r = ProviderRegistry()

    @r.register("echo")
    def echo(prompt, **kw):
        return prompt.upper()

    assert r.complete("echo", "hi") == "HI"
    assert r.names() == ["echo"]


def test_unknown_provider():
    with pytest.raises(LookupError):
        ProviderRegistry().get("nope")


def test_openai_provider_uses_cached_client():
    fake = FakeOpenAI(reply="pong")
    with mock.patch("app.ai.registry.get_openai_client", return_value=fake):
        assert registry.complete("openai", "ping", system="be terse") == "pong"
    sent = fake.chat.completions.calls[0]["messages"]
    assert sent[0] == {"role": "system", "content": "be terse"}
