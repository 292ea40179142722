from types import SimpleNamespace

import pytest

from infra_ai import switch
from infra_ai.settings import ModelSettings


def test_fallback_chain(monkeypatch):
    calls = []

    def broken(prompt, system, s):
        calls.append("openai")
        raise RuntimeError("down")

    def fine(prompt, system, s):
        calls.append("groq")
        return "hello"

    monkeypatch.setitem(switch._BACKENDS, "openai", broken)
    monkeypatch.setitem(switch._BACKENDS, "groq", fine)
    sw = switch.ProviderSwitch(ModelSettings(provider="openai"), fallbacks=("groq",))
    assert sw.complete("hi") == "hello"
    assert calls == ["openai", "groq"]


def test_all_fail(monkeypatch):
    monkeypatch.setitem(switch._BACKENDS, "openai", lambda *a: (_ for _ in ()).throw(ValueError()))
    with pytest.raises(RuntimeError):
        switch.ProviderSwitch(ModelSettings(provider="openai")).complete("hi")


def test_bedrock_backend_shape(monkeypatch):
    class FakeRuntime:
        def converse(self, **kwargs):
            assert kwargs["modelId"]
            return {"output": {"message": {"content": [{"text": "drafted"}]}}}

    monkeypatch.setattr(switch.clients, "get_bedrock_runtime", lambda *a: FakeRuntime())
    assert switch._bedrock("p", "s", ModelSettings()) == "drafted"


def test_costs_are_pure():
    from infra_ai.costs import calculate_cost

    assert calculate_cost("gpt-4o-mini", 1_000_000, 0) == pytest.approx(0.15)
    assert SimpleNamespace(x=1).x == 1
