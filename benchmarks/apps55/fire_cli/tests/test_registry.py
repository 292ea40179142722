import pytest

from fakes import FakeContext, FakeOpenAI
from toolkit.providers import registry
from toolkit.providers.registry import MODEL_REGISTRY, estimate_cost, resolve_model


def test_resolve_alias():
    assert resolve_model("gpt-4o-mini").provider == "openai"


def test_resolve_prefixed():
    spec = resolve_model("together/Qwen/Qwen2-72B-Instruct")
    assert spec.provider == "together"
    assert spec.model_id == "Qwen/Qwen2-72B-Instruct"


def test_unknown_model():
    with pytest.raises(KeyError):
        resolve_model("nope")


def test_cost():
    spec = MODEL_REGISTRY["gpt-4o"]
    assert estimate_cost(spec, 1_000_000, 0) == pytest.approx(2.5)


def test_chat_dispatch_openai():
    ctx = FakeContext(openai=FakeOpenAI(replies=["hello"]))
    assert registry.chat(ctx, "gpt-4o-mini", [{"role": "user", "content": "hi"}]) == "hello"


def test_chat_dispatch_litellm(monkeypatch):
    calls = []

    def fake_completion(**kw):
        calls.append(kw)
        from types import SimpleNamespace

        return SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content="hey"))])

    monkeypatch.setattr(registry.litellm, "completion", fake_completion)
    assert registry.chat(FakeContext(), "litellm/gemini-flash", [{"role": "user", "content": "hi"}]) == "hey"
    assert calls[0]["model"] == "gemini/gemini-1.5-flash"
